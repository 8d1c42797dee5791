namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// A constraint hit, e.g. <c>find . -delete</c> → FindExecOrWrite, message
/// <c>find with `-delete` executes commands or modifies files</c>.
/// </summary>
/// <param name="Kind">Which constraint.</param>
/// <param name="Message">Human reason (lowercase, one line).</param>
internal sealed record CommandConstraint(CommandConstraintKind Kind, string Message);
