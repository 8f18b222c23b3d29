"""Compare mode's second parameter column: what the second run changes of the first.

The two runs start alike (w, b, x, y and epochs are run 1's, shown read-only in one note), so
the column edits only what the comparison is about: the cost, the update rule (with the same ⓘ
note as the main panel) and η. "Book rule vs true gradient" asks the window for the book's pair.

Like the parameter panel, fields commit on Enter or focus-out, text that cannot be used stays
framed in red with the reason below, values written back emit nothing, nothing changes size
when a value does, and the text follows the application font (the presentation's √scale); the
run samples follow `set_scale` like the plots' lines.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLineF, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop.style.number_format import MINUS, format_epoch
from desktop.style.theme import LIGHT, RUN_LINE_STYLES
from desktop.views.book_note import book_note_button
from desktop.views.fixed_lines_label import FixedLinesLabel
from desktop.views.number_field import DecimalField, problem_colour
from desktop.views.number_text import decimal_text
from desktop.views.parameter_panel import SPACING, chooser_with_info, cost_chooser, rule_chooser
from model import MAX_ETA, RunParameters
from model.comparison import default_partner, shared_start

NOTE_LINES = 3
"""Lines kept for the shared-start note: "w = −999.9999, b = …, 10,000,000 epochs" needs three
in the narrowest column."""
LINE_WIDTH = 3.0
"""Width of a run sample at scale 1, in pixels: the plots' curve width (`Theme.curve_width`)."""
NOTE_CHARACTERS = 32
"""The narrowest the column gets, in average characters: the note's first line then holds
"Same start as run 1: w = −2.5," at any font size."""
MESSAGE_LINES = 2
"""Lines kept for what is wrong with a typed η (the longest message wraps once)."""
SAMPLE_EMS = 1.5
"""Length of a run sample, in line heights of the font."""


class RunSwatch(QWidget):
    """A short sample of a run's line: its colour and its line style (run 1 solid, run 2
    dotted), as thick as the plots draw it at the presentation scale."""

    def __init__(self, run_index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_index = run_index
        self._colour = QColor(LIGHT.runs[run_index % 2])
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def colour(self) -> QColor:
        return QColor(self._colour)

    def set_colour(self, colour: str | QColor) -> None:
        self._colour = QColor(colour)
        self.update()

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self.updateGeometry()
        self.update()

    def pen(self) -> QPen:
        pen = QPen(self._colour, LINE_WIDTH * self._scale, RUN_LINE_STYLES[self.run_index % 2][0])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(math.ceil(SAMPLE_EMS * line), max(line, math.ceil(LINE_WIDTH * self._scale)))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen())
        middle = self.height() / 2
        painter.drawLine(QLineF(0, middle, self.width(), middle))
        painter.end()


def _value(value: float) -> str:
    """A start value as the fields write it, with a true minus: "2", "−0.5"."""
    return decimal_text(value, 4).replace("-", MINUS)


class CompareColumn(QWidget):
    """The second run's cost, rule and η beside the main panel (run 1).

    `changed` fires once per committed edit (not for `set_second` or `set_first`);
    `problem(text)` says what is wrong with typed text, `problem("")` once nothing is;
    `book_pair_requested` asks for "Book rule vs true gradient" (both runs change, so the
    window applies it). `second()` is run 2 as it would be trained.
    """

    changed = Signal()
    problem = Signal(str)
    book_pair_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first = RunParameters()
        self.swatch = RunSwatch(1)
        self.first_swatch = RunSwatch(0)
        self.header = QLabel(self.tr("Run 2"))
        bold = QFont()
        bold.setBold(True)  # only the weight: size and family still follow the application
        self.header.setFont(bold)
        self.first_label = QLabel(self.tr("vs run 1"))
        self.first_label.setToolTip(self.tr("Run 1 is set in the parameters panel"))
        self.shared_note = FixedLinesLabel(NOTE_LINES)
        self.cost_box = cost_chooser()
        self.rule_box = rule_chooser()
        self.rule_info = book_note_button()
        self.eta_box = DecimalField("η", 0.0001, MAX_ETA, 4, 0.005)
        self.message = FixedLinesLabel(MESSAGE_LINES)
        self.message.set_colour(problem_colour(self.palette()))
        self.book_button = QPushButton(self.tr("Book rule vs true gradient"))
        self.book_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space belongs to Play/Pause
        self.book_button.setToolTip(
            self.tr(
                "Cross-entropy from run 1's start: the book widget's rule against the true gradient"
            )
        )
        self._lay_out()
        self.set_first(self._first)
        self.set_second(default_partner(self._first))
        self._connect()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        grid.setSpacing(SPACING)
        grid.setColumnStretch(1, 1)
        header = QHBoxLayout()
        header.setSpacing(SPACING)
        header.addWidget(self.swatch)
        header.addWidget(self.header)
        header.addStretch(1)
        header.addWidget(self.first_label)
        header.addWidget(self.first_swatch)
        grid.addLayout(header, 0, 0, 1, 2)
        grid.addWidget(self.shared_note, 1, 0, 1, 2)
        rows = (
            (self.tr("Cost"), self.cost_box, self.tr("Run 2: cost function C")),
            (self.tr("Rule"), self.rule_box, self.tr("Run 2: update rule")),
            (self.tr("η"), self.eta_box, self.tr("Run 2: learning rate η")),
        )
        for row, (text, widget, tip) in enumerate(rows, start=2):
            grid.addWidget(self._label(text, widget, tip), row, 0)
            if widget is self.rule_box:
                grid.addLayout(chooser_with_info(widget, self.rule_info), row, 1)
            else:
                grid.addWidget(widget, row, 1)
        grid.addWidget(self.message, 5, 0, 1, 2)
        grid.addWidget(self.book_button, 6, 0, 1, 2)
        grid.setRowStretch(7, 1)  # extra height below, never between the rows

    def _label(self, text: str, widget: QWidget, tip: str) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setToolTip(tip)
        widget.setAccessibleName(tip)
        return label

    def _connect(self) -> None:
        self.eta_box.valueChanged.connect(self._edited)
        self.eta_box.problem_changed.connect(self._show_problem)
        self.cost_box.currentIndexChanged.connect(self._edited)
        self.rule_box.currentIndexChanged.connect(self._edited)
        self.book_button.clicked.connect(self._book_pair)

    # -- public API -----------------------------------------------------------------------------
    def set_first(self, first: RunParameters) -> None:
        """Run 1's values changed: the shared start note follows (emits nothing)."""
        self._first = first
        if first.epochs == 1:
            text = self.tr("Same start as run 1: w = {w}, b = {b}, x = {x}, y = {y}, 1 epoch")
        else:
            text = self.tr(
                "Same start as run 1: w = {w}, b = {b}, x = {x}, y = {y}, {epochs} epochs"
            )
        self.shared_note.setText(
            text.format(
                w=_value(first.w),
                b=_value(first.b),
                x=_value(first.x),
                y=_value(first.y),
                epochs=format_epoch(first.epochs),
            )
        )

    def set_second(self, second: RunParameters) -> None:
        """Show run 2's cost, rule and η without emitting `changed` (typed problems clear)."""
        blockers = [QSignalBlocker(box) for box in (self.cost_box, self.rule_box, self.eta_box)]
        self.cost_box.setCurrentIndex(self.cost_box.findData(second.cost))
        self.rule_box.setCurrentIndex(self.rule_box.findData(second.rule))
        self.eta_box.setValue(second.eta)
        del blockers
        self._show_problem()

    def second(self) -> RunParameters:
        """Run 2: run 1's start and setting with the cost, rule and η shown (a field showing
        unusable text keeps its last value)."""
        shown = RunParameters(
            eta=self.eta_box.value(),
            cost=self.cost_box.currentData(),
            rule=self.rule_box.currentData(),
        )
        return shared_start(self._first, shown)

    def problem_text(self) -> str:
        """What is wrong with typed text now, or ""."""
        return self.message.text()

    def set_scale(self, scale: float) -> None:
        """Run samples as thick as the plots' lines at this presentation scale (1.0–3.0); the
        text follows the application font, which the presentation sets."""
        if not (math.isfinite(scale) and scale > 0):
            raise ValueError(f"scale must be a positive finite number, got {scale!r}")
        for swatch in (self.swatch, self.first_swatch):
            swatch.set_scale(scale)

    def set_run_colours(self, colours: tuple[str, str]) -> None:
        """The theme's run colours (`Theme.runs`): run 1's sample, run 2's header sample."""
        self.first_swatch.set_colour(colours[0])
        self.swatch.set_colour(colours[1])

    # -- internals ------------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        note = QFontMetricsF(self.shared_note.font()).averageCharWidth() * NOTE_CHARACTERS
        return QSize(max(hint.width(), math.ceil(note) + 2 * SPACING), hint.height())

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self.minimumSizeHint())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: a red that reads
            self.message.set_colour(problem_colour(self.palette()))

    def _edited(self) -> None:
        self.changed.emit()

    def _book_pair(self) -> None:
        self.book_pair_requested.emit()

    def _show_problem(self) -> None:
        text = self.eta_box.problem()
        if text != self.message.text():
            self.message.setText(text)
            self.problem.emit(text)
