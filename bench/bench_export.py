"""Benchmark: exporting a 1,000,000-epoch run (PNG 1920×1080, SVG, PDF): times and file sizes.

Targets from the export issue: PNG in under 1 s, SVG under 2 MB (curves are decimated for
drawing; the CSV never is). Prints numbers; asserts nothing.

    python bench/bench_export.py [--epochs N]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=1_000_000)
    args = parser.parse_args()
    from desktop.export.options import FigureKind, FigureSpec
    from desktop.export.run_figure import RunFigure
    from desktop.qt_app import application
    from model import RunParameters, Training

    application()
    parameters = RunParameters(w=2.0, b=2.0, epochs=args.epochs)
    started = time.perf_counter()
    training = Training(parameters)
    training.run_to_end()
    print(f"{args.epochs:,} epochs computed in {time.perf_counter() - started:.2f} s")
    folder = Path(tempfile.mkdtemp(prefix="neuron-lab-bench-"))
    for kind in (FigureKind.COST, FigureKind.FIGURE):
        started = time.perf_counter()
        figure = RunFigure(parameters, training.trajectory, FigureSpec(kind, 1920, 1080))
        built = time.perf_counter() - started
        for extension, write in (
            ("png", figure.write_png),
            ("svg", figure.write_svg),
            ("pdf", figure.write_pdf),
        ):
            target = folder / f"{kind}.{extension}"
            started = time.perf_counter()
            write(target)
            seconds = time.perf_counter() - started
            print(
                f"  {kind:<6} {extension}: {seconds:5.2f} s (+{built:.2f} s to build)  {target.stat().st_size / 1e6:6.2f} MB"
            )
        figure.close()


if __name__ == "__main__":
    main()
