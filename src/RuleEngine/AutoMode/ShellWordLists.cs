using System.Collections.Frozen;

namespace RuleEngine.AutoMode;

/// <summary>The word lists of auto-mode.md §2.2 and §2.3 (2.1.329), all lower-case.</summary>
internal static class ShellWordLists
{
    /// <summary>The interpreter list <c>P</c>: commands that run arbitrary code given to them.</summary>
    public static readonly string[] Interpreters =
    [
        "python", "python3", "python2", "node", "deno", "tsx", "ruby", "perl", "php", "lua", "npx", "bunx", "pnpx",
        "npm run", "yarn run", "pnpm run", "bun run", "npm exec", "npm x", "pnpm exec", "pnpm dlx", "yarn exec",
        "yarn dlx", "bun exec", "bun x", "bash", "sh", "ssh", "zsh", "fish", "eval", "exec", "env", "xargs", "sudo",
    ];

    /// <summary>The wrapper words <c>W</c>: commands that run the command given after them.</summary>
    public static readonly string[] Wrappers =
    [
        "sh", "bash", "zsh", "fish", "csh", "tcsh", "ksh", "mksh", "dash", "ash", "hush", "rbash", "rsh", "busybox",
        "toybox", "wsl", "cmd", "powershell", "pwsh", "env", "xargs", "command", "builtin", "noglob", "nice", "stdbuf",
        "nohup", "timeout", "time", "watch", "ionice", "chrt", "setsid", "taskset", "strace", "ltrace", "script",
        "flock", "unshare", "nsenter", "sandbox-exec", "sudo", "doas", "pkexec", "su", "runuser",
    ];

    /// <summary>The extra PowerShell entries of <c>P</c> (§2.3).</summary>
    public static readonly string[] PowerShellExtras =
    [
        "pwsh", "powershell", "cmd", "wsl", "iex", "invoke-expression", "icm", "invoke-command", "start-process",
        "saps", "start", "start-job", "sajb", "start-threadjob", "invoke-wmimethod", "iwmi", "invoke-cimmethod", "icim",
        "wmic", "register-objectevent", "register-engineevent", "register-wmievent", "register-scheduledjob",
        "new-pssession", "nsn", "enter-pssession", "etsn", "add-type", "new-object",
    ];

    /// <summary>PowerShell entries that count only for rule 2 (§2.3).</summary>
    public static readonly string[] PowerShellRule2Only = ["get-module", "gmo", "module"];

    /// <summary>The word lists used for one shell.</summary>
    public static readonly ShellWordList Bash = new ShellWordList(Interpreters, Interpreters);

    /// <summary>The PowerShell word lists.</summary>
    public static readonly ShellWordList PowerShell = new ShellWordList(
        [.. Interpreters, .. PowerShellExtras],
        [.. Interpreters, .. PowerShellExtras, .. PowerShellRule2Only]);
}
