namespace RuleEngine.Evaluation.Bash;

/// <summary>What a file command does to a path argument (bash.md §8 table).</summary>
internal enum PathOperation
{
    /// <summary>Read, checked against Read rules, e.g. <c>cat a.txt</c>.</summary>
    Read,

    /// <summary>Create, checked against Edit rules, e.g. <c>mkdir out</c>.</summary>
    Create,

    /// <summary>Write or delete, checked against Edit rules, e.g. <c>rm a.txt</c>, <c>cp a b</c>.</summary>
    Write,
}
