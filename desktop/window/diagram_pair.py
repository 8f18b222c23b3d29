"""The left column's diagram area: one neuron diagram, or in compare mode two, each captioned
with its run's name in its run's colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.style.presentation import BASE_POINT_SIZE
from desktop.views.neuron_diagram import NeuronDiagram

PAIR_MIN_HEIGHT = 80
"""Each of two diagrams may shrink to this (x, w, σ, b and a stay legible; the w/b bars go)."""


class DiagramPair(QWidget):
    """Run 1's diagram, and below it (compare mode) run 2's; captions only when there are two."""

    def __init__(self, first: NeuronDiagram, second: NeuronDiagram) -> None:
        super().__init__()
        self.diagrams = (first, second)
        self.captions = (QLabel(), QLabel())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for caption, diagram in zip(self.captions, self.diagrams, strict=True):
            caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            column.addWidget(caption, 0)
            column.addWidget(diagram, 1)
        self.set_pair(False)

    def set_pair(self, on: bool, captions: tuple[str, str] = ("", "")) -> None:
        """Two diagrams with these captions, or one without."""
        for caption, text in zip(self.captions, captions, strict=True):
            caption.setText(text)
            caption.setVisible(on)
        self.diagrams[1].setVisible(on)
        for diagram in self.diagrams:  # two share the room of one (each drops its bars if short)
            diagram.setMinimumHeight(PAIR_MIN_HEIGHT if on else 0)

    def set_style(self, colours: tuple[str, str], scale: float) -> None:
        """Captions in the runs' colours, at the presentation scale."""
        font = QFont(self.font())
        font.setPointSizeF(BASE_POINT_SIZE * scale**0.75)
        font.setBold(True)
        for caption, colour in zip(self.captions, colours, strict=True):
            caption.setFont(font)
            caption.setStyleSheet(f"color: {QColor(colour).name()}")
