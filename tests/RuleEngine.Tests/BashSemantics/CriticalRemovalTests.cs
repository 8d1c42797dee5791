using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class CriticalRemovalTests
{
    private static CriticalRemovalTarget? Check(string command, PathContext? context = null) =>
        CriticalRemoval.Check(TestArgv.Parse(command), context ?? TestArgv.Context);

    [Theory]
    [InlineData("rm -rf /", "SystemPath", "/")]
    [InlineData("rm -r -f /", "SystemPath", "/")]
    [InlineData("rm -fr /", "SystemPath", "/")]
    [InlineData("rm -rf \"/\"", "SystemPath", "/")]
    [InlineData("rm -rf /.", "SystemPath", "/")]
    [InlineData("rm -rf / --no-preserve-root", "SystemPath", "/")]
    [InlineData("rm --recursive --force /usr", "SystemPath", "/usr")]
    [InlineData("rm -rf /usr/", "SystemPath", "/usr")]
    [InlineData("rm -rf /etc", "SystemPath", "/etc")]
    [InlineData("rm -rf /var", "SystemPath", "/var")]
    [InlineData("rm -rf /tmp", "SystemPath", "/tmp")]
    [InlineData("rm -rf /opt", "SystemPath", "/opt")]
    [InlineData("rm -rf /home", "SystemPath", "/home")]
    [InlineData("rm -rf /Users", "SystemPath", "/Users")]
    [InlineData("rm -rf /private/etc", "SystemPath", "/private/etc")]
    [InlineData("rmdir /", "SystemPath", "/")]
    [InlineData("rm -rf C:\\", "SystemPath", "C:\\")]
    [InlineData("rm -rf ~", "Home", "/home/dev")]
    [InlineData("rmdir ~", "Home", "/home/dev")]
    [InlineData("rm -rf $HOME", "Home", "/home/dev")]
    [InlineData("rm -rf \"$HOME\"", "Home", "/home/dev")]
    [InlineData("rm -rf ~/", "Home", "/home/dev")]
    [InlineData("rm -rf /home/dev", "Home", "/home/dev")]
    [InlineData("rm -rf .", "WorkingDirectoryOrAncestor", "/work/project")]
    [InlineData("rm ./", "WorkingDirectoryOrAncestor", "/work/project")]
    [InlineData("rm -rf ..", "WorkingDirectoryOrAncestor", "/work")]
    [InlineData("rm -rf ../", "WorkingDirectoryOrAncestor", "/work")]
    [InlineData("rm -rf /work", "WorkingDirectoryOrAncestor", "/work")]
    [InlineData("rm -rf /work/project", "WorkingDirectoryOrAncestor", "/work/project")]
    [InlineData("rm -rf /work/project/", "WorkingDirectoryOrAncestor", "/work/project")]
    [InlineData("rm -rf src/..", "WorkingDirectoryOrAncestor", "/work/project")]
    [InlineData("rm -rf *", "GlobInCriticalDirectory", "/work/project/*")]
    [InlineData("rm -rf ./*", "GlobInCriticalDirectory", "/work/project/*")]
    [InlineData("rm *.log", "GlobInCriticalDirectory", "/work/project/*.log")]
    [InlineData("rm -rf /srv/shared/*", "GlobInCriticalDirectory", "/srv/shared/*")]
    [InlineData("rm -rf /home/dev/*", "GlobInCriticalDirectory", "/home/dev/*")]
    [InlineData("rm -rf $HOME/*", "GlobInCriticalDirectory", "/home/dev/*")]
    [InlineData("rm -rf /*", "GlobInCriticalDirectory", "/*")]
    [InlineData("rm -rf /usr/*", "GlobInCriticalDirectory", "/usr/*")]
    [InlineData("rm -rf \"$DIR\"/*", "PossiblyEmptyVariable", null)]
    [InlineData("rm -rf $DIR/", "PossiblyEmptyVariable", null)]
    [InlineData("rm -rf ${HOME}/*", "PossiblyEmptyVariable", null)]
    [InlineData("rm -rf ${DIR}*", "PossiblyEmptyVariable", null)]
    [InlineData("rm -rf `echo /`", "UnresolvableSubstitution", null)]
    [InlineData("rm -rf $(dirname x)", "UnresolvableSubstitution", null)]
    [InlineData("rm x -rf /", "SystemPath", "/")]
    public void Check_CriticalTarget_ReportsKindAndPath(string command, string kind, string? path)
    {
        CriticalRemovalTarget? target = Check(command);
        Assert.NotNull(target);
        Assert.Equal(kind, target.Kind.ToString());
        Assert.Equal(path, target.Path);
        Assert.False(string.IsNullOrEmpty(target.Message));
    }

    [Theory]
    [InlineData("rm -rf build")]
    [InlineData("rm -r src/old")]
    [InlineData("rm -rf /usr/local")]
    [InlineData("rm -rf /usr/local/lib/x")]
    [InlineData("rm /etc/passwd")]
    [InlineData("rm -rf ~/projects")]
    [InlineData("rm -rf ~/.ssh")]
    [InlineData("rm -rf ~/Documents/*")]
    [InlineData("rm -rf src/*")]
    [InlineData("rm -rf */node_modules")]
    [InlineData("rm -rf /usr/*/x")]
    [InlineData("rm -rf ../sibling")]
    [InlineData("rm -rf .git")]
    [InlineData("rm -rf /srv/shared")]
    [InlineData("rm -rf $DIR")]
    [InlineData("rm -rf \"$DIR/build\"")]
    [InlineData("rm -rf /work/project/src")]
    [InlineData("rm -- -rf")]
    [InlineData("rm")]
    [InlineData("ls /")]
    [InlineData("sudo rm -rf /")]
    [InlineData("find / -delete")]
    public void Check_OrdinaryTarget_ReturnsNull(string command) => Assert.Null(Check(command));

    [Fact]
    public void Check_GlobInCwdAfterCd_IsCritical()
    {
        var afterCd = new PathContext("/work/project/build", "/home/dev", OriginalCwd: "/work/project");
        Assert.Equal(CriticalRemovalKind.GlobInCriticalDirectory, Check("rm -rf *", afterCd)!.Kind);
        Assert.Equal(CriticalRemovalKind.WorkingDirectoryOrAncestor, Check("rm -rf ../", afterCd)!.Kind);
    }

    [Theory]
    [InlineData("$DIR/*", true)]
    [InlineData("$DIR/", true)]
    [InlineData("${DIR}/*", true)]
    [InlineData("$DIR*", true)]
    [InlineData("$DIR//", true)]
    [InlineData("$DIR", false)]
    [InlineData("$DIR/build", false)]
    [InlineData("$DIR/*.log", false)]
    [InlineData("a$B/c", false)]
    public void GlobOrSlashAfterVariable_Text_DetectsPossiblyEmptyVariable(string text, bool expected) =>
        Assert.Equal(expected, CriticalRemoval.GlobOrSlashAfterVariable(text));
}
