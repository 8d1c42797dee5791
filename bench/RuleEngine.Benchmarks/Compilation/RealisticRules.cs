using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Benchmarks.Compilation;

/// <summary>
/// Deterministic "realistic" policies of a given size (documented in bench/README.md): 60 % Bash rules over
/// real command words and, as the policy grows, project-specific tools (one distinct tool word per ten rules,
/// the way an organisation-wide policy accumulates them) in the usual shapes (<c>cmd sub:*</c>,
/// <c>cmd sub *</c>, exact, <c>cmd *</c>); 15 % path rules, 10 % WebFetch domains, 10 % MCP servers and
/// tools, 5 % skills. About 75 % allow, 15 % deny, 10 % ask; deny and ask rules name dangerous commands.
/// The rules each scenario needs are inserted at seeded random positions, so every size decides the same way.
/// </summary>
public static class RealisticRules
{
    private static readonly string[] s_commands =
    [
        "git", "npm", "pnpm", "yarn", "docker", "kubectl", "cargo", "dotnet", "python3", "pip", "pytest", "make", "go", "terraform",
        "aws", "gh", "ls", "cat", "grep", "rg", "find", "sed", "awk", "jq", "node", "npx", "tsc", "eslint", "prettier", "helm",
    ];

    private static readonly string[] s_subcommands = ["status", "log", "diff", "build", "test", "run", "install", "check", "lint", "fmt", "get", "describe", "show", "list", "exec", "plan"];

    private static readonly string[] s_arguments = ["--verbose", "-n", "./...", "src", "--all", "--watch=false", "main", "origin", "-la", "--json"];

    private static readonly string[] s_dangerous = ["rm", "curl", "wget", "chmod", "sudo", "dd", "mkfs", "shutdown", "scp", "ssh"];

    /// <summary>The rules every generated policy contains (the scenarios' deciding rules).</summary>
    public static readonly string[] ScenarioRules =
    [
        "allow Bash(git log:*)",
        "allow Bash(git status:*)",
        "allow Bash(npm run build:*)",
        "allow Edit(src/**)",
        "allow WebFetch(domain:api.github.com)",
        "allow mcp__github",
        "deny Bash(rm -rf:*)",
    ];

    /// <summary>A policy of <paramref name="size"/> rule strings, each <c>behavior Rule(content)</c>.</summary>
    public static List<string> Generate(int size, int seed = 42)
    {
        var rnd = new Random(seed);
        int generated = Math.Max(0, size - ScenarioRules.Length);
        int tools = Math.Max(1, size / 10);
        var rules = new List<string>(size);
        for (int i = 0; i < generated; i++)
        {
            rules.Add(Rule(rnd, tools));
        }

        foreach (string rule in ScenarioRules.Take(size))
        {
            rules.Insert(rnd.Next(rules.Count + 1), rule);
        }

        return rules;
    }

    /// <summary>Parses generated rule strings into entries (project settings scope).</summary>
    public static List<RuleEntry> Parse(IEnumerable<string> rules) =>
        [.. rules.Select(r => r.Split(' ', 2) is var p ? RuleEntry.Parse(p[1], Enum.Parse<RuleBehavior>(p[0], ignoreCase: true), RuleSource.ProjectSettings) : null!)];

    private static string Rule(Random rnd, int tools)
    {
        int family = rnd.Next(100);
        int behaviorRoll = rnd.Next(100);
        string behavior = behaviorRoll < 75 ? "allow" : behaviorRoll < 90 ? "deny" : "ask";
        if (family < 60)
        {
            return behavior + " Bash(" + BashContent(rnd, tools, dangerous: behavior != "allow") + ")";
        }

        int k = rnd.Next(tools);
        if (family < 75)
        {
            string tool = rnd.Next(2) == 0 ? "Read" : "Edit";
            return behavior + " " + tool + "(" + (rnd.Next(5) switch
            {
                0 => $"src/module{k}/**",
                1 => $"/docs/area{k}/**/*.md",
                2 => $"**/*.gen{k}",
                3 => $"~/.config/app{k}/**",
                _ => $"./secrets/key{k}.pem",
            }) + ")";
        }

        if (family < 85)
        {
            return behavior + " WebFetch(domain:" + (rnd.Next(2) == 0 ? $"docs{k}.example.com" : $"*.corp{k}.example") + ")";
        }

        if (family < 95)
        {
            return behavior + (rnd.Next(2) == 0 ? $" mcp__srv{k}" : $" mcp__srv{k}__tool{rnd.Next(20)}");
        }

        return behavior + (rnd.Next(2) == 0 ? $" Skill(skill{k})" : $" Skill(skill{k}:*)");
    }

    private static string BashContent(Random rnd, int tools, bool dangerous)
    {
        string word = dangerous
            ? (rnd.Next(3) == 0 ? s_dangerous[rnd.Next(s_dangerous.Length)] : $"tool{rnd.Next(tools)}")
            : (rnd.Next(4) == 0 ? s_commands[rnd.Next(s_commands.Length)] : $"tool{rnd.Next(tools)}");
        string sub = s_subcommands[rnd.Next(s_subcommands.Length)];
        string arg = s_arguments[rnd.Next(s_arguments.Length)];
        return rnd.Next(100) switch
        {
            < 35 => $"{word} {sub}:*",
            < 65 => $"{word} {sub} *",
            < 85 => $"{word} {sub} {arg}",
            < 95 => $"{word} *",
            _ => $"{word} * {arg}",
        };
    }
}
