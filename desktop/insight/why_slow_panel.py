"""The why-slow panel (issue 9): why the quadratic cost learns slowly from a saturated start,
at the cursor epoch, for one run or two side by side.

Four parts: σ(z) with the current z and its tangent (`SigmoidTangentPlot`), the chain rule's
factors of ∂C/∂w as bars (`ChainFactorBars`), |∂C/∂w| per epoch on a log axis
(`GradientLogPlot`) and the cost's formulas with the numbers (`FormulasView`), in a grid when
they fit, else on pages (`PagedGrid`). Like the training plots it does no pacing: `extend` and
`show_epoch` only fold rows and mark it dirty, emitting `redraw_wanted`; the window calls
`redraw_now` at most once a frame. It reads each run's trajectory only below the length it was
told (`extend`): the trainer thread may be writing the rows after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop.insight.chain_factor_bars import BarColumn, ChainFactorBars
from desktop.insight.cost_formulas import FormulaState
from desktop.insight.formulas_view import FormulasView
from desktop.insight.gradient_log_plot import GradientLogPlot
from desktop.insight.paged_grid import PagedGrid
from desktop.insight.panel_layout import Need
from desktop.insight.run_cursor import RunCursor
from desktop.insight.sigmoid_tangent_plot import SigmoidTangentPlot
from desktop.insight.texts import formulas_heading, page_names, run_names
from desktop.insight.view_ranges import bar_scale
from desktop.plots.plot_style import settle_layout
from desktop.style.theme import LIGHT, Theme
from model import CostName, RuleName, RunParameters, Trajectory
from model.why_slow import chain_factors, cost_terms

PLOT_NEED = (8.5, 9.0)
"""A plot is legible down to about this many label lines wide and high (title, ticks, axis
titles and room for the curve)."""
LEGEND_NEED = 1.5
"""…and this many more lines high with a legend under it (the log plot in compare mode)."""
FORMULAS_WIDTH = 15.0
"""…and the formulas down to about this many label lines wide."""


class WhySlowPanel(QWidget):
    """The panel; the window gives it runs (`set_runs`), rows (`extend`) and the cursor."""

    redraw_wanted = Signal()
    """Something changed: call `redraw_now` at the next frame."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self._runs: list[tuple[RunParameters, Trajectory]] = []
        self._at = RunCursor()
        self._names: list[str] = []
        self._shown: tuple[int | None, ...] | None = None  # rows on screen (None: redraw all)
        self._dirty = False
        self._layout_stale = True  # parts changed size: arrange them anew at the next redraw
        self.sigma = SigmoidTangentPlot(theme)
        self.bars = ChainFactorBars(theme)
        self.gradient = GradientLogPlot(theme)
        self.formulas = FormulasView(theme)
        self.formulas_box = QScrollArea()  # scrolls only where even a page of its own is short
        self.formulas_box.setWidget(self.formulas)
        self.formulas_box.setWidgetResizable(True)
        self.formulas_box.setFrameShape(QFrame.Shape.NoFrame)
        self.formulas_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid = PagedGrid(
            (self.sigma.widget, self.bars, self.gradient.widget, self.formulas_box),
            page_names(),
            self._needs,
            self,
        )
        self.formulas.note_button.toggled.connect(lambda _expanded: self.grid.relayout())
        self.grid.tabs.currentChanged.connect(lambda _page: self._settle_plots())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        self.apply_theme(theme)

    # ------------------------------------------------------------------ the window's API
    def set_runs(self, runs: Sequence[tuple[RunParameters, Trajectory]]) -> None:
        """Show these runs (1, or 2 in compare mode) from their row 0; everything else resets.

        Trajectories may grow later: `extend` tells how far.
        """
        if not 1 <= len(runs) <= 2:
            raise ValueError(f"the why-slow panel shows one or two runs, not {len(runs)}")
        self._runs = list(runs)
        parameters = [p for p, _ in self._runs]
        self._names = run_names(parameters)
        self._at.reset([0] * len(runs))
        self._shown = None
        self._layout_stale = True
        self.sigma.set_run_count(len(runs))
        self.gradient.set_runs(
            [t for _, t in self._runs], [p.epochs for p in parameters], self._names
        )
        self.formulas.set_note_shown(
            any(
                p.cost is CostName.CROSS_ENTROPY or p.rule is RuleName.BOOK_WIDGET
                for p in parameters
            )
        )
        for index, (_, trajectory) in enumerate(self._runs):
            self.extend(index, min(1, len(trajectory)))  # row 0 is written before a run starts
        self._mark_dirty()

    def extend(self, run_index: int, length: int) -> None:
        """Rows 0 … length − 1 of run `run_index` exist now: fold the new ones (O(new rows))."""
        if not self._at.extend(run_index, length):
            return
        self.gradient.extend(run_index, length)
        self._mark_dirty()

    def show_epoch(self, epoch: int) -> None:
        """Show the state at `epoch` (a run with fewer rows shows its last row)."""
        if self._at.move(epoch):
            self._mark_dirty()

    def redraw_now(self) -> None:
        """Put every change on screen; nothing happens when nothing changed."""
        if not self._dirty:
            return
        self._dirty = False
        shown = self.shown_rows()
        if shown != self._shown:
            self._shown = shown
            self._show_states(shown)
        if self._layout_stale:  # the formulas of these runs at this size are laid out now
            self._layout_stale = False
            self.grid.relayout()
            self._settle_plots()
        self.gradient.redraw()
        longest = max(self._at.lengths, default=0)
        cursor = longest - 1 if self._at.epoch is None else self._at.epoch
        self.gradient.set_cursor(cursor if longest else None)

    def apply_theme(self, theme: Theme) -> None:
        """Colours, fonts and sizes of `theme` (its presentation scale too), everywhere."""
        self.theme = theme
        self.setPalette(theme.palette())
        self.setAutoFillBackground(True)
        self.sigma.apply_theme(theme)
        self.bars.apply_theme(theme)
        self.gradient.apply_theme(theme)
        self.formulas.apply_theme(theme)
        tab_font = QFont(self.font())
        tab_font.setPointSizeF(theme.label_point_size)
        self.grid.tabs_font = tab_font
        self.grid.spacing = round(6 * theme.scale)
        self._layout_stale = True
        self._shown = None  # colours of bars and headings
        self._mark_dirty()

    # ------------------------------------------------------------------ queries (tests too)
    def shown_rows(self) -> tuple[int | None, ...]:
        """Per run, the row shown (see `RunCursor.shown_rows`)."""
        return self._at.shown_rows()

    def run_names(self) -> list[str]:
        """The runs' names (compare mode's column headings and legend)."""
        return list(self._names)

    def sizeHint(self) -> QSize:
        return QSize(760, 660)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 200)

    # ------------------------------------------------------------------ internals
    def _mark_dirty(self) -> None:
        self._dirty = True
        self.redraw_wanted.emit()

    def _show_states(self, shown: tuple[int | None, ...]) -> None:
        """σ points, bars and formulas for the rows `shown` (one state read per run, O(1))."""
        compare = len(self._runs) > 1
        points: list[tuple[float, float] | None] = []
        columns, blocks = [], []
        for index, ((_, trajectory), row) in enumerate(zip(self._runs, shown, strict=True)):
            if row is None:
                points.append(None)
                continue
            state = trajectory.state(row)
            cost, x, y = trajectory.cost, trajectory.x, trajectory.y
            factors = chain_factors(cost, state["z"], x, y)
            colour = self.theme.runs[index % 2] if compare else self.theme.cost
            points.append((state["z"], state["a"]))
            columns.append(
                BarColumn(self._names[index] if compare else "", colour, index == 1, factors)
            )
            heading = formulas_heading(index, cost, compare)
            terms = cost_terms(cost, state["z"], y)
            heading_colour = colour if compare else self.theme.foreground
            blocks.append((FormulaState(cost, x, terms, factors), heading, heading_colour))
        self.sigma.show_points(points)
        self.bars.set_columns(columns, bar_scale(t.x for _, t in self._runs))
        self.formulas.show_states(blocks)

    def _settle_plots(self) -> None:
        """Lay the plots shown out for their tick labels now, not a frame later (a plot just
        turned to, or restyled, would first show its axis titles over its tick labels)."""
        for plot in (self.sigma.widget, self.gradient.widget):
            if plot in self.grid.shown_parts():
                settle_layout(plot)

    def _formulas_height(self, width: int) -> int:
        """The formulas' height at `width` with any numbers the runs may show (the layout is
        not redone as they play), and no less than their scroll area's least."""
        return max(
            self.formulas.planned_height(width), self.formulas_box.minimumSizeHint().height()
        )

    def _needs(self) -> list[Need]:
        """The least room each part stays legible in, at the theme's sizes."""
        line = QFontMetricsF(self.grid.tabs_font).height()
        width, height = (round(size * line) for size in PLOT_NEED)
        legend = round(LEGEND_NEED * line) if len(self._runs) > 1 else 0
        bars = self.bars.legible_size()
        return [
            Need(width, lambda _width: height),
            Need(bars.width(), lambda _width: bars.height()),
            Need(width, lambda _width: height + legend),
            Need(
                max(round(FORMULAS_WIDTH * line), self.formulas.least_width()),
                self._formulas_height,
            ),
        ]
