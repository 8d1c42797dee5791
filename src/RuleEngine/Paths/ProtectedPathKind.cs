namespace RuleEngine.Paths;

/// <summary>Why a write target is protected (paths.md §8).</summary>
internal enum ProtectedPathKind
{
    /// <summary>Not protected.</summary>
    None,

    /// <summary>A sensitive file or directory such as <c>.git/config</c> or <c>.bashrc</c>.</summary>
    SensitiveFile,

    /// <summary>Claude Code's own configuration: <c>.claude/settings(.local).json</c>, <c>.claude/commands|agents|skills/…</c>.</summary>
    ClaudeConfiguration,
}
