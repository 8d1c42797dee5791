namespace RuleEngine.Shell;

/// <summary>Deny/ask-only exec wrappers (bash.md §4.7): <c>sudo</c>, <c>env</c>, <c>watch</c>, … with their option values.</summary>
internal static partial class CommandNormalizer
{
    /// <summary>
    /// If <c>Words[index]</c> is an exec wrapper, the index of the command it runs (options, option values,
    /// <c>VAR=v</c> words and fixed positional arguments skipped); else -1. A form that runs a command
    /// <em>string</em> (<c>env -S</c>, <c>flock -c</c>, <c>script -c</c>) is not looked through.
    /// </summary>
    public static int SkipExecWrapper(SimpleCommand command, int index)
    {
        ReadOnlySpan<ShellWord> words = command.Words;
        if (index >= words.Length || words[index].Has(WordFlags.Unresolved))
        {
            return -1;
        }

        ExecWrapper spec = Lookup(BaseName(command.Line.Value(in words[index])));
        if (spec.Name is null)
        {
            return -1;
        }

        int j = index + 1;
        while (j < words.Length)
        {
            ReadOnlySpan<char> v = command.Line.Value(in words[j]);
            if (v is "--")
            {
                j++;
                break;
            }

            if (spec.Assignments && words[j].Has(WordFlags.AssignmentShape))
            {
                j++;
                continue;
            }

            if (v.StartsWith("--"))
            {
                if (spec.StringOption is not null && v.StartsWith(spec.StringLong))
                {
                    return -1;
                }

                int eq = v.IndexOf('=');
                j += eq < 0 && TakesValue(spec.LongWithValue, v) ? 2 : 1;
                continue;
            }

            if (v.Length > 1 && v[0] == '-')
            {
                int consumed = 1;
                for (int k = 1; k < v.Length; k++)
                {
                    if (spec.StringOption is { } so && v[k] == so)
                    {
                        return -1;
                    }

                    if (spec.ShortWithValue.Contains(v[k]))
                    {
                        consumed = k == v.Length - 1 ? 2 : 1;
                        break;
                    }
                }

                j += consumed;
                continue;
            }

            break;
        }

        j += spec.Positional;
        return j < words.Length ? j : -1;
    }

    private static readonly ExecWrapper s_env = new("env", "uC", ["--unset", "--chdir"], 0, true, 'S', "--split-string");
    private static readonly ExecWrapper s_sudo = new("sudo", "ugCDhprtTU", ["--user", "--group", "--close-from", "--chdir", "--host", "--prompt", "--role", "--type", "--command-timeout", "--other-user"], 0, true, null, null);
    private static readonly ExecWrapper s_doas = new("doas", "uC", [], 0, false, null, null);
    private static readonly ExecWrapper s_pkexec = new("pkexec", "", ["--user"], 0, false, null, null);
    private static readonly ExecWrapper s_watch = new("watch", "nq", ["--interval", "--equexit"], 0, false, null, null);
    private static readonly ExecWrapper s_ionice = new("ionice", "cnpPu", ["--class", "--classdata", "--pid", "--pgid", "--uid"], 0, false, null, null);
    private static readonly ExecWrapper s_setsid = new("setsid", "", [], 0, false, null, null);
    private static readonly ExecWrapper s_taskset = new("taskset", "", [], 1, false, null, null);
    private static readonly ExecWrapper s_chrt = new("chrt", "TPD", ["--sched-runtime", "--sched-period", "--sched-deadline"], 1, false, null, null);
    private static readonly ExecWrapper s_strace = new("strace", "abeEIoOpPsSuX", ["--output", "--expr", "--signal", "--trace", "--user", "--env", "--attach", "--string-limit"], 0, false, null, null);
    private static readonly ExecWrapper s_ltrace = new("ltrace", "aeEnopsuxlADF", ["--output", "--library"], 0, false, null, null);
    private static readonly ExecWrapper s_flock = new("flock", "Ew", ["--conflict-exit-code", "--timeout", "--wait"], 1, false, 'c', "--command");
    private static readonly ExecWrapper s_script = new("script", "EIOTmFt", ["--echo", "--log-in", "--log-out", "--log-timing", "--logging-format"], 1, false, 'c', "--command");
    private static readonly ExecWrapper s_unshare = new("unshare", "SGRw", ["--setuid", "--setgid", "--root", "--wd", "--map-user", "--map-group"], 0, false, null, null);
    private static readonly ExecWrapper s_nsenter = new("nsenter", "tSG", ["--target", "--setuid", "--setgid"], 0, false, null, null);
    private static readonly ExecWrapper s_sandbox_exec = new("sandbox-exec", "fnpD", [], 0, false, null, null);
    private static readonly ExecWrapper s_exec = new("exec", "a", [], 0, false, null, null);

    private static ExecWrapper Lookup(ReadOnlySpan<char> name) => name switch
    {
        "env" => s_env,
        "sudo" => s_sudo,
        "doas" => s_doas,
        "pkexec" => s_pkexec,
        "watch" => s_watch,
        "ionice" => s_ionice,
        "setsid" => s_setsid,
        "taskset" => s_taskset,
        "chrt" => s_chrt,
        "strace" => s_strace,
        "ltrace" => s_ltrace,
        "flock" => s_flock,
        "script" => s_script,
        "unshare" => s_unshare,
        "nsenter" => s_nsenter,
        "sandbox-exec" => s_sandbox_exec,
        "exec" => s_exec,
        _ => default,
    };

    private static bool TakesValue(string[] options, ReadOnlySpan<char> option)
    {
        foreach (string o in options)
        {
            if (option.SequenceEqual(o))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct ExecWrapper(string? Name, string ShortWithValue, string[] LongWithValue, int Positional, bool Assignments, char? StringOption, string? StringLong);
}
