using System.Text;

namespace RuleEngine.Paths;

/// <summary>
/// Prepares tool-input paths (paths.md §2): Windows drive paths become POSIX (<c>C:\x</c> → <c>/c/x</c>),
/// <c>~</c> expands to the home directory, relative paths resolve against the cwd, and <c>.</c>/<c>..</c>
/// are removed lexically. Also answers segment-boundary containment, which is case-sensitive (Linux).
/// </summary>
internal static class PathNormalizer
{
    /// <summary>Returns the absolute, lexically normalised POSIX form of <paramref name="path"/>.</summary>
    public static string Normalize(string path, string cwd, string home)
    {
        ArgumentNullException.ThrowIfNull(path);
        string p = ToPosix(path);
        if (p.Length == 0)
        {
            p = cwd;
        }
        else if (p == "~")
        {
            p = home;
        }
        else if (p.StartsWith("~/", StringComparison.Ordinal))
        {
            p = string.Concat(home, "/", p.AsSpan(2));
        }
        else if (p[0] != '/')
        {
            p = string.Concat(cwd, "/", p);
        }

        return IsNormalizedAbsolute(p) ? p : Lexical(p);
    }

    /// <summary>Normalises an already absolute directory such as the cwd or home (no cwd to resolve against).</summary>
    public static string NormalizeDirectory(string path)
    {
        string p = ToPosix(path);
        if (p.Length == 0 || p[0] != '/')
        {
            throw new ArgumentException($"directory `{path}` must be absolute", nameof(path));
        }

        return IsNormalizedAbsolute(p) ? p : Lexical(p);
    }

    /// <summary>
    /// Converts a Windows drive path (<c>C:\Users\a</c>, <c>c:/x</c>) to POSIX form (<c>/c/Users/a</c>);
    /// any other string is returned unchanged (a backslash is a legal file-name character on POSIX).
    /// </summary>
    public static string ToPosix(string path)
    {
        if (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':' && (path.Length == 2 || path[2] is '\\' or '/'))
        {
            var sb = new StringBuilder(path.Length + 1);
            sb.Append('/').Append(char.ToLowerInvariant(path[0]));
            for (int i = 2; i < path.Length; i++)
            {
                sb.Append(path[i] == '\\' ? '/' : path[i]);
            }

            return sb.ToString();
        }

        return path;
    }

    /// <summary>True when <paramref name="path"/> equals <paramref name="directory"/> or lies below it (segment boundary, ordinal).</summary>
    public static bool IsWithin(ReadOnlySpan<char> path, ReadOnlySpan<char> directory)
    {
        if (directory.Length == 1 && directory[0] == '/')
        {
            return path.Length > 0 && path[0] == '/';
        }

        return path.StartsWith(directory, StringComparison.Ordinal)
            && (path.Length == directory.Length || path[directory.Length] == '/');
    }

    /// <summary>
    /// The part of <paramref name="path"/> below <paramref name="directory"/> without a leading slash
    /// (empty when they are equal); false when the path is not inside the directory.
    /// </summary>
    public static bool TryGetRelative(ReadOnlySpan<char> path, ReadOnlySpan<char> directory, out ReadOnlySpan<char> relative)
    {
        if (!IsWithin(path, directory))
        {
            relative = default;
            return false;
        }

        if (directory.Length == 1)
        {
            relative = path[1..];
            return true;
        }

        relative = path.Length == directory.Length ? ReadOnlySpan<char>.Empty : path[(directory.Length + 1)..];
        return true;
    }

    // True when p is absolute with no empty, "." or ".." segment and no trailing slash: one scan for a "/"
    // followed by "/" (an empty segment) or by "." that ends the segment or by ".." that does.
    private static bool IsNormalizedAbsolute(string p)
    {
        if (p.Length == 0 || p[0] != '/')
        {
            return false;
        }

        if (p.Length == 1)
        {
            return true;
        }

        ReadOnlySpan<char> s = p;
        if (s[^1] == '/')
        {
            return false;
        }

        for (int i = 0; i < s.Length - 1; i++)
        {
            if (s[i] != '/')
            {
                continue;
            }

            char next = s[i + 1];
            if (next == '/')
            {
                return false;
            }

            if (next == '.')
            {
                int after = i + 2;
                if (after == s.Length || s[after] == '/' || (s[after] == '.' && (after + 1 == s.Length || s[after + 1] == '/')))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Lexical(string p)
    {
        var parts = new List<string>();
        foreach (string seg in p.Split('/'))
        {
            if (seg.Length == 0 || seg == ".")
            {
                continue;
            }

            if (seg == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(seg);
        }

        return "/" + string.Join('/', parts);
    }
}
