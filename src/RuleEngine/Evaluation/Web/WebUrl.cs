namespace RuleEngine.Evaluation.Web;

/// <summary>The parts of a WebFetch URL that permission checks use: the normalised host and the raw path.</summary>
/// <param name="Host">Lower-case, punycode, no trailing dot, no port or credentials.</param>
/// <param name="RawPath">The path exactly as written (percent-encoding kept), <c>/</c> when empty.</param>
internal readonly record struct WebUrl(string Host, string RawPath)
{
    // Printable ASCII ('!' to '~'), and the same without '?' and '#' (what a plain URL's path consists of).
    private static readonly System.Buffers.SearchValues<char> s_printable =
        System.Buffers.SearchValues.Create([.. Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c)]);

    private static readonly System.Buffers.SearchValues<char> s_plainPathChars =
        System.Buffers.SearchValues.Create([.. Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).Where(c => c is not ('?' or '#'))]);

    // Longest URL the hand parser takes; System.Uri has its own length limit, so longer ones go through it.
    private const int MaxFastLength = 2048;

    /// <summary>
    /// Parses an absolute http(s) URL; false (with a reason) for anything else. Plain URLs
    /// (<c>http://</c> or <c>https://</c> in lower case, an ASCII DNS name, an optional port, printable ASCII
    /// after it) are parsed by hand on spans; everything else (userinfo, IPv6 and IPv4 literals, IDN and
    /// punycode hosts, trailing dots, percent-encoding in the host, odd schemes) goes through
    /// <see cref="TryParseWithUri"/>. Both give the same result for every URL the hand parser accepts.
    /// </summary>
    public static bool TryParse(string? url, out WebUrl result, out string error)
    {
        if (TryParseFast(url, out result))
        {
            error = string.Empty;
            return true;
        }

        return TryParseWithUri(url, out result, out error);
    }

    /// <summary>The reference parse with <see cref="Uri"/> (the fallback of <see cref="TryParse"/>; tests compare the two).</summary>
    public static bool TryParseWithUri(string? url, out WebUrl result, out string error)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(url))
        {
            error = "the url is empty";
            return false;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            error = $"`{url}` is not an absolute http(s) URL";
            return false;
        }

        string host = DomainPattern.NormalizeHost(uri.IdnHost);
        if (host.Length == 0)
        {
            error = $"`{url}` has no host";
            return false;
        }

        string s = url.Trim();
        int authorityStart = s.IndexOf("//", StringComparison.Ordinal) + 2;
        int pathStart = s.IndexOfAny(['/', '?', '#'], authorityStart);
        string path = pathStart < 0 || s[pathStart] != '/' ? "/" : s[pathStart..];
        int end = path.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            path = path[..end];
        }

        result = new WebUrl(host, path.Length == 0 ? "/" : path);
        error = string.Empty;
        return true;
    }

    // True only for the plain shape described on TryParse; false means "ask Uri", never "invalid".
    private static bool TryParseFast(string? url, out WebUrl result)
    {
        if (!TryParsePlain(url, out int hostStart, out int hostLength, out int pathStart, out int pathLength))
        {
            result = default;
            return false;
        }

        string path = pathLength == 0 ? "/" : url.Substring(pathStart, pathLength);
        result = new WebUrl(LowerAscii(url, hostStart, hostLength), path);
        return true;
    }

    /// <summary>
    /// The hand parser of <see cref="TryParse"/> without allocating: where the host (ASCII, possibly upper-case:
    /// <see cref="Host"/> is its lower-case form) and the raw path lie in <paramref name="url"/>;
    /// <paramref name="pathLength"/> 0 stands for the path <c>/</c>. False means "ask <see cref="Uri"/>" (use <see cref="TryParse"/>).
    /// </summary>
    public static bool TryParsePlain([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url, out int hostStart, out int hostLength, out int pathStart, out int pathLength)
    {
        hostStart = hostLength = pathStart = pathLength = 0;
        if (url is null || url.Length > MaxFastLength)
        {
            return false;
        }

        ReadOnlySpan<char> s = url;
        int authorityStart;
        if (s.StartsWith("https://", StringComparison.Ordinal))
        {
            authorityStart = 8;
        }
        else if (s.StartsWith("http://", StringComparison.Ordinal))
        {
            authorityStart = 7;
        }
        else
        {
            return false;
        }

        // One scan of the authority (up to '/', '?' or '#') for its first ':'.
        int authorityEnd = authorityStart;
        int colon = -1;
        for (; authorityEnd < s.Length; authorityEnd++)
        {
            char c = s[authorityEnd];
            if (c is '/' or '?' or '#')
            {
                break;
            }

            if (c == ':' && colon < 0)
            {
                colon = authorityEnd - authorityStart;
            }
        }

        ReadOnlySpan<char> authority = s[authorityStart..authorityEnd];
        ReadOnlySpan<char> host = colon < 0 ? authority : authority[..colon];
        if ((colon >= 0 && !IsPlainPort(authority[(colon + 1)..])) || !IsPlainDnsName(host))
        {
            return false;
        }

        // Uri trims and escapes, so the hand parser only takes printable ASCII after the authority; the path
        // ends at the first '?' or '#'. One vectorised search finds the first character that is either.
        ReadOnlySpan<char> rest = s[authorityEnd..];
        int stop = rest.IndexOfAnyExcept(s_plainPathChars);
        int queryOrFragment = -1;
        if (stop >= 0)
        {
            if (rest[stop] is not ('?' or '#') || rest[stop..].IndexOfAnyExcept(s_printable) >= 0)
            {
                return false;
            }

            queryOrFragment = authorityEnd + stop;
        }

        hostStart = authorityStart;
        hostLength = host.Length;
        if (authorityEnd < s.Length && s[authorityEnd] == '/')
        {
            pathStart = authorityEnd;
            pathLength = (queryOrFragment < 0 ? s.Length : queryOrFragment) - authorityEnd;
        }

        return true;
    }

    // 1–5 digits, at most 65535.
    private static bool IsPlainPort(ReadOnlySpan<char> port)
    {
        if (port.IsEmpty || port.Length > 5)
        {
            return false;
        }

        int value = 0;
        foreach (char c in port)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value <= 65535;
    }

    // Labels of ASCII letters, digits and inner hyphens, 1–63 characters, no trailing dot, no punycode label,
    // and at least one label starting with a letter (so it is not an IPv4 form Uri would canonicalise).
    private static bool IsPlainDnsName(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty || host.Length > 253)
        {
            return false;
        }

        bool letterLabel = false;
        int start = 0;
        for (int i = 0; i <= host.Length; i++)
        {
            if (i < host.Length && host[i] != '.')
            {
                char c = host[i];
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }

                continue;
            }

            ReadOnlySpan<char> label = host[start..i];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-'
                || (label.Length >= 4 && label[2] == '-' && label[3] == '-'))
            {
                return false;
            }

            letterLabel |= char.IsAsciiLetter(label[0]);
            start = i + 1;
        }

        return letterLabel;
    }

    private static string LowerAscii(string url, int start, int length)
    {
        string host = url.Substring(start, length);
        foreach (char c in host)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return host.ToLowerInvariant();
            }
        }

        return host;
    }
}
