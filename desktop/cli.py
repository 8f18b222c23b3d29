"""The `neuron-lab` command: open the window, export a run headless, or take a screenshot.

User errors (bad arguments, parameters out of range) exit 2 and write one line to stderr;
files that cannot be written exit 1 with one line; neither prints a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from desktop.export.headless_export import FORMATS, ExportRequest, GifOptions
from desktop.export.options import FigureKind, FigureSpec
from model import ParameterError, RunParameters, load_presets, preset

PROG = "neuron-lab"
EXIT_IO_ERROR = 1
EXIT_USAGE = 2
SCREENSHOT_PRESET = "quadratic-saturated"
OVERRIDABLE = ("cost", "w", "b", "eta", "epochs", "x", "y", "rule")


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error as a single line (no usage dump) and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{PROG}: error: {message} (see '{PROG} --help')\n")


def _bounded(kind: type, low: float, high: float, what: str) -> Callable[[str], float]:
    """An argparse type: a number of `kind` within low..high, with a one-line message otherwise."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} must be a number, got {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be {low:g}..{high:g}, got {value:g}")
        return value

    return parse


_pixels = _bounded(int, 16, 16384, "size in pixels")
_scale = _bounded(float, 1.0, 3.0, "scale")


def build_parser() -> OneLineParser:
    presets = ", ".join(load_presets())
    parser = OneLineParser(
        prog=PROG, description="Watch one sigmoid neuron learn (Nielsen, NNDL ch. 3)."
    )
    parser.add_argument("--preset", help=f"open with this preset loaded: {presets}")
    commands = parser.add_subparsers(dest="command", metavar="{export,screenshot}")
    export = commands.add_parser(
        "export", help="run headless and write CSV/PNG; prints the final state"
    )
    # SUPPRESS: a --preset given before the subcommand is not overwritten by this default.
    export.add_argument(
        "--preset", default=argparse.SUPPRESS, help=f"start from this preset: {presets}"
    )
    export.add_argument("--cost", choices=["quadratic", "cross-entropy"])
    export.add_argument("--rule", choices=["gradient", "book-widget"])
    for name, kind in (
        ("w", float),
        ("b", float),
        ("eta", float),
        ("x", float),
        ("y", float),
        ("epochs", int),
    ):
        export.add_argument(f"--{name}", type=kind)
    export.add_argument("--csv", type=Path, help="write the trajectory as CSV")
    export.add_argument("--png", type=Path, help="write the figure as PNG (exact size)")
    export.add_argument("--svg", type=Path, help="write the figure as vector SVG")
    export.add_argument("--pdf", type=Path, help="write the figure as vector PDF")
    export.add_argument("--gif", type=Path, help="write an animated GIF of the run")
    export.add_argument("--fps", type=int, default=30, help="GIF frames per second (default 30)")
    export.add_argument(
        "--frames", type=int, default=150, help="GIF frames sampling the run (default 150)"
    )
    export.add_argument(
        "--what",
        choices=[str(k) for k in FigureKind],
        default="cost",
        help="cost plot alone, all plots, or the figure: diagram + plots",
    )
    export.add_argument("--theme", choices=["light", "dark"], default="light")
    export.add_argument("--transparent", action="store_true", help="transparent PNG background")
    export.add_argument("--width", type=_pixels, default=1280)
    export.add_argument("--height", type=_pixels, default=720)
    export.add_argument(
        "--book-figures",
        type=Path,
        metavar="DIR",
        help="write NAME.png, NAME.svg, NAME.csv for every preset and comparison.png",
    )
    shot = commands.add_parser("screenshot", help="render the main window after a complete run")
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument(
        "--preset",
        default=argparse.SUPPRESS,
        help=f"one of: {presets} (default {SCREENSHOT_PRESET})",
    )
    shot.add_argument("--width", type=_pixels, default=1280)
    shot.add_argument("--height", type=_pixels, default=720)
    shot.add_argument("--theme", choices=["light", "dark"], default="light")
    shot.add_argument("--scale", type=_scale, default=1.0, help="presentation scale, 1.0 to 3.0")
    return parser


def export_parameters(args: argparse.Namespace) -> RunParameters:
    """The preset's values (or the defaults), with every flag given on the command line applied."""
    base = preset(args.preset).parameters if args.preset else RunParameters()
    changes = {name: getattr(args, name) for name in OVERRIDABLE if getattr(args, name) is not None}
    return base.with_changes(**changes)


def export_request(args: argparse.Namespace) -> ExportRequest:
    """The export the flags ask for, checked before anything runs."""
    paths = {kind: getattr(args, kind) for kind in FORMATS if getattr(args, kind) is not None}
    figure = FigureSpec(
        FigureKind(args.what), args.width, args.height, args.theme, args.transparent
    )
    request = ExportRequest(
        export_parameters(args), paths, figure, GifOptions(args.fps, args.frames)
    )
    request.check()
    return request


def _export(args: argparse.Namespace) -> int:
    from desktop.export.headless_export import export, final_state_line

    if args.book_figures is not None:
        from desktop.export.book_figures import write_book_figures

        given = [f"--{kind}" for kind in FORMATS if getattr(args, kind) is not None]
        if given or args.preset or any(getattr(args, name) is not None for name in OVERRIDABLE):
            raise ParameterError(
                "book-figures",
                "--book-figures writes every preset's own files; "
                f"drop {', '.join(given) or 'the run parameters'}",
            )
        spec = FigureSpec(
            FigureKind(args.what), args.width, args.height, args.theme, args.transparent
        )
        for line in write_book_figures(args.book_figures, spec):
            print(line)
        return 0
    training = export(export_request(args))
    if training.diverged_at is not None:
        print(
            f"{PROG}: warning: the run diverged at epoch {training.diverged_at}; "
            "output ends at the last finite state",
            file=sys.stderr,
        )
    print(final_state_line(training))
    return 0


def _screenshot(args: argparse.Namespace) -> int:
    from desktop.launcher import write_screenshot

    name = args.preset or SCREENSHOT_PRESET
    preset(name)  # unknown names are a usage error, before any window exists
    write_screenshot(args.out, name, args.width, args.height, args.theme, args.scale)
    return 0


def _window(args: argparse.Namespace) -> int:
    from desktop.launcher import run_window

    if args.preset:
        preset(args.preset)
    return run_window(args.preset)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `neuron-lab` and `python -m desktop`; returns the exit code."""
    args = build_parser().parse_args(argv)
    handler = {"export": _export, "screenshot": _screenshot}.get(args.command, _window)
    try:
        return handler(args)
    except ParameterError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        target = f" {error.filename}" if getattr(error, "filename", None) else ""
        print(f"{PROG}: cannot write{target}: {error.strerror or error}", file=sys.stderr)
        return EXIT_IO_ERROR
