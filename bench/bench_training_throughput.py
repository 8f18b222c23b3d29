"""Benchmark: training throughput (epochs per second) of the app's model against a naive
pure-Python loop and, if torch imports, a straightforward PyTorch autograd loop.

Two workloads, each timed in this one process (no interpreter start-up: that is
bench_headless_run.py's), contenders interleaved, median of --repeat:

1. **one trajectory with history**: `quadratic-saturated`'s start (w = b = 2, η = 0.15, x = 1,
   y = 0, quadratic cost, gradient rule) for --epochs epochs, every epoch's w and b kept.
   - `model`: `Training(RunParameters(...)).run_to_end()`, what the window's trainer and
     `neuron-lab export` run (the kernel's Python loop, then the rows stored in the trajectory);
   - `model kernel only`: `model.kernel.run_epochs` in the trainer's 65,536-epoch chunks, the
     lists it returns thrown away (how much of `model` is the loop itself);
   - `what-if: δ-only kernel`: NOT the app's code: `model.kernel.run_epochs`' own source with
     its stores changed to keep only δ per epoch (one list, not two), w and b rebuilt per chunk
     by `np.cumsum` (the same roundings: bit-identical to the model's, checked here), stored in
     a `Trajectory` as the model does: a possible change, measured;
   - `naive loop`: `math.exp`, w and b appended to two lists (bench_headless_run.py's "bare loop");
   - `torch autograd` (only if torch imports): two scalar tensors, `loss.backward()`, an in-place
     update under `no_grad`, `.item()` of w and b kept in lists; run for --torch-epochs epochs.
   Target from issue 12: the model ≥ 3 M epochs/s with history (on this 2-core machine).

2. **the speed map** (model/speed_map.py's default: 201 × 201 starts over [−4, 4]², at most
   1,000 epochs, threshold 0.1, both costs, the preset's x, y, η and rule).
   - `model`: `compute_speed_map` (settled starts dropped as it goes);
   - `plain numpy loop`: bench_speed_map.py's in-place loop, every start for every epoch;
   - `naive loop`: one start at a time in pure Python, stopping at the threshold (its cells are
     checked equal to the model's);
   - `torch autograd` (only if torch imports): the whole grid as tensors, every epoch.
   Rates are start-epochs per second of the nominal work, grid² × 1,000 × 2 costs (the most any
   contender steps; the model and the naive loop step fewer, see "stepped").

Prints tables; asserts nothing.

    python bench/bench_training_throughput.py [--epochs N] [--repeat K] [--torch-epochs N]
"""

from __future__ import annotations

import argparse
import inspect
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

import model.kernel as kernel_module  # noqa: E402
from model import CostName, RunParameters, Training, preset  # noqa: E402
from model.kernel import run_epochs  # noqa: E402
from model.speed_map import NOT_REACHED, SpeedMapRequest, compute_speed_map  # noqa: E402
from model.trajectory import CHUNK_ROWS, Trajectory  # noqa: E402
from model.update_rules import step_kind  # noqa: E402

TARGET_EPOCHS_PER_S = 3e6
W0 = B0 = 2.0
ETA, X, Y = 0.15, 1.0, 0.0


# -- one trajectory -------------------------------------------------------------------------
def model_run(n: int) -> None:
    training = Training(RunParameters(w=W0, b=B0, eta=ETA, x=X, y=Y, epochs=n))
    training.run_to_end()
    assert len(training.trajectory) == n + 1


def kernel_only(n: int) -> None:
    kind = step_kind(CostName.QUADRATIC, RunParameters().rule)
    w, b, done = W0, B0, 0
    while done < n:
        count = min(CHUNK_ROWS, n - done)
        ws, bs = run_epochs(w, b, X, Y, ETA, kind, count)
        w, b, done = ws[-1], bs[-1], done + count


def make_delta_kernel() -> Callable[..., list[float]] | None:
    """model.kernel.run_epochs with its stores changed to keep δ instead of w and b: made from
    the kernel's own source, so it follows any change to the loop (None if the loop no longer
    has the shape this expects)."""
    source = inspect.getsource(kernel_module.run_epochs)
    edits = (
        ("def run_epochs(", "def run_deltas("),
        ("    ws = [0.0] * count\n    bs = [0.0] * count\n", "    ds = [0.0] * count\n"),
        ("        ws[i] = w\n        bs[i] = b\n", "        ds[i] = delta\n"),
        ("    return ws, bs\n", "    return ds\n"),
    )
    for old, new in edits:
        if source.count(old) != 1:
            return None
        source = source.replace(old, new)
    namespace = dict(vars(kernel_module))
    exec(compile(source, kernel_module.__file__, "exec"), namespace)
    return namespace["run_deltas"]


DELTA_KERNEL = make_delta_kernel()


def delta_kernel_run(n: int) -> Trajectory:
    """The what-if: w_k = w_(k−1) − (η·x)·δ_k summed in order by np.cumsum (the same roundings
    as the loop's `w -= step_w * delta`), then appended as `Training` appends."""
    kind = step_kind(CostName.QUADRATIC, RunParameters().rule)
    trajectory = Trajectory(X, Y, CostName.QUADRATIC)
    trajectory.append([W0], [B0])
    w, b, done = W0, B0, 0
    while done < n:
        count = min(CHUNK_ROWS, n - done)
        d = np.asarray(DELTA_KERNEL(w, b, X, Y, ETA, kind, count))
        ws = np.cumsum(np.concatenate(([w], -(ETA * X) * d)))[1:]
        bs = np.cumsum(np.concatenate(([b], -ETA * d)))[1:]
        trajectory.append(ws, bs)
        w, b, done = float(ws[-1]), float(bs[-1]), done + count
    return trajectory


def delta_kernel_identical(n: int = 300_000) -> bool:
    training = Training(RunParameters(w=W0, b=B0, eta=ETA, x=X, y=Y, epochs=n))
    training.run_to_end()
    mine = delta_kernel_run(n)
    return all(
        np.array_equal(a, b)
        for a, b in zip(training.trajectory.weights(0, n + 1), mine.weights(0, n + 1), strict=True)
    )


def naive_loop(n: int, w: float = W0, b: float = B0, eta: float = ETA) -> None:
    """The loop anyone would write first (σ of z = w + b, since x = 1 and y = 0)."""
    ws, bs = [], []
    for _ in range(n):
        a = 1.0 / (1.0 + math.exp(-(w + b)))
        delta = (a - 0.0) * a * (1.0 - a)
        w -= eta * delta
        b -= eta * delta
        ws.append(w)
        bs.append(b)


def torch_loop(n: int) -> None:
    import torch

    w = torch.tensor(W0, dtype=torch.float64, requires_grad=True)
    b = torch.tensor(B0, dtype=torch.float64, requires_grad=True)
    ws, bs = [], []
    for _ in range(n):
        a = torch.sigmoid(w * X + b)
        loss = 0.5 * (a - Y) ** 2
        loss.backward()
        with torch.no_grad():
            w -= ETA * w.grad
            b -= ETA * b.grad
        w.grad = None
        b.grad = None
        ws.append(w.item())
        bs.append(b.item())


def torch_available() -> bool:
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


# -- the speed map --------------------------------------------------------------------------
def naive_map(request: SpeedMapRequest, cost: CostName) -> np.ndarray:
    """Epochs to |a − y| < T from every start, one start at a time, pure Python (−1: not in M)."""
    grid, (w_lo, w_hi), (b_lo, b_hi) = request.grid, request.w_range, request.b_range
    x, y, eta, limit, threshold = (
        request.x,
        request.y,
        request.eta,
        request.max_epochs,
        request.threshold,
    )
    quadratic = cost is CostName.QUADRATIC
    cells = []
    for i in range(grid):
        w0 = w_lo + (w_hi - w_lo) * i / (grid - 1)
        for j in range(grid):
            w, b, found = w0, b_lo + (b_hi - b_lo) * j / (grid - 1), NOT_REACHED
            for epoch in range(limit + 1):
                a = 1.0 / (1.0 + math.exp(-(w * x + b)))
                if abs(a - y) < threshold:
                    found = epoch
                    break
                delta = (a - y) * a * (1.0 - a) if quadratic else a - y
                w -= eta * x * delta
                b -= eta * delta
            cells.append(found)
    return np.array(cells, dtype=np.int32).reshape(grid, grid)


def torch_map(request: SpeedMapRequest, cost: CostName) -> None:
    """Every start as one tensor element, autograd of the summed cost, every epoch."""
    import torch

    w0 = torch.linspace(*request.w_range, request.grid, dtype=torch.float64)
    b0 = torch.linspace(*request.b_range, request.grid, dtype=torch.float64)
    w = w0.repeat_interleave(request.grid).clone().requires_grad_(True)
    b = b0.repeat(request.grid).clone().requires_grad_(True)
    for _ in range(request.max_epochs):
        z = w * request.x + b
        if cost is CostName.QUADRATIC:
            loss = (0.5 * (torch.sigmoid(z) - request.y) ** 2).sum()
        else:
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                z, torch.full_like(z, request.y), reduction="sum"
            )
        loss.backward()
        with torch.no_grad():
            w -= request.eta * w.grad
            b -= request.eta * b.grad
        w.grad = None
        b.grad = None


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of this process (the CPU time leaves out time lost to other
    processes on a busy machine; numpy here runs one thread)."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def table(
    title: str, unit: str, rows: dict[str, tuple[list[tuple[float, float]], float]], base: str
) -> dict[str, float]:
    """rows: name → ([(wall, cpu) seconds per repeat], amount of work in `unit`). Prints the
    median wall time, the rate by it and by the median CPU time, and the ratio (by wall time)."""
    print(title)
    print(
        f"  {'contender':<24} {'wall':>9} {unit + ' (wall)':>22} {'(CPU time)':>12} {'vs ' + base:>14}"
    )
    rates = {}
    for name, (times, work) in rows.items():
        wall = statistics.median(t[0] for t in times)
        cpu = statistics.median(t[1] for t in times)
        rates[name] = (work / wall, work / cpu, wall)
    base_rate = rates[base][0]
    for name, (rate, cpu_rate, wall) in rates.items():
        print(
            f"  {name:<24} {wall:7.3f} s {rate / 1e6:18.2f} M/s {cpu_rate / 1e6:8.2f} M/s "
            f"{rate / base_rate:13.2f}x"
        )
    return {name: rate for name, (rate, _c, _w) in rates.items()}


def bench_trajectory(epochs: int, repeat: int, torch_epochs: int) -> float:
    contenders: dict[str, tuple[Callable[[], object], int]] = {
        "model": (lambda: model_run(epochs), epochs),
        "model kernel only": (lambda: kernel_only(epochs), epochs),
        "what-if: δ-only kernel": (lambda: delta_kernel_run(epochs), epochs),
        "naive loop": (lambda: naive_loop(epochs), epochs),
    }
    if DELTA_KERNEL is None:
        del contenders["what-if: δ-only kernel"]
    if torch_available():
        contenders["torch autograd"] = (lambda: torch_loop(torch_epochs), torch_epochs)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in contenders}
    for _ in range(repeat):  # interleaved, so drift in machine load hits all alike
        for name, (work, _count) in contenders.items():
            times[name].append(timed(work))
    rows = {name: (times[name], count) for name, (_w, count) in contenders.items()}
    rates = table(
        f"1. one trajectory with history: {epochs:,} epochs (torch: {torch_epochs:,}), "
        f"quadratic, w = b = 2; median of {repeat}",
        "epochs/s",
        rows,
        "naive loop",
    )
    spread = ", ".join(
        f"{name} {min(w for w, _c in t):.2f}–{max(w for w, _c in t):.2f} s"
        for name, t in times.items()
    )
    print(f"  wall time range over the repeats: {spread}")
    if not torch_available():
        print("  torch not importable: skipped")
    if DELTA_KERNEL is None:
        print("  what-if skipped: model.kernel's loop no longer has the expected shape")
    else:
        same = delta_kernel_identical()
        print(f"  what-if's w and b bit-identical to the model's (300,000 epochs): {same}")
    rate = rates["model"]
    verdict = "MET" if rate >= TARGET_EPOCHS_PER_S else "MISSED"
    print(
        f"  target ≥ {TARGET_EPOCHS_PER_S / 1e6:.1f} M epochs/s with history: {verdict} "
        f"(model {rate / 1e6:.2f} M/s, {rate / TARGET_EPOCHS_PER_S:.2f}x the target)"
    )
    return rate


def bench_speed_map(repeat: int) -> None:
    from bench_speed_map import plain_loop  # the in-place numpy loop, as compared there

    request = SpeedMapRequest.from_parameters(preset("quadratic-saturated").parameters)
    costs = request.costs
    nominal = request.grid**2 * request.max_epochs * len(costs)
    reference = compute_speed_map(request)
    assert reference is not None
    naive_cells: dict[CostName, np.ndarray] = {}

    def naive() -> None:
        for cost in costs:
            naive_cells[cost] = naive_map(request, cost)

    contenders: dict[str, Callable[[], object]] = {
        "model": lambda: compute_speed_map(request),
        "plain numpy loop": lambda: [plain_loop(request, cost) for cost in costs],
        "naive loop": naive,
    }
    if torch_available():
        contenders["torch autograd"] = lambda: [torch_map(request, cost) for cost in costs]
    slow = {"naive loop"}  # seconds each: run once, not --repeat times
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in contenders}
    for round_ in range(repeat):
        for name, work in contenders.items():
            if name in slow and round_ > 0:
                continue
            times[name].append(timed(work))
    rows = {name: (t, nominal) for name, t in times.items()}
    stepped = sum(
        int(np.where(cells == NOT_REACHED, request.max_epochs, cells).sum())
        for cells in reference.epochs.values()
    )
    table(
        f"2. speed map: {request.grid}×{request.grid} starts × ≤ {request.max_epochs:,} epochs × "
        f"{len(costs)} costs = {nominal / 1e6:.1f} M start-epochs nominal; median of {repeat} "
        f"(naive loop: once)",
        "start-epochs/s",
        rows,
        "naive loop",
    )
    agree = all(np.array_equal(naive_cells[c], reference.epochs[c]) for c in costs)
    naive_wall = statistics.median(w for w, _c in times["naive loop"])
    print(
        f"  stepped: plain numpy loop and torch all {nominal / 1e6:.1f} M; naive loop "
        f"{stepped / 1e6:.1f} M (stops at the threshold: {stepped / naive_wall / 1e6:.2f} M "
        f"start-epochs/s really stepped); its cells equal the model's: {agree}"
    )
    if not torch_available():
        print("  torch not importable: skipped")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--torch-epochs", type=int, default=20_000)
    parser.add_argument("--skip-map", action="store_true")
    args = parser.parse_args()
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"load average before: {load} ({os.cpu_count()} CPUs)")
    bench_trajectory(args.epochs, args.repeat, args.torch_epochs)
    if not args.skip_map:
        print()
        bench_speed_map(args.repeat)


if __name__ == "__main__":
    main()
