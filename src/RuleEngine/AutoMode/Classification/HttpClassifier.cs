using System.Net.Http.Headers;

namespace RuleEngine.AutoMode.Classification;

/// <summary>
/// A model-backed classifier over HTTP in the Anthropic Messages API shape: <c>POST {url}/v1/messages</c>
/// with <c>x-api-key</c>, <c>anthropic-version: 2023-06-01</c> and a JSON body (<c>model</c>, <c>max_tokens</c>,
/// <c>system</c>, <c>messages</c>). The model must answer <c>{"verdict":"allow"|"block","reason":"…"}</c> as the
/// first text block. Timeouts, HTTP and network errors, refusals and any other answer are no verdict
/// (auto-mode.md §6, §8); this class never throws for them.
/// </summary>
public sealed class HttpClassifier : IClassifier
{
    /// <summary>The <c>anthropic-version</c> header value.</summary>
    public const string ApiVersion = "2023-06-01";

    private readonly HttpClient _http;
    private readonly HttpClassifierOptions _options;
    private readonly Uri _endpoint;

    /// <summary>Creates the adapter; <paramref name="http"/> is owned by the caller (share one per process).</summary>
    public HttpClassifier(HttpClient http, HttpClassifierOptions options)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        string root = options.BaseUrl.ToString().TrimEnd('/');
        _endpoint = new Uri(root + "/v1/messages");
    }

    /// <inheritdoc />
    public async ValueTask<ClassifierResult> ClassifyAsync(ClassificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? key = Environment.GetEnvironmentVariable(_options.ApiKeyVariable);
        if (string.IsNullOrEmpty(key))
        {
            return ClassifierResult.NoVerdict(NoVerdictReason.Unavailable, $"no API key in `{_options.ApiKeyVariable}`");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        message.Headers.Add("x-api-key", key);
        message.Headers.Add("anthropic-version", ApiVersion);
        message.Content = new ByteArrayContent(ClassifierPrompt.BuildBody(request, _options));
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            string body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return ClassifierResult.NoVerdict(NoVerdictReason.Unavailable, $"classifier endpoint answered HTTP {(int)response.StatusCode}");
            }

            return ClassifierPrompt.ParseResponse(body);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ClassifierResult.NoVerdict(NoVerdictReason.Cancelled, "classification cancelled");
        }
        catch (OperationCanceledException)
        {
            return ClassifierResult.NoVerdict(NoVerdictReason.TimedOut, $"classifier did not answer within {_options.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            return ClassifierResult.NoVerdict(NoVerdictReason.Unavailable, "classifier endpoint unreachable: " + e.Message);
        }
    }
}
