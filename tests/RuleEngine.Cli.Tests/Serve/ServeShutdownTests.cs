using System.Text;
using System.Text.Json;
using RuleEngine.Cli.Serve;

namespace RuleEngine.Cli.Tests.Serve;

public class ServeShutdownTests
{
    [Fact]
    public async Task Stop_RequestsAlreadyReceived_AnsweredThenSessionEnds()
    {
        var stop = new CancellationTokenSource();
        var lines = new StringBuilder();
        for (int i = 0; i < 50; i++)
        {
            lines.Append($$$"""{"id":{{{i}}},"tool":"Bash","input":{"command":"npm test && rm -rf x"}}""").Append('\n');
        }

        // The stop arrives together with the batch: the read that delivers the requests also signals it.
        var input = new StopOnFirstReadStream(Encoding.UTF8.GetBytes(lines.ToString()), stop);
        var output = new MemoryStream();
        DecisionService service = ServeFixture.Service();

        await service.ServeConnectionAsync(input, output, stop.Token).WaitAsync(ServeFixture.Timeout);

        string[] responses = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(50, responses.Length);
        for (int i = 0; i < 50; i++)
        {
            using JsonDocument doc = JsonDocument.Parse(responses[i]);
            Assert.Equal(i, doc.RootElement.GetProperty("id").GetInt32());
            Assert.Equal("deny", doc.RootElement.GetProperty("decision").GetString());
        }

        Assert.Equal(1, input.Reads);
    }

    [Fact]
    public async Task Stop_IdleSession_EndsWithoutInputClosing()
    {
        await using var client = new PipeClient(ServeFixture.Service());
        Assert.True((await client.AskAsync("""{"op":"ping"}""")).GetProperty("ok").GetBoolean());

        client.Stop.Cancel();

        await client.Server.WaitAsync(ServeFixture.Timeout);
        Assert.Null(await client.ReadLineAsync());
    }

    /// <summary>Returns its payload on the first read and cancels the stop token as it does; later reads end the stream.</summary>
    private sealed class StopOnFirstReadStream(byte[] payload, CancellationTokenSource stop) : Stream
    {
        public int Reads { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            Reads++;
            if (Reads > 1)
            {
                return 0;
            }

            Assert.True(buffer.Length >= payload.Length, "test payload must fit one read");
            payload.CopyTo(buffer);
            stop.Cancel();
            return payload.Length;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
