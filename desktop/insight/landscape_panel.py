"""One run's cost landscape: C(w, b) of its cost, x and y as a heatmap with contour lines, its
descent path and a dot at the cursor epoch, in a view that is fitted to the path and zoomable.

The window follows the path in round steps (`model.landscape.round_window`), re-fitted only
when the path leaves it, until the user zooms or pans; then it stays where the user put it
until `fit` (the view's Fit button, or a double-click). Whatever the view shows, the landscape
is computed for exactly that (`model.landscape.landscape`, 201 × 201 points, a few ms), and
only when it changes. Units are equal on both axes, so the path meets the contours at right
angles, as gradient descent does.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFontMetricsF

from desktop.insight.insight_plot import SignedAxis, insight_plot
from desktop.insight.landscape_colour_bar import ColourBar, contour_pens, over_dark
from desktop.insight.landscape_texts import (
    colour_bar_label,
    panel_title,
    plateau_short_text,
    plateau_text,
)
from desktop.plots.plot_style import restyle_plot, settle_view
from desktop.style.theme import Theme
from model import RunParameters, Trajectory
from model.landscape import (
    Landscape,
    ThinnedPath,
    Window,
    colour_range,
    contour_segments,
    landscape,
    plateau_corner,
    round_levels,
    round_window,
)
from model.why_slow import FLAT_SIGMA_PRIME

COLOUR_MAP = "viridis"
"""Perceptually uniform, readable in greyscale and by the colour-blind, dark at low C."""
SYMBOLS = ("o", "s")
"""Run 1's dot is a disc, run 2's a square (as in the why-slow panel)."""
LEVELS = 9
"""At most this many contour levels."""
LABEL_INSET = 0.02
"""The plateau's label sits this share of the view's size in from the corner it names."""


class LandscapePanel:
    """The landscape of one run; `widget` is what a layout holds.

    `on_stale` is called when the view needs a redraw it cannot do itself (the user zoomed,
    the widget was resized): the owner calls `redraw` at its next frame.
    """

    def __init__(self, theme: Theme, on_stale: Callable[[], None]) -> None:
        self.theme = theme
        self.on_stale = on_stale
        self.widget = insight_plot("", "w", "b", theme, SignedAxis("bottom"), SignedAxis("left"))
        self.widget.setMouseEnabled(x=True, y=True)
        self.view_box = self.widget.getPlotItem().vb
        self.view_box.setAspectLocked(True)
        self.view_box.setMenuEnabled(False)
        colour_map = pg.colormap.get(COLOUR_MAP)
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(colour_map)
        self.contours = (pg.PlotCurveItem(connect="pairs"), pg.PlotCurveItem(connect="pairs"))
        self.halo = pg.PlotCurveItem()
        self.path_curve = pg.PlotCurveItem()
        self.dot = pg.ScatterPlotItem()
        for z, item in enumerate((self.image, *self.contours, self.halo, self.path_curve)):
            item.setZValue(z - 10)
            self.widget.addItem(item, ignoreBounds=True)
        self.dot.setZValue(5)
        self.widget.addItem(self.dot, ignoreBounds=True)
        self.plateau_label = pg.TextItem(plateau_text(FLAT_SIGMA_PRIME), color="#000000")
        self.plateau_label.setZValue(-4)
        self.widget.addItem(self.plateau_label, ignoreBounds=True)
        self.bars = {
            horizontal: ColourBar(colour_map, colour_bar_label(), theme, horizontal)
            for horizontal in (False, True)
        }
        self.bars[True].hide()
        self.colour_bar = self.bars[False]
        self.colour_bar.attach(self.widget)
        self.run_index, self.compare = 0, False
        self.parameters: RunParameters | None = None
        self.path: ThinnedPath | None = None
        self.landscape: Landscape | None = None
        self._window: Window | None = None  # the landscape's
        self._levels = np.empty(0)
        self.fitted: Window | None = None  # the window fitted to the path (None: fit anew)
        self.auto = True  # follow the path; False once the user zoomed or panned
        self._drawn_rows = -1
        self._dot: tuple[float, float] | None = None
        self._redrawing = False
        self.view_box.sigRangeChangedManually.connect(self._zoomed)
        self.view_box.sigRangeChanged.connect(lambda *_: self._check_range())
        self.widget.scene().sigMouseClicked.connect(self._clicked)
        self.apply_theme(theme)

    # ------------------------------------------------------------------ run, rows, cursor
    def set_run(
        self, parameters: RunParameters, trajectory: Trajectory, run_index: int, name: str | None
    ) -> None:
        """Show this run (`name` in compare mode, None alone); nothing is read yet."""
        self.parameters, self.run_index, self.compare = parameters, run_index, name is not None
        self.path = ThinnedPath(trajectory)
        self.landscape, self._window, self.fitted, self.auto = None, None, None, True
        self._drawn_rows, self._dot = -1, None
        title = panel_title(trajectory.cost, trajectory.x, trajectory.y, name)
        self.widget.getPlotItem().titleLabel.setText(title)
        self._use_bar(horizontal=self.compare)
        self.apply_theme(self.theme)

    def redraw(self, length: int, row: int | None) -> None:
        """Rows 0 … length − 1 exist; show the path so far, the window for it (when following
        the path), the landscape for the view, and the dot at `row` (None: no dot)."""
        if self.path is None:
            return
        self._redrawing = True
        try:
            self.path.extend(length)
            if self.path.rows != self._drawn_rows:
                self._drawn_rows = self.path.rows
                _, ws, bs = self.path.points()
                self.halo.setData(ws, bs)
                self.path_curve.setData(ws, bs)
            self._follow_path()
            self._show_dot(row)
            self._match_view()
        finally:
            self._redrawing = False

    def fit(self) -> None:
        """Follow the path again: fit the window to it at the next redraw."""
        self.auto, self.fitted = True, None
        self.on_stale()

    # ------------------------------------------------------------------ queries (tests too)
    def window(self) -> Window | None:
        """The (w, b) window the landscape on screen is computed for (the view's range)."""
        return self._window

    def dot_position(self) -> tuple[float, float] | None:
        """Where the dot is drawn: (w, b) of the row shown."""
        return self._dot

    def path_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The path's points as handed to the curve (w, b)."""
        xs, ys = self.path_curve.getData()
        return (np.empty(0), np.empty(0)) if xs is None else (np.asarray(xs), np.asarray(ys))

    def contour_levels(self) -> np.ndarray:
        """The contour levels drawn (equal round steps of C)."""
        return self._levels

    # ------------------------------------------------------------------ internals
    def _follow_path(self) -> None:
        """Fit the window to the path when following it and the path has left it."""
        extent = None if self.path is None else self.path.extent()
        if not self.auto or extent is None:
            return
        if self.fitted is None or not self.fitted.contains(*extent):
            self.fitted = round_window(*extent)
            self.view_box.setRange(
                xRange=(self.fitted.w_low, self.fitted.w_high),
                yRange=(self.fitted.b_low, self.fitted.b_high),
                padding=0,
            )
            settle_view(self.widget)

    def _view_window(self) -> Window | None:
        (w_low, w_high), (b_low, b_high) = self.view_box.viewRange()
        if not (w_low < w_high and b_low < b_high):
            return None
        return Window(float(w_low), float(w_high), float(b_low), float(b_high))

    def _match_view(self) -> None:
        """Compute the landscape for the view's range, unless it is the one shown."""
        window = self._view_window()
        if self.path is None or window is None or window == self.window():
            return
        trajectory = self.path.trajectory
        self.landscape = land = landscape(trajectory.cost, trajectory.x, trajectory.y, window)
        self._window = window
        low, high = colour_range(land)
        dw, db = land.w[1] - land.w[0], land.b[1] - land.b[0]
        self.image.setImage(land.cost, levels=(low, high), autoLevels=False)
        self.image.setRect(
            window.w_low - dw / 2,
            window.b_low - db / 2,
            *(window.w_high - window.w_low + dw, window.b_high - window.b_low + db),
        )
        self._levels = round_levels(low, high, LEVELS)
        dark = over_dark(self._levels, low, high)
        for curve, levels in zip(
            self.contours, (self._levels[dark], self._levels[~dark]), strict=True
        ):
            segments = [contour_segments(land, level) for level in levels]
            points = np.concatenate(segments).reshape(-1, 2) if segments else np.empty((0, 2))
            curve.setData(points[:, 0], points[:, 1])
        self.colour_bar.show_range(low, high, self._levels)
        self._place_plateau_label(land)

    def _use_bar(self, horizontal: bool) -> None:
        """The colour bar beside the view (alone) or under it (compare mode: half the width)."""
        bar = self.bars[horizontal]
        if bar is not self.colour_bar:
            self.colour_bar.detach(self.widget)
            bar.attach(self.widget)
            bar.show_range(*self.colour_bar.range, self._levels)
            self.colour_bar = bar

    def _place_plateau_label(self, land: Landscape) -> None:
        """Name the plateau in a corner of the view on it (a quadratic cost's only)."""
        corner = plateau_corner(land, FLAT_SIGMA_PRIME)
        self.plateau_label.setVisible(corner is not None)
        if corner is None:
            return
        i, j = corner
        self._fit_plateau_label()
        right, top = i > 0, j > 0
        inset_w = LABEL_INSET * (land.w[-1] - land.w[0])
        inset_b = LABEL_INSET * (land.b[-1] - land.b[0])
        self.plateau_label.setAnchor((1.0 if right else 0.0, 0.0 if top else 1.0))
        self.plateau_label.setPos(
            land.w[i] - (inset_w if right else -inset_w), land.b[j] - (inset_b if top else -inset_b)
        )

    def _fit_plateau_label(self) -> None:
        """The long label where it fits the view's width, else "plateau", else none."""
        metrics = QFontMetricsF(self.theme.axis_font())
        room = self.view_box.width() * (1 - 4 * LABEL_INSET)
        for text in (plateau_text(FLAT_SIGMA_PRIME), plateau_short_text()):
            if metrics.horizontalAdvance(text) <= room:
                if self.plateau_label.toPlainText() != text:
                    self.plateau_label.setText(text)
                return
        self.plateau_label.setVisible(False)

    def plateau_shown(self) -> bool:
        """Whether the plateau's label is shown (a quadratic landscape with a plateau corner)."""
        return bool(self.plateau_label.isVisible())

    def _show_dot(self, row: int | None) -> None:
        if self.path is None or row is None:
            self._dot = None
        else:
            w, b = self.path.trajectory.weights(row, row + 1)
            self._dot = (float(w[0]), float(b[0]))
        finite = self._dot is not None and all(np.isfinite(self._dot))
        self.dot.setVisible(finite)
        if finite and self._dot is not None:
            self.dot.setData([self._dot[0]], [self._dot[1]])

    def _zoomed(self, *_: object) -> None:
        """The user zoomed or panned: stop following the path."""
        self.auto = False
        self.on_stale()

    def _check_range(self) -> None:
        """The view's range changed (a resize, a zoom): a redraw must compute its landscape."""
        if not self._redrawing and self._view_window() != self.window():
            self.on_stale()

    def _clicked(self, event: object) -> None:
        if getattr(event, "double", lambda: False)():
            self.fit()

    def apply_theme(self, theme: Theme) -> None:
        """Colours, pens, fonts and sizes of `theme`."""
        self.theme = theme
        restyle_plot(self.widget, theme)
        self.widget.getPlotItem().showGrid(x=False, y=False)  # the contours are the grid here
        for bar in self.bars.values():
            bar.apply_theme(theme)
        for curve, pen in zip(self.contours, contour_pens(theme), strict=True):
            curve.setPen(pen)
        colour = QColor(theme.runs[self.run_index % 2] if self.compare else theme.cost)
        pen = theme.run_pen(self.run_index) if self.compare else theme.pen(theme.cost)
        self.path_curve.setPen(pen)
        self.halo.setPen(pg.mkPen(theme.background, width=pen.widthF() + 3 * theme.scale))
        self.dot.setSymbol(SYMBOLS[self.run_index % 2])
        self.dot.setSize(12 * theme.scale)
        self.dot.setBrush(colour)
        self.dot.setPen(pg.mkPen(theme.background, width=max(1.5, 2 * theme.scale)))
        self.plateau_label.setFont(theme.axis_font())
