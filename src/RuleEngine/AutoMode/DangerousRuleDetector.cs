using RuleEngine.Syntax;

namespace RuleEngine.AutoMode;

/// <summary>
/// Decides which allow rules are dangerous in auto mode (auto-mode.md §2): rules that would approve
/// arbitrary code without the classifier. Works on the parsed, loaded rule, so every spelling of a rule
/// (<c>Bash(*)</c>, <c>Bash()</c>, <c>Task(x)</c>) gets the same answer. Deny and ask rules are never
/// passed here; the caller filters by list.
/// </summary>
public static class DangerousRuleDetector
{
    /// <summary>True when auto mode drops <paramref name="rule"/> as an allow rule.</summary>
    /// <param name="rule">The loaded rule.</param>
    /// <param name="classifyAllShell">The effective <c>autoMode.classifyAllShell</c> (§2.4).</param>
    public static bool IsDangerous(PermissionRule rule, bool classifyAllShell = false) => Analyze(rule, classifyAllShell) is not null;

    /// <summary>The reason auto mode drops <paramref name="rule"/> as an allow rule, or null when it is kept.</summary>
    /// <param name="rule">The loaded rule.</param>
    /// <param name="classifyAllShell">The effective <c>autoMode.classifyAllShell</c> (§2.4).</param>
    public static DangerousRule? Analyze(PermissionRule rule, bool classifyAllShell = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        switch (rule.ToolName)
        {
            case "Agent":
            case "Monitor":
                return new DangerousRule(rule, DangerousRuleKind.AgentOrMonitor,
                    rule.ToolName == "Agent"
                        ? "subagent spawns must be reviewed by the classifier"
                        : "`Monitor` runs shell commands in the background");
            case "Bash":
                return AnalyzeShell(rule, ShellWordLists.Bash, classifyAllShell);
            case "PowerShell":
                return AnalyzeShell(rule, ShellWordLists.PowerShell, classifyAllShell);
            default:
                return null;
        }
    }

    private static DangerousRule? AnalyzeShell(PermissionRule rule, ShellWordList lists, bool classifyAllShell)
    {
        if (rule.Content is null)
        {
            return new DangerousRule(rule, DangerousRuleKind.ToolWideShell, $"`{rule.ToolName}` allows every command");
        }

        string text = ShellRuleNormalizer.Normalize(rule.Content);
        if (text == "*")
        {
            return new DangerousRule(rule, DangerousRuleKind.ToolWideShell, $"`{rule}` allows every command");
        }

        if (MatchesInterpreterRule(text, lists) is string interpreter)
        {
            return new DangerousRule(rule, DangerousRuleKind.Interpreter,
                $"`{interpreter}` runs any code it is given, so `{rule}` approves arbitrary code");
        }

        if (WildcardReachesInterpreter(text, lists) is string why)
        {
            return new DangerousRule(rule, DangerousRuleKind.WildcardReachesInterpreter, why);
        }

        if (classifyAllShell)
        {
            return new DangerousRule(rule, DangerousRuleKind.ClassifyAllShell, "`autoMode.classifyAllShell` sends every shell command to the classifier");
        }

        return null;
    }

    // Rule 2: `p`, `p:*`, `p *`, `p*`, or `p -… *` (except `python… -m dotted.module …`).
    private static string? MatchesInterpreterRule(string text, ShellWordList lists)
    {
        bool endsWithWildcard = text.Length > 0 && ShellRuleNormalizer.IsWildcardAt(text, text.Length - 1);
        foreach (string p in lists.Rule2Interpreters)
        {
            if (!text.StartsWith(p, StringComparison.Ordinal))
            {
                continue;
            }

            ReadOnlySpan<char> rest = text.AsSpan(p.Length);
            if (rest.Length == 0 || rest.SequenceEqual(":*") || rest.SequenceEqual(" *") || rest.SequenceEqual("*"))
            {
                return p;
            }

            if (rest.Length > 1 && rest[0] == ' ' && rest[1] == '-' && endsWithWildcard
                && !(p.StartsWith("python", StringComparison.Ordinal) && IsDottedModuleRun(rest[1..])))
            {
                return p;
            }
        }

        return null;
    }

    // `-m a.b …`: the module is a complete word made of dotted identifiers.
    private static bool IsDottedModuleRun(ReadOnlySpan<char> rest)
    {
        if (!rest.StartsWith("-m "))
        {
            return false;
        }

        ReadOnlySpan<char> after = rest[3..];
        int space = after.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        return ShellWords.IsDottedModule(after[..space]);
    }

    // Rule 3: the literal text before the first wildcard leads into an interpreter or wrapper.
    private static string? WildcardReachesInterpreter(string text, ShellWordList lists)
    {
        string pattern = text;
        if (pattern.Length > 2 && pattern.EndsWith(":*", StringComparison.Ordinal))
        {
            pattern = string.Concat(pattern.AsSpan(0, pattern.Length - 2), " *");
        }

        int star = ShellRuleNormalizer.FirstWildcard(pattern);
        if (star < 0)
        {
            return null;
        }

        string literal = pattern[..star];
        string[] words = literal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string partial = string.Empty;
        int complete = words.Length;
        if (literal.Length > 0 && literal[^1] != ' ')
        {
            partial = words[^1];
            complete--;
        }

        int commandWords = complete;
        while (commandWords > 0 && ShellWords.IsOption(words[commandWords - 1]))
        {
            commandWords--;
        }

        if (commandWords > 0)
        {
            string command = string.Join(' ', words, 0, commandWords);
            if (lists.InterpreterSet.Contains(command))
            {
                return $"`{command}` runs whatever the wildcard supplies";
            }
        }

        for (int i = 0; i < complete; i++)
        {
            string word = words[i];
            if (ShellWords.IsInlineScriptFlag(word))
            {
                return $"`{word}` makes the wildcard an inline script";
            }

            if (!lists.SingleWordSet.Contains(word) && !ShellWords.IsAssignment(word) && !ShellWords.IsOption(word)
                && !ShellWords.IsDuration(word) && !ShellWords.IsPunctuation(word))
            {
                return null;
            }
        }

        if (partial.Length == 0)
        {
            return literal.Length == 0
                ? "the pattern starts with a wildcard, so it can begin with any command"
                : $"the wildcard after `{literal.TrimEnd()}` can name any command";
        }

        if (ShellWords.IsOption(partial) || ShellWords.IsAssignment(partial) || ShellWords.IsPunctuation(partial))
        {
            return $"the wildcard completing `{partial}` can start any command";
        }

        if (ShellWords.IsPath(partial))
        {
            return $"the wildcard completing `{partial}` can name any program by path";
        }

        foreach (string word in lists.SingleWords)
        {
            if (word.StartsWith(partial, StringComparison.Ordinal))
            {
                return $"the wildcard completing `{partial}` can name `{word}`";
            }
        }

        return null;
    }
}
