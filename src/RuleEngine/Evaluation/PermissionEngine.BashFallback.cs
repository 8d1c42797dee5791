using System.Collections.Immutable;
using RuleEngine.Evaluation.Bash;
using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Settings;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

// Bash commands that were not fully analysed, and deny rules inside sh -c scripts.
public sealed partial class PermissionEngine
{
    /// <summary>
    /// bash.md §1: an over-length or unparseable command asks — but deny and ask rules still match its parts
    /// and its text, and an exact allow rule for the whole text still approves it (conformance bash.exact-61).
    /// </summary>
    private Decision CheckUnanalysed(CommandLine line, string text)
    {
        if (FindDenyAnywhere(line, text) is { } deny)
        {
            return Decision.Deny(new RuleReason(deny));
        }

        if (line.Status != AnalysisStatus.TooLong)
        {
            foreach (BashRule r in _rules.BashAsk)
            {
                if (r.Pattern.MatchesText(text, RuleBehavior.Ask))
                {
                    return Decision.Ask(new RuleReason(r.Entry));
                }
            }

            foreach (BashRule r in _rules.BashAllow)
            {
                if (r.Pattern.IsExact && string.Equals(r.Pattern.Content, text, StringComparison.Ordinal))
                {
                    return Decision.Allow(new RuleReason(r.Entry));
                }
            }
        }

        string message = line.Status == AnalysisStatus.TooLong
            ? $"the command is over {ShellAnalyzer.MaxCommandLength:N0} characters and is not analysed"
            : line.Reason ?? "the command could not be parsed";
        return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.Unparseable, message));
    }

    /// <summary>A deny rule matching any listed command, the raw text, or any operator-separated fragment of a command that was not fully analysed.</summary>
    private RuleEntry? FindDenyAnywhere(CommandLine line, string text)
    {
        foreach (SimpleCommand cmd in line.Commands)
        {
            foreach (BashRule r in _rules.BashDeny)
            {
                if (r.Pattern.Matches(cmd, RuleBehavior.Deny))
                {
                    return r.Entry;
                }
            }
        }

        foreach (BashRule r in _rules.BashDeny)
        {
            if (r.Pattern.MatchesText(text, RuleBehavior.Deny))
            {
                return r.Entry;
            }
        }

        if (line.Status == AnalysisStatus.Ok || _rules.BashDeny.IsEmpty)
        {
            return null;
        }

        // Fail towards deny: split the raw text at every operator, parenthesis and backtick and try each
        // fragment. Extra deny matches can only make the decision stricter.
        foreach (Range range in text.AsSpan().SplitAny(";&|()`\n$"))
        {
            ReadOnlySpan<char> fragment = text.AsSpan(range).Trim();
            if (fragment.IsEmpty)
            {
                continue;
            }

            foreach (BashRule r in _rules.BashDeny)
            {
                if (r.Pattern.MatchesText(fragment, RuleBehavior.Deny))
                {
                    return r.Entry;
                }
            }
        }

        return null;
    }

    /// <summary>A deny rule matching a command inside a <c>sh -c</c> script (bash.md §6: the call then asks).</summary>
    private RuleEntry? FindDenyInScript(SimpleCommand cmd, EvaluationContext context)
    {
        if (_rules.BashDeny.IsEmpty)
        {
            return null;
        }

        ReadOnlySpan<ShellWord> args = cmd.Arguments;
        for (int i = 1; i < args.Length - 1; i++)
        {
            ReadOnlySpan<char> flag = cmd.Line.Value(args[i]);
            if (flag.Length > 1 && flag[0] == '-' && flag[1] != '-' && flag.Contains('c'))
            {
                string script = cmd.Line.Value(args[i + 1]).ToString();
                ShellAnalyzer nested = ShellAnalyzerPool.Rent(context.Home);
                try
                {
                    CommandLine inner = nested.Analyze(script);
                    return FindDenyAnywhere(inner, script.Trim());
                }
                finally
                {
                    ShellAnalyzerPool.Return(nested);
                }
            }
        }

        return null;
    }
}
