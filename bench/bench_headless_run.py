"""Benchmark: a headless 10,000,000-epoch run against a bare pure-Python loop.

Each contender runs in a fresh interpreter (start-up and imports included), one after another in
this one run, and reports wall time and peak resident memory. Target from the core issue: the
model (and the `neuron-lab export` command with no output files) within 1.5x of the bare loop
that stores w and b per epoch in lists; a loop that stores nothing is shown for reference,
peak memory under 700 MB. Prints numbers; asserts nothing.

    python bench/bench_headless_run.py [--epochs N] [--repeat K]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PEAK = "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)"

# Bare loops live in a function (fast local variables), as any careful hand-written loop would.
BARE_LOOP = """
import math
def run(n, w=2.0, b=2.0, eta=0.15):
    ws, bs = [], []
    for _ in range(n):
        a = 1.0 / (1.0 + math.exp(-(w + b)))
        delta = (a - 0.0) * a * (1.0 - a)
        w -= eta * delta
        b -= eta * delta
        ws.append(w)
        bs.append(b)
    return ws, bs
run({n})
"""

BARE_LOOP_NO_STORE = """
import math
def run(n, w=2.0, b=2.0, eta=0.15):
    for _ in range(n):
        a = 1.0 / (1.0 + math.exp(-(w + b)))
        delta = (a - 0.0) * a * (1.0 - a)
        w -= eta * delta
        b -= eta * delta
    return w, b
run({n})
"""

MODEL = """
from model import RunParameters, Training
training = Training(RunParameters(w=2.0, b=2.0, eta=0.15, epochs={n}))
training.run_to_end()
assert len(training.trajectory) == {n} + 1
"""

CLI = "import sys; from desktop.cli import main; assert main(['export', '--w', '2', '--b', '2', '--epochs', '{n}']) == 0"


def measure(code: str) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of `code` run in a fresh interpreter."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code + "\n" + PEAK],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, int(result.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    contenders = {
        "bare loop": BARE_LOOP,
        "bare, no store": BARE_LOOP_NO_STORE,
        "model": MODEL,
        "cli export": CLI,
    }
    best: dict[str, tuple[float, int]] = {}
    for _ in range(args.repeat):  # interleaved, so drift in machine load hits all alike
        for name, template in contenders.items():
            seconds, mib = measure(template.format(n=args.epochs))
            previous = best.get(name, (float("inf"), 0))
            best[name] = (min(previous[0], seconds), max(previous[1], mib))
    base = best["bare loop"][0]
    print(
        f"{args.epochs:,} epochs, best of {args.repeat}, fresh interpreter each (start-up included)"
    )
    for name, (seconds, mib) in best.items():
        print(f"  {name:<14} {seconds:7.2f} s  {seconds / base:5.2f}x bare  peak {mib:5d} MiB")


if __name__ == "__main__":
    main()
