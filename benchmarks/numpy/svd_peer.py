"""NumPy's singular values of a data matrix, the peer of Dmf's certified spectrum (CertifiedSpectrumPeerBenchmarks).

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 benchmarks/numpy/svd_peer.py --serve

Reads commands from standard input, one per line, and answers each with one line: "load PATH" remembers a .npy file
and answers "ready"; "run N" runs np.load(PATH) and np.linalg.svd(values only) N times and answers "done" — what a
NumPy user runs to get the spectrum of their file. One OpenBLAS thread (the benchmark sets OPENBLAS_NUM_THREADS=1 for
this process and for its own), so the comparison is one core against one core.
"""
import sys

import numpy as np


def serve():
    """The command loop (see the module's documentation)."""
    path = None
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "load":
            path = words[1]
            np.linalg.svd(np.load(path), compute_uv=False)
            print("ready", flush=True)
        elif words[0] == "run":
            for _ in range(int(words[1])):
                np.linalg.svd(np.load(path), compute_uv=False)
            print("done", flush=True)
        else:
            print("unknown command " + words[0], flush=True)


if __name__ == "__main__":
    if "--serve" in sys.argv:
        serve()
    else:
        print(__doc__)
