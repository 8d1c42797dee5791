using System.Text;
using RuleEngine.Evaluation;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Compilation;

/// <summary>
/// A random policy and tool calls derived from its own patterns: each rule yields inputs built to match it
/// (stars filled in, prefixes extended, domains given subdomains), then wrapped (env, wrappers, xargs,
/// compounds, redirects, blank runs) or mutated into near-misses, plus calls no rule was built for.
/// </summary>
internal sealed class GeneratedPolicy
{
    private static readonly string[] s_commands = ["git", "npm", "ls", "rm", "echo", "cat", "xargs", "find", "sed", "python3", "/usr/bin/git", "./run.sh", "docker", "make", "cp"];
    private static readonly string[] s_args = ["status", "push", "main", "-la", "-rf", "build", "run", "test", "a.txt", "src/x.ts", "..", "../etc/passwd", "--force", "origin", "-n", "x:y", "/tmp/out", ".env", "-exec", "s/a/b/"];
    private static readonly string[] s_wrappers = ["timeout 5 ", "env A=1 ", "xargs ", "FOO=bar ", "nice ", "command ", "nohup ", "time ", "A=$B "];
    private static readonly string[] s_joins = [" && ", " | ", "; ", " || ", "\n"];
    private static readonly string[] s_domains = ["example.com", "*.example.com", "ex*.org", "*", "docs.python.org", "*.github.io", "API.Example.com."];
    private static readonly string[] s_hosts = ["example.com", "a.example.com", "b.a.example.com", "exa.org", "example.org", "docs.python.org", "x.github.io", "api.example.com", "evil.com"];
    private static readonly string[] s_mcp = ["mcp__github", "mcp__github__get_issue", "mcp__git", "mcp__*", "mcp__github__*", "mcp__a_"];
    private static readonly string[] s_mcpCalls = ["mcp__github__get_issue", "mcp__github__list", "mcp__git__log", "mcp__a___b", "mcp__gitlab__x", "mcp__github"];
    private static readonly string[] s_tools = ["Bash", "Read", "Edit", "Write", "WebFetch", "Skill", "Agent", "Read(*)", "Edit(src/**)", "Read(./.env)", "Bash(run_in_background:true)", "WebFetch(prompt:*secret*)",
        "TodoWrite", "TodoWrite(priority:high)", "bash", "Monitor"];
    private static readonly string[] s_skills = ["deploy", "deploy:*", "/review", "re *", "lint"];
    private static readonly string[] s_skillCalls = ["deploy", "deploy-prod", "/review", "release", "lint", "lin"];
    private static readonly string[] s_agents = ["Explore", "Plan", "general-purpose"];
    private static readonly PermissionMode[] s_modes = [PermissionMode.Default, PermissionMode.Default, PermissionMode.AcceptEdits, PermissionMode.DontAsk, PermissionMode.BypassPermissions, PermissionMode.Plan];

    private GeneratedPolicy(List<RuleEntry> rules, List<ToolCall> calls, PermissionMode mode)
    {
        Rules = rules;
        Calls = calls;
        Mode = mode;
    }

    public List<RuleEntry> Rules { get; }

    public List<ToolCall> Calls { get; }

    public PermissionMode Mode { get; }

    public override string ToString() =>
        $"mode {Mode}; rules [{string.Join(", ", Rules.Select(r => $"{r.Behavior.ToName()} {r.Written}"))}]; calls [{string.Join(" ‖ ", Calls.Select(c => $"{c.ToolName} {c.Input.GetRawText()}"))}]";

    /// <summary>Builds a policy of <paramref name="size"/> rules from <paramref name="seed"/>.</summary>
    public static GeneratedPolicy Create(int seed, int size)
    {
        var rnd = new Random(seed);
        var rules = new List<RuleEntry>();
        var calls = new List<ToolCall>();
        for (int i = 0; i < size; i++)
        {
            RuleBehavior behavior = rnd.Next(10) switch
            {
                < 2 => RuleBehavior.Deny,
                < 4 => RuleBehavior.Ask,
                _ => RuleBehavior.Allow,
            };
            (string text, List<ToolCall> derived) = rnd.Next(10) switch
            {
                < 6 => BashRule(rnd),
                6 => Pick(rnd, s_domains) is var d ? ($"WebFetch(domain:{d})", HostCalls(rnd, d)) : default,
                7 => Pick(rnd, s_mcp) is var m ? (m, [ToolCall.Bare(Pick(rnd, s_mcpCalls)), ToolCall.Bare(m.Replace("*", "x", StringComparison.Ordinal) + "__t")]) : default,
                8 => rnd.Next(2) == 0
                    ? ($"Skill({Pick(rnd, s_skills)})", [ToolCall.FromObject("Skill", new Dictionary<string, object?> { ["skill"] = Pick(rnd, s_skillCalls) })])
                    : ($"Agent({Pick(rnd, s_agents)})", [ToolCall.FromObject("Agent", new Dictionary<string, object?> { ["subagent_type"] = Pick(rnd, s_agents), ["prompt"] = "p" })]),
                // Built-in tool names (found by the tool-level index's switch) and others (its hash table), by exact name.
                _ => (Pick(rnd, s_tools), [
                    ToolCall.Bash(RandomCommand(rnd)),
                    ToolCall.File(Pick(rnd, ["Read", "Edit"]), "/work/proj/" + Pick(rnd, s_args)),
                    ToolCall.FromObject(Pick(rnd, ["TodoWrite", "bash", "Todowrite"]), new Dictionary<string, object?> { ["priority"] = Pick(rnd, ["high", "low"]) })]),
            };
            rules.Add(RuleEntry.Parse(text, behavior, (RuleSource)rnd.Next(0, 3)));
            calls.AddRange(derived);
        }

        for (int i = 0; i < 2; i++)
        {
            calls.Add(ToolCall.Bash(RandomCommand(rnd)));
        }

        calls.Add(ToolCall.WebFetch("https://" + Pick(rnd, s_hosts) + "/p"));
        return new GeneratedPolicy(rules, calls, Pick(rnd, s_modes));
    }

    private static (string, List<ToolCall>) BashRule(Random rnd)
    {
        var words = new List<string> { Pick(rnd, s_commands) };
        int extra = rnd.Next(0, 3);
        for (int i = 0; i < extra; i++)
        {
            words.Add(Pick(rnd, s_args));
        }

        string body = string.Join(rnd.Next(8) == 0 ? "  " : " ", words);
        string content = rnd.Next(3) switch
        {
            0 => body,
            1 => body + ":*",
            _ => Starred(rnd, body),
        };
        var calls = new List<ToolCall>();
        for (int i = 0; i < 3; i++)
        {
            calls.Add(ToolCall.Bash(Wrap(rnd, Instantiate(rnd, content))));
        }

        return ($"Bash({content})", calls);
    }

    /// <summary>Puts stars into a command: whole words, inside words, a trailing <c> *</c>, escaped stars, <c>/**/</c>.</summary>
    private static string Starred(Random rnd, string body)
    {
        var sb = new StringBuilder(body);
        switch (rnd.Next(7))
        {
            case 0:
                return body + " *";
            case 1:
                return "* " + body;
            case 2:
                sb.Insert(rnd.Next(sb.Length + 1), '*');
                return sb.ToString();
            case 3:
                sb.Insert(rnd.Next(sb.Length + 1), '*');
                sb.Insert(rnd.Next(sb.Length + 1), '*');
                return sb.ToString() + (rnd.Next(2) == 0 ? " *" : string.Empty);
            case 4:
                return body + " src/**/" + Pick(rnd, ["x.ts", "*"]);
            case 5:
                return body + " \\* *";
            default:
                return body.Replace(" ", " * ", StringComparison.Ordinal) + " *";
        }
    }

    /// <summary>Text the rule was written to match: stars filled with zero or more words, escapes resolved, prefixes extended.</summary>
    private static string Instantiate(Random rnd, string content)
    {
        if (content.EndsWith(":*", StringComparison.Ordinal))
        {
            return content[..^2] + (rnd.Next(2) == 0 ? string.Empty : " " + Pick(rnd, s_args));
        }

        var sb = new StringBuilder();
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (c == '\\' && i + 1 < content.Length && content[i + 1] == '*')
            {
                sb.Append('*');
                i++;
            }
            else if (c == '*')
            {
                sb.Append(rnd.Next(4) switch
                {
                    0 => string.Empty,
                    1 => Pick(rnd, s_args),
                    2 => "a/b",
                    _ => Pick(rnd, s_args) + " " + Pick(rnd, s_args),
                });
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Wrappers, compounds, redirects, blank runs, or a one-character near-miss.</summary>
    private static string Wrap(Random rnd, string command)
    {
        string result = command;
        switch (rnd.Next(10))
        {
            case 0:
            case 1:
                result = Pick(rnd, s_wrappers) + result;
                break;
            case 2:
                result = result + Pick(rnd, s_joins) + RandomCommand(rnd);
                break;
            case 3:
                result = RandomCommand(rnd) + Pick(rnd, s_joins) + result + Pick(rnd, s_joins) + RandomCommand(rnd);
                break;
            case 4:
                result += Pick(rnd, [" > out.txt", " 2>&1", " < in.txt", " >> /etc/hosts"]);
                break;
            case 5:
                result = result.Replace(" ", rnd.Next(2) == 0 ? "\t" : "  ", StringComparison.Ordinal);
                break;
            case 6 when result.Length > 1:
                int at = rnd.Next(result.Length);
                result = result.Remove(at, 1);
                break;
            case 7:
                result = "(" + result + ")";
                break;
        }

        return result;
    }

    private static string RandomCommand(Random rnd)
    {
        var words = new List<string> { Pick(rnd, s_commands) };
        int n = rnd.Next(0, 4);
        for (int i = 0; i < n; i++)
        {
            words.Add(Pick(rnd, s_args));
        }

        return string.Join(' ', words);
    }

    private static List<ToolCall> HostCalls(Random rnd, string pattern)
    {
        string host = pattern.TrimEnd('.').ToLowerInvariant().Replace("*.", Pick(rnd, ["a.", "b.a.", ""]), StringComparison.Ordinal).Replace("*", Pick(rnd, ["", "am"]), StringComparison.Ordinal);
        return [ToolCall.WebFetch("https://" + (host.Length == 0 ? "x.com" : host) + "/doc"), ToolCall.WebFetch("https://" + Pick(rnd, s_hosts) + "/")];
    }

    private static T Pick<T>(Random rnd, T[] items) => items[rnd.Next(items.Length)];
}
