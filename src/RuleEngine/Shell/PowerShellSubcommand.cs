namespace RuleEngine.Shell;

/// <summary>
/// One PowerShell statement or pipeline element: its text, the text with the first word's alias
/// canonicalised (<c>gci -r</c> → <c>Get-ChildItem -r</c>), and whether it contains a script block,
/// subexpression or call operator whose content a rule cannot see (allow rules should not approve it).
/// </summary>
internal sealed record PowerShellSubcommand(string Text, string CanonicalText, bool HasNestedScript);
