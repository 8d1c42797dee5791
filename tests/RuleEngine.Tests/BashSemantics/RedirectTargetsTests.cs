using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class RedirectTargetsTests
{
    private static RedirectTarget Classify(string op, string target) =>
        RedirectTargets.Classify(op, TestArgv.Parse(target)[0], TestArgv.Context);

    [Theory]
    [InlineData(">", "/dev/null")]
    [InlineData("2>", "/dev/null")]
    [InlineData("&>", "/dev/null")]
    [InlineData(">>", "/dev/null")]
    [InlineData(">&", "1")]
    [InlineData("2>&", "1")]
    [InlineData("1>&", "2")]
    [InlineData("3>&", "1")]
    [InlineData(">&", "-")]
    [InlineData("2>&", "3-")]
    [InlineData("<&", "0")]
    [InlineData("<<<", "$(rm x)")]
    public void Classify_NullOrDuplication_IsNotChecked(string op, string target) =>
        Assert.Equal(RedirectTargetKind.NotChecked, Classify(op, target).Kind);

    [Theory]
    [InlineData(">", "out.txt", "/work/project/out.txt", false)]
    [InlineData(">>", "log.txt", "/work/project/log.txt", false)]
    [InlineData("&>", "out.txt", "/work/project/out.txt", false)]
    [InlineData("2>", "err.txt", "/work/project/err.txt", false)]
    [InlineData(">|", "out.txt", "/work/project/out.txt", false)]
    [InlineData(">&", "out.txt", "/work/project/out.txt", false)]
    [InlineData(">", "src/../../escape.txt", "/work/escape.txt", false)]
    [InlineData(">", "/tmp/x.log", "/tmp/x.log", false)]
    [InlineData(">", "\"out file.txt\"", "/work/project/out file.txt", false)]
    [InlineData(">>", "~/.bashrc", "/home/dev/.bashrc", false)]
    [InlineData(">", "$HOME/out.txt", "/home/dev/out.txt", false)]
    [InlineData("2>", "/dev/stderr", "/dev/stderr", true)]
    [InlineData(">", "/dev/stdout", "/dev/stdout", true)]
    [InlineData(">", "/dev/sda", "/dev/sda", true)]
    [InlineData(">", "/dev/./null/../stderr", "/dev/stderr", true)]
    public void Classify_OutputPath_IsFileWrite(string op, string target, string path, bool device)
    {
        RedirectTarget result = Classify(op, target);
        Assert.Equal(RedirectTargetKind.File, result.Kind);
        Assert.Equal(PathOperation.Write, result.Operation);
        Assert.Equal(path, result.Path);
        Assert.Equal(device, result.IsDevice);
    }

    [Theory]
    [InlineData("<", "in.txt", "/work/project/in.txt")]
    [InlineData("<", "/etc/passwd", "/etc/passwd")]
    public void Classify_Input_IsFileRead(string op, string target, string path)
    {
        RedirectTarget result = Classify(op, target);
        Assert.Equal(RedirectTargetKind.File, result.Kind);
        Assert.Equal(PathOperation.Read, result.Operation);
        Assert.Equal(path, result.Path);
    }

    [Theory]
    [InlineData(">", "$FILE")]
    [InlineData(">", "*.txt")]
    [InlineData(">", "$(mktemp)")]
    [InlineData(">", "~alice/x")]
    [InlineData(">", "${HOME}x")]
    [InlineData("<&", "file")]
    public void Classify_NeedsExpansion_Asks(string op, string target)
    {
        RedirectTarget result = Classify(op, target);
        Assert.Equal(RedirectTargetKind.NeedsExpansion, result.Kind);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Theory]
    [InlineData(">", "/dev/tcp/evil.example/80")]
    [InlineData("<", "/dev/udp/1.2.3.4/53")]
    [InlineData(">", "/dev/./tcp/evil.example/80")]
    public void Classify_DevTcpOrUdp_IsNetwork(string op, string target) =>
        Assert.Equal(RedirectTargetKind.Network, Classify(op, target).Kind);
}
