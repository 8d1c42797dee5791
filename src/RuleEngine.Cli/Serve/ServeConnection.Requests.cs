using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Unicode;
using RuleEngine.AutoMode;
using RuleEngine.Cli.Output;
using RuleEngine.Evaluation;
using RuleEngine.Settings;

namespace RuleEngine.Cli.Serve;

/// <summary>Answering one request line: parse, dispatch, and write the response object.</summary>
internal sealed partial class ServeConnection
{
    private async ValueTask HandleLineAsync(ReadOnlySequence<byte> line)
    {
        long started = Stopwatch.GetTimestamp();
        if (IsBlank(line))
        {
            return;
        }

        _service.Stats.RecordRequest();
        if (!IsUtf8(line))
        {
            // JsonDocument checks string contents only when they are read; refuse the line up front.
            WriteError(null, "request is not valid UTF-8");
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, s_documentOptions);
        }
        catch (JsonException ex)
        {
            WriteError(null, $"request is not valid JSON: {ex.Message}");
            return;
        }

        using (document)
        {
            JsonElement? id = null;
            try
            {
                ServeRequest request = ServeRequestParser.Parse(document.RootElement);
                id = request.Id;
                switch (request.Kind)
                {
                    case ServeRequestKind.Decide:
                        (Decision decision, bool passthrough) = await DecideAsync(request).ConfigureAwait(false);
                        WriteDecision(request.Id, decision, passthrough, started);
                        break;
                    case ServeRequestKind.Ping:
                        WritePing(request.Id);
                        break;
                    case ServeRequestKind.Reload:
                        WriteReload(request.Id, _service.Reload());
                        break;
                    case ServeRequestKind.Stats:
                        WriteStats(request.Id);
                        break;
                }
            }
            catch (ServeRequestException ex)
            {
                Discard();
                WriteError(ex.Id, ex.Message);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // RE9001: a bug, not bad input; answer it and keep serving.
                Discard();
                WriteError(id, $"internal error RE9001 ({ex.GetType().Name}: {ex.Message}); please report it with the request that caused it");
            }
        }
    }

    /// <summary>
    /// The full decision (as <see cref="PermissionEngine.Decide"/>) and whether no rule or check decided it:
    /// a passthrough becomes ask (deny under dontAsk), and in auto mode goes to the session's classifier.
    /// </summary>
    private async ValueTask<(Decision Decision, bool Passthrough)> DecideAsync(ServeRequest request)
    {
        ServicePolicy policy = _service.Policy;
        EvaluationContext context = policy.ContextFor(request.Cwd, request.Mode);
        ToolCall call = request.Call!;
        if (context.Mode == PermissionMode.Auto)
        {
            // The session may keep what it saw; give it input that outlives the request line.
            Decision auto = await AutoModeFor(policy).DecideAsync(call with { Input = call.Input.Clone() }, context).ConfigureAwait(false);
            return (auto, auto.Reason is ClassifierReason);
        }

        // One evaluation gives both answers; ServeDecisionTests pins the result to Decide in every mode.
        Decision inner = policy.Engine.Evaluate(call, context);
        return (PermissionEngine.Finish(inner, context), inner.Behavior == DecisionBehavior.Passthrough);
    }

    /// <summary>The session's auto-mode evaluator, started again after a reload so it sees the new rules.</summary>
    private AutoModeEvaluator AutoModeFor(ServicePolicy policy)
    {
        if (_autoMode is null || !ReferenceEquals(_autoModePolicy, policy))
        {
            _autoMode = policy.CreateAutoMode(_service.Args);
            _autoModePolicy = policy;
        }

        return _autoMode;
    }

    private void WriteDecision(JsonElement? id, Decision decision, bool passthrough, long started)
    {
        StartResponse(id);
        _json.WriteString("decision", DecisionRenderer.Name(decision.Behavior));
        _json.WriteBoolean("passthrough", passthrough);
        _json.WritePropertyName("reason");
        DecisionRenderer.WriteReasonJson(decision.Reason, _json);
        long micros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        _json.WriteNumber("micros", micros);
        _json.WriteEndObject();
        Commit();
        _service.Stats.RecordLatency(micros);
    }

    private void WritePing(JsonElement? id)
    {
        StartResponse(id);
        _json.WriteBoolean("ok", true);
        _json.WriteEndObject();
        Commit();
    }

    private void WriteReload(JsonElement? id, PolicyLoadResult result)
    {
        StartResponse(id);
        _json.WriteBoolean("ok", result.Policy is not null);
        if (result.Policy is null)
        {
            _json.WriteString("error", "reload failed; the previous policy stays in effect");
            _json.WriteStartArray("errors");
            foreach (string error in result.Errors)
            {
                _json.WriteStringValue(error);
            }

            _json.WriteEndArray();
            _service.Stats.RecordError();
        }

        _json.WriteNumber("rules", _service.Policy.RuleCount);
        _json.WriteEndObject();
        Commit();
    }

    private void WriteStats(JsonElement? id)
    {
        ServiceStats stats = _service.Stats;
        StartResponse(id);
        _json.WriteBoolean("ok", true);
        _json.WriteNumber("requests", stats.Requests);
        _json.WriteNumber("errors", stats.Errors);
        _json.WriteNumber("connections", stats.Connections);
        _json.WriteNumber("uptimeSeconds", Math.Round(stats.Uptime.TotalSeconds, 3));
        _json.WriteNumber("rules", _service.Policy.RuleCount);
        if (stats.Percentiles() is { } p)
        {
            _json.WriteNumber("p50Micros", p.P50);
            _json.WriteNumber("p99Micros", p.P99);
        }
        else
        {
            _json.WriteNull("p50Micros");
            _json.WriteNull("p99Micros");
        }

        _json.WriteEndObject();
        Commit();
    }

    private void WriteOversize()
    {
        _service.Stats.RecordRequest();
        WriteError(null, $"request line is longer than {_service.MaxRequestBytes} bytes (--max-request-bytes); skipped");
    }

    private void WriteError(JsonElement? id, string message)
    {
        StartResponse(id);
        _json.WriteString("error", message);
        _json.WriteEndObject();
        Commit();
        _service.Stats.RecordError();
    }

    private void StartResponse(JsonElement? id)
    {
        _json.WriteStartObject();
        if (id is { } value)
        {
            _json.WritePropertyName("id");
            value.WriteTo(_json);
        }
    }

    private static bool IsUtf8(ReadOnlySequence<byte> line)
    {
        if (line.IsSingleSegment)
        {
            return Utf8.IsValid(line.FirstSpan);
        }

        // A line across pipe segments (rare): a character may straddle the boundary, so check it whole.
        byte[] copy = ArrayPool<byte>.Shared.Rent(checked((int)line.Length));
        try
        {
            line.CopyTo(copy);
            return Utf8.IsValid(copy.AsSpan(0, (int)line.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (ReadOnlyMemory<byte> segment in line)
        {
            foreach (byte b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
