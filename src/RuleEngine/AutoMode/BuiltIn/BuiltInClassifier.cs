using System.Collections.Frozen;
using System.Collections.Immutable;
using RuleEngine.AutoMode.Classification;
using RuleEngine.AutoMode.Configuration;

namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>
/// The offline stand-in for the model classifier (auto-mode.md §5): deterministic, allocation-light,
/// no network. It checks the static matchers of <see cref="BuiltInPolicy"/>: hard_deny, then soft_deny,
/// then allow. A block names the category and the rule id.
/// <para>
/// Prose entries (user entries of the <c>autoMode</c> block and built-in entries without a matcher) cannot be
/// judged statically: they are carried in the configuration for a model-backed classifier and ignored here.
/// A section written without <c>"$defaults"</c> removes that section's built-in entries, and so their matchers.
/// A soft block cannot be cleared by user intent here; only a model classifier reads the transcript for that.
/// </para>
/// </summary>
public sealed class BuiltInClassifier : IClassifier
{
    private readonly BuiltInClassifierOptions _options;
    private readonly ImmutableArray<(int Index, BuiltInRule Rule)> _hard;
    private readonly ImmutableArray<(int Index, BuiltInRule Rule)> _soft;
    private readonly ImmutableArray<(int Index, BuiltInRule Rule)> _allow;

    // Command name → bit i set when rule i of BuiltInPolicy.Rules lists it as a trigger (bucketing by first word).
    private readonly FrozenDictionary<string, ulong> _triggers;

    /// <summary>Creates the classifier.</summary>
    public BuiltInClassifier(BuiltInClassifierOptions? options = null)
    {
        _options = options ?? BuiltInClassifierOptions.Default;
        _hard = Static(AutoModeSection.HardDeny);
        _soft = Static(AutoModeSection.SoftDeny);
        _allow = Static(AutoModeSection.Allow);
        if (BuiltInPolicy.Rules.Length > 64)
        {
            throw new InvalidOperationException("the trigger mask holds at most 64 built-in rules");
        }

        var triggers = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (int i = 0; i < BuiltInPolicy.Rules.Length; i++)
        {
            foreach (string command in BuiltInPolicy.Rules[i].Triggers ?? [])
            {
                triggers[command] = triggers.GetValueOrDefault(command) | Bit(i);
            }
        }

        _triggers = triggers.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public ValueTask<ClassifierResult> ClassifyAsync(ClassificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromResult(ClassifierResult.NoVerdict(NoVerdictReason.Cancelled, "classification cancelled"));
        }

        return ValueTask.FromResult(Classify(request));
    }

    /// <summary>The synchronous core: same answer as <see cref="ClassifyAsync"/>.</summary>
    public ClassifierResult Classify(ClassificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.ReviewHistory.IsDefaultOrEmpty)
        {
            return Review(request);
        }

        return ClassifyOne(request.Action, request);
    }

    // End-of-run review: the first blocked action of the history decides.
    private ClassifierResult Review(ClassificationRequest request)
    {
        foreach (ClassifierAction action in request.ReviewHistory)
        {
            ClassifierResult one = ClassifyOne(action, request);
            if (one.IsBlock)
            {
                return ClassifierResult.Block($"{action}: {one.Reason}", one.RuleId);
            }
        }

        return ClassifierResult.Allow($"allowed: none of {request.ReviewHistory.Length} actions matched a block category");
    }

    private ClassifierResult ClassifyOne(ClassifierAction action, ClassificationRequest request)
    {
        var view = new ActionView(action, request.WorkingDirectory, request.HomeDirectory);
        AutoModeConfig config = request.Config;
        ulong present = 0;
        foreach (CommandSegment segment in view.Segments)
        {
            if (_triggers.TryGetValue(segment.Command, out ulong bits))
            {
                present |= bits;
            }
        }

        if (First(_hard, view, config, present) is BuiltInRule hard)
        {
            return ClassifierResult.Block($"Blocked by classifier: {hard.Category} (hard_deny `{hard.Id}`): {hard.Description}", hard.Id);
        }

        if (First(_soft, view, config, present) is BuiltInRule soft)
        {
            return ClassifierResult.Block($"Blocked by classifier: {soft.Category} (soft_deny `{soft.Id}`): {soft.Description}", soft.Id);
        }

        if (First(_allow, view, config, present) is BuiltInRule allow)
        {
            return ClassifierResult.Allow($"allowed: {allow.Category} (`{allow.Id}`)", allow.Id);
        }

        return _options.AllowUnmatched
            ? ClassifierResult.Allow("allowed: no built-in block category matched")
            : ClassifierResult.NoVerdict(NoVerdictReason.Unparseable, "no built-in rule recognises this action");
    }

    private static ulong Bit(int index) => 1UL << index;

    private static BuiltInRule? First(ImmutableArray<(int Index, BuiltInRule Rule)> rules, ActionView view, AutoModeConfig config, ulong present)
    {
        foreach ((int index, BuiltInRule rule) in rules)
        {
            if (config.IncludesBuiltIn(index) && (rule.Triggers is null || (present & Bit(index)) != 0) && rule.Matcher!(view))
            {
                return rule;
            }
        }

        return null;
    }

    private static ImmutableArray<(int Index, BuiltInRule Rule)> Static(AutoModeSection section) =>
        BuiltInPolicy.Rules.Select((r, i) => (i, r)).Where(p => p.r.Section == section && p.r.IsStatic).ToImmutableArray();
}
