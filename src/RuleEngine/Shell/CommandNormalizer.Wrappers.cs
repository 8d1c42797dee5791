namespace RuleEngine.Shell;

/// <summary>Wrapper and env-prefix stripping on word indices (bash.md §4.4–§4.7).</summary>
internal static partial class CommandNormalizer
{
    /// <summary>Safe variables whose plain assignment allow rules skip (bash.md §4.5, oracle list).</summary>
    private static readonly HashSet<string> s_safeVariables = new(StringComparer.Ordinal)
    {
        "GOEXPERIMENT", "GOOS", "GOARCH", "CGO_ENABLED", "GO111MODULE", "RUST_BACKTRACE", "RUST_LOG", "NODE_ENV",
        "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "PYTEST_DISABLE_PLUGIN_AUTOLOAD", "PYTEST_DEBUG",
        "ANTHROPIC_API_KEY", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_TIME", "CHARSET", "TERM", "COLORTERM",
        "NO_COLOR", "FORCE_COLOR", "TZ", "LS_COLORS", "LSCOLORS", "GREP_COLOR", "GREP_COLORS", "GCC_COLORS",
        "TIME_STYLE", "BLOCK_SIZE", "BLOCKSIZE", "COLUMNS", "LINES", "CLICOLOR", "CLICOLOR_FORCE", "CI",
        "DEBIAN_FRONTEND", "GIT_TERMINAL_PROMPT",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_safeVariableLookup = s_safeVariables.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Allow rules: skips leading assignments of safe variables with safe unquoted values; returns the first index not skipped.</summary>
    public static int SkipSafeAssignments(SimpleCommand command, int index)
    {
        while (index < command.AssignmentCount && IsSafeAssignment(command, index))
        {
            index++;
        }

        return index;
    }

    /// <summary>Deny/ask rules: skips any word shaped like an assignment (quoted, <c>+=</c>, <c>[i]=</c>, with substitutions).</summary>
    public static int SkipAnyAssignments(SimpleCommand command, int index)
    {
        ReadOnlySpan<ShellWord> words = command.Words;
        while (index < words.Length - 1 && words[index].Has(WordFlags.AssignmentShape))
        {
            index++;
        }

        return index;
    }

    /// <summary>True when <paramref name="name"/> is on the safe-variable list of bash.md §4.5.</summary>
    internal static bool IsSafeVariableName(ReadOnlySpan<char> name) => s_safeVariableLookup.Contains(name);

    private static bool IsSafeAssignment(SimpleCommand command, int index)
    {
        ShellWord word = command.Words[index];
        if ((word.Flags & ~WordFlags.AssignmentShape) != WordFlags.None)
        {
            return false;
        }

        ReadOnlySpan<char> raw = command.Line.Text(word.Span);
        int eq = raw.IndexOf('=');
        ReadOnlySpan<char> name = raw[..eq];
        ReadOnlySpan<char> value = raw[(eq + 1)..];
        if (!s_safeVariableLookup.Contains(name) || value.IsEmpty)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or ':' or '-'))
            {
                return false;
            }
        }

        return name is not ("LANG" or "LC_ALL" or "LC_CTYPE") || IsLocale(value);
    }

    private static bool IsLocale(ReadOnlySpan<char> value)
    {
        if (value is "C" or "POSIX" or "UTF-8" or "C.UTF-8")
        {
            return true;
        }

        // ll_CC[.charset]: en_US.UTF-8, de_DE, pt_BR.utf8
        if (value.Length < 5 || !char.IsAsciiLetterLower(value[0]) || !char.IsAsciiLetterLower(value[1]) || value[2] != '_'
            || !char.IsAsciiLetterUpper(value[3]) || !char.IsAsciiLetterUpper(value[4]))
        {
            return false;
        }

        return value.Length == 5 || (value[5] == '.' && value.Length > 6);
    }

    /// <summary>
    /// If <c>Words[index]</c> is a safe wrapper (<c>timeout</c>, <c>time</c>, <c>nice</c>, <c>stdbuf</c>, <c>nohup</c>,
    /// <c>command</c>, <c>builtin</c>, <c>noglob</c>) in an accepted form, the index of the wrapped command word; else -1.
    /// </summary>
    public static int SkipSafeWrapper(SimpleCommand command, int index)
    {
        ReadOnlySpan<ShellWord> words = command.Words;
        if (index >= words.Length || words[index].Has(WordFlags.Unresolved))
        {
            return -1;
        }

        CommandLine line = command.Line;
        int j = index + 1;
        switch (line.Value(in words[index]))
        {
            case "timeout":
                while (true)
                {
                    ReadOnlySpan<char> v = PlainValue(command, j);
                    if (v is "--foreground" or "--preserve-status" or "--verbose" or "-v")
                    {
                        j++;
                    }
                    else if ((v.StartsWith("--kill-after=") || v.StartsWith("--signal=")) && v[^1] != '=')
                    {
                        j++;
                    }
                    else if (v is "--kill-after" or "--signal" or "-k" or "-s")
                    {
                        if (PlainValue(command, j + 1).IsEmpty)
                        {
                            return -1;
                        }

                        j += 2;
                    }
                    else if (v.Length > 2 && (v.StartsWith("-k") || v.StartsWith("-s")))
                    {
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                j = SkipDoubleDash(command, j);
                if (!IsDuration(PlainValue(command, j)))
                {
                    return -1;
                }

                j++;
                break;
            case "time":
            case "nohup":
                j = SkipDoubleDash(command, j);
                break;
            case "nice":
                if (PlainValue(command, j) is "-n" && IsInteger(PlainValue(command, j + 1)))
                {
                    j += 2;
                }
                else if (PlainValue(command, j) is { Length: > 1 } n && n[0] == '-' && IsInteger(n[1..]))
                {
                    j++;
                }

                j = SkipDoubleDash(command, j);
                break;
            case "stdbuf":
                int modes = 0;
                while (IsStdbufMode(PlainValue(command, j)))
                {
                    j++;
                    modes++;
                }

                if (modes == 0)
                {
                    return -1;
                }

                j = SkipDoubleDash(command, j);
                break;
            case "command":
                if (PlainValue(command, j) is "-p")
                {
                    j++;
                }

                j = SkipDoubleDash(command, j);
                break;
            case "builtin":
                j = SkipDoubleDash(command, j);
                break;
            case "noglob":
                break;
            default:
                return -1;
        }

        if (j >= words.Length || line.Value(in words[j]).StartsWith('-'))
        {
            return -1;
        }

        return j;
    }

    private static ReadOnlySpan<char> PlainValue(SimpleCommand command, int index)
    {
        ReadOnlySpan<ShellWord> words = command.Words;
        if (index >= words.Length || words[index].Has(WordFlags.Unresolved | WordFlags.HomeVariable))
        {
            return default;
        }

        return command.Line.Value(in words[index]);
    }

    private static int SkipDoubleDash(SimpleCommand command, int index) => PlainValue(command, index) is "--" ? index + 1 : index;

    private static bool IsInteger(ReadOnlySpan<char> s)
    {
        if (!s.IsEmpty && (s[0] == '-' || s[0] == '+'))
        {
            s = s[1..];
        }

        if (s.IsEmpty)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>N</c> or <c>N.N</c> with an optional <c>s</c>/<c>m</c>/<c>h</c>/<c>d</c> suffix.</summary>
    private static bool IsDuration(ReadOnlySpan<char> s)
    {
        if (!s.IsEmpty && s[^1] is 's' or 'm' or 'h' or 'd')
        {
            s = s[..^1];
        }

        int dot = s.IndexOf('.');
        return dot < 0 ? IsDigits(s) : IsDigits(s[..dot]) && IsDigits(s[(dot + 1)..]);
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    /// <summary><c>-oL</c>, <c>-o0</c>, <c>-e10</c>, <c>-i1M</c>.</summary>
    private static bool IsStdbufMode(ReadOnlySpan<char> s)
    {
        if (s.Length < 3 || s[0] != '-' || s[1] is not ('i' or 'o' or 'e'))
        {
            return false;
        }

        ReadOnlySpan<char> mode = s[2..];
        if (mode is "L")
        {
            return true;
        }

        int digits = 0;
        while (digits < mode.Length && char.IsAsciiDigit(mode[digits]))
        {
            digits++;
        }

        ReadOnlySpan<char> suffix = mode[digits..];
        return digits > 0 && (suffix.IsEmpty || suffix is "K" or "M" or "G" or "KB" or "MB" or "GB" or "k");
    }
}
