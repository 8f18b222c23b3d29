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
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QWidget

from desktop.plots.peak_bins import DEFAULT_BINS
from desktop.plots.run_series import RunSeries
from desktop.plots.training_plots import TrainingPlots, stepped_range
from model import CostName, RunParameters, Training, Trajectory, preset
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
        for name in DRAWN:
            # A narrower plot merges k neighbouring bins: the partial bin is exact within its group.
            merged = series.bins.size * series.coarser_factors()[name]
            start = series.bins.last_bin_start(limit + 1) // merged * merged
            partial = trajectory.rows(start, limit + 1)
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
    row = trajectory.row(1234)  # w or b, whichever curve is nearer the mouse, named
    shown = plots.crosshairs[1].current()
    name = "w" if shown == (1234, row["w"]) else "b"
    assert shown == (1234, row[name]) and f"\n{name} = " in plots.crosshairs[1].text()


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


def test_value_axes_are_set_explicitly_with_auto_range_off(qtbot, plots) -> None:
    """Live, the w/b axis is −3 … +3 (the run stays inside it); for a whole run (figures) it is
    the run's own range in round steps. (Before the live axis kept to −3 … +3, both were the
    latter: changed on purpose, see the plateau test below.)"""
    training = Training(SATURATED)
    training.run_to_end()
    rows = training.trajectory.rows(0, 301)
    whole = TrainingPlots(whole_runs=True)
    qtbot.addWidget(whole)
    for widget in (plots, whole):
        widget.start_run(RUN, training.trajectory, 300, "a run")
        widget.extend(RUN, 301)
        widget.redraw_now()
        for plot in widget.plots():
            assert plot.getPlotItem().vb.autoRangeEnabled() == [False, False]
        assert widget.cost_plot.getPlotItem().vb.viewRange()[1][1] == pytest.approx(
            1.05 * rows.cost.max()
        )
    low, high = min(rows.w.min(), rows.b.min()), max(rows.w.max(), rows.b.max())
    step_low, step_high = stepped_range(low, high)  # whole round steps around the data
    assert step_low <= low < step_low + (step_high - step_low) / 3
    assert step_high - (step_high - step_low) / 3 < high <= step_high
    for widget, (bottom, top) in ((whole, (step_low, step_high)), (plots, (-3.0, 3.0))):
        shown = widget.weights_plot.getPlotItem().vb.viewRange()[1]
        assert shown == pytest.approx([bottom - 0.05 * (top - bottom), top + 0.05 * (top - bottom)])


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


def weight_ranges(plots: TrainingPlots, trajectory: Trajectory, epochs: int) -> list[tuple]:
    """The w/b view range after `start_run` and after each frame of a run fed row by row."""
    plots.start_run(RUN, trajectory, epochs, "a run")
    ranges = [tuple(plots.weights_plot.getPlotItem().vb.viewRange()[1])]
    for length in range(1, len(trajectory) + 1):
        plots.extend(RUN, length)
        plots.redraw_now()
        ranges.append(tuple(plots.weights_plot.getPlotItem().vb.viewRange()[1]))
    return ranges


@pytest.mark.parametrize("name", ["quadratic-saturated", "cross-entropy-saturated"])
def test_the_weight_axis_holds_still_through_a_saturated_run(plots, name) -> None:
    """A rescale on the plateau would make 2.0 → 1.65 look like a steep fall."""
    parameters = preset(name).parameters
    training = Training(parameters)
    training.run_to_end()
    ranges = weight_ranges(plots, training.trajectory, parameters.epochs)
    assert len(set(ranges)) == 1  # never changes, from the run's start on
    assert ranges[0] == pytest.approx((-3.3, 3.3))  # −3 … +3 (the diagram's bars), padded 5 %


def test_the_weight_axis_widens_a_few_times_in_round_steps_and_never_shrinks(plots) -> None:
    trajectory = Trajectory(1.0, 0.0, CostName.QUADRATIC)
    w = np.linspace(2.0, -9.0, 301)  # w leaves −3 … +3 and goes on to −9
    trajectory.append(w, np.full(301, 0.5))
    ranges = weight_ranges(plots, trajectory, 300)
    changes = sum(a != b for a, b in zip(ranges, ranges[1:], strict=False))
    assert 1 <= changes <= 4
    lows, highs = [low for low, _ in ranges], [high for _, high in ranges]
    assert lows == sorted(lows, reverse=True) and highs == sorted(highs)  # only ever widens
    assert lows[-1] < -9.0 and highs[-1] >= 3.0
    for low, high in set(ranges):  # whole round steps: the padding is 5 % of a round span
        span = (high - low) / 1.1
        assert round(span) == pytest.approx(span, abs=1e-6)


def test_the_crosshair_follows_the_data_under_a_resting_mouse(qtbot) -> None:
    """The curve grows and the window lays itself out again; the mouse does not move."""
    container = QWidget()
    qtbot.addWidget(container)
    container.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    container.resize(1400, 720)
    plots = TrainingPlots(parent=container)
    plots.setGeometry(0, 0, 1280, 720)
    container.show()
    training = Training(SATURATED)
    plots.start_run(RUN, training.trajectory, 300, "a run")
    training.advance(100)
    plots.extend(RUN, 101)
    plots.redraw_now()
    hover(plots.cost_plot, 250)  # beyond the curve's end: the crosshair shows its last point
    mouse = plots.cost_plot.viewport().mapToGlobal(plot_pixel(plots.cost_plot, 250))
    crosshair = plots.crosshairs[0]
    assert crosshair.text().startswith("epoch 100\n")
    training.advance(100)
    plots.extend(RUN, 201)
    plots.redraw_now()
    assert crosshair.text().startswith("epoch 200\n")
    box = plots.cost_plot.getPlotItem().vb
    per_epoch = box.width() / (box.viewRange()[0][1] - box.viewRange()[0][0])
    plots.move(round(60 * per_epoch), 0)  # a panel on the left grew: the plot moved right
    QApplication.processEvents()
    training.advance(100)
    plots.extend(RUN, 301)
    plots.redraw_now()
    epoch, value = crosshair.current()
    assert abs(epoch - 190) <= 2 and value == training.trajectory.row(epoch)["cost"]
    assert crosshair.text().startswith(f"epoch {epoch}\n")
    line = [item for item in crosshair_lines(plots.cost_plot) if item.angle == 90]
    assert line and line[0].value() == epoch
    plots.resize(1000, 720)  # laid out anew after the run: no redraw comes
    QApplication.processEvents()
    under = epoch_under(plots.cost_plot, mouse)
    assert abs(under - epoch) > 20 and crosshair.current() == (
        under,
        training.trajectory.row(under)["cost"],
    )


def plot_pixel(plot: pg.PlotWidget, epoch: float) -> QPoint:
    """The viewport pixel of `epoch`, halfway up the view."""
    box = plot.getPlotItem().vb
    (_, _), (bottom, top) = box.viewRange()
    return plot.mapFromScene(box.mapViewToScene(QPointF(epoch, (bottom + top) / 2)))


def epoch_under(plot: pg.PlotWidget, mouse: QPoint) -> int:
    """The epoch under a screen position, as the plot is laid out now."""
    scene = plot.mapToScene(plot.viewport().mapFromGlobal(mouse))
    return round(plot.getPlotItem().vb.mapSceneToView(scene).x())


def crosshair_lines(plot: pg.PlotWidget) -> list[pg.InfiniteLine]:
    """The crosshair's visible lines (the cursor line is hidden here)."""
    items = plot.getPlotItem().vb.childGroup.childItems()
    return [item for item in items if isinstance(item, pg.InfiniteLine) and item.isVisible()]
