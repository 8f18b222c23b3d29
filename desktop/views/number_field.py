"""Spin boxes for the parameter panel that read "2,5" as 2.5 and say when input is wrong.

Qt's own spin boxes read "2,5" as 25 (the comma is a group separator in English) and refuse the
keystroke that takes 500 to 5000, so a lecturer's value changes silently. These fields accept
what the text plainly means (see `number_text`) and keep text they cannot use on screen, framed
in red, with `problem()` saying why in words; `value()` stays the last valid value meanwhile.
Values commit on Enter or when the field loses focus (no keyboard tracking), so typing 2,5
is one change, not two. Up/Down stepping and `valueChanged` work as in Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QValidator,
)
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QWidget,
)

from desktop.style.theme import DARK, LIGHT
from desktop.views.number_text import (
    bound_text,
    could_be_decimal,
    could_be_whole,
    decimal_text,
    read_decimal,
    read_whole,
    whole_text,
)

FRAME_WIDTH = 2
"""Width in pixels of the red frame around a field whose text cannot be used."""
PROBLEM_PROPERTY = "problem"
"""Dynamic property, True while the field shows text it cannot use (for tests, stylesheets)."""
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def problem_colour(palette: QPalette) -> QColor:
    """The theme's warning red that reads on this palette's window colour (light or dark)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(DARK.accent if dark else LIGHT.accent)


class _CheckedField:
    """What both fields share; the concrete class supplies reading, writing and messages.

    A mix-in placed before the Qt spin box class, so its overrides are the ones Qt calls.
    """

    name: str
    _problem: str
    _holding_text: bool

    # -- supplied by the concrete field ----------------------------------------------------------
    def _read(self, text: str) -> float | None:
        raise NotImplementedError

    def _could_be(self, text: str) -> bool:
        raise NotImplementedError

    def _widest_texts(self) -> list[str]:
        raise NotImplementedError

    def _describe(self, unreadable: bool) -> str:
        raise NotImplementedError

    # -- set-up ---------------------------------------------------------------------------------
    def _set_up(self, name: str, step: float) -> None:
        box = self._box()
        self.name = name
        self._problem = ""
        self._holding_text = False
        box.setSingleStep(step)
        box.setAccelerated(True)
        box.setKeyboardTracking(False)
        box.setProperty(PROBLEM_PROPERTY, False)
        box.lineEdit().textChanged.connect(self._text_changed)

    def _box(self) -> QDoubleSpinBox | QSpinBox:
        assert isinstance(self, (QDoubleSpinBox, QSpinBox))
        return self

    # -- what Qt asks of a spin box ---------------------------------------------------------------
    def validate(self, text: str, _pos: int) -> object:
        """Acceptable if usable; Intermediate (kept, and reported on Enter) if it may be a number."""
        if self._usable(text) is not None:
            return QValidator.State.Acceptable
        return QValidator.State.Intermediate if self._could_be(text) else QValidator.State.Invalid

    def fixup(self, text: str) -> str:
        return text  # never "correct" what the lecturer typed: say what is wrong instead

    # -- the problem, in words -------------------------------------------------------------------
    def problem(self) -> str:
        """Why the text shown cannot be used, or "" when it is the field's value."""
        return self._problem

    def problem_for(self, text: str) -> str:
        """What would be wrong with `text` as this field's value ("" if nothing)."""
        if self._usable(text) is not None:
            return ""
        return self._describe(unreadable=self._read(text) is None)

    def _usable(self, text: str) -> float | None:
        value = self._read(text)
        box = self._box()
        if value is None or not box.minimum() <= value <= box.maximum():
            return None
        return value

    def _set_problem(self, problem: str) -> None:
        if problem == self._problem:
            return
        box = self._box()
        self._problem = problem
        box.setProperty(PROBLEM_PROPERTY, bool(problem))
        box.setToolTip(problem)
        box.update()
        self.problem_changed.emit(problem)  # type: ignore[attr-defined]

    def _text_changed(self, text: str) -> None:
        if not self._holding_text:
            self._recheck()

    def _recheck(self) -> None:
        """Clear the problem once the text shown is usable (Qt rewrites it without signals)."""
        if self._problem and not self.problem_for(self._box().lineEdit().text()):
            self._set_problem("")

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)  # type: ignore[misc]
        self._recheck()  # unusable text is replaced by the last valid value, then stepped

    # -- committing: Enter, focus out -----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS:
            problem = self.problem_for(self._box().lineEdit().text())
            if problem:  # keep the text and the focus, so it can be corrected at once
                self._set_problem(problem)
                self._box().selectAll()
                event.accept()
                return
        super().keyPressEvent(event)  # type: ignore[misc]
        self._recheck()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        edit = self._box().lineEdit()
        text = edit.text()
        problem = self.problem_for(text)
        self._holding_text = True
        try:
            super().focusOutEvent(event)  # type: ignore[misc]
            if problem:  # Qt put the last valid value back; show what was typed instead
                edit.setText(text)
        finally:
            self._holding_text = False
        self._set_problem(problem)

    # -- look and size --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # type: ignore[misc]
        if self._problem:
            box = self._box()
            painter = QPainter(box)
            pen = QPen(problem_colour(box.palette()), FRAME_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = FRAME_WIDTH // 2
            painter.drawRect(box.rect().adjusted(half, half, -half, -half))
            painter.end()

    def sizeHint(self) -> QSize:
        """Wide enough for the widest value the field can hold, e.g. "−999.9999", "10,000,000"."""
        box = self._box()
        metrics = box.fontMetrics()
        width = max(metrics.horizontalAdvance(text + " ") for text in self._widest_texts()) + 2
        height = box.lineEdit().sizeHint().height()
        option = QStyleOptionSpinBox()
        box.initStyleOption(option)
        contents = QStyle.ContentsType.CT_SpinBox
        return box.style().sizeFromContents(contents, option, QSize(width, height), box)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()  # narrower would clip a value the field can hold


class DecimalField(_CheckedField, QDoubleSpinBox):
    """A decimal field: "2,5" and "2.5" both mean 2.5; shows "0.6", not "0.6000"."""

    problem_changed = Signal(str)
    """Why the typed text cannot be used (see `problem()`), or "" once it can."""

    def __init__(
        self,
        name: str,
        low: float,
        high: float,
        decimals: int = 4,
        step: float = 0.1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setRange(low, high)
        self._set_up(name, step)

    def setValue(self, value: float) -> None:
        super().setValue(value)
        self._recheck()

    def valueFromText(self, text: str) -> float:
        value = self._usable(text)
        return self.value() if value is None else value

    def textFromValue(self, value: float) -> str:
        return decimal_text(value, self.decimals())

    def _read(self, text: str) -> float | None:
        return read_decimal(text)

    def _could_be(self, text: str) -> bool:
        return could_be_decimal(text)

    def _widest_texts(self) -> list[str]:
        low, high, decimals = self.minimum(), self.maximum(), self.decimals()
        longest = max(abs(low), abs(high)) - 10**-decimals
        return [
            self.textFromValue(low),
            self.textFromValue(high),
            decimal_text(-longest if low < 0 else longest, decimals),
        ]

    def _describe(self, unreadable: bool) -> str:
        low, high = bound_text(self.minimum()), bound_text(self.maximum())
        if unreadable:
            text = self.tr("{name} must be a number between {low} and {high}")
        else:
            text = self.tr("{name} must be between {low} and {high}")
        return text.format(name=self.name, low=low, high=high)


class WholeField(_CheckedField, QSpinBox):
    """A whole-number field showing thousands separators ("10,000,000"); typing may omit them."""

    problem_changed = Signal(str)
    """Why the typed text cannot be used (see `problem()`), or "" once it can."""

    def __init__(
        self, name: str, low: int, high: int, step: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setRange(low, high)
        self._set_up(name, step)

    def setValue(self, value: int) -> None:
        super().setValue(value)
        self._recheck()

    def valueFromText(self, text: str) -> int:
        value = self._usable(text)
        return self.value() if value is None else int(value)

    def textFromValue(self, value: int) -> str:
        return whole_text(value)

    def _read(self, text: str) -> float | None:
        return read_whole(text)

    def _could_be(self, text: str) -> bool:
        return could_be_whole(text)

    def _widest_texts(self) -> list[str]:
        return [self.textFromValue(self.minimum()), self.textFromValue(self.maximum())]

    def _describe(self, unreadable: bool) -> str:
        low, high = bound_text(self.minimum()), bound_text(self.maximum())
        if unreadable:
            text = self.tr("{name} must be a whole number ({low} to {high})")
        else:
            text = self.tr("{name} must be between {low} and {high}")
        return text.format(name=self.name, low=low, high=high)
