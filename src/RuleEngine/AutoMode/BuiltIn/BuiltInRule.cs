using RuleEngine.AutoMode.Configuration;

namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>
/// One entry of the built-in classifier policy: data (id, category, section, description) plus, for the
/// entries that can be recognised statically, a matcher. Entries without a matcher are prose for a
/// model-backed classifier only.
/// </summary>
public sealed class BuiltInRule
{
    internal BuiltInRule(string id, string category, AutoModeSection section, string description, Func<ActionView, bool>? matcher = null, string[]? triggers = null)
    {
        Triggers = triggers;
        Id = id;
        Category = category;
        Section = section;
        Description = description;
        Matcher = matcher;
    }

    /// <summary>Stable id, e.g. <c>soft.force-push</c>.</summary>
    public string Id { get; }

    /// <summary>The category named in block reasons, e.g. <c>destructive version control</c>.</summary>
    public string Category { get; }

    /// <summary>The autoMode section the entry belongs to.</summary>
    public AutoModeSection Section { get; }

    /// <summary>The prose a model-backed classifier reads, in this project's words.</summary>
    public string Description { get; }

    /// <summary>True when the offline classifier can recognise the entry statically.</summary>
    public bool IsStatic => Matcher is not null;

    internal Func<ActionView, bool>? Matcher { get; }

    /// <summary>Command names without which the matcher cannot match (a shell action runs it only if one is present); null = always run.</summary>
    internal string[]? Triggers { get; }
}
