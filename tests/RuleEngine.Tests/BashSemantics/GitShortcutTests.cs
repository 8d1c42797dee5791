using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Evaluation;
using RuleEngine.Evaluation.Bash;
using RuleEngine.Paths;
using RuleEngine.Settings;
using RuleEngine.Shell;
using RuleEngine.Syntax;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.BashSemantics;

/// <summary>
/// A git command that names no path skips its argv and path extraction (<see cref="FileCommandPaths.GitNamesNoPath"/>).
/// The shortcut must never answer "no path" where the extraction finds one, and the engine must decide exactly
/// as it does with the shortcut off. Generated git commands mix global options, subcommands (pathspec ones too),
/// value options in every spelling, <c>--</c>, path-like and plain operands and expanding words.
/// </summary>
public class GitShortcutTests
{
    private static readonly string[] s_global = ["-C", "dir", "-c", "user.name=x", "--git-dir=/x", "--no-pager", "-p", "--bare", "-", "--"];

    private static readonly string[] s_subcommands = ["status", "log", "diff", "show", "commit", "grep", "branch", "add", "rm", "restore", "checkout", "push", ""];

    private static readonly string[] s_arguments =
    [
        "-n", "5", "--short", "--oneline", "-m", "\"fix: a/b\"", "-am", "-ma", "-F", "msg.txt", "-Fmsg.txt", "-f", "-e", "pat", "-fe", "-ef",
        "--file", "--file=x.txt", "--message", "--message=x", "--regexp", "--regexp=/x", "--stat", "--", "-", "./a", "../b", "/etc/hosts",
        "a/../b", "x/..", ".", "..", "src", "src/a.ts", "HEAD~1", "origin", "main", "$X", "~/f", "'$HOME/x'", "$HOME/x", "$(pwd)", "*.ts",
        "'a b'", "--format=%H", "-nm", "-mF", "--since=2.days", "''",
    ];

    private static Gen<string> GitCommand =>
        from prefix in Gen.Elements("", "", "", "command ", "FOO=1 ", "timeout 5 ", "nice ")
        from globals in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_global), n))
        from sub in Gen.Elements(s_subcommands)
        from args in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_arguments), n))
        select prefix + string.Join(' ', ["git", .. globals, sub, .. args]);

    [Fact]
    public void NoPath_MeansTheExtractionFindsNone()
    {
        var analyzer = new ShellAnalyzer("/home/dev");
        int shortcut = 0;
        int total = 0;
        Check.One(PropertyConfig.Bounded(4000), Prop.ForAll(GitCommand.ToArbitrary(), text =>
        {
            CommandLine line = analyzer.Analyze(text);
            if (line.Status != AnalysisStatus.Ok || line.Commands.Length != 1)
            {
                return;
            }

            SimpleCommand cmd = line.Commands[0];
            ReadOnlySpan<ShellWord> words = cmd.Words;
            int git = 0;
            while (git < words.Length && !line.Value(words[git]).SequenceEqual("git"))
            {
                git++;
            }

            Assert.True(git < words.Length, text);
            var argv = new List<ArgWord>();
            for (int i = git; i < words.Length; i++)
            {
                argv.Add(ArgWord.From(line, words[i]));
            }

            total++;
            if (FileCommandPaths.GitNamesNoPath(line, cmd.Words, git))
            {
                shortcut++;
                IReadOnlyList<CommandPath> paths = FileCommandPaths.Extract(argv, TestArgv.Context);
                Assert.True(paths.Count == 0, $"`{text}`: the shortcut says no path, the extraction finds {string.Join(", ", paths.Select(p => p.Word))}");
            }
        }));

        // Both answers must be common, or the property says nothing about one of them.
        Assert.True(shortcut > total / 5 && total - shortcut > total / 5, $"{shortcut} of {total} generated git commands took the shortcut");
    }

    [Theory]
    [InlineData("git status --short", true)]
    [InlineData("git log -n 5", true)]
    [InlineData("git commit -m \"fix: src/../x\"", true)] // -m's value is a message, not an operand
    [InlineData("git commit -am ../x", true)]
    [InlineData("git log --format=%H --since=2.days", true)]
    [InlineData("git", true)]
    [InlineData("git -p log", true)]
    [InlineData("git log ../x", false)]
    [InlineData("git log -- src", false)]
    [InlineData("git add src", false)]
    [InlineData("git -C /tmp status", false)]
    [InlineData("git commit -F msg.txt", false)]
    [InlineData("git commit --file=msg.txt", false)]
    [InlineData("git grep -f pats.txt", false)]
    [InlineData("git log $X", false)]
    [InlineData("git log ~/x", false)]
    public void NoPath_OnKnownForms(string text, bool expected)
    {
        CommandLine line = new ShellAnalyzer("/home/dev").Analyze(text);
        Assert.Equal(expected, FileCommandPaths.GitNamesNoPath(line, line.Commands[0].Words, 0));
    }

    private static readonly string[] s_parts =
    [
        "git status", "git log -n 5", "git diff -- .env", "git show HEAD:../x", "git -C /tmp log", "git add .", "git commit -m x",
        "cd sub", "cd /tmp", "npm test", "ls", "git log > out.txt", "( git status )", "git grep -f .env x", "git log ../../etc",
    ];

    private static readonly string[] s_rules =
    [
        "Bash(git status)", "Bash(git status:*)", "Bash(git log *)", "Bash(git *)", "Bash(git diff *)", "Bash(npm test)", "Bash(cd *)",
        "Read(./.env)", "Read(//tmp/**)", "Read(//etc/**)", "Edit(out.txt)", "Bash(git commit *)", "Bash(git add *)",
    ];

    [Fact]
    public void Engine_DecidesAsWithoutTheShortcut()
    {
        Gen<string> lines = Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_parts), n))
            .SelectMany(parts => Gen.Elements(" && ", "; ", " | ").Select(op => string.Join(op, parts)));
        Gen<RuleEntry[]> policies = Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(
            from rule in Gen.Elements(s_rules)
            from behavior in Gen.Elements(RuleBehavior.Allow, RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny)
            select RuleEntry.Parse(rule, behavior, RuleSource.ProjectSettings), n));
        Gen<(RuleEntry[] Rules, string Line, PermissionMode Mode)> cases =
            from rules in policies
            from line in lines
            from mode in Gen.Elements(PermissionMode.Default, PermissionMode.AcceptEdits, PermissionMode.Auto)
            select (rules, line, mode);
        Check.One(PropertyConfig.Bounded(1500), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var engine = new PermissionEngine(c.Rules);
            var context = new EvaluationContext { Cwd = "/work/project", Home = "/home/dev", Mode = c.Mode, FileSystem = InMemoryFileSystemView.Empty };
            ToolCall call = ToolCall.Bash(c.Line);
            Decision fast = engine.Decide(call, context);
            RuleEngine.Compilation.ArgvDemand.GitShortcut = false;
            try
            {
                Decision full = engine.Decide(call, context);
                Assert.Equal((full.Behavior, full.AskKind, full.Reason.Summary), (fast.Behavior, fast.AskKind, fast.Reason.Summary));
            }
            finally
            {
                RuleEngine.Compilation.ArgvDemand.GitShortcut = true;
            }
        }));
    }
}
