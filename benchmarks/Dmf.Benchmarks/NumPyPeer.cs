namespace Dmf.Benchmarks;

/// <summary>
/// benchmarks/numpy/peer.py in its --serve mode, on one OpenBLAS thread or more: a long-lived Python process the benchmark
/// asks to run N calls of the NumPy LossAndGradient or HessianVectorProduct, so BenchmarkDotNet times the peer beside
/// the generated kernels in one run. One round trip per invocation (tens of µs) is amortized over N calls.
/// </summary>
public sealed class NumPyPeer : IDisposable
{
    private readonly LineServedPeer _peer;

    private NumPyPeer(LineServedPeer peer) => _peer = peer;

    /// <summary>Starts the peer with random data for depth L and square widths d (checked against differences for d ≤ 64), on <paramref name="threads"/> OpenBLAS threads.</summary>
    public static NumPyPeer Start(int depth, int width, int threads = 1)
    {
        var peer = new NumPyPeer(LineServedPeer.StartWithThreads(threads, "/usr/bin/python3", LineServedPeer.Locate(Path.Combine("benchmarks", "numpy", "peer.py")), "--serve"));
        peer._peer.Ask(FormattableString.Invariant($"setup {depth} {width}"), "ready");
        return peer;
    }

    /// <summary>Runs the NumPy LossAndGradient <paramref name="calls"/> times.</summary>
    public void LossAndGradient(int calls) => _peer.Ask(FormattableString.Invariant($"run grad {calls}"), "done");

    /// <summary>Runs the NumPy HessianVectorProduct <paramref name="calls"/> times.</summary>
    public void HessianVectorProduct(int calls) => _peer.Ask(FormattableString.Invariant($"run hvp {calls}"), "done");

    public void Dispose() => _peer.Dispose();
}
