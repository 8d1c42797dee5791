using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Evaluation.Bash;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.BashSemantics;

public class BashSemanticsPropertyTests
{
    private static readonly string[] s_commands =
    [
        "ls", "find", "grep", "rg", "jq", "file", "sed", "sort", "tree", "date", "hostname", "base64", "ps", "ss", "fd",
        "man", "tput", "netstat", "xargs", "docker", "git", "cat", "cd", "rm", "rmdir", "mkdir", "touch", "cp", "mv",
        "tee", "awk", "uniq", "cmp", "watch", "flock", "pwd", "echo", "[", "node", "ip", "claude",
    ];

    private static readonly string[] s_tokens =
    [
        "-", "--", "-n", "-i", "-e", "-f", "-o", "-x", "-rf", "-C", "-c", "-I{}", "--output=x", "--pre", "-exec", "-delete",
        "{}", ";", "(", ")", "!", "1p", "s/a/b/", "w", "e", "/", ".", "..", "~", "~/x", "~u", "*", "*.ts", "$HOME",
        "${HOME}/*", "$X", "$X/", "src", "/etc", "/dev/null", "status", "log", "branch", "tag", "config", "stash", "list",
        "show", "ps", "logs", "-H", "cols", "echo", "rm", "C:\\", "a=b", "--args", "--arg", "'", "\\", "$(", "`", "",
    ];

    private static Gen<ArgWord> WordGen(Gen<string> text) =>
        from value in text
        from flags in Gen.Choose(0, 63)
        select new ArgWord(value, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, (flags & 16) != 0, (flags & 32) != 0);

    private static Gen<ArgWord[]> ArgvGen()
    {
        Gen<string> token = Gen.Frequency(
            (6, Gen.Elements(s_tokens)),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)));
        return from head in WordGen(Gen.Elements(s_commands))
               from tail in Gen.ArrayOf(WordGen(token))
               select new[] { head }.Concat(tail.Take(12)).ToArray();
    }

    [Fact]
    public void Classifiers_ArbitraryArgv_NeverThrow()
    {
        var context = new PathContext("/work/project", "/home/dev", ["/srv/shared"], "/work");
        Check.One(PropertyConfig.Bounded(500), Prop.ForAll(ArgvGen().ToArbitrary(), argv =>
        {
            _ = ReadOnlyCommands.Check(argv);
            _ = FileCommandPaths.Extract(argv, context);
            _ = FileCommandPaths.OperationOf(argv);
            _ = CriticalRemoval.Check(argv, context);
            _ = AcceptEditsCommands.Check(argv, false, context);
            _ = AcceptEditsCommands.Check(argv, true, context);
            _ = CommandConstraints.Check(argv);
            _ = CdGitFacts.AnalyzeCd(argv, context);
            _ = CdGitFacts.AnalyzeGit(argv);
            foreach (ArgWord word in argv)
            {
                _ = RedirectTargets.Classify(">", word, context);
                _ = RedirectTargets.Classify("2>&", word, context);
                _ = SedScript.Analyze(word.Value);
            }

            return true;
        }));
    }

    private static readonly (string Base, string[] Dangerous)[] s_dangerous =
    [
        ("sort -n names.txt", ["-o out", "--output=out", "--out=out", "--compress-program=sh", "-no out"]),
        ("find . -name x -type f", ["-delete", "-exec rm {} ;", "-execdir sh ;", "-ok rm ;", "-fprint out"]),
        ("rg -n foo src", ["--pre=cat", "--pre cat"]),
        ("file -b src/a.ts", ["-m magic", "--magic-file=m", "-f list", "-C"]),
        ("tree -L 2 src", ["-o out"]),
        ("date -u +%s", ["-s 2020-01-01", "--set=2020-01-01"]),
        ("base64 -d f", ["-o out", "--output=out"]),
        ("fd -e ts x", ["-x rm", "--exec=rm", "-X rm"]),
        ("man -a ls", ["-P cat", "--pager=cat", "-H"]),
        ("netstat -tln", ["-p", "--programs"]),
        ("ss -tln", ["-K", "--kill"]),
        ("git log --oneline -5", ["--output=x", "--ext-diff"]),
        ("git diff --stat HEAD~1", ["--output=x", "--ext-diff", "--out=x"]),
        ("git branch -a", ["-D x", "-m a b", "--delete x"]),
        ("git tag -l", ["-d v1", "-a v1", "-f v1"]),
        ("sed -n 1p f", ["-i", "-f s.sed", "-e 'w out'"]),
        ("hostname -f", ["newname", "-F file"]),
        ("xargs -0 echo", ["-I{}", "--replace"]),
        ("docker ps -a", ["-H tcp://x", "--context=prod"]),
    ];

    [Fact]
    public void Check_WriteOrExecOptionAddedToReadOnlyCommand_IsNeverReadOnly()
    {
        Gen<(string Command, string Option, int Position)> gen =
            from entry in Gen.Elements(s_dangerous)
            from option in Gen.Elements(entry.Dangerous)
            from position in Gen.Choose(0, 100)
            select (entry.Base, option, position);
        Check.One(PropertyConfig.Bounded(300), Prop.ForAll(gen.ToArbitrary(), sample =>
        {
            ArgWord[] baseArgv = TestArgv.Parse(sample.Command);
            Assert.True(ReadOnlyCommands.Check(baseArgv).IsReadOnly, sample.Command);
            string[] words = sample.Command.Split(' ');
            // Insert right after the command (and subcommand) or at the end, never between an option and its value;
            // xargs options must precede the inner command.
            int fixedPrefix = words[0] is "git" or "docker" ? 2 : 1;
            int at = sample.Position % 2 == 0 || words[0] == "xargs" ? fixedPrefix : words.Length;
            string mutated = string.Join(' ', words.Take(at).Append(sample.Option).Concat(words.Skip(at)));
            return !ReadOnlyCommands.Check(TestArgv.Parse(mutated)).IsReadOnly;
        }));
    }

    [Fact]
    public void Normalize_GeneratedPaths_IsIdempotentAndCanonical()
    {
        Gen<string> segment = Gen.Elements("a", "b", ".", "..", "", "x.y", "...");
        Gen<string> path = Gen.ArrayOf(segment).Select(parts => "/" + string.Join('/', parts));
        Check.One(PropertyConfig.Bounded(300), Prop.ForAll(path.ToArbitrary(), p =>
        {
            string once = BashPaths.Normalize(p);
            return once == BashPaths.Normalize(once)
                && once.StartsWith('/')
                && (once == "/" || !once.EndsWith('/'))
                && !once.Contains("//", StringComparison.Ordinal)
                && !once.Split('/').Any(s => s is "." or "..");
        }));
    }

    [Fact]
    public void CheckTarget_AncestorsOfCwd_AreAlwaysCritical()
    {
        Gen<int> depth = Gen.Choose(0, 5);
        Check.One(PropertyConfig.Bounded(100), Prop.ForAll(depth.ToArbitrary(), d =>
        {
            string cwd = "/w" + string.Concat(Enumerable.Range(0, d).Select(i => "/d" + i));
            var context = new PathContext(cwd, "/home/u");
            string up = d == 0 ? "." : string.Join('/', Enumerable.Repeat("..", d));
            return CriticalRemoval.CheckTarget(ArgWord.Unquoted(up), context) is not null
                && CriticalRemoval.CheckTarget(ArgWord.Unquoted(cwd), context) is not null
                && CriticalRemoval.CheckTarget(ArgWord.Unquoted(cwd + "/child"), context) is null;
        }));
    }
}
