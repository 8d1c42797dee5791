namespace RuleEngine.Shell;

/// <summary>
/// The command-word normalisations of bash.md §4: safe env assignments, safe wrappers, deny/ask-only exec
/// wrappers and base names. Works on word indices of a <see cref="SimpleCommand"/>; never allocates.
/// </summary>
internal static partial class CommandNormalizer
{
    /// <summary>The command word without directory and <c>.exe</c> suffix: <c>/bin/rm</c> → <c>rm</c>, <c>curl.exe</c> → <c>curl</c>.</summary>
    public static ReadOnlySpan<char> BaseName(ReadOnlySpan<char> word)
    {
        int slash = word.LastIndexOfAny('/', '\\');
        if (slash >= 0 && slash < word.Length - 1)
        {
            word = word[(slash + 1)..];
        }

        if (word.Length > 4 && word.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^4];
        }

        return word;
    }

    /// <summary>Whether the command is <c>sh</c>/<c>bash</c>/… with a <c>-c</c> script argument.</summary>
    public static bool IsShellScriptInvocation(SimpleCommand command) => TryGetShellScript(command, out _);

    /// <summary>
    /// For <c>bash -c 'script'</c> (also <c>sh -ec</c>, <c>zsh -c</c>…), the argv index of the script word, so the
    /// engine can analyse it as its own command line (bash.md §6: a deny match inside turns into ask).
    /// </summary>
    public static bool TryGetShellScript(SimpleCommand command, out int argumentIndex)
    {
        argumentIndex = -1;
        ReadOnlySpan<char> name = BaseName(command.CommandName);
        if (name is not ("sh" or "bash" or "zsh" or "dash" or "ksh" or "mksh" or "ash" or "fish" or "busybox"))
        {
            return false;
        }

        ReadOnlySpan<ShellWord> args = command.Arguments;
        bool script = false;
        for (int i = 1; i < args.Length; i++)
        {
            ReadOnlySpan<char> arg = command.Line.Value(in args[i]);
            if (arg.Length > 1 && arg[0] == '-' && arg[1] != '-')
            {
                script |= arg.Contains('c');
                continue;
            }

            if (arg.StartsWith("--"))
            {
                continue;
            }

            if (script)
            {
                argumentIndex = i;
                return true;
            }

            return false;
        }

        return script;
    }
}
