namespace RuleEngine.Evaluation.Bash;

/// <summary>Kinds of tokens produced by <see cref="ArgScanner"/>.</summary>
internal enum ArgTokenKind
{
    /// <summary>One letter of a short option cluster, e.g. <c>r</c> of <c>-rf</c>.</summary>
    ShortOption,

    /// <summary>A long option, e.g. <c>--output=x</c> → name <c>output</c>, value <c>x</c>.</summary>
    LongOption,

    /// <summary>An operand, e.g. <c>a.txt</c>; also a lone <c>-</c>.</summary>
    Operand,
}
