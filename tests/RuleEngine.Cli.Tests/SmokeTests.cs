namespace RuleEngine.Cli.Tests;

public class SmokeTests
{
    [Fact]
    public void Run_NoArguments_CouldNotRun()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(1, CommandLineApp.Run([], stdout, stderr, TextReader.Null));
    }
}
