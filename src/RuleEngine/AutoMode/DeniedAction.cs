using RuleEngine.AutoMode.Classification;

namespace RuleEngine.AutoMode;

/// <summary>An action the classifier blocked, as listed under "Recently denied".</summary>
/// <param name="Action">The action.</param>
/// <param name="Reason">The classifier's reason.</param>
public sealed record DeniedAction(ClassifierAction Action, string Reason);
