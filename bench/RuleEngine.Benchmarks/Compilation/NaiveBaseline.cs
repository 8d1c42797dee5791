using System.Text;
using System.Text.RegularExpressions;
using DotNet.Globbing;

namespace RuleEngine.Benchmarks.Compilation;

/// <summary>
/// What a user might write instead of the engine: one compiled <see cref="Regex"/> per rule (Bash, domain,
/// MCP), or one <see cref="Glob"/> per path rule, tried in a loop in deny → ask → allow order; compound
/// commands are split on the operators first. Path rules are also kept as one compiled <see cref="Regex"/>
/// each (the glob translated the usual way) for <see cref="DecideWithPathRegexes"/>. No shell analysis, no
/// path normalisation: the baseline is faster to write and wrong in many cases, and is here only for speed.
/// </summary>
public sealed class NaiveBaseline
{
    private static readonly string[] s_order = ["deny", "ask", "allow"];
    private static readonly string[] s_operators = ["&&", "||", ";", "|"];

    private readonly List<(string Behavior, Regex Regex)> _bash = [];
    private readonly List<(string Behavior, Regex Regex)> _domains = [];
    private readonly List<(string Behavior, Regex Regex)> _mcp = [];
    private readonly List<(string Behavior, string Tool, Glob Glob)> _paths = [];
    private readonly List<(string Behavior, string Tool, Regex Regex)> _pathRegexes = [];

    public NaiveBaseline(IEnumerable<string> rules)
    {
        var parsed = rules.Select(r => r.Split(' ', 2)).OrderBy(p => Array.IndexOf(s_order, p[0])).ToList();
        foreach (string[] p in parsed)
        {
            string behavior = p[0];
            string rule = p[1];
            int open = rule.IndexOf('(');
            string tool = open < 0 ? rule : rule[..open];
            string? content = open < 0 ? null : rule[(open + 1)..^1];
            if (tool == "Bash" && content is not null)
            {
                _bash.Add((behavior, new Regex(BashRegex(content), RegexOptions.Compiled | RegexOptions.Singleline | RegexOptions.CultureInvariant)));
            }
            else if (tool == "WebFetch" && content is not null && content.StartsWith("domain:", StringComparison.Ordinal))
            {
                string host = content[7..];
                string pattern = host.StartsWith("*.", StringComparison.Ordinal)
                    ? "^(.+\\.)" + Regex.Escape(host[2..]) + "$"
                    : "^" + Regex.Escape(host).Replace("\\*", "[^.]*", StringComparison.Ordinal) + "$";
                _domains.Add((behavior, new Regex(pattern, RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)));
            }
            else if (tool.StartsWith("mcp__", StringComparison.Ordinal))
            {
                _mcp.Add((behavior, new Regex("^" + Regex.Escape(tool) + "(__.+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant)));
            }
            else if (tool is "Read" or "Edit" && content is not null)
            {
                string glob = content.TrimStart('.', '/');
                _paths.Add((behavior, tool, Glob.Parse(glob)));
                _pathRegexes.Add((behavior, tool, new Regex(GlobRegex(glob), RegexOptions.Compiled | RegexOptions.CultureInvariant)));
            }
        }
    }

    /// <summary>The behavior of the first matching rule, or null.</summary>
    public string? Decide(Scenario scenario) => scenario.Family switch
    {
        "bash" => DecideBash(scenario.Subject),
        "domain" => First(_domains, new Uri(scenario.Subject).Host),
        "mcp" => First(_mcp, scenario.Subject),
        _ => DecidePath(scenario.Call.ToolName, scenario.Subject),
    };

    private string? DecideBash(string command)
    {
        string[] parts = command.Split(s_operators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string result = "allow";
        foreach (string part in parts)
        {
            switch (First(_bash, part))
            {
                case null:
                    return null;
                case "deny":
                    return "deny";
                case "ask":
                    result = "ask";
                    break;
            }
        }

        return result;
    }

    /// <summary>As <see cref="Decide"/>, with path rules matched by their regexes instead of DotNet.Glob.</summary>
    public string? DecideWithPathRegexes(Scenario scenario)
    {
        if (scenario.Family != "path")
        {
            return Decide(scenario);
        }

        foreach ((string behavior, string ruleTool, Regex regex) in _pathRegexes)
        {
            if (ruleTool == scenario.Call.ToolName && regex.IsMatch(scenario.Subject))
            {
                return behavior;
            }
        }

        return null;
    }

    private string? DecidePath(string tool, string relative)
    {
        foreach ((string behavior, string ruleTool, Glob glob) in _paths)
        {
            if (ruleTool == tool && glob.IsMatch(relative))
            {
                return behavior;
            }
        }

        return null;
    }

    private static string? First(List<(string Behavior, Regex Regex)> rules, string subject)
    {
        foreach ((string behavior, Regex regex) in rules)
        {
            if (regex.IsMatch(subject))
            {
                return behavior;
            }
        }

        return null;
    }

    /// <summary>A path glob as a user would translate it: <c>**/</c> → any directories, <c>**</c> → <c>.*</c>, <c>*</c> → <c>[^/]*</c>, <c>?</c> → <c>[^/]</c>.</summary>
    private static string GlobRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (int i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                sb.Append(glob[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    char c => Regex.Escape(c.ToString()),
                });
            }
        }

        return sb.Append('$').ToString();
    }

    /// <summary><c>P:*</c> → <c>^P( .*)?$</c>; stars → <c>.*</c>; exact → the escaped text.</summary>
    private static string BashRegex(string content)
    {
        if (content.EndsWith(":*", StringComparison.Ordinal))
        {
            return "^" + Regex.Escape(content[..^2]) + "( .*)?$";
        }

        var sb = new StringBuilder("^");
        foreach (string piece in content.Split('*'))
        {
            sb.Append(Regex.Escape(piece)).Append(".*");
        }

        sb.Length -= 2;
        return sb.Append('$').ToString();
    }
}
