"""Compare mode's second column: run 2 is run 1's start with the cost, rule and η shown; typed
values commit like the main panel's; the ⓘ note and the book pair are one click away."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QMessageBox, QWidget

from desktop.style.theme import DARK, LIGHT
from desktop.views.book_note import InfoButton, book_rule_note, book_rule_title
from desktop.views.compare_column import CompareColumn
from model import CostName, RuleName, RunParameters
from model.comparison import default_partner, shared_start
from tests.desktop.helpers import app_font, colour_mask, rgb

BASE_POINTS = 12.0
SCALE_2_POINTS = 12.0 * 2**0.5
MINUS = "\N{MINUS SIGN}"
PICTURES = Path("/tmp/comparecol")


def make_column(qtbot) -> CompareColumn:
    column = CompareColumn()
    qtbot.addWidget(column)
    return column


def shown_column(qtbot) -> CompareColumn:
    column = make_column(qtbot)
    column.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    column.resize(column.minimumSizeHint())
    column.show()
    qtbot.waitExposed(column)
    return column


def type_into(qtbot, box: QAbstractSpinBox, text: str) -> None:
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def geometries(widget: QWidget) -> dict[int, QRect]:
    QApplication.processEvents()
    return {
        id(child): QRect(child.mapTo(widget, child.rect().topLeft()), child.size())
        for child in widget.findChildren(QWidget)
        if child.isVisible()
    }


# -- values -------------------------------------------------------------------------------------
def test_it_starts_as_the_default_partner_of_the_default_run(qtbot) -> None:
    column = make_column(qtbot)
    assert column.second() == default_partner(RunParameters())


def test_second_is_the_shared_start_with_the_values_typed(qtbot) -> None:
    column = make_column(qtbot)
    first = RunParameters(w=2.0, b=2.0, eta=0.15, epochs=500, cost="quadratic")
    column.set_first(first)
    column.cost_box.setCurrentIndex(column.cost_box.findData(CostName.CROSS_ENTROPY))
    column.rule_box.setCurrentIndex(column.rule_box.findData(RuleName.BOOK_WIDGET))
    type_into(qtbot, column.eta_box, "0,005")
    typed = RunParameters(eta=0.005, cost="cross-entropy", rule="book-widget")
    assert column.second() == shared_start(first, typed)
    assert column.second() == first.with_changes(
        eta=0.005, cost="cross-entropy", rule="book-widget"
    )


def test_run_1_changing_changes_run_2s_start_but_not_its_own_values(qtbot) -> None:
    column = make_column(qtbot)
    column.set_second(RunParameters(eta=0.6, cost="cross-entropy"))
    column.set_first(RunParameters(w=-1.5, x=0.5, y=0.25, epochs=42))
    assert column.second() == RunParameters(
        w=-1.5, x=0.5, y=0.25, epochs=42, eta=0.6, cost="cross-entropy"
    )


def test_the_shared_start_is_said_in_one_note(qtbot) -> None:
    column = make_column(qtbot)
    column.set_first(RunParameters(w=2.0, b=2.0, x=1.0, y=0.0, epochs=300))
    assert column.shared_note.text() == (
        "Same start as run 1: w = 2, b = 2, x = 1, y = 0, 300 epochs"
    )
    column.set_first(RunParameters(w=-0.5, b=1.25, epochs=10_000))
    assert column.shared_note.text() == (
        f"Same start as run 1: w = {MINUS}0.5, b = 1.25, x = 1, y = 0, 10,000 epochs"
    )
    column.set_first(RunParameters(epochs=1))
    assert column.shared_note.text().endswith(", 1 epoch")


def test_set_first_and_set_second_emit_nothing(qtbot) -> None:
    column = make_column(qtbot)
    changes = []
    column.changed.connect(lambda: changes.append(1))
    column.set_first(RunParameters(w=3.0))
    column.set_second(RunParameters(eta=2.0, cost="cross-entropy", rule="book-widget"))
    assert changes == []
    assert column.second() == RunParameters(
        w=3.0, eta=2.0, cost="cross-entropy", rule="book-widget"
    )


# -- commits, problems --------------------------------------------------------------------------
def test_a_typed_eta_is_one_change_on_enter(qtbot) -> None:
    column = make_column(qtbot)
    changes = []
    column.changed.connect(lambda: changes.append(column.second().eta))
    type_into(qtbot, column.eta_box, "2,5")
    assert changes == [2.5]


def test_choosing_a_cost_or_rule_is_a_change(qtbot) -> None:
    column = make_column(qtbot)
    with qtbot.waitSignal(column.changed, timeout=1000):
        column.cost_box.setCurrentIndex(column.cost_box.findData(CostName.QUADRATIC))
    with qtbot.waitSignal(column.changed, timeout=1000):
        column.rule_box.setCurrentIndex(column.rule_box.findData(RuleName.BOOK_WIDGET))
    assert column.second().rule is RuleName.BOOK_WIDGET


def test_eta_commits_when_the_field_loses_focus(qtbot) -> None:
    column = make_column(qtbot)
    column.show()
    qtbot.waitActive(column)
    column.eta_box.setFocus()
    qtbot.waitUntil(column.eta_box.hasFocus)
    column.eta_box.lineEdit().selectAll()
    qtbot.keyClicks(column.eta_box.lineEdit(), "0.6")
    with qtbot.waitSignal(column.changed, timeout=1000):
        column.cost_box.setFocus()
    assert column.second().eta == 0.6


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("0", "η must be between 0.0001 and 100"),
        ("500", "η must be between 0.0001 and 100"),
        ("-1", "η must be between 0.0001 and 100"),
        ("abc", "η must be a number between 0.0001 and 100"),
    ],
)
def test_a_bad_eta_is_said_and_changes_nothing(qtbot, typed, said) -> None:
    column = make_column(qtbot)
    before = column.second()
    changes, problems = [], []
    column.changed.connect(lambda: changes.append(1))
    column.problem.connect(problems.append)
    type_into(qtbot, column.eta_box, typed)
    if typed == "abc":  # letters are refused keystroke by keystroke: nothing new was typed
        assert problems == [] and column.second() == before
        type_into(qtbot, column.eta_box, "1,2,3")
        said = "η must be a number between 0.0001 and 100"
    assert problems == [said] and column.problem_text() == said
    assert column.second() == before and changes == []
    assert column.eta_box.property("problem") is True
    type_into(qtbot, column.eta_box, "0.5")
    assert problems == [said, ""] and column.second().eta == 0.5 and changes == [1]


def test_set_second_clears_a_problem(qtbot) -> None:
    column = make_column(qtbot)
    type_into(qtbot, column.eta_box, "500")
    with qtbot.waitSignal(column.problem, check_params_cb=lambda text: text == ""):
        column.set_second(RunParameters(eta=0.3))
    assert column.eta_box.lineEdit().text() == "0.3"


# -- buttons ------------------------------------------------------------------------------------
def test_the_book_pair_button_asks_for_the_pair(qtbot) -> None:
    column = make_column(qtbot)
    with qtbot.waitSignal(column.book_pair_requested, timeout=1000):
        qtbot.mouseClick(column.book_button, Qt.MouseButton.LeftButton)
    assert column.book_button.text() == "Book rule vs true gradient"


def test_buttons_do_not_take_space_from_play_pause(qtbot) -> None:
    column = shown_column(qtbot)
    for button in (column.book_button, column.rule_info):
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(column.book_button, Qt.MouseButton.LeftButton)
    assert not column.book_button.hasFocus()


def test_the_info_button_shows_the_book_note(qtbot) -> None:
    column = shown_column(qtbot)
    assert isinstance(column.rule_info, InfoButton)
    qtbot.mouseClick(column.rule_info, Qt.MouseButton.LeftButton)
    box = column.rule_info.note_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.text() == book_rule_note() and box.windowTitle() == book_rule_title()
    assert box.textFormat() == Qt.TextFormat.RichText
    assert not column.rule_info.hasFocus()  # a click leaves the keyboard where it was
    box.close()
    qtbot.mouseClick(column.rule_info, Qt.MouseButton.LeftButton)
    assert column.rule_info.note_box is box and box.isVisible()  # one note, shown again
    box.close()


def test_enter_on_the_info_button_shows_the_note(qtbot) -> None:
    column = shown_column(qtbot)
    column.rule_info.setFocus()
    qtbot.keyClick(column.rule_info, Qt.Key.Key_Return)
    assert column.rule_info.note_box is not None and column.rule_info.note_box.isVisible()
    column.rule_info.note_box.close()


# -- look -----------------------------------------------------------------------------------------
def test_run_colours_and_scale_reach_the_samples(qtbot) -> None:
    column = make_column(qtbot)
    column.set_run_colours(DARK.runs)
    assert column.first_swatch.colour() == QColor(DARK.runs[0])
    assert column.swatch.colour() == QColor(DARK.runs[1])
    column.set_scale(2.0)
    assert column.swatch.pen().widthF() == 6.0  # the plots' 3 px curves at scale 2
    assert column.swatch.pen().style() == Qt.PenStyle.DotLine
    assert column.first_swatch.pen().style() == Qt.PenStyle.SolidLine
    with pytest.raises(ValueError):
        column.set_scale(0)


WIDE_START = RunParameters(w=-2.5, b=-0.125, x=1.5, y=0.25, epochs=10_000)
WIDEST_START = RunParameters(w=-999.9999, b=-999.9999, x=-999.9999, y=0.9999, epochs=10_000_000)


@pytest.mark.parametrize("points", [BASE_POINTS, SCALE_2_POINTS])
def test_nothing_is_cut_at_the_smallest_size(qtbot, points) -> None:
    with app_font(points):
        column = shown_column(qtbot)
        column.set_first(WIDE_START)
        type_into(qtbot, column.eta_box, "1,2,3")
        assert column.problem_text()
        QApplication.processEvents()
        assert not column.shared_note.is_elided() and not column.message.is_elided()
        column.set_first(WIDEST_START)  # every value at its longest: "…", and all in the tooltip
        assert column.shared_note.toolTip() == column.shared_note.text()
        for combo in (column.cost_box, column.rule_box):
            assert combo.width() >= combo.sizeHint().width()
        for child in column.findChildren(QWidget):
            if child.isVisible() and child.parentWidget() is column:
                shown = QRect(child.mapTo(column, child.rect().topLeft()), child.size())
                assert column.rect().contains(shown), child


def test_a_problem_or_a_new_start_moves_nothing(qtbot) -> None:
    column = shown_column(qtbot)
    before = geometries(column)
    type_into(qtbot, column.eta_box, "500")
    column.set_first(WIDEST_START)
    assert geometries(column) == before


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_renders_legibly_in_both_themes(qtbot, theme, scale) -> None:
    """Each run's colour is drawn (its sample), the text reads on the background; also
    written to /tmp/comparecol/ for a look."""
    with app_font(BASE_POINTS * scale**0.5):
        column = make_column(qtbot)
        column.setPalette(theme.palette())
        column.set_run_colours(theme.runs)
        column.set_scale(scale)
        column.set_first(RunParameters(w=2.0, b=2.0))
        column.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        column.show()
        column.resize(column.minimumSizeHint())
        qtbot.waitExposed(column)
        image = column.grab().toImage()
    PICTURES.mkdir(exist_ok=True)
    image.save(str(PICTURES / f"test-column-{theme.name}-{scale:g}.png"))
    pixels = rgb(image)
    for colour in theme.runs:
        assert colour_mask(pixels, QColor(colour).getRgb()[:3], 30).sum() > 20
    text = colour_mask(pixels, QColor(theme.foreground).getRgb()[:3], 60).sum()
    assert text > 200
