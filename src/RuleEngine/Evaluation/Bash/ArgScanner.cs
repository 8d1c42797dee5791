namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// Allocation-free GNU-style walk over argv words from a start index: short clusters (<c>-rn</c>),
/// attached values (<c>-n5</c>, <c>--lines=5</c>), separate values (<c>-n 5</c>), <c>--</c> ending
/// options, and (when the table permutes) options after operands.
/// </summary>
internal struct ArgScanner
{
    private readonly IReadOnlyList<ArgWord> _argv;
    private readonly OptionTable _table;
    private int _next;
    private int _clusterWord;
    private int _clusterPos;
    private bool _optionsEnded;

    /// <param name="argv">The words.</param>
    /// <param name="table">Which options take values.</param>
    /// <param name="start">First word to scan (1 skips the command word).</param>
    public ArgScanner(IReadOnlyList<ArgWord> argv, OptionTable table, int start = 1)
    {
        _argv = argv;
        _table = table;
        _next = start;
        _clusterWord = -1;
        _clusterPos = 0;
        _optionsEnded = false;
        Current = default;
    }

    /// <summary>The token produced by the last successful <see cref="MoveNext"/>.</summary>
    public ArgToken Current { get; private set; }

    /// <summary>True once <c>--</c> (or, without permutation, the first operand) ended option parsing.</summary>
    public readonly bool OptionsEnded => _optionsEnded;

    /// <summary>Index of the next unread word (after the current token and its value).</summary>
    public readonly int NextIndex => _next;

    /// <summary>Stops option parsing: every later word is an operand (e.g. after find's first expression).</summary>
    public void EndOptions() => _optionsEnded = true;

    /// <summary>Advances to the next token; false at the end of argv.</summary>
    public bool MoveNext()
    {
        if (_clusterWord >= 0 && TryNextInCluster())
        {
            return true;
        }

        _clusterWord = -1;
        while (_next < _argv.Count)
        {
            int index = _next++;
            string text = _argv[index].Value;
            if (_optionsEnded || text.Length < 2 || text[0] != '-')
            {
                if (!_table.Permute)
                {
                    _optionsEnded = true;
                }

                Current = new ArgToken(ArgTokenKind.Operand, index, '\0', null, null, -1);
                return true;
            }

            if (text == "--")
            {
                _optionsEnded = true;
                continue;
            }

            if (text[1] == '-')
            {
                int eq = text.IndexOf('=');
                if (eq >= 0)
                {
                    Current = new ArgToken(ArgTokenKind.LongOption, index, '\0', text[2..eq], text[(eq + 1)..], -1);
                    return true;
                }

                string name = text[2..];
                if (_table.LongTakesValue(name) && _next < _argv.Count)
                {
                    int valueIndex = _next++;
                    Current = new ArgToken(ArgTokenKind.LongOption, index, '\0', name, _argv[valueIndex].Value, valueIndex);
                    return true;
                }

                Current = new ArgToken(ArgTokenKind.LongOption, index, '\0', name, null, -1);
                return true;
            }

            _clusterWord = index;
            _clusterPos = 1;
            if (TryNextInCluster())
            {
                return true;
            }
        }

        return false;
    }

    private bool TryNextInCluster()
    {
        string text = _argv[_clusterWord].Value;
        if (_clusterPos >= text.Length)
        {
            _clusterWord = -1;
            return false;
        }

        char c = text[_clusterPos++];
        if (!_table.ShortTakesValue(c))
        {
            Current = new ArgToken(ArgTokenKind.ShortOption, _clusterWord, c, null, null, -1);
            return true;
        }

        int word = _clusterWord;
        _clusterWord = -1;
        if (_clusterPos < text.Length)
        {
            Current = new ArgToken(ArgTokenKind.ShortOption, word, c, null, text[_clusterPos..], -1);
            return true;
        }

        if (_next < _argv.Count)
        {
            int valueIndex = _next++;
            Current = new ArgToken(ArgTokenKind.ShortOption, word, c, null, _argv[valueIndex].Value, valueIndex);
            return true;
        }

        Current = new ArgToken(ArgTokenKind.ShortOption, word, c, null, null, -1);
        return true;
    }
}
