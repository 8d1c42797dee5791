namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// One option or operand, e.g. <c>-n 5</c> → ShortOption <c>n</c> with value <c>5</c> at value index 2.
/// </summary>
/// <param name="Kind">Option or operand.</param>
/// <param name="Index">Index of the argv word holding the option letter, long option or operand.</param>
/// <param name="Short">The short option letter (ShortOption only).</param>
/// <param name="Long">The long option name without dashes and value (LongOption only).</param>
/// <param name="Value">The option's value, when it takes one (attached, after <c>=</c>, or the next word).</param>
/// <param name="ValueIndex">Index of the argv word holding a separate value; -1 when attached or absent.</param>
internal readonly record struct ArgToken(ArgTokenKind Kind, int Index, char Short, string? Long, string? Value, int ValueIndex)
{
    /// <summary>True for <c>-x</c>/<c>--name</c> tokens.</summary>
    public bool IsOption => Kind != ArgTokenKind.Operand;
}
