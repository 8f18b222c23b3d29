"""The threshold readout: an editable T, each run's epoch in its colour, the ratio, large,
low and wide (it sits under the plots) and steady (texts change, nothing moves)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desktop.style.theme import DARK, LIGHT
from desktop.views.threshold_readout import BASE_POINT_SIZE, ThresholdReadout
from desktop.views.threshold_text import RunThreshold, ratio_text, run_text
from model.comparison import DEFAULT_THRESHOLD
from tests.desktop.helpers import app_font, colour_mask, rgb

BASE_POINTS = 12.0
PICTURES = Path("/tmp/threshold")
LECTERN = 2**0.65
"""The readout's scale at presentation scale 2 (the window passes `theme.scale ** 0.65`)."""

RUNNING = (
    RunThreshold("quadratic", None, 121, 300, False),
    RunThreshold("cross-entropy", 20, 121, 300, False),
)
ENDED = (
    RunThreshold("quadratic", None, 301, 300, True),
    RunThreshold("cross-entropy", 50, 301, 300, True),
)
BOTH = (
    RunThreshold("quadratic", 312, 400, 400, True),
    RunThreshold("cross-entropy", 50, 400, 400, True),
)
LONGEST = (  # the longest texts a lecture shows: the book pair, tens of thousands of epochs
    RunThreshold("book rule", None, 12_346, 50_000, True),
    RunThreshold("true gradient", 12_345, 12_346, 50_000, True),
)
MILLIONS = (
    RunThreshold("book rule", None, 1_234_568, 10_000_000, True),
    RunThreshold("true gradient", 1_234_567, 1_234_568, 10_000_000, True),
)


def make_readout(qtbot) -> ThresholdReadout:
    readout = ThresholdReadout()
    qtbot.addWidget(readout)
    return readout


def shown_readout(qtbot, scale: float = 1.0, width: int = 800) -> ThresholdReadout:
    """Shown `width` pixels wide and as high as it asks to be at that width."""
    readout = make_readout(qtbot)
    readout.set_scale(scale)
    readout.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    readout.resize(width, readout.heightForWidth(width))
    readout.show()
    qtbot.waitExposed(readout)
    readout.resize(width, readout.heightForWidth(width))
    QApplication.processEvents()
    return readout


def type_into(qtbot, readout: ThresholdReadout, text: str) -> None:
    box = readout.threshold_box
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def rect_in(widget: QWidget, child: QWidget) -> QRect:
    return QRect(child.mapTo(widget, child.rect().topLeft()), child.size())


def geometries(readout: ThresholdReadout) -> dict[int, QRect]:
    """Where every child is, but the ratio's cell's pages (the ratio or the problem)."""
    QApplication.processEvents()
    pages = (readout.ratio_line, readout.message)
    return {
        id(child): rect_in(readout, child)
        for child in readout.findChildren(QWidget)
        if child.isVisible() and child not in pages
    }


# -- the threshold ------------------------------------------------------------------------------
def test_the_threshold_starts_at_the_models_default(qtbot) -> None:
    readout = make_readout(qtbot)
    assert readout.threshold() == DEFAULT_THRESHOLD
    assert readout.threshold_box.lineEdit().text() == "0.1"


def test_a_typed_threshold_is_announced_with_its_value(qtbot) -> None:
    readout = make_readout(qtbot)
    readout.show_runs(BOTH)
    with qtbot.waitSignal(readout.threshold_changed, timeout=1000) as signal:
        type_into(qtbot, readout, "0,05")
    assert signal.args == [0.05] and readout.threshold() == 0.05
    assert "|a − y| < 0.05 at epoch 312" in readout.texts()[0]  # until the window recomputes


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("0", "Threshold must be between 0.0001 and 0.9999"),
        ("1", "Threshold must be between 0.0001 and 0.9999"),
        ("-1", "Threshold must be between 0.0001 and 0.9999"),
        ("0,1,2", "Threshold must be a number between 0.0001 and 0.9999"),
    ],
)
def test_a_bad_threshold_is_said_and_t_keeps_its_value(qtbot, typed, said) -> None:
    readout = make_readout(qtbot)
    changed, problems = [], []
    readout.threshold_changed.connect(changed.append)
    readout.problem.connect(problems.append)
    type_into(qtbot, readout, typed)
    assert problems == [said] and readout.problem_text() == said
    assert readout.threshold() == DEFAULT_THRESHOLD and changed == []
    assert readout.threshold_box.lineEdit().text() == typed  # kept to be corrected
    type_into(qtbot, readout, "0.2")
    assert problems == [said, ""] and changed == [0.2]


def test_letters_cannot_even_be_typed(qtbot) -> None:
    readout = make_readout(qtbot)
    problems = []
    readout.problem.connect(problems.append)
    type_into(qtbot, readout, "abc")
    assert readout.threshold() == DEFAULT_THRESHOLD
    assert "a" not in readout.threshold_box.lineEdit().text()
    assert problems in ([], ["Threshold must be a number between 0.0001 and 0.9999"])


def test_set_threshold_emits_nothing(qtbot) -> None:
    readout = make_readout(qtbot)
    changed = []
    readout.threshold_changed.connect(changed.append)
    readout.set_threshold(0.25)
    assert readout.threshold() == 0.25 and changed == []


# -- the runs -----------------------------------------------------------------------------------
@pytest.mark.parametrize("runs", [RUNNING, ENDED, BOTH, LONGEST, MILLIONS])
def test_the_lines_are_the_text_builders(qtbot, runs) -> None:
    readout = make_readout(qtbot)
    readout.show_runs(runs)
    expected = (run_text(0, runs[0], 0.1), run_text(1, runs[1], 0.1), ratio_text(runs))
    assert readout.texts() == expected


def test_what_a_lecture_sees_as_runs_go(qtbot) -> None:
    readout = make_readout(qtbot)
    readout.show_runs(RUNNING)
    assert readout.texts() == (
        "Run 1 (quadratic): not yet (epoch 120 shown)",
        "Run 2 (cross-entropy): |a − y| < 0.1 at epoch 20",
        "run 1 needs ≥ 6.05× the epochs of run 2",
    )
    readout.show_runs(ENDED)
    assert readout.texts()[0] == "Run 1 (quadratic): not reached in 300 epochs"
    readout.show_runs(BOTH)
    assert readout.texts()[2] == "run 1 needs 6.24× the epochs of run 2"


def test_show_runs_needs_two_runs(qtbot) -> None:
    readout = make_readout(qtbot)
    with pytest.raises(ValueError, match="two runs"):
        readout.show_runs(RUNNING[:1])


def test_each_run_is_one_line_its_name_in_bold(qtbot) -> None:
    readout = shown_readout(qtbot)
    readout.show_runs(ENDED)
    line = readout.run_lines[0]
    assert line.shown_parts() == ("Run 1 (quadratic)", ": not reached in 300 epochs")
    assert not line.font().bold() and readout.ratio_line.font().bold()


# -- size and arrangement -------------------------------------------------------------------------
def chrome_font(scale: float):
    """The application font the window sets when it gives the readout `scale` (theme scale
    s gives the chrome √s and the readout s ** 0.65)."""
    return app_font(BASE_POINTS * scale ** (0.5 / 0.65))


@pytest.mark.parametrize(("scale", "most"), [(1.0, 100), (LECTERN, 150)])
def test_across_the_plots_it_is_low_and_its_texts_whole(qtbot, scale, most) -> None:
    """800 pixels: the plots' width in a 1280 × 720 window. At most ~3 lines, so the plots
    keep their height, and the lesson's texts are whole."""
    with chrome_font(scale):
        readout = shown_readout(qtbot, scale, 800)
        assert readout.minimumSizeHint().height() <= most
        assert readout.height() == readout.sizeHint().height() <= most
        for runs in (ENDED, BOTH, RUNNING):
            readout.show_runs(runs)
            for line in (*readout.run_lines, readout.ratio_line):
                assert not line.is_elided(), line.text()
                assert line.toolTip() == ""
        for widget in (readout.threshold_label, readout.threshold_box):
            assert widget.width() >= widget.sizeHint().width()  # "Learnt when |a − y| <", T


@pytest.mark.parametrize(
    ("scale", "width", "rows"),
    [(1.0, 800, 3), (1.0, 1450, 2), (LECTERN, 800, 4), (LECTERN, 1450, 3), (1.0, 400, 4)],
)
def test_the_wider_the_readout_the_fewer_its_lines(qtbot, scale, width, rows) -> None:
    """Two lines with the runs side by side, three with the ratio beside the field, else four;
    every piece inside the readout, none over another."""
    with chrome_font(scale):
        readout = shown_readout(qtbot, scale, width)
    assert readout.rows() == rows
    field, ratio = rect_in(readout, readout.field_row), rect_in(readout, readout.ratio_cell)
    first, second = (rect_in(readout, row) for row in readout.run_rows)
    if rows == 4:
        assert field.bottom() < ratio.top() and ratio.bottom() < first.top()
    else:
        assert field.right() < ratio.left() and ratio.bottom() < first.top()
    if rows == 2:
        assert first.top() == second.top() and first.right() < second.left()
        assert second.left() == ratio.left()  # run 2 under the ratio, run 1 under the field
    else:
        assert first.bottom() < second.top()
    pieces = [field, ratio, first, second]
    for index, piece in enumerate(pieces):
        assert readout.rect().contains(piece), piece
        assert not any(piece.intersects(other) for other in pieces[index + 1 :])
    for line in readout.run_lines:
        assert line.height() >= line.line_height()


def test_under_the_plots_it_takes_the_height_its_width_needs(qtbot) -> None:
    """In a column (as under the plots) the readout is as high as its width needs, and a
    narrower window gives it another line at once."""
    column = QWidget()
    qtbot.addWidget(column)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    plots = QWidget()
    layout.addWidget(plots, 1)
    readout = ThresholdReadout()
    layout.addWidget(readout)
    column.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    column.resize(1450, 700)
    column.show()
    qtbot.waitExposed(column)
    QApplication.processEvents()
    assert readout.width() == 1450 and readout.rows() == 2
    assert readout.height() == readout.heightForWidth(1450)
    column.resize(800, 700)
    QApplication.processEvents()
    assert readout.width() == 800 and readout.rows() == 3
    assert readout.height() == readout.heightForWidth(800) > readout.heightForWidth(1450)
    assert plots.height() == 700 - readout.height() - layout.spacing()


def test_scale_enlarges_the_text(qtbot) -> None:
    readout = make_readout(qtbot)
    height = readout.heightForWidth(600)
    readout.set_scale(2.0)
    assert readout.run_lines[0].font().pointSizeF() == 2 * BASE_POINT_SIZE
    assert readout.threshold_label.font().pointSizeF() == 2 * BASE_POINT_SIZE
    assert readout.heightForWidth(600) > 1.6 * height
    with pytest.raises(ValueError):
        readout.set_scale(float("nan"))


@pytest.mark.parametrize(
    ("scale", "width"), [(1.0, 800), (1.0, 1450), (LECTERN, 800), (LECTERN, 1450), (2.0, 800)]
)
def test_nothing_moves_while_texts_change_or_a_problem_shows(qtbot, scale, width) -> None:
    with chrome_font(scale):
        readout = shown_readout(qtbot, scale, width)
        readout.show_runs(RUNNING)
        before = geometries(readout)
        ratio = rect_in(readout, readout.ratio_line)
        size = readout.size()
        hint = readout.sizeHint()
        for runs in (ENDED, BOTH, LONGEST, MILLIONS, RUNNING):
            readout.show_runs(runs)
            assert geometries(readout) == before
            assert readout.sizeHint() == hint
        type_into(qtbot, readout, "5")
        assert readout.problem_text() and geometries(readout) == before
        assert readout.message.isVisible() and not readout.ratio_line.isVisible()
        assert rect_in(readout, readout.message) == ratio  # in the ratio's place
        type_into(qtbot, readout, "0.2")
        assert not readout.problem_text() and readout.ratio_line.isVisible()
        assert geometries(readout) == before and readout.size() == size


@pytest.mark.parametrize("scale", [1.0, LECTERN])
def test_what_is_wrong_with_t_is_whole_at_800_pixels(qtbot, scale) -> None:
    with chrome_font(scale):
        readout = shown_readout(qtbot, scale, 800)
        for typed in ("0,1,2", "5"):
            type_into(qtbot, readout, typed)
            QApplication.processEvents()
            assert readout.problem_text() and not readout.message.is_elided()


@pytest.mark.parametrize("scale", [1.0, LECTERN, 2.0])
def test_a_line_too_long_ends_in_dots_and_is_whole_in_its_tooltip(qtbot, scale) -> None:
    with chrome_font(scale):
        readout = shown_readout(qtbot, scale, 800)
        readout.show_runs(LONGEST)
        if scale == 1.0:  # the book pair's tens of thousands of epochs fit at scale 1
            assert not any(line.is_elided() for line in readout.run_lines)
        readout.show_runs(MILLIONS)
        readout.resize(400, readout.heightForWidth(400))
        QApplication.processEvents()
        for line in readout.run_lines:
            assert line.is_elided() and line.toolTip() == line.text()
            bold, rest = line.shown_parts()
            # The run's name is shortened first ("Run 1 (quadratic)" → "Run 1"; the legend
            # names it too), and only if that is not enough does the line end in "…".
            name = line.text().split(":")[0]
            shortened = bold + rest == line.text().replace(name, name.split(" (")[0], 1)
            assert shortened or (bold + rest).endswith("…")
            assert line.accessibleName() == line.text()
        readout.resize(3000, readout.heightForWidth(3000))
        QApplication.processEvents()
        assert all(line.toolTip() == "" for line in readout.run_lines)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize(("scale", "width"), [(1.0, 800), (1.0, 1450), (LECTERN, 800)])
def test_each_run_is_drawn_in_its_colour(qtbot, theme, scale, width) -> None:
    """Run lines and samples in `Theme.runs`; the ratio in the theme's text colour. Written to
    /tmp/threshold/ for a look."""
    with chrome_font(scale):
        readout = make_readout(qtbot)
        readout.setPalette(theme.palette())
        readout.setAutoFillBackground(True)
        readout.set_run_colours(theme.runs)
        readout.set_scale(scale)
        readout.show_runs(ENDED)
        readout.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        readout.show()
        qtbot.waitExposed(readout)
        readout.resize(width, readout.heightForWidth(width))
        QApplication.processEvents()
        image = readout.grab().toImage()
    PICTURES.mkdir(exist_ok=True)
    image.save(str(PICTURES / f"test-readout-{theme.name}-{scale:.2f}-{width}.png"))
    pixels = rgb(image)
    ratio = image.devicePixelRatio()
    for line, colour in zip(readout.run_lines, theme.runs, strict=True):
        rect = rect_in(readout, line)
        band = pixels[round(rect.top() * ratio) : round((rect.bottom() + 1) * ratio)]
        band = band[:, round(rect.left() * ratio) : round((rect.right() + 1) * ratio)]
        assert colour_mask(band, QColor(colour).getRgb()[:3], 30).sum() > 100 * scale
    rect = rect_in(readout, readout.ratio_line)
    ratio_band = pixels[rect.top() : rect.bottom() + 1, rect.left() : rect.right() + 1]
    assert colour_mask(ratio_band, QColor(theme.foreground).getRgb()[:3], 40).sum() > 200
