namespace RuleEngine.Shell;

/// <summary>Built-in PowerShell aliases mapped to their cmdlets (bash.md §15), case-insensitive.</summary>
internal static class PowerShellAliases
{
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gci"] = "Get-ChildItem", ["ls"] = "Get-ChildItem", ["dir"] = "Get-ChildItem",
        ["gc"] = "Get-Content", ["cat"] = "Get-Content", ["type"] = "Get-Content",
        ["sc"] = "Set-Content", ["ac"] = "Add-Content", ["clc"] = "Clear-Content",
        ["ri"] = "Remove-Item", ["rm"] = "Remove-Item", ["del"] = "Remove-Item", ["erase"] = "Remove-Item",
        ["rd"] = "Remove-Item", ["rmdir"] = "Remove-Item",
        ["cpi"] = "Copy-Item", ["cp"] = "Copy-Item", ["copy"] = "Copy-Item",
        ["mi"] = "Move-Item", ["mv"] = "Move-Item", ["move"] = "Move-Item",
        ["rni"] = "Rename-Item", ["ren"] = "Rename-Item", ["ni"] = "New-Item",
        ["gi"] = "Get-Item", ["ii"] = "Invoke-Item", ["gp"] = "Get-ItemProperty", ["sp"] = "Set-ItemProperty",
        ["sl"] = "Set-Location", ["cd"] = "Set-Location", ["chdir"] = "Set-Location",
        ["gl"] = "Get-Location", ["pwd"] = "Get-Location",
        ["echo"] = "Write-Output", ["write"] = "Write-Output",
        ["gps"] = "Get-Process", ["ps"] = "Get-Process", ["spps"] = "Stop-Process", ["kill"] = "Stop-Process",
        ["saps"] = "Start-Process", ["start"] = "Start-Process", ["sleep"] = "Start-Sleep",
        ["iwr"] = "Invoke-WebRequest", ["curl"] = "Invoke-WebRequest", ["wget"] = "Invoke-WebRequest",
        ["irm"] = "Invoke-RestMethod", ["iex"] = "Invoke-Expression", ["icm"] = "Invoke-Command",
        ["select"] = "Select-Object", ["where"] = "Where-Object", ["?"] = "Where-Object",
        ["foreach"] = "ForEach-Object", ["%"] = "ForEach-Object", ["sort"] = "Sort-Object",
        ["measure"] = "Measure-Object", ["tee"] = "Tee-Object", ["sls"] = "Select-String",
        ["ft"] = "Format-Table", ["fl"] = "Format-List", ["gm"] = "Get-Member", ["gcm"] = "Get-Command",
        ["gv"] = "Get-Variable", ["sv"] = "Set-Variable", ["set"] = "Set-Variable",
        ["cls"] = "Clear-Host", ["clear"] = "Clear-Host", ["ghy"] = "Get-History", ["h"] = "Get-History",
        ["history"] = "Get-History", ["man"] = "help",
    };

    /// <summary>The cmdlet an alias stands for, or the word itself.</summary>
    public static string Canonical(string word) => s_aliases.TryGetValue(word, out string? cmdlet) ? cmdlet : word;

    /// <summary><paramref name="text"/> with its first word canonicalised (the rest kept verbatim).</summary>
    public static string CanonicalizeFirstWord(string text)
    {
        int end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        string first = text[..end];
        string canonical = Canonical(first);
        return ReferenceEquals(canonical, first) ? text : canonical + text[end..];
    }
}
