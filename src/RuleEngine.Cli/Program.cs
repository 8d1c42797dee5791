namespace RuleEngine.Cli;

internal static class Program
{
    public static int Main(string[] args) => CommandLineApp.Run(args, Console.Out, Console.Error, Console.In);
}
