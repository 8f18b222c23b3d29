"""Tests for desktop.views.neuron_diagram: stored state, label formatting and real rendered pixels."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTranslator
from PySide6.QtGui import QColor, QImage

from desktop.views.neuron_diagram import NeuronDiagram

BOOK_STATE = (1.0, 0.6, 0.9, 0.8175744761936437)  # NNDL ch. 3: x=1, w=0.6, b=0.9


@pytest.fixture
def diagram(qtbot) -> NeuronDiagram:
    widget = NeuronDiagram()
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    return widget


def render(widget: NeuronDiagram, width: int = 600, height: int = 300) -> QImage:
    widget.resize(width, height)
    widget.show()
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    if ratio != 1.0:  # high-DPI platform: compare in widget (logical) coordinates
        image = image.scaled(width, height)
    assert (image.width(), image.height()) == (width, height)
    return image


def pixel(image: QImage, x: float, y: float) -> QColor:
    return image.pixelColor(int(x), int(y))


def is_coloured(color: QColor) -> bool:
    """A bar pixel (blue or orange), as opposed to white, grey track or black ink."""
    return color.saturation() > 100 and color.value() > 60


def coloured_columns(image: QImage, y: float, x_from: float, x_to: float) -> list[int]:
    return [x for x in range(int(x_from), int(x_to)) if is_coloured(pixel(image, x, y))]


# ------------------------------------------------------------------ state / labels
def test_state_returns_exactly_what_was_shown(diagram: NeuronDiagram) -> None:
    diagram.show_state(*BOOK_STATE)
    assert diagram.state() == BOOK_STATE
    values = (0.1 + 0.2, -1e-300, 12345.6789, math.inf)
    diagram.show_state(*values)
    assert diagram.state() == values
    assert all(a is b for a, b in zip(diagram.state(), values, strict=False))
    diagram.show_state(1, 2, 3, 4)  # not even converted to float
    assert [type(v) for v in diagram.state()] == [int, int, int, int]


def test_label_texts_normal(diagram: NeuronDiagram) -> None:
    diagram.show_state(*BOOK_STATE)
    assert diagram.label_texts() == {
        "x": "x = 1.000",
        "w": "w = 0.6000",
        "b": "b = 0.9000",
        "a": "a = 0.8176",
    }


def test_label_texts_tiny_uses_scientific(diagram: NeuronDiagram) -> None:
    diagram.show_state(1.0, 1.23e-05, -4e-4, 0.5)
    labels = diagram.label_texts()
    assert labels["w"] == "w = 1.23e−05"
    assert labels["b"] == "b = −4.00e−04"


def test_label_texts_non_finite_is_dash(diagram: NeuronDiagram) -> None:
    diagram.show_state(math.nan, math.inf, -math.inf, math.nan)
    assert diagram.label_texts() == {"x": "x = —", "w": "w = —", "b": "b = —", "a": "a = —"}


def test_before_any_state_labels_are_dashes(diagram: NeuronDiagram) -> None:
    assert set(diagram.label_texts().values()) == {"x = —", "w = —", "b = —", "a = —"}
    render(diagram)  # painting with no state must not fail


class _QuotingTranslator(QTranslator):
    """Stand-in translation: wraps every NeuronDiagram string in «…»."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        return f"«{source}»" if context == "NeuronDiagram" else None


def test_labels_go_through_translation(diagram: NeuronDiagram) -> None:
    translator = _QuotingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        diagram.show_state(*BOOK_STATE)
        assert diagram.label_texts()["w"] == "«w = 0.6000»"
        render(diagram)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert diagram.label_texts()["w"] == "w = 0.6000"


# ------------------------------------------------------------------ rendering
def test_background_white_and_circle_dark(diagram: NeuronDiagram) -> None:
    diagram.show_state(*BOOK_STATE)
    image = render(diagram)
    for x, y in [(1, 1), (598, 1), (1, 298), (598, 298)]:
        assert pixel(image, x, y) == QColor(Qt.GlobalColor.white)
    diagram_bottom = diagram.bar_rect("w").top()
    dark = [
        (x, y)
        for x in range(240, 360)
        for y in range(0, int(diagram_bottom))
        if pixel(image, x, y).value() < 80
    ]
    assert len(dark) > 300  # circle outline and the σ glyph


def test_bar_tracks_are_inside_widget_and_aligned(diagram: NeuronDiagram) -> None:
    diagram.show_state(*BOOK_STATE)
    render(diagram)
    w_track, b_track = diagram.bar_rect("w"), diagram.bar_rect("b")
    assert QRectF(diagram.rect()).contains(w_track) and QRectF(diagram.rect()).contains(b_track)
    assert w_track.center().x() == pytest.approx(b_track.center().x())
    assert w_track.bottom() <= b_track.top()
    with pytest.raises(KeyError):
        diagram.bar_rect("a")


@pytest.mark.parametrize("sign", [1.0, -1.0])
def test_w_bar_extends_from_zero_towards_sign(diagram: NeuronDiagram, sign: float) -> None:
    diagram.show_state(1.0, 2.0 * sign, 0.0, 0.5)
    image = render(diagram)
    track = diagram.bar_rect("w")
    zero, half, y = track.center().x(), track.width() / 2, track.center().y()
    right = coloured_columns(image, y, zero + 3, track.right())
    left = coloured_columns(image, y, track.left(), zero - 3)
    filled, empty = (right, left) if sign > 0 else (left, right)
    assert empty == []
    # w = ±2 on a ±3 scale fills two thirds of the half-track.
    assert len(filled) == pytest.approx(half * 2 / 3, abs=5)
    colour = pixel(image, zero + sign * half / 3, y)
    assert (colour.blue() > colour.red()) == (sign > 0)  # blue positive, orange negative


def test_b_bar_independent_of_w(diagram: NeuronDiagram) -> None:
    diagram.show_state(1.0, 2.0, -1.5, 0.6)
    image = render(diagram)
    track = diagram.bar_rect("b")
    zero, y = track.center().x(), track.center().y()
    assert coloured_columns(image, y, zero + 3, track.right()) == []
    assert len(coloured_columns(image, y, track.left(), zero - 3)) > track.width() / 8


@pytest.mark.parametrize("w", [10.0, -10.0, math.inf])
def test_clipped_bar_has_marker_inside_widget(diagram: NeuronDiagram, w: float) -> None:
    diagram.show_state(1.0, w, 0.0, 0.5)
    image = render(diagram)
    track = diagram.bar_rect("w")
    y = track.center().y()
    beyond = (
        coloured_columns(image, y, track.right() + 1, image.width())
        if w > 0
        else coloured_columns(image, y, 0, track.left() - 1)
    )
    assert beyond, "overflow marker should be drawn beyond the track end"
    edge = [
        pixel(image, x, yy)
        for x in (0, 1, image.width() - 2, image.width() - 1)
        for yy in range(image.height())
    ]
    assert not any(is_coloured(c) for c in edge)


def test_in_range_bar_has_no_marker(diagram: NeuronDiagram) -> None:
    diagram.show_state(1.0, 2.9, -2.9, 0.5)
    image = render(diagram)
    for name in ("w", "b"):
        track = diagram.bar_rect(name)
        y = track.center().y()
        assert coloured_columns(image, y, track.right() + 1, image.width()) == []
        assert coloured_columns(image, y, 0, track.left() - 1) == []


def test_nan_weight_draws_no_bar(diagram: NeuronDiagram) -> None:
    diagram.show_state(1.0, math.nan, 0.0, math.nan)
    image = render(diagram)
    track = diagram.bar_rect("w")
    assert coloured_columns(image, track.center().y(), 0, image.width()) == []


@pytest.mark.parametrize("size", [(300, 130), (360, 220), (600, 300), (1000, 400)])
@pytest.mark.parametrize("scale", [1.0, 3.0])
def test_nothing_touches_the_border(
    diagram: NeuronDiagram, size: tuple[int, int], scale: float
) -> None:
    diagram.set_scale(scale)
    diagram.show_state(-1.2345e-05, -12.5, 7.25, 0.123456)
    image = render(diagram, *size)
    white = QColor(Qt.GlobalColor.white)
    width, height = size
    border = [(x, y) for x in range(width) for y in (0, 1, height - 2, height - 1)]
    border += [(x, y) for y in range(height) for x in (0, 1, width - 2, width - 1)]
    assert all(pixel(image, x, y) == white for x, y in border)


def test_dark_theme_colours(diagram: NeuronDiagram) -> None:
    background, foreground = QColor("#202124"), QColor("#f0f0f0")
    diagram.set_colors(background, foreground)
    diagram.show_state(*BOOK_STATE)
    image = render(diagram)
    assert pixel(image, 1, 1) == background
    bright = [y for y in range(image.height()) if pixel(image, 300, y).value() > 200]
    assert bright  # light ink for the neuron on the dark background


# ------------------------------------------------------------------ scale / sizes
def test_set_scale_makes_label_font_larger(diagram: NeuronDiagram) -> None:
    diagram.show_state(*BOOK_STATE)
    diagram.resize(600, 300)
    normal = diagram.label_font().pointSizeF()
    assert normal >= 14.0
    diagram.set_scale(2.0)
    assert diagram.label_font().pointSizeF() > normal  # limited by what fits in 600x300
    render(diagram)


def test_set_scale_doubles_font_when_there_is_room(diagram: NeuronDiagram) -> None:
    diagram.show_state(*BOOK_STATE)
    diagram.resize(3000, 1000)
    normal = diagram.label_font().pointSizeF()
    diagram.set_scale(2.0)
    assert diagram.label_font().pointSizeF() == pytest.approx(2 * normal)


@pytest.mark.parametrize("size", [(300, 130), (360, 220), (600, 300), (1000, 400)])
def test_font_never_shrinks_as_scale_grows(diagram: NeuronDiagram, size: tuple[int, int]) -> None:
    diagram.show_state(*BOOK_STATE)
    diagram.resize(*size)
    sizes = []
    for scale in (1.0, 1.25, 1.5, 2.0, 2.5, 3.0):
        diagram.set_scale(scale)
        sizes.append(diagram.label_font().pointSizeF())
    assert sizes == sorted(sizes)


def test_label_font_grows_with_height(diagram: NeuronDiagram) -> None:
    diagram.resize(1000, 220)
    small = diagram.label_font().pointSizeF()
    diagram.resize(1000, 400)
    assert diagram.label_font().pointSizeF() > small


@pytest.mark.parametrize("bad", [0.0, -1.0, math.nan, math.inf])
def test_set_scale_rejects_nonsense(diagram: NeuronDiagram, bad: float) -> None:
    with pytest.raises(ValueError):
        diagram.set_scale(bad)


def test_size_hints(diagram: NeuronDiagram) -> None:
    minimum, hint = diagram.minimumSizeHint(), diagram.sizeHint()
    assert minimum.width() >= 300 and minimum.height() >= 120
    assert hint.width() >= minimum.width() and hint.height() >= minimum.height()


@pytest.mark.parametrize("size", [(1, 1), (40, 30), (3000, 120)])
def test_degenerate_sizes_do_not_crash(diagram: NeuronDiagram, size: tuple[int, int]) -> None:
    diagram.show_state(*BOOK_STATE)
    render(diagram, *size)


def test_a_short_wide_diagram_drops_the_bars_for_larger_labels(qtbot) -> None:
    diagram = NeuronDiagram()
    qtbot.addWidget(diagram)
    diagram.show_state(*BOOK_STATE)
    diagram.set_scale(2.0)
    render(diagram, 520, 130)
    assert not diagram.bars_shown() and diagram.bar_rect("w").isEmpty()
    short_font = diagram.label_font().pointSizeF()
    render(diagram, 600, 300)
    assert diagram.bars_shown() and not diagram.bar_rect("w").isEmpty()
    assert short_font >= 12


def test_the_bar_scale_is_readable_from_the_back_row(qtbot) -> None:
    """The −3 / 0 / +3 under the bars were about 9 px tall."""
    from PySide6.QtGui import QFontInfo

    diagram = NeuronDiagram()
    qtbot.addWidget(diagram)
    diagram.resize(430, 280)
    diagram.show_state(1.0, 2.0, 2.0, 0.982)
    assert diagram.bars_shown()
    small = diagram._layout().small
    assert QFontInfo(small).pixelSize() >= 14
    assert small.pointSizeF() >= 0.85 * diagram.label_font().pointSizeF()
