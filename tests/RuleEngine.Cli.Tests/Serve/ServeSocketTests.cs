using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using RuleEngine.Cli.Serve;

namespace RuleEngine.Cli.Tests.Serve;

public class ServeSocketTests
{
    [Fact]
    public async Task UnixSocket_ConcurrentClients_EachAnsweredInOrder()
    {
        string path = Path.Combine(ServeFixture.TempDirectory(), "rulec.sock");
        using SocketServer server = SocketServer.BindUnix(path);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        await RunClientsAsync(server, clients: 8, requests: 25);
    }

    [Fact]
    public async Task Tcp_PortZeroConcurrentClients_EachAnsweredInOrder()
    {
        using SocketServer server = SocketServer.BindTcp(new IPEndPoint(IPAddress.Loopback, 0));
        Assert.NotEqual(0, ((IPEndPoint)server.LocalEndPoint).Port);
        await RunClientsAsync(server, clients: 4, requests: 25);
    }

    [Fact]
    public async Task UnixSocket_StopWithOpenConnections_ClientsSeeEndAndSocketFileRemoved()
    {
        string path = Path.Combine(ServeFixture.TempDirectory(), "rulec.sock");
        using SocketServer server = SocketServer.BindUnix(path);
        using var stop = new CancellationTokenSource();
        Task running = server.RunAsync(ServeFixture.Service(), stop.Token, ServeFixture.Timeout);
        await using SocketClient a = await SocketClient.ConnectAsync(server.LocalEndPoint);
        await using SocketClient b = await SocketClient.ConnectAsync(server.LocalEndPoint);
        Assert.True((await a.AskAsync("""{"op":"ping"}""")).GetProperty("ok").GetBoolean());
        Assert.True((await b.AskAsync("""{"op":"ping"}""")).GetProperty("ok").GetBoolean());

        stop.Cancel();

        await running.WaitAsync(ServeFixture.Timeout);
        Assert.Null(await a.ReadLineAsync());
        Assert.Null(await b.ReadLineAsync());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task UnixSocket_ClientDisconnectsMidRequest_ServiceKeepsServing()
    {
        string path = Path.Combine(ServeFixture.TempDirectory(), "rulec.sock");
        using SocketServer server = SocketServer.BindUnix(path);
        using var stop = new CancellationTokenSource();
        DecisionService service = ServeFixture.Service();
        Task running = server.RunAsync(service, stop.Token, ServeFixture.Timeout);

        SocketClient rude = await SocketClient.ConnectAsync(server.LocalEndPoint);
        await rude.SendAsync("""{"tool":"Bash","input":{"comm""");
        await rude.DisposeAsync();

        await using SocketClient polite = await SocketClient.ConnectAsync(server.LocalEndPoint);
        Assert.Equal("allow", (await polite.AskAsync("""{"tool":"Bash","input":{"command":"git status"}}""")).GetProperty("decision").GetString());

        stop.Cancel();
        await running.WaitAsync(ServeFixture.Timeout);
    }

    [Fact]
    public void BindUnix_StaleSocketFile_Replaced()
    {
        // A socket file left by a process that died: .NET removes the file when a bound socket is
        // disposed, so bind elsewhere and move the file before disposing.
        string dir = ServeFixture.TempDirectory();
        string path = Path.Combine(dir, "stale.sock");
        using (var stale = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            stale.Bind(new UnixDomainSocketEndPoint(Path.Combine(dir, "bound.sock")));
            File.Move(Path.Combine(dir, "bound.sock"), path);
        }

        Assert.True(File.Exists(path));
        using SocketServer server = SocketServer.BindUnix(path);
        Assert.Equal(path, ((UnixDomainSocketEndPoint)server.LocalEndPoint).ToString());
    }

    [Fact]
    public void BindUnix_PathIsAFileWithContent_RefusedAndKept()
    {
        string path = CliRunner.TempFile("important", "notes.txt");
        var ex = Assert.Throws<UsageException>(() => SocketServer.BindUnix(path));
        Assert.Equal($"`{path}` exists and is not a socket; refusing to replace it", ex.Message);
        Assert.Equal("important", File.ReadAllText(path));
    }

    [Fact]
    public void BindUnix_AnotherServiceListening_Refused()
    {
        string path = Path.Combine(ServeFixture.TempDirectory(), "busy.sock");
        using SocketServer first = SocketServer.BindUnix(path);
        var ex = Assert.Throws<UsageException>(() => SocketServer.BindUnix(path));
        Assert.Contains("already listening", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BindUnix_PathTooLong_ClearError()
    {
        string path = Path.Combine(ServeFixture.TempDirectory(), new string('s', 200) + ".sock");
        var ex = Assert.Throws<UsageException>(() => SocketServer.BindUnix(path));
        Assert.Contains("is too long for a Unix domain socket", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BindTcp_NonLoopbackAddress_Refused()
    {
        var ex = Assert.Throws<UsageException>(() => SocketServer.BindTcp(new IPEndPoint(IPAddress.Any, 0)));
        Assert.Contains("only loopback", ex.Message, StringComparison.Ordinal);
    }

    private static async Task RunClientsAsync(SocketServer server, int clients, int requests)
    {
        using var stop = new CancellationTokenSource();
        DecisionService service = ServeFixture.Service();
        Task running = server.RunAsync(service, stop.Token, ServeFixture.Timeout);

        async Task ClientAsync(int c)
        {
            await using SocketClient client = await SocketClient.ConnectAsync(server.LocalEndPoint);
            var batch = new StringBuilder();
            for (int i = 0; i < requests; i++)
            {
                string command = (c + i) % 2 == 0 ? "rm -rf build" : "npm test";
                batch.Append($$$"""{"id":"{{{c}}}-{{{i}}}","tool":"Bash","input":{"command":"{{{command}}}"}}""").Append('\n');
            }

            await client.SendAsync(batch.ToString());
            for (int i = 0; i < requests; i++)
            {
                JsonElement response = await client.ReadResponseAsync();
                Assert.Equal($"{c}-{i}", response.GetProperty("id").GetString());
                Assert.Equal((c + i) % 2 == 0 ? "deny" : "allow", response.GetProperty("decision").GetString());
            }

            client.CloseOutput();
            Assert.Null(await client.ReadLineAsync());
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(ClientAsync)).WaitAsync(ServeFixture.Timeout);
        Assert.Equal(clients * requests, service.Stats.Requests);

        stop.Cancel();
        await running.WaitAsync(ServeFixture.Timeout);
    }
}
