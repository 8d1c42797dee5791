using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class CommandConstraintsTests
{
    private static CommandConstraint? Check(string command) => CommandConstraints.Check(TestArgv.Parse(command));

    [Theory]
    [InlineData("find . -name x -delete", "FindExecOrWrite")]
    [InlineData("find . -exec rm {} ;", "FindExecOrWrite")]
    [InlineData("find . -execdir ls ;", "FindExecOrWrite")]
    [InlineData("find . -ok rm {} ;", "FindExecOrWrite")]
    [InlineData("find . -okdir rm {} ;", "FindExecOrWrite")]
    [InlineData("find . -fprint out", "FindExecOrWrite")]
    [InlineData("find . -fprintf out %p", "FindExecOrWrite")]
    [InlineData("find / -delete", "FindExecOrWrite")]
    [InlineData("watch -n1 ls", "ExecWrapper")]
    [InlineData("watch ls", "ExecWrapper")]
    [InlineData("setsid git status", "ExecWrapper")]
    [InlineData("ionice -c3 rm -rf build", "ExecWrapper")]
    [InlineData("flock /var/lock/x git status", "ExecWrapper")]
    [InlineData("taskset 1 python3 x.py", "ExecWrapper")]
    [InlineData("chrt 10 npm test", "ExecWrapper")]
    [InlineData("sed 's/a/b/w out' f", "SedWriteOrExec")]
    [InlineData("sed -n 'w out' f", "SedWriteOrExec")]
    [InlineData("sed 'W out' f", "SedWriteOrExec")]
    [InlineData("sed 1e f", "SedWriteOrExec")]
    [InlineData("sed 's/a/b/e' f", "SedWriteOrExec")]
    [InlineData("sed -e 1p -e 'w x' f", "SedWriteOrExec")]
    [InlineData("sed -f script.sed f", "SedWriteOrExec")]
    [InlineData("sed 'k' f", "SedWriteOrExec")]
    [InlineData("cp -r src dst", "CopyMoveOptions")]
    [InlineData("cp a b -f", "CopyMoveOptions")]
    [InlineData("mv -f a b", "CopyMoveOptions")]
    [InlineData("mv --backup a b", "CopyMoveOptions")]
    public void Check_ConstrainedForm_ReportsKind(string command, string kind)
    {
        CommandConstraint? hit = Check(command);
        Assert.NotNull(hit);
        Assert.Equal(kind, hit.Kind.ToString());
    }

    [Theory]
    [InlineData("find . -name x")]
    [InlineData("find . -name delete")]
    [InlineData("sed -i s/a/b/ f")]
    [InlineData("sed -n 1p f")]
    [InlineData("sed 's/w/x/' f")]
    [InlineData("sed '/e/d' f")]
    [InlineData("cp a b")]
    [InlineData("mv a b")]
    [InlineData("mv -- -f b")]
    [InlineData("nohup ls")]
    [InlineData("sudo ls")]
    [InlineData("timeout 5 ls")]
    [InlineData("ls -la")]
    [InlineData("git status")]
    public void Check_UnconstrainedForm_ReturnsNull(string command) => Assert.Null(Check(command));
}
