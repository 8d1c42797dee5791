namespace RuleEngine.Cli;

/// <summary>Dispatches <c>rulec</c> subcommands; every command is a <c>Run(args, stdout, stderr)</c> returning an exit code.</summary>
internal static class CommandLineApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        stderr.WriteLine("rulec: no command given");
        return ExitCodes.CouldNotRun;
    }
}
