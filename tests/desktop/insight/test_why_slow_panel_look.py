"""How the why-slow panel looks: a theme change restyles every part; at 760 × 660 (a dock beside
the plots) and 512 × 650 (40 % of 1280 × 720), scale 1 and 2, light and dark, every part is on
some page, inside the panel and at least as large as it needs to stay legible; the σ′(z) bar is
drawn, in the accent colour, on the plateau."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.insight.why_slow_panel import WhySlowPanel
from desktop.style.theme import DARK, LIGHT, Theme
from model import RunParameters, Training, preset
from model.comparison import default_partner
from tests.desktop.helpers import colour_mask, rgb

SATURATED = preset("quadratic-saturated").parameters
CROSS = preset("cross-entropy-saturated").parameters


def make_panel(
    qtbot, theme: Theme, size: tuple[int, int], runs: list[RunParameters], epoch: int = 50
) -> WhySlowPanel:
    """A shown panel of `size` showing `runs` (if any) trained to the end, at `epoch`."""
    panel = WhySlowPanel(theme)
    qtbot.addWidget(panel)
    panel.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    panel.resize(*size)
    panel.show()
    if not runs:
        return panel
    trainings = [Training(p) for p in runs]
    for training in trainings:
        training.run_to_end()
    panel.set_runs([(p, t.trajectory) for p, t in zip(runs, trainings, strict=True)])
    for index, training in enumerate(trainings):
        panel.extend(index, len(training.trajectory))
    panel.show_epoch(epoch)
    panel.redraw_now()
    QApplication.processEvents()
    return panel


def rgb_of(colour: str) -> tuple[int, int, int]:
    c = QColor(colour)
    return c.red(), c.green(), c.blue()


def test_a_theme_change_restyles_every_part(qtbot) -> None:
    panel = make_panel(qtbot, LIGHT, (760, 660), [SATURATED])
    panel.apply_theme(DARK)
    panel.redraw_now()
    for plot in (panel.sigma.widget, panel.gradient.widget):
        assert plot.backgroundBrush().color().name() == DARK.background
    assert panel.sigma.curve.opts["pen"].color().name() == DARK.output
    assert panel.gradient.curve_data(0)[0].size == 301
    assert panel.gradient._curves[0].opts["pen"].color().name() == DARK.cost
    assert panel.bars.colours() == [DARK.cost]
    assert panel.formulas.formulas.font().pointSizeF() == DARK.label_point_size
    text = panel.formulas.text()  # fraction rules and heading in the theme's text colour
    assert DARK.foreground in text and LIGHT.foreground not in text
    pixels = rgb(panel.bars.grab().toImage())
    assert colour_mask(pixels, rgb_of(DARK.background), 8).mean() > 0.5

    small = panel.bars.minimumSizeHint()
    panel.apply_theme(LIGHT.scaled(2.0))
    panel.redraw_now()
    assert panel.formulas.formulas.font().pointSizeF() == LIGHT.label_point_size * 2
    assert panel.sigma.widget.getAxis("left").style["tickFont"].pointSizeF() == 26.0
    large = panel.bars.minimumSizeHint()
    assert large.width() > 1.8 * small.width() and large.height() > 1.8 * small.height()
    assert len(panel.grid.pages()) > 1 and panel.grid.tabs.isVisible()


def parts_fit(panel: WhySlowPanel) -> None:
    """Every part on every page lies inside the panel; where a page holds several, each has at
    least the room it needs."""
    needs, size = panel._needs(), panel.size()
    parts = [panel.sigma.widget, panel.bars, panel.gradient.widget, panel.formulas_box]
    seen = set()
    for number, page in enumerate(panel.grid.pages()):
        panel.grid.tabs.setCurrentIndex(number)
        QApplication.processEvents()
        assert panel.size() == size  # no part asks for more room than the dock has
        tabs = panel.grid.tabs
        assert not tabs.isVisible() or tabs.sizeHint().width() <= size.width()
        for placement in page:
            part = parts[placement.cell]
            seen.add(placement.cell)
            assert part.isVisible()
            rect = QRect(part.mapTo(panel, QPoint(0, 0)), part.size())
            assert panel.rect().contains(rect), (placement, rect)
            if len(page) > 1:
                need = needs[placement.cell]
                assert part.width() >= need.width - 2, placement
                assert part.height() >= need.height_for(part.width()) - 2, placement
    assert seen == {0, 1, 2, 3}


@pytest.mark.parametrize(  # the themes differ in colour only: each scale in one of them
    ("theme", "scale"), [(LIGHT, 1.0), (DARK, 2.0)], ids=["light-1.0", "dark-2.0"]
)
@pytest.mark.parametrize("size", [(760, 660), (512, 650)], ids=["760x660", "512x650"])
@pytest.mark.parametrize("compare", [False, True], ids=["single", "compare"])
def test_every_part_is_shown_whole_at_lecture_sizes(qtbot, theme, scale, size, compare) -> None:
    runs = [SATURATED, default_partner(SATURATED)] if compare else [SATURATED]
    panel = make_panel(qtbot, theme.scaled(scale), size, runs)
    assert panel.size().width() == size[0] and panel.size().height() == size[1]
    parts_fit(panel)
    if scale == 1.0 and size == (760, 660) and not compare:
        assert len(panel.grid.pages()) == 1 and not panel.grid.tabs.isVisible()


def test_the_sigma_prime_bar_is_drawn_in_the_accent_colour_on_the_plateau(qtbot) -> None:
    panel = make_panel(qtbot, LIGHT, (760, 660), [SATURATED])
    pixels = rgb(panel.bars.grab().toImage())
    assert colour_mask(pixels, rgb_of(LIGHT.cost), 20).sum() > 500  # x and a − y bars
    assert colour_mask(pixels, rgb_of(LIGHT.accent), 20).sum() > 20  # σ′ bar and number
    panel.set_runs([(CROSS, Training(CROSS).trajectory)])
    panel.redraw_now()
    pixels = rgb(panel.bars.grab().toImage())
    assert colour_mask(pixels, rgb_of(LIGHT.accent), 20).sum() == 0  # σ′ cancels


def test_the_flat_label_is_whole_where_it_fits_and_short_where_not(qtbot) -> None:
    panel = make_panel(qtbot, LIGHT, (760, 660), [SATURATED])
    assert panel.sigma.flat_texts() == ("flat:\nσ′ < 0.1", "flat")
    panel.apply_theme(LIGHT.scaled(2.0))
    panel.resize(512, 650)
    panel.redraw_now()
    QApplication.processEvents()
    panel.grid.show_part(0)
    QApplication.processEvents()
    right, left = panel.sigma.flat_texts()
    assert left == "flat" and right in ("flat", "flat:\nσ′ < 0.1")
