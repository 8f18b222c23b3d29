"""The six presets exist under exactly the issue's names, with the book's settings and titles."""

import pytest

from model import ParameterError, load_presets, preset

EXPECTED = {
    "quadratic-good-start": (0.6, 0.9, 0.15, "quadratic", "gradient"),
    "quadratic-saturated": (2.0, 2.0, 0.15, "quadratic", "gradient"),
    "cross-entropy-good-start": (0.6, 0.9, 0.15, "cross-entropy", "gradient"),
    "cross-entropy-saturated": (2.0, 2.0, 0.15, "cross-entropy", "gradient"),
    "book-cross-entropy-good-start": (0.6, 0.9, 0.005, "cross-entropy", "book-widget"),
    "book-cross-entropy-saturated": (2.0, 2.0, 0.005, "cross-entropy", "book-widget"),
}


def test_presets_are_exactly_the_six_of_the_book() -> None:
    presets = load_presets()
    assert list(presets) == list(EXPECTED)
    for name, (w, b, eta, cost, rule) in EXPECTED.items():
        p = presets[name].parameters
        assert (p.w, p.b, p.eta, str(p.cost), str(p.rule)) == (w, b, eta, cost, rule)
        assert (p.x, p.y, p.epochs) == (1.0, 0.0, 300)


def test_each_preset_has_a_one_line_description() -> None:
    for p in load_presets().values():
        assert 20 < len(p.description) < 160 and "\n" not in p.description


TITLES = {
    "quadratic-good-start": "Quadratic, good start",
    "quadratic-saturated": "Quadratic, saturated start",
    "cross-entropy-good-start": "Cross-entropy, good start",
    "cross-entropy-saturated": "Cross-entropy, saturated start",
    "book-cross-entropy-good-start": "Book's animation, good start",
    "book-cross-entropy-saturated": "Book's animation, saturated start",
}


def test_each_preset_has_a_short_human_title_of_its_own() -> None:
    """Titles are what the chooser shows; short enough for the panel at presentation scale 2."""
    presets = load_presets()
    assert {name: p.title for name, p in presets.items()} == TITLES
    for p in presets.values():
        assert p.title != p.name and len(p.title) <= 36 and "\n" not in p.title


def test_unknown_preset_names_the_known_ones() -> None:
    with pytest.raises(ParameterError, match="quadratic-good-start"):
        preset("nope")
