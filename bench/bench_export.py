"""Benchmark: exporting a 1,000,000-epoch run (PNG 1920×1080, SVG, PDF): times and file sizes;
with --gui-gif, a 150-frame full-HD GIF made by the window and the GUI thread's longest gap.

Targets from the export issue: PNG in under 1 s, SVG under 2 MB (curves are decimated for
drawing; the CSV never is); the window never frozen for long while a GIF is made (frames are
drawn one per event-loop turn and decoded and encoded in the job's thread). Prints numbers;
asserts nothing.

    python bench/bench_export.py [--epochs N] [--gui-gif [--what cost|plots|figure]]
"""

from __future__ import annotations

import argparse
import os
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
    args = parser.parse_args()
    from desktop.qt_app import application

    application()
    folder = Path(tempfile.mkdtemp(prefix="neuron-lab-bench-"))
    if args.gui_gif:
        bench_gui_gif(folder, args.what)
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
