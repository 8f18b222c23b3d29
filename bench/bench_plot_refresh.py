"""Benchmark: live refresh of the cost plot while a run grows to 1e3, 1e5 and 1e6 points,
frames per second, against plain pyqtgraph and (if it imports) matplotlib's Agg.

For each size N a run of N epochs (quadratic, w = b = 2) is computed first, then drawn as during
a run: the curve grows from N/F to all N + 1 rows in F frames (--frames, default 120: two
seconds of a 60 frames/s run), a frame being "the new rows arrive, the plot is redrawn and
painted". Contenders, interleaved by size, each for at most --budget seconds a size:

- `app: cost plot` — the app's real `TrainingPlots` inside a `MainWindow` (1280 × 720 by
  default), fed as the window feeds it: `plots.extend(run, rows)` (peak bins fold the new rows),
  `plots.redraw_now()` (setData of ≤ 2 × bins + 2 points per curve, value ranges), then the cost
  plot's viewport painted now (`viewport().repaint()`); the other plots are painted after the
  timer stops.
- `app: whole frame` — the same, but the frame ends when the event loop has painted what the
  redraw dirtied (all three plots, as in a real frame; Qt decides what to paint).
- `what-if: round joins, …` — NOT the app as it is: the same two rows with the curves' pens
  set to `Qt.PenJoinStyle.RoundJoin` (the theme's pens use Qt's default bevel join), a possible
  change, measured.
- `pyqtgraph, every point` — a bare `pg.PlotWidget` of the same size and pen (antialiased,
  the theme's width), `setData` of all rows so far, `viewport().repaint()`.
- `pyqtgraph, peak downsampling` — the same with pyqtgraph's own `setDownsampling(auto=True,
  method="peak")` and `setClipToView(True)`.
- `matplotlib Agg` (only if matplotlib imports): a figure of the same pixel size, one `Line2D`
  with all rows so far (`set_data`, then `canvas.draw()`).

Target from issue 12: the cost plot ≥ 60 frames/s at 1e6 points during a run. Runs on the
display in $DISPLAY (e.g. Xvfb :99), else offscreen (said in the header). Prints a table;
asserts nothing.

    DISPLAY=:99 python bench/bench_plot_refresh.py [--frames F] [--budget S] [--size WxH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZES = (1_000, 100_000, 1_000_000)
TARGET_FPS = 60.0
TARGET_SIZE = 1_000_000
RUN_ID = 1


def frame_lengths(rows: int, frames: int) -> list[int]:
    """Rows on the plot at each frame: growing evenly to all `rows`."""
    return [max(1, round(rows * (i + 1) / frames)) for i in range(frames)]


class PaintCounter:
    """Counts paint events of watched widgets (an event filter)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self.filter = Filter()


def app_contenders(window, training, frames: int):
    """The app's cost plot ('cost plot': synchronous repaint of it alone; 'whole frame': until
    the event loop has painted)."""
    from PySide6.QtWidgets import QApplication

    plots = window.plots
    app = QApplication.instance()
    counter = PaintCounter()
    plots.cost_plot.viewport().installEventFilter(counter.filter)
    rows = len(training.trajectory)
    lengths = frame_lengths(rows, frames)

    def start() -> None:
        plots.clear_runs()
        plots.start_run(RUN_ID, training.trajectory, rows - 1, "benchmark run")
        for _ in range(3):
            app.processEvents()

    def cost_plot(length: int) -> None:
        plots.extend(RUN_ID, length)
        plots.redraw_now()
        plots.cost_plot.viewport().repaint()

    def whole_frame(length: int) -> None:
        before = counter.count
        plots.extend(RUN_ID, length)
        plots.redraw_now()
        deadline = time.perf_counter() + 1.0
        while counter.count == before and time.perf_counter() < deadline:
            app.processEvents()

    def start_round_joins() -> None:
        """The what-if: the same curves with round pen joins (the theme's pens are bevel-joined)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPen

        start()
        for curve in plots.series(RUN_ID).curves.values():
            pen = QPen(curve.opts["pen"])
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            curve.setPen(pen)

    return lengths, {
        "app: cost plot": (start, cost_plot),
        "app: whole frame": (start, whole_frame),
        "what-if: round joins, cost plot": (start_round_joins, cost_plot),
        "what-if: round joins, whole frame": (start_round_joins, whole_frame),
    }


def pyqtgraph_contender(window, training, frames: int, downsample: bool):
    """A bare PlotWidget the size of the app's cost plot, with the app's pen, all rows."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    size = window.plots.cost_plot.size()
    plot = pg.PlotWidget()
    plot.resize(size)
    plot.show()
    epochs = np.arange(len(training.trajectory), dtype=np.float64)
    cost = training.trajectory.columns(0, len(training.trajectory), ["cost"])["cost"]
    curve = plot.plot(pen=window.presentation.theme().pen(window.presentation.theme().cost))
    if downsample:
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)
    plot.setXRange(0, len(epochs) - 1, padding=0)
    plot.setYRange(0, float(cost.max()), padding=0.05)
    plot.getPlotItem().vb.disableAutoRange()

    def start() -> None:
        curve.setData([], [])
        for _ in range(3):
            app.processEvents()

    def one(length: int) -> None:
        curve.setData(epochs[:length], cost[:length])
        plot.viewport().repaint()

    return start, one, plot


def matplotlib_contender(size, training):
    import matplotlib

    matplotlib.use("Agg")
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dpi = 100
    figure = Figure(figsize=(size.width() / dpi, size.height() / dpi), dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    epochs = np.arange(len(training.trajectory), dtype=np.float64)
    cost = training.trajectory.columns(0, len(training.trajectory), ["cost"])["cost"]
    (line,) = axes.plot([], [], linewidth=2)
    axes.set_xlim(0, len(epochs) - 1)
    axes.set_ylim(0, float(cost.max()) * 1.05)

    def start() -> None:
        line.set_data([], [])

    def one(length: int) -> None:
        line.set_data(epochs[:length], cost[:length])
        canvas.draw()

    return start, one


def run_frames(
    start: Callable[[], None], one: Callable[[int], None], lengths: list[int], budget: float
) -> tuple[list[float], int]:
    """Frame times (s) of the frames drawn within `budget` seconds, and the last frame's rows."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    start()
    times, last, began = [], 0, time.perf_counter()
    for length in lengths:
        started = time.perf_counter()
        one(length)
        times.append(time.perf_counter() - started)
        last = length
        app.processEvents()  # untimed: paints the timed work left pending (other plots)
        if time.perf_counter() - began > budget:
            break
    return times, last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument("--budget", type=float, default=8.0, help="seconds per contender and size")
    parser.add_argument("--size", default="1280x720", help="window size, WxH")
    args = parser.parse_args()
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="neuron-lab-bench-")  # no settings
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.qt_app import application
    from desktop.window.main_window import MainWindow
    from model import RunParameters, Training

    app = application()
    width, height = (int(v) for v in args.size.split("x"))
    window = MainWindow()
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    # The pointer away from the window: resting on a plot, it would make the crosshair follow
    # the growing curve every frame (an extra cost, not measured here).
    from PySide6.QtGui import QCursor

    QCursor.setPos(window.screen().geometry().bottomRight())
    for _ in range(20):
        app.processEvents()
    cost_size = window.plots.cost_plot.size()
    try:
        import matplotlib  # noqa: F401

        have_matplotlib = True
    except ImportError:
        have_matplotlib = False
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(
        f"platform {app.platformName()}, window {width}×{height}, cost plot "
        f"{cost_size.width()}×{cost_size.height()} px, {args.frames} frames a run "
        f"(curve growing to N rows), ≤ {args.budget:g} s per contender and size; pointer off "
        f"the window; load {load}"
    )
    results: dict[str, dict[int, tuple[list[float], int]]] = {}
    points: dict[int, int] = {}
    for rows in SIZES:
        training = Training(RunParameters(w=2.0, b=2.0, epochs=rows))
        training.run_to_end()
        lengths, app_rows = app_contenders(window, training, args.frames)
        for name, (start, one) in app_rows.items():
            results.setdefault(name, {})[rows + 1] = run_frames(start, one, lengths, args.budget)
            if name == "app: cost plot":
                series = window.plots.series(RUN_ID)
                points[rows + 1] = len(series.curve_data("cost")[0])
        for label, downsample in (
            ("pyqtgraph, every point", False),
            ("pyqtgraph, peak downsampling", True),
        ):
            begin, one, plot = pyqtgraph_contender(window, training, args.frames, downsample)
            results.setdefault(label, {})[rows + 1] = run_frames(begin, one, lengths, args.budget)
            plot.close()
            plot.deleteLater()
        if have_matplotlib:
            begin, one = matplotlib_contender(cost_size, training)
            results.setdefault("matplotlib Agg", {})[rows + 1] = run_frames(
                begin, one, lengths, args.budget
            )
        window.plots.clear_runs()
    header = "".join(f"{f'N = {n:,}':>24}" for n in results["app: cost plot"])
    print("frames/s (median frame ms, 95th percentile ms) while the curve grows to N points")
    print(f"  {'contender':<34}{header}")
    for name, by_size in results.items():
        cells = []
        for rows, (times, last) in by_size.items():
            fps = len(times) / sum(times)
            cut = "*" if last < rows else ""  # the budget ran out before the curve was whole
            p95 = sorted(times)[min(len(times) - 1, int(0.95 * len(times)))]
            cells.append(
                f"{fps:7.1f}{cut:1} ({statistics.median(times) * 1e3:5.1f}, {p95 * 1e3:5.1f})"
            )
        print(f"  {name:<34}" + "".join(f"{cell:>24}" for cell in cells))
    if any(last < rows for r in results.values() for rows, (_t, last) in r.items()):
        print("  * budget spent before the curve reached N points: frames up to that point")
    if not have_matplotlib:
        print("  matplotlib not importable: skipped")
    print(
        "  points handed to the app's cost curve at the end: "
        + ", ".join(f"N = {n:,}: {p:,}" for n, p in points.items())
    )
    fps = {}
    for name in ("app: cost plot", "app: whole frame"):
        times, _last = results[name][TARGET_SIZE + 1]
        fps[name] = len(times) / sum(times)
    verdict = "MET" if fps["app: cost plot"] >= TARGET_FPS else "MISSED"
    print(
        f"  target cost plot ≥ {TARGET_FPS:g} frames/s at {TARGET_SIZE:,} points: {verdict} "
        f"({fps['app: cost plot']:.0f} frames/s; a whole frame, all three plots: "
        f"{fps['app: whole frame']:.0f} frames/s)"
    )
    window.close()


if __name__ == "__main__":
    main()
