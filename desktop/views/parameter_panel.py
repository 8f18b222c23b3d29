"""The parameter panel: preset chooser, cost and update-rule choosers, and a spinbox per value.

It edits one `RunParameters`; ranges come from the model's limits, so the panel cannot produce
an invalid run. Values written back into the widgets are applied with signals blocked, so
loading a preset never loops back as an edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from model import (
    MAX_ABS_INPUT,
    MAX_EPOCHS,
    MAX_ETA,
    CostName,
    RuleName,
    RunParameters,
    load_presets,
)

CUSTOM = ""
"""Preset-chooser data of the "Custom" entry, selected as soon as a value is edited by hand."""


def _spinbox(low: float, high: float, decimals: int, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setAccelerated(True)
    return box


def preset_description(name: str) -> str:
    """A preset's description, translated (presets are data: their context is "presets")."""
    return QCoreApplication.translate("presets", load_presets()[name].description)


class ParameterPanel(QWidget):
    """Widgets for every field of `RunParameters`.

    `changed` is emitted once whenever the values shown change: a value edited by hand, or a
    preset chosen in the combo box or by `load_preset`. `set_parameters` emits nothing.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_box = QComboBox()
        self.preset_box.addItem(self.tr("Custom"), CUSTOM)
        for name in load_presets():
            self.preset_box.addItem(name, name)
            self.preset_box.setItemData(
                self.preset_box.count() - 1, preset_description(name), Qt.ItemDataRole.ToolTipRole
            )
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.cost_box = QComboBox()
        self.cost_box.addItem(self.tr("Quadratic"), CostName.QUADRATIC)
        self.cost_box.addItem(self.tr("Cross-entropy"), CostName.CROSS_ENTROPY)
        self.rule_box = QComboBox()
        self.rule_box.addItem(self.tr("True gradient"), RuleName.GRADIENT)
        self.rule_box.addItem(self.tr("Book widget (dC/da)"), RuleName.BOOK_WIDGET)
        self.rule_box.setToolTip(
            self.tr(
                "True gradient: w ← w − η·x·∂C/∂z (eq. 55/56, 61/62).\n"
                "Book widget: the rule of the book's published animations; for cross-entropy it "
                "steps by ∂C/∂a = 1/(1 − a), not by the gradient."
            )
        )
        self.w_box = _spinbox(-MAX_ABS_INPUT, MAX_ABS_INPUT, 4, 0.1)
        self.b_box = _spinbox(-MAX_ABS_INPUT, MAX_ABS_INPUT, 4, 0.1)
        self.eta_box = _spinbox(0.0001, MAX_ETA, 4, 0.005)
        self.x_box = _spinbox(-MAX_ABS_INPUT, MAX_ABS_INPUT, 4, 0.1)
        self.y_box = _spinbox(0.0, 1.0, 4, 0.05)
        self.epochs_box = QSpinBox()
        self.epochs_box.setRange(1, MAX_EPOCHS)
        self.epochs_box.setSingleStep(100)
        self.epochs_box.setGroupSeparatorShown(True)
        self._lay_out()
        self.set_parameters(RunParameters())
        self._connect_edits()
        self.preset_box.currentIndexChanged.connect(self._preset_chosen)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Preset"), self.preset_box)
        form.addRow(self.description)
        form.addRow(self.tr("Cost"), self.cost_box)
        form.addRow(self.tr("Update rule"), self.rule_box)
        form.addRow(self.tr("Weight w"), self.w_box)
        form.addRow(self.tr("Bias b"), self.b_box)
        form.addRow(self.tr("Learning rate η"), self.eta_box)
        form.addRow(self.tr("Input x"), self.x_box)
        form.addRow(self.tr("Target y"), self.y_box)
        form.addRow(self.tr("Epochs"), self.epochs_box)

    def _connect_edits(self) -> None:
        for box in (self.w_box, self.b_box, self.eta_box, self.x_box, self.y_box, self.epochs_box):
            box.valueChanged.connect(self._edited_by_hand)
        for box in (self.cost_box, self.rule_box):
            box.currentIndexChanged.connect(self._edited_by_hand)

    def parameters(self) -> RunParameters:
        """The run the widgets describe now."""
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
        """Show `p` in the widgets without emitting `changed`."""
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

    def load_preset(self, name: str) -> None:
        """Select a preset by name and fill the widgets with its values."""
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
        """The selected preset's name, or "" when the values were edited by hand."""
        return str(self.preset_box.currentData())

    def _value_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.w_box,
            self.b_box,
            self.eta_box,
            self.x_box,
            self.y_box,
            self.epochs_box,
            self.cost_box,
            self.rule_box,
        )

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
