"""Benchmark: the learning-speed map against a plain in-place numpy loop over the same grid;
how soon a cancelled map returns; how often it reports progress.

Targets from the speed-map issue: the default map (201×201 starts over [−4, 4]², 1,000 epochs,
preset quadratic-saturated's x, y, η and rule) for both costs in at most 1.5× the time of a plain
in-place loop (`out=` buffers, no allocation per epoch) that only steps every start for every
epoch; a cancelled map returns within 100 ms; progress at least every ~100 ms of work. Times are
medians of interleaved repeats in this one process. Prints numbers; asserts nothing.

    python bench/bench_speed_map.py [--repeat K] [--cancels N]
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from model import CostName, preset
from model.costs import SIGMA_PRIME_FLOOR
from model.speed_map import SpeedMapRequest, compute_speed_map
from model.update_rules import StepKind, step_kind

PRESET = "quadratic-saturated"
WORST_CASE_THRESHOLD = 1e-6
"""With the preset's rule, no start of the default grid gets |a − y| this small in 1,000 epochs
(the book-widget rule's large cross-entropy steps do get there)."""


def plain_loop(request: SpeedMapRequest, cost: CostName) -> None:
    """Every start of the grid stepped for every epoch, in place: z = w·x + b,
    a = 1/(1 + e^−z), δ of the step kind, w −= η·x·δ, b −= η·δ. No threshold, no bookkeeping:
    the least work any full-grid numpy loop does."""
    w0 = np.linspace(*request.w_range, request.grid)
    b0 = np.linspace(*request.b_range, request.grid)
    w, b = np.repeat(w0, request.grid), np.tile(b0, request.grid)
    z, a, d, s = (np.empty_like(w) for _ in range(4))
    x, y, eta = request.x, request.y, request.eta
    kind = step_kind(cost, request.rule)
    with np.errstate(over="ignore", under="ignore"):  # e^−z of a very negative z is inf: a = 0
        for _ in range(request.max_epochs):
            np.multiply(w, x, out=z)
            np.add(z, b, out=z)
            np.negative(z, out=a)
            np.exp(a, out=a)
            np.add(a, 1.0, out=a)
            np.divide(1.0, a, out=a)
            np.subtract(a, y, out=d)
            if kind is not StepKind.ERROR:
                np.subtract(1.0, a, out=s)
                np.multiply(s, a, out=s)
                if kind is StepKind.SIGMA_PRIME:
                    np.multiply(d, s, out=d)
                else:
                    np.maximum(s, SIGMA_PRIME_FLOOR, out=s)
                    np.divide(d, s, out=d)
            np.multiply(d, eta * x, out=s)
            np.subtract(w, s, out=w)
            np.multiply(d, eta, out=s)
            np.subtract(b, s, out=b)


def seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def bench_speed(request: SpeedMapRequest, repeat: int) -> None:
    """Each cost alone and both together; then both with a threshold no start reaches, so the
    map cannot drop settled starts and steps every start for every epoch (its worst case)."""
    # The plain loop's time does not depend on the threshold; the map's does.
    hard = replace(request, threshold=WORST_CASE_THRESHOLD)
    rows: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        str(cost): (
            lambda cost=cost: plain_loop(request, cost),
            lambda cost=cost: compute_speed_map(replace(request, costs=(cost,))),
        )
        for cost in request.costs
    }
    rows["both costs"] = (
        lambda: [plain_loop(request, cost) for cost in request.costs],
        lambda: compute_speed_map(request),
    )
    rows[f"both, T={WORST_CASE_THRESHOLD:g}"] = (
        lambda: [plain_loop(hard, cost) for cost in hard.costs],
        lambda: compute_speed_map(hard),
    )
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in rows}
    for _ in range(repeat):  # interleaved, so drift in machine load hits all alike
        for name, (plain, model) in rows.items():
            times[name][0].append(seconds(plain))
            times[name][1].append(seconds(model))
    print(
        f"{request.grid}×{request.grid} starts, {request.max_epochs:,} epochs, x={request.x:g} "
        f"y={request.y:g} η={request.eta:g} rule={request.rule}; median of {repeat}"
    )
    print(f"  {'cost':<18} {'plain loop':>11} {'model':>9} {'ratio':>7}")
    for name, (plain_times, model_times) in times.items():
        plain, model = statistics.median(plain_times), statistics.median(model_times)
        print(f"  {name:<18} {plain:9.3f} s {model:7.3f} s {model / plain:6.2f}x")


def cancel_latency(request: SpeedMapRequest, delay: float) -> float:
    """Seconds from setting the cancel flag, `delay` s into a map, to the map's return."""
    flag = threading.Event()
    returned: list[float] = []

    def work() -> None:
        result = compute_speed_map(request, cancelled=flag.is_set)
        returned.append(time.perf_counter())
        assert result is None, "the map finished before it was cancelled"

    worker = threading.Thread(target=work)
    worker.start()
    time.sleep(delay)
    set_at = time.perf_counter()
    flag.set()
    worker.join()
    return returned[0] - set_at


def progress_gaps(request: SpeedMapRequest) -> tuple[float, int]:
    """The longest time between two progress reports of a whole map, and how many there were."""
    stamps = [time.perf_counter()]
    compute_speed_map(request, progress=lambda _fraction: stamps.append(time.perf_counter()))
    return max(np.diff(stamps)), len(stamps) - 1


def bench_cancel(request: SpeedMapRequest, cancels: int) -> None:
    rng = np.random.default_rng(1)
    print(
        f"cancel latency (flag set → return), {cancels} cancels at random times, "
        f"T={WORST_CASE_THRESHOLD:g} (with the preset's rule no start settles, so every block steps every start):"
    )
    for grid in (request.grid, 1001):
        sized = replace(request, grid=grid, threshold=WORST_CASE_THRESHOLD)
        latencies = [cancel_latency(sized, rng.uniform(0.02, 0.3)) for _ in range(cancels)]
        print(
            f"  {grid}×{grid}: median {statistics.median(latencies) * 1e3:5.1f} ms, "
            f"max {max(latencies) * 1e3:5.1f} ms"
        )
    gap, count = progress_gaps(request)
    print(f"progress: {count} reports over the default map, longest gap {gap * 1e3:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cancels", type=int, default=10)
    parser.add_argument("--rule", choices=["gradient", "book-widget"], help="override the rule")
    args = parser.parse_args()
    parameters = preset(PRESET).parameters
    if args.rule:
        parameters = parameters.with_changes(rule=args.rule)
    request = SpeedMapRequest.from_parameters(parameters)
    bench_speed(request, args.repeat)
    bench_cancel(request, args.cancels)


if __name__ == "__main__":
    main()
