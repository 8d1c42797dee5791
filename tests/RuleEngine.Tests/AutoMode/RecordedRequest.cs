namespace RuleEngine.Tests.AutoMode;

/// <summary>One request the fake server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
