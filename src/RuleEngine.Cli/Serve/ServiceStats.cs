using System.Diagnostics;

namespace RuleEngine.Cli.Serve;

/// <summary>
/// Counters for <c>{"op":"stats"}</c>: requests answered, error responses, uptime, and the p50/p99
/// service time of the last <see cref="Window"/> decisions. Thread-safe; shared by every connection.
/// </summary>
internal sealed class ServiceStats
{
    /// <summary>How many recent decision latencies the percentiles are computed over.</summary>
    public const int Window = 8192;

    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly long[] _latencies = new long[Window];
    private readonly Lock _lock = new();
    private long _requests;
    private long _errors;
    private long _connections;
    private int _next;
    private int _count;

    public long Requests => Interlocked.Read(ref _requests);

    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Connections open right now.</summary>
    public long Connections => Interlocked.Read(ref _connections);

    public TimeSpan Uptime => Stopwatch.GetElapsedTime(_started);

    public void RecordRequest() => Interlocked.Increment(ref _requests);

    public void RecordError() => Interlocked.Increment(ref _errors);

    public void ConnectionOpened() => Interlocked.Increment(ref _connections);

    public void ConnectionClosed() => Interlocked.Decrement(ref _connections);

    /// <summary>Records the service time of one decision, in microseconds.</summary>
    public void RecordLatency(long micros)
    {
        lock (_lock)
        {
            _latencies[_next] = micros;
            _next = (_next + 1) % Window;
            _count = Math.Min(_count + 1, Window);
        }
    }

    /// <summary>The p50 and p99 decision service times in microseconds (nearest rank), or null before the first decision.</summary>
    public (long P50, long P99)? Percentiles()
    {
        long[] copy;
        lock (_lock)
        {
            if (_count == 0)
            {
                return null;
            }

            copy = _latencies[.._count];
        }

        Array.Sort(copy);
        return (Rank(copy, 0.50), Rank(copy, 0.99));
    }

    private static long Rank(long[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
