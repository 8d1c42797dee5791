using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    // Every bucket's name and extension tables merged (same comparers), so one walk of a path finds the
    // candidates of all buckets: per key, the bucket's candidate list (or null) at the bucket's index.
    // Names also hold the protected-path names (ProtectedName set), with or without rules.
    private readonly FrozenDictionary<string, NameEntry>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly FrozenDictionary<string, ExtensionEntry>.AlternateLookup<ReadOnlySpan<char>> _extensions;
    private readonly int _maxExtensionLength;

    // The same tables hashed during the walk, when every key is ASCII (else null: the frozen tables answer).
    private readonly AsciiKeyTable<NameEntry>? _asciiNames;
    private readonly AsciiKeyTable<ExtensionEntry>? _asciiExtensions;

    // The working directory when it is a normalised absolute path other than "/" whose walk fits the probe, and that
    // walk: Probe starts from it for paths below the working directory. Null / default otherwise.
    private readonly string? _cwd;
    private readonly PathProbe _cwdProbe;

    private PathRuleSet(PathEnvironment environment, PathRuleBucket[] buckets)
    {
        Environment = environment;
        _buckets = buckets;
        HasDirectoryOnlyPatterns = buckets.Any(b => b.Rules.Any(r => r.Pattern.IsDirectoryOnly));

        var names = new Dictionary<string, NameEntry>(StringComparer.OrdinalIgnoreCase);
        var extensions = new Dictionary<string, int[]?[]>(StringComparer.Ordinal);
        for (int b = 0; b < buckets.Length; b++)
        {
            foreach ((string key, int[] candidates) in buckets[b].ByName)
            {
                if (!names.TryGetValue(key, out NameEntry? entry))
                {
                    names[key] = entry = new NameEntry(new int[]?[buckets.Length], false);
                }

                entry.ByBucket[b] = candidates;
            }

            foreach ((string key, int[] candidates) in buckets[b].ByExtension)
            {
                if (!extensions.TryGetValue(key, out int[]?[]? byBucket))
                {
                    extensions[key] = byBucket = new int[]?[buckets.Length];
                }

                byBucket[b] = candidates;
            }
        }

        // ProtectedPaths.Classify finds nothing unless some segment is one of these names.
        foreach (string name in ProtectedPaths.TriggerNames)
        {
            names[name] = names.TryGetValue(name, out NameEntry? entry)
                ? entry with { ProtectedName = true }
                : new NameEntry(new int[]?[buckets.Length], true);
        }

        foreach ((string key, NameEntry entry) in names.ToList())
        {
            names[key] = entry with { Buckets = BucketMask(entry.ByBucket) };
        }

        Dictionary<string, ExtensionEntry> extensionEntries = extensions.ToDictionary(
            e => e.Key, e => new ExtensionEntry(e.Value, BucketMask(e.Value)), StringComparer.Ordinal);
        _names = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _extensions = extensionEntries.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _maxExtensionLength = buckets.Max(b => b.MaxExtensionLength);
        _asciiNames = AsciiKeyTable<NameEntry>.Create(names);
        _asciiExtensions = AsciiKeyTable<ExtensionEntry>.Create(extensionEntries);

        var cwdProbe = new PathProbe { Complete = true };
        if (environment.Cwd is ['/', _, ..] cwd && Walk(ref cwdProbe, cwd, 0, out bool normalized) && normalized)
        {
            _cwd = cwd;
            _cwdProbe = cwdProbe;
        }
    }

    public PathEnvironment Environment { get; }

    /// <summary>True when some rule ends in <c>/</c>, so callers must find out whether a path is a directory.</summary>
    public bool HasDirectoryOnlyPatterns { get; }

    /// <summary>Compiles the path rules of <paramref name="rules"/>; <paramref name="decisions"/>, when given, supplies each rule's <see cref="PathRule.SharedDecision"/>.</summary>
    public static PathRuleSet Build(IEnumerable<RuleEntry> rules, PathEnvironment environment, Func<RuleEntry, Evaluation.Decision?>? decisions = null)
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

            PathRule rule = PathRule.Compile(entry, environment);
            builders[Index(access, entry.Behavior)].Add(decisions is null ? rule : rule.WithDecision(decisions(entry)));
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

    /// <summary><see cref="FindMatch(PathAccess, RuleBehavior, string, bool)"/> using the table lookups of <paramref name="probe"/>, made for this path by <see cref="Probe(string)"/>.</summary>
    public PathRule? FindMatch(PathAccess access, RuleBehavior behavior, string normalizedPath, bool isDirectory, in PathProbe probe)
    {
        int b = Index(access, behavior);
        return probe.Complete
            ? _buckets[b].FindMatch(normalizedPath, isDirectory, probe, b)
            : _buckets[b].FindMatch(normalizedPath, isDirectory);
    }

    /// <summary>
    /// Walks a normalised path once and looks up each segment name and extension in the merged tables of all
    /// buckets (as each bucket's <see cref="PathRuleBucket.FindMatch(string, bool)"/> would), for
    /// <see cref="FindMatch(PathAccess, RuleBehavior, string, bool, in PathProbe)"/> on any bucket and
    /// <see cref="PathProbe.MayBeProtected"/>.
    /// </summary>
    public PathProbe Probe(string normalizedPath)
    {
        Probe(normalizedPath, out PathProbe probe, out _);
        return probe;
    }

    /// <summary>
    /// <see cref="Probe(string)"/> for an absolute path that may not be normalised, written into <paramref name="probe"/>
    /// (a caller's field, so no copy of the probe is made): <paramref name="normalized"/> tells whether it is (no empty,
    /// <c>.</c> or <c>..</c> segment after the leading <c>/</c>, no trailing <c>/</c>; what <see cref="PathNormalizer"/>
    /// returns unchanged). The probe is only meaningful for a normalised path.
    /// </summary>
    public void Probe(string path, out PathProbe probe, out bool normalized)
    {
        // Under the working directory (where most file tool calls point), its segments' hits are already known.
        int from = 0;
        if (_cwd is { } cwd && path.Length > cwd.Length + 1 && path[cwd.Length] == '/' && path.StartsWith(cwd, StringComparison.Ordinal))
        {
            probe = _cwdProbe;
            from = cwd.Length + 1;
        }
        else
        {
            probe = default;
            probe.Complete = true;
        }

        if (!Walk(ref probe, path, from, out normalized))
        {
            probe = default;
        }
    }

    // Probes the segments of path from `from` (0, or just after a '/') into probe; false when the probe is full.
    // normalized: whether the path is normalised, assuming the part before `from` is (meaningful only when the walk
    // reached the end, or stopped there).
    private bool Walk(ref PathProbe probe, string path, int from, out bool normalized)
    {
        bool asciiTables = _asciiNames is not null && _asciiExtensions is not null;
        ReadOnlySpan<char> text = path;
        int start = from;
        int dot = -1;
        int dots = 0;
        int bits = 0;
        bool odd = false;
        for (int i = from; i < text.Length; i++)
        {
            // Letters and digits lie above '/' (and '.' just below it): one test for most characters.
            char c = text[i];
            bits |= c;
            if (c > '/')
            {
                continue;
            }

            if (c == '.')
            {
                dot = i;
                dots++;
            }
            else if (c == '/')
            {
                // An empty segment (except before a leading '/'), or one of only one or two dots, is not normalised.
                odd |= (i == start && i > 0) || (i - start is 1 or 2 && dots == i - start);
                if (!ProbeSegment(ref probe, text, start, i, dot, asciiTables && bits < 0x80))
                {
                    normalized = false;
                    return false;
                }

                start = i + 1;
                dots = 0;
                bits = 0;
            }
        }

        odd |= (text.Length == start && text.Length > 1) || (text.Length - start is > 0 and <= 2 && dots == text.Length - start);
        normalized = !odd;
        return ProbeSegment(ref probe, text, start, text.Length, dot, asciiTables && bits < 0x80);
    }

    // Looks up the segment [start, end) of the path (and its extension after the dot at `dot`, when dot >= start);
    // false when the probe is full. ascii: the segment is ASCII and the ASCII tables exist.
    private bool ProbeSegment(ref PathProbe probe, ReadOnlySpan<char> path, int start, int end, int dot, bool ascii)
    {
        if (end <= start)
        {
            return true;
        }

        ReadOnlySpan<char> seg = path[start..end];
        NameEntry? entry = ascii
            ? _asciiNames!.Find(seg)
            : _names.TryGetValue(seg, out NameEntry? found) ? found : null;
        if (entry is not null)
        {
            probe.MayBeProtected |= entry.ProtectedName;
            if (entry.Buckets != 0 && !probe.Add(entry.ByBucket, entry.Buckets))
            {
                return false;
            }
        }

        return !(dot >= start && end - dot - 1 <= _maxExtensionLength
            && FindExtension(path[(dot + 1)..end], ascii) is { } extension
            && !probe.Add(extension.ByBucket, extension.Buckets));
    }

    // The extension table entry of an extension (at most _maxExtensionLength <= 64 characters), lower-cased as PathRuleBucket does.
    private ExtensionEntry? FindExtension(ReadOnlySpan<char> extension, bool ascii)
    {
        if (ascii)
        {
            return _asciiExtensions!.Find(extension);
        }

        Span<char> key = stackalloc char[extension.Length];
        for (int j = 0; j < extension.Length; j++)
        {
            key[j] = char.ToLowerInvariant(extension[j]);
        }

        return _extensions.TryGetValue(key, out ExtensionEntry? found) ? found : null;
    }

    private static int Index(PathAccess access, RuleBehavior behavior) => ((int)access * 3) + (int)behavior;

    // Bit b set when bucket b has candidates in byBucket.
    private static int BucketMask(int[]?[] byBucket)
    {
        int mask = 0;
        for (int b = 0; b < byBucket.Length; b++)
        {
            mask |= byBucket[b] is null ? 0 : 1 << b;
        }

        return mask;
    }

    /// <summary>A merged name-table entry: each bucket's candidates, the buckets that have some (bit per bucket), whether the name is protected.</summary>
    private sealed record NameEntry(int[]?[] ByBucket, bool ProtectedName)
    {
        public int Buckets { get; init; }
    }

    /// <summary>A merged extension-table entry: each bucket's candidates and the buckets that have some.</summary>
    private sealed record ExtensionEntry(int[]?[] ByBucket, int Buckets);
}

/// <summary>
/// What one walk of a normalised path found in a <see cref="PathRuleSet"/>'s merged tables (<see cref="PathRuleSet.Probe(string)"/>):
/// for each segment name or extension that is a key, the candidate lists of every bucket. <c>default</c>
/// (not <see cref="Complete"/>) when the path had more hits than the buffer holds: lookups then walk the path themselves.
/// </summary>
internal struct PathProbe
{
    /// <summary>Hits the buffer holds.</summary>
    public const int Capacity = 8;

    /// <summary>The candidate lists by bucket of each hit.</summary>
    public HitBuffer Hits;

    /// <summary>How many of <see cref="Hits"/> are set.</summary>
    public int Count;

    /// <summary>True when every hit is recorded.</summary>
    public bool Complete;

    /// <summary>True when some segment is a protected name (only then can <see cref="ProtectedPaths.Classify"/> find something).</summary>
    public bool MayBeProtected;

    /// <summary>Bit b set when some hit has candidates in bucket b: a lookup in any other bucket skips the hits.</summary>
    public int Buckets;

    /// <summary>Records a hit with candidates in the buckets of <paramref name="buckets"/>; false when the buffer is full.</summary>
    public bool Add(int[]?[] byBucket, int buckets)
    {
        if (Count == Capacity)
        {
            return false;
        }

        Hits[Count++] = byBucket;
        Buckets |= buckets;
        return true;
    }

    /// <summary>Inline storage for <see cref="Capacity"/> hits.</summary>
    [InlineArray(Capacity)]
    public struct HitBuffer
    {
        private int[]?[] _element;
    }
}
