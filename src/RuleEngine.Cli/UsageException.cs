namespace RuleEngine.Cli;

/// <summary>Bad command-line usage: printed as one line, exit code 1.</summary>
internal sealed class UsageException(string message) : Exception(message);
