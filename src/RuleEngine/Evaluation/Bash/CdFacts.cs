namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// What a directory change does (bash.md §10), e.g. <c>cd src</c> → target <c>/work/project/src</c>, changes
/// directory; <c>cd .</c> → does not change directory.
/// </summary>
/// <param name="IsCd">The command is <c>cd</c> (read-only when the target is inside the working directories).</param>
/// <param name="Target">The target directory (<c>cd</c> alone → home; <c>cd -</c>, <c>popd</c> → needs expansion).</param>
/// <param name="ChangesDirectory">False only when the target resolves to the current directory (<c>cd .</c>, <c>cd ./</c>, <c>cd &lt;cwd&gt;</c>).</param>
internal sealed record CdFacts(bool IsCd, CommandPath Target, bool ChangesDirectory);
