using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

/// <summary>
/// The reference (interpreter) implementation of Claude Code's permission procedure (decision.md §2):
/// tool-level deny and ask rules, the tool's own check, never-auto-approved asks, bypass, tool-wide
/// allow rules, and the mode's treatment of what remains. Immutable and thread-safe.
/// </summary>
public sealed partial class PermissionEngine
{
    private readonly PolicyRules _rules;
    private readonly PermissionEngineOptions _options;
    private readonly Compilation.IRuleLookup _lookup;

    /// <summary>Creates an engine over the active rules of <paramref name="ruleSet"/>.</summary>
    public PermissionEngine(RuleSet ruleSet, PermissionEngineOptions? options = null)
        : this(ruleSet.Rules, options)
    {
    }

    /// <summary>Creates an engine over a list of rules.</summary>
    public PermissionEngine(IEnumerable<RuleEntry> rules, PermissionEngineOptions? options = null)
    {
        _rules = new PolicyRules(rules);
        _options = options ?? PermissionEngineOptions.Default;
        _lookup = Compilation.RuleIndex.Create(_rules, _options.Backend);
    }

    /// <summary>The back-end in use (<see cref="RuleBackend.Expressions"/> falls back to <see cref="RuleBackend.Indexed"/> without dynamic code).</summary>
    public RuleBackend Backend => _lookup.Backend;

    /// <summary>The rules this engine evaluates.</summary>
    public IReadOnlyList<RuleEntry> Rules => _rules.All;

    /// <summary>
    /// Decides a call: allow, ask or deny, after the mode's post-processing (dontAsk turns ask into deny,
    /// bypassPermissions approves what no rule or immune check holds back).
    /// </summary>
    public Decision Decide(ToolCall call, EvaluationContext context)
    {
        return Finish(Evaluate(call, context), context);
    }

    /// <summary>
    /// Steps 3–10 with a last line of defence: an unexpected exception inside a check fails closed as an
    /// ask that nothing but the user approves, never as an allow and never as a crash of the host.
    /// </summary>
    public Decision Evaluate(ToolCall call, EvaluationContext context)
    {
        try
        {
            return EvaluateCore(call, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.InternalError, $"internal error while checking {call.ToolName}: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>
    /// Steps 3–10 of decision.md §2: the result before passthrough becomes ask and before dontAsk/auto
    /// post-processing. Hosts that only want rule verdicts can use the passthrough.
    /// </summary>
    private Decision EvaluateCore(ToolCall call, EvaluationContext context)
    {
        // A file tool call's path is read, resolved and probed once, by the validation or the file check.
        Files.FileRequest file = default;

        // Step 3: input validation (Read deny blocks Edit/Write of the path).
        if (_options.ValidateInput && ValidateInput(call, context, ref file) is { } invalid)
        {
            return invalid;
        }

        // Steps 4–5: tool-level deny, then ask (content-less rules and parameter rules), in one pass.
        if (_lookup.FindToolLevel(call, out RuleBehavior list, out int toolWideAllow) is >= 0 and int toolLevel)
        {
            return _rules.RuleDecision(list, toolLevel);
        }

        // A tool with no check of its own (keep HasOwnCheck in step with CheckTool) passes through step 6, so outside bypass a tool-wide allow rule
        // decides it at step 10: look that up first and skip building the passthrough.
        if (!HasOwnCheck(call.ToolName) && context.Mode != PermissionMode.BypassPermissions
            && FindToolWideAllow(call.ToolName, AskKind.Passthrough, toolWideAllow) is >= 0 and int direct)
        {
            return _rules.RuleDecision(RuleBehavior.Allow, direct);
        }

        // Step 6: the tool's own check.
        Decision check = CheckTool(call, context, ref file);

        // Steps 7-8: deny, and asks that nothing but the user approves.
        if (check.Behavior == DecisionBehavior.Deny || check.AskKind == AskKind.Firm)
        {
            return check;
        }

        // Step 9: bypassPermissions approves everything else.
        if (context.Mode == PermissionMode.BypassPermissions && check.Behavior != DecisionBehavior.Allow)
        {
            return Decision.Allow(new ModeReason(PermissionMode.BypassPermissions, "bypassPermissions approves calls no rule holds back"));
        }

        // Step 10: a tool-wide allow rule approves passthrough and "cannot be checked" asks.
        if (check.AskKind is AskKind.Passthrough or AskKind.CannotCheck && FindToolWideAllow(call.ToolName, check.AskKind, toolWideAllow) is >= 0 and int allow)
        {
            return _rules.RuleDecision(RuleBehavior.Allow, allow);
        }

        return check;
    }

    /// <summary>
    /// Steps 12–13 applied to a result of <see cref="Evaluate"/>: passthrough becomes ask; dontAsk and
    /// denyInsteadOfPrompting turn ask into deny. <c>Decide(c, x) == Finish(Evaluate(c, x), x)</c>, so a host
    /// that also wants to know whether anything decided evaluates once.
    /// </summary>
    public static Decision Finish(Decision inner, EvaluationContext context)
    {
        if (inner.Behavior == DecisionBehavior.Passthrough)
        {
            inner = Decision.Ask(inner.Reason);
        }

        if (inner.Behavior == DecisionBehavior.Ask && (context.Mode == PermissionMode.DontAsk || context.DenyInsteadOfPrompting))
        {
            return Decision.Deny(inner.Reason);
        }

        return inner;
    }

    // known: what the tool-level pass found for FindToolWideAllow(toolName, false), or -2 when it did not look.
    private int FindToolWideAllow(string toolName, AskKind kind, int known)
    {
        bool fileLift = kind == AskKind.CannotCheck && Files.FilePermissionPolicy.IsFileTool(toolName);
        return !fileLift && known != -2 ? known : _lookup.FindToolWideAllow(toolName, fileLift);
    }

    private Decision CheckTool(ToolCall call, EvaluationContext context, ref Files.FileRequest file) => call.ToolName switch
    {
        "WebFetch" => CheckWebFetch(call, context),
        "Skill" => CheckSkill(call),
        "Agent" => CheckAgent(call, context),
        "Bash" or "Monitor" => CheckBash(call, context),
        "PowerShell" => CheckPowerShell(call),
        _ when Files.FilePermissionPolicy.IsFileTool(call.ToolName) => CheckFileTool(call, context, ref file),
        _ => Decision.Passthrough(new NoRuleReason($"no rule approves {call.ToolName}")),
    };

    private static bool HasOwnCheck(string toolName) =>
        toolName is "WebFetch" or "Skill" or "Agent" or "Bash" or "Monitor" or "PowerShell" || Files.FilePermissionPolicy.IsFileTool(toolName);

    // Validation can only deny through a Read deny path rule (paths.md §1.2); without one there is nothing
    // to do, and the file check below resolves the path only once.
    // Only Edit and Write are validated (FilePermissionPolicy.ValidateDeny); file is then prepared here.
    private Decision? ValidateInput(ToolCall call, EvaluationContext context, ref Files.FileRequest file) =>
        _rules.HasReadDeny && Files.FileTool.Find(call.ToolName) is { ReadDenyBlocks: true } tool ? ValidateFileTool(call, tool, context, ref file) : null;
}
