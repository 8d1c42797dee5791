using System.Collections.Immutable;
using RuleEngine.AutoMode.BuiltIn;

namespace RuleEngine.AutoMode.Configuration;

/// <summary>
/// The effective autoMode configuration after merging the permitted scopes and expanding <c>$defaults</c>
/// (settings.md §6): four sections of prose entries plus <c>classifyAllShell</c>. Immutable.
/// </summary>
public sealed class AutoModeConfig
{
    private readonly ImmutableArray<AutoModeItem>[] _sections;
    private readonly ImmutableHashSet<string> _builtInIds;

    // Invariant: _builtInMask[i] == _builtInIds.Contains(BuiltInPolicy.Rules[i].Id); the classifier's hot path reads the mask.
    private readonly bool[] _builtInMask;

    /// <summary>Creates a configuration from its four sections (each item's <see cref="AutoModeItem.Section"/> must match).</summary>
    public AutoModeConfig(
        ImmutableArray<AutoModeItem> environment,
        ImmutableArray<AutoModeItem> allow,
        ImmutableArray<AutoModeItem> softDeny,
        ImmutableArray<AutoModeItem> hardDeny,
        bool classifyAllShell)
    {
        _sections = [environment, allow, softDeny, hardDeny];
        for (int i = 0; i < _sections.Length; i++)
        {
            if (_sections[i].Any(item => (int)item.Section != i))
            {
                throw new ArgumentException($"an item is filed under the wrong section `{((AutoModeSection)i).ToKey()}`");
            }
        }

        ClassifyAllShell = classifyAllShell;
        _builtInIds = _sections.SelectMany(s => s).Where(i => i.BuiltInId is not null).Select(i => i.BuiltInId!).ToImmutableHashSet(StringComparer.Ordinal);
        _builtInMask = BuiltInPolicy.Rules.Select(r => _builtInIds.Contains(r.Id)).ToArray();
    }

    /// <summary>The built-in configuration: every section is <c>["$defaults"]</c>, <c>classifyAllShell</c> false.</summary>
    public static AutoModeConfig Default { get; } = new(
        BuiltInItems(AutoModeSection.Environment), BuiltInItems(AutoModeSection.Allow),
        BuiltInItems(AutoModeSection.SoftDeny), BuiltInItems(AutoModeSection.HardDeny), classifyAllShell: false);

    /// <summary><c>environment</c> entries.</summary>
    public ImmutableArray<AutoModeItem> Environment => _sections[0];

    /// <summary><c>allow</c> entries.</summary>
    public ImmutableArray<AutoModeItem> Allow => _sections[1];

    /// <summary><c>soft_deny</c> entries.</summary>
    public ImmutableArray<AutoModeItem> SoftDeny => _sections[2];

    /// <summary><c>hard_deny</c> entries.</summary>
    public ImmutableArray<AutoModeItem> HardDeny => _sections[3];

    /// <summary>The effective <c>classifyAllShell</c>.</summary>
    public bool ClassifyAllShell { get; }

    /// <summary>The entries of <paramref name="section"/>.</summary>
    public ImmutableArray<AutoModeItem> this[AutoModeSection section] => _sections[(int)section];

    /// <summary>True when the built-in entry <paramref name="id"/> is part of the configuration (its section kept <c>$defaults</c>).</summary>
    public bool IncludesBuiltIn(string id) => _builtInIds.Contains(id);

    /// <summary>Same as <see cref="IncludesBuiltIn(string)"/> by position in <see cref="BuiltInPolicy.Rules"/>.</summary>
    internal bool IncludesBuiltIn(int index) => _builtInMask[index];

    /// <summary>The built-in entries of one section, as <c>$defaults</c> expands them.</summary>
    public static ImmutableArray<AutoModeItem> BuiltInItems(AutoModeSection section) =>
        BuiltInPolicy.Rules.Where(r => r.Section == section).Select(r => new AutoModeItem(section, r.Description, null, r.Id)).ToImmutableArray();
}
