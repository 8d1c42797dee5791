namespace RuleEngine.Shell;

/// <summary>Rendering of candidate strings from tokens (no allocation: characters go to a reused buffer).</summary>
internal sealed partial class SimpleCommand
{
    // Tests turn the one-copy rendering off on their thread to compare it with the word-by-word rendering.
    [ThreadStatic]
    private static bool t_wordByWordOnly;

    // Set by Render: some gap between tokens was not a single space (so a single-space form differs).
    private bool _lastRenderIrregularGaps;

    // Set by Render: the text may contain a run of blanks or a tab (so a collapsed pattern form differs).
    private bool _lastRenderBlankRun;

    /// <summary>Renders words from <paramref name="first"/> on (and redirections when asked) in source order.</summary>
    private Candidate Render(int first, RenderOptions options)
    {
        int start = _candidateLength;
        _lastRenderIrregularGaps = false;
        _lastRenderBlankRun = false;
        if ((options & (RenderOptions.Redirections | RenderOptions.BaseName)) == 0 && TryRenderContiguous(first))
        {
            return new Candidate(start, _candidateLength - start, CandidateUse.None);
        }

        int commandIndex = Math.Max(first, AssignmentCount);
        bool redirections = (options & RenderOptions.Redirections) != 0;
        int firstStart = first < _wordCount ? _words[first].Span.Start : int.MaxValue;
        int w = first;
        int r = 0;
        int previousEnd = -1;
        ReadOnlySpan<char> source = Line.Source;
        while (true)
        {
            while (redirections && r < _redirectionCount && first > 0 && _redirections[r].Span.Start < firstStart)
            {
                r++;
            }

            bool takeWord;
            if (w < _wordCount && (!redirections || r >= _redirectionCount || _words[w].Span.Start < _redirections[r].Span.Start))
            {
                takeWord = true;
            }
            else if (redirections && r < _redirectionCount)
            {
                takeWord = false;
            }
            else
            {
                break;
            }

            Syntax.TextSpan span = takeWord ? _words[w].Span : _redirections[r].Span;
            if (previousEnd >= 0)
            {
                if ((options & RenderOptions.SingleSpace) != 0 || (span.Start - previousEnd == 1 && source[previousEnd] == ' '))
                {
                    AppendCandidate(' ');
                }
                else
                {
                    _lastRenderIrregularGaps = true;
                    _lastRenderBlankRun = true;
                    AppendWithoutContinuations(source[previousEnd..span.Start], quoteAware: false);
                }
            }

            if (takeWord)
            {
                AppendWord(w, w == commandIndex && (options & RenderOptions.RawCommandWord) == 0, (options & RenderOptions.BaseName) != 0);
                w++;
            }
            else
            {
                AppendWithoutContinuations(source.Slice(span.Start, span.Length), quoteAware: true);
                r++;
            }

            previousEnd = span.End;
        }

        return new Candidate(start, _candidateLength - start, CandidateUse.None);
    }

    /// <summary>Turns the one-copy rendering off (or back on) for the calling thread.</summary>
    internal static bool WordByWordOnly
    {
        get => t_wordByWordOnly;
        set => t_wordByWordOnly = value;
    }

    /// <summary>
    /// The common case in one copy: when every word is plain (at most assignment-shaped) and single spaces
    /// separate them, each word renders as its raw text and each gap as one space, so the rendering of words
    /// <paramref name="first"/>… is their source slice.
    /// </summary>
    private bool TryRenderContiguous(int first)
    {
        if (t_wordByWordOnly || first >= _wordCount || (_flagsUnion & ~WordFlags.AssignmentShape) != WordFlags.None)
        {
            return false;
        }

        ReadOnlySpan<char> source = Line.Source;
        int start = _words[first].Span.Start;
        int end = _words[first].Span.End;
        for (int w = first + 1; w < _wordCount; w++)
        {
            if (_words[w].Span.Start != end + 1 || source[end] != ' ')
            {
                return false;
            }

            end = _words[w].Span.End;
        }

        AppendCandidate(source[start..end]);
        return true;
    }

    private void AppendWord(int index, bool isCommandWord, bool baseName)
    {
        ref readonly ShellWord word = ref _words[index];
        if (!isCommandWord && word.Flags == WordFlags.None)
        {
            AppendCandidate(Line.Source.Slice(word.Span.Start, word.Span.Length));
            return;
        }

        ReadOnlySpan<char> value = Line.Value(in word);
        if (isCommandWord)
        {
            ReadOnlySpan<char> name = baseName ? CommandNormalizer.BaseName(value) : value;
            if (IsPlainToken(name) && !word.Has(WordFlags.Unresolved))
            {
                AppendCandidate(name);
                return;
            }
        }
        else if (word.Has(WordFlags.StaticHeredoc | WordFlags.ResolvedVariable)
            || (word.Has(WordFlags.HomeVariable) && !word.Has(WordFlags.Unresolved) && !value.Contains("$HOME", StringComparison.Ordinal)))
        {
            if (IsPlainToken(value))
            {
                AppendCandidate(value);
            }
            else
            {
                AppendSingleQuoted(value);
            }

            return;
        }

        ReadOnlySpan<char> raw = Line.Source.Slice(word.Span.Start, word.Span.Length);
        if (raw.Contains('\t') || raw.Contains("  ", StringComparison.Ordinal))
        {
            _lastRenderBlankRun = true;
        }

        AppendWithoutContinuations(raw, word.Has(WordFlags.LineContinuation));
    }

    /// <summary>A token that means the same quoted or not: no blanks, quotes, expansions, globs or operators.</summary>
    private static bool IsPlainToken(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c <= ' ' || c is '\'' or '"' or '\\' or '$' or '`' or ';' or '&' or '|' or '<' or '>' or '(' or ')'
                or '*' or '?' or '[' or ']' or '{' or '}' or '#' or '~' or '!' or '=' or '\u007f')
            {
                return false;
            }
        }

        return true;
    }

    private void AppendSingleQuoted(ReadOnlySpan<char> value)
    {
        AppendCandidate('\'');
        foreach (char c in value)
        {
            if (c == '\'')
            {
                AppendCandidate("'\\''");
            }
            else
            {
                AppendCandidate(c);
            }
        }

        AppendCandidate('\'');
    }

    /// <summary>Copies raw text, dropping line continuations (backslash-newline) outside single quotes.</summary>
    private void AppendWithoutContinuations(ReadOnlySpan<char> raw, bool quoteAware)
    {
        if (!Line.HasLineContinuation || raw.IndexOf("\\\n") < 0)
        {
            AppendCandidate(raw);
            return;
        }

        bool single = false;
        bool dbl = false;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (quoteAware && c == '\'' && !dbl)
            {
                single = !single;
            }
            else if (quoteAware && c == '"' && !single)
            {
                dbl = !dbl;
            }
            else if (c == '\\' && !single && i + 1 < raw.Length)
            {
                if (raw[i + 1] == '\n')
                {
                    i++;
                    continue;
                }

                AppendCandidate(c);
                AppendCandidate(raw[++i]);
                continue;
            }

            AppendCandidate(c);
        }
    }

    private void AppendCandidate(char c)
    {
        EnsureCandidateCapacity(1);
        _candidateChars[_candidateLength++] = c;
    }

    private void AppendCandidate(ReadOnlySpan<char> text)
    {
        EnsureCandidateCapacity(text.Length);
        text.CopyTo(_candidateChars.AsSpan(_candidateLength));
        _candidateLength += text.Length;
    }

    private void EnsureCandidateCapacity(int extra)
    {
        if (_candidateLength + extra > _candidateChars.Length)
        {
            Array.Resize(ref _candidateChars, Math.Max(_candidateChars.Length * 2, _candidateLength + extra));
        }
    }
}
