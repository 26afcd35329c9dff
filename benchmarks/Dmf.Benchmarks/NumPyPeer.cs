using System;
using System.Diagnostics;
using System.IO;

namespace Dmf.Benchmarks;

/// <summary>
/// benchmarks/numpy/peer.py in its --serve mode, one thread of OpenBLAS: a long-lived Python process the benchmark
/// asks to run N calls of the NumPy LossAndGradient or HessianVectorProduct, so BenchmarkDotNet times the peer beside
/// the generated kernels in one run. One round trip per invocation (tens of µs) is amortized over N calls.
/// </summary>
public sealed class NumPyPeer : IDisposable
{
    private readonly Process _process;

    private NumPyPeer(Process process) => _process = process;

    /// <summary>Starts the peer with random data for depth L and square widths d (checked against differences for d ≤ 64).</summary>
    public static NumPyPeer Start(int depth, int width)
    {
        string script = Locate();
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("--serve");
        start.Environment["OPENBLAS_NUM_THREADS"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start /usr/bin/python3.");
        var peer = new NumPyPeer(process);
        peer.Ask(FormattableString.Invariant($"setup {depth} {width}"), "ready");
        return peer;
    }

    /// <summary>Runs the NumPy LossAndGradient <paramref name="calls"/> times.</summary>
    public void LossAndGradient(int calls) => Ask(FormattableString.Invariant($"run grad {calls}"), "done");

    /// <summary>Runs the NumPy HessianVectorProduct <paramref name="calls"/> times.</summary>
    public void HessianVectorProduct(int calls) => Ask(FormattableString.Invariant($"run hvp {calls}"), "done");

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

    private void Ask(string command, string expected)
    {
        _process.StandardInput.WriteLine(command);
        _process.StandardInput.Flush();
        string? answer = _process.StandardOutput.ReadLine();
        if (answer != expected)
        {
            throw new InvalidOperationException($"peer.py answered '{answer}' to '{command}': {_process.StandardError.ReadToEnd()}");
        }
    }

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "benchmarks", "numpy", "peer.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("benchmarks/numpy/peer.py was not found above " + AppContext.BaseDirectory);
    }
}
