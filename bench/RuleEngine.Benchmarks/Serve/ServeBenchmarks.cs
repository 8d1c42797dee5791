using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using BenchmarkDotNet.Attributes;
using RuleEngine.Cli;
using RuleEngine.Cli.Commands;
using RuleEngine.Cli.Serve;
using RuleEngine.Evaluation;

namespace RuleEngine.Benchmarks.Serve;

/// <summary>
/// Per-request cost of <c>rulec serve</c> over an in-memory pipe: framing, parse, decide, serialise and
/// the pipe hand-offs, one request at a time and pipelined in batches of 100; <c>Engine</c> is the
/// decision alone for comparison.
/// </summary>
[MemoryDiagnoser]
public class ServeBenchmarks
{
    private const int Batch = 100;

    private static readonly string[] s_policy =
    [
        "--cwd", "/home/alice/proj", "--home", "/home/alice",
        "--allow", "Bash(npm test *)", "--allow", "Bash(npm run *)", "--allow", "Bash(git status)", "--allow", "Bash(git diff *)",
        "--allow", "Edit(src/**)", "--allow", "WebFetch(domain:docs.python.org)", "--allow", "mcp__github__get_issue",
        "--ask", "Bash(git push *)", "--ask", "WebFetch(domain:example.com)",
        "--deny", "Bash(rm *)", "--deny", "Bash(curl *)", "--deny", "Read(./.env)", "--deny", "Read(./secrets/**)", "--deny", "Edit(.github/**)",
    ];

    private readonly Pipe _requests = new();
    private readonly Pipe _responses = new();
    private CancellationTokenSource _stop = null!;
    private Task _session = null!;
    private byte[] _one = null!;
    private byte[] _batch = null!;
    private PermissionEngine _engine = null!;
    private EvaluationContext _context = null!;
    private ToolCall _call = null!;

    /// <summary>The request: a compound Bash command, a file path, or a full PreToolUse hook object.</summary>
    [Params("compound", "path", "hook")]
    public string Request { get; set; } = "compound";

    [GlobalSetup]
    public void Setup()
    {
        ArgReader args = ArgReader.Parse(s_policy, [.. PolicyOptions.Valued, .. ServeOptions.Valued], [.. PolicyOptions.Flags, .. ServeOptions.Flags]);
        DecisionService service = DecisionService.Create(new ServicePolicyLoader(args), ServeOptions.DefaultMaxRequestBytes, out _)
            ?? throw new InvalidOperationException("policy did not load");
        service.WarmUp();
        (string line, _call) = Request switch
        {
            "compound" => ("""{"id":1,"tool":"Bash","input":{"command":"cd packages/api && npm run build --silent > /dev/null; git status | head -n 20"}}""",
                ToolCall.Bash("cd packages/api && npm run build --silent > /dev/null; git status | head -n 20")),
            "path" => ("""{"id":1,"tool":"Read","input":{"file_path":"/home/alice/proj/secrets/prod/key.pem"}}""",
                ToolCall.File("Read", "/home/alice/proj/secrets/prod/key.pem")),
            _ => ("""{"session_id":"3f1c","prompt_id":"p7","transcript_path":"/home/alice/.claude/projects/proj/3f1c.jsonl","cwd":"/home/alice/proj","permission_mode":"default","hook_event_name":"PreToolUse","tool_name":"Edit","tool_use_id":"toolu_02","tool_input":{"file_path":"/home/alice/proj/src/app.ts","old_string":"a","new_string":"b","replace_all":false}}""",
                ToolCall.FromJson("Edit", """{"file_path":"/home/alice/proj/src/app.ts","old_string":"a","new_string":"b","replace_all":false}""")),
        };
        _one = Encoding.UTF8.GetBytes(line + "\n");
        _batch = [.. Enumerable.Range(0, Batch).SelectMany(_ => _one)];
        _engine = service.Policy.Engine;
        _context = service.Policy.DefaultContext;
        _stop = new CancellationTokenSource();
        _session = service.ServeConnectionAsync(_requests.Reader.AsStream(), _responses.Writer.AsStream(), _stop.Token);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _requests.Writer.Complete();
        _stop.Cancel();
        _session.Wait(TimeSpan.FromSeconds(5));
    }

    /// <summary>The decision alone (no JSON, no pipe).</summary>
    [Benchmark(Baseline = true)]
    public DecisionBehavior Engine() => _engine.Decide(_call, _context).Behavior;

    /// <summary>One request written, its response read: the latency a lock-step client sees.</summary>
    [Benchmark]
    public async Task<long> RoundTrip()
    {
        await _requests.Writer.WriteAsync(_one);
        return await ReadResponsesAsync(1);
    }

    /// <summary>100 requests in one write, 100 responses read: the cost per request of a pipelining client.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task<long> Pipelined()
    {
        await _requests.Writer.WriteAsync(_batch);
        return await ReadResponsesAsync(Batch);
    }

    private async Task<long> ReadResponsesAsync(int count)
    {
        long bytes = 0;
        while (count > 0)
        {
            ReadResult result = await _responses.Reader.ReadAsync();
            ReadOnlySequence<byte> buffer = result.Buffer;
            while (count > 0 && buffer.PositionOf((byte)'\n') is { } newline)
            {
                bytes += buffer.Slice(0, newline).Length;
                buffer = buffer.Slice(buffer.GetPosition(1, newline));
                count--;
            }

            _responses.Reader.AdvanceTo(buffer.Start, buffer.End);
        }

        return bytes;
    }
}
