using System.Collections.Frozen;

namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>
/// Finds command-like runs in prose (an Agent task description): every word that names a well-known
/// command starts a segment that lasts to the end of the sentence, e.g. "then run git push --force to
/// publish." yields <c>git push --force to publish</c>.
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
        string cleaned = prose.Replace('`', ' ').Replace('"', ' ').Replace('\'', ' ');
        foreach (string sentence in cleaned.Split(s_sentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            string[] words = sentence.TrimEnd('.', ' ').Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length; i++)
            {
                if (s_commands.Contains(words[i].ToLowerInvariant()))
                {
                    result.Add(new CommandSegment(words, i, pipedFromPrevious: false, nested: true));
                }
            }
        }

        return result;
    }
}
