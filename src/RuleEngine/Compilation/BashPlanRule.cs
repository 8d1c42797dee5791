using RuleEngine.Evaluation;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// A Bash rule lowered for the index and the compilers (bash.md §2–§4): its kind, the literal pieces of its
/// pattern and the bucket key — the command word every text it can match starts with — or null when no
/// such word is fixed (<c>Bash(npm*)</c>, <c>Bash(*)</c>). Immutable.
/// </summary>
internal sealed class BashPlanRule
{
    private BashPlanRule(int ordinal, RuleBehavior list, BashRule rule)
    {
        Ordinal = ordinal;
        List = list;
        Rule = rule;
    }

    /// <summary>Position in its list's Bash rules (load order).</summary>
    public int Ordinal { get; }

    /// <summary>The list the rule sits in (allow rules get the allow-only guard and a narrower xargs form).</summary>
    public RuleBehavior List { get; }

    /// <summary>The compiled rule the interpreter uses.</summary>
    public BashRule Rule { get; }

    /// <summary>Exact, prefix or wildcard (invalid rules are not planned).</summary>
    public BashPatternKind Kind => Rule.Pattern.Kind;

    /// <summary>The command word every matching text starts with, or null (the rule is tried for every candidate).</summary>
    public string? BucketKey { get; private init; }

    /// <summary>Prefix rules: the collapsed prefix <c>P</c> of <c>P:*</c>.</summary>
    public string Prefix { get; private init; } = string.Empty;

    /// <summary>Wildcard rules: the literal runs between stars (escapes resolved); <c>Literals[0]</c> is the head, the last the tail.</summary>
    public string[] Literals { get; private init; } = [];

    /// <summary>Wildcard rules: the collapsed, trimmed pattern text (for the state-set matcher of <c>/**/</c> patterns).</summary>
    public string WildcardSource { get; private init; } = string.Empty;

    /// <summary>Wildcard rules: a single trailing <c>" *"</c> that may match nothing (<c>ls *</c> matches <c>ls</c>).</summary>
    public bool OptionalTail { get; private init; }

    /// <summary>Wildcard rules: a <c>/**/</c> that may match a single <c>/</c> (needs the state-set matcher).</summary>
    public bool SlashGlobStar { get; private init; }

    /// <summary>Wildcard allow rules whose first star sits in the command word: the allow-only guard of bash.md §3.3 applies.</summary>
    public bool AllowGuard { get; private init; }

    /// <summary>Whether the <c>xargs P…</c> form is matched too (prefix rules; wildcard rules unless an allow rule not ending in a star).</summary>
    public bool MatchesXargs { get; private init; }

    /// <summary>The offset of the first star in the unescaped pattern (= head length).</summary>
    public int FirstStar => Literals.Length == 0 ? -1 : Literals[0].Length;

    /// <summary>Lowers a compiled rule; null for a rule that can never match (<c>Bash(:*)</c>).</summary>
    public static BashPlanRule? Lower(int ordinal, RuleBehavior list, BashRule rule)
    {
        BashPattern pattern = rule.Pattern;
        switch (pattern.Kind)
        {
            case BashPatternKind.Exact:
                return new BashPlanRule(ordinal, list, rule) { BucketKey = pattern.Content };
            case BashPatternKind.Prefix:
            {
                string prefix = CollapseBlanks(pattern.Content.AsSpan(0, pattern.Content.Length - 2));
                return new BashPlanRule(ordinal, list, rule) { Prefix = prefix, BucketKey = KeyOf(prefix, prefixRule: true), MatchesXargs = true };
            }

            case BashPatternKind.Wildcard:
                return LowerWildcard(ordinal, list, rule);
            default:
                return null;
        }
    }

    private static BashPlanRule LowerWildcard(int ordinal, RuleBehavior list, BashRule rule)
    {
        string source = CollapseBlanks(rule.Pattern.Content.AsSpan().Trim());
        var literals = new List<string>();
        var current = new System.Text.StringBuilder();
        var tokens = new List<(char Char, bool Star)>();
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\\' && i + 1 < source.Length && source[i + 1] is '*' or '\\')
            {
                current.Append(source[++i]);
                tokens.Add((source[i], false));
            }
            else if (c == '*')
            {
                literals.Add(current.ToString());
                current.Clear();
                tokens.Add(('*', true));
            }
            else
            {
                current.Append(c);
                tokens.Add((c, false));
            }
        }

        literals.Add(current.ToString());
        int stars = literals.Count - 1;
        bool slashGlob = false;
        for (int i = 0; i + 3 < tokens.Count; i++)
        {
            slashGlob |= !tokens[i].Star && tokens[i].Char == '/' && tokens[i + 1].Star && tokens[i + 2].Star && !tokens[i + 3].Star && tokens[i + 3].Char == '/';
        }

        bool optionalTail = stars == 1 && tokens.Count >= 2 && tokens[^1].Star && !tokens[^2].Star && tokens[^2].Char == ' ';
        bool endsWithStar = tokens.Count > 0 && tokens[^1].Star;
        string head = literals[0];
        return new BashPlanRule(ordinal, list, rule)
        {
            WildcardSource = source,
            Literals = [.. literals],
            OptionalTail = optionalTail,
            SlashGlobStar = slashGlob,
            AllowGuard = list == RuleBehavior.Allow && !head.Contains(' '),
            MatchesXargs = list != RuleBehavior.Allow || endsWithStar,
            BucketKey = KeyOf(head, prefixRule: false),
        };
    }

    /// <summary>
    /// The command word fixed by a literal start: the text before its first space (any matching text has
    /// that word then a space, or ends there). A prefix without a space is itself the word; a wildcard head
    /// without a space leaves the word open.
    /// </summary>
    private static string? KeyOf(string head, bool prefixRule)
    {
        int space = head.IndexOf(' ');
        if (space > 0)
        {
            return head[..space];
        }

        return space < 0 && prefixRule && head.Length > 0 ? head : null;
    }

    /// <summary>Runs of spaces and tabs become one space, exactly as the interpreter's compilers do.</summary>
    public static string CollapseBlanks(ReadOnlySpan<char> text) => Shell.BashPattern.CollapseBlanks(text);
}
