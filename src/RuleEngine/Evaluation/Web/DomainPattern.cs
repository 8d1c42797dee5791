using System.Globalization;

namespace RuleEngine.Evaluation.Web;

/// <summary>
/// A WebFetch <c>domain:</c> host pattern (rules.md §6): case-insensitive, trailing dot ignored, IDN in
/// punycode; <c>*</c> alone matches every host, a leading <c>*.</c> one or more labels, any other
/// <c>*</c> characters within one label (a label is matched like a tool-name glob: <c>*</c> is any run).
/// </summary>
internal sealed class DomainPattern
{
    private static readonly IdnMapping s_idn = new();

    // Invariant: when _anyHost is false, _labels holds the pattern's labels (lower-case, punycode) after any leading "*.".
    private readonly bool _anyHost;
    private readonly bool _subdomains;
    private readonly string[] _labels;

    private DomainPattern(bool anyHost, bool subdomains, string[] labels)
    {
        _anyHost = anyHost;
        _subdomains = subdomains;
        _labels = labels;
    }

    /// <summary>Compiles the text after <c>domain:</c>; null when it can never match (empty, spaces, URL).</summary>
    public static DomainPattern? Compile(string pattern)
    {
        if (pattern == "*")
        {
            return new DomainPattern(true, false, []);
        }

        string p = NormalizeHost(pattern);
        if (p.Length == 0 || p.AsSpan().IndexOfAny(" /:\t") >= 0)
        {
            return null;
        }

        bool subdomains = p.StartsWith("*.", StringComparison.Ordinal);
        if (subdomains)
        {
            p = p[2..];
        }

        return new DomainPattern(false, subdomains, p.Split('.'));
    }

    /// <summary>True when the normalised <paramref name="host"/> matches (its labels are read in place).</summary>
    public bool Matches(ReadOnlySpan<char> host)
    {
        if (_anyHost)
        {
            return true;
        }

        int labels = host.Count('.') + 1;
        if (_subdomains ? labels <= _labels.Length : labels != _labels.Length)
        {
            return false;
        }

        // Skip the leading labels a `*.` pattern leaves to the wildcard, then compare label by label.
        ReadOnlySpan<char> rest = host;
        for (int skip = labels - _labels.Length; skip > 0; skip--)
        {
            rest = rest[(rest.IndexOf('.') + 1)..];
        }

        foreach (string label in _labels)
        {
            int dot = rest.IndexOf('.');
            if (!Syntax.ToolGlob.Matches(label, dot < 0 ? rest : rest[..dot]))
            {
                return false;
            }

            rest = dot < 0 ? default : rest[(dot + 1)..];
        }

        return true;
    }

    /// <summary>Lower-cases, removes one trailing dot and converts internationalised labels to punycode.</summary>
    public static string NormalizeHost(string host)
    {
        string h = host.EndsWith('.') ? host[..^1] : host;
        h = h.ToLowerInvariant();
        if (h.AsSpan().ContainsAnyExceptInRange((char)0, (char)0x7F))
        {
            try
            {
                h = s_idn.GetAscii(h);
            }
            catch (ArgumentException)
            {
                // Leave it; it will simply not match a punycode pattern.
            }
        }

        return h;
    }

}
