using System.Collections.Immutable;
using RuleEngine.Evaluation.Bash;
using RuleEngine.Paths;
using RuleEngine.Settings;
using RuleEngine.Shell;

namespace RuleEngine.Evaluation;

// Bash words: where the effective command starts, and argv for the command-semantics checks.
public sealed partial class PermissionEngine
{
    /// <summary>
    /// Where the command starts after leading assignments of safe variables (any static value) and safe
    /// wrappers — what acceptEdits and the path checks look at. <paramref name="prefixed"/> tells whether
    /// anything was stripped (acceptEdits refuses a prefixed <c>touch</c>, bash.md §12).
    /// </summary>
    private static int EffectiveIndex(SimpleCommand cmd, out bool prefixed)
    {
        int index = SkipSafeNamedAssignments(cmd);
        if (index < cmd.AssignmentCount)
        {
            // An unsafe assignment stays part of the command: nothing built-in approves it.
            prefixed = true;
            return index;
        }

        while (index < cmd.Words.Length)
        {
            int next = CommandNormalizer.SkipSafeWrapper(cmd, index);
            if (next < 0 || next == index)
            {
                break;
            }

            index = next;
        }

        prefixed = index > 0;
        return index;
    }

    /// <summary>The argv the read-only set judges: safe-named assignments, then only <c>command</c>, <c>builtin</c> and <c>noglob</c> stripped.</summary>
    private static IReadOnlyList<ArgWord>? ReadOnlyArgv(SimpleCommand cmd)
    {
        int index = SkipSafeNamedAssignments(cmd);
        if (index < cmd.AssignmentCount)
        {
            return null;
        }

        while (index < cmd.Words.Length && cmd.Line.Value(cmd.Words[index]) is "command" or "builtin" or "noglob")
        {
            int next = CommandNormalizer.SkipSafeWrapper(cmd, index);
            if (next < 0 || next == index)
            {
                break;
            }

            index = next;
        }

        return ToArgv(cmd, index);
    }

    private static int SkipSafeNamedAssignments(SimpleCommand cmd)
    {
        int index = 0;
        while (index < cmd.AssignmentCount)
        {
            ShellWord w = cmd.Words[index];
            ReadOnlySpan<char> value = cmd.Line.Value(w);
            int eq = value.IndexOf('=');
            if (eq <= 0 || eq == value.Length - 1 || w.Has(WordFlags.Unresolved) || !CommandNormalizer.IsSafeVariableName(value[..eq]))
            {
                break;
            }

            index++;
        }

        return index;
    }

    private static List<ArgWord> ToArgv(SimpleCommand cmd, int start, List<ArgWord>? reuse = null)
    {
        ReadOnlySpan<ShellWord> words = cmd.Words;
        List<ArgWord> list = reuse ?? new List<ArgWord>(Math.Max(0, words.Length - start));
        list.Clear();
        for (int i = start; i < words.Length; i++)
        {
            list.Add(ArgWord.From(cmd.Line, words[i]));
        }

        return list;
    }

    // One argv list per thread for the subcommand being checked: checks read it and keep nothing of it, so
    // the next subcommand (or the next decision) refills it instead of allocating another.
    [ThreadStatic]
    private static List<ArgWord>? t_argv;

    private static List<ArgWord> RentArgv()
    {
        List<ArgWord>? list = t_argv;
        t_argv = null;
        return list ?? new List<ArgWord>(16);
    }

    private static void ReturnArgv(List<ArgWord> list)
    {
        if (list.Capacity <= 256)
        {
            list.Clear();
            t_argv = list;
        }
    }
}
