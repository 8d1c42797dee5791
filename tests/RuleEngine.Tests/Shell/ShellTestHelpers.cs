using RuleEngine.Shell;

namespace RuleEngine.Tests.Shell;

internal static class ShellTestHelpers
{
    public static CommandLine Analyze(string command, string? home = null) => new ShellAnalyzer(home).Analyze(command);

    /// <summary>The raw texts of the simple commands, or the status name when not Ok.</summary>
    public static string[] Split(string command)
    {
        CommandLine line = Analyze(command);
        if (!line.IsOk)
        {
            return [line.Status.ToString()];
        }

        string[] result = new string[line.Commands.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = line.Commands[i].ToString();
        }

        return result;
    }

    public static string[] Values(SimpleCommand command)
    {
        string[] result = new string[command.Words.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = command.Line.Value(in command.Words[i]).ToString();
        }

        return result;
    }
}
