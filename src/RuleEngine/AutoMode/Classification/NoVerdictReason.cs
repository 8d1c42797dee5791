namespace RuleEngine.AutoMode.Classification;

/// <summary>Why a classification produced no verdict (auto-mode.md §4, §8).</summary>
public enum NoVerdictReason
{
    /// <summary>The request was refused by a separate safety check.</summary>
    Refused,

    /// <summary>The classifier did not answer in time.</summary>
    TimedOut,

    /// <summary>The answer could not be parsed into a verdict.</summary>
    Unparseable,

    /// <summary>No classifier, network or quota failure, HTTP error ("Classifier unavailable").</summary>
    Unavailable,

    /// <summary>The caller cancelled the request (e.g. the mode changed while it was pending, §3 step 5).</summary>
    Cancelled,
}
