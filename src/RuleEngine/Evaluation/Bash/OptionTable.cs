using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// Which options of one command take a value, e.g. grep: short <c>efmABCdD</c>, long <c>regexp</c>,
/// <c>file</c>, … Unknown options are treated as flags (so a value we do not know about is seen as an
/// argument, which can only add path checks, never remove them).
/// </summary>
internal sealed class OptionTable
{
    private readonly string _shortWithValue;
    private readonly FrozenSet<string> _longWithValue;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _longWithValueBySpan;

    /// <param name="shortWithValue">Short option letters that take a value (attached or next word).</param>
    /// <param name="longWithValue">Long option names (without <c>--</c>) that take a value (after <c>=</c> or next word).</param>
    /// <param name="permute">GNU argument permutation: options may follow operands. False stops option parsing at the first operand.</param>
    public OptionTable(string shortWithValue, string[]? longWithValue = null, bool permute = true)
    {
        _shortWithValue = shortWithValue;
        _longWithValue = (longWithValue ?? []).ToFrozenSet(StringComparer.Ordinal);
        _longWithValueBySpan = _longWithValue.GetAlternateLookup<ReadOnlySpan<char>>();
        Permute = permute;
    }

    /// <summary>A table for commands whose options never take a value.</summary>
    public static OptionTable FlagsOnly { get; } = new(string.Empty);

    /// <summary>Options may follow operands (GNU getopt).</summary>
    public bool Permute { get; }

    /// <summary>True when short option <paramref name="c"/> takes a value.</summary>
    public bool ShortTakesValue(char c) => _shortWithValue.Contains(c, StringComparison.Ordinal);

    /// <summary>True when long option <paramref name="name"/> (no dashes) takes a value.</summary>
    public bool LongTakesValue(string name) => _longWithValue.Contains(name);

    /// <inheritdoc cref="LongTakesValue(string)"/>
    public bool LongTakesValue(ReadOnlySpan<char> name) => _longWithValueBySpan.Contains(name);
}
