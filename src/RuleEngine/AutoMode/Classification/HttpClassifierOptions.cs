namespace RuleEngine.AutoMode.Classification;

/// <summary>Where and how <see cref="HttpClassifier"/> reaches a model endpoint in the Anthropic Messages API shape.</summary>
/// <param name="BaseUrl">The endpoint root; requests go to <c>{BaseUrl}/v1/messages</c>.</param>
/// <param name="Model">The model name sent in the body.</param>
/// <param name="ApiKeyVariable">The environment variable holding the key sent as <c>x-api-key</c> (read per request, never stored).</param>
public sealed record HttpClassifierOptions(Uri BaseUrl, string Model, string ApiKeyVariable = "ANTHROPIC_API_KEY")
{
    /// <summary>How long one classification may take before it counts as timed out (no verdict).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The <c>max_tokens</c> of the request.</summary>
    public int MaxTokens { get; init; } = 256;

    /// <summary>Omit read-only tool calls from the transcript sent (shorter prompts).</summary>
    public bool OmitReadOnlyCalls { get; init; }
}
