"""σ(z) over z, each run's current z as a point on it and the tangent of slope σ′(z) through it,
with the flat region (σ′(z) < 0.1) shaded and labelled: on the quadratic cost's plateau the point
sits where the tangent is level, and ∂C/∂w carries that slope as a factor.

Every number comes from `model.why_slow` and the run's state; the plot only draws them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFontMetricsF

from desktop.insight.insight_plot import SignedAxis, insight_plot
from desktop.insight.texts import flat_label, flat_short_label, sigma_plot_title
from desktop.insight.view_ranges import z_extent
from desktop.plots.plot_style import restyle_plot, settle_view
from desktop.style.theme import Theme
from model.why_slow import FLAT_SIGMA_PRIME, flat_limit, sigmoid_curve, tangent_segment

translate = QCoreApplication.translate

A_RANGE = (-0.08, 1.08)
"""The value axis: all of σ's range 0 … 1, with room for the point's marker at either end."""
TANGENT_SHARE = 0.3
"""The tangent reaches this share of the z extent either side of the point."""
SYMBOLS = ("o", "s")
"""Run 1's point is a disc, run 2's a square (they differ in greyscale too)."""


class SigmoidTangentPlot:
    """The σ plot; `widget` is what a layout holds. Call `show_points` with each run's (z, a)."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.widget = insight_plot(
            sigma_plot_title(),
            "z",
            translate("WhySlowPanel", "a = σ(z)"),
            theme,
            SignedAxis("bottom"),
            SignedAxis("left"),
        )
        self._limit = flat_limit(FLAT_SIGMA_PRIME)
        self._extent = 0.0
        self._flat = [pg.LinearRegionItem(movable=False) for _ in range(2)]
        for region in self._flat:
            self.widget.addItem(region, ignoreBounds=True)
        self._labels = [pg.TextItem(anchor=(1, 1)), pg.TextItem(anchor=(0, 0))]
        for label in self._labels:
            self.widget.addItem(label, ignoreBounds=True)
        self.curve = self.widget.plot()
        self.curve.setZValue(2)
        self._markers: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.widget.setYRange(*A_RANGE, padding=0)
        self.widget.getPlotItem().vb.sigResized.connect(lambda _view: self._fit_labels())
        self._set_extent(z_extent(()))
        self.apply_theme(theme)

    def set_run_count(self, count: int) -> None:
        """One point and tangent per run (2: compare mode, drawn in the runs' colours)."""
        for point, tangent in self._markers:
            self.widget.removeItem(point)
            self.widget.removeItem(tangent)
        self._markers = []
        for _ in range(count):
            tangent, point = self.widget.plot(), self.widget.plot()
            tangent.setZValue(3)
            point.setZValue(4)
            self._markers.append((point, tangent))
        self.apply_theme(self.theme)

    def show_points(self, points: Sequence[tuple[float, float] | None]) -> None:
        """Each run's current (z, a = σ(z)), as the trajectory gives them (None: no rows yet,
        nothing drawn): the point there, the tangent through it; the z range widens (in round
        steps) to keep every z in view."""
        self._set_extent(z_extent(p[0] for p in points if p is not None))
        half_width = TANGENT_SHARE * self._extent
        for shown, (point, tangent) in zip(points, self._markers, strict=True):
            point.setVisible(shown is not None)
            tangent.setVisible(shown is not None)
            if shown is not None:
                z, a = shown
                point.setData([z], [a])
                tangent.setData(*tangent_segment(z, half_width))

    def point(self, run_index: int) -> tuple[float, float]:
        """The (z, a) the run's point is drawn at."""
        x, y = self._markers[run_index][0].getData()
        return float(x[0]), float(y[0])

    def tangent(self, run_index: int) -> tuple[np.ndarray, np.ndarray]:
        """The two ends of the run's tangent as drawn, (z values, a values)."""
        x, y = self._markers[run_index][1].getData()
        return np.asarray(x), np.asarray(y)

    def extent(self) -> float:
        """The plot shows z in −extent … extent."""
        return self._extent

    def flat_texts(self) -> tuple[str, str]:
        """The labels of the flat regions as shown (right, left)."""
        right, left = self._labels
        return right.toPlainText(), left.toPlainText()

    def _fit_labels(self) -> None:
        """ "flat: σ′ < 0.1" in the right region where it fits inside it, else just "flat"
        (a narrow plot at a large scale); the left region says "flat"."""
        full, short = flat_label(FLAT_SIGMA_PRIME), flat_short_label()
        metrics = QFontMetricsF(self.theme.axis_font())
        widest = max(metrics.horizontalAdvance(line) for line in full.split("\n"))
        view = self.widget.getPlotItem().vb
        room = view.width() * (self._extent - self._limit) / (2 * self._extent)
        texts = (full if widest + metrics.height() / 2 <= room else short, short)
        for label, text in zip(self._labels, texts, strict=True):
            if (label.toPlainText(), label.color.name()) != (
                text,
                QColor(self.theme.foreground).name(),
            ):
                label.setText(text, color=self.theme.foreground)

    def _set_extent(self, extent: float) -> None:
        if extent == self._extent:
            return
        self._extent = extent
        self.curve.setData(*sigmoid_curve(-extent, extent))
        self._flat[0].setRegion((-extent, -self._limit))
        self._flat[1].setRegion((self._limit, extent))
        self._labels[0].setPos(extent, 0.0)  # bottom right: σ is near 1 there, never near 0
        self._labels[1].setPos(-extent, 1.0)  # top left: σ is near 0 there
        self.widget.setXRange(-extent, extent, padding=0)
        settle_view(self.widget)
        self._fit_labels()

    def apply_theme(self, theme: Theme) -> None:
        """Colours, pens, marker sizes and fonts of `theme`."""
        self.theme = theme
        restyle_plot(self.widget, theme)
        self.curve.setPen(theme.pen(theme.output))
        shade = QColor(theme.cursor)
        shade.setAlpha(60)
        edge = pg.mkPen(theme.cursor, width=max(1.0, theme.scale))
        for region in self._flat:
            region.setBrush(shade)
            for line in region.lines:
                line.setPen(edge)
        for label in self._labels:
            label.setFont(theme.axis_font())
        self._fit_labels()
        compare = len(self._markers) > 1
        for index, (point, tangent) in enumerate(self._markers):
            colour = theme.runs[index % 2] if compare else theme.cost
            tangent.setPen(theme.run_pen(index) if compare else theme.pen(colour))
            point.setPen(None)
            point.setSymbol(SYMBOLS[index % 2])
            point.setSymbolSize(14 * theme.scale)
            point.setSymbolBrush(QColor(colour))
            point.setSymbolPen(pg.mkPen(theme.background, width=max(1.5, theme.scale * 1.5)))
