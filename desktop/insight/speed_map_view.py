"""The learning-speed map view (issue 10): for every start (w₀, b₀) of a grid, how many epochs
each cost needs to bring the output within T of the target, the two costs side by side on one
colour scale. The quadratic cost's large grey "not reached" region around the saturated corners
is the chapter's point seen all at once; the cross-entropy map beside it has none.

The view does not compute: Compute checks its fields and emits `compute_requested` with a
validated `model.speed_map.SpeedMapRequest` (x, y, η and the rule from the main view's current
parameters, `set_parameters`), and the window runs it in a `BackgroundJob`, calling back
`set_busy`, `set_progress`, `show_map` and `show_message`. Hovering a cell reads its start and
both numbers; clicking it emits `start_chosen(w₀, b₀)`, the cell's own grid values, for the
window to load into the main view.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from desktop.insight.speed_map_controls import SpeedMapControls
from desktop.insight.speed_map_plots import COSTS, SpeedMapPlots
from desktop.insight.speed_map_texts import (
    computing_text,
    hover_hint,
    hover_text,
    placeholder_text,
    summaries_line,
)
from desktop.style.theme import LIGHT, Theme
from desktop.views.error_text import error_text
from model import ParameterError, RunParameters
from model.speed_map import NOT_REACHED, SpeedMap, SpeedMapRequest

COMPACT_LINES = 20
"""A view less than this many label lines high is compact (large presentation scales): one row
of controls and the summaries on the info line under the maps, which keep the room."""


def longest_hover() -> str:
    """About the longest hover line: its height at the view's width is kept for the line, so
    the maps do not jump when it wraps."""
    never = [(cost, NOT_REACHED) for cost in COSTS]
    return hover_text(-3.96, -3.96, never)


class SpeedMapView(QWidget):
    """The view; see the module for how the window drives it."""

    compute_requested = Signal(object)
    """A validated `SpeedMapRequest` to compute (the view shows nothing new until `show_map`)."""
    start_chosen = Signal(float, float)
    """w₀, b₀ of the clicked cell: load this start into the main view."""
    cancel_requested = Signal()
    """Cancel was pressed: the window cancels the job (and calls `set_busy(False)` once it has
    stopped)."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self._parameters = RunParameters()
        self._busy = False
        self._compact: bool | None = None
        self._hovering = False
        self.controls = SpeedMapControls()
        self.message_label = _wrapping_label()
        self.message_label.hide()
        self.placeholder = _wrapping_label(placeholder_text())
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plots = SpeedMapPlots(theme)
        self.hover_label = self.plots.info_label  # under the maps' summaries
        self._stack = QStackedLayout()
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.plots)
        layout = QVBoxLayout(self)
        margin = 8
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.controls)
        layout.addWidget(self.message_label)
        layout.addLayout(self._stack, 1)
        self.controls.compute_clicked.connect(self._compute)
        self.controls.cancel_clicked.connect(self._cancel)
        self.plots.hovered.connect(self._hovered)
        self.plots.clicked.connect(self._clicked)
        self.apply_theme(theme)

    # ------------------------------------------------------------------ the window's API
    def set_parameters(self, p: RunParameters) -> None:
        """The main view's current parameters: the next map uses their x, y, η and rule."""
        self._parameters = p
        self.controls.set_parameters(p)

    def set_busy(self, busy: bool) -> None:
        """A map is being computed (Compute off, Cancel on, progress from 0) or not."""
        self._busy = busy
        self.controls.set_busy(busy)
        if busy and self.current_map() is None:
            self.placeholder.setText(computing_text())
        elif not busy and self.current_map() is None:
            self.placeholder.setText(placeholder_text())

    def set_progress(self, fraction: float) -> None:
        self.controls.set_progress(fraction)

    def show_map(self, speed_map: SpeedMap) -> None:
        """Draw a computed map (and forget any message)."""
        self.show_message("")
        self.plots.show_map(speed_map)
        self._stack.setCurrentWidget(self.plots)
        self.controls.set_progress(1.0)
        self._hovering = False
        self._show_idle()

    def show_message(self, text: str) -> None:
        """Say something above the maps (a bad value, a failure, a cancel); "" hides it."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def current_map(self) -> SpeedMap | None:
        return self.plots.current_map()

    def apply_theme(self, theme: Theme) -> None:
        """Colours of `theme`; the lecture texts (maps, summaries, key, hover line, messages) at
        its presentation sizes, the controls at the application's."""
        self.theme = theme
        self.setPalette(theme.palette())
        self.setAutoFillBackground(True)
        self.plots.apply_theme(theme)
        font = QFont(self.font())
        font.setPointSizeF(theme.label_point_size)
        for label in (self.placeholder, self.hover_label, self.message_label):
            label.setFont(font)
        palette = self.message_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.accent))
        self.message_label.setPalette(palette)
        self._compact = None
        self._fit_to_size()

    def sizeHint(self) -> QSize:
        return QSize(840, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 200)

    # ------------------------------------------------------------------ internals
    def _compute(self) -> None:
        values = self.controls.values()
        if isinstance(values, str):
            self.show_message(values)
            return
        grid, max_epochs, threshold = values
        try:
            request = SpeedMapRequest.from_parameters(
                self._parameters, grid=grid, max_epochs=max_epochs, threshold=threshold
            ).validated()
        except ParameterError as error:
            self.show_message(error_text(error))
            return
        self.show_message("")
        self.compute_requested.emit(request)

    def _cancel(self) -> None:
        if self._busy:
            self.cancel_requested.emit()

    def _hovered(self, cell: tuple[int, int] | None) -> None:
        speed_map = self.current_map()
        self._hovering = cell is not None and speed_map is not None
        if cell is None or speed_map is None:
            self.plots.show_marker(None)
            self._show_idle()
            return
        self.plots.show_marker(cell)
        w0, b0 = self.plots.start_of(cell)
        i, j = cell
        numbers = [(cost, int(epochs[i, j])) for cost, epochs in speed_map.epochs.items()]
        self.hover_label.setText(hover_text(w0, b0, numbers))

    def _clicked(self, i: int, j: int) -> None:
        self.start_chosen.emit(*self.plots.start_of((i, j)))

    def _idle_text(self) -> str:
        """The info line off the maps: the summaries when compact (and a map is shown), else
        how to use the maps."""
        summaries = self.plots.cost_summaries()
        if self._compact and summaries:
            return summaries_line(summaries)
        return hover_hint() if summaries else ""

    def _show_idle(self) -> None:
        if not self._hovering:
            self.hover_label.setText(self._idle_text())
        self._keep_hover_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_to_size()

    def _fit_to_size(self) -> None:
        """Compact or not at this height; the info line's room for its longest text."""
        line = QFontMetricsF(self.hover_label.font()).height()
        compact = self.height() < COMPACT_LINES * line
        if compact != self._compact:
            self._compact = compact
            self.controls.set_compact(compact)
            self.plots.set_compact(compact)
            self._show_idle()
        self._keep_hover_height()

    def _keep_hover_height(self) -> None:
        """Reserve the info line's room for its longest text at this width (no jumping)."""
        margins = self.layout().contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right())
        texts = (longest_hover(), self._idle_text())
        heights = [
            _wrapping_label(text, self.hover_label.font()).heightForWidth(width) for text in texts
        ]
        self.hover_label.setFixedHeight(max(*heights, math.ceil(line_height(self.hover_label))))


def line_height(label: QLabel) -> float:
    return QFontMetricsF(label.font()).height()


def _wrapping_label(text: str = "", font: QFont | None = None) -> QLabel:
    label = QLabel(text)
    if font is not None:
        label.setFont(font)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label
