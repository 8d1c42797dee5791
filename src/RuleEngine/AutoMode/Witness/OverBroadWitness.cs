namespace RuleEngine.AutoMode.Witness;

/// <summary>A concrete command an allow rule approves that runs arbitrary code, and why.</summary>
/// <param name="Command">The witness command, e.g. <c>make -f evil.mk</c>.</param>
/// <param name="Explanation">Why it runs arbitrary code, one lowercase line.</param>
public sealed record OverBroadWitness(string Command, string Explanation);
