using System.Collections.Frozen;

namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>
/// Finds command-like runs in prose (an Agent task description): every word that names a well-known
/// command starts a shell line that lasts to the end of the sentence, parsed like a command, e.g. "then run
/// git push --force to publish." yields <c>git push --force to publish</c>; pipes inside it are kept.
/// </summary>
internal static class ProseCommands
{
    private static readonly FrozenSet<string> s_commands = new[]
    {
        "git", "rm", "curl", "wget", "terraform", "pulumi", "cdk", "kubectl", "helm", "aws", "gcloud", "gsutil", "az",
        "gh", "npm", "docker", "chmod", "crontab", "launchctl", "systemctl", "ngrok", "cloudflared", "ssh", "scp",
        "nc", "ncat", "python", "python3", "bash", "sh", "claude", "vault", "find", "dd", "mkfs", "shred",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] s_sentenceEnds = ["\n", ". ", "; ", "! ", "? "];

    public static List<CommandSegment> Find(string prose)
    {
        var result = new List<CommandSegment>();
        string cleaned = prose.Replace('`', ' ').Replace('"', ' ');
        foreach (string sentence in cleaned.Split(s_sentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            string text = sentence.TrimEnd('.', ' ');
            int i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && text[i] is ' ' or '\t' or ',')
                {
                    i++;
                }

                int end = i;
                while (end < text.Length && text[end] is not (' ' or '\t' or ','))
                {
                    end++;
                }

                if (end > i && s_commands.Contains(text[i..end].ToLowerInvariant()))
                {
                    foreach (CommandSegment segment in ShellLineParser.Parse(text[i..]))
                    {
                        result.Add(segment.Nested ? segment : new CommandSegment(segment.RawWords, segment.Start, segment.PipedFromPrevious, nested: true));
                    }
                }

                i = end;
            }
        }

        return result;
    }
}
