"""Colours, pens and fonts of the light, projector-friendly theme (a dark one comes later).

Colours are the Okabe–Ito colour-blind-safe palette; curves are thick and fonts large so a
plot reads from the back of a lecture room.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen


@dataclass(frozen=True, slots=True)
class Theme:
    """Everything that sets the look of plots and diagram."""

    background: str = "#ffffff"
    foreground: str = "#111111"
    grid_alpha: float = 0.25
    cost: str = "#0b3d91"
    weight: str = "#0072b2"
    bias: str = "#d55e00"
    output: str = "#009e73"
    curve_width: float = 3.0
    axis_point_size: float = 13.0
    label_point_size: float = 14.0

    def pen(self, colour: str, dashed: bool = False) -> QPen:
        """A thick curve pen; dashed for a curve that may lie exactly on another (b under w)."""
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        return pg.mkPen(QColor(colour), width=self.curve_width, style=style)

    def axis_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(self.axis_point_size)
        return font


LIGHT = Theme()


def apply_plot_defaults(theme: Theme = LIGHT) -> None:
    """Set pyqtgraph's global defaults; call once before any plot is created."""
    pg.setConfigOptions(background=theme.background, foreground=theme.foreground, antialias=True)
