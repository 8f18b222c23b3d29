"""Predict-then-reveal: the lecturer draws the class's guess of the cost curve on the cost plot.

Asking a class to predict before showing the answer makes the answer stick. While drawing is on,
a left-button drag on the plot draws the guessed curve as a thick dashed line; the real curve is
then drawn over it. The guess stays on the plot through anything else (curves added and removed,
range changes, even `plot.clear()`) until `clear()`.

Layering: the guess sits at zValue `GUESS_Z_VALUE` (5), above ordinary curves (zValue 0). A
caller revealing the real curve over the guess puts that curve at `REVEAL_Z_VALUE` (10).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent

GUESS_Z_VALUE = 5.0
REVEAL_Z_VALUE = 10.0
GUESS_COLOUR = "#cc79a7"
"""Okabe–Ito reddish purple: unlike every curve colour of the theme, and colour-blind safe."""
MIN_SPACING_PX = 2.0
"""A drag yields a point per mouse move; points closer than this (in pixels) add nothing."""

_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class PredictionOverlay(QObject):
    """A hand-drawn guess of a curve on a plot, in data coordinates (epoch, cost).

    Drawing goes through an event filter on the plot's viewport; while drawing is enabled the
    left button's press, moves and release are consumed, so the view does not pan or zoom.
    A press starts a new stroke, replacing the previous guess. Points are kept in drawing order,
    clamped to the visible range. The overlay is a child of the plot, so it needs no other owner.
    """

    guess_changed = Signal()
    """Emitted after a stroke ends and after `clear()`."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        super().__init__(plot)
        self._plot = plot
        self._view_box: pg.ViewBox = plot.getPlotItem().vb
        self._points: list[tuple[float, float]] = []
        self._last_pixel: QPointF | None = None  # viewport position of the last stored point
        self._stroking = False
        self._drawing = False
        self._curve = pg.PlotCurveItem()
        self._curve.setZValue(GUESS_Z_VALUE)
        self._curve.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.set_style(QColor(GUESS_COLOUR), 5.0)
        # Straight into the view box, not via plot.addItem: the guess stays out of the plot's
        # curve list (plot.clear(), listDataItems(), averaging) and out of the auto-range.
        self._view_box.addItem(self._curve, ignoreBounds=True)
        plot.viewport().installEventFilter(self)

    def set_style(self, color: QColor, line_width: float) -> None:
        """Colour and width of the guess's dashed line (themes, presentation mode)."""
        self._curve.setPen(pg.mkPen(color, width=line_width, style=Qt.PenStyle.DashLine))

    def set_drawing(self, enabled: bool) -> None:
        """Turn drawing with the mouse on or off; turning it off ends a stroke in progress."""
        if not enabled and self._stroking:
            self._end_stroke()
        self._drawing = enabled
        if enabled:
            self._plot.viewport().setCursor(Qt.CursorShape.CrossCursor)
        else:
            self._plot.viewport().unsetCursor()

    def is_drawing(self) -> bool:
        return self._drawing

    def points(self) -> np.ndarray:
        """The guess as an (n, 2) array of (epoch, cost), in drawing order; (0, 2) if none."""
        return np.array(self._points, dtype=np.float64).reshape(-1, 2)

    def has_guess(self) -> bool:
        """True once a stroke of at least two points was drawn (a bare click is no guess)."""
        return len(self._points) >= 2

    def clear(self) -> None:
        """Remove the guess (ending any stroke in progress) and say so."""
        self._stroking = False
        self._points = []
        self._last_pixel = None
        self._redraw()
        self.guess_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Turn left-button drags on the viewport into a stroke while drawing is enabled."""
        if not self._drawing or not isinstance(event, QMouseEvent):
            return False
        kind, pixel = event.type(), event.position()
        if kind in _PRESSES and event.button() == Qt.MouseButton.LeftButton:
            if not self._view_box.sceneBoundingRect().contains(self._to_scene(pixel)):
                return False  # on an axis or the title: not a stroke
            self._stroking = True
            self._points, self._last_pixel = [], None
            self._add(pixel)
            return True
        if not self._stroking:
            return False
        if kind == QEvent.Type.MouseMove:
            self._add(pixel)
            return True
        if kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            self._add(pixel, final=True)
            self._end_stroke()
            return True
        return kind in _PRESSES  # other buttons mid-stroke would start a pan or a menu

    def _to_scene(self, pixel: QPointF) -> QPointF:
        return QPointF(self._plot.mapToScene(pixel.toPoint()))

    def _add(self, pixel: QPointF, final: bool = False) -> None:
        """Store the point under `pixel`, unless it lies within MIN_SPACING_PX of the last one."""
        if self._last_pixel is not None:
            last = self._last_pixel
            distance = math.hypot(pixel.x() - last.x(), pixel.y() - last.y())
            if distance < MIN_SPACING_PX:
                if not final or len(self._points) < 2 or distance == 0:
                    return
                self._points.pop()  # the stroke ends exactly where the button was released
        point = self._view_box.mapSceneToView(self._to_scene(pixel))
        (left, right), (bottom, top) = self._view_box.viewRange()
        self._points.append((min(max(point.x(), left), right), min(max(point.y(), bottom), top)))
        self._last_pixel = QPointF(pixel)
        self._redraw()

    def _end_stroke(self) -> None:
        self._stroking = False
        if len(self._points) < 2:
            self._points = []
        self._redraw()
        self.guess_changed.emit()

    def _redraw(self) -> None:
        guess = self.points()
        self._curve.setData(guess[:, 0], guess[:, 1])
