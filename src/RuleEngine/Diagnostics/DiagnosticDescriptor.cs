namespace RuleEngine.Diagnostics;

/// <summary>
/// The fixed description of one kind of finding: a stable ID (never reused), a title, a default
/// severity and a category. All descriptors live in <see cref="Descriptors"/>.
/// </summary>
/// <param name="Id">Stable ID: <c>RE0xxx</c> syntax/schema, <c>RE1xxx</c> analysis, <c>RE2xxx</c> compilation, <c>RE9xxx</c> internal.</param>
/// <param name="Title">A short lowercase title.</param>
/// <param name="DefaultSeverity">The severity used unless the reporter overrides it.</param>
/// <param name="Category">The lint family (<c>syntax</c>, <c>schema</c>, <c>rules</c>, <c>paths</c>, …).</param>
public sealed record DiagnosticDescriptor(string Id, string Title, DiagnosticSeverity DefaultSeverity, string Category);
