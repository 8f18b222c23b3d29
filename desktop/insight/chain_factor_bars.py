"""The chain rule's factors of ∂C/∂w as live signed bars, with their numbers: x, a − y and (for the
quadratic cost) σ′(z), then their product ∂C/∂w, so the class sees which factor collapses on the
plateau (σ′(z) = 0.018 beside a − y = 0.98).

Bars grow from a zero line, left for negative values, on one linear scale labelled under them
("−1 0 1"); each number is written above its bar. In compare mode each run is a column, headed
by its name in its colour; run 2's bars are hatched, so the columns differ in greyscale too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.insight.texts import bars_title, cancels_text
from desktop.style.number_format import MINUS, format_number
from desktop.style.theme import LIGHT, Theme
from model.why_slow import FLAT_SIGMA_PRIME, ChainFactors

ROW_NAMES = ("x", "a − y", "σ′(z)", "∂C/∂w")
MAX_STRETCH = 1.8
"""Given more height than it needs, a row grows up to this much (thicker bars, more air)."""
MIN_FACTOR = 0.6
"""Given less room than `legible_size`, the text and bars shrink, down to this share."""
"""The rows, top to bottom: the three factors in the formula's order, then their product."""
WIDEST_NUMBERS = (f"{MINUS}8.88e{MINUS}88", f"{MINUS}0.008888")
"""The widest numbers a cell writes (`format_number`'s longest forms): a column fits them."""


@dataclass(frozen=True, slots=True)
class BarColumn:
    """One run's column: its name (the header, "" for a single run), colour and factors."""

    name: str
    colour: str
    hatched: bool
    factors: ChainFactors


class ChainFactorBars(QWidget):
    """Painted factor bars of one or two runs; `set_columns` gives the numbers to draw."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self._columns: list[BarColumn] = []
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.apply_theme(theme)

    # ------------------------------------------------------------------ public API
    def set_columns(self, columns: Sequence[BarColumn], scale: float) -> None:
        """Draw these runs' factors; a full half-bar stands for `scale` (see `bar_scale`)."""
        headers_before = [c.name for c in self._columns]
        self._columns, self._scale = list(columns), scale
        if headers_before != [c.name for c in self._columns]:
            self.updateGeometry()
        self.update()

    def values(self) -> list[tuple[float, ...]]:
        """Per column, the factor values its bars draw, in the formula's order: (x, a − y,
        σ′(z)) for the quadratic cost, (x, a − y) for cross-entropy."""
        return [column.factors.factors() for column in self._columns]

    def products(self) -> list[float]:
        """Per column, the ∂C/∂w its last bar draws."""
        return [column.factors.dC_dw for column in self._columns]

    def scale(self) -> float:
        """The value a full half-bar stands for."""
        return self._scale

    def colours(self) -> list[str]:
        """Per column, the colour its bars are drawn in."""
        return [column.colour for column in self._columns]

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.updateGeometry()
        self.update()

    # ------------------------------------------------------------------ geometry
    def _fonts(self, factor: float = 1.0) -> tuple[QFont, QFont, QFont]:
        """Title and headers, row names (italic: they are symbols), numbers; at `factor` × the
        theme's sizes."""
        title = QFont(self.font())
        title.setPointSizeF(self.theme.label_point_size * factor)
        names = QFont(title)
        names.setItalic(True)
        numbers = QFont(self.font())
        numbers.setPointSizeF(self.theme.axis_point_size * factor)
        return title, names, numbers

    def _metrics(self, height: float | None = None, factor: float = 1.0) -> dict[str, float]:
        """Sizes in pixels from the fonts at `factor`; rows stretched to fill `height` if given."""
        title, names, numbers = (QFontMetricsF(font) for font in self._fonts(factor))
        line = numbers.height()
        headers = [title.horizontalAdvance(c.name) for c in self._columns if len(self._columns) > 1]
        m = {
            "title": title.height() * 1.25,
            "header": title.height() if len(self._columns) > 1 else 0.0,
            "number": line,
            "bar": 0.6 * line,
            "gap": 0.3 * line,
            "names": max(names.horizontalAdvance(name) for name in ROW_NAMES) + 0.4 * line,
            "column": max(
                *(numbers.horizontalAdvance(t) for t in (*WIDEST_NUMBERS, cancels_text())),
                *headers,
            )
            + 0.4 * line,
            "column_gap": line,
            "margin": 0.3 * line,
        }
        fixed = m["title"] + m["header"] + m["gap"] + m["number"] + 2 * m["margin"]
        row = m["number"] + m["bar"] + m["gap"]
        stretch = 1.0 if height is None else (height - fixed) / (len(ROW_NAMES) * row)
        stretch = max(1.0, min(MAX_STRETCH, stretch))
        m["bar"] *= stretch + (stretch - 1.0)  # the bar takes most of the extra height
        m["gap"] *= stretch
        m["top"] = max(0.0, ((height or 0.0) - fixed - len(ROW_NAMES) * self._row(m)) / 2)
        return m

    @staticmethod
    def _row(m: dict[str, float]) -> float:
        return m["number"] + m["bar"] + m["gap"]

    def legible_size(self, factor: float = 1.0) -> QSize:
        """The room everything takes at the theme's sizes (× `factor`): a layout should give
        it this much; given less, the bars draw smaller (`MIN_FACTOR` at least)."""
        m = self._metrics(factor=factor)
        columns = max(1, len(self._columns))
        width = 2 * m["margin"] + m["names"] + columns * m["column"]
        width += (columns - 1) * m["column_gap"]
        height = m["title"] + m["header"] + len(ROW_NAMES) * self._row(m) + m["gap"] + m["number"]
        return QSize(int(width) + 1, int(height + 2 * m["margin"]) + 1)

    def minimumSizeHint(self) -> QSize:
        return self.legible_size(MIN_FACTOR)

    def sizeHint(self) -> QSize:
        return self.legible_size()

    def font_factor(self) -> float:
        """How much smaller than the theme's sizes the bars draw now (1: not at all)."""
        legible = self.legible_size()
        fits = min(1.0, self.width() / legible.width(), self.height() / legible.height())
        return max(MIN_FACTOR, fits)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), QColor(self.theme.background))
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        factor = self.font_factor()
        m = self._metrics(self.height(), factor)
        title_font, name_font, number_font = self._fonts(factor)
        foreground = QColor(self.theme.foreground)
        painter.setPen(foreground)
        painter.setFont(title_font)
        top = m["margin"] + m["top"]
        painter.drawText(
            QRectF(0, top, self.width(), m["title"]), Qt.AlignmentFlag.AlignHCenter, bars_title()
        )
        top += m["title"]
        left, count = m["margin"] + m["names"], max(1, len(self._columns))
        width = (self.width() - left - m["margin"] - (count - 1) * m["column_gap"]) / count
        spans = [
            QRectF(left + i * (width + m["column_gap"]), 0, width, 0)
            for i in range(len(self._columns))
        ]
        self._paint_headers(painter, spans, top, m, title_font)
        top += m["header"]
        row = self._row(m)
        bars_top = top
        for index, name in enumerate(ROW_NAMES):
            if index == len(ROW_NAMES) - 1:  # the product, under a rule
                painter.setPen(QPen(QColor(self.theme.cursor), max(1.0, self.theme.scale)))
                rule = top - m["gap"] / 2
                painter.drawLine(
                    QPointF(m["margin"], rule), QPointF(self.width() - m["margin"], rule)
                )
            painter.setPen(foreground)
            painter.setFont(name_font)
            painter.drawText(  # level with the bars
                QRectF(
                    m["margin"],
                    top + m["number"] + m["bar"] / 2 - m["number"],
                    m["names"],
                    2 * m["number"],
                ),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
            painter.setFont(number_font)
            for span, column in zip(spans, self._columns, strict=True):
                self._paint_cell(painter, span, top, index, column, m)
            top += row
        self._paint_axes(painter, spans, bars_top, top, m, number_font)

    def _paint_headers(
        self, painter: QPainter, spans: list[QRectF], top: float, m: dict[str, float], font: QFont
    ) -> None:
        if not m["header"]:
            return
        painter.setFont(font)
        for span, column in zip(spans, self._columns, strict=True):
            painter.setPen(QColor(column.colour))
            text = painter.fontMetrics().elidedText(
                column.name, Qt.TextElideMode.ElideRight, int(span.width())
            )
            painter.drawText(
                QRectF(span.left(), top, span.width(), m["header"]),
                Qt.AlignmentFlag.AlignHCenter,
                text,
            )

    def _cell_value(self, index: int, factors: ChainFactors) -> float | None:
        """The value of row `index` for a run (None: σ′(z) of cross-entropy, not a factor)."""
        if index == len(ROW_NAMES) - 1:
            return factors.dC_dw
        values = factors.factors()
        return values[index] if index < len(values) else None

    def _paint_cell(
        self,
        painter: QPainter,
        span: QRectF,
        top: float,
        index: int,
        column: BarColumn,
        m: dict[str, float],
    ) -> None:
        value = self._cell_value(index, column.factors)
        text_rect = QRectF(span.left(), top, span.width(), m["number"])
        if value is None:
            painter.setPen(QColor(self.theme.cursor))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, cancels_text())
            return
        flat = index == 2 and abs(value) < FLAT_SIGMA_PRIME
        single = len(self._columns) == 1
        colour = QColor(self.theme.accent if flat and single else column.colour)
        font = painter.font()
        font.setBold(flat)
        painter.setFont(font)
        painter.setPen(QColor(self.theme.accent) if flat else QColor(self.theme.foreground))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, format_number(value))
        font.setBold(False)
        painter.setFont(font)
        self._paint_bar(painter, span, top + m["number"], m["bar"], value, colour, column.hatched)

    def _paint_bar(
        self,
        painter: QPainter,
        span: QRectF,
        top: float,
        height: float,
        value: float,
        colour: QColor,
        hatched: bool,
    ) -> None:
        half = span.width() / 2 - 0.3 * height
        length = max(-1.0, min(1.0, value / self._scale)) * half
        if value != 0 and abs(length) < 1.0:
            length = 1.0 if value > 0 else -1.0  # a non-zero value never vanishes
        rect = QRectF(span.center().x(), top, length, height).normalized()
        painter.setPen(Qt.PenStyle.NoPen)
        if hatched:
            light = QColor(colour)
            light.setAlpha(70)
            painter.fillRect(rect, light)
            brush = QBrush(colour, Qt.BrushStyle.BDiagPattern)
            painter.setBrush(brush)
            painter.drawRect(rect)
            painter.setPen(QPen(colour, max(1.0, self.theme.scale)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        else:
            painter.fillRect(rect, colour)

    def _paint_axes(
        self,
        painter: QPainter,
        spans: list[QRectF],
        top: float,
        bottom: float,
        m: dict[str, float],
        font: QFont,
    ) -> None:
        """Each column's zero line through its bars, and the scale under them: −S, 0, S."""
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(small)
        scale = f"{self._scale:g}"  # a round number: "1", "2", "500"
        for span in spans:
            centre = span.center().x()
            painter.setPen(QPen(QColor(self.theme.foreground), max(1.0, self.theme.scale)))
            painter.drawLine(QPointF(centre, top), QPointF(centre, bottom - m["gap"]))
            painter.setPen(QColor(self.theme.cursor))
            half = span.width() / 2 - 0.3 * m["bar"]
            for offset, text, align in (
                (-half, MINUS + scale, Qt.AlignmentFlag.AlignLeft),
                (0.0, "0", Qt.AlignmentFlag.AlignHCenter),
                (half, scale, Qt.AlignmentFlag.AlignRight),
            ):
                x = centre + offset
                width = span.width() / 3
                box_left = {Qt.AlignmentFlag.AlignLeft: x, Qt.AlignmentFlag.AlignRight: x - width}
                rect = QRectF(box_left.get(align, x - width / 2), bottom, width, m["number"])
                painter.drawText(rect, align | Qt.AlignmentFlag.AlignTop, text)
