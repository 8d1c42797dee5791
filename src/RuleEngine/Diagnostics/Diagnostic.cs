namespace RuleEngine.Diagnostics;

/// <summary>
/// One finding: what is wrong (a one-line lowercase message with user input in backticks), where, and
/// a separate help line saying how to fix it.
/// </summary>
/// <param name="Descriptor">The kind of finding.</param>
/// <param name="Severity">The effective severity.</param>
/// <param name="Message">One line, lowercase, no final period.</param>
/// <param name="Help">How to fix it, or null when there is nothing to add.</param>
/// <param name="Location">Where it points.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, string Message, string? Help, Location Location)
{
    /// <summary>The stable ID, e.g. <c>RE1002</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Creates a diagnostic with the descriptor's default severity.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, string message, string? help = null) =>
        new(descriptor, descriptor.DefaultSeverity, message, help, location);

    /// <summary>The same diagnostic at another location.</summary>
    public Diagnostic At(Location location) => this with { Location = location };

    /// <inheritdoc />
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
