"""What a lecturer sees first: every plot fits its pane, and its texts neither clip nor collide.

Proves, on geometry read back from the drawn items, that for every preset at the window's plot
sizes and at presentation scales 1 and 2 the cost plot's title wraps to the plot's width, the
view box and the planned end's tick ("300") lie inside the widget, and a long title followed by a
short one leaves the right layout without a resize; that every plot's epoch axis has a tick at
the planned end; that epoch labels of long runs are short SI ("2M", "500k") and no two tick labels
overlap at any scale; and that after scale 2 then scale 1 (Ctrl+0) each legend label sits next
to its sample.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication

from desktop.plots.training_plots import TrainingPlots
from desktop.style.theme import DARK, LIGHT
from desktop.views.run_descriptions import run_title
from model import RunParameters, Training, load_presets
from tests.desktop.helpers import tick_labels

PRESETS = load_presets()
LONGEST_TITLE = max((run_title(e.parameters) for e in PRESETS.values()), key=len)
SI_LABEL = re.compile(r"^\d+(\.\d+)?[kMG]?$")
END_LABELS = {300: "300", 1000: "1k", 2500: "2.5k", 12_345: "12.35k"}
"""Planned ends and the label of their tick."""
PANES = {1.0: (840, 560), 2.0: (725, 480)}
"""The plots' pane in a 1280 × 720 window at presentation scales 1 and 2."""


def shown_plots(qtbot, scale: float, size: tuple[int, int] | None = None) -> TrainingPlots:
    widget = TrainingPlots(LIGHT.scaled(scale))
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(*(size or PANES[scale]))
    widget.show()
    return widget


def settle() -> None:
    """Let the layouts take what was set (the window's event loop does this between frames)."""
    for _ in range(3):
        QApplication.processEvents()


def widget_rect(plot: pg.PlotWidget) -> QRectF:
    """The plot widget's area in its scene's coordinates."""
    return QRectF(plot.mapToScene(plot.viewport().rect()).boundingRect())


def inside(inner: QRectF, outer: QRectF, slack: float = 0.5) -> bool:
    return outer.adjusted(-slack, -slack, slack, slack).contains(inner)


def assert_apart(labels: list[tuple[QRectF, str]]) -> None:
    for i, (rect, text) in enumerate(labels):
        for other, other_text in labels[i + 1 :]:
            assert not rect.intersects(other), f"{text!r} overlaps {other_text!r}"


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("name", list(PRESETS))
def test_the_cost_plot_and_its_title_fit_the_pane_for_every_preset(qtbot, name, scale) -> None:
    plots = shown_plots(qtbot, scale)
    parameters = PRESETS[name].parameters
    plots.show_plan(parameters.epochs, run_title(parameters))
    settle()
    plot = plots.cost_plot
    item, area = plot.getPlotItem(), widget_rect(plot)
    assert item.geometry().width() <= area.width() + 0.5  # the PlotItem never exceeds its view
    assert inside(item.vb.sceneBoundingRect(), area)
    title = item.titleLabel
    assert inside(title.mapRectToScene(title.item.mapRectToParent(title.item.boundingRect())), area)
    last = [(rect, text) for rect, text in tick_labels(plot.getAxis("bottom")) if text == "300"]
    assert last and inside(last[0][0], area), "the planned end's tick is missing or cut"


def test_a_short_title_after_a_long_one_lays_out_without_a_resize(qtbot) -> None:
    plots = shown_plots(qtbot, 2.0)
    plots.show_plan(300, LONGEST_TITLE)
    settle()
    title = plots.cost_plot.getPlotItem().titleLabel
    long_height = title.geometry().height()
    plots.show_plan(300, "Cost")
    settle()
    item, area = plots.cost_plot.getPlotItem(), widget_rect(plots.cost_plot)
    assert title.geometry().height() < long_height / 1.5  # one line again
    assert item.geometry().width() == pytest.approx(area.width(), abs=0.5)
    assert inside(item.vb.sceneBoundingRect(), area)
    box = item.vb.sceneBoundingRect()
    assert box.top() <= title.geometry().bottom() + title.geometry().height()  # no empty band


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_plot_has_a_tick_at_the_planned_end(qtbot, scale) -> None:
    plots = shown_plots(qtbot, scale, (840, 720))
    plots.set_lower_plots(True)
    for epochs, end in END_LABELS.items():
        plots.show_plan(epochs, "a run")
        settle()
        for plot in plots.plots():
            labels = tick_labels(plot.getAxis("bottom"))
            ends = [rect for rect, text in labels if text == end]
            assert ends and inside(ends[0], widget_rect(plot)), (epochs, [t for _, t in labels])
            assert_apart(labels)


@pytest.mark.parametrize("scale", [1.0, 2.0, 3.0])
def test_long_runs_label_epochs_in_si_and_no_tick_labels_overlap(qtbot, scale) -> None:
    plots = shown_plots(qtbot, scale, (840 * scale / 1.2, 720 * scale / 1.2))
    plots.set_lower_plots(True)
    for epochs, end in ((2_000_000, "2M"), (10_000_000, "10M"), (1_000_000, "1M"), (5_000, "5k")):
        plots.show_plan(epochs, "a long run")
        settle()
        for plot in plots.plots():
            bottom = tick_labels(plot.getAxis("bottom"))
            texts = [text for _, text in bottom]
            assert all(SI_LABEL.match(text) for text in texts), texts
            assert end in texts and len(texts) >= 2
            assert_apart(bottom)
            assert_apart(tick_labels(plot.getAxis("left")))


def test_epoch_tick_labels_are_short_si() -> None:
    from desktop.plots.plot_axes import format_epoch_tick

    epochs = (0, 250, 1_500, 500_000, 4_000_000, 1_234_567, 3_000_000_000)
    expected = ["0", "250", "1.5k", "500k", "4M", "1.235M", "3G"]
    assert [format_epoch_tick(e) for e in epochs] == expected


def legend_gaps(plots: TrainingPlots) -> list[tuple[float, float]]:
    """Per legend entry: from its sample's right end to its text, and between their middles."""
    gaps = []
    for sample, label in plots.legend.items:
        line = sample.mapRectToScene(sample.boundingRect())
        text = label.mapRectToScene(label.item.mapRectToParent(label.item.boundingRect()))
        gaps.append((text.left() - line.right(), abs(text.center().y() - line.center().y())))
    return gaps


def test_legend_labels_stay_next_to_their_samples_after_ctrl_0(qtbot) -> None:
    plots = shown_plots(qtbot, 1.0, (840, 720))
    training = Training(RunParameters())
    training.run_to_end()
    plots.start_run(1, training.trajectory, 300, "a run")
    plots.extend(1, 301)
    plots.redraw_now()
    for theme in (LIGHT.scaled(2.0), LIGHT, DARK.scaled(1.5), DARK):
        plots.apply_theme(theme)
        settle()
        em = theme.label_point_size * 96 / 72
        for horizontal, vertical in legend_gaps(plots):
            assert 0 <= horizontal <= em, (theme.scale, horizontal)
            assert vertical <= em / 2, (theme.scale, vertical)
    legend = plots.legend.mapRectToScene(plots.legend.boundingRect())
    item = plots.weights_plot.getPlotItem()
    title = item.titleLabel.mapRectToScene(item.titleLabel.item.boundingRect())
    assert inside(legend, widget_rect(plots.weights_plot))  # beside the title: over no curve
    assert not legend.intersects(item.vb.sceneBoundingRect()) and not legend.intersects(title)


def line_count(title: pg.LabelItem) -> int:
    """How many lines the title's text takes."""
    block, lines = title.item.document().firstBlock(), 0
    while block.isValid():
        lines += block.layout().lineCount()
        block = block.next()
    return lines


def test_the_title_wraps_after_what_first_and_re_wraps_on_resize(qtbot) -> None:
    plots = shown_plots(qtbot, 2.0)
    plots.show_plan(300, LONGEST_TITLE)
    settle()
    title = plots.cost_plot.getPlotItem().titleLabel
    narrow_lines = line_count(title)
    assert narrow_lines >= 2 and title.item.toPlainText().split("\n")[0].endswith(":")
    plots.resize(1900, 900)
    settle()
    assert line_count(title) == 1
    rect = title.mapRectToScene(title.item.mapRectToParent(title.item.boundingRect()))
    assert inside(rect, widget_rect(plots.cost_plot))
    centre = widget_rect(plots.cost_plot).center().x()
    assert QPointF(rect.center()).x() == pytest.approx(centre, abs=30)


def test_an_end_just_under_a_million_reads_1m() -> None:
    from desktop.plots.plot_axes import format_epoch_tick

    assert [format_epoch_tick(n) for n in (999_999, 999_499, 1_234_567, 300)] == [
        "1M",
        "999.5k",
        "1.235M",
        "300",
    ]
