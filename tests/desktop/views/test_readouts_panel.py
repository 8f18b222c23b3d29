"""Tests for desktop.views.readouts_panel: number formatting, shown texts, highlights, fonts, layout, pixels."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop.views.readouts_panel import BASE_POINT_SIZE, KEYS, ReadoutsPanel, format_readout

MINUS = "\u2212"
# One neuron mid-run (values as the model would give them; the widget does no maths).
STATE = {
    "epoch": 1234567,
    "w": 0.20284,
    "b": -0.68431,
    "z": 12.3456,
    "a": 0.99999,
    "cost": 0.0012346,
    "sigma_prime": 1.7312e-5,
    "dC_dw": -4.2e-12,
    "dC_db": 2.5e6,
}
EXPECTED = {
    "epoch": "1,234,567",
    "w": "0.2028",
    "b": f"{MINUS}0.6843",
    "z": "12.35",
    "a": "1.000",
    "cost": "0.001235",
    "sigma_prime": "1.73e\u221205",
    "dC_dw": f"{MINUS}4.20e{MINUS}12",
    "dC_db": "2.50e+06",
}
NORMAL = dict.fromkeys(KEYS, 0.2028)


@pytest.fixture
def panel(qtbot) -> ReadoutsPanel:
    widget = ReadoutsPanel()
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    return widget


def value_label(panel: ReadoutsPanel, key: str) -> QLabel:
    label = panel.findChild(QLabel, f"value_{key}")
    assert label is not None
    return label


def laid_out(panel: ReadoutsPanel) -> None:
    panel.show()
    QApplication.processEvents()
    panel.layout().activate()


def render(panel: ReadoutsPanel, width: int = 400, height: int = 400) -> QImage:
    panel.resize(width, height)
    laid_out(panel)
    image = panel.grab().toImage()
    if image.devicePixelRatio() != 1.0:
        image = image.scaled(width, height)
    assert (image.width(), image.height()) == (width, height)
    return image


# ------------------------------------------------------------------ format_readout
@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("w", 0.20284, "0.2028"),
        ("w", -0.68431, f"{MINUS}0.6843"),
        ("w", 12.3456, "12.35"),
        ("w", 1.0, "1.000"),
        ("w", -2.0, f"{MINUS}2.000"),
        ("w", 0.099996, "0.1000"),  # rounding up keeps 4 significant digits, not 5
        ("w", 1.7312e-5, f"1.73e{MINUS}05"),
        ("w", -4.2e-12, f"{MINUS}4.20e{MINUS}12"),
        ("w", 2.5e6, "2.50e+06"),
        ("w", -9.99e-300, f"{MINUS}9.99e{MINUS}300"),
        ("w", 0.0, "0"),
        ("w", -0.0, "0"),
        ("w", math.nan, "—"),
        ("w", math.inf, "—"),
        ("w", -math.inf, "—"),
        # boundaries of fixed notation: 1e-3 ≤ |v| < 1e4
        ("w", 1e-3, "0.001000"),
        ("w", -1e-3, f"{MINUS}0.001000"),
        ("w", 0.000999, f"9.99e{MINUS}04"),
        ("w", 9999.0, "9999"),
        ("w", 9999.6, "1.00e+04"),  # rounds to 1.000e4: not fixed any more
        ("w", 1e4, "1.00e+04"),
        ("w", -1e4, f"{MINUS}1.00e+04"),
        # epoch: an integer with thousands separators
        ("epoch", 0, "0"),
        ("epoch", 999, "999"),
        ("epoch", 1000, "1,000"),
        ("epoch", 1234567.0, "1,234,567"),
        ("epoch", 10_000_000, "10,000,000"),
        ("epoch", math.nan, "—"),
    ],
)
def test_format_readout(key: str, value: float, expected: str) -> None:
    assert format_readout(key, value) == expected


@given(st.sampled_from(KEYS[1:]), st.floats(allow_nan=True, allow_infinity=True))
def test_format_readout_is_short_signed_and_accurate(key: str, value: float) -> None:
    text = format_readout(key, value)
    assert 0 < len(text) <= 10
    assert "-" not in text  # only true minus signs
    if not math.isfinite(value) or value == 0:
        return
    parsed = float(text.replace(MINUS, "-"))
    assert math.copysign(1, parsed) == math.copysign(1, value)
    assert abs(parsed - value) <= 5e-3 * abs(value) or abs(value) < 1e-307  # subnormals
    if "e" not in text:
        assert 1e-3 <= abs(parsed) < 1e4
        assert len(text.lstrip(MINUS).replace(".", "").lstrip("0")) == 4


# ------------------------------------------------------------------ shown texts
def test_initially_all_missing(panel: ReadoutsPanel) -> None:
    assert panel.texts() == dict.fromkeys(KEYS, "—")


def test_show_state_texts(panel: ReadoutsPanel) -> None:
    panel.show_state(STATE)
    assert panel.texts() == EXPECTED
    assert list(panel.texts()) == list(KEYS)


def test_missing_keys_show_dash(panel: ReadoutsPanel) -> None:
    panel.show_state(STATE)
    partial = {k: v for k, v in STATE.items() if k not in ("z", "dC_db")}
    panel.show_state(partial)
    texts = panel.texts()
    assert texts["z"] == texts["dC_db"] == "—"
    assert texts["w"] == "0.2028"
    panel.show_state({})
    assert panel.texts() == dict.fromkeys(KEYS, "—")


def test_rows_in_order_with_names(panel: ReadoutsPanel) -> None:
    names = [panel.findChild(QLabel, f"name_{k}").text() for k in KEYS]
    assert names == ["epoch", "w", "b", "z", "a", "C (cost)", "σ′(z)", "∂C/∂w", "∂C/∂b"]
    tops = [value_label(panel, k) for k in KEYS]
    laid_out(panel)
    ys = [label.geometry().top() for label in tops]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)


class _QuotingTranslator(QTranslator):
    """Stand-in translation: wraps every ReadoutsPanel string in «…»."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        return f"«{source}»" if context == "ReadoutsPanel" else None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt naming); Qt sends LanguageChange only if not empty
        return False


def test_names_go_through_translation(panel: ReadoutsPanel) -> None:
    name = panel.findChild(QLabel, "name_sigma_prime")
    translator = _QuotingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        QApplication.processEvents()  # LanguageChange is posted to the app, then to windows
        QApplication.processEvents()
        assert name.text() == "«σ′(z)»"
    finally:
        QCoreApplication.removeTranslator(translator)
        QApplication.processEvents()
        QApplication.processEvents()
    assert name.text() == "σ′(z)"


# ------------------------------------------------------------------ highlights
def test_slowed_learning_marks_sigma_prime_and_both_gradients(panel: ReadoutsPanel) -> None:
    accent = QColor("#ff00ff")
    panel.set_colors(QColor("white"), QColor("black"), accent)
    panel.show_state(STATE, slowed=True)
    assert all(panel.is_highlighted(k) for k in ("sigma_prime", "dC_dw", "dC_db"))
    assert not panel.is_highlighted("z")  # only σ′ and the gradients are the lesson
    label = value_label(panel, "dC_dw")
    assert label.font().bold()
    assert label.palette().color(QPalette.ColorRole.WindowText) == accent
    plain = value_label(panel, "w")
    assert not plain.font().bold()
    assert plain.palette().color(QPalette.ColorRole.WindowText) == QColor("black")


@pytest.mark.parametrize("value", [1e-6, 0.2, -0.05, 0.01, 3.0, math.nan, math.inf])
def test_small_values_alone_are_not_marked(panel: ReadoutsPanel, value: float) -> None:
    """A converging good start has tiny gradients too: that is learning done, not slowed."""
    panel.show_state(dict.fromkeys(KEYS, value))
    assert not any(panel.is_highlighted(k) for k in KEYS)
    assert not value_label(panel, "sigma_prime").font().bold()


def test_highlight_cleared_and_follows_new_colours(panel: ReadoutsPanel) -> None:
    panel.show_state(NORMAL, slowed=True)
    panel.set_colors(QColor("black"), QColor("white"), QColor("#E69F00"))
    label = value_label(panel, "sigma_prime")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("#E69F00")
    panel.show_state(NORMAL)
    assert not panel.is_highlighted("sigma_prime")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("white")
    assert not label.font().bold()
    with pytest.raises(KeyError):
        panel.is_highlighted("x")


# ------------------------------------------------------------------ fonts and layout
def test_base_font_size_and_scale(panel: ReadoutsPanel) -> None:
    label, name = value_label(panel, "w"), panel.findChild(QLabel, "name_w")
    assert label.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)
    assert name.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)
    assert label.font().fixedPitch() or "mono" in label.font().family().lower()
    panel.set_scale(2.0)
    assert label.font().pointSizeF() == pytest.approx(2 * BASE_POINT_SIZE)
    assert name.font().pointSizeF() == pytest.approx(2 * BASE_POINT_SIZE)
    panel.set_scale(1.0)
    assert label.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)
    for bad in (0.0, -1.0, math.nan, math.inf):
        with pytest.raises(ValueError):
            panel.set_scale(bad)


@pytest.mark.parametrize("scale", [1.0, 1.5, 3.0])
def test_value_column_does_not_jump(panel: ReadoutsPanel, scale: float) -> None:
    panel.set_scale(scale)
    panel.show_state(NORMAL)
    laid_out(panel)
    widths = {k: value_label(panel, k).geometry().width() for k in KEYS}
    rights = {k: value_label(panel, k).geometry().right() for k in KEYS}
    hint = panel.sizeHint()
    widest = {**dict.fromkeys(KEYS, -9.99e-300), "epoch": 10_000_000, "dC_dw": -9.99e-3}
    panel.show_state(widest, slowed=True)  # also bold (highlighted)
    laid_out(panel)
    assert panel.texts()["w"] == f"{MINUS}9.99e{MINUS}300"
    assert {k: value_label(panel, k).geometry().width() for k in KEYS} == widths
    assert {k: value_label(panel, k).geometry().right() for k in KEYS} == rights
    assert panel.sizeHint() == hint
    for key in KEYS:
        label = value_label(panel, key)
        assert QFontMetricsF(label.font()).horizontalAdvance(label.text()) <= label.width()


# ------------------------------------------------------------------ rendering
def test_render_dark_text_on_light_background(panel: ReadoutsPanel) -> None:
    panel.show_state(STATE)
    image = render(panel)
    for x, y in [(1, 1), (398, 1), (1, 398), (398, 398)]:
        assert image.pixelColor(x, y).lightness() > 240
    dark = sum(
        1 for x in range(0, 400, 2) for y in range(0, 400, 2) if image.pixelColor(x, y).value() < 80
    )
    assert dark > 200


def test_render_dark_theme_with_accent(panel: ReadoutsPanel) -> None:
    accent = QColor("#E69F00")
    panel.set_colors(QColor("#111111"), QColor("#eeeeee"), accent)
    panel.show_state(STATE, slowed=True)  # σ′ and the gradients: drawn in the accent colour
    image = render(panel)
    assert image.pixelColor(1, 1).lightness() < 30
    pixels = [image.pixelColor(x, y) for x in range(0, 400, 2) for y in range(0, 400, 2)]
    assert sum(1 for c in pixels if c.value() > 200 and c.saturation() < 40) > 200
    assert sum(1 for c in pixels if c.hue() in range(30, 45) and c.saturation() > 150) > 20
