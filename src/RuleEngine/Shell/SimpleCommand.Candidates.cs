namespace RuleEngine.Shell;

/// <summary>
/// Candidate strings per rule list (bash.md §4), rendered lazily on first use and cached until the
/// command is reused.
/// <list type="bullet">
/// <item>Allow: the full text (exact only); then, without redirections, the text, the text after safe env
/// assignments, and after each safe wrapper (env first, then wrappers, no re-stripping).</item>
/// <item>Deny/ask: the full text (exact only); then, without redirections, every stage of the fixed point
/// of stripping any assignment, safe wrappers and exec wrappers; each stage also with the command word's
/// base name, and (exact only) with words re-joined by single spaces (conformance bash.exact-63:
/// deny <c>Bash(git status)</c> matches <c>git  status</c>).</item>
/// </list>
/// The command word is rendered without quotes/escapes when its value is a plain token; words resolved
/// statically (quoted-heredoc substitution, <c>x=rm; $x</c>, <c>$HOME</c>) are rendered as their value.
/// </summary>
internal sealed partial class SimpleCommand
{
    // Bounds candidate rendering to O(MaxRenderedStages × length) for `nohup nohup … cmd` chains.
    private const int MaxRenderedStages = 16;

    private char[] _candidateChars = new char[128];
    private int _candidateLength;
    private Candidate[] _allowCandidates = new Candidate[4];
    private Candidate[] _denyCandidates = new Candidate[8];
    private int _allowCount = -1;
    private int _denyCount = -1;
    private Candidate _displayCandidate = new(0, -1, CandidateUse.None);
    private sbyte _sole = -1; // TryGetSoleCandidate: -1 not yet known, 0 no, 1 yes

    /// <summary>
    /// Set by the parser's flag pass when the first word's base name is none of the wrappers, shells and
    /// eval-like builtins (<see cref="CommandNormalizer.MayWrap"/>), so later checks need not look it up again.
    /// </summary>
    internal bool FirstWordCannotWrap { get; set; }

    /// <summary>
    /// For an ordinary command — plain words separated by single spaces, no assignment, redirection, wrapper,
    /// exec wrapper or path in the command word — every rule list sees one candidate, the raw text itself,
    /// for exact and pattern rules alike. Returns it as a slice of <see cref="CommandLine.Source"/>'s buffer
    /// without rendering anything; false for every other command (use <see cref="GetCandidates"/>).
    /// </summary>
    public bool TryGetSoleCandidate(out char[] buffer, out int start, out int length)
    {
        if (_sole < 0)
        {
            _sole = IsOrdinary() ? (sbyte)1 : (sbyte)0;
        }

        buffer = Line.SourceBuffer;
        start = _wordCount > 0 ? _words[0].Span.Start : 0;
        length = _wordCount > 0 ? _words[_wordCount - 1].Span.End - start : 0;
        return _sole == 1;
    }

    // Mirrors BuildAllow and BuildDenyAsk: with these conditions both produce exactly one stage, rendered by
    // TryRenderContiguous as the source slice, with no base-name, collapsed or single-space variant.
    private bool IsOrdinary()
    {
        if (_wordCount == 0 || AssignmentCount != 0 || _redirectionCount != 0 || (_flagsUnion & ~WordFlags.AssignmentShape) != WordFlags.None)
        {
            return false;
        }

        ReadOnlySpan<char> source = Line.Source;
        int end = _words[0].Span.End;
        for (int w = 1; w < _wordCount; w++)
        {
            if (_words[w].Span.Start != end + 1 || source[end] != ' ')
            {
                return false;
            }

            end = _words[w].Span.End;
        }

        ReadOnlySpan<char> name = Line.Value(in _words[0]);
        return CommandNormalizer.BaseName(name).Length == name.Length
            && (FirstWordCannotWrap || !CommandNormalizer.MayWrap(name)
                || (CommandNormalizer.SkipSafeWrapper(this, 0) < 0 && CommandNormalizer.SkipExecWrapper(this, 0) < 0));
    }

    /// <summary>The candidates a rule in <paramref name="list"/> is matched against (ask uses the deny set).</summary>
    public ReadOnlySpan<Candidate> GetCandidates(Syntax.RuleBehavior list)
    {
        if (list == Syntax.RuleBehavior.Allow)
        {
            if (_allowCount < 0)
            {
                _allowCount = 0;
                BuildAllow();
            }

            return _allowCandidates.AsSpan(0, _allowCount);
        }

        if (_denyCount < 0)
        {
            _denyCount = 0;
            BuildDenyAsk();
        }

        return _denyCandidates.AsSpan(0, _denyCount);
    }

    /// <summary>
    /// True when more than 16 wrapper/assignment stages were stripped: only the first 16 and the final
    /// stage were rendered as candidates. Such a chain is abnormal; the engine should not allow it by rule.
    /// </summary>
    public bool StagesTruncated { get; private set; }

    /// <summary>The text of a candidate of this command.</summary>
    public ReadOnlySpan<char> CandidateText(in Candidate candidate) => _candidateChars.AsSpan(candidate.Start, candidate.Length);

    /// <summary>
    /// The display text for decision reasons: the source text without redirections and heredocs, quoting
    /// kept (e.g. <c>python3 -</c> for <c>python3 - &lt;&lt;'EOF' …</c>).
    /// </summary>
    public ReadOnlySpan<char> DisplayText
    {
        get
        {
            // An ordinary command displays as its source text (quoting-free, single-spaced, no redirections).
            if (TryGetSoleCandidate(out char[] source, out int start, out int length))
            {
                return source.AsSpan(start, length);
            }

            return RenderDisplayText();
        }
    }

    /// <summary>The display text rendered from the words (what <see cref="DisplayText"/> is for any command).</summary>
    internal ReadOnlySpan<char> RenderDisplayText()
    {
        if (_displayCandidate.Length < 0)
        {
            _displayCandidate = Render(0, RenderOptions.RawCommandWord);
        }

        return CandidateText(in _displayCandidate);
    }

    private void ResetCandidates()
    {
        _candidateLength = 0;
        _sole = -1;
        FirstWordCannotWrap = false;
        SoleAnswersOwner = null;
        StagesTruncated = false;
        _allowCount = -1;
        _denyCount = -1;
        _displayCandidate = new Candidate(0, -1, CandidateUse.None);
    }

    private void BuildAllow()
    {
        if (_redirectionCount > 0)
        {
            AddCandidate(ref _allowCandidates, ref _allowCount, 0, RenderOptions.Redirections, CandidateUse.Exact);
        }

        AddStage(ref _allowCandidates, ref _allowCount, 0, RenderOptions.None);
        if (!HasCommandWord)
        {
            return;
        }

        int index = CommandNormalizer.SkipSafeAssignments(this, 0);
        if (index > 0)
        {
            AddStage(ref _allowCandidates, ref _allowCount, index, RenderOptions.None);
        }

        if (index < AssignmentCount)
        {
            return;
        }

        int stages = 0;
        int skipped = -1;
        while ((index = CommandNormalizer.SkipSafeWrapper(this, index)) >= 0)
        {
            if (++stages > MaxRenderedStages)
            {
                skipped = index;
                continue;
            }

            AddStage(ref _allowCandidates, ref _allowCount, index, RenderOptions.None);
        }

        if (skipped >= 0)
        {
            StagesTruncated = true;
            AddStage(ref _allowCandidates, ref _allowCount, skipped, RenderOptions.None);
        }
    }

    private void BuildDenyAsk()
    {
        if (_redirectionCount > 0)
        {
            AddCandidate(ref _denyCandidates, ref _denyCount, 0, RenderOptions.Redirections, CandidateUse.Exact);
        }

        AddDenyStage(0);
        if (!HasCommandWord)
        {
            return;
        }

        int index = 0;
        int stages = 0;
        while (true)
        {
            int next = CommandNormalizer.SkipAnyAssignments(this, index);
            if (next == index)
            {
                next = CommandNormalizer.SkipSafeWrapper(this, index);
                if (next < 0)
                {
                    next = CommandNormalizer.SkipExecWrapper(this, index);
                }
            }

            if (next <= index)
            {
                if (stages > MaxRenderedStages)
                {
                    StagesTruncated = true;
                    AddDenyStage(index);
                }

                return;
            }

            index = next;
            if (++stages <= MaxRenderedStages)
            {
                AddDenyStage(index);
            }
        }
    }

    private void AddDenyStage(int index)
    {
        AddStage(ref _denyCandidates, ref _denyCount, index, RenderOptions.None);
        bool irregularGaps = _lastRenderIrregularGaps;
        if (irregularGaps)
        {
            AddCandidate(ref _denyCandidates, ref _denyCount, index, RenderOptions.SingleSpace, CandidateUse.Exact);
        }

        int commandIndex = Math.Max(index, AssignmentCount);
        if (commandIndex < _wordCount)
        {
            ReadOnlySpan<char> name = Line.Value(in _words[commandIndex]);
            if (CommandNormalizer.BaseName(name).Length != name.Length)
            {
                AddStage(ref _denyCandidates, ref _denyCount, index, RenderOptions.BaseName);
                if (irregularGaps)
                {
                    AddCandidate(ref _denyCandidates, ref _denyCount, index, RenderOptions.BaseName | RenderOptions.SingleSpace, CandidateUse.Exact);
                }
            }
        }
    }

    /// <summary>Adds the exact form and, if it has blank runs, a collapsed copy for pattern rules.</summary>
    private void AddStage(ref Candidate[] set, ref int count, int index, RenderOptions options)
    {
        Candidate exact = Render(index, options);
        if (!_lastRenderBlankRun || !HasBlankRun(CandidateText(in exact)))
        {
            Add(ref set, ref count, exact with { Use = CandidateUse.Exact | CandidateUse.Pattern });
            return;
        }

        Add(ref set, ref count, exact with { Use = CandidateUse.Exact });
        Add(ref set, ref count, Collapse(in exact));
    }

    private static bool HasBlankRun(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\t' || (c == ' ' && i + 1 < text.Length && text[i + 1] is ' ' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    private void AddCandidate(ref Candidate[] set, ref int count, int index, RenderOptions options, CandidateUse use)
    {
        Candidate candidate = Render(index, options);
        Add(ref set, ref count, candidate with { Use = use });
    }

    private void Add(ref Candidate[] set, ref int count, Candidate candidate)
    {
        ReadOnlySpan<char> text = CandidateText(in candidate);
        for (int i = 0; i < count; i++)
        {
            if (CandidateText(in set[i]).SequenceEqual(text))
            {
                set[i] = set[i] with { Use = set[i].Use | candidate.Use };
                _candidateLength = candidate.Start; // drop the duplicate's characters (it was rendered last)
                return;
            }
        }

        if (count == set.Length)
        {
            Array.Resize(ref set, count * 2);
        }

        set[count++] = candidate;
    }

    private Candidate Collapse(in Candidate source)
    {
        int start = _candidateLength;
        EnsureCandidateCapacity(source.Length);
        bool blank = false;
        for (int i = source.Start; i < source.Start + source.Length; i++)
        {
            char c = _candidateChars[i];
            if (c is ' ' or '\t')
            {
                if (!blank)
                {
                    _candidateChars[_candidateLength++] = ' ';
                }

                blank = true;
            }
            else
            {
                _candidateChars[_candidateLength++] = c;
                blank = false;
            }
        }

        return new Candidate(start, _candidateLength - start, CandidateUse.Pattern);
    }
}
