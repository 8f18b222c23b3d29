"""Lecture keys keep working while a parameter field has the focus.

A spin box or combo box would otherwise swallow Space, R, P, L, C and W (they are not digits, so the
field has no use for them), and a lecturer who just typed a value would find the keyboard dead.
Enter in a field hands the keyboard back to the plots, where the arrow keys step again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

PASSED_THROUGH = (
    Qt.Key.Key_Space,
    Qt.Key.Key_R,
    Qt.Key.Key_P,
    Qt.Key.Key_L,
    Qt.Key.Key_C,
    Qt.Key.Key_W,
)


class LectureKeysThrough(QObject):
    """Event filter for the parameter panel's fields; see the module docstring."""

    def __init__(self, panel: QWidget, keyboard_home: QWidget) -> None:
        super().__init__(panel)
        self._home = keyboard_home
        for field in panel.findChildren(QWidget):
            field.installEventFilter(self)
        for box in panel.findChildren(QAbstractSpinBox):
            box.editingFinished.connect(lambda box=box: self._hand_back(box))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            )
            if plain and event.key() in PASSED_THROUGH:
                event.ignore()  # not overridden: the window's shortcut takes the key
                return True
        return False

    def _hand_back(self, box: QAbstractSpinBox) -> None:
        if box.hasFocus():  # Enter, not a click elsewhere
            self._home.setFocus()
