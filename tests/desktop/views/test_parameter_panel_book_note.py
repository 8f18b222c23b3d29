"""The main panel's ⓘ beside the update-rule chooser: the book-fidelity note, one click away,
without taking Space from Play/Pause or moving the panel's fields."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.style.theme import DARK, LIGHT
from desktop.views.book_note import InfoButton, book_rule_note, book_rule_title, info_icon
from desktop.views.parameter_panel import ParameterPanel
from tests.desktop.helpers import rgb


def shown_panel(qtbot) -> ParameterPanel:
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    panel.resize(panel.minimumSizeHint())
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_info_button_sits_right_of_the_rule_chooser(qtbot) -> None:
    panel = shown_panel(qtbot)
    info, rule = panel.rule_info, panel.rule_box
    assert isinstance(info, InfoButton) and info.isVisible()
    assert info.geometry().left() >= rule.geometry().right()
    assert abs(info.geometry().center().y() - rule.geometry().center().y()) <= 2
    assert info.geometry().right() <= panel.rect().right()
    assert info.toolTip() == book_rule_title() and info.accessibleName() == book_rule_title()


def test_clicking_it_shows_the_note_and_leaves_the_keyboard_alone(qtbot) -> None:
    panel = shown_panel(qtbot)
    assert panel.rule_info.focusPolicy() == Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(panel.rule_info, Qt.MouseButton.LeftButton)
    box = panel.rule_info.note_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.text() == book_rule_note() and box.windowTitle() == book_rule_title()
    assert not box.isModal()  # the lecture goes on with the note open
    assert not panel.rule_info.hasFocus()
    box.close()


def test_the_icon_follows_the_theme_and_the_font(qtbot) -> None:
    panel = shown_panel(qtbot)
    info = panel.rule_info
    size = info.iconSize().height()
    assert size == info.fontMetrics().height()
    font = info.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    info.setFont(font)
    assert info.iconSize().height() > 1.5 * size
    info.setPalette(DARK.palette())
    QApplication.processEvents()
    ink = info.palette().color(QPalette.ColorRole.ButtonText)
    assert ink.name() == DARK.foreground and ink.name() != LIGHT.foreground


def test_the_drawn_icon_is_a_ring_in_the_colour_asked(qtbot) -> None:
    icon = info_icon(DARK.palette().color(QPalette.ColorRole.ButtonText), 32)
    pixels = rgb(icon.pixmap(32, 32).toImage())
    bright = pixels.sum(axis=2) > 600
    assert bright[16, 1:4].any() and bright[16, -4:-1].any()  # left and right of the ring
    assert bright[20:24, 15:17].any()  # the stem of the "i"
    assert not bright[16, 8:12].any()  # hollow between ring and stem
