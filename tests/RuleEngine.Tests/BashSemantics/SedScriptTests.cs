using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class SedScriptTests
{
    [Theory]
    [InlineData("p")]
    [InlineData("1p")]
    [InlineData("1,5p")]
    [InlineData("$p")]
    [InlineData("/foo/p")]
    [InlineData("/a\\/w/p")]
    [InlineData("\\,x,p")]
    [InlineData("1~2p")]
    [InlineData("/a/,+3p")]
    [InlineData("1p;5p")]
    [InlineData("1!p")]
    [InlineData("/x/Ip")]
    public void Analyze_PrintForm_IsPrintOnly(string script)
    {
        SedScriptInfo info = SedScript.Analyze(script);
        Assert.True(info.Parsed);
        Assert.True(info.PrintOnly);
        Assert.True(info.IsSimple);
    }

    [Theory]
    [InlineData("s/a/b/")]
    [InlineData("s/a/b/g")]
    [InlineData("s|a|b|gI")]
    [InlineData("s/w/e/2")]
    [InlineData("1d")]
    [InlineData("y/abc/xyz/")]
    [InlineData("/^#/d;s/a/b/")]
    [InlineData(":a;N;$!ba;s/\\n/ /g")]
    [InlineData("1{p;q}")]
    [InlineData("$a\\\nfoo")]
    [InlineData("1i hello")]
    [InlineData("=")]
    [InlineData("# comment\np")]
    public void Analyze_SimpleNonPrintScript_IsSimpleNotPrintOnly(string script)
    {
        SedScriptInfo info = SedScript.Analyze(script);
        Assert.True(info.Parsed, script);
        Assert.True(info.IsSimple);
        Assert.Equal(script.StartsWith("# comment", StringComparison.Ordinal), info.PrintOnly);
    }

    [Theory]
    [InlineData("w out", "out")]
    [InlineData("1W out.txt", "out.txt")]
    [InlineData("s/a/b/w out.txt", "out.txt")]
    [InlineData("s/a/b/gw /tmp/x", "/tmp/x")]
    [InlineData("/x/w log\np", "log")]
    public void Analyze_WriteCommand_ReportsWriteFile(string script, string file)
    {
        SedScriptInfo info = SedScript.Analyze(script);
        Assert.True(info.Parsed);
        Assert.True(info.HasWrite);
        Assert.False(info.IsSimple);
        Assert.Equal([file], info.WriteFiles!);
    }

    [Theory]
    [InlineData("e")]
    [InlineData("1e date")]
    [InlineData("s/.*/date/e")]
    public void Analyze_ExecCommand_HasExec(string script)
    {
        SedScriptInfo info = SedScript.Analyze(script);
        Assert.True(info.HasExec);
        Assert.False(info.IsSimple);
    }

    [Theory]
    [InlineData("r /etc/passwd", "/etc/passwd")]
    [InlineData("1R other", "other")]
    public void Analyze_ReadCommand_ReportsReadFile(string script, string file)
    {
        SedScriptInfo info = SedScript.Analyze(script);
        Assert.True(info.HasReadFile);
        Assert.Equal([file], info.ReadFiles!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("k")]
    [InlineData("s/a/b")]
    [InlineData("/unterminated")]
    [InlineData("1,")]
    [InlineData("p x")]
    [InlineData("1!")]
    public void Analyze_BrokenOrUnknownScript_IsNotSimpleOrNotPrint(string script)
    {
        SedScriptInfo info = SedScript.Analyze(script);
        Assert.False(info.PrintOnly);
        if (script.Length > 0)
        {
            Assert.False(info.Parsed);
        }
    }
}
