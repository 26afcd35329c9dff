namespace Dmf.Benchmarks;

/// <summary>
/// benchmarks/torch/peer.py in its --serve mode (Debian python3-torch 1.13, float64): the loss in PyTorch, the gradient
/// by backward(), the Hessian-vector product by double backward. Threads pinned explicitly: the products run in
/// OpenBLAS on <c>threads</c> threads (OPENBLAS_NUM_THREADS, OMP_NUM_THREADS), torch's intra-op pool on one, so the two
/// pools never multiply.
/// </summary>
public sealed class TorchPeer : IDisposable
{
    private readonly LineServedPeer _peer;

    private TorchPeer(LineServedPeer peer) => _peer = peer;

    /// <summary>Starts the peer with the NumPy peer's data for depth L and square widths d (checked against its closed forms for d ≤ 64).</summary>
    public static TorchPeer Start(int depth, int width, int threads)
    {
        var peer = new TorchPeer(LineServedPeer.StartWithThreads(threads, "/usr/bin/python3", LineServedPeer.Locate(Path.Combine("benchmarks", "torch", "peer.py")), "--serve", "--intra-op", "1"));
        peer._peer.Ask(FormattableString.Invariant($"setup {depth} {width}"), "ready");
        return peer;
    }

    /// <summary>Runs loss.backward() <paramref name="calls"/> times.</summary>
    public void LossAndGradient(int calls) => _peer.Ask(FormattableString.Invariant($"run grad {calls}"), "done");

    /// <summary>Runs the double-backward Hessian-vector product <paramref name="calls"/> times.</summary>
    public void HessianVectorProduct(int calls) => _peer.Ask(FormattableString.Invariant($"run hvp {calls}"), "done");

    public void Dispose() => _peer.Dispose();
}
