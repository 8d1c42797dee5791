namespace RuleEngine.Compilation;

/// <summary>
/// Up to <see cref="Size"/> buckets of one list compiled together by <see cref="ExpressionBackend.CompileGroup"/>,
/// on first use of any of them (lazy) or when the index is built (eager). Compiles at most once; a race only
/// compiles twice and keeps one.
/// </summary>
internal sealed class BashBucketGroup
{
    /// <summary>Buckets per compiled delegate.</summary>
    public const int Size = 256;

    private readonly List<(IReadOnlyList<BashPlanRule> Rules, int KeyLength)> _buckets = [];
    private Func<int, char[], int, int, bool, int>? _compiled;

    /// <summary>Whether the group is full.</summary>
    public bool IsFull => _buckets.Count >= Size;

    /// <summary>Adds a bucket; returns its position in the group.</summary>
    public int Add(IReadOnlyList<BashPlanRule> rules, int keyLength)
    {
        _buckets.Add((rules, keyLength));
        return _buckets.Count - 1;
    }

    /// <summary>Compiles now (eager builds).</summary>
    public void Compile() => _ = Compiled;

    /// <summary>The matcher of the bucket at <paramref name="position"/>.</summary>
    public BashBucketMatcher MatcherFor(int position) =>
        (buffer, start, length, viaXargs) => Compiled(position, buffer, start, length, viaXargs);

    private Func<int, char[], int, int, bool, int> Compiled
    {
        get
        {
            Func<int, char[], int, int, bool, int>? compiled = Volatile.Read(ref _compiled);
            if (compiled is not null)
            {
                return compiled;
            }

            compiled = ExpressionBackend.CompileGroup(_buckets);
            return Interlocked.CompareExchange(ref _compiled, compiled, null) ?? compiled;
        }
    }
}
