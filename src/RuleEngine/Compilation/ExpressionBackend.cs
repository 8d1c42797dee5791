using System.Linq.Expressions;
using System.Reflection;
using RuleEngine.Shell;

namespace RuleEngine.Compilation;

/// <summary>
/// Compiles the Bash rules of buckets into delegates with System.Linq.Expressions: literal pieces
/// become unrolled character comparisons on (buffer, start, length) — no substring, no allocation — and
/// the comparison of the bucket key (already equal by the hash lookup) is skipped. Built once per policy.
/// </summary>
internal static class ExpressionBackend
{
    private const int UnrollLimit = 4;

    private static readonly MethodInfo s_equalsAt = Method(nameof(CompiledMatchHelpers.EqualsAt));
    private static readonly MethodInfo s_middles = Method(nameof(CompiledMatchHelpers.MiddlesInOrder));
    private static readonly MethodInfo s_wildcard = Method(nameof(CompiledMatchHelpers.WildcardMatches));
    private static readonly MethodInfo s_guard = Method(nameof(CompiledMatchHelpers.PassesAllowGuard));

    /// <summary>
    /// Compiles several buckets into one delegate that switches on the bucket's position in
    /// <paramref name="buckets"/>: one dynamic method for many buckets, so compiling a large policy pays the
    /// fixed cost of a compilation once per group, not once per command word.
    /// </summary>
    public static Func<int, char[], int, int, bool, int> CompileGroup(IReadOnlyList<(IReadOnlyList<BashPlanRule> Rules, int KeyLength)> buckets)
    {
        ParameterExpression bucket = Expression.Parameter(typeof(int), "bucket");
        ParameterExpression buffer = Expression.Parameter(typeof(char[]), "buffer");
        ParameterExpression start = Expression.Parameter(typeof(int), "start");
        ParameterExpression length = Expression.Parameter(typeof(int), "length");
        ParameterExpression viaXargs = Expression.Parameter(typeof(bool), "viaXargs");
        LabelTarget result = Expression.Label(typeof(int), "result");
        var cases = new SwitchCase[buckets.Count];
        for (int b = 0; b < buckets.Count; b++)
        {
            (IReadOnlyList<BashPlanRule> rules, int keyLength) = buckets[b];
            var context = new Ctx(buffer, start, length, keyLength);
            var body = new List<Expression>(rules.Count + 1);
            for (int i = 0; i < rules.Count; i++)
            {
                BashPlanRule rule = rules[i];
                Expression test = Matches(rule, context);
                if (!rule.MatchesXargs)
                {
                    test = Expression.AndAlso(Expression.Not(viaXargs), test);
                }

                body.Add(Expression.IfThen(test, Expression.Return(result, Expression.Constant(i))));
            }

            body.Add(Expression.Return(result, Expression.Constant(-1)));
            cases[b] = Expression.SwitchCase(Expression.Block(typeof(void), body), Expression.Constant(b));
        }

        Expression dispatch = Expression.Switch(typeof(void), bucket, null, null, cases);
        return Expression.Lambda<Func<int, char[], int, int, bool, int>>(
            Expression.Block(dispatch, Expression.Label(result, Expression.Constant(-1))),
            "BashBuckets",
            [bucket, buffer, start, length, viaXargs]).Compile();
    }

    private static Expression Matches(BashPlanRule rule, Ctx c) => rule.Kind switch
    {
        BashPatternKind.Prefix => PrefixMatches(rule.Prefix, c),
        _ => WildcardMatches(rule, c),
    };

    /// <summary><c>text</c> starts with <c>P</c> and ends there or continues with a space.</summary>
    private static Expression PrefixMatches(string prefix, Ctx c)
    {
        if (c.KeyLength == prefix.Length)
        {
            return Expression.Constant(true); // the key is the prefix and the lookup proved the word boundary
        }

        return AndAll(
            Expression.GreaterThanOrEqual(c.Length, Expression.Constant(prefix.Length)),
            LiteralAt(prefix, c.KeyLength, c.Start, c),
            Expression.OrElse(
                Expression.Equal(c.Length, Expression.Constant(prefix.Length)),
                Expression.Equal(CharAt(c, Expression.Add(c.Start, Expression.Constant(prefix.Length))), Expression.Constant(' '))));
    }

    private static Expression WildcardMatches(BashPlanRule rule, Ctx c)
    {
        string head = rule.Literals[0];
        string tail = rule.Literals[^1];
        Expression match;
        if (rule.SlashGlobStar)
        {
            WildcardMatcher matcher = WildcardMatcher.Compile(rule.WildcardSource);
            match = Expression.Call(s_wildcard, Expression.Constant(matcher), c.Buffer, c.Start, c.Length);
        }
        else
        {
            int minimum = rule.Literals.Sum(l => l.Length);
            Expression tailStart = Expression.Subtract(Expression.Add(c.Start, c.Length), Expression.Constant(tail.Length));
            match = AndAll(
                Expression.GreaterThanOrEqual(c.Length, Expression.Constant(minimum)),
                LiteralAt(head, c.KeyLength, c.Start, c),
                LiteralAt(tail, 0, tailStart, c));
            if (rule.Literals.Length > 2)
            {
                string[] middles = rule.Literals[1..^1];
                match = Expression.AndAlso(match, Expression.Call(s_middles, c.Buffer,
                    Expression.Add(c.Start, Expression.Constant(head.Length)),
                    Expression.Subtract(c.Length, Expression.Constant(head.Length + tail.Length)),
                    Expression.Constant(middles)));
            }

            if (rule.OptionalTail)
            {
                // `ls *` also matches `ls`: the head without its trailing space, and nothing more.
                match = Expression.OrElse(match, Expression.AndAlso(
                    Expression.Equal(c.Length, Expression.Constant(head.Length - 1)),
                    LiteralAt(head[..^1], c.KeyLength, c.Start, c)));
            }
        }

        if (rule.AllowGuard)
        {
            match = Expression.AndAlso(match, Expression.Call(s_guard, c.Buffer, c.Start, c.Length, Expression.Constant(rule.FirstStar)));
        }

        return match;
    }

    /// <summary><paramref name="literal"/>[from..] equals the text at <paramref name="at"/> + from (the length was checked).</summary>
    private static Expression LiteralAt(string literal, int from, Expression at, Ctx c)
    {
        from = Math.Min(from, literal.Length);
        int count = literal.Length - from;
        if (count == 0)
        {
            return Expression.Constant(true);
        }

        if (count > UnrollLimit)
        {
            return Expression.Call(s_equalsAt, c.Buffer, Expression.Add(at, Expression.Constant(from)), Expression.Constant(literal[from..]));
        }

        Expression? all = null;
        for (int i = from; i < literal.Length; i++)
        {
            Expression eq = Expression.Equal(CharAt(c, Expression.Add(at, Expression.Constant(i))), Expression.Constant(literal[i]));
            all = all is null ? eq : Expression.AndAlso(all, eq);
        }

        return all!;
    }

    private static Expression CharAt(Ctx c, Expression index) => Expression.ArrayIndex(c.Buffer, index);

    private static Expression AndAll(params Expression[] parts) => parts.Aggregate(Expression.AndAlso);

    private static MethodInfo Method(string name) =>
        typeof(CompiledMatchHelpers).GetMethod(name, BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException($"missing helper {name}");

    private sealed record Ctx(ParameterExpression Buffer, ParameterExpression Start, ParameterExpression Length, int KeyLength);
}
