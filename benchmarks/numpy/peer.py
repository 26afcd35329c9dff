#!/usr/bin/python3
"""The NumPy peer of the generated kernels: the same O(L) algorithms a user would write in NumPy on OpenBLAS.

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 benchmarks/numpy/peer.py [--depths 3,8] [--widths 4,16,64,256,1024]
    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 benchmarks/numpy/peer.py --serve

--serve is how BenchmarkDotNet times this peer beside the generated kernels in one run (NumPyPeerBenchmarks):
it reads commands from standard input, one per line, and answers each with one line — "setup L d" (random data,
checked as below) answers "ready", "run grad N" / "run hvp N" runs the kernel N times and answers "done".

LossAndGradient: prefix products P_l = W_l...W_1, the residual E = P_L - Y, back-propagation G_L = E,
G_{l-1} = W_l^T G_l, grad_l = 2 G_l P_{l-1}^T + 2 lambda_l W_l (3(L - 1) products). HessianVectorProduct:
forward-over-reverse — the same pass with its directional derivative carried along (about 8(L - 1) products).
Both are checked against a finite difference before timing. Prints one line per case: seconds per call, the
best of 7 repetitions of enough calls to take ~0.2 s. Threads: OPENBLAS_NUM_THREADS must be set (the script refuses
to run otherwise, so the comparison says how many threads each side had): 1 beside the generated kernels on one
thread, the core count beside them on KernelThreads.Count = the core count.
"""
import argparse
import os
import sys
import time

import numpy as np


def loss_and_gradient(ws, y, lambdas):
    prefix = [None] * len(ws)
    p = ws[0]
    prefix[0] = p
    for l in range(1, len(ws)):
        p = ws[l] @ p
        prefix[l] = p
    e = p - y
    loss = float(np.vdot(e, e)) + sum(lam * float(np.vdot(w, w)) for lam, w in zip(lambdas, ws))
    grads = [None] * len(ws)
    g = e
    for l in range(len(ws) - 1, -1, -1):
        grads[l] = 2.0 * (g @ prefix[l - 1].T if l > 0 else g) + 2.0 * lambdas[l] * ws[l]
        if l > 0:
            g = ws[l].T @ g
    return loss, grads


def hessian_vector_product(ws, vs, y, lambdas):
    # Forward: P_l and its derivative dP_l along V.
    L = len(ws)
    prefix, dprefix = [None] * L, [None] * L
    p, dp = ws[0], vs[0]
    prefix[0], dprefix[0] = p, dp
    for l in range(1, L):
        p, dp = ws[l] @ p, vs[l] @ p + ws[l] @ dp
        prefix[l], dprefix[l] = p, dp
    e, de = p - y, dp
    # Reverse with the derivative: G_l, dG_l; H V_l = 2 (dG_l P_{l-1}^T + G_l dP_{l-1}^T) + 2 lambda_l V_l.
    hv = [None] * L
    g, dg = e, de
    for l in range(L - 1, -1, -1):
        if l > 0:
            hv[l] = 2.0 * (dg @ prefix[l - 1].T + g @ dprefix[l - 1].T) + 2.0 * lambdas[l] * vs[l]
            g, dg = ws[l].T @ g, vs[l].T @ g + ws[l].T @ dg
        else:
            hv[l] = 2.0 * dg + 2.0 * lambdas[l] * vs[l]
    return hv


def check(ws, vs, y, lambdas):
    """Both against central differences of the loss and the gradient (relative error below 1e-5)."""
    h = 1e-6
    _, grads = loss_and_gradient(ws, y, lambdas)
    plus = [w + h * v for w, v in zip(ws, vs)]
    minus = [w - h * v for w, v in zip(ws, vs)]
    directional = (loss_and_gradient(plus, y, lambdas)[0] - loss_and_gradient(minus, y, lambdas)[0]) / (2 * h)
    exact = sum(float(np.vdot(g, v)) for g, v in zip(grads, vs))
    assert abs(directional - exact) <= 1e-5 * max(1.0, abs(exact)), (directional, exact)
    hv = hessian_vector_product(ws, vs, y, lambdas)
    gp, gm = loss_and_gradient(plus, y, lambdas)[1], loss_and_gradient(minus, y, lambdas)[1]
    for a, b, c in zip(hv, gp, gm):
        fd = (b - c) / (2 * h)
        assert np.max(np.abs(a - fd)) <= 1e-4 * max(1.0, float(np.max(np.abs(a)))), "HVP disagrees with the gradient's difference"


def seconds_per_call(f):
    calls = 1
    while True:
        start = time.perf_counter()
        for _ in range(calls):
            f()
        elapsed = time.perf_counter() - start
        if elapsed >= 0.05:
            break
        calls *= 2
    calls = max(1, int(calls * 0.2 / elapsed))
    best = float("inf")
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(calls):
            f()
        best = min(best, (time.perf_counter() - start) / calls)
    return best


def instance(rng, depth, d):
    ws = [(rng.random((d, d)) - 0.5) / np.sqrt(d) for _ in range(depth)]
    vs = [(rng.random((d, d)) - 0.5) / np.sqrt(d) for _ in range(depth)]
    y = rng.random((d, d))
    return ws, vs, y, [0.5] * depth


def serve_loop(setup, grad, hvp):
    """The --serve command loop, shared with the PyTorch peer: setup(depth, d) returns the state the others take."""
    state = None
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "setup":
            state = setup(int(words[1]), int(words[2]))
            print("ready", flush=True)
        elif words[0] == "run" and words[1] in ("grad", "hvp"):
            run = grad if words[1] == "grad" else hvp
            for _ in range(int(words[2])):
                run(state)
            print("done", flush=True)
        else:
            print("error: unknown command " + line.strip(), flush=True)


def serve():
    """The command loop of --serve (see the module's documentation)."""
    rng = np.random.default_rng(42)

    def setup(depth, d):
        ws, vs, y, lambdas = instance(rng, depth, d)
        if d <= 64:
            check(ws, vs, y, lambdas)
        return ws, vs, y, lambdas

    serve_loop(setup,
               lambda state: loss_and_gradient(state[0], state[2], state[3]),
               lambda state: hessian_vector_product(*state))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depths", default="3,8")
    parser.add_argument("--widths", default="4,16,64,256,1024")
    parser.add_argument("--serve", action="store_true")
    args = parser.parse_args()
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "")
    if not threads.isdigit() or int(threads) < 1:
        sys.exit("peer.py: set OPENBLAS_NUM_THREADS (1 for one thread, as the generated kernels on one thread)")
    if args.serve:
        serve()
        return
    rng = np.random.default_rng(42)
    print(f"numpy {np.__version__}")
    for depth in (int(x) for x in args.depths.split(",")):
        for d in (int(x) for x in args.widths.split(",")):
            ws, vs, y, lambdas = instance(rng, depth, d)
            if d <= 64:
                check(ws, vs, y, lambdas)
            grad = seconds_per_call(lambda: loss_and_gradient(ws, y, lambdas))
            hvp = seconds_per_call(lambda: hessian_vector_product(ws, vs, y, lambdas))
            print(f"L={depth} d={d} LossAndGradient {grad:.3e} s HessianVectorProduct {hvp:.3e} s")


if __name__ == "__main__":
    main()
