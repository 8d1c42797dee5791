namespace RuleEngine.Evaluation.Web;

/// <summary>The parts of a WebFetch URL that permission checks use: the normalised host and the raw path.</summary>
/// <param name="Host">Lower-case, punycode, no trailing dot, no port or credentials.</param>
/// <param name="RawPath">The path exactly as written (percent-encoding kept), <c>/</c> when empty.</param>
internal readonly record struct WebUrl(string Host, string RawPath)
{
    /// <summary>Parses an absolute http(s) URL; false (with a reason) for anything else.</summary>
    public static bool TryParse(string? url, out WebUrl result, out string error)
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
}
