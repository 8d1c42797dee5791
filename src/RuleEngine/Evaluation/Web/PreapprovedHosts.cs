using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Web;

/// <summary>
/// Documentation hosts WebFetch may read without a prompt when no rule decides (rules.md §6, 2.1.329 list).
/// Entries are whole hosts or host + path prefix; the path is compared at segment boundaries and
/// percent-encoded <c>/</c>, <c>\</c> or <c>.</c> in the path defeat a prefix entry.
/// </summary>
internal static class PreapprovedHosts
{
    private static readonly string[] s_entries =
    [
        "platform.claude.com", "code.claude.com", "claude.dev", "www.claude.dev", "claude.com/docs", "modelcontextprotocol.io",
        "github.com/anthropics", "github.com/anthropic-experimental", "raw.githubusercontent.com/anthropics",
        "raw.githubusercontent.com/anthropic-experimental", "agentskills.io", "docs.python.org", "en.cppreference.com",
        "docs.oracle.com", "learn.microsoft.com", "developer.mozilla.org", "go.dev/doc", "go.dev/ref", "www.php.net",
        "docs.swift.org", "kotlinlang.org", "ruby-doc.org", "doc.rust-lang.org", "www.typescriptlang.org", "react.dev",
        "angular.io", "vuejs.org", "nextjs.org", "expressjs.com", "nodejs.org", "bun.sh", "jquery.com", "getbootstrap.com",
        "tailwindcss.com", "d3js.org", "threejs.org", "redux.js.org", "webpack.js.org", "jestjs.io", "reactrouter.com",
        "docs.djangoproject.com", "flask.palletsprojects.com", "fastapi.tiangolo.com", "pandas.pydata.org", "numpy.org",
        "www.tensorflow.org", "pytorch.org", "scikit-learn.org", "matplotlib.org", "requests.readthedocs.io", "jupyter.org",
        "laravel.com", "symfony.com", "wordpress.org/documentation", "docs.spring.io", "hibernate.org", "tomcat.apache.org",
        "gradle.org", "maven.apache.org", "asp.net", "dotnet.microsoft.com", "blazor.net", "reactnative.dev",
        "docs.flutter.dev", "developer.apple.com", "developer.android.com", "keras.io", "spark.apache.org",
        "huggingface.co/docs", "www.kaggle.com/docs", "www.mongodb.com", "redis.io", "www.postgresql.org", "dev.mysql.com",
        "www.sqlite.org", "graphql.org", "prisma.io", "docs.getdbt.com", "docs.aws.amazon.com", "cloud.google.com",
        "kubernetes.io", "www.docker.com", "www.terraform.io", "www.ansible.com", "vercel.com/docs", "docs.stripe.com",
        "docs.netlify.com", "devcenter.heroku.com", "dev.wix.com/docs", "cypress.io", "selenium.dev", "docs.unity.com",
        "docs.unrealengine.com", "git-scm.com", "nginx.org", "httpd.apache.org",
    ];

    private static readonly FrozenSet<string> s_hosts = s_entries.Where(e => !e.Contains('/')).ToFrozenSet(StringComparer.Ordinal);

    // Per host: each path prefix with its whole entry (returned on a match, so nothing is concatenated).
    private static readonly FrozenDictionary<string, (string Prefix, string Entry)[]> s_prefixes = s_entries
        .Where(e => e.Contains('/'))
        .GroupBy(e => e[..e.IndexOf('/')], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(e => (e[e.IndexOf('/')..], e)).ToArray(), StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_hostLookup = s_hosts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, (string Prefix, string Entry)[]>.AlternateLookup<ReadOnlySpan<char>> s_prefixLookup = s_prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The matching entry for a normalised host and the URL's raw path, or null.</summary>
    public static string? Match(ReadOnlySpan<char> host, ReadOnlySpan<char> rawPath)
    {
        if (s_hostLookup.TryGetValue(host, out string? entry))
        {
            return entry;
        }

        if (!s_prefixLookup.TryGetValue(host, out (string Prefix, string Entry)[]? prefixes) || DefeatsPrefix(rawPath))
        {
            return null;
        }

        foreach ((string prefix, string prefixEntry) in prefixes)
        {
            if (rawPath.StartsWith(prefix, StringComparison.Ordinal)
                && (rawPath.Length == prefix.Length || rawPath[prefix.Length] == '/'))
            {
                return prefixEntry;
            }
        }

        return null;
    }

    private static bool DefeatsPrefix(ReadOnlySpan<char> path)
    {
        if (path.Contains("%2f", StringComparison.OrdinalIgnoreCase)
            || path.Contains("%5c", StringComparison.OrdinalIgnoreCase)
            || path.Contains("%2e", StringComparison.OrdinalIgnoreCase)
            || path.Contains('\\'))
        {
            return true;
        }

        foreach (Range segment in path.Split('/'))
        {
            if (path[segment] is "." or "..")
            {
                return true;
            }
        }

        return false;
    }
}
