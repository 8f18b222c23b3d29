"""A label of fixed height: its text wraps into its lines, never moves what is below it."""

from PySide6.QtCore import Qt

from desktop.views.fixed_lines_label import FixedLinesLabel

LONG = "The book's published cross-entropy animation (η = 0.005, steps by dC/da = 1/(1 − a))."


def shown_label(qtbot, lines: int, width: int) -> FixedLinesLabel:
    label = FixedLinesLabel(lines)
    qtbot.addWidget(label)
    label.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    label.resize(width, label.sizeHint().height())
    label.show()
    return label


def test_the_height_is_the_same_for_any_text(qtbot) -> None:
    label = shown_label(qtbot, 2, 300)
    heights = set()
    for text in ("", "Values set by hand.", LONG, LONG * 3):
        label.setText(text)
        heights.add((label.sizeHint().height(), label.minimumSizeHint().height()))
    assert len(heights) == 1


def test_text_that_fits_is_shown_whole_and_wrapped(qtbot) -> None:
    label = shown_label(qtbot, 3, 400)
    label.setText(LONG)
    lines = label.shown_lines()
    assert 1 < len(lines) <= 3 and not label.is_elided() and label.toolTip() == ""
    joined = " ".join(lines).replace("\N{NO-BREAK SPACE}", " ").replace("\N{WORD JOINER}", "")
    assert joined == LONG
    assert not any(line.endswith(("=", "−", "/")) for line in lines)  # formulas kept whole


def test_longer_text_ends_in_an_ellipsis_and_shows_whole_as_tooltip(qtbot) -> None:
    label = shown_label(qtbot, 1, 200)
    label.setText(LONG)
    lines = label.shown_lines()
    assert len(lines) == 1 and lines[0].endswith("…")
    assert label.fontMetrics().horizontalAdvance(lines[0]) <= 200
    assert label.is_elided() and label.toolTip() == LONG and label.text() == LONG
