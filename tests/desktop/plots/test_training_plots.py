"""The live plots: fed from the run's trajectory, drawn only when asked, cheap at any length.

Proves that `extend` and the reveal limit draw nothing until `redraw_now` and emit
`redraw_wanted`; that a 300-epoch run draws exactly its 301 rows, fed in any batches; that a
1,000,000-epoch run fed in 50,000-row pieces draws at most 2 × bins + 2 points per curve whose
extremes are the model's, while the series holds O(bins) bytes; that the reveal limit stops every
curve at the limit, the partial bin exact; that the crosshair reads the exact value of the epoch
nearest the mouse among those drawn; that batches of a cleared run are ignored; that the axes are
cached as pixmaps yet redraw their ticks when the range changes; and that the value axes are set
explicitly, with auto-range off.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem

from desktop.plots.peak_bins import DEFAULT_BINS
from desktop.plots.run_series import RunSeries
from desktop.plots.training_plots import TrainingPlots, stepped_range
from model import RunParameters, Training, preset
from tests.desktop.helpers import reference_rows, rgb

RUN = 7
DRAWN = ("cost", "w", "b", "a")
SATURATED = preset("quadratic-saturated").parameters


@pytest.fixture
def plots(qtbot) -> TrainingPlots:
    widget = TrainingPlots()
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(1280, 720)
    widget.show()
    return widget


@pytest.fixture(scope="module")
def million() -> Training:
    training = Training(RunParameters(epochs=1_000_000))
    training.run_to_end()
    return training


def drawn(series: RunSeries, name: str) -> np.ndarray:
    """The y values the named curve shows."""
    return series.curve_data(name)[1]


def test_extend_draws_nothing_until_redraw_now(plots, qtbot) -> None:
    training = Training(SATURATED)
    training.run_to_end()
    series = plots.start_run(RUN, training.trajectory, SATURATED.epochs, "a run")
    with qtbot.waitSignal(plots.redraw_wanted, timeout=1000):
        plots.extend(RUN, 301)
    assert series.length == 301 and len(drawn(series, "cost")) == 0
    plots.redraw_now()
    assert len(drawn(series, "cost")) == 301


def test_a_300_epoch_run_draws_exactly_its_301_rows(plots) -> None:
    training = Training(SATURATED)
    series = plots.start_run(RUN, training.trajectory, SATURATED.epochs, "a run")
    for batch in (0, 1, 5, 37, 100, 200):
        training.advance(batch)
        plots.extend(RUN, len(training.trajectory))
        plots.redraw_now()
        expected = reference_rows(SATURATED, training.epochs_done)
        for name in DRAWN:
            x, y = series.curve_data(name)
            np.testing.assert_array_equal(x, np.arange(len(expected)))
            np.testing.assert_array_equal(y, getattr(expected, name))
    assert training.epochs_done == 300


def numpy_bytes(value: object, seen: set[int] | None = None) -> int:
    """Bytes of every numpy array reachable from `value` through our own objects and containers.

    Qt and pyqtgraph objects and the trajectory (the run's one store, not the plots') are skipped.
    """
    seen = set() if seen is None else seen
    if id(value) in seen:
        return 0
    seen.add(id(value))
    if isinstance(value, np.ndarray):
        return value.nbytes
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return sum(numpy_bytes(item, seen) for item in value)
    if type(value).__module__.startswith("desktop.plots"):
        return sum(numpy_bytes(item, seen) for item in vars(value).values())
    return 0


def test_a_million_epochs_draw_a_few_points_with_the_models_extremes(plots, million) -> None:
    trajectory = million.trajectory
    series = plots.start_run(RUN, trajectory, 1_000_000, "long")
    for length in range(50_000, 1_000_001, 50_000):
        plots.extend(RUN, length)
        plots.redraw_now()
    plots.extend(RUN, 1_000_001)
    plots.redraw_now()
    whole = [
        trajectory.rows(start, min(start + 65_536, 1_000_001))
        for start in range(0, 1_000_001, 65_536)
    ]
    for name in DRAWN:
        x, y = series.curve_data(name)
        assert len(x) <= 2 * DEFAULT_BINS + 2 and x[0] == 0 and x[-1] == 1_000_000
        assert y.max() == max(getattr(rows, name).max() for rows in whole)
        assert y.min() == min(getattr(rows, name).min() for rows in whole)
    assert numpy_bytes(series) < 300_000  # O(bins): 8 MB per column if it held the rows


def test_the_reveal_limit_stops_every_curve_there_with_the_partial_bin_exact(
    plots, qtbot, million
) -> None:
    trajectory = million.trajectory
    series = plots.start_run(RUN, trajectory, 1_000_000, "long")
    plots.extend(RUN, 700_001)
    plots.redraw_now()
    for limit in (123_456, 400, 0, 699_999):
        with qtbot.waitSignal(plots.redraw_wanted, timeout=1000):
            plots.set_reveal_limit(limit)
        assert series.curve_data("cost")[0][-1] != limit  # not drawn before redraw_now
        plots.redraw_now()
        start = series.bins.last_bin_start(limit + 1)
        partial = trajectory.rows(start, limit + 1)
        for name in DRAWN:
            x, y = series.curve_data(name)
            assert x[-1] == limit and x.max() == limit
            shown_tail = y[x >= start]
            assert shown_tail.max() == getattr(partial, name).max()
            assert shown_tail.min() == getattr(partial, name).min()
    with qtbot.waitSignal(plots.redraw_wanted, timeout=1000):
        plots.set_predicting(False, None)
    plots.redraw_now()
    assert series.curve_data("w")[0][-1] == 700_000


def hover(plot: pg.PlotWidget, epoch: float) -> None:
    """Move the mouse over `plot` to x = epoch, halfway up the view."""
    box = plot.getPlotItem().vb
    (_, _), (bottom, top) = box.viewRange()
    at = plot.mapFromScene(box.mapViewToScene(QPointF(epoch, (bottom + top) / 2)))
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(at),
        QPointF(plot.viewport().mapToGlobal(at)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(plot.viewport(), event)


def test_the_crosshair_reads_the_exact_value_of_the_nearest_drawn_epoch(plots, million) -> None:
    trajectory = million.trajectory
    plots.start_run(RUN, trajectory, 1_000_000, "long")
    plots.extend(RUN, 1_000_001)
    plots.redraw_now()
    crosshair = plots.crosshairs[0]
    hover(plots.cost_plot, 333_333.3)
    epoch, value = crosshair.current()
    assert abs(epoch - 333_333) < 1_000_000 / 1000  # within a pixel's worth of epochs
    assert value == trajectory.row(epoch)["cost"]  # exact, though no drawn point is there
    plots.set_reveal_limit(1234)
    plots.redraw_now()
    assert crosshair.current() == (1234, trajectory.row(1234)["cost"])  # refreshed, kept shown
    hover(plots.weights_plot, 900_000)
    assert plots.crosshairs[1].current() == (1234, trajectory.row(1234)["w"])


def test_batches_of_a_cleared_run_are_ignored(plots, qtbot) -> None:
    training = Training(SATURATED)
    training.run_to_end()
    plots.start_run(RUN, training.trajectory, 300, "a run")
    plots.redraw_now()
    plots.clear_runs()
    with qtbot.assertNotEmitted(plots.redraw_wanted):
        plots.extend(RUN, 301)
    plots.redraw_now()
    assert plots.cost_plot.getPlotItem().listDataItems() == []
    with pytest.raises(KeyError):
        plots.series(RUN)


def test_redraw_now_does_nothing_when_nothing_changed(plots) -> None:
    training = Training(SATURATED)
    training.run_to_end()
    series = plots.start_run(RUN, training.trajectory, 300, "a run")
    plots.extend(RUN, 301)
    plots.redraw_now()
    changes: list[object] = []
    series.curves["cost"].sigPlotChanged.connect(changes.append)
    plots.redraw_now()
    plots.set_reveal_limit(None)  # dirty, but the same rows are shown
    plots.redraw_now()
    assert changes == []


def test_value_axes_are_set_explicitly_with_auto_range_off(plots) -> None:
    training = Training(SATURATED)
    training.run_to_end()
    rows = training.trajectory.rows(0, 301)
    plots.start_run(RUN, training.trajectory, 300, "a run")
    plots.extend(RUN, 301)
    plots.redraw_now()
    for plot in plots.plots():
        assert plot.getPlotItem().vb.autoRangeEnabled() == [False, False]
    low, high = min(rows.w.min(), rows.b.min()), max(rows.w.max(), rows.b.max())
    step_low, step_high = stepped_range(low, high)  # whole round steps around the data
    assert step_low <= low < step_low + (step_high - step_low) / 3
    assert step_high - (step_high - step_low) / 3 < high <= step_high
    bottom, top = plots.weights_plot.getPlotItem().vb.viewRange()[1]
    assert bottom == pytest.approx(step_low - 0.05 * (step_high - step_low))
    assert top == pytest.approx(step_high + 0.05 * (step_high - step_low))
    assert plots.cost_plot.getPlotItem().vb.viewRange()[1][1] == pytest.approx(
        1.05 * rows.cost.max()
    )


def test_axes_are_cached_and_still_redraw_their_ticks(plots) -> None:
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    for plot in plots.plots():
        assert all(
            plot.getAxis(side).cacheMode() == cached for side in ("left", "bottom", "right", "top")
        )
    plot = plots.cost_plot
    plots.show_plan(300, "a run")
    before = axis_strip(plot)
    plots.show_plan(5_000_000, "a longer run")  # new tick labels along the bottom
    after = axis_strip(plot)
    assert (before != after).any(axis=2).mean() > 0.01
    plots.show_plan(300, "a run")
    np.testing.assert_array_equal(axis_strip(plot), before)


def axis_strip(plot: pg.PlotWidget) -> np.ndarray:
    """The pixels of the bottom axis (ticks and their labels) as the plot paints them now."""
    QApplication.processEvents()
    pixels = rgb(plot.grab().toImage())
    axis = plot.getAxis("bottom")
    box = axis.mapRectToScene(QRectF(QPointF(0, 0), axis.size()))  # not boundingRect: the grid
    return pixels[int(box.top()) : int(box.bottom()), int(box.left()) : int(box.right())]


def test_the_weight_axis_changes_a_few_times_in_a_run_not_every_frame(plots) -> None:
    """Each change repaints the axis; on the plateau a rescale would fake a steep fall."""
    training = Training(SATURATED)
    training.run_to_end()
    plots.start_run(RUN, training.trajectory, 300, "a run")
    ranges = []
    for length in range(1, 302):
        plots.extend(RUN, length)
        plots.redraw_now()
        ranges.append(tuple(plots.weights_plot.getPlotItem().vb.viewRange()[1]))
    changes = sum(a != b for a, b in zip(ranges, ranges[1:], strict=False))
    assert 1 <= changes <= 15
    lows = [low for low, _ in ranges]
    assert lows == sorted(lows, reverse=True)  # it only ever widens
