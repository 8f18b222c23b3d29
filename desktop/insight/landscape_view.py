"""The cost landscape (issue 10): C(w, b) of the active cost, x and y as a heatmap with contour
lines, the descent path on it and a dot at the cursor epoch; in compare mode each run on its
own cost's landscape, side by side. The quadratic cost's saturated start sits on a plateau: one
flat colour with no contour line near it.

Like the why-slow panel it does no pacing: `extend` and `show_epoch` only note what changed
and emit `redraw_wanted`; the window calls `redraw_now` at most once a frame. It reads each
run's trajectory only below the length it was told (`extend`), as the trainer thread may be
writing the rows after it, and hands pyqtgraph at most ~4,000 points of a path however long
the run (`model.landscape.ThinnedPath`). A landscape (201 × 201 costs and their contours) is
computed in the GUI thread, ~5 ms, and only when a view's window changes: when the path leaves
it, or the user zooms, pans or resizes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.insight.landscape_panel import LandscapePanel
from desktop.insight.landscape_texts import fit_text, fit_tip, hint, hint_tip
from desktop.insight.run_cursor import RunCursor
from desktop.insight.texts import run_names
from desktop.plots.plot_style import settle_layout
from desktop.style.theme import LIGHT, Theme
from model import RunParameters, Trajectory


class LandscapeView(QWidget):
    """The landscape view; the window gives it runs (`set_runs`), rows (`extend`) and the
    cursor (`show_epoch`)."""

    redraw_wanted = Signal()
    """Something changed: call `redraw_now` at the next frame."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self._runs: list[tuple[RunParameters, Trajectory]] = []
        self._at = RunCursor()
        self._dirty = False
        self.panels = [LandscapePanel(theme, self._mark_dirty) for _ in range(2)]
        self.hint = QLabel(hint())
        self.hint.setWordWrap(True)
        self.hint.setToolTip(hint_tip())
        self.fit_button = QPushButton(fit_text())
        self.fit_button.setToolTip(fit_tip())
        self.fit_button.clicked.connect(self.fit)
        header = QHBoxLayout()
        header.setContentsMargins(6, 2, 6, 2)
        header.addWidget(self.hint, 1)
        header.addWidget(self.fit_button)
        row = QHBoxLayout()
        for panel in self.panels:
            row.addWidget(panel.widget, 1)
        self.panels[1].widget.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(row, 1)
        self.apply_theme(theme)

    # ------------------------------------------------------------------ the window's API
    def set_runs(self, runs: Sequence[tuple[RunParameters, Trajectory]]) -> None:
        """Show these runs (1, or 2 in compare mode) from their row 0; everything else resets.

        Trajectories may grow later: `extend` tells how far.
        """
        if not 1 <= len(runs) <= 2:
            raise ValueError(f"the landscape view shows one or two runs, not {len(runs)}")
        self._runs = list(runs)
        names = run_names([p for p, _ in self._runs]) if len(runs) == 2 else [None]
        for index, ((parameters, trajectory), name) in enumerate(
            zip(self._runs, names, strict=True)
        ):
            self.panels[index].set_run(parameters, trajectory, index, name)
        self.panels[1].widget.setVisible(len(runs) == 2)
        trajectory = self._runs[0][1]
        self.hint.setText(hint(trajectory.x, trajectory.y) if len(runs) == 2 else hint())
        self._at.reset([min(1, len(t)) for _, t in self._runs])  # row 0 exists before a run
        self._mark_dirty()

    def extend(self, run_index: int, length: int) -> None:
        """Rows 0 … length − 1 of run `run_index` exist now (read at the next redraw)."""
        if self._at.extend(run_index, length):
            self._mark_dirty()

    def show_epoch(self, epoch: int) -> None:
        """Put the dot at `epoch` (a run with fewer rows shows its last row)."""
        if self._at.move(epoch):
            self._mark_dirty()

    def redraw_now(self) -> None:
        """Put every change on screen; nothing happens when nothing changed."""
        if not self._dirty:
            return
        self._dirty = False
        for panel, length, row in zip(
            self.panels, self._at.lengths, self.shown_rows(), strict=False
        ):
            panel.redraw(length, row)

    def apply_theme(self, theme: Theme) -> None:
        """Colours, fonts and sizes of `theme` (its presentation scale too), everywhere."""
        self.theme = theme
        self.setPalette(theme.palette())
        self.setAutoFillBackground(True)
        for panel in self.panels:
            panel.apply_theme(theme)
            settle_layout(panel.widget)
        self._mark_dirty()

    def fit(self) -> None:
        """Fit every landscape's window to its run's whole path again."""
        for panel in self.panels[: len(self._runs)]:
            panel.fit()

    # ------------------------------------------------------------------ queries (tests too)
    def shown_rows(self) -> tuple[int | None, ...]:
        """Per run, the row the dot shows (see `RunCursor.shown_rows`)."""
        return self._at.shown_rows()

    def sizeHint(self) -> QSize:
        return QSize(760, 620)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 200)

    def showEvent(self, event: QShowEvent) -> None:
        """Brought to the front with changes not drawn yet (the window redraws only the view
        in front): ask for the frame that draws them."""
        super().showEvent(event)
        if self._dirty:
            self.redraw_wanted.emit()

    # ------------------------------------------------------------------ internals
    def _mark_dirty(self) -> None:
        self._dirty = True
        self.redraw_wanted.emit()
