"""The parameter panel: preset chooser, cost and update-rule choosers (with the ⓘ note on which
rule the book uses), and a field per value.

It edits one `RunParameters`; ranges come from the model's limits, so the panel cannot produce
an invalid run. Values written back into the widgets are applied with signals blocked, so
loading a preset never loops back as an edit.

Layout: compact enough to sit beside the readouts (about 400 px wide and 300 px tall at the
12 pt base font): the three choosers on top, a description of fixed height, the six values in
two columns, and one line for what is wrong with typed text. Nothing in it changes size when
a preset or a value changes, so nothing moves under the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from desktop.views.book_note import book_note_button
from desktop.views.fixed_lines_label import FixedLinesLabel
from desktop.views.number_field import DecimalField, WholeField, problem_colour
from model import (
    MAX_ABS_INPUT,
    MAX_EPOCHS,
    MAX_ETA,
    CostName,
    RuleName,
    RunParameters,
    load_presets,
)

translate = QCoreApplication.translate

CUSTOM = ""
"""Preset-chooser data of the "Custom" entry, selected as soon as a value is edited by hand."""
DESCRIPTION_LINES = 3
"""Lines kept for a preset's description: the longest needs three at the narrowest panel."""
SPACING = 6
"""Pixels between rows and columns, and around the panel."""
COLUMN_GAP = 12
"""Extra pixels between the two columns of values."""


class Chooser(QComboBox):
    """A combo box never narrower than its longest item: its text is never cut (Qt does not
    elide it).

    Its minimum is its size hint (the longest item's width), which Qt recomputes when the font
    changes; Qt's own minimum size hint keeps the size of the first font, and the presentation
    scale changes fonts. (Not `AdjustToContents`: that resizes the box behind the layout's back,
    so it jumps once after items are added.)
    """

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def cost_chooser() -> Chooser:
    """Quadratic / cross-entropy, with the `CostName` as item data (main panel, compare column)."""
    box = Chooser()
    box.addItem(translate("ParameterPanel", "Quadratic"), CostName.QUADRATIC)
    box.addItem(translate("ParameterPanel", "Cross-entropy"), CostName.CROSS_ENTROPY)
    return box


def rule_chooser() -> Chooser:
    """True gradient / book widget, with the `RuleName` as item data and a tooltip saying how
    they differ (the longer story is the ⓘ note beside it)."""
    box = Chooser()
    box.addItem(translate("ParameterPanel", "True gradient"), RuleName.GRADIENT)
    box.addItem(translate("ParameterPanel", "Book widget (dC/da)"), RuleName.BOOK_WIDGET)
    box.setToolTip(
        translate(
            "ParameterPanel",
            "True gradient: w ← w − η·x·∂C/∂z (eq. 55/56, 61/62).\n"
            "Book widget: the rule of the book's published animations; for cross-entropy it "
            "steps by ∂C/∂a = 1/(1 − a), not by the gradient.",
        )
    )
    return box


def chooser_with_info(box: QComboBox, info: QWidget) -> QHBoxLayout:
    """A chooser taking the room, the ⓘ button at its right (one grid cell)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(SPACING // 2)
    row.addWidget(box, 1)
    row.addWidget(info)
    return row


def preset_description(name: str) -> str:
    """A preset's description, translated (presets are data: their context is "presets")."""
    return QCoreApplication.translate("presets", load_presets()[name].description)


def preset_title(name: str) -> str:
    """A preset's human title ("Quadratic, saturated start"), translated like its description."""
    return QCoreApplication.translate("presets", load_presets()[name].title)


class ParameterPanel(QWidget):
    """Widgets for every field of `RunParameters`.

    `changed` is emitted once whenever the values shown change: a value edited by hand, or a
    preset chosen in the combo box or by `load_preset`. `set_parameters` emits nothing.
    `problem(text)` says in words what is wrong with text typed into a field (the run keeps
    that field's last valid value), and `problem("")` once nothing is.
    """

    changed = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_box = self._preset_chooser()
        self.description = FixedLinesLabel(DESCRIPTION_LINES)
        self.cost_box = cost_chooser()
        self.rule_box = rule_chooser()
        self.rule_info = book_note_button()
        self.w_box = DecimalField("w", -MAX_ABS_INPUT, MAX_ABS_INPUT, 4, 0.1)
        self.b_box = DecimalField("b", -MAX_ABS_INPUT, MAX_ABS_INPUT, 4, 0.1)
        self.eta_box = DecimalField("η", 0.0001, MAX_ETA, 4, 0.005)
        self.x_box = DecimalField("x", -MAX_ABS_INPUT, MAX_ABS_INPUT, 4, 0.1)
        self.y_box = DecimalField("y", 0.0, 1.0, 4, 0.05)
        self.epochs_box = WholeField(self.tr("Epochs"), 1, MAX_EPOCHS, 100)
        self.message = FixedLinesLabel(1)
        self.message.set_colour(problem_colour(self.palette()))
        self._lay_out()
        self.set_parameters(RunParameters())
        self._connect_edits()
        self.preset_box.currentIndexChanged.connect(self._preset_chosen)

    def _preset_chooser(self) -> QComboBox:
        box = Chooser()
        box.addItem(self.tr("Custom"), CUSTOM)
        for name in load_presets():
            box.addItem(preset_title(name), name)
            box.setItemData(box.count() - 1, preset_description(name), Qt.ItemDataRole.ToolTipRole)
        return box

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        grid.setSpacing(SPACING)
        grid.setColumnMinimumWidth(2, COLUMN_GAP - SPACING)
        for column in (1, 4):
            grid.setColumnStretch(column, 1)
        wide = (
            (self.tr("Preset"), self.preset_box, self.tr("A named starting point of the book")),
            (None, self.description, None),
            (self.tr("Cost"), self.cost_box, self.tr("Cost function C")),
            (self.tr("Rule"), self.rule_box, self.tr("Update rule")),
        )
        for row, (label, widget, tip) in enumerate(wide):
            if label is None:
                grid.addWidget(widget, row, 0, 1, 5)
                continue
            grid.addWidget(self._label(label, widget, tip), row, 0)
            if widget is self.rule_box:
                grid.addLayout(chooser_with_info(widget, self.rule_info), row, 1, 1, 4)
            else:
                grid.addWidget(widget, row, 1, 1, 4)
        pairs = (
            ((self.tr("w"), self.w_box, self.tr("Weight w at the start")),
             (self.tr("b"), self.b_box, self.tr("Bias b at the start"))),
            ((self.tr("η"), self.eta_box, self.tr("Learning rate η")),
             (self.tr("Epochs"), self.epochs_box, self.tr("Epochs to train"))),
            ((self.tr("x"), self.x_box, self.tr("Input x")),
             (self.tr("y"), self.y_box, self.tr("Target output y"))),
        )  # fmt: skip
        for row, pair in enumerate(pairs, start=len(wide)):
            for column, (label, widget, tip) in zip((0, 3), pair, strict=True):
                grid.addWidget(self._label(label, widget, tip), row, column)
                grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.message, len(wide) + len(pairs), 0, 1, 5)

    def _label(self, text: str, widget: QWidget, tip: str | None) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if tip:
            label.setToolTip(tip)
            widget.setAccessibleName(tip)
        return label

    def _connect_edits(self) -> None:
        for box in self._fields():
            box.valueChanged.connect(self._edited_by_hand)
            box.problem_changed.connect(self._show_problem)
        for box in (self.cost_box, self.rule_box):
            box.currentIndexChanged.connect(self._edited_by_hand)

    def parameters(self) -> RunParameters:
        """The run the widgets describe now (a field showing unusable text keeps its last value)."""
        return RunParameters(
            w=self.w_box.value(),
            b=self.b_box.value(),
            eta=self.eta_box.value(),
            x=self.x_box.value(),
            y=self.y_box.value(),
            epochs=self.epochs_box.value(),
            cost=self.cost_box.currentData(),
            rule=self.rule_box.currentData(),
        ).validated()

    def set_parameters(self, p: RunParameters) -> None:
        """Show `p` in the widgets without emitting `changed` (typed problems are cleared)."""
        blockers = [QSignalBlocker(box) for box in self._value_widgets()]
        self.w_box.setValue(p.w)
        self.b_box.setValue(p.b)
        self.eta_box.setValue(p.eta)
        self.x_box.setValue(p.x)
        self.y_box.setValue(p.y)
        self.epochs_box.setValue(p.epochs)
        self.cost_box.setCurrentIndex(self.cost_box.findData(p.cost))
        self.rule_box.setCurrentIndex(self.rule_box.findData(p.rule))
        del blockers
        self._show_problem()

    def load_preset(self, name: str) -> None:
        """Select a preset by its slug ("quadratic-saturated") and fill the widgets with it."""
        index = self.preset_box.findData(name)
        if index < 0:
            raise KeyError(name)
        if index == self.preset_box.currentIndex():
            self._preset_chosen(index)  # re-apply: the values may have been edited since
        else:
            self.preset_box.setCurrentIndex(index)

    def show_custom(self, p: RunParameters) -> None:
        """Show `p` as values set by hand (not a preset), and emit `changed` once."""
        self.set_parameters(p)
        self._edited_by_hand()

    def preset_name(self) -> str:
        """The selected preset's slug, or "" when the values were edited by hand."""
        return str(self.preset_box.currentData())

    def problem_text(self) -> str:
        """What is wrong with typed text now (the first field's problem), or ""."""
        return self.message.text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: a red that reads
            self.message.set_colour(problem_colour(self.palette()))

    def _fields(self) -> tuple[DecimalField | WholeField, ...]:
        return (self.w_box, self.b_box, self.eta_box, self.epochs_box, self.x_box, self.y_box)

    def _value_widgets(self) -> tuple[QWidget, ...]:
        return (*self._fields(), self.cost_box, self.rule_box)

    def _show_problem(self) -> None:
        text = next((box.problem() for box in self._fields() if box.problem()), "")
        if text != self.message.text():
            self.message.setText(text)
            self.problem.emit(text)

    def _preset_chosen(self, index: int) -> None:
        name = self.preset_box.itemData(index)
        if name == CUSTOM:
            self.description.setText(self.tr("Values set by hand."))
            return
        self.set_parameters(load_presets()[name].parameters)
        self.description.setText(preset_description(name))
        self.changed.emit()

    def _edited_by_hand(self) -> None:
        with QSignalBlocker(self.preset_box):
            self.preset_box.setCurrentIndex(self.preset_box.findData(CUSTOM))
        self.description.setText(self.tr("Values set by hand."))
        self.changed.emit()
