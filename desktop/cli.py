"""The `neuron-lab` command: open the window, export a run headless, take a screenshot, or map
how fast the neuron learns from every start (`speed-map`).

The window and `export` take the same run flags (`--preset`, then `--cost --w --b --eta --epochs
--x --y --rule` over it), checked the same way before any window or work; `speed-map` takes the
preset's x, y, η and rule (and those flags) and varies the start itself. User errors (bad
arguments, parameters out of range) exit 2 and write one line to stderr; files that cannot be
written exit 1 with one line; neither prints a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli_args import (
    EXIT_IO_ERROR,
    EXIT_USAGE,
    PROG,
    OneLineParser,
    add_size_flags,
    bounded,
    missing_display,
    threshold_arg,
)
from desktop.cli_experiment import (
    add_experiment_flags,
    check_save_path,
    read_experiment,
    save_experiment,
    second_run,
    view_choices,
)
from desktop.cli_speed_map import add_speed_map_command, run_speed_map
from desktop.export.headless_export import ExportRequest
from desktop.export.options import (
    DEFAULT_FPS,
    DEFAULT_FRAMES,
    FORMATS,
    MAX_FPS,
    MAX_FRAMES,
    MAX_GIF_SIZE,
    MIN_FPS,
    MIN_FRAMES,
    FigureKind,
    FigureSpec,
    GifOptions,
)
from model import (
    MAX_ABS_INPUT,
    MAX_EPOCHS,
    MAX_ETA,
    ParameterError,
    RunParameters,
    load_presets,
    preset,
)
from model.comparison import DEFAULT_THRESHOLD, SPEC_KEYS, default_partner, parse_compare_spec
from model.experiment import SUFFIX, Experiment, check_one_start
from model.experiment import load as load_experiment

EXIT_NO_DISPLAY = 1
SCREENSHOT_PRESET = "quadratic-saturated"
WINDOW_PRESET = "quadratic-good-start"
OVERRIDABLE = ("cost", "w", "b", "eta", "epochs", "x", "y", "rule")
RUN_FLAGS: tuple[tuple[str, type, str], ...] = (
    ("w", float, f"start weight w, |w| ≤ {MAX_ABS_INPUT:g}"),
    ("b", float, f"start bias b, |b| ≤ {MAX_ABS_INPUT:g}"),
    ("eta", float, f"learning rate η, 0 < η ≤ {MAX_ETA:g}"),
    ("x", float, f"input x, |x| ≤ {MAX_ABS_INPUT:g}"),
    ("y", float, "target output y, 0 ≤ y ≤ 1"),
    ("epochs", int, f"updates to run, 1 to {MAX_EPOCHS:,}"),
)
VIEWS = ("main", "compare", "why-slow", "landscape", "speed-map", "exercises")
"""What `screenshot --view` can show: the main window, compare mode, then the tabs beside the
plots (the why-slow panel, the cost landscape, the learning-speed map, the exercises)."""
TWO_RUN_VIEWS = ("compare", "why-slow", "landscape")
"""The views `screenshot --compare SPEC` may give a second run."""
COMPARE_HELP = (
    "a second run to compare: a preset name, or comma-separated key=value changes of the first "
    f"({', '.join(SPEC_KEYS)}), e.g. cost=cross-entropy"
)


_scale = bounded(float, 1.0, 3.0, "scale")


COMMANDS = ("export", "screenshot", "speed-map")
LANGUAGE_CODES = ("en", "zh_CN")
"""`--lang`: English (the default for screenshots) and Simplified Chinese (as desktop.style.language)."""


def build_parser() -> OneLineParser:
    """The whole command line: the window's flags, `export` and `screenshot`."""
    parser = OneLineParser(
        prog=PROG,
        description="Watch one sigmoid neuron learn (Nielsen, NNDL ch. 3).",
        epilog=f"{PROG} FILE{SUFFIX} opens the window with that experiment file.",
    )
    _add_run_flags(parser, f"open with this preset loaded (default {WINDOW_PRESET})", None)
    parser.set_defaults(file=None)  # `neuron-lab FILE.neuronlab`: see `split_experiment_file`
    _add_language_flag(parser)
    commands = parser.add_subparsers(dest="command", metavar="{export,screenshot,speed-map}")
    _add_export_command(commands)
    _add_screenshot_command(commands)
    add_speed_map_command(commands)
    return parser


def _add_language_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGE_CODES,
        default=None,
        help="interface language (default: the one chosen in the window, else the system's)",
    )


def _add_run_flags(parser: argparse.ArgumentParser, preset_help: str, default: object) -> None:
    """--preset and the parameter flags over it. In a subcommand the default is SUPPRESS, so
    flags given before the subcommand (`neuron-lab --preset X export`) are not overwritten."""
    presets = ", ".join(load_presets())
    parser.add_argument("--preset", default=default, help=f"{preset_help}: {presets}")
    parser.add_argument(
        "--cost", choices=["quadratic", "cross-entropy"], default=default, help="cost function"
    )
    parser.add_argument(
        "--rule",
        choices=["gradient", "book-widget"],
        default=default,
        help="update rule: true gradient, or the book's published animation (dC/da)",
    )
    for name, kind, text in RUN_FLAGS:
        parser.add_argument(f"--{name}", type=kind, default=default, help=text)


def _add_export_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = commands.add_parser(
        "export", help="run headless and write CSV/PNG/SVG/PDF/GIF; prints the final state"
    )
    _add_run_flags(export, "start from this preset", argparse.SUPPRESS)
    export.add_argument("--csv", type=Path, help="write the trajectory as CSV")
    export.add_argument("--png", type=Path, help="write the figure as PNG (exact size)")
    export.add_argument("--svg", type=Path, help="write the figure as vector SVG")
    export.add_argument("--pdf", type=Path, help="write the figure as vector PDF")
    export.add_argument(
        "--gif",
        type=Path,
        help="write an animated GIF of the run (at most {}×{} pixels)".format(*MAX_GIF_SIZE),
    )
    export.add_argument(
        "--fps",
        type=int,
        default=DEFAULT_FPS,
        help=f"GIF frames per second, {MIN_FPS} to {MAX_FPS} (default {DEFAULT_FPS})",
    )
    export.add_argument(
        "--frames",
        type=int,
        default=DEFAULT_FRAMES,
        help=f"GIF frames sampling the run, {MIN_FRAMES} to {MAX_FRAMES}, fewer for large "
        f"frames (default {DEFAULT_FRAMES})",
    )
    export.add_argument(
        "--what",
        choices=[str(k) for k in FigureKind],
        default="cost",
        help="cost plot alone, all plots, or the figure: diagram + plots",
    )
    export.add_argument("--theme", choices=["light", "dark"], default="light")
    export.add_argument("--compare", metavar="SPEC", help=f"{COMPARE_HELP}; files show both runs")
    export.add_argument(
        "--threshold",
        type=threshold_arg,
        metavar="T",
        help="with --compare: print the first epoch at which each run has |a - y| < T, and "
        f"their ratio (0 < T < 1, default {DEFAULT_THRESHOLD:g})",
    )
    export.add_argument("--transparent", action="store_true", help="transparent PNG background")
    add_size_flags(export)
    add_experiment_flags(export)
    export.add_argument(
        "--book-figures",
        type=Path,
        metavar="DIR",
        help="write NAME.png, NAME.svg, NAME.csv for every preset and comparison.png",
    )


def _add_screenshot_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    shot = commands.add_parser("screenshot", help="render a view of the window after a full run")
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument(
        "--preset",
        default=argparse.SUPPRESS,
        help=f"one of: {', '.join(load_presets())} (default {SCREENSHOT_PRESET})",
    )
    add_size_flags(shot)
    shot.add_argument("--theme", choices=["light", "dark"], default="light")
    shot.add_argument("--scale", type=_scale, default=1.0, help="presentation scale, 1.0 to 3.0")
    shot.add_argument(
        "--view",
        choices=VIEWS,
        default=VIEWS[0],
        help="main window; compare mode (the preset beside the other cost from the same start, "
        "or --compare); the why-slow panel",
    )
    shot.add_argument(
        "--compare", metavar="SPEC", help=f"with --view compare or why-slow: {COMPARE_HELP}"
    )
    shot.add_argument(
        "--lang", choices=LANGUAGE_CODES, default=argparse.SUPPRESS, help="interface language"
    )


def run_parameters(
    args: argparse.Namespace,
    default_preset: str | None = None,
    start: RunParameters | None = None,
) -> RunParameters:
    """The preset's values (`--preset`, else `start`, else `default_preset`, else the defaults),
    with every parameter flag given applied over them, validated: ParameterError names a bad
    value."""
    name = args.preset or (None if start is not None else default_preset)
    base = preset(name).parameters if name else (start or RunParameters())
    changes = {flag: getattr(args, flag) for flag in OVERRIDABLE if getattr(args, flag) is not None}
    return base.with_changes(**changes)


def _figure_spec(args: argparse.Namespace) -> FigureSpec:
    return FigureSpec(FigureKind(args.what), args.width, args.height, args.theme, args.transparent)


def export_request(args: argparse.Namespace, loaded: Experiment | None = None) -> ExportRequest:
    """The export the flags (and `--experiment`'s file, `loaded` if already read) ask for,
    checked before anything runs."""
    paths = {kind: getattr(args, kind) for kind in FORMATS if getattr(args, kind) is not None}
    gif = GifOptions(args.fps, args.frames)
    loaded = loaded or read_experiment(args)
    first = run_parameters(args, start=None if loaded is None else loaded.runs[0])
    second = second_run(args, first, loaded)
    if args.threshold is not None and second is None:
        raise ParameterError("threshold", "--threshold is used only with --compare")
    request = ExportRequest(first, paths, _figure_spec(args), gif, second)
    request.check()
    check_save_path(args.save)
    return request


def _export(args: argparse.Namespace) -> int:
    from desktop.export.headless_export import export, summary_lines

    if args.book_figures is not None:
        return _book_figures(args)
    loaded = read_experiment(args)
    request = export_request(args, loaded)
    view = view_choices(args, loaded, len(request.runs))
    trainings = export(request)
    save_experiment(args.save, request.runs, view)
    for number, training in enumerate(trainings, 1):
        if training.diverged_at is not None:
            which = "the run" if len(trainings) == 1 else f"run {number}"
            print(
                f"{PROG}: warning: {which} diverged at epoch {training.diverged_at}; "
                "output ends at the last finite state",
                file=sys.stderr,
            )
    for line in summary_lines(trainings, view.threshold):
        print(line)
    return 0


def _book_figures(args: argparse.Namespace) -> int:
    """Every preset's own files: flags that choose a run or a file would be ignored, so refuse them."""
    from desktop.export.book_figures import write_book_figures

    flags = (*FORMATS, "compare", "threshold", "experiment", "save")
    given = [f"--{flag}" for flag in flags if getattr(args, flag) is not None]
    if given or args.preset or any(getattr(args, flag) is not None for flag in OVERRIDABLE):
        raise ParameterError(
            "book-figures",
            "--book-figures writes every preset's own files; "
            f"drop {', '.join(given) or 'the run parameters'}",
        )
    for line in write_book_figures(args.book_figures, _figure_spec(args)):
        print(line)
    return 0


def _screenshot(args: argparse.Namespace) -> int:
    from desktop.launcher import write_screenshot

    given = [f"--{name}" for name in OVERRIDABLE if getattr(args, name) is not None]
    if given:
        raise ParameterError(
            "screenshot", f"screenshot shows a preset as it is; drop {', '.join(given)}"
        )
    name = args.preset or SCREENSHOT_PRESET
    first = preset(name).parameters  # unknown names are a usage error, before any window exists
    second = screenshot_partner(args.view, args.compare, first)
    write_screenshot(
        args.out,
        name,
        args.width,
        args.height,
        args.theme,
        args.scale,
        args.view,
        second,
        args.lang or LANGUAGE_CODES[0],
    )
    return 0


def screenshot_partner(view: str, spec: str | None, first: RunParameters) -> RunParameters | None:
    """The second run a screenshot shows: `spec` over `first` (only for views that can show
    two runs), else for the compare view the other cost from the same start, else none."""
    if spec is not None:
        if view not in TWO_RUN_VIEWS:
            raise ParameterError(
                "compare", f"--compare needs --view {' or '.join(TWO_RUN_VIEWS)}, not --view {view}"
            )
        return parse_compare_spec(spec, first)
    return default_partner(first) if view == "compare" else None


def _window(args: argparse.Namespace) -> int:
    parameters = run_parameters(args, WINDOW_PRESET)  # bad values exit 2 before any window
    experiment = _window_experiment(args.file)  # so does a bad file
    problem = missing_display()
    if problem:
        print(f"{PROG}: {problem}", file=sys.stderr)
        return EXIT_NO_DISPLAY
    from desktop.launcher import run_window

    path = None if args.file is None else Path(args.file)
    given = args.preset is not None or any(getattr(args, flag) is not None for flag in OVERRIDABLE)
    shown = parameters if given else None  # None: as the window was last closed
    return run_window(shown, args.preset or WINDOW_PRESET, experiment, path, args.lang)


def _window_experiment(file: str | None) -> Experiment | None:
    """The experiment `neuron-lab FILE.neuronlab` opens (ExperimentError, one line, if bad or
    if its two runs start apart, which the window's compare mode cannot show)."""
    if file is None:
        return None
    experiment = load_experiment(file)
    check_one_start(experiment, Path(file).name)
    return experiment


def split_experiment_file(argv: list[str]) -> tuple[list[str], str | None]:
    """`neuron-lab [flags] FILE.neuronlab [flags]`: the arguments without the file, and the file.

    argparse cannot hold an optional positional beside subcommands (it takes the file for a
    command name), so the window's file is taken out first: the first argument ending in
    `.neuronlab` before any subcommand."""
    for index, arg in enumerate(argv):
        if arg in COMMANDS:
            break
        if arg.lower().endswith(SUFFIX) and not arg.startswith("-"):
            return [*argv[:index], *argv[index + 1 :]], arg
    return argv, None


def main(argv: list[str] | None = None) -> int:
    """Entry point of `neuron-lab` and `python -m desktop`; returns the exit code."""
    rest, file = split_experiment_file(sys.argv[1:] if argv is None else list(argv))
    args = build_parser().parse_args(rest)
    if file is not None and args.command is not None:
        build_parser().error(f"{file} opens the window; '{args.command}' takes --experiment")
    args.file = file
    handlers = {"export": _export, "screenshot": _screenshot, "speed-map": run_speed_map}
    handler = handlers.get(args.command, _window)
    try:
        return handler(args)
    except ParameterError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        target = f" {error.filename}" if getattr(error, "filename", None) else ""
        print(f"{PROG}: cannot write{target}: {error.strerror or error}", file=sys.stderr)
        return EXIT_IO_ERROR
