using System.Collections.Frozen;
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

    public ToolLevelIndex(ToolListIndex deny, ToolListIndex ask, ToolListIndex allow)
    {
        _deny = deny;
        _ask = ask;
        _allow = allow;
        _byName = Combine(deny.Names, ask.Names, allow.Names);
        FrozenDictionary<string, Firsts> servers = Combine(deny.Servers, ask.Servers, allow.Servers);
        _byServer = servers.GetAlternateLookup<ReadOnlySpan<char>>();
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

        int deny = _deny.FindParameters(call, _deny.FindGlob(toolName, firsts.Deny, fileLift: false));
        if (deny != int.MaxValue)
        {
            list = RuleBehavior.Deny;
            toolWideAllow = -2;
            return deny;
        }

        int ask = _ask.FindParameters(call, _ask.FindGlob(toolName, firsts.Ask, fileLift: false));
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

    /// <summary>The first content-less rule of each list under one key (<see cref="int.MaxValue"/> when none).</summary>
    private readonly record struct Firsts(int Deny, int Ask, int Allow)
    {
        public static readonly Firsts None = new(int.MaxValue, int.MaxValue, int.MaxValue);

        public Firsts Min(Firsts other) => new(Math.Min(Deny, other.Deny), Math.Min(Ask, other.Ask), Math.Min(Allow, other.Allow));
    }
}
