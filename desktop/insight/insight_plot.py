"""The panel's plots in the app's look (`desktop.plots.plot_style`), with the axes they need: a
value axis along z for the σ plot, and a log axis in whole decades ("10⁻³") for |∂C/∂w|.

pyqtgraph's own log mode labels ticks "1e-05"; the log plot here is handed log10 values and its
`DecadeAxis` writes the powers of ten the way the book does.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from desktop.plots.lazy_menu_view_box import LazyMenuViewBox
from desktop.plots.plot_axes import StyledAxis, tick_font
from desktop.plots.plot_style import adopt_plot_menu, restyle_plot, set_axis_caching
from desktop.plots.plot_title import PlotTitle
from desktop.style.number_format import MINUS
from desktop.style.theme import Theme

SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
DECADE_STEPS = (1, 2, 5, 10, 20, 50, 100)
"""Decades between labelled ticks, the fewest that keep the labels a line apart."""


def power_of_ten(exponent: int) -> str:
    """10ⁿ as tick text: "1", "10", "10⁻³", "10⁻³⁰⁰"."""
    if exponent == 0:
        return "1"
    if exponent == 1:
        return "10"
    return "10" + str(exponent).translate(SUPERSCRIPTS)


class DecadeAxis(StyledAxis):
    """A vertical axis of log10 values whose ticks are whole decades, labelled as powers of ten;
    every decade gets a grid line, every `step`-th a label, `step` the smallest that fits."""

    def __init__(self, orientation: str = "left", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.setStyle(maxTextLevel=0)  # labels on the labelled decades only

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        low, high = sorted((minVal, maxVal))
        if size <= 0 or not math.isfinite(high - low) or high - low <= 0:
            return []
        pixels_per_decade = size / (high - low)
        line = QFontMetricsF(tick_font(self)).height() * 1.4
        step = next((s for s in DECADE_STEPS if s * pixels_per_decade >= line), DECADE_STEPS[-1])
        first, last = math.ceil(low), math.floor(high)
        major = [float(e) for e in range(first, last + 1) if e % step == 0]
        levels = [(float(step), major)]
        if step > 1 and pixels_per_decade >= 4:
            levels.append((1.0, [float(e) for e in range(first, last + 1) if e % step]))
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [power_of_ten(round(v)) for v in values]


def insight_plot(
    title: str, x_label: str, y_label: str, theme: Theme, bottom: pg.AxisItem, left: pg.AxisItem
) -> pg.PlotWidget:
    """A plot like `styled_plot`'s (wrapping title, large fonts, no mouse, no auto-range, cached
    axes), with the axes given."""
    plot = pg.PlotWidget(axisItems={"bottom": bottom, "left": left}, viewBox=LazyMenuViewBox())
    adopt_plot_menu(plot)
    PlotTitle.install(plot.getPlotItem()).text = title
    plot.setLabel("bottom", x_label)
    plot.setLabel("left", y_label)
    for side in ("left", "bottom"):
        plot.getAxis(side).enableAutoSIPrefix(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.getPlotItem().vb.disableAutoRange()
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    set_axis_caching(plot, True)
    restyle_plot(plot, theme)
    return plot


class SignedAxis(StyledAxis):
    """A value axis whose negative tick labels use a true minus sign, like every other number."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [text.replace("-", MINUS) for text in super().tickStrings(values, scale, spacing)]
