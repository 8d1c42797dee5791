using System.IO.Pipelines;
using System.Text;
using RuleEngine.Cli.Serve;

namespace RuleEngine.Cli.Tests.Serve;

/// <summary>A session with a <see cref="DecisionService"/> over in-memory pipes; every wait is bounded.</summary>
internal sealed class PipeClient : LineClient, IAsyncDisposable
{
    private readonly Pipe _requests = new();
    private readonly Pipe _responses = new();
    private readonly StreamReader _reader;
    private readonly CancellationTokenSource _stop = new();

    public PipeClient(DecisionService service, Stream? input = null)
    {
        _reader = new StreamReader(_responses.Reader.AsStream(), Encoding.UTF8);
        Server = RunServerAsync(service, input ?? _requests.Reader.AsStream());
    }

    /// <summary>The session; completes when the server stops answering.</summary>
    public Task Server { get; }

    protected override TextReader Reader => _reader;

    public CancellationTokenSource Stop => _stop;

    public override async Task SendAsync(string text) => await SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] bytes)
    {
        await _requests.Writer.WriteAsync(bytes).AsTask().WaitAsync(ServeFixture.Timeout);
    }

    /// <summary>Ends the request stream (the client closed stdin).</summary>
    public Task CompleteAsync() => _requests.Writer.CompleteAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        await _requests.Writer.CompleteAsync();
        _stop.Cancel();
        await Server.WaitAsync(ServeFixture.Timeout);
        _stop.Dispose();
        Reader.Dispose();
    }

    private async Task RunServerAsync(DecisionService service, Stream input)
    {
        await Task.Yield();
        try
        {
            await service.ServeConnectionAsync(input, _responses.Writer.AsStream(), _stop.Token);
        }
        finally
        {
            await _responses.Writer.CompleteAsync();
        }
    }
}
