using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using RuleEngine.Evaluation;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// The tool-level rules of all three lists for the one-pass lookup of steps 4–5 and 10: per exact tool name
/// one entry with the first content-less rule of each list and the tool's deny and ask parameter rules, and
/// content-less <c>mcp__server</c> rules by server (one hash of the name, one per <c>__</c> boundary, for deny,
/// ask and allow together); then each list's tool-name globs (<see cref="ToolListIndex"/>). Gives exactly what
/// the per-list lookups give.
/// </summary>
internal sealed class ToolLevelIndex
{
    private readonly ToolListIndex _deny;
    private readonly ToolListIndex _ask;
    private readonly ToolListIndex _allow;
    // Exact names: the built-in tools by BuiltInSlot (most calls name one, and a string switch finds its slot
    // without hashing the name), other names split by whether they start with mcp__, so a policy's many MCP
    // tool rules do not share a table with the rest. The slot list is only a fast path: a name missing from
    // it is found in _byName.
    private readonly ToolEntry?[] _builtIn = new ToolEntry?[BuiltInSlots];
    private readonly OrdinalKeyTable<ToolEntry> _byName;
    private readonly OrdinalKeyTable<ToolEntry> _byMcpName;
    private readonly OrdinalKeyTable<Firsts> _byServer;
    private readonly bool _hasServers;

    public ToolLevelIndex(ToolListIndex deny, ToolListIndex ask, ToolListIndex allow)
    {
        _deny = deny;
        _ask = ask;
        _allow = allow;
        FrozenDictionary<string, Firsts> named = Combine(deny.Names, ask.Names, allow.Names);
        var entries = new Dictionary<string, ToolEntry>(StringComparer.Ordinal);
        foreach (string tool in named.Keys.Union(deny.Parameters.Keys).Union(ask.Parameters.Keys))
        {
            ToolListIndex.ParameterRules? denyParameters = deny.Parameters.GetValueOrDefault(tool);
            ToolListIndex.ParameterRules? askParameters = ask.Parameters.GetValueOrDefault(tool);
            entries[tool] = new ToolEntry(
                named.GetValueOrDefault(tool, Firsts.None), denyParameters, askParameters, SharedProbes(denyParameters, askParameters));
        }

        _byName = new OrdinalKeyTable<ToolEntry>([.. entries.Where(e => !IsMcp(e.Key) && BuiltInSlot(e.Key) < 0)]);
        foreach ((string tool, ToolEntry entry) in entries)
        {
            if (BuiltInSlot(tool) is >= 0 and int slot)
            {
                _builtIn[slot] = entry;
            }
        }

        // MCP tool names are long and most calls name a tool no rule names exactly: filtered before hashing.
        _byMcpName = new OrdinalKeyTable<ToolEntry>([.. entries.Where(e => IsMcp(e.Key))], prefilter: true);
        FrozenDictionary<string, Firsts> servers = Combine(deny.Servers, ask.Servers, allow.Servers);
        _byServer = new OrdinalKeyTable<Firsts>(servers);
        _hasServers = servers.Count > 0;
    }

    /// <summary>
    /// The first tool-level deny rule of the call, else the first tool-level ask rule (<paramref name="list"/>
    /// says which), or -1; when neither, <paramref name="toolWideAllow"/> is the first tool-wide allow rule
    /// without the file lift (or -1), otherwise -2 (not looked up).
    /// </summary>
    public int Find(ToolCall call, out RuleBehavior list, out int toolWideAllow)
    {
        string toolName = call.ToolName;
        bool mcp = IsMcp(toolName);
        ToolEntry? entry;
        if (!mcp && BuiltInSlot(toolName) is >= 0 and int slot)
        {
            entry = _builtIn[slot];
        }
        else
        {
            (mcp ? _byMcpName : _byName).TryGetValue(toolName, out entry);
        }

        Firsts firsts = entry?.Named ?? Firsts.None;
        if (_hasServers && mcp)
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

        int deny = firsts.Deny;
        int ask = firsts.Ask;
        if (entry is { Shared: { } probes } && call.Input.ValueKind == JsonValueKind.Object)
        {
            // Both lists' parameter rules first (each field probed once), then the globs: all minima, so the order does not matter.
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
            ask = deny == int.MaxValue ? _ask.FindGlob(toolName, ask, fileLift: false) : int.MaxValue;
        }
        else if (entry is { DenyParameters: { Probes: null } denyParameters, AskParameters: { Probes: null } askParameters }
            && call.Input.ValueKind == JsonValueKind.Object)
        {
            deny = _deny.FindGlob(toolName, deny, fileLift: false);
            ask = _ask.FindGlob(toolName, ask, fileLift: false);
            if (denyParameters.FirstOrdinal < deny || askParameters.FirstOrdinal < ask)
            {
                FindBothParameters(denyParameters, askParameters, call, ref deny, ref ask);
            }
        }
        else
        {
            // As ToolListIndex.FindToolLevel, list by list.
            deny = FindParameters(_deny, entry?.DenyParameters, call, _deny.FindGlob(toolName, deny, fileLift: false));
            ask = deny == int.MaxValue ? FindParameters(_ask, entry?.AskParameters, call, _ask.FindGlob(toolName, ask, fileLift: false)) : int.MaxValue;
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

    private static bool IsMcp(string toolName) => toolName.StartsWith("mcp__", StringComparison.Ordinal);

    private const int BuiltInSlots = 14;

    // The slot of a built-in tool name (exact, case-sensitive), or -1.
    private static int BuiltInSlot(string toolName) => toolName switch
    {
        "Bash" => 0,
        "Read" => 1,
        "Edit" => 2,
        "Write" => 3,
        "WebFetch" => 4,
        "Glob" => 5,
        "Grep" => 6,
        "NotebookEdit" => 7,
        "Agent" => 8,
        "Skill" => 9,
        "WebSearch" => 10,
        "Monitor" => 11,
        "PowerShell" => 12,
        "LSP" => 13,
        _ => -1,
    };

    // Both lists' parameter rules, the tool's entries already looked up.
    // Both lists look up the call's property names: enumerate the input once for both. Kept out of Find so that
    // Find's frame (which every tool call runs) does not carry the enumerator and the name buffer.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void FindBothParameters(ToolListIndex.ParameterRules denyParameters, ToolListIndex.ParameterRules askParameters, ToolCall call, ref int deny, ref int ask)
    {
        Span<char> name = stackalloc char[128];
        foreach (JsonProperty property in call.Input.EnumerateObject())
        {
            // Most properties name no field of either list: turned away on one read of the raw name.
            ReadOnlySpan<byte> raw = JsonMarshal.GetRawUtf8PropertyName(property);
            if (!denyParameters.MayName(raw) && !askParameters.MayName(raw) && raw.IndexOf((byte)'\\') < 0)
            {
                continue;
            }

            if (denyParameters.FirstOrdinal < deny && denyParameters.RulesFor(property, name) is { } denyOrdinals)
            {
                deny = ToolListIndex.ParameterRules.FirstMatch(_deny.Entries, denyOrdinals, call, deny);
            }

            if (askParameters.FirstOrdinal < ask && askParameters.RulesFor(property, name) is { } askOrdinals)
            {
                ask = ToolListIndex.ParameterRules.FirstMatch(_ask.Entries, askOrdinals, call, ask);
            }
        }
    }

    private static int FindParameters(ToolListIndex list, ToolListIndex.ParameterRules? parameters, ToolCall call, int best) =>
        parameters is not null && parameters.FirstOrdinal < best && call.Input.ValueKind == JsonValueKind.Object
            ? parameters.Find(list.Entries, call, best)
            : best;

    // The fields of a tool's deny and ask parameter rules with both lists' ordinals, when all of them are probed by name; else null.
    private static SharedProbe[]? SharedProbes(ToolListIndex.ParameterRules? deny, ToolListIndex.ParameterRules? ask)
    {
        (byte[] Utf8Key, int[] Ordinals)[]? denyProbes = deny is null ? [] : deny.Probes;
        (byte[] Utf8Key, int[] Ordinals)[]? askProbes = ask is null ? [] : ask.Probes;
        if (denyProbes is null || askProbes is null || denyProbes.Length + askProbes.Length == 0)
        {
            return null;
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

        return [.. byKey.Values];
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

    /// <summary>
    /// What one exact tool name has: the first content-less rule of each list, its deny and ask parameter rules,
    /// and those as shared probes when all are probed by field name (else null).
    /// </summary>
    private sealed record ToolEntry(Firsts Named, ToolListIndex.ParameterRules? DenyParameters, ToolListIndex.ParameterRules? AskParameters, SharedProbe[]? Shared);

    /// <summary>The first content-less rule of each list under one key (<see cref="int.MaxValue"/> when none).</summary>
    private readonly record struct Firsts(int Deny, int Ask, int Allow)
    {
        public static readonly Firsts None = new(int.MaxValue, int.MaxValue, int.MaxValue);

        public Firsts Min(Firsts other) => new(Math.Min(Deny, other.Deny), Math.Min(Ask, other.Ask), Math.Min(Allow, other.Allow));
    }
}
