namespace RuleEngine.Shell;

/// <summary>How a candidate string is rendered from a simple command's tokens.</summary>
[Flags]
internal enum RenderOptions
{
    /// <summary>Words only, original spacing.</summary>
    None = 0,

    /// <summary>Keep redirections (the full-text exact candidate).</summary>
    Redirections = 1,

    /// <summary>Compare the command word by base name (deny/ask).</summary>
    BaseName = 2,

    /// <summary>Join tokens with one space instead of the original whitespace.</summary>
    SingleSpace = 4,

    /// <summary>Keep the command word's quoting (display text).</summary>
    RawCommandWord = 8,
}
