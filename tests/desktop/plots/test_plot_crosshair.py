"""The hover crosshair: it snaps to the nearest epoch, reads well, and leaves the plot alone.

Proves that hovering shows dashed lines and an "epoch / cost" label at the epoch nearest the mouse
(the ends hold), that leaving the plot, moving over an axis or having no data hides it, that
`refresh()` follows growing data and `plot.clear()` keeps it, that ten million epochs still work,
that the auto-range ignores it, that clicks still reach items under it, that `set_style` recolours
it, and that values are written by the app's one number formatter (four significant digits, true
minus signs, "—" when not finite).

Mouse moves are sent straight to the viewport as QMouseEvents: QTest's button-less moves go through
the cursor, which a WA_DontShowOnScreen widget never sees.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.plots.plot_crosshair import PlotCrosshair, PointLookup, snap_epoch
from tests.desktop.helpers import fixed_range_plot

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
EPOCHS = np.arange(301, dtype=np.float64)
COSTS = 0.5 * np.exp(-EPOCHS / 60)


def lookup_in(values: np.ndarray, shown: int | None = None) -> PointLookup:
    """A crosshair lookup over the first `shown` (default: all) of one value per epoch."""

    def lookup(x: float, _y: float = 0.0) -> tuple[int, float] | None:
        epoch = snap_epoch(x, len(values) if shown is None else shown)
        return None if epoch is None else (epoch, float(values[epoch]))

    return lookup


@pytest.fixture
def plot(qtbot) -> pg.PlotWidget:
    return fixed_range_plot(qtbot)


def pixel(plot: pg.PlotWidget, x: float, y: float) -> QPoint:
    """The viewport position of data point (x, y)."""
    return plot.mapFromScene(plot.getPlotItem().vb.mapViewToScene(QPointF(x, y)))


def send_mouse(plot: pg.PlotWidget, kind: QEvent.Type, at: QPoint, button=NONE) -> None:
    """A mouse event at viewport position `at`; the left button is held only while pressing."""
    viewport = plot.viewport()
    buttons = LEFT if kind == QEvent.Type.MouseButtonPress else NONE
    global_at = QPointF(viewport.mapToGlobal(at))
    modifiers = Qt.KeyboardModifier.NoModifier
    event = QMouseEvent(kind, QPointF(at), global_at, button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def hover(plot: pg.PlotWidget, x: float, y: float) -> None:
    send_mouse(plot, QEvent.Type.MouseMove, pixel(plot, x, y))


def view_items(plot: pg.PlotWidget) -> list[object]:
    return plot.getPlotItem().vb.childGroup.childItems()


def lines(plot: pg.PlotWidget) -> dict[str, pg.InfiniteLine]:
    """The crosshair's visible lines by direction."""
    found = [item for item in view_items(plot) if isinstance(item, pg.InfiniteLine)]
    return {("vertical" if ln.angle == 90 else "horizontal"): ln for ln in found if ln.isVisible()}


def crosshair_items(plot: pg.PlotWidget) -> list[pg.GraphicsObject]:
    return [item for item in view_items(plot) if isinstance(item, pg.InfiniteLine | pg.TextItem)]


def test_hover_snaps_to_the_nearest_point_and_labels_it(plot) -> None:
    crosshair = PlotCrosshair(plot, "cost", lookup_in(COSTS))
    assert crosshair.current() is None
    hover(plot, 150.3, 0.2)
    assert crosshair.current() == (150, pytest.approx(COSTS[150]))
    shown = lines(plot)
    assert shown["vertical"].value() == 150
    assert shown["horizontal"].value() == pytest.approx(COSTS[150])
    assert crosshair.text() == "epoch 150\ncost = 0.04104"
    assert COSTS[150] == pytest.approx(0.041042499)
    hover(plot, 20.0, 0.45)
    assert crosshair.current() == (20, pytest.approx(COSTS[20]))
    assert "epoch 20\n" in crosshair.text()


@pytest.mark.parametrize(
    ("mouse_x", "expected"), [(14.1, 14), (15.9, 16), (-20.0, 0), (290.0, 200)]
)
def test_the_nearest_epoch_is_shown_and_the_ends_hold(plot, mouse_x, expected) -> None:
    values = np.arange(201.0) / 1000
    crosshair = PlotCrosshair(plot, "w", lookup_in(values))
    plot.setXRange(-30, 300, padding=0)  # room left of epoch 0
    hover(plot, mouse_x, 0.25)
    assert crosshair.current() == (expected, pytest.approx(expected / 1000))


def test_leaving_the_plot_or_moving_over_an_axis_hides_it(plot) -> None:
    crosshair = PlotCrosshair(plot, "cost", lookup_in(COSTS))
    hover(plot, 100, 0.1)
    assert crosshair.current() is not None
    QApplication.sendEvent(plot.viewport(), QEvent(QEvent.Type.Leave))
    assert crosshair.current() is None and crosshair.text() == ""
    assert not any(item.isVisible() for item in crosshair_items(plot))
    hover(plot, 100, 0.1)
    send_mouse(plot, QEvent.Type.MouseMove, pixel(plot, 100, 0) + QPoint(0, 20))  # on the axis
    assert crosshair.current() is None and not lines(plot)
    hover(plot, 100, 0.1)
    crosshair.hide()
    assert crosshair.current() is None and not lines(plot)


def test_refresh_follows_growing_data_and_clear_keeps_the_crosshair(plot) -> None:
    grown = {"n": 101}
    crosshair = PlotCrosshair(plot, "cost", lambda x, y: lookup_in(COSTS, grown["n"])(x, y))
    hover(plot, 200, 0.25)
    assert crosshair.current() == (100, pytest.approx(COSTS[100]))  # the last epoch so far
    grown["n"] = 301
    crosshair.refresh()
    assert crosshair.current() == (200, pytest.approx(COSTS[200]))
    plot.getPlotItem().clear()
    hover(plot, 250, 0.25)
    assert crosshair.current()[0] == 250 and set(lines(plot)) == {"vertical", "horizontal"}


def test_no_data_shows_nothing(plot) -> None:
    crosshair = PlotCrosshair(plot, "cost", lookup_in(np.empty(0)))
    hover(plot, 100, 0.1)
    assert crosshair.current() is None and not lines(plot)


def test_ten_million_epochs(plot) -> None:
    values = 1.0 / (1.0 + np.arange(10_000_000, dtype=np.float64))
    crosshair = PlotCrosshair(plot, "cost", lookup_in(values))
    plot.setXRange(0, 10_000_000, padding=0)
    QApplication.processEvents()
    for x in (1_234_567.4, 9_999_999.0, 3.0):
        hover(plot, x, 0.25)
        epoch, value = crosshair.current()
        assert abs(epoch - x) <= 10_000_000 / 700  # within a pixel's worth of epochs
        assert value == values[epoch]


def test_the_auto_range_ignores_the_crosshair(plot) -> None:
    plot.plot(EPOCHS, COSTS)
    view_box = plot.getPlotItem().vb
    view_box.enableAutoRange()
    QApplication.processEvents()
    before = view_box.viewRange()
    crosshair = PlotCrosshair(plot, "cost", lookup_in(COSTS))
    for x, y in [(300, 0.5), (0, 0.0), (150, 0.25)]:
        hover(plot, x, y)
        QApplication.processEvents()
        assert crosshair.current() is not None
        assert view_box.viewRange() == before
    assert view_box.autoRangeEnabled() == [True, True]


def test_clicks_reach_the_items_under_it(plot) -> None:
    target = pg.ScatterPlotItem([150.0], [COSTS[150]], size=20)
    plot.addItem(target)
    clicked: list[object] = []
    target.sigClicked.connect(lambda *args: clicked.append(args))
    crosshair = PlotCrosshair(plot, "cost", lookup_in(COSTS))
    hover(plot, 150, COSTS[150])
    assert crosshair.current() == (150, pytest.approx(COSTS[150]))
    at = pixel(plot, 150, COSTS[150])
    send_mouse(plot, QEvent.Type.MouseButtonPress, at, LEFT)
    send_mouse(plot, QEvent.Type.MouseButtonRelease, at, LEFT)
    assert len(clicked) == 1


def rgb(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return raw[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def test_set_style_recolours_the_dashed_lines(plot) -> None:
    crosshair = PlotCrosshair(plot, "cost", lookup_in(COSTS))
    crosshair.set_style(QColor("#ff0000"), 20.0, 3.0)
    hover(plot, 150, 0.3)
    QApplication.processEvents()
    red = (np.abs(rgb(plot.grab().toImage()).astype(int) - (255, 0, 0)) <= 40).all(axis=2)
    at = pixel(plot, 150, COSTS[150])
    top, bottom = pixel(plot, 0, 0.5).y(), pixel(plot, 0, 0).y()
    column = red[top:bottom, at.x() - 2 : at.x() + 3].any(axis=1)
    assert 0.3 < column.mean() < 0.95  # dashed: mostly drawn, with gaps
    assert red[at.y() - 2 : at.y() + 3, :].any(axis=0).sum() > 300  # the horizontal line
    assert red.sum() > 1500  # the label's text and frame too


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.020567, "0.02057"),
        (0.4756, "0.4756"),
        (1.0, "1.000"),
        (0.0, "0"),
        (12.3456, "12.35"),
        (0.00398, "0.003980"),
        (0.0009876, "9.88e\N{MINUS SIGN}04"),
        (-2.5e-6, "\N{MINUS SIGN}2.50e\N{MINUS SIGN}06"),
        (float("nan"), "\N{EM DASH}"),
    ],
)
def test_values_are_written_by_the_apps_number_format(plot, value, text) -> None:
    crosshair = PlotCrosshair(plot, "w", lambda x, y: (1_234_567, value))
    hover(plot, 150, 0.25)
    assert crosshair.text() == f"epoch 1,234,567\nw = {text}"


@pytest.mark.parametrize(
    ("x", "shown", "expected"),
    [(0.4, 3, 0), (0.6, 3, 1), (2.9, 3, 2), (99.0, 3, 2), (-3.0, 3, 0), (1.0, 0, None)],
)
def test_snap_epoch_rounds_and_stays_among_the_shown(x, shown, expected) -> None:
    assert snap_epoch(x, shown) == expected
    assert snap_epoch(float("nan"), 3) is None
