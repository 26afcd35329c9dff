using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Dmf.Verify.Smt;

/// <summary>
/// Z3 on the system libz3, but in worker processes (Dmf.Verify.Worker), so that no solver call can block the caller:
/// each query goes to an idle worker (one is started when none is idle, so parallel callers get one each); the worker
/// calls Z3_interrupt at the budget's wall-clock limit, and a worker that has not answered
/// <see cref="KillGraceMilliseconds"/> later — Z3 4.8.10–4.8.12 can deadlock in its timer, where Z3_interrupt cannot
/// help — is killed. A killed or crashed worker gives <see cref="SmtStatus.Unknown"/> with the reason; the next query
/// gets a fresh worker. The answers are those of <see cref="InProcessZ3"/>: the same scripts, the same follow-ups.
/// </summary>
public sealed class WorkerZ3 : ISmtSolver, IDisposable
{
    /// <summary>How long after the wall-clock limit a silent worker is killed.</summary>
    public const int KillGraceMilliseconds = 2000;

    private const string WorkerAssembly = "Dmf.Verify.Worker.dll";

    private readonly string _host;
    private readonly string _worker;
    private readonly bool _interruptInWorker;
    private readonly ConcurrentBag<WorkerProcess> _idle = new();
    private readonly ConcurrentDictionary<WorkerProcess, bool> _all = new();
    private readonly EventHandler _onExit;
    private bool _disposed;

    private WorkerZ3(string host, string worker, bool interruptInWorker)
    {
        _host = host;
        _worker = worker;
        _interruptInWorker = interruptInWorker;
        var first = Start();
        Version = first.Version;
        _idle.Add(first);
        _onExit = (_, _) => Dispose();
        AppDomain.CurrentDomain.ProcessExit += _onExit;
    }

    /// <inheritdoc/>
    public string Version { get; }

    /// <summary>The process ids of the running workers (for tests).</summary>
    internal IReadOnlyList<int> WorkerProcessIds => _all.Keys.Select(w => w.Id).ToList();

    /// <summary>
    /// Workers from Dmf.Verify.Worker.dll beside this assembly, run by the dotnet host that runs this process; throws
    /// <see cref="SmtUnavailableException"/> when the worker is missing or cannot load libz3.
    /// </summary>
    public static WorkerZ3 Start(string? workerPath = null) => Create(workerPath, interruptInWorker: true);

    /// <summary>As <see cref="Start"/>; with <paramref name="interruptInWorker"/> false the worker never interrupts Z3, so only the kill ends a long query (tests).</summary>
    internal static WorkerZ3 Create(string? workerPath, bool interruptInWorker)
    {
        string worker = workerPath ?? Path.Combine(AppContext.BaseDirectory, WorkerAssembly);
        if (!File.Exists(worker))
        {
            throw new SmtUnavailableException($"The Z3 worker {worker} is missing (it is built with the tool: src/Dmf.Verify.Worker).");
        }

        return new WorkerZ3(DotnetHost(), worker, interruptInWorker);
    }

    /// <inheritdoc/>
    public SmtOutcome Check(SmtScript script, SmtBudget budget)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(budget);
        var clock = Stopwatch.StartNew();
        var request = new WorkerRequest("check", script.ToText(budget), _interruptInWorker ? budget.WallClockMilliseconds : null);
        var (response, failure) = Ask(request, budget.WallClockMilliseconds);
        if (failure is not null)
        {
            return new SmtOutcome(SmtStatus.Unknown, null, failure, clock.ElapsedMilliseconds);
        }

        if (response!.Error is { } error)
        {
            throw new InvalidOperationException(error);
        }

        return new SmtOutcome(response.Status ?? SmtStatus.Unknown, response.Model, response.ReasonUnknown, clock.ElapsedMilliseconds);
    }

    /// <summary>
    /// Everything Z3 prints for <paramref name="scriptText"/>, as <see cref="InProcessZ3.Evaluate"/>; null when the worker
    /// had to be killed (<paramref name="failure"/> says why).
    /// </summary>
    public string? Evaluate(string scriptText, int wallClockMilliseconds, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(scriptText);
        var (response, reason) = Ask(new WorkerRequest("evaluate", scriptText, _interruptInWorker ? wallClockMilliseconds : null), wallClockMilliseconds);
        failure = reason ?? response!.Error;
        return failure is null ? response!.Output : null;
    }

    /// <summary>Kills every worker.</summary>
    public void Dispose()
    {
        _disposed = true;
        AppDomain.CurrentDomain.ProcessExit -= _onExit;
        foreach (var worker in _all.Keys)
        {
            worker.Kill();
        }

        _all.Clear();
    }

    private (WorkerResponse? Response, string? Failure) Ask(WorkerRequest request, int wallClockMilliseconds)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        WorkerProcess worker;
        try
        {
            worker = _idle.TryTake(out var idle) && idle.IsAlive ? idle : Start();
        }
        catch (SmtUnavailableException exception)
        {
            return (null, "no Z3 worker could be started: " + exception.Message);
        }

        var (response, failure) = worker.Ask(JsonSerializer.Serialize(request, WorkerProtocol.Options), wallClockMilliseconds + KillGraceMilliseconds);
        if (failure is null)
        {
            _idle.Add(worker);
        }
        else
        {
            _all.TryRemove(worker, out _);
            worker.Kill();
        }

        return (response, failure);
    }

    private WorkerProcess Start()
    {
        var worker = WorkerProcess.Start(_host, _worker);
        _all[worker] = true;
        return worker;
    }

    /// <summary>The dotnet host of this runtime (…/dotnet beside shared/Microsoft.NETCore.App/&lt;version&gt;/).</summary>
    private static string DotnetHost()
    {
        string name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        string runtime = RuntimeEnvironment.GetRuntimeDirectory();
        string? root = Directory.GetParent(runtime.TrimEnd(Path.DirectorySeparatorChar))?.Parent?.Parent?.FullName;
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"), root is null ? null : Path.Combine(root, name), Environment.ProcessPath })
        {
            if (candidate is not null && File.Exists(candidate) && Path.GetFileName(candidate).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new SmtUnavailableException($"The dotnet host was not found beside the runtime in {runtime}.");
    }

    /// <summary>One worker process: a request line in, a response line out, killed when it does not answer in time.</summary>
    private sealed class WorkerProcess
    {
        private readonly Process _process;

        private WorkerProcess(Process process, string version)
        {
            _process = process;
            Version = version;
        }

        public string Version { get; }

        public int Id => _process.Id;

        public bool IsAlive => !_process.HasExited;

        public static WorkerProcess Start(string host, string worker)
        {
            var start = new ProcessStartInfo(host)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = new UTF8Encoding(false),
            };
            start.ArgumentList.Add(worker);
            start.ArgumentList.Add(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new SmtUnavailableException("The Z3 worker could not be started.");
            }
            catch (System.ComponentModel.Win32Exception exception)
            {
                throw new SmtUnavailableException($"The Z3 worker could not be started: {exception.Message}", exception);
            }

            // Drain standard error so a chatty worker can never block on a full pipe.
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var hello = process.StandardOutput.ReadLineAsync();
            if (!hello.Wait(60_000) || hello.Result is null)
            {
                process.Kill(entireProcessTree: true);
                throw new SmtUnavailableException("The Z3 worker did not start.");
            }

            var message = JsonSerializer.Deserialize<WorkerHello>(hello.Result, WorkerProtocol.Options)!;
            if (message.Version is null)
            {
                process.WaitForExit(5000);
                throw new SmtUnavailableException(message.Error ?? "The Z3 worker could not load libz3.");
            }

            return new WorkerProcess(process, message.Version);
        }

        public (WorkerResponse? Response, string? Failure) Ask(string request, int deadlineMilliseconds)
        {
            try
            {
                _process.StandardInput.WriteLine(request);
                _process.StandardInput.Flush();
            }
            catch (IOException exception)
            {
                return (null, "the Z3 worker exited: " + exception.Message);
            }

            // The answer is the next line that is a JSON object: anything libz3 itself writes to standard output is skipped.
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var line = _process.StandardOutput.ReadLineAsync();
                int left = deadlineMilliseconds - (int)clock.ElapsedMilliseconds;
                if (left <= 0 || !line.Wait(left))
                {
                    return (null, FormattableString.Invariant($"the Z3 worker did not answer within {deadlineMilliseconds} ms and was killed"));
                }

                if (line.Result is null)
                {
                    _process.WaitForExit(1000);
                    return (null, FormattableString.Invariant($"the Z3 worker exited (code {(_process.HasExited ? _process.ExitCode : -1)}) before answering"));
                }

                if (line.Result.StartsWith('{'))
                {
                    return (JsonSerializer.Deserialize<WorkerResponse>(line.Result, WorkerProtocol.Options), null);
                }
            }
        }

        public void Kill()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // It exited meanwhile.
            }
        }
    }
}
