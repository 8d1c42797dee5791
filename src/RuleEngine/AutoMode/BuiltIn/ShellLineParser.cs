using System.Collections.Frozen;
using System.Text;

namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>
/// A small, forgiving shell splitter for the built-in classifier: words with quotes and backslashes
/// resolved, segments split on <c>&amp;&amp; || ; | &amp;</c> and newlines, <c>sh -c "…"</c>, <c>eval "…"</c>,
/// <c>$(…)</c> and <c>&lt;(…)</c> bodies parsed as nested segments. It never fails: odd input just yields odd words.
/// </summary>
internal static class ShellLineParser
{
    private const int MaxDepth = 3;

    private static readonly FrozenSet<string> s_wrappers = new[]
    {
        "sudo", "doas", "env", "nohup", "nice", "ionice", "timeout", "time", "command", "builtin", "exec", "stdbuf",
        "setsid", "chrt", "taskset", "xargs", "noglob", "caffeinate", "unbuffer",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_shells = new[] { "sh", "bash", "zsh", "dash", "ksh", "fish", "ash" }.ToFrozenSet(StringComparer.Ordinal);

    public static List<CommandSegment> Parse(string line)
    {
        var segments = new List<CommandSegment>(4);
        Parse(line, segments, depth: 0);
        return segments;
    }

    private static void Parse(string line, List<CommandSegment> segments, int depth)
    {
        var words = new List<string>(8);
        var nestedBodies = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        bool piped = false;
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            switch (c)
            {
                case '\'':
                {
                    int end = line.IndexOf('\'', i + 1);
                    end = end < 0 ? line.Length : end;
                    word.Append(line, i + 1, end - i - 1);
                    inWord = true;
                    i = end + 1;
                    continue;
                }

                case '"':
                {
                    int j = i + 1;
                    while (j < line.Length && line[j] != '"')
                    {
                        if (line[j] == '\\' && j + 1 < line.Length)
                        {
                            j++;
                        }

                        word.Append(line[j]);
                        j++;
                    }

                    CollectSubstitutions(line.AsSpan(i + 1, Math.Min(j, line.Length) - i - 1), nestedBodies);
                    inWord = true;
                    i = j + 1;
                    continue;
                }

                case '\\' when i + 1 < line.Length:
                    word.Append(line[i + 1]);
                    inWord = true;
                    i += 2;
                    continue;
                case '$' when i + 1 < line.Length && line[i + 1] == '(':
                case '<' when i + 1 < line.Length && line[i + 1] == '(':
                case '>' when i + 1 < line.Length && line[i + 1] == '(':
                {
                    int close = MatchParen(line, i + 1);
                    nestedBodies.Add(line[(i + 2)..close]);
                    word.Append(line, i, Math.Min(close + 1, line.Length) - i);
                    inWord = true;
                    i = close + 1;
                    continue;
                }

                case '`':
                {
                    int end = line.IndexOf('`', i + 1);
                    end = end < 0 ? line.Length : end;
                    nestedBodies.Add(line[(i + 1)..end]);
                    inWord = true;
                    i = end + 1;
                    continue;
                }

                case ' ' or '\t':
                    Flush(words, word, ref inWord);
                    i++;
                    continue;
                case '\n' or ';' or '&' or '|' or '(' or ')' or '{' or '}':
                {
                    Flush(words, word, ref inWord);
                    bool nextPiped = c == '|' && !(i + 1 < line.Length && line[i + 1] == '|');
                    if ((c == '&' || c == '|') && i + 1 < line.Length && line[i + 1] == c)
                    {
                        i++;
                    }
                    else if (c == '|' && i + 1 < line.Length && line[i + 1] == '&')
                    {
                        i++;
                    }
                    else if (c == '&' && i > 0 && line[i - 1] == '>')
                    {
                        // `>&2`: part of a redirection, not a separator.
                        words.Add("&");
                        i++;
                        continue;
                    }

                    EmitSegment(words, piped, depth, segments);
                    words = new List<string>(8);
                    piped = nextPiped;
                    i++;
                    continue;
                }

                case '>' or '<':
                {
                    Flush(words, word, ref inWord);
                    int j = i;
                    while (j < line.Length && line[j] is '>' or '<')
                    {
                        j++;
                    }

                    words.Add(line[i..j]);
                    i = j;
                    continue;
                }

                case '$' when i + 1 < line.Length && line[i + 1] == '{':
                {
                    int end = line.IndexOf('}', i + 2);
                    end = end < 0 ? line.Length - 1 : end;
                    word.Append(line, i, end - i + 1);
                    inWord = true;
                    i = end + 1;
                    continue;
                }

                default:
                    word.Append(c);
                    inWord = true;
                    i++;
                    continue;
            }
        }

        Flush(words, word, ref inWord);
        EmitSegment(words, piped, depth, segments);
        if (depth < MaxDepth)
        {
            foreach (string body in nestedBodies)
            {
                int before = segments.Count;
                Parse(body, segments, depth + 1);
                MarkNested(segments, before);
            }
        }
    }

    private static void CollectSubstitutions(ReadOnlySpan<char> quoted, List<string> bodies)
    {
        for (int i = 0; i + 1 < quoted.Length; i++)
        {
            if (quoted[i] == '$' && quoted[i + 1] == '(')
            {
                string s = quoted.ToString();
                int close = MatchParen(s, i + 1);
                bodies.Add(s[(i + 2)..Math.Min(close, s.Length)]);
                i = close;
            }
        }
    }

    private static int MatchParen(string s, int open)
    {
        int depth = 0;
        for (int j = open; j < s.Length; j++)
        {
            if (s[j] == '(')
            {
                depth++;
            }
            else if (s[j] == ')' && --depth == 0)
            {
                return j;
            }
        }

        return s.Length;
    }

    private static void Flush(List<string> words, StringBuilder word, ref bool inWord)
    {
        if (inWord)
        {
            words.Add(word.ToString());
            word.Clear();
            inWord = false;
        }
    }

    private static void EmitSegment(List<string> words, bool piped, int depth, List<CommandSegment> segments)
    {
        if (words.Count == 0)
        {
            return;
        }

        string[] raw = words.ToArray();
        var segment = new CommandSegment(raw, SkipPrefix(raw), piped, depth > 0);
        segments.Add(segment);
        string[] all = segment.AllWords;
        int start = segment.Start;

        // `bash -c "script"`, `sh -lc '…'`, `eval "…"`: the script is a command line of its own.
        if (depth < MaxDepth && start < all.Length)
        {
            string cmd = all[start];
            if (s_shells.Contains(cmd))
            {
                for (int k = start + 1; k < all.Length - 1; k++)
                {
                    if (all[k].Length >= 2 && all[k][0] == '-' && all[k][^1] == 'c')
                    {
                        int before = segments.Count;
                        Parse(raw[k + 1], segments, depth + 1);
                        MarkNested(segments, before);
                        break;
                    }
                }
            }
            else if (cmd == "eval" && start + 1 < all.Length)
            {
                int before = segments.Count;
                Parse(string.Join(' ', raw, start + 1, raw.Length - start - 1), segments, depth + 1);
                MarkNested(segments, before);
            }
        }
    }

    private static void MarkNested(List<CommandSegment> segments, int from)
    {
        for (int k = from; k < segments.Count; k++)
        {
            if (!segments[k].Nested)
            {
                CommandSegment s = segments[k];
                segments[k] = new CommandSegment(s.RawWords, s.Start, s.PipedFromPrevious, nested: true);
            }
        }
    }

    // Skips `FOO=1`, wrappers and their options: `sudo -u bob env X=1 timeout 5 git push` → `git`.
    private static int SkipPrefix(string[] words)
    {
        int i = 0;
        while (i < words.Length)
        {
            string w = words[i].ToLowerInvariant();
            if (IsAssignment(w))
            {
                i++;
                continue;
            }

            if (!s_wrappers.Contains(w))
            {
                break;
            }

            i++;
            while (i < words.Length && (words[i].StartsWith('-') || IsAssignment(words[i]) || IsNumber(words[i])))
            {
                if (w is "sudo" or "doas" && words[i] is "-u" or "-g" or "-U")
                {
                    i++;
                }

                i++;
            }
        }

        return Math.Min(i, words.Length);
    }

    private static bool IsAssignment(string w)
    {
        int eq = w.IndexOf('=');
        if (eq <= 0 || !(char.IsAsciiLetter(w[0]) || w[0] == '_'))
        {
            return false;
        }

        for (int k = 1; k < eq; k++)
        {
            if (!(char.IsAsciiLetterOrDigit(w[k]) || w[k] == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(string w) => w.Length > 0 && char.IsAsciiDigit(w[0]);
}
