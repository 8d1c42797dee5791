namespace RuleEngine.Shell;

/// <summary>
/// The command-word normalisations of bash.md §4: safe env assignments, safe wrappers, deny/ask-only exec
/// wrappers and base names. Works on word indices of a <see cref="SimpleCommand"/>; never allocates.
/// </summary>
internal static partial class CommandNormalizer
{
    // Every command word ClassifyWrapped must look at: eval-like builtins, shells, safe and exec wrappers.
    private static readonly WordSet s_wrapperOrShell = new(new[]
    {
        "eval", "source", ".", "exec", "alias", "nocorrect", "trap",
        "sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "busybox",
        "timeout", "time", "nice", "stdbuf", "nohup", "command", "builtin", "noglob",
        "env", "sudo", "doas", "pkexec", "watch", "ionice", "setsid", "taskset", "chrt", "strace", "ltrace", "flock",
        "script", "unshare", "nsenter", "sandbox-exec",
    });

    /// <summary>The command word without directory and <c>.exe</c> suffix: <c>/bin/rm</c> → <c>rm</c>, <c>curl.exe</c> → <c>curl</c>.</summary>
    public static ReadOnlySpan<char> BaseName(ReadOnlySpan<char> word)
    {
        // Command words are short: a scalar scan from the end beats a vectorised search's set-up.
        int slash = word.Length - 1;
        while (slash >= 0 && word[slash] is not ('/' or '\\'))
        {
            slash--;
        }

        if (slash >= 0 && slash < word.Length - 1)
        {
            word = word[(slash + 1)..];
        }

        if (word.Length > 4 && word[^4] == '.' && word.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^4];
        }

        return word;
    }

    /// <summary>
    /// Whether a command word (a base name) may be an eval-like builtin, a shell, or a safe or exec wrapper;
    /// false means none of the wrapper or script normalisations can apply to it.
    /// </summary>
    public static bool MayWrap(ReadOnlySpan<char> baseName) => s_wrapperOrShell.Contains(baseName);

    /// <summary>Whether the command is <c>sh</c>/<c>bash</c>/… with a <c>-c</c> script argument.</summary>
    public static bool IsShellScriptInvocation(SimpleCommand command) => TryGetShellScript(command, out _);

    /// <summary>
    /// For <c>bash -c 'script'</c> (also <c>sh -ec</c>, <c>zsh -c</c>…), the argv index of the script word, so the
    /// engine can analyse it as its own command line (bash.md §6: a deny match inside turns into ask).
    /// </summary>
    public static bool TryGetShellScript(SimpleCommand command, out int argumentIndex)
    {
        bool found = TryGetShellScriptAt(command, command.AssignmentCount, out int wordIndex);
        argumentIndex = wordIndex < 0 ? -1 : wordIndex - command.AssignmentCount;
        return found;
    }

    /// <summary>Like <see cref="TryGetShellScript"/> for the command word at <c>Words[commandIndex]</c>; returns a Words index.</summary>
    public static bool TryGetShellScriptAt(SimpleCommand command, int commandIndex, out int wordIndex)
    {
        wordIndex = -1;
        ReadOnlySpan<ShellWord> words = command.Words;
        if (commandIndex >= words.Length || (commandIndex == 0 && command.FirstWordCannotWrap))
        {
            return false; // shells are among the words MayWrap knows
        }

        ReadOnlySpan<char> name = BaseName(command.Line.Value(in words[commandIndex]));
        if (name is not ("sh" or "bash" or "zsh" or "dash" or "ksh" or "mksh" or "ash" or "fish" or "busybox"))
        {
            return false;
        }

        bool script = false;
        for (int i = commandIndex + 1; i < words.Length; i++)
        {
            ReadOnlySpan<char> arg = command.Line.Value(in words[i]);
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
                wordIndex = i;
                return true;
            }

            return false;
        }

        return script;
    }

    /// <summary>Whether the command word is <c>eval</c>, <c>source</c>, <c>.</c>, <c>exec</c>, <c>alias</c>, <c>nocorrect</c> or <c>trap</c>.</summary>
    public static bool IsEvalLike(ReadOnlySpan<char> commandWord) =>
        BaseName(commandWord) is "eval" or "source" or "." or "exec" or "alias" or "nocorrect" or "trap";

    /// <summary>
    /// Walks the command word and every command it wraps (any assignment, safe wrapper or exec wrapper
    /// stripped, as for deny rules) and reports whether any of them evaluates shell code (<c>nohup eval …</c>,
    /// <c>sudo bash -c …</c>).
    /// </summary>
    public static void ClassifyWrapped(SimpleCommand command, out bool evalLike, out bool shellScript)
    {
        evalLike = false;
        shellScript = false;
        ReadOnlySpan<ShellWord> words = command.Words;
        int index = SkipAnyAssignments(command, 0);
        while (index < words.Length)
        {
            if (!s_wrapperOrShell.Contains(BaseName(command.Line.Value(in words[index]))))
            {
                if (index == 0)
                {
                    command.FirstWordCannotWrap = true; // IsOrdinary and the script check need not look again
                }

                return; // fast path: an ordinary command word
            }

            evalLike |= IsEvalLike(command.Line.Value(in words[index]));
            shellScript |= TryGetShellScriptAt(command, index, out _);
            int next = SkipSafeWrapper(command, index);
            if (next < 0)
            {
                next = SkipExecWrapper(command, index);
            }

            if (next <= index)
            {
                return;
            }

            index = SkipAnyAssignments(command, next);
        }
    }
}
