using System.Net;
using System.Runtime.InteropServices;
using RuleEngine.Cli.Serve;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>rulec serve [policy and context options] [--stdio | --socket PATH | --tcp 127.0.0.1:PORT] [--max-request-bytes N]</c>:
/// a long-running decision service (protocol in <c>Serve/README.md</c>). Loads the policy once and answers
/// newline-delimited JSON requests until stdin closes (stdio) or SIGINT/SIGTERM (graceful: stop accepting,
/// answer what was received, exit 0). Exit 1 when it cannot start.
/// </summary>
internal static class ServeCommand
{
    /// <summary>How long a stop waits for open sessions to answer the requests they already received.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        // The protocol is bytes on the standard streams, not text through the console writers.
        stdout.Flush();
        using var stopping = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopping.Cancel();
        }

        using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using Stream input = Console.OpenStandardInput();
        using Stream output = Console.OpenStandardOutput();
        return Run(args, input, output, stderr, stopping.Token);
    }

    /// <summary>The command over explicit streams and a stop token; <paramref name="listening"/> learns the bound socket address.</summary>
    public static int Run(IReadOnlyList<string> args, Stream stdin, Stream stdout, TextWriter stderr, CancellationToken stop, Action<EndPoint>? listening = null, TimeSpan? drainTimeout = null)
    {
        ArgReader a = ArgReader.Parse(args, [.. PolicyOptions.Valued, .. ServeOptions.Valued], [.. PolicyOptions.Flags, .. ServeOptions.Flags]);
        if (a.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument `{a.Positionals[0]}`; serve takes requests on its transport, not on the command line");
        }

        ServeOptions options = ServeOptions.Read(a);
        TextWriter log = TextWriter.Synchronized(stderr);
        if (DecisionService.Create(new ServicePolicyLoader(a), options.MaxRequestBytes, out IReadOnlyList<string> errors) is not { } service)
        {
            foreach (string error in errors)
            {
                log.WriteLine($"rulec serve: {error}");
            }

            log.WriteLine("rulec serve: the policy could not be loaded; not starting");
            return ExitCodes.CouldNotRun;
        }

        service.WarmUp();
        TimeSpan drain = drainTimeout ?? DrainTimeout;
        if (options.Transport == ServeTransport.Stdio)
        {
            log.WriteLine($"rulec serve: {service.Policy.RuleCount} rules loaded; answering requests on stdin");
            Task session = service.ServeConnectionAsync(new CancelableReadStream(stdin), stdout, stop);
            WaitForSession(session, stop, drain);
            log.WriteLine("rulec serve: stopped");
            return ExitCodes.Ok;
        }

        using SocketServer server = options.Transport == ServeTransport.UnixSocket
            ? SocketServer.BindUnix(options.SocketPath!)
            : SocketServer.BindTcp(options.TcpEndPoint!);
        log.WriteLine($"rulec serve: {service.Policy.RuleCount} rules loaded; listening on {server.Description}");
        listening?.Invoke(server.LocalEndPoint);
        server.RunAsync(service, stop, drain).GetAwaiter().GetResult();
        log.WriteLine("rulec serve: stopped");
        return ExitCodes.Ok;
    }

    /// <summary>Waits for the stdio session to end; after a stop, at most <paramref name="drain"/> more for it to answer what it received.</summary>
    private static void WaitForSession(Task session, CancellationToken stop, TimeSpan drain)
    {
        try
        {
            session.Wait(stop);
        }
        catch (OperationCanceledException)
        {
            session.Wait(drain, CancellationToken.None);
        }
    }
}
