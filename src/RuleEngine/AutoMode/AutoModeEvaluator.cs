using RuleEngine.AutoMode.Classification;
using RuleEngine.AutoMode.Configuration;
using RuleEngine.AutoMode.Transcripts;
using RuleEngine.Evaluation;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.AutoMode;

/// <summary>
/// The decision order of auto mode (auto-mode.md §3): on construction the dangerous allow rules are set
/// aside (§1–§2); each call runs the compiled fast path over the remaining rules, and only what it leaves
/// open goes to the <see cref="IClassifier"/> through an <see cref="AutoModeGate"/> with its denial circuit
/// breaker (§6). One instance per auto-mode session; not thread-safe (the tracker counts per session).
/// </summary>
public sealed class AutoModeEvaluator
{
    private readonly PermissionEngine _fastPath;

    // The last context seen and its auto-mode copy: hosts pass one context per session, so this avoids a
    // copy (and a cache lookup in the engine) per call.
    // One immutable object, so a reader on another thread never pairs a context with another context's copy.
    private ContextPair? _lastContext;

    /// <summary>Enters auto mode over <paramref name="rules"/> with the effective <paramref name="config"/>.</summary>
    public AutoModeEvaluator(IReadOnlyList<RuleEntry> rules, AutoModeConfig config, IClassifier classifier, TimeSpan timeout, bool interactive = true, PermissionEngineOptions? engineOptions = null)
    {
        Rules = AutoModeRuleSet.Create(rules, config.ClassifyAllShell);
        _fastPath = new PermissionEngine(Rules.ActiveRules, engineOptions);
        Gate = new AutoModeGate(classifier, config, timeout, interactive);
    }

    /// <summary>The rules in effect while auto mode is on, and those set aside.</summary>
    public AutoModeRuleSet Rules { get; }

    /// <summary>The classifier gate and its denial tracker.</summary>
    public AutoModeGate Gate { get; }

    /// <summary>
    /// The fast path alone: allow/deny/ask when rules or built-in checks settle the call, or
    /// <see cref="DecisionBehavior.Passthrough"/> when it must go to the classifier.
    /// </summary>
    public Decision DecideFastPath(ToolCall call, EvaluationContext context)
    {
        Decision d = _fastPath.Evaluate(call, AutoContext(context));
        return d.Behavior switch
        {
            DecisionBehavior.Deny => d,
            DecisionBehavior.Allow => d,
            DecisionBehavior.Ask when FromAskRule(d.Reason) => d,
            _ => Decision.Passthrough(d.Reason),
        };
    }

    /// <summary>The full auto-mode decision: fast path, then the classifier for what it leaves open.</summary>
    public async ValueTask<Decision> DecideAsync(
        ToolCall call,
        EvaluationContext context,
        IEnumerable<TranscriptEntry>? transcript = null,
        string? claudeMd = null,
        CancellationToken modeChanged = default)
    {
        Decision fast = DecideFastPath(call, context);
        if (fast.Behavior == DecisionBehavior.Allow)
        {
            Gate.RecordAllowed();
            return fast;
        }

        if (fast.Behavior != DecisionBehavior.Passthrough)
        {
            return fast;
        }

        AutoModeDecision verdict = await Gate.DecideAsync(
            ClassifierAction.FromToolInput(call.ToolName, call.Input), transcript ?? [], claudeMd, context.Cwd, context.Home, modeChanged).ConfigureAwait(false);
        string kind = verdict.Classifier?.Verdict.ToString().ToLowerInvariant() ?? "none";
        var reason = new ClassifierReason(kind, verdict.Reason);
        return verdict.Outcome switch
        {
            AutoModeOutcome.Allow => Decision.Allow(reason),
            AutoModeOutcome.Deny => Decision.Deny(reason),
            _ => Decision.Ask(reason),
        };
    }

    private EvaluationContext AutoContext(EvaluationContext context)
    {
        if (context.Mode == PermissionMode.Auto)
        {
            return context;
        }

        if (Volatile.Read(ref _lastContext) is { } last && ReferenceEquals(last.Source, context))
        {
            return last.Auto;
        }

        EvaluationContext auto = context with { Mode = PermissionMode.Auto };
        Volatile.Write(ref _lastContext, new ContextPair(context, auto));
        return auto;
    }

    private sealed record ContextPair(EvaluationContext Source, EvaluationContext Auto);

    /// <summary>True when an ask rule (not a safety check) produced the ask: auto mode prompts for those (§3.1).</summary>
    private static bool FromAskRule(DecisionReason reason) => reason switch
    {
        RuleReason { Entry.Behavior: RuleBehavior.Ask } => true,
        SubcommandsReason sub => sub.Parts.Any(p => p.Decision.Behavior == DecisionBehavior.Ask && FromAskRule(p.Decision.Reason)),
        _ => false,
    };
}
