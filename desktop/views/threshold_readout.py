"""Compare mode's verdict, large and low: when each run's output came within T of the target,
and how many times as many epochs the slower run takes.

The readout sits under the plots, across their width, so it is laid out wide rather than tall:
"Learnt when |a − y| < [T]" and, beside it, the ratio in bold; under them each run on one line,
its sample, its name in bold and where it stands in its colour ("Run 1 (quadratic): not
reached in 300 epochs"). Where the width allows, the two runs share one line (two lines in
all); where the ratio does not fit beside the field it takes a line of its own (four).

Lecture content: its text takes the full presentation scale (`set_scale`, like the readouts).
The arrangement depends on the width and the font only, never on the texts, and every line has
its room reserved, so a run reaching the threshold or a longer ratio never moves the threshold
field or anything beside the readout; a text longer than its room ends in "…" and is whole in
its tooltip. What is wrong with a typed T shows in the ratio's place (and the field's frame
turns red) until it is corrected. The words come from `threshold_text`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from desktop.style.theme import LIGHT
from desktop.views.compare_column import RunSwatch
from desktop.views.fixed_lines_label import FixedLinesLabel
from desktop.views.number_field import DecimalField, problem_colour
from desktop.views.run_line import RunLine, bold_font
from desktop.views.threshold_text import (
    THRESHOLD_DECIMALS,
    TRANSLATION_CONTEXT,
    RunThreshold,
    ratio_text,
    run_name,
    run_text,
)
from model.comparison import DEFAULT_THRESHOLD

BASE_POINT_SIZE = 14.0
"""Text size at scale 1; the readouts' 13 pt and a little more: this is the lesson's result."""
SPACING = 6
"""Pixels at scale 1 between the label and the field, and between a run's sample and its text."""
GAP = 12
"""Pixels at scale 1 between the columns: the field and the ratio, run 1 and run 2."""
SAMPLE_EMS = 1.2
"""Length of a run's sample, in line heights: a little shorter than the compare column's (1.5),
so "Run 2 (cross-entropy): |a − y| < 0.1 at epoch 50" fits an 800-pixel readout at scale 1.57."""
REFERENCE_RATIO = (
    RunThreshold("", None, 301, 300, True),
    RunThreshold("", 50, 301, 300, True),
)
"""The ratio the arrangement leaves room for beside the field: "run 1 takes ≥ 6.02× as many
epochs as run 2"."""
REFERENCE_RUN = RunThreshold("cross-entropy", 1_234, 1_235, 5_000, False)
"""The run line two runs side by side leave room for: "Run 2 (cross-entropy): |a − y| < 0.05
at epoch 1,234"."""
REFERENCE_THRESHOLD = 0.05
THRESHOLD_LOW = 10.0**-THRESHOLD_DECIMALS
THRESHOLD_HIGH = 1.0 - THRESHOLD_LOW
"""0 < T < 1, in the field's four decimals."""


def _translate(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


class _HeightForWidthGrid(QGridLayout):
    """The readout's grid, saying the readout's height for a width: box layouts ask a widget's
    layout (not the widget) for it."""

    def __init__(self, readout: ThresholdReadout) -> None:
        super().__init__(readout)
        self._readout = readout

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._readout.heightForWidth(width)

    def minimumHeightForWidth(self, width: int) -> int:
        return self._readout.heightForWidth(width)


class ThresholdReadout(QWidget):
    """An editable threshold T and, per run, the first epoch with |a − y| < T.

    `show_runs` takes two `RunThreshold`s (run 1, run 2) and may be called every frame.
    `threshold_changed(T)` fires when a new T is committed (Enter or focus-out);
    `problem(text)` says what is wrong with typed text (T keeps its last value),
    `problem("")` once nothing is.

    Two, three or four lines high depending on the width (`rows()`); its height for a width is
    `heightForWidth`, which box layouts ask for.
    """

    threshold_changed = Signal(float)
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = 1.0
        self._rows = 0
        self._runs: tuple[RunThreshold, ...] = (
            RunThreshold("", None, 0, 0, False),
            RunThreshold("", None, 0, 0, False),
        )
        self.threshold_box = DecimalField(
            self.tr("Threshold"), THRESHOLD_LOW, THRESHOLD_HIGH, THRESHOLD_DECIMALS, 0.01
        )
        # No arrows: the field is typed into (Up/Down and the wheel still step), and the ratio
        # keeps their room beside it on an 800-pixel-wide readout.
        self.threshold_box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.threshold_box.setValue(DEFAULT_THRESHOLD)
        self.threshold_label = QLabel(self.tr("Learnt when |a − y| <"))
        self.threshold_label.setBuddy(self.threshold_box)
        self.threshold_box.setAccessibleName(self.tr("Threshold T on |a − y|"))
        self.threshold_box.setToolTip(
            self.tr("A run counts as learnt at the first epoch with |a − y| below this")
        )
        self.swatches = (RunSwatch(0), RunSwatch(1))
        self.run_lines = (RunLine(), RunLine())
        self.ratio_line = FixedLinesLabel(1)
        self.message = FixedLinesLabel(1)
        self._build()
        self.set_run_colours(LIGHT.runs)
        self._apply_fonts()
        self.show_runs(self._runs)
        self.threshold_box.valueChanged.connect(self._threshold_edited)
        self.threshold_box.problem_changed.connect(self._show_problem)

    def _build(self) -> None:
        """The pieces the arrangements place: the field row, the ratio's cell (the ratio, or
        what is wrong with T) and a row per run."""
        fixed, expanding = QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding
        self.field_row = QWidget()
        field_row = self._field_layout = QHBoxLayout(self.field_row)
        field_row.setContentsMargins(0, 0, 0, 0)
        field_row.addWidget(self.threshold_label)
        field_row.addWidget(self.threshold_box)
        field_row.setAlignment(Qt.AlignmentFlag.AlignLeft)  # the rest of its cell stays empty
        self.field_row.setSizePolicy(QSizePolicy.Policy.Preferred, fixed)
        self.ratio_cell = QStackedWidget()
        self.ratio_cell.addWidget(self.ratio_line)
        self.ratio_cell.addWidget(self.message)
        self.ratio_cell.setSizePolicy(expanding, fixed)
        self.run_rows = (QWidget(), QWidget())
        self._run_layouts: list[QHBoxLayout] = []
        for swatch, line, row in zip(self.swatches, self.run_lines, self.run_rows, strict=True):
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(swatch)
            layout.addWidget(line, 1)
            row.setSizePolicy(expanding, fixed)
            self._run_layouts.append(layout)
        grid = self._grid = _HeightForWidthGrid(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(0)  # lines already hold their leading: no padding added
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- public API -----------------------------------------------------------------------------
    def threshold(self) -> float:
        """T now (the last valid value while the field shows text it cannot use)."""
        return self.threshold_box.value()

    def set_threshold(self, threshold: float) -> None:
        """Show T without emitting `threshold_changed` (e.g. restored from a file)."""
        with QSignalBlocker(self.threshold_box):
            self.threshold_box.setValue(threshold)
        self._show_problem()
        self._show_texts()

    def show_runs(self, runs: Sequence[RunThreshold]) -> None:
        """Show both runs' threshold epochs and their ratio (run 1 first)."""
        if len(runs) != 2:
            raise ValueError(f"compare mode has two runs, got {len(runs)}")
        self._runs = tuple(runs)
        self._show_texts()

    def texts(self) -> tuple[str, str, str]:
        """Run 1's line, run 2's line ("Run 1 (quadratic): not yet (epoch 120 shown)") and the
        ratio."""
        first, second = (line.text() for line in self.run_lines)
        return first, second, self.ratio_line.text()

    def problem_text(self) -> str:
        """What is wrong with the typed threshold now, or ""."""
        return self.message.text()

    def set_scale(self, scale: float) -> None:
        """Multiply text sizes and line samples by `scale` (1.0 normal, up to ~3.0)."""
        if not (math.isfinite(scale) and scale > 0):
            raise ValueError(f"scale must be a positive finite number, got {scale!r}")
        self._scale = float(scale)
        self._apply_fonts()

    def set_run_colours(self, colours: tuple[str, str]) -> None:
        """The theme's run colours (`Theme.runs`), for each run's sample and line."""
        for run, colour in enumerate(colours):
            self.swatches[run].set_colour(colour)
            self.run_lines[run].set_colour(QColor(colour))

    def rows(self, width: int | None = None) -> int:
        """Lines the readout takes at `width` (default: its own): 2 with the runs side by side,
        3 with the ratio beside the field, else 4."""
        width = self.width() if width is None else width
        gap = self._gap()
        field = self.field_row.sizeHint().width()
        ratio = self._ratio_room()
        line = self.run_lines[1]
        reference = line.text_width(
            run_name(1, _translate(REFERENCE_RUN.label), _translate),
            run_text(1, REFERENCE_RUN, REFERENCE_THRESHOLD, _translate),
        )
        run = self.swatches[1].minimumWidth() + self._spacing() + math.ceil(reference)
        if (width - gap) / 2 >= max(field, ratio, run):
            return 2
        return 3 if field + gap + ratio <= width else 4

    # -- size -----------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        field = self.field_row.sizeHint().height()
        ratio = self.ratio_cell.sizeHint().height()
        run = max(row.sizeHint().height() for row in self.run_rows)
        heights = {
            2: [max(field, ratio), run],
            3: [max(field, ratio), run, run],
            4: [field, ratio, run, run],
        }[self.rows(width)]
        margins = self._grid.contentsMargins()
        spacing = self._grid.verticalSpacing() * (len(heights) - 1)
        return sum(heights) + spacing + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        """Wide enough for the ratio beside the field; as high as the current width needs."""
        width = self.field_row.sizeHint().width() + self._gap() + self._ratio_room()
        return QSize(width, self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:
        """The field row's width (narrower, lines end in "…"); the current width's height."""
        return QSize(self.field_row.sizeHint().width(), self.heightForWidth(self.width()))

    # -- internals ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: a red that reads
            self.message.set_colour(problem_colour(self.palette()))
        elif event.type() == QEvent.Type.LanguageChange:
            self._show_texts()
            self._arrange(force=True)
        elif event.type() == QEvent.Type.FontChange:  # the chrome font: the message's
            self._arrange(force=True)

    def _spacing(self) -> int:
        return round(SPACING * self._scale)

    def _gap(self) -> int:
        return round(GAP * self._scale)

    def _ratio_room(self) -> int:
        """Pixels the reference ratio takes in bold ("run 1 takes ≥ 6.02× … run 2")."""
        metrics = QFontMetricsF(self.ratio_line.font())
        return math.ceil(metrics.horizontalAdvance(ratio_text(REFERENCE_RATIO, _translate)))

    def _arrange(self, force: bool = False) -> None:
        """Place the pieces for the current width: 2, 3 or 4 lines (see `rows`)."""
        rows = self.rows()
        if rows == self._rows and not force:
            return
        self._rows = rows
        grid = self._grid
        pieces = (self.field_row, self.ratio_cell, *self.run_rows)
        for piece in pieces:
            grid.removeWidget(piece)
        middle = Qt.AlignmentFlag.AlignVCenter
        first, second = self.run_rows
        if rows == 2:
            grid.addWidget(self.field_row, 0, 0, middle)
            grid.addWidget(self.ratio_cell, 0, 1, middle)
            grid.addWidget(first, 1, 0)
            grid.addWidget(second, 1, 1)
        elif rows == 3:
            grid.addWidget(self.field_row, 0, 0, middle)
            grid.addWidget(self.ratio_cell, 0, 1, middle)
            grid.addWidget(first, 1, 0, 1, 2)
            grid.addWidget(second, 2, 0, 1, 2)
        else:
            grid.addWidget(self.field_row, 0, 0, 1, 2)
            grid.addWidget(self.ratio_cell, 1, 0, 1, 2)
            grid.addWidget(first, 2, 0, 1, 2)
            grid.addWidget(second, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1 if rows == 2 else 0)  # side by side: half the width each
        grid.setColumnStretch(1, 1)
        self.updateGeometry()
        grid.activate()

    def _apply_fonts(self) -> None:
        plain = QFont(self.font())
        plain.setPointSizeF(BASE_POINT_SIZE * self._scale)
        for widget in (self.threshold_label, self.threshold_box, *self.swatches, *self.run_lines):
            widget.setFont(plain)
        self.ratio_line.setFont(bold_font(plain))
        self.message.set_colour(problem_colour(self.palette()))  # in the chrome's font
        for swatch in self.swatches:
            swatch.set_scale(self._scale)
            swatch.setFixedWidth(math.ceil(SAMPLE_EMS * swatch.fontMetrics().height()))
        for layout in (self._field_layout, *self._run_layouts):
            layout.setSpacing(self._spacing())
        self._grid.setHorizontalSpacing(self._gap())
        self._arrange(force=True)

    def _show_texts(self) -> None:
        threshold = self.threshold()
        for index, run in enumerate(self._runs):
            self.run_lines[index].set_texts(
                run_name(index, run.label, _translate), run_text(index, run, threshold, _translate)
            )
        self.ratio_line.setText(ratio_text(self._runs, _translate))

    def _threshold_edited(self, value: float) -> None:
        self._show_texts()
        self.threshold_changed.emit(value)

    def _show_problem(self, _text: str = "") -> None:
        text = self.threshold_box.problem()
        self.ratio_cell.setCurrentWidget(self.message if text else self.ratio_line)
        if text != self.message.text():
            self.message.setText(text)
            self.problem.emit(text)
