"""Colours, pens and fonts of the light (default) and dark themes, at any presentation scale.

Colours are the Okabe–Ito colour-blind-safe palette; curves are thick and fonts large so a
plot reads from the back of a lecture room. `Theme.scaled` multiplies every size for the
presentation view (Ctrl+= / Ctrl+−).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen

CURVE_JOIN = Qt.PenJoinStyle.RoundJoin
"""Curve pens join segments round: a thick antialiased polyline with Qt's default bevel joins
strokes ~15× slower (20.8 ms against 1.4 ms for the 842-point cost curve of a 10⁶-epoch run;
bench/bench_plot_refresh.py), and round joins are what a smooth curve should look like anyway."""


@dataclass(frozen=True, slots=True)
class Theme:
    """Everything that sets the look of plots, diagram and readouts."""

    name: str = "light"
    background: str = "#ffffff"
    foreground: str = "#111111"
    window: str = "#efefef"
    grid_alpha: float = 0.25
    cost: str = "#0b3d91"
    weight: str = "#0072b2"
    bias: str = "#d55e00"
    output: str = "#009e73"
    guess: str = "#cc79a7"
    cursor: str = "#7a7a7a"
    accent: str = "#c0392b"
    runs: tuple[str, str] = ("#0b3d91", "#d55e00")
    """Compare mode: every curve of run 1, of run 2 in these (far apart in greyscale too)."""
    curve_width: float = 3.0
    axis_point_size: float = 13.0
    label_point_size: float = 14.0
    scale: float = 1.0

    def scaled(self, scale: float) -> Theme:
        """The same theme with every size multiplied by `scale` (relative to scale 1.0)."""
        factor = scale / self.scale
        return replace(
            self,
            scale=scale,
            curve_width=self.curve_width * factor,
            axis_point_size=self.axis_point_size * factor,
            label_point_size=self.label_point_size * factor,
        )

    def pen(self, colour: str, dashed: bool = False) -> QPen:
        """A thick curve pen; dashed for a curve that may lie exactly on another (b under w)."""
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        pen = pg.mkPen(QColor(colour), width=max(self.curve_width, 2.0), style=style)
        pen.setJoinStyle(CURVE_JOIN)
        return pen

    def run_pen(self, run_index: int, dashed: bool = False) -> QPen:
        """Compare mode: run 1 solid (b dashed), run 2 dotted (b dash-dot), in `runs` colours,
        so the two runs differ in line style as well as colour (greyscale, washed-out beamer)."""
        styles = RUN_LINE_STYLES[run_index % 2]
        pen = pg.mkPen(
            QColor(self.runs[run_index % 2]),
            width=max(self.curve_width, 2.0),
            style=styles[1 if dashed else 0],
        )
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(CURVE_JOIN)
        return pen

    def axis_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(self.axis_point_size)
        return font

    def palette(self) -> QPalette:
        """Widget colours for this theme (used with the Fusion style)."""
        palette = QPalette()
        roles = QPalette.ColorRole
        for role, colour in (
            (roles.Window, self.window),
            (roles.Base, self.background),
            (roles.AlternateBase, self.window),
            (roles.WindowText, self.foreground),
            (roles.Text, self.foreground),
            (roles.Button, self.window),
            (roles.ButtonText, self.foreground),
            (roles.ToolTipBase, self.background),
            (roles.ToolTipText, self.foreground),
            (roles.Highlight, self.weight),
            (roles.HighlightedText, "#ffffff"),
        ):
            palette.setColor(role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor(self.cursor))
        palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor(self.cursor))
        palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor(self.cursor))
        return palette


RUN_LINE_STYLES = (
    (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine),
    (Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine),
)
"""Per run in compare mode: the pen style of its curves, and of its b curve."""

LIGHT = Theme()
DARK = Theme(
    name="dark",
    background="#101418",
    foreground="#f2f2f2",
    window="#1c2128",
    cost="#56b4e9",
    weight="#56b4e9",
    bias="#e69f00",
    output="#3fd0a4",
    guess="#f0a8d0",
    cursor="#a0a0a0",
    accent="#ff7b6b",
    runs=("#9ad0f5", "#e07020"),
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK)}


def apply_plot_defaults(theme: Theme = LIGHT) -> None:
    """Set pyqtgraph's global defaults; call once before any plot is created."""
    pg.setConfigOptions(background=theme.background, foreground=theme.foreground, antialias=True)
