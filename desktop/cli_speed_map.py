"""`neuron-lab speed-map`: epochs to learn from every start of a grid, for both costs; a summary
line per cost, and the map as CSV and PNG. Qt is loaded only for a PNG.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_args import add_size_flags, check_output_paths, threshold_arg
from model import MAX_ABS_INPUT, MAX_ETA, ParameterError, load_presets, preset
from model.atomic_file import write_text_atomically
from model.costs import CostName
from model.speed_map import (
    DEFAULT_GRID,
    DEFAULT_MAX_EPOCHS,
    DEFAULT_RANGE,
    DEFAULT_THRESHOLD,
    MAX_GRID,
    MAX_MAX_EPOCHS,
    MIN_GRID,
    SpeedMap,
    SpeedMapRequest,
    compute_speed_map,
    write_speed_map_csv,
)

SPEED_MAP_PRESET = "quadratic-saturated"
SPEED_MAP_SIZE = (1600, 800)
"""The speed-map PNG's default width and height: the two maps side by side."""
SPEED_MAP_COSTS = {
    "quadratic": (CostName.QUADRATIC,),
    "cross-entropy": (CostName.CROSS_ENTROPY,),
    "both": (CostName.QUADRATIC, CostName.CROSS_ENTROPY),
}
RUN_FLAGS = (
    ("eta", f"learning rate η, 0 < η ≤ {MAX_ETA:g}"),
    ("x", f"input x, |x| ≤ {MAX_ABS_INPUT:g}"),
    ("y", "target output y, 0 ≤ y ≤ 1"),
)


def add_speed_map_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    speed = commands.add_parser(
        "speed-map",
        help="epochs to learn from every start (w0, b0) of a grid, for both costs; prints a "
        "summary, writes CSV/PNG",
    )
    presets = ", ".join(load_presets())
    speed.add_argument(
        "--preset",
        default=argparse.SUPPRESS,
        help=f"take x, y, η and the rule from this preset (default {SPEED_MAP_PRESET}): {presets}",
    )
    speed.add_argument(
        "--cost",
        choices=list(SPEED_MAP_COSTS),
        default=argparse.SUPPRESS,
        help="the cost to map, or both (the default)",
    )
    speed.add_argument(
        "--rule",
        choices=["gradient", "book-widget"],
        default=argparse.SUPPRESS,
        help="update rule: true gradient, or the book's published animation (dC/da)",
    )
    for name, text in RUN_FLAGS:
        speed.add_argument(f"--{name}", type=float, default=argparse.SUPPRESS, help=text)
    for name in ("w", "b"):
        speed.add_argument(
            f"--{name}-range",
            type=float,
            nargs=2,
            metavar=("LO", "HI"),
            default=DEFAULT_RANGE,
            help=f"start {name}0 from LO to HI, |{name}0| ≤ {MAX_ABS_INPUT:g} "
            "(default {:g} {:g})".format(*DEFAULT_RANGE),
        )
    speed.add_argument(
        "--grid",
        type=int,
        metavar="N",
        default=DEFAULT_GRID,
        help=f"starts a side, {MIN_GRID} to {MAX_GRID} (default {DEFAULT_GRID})",
    )
    speed.add_argument(
        "--max-epochs",
        type=int,
        metavar="M",
        default=DEFAULT_MAX_EPOCHS,
        help=f"epochs to try, 1 to {MAX_MAX_EPOCHS:,} (default {DEFAULT_MAX_EPOCHS:,})",
    )
    speed.add_argument(
        "--threshold",
        type=threshold_arg,
        metavar="T",
        default=DEFAULT_THRESHOLD,
        help=f"learnt once |a - y| < T, 0 < T < 1 (default {DEFAULT_THRESHOLD:g})",
    )
    speed.add_argument("--csv", type=Path, help="write every start's epochs as CSV")
    speed.add_argument("--png", type=Path, help="write the maps with their colour bar as PNG")
    add_size_flags(speed, SPEED_MAP_SIZE)
    speed.add_argument("--theme", choices=["light", "dark"], default="light")


def speed_map_request(args: argparse.Namespace) -> SpeedMapRequest:
    """The map the flags ask for, checked: x, y, η and the rule from the preset and the flags
    over it (within the limits of `export`), then the map's own settings."""
    given = [f"--{name}" for name in ("w", "b", "epochs") if getattr(args, name) is not None]
    if given:
        raise ParameterError(
            "speed-map",
            f"speed-map varies the start and runs --max-epochs; drop {', '.join(given)}",
        )
    name = args.preset or SPEED_MAP_PRESET
    changes = {key: getattr(args, key) for key in ("eta", "x", "y", "rule")}
    parameters = preset(name).parameters.with_changes(
        **{key: value for key, value in changes.items() if value is not None}
    )
    return SpeedMapRequest.from_parameters(
        parameters,
        costs=SPEED_MAP_COSTS[args.cost or "both"],
        w_range=tuple(args.w_range),
        b_range=tuple(args.b_range),
        grid=args.grid,
        max_epochs=args.max_epochs,
        threshold=args.threshold,
    ).validated()


def run_speed_map(args: argparse.Namespace) -> int:
    request = speed_map_request(args)
    check_output_paths({"csv": args.csv, "png": args.png})
    speed_map = compute_speed_map(request)
    assert speed_map is not None  # nothing cancels it here
    if args.csv is not None:
        write_text_atomically(args.csv, lambda out: write_speed_map_csv(out, speed_map))
    if args.png is not None:
        _write_speed_map_png(speed_map, args)
    for line in speed_map_summary_lines(speed_map):
        print(line)
    return 0


def _write_speed_map_png(speed_map: SpeedMap, args: argparse.Namespace) -> None:
    # Qt is imported only here, so a CSV-only map starts without it.
    from desktop.qt_app import application, use_offscreen_platform

    use_offscreen_platform()
    application()
    from desktop.insight.speed_map_figure import write_speed_map_png

    write_speed_map_png(speed_map, args.png, args.width, args.height, args.theme)


def speed_map_summary_lines(speed_map: SpeedMap) -> list[str]:
    """One line per cost: `cost=quadratic reached=31234/40401 median_epochs=412` (the median
    of the starts that reach the threshold, `none` if none does)."""
    cells = speed_map.request.grid**2
    lines = []
    for cost in speed_map.request.costs:
        reached, median = speed_map.summary(cost)
        lines.append(f"cost={cost} reached={reached}/{cells} median_epochs={_epochs(median)}")
    return lines


def _epochs(median: float | None) -> str:
    """A median of whole epochs as the command prints it: 412, 412.5 (half way), or none."""
    if median is None:
        return "none"
    return str(int(median)) if median.is_integer() else repr(median)
