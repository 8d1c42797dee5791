using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using RuleEngine.AutoMode;

namespace RuleEngine.Cli.Serve;

/// <summary>
/// One session: frames newline-delimited requests with a <see cref="PipeReader"/> (no copy of the line;
/// an overlong line is consumed and dropped as it arrives, never buffered whole), answers each in order,
/// and flushes the <see cref="PipeWriter"/> once per batch of lines that arrived together.
/// Holds the session's auto-mode evaluator. Not thread-safe; one task per connection.
/// </summary>
internal sealed partial class ServeConnection
{
    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 64 };

    private readonly DecisionService _service;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _response = new(1024);
    private readonly Utf8JsonWriter _json;
    private PipeWriter? _writer;
    private long _unflushed;
    private AutoModeEvaluator? _autoMode;
    private ServicePolicy? _autoModePolicy;

    public ServeConnection(DecisionService service, Stream input, Stream output)
    {
        _service = service;
        _input = input;
        _output = output;
        // Responses are NDJSON for programs, never embedded in HTML: keep quotes and non-ASCII text readable.
        _json = new Utf8JsonWriter(_response, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        PipeReader reader = PipeReader.Create(_input, new StreamPipeReaderOptions(leaveOpen: true));
        PipeWriter writer = _writer = PipeWriter.Create(_output, new StreamPipeWriterOptions(leaveOpen: true));
        _service.Stats.ConnectionOpened();

        // Stopping cancels only the wait for more input: lines already received are still answered.
        CancellationTokenRegistration registration = stopping.Register(static r => ((PipeReader)r!).CancelPendingRead(), reader);
        bool discarding = false;

        // Invariant: the first `scanned` bytes of the unconsumed input hold no newline, so a long line
        // arriving in many reads is scanned once, not once per read.
        long scanned = 0;
        try
        {
            while (true)
            {
                ReadResult result = await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = result.Buffer;
                while (buffer.Slice(scanned).PositionOf((byte)'\n') is { } newline)
                {
                    scanned = 0;
                    ReadOnlySequence<byte> line = buffer.Slice(0, newline);
                    buffer = buffer.Slice(buffer.GetPosition(1, newline));
                    if (discarding)
                    {
                        // The end of a line already answered as too long.
                        discarding = false;
                    }
                    else if (line.Length > _service.MaxRequestBytes)
                    {
                        WriteOversize();
                    }
                    else
                    {
                        await HandleLineAsync(line).ConfigureAwait(false);
                    }

                    if (_unflushed >= FlushThreshold && !await FlushAsync().ConfigureAwait(false))
                    {
                        return;
                    }
                }

                // What is left is the start of a line. Past the limit, answer at once, then consume the
                // rest of the line as it comes and drop it.
                if (!discarding && buffer.Length > _service.MaxRequestBytes)
                {
                    discarding = true;
                    WriteOversize();
                }

                if (discarding)
                {
                    buffer = buffer.Slice(buffer.End);
                }

                scanned = buffer.Length;

                bool done = result.IsCompleted || result.IsCanceled || stopping.IsCancellationRequested;
                if (result.IsCompleted)
                {
                    // A last line without a newline is still a request.
                    if (!discarding && !buffer.IsEmpty)
                    {
                        await HandleLineAsync(buffer).ConfigureAwait(false);
                    }

                    buffer = buffer.Slice(buffer.End);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (!await FlushAsync().ConfigureAwait(false) || done)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away mid-request; nothing to answer.
        }
        finally
        {
            await registration.DisposeAsync().ConfigureAwait(false);
            _service.Stats.ConnectionClosed();
            await reader.CompleteAsync().ConfigureAwait(false);
            try
            {
                await writer.CompleteAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
            {
                // The final flush failed because the client is gone.
            }
        }
    }

    /// <summary>Sends what was answered so far; false when the client no longer reads.</summary>
    private async ValueTask<bool> FlushAsync()
    {
        if (_unflushed == 0)
        {
            return true;
        }

        _unflushed = 0;
        FlushResult flushed = await _writer!.FlushAsync().ConfigureAwait(false);
        return !flushed.IsCompleted;
    }

    /// <summary>Copies the finished response in <see cref="_response"/> and its newline to the pipe.</summary>
    private void Commit()
    {
        _json.Flush();
        ReadOnlySpan<byte> body = _response.WrittenSpan;
        Span<byte> target = _writer!.GetSpan(body.Length + 1);
        body.CopyTo(target);
        target[body.Length] = (byte)'\n';
        _writer.Advance(body.Length + 1);
        _unflushed += body.Length + 1;
        Discard();
    }

    /// <summary>Drops a response that was not finished (an exception while writing it).</summary>
    private void Discard()
    {
        _response.Clear();
        _json.Reset(_response);
    }
}
