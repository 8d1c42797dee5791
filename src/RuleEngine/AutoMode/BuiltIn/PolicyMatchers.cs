using System.Collections.Frozen;

namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>Hand-written matchers behind <see cref="BuiltInPolicy"/>; each inspects a prepared <see cref="ActionView"/> once.</summary>
internal static partial class PolicyMatchers
{
    private static readonly FrozenSet<string> s_shells = new[]
    {
        "sh", "bash", "zsh", "dash", "ksh", "fish", "python", "python3", "node", "perl", "ruby", "php", "iex", "invoke-expression", "pwsh", "powershell",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_downloaders = new[] { "curl", "wget", "fetch", "iwr", "invoke-webrequest", "irm", "invoke-restmethod", "http", "https" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_senders = new[]
    {
        "curl", "wget", "http", "https", "nc", "ncat", "netcat", "socat", "scp", "sftp", "ftp", "telnet", "rsync", "iwr", "invoke-webrequest", "irm", "invoke-restmethod",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_readOnly = new[]
    {
        "ls", "cat", "head", "tail", "less", "more", "grep", "rg", "ag", "wc", "pwd", "echo", "printf", "which", "whoami", "date", "file", "stat",
        "du", "df", "tree", "diff", "sort", "uniq", "cut", "jq", "yq", "basename", "dirname", "realpath", "readlink", "type", "uname", "id",
        "hostname", "ps", "true", "false", "test", "[",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_gitReadOnly = new[]
    {
        "status", "log", "diff", "show", "blame", "rev-parse", "ls-files", "describe", "shortlog", "grep", "remote", "fetch", "tag", "branch",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool Any(ActionView v, Func<CommandSegment, bool> test)
    {
        IReadOnlyList<CommandSegment> segments = v.Segments;
        for (int i = 0; i < segments.Count; i++)
        {
            if (test(segments[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool All(ActionView v, Func<CommandSegment, bool> test)
    {
        IReadOnlyList<CommandSegment> segments = v.Segments;
        if (segments.Count == 0)
        {
            return false;
        }

        for (int i = 0; i < segments.Count; i++)
        {
            if (!test(segments[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A file name or path that holds credentials (<c>.env</c>, <c>~/.ssh/id_rsa</c>, <c>.aws/credentials</c>…); a leading <c>@</c> or <c>x=@</c> is ignored.</summary>
    internal static bool IsSecretPath(string word)
    {
        int at = word.IndexOf('@');
        string w = at >= 0 && at < word.Length - 1 && (at == 0 || word[at - 1] == '=') ? word[(at + 1)..] : word;
        int slash = w.LastIndexOf('/');
        string name = slash >= 0 ? w[(slash + 1)..] : w;
        if (name == ".env" || (name.StartsWith(".env.", StringComparison.Ordinal) && !name.EndsWith(".example", StringComparison.Ordinal) && !name.EndsWith(".sample", StringComparison.Ordinal)))
        {
            return true;
        }

        if (name.StartsWith("id_", StringComparison.Ordinal) && !name.EndsWith(".pub", StringComparison.Ordinal)
            && (name.StartsWith("id_rsa", StringComparison.Ordinal) || name.StartsWith("id_ed25519", StringComparison.Ordinal)
                || name.StartsWith("id_ecdsa", StringComparison.Ordinal) || name.StartsWith("id_dsa", StringComparison.Ordinal)))
        {
            return true;
        }

        return name is ".netrc" or ".npmrc" or ".pypirc" or ".git-credentials" or "credentials.json" or "shadow" or ".pgpass"
            || w.Contains(".aws/credentials", StringComparison.Ordinal) || w.Contains(".ssh/", StringComparison.Ordinal)
            || w.Contains(".docker/config.json", StringComparison.Ordinal) || w.Contains(".kube/config", StringComparison.Ordinal)
            || w.Contains(".gnupg", StringComparison.Ordinal) || w.Contains(".config/gcloud", StringComparison.Ordinal)
            || name.EndsWith(".pem", StringComparison.Ordinal) || name.EndsWith(".p12", StringComparison.Ordinal) || name.EndsWith(".pfx", StringComparison.Ordinal)
            || (name.EndsWith(".key", StringComparison.Ordinal) && name.Length > 4);
    }

    /// <summary>A shell variable that by its name holds a secret: <c>$github_token</c>, <c>${aws_secret_access_key}</c>.</summary>
    internal static bool HasSecretVariable(string word)
    {
        int dollar = word.IndexOf('$');
        if (dollar < 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = word.AsSpan(dollar + 1);
        return rest.Contains("token", StringComparison.Ordinal) || rest.Contains("secret", StringComparison.Ordinal)
            || rest.Contains("password", StringComparison.Ordinal) || rest.Contains("api_key", StringComparison.Ordinal)
            || rest.Contains("apikey", StringComparison.Ordinal) || rest.Contains("private_key", StringComparison.Ordinal);
    }

    private static bool AnyArg(CommandSegment s, Func<string, bool> test)
    {
        ReadOnlySpan<string> words = s.Words;
        for (int i = 1; i < words.Length; i++)
        {
            if (test(words[i]))
            {
                return true;
            }
        }

        return false;
    }
}
