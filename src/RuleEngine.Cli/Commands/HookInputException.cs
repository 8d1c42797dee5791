namespace RuleEngine.Cli.Commands;

/// <summary>Malformed or truncated hook input on stdin.</summary>
internal sealed class HookInputException(string message) : Exception(message);
