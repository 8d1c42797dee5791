using RuleEngine.Shell;
using RuleEngine.Syntax;
using static RuleEngine.Tests.Shell.ShellTestHelpers;

namespace RuleEngine.Tests.Shell;

public class BashPatternTests
{
    private static bool Match(string rule, string command, RuleBehavior list = RuleBehavior.Allow)
    {
        BashPattern pattern = BashPattern.Compile(rule);
        CommandLine line = Analyze(command, home: "/home/alice");
        Assert.True(line.IsOk, line.Reason);
        return pattern.Matches(line.Commands[0], list);
    }

    [Theory]
    [InlineData("npm run:*", "Prefix")]
    [InlineData("git * main", "Wildcard")]
    [InlineData("ls*", "Wildcard")]
    [InlineData("npm run build", "Exact")]
    [InlineData("echo \\*", "Exact")]
    [InlineData("echo \\\\*", "Wildcard")]
    [InlineData("git:* push", "Wildcard")]
    [InlineData("git * push:*", "Prefix")]
    [InlineData(":*", "Invalid")]
    [InlineData("npm:*:*", "Prefix")]
    public void Compile_Specifier_ClassifiesKind(string content, string kind)
    {
        Assert.Equal(kind, BashPattern.Compile(content).Kind.ToString());
    }

    [Theory]
    // §3.1 exact
    [InlineData("npm run build", "npm run build", true)]
    [InlineData("npm run build", "npm  run build", false)]
    [InlineData("npm run build", "  npm run build  ", true)]
    [InlineData("echo \\*", "echo \\*", true)]
    [InlineData("echo \\*", "echo x", false)]
    [InlineData(" npm test ", "npm test", false)]
    [InlineData("cargo test --all", "cargo test --all --release", false)]
    [InlineData("git commit -m \"fix bug\"", "git commit -m \"fix bug\"", true)]
    [InlineData("npm test", "npm test > /dev/null", true)]
    [InlineData("npm test", "npm test < in.txt", true)]
    // §2 consequences
    [InlineData("git:* push", "git:foo push", true)]
    [InlineData("git:* push", "git push origin main", false)]
    [InlineData("git * push:*", "git * push x", true)]
    [InlineData("git * push:*", "git a push x", false)]
    [InlineData("npm run build:*", "npm run build prod", true)]
    [InlineData("npm run build:*", "npm run build:prod", false)]
    [InlineData(":*", "ls", false)]
    [InlineData("npm:*:*", "npm:*", true)]
    // §3.2 prefix
    [InlineData("ls:*", "ls", true)]
    [InlineData("ls:*", "ls -la", true)]
    [InlineData("ls:*", "lsof", false)]
    [InlineData("git commit:*", "git   commit -m x", true)]
    [InlineData("git commit:*", "git\tcommit -m x", true)]
    [InlineData("npm test:*", "xargs npm test", true)]
    [InlineData("npm test:*", "xargs -n1 npm test", false)]
    [InlineData("cargo build:*", "cargo builds", false)]
    [InlineData("git commit:*", "git -c a=b commit -m x", false)]
    [InlineData("./scripts/test.sh:*", "scripts/test.sh", false)]
    // §3.3 wildcard table
    [InlineData("ls *", "ls", true)]
    [InlineData("ls *", "ls -la", true)]
    [InlineData("ls *", "lsof", false)]
    [InlineData("ls*", "lsof", true)]
    [InlineData("git * main", "git push origin main", true)]
    [InlineData("git * main", "git main", false)]
    [InlineData("* install", "npm install", true)]
    [InlineData("* install", "install", false)]
    [InlineData("*install", "install", true)]
    [InlineData("npm *", "npm", true)]
    [InlineData("npm *", "npm  install", true)]
    [InlineData("npm *", "npm\tinstall", true)]
    [InlineData(" npm * ", "npm install", true)]
    [InlineData("echo \\* *", "echo * x", true)]
    [InlineData("echo a.b*", "echo axb", false)]
    [InlineData("python3 -c *", "python3 -c 'a\nb'", true)]
    [InlineData("npm run *", "npm run", true)]
    [InlineData("* run *", "npm run", false)]
    [InlineData("* run *", "npm run x", true)]
    [InlineData("NPM *", "npm install", false)]
    [InlineData("sed -i * src/**/*.ts", "sed -i s/a/b/ src/x/y.ts", true)]
    [InlineData("sed -i * src/**/*.ts", "sed -i s/a/b/ src/y.ts", true)]
    [InlineData("sed -i * src/**/*.ts", "sed -i s/a/b/ src/a/b/c/y.ts", true)]
    [InlineData("sed -i * src/**/*.ts", "sed -i s/a/b/ srcy.ts", false)]
    [InlineData("docker * --rm *", "docker run --rm", false)]
    [InlineData("docker * --rm *", "docker --rm x", false)]
    [InlineData("git -C * status", "git -C a b status", true)]
    [InlineData("echo \"*\"", "echo \"hi\"", true)]
    [InlineData("*.sh", "run.shx", false)]
    [InlineData("make  *", "make test", true)]
    [InlineData("kubectl get * -n prod", "kubectl get pods -n staging", false)]
    [InlineData("npm run test*", "npm run test 2>&1", true)]
    [InlineData("python:*", "python script.py > out.txt", true)]
    [InlineData("grep *", "xargs grep pattern", true)]
    [InlineData("npm *", "xargs -n1 npm test", false)]
    [InlineData("xargs *", "xargs rm", true)]
    [InlineData("echo 'a b'", "echo 'a  b'", false)]
    [InlineData("echo 'a b' *", "echo 'a  b' x", true)]
    [InlineData("echo $(a b) *", "echo $(a\tb) x", true)]
    [InlineData("npm test *", "npm test\t--x", true)]
    [InlineData("npm test --x", "npm test\t--x", false)]
    public void Matches_Allow_FollowsSpecTables(string rule, string command, bool expected)
    {
        Assert.Equal(expected, Match(rule, command));
    }

    [Theory]
    [InlineData("./scripts/*", "./scripts/a.sh --flag", RuleBehavior.Allow, true)]
    [InlineData("./scripts/*", "./scripts/../x.sh", RuleBehavior.Allow, false)]
    [InlineData("./scripts/*", "./scripts/../x.sh", RuleBehavior.Deny, true)]
    [InlineData("./scripts/*.sh", "./scripts/build.sh", RuleBehavior.Allow, true)]
    [InlineData("ls*", "ls$(id)", RuleBehavior.Allow, false)]
    [InlineData("git * main", "xargs git push main", RuleBehavior.Allow, false)]
    [InlineData("git * main", "xargs git push main", RuleBehavior.Deny, true)]
    [InlineData("rm *", "xargs -0 rm", RuleBehavior.Deny, false)]
    public void Matches_ListSpecificRules_Apply(string rule, string command, RuleBehavior list, bool expected)
    {
        Assert.Equal(expected, Match(rule, command, list));
    }

    [Theory]
    // §4.3 quotes/escapes in the command word, continuations
    [InlineData("npm test", "'npm' test", true)]
    [InlineData("npm test", "\"npm\" test", true)]
    [InlineData("npm test", "n\\pm test", true)]
    [InlineData("npm test", "npm \\\ntest", true)]
    [InlineData("npm test", "npm test # comment", true)]
    [InlineData("npm test", "# note\nnpm test", true)]
    [InlineData("npm test", "\"npm test\"", false)]
    [InlineData("NODE_ENV=test npm test", "\"NODE_ENV=test\" npm test", false)]
    // §4.4 wrappers
    [InlineData("npm test *", "time npm test", true)]
    [InlineData("npm test *", "nice -n 5 npm test", true)]
    [InlineData("npm test *", "nice -5 npm test", true)]
    [InlineData("npm test *", "stdbuf -oL npm test", true)]
    [InlineData("npm test *", "stdbuf -i0 -o0 npm test", true)]
    [InlineData("npm test *", "command npm test", true)]
    [InlineData("npm test *", "timeout -k 5 30s npm test", true)]
    [InlineData("npm test *", "timeout --signal=KILL 1.5m npm test", true)]
    [InlineData("npm test *", "nohup timeout 5 nice npm test", true)]
    [InlineData("npm test *", "command -v npm test", false)]
    [InlineData("npm test *", "nocorrect npm test", false)]
    [InlineData("npm test *", "timeout -k$(id) 10 npm test", false)]
    [InlineData("npm test *", "builtin npm test", true)]
    [InlineData("git status", "noglob git status", true)]
    [InlineData("nice *", "nice rm -rf x", true)]
    // §4.5 env (allow)
    [InlineData("npm test *", "NODE_ENV=test npm test", true)]
    [InlineData("npm test *", "CI=1 GIT_TERMINAL_PROMPT=0 npm test", true)]
    [InlineData("npm test *", "LANG=en_US.UTF-8 npm test", true)]
    [InlineData("npm test *", "NODE_ENV=a:b/c.d-e npm test", true)]
    [InlineData("npm test *", "MY_VAR=1 npm test", false)]
    [InlineData("npm test *", "PATH=/x npm test", false)]
    [InlineData("npm test *", "LD_PRELOAD=/x npm test", false)]
    [InlineData("npm test *", "LANG=foo npm test", false)]
    [InlineData("npm test *", "NODE_ENV='test' npm test", false)]
    [InlineData("npm test *", "NODE_ENV=a,b npm test", false)]
    [InlineData("npm test *", "NODE_ENV=$X npm test", false)]
    [InlineData("npm test", "NO_COLOR=1 npm test", true)]
    [InlineData("cargo build:*", "RUST_LOG=debug cargo build", true)]
    // §4.6 order
    [InlineData("npm test *", "NODE_ENV=test timeout 5 npm test", true)]
    [InlineData("npm test *", "timeout 5 NODE_ENV=test npm test", false)]
    // §4.7 exec wrappers are deny/ask only
    [InlineData("rm *", "/bin/rm -rf x", false)]
    [InlineData("npm test *", "env npm test", false)]
    [InlineData("npm test *", "sudo npm test", false)]
    // §4 not stripped
    [InlineData("devbox run *", "devbox run rm -rf .", true)]
    // §6 resolved forms
    [InlineData("git commit *", "git commit -m \"$(cat <<'EOF'\nmsg\nEOF\n)\"", true)]
    [InlineData("git commit -m 'fix: a'", "git commit -m \"$(cat <<'EOF'\nfix: a\nEOF\n)\"", true)]
    [InlineData("echo /home/alice", "echo $HOME", true)]
    public void Matches_AllowCandidates_FollowSection4(string rule, string command, bool expected)
    {
        Assert.Equal(expected, Match(rule, command));
    }

    [Theory]
    [InlineData("rm *", "FOO=bar rm -rf tmp/", true)]
    [InlineData("rm *", "FOO=\"a b\" rm -rf x", true)]
    [InlineData("rm *", "FOO+=1 rm x", true)]
    [InlineData("rm *", "A[0]=1 rm x", true)]
    [InlineData("rm *", "FOO=$(x) rm y", true)]
    [InlineData("rm *", "nohup FOO=bar timeout 5 rm x", true)]
    [InlineData("rm *", "sudo rm -rf x", true)]
    [InlineData("rm *", "sudo -u root rm -rf x", true)]
    [InlineData("rm *", "doas rm x", true)]
    [InlineData("rm *", "env FOO=1 rm -rf x", true)]
    [InlineData("rm *", "env -u X -C /tmp rm -rf x", true)]
    [InlineData("rm *", "watch -n1 rm -rf x", true)]
    [InlineData("rm *", "setsid rm -rf x", true)]
    [InlineData("rm *", "ionice -c3 rm -rf x", true)]
    [InlineData("rm *", "flock /tmp/l rm -rf x", true)]
    [InlineData("rm *", "strace -o /dev/null rm x", true)]
    [InlineData("rm *", "exec rm x", true)]
    [InlineData("rm *", "/bin/rm -rf x", true)]
    [InlineData("rm *", "chrt 10 rm -rf build", true)]
    [InlineData("rm *", "taskset 1 rm -rf build", true)]
    [InlineData("rm *", "timeout 5 nice -n 2 rm -rf build", true)]
    [InlineData("rm *", "xargs -0 rm", false)]
    [InlineData("rm *", "busybox rm x", false)]
    [InlineData("rm *", "flock -c 'x' /tmp/l rm", false)]
    [InlineData("rm:*", "'rm' -rf x", true)]
    [InlineData("rm:*", "r''m -rf x", true)]
    [InlineData("rm *", "\\rm -rf x", true)]
    [InlineData("curl *", "/usr/bin/curl x", true)]
    [InlineData("curl *", "curl.exe x", true)]
    [InlineData("git status", "git  status", true)]
    [InlineData("git push *", "git -c x=y push origin", false)]
    [InlineData("nohup *", "nohup npm test", true)]
    [InlineData("sudo *", "sudo rm -rf x", true)]
    [InlineData("yarn *", "yarn $(id)", true)]
    [InlineData("echo \\*", "echo \\*", true)]
    public void Matches_DenyCandidates_LookThroughWrappers(string rule, string command, bool expected)
    {
        Assert.Equal(expected, Match(rule, command, RuleBehavior.Deny));
        Assert.Equal(expected, Match(rule, command, RuleBehavior.Ask));
    }

    [Theory]
    [InlineData("npm test *", "npm test ; rm x")]
    [InlineData("npm test *", "npm test && rm x")]
    [InlineData("npm test *", "npm test | rm x")]
    [InlineData("npm test *", "npm test\nrm x")]
    public void MatchesText_CandidateThatStillSplits_NeverMatchesPattern(string rule, string text)
    {
        Assert.False(BashPattern.Compile(rule).MatchesText(text, RuleBehavior.Deny));
        Assert.True(BashPattern.Compile(rule).MatchesText("npm test 'a ; b'", RuleBehavior.Deny));
    }

    [Fact]
    public void MatchesText_OverLengthCommand_DenyMatchesWholeText()
    {
        string command = "echo " + new string('a', 10_000);
        CommandLine line = Analyze(command);
        Assert.Equal(AnalysisStatus.TooLong, line.Status);
        Assert.True(BashPattern.Compile("echo *").Matches(line.Commands[0], RuleBehavior.Deny));
        Assert.True(BashPattern.Compile("echo *").MatchesText(command, RuleBehavior.Deny));
    }
}
