using System.Collections.Immutable;
using RuleEngine.Syntax;

namespace RuleEngine.Paths;

/// <summary>
/// The content-scoped <c>Read(…)</c> and <c>Edit(…)</c> rules of a rule list, compiled once for an
/// environment and bucketed by access and list. Only rules whose tool name is exactly <c>Read</c> or
/// <c>Edit</c> take part: <c>Write(path)</c>, <c>Glob(path)</c>, tool-name globs with content and bare
/// rules never do (rules.md §2, §10).
/// </summary>
internal sealed class PathRuleSet
{
    // Invariant: indexed by (int)PathAccess * 3 + (int)RuleBehavior; each bucket keeps the input order.
    private readonly PathRuleBucket[] _buckets;

    private PathRuleSet(PathEnvironment environment, PathRuleBucket[] buckets)
    {
        Environment = environment;
        _buckets = buckets;
        HasDirectoryOnlyPatterns = buckets.Any(b => b.Rules.Any(r => r.Pattern.IsDirectoryOnly));
    }

    public PathEnvironment Environment { get; }

    /// <summary>True when some rule ends in <c>/</c>, so callers must find out whether a path is a directory.</summary>
    public bool HasDirectoryOnlyPatterns { get; }

    public static PathRuleSet Build(IEnumerable<RuleEntry> rules, PathEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var builders = new ImmutableArray<PathRule>.Builder[6];
        for (int i = 0; i < builders.Length; i++)
        {
            builders[i] = ImmutableArray.CreateBuilder<PathRule>();
        }

        foreach (RuleEntry entry in rules)
        {
            if (entry.Rule.Content is null)
            {
                continue;
            }

            PathAccess access;
            if (string.Equals(entry.Rule.ToolName, "Read", StringComparison.Ordinal))
            {
                access = PathAccess.Read;
            }
            else if (string.Equals(entry.Rule.ToolName, "Edit", StringComparison.Ordinal))
            {
                access = PathAccess.Edit;
            }
            else
            {
                continue;
            }

            builders[Index(access, entry.Behavior)].Add(PathRule.Compile(entry, environment));
        }

        return new PathRuleSet(environment, builders.Select(b => new PathRuleBucket(b.ToImmutable())).ToArray());
    }

    /// <summary>The compiled rules of one access family and list, in rule order.</summary>
    public ImmutableArray<PathRule> Rules(PathAccess access, RuleBehavior behavior) => _buckets[Index(access, behavior)].Rules;

    /// <summary>The indexed bucket of one access family and list.</summary>
    public PathRuleBucket Bucket(PathAccess access, RuleBehavior behavior) => _buckets[Index(access, behavior)];

    /// <summary>The first rule of that family and list matching the normalised path, or null.</summary>
    public PathRule? FindMatch(PathAccess access, RuleBehavior behavior, string normalizedPath, bool isDirectory = false) =>
        _buckets[Index(access, behavior)].FindMatch(normalizedPath, isDirectory);

    private static int Index(PathAccess access, RuleBehavior behavior) => ((int)access * 3) + (int)behavior;
}
