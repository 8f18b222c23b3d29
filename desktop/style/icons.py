"""The window's icons, drawn as vector shapes in the theme's colours.

Qt's standard icons are black on the dark theme's near-black toolbar, and their meanings do not
fit ours (|◀◀ in most styles means "back ten" while ◀ means "go to the start"). These are drawn
here, at any size, in the theme's foreground (and a dimmed colour when disabled), with one
distinct shape per command:

    play ▶   pause ❚❚   stop ■   run ▶ in a disc   step forward |▶   step back ◀|
    forward 10 ▶▶   back 10 ◀◀   go to start |◀◀   run to the end ▶▶|   reset ↺   predict ✎
    compare: two falling curves, one solid and one dotted
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZE = 64
"""Icons are drawn on a 64-unit square and scaled by Qt to the toolbar's icon size."""

Shape = Callable[[QPainter, QColor], None]


def _triangle(p: QPainter, left: float, right: float, pointing_right: bool = True) -> None:
    top, bottom, middle = 14.0, 50.0, 32.0
    tip, base = (right, left) if pointing_right else (left, right)
    p.drawPolygon(QPolygonF([QPointF(base, top), QPointF(tip, middle), QPointF(base, bottom)]))


def _bar(p: QPainter, x: float, width: float = 6.0) -> None:
    p.drawRect(QRectF(x, 14.0, width, 36.0))


def _play(p: QPainter, _: QColor) -> None:
    _triangle(p, 16, 52)


def _pause(p: QPainter, _: QColor) -> None:
    p.drawRect(QRectF(16, 14, 11, 36))
    p.drawRect(QRectF(37, 14, 11, 36))


def _stop(p: QPainter, _: QColor) -> None:
    p.drawRect(QRectF(16, 16, 32, 32))


def _run(p: QPainter, colour: QColor) -> None:
    p.drawEllipse(QRectF(4, 4, 56, 56))
    p.setBrush(QColor("#ffffff") if colour.lightnessF() < 0.5 else QColor("#101418"))
    _triangle(p, 24, 48)


def _step_forward(p: QPainter, _: QColor) -> None:
    _bar(p, 14)
    _triangle(p, 26, 52)


def _step_back(p: QPainter, _: QColor) -> None:
    _triangle(p, 12, 38, pointing_right=False)
    _bar(p, 44)


def _jump_forward(p: QPainter, _: QColor) -> None:
    _triangle(p, 8, 32)
    _triangle(p, 32, 56)


def _jump_back(p: QPainter, _: QColor) -> None:
    _triangle(p, 8, 32, pointing_right=False)
    _triangle(p, 32, 56, pointing_right=False)


def _go_start(p: QPainter, _: QColor) -> None:
    _bar(p, 6)
    _triangle(p, 14, 35, pointing_right=False)
    _triangle(p, 35, 56, pointing_right=False)


def _go_end(p: QPainter, _: QColor) -> None:
    _triangle(p, 8, 29)
    _triangle(p, 29, 50)
    _bar(p, 52)


def _reset(p: QPainter, colour: QColor) -> None:
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(colour, 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    p.drawArc(QRectF(12, 12, 40, 40), 100 * 16, 290 * 16)  # an open circle
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPolygon(QPolygonF([QPointF(22, 4), QPointF(38, 13), QPointF(22, 22)]))  # its arrow


def _predict(p: QPainter, colour: QColor) -> None:
    pencil = QPainterPath()
    pencil.addPolygon(
        QPolygonF([QPointF(44, 8), QPointF(56, 20), QPointF(24, 52), QPointF(12, 40)])
    )
    p.drawPath(pencil)
    p.drawPolygon(QPolygonF([QPointF(12, 40), QPointF(24, 52), QPointF(6, 58)]))  # its tip


def _compare(p: QPainter, colour: QColor) -> None:
    p.setBrush(Qt.BrushStyle.NoBrush)
    slow = QPainterPath(QPointF(6, 12))
    slow.cubicTo(QPointF(34, 12), QPointF(30, 52), QPointF(58, 52))  # a plateau, then a drop
    p.setPen(QPen(colour, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawPath(slow)
    fast = QPainterPath(QPointF(6, 12))
    fast.cubicTo(QPointF(10, 44), QPointF(20, 56), QPointF(58, 58))  # drops at once
    p.setPen(QPen(colour, 6, Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap))
    p.drawPath(fast)


SHAPES: dict[str, Shape] = {
    "play_pause": _play,
    "pause": _pause,
    "stop": _stop,
    "run": _run,
    "step_forward": _step_forward,
    "step_back": _step_back,
    "jump_forward": _jump_forward,
    "jump_back": _jump_back,
    "go_start": _go_start,
    "go_end": _go_end,
    "reset": _reset,
    "predict": _predict,
    "compare": _compare,
}
"""The shape of each action's icon, by the action's name (`pause` is play_pause while moving)."""


def _pixmap(shape: Shape, colour: QColor) -> QPixmap:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        shape(painter, colour)
    finally:
        painter.end()
    return pixmap


def themed_icon(name: str, foreground: QColor, disabled: QColor) -> QIcon:
    """The icon of action `name` in `foreground`, and in `disabled` when the action is off."""
    shape = SHAPES[name]
    icon = QIcon()
    icon.addPixmap(_pixmap(shape, QColor(foreground)), QIcon.Mode.Normal)
    icon.addPixmap(_pixmap(shape, QColor(disabled)), QIcon.Mode.Disabled)
    return icon
