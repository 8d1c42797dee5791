using System.Text;

namespace RuleEngine.Evaluation.Bash;

/// <summary>Resolves argv words to absolute normalised paths (bash.md §8: relative to the cwd, <c>~</c> and <c>$HOME</c> expanded).</summary>
internal static class BashPaths
{
    /// <summary>Resolves one word for <paramref name="operation"/>; never throws.</summary>
    public static CommandPath Resolve(in ArgWord word, PathContext context, PathOperation operation)
    {
        if (word.HasSubstitution || word.HasVariable)
        {
            return new CommandPath(word.Value, operation, PathStatus.NeedsExpansion, null, null, IsRelative: true);
        }

        string? expanded = ExpandHome(word, context.Home);
        if (expanded is null || expanded.Length == 0)
        {
            return new CommandPath(word.Value, operation, PathStatus.NeedsExpansion, null, null, IsRelative: true);
        }

        bool relative = expanded[0] != '/';
        string absolute = relative ? string.Concat(context.Cwd, "/", expanded) : expanded;
        if (!word.HasUnquotedGlob)
        {
            return new CommandPath(word.Value, operation, PathStatus.Resolved, Normalize(absolute), null, relative);
        }

        int glob = absolute.AsSpan().IndexOfAny('*', '?', '[');
        if (glob < 0)
        {
            return new CommandPath(word.Value, operation, PathStatus.Resolved, Normalize(absolute), null, relative);
        }

        int segmentStart = absolute.LastIndexOf('/', glob);
        string baseDirectory = Normalize(segmentStart <= 0 ? "/" : absolute[..segmentStart]);
        return new CommandPath(word.Value, operation, PathStatus.Glob, Normalize(absolute), baseDirectory, relative);
    }

    /// <summary>
    /// Expands a leading <c>~</c>, <c>~/</c>, <c>$HOME</c> or <c>${HOME}</c>; returns null when the word needs
    /// other expansion (<c>~user</c>, <c>~+</c>, <c>$HOME</c> in the middle of a word).
    /// </summary>
    public static string? ExpandHome(in ArgWord word, string home)
    {
        string text = word.Value;
        if (word.HasTilde && text.Length > 0 && text[0] == '~')
        {
            if (text.Length == 1)
            {
                return home;
            }

            return text[1] == '/' ? string.Concat(home, text.AsSpan(1)) : null;
        }

        if (!word.HasHomeVariable)
        {
            return text;
        }

        int prefix = text.StartsWith("${HOME}", StringComparison.Ordinal) ? 7 : text.StartsWith("$HOME", StringComparison.Ordinal) ? 5 : 0;
        if (prefix == 0 || (text.Length > prefix && text[prefix] != '/') || text.IndexOf('$', prefix) >= 0)
        {
            return null;
        }

        return string.Concat(home, text.AsSpan(prefix));
    }

    /// <summary>
    /// Normalises an absolute path: collapses <c>//</c>, removes <c>.</c> segments, applies <c>..</c> (never
    /// above <c>/</c>) and drops a trailing slash: <c>/work/project/src/../../x/</c> → <c>/work/x</c>.
    /// </summary>
    public static string Normalize(string absolute)
    {
        if (!NeedsNormalizing(absolute))
        {
            return absolute;
        }

        var builder = new StringBuilder(absolute.Length);
        int i = 0;
        while (i < absolute.Length)
        {
            while (i < absolute.Length && absolute[i] == '/')
            {
                i++;
            }

            int start = i;
            while (i < absolute.Length && absolute[i] != '/')
            {
                i++;
            }

            ReadOnlySpan<char> segment = absolute.AsSpan(start, i - start);
            if (segment.Length == 0 || segment is ".")
            {
                continue;
            }

            if (segment is "..")
            {
                int cut = builder.Length == 0 ? 0 : LastSlash(builder);
                builder.Length = cut;
                continue;
            }

            builder.Append('/').Append(segment);
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }

    /// <summary>True when <paramref name="path"/> equals <paramref name="directory"/> or lies below it (both normalised).</summary>
    public static bool IsSameOrBelow(string path, string directory)
    {
        if (directory == "/")
        {
            return path.Length > 0 && path[0] == '/';
        }

        return path.StartsWith(directory, StringComparison.Ordinal)
            && (path.Length == directory.Length || path[directory.Length] == '/');
    }

    private static int LastSlash(StringBuilder builder)
    {
        for (int i = builder.Length - 1; i >= 0; i--)
        {
            if (builder[i] == '/')
            {
                return i;
            }
        }

        return 0;
    }

    private static bool NeedsNormalizing(string path)
    {
        if (path.Length == 0 || path[0] != '/')
        {
            return true;
        }

        if (path.Length > 1 && path[^1] == '/')
        {
            return true;
        }

        return path.Contains("//", StringComparison.Ordinal)
            || path.Contains("/./", StringComparison.Ordinal)
            || path.Contains("/../", StringComparison.Ordinal)
            || path.EndsWith("/.", StringComparison.Ordinal)
            || path.EndsWith("/..", StringComparison.Ordinal);
    }
}
