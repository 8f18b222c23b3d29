"""The parameter panel turns widgets into one validated RunParameters, and presets fill it.

Also what a lecturer meets in the first five minutes: the panel fits beside the readouts at
both presentation fonts, nothing moves when a preset is chosen, presets have human titles,
and typed numbers mean what they say ("2,5" is 2.5) or say in words why they cannot be used.
"""

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QVBoxLayout, QWidget

from desktop.views.parameter_panel import CUSTOM, ParameterPanel
from model import MAX_EPOCHS, CostName, RuleName, load_presets
from tests.desktop.helpers import app_font

BASE_POINTS = 12.0
SCALE_2_POINTS = 12.0 * 2**0.5  # presentation scale 2: chrome grows with √scale
MINUS = "\N{MINUS SIGN}"


def make_panel(qtbot) -> ParameterPanel:
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    return panel


def shown_panel(qtbot) -> ParameterPanel:
    """The panel shown alone at its smallest."""
    panel = make_panel(qtbot)
    panel.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    panel.resize(panel.minimumSizeHint())
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def type_into(qtbot, box: QAbstractSpinBox, text: str) -> None:
    """Replace the field's text by typing, then press Enter."""
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def spin_boxes(panel: ParameterPanel) -> list[QAbstractSpinBox]:
    return [panel.w_box, panel.b_box, panel.eta_box, panel.x_box, panel.y_box, panel.epochs_box]


def combo_boxes(panel: ParameterPanel) -> list[QComboBox]:
    return [panel.preset_box, panel.cost_box, panel.rule_box]


def widest_texts(box: QAbstractSpinBox) -> list[str]:
    """The longest values a field can hold, as it shows them ("−999.9999", "10,000,000")."""
    low, high = box.minimum(), box.maximum()
    texts = [box.textFromValue(low), box.textFromValue(high)]
    if hasattr(box, "decimals"):
        longest = max(abs(low), abs(high)) - 10 ** -box.decimals()
        texts.append(box.textFromValue(-longest if low < 0 else longest))
    return texts


def geometries(panel: ParameterPanel) -> dict[int, QRect]:
    """Where every widget of the panel is, relative to the panel, once layouts have settled."""
    QApplication.processEvents()
    return {
        id(child): QRect(child.mapTo(panel, child.rect().topLeft()), child.size())
        for child in panel.findChildren(QWidget)
        if child.isVisible()
    }


# -- values, presets, signals ------------------------------------------------------------------
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


def test_fields_stay_spin_and_combo_boxes_of_the_panel(qtbot) -> None:
    """The window's lecture-keys filter finds them by these types among the panel's children."""
    panel = make_panel(qtbot)
    assert set(panel.findChildren(QAbstractSpinBox)) == set(spin_boxes(panel))
    assert set(panel.findChildren(QComboBox)) == set(combo_boxes(panel))


# -- defect 1: it fits beside the readouts, and nothing moves ------------------------------------
def in_column(qtbot, width: int, height: int) -> tuple[QWidget, ParameterPanel]:
    """The panel alone in a window column of exactly this size, as the window will place it."""
    column = QWidget()
    qtbot.addWidget(column)
    column.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    column.setFixedSize(width, height)
    panel = ParameterPanel()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(panel)
    layout.addStretch(1)
    column.show()
    qtbot.waitExposed(column)
    return column, panel


@pytest.mark.parametrize(
    ("points", "column"),
    [
        (BASE_POINTS, (430, 330)),
        (BASE_POINTS, (520, 330)),
        (SCALE_2_POINTS, (560, 420)),
    ],
)
def test_every_field_is_whole_in_a_column_beside_the_readouts(qtbot, points, column) -> None:
    """Spin box text and arrows, combo-box text and button, the description: nothing cut off."""
    with app_font(points):
        host, panel = in_column(qtbot, *column)
        assert panel.minimumSizeHint().width() <= column[0]
        assert panel.minimumSizeHint().height() <= panel.sizeHint().height() <= column[1]
        for child in [*spin_boxes(panel), *combo_boxes(panel), panel.description, panel.message]:
            shown = QRect(child.mapTo(host, child.rect().topLeft()), child.size())
            assert host.rect().contains(shown), child
        for box in spin_boxes(panel):
            metrics = QFontMetrics(box.font())
            room = box.lineEdit().width()
            assert all(metrics.horizontalAdvance(t) < room for t in widest_texts(box)), box
        for combo in combo_boxes(panel):
            assert combo.width() >= combo.sizeHint().width()  # the longest item and the button


@pytest.mark.parametrize("points", [BASE_POINTS, SCALE_2_POINTS])
def test_every_description_fits_its_fixed_lines(qtbot, points) -> None:
    with app_font(points):
        panel = shown_panel(qtbot)
        label = panel.description
        metrics = QFontMetrics(label.font())
        flags = Qt.TextFlag.TextWordWrap
        for preset in load_presets().values():
            needed = metrics.boundingRect(
                QRect(0, 0, label.width(), 10_000), flags, preset.description
            )
            assert needed.height() <= label.height(), preset.name


def test_choosing_custom_or_another_preset_moves_nothing(qtbot) -> None:
    _, panel = in_column(qtbot, 480, 330)
    panel.load_preset("quadratic-good-start")
    before = geometries(panel)
    for name in load_presets():
        panel.preset_box.setCurrentIndex(panel.preset_box.findData(name))
        assert geometries(panel) == before, name
    panel.show_custom(panel.parameters().with_changes(w=1.5))
    assert panel.description.text() and geometries(panel) == before
    type_into(qtbot, panel.w_box, "5000")  # a problem line appears
    assert geometries(panel) == before


# -- defect 2: human preset names ----------------------------------------------------------------
def test_the_chooser_shows_titles_and_keeps_slugs_as_data(qtbot) -> None:
    panel = make_panel(qtbot)
    box = panel.preset_box
    shown = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert shown["quadratic-saturated"] == "Quadratic, saturated start"
    assert shown["cross-entropy-good-start"] == "Cross-entropy, good start"
    assert shown["book-cross-entropy-saturated"] == "Book's animation, saturated start"
    assert shown[CUSTOM] == "Custom"
    panel.load_preset("quadratic-saturated")
    assert panel.preset_name() == "quadratic-saturated"
    assert box.currentText() == "Quadratic, saturated start"


class _PresetsTranslator(QTranslator):
    """Stand-in translation: wraps every string of the "presets" context in «…»."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        return f"«{source}»" if context == "presets" else None

    def isEmpty(self) -> bool:
        return False


def test_preset_titles_are_translated(qtbot) -> None:
    translator = _PresetsTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        panel = make_panel(qtbot)
    finally:
        QCoreApplication.removeTranslator(translator)
    box = panel.preset_box
    assert box.itemText(box.findData("quadratic-saturated")) == "«Quadratic, saturated start»"


# -- defect 3: numbers mean what they say, or the panel says why not ------------------------------
def test_a_comma_is_a_decimal_point_and_one_typed_value_is_one_change(qtbot) -> None:
    panel = make_panel(qtbot)
    panel.load_preset("quadratic-saturated")
    changes = []
    panel.changed.connect(lambda: changes.append(panel.parameters().w))
    type_into(qtbot, panel.w_box, "2,5")
    assert panel.parameters().w == 2.5
    assert changes == [2.5]
    assert panel.w_box.lineEdit().text() == "2.5"


def test_out_of_range_input_is_kept_marked_and_said_in_words(qtbot) -> None:
    panel = make_panel(qtbot)
    panel.load_preset("quadratic-saturated")
    said = f"w must be between {MINUS}1000 and 1000"
    type_into(qtbot, panel.w_box, "5000")
    assert panel.parameters().w == 2.0  # the last valid value, not 500 or 1000
    assert panel.w_box.lineEdit().text() == "5000"  # what was typed stays to be corrected
    assert panel.w_box.property("problem") is True
    assert panel.message.text() == said and panel.message.isVisible() == panel.isVisible()
    problems = []
    panel.problem.connect(problems.append)
    type_into(qtbot, panel.w_box, "3")
    assert panel.parameters().w == 3.0
    assert problems == [""] and panel.message.text() == ""
    assert panel.w_box.property("problem") is False
    type_into(qtbot, panel.w_box, "-1e4")
    assert problems == ["", said] and panel.parameters().w == 3.0


def test_unreadable_input_is_said_in_words_when_the_field_loses_focus(qtbot) -> None:
    panel = make_panel(qtbot)
    panel.show()
    qtbot.waitActive(panel)
    panel.eta_box.setFocus()
    qtbot.waitUntil(panel.eta_box.hasFocus)
    panel.eta_box.lineEdit().selectAll()
    qtbot.keyClicks(panel.eta_box.lineEdit(), "0,1,5")
    panel.x_box.setFocus()
    qtbot.waitUntil(panel.x_box.hasFocus)
    assert panel.parameters().eta == 0.15
    assert panel.eta_box.lineEdit().text() == "0,1,5"
    assert panel.message.text() == "η must be a number between 0.0001 and 100"


def test_epochs_show_thousands_and_read_them_typed_or_not(qtbot) -> None:
    panel = make_panel(qtbot)
    type_into(qtbot, panel.epochs_box, "10000000")
    assert panel.parameters().epochs == 10_000_000
    assert panel.epochs_box.lineEdit().text() == "10,000,000"
    type_into(qtbot, panel.epochs_box, "12,500")
    assert panel.parameters().epochs == 12_500


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("20000000", "Epochs must be between 1 and 10,000,000"),
        ("2,5", "Epochs must be a whole number (1 to 10,000,000)"),  # never 25
        ("2.5", "Epochs must be a whole number (1 to 10,000,000)"),
    ],
)
def test_epochs_that_cannot_be_used_are_said(qtbot, typed, said) -> None:
    panel = make_panel(qtbot)
    type_into(qtbot, panel.epochs_box, typed)
    assert panel.parameters().epochs == 300
    assert panel.epochs_box.lineEdit().text() == typed
    assert panel.message.text() == said


def test_loading_a_preset_clears_a_problem(qtbot) -> None:
    panel = make_panel(qtbot)
    type_into(qtbot, panel.y_box, "2")
    assert panel.y_box.lineEdit().text() == "2" and panel.parameters().y == 0.0
    assert panel.message.text() == "y must be between 0 and 1"
    with qtbot.waitSignal(panel.problem, check_params_cb=lambda text: text == ""):
        panel.load_preset("cross-entropy-saturated")
    assert panel.y_box.lineEdit().text() == "0" and panel.y_box.property("problem") is False
