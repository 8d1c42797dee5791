using System.Net;
using System.Text;
using System.Text.Json;
using RuleEngine.Cli.Commands;
using RuleEngine.Cli.Serve;

namespace RuleEngine.Cli.Tests.Serve;

public class ServeCommandTests
{
    [Fact]
    public void Run_StdioUntilInputEnds_AnswersEveryLineAndExitsZero()
    {
        var input = new MemoryStream(Encoding.UTF8.GetBytes("""
            {"id":1,"tool":"Bash","input":{"command":"npm test"}}
            {"id":2,"tool_name":"Bash","tool_input":{"command":"rm -rf /"},"cwd":"/home/alice/proj","permission_mode":"default"}
            {"id":3,"op":"ping"}
            """));
        var output = new MemoryStream();
        var stderr = new StringWriter();

        int exit = ServeCommand.Run([.. ServeFixture.PolicyArgs, "--stdio"], input, output, stderr, CancellationToken.None);

        Assert.Equal(0, exit);
        string[] lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("allow", Parse(lines[0]).GetProperty("decision").GetString());
        Assert.Equal("deny", Parse(lines[1]).GetProperty("decision").GetString());
        Assert.Equal("""{"id":3,"ok":true}""", lines[2]);
        Assert.Equal("rulec serve: 6 rules loaded; answering requests on stdin\nrulec serve: stopped\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Run_TcpPortZero_ListensOnLoopbackUntilStopped()
    {
        using var stop = new CancellationTokenSource();
        var bound = new TaskCompletionSource<EndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stderr = new StringWriter();
        Task<int> run = Task.Run(() => ServeCommand.Run([.. ServeFixture.PolicyArgs, "--tcp", "127.0.0.1:0"], Stream.Null, Stream.Null, stderr, stop.Token, bound.SetResult));

        EndPoint endPoint = await bound.Task.WaitAsync(ServeFixture.Timeout);
        await using (SocketClient client = await SocketClient.ConnectAsync(endPoint))
        {
            Assert.Equal("deny", (await client.AskAsync("""{"tool":"Read","input":{"file_path":"/home/alice/proj/.env"}}""")).GetProperty("decision").GetString());
        }

        stop.Cancel();
        Assert.Equal(0, await run.WaitAsync(ServeFixture.Timeout));
        Assert.Contains($"listening on tcp {endPoint}", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0:7070", "refusing to listen on `0.0.0.0`")]
    [InlineData("192.168.1.10:7070", "refusing to listen on `192.168.1.10`")]
    [InlineData("[::]:7070", "refusing to listen on `::`")]
    [InlineData("example.com:7070", "--tcp needs ADDRESS:PORT")]
    [InlineData("127.0.0.1", "--tcp needs ADDRESS:PORT")]
    [InlineData("127.0.0.1:99999", "--tcp needs ADDRESS:PORT")]
    [InlineData("::1", "--tcp needs ADDRESS:PORT")]
    public void Run_TcpNotLoopback_RefusedWithClearError(string address, string message)
    {
        var ex = Assert.Throws<UsageException>(() => RunWith(["--tcp", address]));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:7070", "127.0.0.1:7070")]
    [InlineData("[::1]:7070", "[::1]:7070")]
    [InlineData("localhost:0", "127.0.0.1:0")]
    public void ParseLoopback_LoopbackAddress_Accepted(string text, string expected) =>
        Assert.Equal(expected, ServeOptions.ParseLoopback(text).ToString());

    [Theory]
    [InlineData(new[] { "--stdio", "--tcp", "127.0.0.1:1" }, "give only one of --stdio, --socket PATH and --tcp")]
    [InlineData(new[] { "--max-request-bytes", "lots" }, "--max-request-bytes must be a whole number of bytes of at least 2, got `lots`")]
    [InlineData(new[] { "--max-request-bytes", "-5" }, "--max-request-bytes must be a whole number")]
    [InlineData(new[] { "extra" }, "unexpected argument `extra`")]
    [InlineData(new[] { "--format", "json" }, "unknown option `--format`")]
    public void Run_BadOptions_UsageError(string[] args, string message)
    {
        var ex = Assert.Throws<UsageException>(() => RunWith(args));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PolicyCannotLoad_ExitOneWithTheReason()
    {
        string missing = Path.Combine(ServeFixture.TempDirectory(), "missing.json");
        var stderr = new StringWriter();
        int exit = ServeCommand.Run(["--settings", missing], new MemoryStream(), new MemoryStream(), stderr, CancellationToken.None);
        Assert.Equal(1, exit);
        Assert.Contains(missing, stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("rulec serve: the policy could not be loaded; not starting", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StdioStoppedWhileReadIgnoresCancellation_ExitsWithoutWaitingForInput()
    {
        using var stop = new CancellationTokenSource();
        var stderr = new StringWriter();
        Task<int> run = Task.Run(() => ServeCommand.Run([.. ServeFixture.PolicyArgs], new NeverEndingStream(), new MemoryStream(), stderr, stop.Token, drainTimeout: TimeSpan.FromMinutes(1)));
        stop.CancelAfter(TimeSpan.FromMilliseconds(50));

        Assert.Equal(0, await run.WaitAsync(ServeFixture.Timeout));
        Assert.EndsWith("rulec serve: stopped\n", stderr.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static int RunWith(string[] args) =>
        ServeCommand.Run([.. ServeFixture.PolicyArgs, .. args], new MemoryStream(), new MemoryStream(), TextWriter.Null, CancellationToken.None);

    private static JsonElement Parse(string line)
    {
        using JsonDocument doc = JsonDocument.Parse(line);
        return doc.RootElement.Clone();
    }

    /// <summary>Console stdin with no input yet: a read that never completes and ignores cancellation.</summary>
    private sealed class NeverEndingStream : Stream
    {
        private readonly TaskCompletionSource<int> _never = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _never.Task.GetAwaiter().GetResult();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(_never.Task);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _never.Task;

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
