"""The exported cost figure: exact pixel size, white background, and the curve where the data says.

Proves that a cost-plot `RunFigure` gives an image of exactly the asked size with white corners and
the dark-blue cost curve across the plot, that the curve is high where the cost is high (the
saturated start's plateau) and low after learning, that the theme sets the curve colour, that tiny
runs render, that a 1,000,000-epoch run still renders at 1920×1080, that a 4K figure is binned as
finely as its pixels, that animation frames keep the w/b axis of the whole run and stop every
curve at their epoch, and that at every export size the axis titles sit clear of the tick labels
and the legend's sample lines grow with the figure.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsTextItem

from desktop.export.options import FigureKind, FigureSpec
from desktop.export.run_figure import RUN_ID, RunFigure
from desktop.plots.peak_bins import DEFAULT_BINS
from desktop.style.theme import DARK
from model import RunParameters, Training, preset
from tests.desktop.helpers import colour_mask, rgb, tick_labels

COST_BLUE = (0x0B, 0x3D, 0x91)
WHITE = (255, 255, 255)


def trained(parameters: RunParameters, epochs: int | None = None) -> Training:
    training = Training(parameters)
    training.advance(parameters.epochs if epochs is None else epochs)
    return training


def cost_figure(training: Training, width: int, height: int, theme_name: str = "light") -> QImage:
    spec = FigureSpec(FigureKind.COST, width, height, theme_name)
    with RunFigure([(training.parameters, training.trajectory)], spec) as figure:
        return figure.image()


def middle_coverage(mask: np.ndarray) -> float:
    """Share of x positions between 15% and 85% of the width with at least one masked pixel."""
    width = mask.shape[1]
    return float(mask[:, int(0.15 * width) : int(0.85 * width)].any(axis=0).mean())


def curve_height(mask: np.ndarray, fraction: float) -> float:
    """Mean row of the curve's pixels in the column at `fraction` of the width (0 = top)."""
    column = mask[:, int(fraction * mask.shape[1])]
    assert column.any(), f"no curve pixel at {fraction:.0%} of the width"
    return float(np.flatnonzero(column).mean())


@pytest.fixture(scope="module")
def saturated() -> Training:
    return trained(preset("quadratic-saturated").parameters)


def test_exact_size_white_corners_and_the_curve(qapp, saturated) -> None:
    image = cost_figure(saturated, 640, 360)
    assert isinstance(image, QImage) and not image.isNull()
    assert (image.width(), image.height()) == (640, 360)
    pixels = rgb(image)
    for y, x in [(0, 0), (0, 639), (359, 0), (359, 639)]:
        assert tuple(pixels[y, x]) == WHITE, (x, y)
    assert (pixels == 255).all(axis=2).mean() > 0.5  # mostly white background
    assert middle_coverage(colour_mask(pixels, COST_BLUE)) >= 0.8


def test_curve_is_high_on_the_plateau_and_low_after_learning(qapp, saturated) -> None:
    mask = colour_mask(rgb(cost_figure(saturated, 800, 450)), COST_BLUE)
    plateau, learned = curve_height(mask, 0.25), curve_height(mask, 0.9)
    cost = saturated.trajectory.rows().cost
    assert cost[75] > 0.45 and cost[-1] < 0.05
    assert learned - plateau > 0.5 * 450 * 0.8  # rows grow downwards: low cost is far lower


def test_title_is_drawn_above_the_plot(qapp, saturated) -> None:
    titled = rgb(cost_figure(saturated, 640, 360))
    band = titled[: int(0.08 * 360), int(0.3 * 640) : int(0.7 * 640)]
    assert (band.astype(int).sum(axis=2) < 3 * 128).any()  # dark text pixels in the title band


def test_theme_sets_the_curve_colour(qapp, saturated) -> None:
    pixels = rgb(cost_figure(saturated, 640, 360, "dark"))
    sky_blue = tuple(int(DARK.cost[i : i + 2], 16) for i in (1, 3, 5))
    assert middle_coverage(colour_mask(pixels, sky_blue)) >= 0.8
    assert not colour_mask(pixels, COST_BLUE, tolerance=20).any()


@pytest.mark.parametrize("epochs", [0, 1, 2])
def test_tiny_runs_render_at_the_asked_size(qapp, epochs) -> None:
    training = trained(RunParameters(), epochs)
    assert len(training.trajectory) == epochs + 1
    image = cost_figure(training, 320, 200)
    assert (image.width(), image.height()) == (320, 200)
    assert tuple(rgb(image)[0, 0]) == WHITE


@pytest.mark.parametrize(("width", "height"), [(16, 16), (1281, 721), (300, 900)])
def test_odd_sizes_are_exact(qapp, saturated, width, height) -> None:
    image = cost_figure(saturated, width, height)
    assert (image.width(), image.height()) == (width, height)


def test_a_million_epoch_run_renders_at_full_hd(qapp) -> None:
    training = trained(RunParameters(epochs=1_000_000))
    assert len(training.trajectory) == 1_000_001
    image = cost_figure(training, 1920, 1080)
    assert (image.width(), image.height()) == (1920, 1080)
    pixels = rgb(image)
    assert tuple(pixels[0, 0]) == WHITE
    assert middle_coverage(colour_mask(pixels, COST_BLUE)) >= 0.8  # the long tail near 0 too


def test_a_4k_figure_has_a_bin_per_pixel_column(qapp) -> None:
    training = trained(RunParameters(epochs=1_000_000))
    spec = FigureSpec(FigureKind.COST, 3840, 2160)
    with RunFigure([(training.parameters, training.trajectory)], spec) as figure:
        x, _ = figure.plots.series(RUN_ID).curve_data("cost")
        assert figure.plots.series(RUN_ID).bins.size == -(-1_000_001 // 3840)
        assert 2 * DEFAULT_BINS + 2 < len(x) <= 2 * 3840 + 2  # finer than the window's bins


def test_frames_keep_the_whole_runs_weight_axis_and_stop_at_their_epoch(qapp, saturated) -> None:
    spec = FigureSpec(FigureKind.PLOTS, 800, 600)
    rows = saturated.trajectory.rows(0, len(saturated.trajectory))
    low, high = min(rows.w.min(), rows.b.min()), max(rows.w.max(), rows.b.max())
    with RunFigure([(saturated.parameters, saturated.trajectory)], spec) as figure:
        figure.show_epoch(20, caption=True)
        series = figure.plots.series(RUN_ID)
        for name in ("cost", "w", "b", "a"):
            x, y = series.curve_data(name)
            np.testing.assert_array_equal(x, np.arange(21))
            np.testing.assert_array_equal(y, getattr(rows, name)[:21])
        bottom, top = figure.plots.weights_plot.getPlotItem().vb.viewRange()[1]
        assert bottom < low and top > high  # the whole run's w and b, not epochs 0..20's
        figure.show_epoch(300)
        assert len(series.curve_data("cost")[0]) == 301


def text_rect(label: QGraphicsTextItem) -> QRectF:
    """Where a text item's text is (its document margin off), in scene coordinates."""
    margin = label.document().documentMargin()
    return label.mapRectToScene(label.boundingRect().adjusted(margin, margin, -margin, -margin))


def tick_text_rects(axis: pg.AxisItem) -> list[QRectF]:
    return [rect for rect, _ in tick_labels(axis)]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
def test_axis_titles_sit_clear_of_tick_labels_and_legend_samples_scale(
    qapp, saturated, size
) -> None:
    spec = FigureSpec(FigureKind.PLOTS, *size)
    with RunFigure([(saturated.parameters, saturated.trajectory)], spec) as figure:
        figure.image()
        for plot in figure.plots.plots():
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                title, ticks = text_rect(axis.label), tick_text_rects(axis)
                assert len(ticks) >= 3
                clash = [rect for rect in ticks if rect.intersects(title)]
                assert not clash, f"{axis.labelText!r} runs into a tick label at {size}"
        samples = [
            sample.mapRectToScene(sample.boundingRect()) for sample, _ in figure.plots.legend.items
        ]
        scale = figure.theme.scale
        assert [rect.width() for rect in samples] == [pytest.approx(30 * scale)] * 2
        assert min(rect.height() for rect in samples) == pytest.approx(20 * scale)
