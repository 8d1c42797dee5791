namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>
/// One simple command of a shell line, lower-cased, with wrappers and leading assignments skipped:
/// for <c>FOO=1 sudo git push -f</c>, <see cref="Words"/> is <c>git push -f</c> and the skipped <c>foo=1 sudo</c> stay in <see cref="AllWords"/>.
/// </summary>
internal sealed class CommandSegment
{
    public CommandSegment(string[] rawWords, int start, bool pipedFromPrevious, bool nested)
    {
        RawWords = rawWords;
        AllWords = new string[rawWords.Length];
        for (int i = 0; i < rawWords.Length; i++)
        {
            AllWords[i] = rawWords[i].ToLowerInvariant();
        }

        Start = start;
        PipedFromPrevious = pipedFromPrevious;
        Nested = nested;
        Command = start < AllWords.Length ? BaseName(AllWords[start]) : string.Empty;
    }

    /// <summary>Every word as written (case kept: <c>-D</c> and <c>-d</c> differ).</summary>
    public string[] RawWords { get; }

    /// <summary>Every word including assignments and wrappers, lower-cased.</summary>
    public string[] AllWords { get; }

    /// <summary>Index in <see cref="AllWords"/> of the effective command word.</summary>
    public int Start { get; }

    /// <summary>True when stdin comes from the previous segment through <c>|</c>.</summary>
    public bool PipedFromPrevious { get; }

    /// <summary>True for a command found inside <c>sh -c "…"</c>, <c>eval</c>, <c>$(…)</c> or prose.</summary>
    public bool Nested { get; }

    /// <summary>Number of words from the effective command on.</summary>
    public int Count => AllWords.Length - Start;

    /// <summary>The effective command name (directory part removed), or empty.</summary>
    public string Command { get; }

    /// <summary>The <paramref name="i"/>-th word from the effective command on (0 = command).</summary>
    public string this[int i] => AllWords[Start + i];

    /// <summary>The words from the effective command on.</summary>
    public ReadOnlySpan<string> Words => AllWords.AsSpan(Start);

    /// <summary>True when any argument (word after the command) equals <paramref name="word"/>.</summary>
    public bool HasArg(string word)
    {
        for (int i = Start + 1; i < AllWords.Length; i++)
        {
            if (AllWords[i] == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any argument starts with <paramref name="prefix"/>.</summary>
    public bool HasArgStartingWith(string prefix)
    {
        for (int i = Start + 1; i < AllWords.Length; i++)
        {
            if (AllWords[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a short-option cluster (<c>-rf</c>) contains the flag letter (case-sensitive) or the long form is present.</summary>
    public bool HasShortFlag(char letter, string? longForm = null)
    {
        for (int i = Start + 1; i < RawWords.Length; i++)
        {
            string w = RawWords[i];
            if (longForm is not null && AllWords[i] == longForm)
            {
                return true;
            }

            if (w.Length >= 2 && w[0] == '-' && w[1] != '-' && w.IndexOf(letter, 1) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first non-option argument after position <paramref name="from"/>, or null.</summary>
    public string? Positional(int from = 1)
    {
        for (int i = Start + from; i < AllWords.Length; i++)
        {
            if (AllWords[i].Length > 0 && AllWords[i][0] != '-')
            {
                return AllWords[i];
            }
        }

        return null;
    }

    /// <summary>True when the command is <paramref name="command"/> and the next word is <paramref name="sub"/>.</summary>
    public bool Is(string command, string sub) => Count > 1 && Command == command && SubcommandAt(1) == sub;

    /// <summary>The first word after the command that is not an option (skipping <c>-C dir</c> for git), or null.</summary>
    public string? SubcommandAt(int from)
    {
        for (int i = Start + from; i < AllWords.Length; i++)
        {
            string w = AllWords[i];
            if (w.Length > 0 && w[0] == '-')
            {
                if (w is "-c" or "-C" or "--git-dir" or "--work-tree" or "-n" or "--namespace" or "--context" or "--profile" or "--region" or "--project")
                {
                    i++;
                }

                continue;
            }

            return w;
        }

        return null;
    }

    private static string BaseName(string word)
    {
        int slash = word.LastIndexOf('/');
        return slash >= 0 && slash < word.Length - 1 ? word[(slash + 1)..] : word;
    }
}
