"""The panel's number fields: typed text, Enter, focus out, stepping, the red frame, their size."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.views.number_field import DecimalField, WholeField, problem_colour
from tests.desktop.helpers import app_font, colour_mask, rgb

MINUS = "\N{MINUS SIGN}"


@pytest.fixture
def fields(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    w = DecimalField("w", -1000.0, 1000.0, 4, 0.1)
    epochs = WholeField("Epochs", 1, 10_000_000, 100)
    layout = QVBoxLayout(host)
    layout.addWidget(w)
    layout.addWidget(epochs)
    w.setValue(2.0)
    epochs.setValue(300)
    host.show()
    qtbot.waitActive(host)
    yield w, epochs  # the host stays alive (and owns the fields) until the test ends


def type_text(qtbot, box, text: str) -> None:
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)


def test_enter_commits_a_comma_decimal_once(qtbot, fields) -> None:
    w, _ = fields
    values = []
    w.valueChanged.connect(values.append)
    type_text(qtbot, w, "2,5")
    assert values == []  # no change per keystroke: "2" then "2.5" would be two runs' worth
    with qtbot.waitSignal(w.editingFinished):  # the lecture keys hand the keyboard back
        qtbot.keyClick(w, Qt.Key.Key_Return)
    assert values == [2.5] and w.text() == "2.5"


def test_enter_on_unusable_text_keeps_text_and_focus(qtbot, fields) -> None:
    w, _ = fields
    w.setFocus()
    qtbot.waitUntil(w.hasFocus)
    finished = []
    w.editingFinished.connect(lambda: finished.append(1))
    type_text(qtbot, w, "5000")
    with qtbot.waitSignal(w.problem_changed, check_params_cb=lambda t: t.startswith("w must")):
        qtbot.keyClick(w, Qt.Key.Key_Return)
    assert (w.value(), w.text(), w.hasFocus(), finished) == (2.0, "5000", True, [])
    assert w.problem() == f"w must be between {MINUS}1000 and 1000" == w.toolTip()


def test_focus_out_keeps_unusable_text_marked(qtbot, fields) -> None:
    w, epochs = fields
    w.setFocus()
    qtbot.waitUntil(w.hasFocus)
    type_text(qtbot, w, "-")
    epochs.setFocus()
    qtbot.waitUntil(epochs.hasFocus)
    assert (w.value(), w.text()) == (2.0, "-")
    assert w.problem() == f"w must be a number between {MINUS}1000 and 1000"
    assert w.property("problem") is True


def test_typing_usable_text_clears_the_mark(qtbot, fields) -> None:
    w, _ = fields
    type_text(qtbot, w, "5000")
    qtbot.keyClick(w, Qt.Key.Key_Return)
    qtbot.keyClick(w.lineEdit(), Qt.Key.Key_End)  # Enter selected the text to be retyped
    with qtbot.waitSignal(w.problem_changed, check_params_cb=lambda t: t == ""):
        qtbot.keyClick(w.lineEdit(), Qt.Key.Key_Backspace)  # "500"
    assert w.value() == 2.0  # not yet committed
    qtbot.keyClick(w, Qt.Key.Key_Return)
    assert w.value() == 500.0


def test_stepping_and_set_value_replace_unusable_text(qtbot, fields) -> None:
    w, epochs = fields
    type_text(qtbot, w, "5000")
    qtbot.keyClick(w, Qt.Key.Key_Return)
    qtbot.keyClick(w, Qt.Key.Key_Up)
    assert (w.text(), w.problem(), w.property("problem")) == ("2", "", False)
    qtbot.keyClick(w, Qt.Key.Key_Up)
    assert w.value() == pytest.approx(2.1)
    type_text(qtbot, epochs, "1.5")
    qtbot.keyClick(epochs, Qt.Key.Key_Return)
    assert epochs.problem() == "Epochs must be a whole number (1 to 10,000,000)"
    epochs.setValue(1000)
    assert (epochs.text(), epochs.problem()) == ("1,000", "")
    qtbot.keyClick(epochs, Qt.Key.Key_Down)
    assert epochs.value() == 900


def test_a_field_with_a_problem_is_framed_in_the_warning_red(qtbot, fields) -> None:
    w, _ = fields
    red = QColor(problem_colour(w.palette())).getRgb()[:3]
    assert not colour_mask(rgb(w.grab().toImage()), red, tolerance=30).any()
    type_text(qtbot, w, "5000")
    qtbot.keyClick(w, Qt.Key.Key_Return)
    pixels = rgb(w.grab().toImage())
    red_at = colour_mask(pixels, red, tolerance=30)
    assert red_at[:, 0].mean() > 0.9 and red_at[:, -1].mean() > 0.9  # left and right edges
    assert red_at[0, :].mean() > 0.9 and red_at[-1, :].mean() > 0.9  # top and bottom edges
    assert not np.any(red_at[4:-4, 4:-4])  # a frame, not a fill


@pytest.mark.parametrize("points", [12.0, 12.0 * 2**0.5])
def test_size_hints_hold_the_widest_value(qtbot, points) -> None:
    with app_font(points):
        for box, widest in (
            (DecimalField("w", -1000.0, 1000.0), "-999.9999"),
            (DecimalField("y", 0.0, 1.0), "0.9999"),
            (WholeField("Epochs", 1, 10_000_000), "10,000,000"),
        ):
            qtbot.addWidget(box)
            box.resize(box.minimumSizeHint())
            box.show()
            assert box.minimumSizeHint() == box.sizeHint()
            assert QFontMetrics(box.font()).horizontalAdvance(widest) < box.lineEdit().width()
