"""Painted diagram of one sigmoid neuron: ``x --w--> (σ, b) --> a``.

Neuron Lab illustrates Nielsen's *Neural Networks and Deep Learning*, chapter 3,
with a single neuron whose output is ``a = σ(w·x + b)``.  This widget only *shows*
the values the model computed; it never evaluates the neuron itself.  Below the
diagram, two signed bars show ``w`` and ``b`` on a fixed ``±bar_range`` scale, as
in the book's animation, so the audience sees the parameters move.

Everything is laid out from ``self.rect()`` on every paint and the font is shrunk
until it fits, so the drawing stays readable from the back row of a lecture hall
at any window size, theme or presentation scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.style.number_format import format_number

BASE_POINT_SIZE = 14.0
MIN_POINT_SIZE = 6.0
BARS = ("w", "b")
MAX_HEIGHT_FACTOR = 1.25
"""A tall diagram writes at most 25 % larger than the scale asks: the presentation scale, not
the window's height, decides how big the values are, so Ctrl+= always enlarges them."""
FLOOR_POINT_SIZE = 12.0
SCALE_LABEL_SHARE = 0.9
MIN_SCALE_LABEL_POINTS = 11.0
"""The bars' scale (−3, 0, +3) is written almost as large as the values, and never below 11 pt
(unless the values themselves are smaller): 9-pixel digits cannot be read from the back row."""
# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
POSITIVE = {"light": QColor("#0072B2"), "dark": QColor("#56B4E9")}  # blue / sky blue
NEGATIVE = {"light": QColor("#D55E00"), "dark": QColor("#E69F00")}  # vermillion / orange


def _positive(name: str, value: float) -> float:
    """``value`` as a float, or ValueError unless it is positive and finite."""
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"{name} must be a positive finite number, got {value!r}")
    return float(value)


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """Colour a fraction ``t`` of the way from ``a`` to ``b``."""
    mix = [round(x + (y - x) * t) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=False)]
    return QColor(*mix)


@dataclass
class _Layout:
    """Geometry of one paint, all derived from the widget rectangle and the font size."""

    font: QFont
    small: QFont
    fits: bool = False
    center: QPointF = field(default_factory=QPointF)
    radius: float = 1.0
    line: float = 1.0
    text_rects: dict[str, QRectF] = field(default_factory=dict)
    arrows: list[tuple[QPointF, QPointF]] = field(default_factory=list)
    name_rects: dict[str, QRectF] = field(default_factory=dict)
    tracks: dict[str, QRectF] = field(default_factory=dict)
    ticks_y: float = 0.0
    bars: bool = True


class NeuronDiagram(QWidget):
    """One sigmoid neuron drawn with QPainter: input, weighted arrow, σ node with bias, output.

    Call :meth:`show_state` with values computed by the model; the widget stores them
    verbatim and repaints.  :meth:`set_scale` enlarges text and lines for presentation
    mode and :meth:`set_colors` switches between light and dark themes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = (math.nan, math.nan, math.nan, math.nan)
        self._scale = 1.0
        self._bar_range = 3.0
        self._cached: tuple[tuple[object, ...], float, bool] | None = None  # key, font size, bars
        self._background = QColor(Qt.GlobalColor.white)
        self._foreground = QColor("#1a1a1a")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Neuron diagram"))

    # ----------------------------------------------------------------- public API
    def show_state(self, x: float, w: float, b: float, a: float) -> None:
        """Display input ``x``, weight ``w``, bias ``b`` and output ``a`` (computed elsewhere)."""
        self._state = (x, w, b, a)
        self.setAccessibleDescription(", ".join(self.label_texts().values()))
        self.update()

    def state(self) -> tuple[float, float, float, float]:
        """The values last given to :meth:`show_state`, unchanged: ``(x, w, b, a)``."""
        return self._state

    def label_texts(self) -> dict[str, str]:
        """The value labels as drawn, keyed ``"x"``, ``"w"``, ``"b"``, ``"a"``."""
        x, w, b, a = (format_number(v) for v in self._state)
        return {
            "x": self.tr("x = {value}").format(value=x),
            "w": self.tr("w = {value}").format(value=w),
            "b": self.tr("b = {value}").format(value=b),
            "a": self.tr("a = {value}").format(value=a),
        }

    def set_scale(self, scale: float) -> None:
        """Multiply font sizes and line widths by ``scale`` (1.0 normal, up to ~3.0 presenting)."""
        self._scale = _positive("scale", scale)
        self.update()

    def set_colors(self, background: QColor, foreground: QColor) -> None:
        """Use ``background`` and ``foreground`` (default: white and near-black)."""
        self._background, self._foreground = QColor(background), QColor(foreground)
        self.update()

    @property
    def bar_range(self) -> float:
        """Half-width of the w/b bar scale; values beyond ±bar_range are drawn clipped."""
        return self._bar_range

    @bar_range.setter
    def bar_range(self, value: float) -> None:
        self._bar_range = _positive("bar_range", value)
        self.update()

    def bar_rect(self, name: str) -> QRectF:
        """The track of bar ``"w"`` or ``"b"``; its centre x is the zero line."""
        if name not in BARS:
            raise KeyError(name)
        return QRectF(self._layout().tracks.get(name, QRectF()))  # empty while the bars are hidden

    def bars_shown(self) -> bool:
        """False when the widget is too short for the bars (see `_layout`)."""
        return self._layout().bars

    def label_font(self) -> QFont:
        """The font the value labels are drawn with at the current size and scale."""
        return QFont(self._layout().font)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(600, 300)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(300, 120)  # small enough for presentation scale 2 at 1280×720

    # -------------------------------------------------------------------- layout
    def _layout(self) -> _Layout:
        """The layout of the last paint if it still fits, else a new search (`_search_layout`).

        Finding the largest font takes about ten trial layouts; while a run plays only the
        digits change, so the last font size is tried first: one trial instead of ten, and the
        text does not flicker between sizes from one epoch to the next.
        """
        key = (
            self.width(),
            self.height(),
            self._scale,
            self.font().key(),
            tuple(len(text) for text in self.label_texts().values()),
        )
        if self._cached is not None and self._cached[0] == key:
            _, point_size, bars = self._cached
            layout = self._try_layout(point_size, bars)
            if layout.fits:
                return layout
        layout = self._search_layout()
        self._cached = (key, layout.font.pointSizeF(), layout.bars)
        return layout

    def _search_layout(self) -> _Layout:
        """Largest font, up to the preferred size, for which everything fits.

        In a short widget (presentation scale on a small screen) the w/b bars are left out when
        they would hold the labels below `growing_floor()`: a larger presentation scale must
        never make the values smaller (w and b are still written on the diagram).
        """
        height_factor = min(max(self.height() / 280, 0.75), MAX_HEIGHT_FACTOR)
        wanted = max(MIN_POINT_SIZE, BASE_POINT_SIZE * self._scale * height_factor)
        with_bars = self._fit(wanted, bars=True)
        if with_bars.font.pointSizeF() >= min(0.8 * wanted, self.growing_floor()):
            return with_bars
        without = self._fit(wanted, bars=False)
        better = without.font.pointSizeF() > with_bars.font.pointSizeF()
        return without if better else with_bars

    def growing_floor(self) -> float:
        """The smallest label size the bars may cost at this scale: it grows with the scale
        (12 pt at 1.0, 17 pt at 2.0), so each Ctrl+= keeps or enlarges the values."""
        return FLOOR_POINT_SIZE * self._scale**0.5

    def _fit(self, wanted: float, bars: bool) -> _Layout:
        """Bisect on a quarter-point grid, so a larger scale never gives a smaller font."""
        best = self._try_layout(wanted, bars)
        if best.fits:
            return best
        low, high = round(MIN_POINT_SIZE * 4), math.ceil(wanted * 4)  # in quarter points
        best = self._try_layout(low / 4, bars)  # fallback: the smallest font, even if clipped
        while high - low > 1:
            middle = (low + high) // 2
            layout = self._try_layout(middle / 4, bars)
            best, low, high = (layout, middle, high) if layout.fits else (best, low, middle)
        return best

    def _try_layout(self, pt: float, bars: bool = True) -> _Layout:
        font, small = QFont(self.font()), QFont(self.font())
        font.setPointSizeF(pt)
        small.setPointSizeF(max(pt * SCALE_LABEL_SHARE, min(pt, MIN_SCALE_LABEL_POINTS)))
        lay = _Layout(font, small, line=max(1.0, pt / 6.5), bars=bars)
        fh = QFontMetricsF(font).height()
        gap, width, height = fh * 0.4, float(self.width()), float(self.height())
        margin = max(4.0, 0.03 * min(width, height)) + lay.line
        tw = {
            k: QFontMetricsF(self._label_font(k, font)).horizontalAdvance(t)
            for k, t in self.label_texts().items()
        }
        in_min, out_min = max(tw["w"] + gap, 2.5 * fh), 2.5 * fh
        bars_h = 2.5 * fh + QFontMetricsF(small).height() if bars else 0.0
        avail = height - 2 * margin - bars_h - 0.8 * fh
        fixed = 2 * margin + tw["x"] + tw["a"] + in_min + out_min + 2 * gap
        radius = min((avail - fh - 0.3 * gap) / 2, (width - fixed) / 2, 3.0 * fh)
        left = margin + tw["x"] + gap + in_min + radius
        cx = min(max(width / 2, left), width - (radius + out_min + gap + tw["a"] + margin))
        cy = (height - (2 * radius + 0.3 * gap + fh + 0.8 * fh + bars_h)) / 2 + radius
        lay.center, lay.radius = QPointF(cx, cy), max(radius, 1.0)
        self._place_labels(lay, tw, margin, fh)
        bars_fit = not bars or self._place_bars(lay, margin, cy + radius + 0.3 * gap + 1.8 * fh)
        b_fits = margin <= cx - tw["b"] / 2 and cx + tw["b"] / 2 <= width - margin
        lay.fits = radius >= fh + 0.5 * gap and b_fits and bars_fit
        return lay

    def _place_labels(self, lay: _Layout, tw: dict[str, float], margin: float, fh: float) -> None:
        """Value labels and the two arrows around the neuron circle."""
        cx, cy, r, gap = lay.center.x(), lay.center.y(), lay.radius, 0.4 * fh
        right = self.width() - margin
        start, end = margin + tw["x"] + gap, cx - r - 0.3 * gap
        lay.text_rects = {
            "x": QRectF(margin, cy - fh / 2, tw["x"], fh),
            "w": QRectF((start + end - tw["w"]) / 2, cy - 0.5 * gap - fh, tw["w"], fh),
            "b": QRectF(cx - tw["b"] / 2, cy + r + 0.3 * gap, tw["b"], fh),
            "a": QRectF(right - tw["a"], cy - fh / 2, tw["a"], fh),
        }
        lay.arrows = [
            (QPointF(start, cy), QPointF(end, cy)),
            (QPointF(cx + r + 0.3 * gap, cy), QPointF(right - tw["a"] - gap, cy)),
        ]

    def _place_bars(self, lay: _Layout, margin: float, top: float) -> bool:
        """Place the w and b bar tracks (and their scale) from ``top``; False if too narrow."""
        fm = QFontMetricsF(lay.font)
        row, fh = fm.height() * 1.15, fm.height()
        name_w = max(fm.horizontalAdvance(self.tr(n)) for n in BARS) + fh * 0.5
        left, right = margin + name_w + row * 0.6, self.width() - margin - row * 0.6
        thickness = row * 0.6
        lay.ticks_y = top + 2 * row + 0.2 * fh
        for i, name in enumerate(BARS):
            y = top + i * (row + 0.2 * fh)
            lay.name_rects[name] = QRectF(margin, y, name_w, row)
            lay.tracks[name] = QRectF(left, y + (row - thickness) / 2, right - left, thickness)
        return right - left >= 6 * fh

    # ------------------------------------------------------------------ painting
    @staticmethod
    def _label_font(key: str, font: QFont) -> QFont:
        """The output label is bold: it is what the audience should look at."""
        result = QFont(font)
        result.setBold(key == "a")
        return result

    def _bar_color(self, value: float) -> QColor:
        palette = POSITIVE if value >= 0 else NEGATIVE
        return palette["dark" if self._background.lightnessF() < 0.5 else "light"]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        lay = self._layout()
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            p.fillRect(self.rect(), self._background)
            self._paint_neuron(p, lay)
            self._paint_labels(p, lay)
            if lay.bars:
                _, w, b, _ = self._state
                for name, value in zip(BARS, (w, b), strict=False):
                    self._paint_bar(p, lay, name, value)
                self._paint_ticks(p, lay)
        finally:
            p.end()

    def _paint_neuron(self, p: QPainter, lay: _Layout) -> None:
        p.setPen(QPen(self._foreground, lay.line * 1.4))
        p.setBrush(_blend(self._background, self._foreground, 0.06))
        p.drawEllipse(lay.center, lay.radius, lay.radius)
        for start, end in lay.arrows:
            self._paint_arrow(p, start, end, lay.line)
        text, sigma = self.tr("σ"), QFont(lay.font)
        glyph = QFontMetricsF(sigma).tightBoundingRect(text).height() or 1.0
        sigma.setPointSizeF(lay.font.pointSizeF() * 0.65 * lay.radius / glyph)
        glyph_box = QFontMetricsF(sigma).tightBoundingRect(text)
        p.setFont(sigma)
        p.setPen(self._foreground)
        p.drawText(lay.center - glyph_box.center(), text)

    def _paint_arrow(self, p: QPainter, start: QPointF, end: QPointF, line: float) -> None:
        head = 5.0 * line
        pen = QPen(self._foreground, line)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLine(start, QPointF(end.x() - head * 0.8, end.y()))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._foreground)
        back, y = end.x() - head, end.y()
        p.drawPolygon(QPolygonF([end, QPointF(back, y - head / 2), QPointF(back, y + head / 2)]))

    def _paint_labels(self, p: QPainter, lay: _Layout) -> None:
        p.setPen(self._foreground)
        for key, text in self.label_texts().items():
            p.setFont(self._label_font(key, lay.font))
            p.drawText(lay.text_rects[key], Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(lay.font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for name in BARS if lay.bars else ():
            p.drawText(lay.name_rects[name], flags, self.tr(name))

    def _paint_bar(self, p: QPainter, lay: _Layout, name: str, value: float) -> None:
        track = lay.tracks[name]
        zero, half = track.center().x(), track.width() / 2
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_blend(self._background, self._foreground, 0.12))
        p.drawRect(track)
        if not math.isnan(value):
            clipped = max(-self._bar_range, min(self._bar_range, value))
            end = zero + clipped / self._bar_range * half
            p.setBrush(self._bar_color(value))
            p.drawRect(QRectF(min(zero, end), track.top(), abs(end - zero), track.height()))
            if abs(value) > self._bar_range:
                self._paint_overflow(p, track, value > 0)
        overhang = track.height() * 0.3
        p.setPen(QPen(self._foreground, lay.line))
        p.drawLine(QPointF(zero, track.top() - overhang), QPointF(zero, track.bottom() + overhang))

    def _paint_overflow(self, p: QPainter, track: QRectF, positive: bool) -> None:
        """Arrowhead just beyond the track end: the value exceeds ±bar_range."""
        size = track.height() * 0.8
        base = track.right() + size * 0.15 if positive else track.left() - size * 0.15
        tip = base + size if positive else base - size
        cy, h = track.center().y(), track.height() * 0.75
        p.drawPolygon(QPolygonF([QPointF(base, cy - h), QPointF(tip, cy), QPointF(base, cy + h)]))

    def _paint_ticks(self, p: QPainter, lay: _Layout) -> None:
        track = lay.tracks[BARS[-1]]
        p.setFont(lay.small)
        p.setPen(_blend(self._background, self._foreground, 0.65))
        height = QFontMetricsF(lay.small).height()
        r = self._bar_range
        labels = ((track.left(), f"{-r:g}"), (track.center().x(), "0"), (track.right(), f"+{r:g}"))
        for x, text in labels:
            box = QRectF(x - 3 * height, lay.ticks_y, 6 * height, height)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
