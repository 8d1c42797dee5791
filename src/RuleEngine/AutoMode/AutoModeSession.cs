using RuleEngine.Syntax;

namespace RuleEngine.AutoMode;

/// <summary>
/// Entering and leaving auto mode for one session (auto-mode.md §1): entering removes the dangerous allow
/// rules and remembers them; leaving hands back the list exactly as it was. Not thread-safe: a session
/// changes mode from one place.
/// </summary>
public sealed class AutoModeSession
{
    private AutoModeRuleSet? _current;

    /// <summary>Creates a session that is not in auto mode.</summary>
    public AutoModeSession(AutoModeSessionOptions? options = null)
    {
        Options = options ?? AutoModeSessionOptions.Default;
    }

    /// <summary>The options the session was created with.</summary>
    public AutoModeSessionOptions Options { get; }

    /// <summary>False when <c>disableAutoMode</c> is set.</summary>
    public bool IsAvailable => !Options.DisableAutoMode;

    /// <summary>True between <see cref="Enter"/> and <see cref="Leave"/>.</summary>
    public bool IsActive => _current is not null;

    /// <summary>The split made on entering, or null when auto mode is off.</summary>
    public AutoModeRuleSet? Current => _current;

    /// <summary>Enters auto mode with <paramref name="rules"/> as the active list; returns the reduced list and what was set aside.</summary>
    /// <exception cref="InvalidOperationException">Auto mode is disabled or already on.</exception>
    public AutoModeRuleSet Enter(IReadOnlyList<RuleEntry> rules)
    {
        if (!TryEnter(rules, out AutoModeRuleSet? result))
        {
            throw new InvalidOperationException(IsActive ? "auto mode is already on" : "auto mode is disabled by `disableAutoMode`");
        }

        return result;
    }

    /// <summary>Enters auto mode unless it is disabled or already on.</summary>
    public bool TryEnter(IReadOnlyList<RuleEntry> rules, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AutoModeRuleSet? result)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (!IsAvailable || IsActive)
        {
            result = null;
            return false;
        }

        result = AutoModeRuleSet.Create(rules, Options.ClassifyAllShell);
        _current = result;
        return true;
    }

    /// <summary>Leaves auto mode and returns the rule list it was entered with, in its original order.</summary>
    /// <exception cref="InvalidOperationException">Auto mode is not on.</exception>
    public IReadOnlyList<RuleEntry> Leave()
    {
        AutoModeRuleSet current = _current ?? throw new InvalidOperationException("auto mode is not on");
        _current = null;
        return current.Original;
    }
}
