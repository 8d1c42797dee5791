using System.Collections.Immutable;
using RuleEngine.AutoMode.Configuration;
using static RuleEngine.AutoMode.BuiltIn.PolicyMatchers;

namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>
/// The built-in classifier policy (auto-mode.md §5, in this project's own words). This list is what
/// <c>"$defaults"</c> expands to and what <c>rulec auto-mode defaults</c> prints. Order matters only for
/// reporting: hard_deny entries are checked first, then soft_deny, then allow.
/// </summary>
public static class BuiltInPolicy
{
    private const AutoModeSection Env = AutoModeSection.Environment;
    private const AutoModeSection Allow = AutoModeSection.Allow;
    private const AutoModeSection Soft = AutoModeSection.SoftDeny;
    private const AutoModeSection Hard = AutoModeSection.HardDeny;

    /// <summary>Every built-in entry, grouped by section (environment, allow, soft_deny, hard_deny).</summary>
    public static ImmutableArray<BuiltInRule> Rules { get; } =
    [
        new("env.trusted-repo", "trust boundary", Env, "Trusted repository: the git repository in the working directory and the remotes it already has configured."),
        new("env.untrusted-default", "trust boundary", Env, "Anything not named as trusted here (hosts, buckets, registries, organisations) is outside the trust boundary."),
        new("env.host", "host", Env, "The agent runs on a developer machine; the working directory is the project and the home directory belongs to the developer."),
        new("env.sensitive-data", "sensitive data", Env, "Sensitive data: credentials, keys, tokens, .env files, SSH and cloud configuration, customer or personal data, private source code."),
        new("env.production", "deployments", Env, "Production systems and namespaces are protected; staging and local environments are not, unless stated otherwise."),
        new("env.registry", "package registry", Env, "Packages come from the registries the project's manifests and lock files already use."),

        new("allow.project-files", "local file operations", Allow, "Creating, editing, moving and deleting files inside the project working directory.", IsProjectFileOperation),
        new("allow.read-only", "read-only queries", Allow, "Read-only commands and queries that print no secrets (listing, searching, status, logs, diffs).", IsReadOnlyQuery),
        new("allow.declared-dependencies", "declared dependencies", Allow, "Installing dependencies already declared in the repository's manifests or lock files, without naming new packages.", IsDeclaredDependencyInstall),
        new("allow.build-and-test", "build and test", Allow, "Building, testing, linting and formatting the project with its own toolchain.", IsBuildOrTest),
        new("allow.session-repo-push", "version control", Allow, "Pushing (without force) to a branch of the session's own repository; the destination alone is not a reason to block.", IsPlainPush),
        new("allow.memory", "agent memory", Allow, "Writing the agent's memory directory and CLAUDE.md files.", IsMemoryWrite),
        new("allow.security-work", "security work", Allow, "Discussing, reading or writing security-related code, tests and placeholder credentials."),
        new("allow.transient-retry", "retries", Allow, "Retrying a command after a transient failure, as long as the retry is not disguised or altered to evade a block."),
        new("allow.intended-provider", "credentials", Allow, "Sending a credential from the project's configuration to the provider it was issued for."),
        new("allow.own-jobs", "agent jobs", Allow, "Stopping or deleting jobs, processes and resources the agent itself created in this session."),
        new("allow.cooperating-agents", "agents", Allow, "Messages between cooperating agents of the same session."),

        new("soft.download-execute", "running code from outside", Soft, "Downloading code and executing it in one step (`curl … | sh`, `bash <(wget …)`).", IsDownloadAndExecute, ["sh", "bash", "zsh", "dash", "ksh", "fish", "python", "python3", "node", "perl", "ruby", "php", "iex", "invoke-expression", "pwsh", "powershell"]),
        new("soft.force-push", "destructive version control", Soft, "Force pushes and pushes that delete or overwrite remote refs.", IsForcePush, ["git"]),
        new("soft.discard-work", "destructive version control", Soft, "Discarding uncommitted work: `git reset --hard`, `git checkout -- .`, `git restore .`, `git clean -f`, `git stash drop|clear`.", IsDiscardWork, ["git"]),
        new("soft.delete-branch", "destructive version control", Soft, "Force-deleting local branches (`git branch -D`).", IsBranchForceDelete, ["git"]),
        new("soft.rewrite-history", "destructive version control", Soft, "Rewriting history or expiring recovery data (`git filter-branch`, `git filter-repo`, `git reflog expire`, `git gc --prune=now`).", IsHistoryRewrite, ["git"]),
        new("soft.mass-delete", "irreversible deletion", Soft, "Recursive or forced deletion outside the project, of the home directory or the filesystem root, or of a target built from an unresolved variable.", IsOutOfTreeDelete, ["rm", "rmdir", "shred", "unlink", "remove-item", "rd", "del", "find", "mkfs", "wipefs", "dd", "mkfs.ext4", "mkfs.xfs", "mkfs.vfat", "mkfs.btrfs", "mkfs.fat"]),
        new("soft.cloud-delete", "irreversible deletion", Soft, "Bulk deletion in cloud storage (`aws s3 rm --recursive`, `gsutil rm -r`, `aws s3 rb --force`).", IsCloudBulkDelete, ["aws", "gsutil", "gcloud", "az"]),
        new("soft.infra-destroy", "production and infrastructure", Soft, "Destroying infrastructure or stateful resources (`terraform destroy`, `pulumi destroy`, `cdk destroy`, deleting namespaces, stacks, databases or instances).", IsInfrastructureDestroy, ["terraform", "tofu", "pulumi", "cdk", "cdktf", "kubectl", "helm", "aws", "gcloud", "az", "dropdb", "psql", "mysql", "sqlite3", "mongosh"]),
        new("soft.production-deploy", "production and infrastructure", Soft, "Deploying to production or applying infrastructure changes without review (`terraform apply -auto-approve`, production contexts, `--prod`).", IsProductionDeploy, ["terraform", "pulumi", "kubectl", "helm", "vercel", "netlify", "fly", "flyctl", "firebase", "serverless", "sls", "gcloud", "eb", "cap", "kamal", "git"]),
        new("soft.cluster-nodes", "shared systems", Soft, "Changing node lifecycle or cluster-wide state (`kubectl drain`, `kubectl cordon`, `kubectl delete --all`).", IsClusterWide, ["kubectl"]),
        new("soft.iam-grant", "permissions and accounts", Soft, "Granting IAM roles, policies, access keys, repository collaborators or cluster role bindings.", IsPermissionGrant),
        new("soft.secret-store-write", "permissions and accounts", Soft, "Writing secret stores (`gh secret set`, `aws secretsmanager put-secret-value`, `vault kv put`, `kubectl create secret`).", IsSecretStoreWrite, ["gh", "aws", "vault", "kubectl", "gcloud"]),
        new("soft.safety-bypass", "weakening security", Soft, "Flags and settings that switch off safety checks: `--insecure`, `--no-verify`, `--dangerously-skip-permissions`, disabled TLS verification, `[skip ci]`.", HasSafetyBypass),
        new("soft.world-writable", "weakening security", Soft, "Making files world-writable or executable by everyone (`chmod 777`, `chmod -R a+w`).", IsWorldWritable, ["chmod"]),
        new("soft.persistence", "agent safety", Soft, "Persistence: cron jobs, launch agents, systemd units enabled at boot, shell start-up files, authorized_keys.", IsPersistence),
        new("soft.self-modification", "agent safety", Soft, "Changing the agent's own settings, hooks or permission configuration (`.claude/settings*.json`, `~/.claude`).", IsSelfModification),
        new("soft.log-tampering", "weakening security", Soft, "Clearing shell history, logs or audit trails.", IsLogTampering),
        new("soft.exposure", "exposure", Soft, "Exposing local services to the network or the internet: public tunnels (ngrok, cloudflared, `ssh -R`), servers bound to all interfaces, listening sockets.", IsExposure),
        new("soft.publish", "exposure", Soft, "Publishing packages, images or repositories publicly (`npm publish`, `docker push`, `cargo publish`, public repos and gists, public-read ACLs).", IsPublish, ["npm", "pnpm", "yarn", "docker", "podman", "cargo", "twine", "gem", "poetry", "uv", "flit", "hatch", "dotnet", "gh", "aws", "gsutil"]),
        new("soft.credential-access", "credentials and data", Soft, "Printing, copying or hunting for credentials (private keys, .env files, cloud credentials, secret managers).", IsCredentialAccess, ["cat", "less", "more", "head", "tail", "bat", "base64", "xxd", "strings", "type", "get-content", "gc", "find", "locate", "fd", "grep", "rg", "security", "aws", "gcloud", "vault", "kubectl", "gh"]),
        new("soft.redirect-remotes", "credentials and data", Soft, "Repointing git remotes, package registries or index URLs.", IsRemoteRedirect, ["git", "npm", "pnpm", "yarn", "pip", "pip3", "uv"]),
        new("soft.unreviewed-merge", "shared systems", Soft, "Merging pull requests with admin override or approving one's own pull request.", IsUnreviewedMerge, ["gh"]),
        new("soft.system-files", "agent safety", Soft, "Writing system files outside the project and home configuration (`/etc`, `/usr`, `/System`).", IsSystemFileWrite),
        new("soft.transactions", "real-world transactions", Soft, "Payments, orders and other real-world transactions."),
        new("soft.third-party", "attacks", Soft, "Scanning, flooding or attacking hosts the user does not own."),

        new("hard.exfiltration", "data exfiltration", Hard, "Sending secrets, credentials, private code or personal data to a destination outside the trust boundary.", IsSecretExfiltration),
    ];
}
