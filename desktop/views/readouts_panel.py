"""Large numeric readout of the neuron's state at one epoch, for the lecture mode.

Neuron Lab illustrates Nielsen's *Neural Networks and Deep Learning*, chapter 3: a
sigmoid neuron ``a = σ(w·x + b)`` learns slowly when ``σ′(z)`` — and so the gradients
``∂C/∂w`` and ``∂C/∂b`` of the quadratic cost — are tiny.  This panel shows those numbers
big enough to read from the back of a lecture hall, and highlights the tiny ones, which
are the point of the lesson.  It only *shows* what the model computed; it does no maths.

Values are right-aligned in a monospace font, in a column at least as wide as the widest
possible text, so nothing jumps while the lecturer steps through epochs one by one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QFontMetricsF, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from desktop.style.number_format import MINUS, MISSING, format_epoch, format_number

BASE_POINT_SIZE = 13.0
KEYS = ("epoch", "w", "b", "z", "a", "cost", "sigma_prime", "dC_dw", "dC_db")
HIGHLIGHTED_KEYS = frozenset({"sigma_prime", "dC_dw", "dC_db"})
"""What is marked while learning is slowed by saturation: σ′(z) and the gradients it shrinks."""
WIDEST_TEXTS = (f"{MINUS}9.99e{MINUS}300", "10,000,000", f"{MINUS}0.001000", MISSING)
"""Longest texts :func:`format_readout` gives in practice; the value column fits them all."""
GROUP_STARTS = frozenset({"w", "z", "sigma_prime"})
"""Rows after a small gap: epoch | parameters | forward pass | backward pass."""


def format_readout(key: str, value: float) -> str:
    """Text of one readout: the epoch as "1,234,567", every other value by `format_number`."""
    return format_epoch(value) if key == "epoch" else format_number(value)


class ReadoutsPanel(QWidget):
    """Name/value rows for epoch, w, b, z, a, C, σ′(z), ∂C/∂w and ∂C/∂b.

    Call :meth:`show_state` with the model's values; :meth:`set_scale` enlarges the text for
    presentation mode and :meth:`set_colors` follows the light or dark theme.  Tiny σ′(z) and
    gradients are drawn bold in the accent colour.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = 1.0
        self._background = QColor(Qt.GlobalColor.white)
        self._foreground = QColor("#111111")
        self._accent = QColor("#D55E00")  # Okabe-Ito vermillion
        self._values: dict[str, float] = {}
        self._highlighted: set[str] = set()
        self._names: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._gap_rows: list[int] = []
        grid = self._grid = QGridLayout(self)
        row = 0
        for key in KEYS:
            if key in GROUP_STARTS:
                self._gap_rows.append(row)
                row += 1
            name, value = QLabel(self), QLabel(MISSING, self)
            name.setObjectName(f"name_{key}")
            value.setObjectName(f"value_{key}")
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self._names[key], self._labels[key] = name, value
            row += 1
        grid.setRowStretch(row, 1)  # extra height goes below the rows, not between them
        grid.setColumnStretch(2, 1)  # extra width goes to the right of the values
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(True)
        self._retranslate()
        self._apply_fonts()
        self._apply_colors()

    # ----------------------------------------------------------------- public API
    def show_state(self, state: Mapping[str, float], slowed: bool = False) -> None:
        """Show the model's values; a key missing from ``state`` shows as "—".

        ``slowed`` (the model's `saturation_slowed`, decided by the caller) marks σ′(z) and the
        gradients: a large error, yet small steps. That is the lesson; a small gradient near the
        target is not marked.
        """
        self._values = {key: float(state[key]) for key in KEYS if state.get(key) is not None}
        highlighted = set(HIGHLIGHTED_KEYS & self._values.keys()) if slowed else set()
        for key, label in self._labels.items():
            value = self._values.get(key)
            label.setText(MISSING if value is None else format_readout(key, value))
        if highlighted != self._highlighted:  # restyle only when needed: called every epoch
            self._highlighted = highlighted
            self._apply_fonts()
            self._apply_colors()

    def texts(self) -> dict[str, str]:
        """The value texts as shown, keyed like :meth:`show_state`'s ``state``."""
        return {key: label.text() for key, label in self._labels.items()}

    def is_highlighted(self, key: str) -> bool:
        """Whether the value of ``key`` is marked as saturation-slowed (bold, accent colour)."""
        if key not in self._labels:
            raise KeyError(key)
        return key in self._highlighted

    def set_scale(self, scale: float) -> None:
        """Multiply the font sizes by ``scale`` (1.0 normal, up to ~3.0 in presentation mode)."""
        if not (math.isfinite(scale) and scale > 0):
            raise ValueError(f"scale must be a positive finite number, got {scale!r}")
        self._scale = float(scale)
        self._apply_fonts()

    def set_colors(self, background: QColor, foreground: QColor, accent: QColor) -> None:
        """Use ``background`` and ``foreground``; ``accent`` marks saturation-slowed learning."""
        self._background, self._foreground = QColor(background), QColor(foreground)
        self._accent = QColor(accent)
        self._apply_colors()

    # ------------------------------------------------------------------ internals
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        names = {
            "epoch": self.tr("epoch"),
            "w": self.tr("w"),
            "b": self.tr("b"),
            "z": self.tr("z"),
            "a": self.tr("a"),
            "cost": self.tr("C (cost)"),
            "sigma_prime": self.tr("σ′(z)"),
            "dC_dw": self.tr("∂C/∂w"),
            "dC_db": self.tr("∂C/∂b"),
        }
        for key, text in names.items():
            self._names[key].setText(text)
            self._labels[key].setAccessibleName(text)

    def _apply_fonts(self) -> None:
        """Names in the UI font, values monospace; the value column fits the widest text."""
        size = BASE_POINT_SIZE * self._scale
        name_font = QFont(self.font())
        name_font.setPointSizeF(size)
        value_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        value_font.setPointSizeF(size)
        bold = QFont(value_font)
        bold.setBold(True)
        widest = max(
            QFontMetricsF(f).horizontalAdvance(t) for f in (value_font, bold) for t in WIDEST_TEXTS
        )
        for key in KEYS:
            self._names[key].setFont(name_font)
            label = self._labels[key]
            label.setFont(bold if key in self._highlighted else value_font)
            # A fixed size: a new value then never asks the window to lay itself out again
            # (Qt posts no LayoutRequest for a fixed-size widget), which saves ~10 ms a frame.
            label.setFixedSize(math.ceil(widest) + 2, QFontMetrics(value_font).height())
        line = QFontMetricsF(name_font).height()
        self._grid.setHorizontalSpacing(round(1.5 * line))
        self._grid.setVerticalSpacing(round(0.1 * line))  # compact: all rows fit 720 px at scale 2
        for row in self._gap_rows:
            self._grid.setRowMinimumHeight(row, round(0.3 * line))

    def _apply_colors(self) -> None:
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Window, self._background)
        palette.setColor(QPalette.ColorRole.WindowText, self._foreground)
        self.setPalette(palette)
        for key in KEYS:
            self._names[key].setPalette(palette)
            value_palette = QPalette(palette)
            if key in self._highlighted:
                value_palette.setColor(QPalette.ColorRole.WindowText, self._accent)
            self._labels[key].setPalette(value_palette)
