"""Predict-then-reveal: a left-button drag draws the guessed cost curve, and it stays until cleared.

Proves that with drawing on, a drag is stored in data coordinates (start, middle and end where the
mouse went, drawing order, ~2 pixels apart, clamped to the view), emits `guess_changed` once and
is consumed (a pannable view stays put); that with drawing off a drag draws nothing; that a new
stroke (even one starting as a double click) replaces the guess, a bare click leaves none and
`clear()` empties it; that the guess survives other curves, range changes and `plot.clear()`;
and that it renders dashed, in its own colour, along the path.

Drags are sent straight to the viewport as QMouseEvents (and once through QTest, as a user would).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.plots.prediction_overlay import (
    GUESS_COLOUR,
    GUESS_Z_VALUE,
    REVEAL_Z_VALUE,
    PredictionOverlay,
)
from desktop.style.theme import LIGHT
from tests.desktop.helpers import fixed_range_plot

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
PATH = [(0.0, 0.48), (100.0, 0.40), (300.0, 0.02)]


@pytest.fixture
def plot(qtbot) -> pg.PlotWidget:
    return fixed_range_plot(qtbot)


@pytest.fixture
def overlay(plot) -> PredictionOverlay:
    guess = PredictionOverlay(plot)
    guess.set_drawing(True)
    return guess


def pixel(plot: pg.PlotWidget, x: float, y: float) -> QPoint:
    """The viewport position of data point (x, y)."""
    return plot.mapFromScene(plot.getPlotItem().vb.mapViewToScene(QPointF(x, y)))


def send(plot: pg.PlotWidget, kind: QEvent.Type, at: QPoint, button, buttons) -> None:
    """A mouse event at viewport position `at`, straight to the viewport (and its filters)."""
    viewport = plot.viewport()
    global_at = QPointF(viewport.mapToGlobal(at))
    modifiers = Qt.KeyboardModifier.NoModifier
    event = QMouseEvent(kind, QPointF(at), global_at, button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


Path = list[tuple[float, float]]


def drag(plot: pg.PlotWidget, path: Path, press=QEvent.Type.MouseButtonPress, step_px=1) -> int:
    """Press at the first point, move in `step_px` steps through the others, release at the last.

    Returns the number of pixels travelled. With `step_px` > 1 the moves are 15 ms apart:
    pyqtgraph drops moves closer than 10 ms, which matters when pyqtgraph itself should see them.
    """
    corners = [pixel(plot, x, y) for x, y in path]
    send(plot, press, corners[0], LEFT, LEFT)
    travelled = 0
    for start, end in zip(corners, corners[1:], strict=False):
        length = max(abs(end.x() - start.x()), abs(end.y() - start.y()))
        steps = max(1, length // step_px)
        for step in range(1, steps + 1):
            send(plot, QEvent.Type.MouseMove, start + (end - start) * (step / steps), NONE, LEFT)
            if step_px > 1:
                QTest.qWait(15)
        travelled += length
    send(plot, QEvent.Type.MouseButtonRelease, corners[-1], LEFT, NONE)
    return travelled


def near(point: np.ndarray, expected: list[float]) -> bool:
    """Within 2% of the visible range (300 epochs, cost 0.5) in each coordinate."""
    return bool((np.abs(point - expected) <= 0.02 * np.array([300.0, 0.5])).all())


def count_emissions(overlay: PredictionOverlay) -> list[None]:
    emitted: list[None] = []
    overlay.guess_changed.connect(lambda: emitted.append(None))
    return emitted


def test_a_drag_draws_the_guess_in_data_coordinates(plot, overlay) -> None:
    emitted = count_emissions(overlay)
    before = plot.getPlotItem().vb.viewRange()
    travelled = drag(plot, PATH)
    points = overlay.points()
    assert points.shape[1] == 2 and overlay.has_guess()
    assert near(points[0], [0.0, 0.48])
    assert near(points[-1], [300.0, 0.02])
    assert np.interp(100.0, points[:, 0], points[:, 1]) == pytest.approx(0.40, abs=0.01)
    assert (np.diff(points[:, 0]) >= 0).all()  # drawn left to right, kept in drawing order
    assert travelled / 3 < len(points) <= travelled / 2 + 2  # one point per ~2 pixels
    assert len(emitted) == 1
    assert plot.getPlotItem().vb.viewRange() == before


def test_a_real_qtest_drag_draws_too(plot, overlay, qtbot) -> None:
    viewport = plot.viewport()
    qtbot.mousePress(viewport, LEFT, pos=pixel(plot, *PATH[0]))
    for x in range(10, 301, 10):
        qtbot.mouseMove(viewport, pixel(plot, x, 0.48 - 0.46 * x / 300))
    qtbot.mouseRelease(viewport, LEFT, pos=pixel(plot, *PATH[-1]))
    points = overlay.points()
    assert len(points) == 31
    assert near(points[-1], [300.0, 0.02])


def test_drawing_is_off_at_first(plot) -> None:
    assert not PredictionOverlay(plot).is_drawing()


def test_drawing_consumes_the_drag_so_a_pannable_view_stays_put(plot, overlay) -> None:
    plot.setMouseEnabled(x=True, y=True)
    view_box = plot.getPlotItem().vb
    overlay.set_drawing(False)
    emitted = count_emissions(overlay)
    drag(plot, [(150, 0.25), (250, 0.1)], step_px=25)
    assert view_box.viewRange() != [[0.0, 300.0], [0.0, 0.5]]  # not drawing: the drag pans
    assert overlay.points().shape == (0, 2) and not overlay.has_guess() and not emitted
    plot.setXRange(0, 300, padding=0)
    plot.setYRange(0, 0.5, padding=0)
    before = view_box.viewRange()
    overlay.set_drawing(True)
    drag(plot, [(150, 0.25), (250, 0.1)], step_px=25)
    assert view_box.viewRange() == before
    assert overlay.has_guess()


def test_a_new_stroke_replaces_the_guess_and_a_click_leaves_none(plot, overlay) -> None:
    emitted = count_emissions(overlay)
    drag(plot, PATH)
    # A second press soon after a release arrives as a double click: it starts a stroke too.
    drag(plot, [(50, 0.3), (200, 0.3)], press=QEvent.Type.MouseButtonDblClick)
    points = overlay.points()
    assert near(points[0], [50, 0.3])
    assert np.ptp(points[:, 1]) < 0.01 and len(emitted) == 2
    drag(plot, [(120, 0.2)])
    assert not overlay.has_guess() and len(emitted) == 3


def test_clear_empties_and_says_so(plot, overlay) -> None:
    drag(plot, PATH)
    emitted = count_emissions(overlay)
    overlay.clear()
    assert overlay.points().shape == (0, 2) and not overlay.has_guess() and len(emitted) == 1
    assert not guess_mask(plot).any()


def test_points_are_clamped_to_the_view_and_presses_off_it_are_no_strokes(plot, overlay) -> None:
    drag(plot, [(100, 0.2), (200, -0.3), (260, -0.3)])  # dragged below the x axis
    assert overlay.points()[:, 1].min() == 0.0 and overlay.points()[-1, 1] == 0.0
    emitted = count_emissions(overlay)
    on_axis = pixel(plot, 100, 0) + QPoint(0, 20)
    send(plot, QEvent.Type.MouseButtonPress, on_axis, LEFT, LEFT)
    send(plot, QEvent.Type.MouseButtonRelease, on_axis, LEFT, NONE)
    assert overlay.has_guess() and not emitted


def test_turning_drawing_off_mid_stroke_ends_it(plot, overlay) -> None:
    emitted = count_emissions(overlay)
    send(plot, QEvent.Type.MouseButtonPress, pixel(plot, 10, 0.4), LEFT, LEFT)
    send(plot, QEvent.Type.MouseMove, pixel(plot, 100, 0.3), NONE, LEFT)
    overlay.set_drawing(False)
    assert overlay.has_guess() and len(emitted) == 1 and not overlay.is_drawing()
    send(plot, QEvent.Type.MouseMove, pixel(plot, 200, 0.1), NONE, LEFT)
    assert len(overlay.points()) == 2


def test_the_guess_survives_other_curves_and_range_changes(plot, overlay) -> None:
    drag(plot, PATH)
    drawn = overlay.points()
    epochs = np.arange(301.0)
    real = plot.plot(epochs, 0.5 * np.exp(-epochs / 60), pen=LIGHT.pen(LIGHT.cost))
    real.setZValue(REVEAL_Z_VALUE)
    plot.removeItem(real)
    plot.setXRange(0, 600, padding=0)
    plot.setXRange(0, 300, padding=0)
    plot.getPlotItem().clear()  # even this
    overlay.set_drawing(False)
    drag(plot, [(10, 0.1), (20, 0.1)])  # drawing off: a no-op
    assert np.array_equal(overlay.points(), drawn)
    assert guess_mask(plot).any(axis=0).sum() > 300
    assert plot.getPlotItem().listDataItems() == []  # the guess is no data curve of the plot


def guess_mask(plot: pg.PlotWidget, colour: str = GUESS_COLOUR) -> np.ndarray:
    """Pixels of the rendered plot within 40 levels of `colour` in each channel."""
    QApplication.processEvents()
    image = plot.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = raw[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)
    wanted = QColor(colour)
    return (np.abs(pixels - (wanted.red(), wanted.green(), wanted.blue())) <= 40).all(axis=2)


def test_the_guess_renders_dashed_in_its_own_colour_along_the_path(plot, overlay) -> None:
    drag(plot, PATH)
    mask = guess_mask(plot)
    hits = []
    for x in np.linspace(5, 295, 59):
        at = pixel(plot, x, float(np.interp(x, *zip(*PATH, strict=True))))
        hits.append(mask[at.y() - 4 : at.y() + 5, at.x() - 1 : at.x() + 2].any())
    assert 0.4 < np.mean(hits) < 0.95  # along the path, with the gaps of a dashed line
    far = pixel(plot, 250, 0.45)  # nowhere near the path
    assert not mask[far.y() - 20 : far.y() + 20, far.x() - 20 : far.x() + 20].any()
    view_items = plot.getPlotItem().vb.childGroup.childItems()
    (curve,) = [item for item in view_items if isinstance(item, pg.PlotCurveItem)]
    assert curve.zValue() == GUESS_Z_VALUE  # under a revealed curve at REVEAL_Z_VALUE
    overlay.set_style(QColor("#e69f00"), 8.0)
    assert guess_mask(plot, "#e69f00").sum() > mask.sum()
    # None left in the old colour (a few antialiased orange-on-grid-line pixels come within 40).
    assert guess_mask(plot).sum() < 10
