using System.Collections.Immutable;
using RuleEngine.Syntax;

namespace RuleEngine.Paths;

/// <summary>
/// A path rule compiled for one environment, e.g. <c>Read(./secrets/**)</c> in the deny list: the anchor,
/// the anchor directories it is evaluated under and the compiled pattern.
/// </summary>
internal sealed class PathRule
{
    private PathRule(RuleEntry entry, PathAnchor anchor, PathPattern pattern, ImmutableArray<string> anchorDirectories)
    {
        Entry = entry;
        Anchor = anchor;
        Pattern = pattern;
        AnchorDirectories = anchorDirectories;
    }

    public RuleEntry Entry { get; }

    /// <summary>
    /// The decision the engine shares for this rule (set while the owning <see cref="PathRuleSet"/> is built,
    /// by the resolver given to <see cref="PathRuleSet.Build"/>), or null.
    /// </summary>
    public Evaluation.Decision? SharedDecision { get; private set; }

    public PathAnchor Anchor { get; }

    public PathPattern Pattern { get; }

    /// <summary>Where the pattern is evaluated: one directory, or for cwd-anchored deny/ask rules the cwd and every additional directory.</summary>
    public ImmutableArray<string> AnchorDirectories { get; }

    /// <summary>Compiles the content of a <c>Read(…)</c>/<c>Edit(…)</c> rule (paths.md §3–§5).</summary>
    public static PathRule Compile(RuleEntry entry, PathEnvironment environment)
    {
        string content = entry.Rule.Content ?? throw new ArgumentException("a path rule needs content", nameof(entry));
        bool allow = entry.Behavior == RuleBehavior.Allow;

        if (content.StartsWith("//", StringComparison.Ordinal))
        {
            return new PathRule(entry, PathAnchor.Root, PathPattern.Compile(content[1..]), ["/"]);
        }

        if (content.StartsWith("~/", StringComparison.Ordinal))
        {
            return new PathRule(entry, PathAnchor.Home, PathPattern.Compile(content[1..]), [environment.Home]);
        }

        if (content == "~")
        {
            return new PathRule(entry, PathAnchor.Home, PathPattern.Never(content), [environment.Home]);
        }

        if (content.StartsWith('/'))
        {
            return new PathRule(entry, PathAnchor.SourceRoot, PathPattern.Compile(content), [environment.SourceRootFor(entry)]);
        }

        string rest = content;
        while (rest.StartsWith("./", StringComparison.Ordinal))
        {
            rest = rest[2..];
        }

        ImmutableArray<string> dirs = allow ? [environment.Cwd] : environment.WorkingDirectories;

        // paths.md §5.1: as deny/ask, `name/**` means a `name` directory at any depth; as allow it stays anchored.
        bool nameOnly = !allow && IsSingleNameThenDoubleStar(rest);
        return new PathRule(entry, PathAnchor.Cwd, PathPattern.Compile(rest, forceUnanchored: nameOnly), dirs);
    }

    /// <summary>A copy of this rule carrying <paramref name="decision"/> as its <see cref="SharedDecision"/>.</summary>
    public PathRule WithDecision(Evaluation.Decision? decision) =>
        new(Entry, Anchor, Pattern, AnchorDirectories) { SharedDecision = decision };

    /// <summary>True when the rule matches the normalised absolute path under one of its anchor directories.</summary>
    public bool IsMatch(string normalizedPath, bool isDirectory)
    {
        foreach (string dir in AnchorDirectories)
        {
            if (PathNormalizer.TryGetRelative(normalizedPath, dir, out ReadOnlySpan<char> relative) && Pattern.IsMatch(relative, isDirectory))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Entry.ToString();

    private static bool IsSingleNameThenDoubleStar(string p)
    {
        if (!p.EndsWith("/**", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> name = p.AsSpan(0, p.Length - 3);
        return name.Length > 0 && name.IndexOf('/') < 0 && name is not "**";
    }
}
