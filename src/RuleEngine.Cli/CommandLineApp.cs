using RuleEngine.Cli.Commands;

namespace RuleEngine.Cli;

/// <summary>Dispatches <c>rulec</c> subcommands; every command is a <c>Run(args, stdout, stderr)</c> returning an exit code.</summary>
internal static class CommandLineApp
{
    public const string Usage = """
        usage: rulec <command> [options]

        commands:
          check [FILES…]   lint settings files (exit 0 clean, 3 errors found)
          eval CALL        decide one tool call (exit 0 allow, 2 deny, 4 ask)
          explain CALL     the decision, the reason tree and every rule's match or nearest miss
          hook             Claude Code PreToolUse hook: JSON on stdin, decision on stdout
          test CASES…      run expectation files (exit 0 all pass, 3 failures)
          auto-mode …      defaults | config | critique: auto mode's classifier rules and configuration
          serve            long-running decision service: NDJSON over stdio, a Unix socket or loopback TCP
          --help           show this help
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.CouldNotRun : ExitCodes.Ok;
        }

        string[] rest = args[1..];
        try
        {
            return args[0] switch
            {
                "check" => CheckCommand.Run(rest, stdout, stderr),
                "eval" => EvalCommand.Run(rest, stdout, stderr, stdin),
                "explain" => ExplainCommand.Run(rest, stdout, stderr, stdin),
                "hook" => HookCommand.Run(rest, stdout, stderr, stdin),
                "test" => TestCommand.Run(rest, stdout, stderr),
                "auto-mode" => AutoModeCommand.Run(rest, stdout, stderr),
                "serve" => ServeCommand.Run(rest, stdout, stderr),
                _ => throw new UsageException($"unknown command `{args[0]}`; run `rulec --help`"),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"rulec: {ex.Message}");
            return ExitCodes.CouldNotRun;
        }
        catch (FormatException ex)
        {
            stderr.WriteLine($"rulec: {ex.Message}");
            return ExitCodes.CouldNotRun;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"rulec: {ex.Message}");
            return ExitCodes.CouldNotRun;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // RE9001: never a stack trace; one line naming the failure so it can be reported.
            stderr.WriteLine($"rulec: internal error RE9001 ({ex.GetType().Name}: {ex.Message}); please report it with the command that caused it");
            return ExitCodes.CouldNotRun;
        }
    }
}
