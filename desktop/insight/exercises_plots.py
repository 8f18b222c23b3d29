"""The exercises' two plots: the candidate cross-entropy forms over a for a target y, and σ′(z)
beside σ(z)(1 − σ(z)). Every number comes from `model.exercises`; the plots only draw them.

At y = 0 or y = 1 the swapped form takes ln 0: the model marks it undefined (NaN) and the plot
draws nothing for it, with a label saying why. pyqtgraph is never handed a NaN (its range
code would warn about all-NaN slices).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from desktop.insight.exercises_texts import (
    cost_axis,
    derivative_name,
    derivative_title,
    forms_title,
    output_axis,
    product_name,
    right_form,
    swapped_form,
    undefined_text,
)
from desktop.insight.insight_plot import SignedAxis, insight_plot
from desktop.plots.plot_legend import legend_below, restyle_legend
from desktop.plots.plot_style import restyle_plot, settle_view
from desktop.style.theme import Theme
from model.exercises import CrossEntropyForms, SigmoidDerivative

LEAST_TOP = 8.0
"""The forms' value axis reaches at least this high (both forms stay under it for every y of
the slider, so the axis holds still while y moves); higher only for a y typed closer to 0 or 1."""


def curve_data(curve: pg.PlotDataItem) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) a curve shows (empty arrays for none)."""
    xs, ys = curve.getData()
    if xs is None or ys is None:
        return np.empty(0), np.empty(0)
    return np.asarray(xs), np.asarray(ys)


class FormsPlot:
    """Exercise 1's plot; `widget` is what a layout holds. Call `show_forms`."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.widget = insight_plot(
            forms_title(),
            output_axis(),
            cost_axis(),
            theme,
            SignedAxis("bottom"),
            SignedAxis("left"),
        )
        self.legend = legend_below(self.widget, theme, columns=1)
        self.right = self.widget.plot(name=right_form())
        self.swapped = self.widget.plot(name=swapped_form())
        for curve in (self.right, self.swapped):
            curve.setSkipFiniteCheck(True)  # they are handed finite values only
        self.undefined = pg.TextItem(undefined_text(0.0), anchor=(0.5, 0.0))
        self.widget.addItem(self.undefined, ignoreBounds=True)
        self.top = LEAST_TOP
        self.widget.setXRange(0.0, 1.0, padding=0.02)
        self.apply_theme(theme)

    def show_forms(self, forms: CrossEntropyForms) -> None:
        """Both forms over a; the swapped one's undefined stretch (all of it at y = 0 or 1) is
        a gap, labelled."""
        self.right.setData(forms.a, forms.right)
        defined = np.isfinite(forms.swapped)
        self.swapped.setData(forms.a[defined], forms.swapped[defined])
        self.undefined.setVisible(not forms.swapped_defined)
        if not forms.swapped_defined:
            self.undefined.setText(undefined_text(forms.y))
        finite = np.concatenate((forms.right, forms.swapped[defined]))
        self.top = max(LEAST_TOP, math.ceil(float(finite.max()) * 1.05))
        self.widget.setYRange(0.0, self.top, padding=0.02)
        self.undefined.setPos(0.5, self.top * 0.97)
        settle_view(self.widget)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        restyle_plot(self.widget, theme)
        self.right.setPen(theme.pen(theme.cost))
        self.swapped.setPen(theme.pen(theme.bias, dashed=True))
        self.undefined.setColor(theme.bias)
        self.undefined.setFont(theme.axis_font())
        restyle_legend(self.legend, theme)


class DerivativePlot:
    """Exercise 2's plot: σ′(z) solid, σ(z)(1 − σ(z)) dashed over it (they coincide)."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.widget = insight_plot(
            derivative_title(),
            "z",
            derivative_name(),
            theme,
            SignedAxis("bottom"),
            SignedAxis("left"),
        )
        self.legend = legend_below(self.widget, theme, columns=1)
        self.derivative = self.widget.plot(name=derivative_name())
        self.product = self.widget.plot(name=product_name())
        self.product.setZValue(1)
        self.apply_theme(theme)

    def show_curves(self, curves: SigmoidDerivative) -> None:
        self.derivative.setData(curves.z, curves.derivative)
        self.product.setData(curves.z, curves.product)
        self.widget.setXRange(float(curves.z[0]), float(curves.z[-1]), padding=0.02)
        self.widget.setYRange(0.0, 0.27, padding=0.02)  # σ′ peaks at 1/4
        settle_view(self.widget)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        restyle_plot(self.widget, theme)
        self.derivative.setPen(pg.mkPen(theme.output, width=2.2 * max(theme.curve_width, 2.0)))
        self.product.setPen(theme.pen(theme.bias, dashed=True))
        restyle_legend(self.legend, theme)
