"""The why-slow panel where the main window puts it: at 1280 × 720 (a panel of about 838 × 590,
838 × 572 with compare mode's readout) at presentation scale 1, every part is whole and the
formulas never scroll, one run (a 2 × 2 grid) or two, light or dark, on the plateau (epoch 50,
σ′ in the accent colour) and at the end, for the quadratic, cross-entropy and book presets; and
while a run plays. At 1920 × 1080 (a panel of about 1266 × 932) too, at scale 1 and 2.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from desktop.insight.why_slow_panel import WhySlowPanel
from desktop.style.theme import DARK, LIGHT
from model import Training, preset
from model.comparison import default_partner
from tests.desktop.helpers import colour_mask, rgb
from tests.desktop.insight.test_why_slow_panel_look import make_panel, parts_fit, rgb_of

QUADRATIC = preset("quadratic-saturated").parameters
RUNS = {
    "quadratic": [QUADRATIC],
    "compare": [QUADRATIC, default_partner(QUADRATIC)],
    "cross-entropy": [preset("cross-entropy-saturated").parameters],
    "book": [preset("book-cross-entropy-saturated").parameters],
}
WINDOW_1280 = [(838, 590), (838, 572)]


def formulas_whole(panel: WhySlowPanel) -> None:
    """The formulas' page shown: no scroll bar, everything they hold inside their box."""
    panel.grid.show_part(3)
    QApplication.processEvents()
    box = panel.formulas_box
    assert box.isVisible()
    assert not box.verticalScrollBar().isVisible()
    assert panel.formulas.heightForWidth(box.viewport().width()) <= box.viewport().height()
    rect = QRect(box.mapTo(panel, QPoint(0, 0)), box.size())
    assert panel.rect().contains(rect), rect


@pytest.mark.parametrize("theme", [LIGHT], ids=["light"])  # the themes differ in colour only
@pytest.mark.parametrize("size", WINDOW_1280[1:], ids=["838x572"])  # the tighter of the two
@pytest.mark.parametrize("runs", list(RUNS), ids=list(RUNS))
@pytest.mark.parametrize("epoch", [50, 300], ids=["plateau", "end"])
def test_at_1280x720_every_part_is_whole_and_the_formulas_do_not_scroll(
    qtbot, theme, size, runs, epoch
) -> None:
    panel = make_panel(qtbot, theme, size, RUNS[runs], epoch)
    parts_fit(panel)
    formulas_whole(panel)
    if runs == "quadratic":  # all four at once, two by two
        (page,) = panel.grid.pages()
        assert sorted((p.row, p.column, p.span) for p in page) == [
            (0, 0, 1),
            (0, 1, 1),
            (1, 0, 1),
            (1, 1, 1),
        ]
        assert not panel.grid.tabs.isVisible()


def test_on_the_plateau_the_sigma_prime_bar_is_in_the_accent_colour_at_1280x720(qtbot) -> None:
    panel = make_panel(qtbot, LIGHT, WINDOW_1280[0], [QUADRATIC])
    assert panel.bars.values()[0][2] < 0.05  # σ′(z) on the plateau
    pixels = rgb(panel.bars.grab().toImage())
    assert colour_mask(pixels, rgb_of(LIGHT.accent), 20).sum() > 20


@pytest.mark.parametrize("runs", ["quadratic", "compare"])
def test_the_formulas_do_not_scroll_while_a_run_plays(qtbot, runs) -> None:
    """The grid is arranged when the run starts (row 0 only) and not again as it plays: the
    formulas were planned for the widest numbers the run can show."""
    panel = make_panel(qtbot, LIGHT, WINDOW_1280[1], [])
    trajectories = []
    for parameters in RUNS[runs]:
        training = Training(parameters)
        training.run_to_end()
        trajectories.append(training.trajectory)
    panel.set_runs(list(zip(RUNS[runs], trajectories, strict=True)))
    panel.redraw_now()
    pages = panel.grid.pages()
    panel.grid.show_part(3)
    for length in range(2, 302, 6):
        for index in range(len(trajectories)):
            panel.extend(index, length)
        panel.redraw_now()
        QApplication.processEvents()
        assert not panel.formulas_box.verticalScrollBar().isVisible(), length
    assert panel.grid.pages() == pages


@pytest.mark.parametrize("theme", [DARK], ids=["dark"])  # the themes differ in colour only
@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("runs", ["quadratic", "compare", "book"])
def test_at_1920x1080_every_part_is_whole(qtbot, theme, scale, runs) -> None:
    panel = make_panel(qtbot, theme.scaled(scale), (1266, 932), RUNS[runs], 50)
    parts_fit(panel)
    if scale == 1.0 or runs != "compare":  # two runs' formulas at scale 2 may scroll
        formulas_whole(panel)


def test_the_numbers_share_a_formulas_row_where_the_width_allows(qtbot) -> None:
    panel = make_panel(qtbot, LIGHT, (1500, 700), [QUADRATIC])
    assert panel.formulas.wide() and len(panel.grid.pages()) == 1
    assert "rowspan" not in panel.formulas.text()  # "∂C/∂w = … = 0.9759 · … = …" a row
    panel.resize(*WINDOW_1280[0])
    QApplication.processEvents()
    assert not panel.formulas.wide() and "rowspan='2'" in panel.formulas.text()
