namespace RuleEngine.Evaluation.Bash;

/// <summary>How a file command's operands map to paths.</summary>
internal enum OperandRole
{
    /// <summary>Every operand is a path, e.g. <c>cat a b</c>.</summary>
    AllPaths,

    /// <summary>
    /// The first operand is a script/pattern/program unless an option supplied it, e.g. <c>grep PAT f…</c>,
    /// <c>grep -e PAT f…</c>, <c>awk PROG f…</c>, <c>jq FILTER f…</c>, <c>sed SCRIPT f…</c>.
    /// </summary>
    ScriptThenPaths,

    /// <summary>No operand is a path, e.g. <c>tr a b</c>, <c>numfmt 1K</c>.</summary>
    None,

    /// <summary>Only operands that look like paths (<c>/x</c>, <c>./x</c>, <c>../x</c>, <c>~/x</c>, <c>.</c>), e.g. <c>man ./ls.1</c>.</summary>
    PathLike,

    /// <summary>The first two operands (the rest are byte offsets), e.g. <c>cmp a b 10 20</c>.</summary>
    FirstTwo,

    /// <summary>First operand read, second written, e.g. <c>uniq in out</c>.</summary>
    InputOutput,
}
