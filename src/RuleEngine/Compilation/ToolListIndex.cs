using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using RuleEngine.Evaluation;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// Tool-level rules of one list (rules.md §3–§5): content-less rules by exact tool name and by MCP server
/// (hash), tool-name globs (few, tried in order), and parameter rules by tool name. Each hash entry keeps
/// the first ordinal, and the first ordinal not written as <c>Tool(*)</c> for the file-tool lift.
/// </summary>
internal sealed class ToolListIndex
{
    private readonly ImmutableArray<RuleEntry> _entries;
    private readonly FrozenDictionary<string, (int First, int FirstBare)> _byName;
    private readonly FrozenDictionary<string, (int First, int FirstBare)>.AlternateLookup<ReadOnlySpan<char>> _byServer;
    private readonly bool _hasServers;
    private readonly int[] _globs;
    private readonly FrozenDictionary<string, ParameterRules> _parameters;

    public ToolListIndex(ImmutableArray<RuleEntry> entries)
    {
        _entries = entries;
        var byName = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var byServer = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var globs = new List<int>();
        var parameters = new Dictionary<string, Dictionary<string, List<int>>>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Length; i++)
        {
            PermissionRule rule = entries[i].Rule;
            if (rule.Content is not null)
            {
                // Only contents that read as param:value on a non-primary field can match (ToolRuleMatcher.MatchesParameter).
                if (!rule.HasToolGlob
                    && Analysis.ToolParameters.TrySplitParameter(rule.Content, out string key, out _)
                    && key != Analysis.ToolParameters.PrimaryField(rule.ToolName))
                {
                    if (!parameters.TryGetValue(rule.ToolName, out Dictionary<string, List<int>>? byKey))
                    {
                        parameters[rule.ToolName] = byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                    }

                    if (!byKey.TryGetValue(key, out List<int>? list))
                    {
                        byKey[key] = list = [];
                    }

                    list.Add(i);
                }

                continue;
            }

            if (rule.HasToolGlob)
            {
                globs.Add(i);
                continue;
            }

            Add(byName, rule.ToolName, i, entries[i].IsWrittenStar);
            if (rule.IsMcp && rule.ToolName.IndexOf("__", 5, StringComparison.Ordinal) < 0)
            {
                Add(byServer, rule.ToolName, i, entries[i].IsWrittenStar);
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _byServer = byServer.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _hasServers = byServer.Count > 0;
        _globs = [.. globs];
        _parameters = parameters.ToFrozenDictionary(p => p.Key, p => new ParameterRules(p.Value), StringComparer.Ordinal);
    }

    /// <summary>Parameter rules by tool name.</summary>
    public FrozenDictionary<string, ParameterRules> Parameters => _parameters;

    /// <summary>The rules of the list (ordinals index them).</summary>
    public ImmutableArray<RuleEntry> Entries => _entries;

    /// <summary>Content-less rules by exact tool name: the first ordinal and the first not written as <c>Tool(*)</c>.</summary>
    public FrozenDictionary<string, (int First, int FirstBare)> Names => _byName;

    /// <summary>Content-less <c>mcp__server</c> rules by server, like <see cref="Names"/>.</summary>
    public FrozenDictionary<string, (int First, int FirstBare)> Servers => _byServer.Dictionary;

    /// <summary>The first content-less rule matching the tool (skipping <c>Tool(*)</c> when <paramref name="fileLift"/>), or <see cref="int.MaxValue"/>.</summary>
    public int FindToolWide(string toolName, bool fileLift)
    {
        int best = int.MaxValue;
        if (_byName.TryGetValue(toolName, out (int First, int FirstBare) named))
        {
            best = fileLift ? named.FirstBare : named.First;
        }

        if (_hasServers && toolName.StartsWith("mcp__", StringComparison.Ordinal))
        {
            // mcp__server matches mcp__server__tool: try every "__" boundary after the prefix (overlapping ones
            // too, as IndexOf("__", at + 1) would find them) that leaves a non-empty tool name.
            ReadOnlySpan<char> name = toolName;
            for (int at = 5; at + 2 < name.Length; at++)
            {
                if (name[at] == '_' && name[at + 1] == '_' && _byServer.TryGetValue(name[..at], out (int First, int FirstBare) server))
                {
                    best = Math.Min(best, fileLift ? server.FirstBare : server.First);
                }
            }
        }

        return FindGlob(toolName, best, fileLift);
    }

    /// <summary>The smaller of <paramref name="best"/> and the first tool-name glob rule below it matching the tool.</summary>
    public int FindGlob(string toolName, int best, bool fileLift)
    {
        foreach (int i in _globs)
        {
            if (i >= best)
            {
                break;
            }

            if (!(fileLift && _entries[i].IsWrittenStar) && ToolRuleMatcher.MatchesToolWide(_entries[i].Rule, toolName))
            {
                return i;
            }
        }

        return best;
    }

    private static void Add(Dictionary<string, (int First, int FirstBare)> map, string key, int ordinal, bool writtenStar)
    {
        (int first, int bare) = map.TryGetValue(key, out (int, int) existing) ? existing : (int.MaxValue, int.MaxValue);
        map[key] = (Math.Min(first, ordinal), writtenStar ? bare : Math.Min(bare, ordinal));
    }

    /// <summary>
    /// The parameter rules of one tool, grouped by the input field they name. Few fields are probed with
    /// <see cref="JsonElement.TryGetProperty(ReadOnlySpan{byte}, out JsonElement)"/> on their precomputed UTF-8 names;
    /// many are looked up by the call's own property names.
    /// </summary>
    internal sealed class ParameterRules
    {
        // At most this many fields are probed one by one; more are matched against the call's property names.
        // Each probe scans the input's properties itself, so from two fields on one filtered pass over the
        // input's own (usually one to three) properties is cheaper: with two to four fields per list, probing
        // made a single Bash command at 100 rules cost 335 ns instead of 271 (--profile A/B).
        private const int MaxProbedKeys = 1;

        private readonly FrozenDictionary<string, int[]> _byKey;
        private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

        // Null when there are more than MaxProbedKeys fields (or a field name with surrogates).
        private readonly (byte[] Utf8Key, int[] Ordinals)[]? _probes;

        // Bit n of entry b: some field's UTF-8 name starts with byte b and is n bytes long (n ≥ 63 shares bit 63).
        // An input property outside it cannot name a field, so its name is neither decoded nor looked up.
        private readonly ulong[] _utf8LengthsByFirstByte = new ulong[256];

        public ParameterRules(Dictionary<string, List<int>> byKey)
        {
            _byKey = byKey.ToFrozenDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
            _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
            FirstOrdinal = byKey.Values.Min(list => list[0]);
            // Keys with surrogates (possibly lone ones) keep the name lookup, whose string comparison is exact.
            foreach (string key in byKey.Keys)
            {
                byte[] utf8 = Encoding.UTF8.GetBytes(key);
                _utf8LengthsByFirstByte[utf8[0]] |= 1UL << Math.Min(utf8.Length, 63);
            }

            _probes = byKey.Count <= MaxProbedKeys && !byKey.Keys.Any(k => k.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) ? [.. _byKey.Select(k => (Encoding.UTF8.GetBytes(k.Key), k.Value))] : null;
        }

        /// <summary>The probed fields (UTF-8 name, ordinals), or null when the call's property names are looked up instead.</summary>
        public (byte[] Utf8Key, int[] Ordinals)[]? Probes => _probes;

        /// <summary>The smallest ordinal of any parameter rule of the tool.</summary>
        public int FirstOrdinal { get; }

        /// <summary>The smaller of <paramref name="best"/> and the first parameter rule below it matching the call (whose input is an object).</summary>
        public int Find(ImmutableArray<RuleEntry> entries, ToolCall call, int best)
        {
            if (_probes is not null)
            {
                foreach ((byte[] key, int[] ordinals) in _probes)
                {
                    if (ordinals[0] < best && call.Input.TryGetProperty(key, out _))
                    {
                        best = FirstMatch(entries, ordinals, call, best);
                    }
                }

                return best;
            }

            // Only the call's own fields are looked up.
            Span<char> name = stackalloc char[128];
            foreach (JsonProperty property in call.Input.EnumerateObject())
            {
                if (RulesFor(property, name) is { } ordinals)
                {
                    best = FirstMatch(entries, ordinals, call, best);
                }
            }

            return best;
        }

        /// <summary>
        /// The ordinals of the rules naming <paramref name="property"/>, or null; properties whose first byte and
        /// length no field has are rejected before their name is decoded (into <paramref name="buffer"/>).
        /// </summary>
        public int[]? RulesFor(JsonProperty property, Span<char> buffer)
        {
            ReadOnlySpan<byte> raw = JsonMarshal.GetRawUtf8PropertyName(property);
            bool escaped = raw.IndexOf((byte)'\\') >= 0;
            if (!escaped && !MayName(raw))
            {
                return null;
            }

            int[]? ordinals;
            if (raw.Length <= buffer.Length && !escaped)
            {
                int length = Encoding.UTF8.GetChars(raw, buffer);
                _bySpan.TryGetValue(buffer[..length], out ordinals);
            }
            else
            {
                _byKey.TryGetValue(property.Name, out ordinals);
            }

            return ordinals;
        }

        /// <summary>False when no field's UTF-8 name has the first byte and length of the unescaped UTF-8 name <paramref name="raw"/>.</summary>
        public bool MayName(ReadOnlySpan<byte> raw) =>
            !raw.IsEmpty && (_utf8LengthsByFirstByte[raw[0]] & (1UL << Math.Min(raw.Length, 63))) != 0;

        /// <summary>The smaller of <paramref name="best"/> and the first rule of <paramref name="ordinals"/> below it matching the call.</summary>
        public static int FirstMatch(ImmutableArray<RuleEntry> entries, int[] ordinals, ToolCall call, int best)
        {
            foreach (int i in ordinals)
            {
                if (i >= best)
                {
                    break;
                }

                if (ToolRuleMatcher.MatchesParameter(entries[i].Rule, call))
                {
                    return i;
                }
            }

            return best;
        }
    }
}
