"""A hover crosshair for a plot: dashed lines and a label at the data point nearest the mouse.

On a projector, "what was the cost at epoch 150?" is asked often; pointing at the curve answers
it. The crosshair snaps to the epoch nearest the mouse's x and shows that epoch's exact value,
read from the run (not from the decimated points drawn): "epoch 150 / cost = 0.02057". Numbers
use the app's one formatter, so the crosshair, readouts and diagram agree.

It only decorates a plot made elsewhere: its items go straight into the view box (out of the
auto-range and of the plot's item list, so `plot.clear()` keeps them), take no mouse buttons,
and the mouse is watched through an event filter on the viewport that never consumes an event
(a filter rather than `scene().sigMouseMoved`, which pyqtgraph rate-limits to 100 Hz, so the
last move before the mouse rests could be dropped).

While the mouse rests, the data under it changes (the curve grows, a range widens) and so may
the plot's place under it (the window lays itself out again: a hint appears, a panel widens).
So the crosshair keeps the mouse's *screen* position and finds the point under it anew at every
`refresh()` and range change, rather than a position in the plot that no longer lies under the
mouse.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QMouseEvent

from desktop.style.number_format import format_epoch, format_number
from desktop.style.theme import LIGHT

PointLookup = Callable[[float, float], tuple[int, float] | tuple[int, float, str] | None]
"""Given the mouse's x (an epoch, fractional) and y (a value), the shown epoch nearest it and
that epoch's exact value, or None when nothing is shown; optionally the name to show for the
value (with two runs: which run's curve is nearest the mouse, "cost₂"). Called on every mouse
move: it must be O(1)-ish."""

Z_VALUE = 50.0
"""Above the curves (a revealed cost curve sits at 10, a drawn guess at 5)."""


def snap_epoch(x: float, shown: int) -> int | None:
    """The epoch of 0 … shown − 1 nearest `x` (None if no epoch is shown)."""
    if shown <= 0 or not np.isfinite(x):
        return None
    return int(min(max(round(x), 0), shown - 1))


class PlotCrosshair(QObject):
    """Dashed vertical and horizontal lines plus a label at the data point nearest the mouse.

    The crosshair is a child of the plot, so it needs no other owner. `value_name` is shown as
    given ("cost"); callers translate it.
    """

    def __init__(self, plot: pg.PlotWidget, value_name: str, lookup: PointLookup) -> None:
        super().__init__(plot)
        self._plot = plot
        self._view_box: pg.ViewBox = plot.getPlotItem().vb
        self._value_name = value_name
        self._lookup = lookup
        self._shown: tuple[int, float] | None = None
        self._mouse_global: QPointF | None = None  # where the mouse rests, on the screen
        self._vertical = pg.InfiniteLine(angle=90, movable=False)
        self._horizontal = pg.InfiniteLine(angle=0, movable=False)
        self._label = pg.TextItem()
        for item in (self._vertical, self._horizontal, self._label):
            item.setZValue(Z_VALUE)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setVisible(False)
            self._view_box.addItem(item, ignoreBounds=True)  # not plot.addItem: survives clear()
        self.set_style(QColor(LIGHT.foreground), LIGHT.label_point_size, 2.0)
        self._view_box.sigRangeChanged.connect(self._on_range_changed)
        self._view_box.geometryChanged.connect(self._on_range_changed)  # laid out anew
        plot.viewport().installEventFilter(self)

    def set_style(self, color: QColor, font_point_size: float, line_width: float) -> None:
        """Colour of lines and text, label font size and line width (themes, presentation mode)."""
        pen = pg.mkPen(color, width=line_width, style=Qt.PenStyle.DashLine)
        self._vertical.setPen(pen)
        self._horizontal.setPen(pen)
        font = QFont()
        font.setPointSizeF(font_point_size)
        self._label.setFont(font)
        self._label.setColor(color)
        self._label.border = pg.mkPen(color, width=1)
        background = QColor(self._plot.backgroundBrush().color())
        background.setAlpha(225)  # semi-opaque: readable over a curve, the curve still shows
        self._label.fill = pg.mkBrush(background)
        self._label.update()

    def current(self) -> tuple[int, float] | None:
        """The (epoch, value) shown, or None while hidden."""
        return self._shown

    def text(self) -> str:
        """The label's text ("" while hidden)."""
        return self._label.toPlainText() if self._shown is not None else ""

    def hide(self) -> None:
        """Hide lines and label until the mouse moves over the plot again."""
        self._shown = None
        for item in (self._vertical, self._horizontal, self._label):
            item.setVisible(False)

    def refresh(self) -> None:
        """Show the point under the mouse again (after the data grew, or the plot moved)."""
        if self._mouse_global is None:
            self.hide()
        else:
            viewport = self._plot.viewport().mapFromGlobal(self._mouse_global)
            self._show_near(self._plot.mapToScene(viewport.toPoint()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the mouse over the viewport; never consumes an event."""
        kind = event.type()
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._mouse_global = QPointF(event.globalPosition())
            self.refresh()
        elif kind == QEvent.Type.Enter:  # e.g. the plot moved under a resting mouse
            self._mouse_global = QPointF(QCursor.pos())
            self.refresh()
        elif kind == QEvent.Type.Leave:
            self._mouse_global = None
            self.hide()
        return False

    def _on_range_changed(self, *_: object) -> None:
        if self._mouse_global is not None:
            self.refresh()  # the mouse now points at another epoch, or at another place

    def _show_near(self, scene_pos: QPointF) -> None:
        if not self._view_box.sceneBoundingRect().contains(scene_pos):
            self.hide()
            return
        mouse = self._view_box.mapSceneToView(scene_pos)
        point = self._lookup(mouse.x(), mouse.y())
        if point is None:
            self.hide()
            return
        epoch, value = point[0], point[1]
        name = point[2] if len(point) > 2 else self._value_name
        self._shown = (epoch, value)
        self._vertical.setPos(epoch)
        self._vertical.setVisible(True)
        if np.isfinite(value):
            self._horizontal.setPos(value)
        self._horizontal.setVisible(bool(np.isfinite(value)))
        epoch_word = QCoreApplication.translate("PlotCrosshair", "epoch")
        number = format_number(value)
        self._label.setText(f"{epoch_word} {format_epoch(epoch)}\n{name} = {number}")
        self._place_label(epoch, value if np.isfinite(value) else mouse.y())
        self._label.setVisible(True)  # not show(): pyqtgraph fixes the text's scale in setVisible

    def _place_label(self, x: float, y: float) -> None:
        """Put the label beside the point, on the side that keeps it inside the view."""
        (left, right), (bottom, top) = self._view_box.viewRange()
        anchor_x = 1.06 if x > (left + right) / 2 else -0.06  # right half: label to the left
        anchor_y = -0.12 if y > (bottom + top) / 2 else 1.12  # upper half: label below
        self._label.setAnchor((anchor_x, anchor_y))
        self._label.setPos(QPointF(x, min(max(y, bottom), top)))  # point off-screen: at the edge
