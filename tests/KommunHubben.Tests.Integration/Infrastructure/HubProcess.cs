using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// A hub host (API or worker) running as a real child process, with its console log captured so tests can read it
/// (and grep it for personal data). <see cref="Kill"/> is a hard kill (SIGKILL), not a graceful stop.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly string _name;

    private readonly StreamWriter? _file;

    private HubProcess(string name, Process process)
    {
        _name = name;
        _process = process;
        // Every line also goes to a file the test command scans for personnummer after the whole suite.
        if (Environment.GetEnvironmentVariable("KHUB_TEST_LOG_DIR") is { Length: > 0 } logDir)
        {
            Directory.CreateDirectory(logDir);
            _file = new StreamWriter(Path.Combine(logDir, $"{name}-{process.Id}.log"), append: true) { AutoFlush = true };
        }
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Log => string.Join('\n', _log);

    private void Capture(string? line)
    {
        if (line is null) return;
        _log.Enqueue(line);
        if (_file is null) return;
        lock (_file) _file.WriteLine(line);
    }
    public bool HasExited => _process.HasExited;
    public int Id => _process.Id;
    public int ExitCode => _process.ExitCode;

    /// <summary>The operating system's process id (RabbitMQ lists it among a connection's client properties).</summary>
    public int ProcessId => _process.Id;

    /// <summary>384 MiB: 75 % of the 512 MiB each deployment gives a hub process.</summary>
    public const string DeployedHeapLimit = "0x18000000";

    /// <summary>Starts `dotnet &lt;dll&gt;` of a built host with the given environment (on top of a clean one).</summary>
    public static HubProcess StartHost(string name, string project, IReadOnlyDictionary<string, string> environment)
    {
        var dll = RepositoryPaths.HostDll(project);
        if (!File.Exists(dll)) throw new FileNotFoundException($"{project} is not built at {dll}.");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        // As deployed: every deployment gives a hub process 512 MiB, and .NET keeps its heap under 75 % of the limit
        // it finds (docs/operations.md, "Memory"). Outside a memory-limited cgroup the host needs it said.
        start.Environment["DOTNET_GCHeapHardLimit"] = DeployedHeapLimit;
        return Start(name, start, environment);
    }

    public static HubProcess Start(string name, ProcessStartInfo start, IReadOnlyDictionary<string, string> environment)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        // Hosts must see only what the test gives them, not the test runner's own ASPNETCORE_/DOTNET_ settings.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_") || k.StartsWith("Hub__") || k == "DOTNET_ENVIRONMENT").ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new HubProcess(name, Process.Start(start)!);
    }

    /// <summary>Waits until a line containing <paramref name="text"/> appears in the log, or fails with the log.</summary>
    public async Task WaitForLogAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_log.Any(l => l.Contains(text, StringComparison.Ordinal))) return;
            if (_process.HasExited)
                throw new InvalidOperationException($"{_name} exited with {_process.ExitCode} before '{text}'. Log:\n{Log}");
            await Task.Delay(100);
        }
        throw new TimeoutException($"{_name} did not log '{text}' within {timeout}. Log:\n{Log}");
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
    }

    /// <summary>SIGKILL the process (and its children): no shutdown hooks, in-flight work is simply cut.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    private const int FirstPort = 16000, PortCount = 8000;
    private static int _lastPort = FirstPort + Environment.ProcessId % PortCount;

    /// <summary>
    /// A free loopback port for a host to listen on, from 16000–23999: below Linux's ephemeral range (32768–60999),
    /// where the suite's own outgoing connections take their ports — a port the kernel handed out for "any port" could
    /// be taken by one of those before the host bound it (a worker once failed to start with "address already in
    /// use"). Handed out in turn, never twice in a row, and clear of the services' ports (ops/services).
    /// </summary>
    public static int FreePort()
    {
        for (var attempt = 0; attempt < PortCount; attempt++)
        {
            var port = FirstPort + (Interlocked.Increment(ref _lastPort) - FirstPort) % PortCount;
            var listener = new TcpListener(System.Net.IPAddress.Loopback, port);
            try
            {
                listener.Start();
                listener.Stop();
                return port;
            }
            catch (SocketException)
            {
                // In use: the next one.
            }
        }
        throw new InvalidOperationException($"No free loopback port from {FirstPort} to {FirstPort + PortCount - 1}.");
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        if (_file is not null) lock (_file) _file.Dispose();
        return ValueTask.CompletedTask;
    }
}
