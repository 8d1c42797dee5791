using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using RuleEngine.Evaluation;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// The tool-level rules of all three lists for the one-pass lookup of steps 4–5 and 10: content-less rules
/// by exact tool name and by MCP server in one table each (one hash of the name, one per <c>__</c> boundary,
/// for deny, ask and allow together), then each list's tool-name globs and parameter rules
/// (<see cref="ToolListIndex"/>). Gives exactly what the per-list lookups give.
/// </summary>
internal sealed class ToolLevelIndex
{
    private readonly ToolListIndex _deny;
    private readonly ToolListIndex _ask;
    private readonly ToolListIndex _allow;
    private readonly FrozenDictionary<string, Firsts> _byName;
    private readonly FrozenDictionary<string, Firsts>.AlternateLookup<ReadOnlySpan<char>> _byServer;
    private readonly bool _hasServers;

    // Tools whose deny and ask parameter rules are all probed by field name: each field once for both lists.
    private readonly FrozenDictionary<string, SharedProbe[]> _sharedProbes;
    private readonly bool _hasSharedProbes;

    public ToolLevelIndex(ToolListIndex deny, ToolListIndex ask, ToolListIndex allow)
    {
        _deny = deny;
        _ask = ask;
        _allow = allow;
        _byName = Combine(deny.Names, ask.Names, allow.Names);
        FrozenDictionary<string, Firsts> servers = Combine(deny.Servers, ask.Servers, allow.Servers);
        _byServer = servers.GetAlternateLookup<ReadOnlySpan<char>>();
        _hasServers = servers.Count > 0;
        _sharedProbes = SharedProbes(deny, ask);
        _hasSharedProbes = _sharedProbes.Count > 0;
    }

    /// <summary>
    /// The first tool-level deny rule of the call, else the first tool-level ask rule (<paramref name="list"/>
    /// says which), or -1; when neither, <paramref name="toolWideAllow"/> is the first tool-wide allow rule
    /// without the file lift (or -1), otherwise -2 (not looked up).
    /// </summary>
    public int Find(ToolCall call, out RuleBehavior list, out int toolWideAllow)
    {
        string toolName = call.ToolName;
        Firsts firsts = Firsts.None;
        if (_byName.TryGetValue(toolName, out Firsts named))
        {
            firsts = named;
        }

        if (_hasServers && toolName.StartsWith("mcp__", StringComparison.Ordinal))
        {
            // As ToolListIndex.FindToolWide: every "__" boundary after the prefix that leaves a non-empty tool name.
            ReadOnlySpan<char> name = toolName;
            for (int at = 5; at + 2 < name.Length; at++)
            {
                if (name[at] == '_' && name[at + 1] == '_' && _byServer.TryGetValue(name[..at], out Firsts server))
                {
                    firsts = firsts.Min(server);
                }
            }
        }

        int deny;
        int ask;
        if (_hasSharedProbes && _sharedProbes.TryGetValue(toolName, out SharedProbe[]? probes) && call.Input.ValueKind == JsonValueKind.Object)
        {
            // Both lists' parameter rules first (each field probed once), then the globs: all minima, so the order does not matter.
            (deny, ask) = (firsts.Deny, firsts.Ask);
            foreach (SharedProbe probe in probes)
            {
                bool forDeny = probe.Deny is { } d && d[0] < deny;
                bool forAsk = probe.Ask is { } a && a[0] < ask;
                if ((forDeny || forAsk) && call.Input.TryGetProperty(probe.Utf8Key, out _))
                {
                    deny = forDeny ? ToolListIndex.ParameterRules.FirstMatch(_deny.Entries, probe.Deny!, call, deny) : deny;
                    ask = forAsk ? ToolListIndex.ParameterRules.FirstMatch(_ask.Entries, probe.Ask!, call, ask) : ask;
                }
            }

            deny = _deny.FindGlob(toolName, deny, fileLift: false);
            if (deny == int.MaxValue)
            {
                ask = _ask.FindGlob(toolName, ask, fileLift: false);
            }
        }
        else
        {
            deny = _deny.FindParameters(call, _deny.FindGlob(toolName, firsts.Deny, fileLift: false));
            ask = deny == int.MaxValue ? _ask.FindParameters(call, _ask.FindGlob(toolName, firsts.Ask, fileLift: false)) : int.MaxValue;
        }

        if (deny != int.MaxValue)
        {
            list = RuleBehavior.Deny;
            toolWideAllow = -2;
            return deny;
        }

        if (ask != int.MaxValue)
        {
            list = RuleBehavior.Ask;
            toolWideAllow = -2;
            return ask;
        }

        int allow = _allow.FindGlob(toolName, firsts.Allow, fileLift: false);
        list = RuleBehavior.Deny;
        toolWideAllow = allow == int.MaxValue ? -1 : allow;
        return -1;
    }

    // For each tool with parameter rules in deny or ask, all of them probed by name: the fields with both lists' ordinals.
    private static FrozenDictionary<string, SharedProbe[]> SharedProbes(ToolListIndex deny, ToolListIndex ask)
    {
        var shared = new Dictionary<string, SharedProbe[]>(StringComparer.Ordinal);
        foreach (string tool in deny.Parameters.Keys.Union(ask.Parameters.Keys))
        {
            (byte[] Utf8Key, int[] Ordinals)[]? denyProbes = deny.Parameters.TryGetValue(tool, out ToolListIndex.ParameterRules? d) ? d.Probes : [];
            (byte[] Utf8Key, int[] Ordinals)[]? askProbes = ask.Parameters.TryGetValue(tool, out ToolListIndex.ParameterRules? a) ? a.Probes : [];
            if (denyProbes is null || askProbes is null)
            {
                continue;
            }

            var byKey = new Dictionary<string, SharedProbe>(StringComparer.Ordinal);
            foreach ((byte[] key, int[] ordinals) in denyProbes)
            {
                byKey[Encoding.UTF8.GetString(key)] = new SharedProbe(key, ordinals, null);
            }

            foreach ((byte[] key, int[] ordinals) in askProbes)
            {
                string name = Encoding.UTF8.GetString(key);
                byKey[name] = byKey.TryGetValue(name, out SharedProbe? existing) ? existing with { Ask = ordinals } : new SharedProbe(key, null, ordinals);
            }

            shared[tool] = [.. byKey.Values];
        }

        return shared.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, Firsts> Combine(
        FrozenDictionary<string, (int First, int FirstBare)> deny,
        FrozenDictionary<string, (int First, int FirstBare)> ask,
        FrozenDictionary<string, (int First, int FirstBare)> allow)
    {
        var combined = new Dictionary<string, Firsts>(StringComparer.Ordinal);
        foreach (string key in deny.Keys.Concat(ask.Keys).Concat(allow.Keys))
        {
            combined[key] = new Firsts(
                deny.TryGetValue(key, out (int First, int FirstBare) d) ? d.First : int.MaxValue,
                ask.TryGetValue(key, out (int First, int FirstBare) a) ? a.First : int.MaxValue,
                allow.TryGetValue(key, out (int First, int FirstBare) w) ? w.First : int.MaxValue);
        }

        return combined.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>One input field named by parameter rules: its UTF-8 name and the deny and ask rules naming it (ascending ordinals, or null).</summary>
    private sealed record SharedProbe(byte[] Utf8Key, int[]? Deny, int[]? Ask);

    /// <summary>The first content-less rule of each list under one key (<see cref="int.MaxValue"/> when none).</summary>
    private readonly record struct Firsts(int Deny, int Ask, int Allow)
    {
        public static readonly Firsts None = new(int.MaxValue, int.MaxValue, int.MaxValue);

        public Firsts Min(Firsts other) => new(Math.Min(Deny, other.Deny), Math.Min(Ask, other.Ask), Math.Min(Allow, other.Allow));
    }
}
