"""The parameter panel turns widgets into one validated RunParameters, and presets fill it."""

from PySide6.QtCore import Qt

from desktop.views.parameter_panel import CUSTOM, ParameterPanel
from model import MAX_EPOCHS, CostName, RuleName, load_presets


def make_panel(qtbot) -> ParameterPanel:
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    return panel


def test_every_preset_fills_the_widgets_exactly(qtbot) -> None:
    panel = make_panel(qtbot)
    for name, preset in load_presets().items():
        panel.load_preset(name)
        assert panel.parameters() == preset.parameters
        assert panel.preset_name() == name
        assert panel.description.text() == preset.description


def test_choosing_a_preset_in_the_combo_box_emits_one_change(qtbot) -> None:
    panel = make_panel(qtbot)
    changes = []
    panel.changed.connect(lambda: changes.append(panel.parameters()))
    panel.preset_box.setCurrentIndex(panel.preset_box.findData("book-cross-entropy-saturated"))
    assert panel.parameters().rule is RuleName.BOOK_WIDGET and panel.parameters().eta == 0.005
    assert changes == [panel.parameters()]
    assert panel.preset_name() == "book-cross-entropy-saturated"


def test_set_parameters_emits_nothing(qtbot) -> None:
    panel = make_panel(qtbot)
    changes = []
    panel.changed.connect(lambda: changes.append(1))
    panel.set_parameters(panel.parameters().with_changes(w=-3.0, cost="cross-entropy"))
    assert changes == [] and panel.parameters().w == -3.0


def test_editing_by_hand_switches_to_custom_and_emits_changed(qtbot) -> None:
    panel = make_panel(qtbot)
    panel.load_preset("quadratic-saturated")
    with qtbot.waitSignal(panel.changed, timeout=1000):
        panel.w_box.setFocus()
        qtbot.keyClick(panel.w_box, Qt.Key.Key_Up)
    assert panel.preset_name() == CUSTOM
    assert panel.parameters().w == 2.1
    assert panel.parameters().cost is CostName.QUADRATIC


def test_widget_ranges_are_the_models_limits(qtbot) -> None:
    panel = make_panel(qtbot)
    assert panel.epochs_box.maximum() == MAX_EPOCHS and panel.epochs_box.minimum() == 1
    assert panel.eta_box.minimum() > 0 and panel.eta_box.maximum() == 100
    assert (panel.y_box.minimum(), panel.y_box.maximum()) == (0.0, 1.0)
    panel.w_box.setValue(5000)
    assert panel.parameters().w == 1000
