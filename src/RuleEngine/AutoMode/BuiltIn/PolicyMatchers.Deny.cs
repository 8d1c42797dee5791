namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>soft_deny and hard_deny matchers.</summary>
internal static partial class PolicyMatchers
{
    public static bool IsSecretExfiltration(ActionView v)
    {
        IReadOnlyList<CommandSegment> segs = v.Segments;
        bool secretUpstream = false;
        for (int i = 0; i < segs.Count; i++)
        {
            CommandSegment s = segs[i];
            if (!s.PipedFromPrevious)
            {
                secretUpstream = false;
            }

            bool sender = s_senders.Contains(s.Command) || (s.Command is "aws" or "gsutil" && s.HasArg("cp"));
            if (sender)
            {
                if (secretUpstream || AnyArg(s, w => IsSecretPath(w) || HasSecretVariable(w)))
                {
                    return true;
                }
            }

            if (s.Count > 0 && AnyArg(s, IsSecretPath) && !sender)
            {
                secretUpstream = true;
            }
        }

        return false;
    }

    public static bool IsDownloadAndExecute(ActionView v)
    {
        IReadOnlyList<CommandSegment> segs = v.Segments;
        for (int i = 1; i < segs.Count; i++)
        {
            if (segs[i].PipedFromPrevious && ExecutesStdin(segs[i]))
            {
                for (int j = i - 1; j >= 0; j--)
                {
                    if (s_downloaders.Contains(segs[j].Command))
                    {
                        return true;
                    }

                    if (!segs[j].PipedFromPrevious)
                    {
                        break;
                    }
                }
            }
        }

        // `bash <(curl …)`, `sh -c "$(wget -O- …)"`: a shell whose script is a download.
        return Any(v, s => s_shells.Contains(s.Command) && AnyArg(s, w =>
            (w.StartsWith("<(", StringComparison.Ordinal) || w.StartsWith("$(", StringComparison.Ordinal))
            && (w.Contains("curl", StringComparison.Ordinal) || w.Contains("wget", StringComparison.Ordinal))));
    }

    // A piped-into command that executes its stdin: a shell without `-c`, or an interpreter given no script, `-c`, `-e` or `-m`
    // (`curl … | python3 -m json.tool` only formats the download).
    private static bool ExecutesStdin(CommandSegment s)
    {
        if (!s_shells.Contains(s.Command))
        {
            return false;
        }

        if (s.Command is "sh" or "bash" or "zsh" or "dash" or "ksh" or "fish" or "iex" or "invoke-expression" or "pwsh" or "powershell")
        {
            return !(s.HasArg("-c") || s.HasArg("-command"));
        }

        return !(s.HasArg("-c") || s.HasArg("-e") || s.HasArg("-m") || s.HasArg("-r") || s.HasArg("-p") || s.HasArg("--eval") || s.HasArg("--print"))
            && (s.Positional() is null or "-");
    }

    public static bool IsForcePush(ActionView v) => Any(v, s =>
        s.Is("git", "push") && (s.HasShortFlag('f', "--force") || s.HasArgStartingWith("--force") || s.HasArg("--mirror")
            || s.HasArg("--delete") || s.HasShortFlag('d') || AnyArg(s, w => w.Length > 1 && (w[0] == '+' || (w[0] == ':' && w != ":")))));

    public static bool IsDiscardWork(ActionView v) => Any(v, s =>
        (s.Is("git", "reset") && s.HasArg("--hard"))
        || (s.Is("git", "checkout") && (s.HasArg("--") || s.HasArg(".") || s.HasShortFlag('f', "--force")) && (s.HasArg(".") || s.HasArg(":/")))
        || (s.Is("git", "restore") && (s.HasArg(".") || s.HasArg(":/")) && !s.HasArg("--staged"))
        || (s.Is("git", "clean") && s.HasShortFlag('f', "--force"))
        || (s.Is("git", "stash") && (s.HasArg("drop") || s.HasArg("clear"))));

    public static bool IsBranchForceDelete(ActionView v) => Any(v, s =>
        s.Is("git", "branch") && (s.HasShortFlag('D') || (s.HasShortFlag('d', "--delete") && s.HasShortFlag('f', "--force"))
            || (s.HasArg("--delete") && s.HasArg("--force"))));

    public static bool IsHistoryRewrite(ActionView v) => Any(v, s =>
        s.Is("git", "filter-branch") || s.Is("git", "filter-repo") || (s.Is("git", "reflog") && s.HasArg("expire"))
        || (s.Is("git", "gc") && s.HasArgStartingWith("--prune=now")) || (s.Is("git", "update-ref") && s.HasArg("-d")));

    public static bool IsOutOfTreeDelete(ActionView v) => Any(v, s =>
    {
        string c = s.Command;
        if (c is "rm" or "rmdir" or "shred" or "unlink" or "remove-item" or "rd" or "del")
        {
            bool recursiveOrForce = s.HasShortFlag('r', "--recursive") || s.HasShortFlag('R') || s.HasShortFlag('f', "--force") || c is "shred" or "remove-item";
            return AnyArg(s, w => !w.StartsWith('-') && (IsRootLike(w) || IsUnresolved(w) || (recursiveOrForce && v.IsOutsideProject(w) && !IsSpecificScratchPath(w))));
        }

        if (c == "find" && (s.HasArg("-delete") || s.HasArg("-exec") && s.HasArg("rm")))
        {
            string? root = s.Positional();
            return root is not null && (IsRootLike(root) || v.IsOutsideProject(root));
        }

        return c is "mkfs" or "wipefs" || c.StartsWith("mkfs.", StringComparison.Ordinal) || (c == "dd" && s.HasArgStartingWith("of=/dev/"));
    });

    // `/tmp/build-123` is a specific scratch path; `/tmp/*` (a wildcard in shared scratch space) is not.
    private static bool IsSpecificScratchPath(string w) =>
        (w.StartsWith("/tmp/", StringComparison.Ordinal) || w.StartsWith("/var/tmp/", StringComparison.Ordinal))
        && w.IndexOf('*') < 0 && !w.Contains("..", StringComparison.Ordinal) && w.TrimEnd('/') is not ("/tmp" or "/var/tmp");

    private static bool IsRootLike(string w) =>
        w is "/" or "/*" or "~" or "~/" or "~/*" or "$home" or "${home}" or "$home/" or "$home/*" or "*" or "." or "./*" or ".."
        || (w.Length > 1 && w[0] == '/' && w.IndexOf('/', 1) < 0 && w is "/etc" or "/usr" or "/bin" or "/var" or "/home" or "/opt" or "/lib" or "/boot" or "/system" or "/users");

    // `$dir/x` where the variable is not known to be set: rm -rf "$BUILD_DIR/" with BUILD_DIR empty is rm -rf /.
    private static bool IsUnresolved(string w) => (w.StartsWith('$') || w.Contains("/$", StringComparison.Ordinal)) && !w.StartsWith("$(", StringComparison.Ordinal) && !w.StartsWith("$pwd", StringComparison.Ordinal);

    public static bool IsCloudBulkDelete(ActionView v) => Any(v, s =>
        (s.Command == "aws" && s.HasArg("s3") && ((s.HasArg("rm") && s.HasArg("--recursive")) || (s.HasArg("rb") && s.HasArg("--force"))))
        || (s.Command == "gsutil" && (s.HasArg("rm") && (s.HasShortFlag('r') || s.HasShortFlag('a')) || s.HasArg("rb")))
        || (s.Command == "gcloud" && s.HasArg("storage") && s.HasArg("rm") && s.HasArg("--recursive"))
        || (s.Command == "az" && s.HasArg("storage") && s.HasArg("delete-batch")));

    public static bool IsInfrastructureDestroy(ActionView v) => Any(v, s =>
        s.Is("terraform", "destroy") || s.Is("tofu", "destroy") || (s.Is("terraform", "apply") && s.HasArg("-destroy"))
        || s.Is("pulumi", "destroy") || s.Is("cdk", "destroy") || s.Is("cdktf", "destroy")
        || (s.Is("kubectl", "delete") && AnyArg(s, w => w is "namespace" or "ns" or "namespaces" or "pv" or "pvc" or "node" or "nodes" or "crd"
            || w.StartsWith("namespace/", StringComparison.Ordinal) || w.StartsWith("ns/", StringComparison.Ordinal)))
        || (s.Command == "helm" && s.HasArg("uninstall") && HasProductionWord(s))
        || (s.Command == "aws" && AnyArg(s, w => w is "delete-stack" or "terminate-instances" or "delete-db-instance" or "delete-db-cluster" or "delete-bucket" or "delete-table"))
        || (s.Command == "gcloud" && s.HasArg("delete") && AnyArg(s, w => w is "projects" or "instances" or "sql" or "clusters"))
        || (s.Command == "az" && s.HasArg("group") && s.HasArg("delete"))
        || s.Command is "dropdb"
        || (s.Command is "psql" or "mysql" or "sqlite3" or "mongosh" && AnyArg(s, w => w is "drop" or "truncate")));

    // `prod`, `production`, `prd` as a token of an argument (`--context=prod-eu`, `k8s/production/`), not `product`.
    private static bool HasProductionWord(CommandSegment s) => AnyArg(s, w =>
    {
        foreach (string token in w.Split(s_tokenSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token is "prod" or "production" or "prd")
            {
                return true;
            }
        }

        return false;
    });

    private static readonly char[] s_tokenSeparators = ['-', '_', '.', '/', ':', '=', '@', ','];

    public static bool IsProductionDeploy(ActionView v) => Any(v, s =>
        (s.Is("terraform", "apply") && (s.HasArg("-auto-approve") || s.HasArg("--auto-approve")))
        || (s.Is("pulumi", "up") && (s.HasArg("--yes") || s.HasShortFlag('y')) && HasProductionWord(s))
        || (s.Command is "kubectl" or "helm" && AnyArg(s, w => w is "apply" or "rollout" or "scale" or "upgrade" or "install" or "patch" or "set" or "replace") && HasProductionWord(s))
        || (s.Command is "vercel" or "netlify" && (s.HasArg("--prod") || s.HasArg("--production")))
        || (s.Command is "fly" or "flyctl" && s.HasArg("deploy"))
        || (s.Command == "firebase" && s.HasArg("deploy"))
        || (s.Command is "serverless" or "sls" && s.HasArg("deploy") && HasProductionWord(s))
        || (s.Command == "gcloud" && s.HasArg("deploy"))
        || (s.Command == "eb" && s.HasArg("deploy"))
        || (s.Command is "cap" or "kamal" && (s.HasArg("deploy") || HasProductionWord(s)))
        || (s.Command == "git" && s.HasArg("push") && AnyArg(s, w => w is "production" or "prod" || w.EndsWith(":production", StringComparison.Ordinal) || w.StartsWith("heroku", StringComparison.Ordinal))));

    public static bool IsClusterWide(ActionView v) => Any(v, s =>
        s.Is("kubectl", "drain") || s.Is("kubectl", "cordon") || s.Is("kubectl", "taint")
        || (s.Is("kubectl", "delete") && (s.HasArg("--all") || s.HasArg("--all-namespaces") || s.HasArg("-a"))));

    public static bool IsPermissionGrant(ActionView v) => Any(v, s =>
        (s.Command == "aws" && s.HasArg("iam") && AnyArg(s, w => w.StartsWith("attach-", StringComparison.Ordinal) || w.StartsWith("put-", StringComparison.Ordinal)
            || w is "create-access-key" or "add-user-to-group" or "create-user" or "create-login-profile" or "update-assume-role-policy"))
        || (s.Command == "gcloud" && AnyArg(s, w => w is "add-iam-policy-binding" or "set-iam-policy"))
        || (s.Command == "az" && s.HasArg("role") && s.HasArg("assignment") && s.HasArg("create"))
        || (s.Command == "kubectl" && s.HasArg("create") && AnyArg(s, w => w is "clusterrolebinding" or "rolebinding"))
        || (s.Command == "gh" && s.HasArg("api") && AnyArg(s, w => w.Contains("/collaborators/", StringComparison.Ordinal)))
        || (s.Command == "gsutil" && s.HasArg("iam") && s.HasArg("ch"))
        || (s.Command is "usermod" && s.HasShortFlag('G'))
        || s.Command is "visudo" || (!s_readOnly.Contains(s.Command) && AnyArg(s, w => w.StartsWith("/etc/sudoers", StringComparison.Ordinal))));

    public static bool IsSecretStoreWrite(ActionView v) => Any(v, s =>
        (s.Command == "gh" && s.HasArg("secret") && s.HasArg("set"))
        || (s.Command == "aws" && AnyArg(s, w => w is "put-secret-value" or "create-secret" or "update-secret" or "put-parameter"))
        || (s.Command == "vault" && AnyArg(s, w => w is "put" or "write" or "patch"))
        || (s.Command == "kubectl" && s.HasArg("create") && s.HasArg("secret"))
        || (s.Command == "gcloud" && s.HasArg("secrets") && AnyArg(s, w => w is "create" or "versions" && s.HasArg("add"))));

    public static bool HasSafetyBypass(ActionView v)
    {
        if (v.Lower.Contains("[skip ci]", StringComparison.Ordinal) || v.Lower.Contains("[ci skip]", StringComparison.Ordinal))
        {
            return true;
        }

        return Any(v, s =>
        {
            ReadOnlySpan<string> all = s.AllWords;
            foreach (string w in all)
            {
                if (w is "--insecure" or "--no-verify" or "--dangerously-skip-permissions" or "--no-check-certificate" or "--allow-unauthenticated"
                    or "--skip-tls-verify" or "--insecure-skip-tls-verify" or "--disable-ssl-verification" or "--allow-dangerously-skip-permissions"
                    || w.StartsWith("--trusted-host", StringComparison.Ordinal) || w.StartsWith("node_tls_reject_unauthorized=0", StringComparison.Ordinal)
                    || w.StartsWith("git_ssl_no_verify=", StringComparison.Ordinal) || w.StartsWith("pythonhttpsverify=0", StringComparison.Ordinal)
                    || w == "stricthostkeychecking=no" || w == "http.sslverify=false" || w == "--permission-mode=bypasspermissions")
                {
                    return true;
                }
            }

            return (s.Command is "curl" && s.HasArg("-k"))
                || (s.Command == "git" && s.HasArg("config") && s.HasArg("http.sslverify") && s.HasArg("false"))
                || (s.Command is "npm" or "yarn" or "pnpm" && s.HasArg("config") && s.HasArg("strict-ssl") && s.HasArg("false"))
                || (s.Command == "claude" && s.HasArg("--permission-mode") && s.HasArg("bypasspermissions"))
                || (s.Command is "setenforce" && s.HasArg("0"))
                || (s.Command is "ufw" && s.HasArg("disable"))
                || (s.Command is "spctl" && s.HasArg("--master-disable"));
        });
    }

    public static bool IsWorldWritable(ActionView v) => Any(v, s =>
        s.Command == "chmod" && AnyArg(s, w => w is "777" or "666" or "0777" or "a+w" or "o+w" or "a+rwx" or "o+rwx" or "ugo+rwx"));

    public static bool IsPersistence(ActionView v)
    {
        if (v.FilePath is string path)
        {
            return IsPersistencePath(path.ToLowerInvariant());
        }

        return Any(v, s =>
            (s.Command == "crontab" && !s.HasArg("-l"))
            || (s.Command == "launchctl" && AnyArg(s, w => w is "load" or "bootstrap" or "enable" or "submit"))
            || (s.Command == "systemctl" && AnyArg(s, w => w is "enable" or "link" or "preset") )
            || s.Command is "at" or "batch"
            || (s.Command == "schtasks" && s.HasArg("/create"))
            || Redirects(s, IsPersistencePath)
            || (s.Command is "tee" or "cp" or "mv" or "ln" or "install" && AnyArg(s, IsPersistencePath)));
    }

    internal static bool IsPersistencePath(string p) =>
        p.Contains("launchagents/", StringComparison.Ordinal) || p.Contains("launchdaemons/", StringComparison.Ordinal)
        || p.Contains("/etc/cron", StringComparison.Ordinal) || p.Contains("/systemd/", StringComparison.Ordinal)
        || p.Contains("authorized_keys", StringComparison.Ordinal) || p.EndsWith("/.bashrc", StringComparison.Ordinal)
        || p.EndsWith("/.zshrc", StringComparison.Ordinal) || p.EndsWith("/.profile", StringComparison.Ordinal)
        || p.EndsWith("/.bash_profile", StringComparison.Ordinal) || p.EndsWith("/.zprofile", StringComparison.Ordinal)
        || p.EndsWith("/.zshenv", StringComparison.Ordinal) || p.Contains("/.config/autostart", StringComparison.Ordinal)
        || p is "~/.bashrc" or "~/.zshrc" or "~/.profile";

    private static bool Redirects(CommandSegment s, Func<string, bool> target)
    {
        string[] all = s.AllWords;
        for (int i = 0; i + 1 < all.Length; i++)
        {
            if (all[i] is ">" or ">>" or ">|" && target(all[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsSelfModification(ActionView v)
    {
        if (v.FilePath is string path)
        {
            return IsAgentConfigPath(path.ToLowerInvariant());
        }

        return Any(v, s =>
            Redirects(s, IsAgentConfigPath)
            || (s.Command is "tee" or "cp" or "mv" or "rm" or "ln" or "touch" or "chmod" or "truncate" && AnyArg(s, IsAgentConfigPath))
            || (s.Command is "sed" or "perl" && (s.HasShortFlag('i') || s.HasArgStartingWith("-i")) && AnyArg(s, IsAgentConfigPath))
            || (s.Command == "claude" && AnyArg(s, w => w is "config" or "mcp") && AnyArg(s, w => w is "set" or "add" or "remove")));
    }

    internal static bool IsAgentConfigPath(string p) =>
        (p.Contains(".claude/settings", StringComparison.Ordinal) || p.Contains(".claude/hooks", StringComparison.Ordinal)
            || p.EndsWith(".claude.json", StringComparison.Ordinal) || p.Contains("managed-settings", StringComparison.Ordinal)
            || p.Contains(".claude/agents", StringComparison.Ordinal) || p.Contains(".mcp.json", StringComparison.Ordinal))
        && !p.EndsWith("claude.md", StringComparison.Ordinal);

    public static bool IsLogTampering(ActionView v) => Any(v, s =>
        (s.Command == "history" && s.HasShortFlag('c'))
        || AnyArg(s, w => w is "histfile=/dev/null" || w.EndsWith("_history", StringComparison.Ordinal) && s.Command is "rm" or "shred" or "truncate")
        || (s.Command is "unset" && s.HasArg("histfile"))
        || (s.AllWords.Length > 0 && s.AllWords[0].StartsWith("histfile=", StringComparison.Ordinal))
        || (s.Command is "rm" or "shred" or "truncate" && AnyArg(s, w => w.StartsWith("/var/log", StringComparison.Ordinal)))
        || Redirects(s, w => w.StartsWith("/var/log", StringComparison.Ordinal) || w.EndsWith("_history", StringComparison.Ordinal))
        || (s.Command == "journalctl" && AnyArg(s, w => w.StartsWith("--vacuum", StringComparison.Ordinal) || w == "--rotate"))
        || (s.Command == "auditctl" && s.HasArg("-d"))
        || (s.Command == "wevtutil" && s.HasArg("cl")));

    public static bool IsExposure(ActionView v) => Any(v, s =>
        s.Command is "ngrok" or "localtunnel" or "lt" or "serveo" or "localxpose" or "bore"
        || (s.Command == "cloudflared" && s.HasArg("tunnel"))
        || (s.Command == "ssh" && s.HasShortFlag('R'))
        || (s.Command is "python" or "python3" && s.HasArg("-m") && s.HasArg("http.server") && !BindsLoopback(s))
        || (s.Command == "php" && s.HasArg("-S") && AnyArg(s, w => w.StartsWith("0.0.0.0", StringComparison.Ordinal)))
        || (s.Command is "nc" or "ncat" or "netcat" && s.HasShortFlag('l'))
        || (s.Command == "socat" && AnyArg(s, w => w.StartsWith("tcp-listen", StringComparison.Ordinal) || w.StartsWith("tcp4-listen", StringComparison.Ordinal)))
        || (!s_readOnly.Contains(s.Command) && AnyArg(s, w => w is "0.0.0.0" or "--host=0.0.0.0" or "--bind=0.0.0.0" or "--listen=0.0.0.0" || w.StartsWith("0.0.0.0:", StringComparison.Ordinal)))
        || (s.Command == "tailscale" && s.HasArg("funnel")));

    private static bool BindsLoopback(CommandSegment s) =>
        AnyArg(s, w => w is "127.0.0.1" or "localhost" or "::1" || w.StartsWith("--bind=127.", StringComparison.Ordinal));

    public static bool IsPublish(ActionView v) => Any(v, s =>
        (s.Command is "npm" or "pnpm" or "yarn" && s.HasArg("publish"))
        || (s.Command is "docker" or "podman" && s.HasArg("push"))
        || (s.Command is "cargo" && s.HasArg("publish"))
        || (s.Command is "twine" && s.HasArg("upload"))
        || (s.Command is "gem" && s.HasArg("push"))
        || (s.Command is "poetry" or "uv" or "flit" or "hatch" && s.HasArg("publish"))
        || (s.Command == "dotnet" && s.HasArg("nuget") && s.HasArg("push"))
        || (s.Command == "gh" && ((s.HasArg("repo") && (s.HasArg("--public") || (s.HasArg("edit") && AnyArg(s, w => w is "public" or "--visibility=public"))))
            || (s.HasArg("gist") && s.HasArg("create") && (s.HasArg("--public") || s.HasArg("-p")))))
        || (s.Command is "aws" or "gsutil" && AnyArg(s, w => w is "public-read" or "public-read-write" or "--acl=public-read" or "allusers:r" or "allusers:read")));

    public static bool IsCredentialAccess(ActionView v) => Any(v, s =>
        (s.Command is "cat" or "less" or "more" or "head" or "tail" or "bat" or "base64" or "xxd" or "strings" or "type" or "get-content" or "gc" && AnyArg(s, IsSecretPath))
        || (s.Command is "find" or "locate" or "fd" && AnyArg(s, w => w.Contains("id_rsa", StringComparison.Ordinal) || w.Contains("*.pem", StringComparison.Ordinal) || w == ".env" || w.Contains("credentials", StringComparison.Ordinal)) && AnyArg(s, w => w is "/" or "~" || w.StartsWith("/home", StringComparison.Ordinal) || w.StartsWith("/users", StringComparison.Ordinal)))
        || (s.Command is "grep" or "rg" && (s.HasShortFlag('r') || s.Command == "rg") && AnyArg(s, w => w.Contains("password", StringComparison.Ordinal) || w.Contains("secret", StringComparison.Ordinal) || w.Contains("api_key", StringComparison.Ordinal)) && AnyArg(s, w => w is "/" or "~" or "/home" or "/users" or "~/"))
        || (s.Command == "security" && AnyArg(s, w => w is "find-generic-password" or "find-internet-password" or "dump-keychain"))
        || (s.Command == "aws" && s.HasArg("get-secret-value"))
        || (s.Command == "gcloud" && s.HasArg("secrets") && s.HasArg("access"))
        || (s.Command == "vault" && AnyArg(s, w => w is "read" or "get"))
        || (s.Command == "kubectl" && s.HasArg("get") && AnyArg(s, w => w is "secret" or "secrets" || w.StartsWith("secret/", StringComparison.Ordinal)) && AnyArg(s, w => w.StartsWith("-o", StringComparison.Ordinal) || w == "--output"))
        || (s.Command == "gh" && s.HasArg("auth") && s.HasArg("token")));

    public static bool IsRemoteRedirect(ActionView v) => Any(v, s =>
        (s.Is("git", "remote") && AnyArg(s, w => w is "set-url" or "add" or "rename"))
        || (s.Is("git", "config") && AnyArg(s, w => w.StartsWith("remote.", StringComparison.Ordinal) && w.EndsWith(".url", StringComparison.Ordinal) || w.StartsWith("url.", StringComparison.Ordinal)))
        || (s.Command is "npm" or "pnpm" or "yarn" && (s.HasArgStartingWith("--registry") || (s.HasArg("config") && s.HasArg("set") && AnyArg(s, w => w.Contains("registry", StringComparison.Ordinal)))))
        || (s.Command is "pip" or "pip3" or "uv" && AnyArg(s, w => w.StartsWith("--index-url", StringComparison.Ordinal) || w.StartsWith("--extra-index-url", StringComparison.Ordinal) || w.StartsWith("-i", StringComparison.Ordinal) && w.Length > 2 || w == "-i" || w.Contains("index-url", StringComparison.Ordinal) && s.HasArg("config"))));

    public static bool IsUnreviewedMerge(ActionView v) => Any(v, s =>
        (s.Command == "gh" && s.HasArg("pr") && ((s.HasArg("merge") && s.HasArg("--admin")) || (s.HasArg("review") && (s.HasArg("--approve") || s.HasArg("-a"))))));

    public static bool IsSystemFileWrite(ActionView v)
    {
        if (v.FilePath is string path)
        {
            return IsSystemPath(path.ToLowerInvariant());
        }

        return Any(v, s =>
            Redirects(s, IsSystemPath)
            || (s.Command is "tee" or "cp" or "mv" or "ln" or "install" or "chown" or "chmod" or "touch" or "mkdir" && AnyArg(s, IsSystemPath))
            || (s.Command is "sed" && s.HasArgStartingWith("-i") && AnyArg(s, IsSystemPath)));
    }

    private static bool IsSystemPath(string p) =>
        p.StartsWith("/etc/", StringComparison.Ordinal) || p.StartsWith("/usr/", StringComparison.Ordinal) || p.StartsWith("/bin/", StringComparison.Ordinal)
        || p.StartsWith("/sbin/", StringComparison.Ordinal) || p.StartsWith("/system/", StringComparison.Ordinal) || p.StartsWith("/library/", StringComparison.Ordinal)
        || p.StartsWith("/boot/", StringComparison.Ordinal) || p.StartsWith("c:/windows", StringComparison.Ordinal) || p.StartsWith("c:\\windows", StringComparison.Ordinal);
}
