using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// Option knowledge for one file command, e.g. grep: Read, options <c>-e/-f/-m/-A…</c> take values,
/// <c>-e</c>/<c>-f</c> supply the pattern, <c>-f FILE</c> is itself a read path.
/// </summary>
internal sealed class FileCommandSpec
{
    private readonly string _scriptShort;
    private readonly FrozenSet<string> _scriptLong;
    private readonly FrozenDictionary<char, PathOperation> _shortValuePaths;
    private readonly FrozenDictionary<string, PathOperation> _longValuePaths;

    /// <param name="operation">Operation applied to the operand paths.</param>
    /// <param name="options">Which options take values.</param>
    /// <param name="role">How operands map to paths.</param>
    /// <param name="scriptShort">Short options that supply the script/pattern (so no operand is the script).</param>
    /// <param name="scriptLong">Long options that supply the script/pattern.</param>
    /// <param name="valuePaths">Options whose value is a path, e.g. <c>-f</c> → Read, <c>--file</c> → Read.</param>
    public FileCommandSpec(
        PathOperation operation,
        OptionTable options,
        OperandRole role = OperandRole.AllPaths,
        string scriptShort = "",
        string[]? scriptLong = null,
        (string Option, PathOperation Operation)[]? valuePaths = null)
    {
        Operation = operation;
        Options = options;
        Role = role;
        _scriptShort = scriptShort;
        _scriptLong = (scriptLong ?? []).ToFrozenSet(StringComparer.Ordinal);
        var shortPaths = new Dictionary<char, PathOperation>();
        var longPaths = new Dictionary<string, PathOperation>(StringComparer.Ordinal);
        foreach ((string option, PathOperation op) in valuePaths ?? [])
        {
            if (option.StartsWith("--", StringComparison.Ordinal))
            {
                longPaths[option[2..]] = op;
            }
            else
            {
                shortPaths[option[1]] = op;
            }
        }

        _shortValuePaths = shortPaths.ToFrozenDictionary();
        _longValuePaths = longPaths.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Operation applied to operand paths.</summary>
    public PathOperation Operation { get; }

    /// <summary>Which options take values.</summary>
    public OptionTable Options { get; }

    /// <summary>How operands map to paths.</summary>
    public OperandRole Role { get; }

    /// <summary>True when <paramref name="token"/> supplies the script/pattern.</summary>
    public bool SuppliesScript(in ArgToken token) =>
        token.Kind == ArgTokenKind.ShortOption ? _scriptShort.Contains(token.Short, StringComparison.Ordinal)
        : token.Kind == ArgTokenKind.LongOption && _scriptLong.Contains(token.Long!);

    /// <summary>The operation for an option value that is a path; null when the value is not a path.</summary>
    public PathOperation? ValuePathOperation(in ArgToken token)
    {
        if (token.Value is null)
        {
            return null;
        }

        if (token.Kind == ArgTokenKind.ShortOption)
        {
            return _shortValuePaths.TryGetValue(token.Short, out PathOperation op) ? op : null;
        }

        return token.Kind == ArgTokenKind.LongOption && _longValuePaths.TryGetValue(token.Long!, out PathOperation lop) ? lop : null;
    }
}
