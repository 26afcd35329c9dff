#!/usr/bin/python3
"""The PyTorch peer of the generated kernels: the loss as a user of this field writes it, derivatives by autograd.

    OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 benchmarks/torch/peer.py --serve [--intra-op 1]

Debian's python3-torch 1.13 (CPU, float64 here, as the generated kernels). F(W) = ||W_L...W_1 - Y||_F^2 +
sum_l lambda_l ||W_l||_F^2; LossAndGradient is loss.backward() (reverse mode through the same 3(L - 1) products the
generated kernel does), HessianVectorProduct is double backward: grad of <grad F(W), V> with create_graph=True.
Both are checked against the NumPy peer's closed forms (benchmarks/numpy/peer.py) for d <= 64 before timing.

--serve reads "setup L d", "run grad N", "run hvp N" (as the NumPy peer) and answers "ready" / "done".

Threads, pinned explicitly (torch's intra-op threads calling a multi-threaded OpenBLAS oversubscribe the cores:
5-48x slowdowns were measured with set_num_threads(2) on this machine): the matrix products run in OpenBLAS, so
OPENBLAS_NUM_THREADS (and OMP_NUM_THREADS) carry the thread count and torch's own intra-op pool is set to
--intra-op (default 1) with torch.set_num_threads; inter-op threads are 1.
"""
import argparse
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "numpy"))
import peer as numpy_peer  # noqa: E402  (the closed forms the autograd results are checked against)


def loss(ws, y, lambdas):
    p = ws[0]
    for w in ws[1:]:
        p = w @ p
    e = p - y
    return (e * e).sum() + sum(lam * (w * w).sum() for lam, w in zip(lambdas, ws))


def loss_and_gradient(ws, y, lambdas):
    for w in ws:
        w.grad = None
    value = loss(ws, y, lambdas)
    value.backward()
    return float(value), [w.grad for w in ws]


def hessian_vector_product(ws, vs, y, lambdas):
    value = loss(ws, y, lambdas)
    grads = torch.autograd.grad(value, ws, create_graph=True)
    inner = sum((g * v).sum() for g, v in zip(grads, vs))
    return torch.autograd.grad(inner, ws)


def instance(depth, d):
    rng = np.random.default_rng(42)
    ws_np, vs_np, y_np, lambdas = numpy_peer.instance(rng, depth, d)
    ws = [torch.tensor(w, dtype=torch.float64, requires_grad=True) for w in ws_np]
    vs = [torch.tensor(v, dtype=torch.float64) for v in vs_np]
    y = torch.tensor(y_np, dtype=torch.float64)
    return ws, vs, y, lambdas, (ws_np, vs_np, y_np)


def check(ws, vs, y, lambdas, reference):
    ws_np, vs_np, y_np = reference
    value, grads = loss_and_gradient(ws, y, lambdas)
    expected_value, expected_grads = numpy_peer.loss_and_gradient(ws_np, y_np, lambdas)
    assert abs(value - expected_value) <= 1e-10 * max(1.0, abs(expected_value)), (value, expected_value)
    for g, e in zip(grads, expected_grads):
        assert np.max(np.abs(g.numpy() - e)) <= 1e-10 * max(1.0, float(np.max(np.abs(e)))), "autograd gradient differs"
    hv = hessian_vector_product(ws, vs, y, lambdas)
    for h, e in zip(hv, numpy_peer.hessian_vector_product(ws_np, vs_np, y_np, lambdas)):
        assert np.max(np.abs(h.numpy() - e)) <= 1e-10 * max(1.0, float(np.max(np.abs(e)))), "double backward differs"


def serve():
    def setup(depth, d):
        ws, vs, y, lambdas, reference = instance(depth, d)
        if d <= 64:
            check(ws, vs, y, lambdas, reference)
        return ws, vs, y, lambdas

    numpy_peer.serve_loop(setup,
                          lambda state: loss_and_gradient(state[0], state[2], state[3]),
                          lambda state: hessian_vector_product(*state))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--intra-op", type=int, default=1)
    args = parser.parse_args()
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "")
    if not threads.isdigit() or int(threads) < 1:
        sys.exit("torch/peer.py: set OPENBLAS_NUM_THREADS (the threads of the matrix products)")
    torch.set_num_threads(args.intra_op)
    torch.set_num_interop_threads(1)
    if not args.serve:
        sys.exit("torch/peer.py: only --serve is implemented; BenchmarkDotNet drives it (NumPyPeer*Benchmarks)")
    serve()


if __name__ == "__main__":
    main()
