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
    private readonly int[] _globs;
    private readonly FrozenDictionary<string, FrozenDictionary<string, int[]>> _parameters;

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
        _globs = [.. globs];
        _parameters = parameters.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.ToFrozenDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>The first content-less rule matching the tool, or parameter rule matching the call; -1 when none.</summary>
    public int FindToolLevel(ToolCall call)
    {
        int best = FindToolWide(call.ToolName, fileLift: false);
        if (_parameters.TryGetValue(call.ToolName, out FrozenDictionary<string, int[]>? byKey) && call.Input.ValueKind == JsonValueKind.Object)
        {
            // Parameter rules are grouped by the input field they name: only the call's own fields are looked up.
            FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> bySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> name = stackalloc char[128];
            foreach (JsonProperty property in call.Input.EnumerateObject())
            {
                ReadOnlySpan<byte> raw = JsonMarshal.GetRawUtf8PropertyName(property);
                int[]? ordinals;
                if (raw.Length <= name.Length && raw.IndexOf((byte)'\\') < 0)
                {
                    int length = Encoding.UTF8.GetChars(raw, name);
                    bySpan.TryGetValue(name[..length], out ordinals);
                }
                else
                {
                    byKey.TryGetValue(property.Name, out ordinals);
                }

                foreach (int i in ordinals ?? [])
                {
                    if (i >= best)
                    {
                        break;
                    }

                    if (ToolRuleMatcher.MatchesParameter(_entries[i].Rule, call))
                    {
                        best = i;
                        break;
                    }
                }
            }
        }

        return best == int.MaxValue ? -1 : best;
    }

    /// <summary>The first content-less rule matching the tool (skipping <c>Tool(*)</c> when <paramref name="fileLift"/>), or <see cref="int.MaxValue"/>.</summary>
    public int FindToolWide(string toolName, bool fileLift)
    {
        int best = int.MaxValue;
        if (_byName.TryGetValue(toolName, out (int First, int FirstBare) named))
        {
            best = fileLift ? named.FirstBare : named.First;
        }

        if (_byServer.Dictionary.Count > 0 && toolName.StartsWith("mcp__", StringComparison.Ordinal))
        {
            // mcp__server matches mcp__server__tool: try every "__" boundary after the prefix.
            for (int at = toolName.IndexOf("__", 5, StringComparison.Ordinal); at >= 0; at = toolName.IndexOf("__", at + 1, StringComparison.Ordinal))
            {
                if (toolName.Length > at + 2 && _byServer.TryGetValue(toolName.AsSpan(0, at), out (int First, int FirstBare) server))
                {
                    best = Math.Min(best, fileLift ? server.FirstBare : server.First);
                }
            }
        }

        foreach (int i in _globs)
        {
            if (i >= best)
            {
                break;
            }

            if (!(fileLift && _entries[i].IsWrittenStar) && ToolRuleMatcher.MatchesToolWide(_entries[i].Rule, toolName))
            {
                best = i;
                break;
            }
        }

        return best;
    }

    private static void Add(Dictionary<string, (int First, int FirstBare)> map, string key, int ordinal, bool writtenStar)
    {
        (int first, int bare) = map.TryGetValue(key, out (int, int) existing) ? existing : (int.MaxValue, int.MaxValue);
        map[key] = (Math.Min(first, ordinal), writtenStar ? bare : Math.Min(bare, ordinal));
    }
}
