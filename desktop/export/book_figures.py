"""`neuron-lab export --book-figures DIR`: the chapter's figures in one go.

For every preset: NAME.png, NAME.svg and NAME.csv; plus comparison.png, the quadratic and the
cross-entropy cost from the saturated start on one plot, which is the chapter's whole point.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from desktop.export.figure_files import save_png
from desktop.export.headless_export import ExportRequest, export, final_state_line
from desktop.export.options import FigureSpec
from desktop.plots.peak_bins import DEFAULT_BINS, PeakBins, fold_trajectory
from desktop.plots.plot_legend import restyle_legend, styled_legend
from desktop.plots.plot_style import set_epoch_end, settle_layout, styled_plot
from desktop.qt_app import application, use_offscreen_platform
from desktop.style.theme import THEMES
from desktop.views.run_descriptions import cost_label, rule_label
from model import Training, load_presets, preset

COMPARED = ("quadratic-saturated", "cross-entropy-saturated")


def write_book_figures(folder: Path, spec: FigureSpec) -> list[str]:
    """Write every preset's files and the comparison into `folder`; one summary line per preset."""
    folder.mkdir(exist_ok=True)
    lines = []
    for name, entry in load_presets().items():
        paths = {kind: folder / f"{name}.{kind}" for kind in ("png", "svg", "csv")}
        (training,) = export(ExportRequest(entry.parameters, paths, spec))
        lines.append(f"{name}: {final_state_line(training)}")
    save_png(render_comparison(COMPARED, spec), folder / "comparison.png")
    return lines


def render_comparison(names: tuple[str, ...], spec: FigureSpec) -> QImage:
    """The cost curves of the named presets on one plot, with a legend saying which is which."""
    use_offscreen_platform()
    application()
    theme = THEMES[spec.theme_name].scaled(spec.scale)
    first = preset(names[0]).parameters
    title = QCoreApplication.translate(
        "BookFigures", "Same start (w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}), two costs"
    ).format(w=first.w, b=first.b, eta=first.eta)
    plot = styled_plot(title, QCoreApplication.translate("TrainingPlots", "cost C"), theme)
    legend = styled_legend(plot, theme)
    highest, longest = 0.0, 1
    for name, colour in zip(names, (theme.cost, theme.bias, theme.output), strict=False):
        parameters = preset(name).parameters
        training = Training(parameters)
        training.run_to_end()
        trajectory = training.trajectory
        bins = PeakBins(len(trajectory), max(DEFAULT_BINS, spec.width), columns=("cost",))
        fold_trajectory(bins, trajectory, len(trajectory))
        label = f"{cost_label(parameters.cost)}, {rule_label(parameters.rule)}"
        plot.plot(*bins.points()["cost"], pen=theme.pen(colour), name=label)
        highest = max(highest, bins.extremes("cost")[1])
        longest = max(longest, training.epochs_done)
    restyle_legend(legend, theme)  # its entries at the theme's size
    set_epoch_end(plot, longest)
    plot.setYRange(0, highest or 1.0, padding=0.05)
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    plot.resize(spec.width, spec.height)
    plot.show()
    plot.grab()
    settle_layout(plot)  # the axes' text space at this size, then draw for real
    image = plot.grab().toImage()
    plot.close()
    plot.deleteLater()
    return image
