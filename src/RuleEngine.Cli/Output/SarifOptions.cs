namespace RuleEngine.Cli.Output;

/// <summary>What a SARIF log says about the tool and where artifact URIs are relative to.</summary>
/// <param name="BaseDirectory">The directory artifact URIs are made relative to (the repository root, <c>%SRCROOT%</c>).</param>
/// <param name="InformationUri">The tool's documentation address (<c>tool.driver.informationUri</c>).</param>
/// <param name="SemanticVersion">The tool version (<c>tool.driver.semanticVersion</c>), e.g. <c>0.1.0</c>.</param>
internal sealed record SarifOptions(string BaseDirectory, string InformationUri, string SemanticVersion);
