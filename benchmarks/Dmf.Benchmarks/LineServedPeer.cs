using System.Diagnostics;

namespace Dmf.Benchmarks;

/// <summary>
/// A long-lived peer process (NumPy's peer.py and svd_peer.py, PARI/GP's gp) that reads one command per line and answers with a
/// known line, so BenchmarkDotNet times the peer's work beside Dmf's in one run; one round trip (tens of µs) per
/// invocation. The peer runs on one OpenBLAS thread (OPENBLAS_NUM_THREADS=1) unless started with more
/// (<see cref="StartWithThreads"/>: OPENBLAS_NUM_THREADS and OMP_NUM_THREADS both set, so nothing oversubscribes).
/// </summary>
public sealed class LineServedPeer : IDisposable
{
    private readonly Process _process;

    private LineServedPeer(Process process) => _process = process;

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/> on one BLAS thread.</summary>
    public static LineServedPeer Start(string program, params string[] arguments) => StartWithThreads(1, program, arguments);

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/> on <paramref name="threads"/> BLAS threads.</summary>
    public static LineServedPeer StartWithThreads(int threads, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        string count = threads.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["OPENBLAS_NUM_THREADS"] = count;
        start.Environment["OMP_NUM_THREADS"] = count;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        return new LineServedPeer(process);
    }

    /// <summary>Sends <paramref name="command"/> and waits for the line <paramref name="expected"/>.</summary>
    public void Ask(string command, string expected)
    {
        _process.StandardInput.WriteLine(command);
        _process.StandardInput.Flush();
        string? answer = _process.StandardOutput.ReadLine();
        if (answer != expected)
        {
            throw new InvalidOperationException($"the peer answered '{answer}' to '{(command.Length > 80 ? command[..80] + "..." : command)}': {_process.StandardError.ReadToEnd()}");
        }
    }

    /// <summary>The path of <paramref name="relative"/> under the repository (found from the benchmark's directory upward).</summary>
    public static string Locate(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}.");
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill();
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}
