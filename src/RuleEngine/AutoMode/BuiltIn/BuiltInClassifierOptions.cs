namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>Options of the offline <see cref="BuiltInClassifier"/>.</summary>
/// <param name="AllowUnmatched">
/// What to answer when no built-in block entry matches: true (default) allows, as a model classifier
/// blocks only listed categories; false answers no verdict, so the host denies with "could not evaluate".
/// </param>
public sealed record BuiltInClassifierOptions(bool AllowUnmatched = true)
{
    /// <summary>The default options.</summary>
    public static BuiltInClassifierOptions Default { get; } = new();
}
