namespace RuleEngine.Evaluation;

/// <summary>Options of a <see cref="PermissionEngine"/>. Immutable.</summary>
public sealed record PermissionEngineOptions
{
    /// <summary>The defaults: the full procedure of decision.md §2.</summary>
    public static readonly PermissionEngineOptions Default = new();

    /// <summary>
    /// Run step 3, input validation (a Read deny refuses Edit/Write of the path). The conformance corpus
    /// labels the permission stage only, so its runner turns this off (conformance README).
    /// </summary>
    public bool ValidateInput { get; init; } = true;

    /// <summary>
    /// How rules are looked up: the compiled index where the runtime compiles dynamic code
    /// (<see cref="System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled"/>), else the
    /// interpreter. Every back-end gives identical decisions and reasons.
    /// </summary>
    public RuleBackend Backend { get; init; } = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled
        ? RuleBackend.Expressions
        : RuleBackend.Interpreter;
}
