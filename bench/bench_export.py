"""Benchmark: exporting a 1,000,000-epoch run (PNG 1920×1080, SVG, PDF): times and file sizes;
with --gui-gif, a 150-frame full-HD GIF made by the window and the GUI thread's longest gap;
with --table, every format at 1280×720 of the saturated preset and a 1,000,000-epoch CSV.

Targets from the export issue: PNG in under 1 s, SVG under 2 MB (curves are decimated for
drawing; the CSV never is); the window never frozen for long while a GIF is made (frames are
drawn one per event-loop turn and decoded and encoded in the job's thread). Prints numbers;
asserts nothing.

--table (issue 12): `quadratic-saturated` (300 epochs) at 1280×720, each figure kind (cost,
plots, figure) built once per repeat (`RunFigure`, the column "build") and written as PNG, SVG
and PDF (medians of --repeat); the cost figure (every kind with --all-gifs) also as a GIF of the
default 150 frames at 30 fps, once, drawn and encoded in this thread as `neuron-lab export --gif`
does, each step timed; the run's CSV; `neuron-lab export` in a fresh process writing CSV, PNG,
SVG and PDF (start-up, training and Qt included); and, once, a 1,000,000-epoch CSV (the run
computed beforehand, not timed).

    python bench/bench_export.py [--epochs N] [--gui-gif [--what cost|plots|figure]]
    python bench/bench_export.py --table [--repeat K] [--all-gifs]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROBE_MS = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=1_000_000)
    parser.add_argument("--gui-gif", action="store_true", help="measure a GIF export in a window")
    parser.add_argument("--what", default="cost", help="what the GIF shows (--gui-gif)")
    parser.add_argument("--table", action="store_true", help="every format at 1280×720 (issue 12)")
    parser.add_argument("--repeat", type=int, default=3, help="repeats of --table")
    parser.add_argument("--all-gifs", action="store_true", help="--table: a GIF of every kind")
    args = parser.parse_args()
    from desktop.qt_app import application

    application()
    folder = Path(tempfile.mkdtemp(prefix="neuron-lab-bench-"))
    if args.gui_gif:
        bench_gui_gif(folder, args.what)
    elif args.table:
        bench_table(folder, args.repeat, args.all_gifs)
    else:
        bench_figures(folder, args.epochs)


def bench_figures(folder: Path, epochs: int) -> None:
    """Build each figure of a long run at 1920×1080 and write it as PNG, SVG and PDF."""
    from desktop.export.options import FigureKind, FigureSpec
    from desktop.export.run_figure import RunFigure
    from model import RunParameters, Training

    parameters = RunParameters(w=2.0, b=2.0, epochs=epochs)
    started = time.perf_counter()
    training = Training(parameters)
    training.run_to_end()
    print(f"{epochs:,} epochs computed in {time.perf_counter() - started:.2f} s")
    for kind in (FigureKind.COST, FigureKind.FIGURE):
        started = time.perf_counter()
        figure = RunFigure([(parameters, training.trajectory)], FigureSpec(kind, 1920, 1080))
        built = time.perf_counter() - started
        for extension in ("png", "svg", "pdf"):
            target = folder / f"{kind}.{extension}"
            started = time.perf_counter()
            getattr(figure, f"write_{extension}")(target)
            seconds = time.perf_counter() - started
            size = f"{target.stat().st_size / 1e6:6.2f} MB"
            print(f"  {kind:<6} {extension}: {seconds:5.2f} s (+{built:.2f} s to build)  {size}")
        figure.close()


def bench_table(folder: Path, repeat: int, all_gifs: bool) -> None:
    """Every format of the saturated preset at 1280×720; CSVs; the command, in a fresh process."""
    from desktop.export.options import FigureKind, FigureSpec
    from desktop.export.run_figure import RunFigure
    from desktop.export.run_files import RunRecord, write_csv
    from model import RunParameters, Training, preset

    parameters = preset("quadratic-saturated").parameters
    training = Training(parameters)
    training.run_to_end()
    runs = [(parameters, training.trajectory)]
    formats = ("png", "svg", "pdf")
    times: dict[tuple[str, str], list[float]] = {}
    sizes: dict[tuple[str, str], int] = {}

    def note(key: tuple[str, str], started: float, target: Path | None = None) -> None:
        times.setdefault(key, []).append(time.perf_counter() - started)
        if target is not None:
            sizes[key] = target.stat().st_size

    repo = Path(__file__).resolve().parents[1]
    for round_ in range(repeat):
        for kind in FigureKind:
            started = time.perf_counter()
            figure = RunFigure(runs, FigureSpec(kind, 1280, 720))
            note((kind, "build"), started)
            for extension in formats:
                target = folder / f"{kind}.{extension}"
                started = time.perf_counter()
                getattr(figure, f"write_{extension}")(target)
                note((kind, extension), started, target)
            if round_ == 0 and (all_gifs or kind is FigureKind.COST):  # seconds each: once
                target = folder / f"{kind}.gif"
                for phase, seconds in gif_phases(figure, target).items():
                    times[(kind, phase)] = [seconds]
                sizes[(kind, "gif")] = target.stat().st_size
            figure.close()
        target = folder / "run-300.csv"
        started = time.perf_counter()
        write_csv(target, [RunRecord(parameters, training.trajectory)])
        note(("csv", "300 epochs"), started, target)
        command = [sys.executable, "-m", "desktop", "export", "--preset", "quadratic-saturated"]
        for extension in ("csv", *formats):
            command += [f"--{extension}", str(folder / f"cli.{extension}")]
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=repo)
        note(("cli", "csv png svg pdf"), started)
    long_params = RunParameters(w=2.0, b=2.0, epochs=1_000_000)
    long_run = Training(long_params)
    long_run.run_to_end()
    target = folder / "run-1000000.csv"
    started = time.perf_counter()
    write_csv(target, [RunRecord(long_params, long_run.trajectory)])
    note(("csv", "1,000,000 epochs"), started, target)

    def cell(key: tuple[str, str], with_size: bool = True) -> str:
        if key not in times:
            return ""
        size = f" {sizes[key] / 1e3:7.0f} kB" if with_size and key in sizes else ""
        return f"{statistics.median(times[key]):6.2f} s{size}"

    print(
        f"quadratic-saturated (300 epochs) at 1280×720: time (median of {repeat}; GIF, 1M CSV:"
        f" once) and file size"
    )
    print(f"  {'figure':<8} {'build':>9}" + "".join(f"{name:>20}" for name in (*formats, "gif")))
    for kind in FigureKind:
        gif = cell((kind, "gif"))
        print(
            f"  {kind:<8} {cell((kind, 'build')):>9}"
            + "".join(f"{cell((kind, name)):>20}" for name in formats)
            + f"{gif or '(--all-gifs)':>20}"
        )
    for kind in FigureKind:
        if (kind, "gif") in times:
            parts = ", ".join(
                f"{phase} {statistics.median(times[(kind, phase)]):.2f} s" for phase in GIF_PHASES
            )
            print(f"  GIF of {kind}, 150 frames: {parts}")
    for label in ("300 epochs", "1,000,000 epochs"):
        print(f"  CSV of {label:<17} {cell(('csv', label)):>20}")
    print(
        "  neuron-lab export --preset quadratic-saturated --csv --png --svg --pdf, a fresh"
        f" process: {cell(('cli', 'csv png svg pdf'))}"
    )


GIF_PHASES = (
    "show_epoch (layout, title)",
    "image() (paint)",
    "keep frame (PNG)",
    "encode (decode, palette, Pillow)",
)


def gif_phases(figure, target: Path) -> dict[str, float]:
    """`write_gif`'s work (animation.render_frames, then encode_gif), each step timed: 150
    frames drawn, each kept as PNG bytes, then encoded. Returns seconds per phase and "gif"."""
    from desktop.export.animation import epochs_to_draw
    from desktop.export.gif_encoder import CompressedFrames, encode_gif
    from desktop.export.options import GifOptions

    options = GifOptions()
    spent = dict.fromkeys(GIF_PHASES, 0.0)
    frames = CompressedFrames()
    begun = time.perf_counter()
    for epoch in epochs_to_draw(figure.rows, options):
        started = time.perf_counter()
        figure.show_epoch(epoch, caption=True)
        drawn = time.perf_counter()
        image = figure.image()
        painted = time.perf_counter()
        frames.append(image)
        kept = time.perf_counter()
        spent[GIF_PHASES[0]] += drawn - started
        spent[GIF_PHASES[1]] += painted - drawn
        spent[GIF_PHASES[2]] += kept - painted
    started = time.perf_counter()
    encode_gif(frames, target, options)
    spent[GIF_PHASES[3]] = time.perf_counter() - started
    spent["gif"] = time.perf_counter() - begun
    return spent


def bench_gui_gif(folder: Path, what: str) -> None:
    """A window's 150-frame 1920×1080 GIF export, with a 5 ms timer probing the GUI thread."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from desktop.export.export_dialog import ExportChoices
    from desktop.export.gui_export import GuiExporter
    from desktop.export.options import FigureKind, FigureSpec, GifOptions
    from desktop.export.run_files import RunRecord
    from model import Training, preset

    training = Training(preset("quadratic-saturated").parameters)
    training.run_to_end()
    window = QWidget()
    window.show()
    exporter = GuiExporter(window)
    target = folder / "run.gif"
    choices = ExportChoices(target, FigureSpec(FigureKind(what), 1920, 1080), GifOptions())
    gaps: list[tuple[int, float]] = []
    clock, probe, loop = QElapsedTimer(), QTimer(interval=PROBE_MS), QEventLoop()
    probe.timeout.connect(lambda: gaps.append((clock.restart(), time.perf_counter())))
    exporter.done.connect(lambda _path: loop.quit())
    clock.start()
    probe.start()
    started = time.perf_counter()
    exporter.export(choices, [RunRecord(training.parameters, training.trajectory)])
    loop.exec()
    probe.stop()
    seconds = time.perf_counter() - started
    longest = ", ".join(f"{gap} ms at {at - started:.1f} s" for gap, at in sorted(gaps)[-3:])
    size = f"{target.stat().st_size / 1e6:.2f} MB"
    print(f"GUI GIF, 150 frames of 1920x1080 ({what}): {seconds:.1f} s in all, {size}")
    print(f"  longest GUI gaps ({PROBE_MS} ms probe): {longest}")
    exporter.shutdown()
    window.close()


if __name__ == "__main__":
    main()
