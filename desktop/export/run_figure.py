"""A run drawn as a figure for slides and papers: the cost plot, all plots, or diagram + plots.

Two runs compared are drawn together: both runs' curves in every plot (run 2 in its own colour and
line style, a legend naming each), and, for diagram + plots, one small diagram per run.

The figure is built from the same widgets as the window (so it looks like what the class saw),
offscreen, at an exact pixel size; fonts and lines grow with the size, so a 4K export is not tiny
text. It renders to PNG (optionally transparent), true-vector SVG and PDF, the clipboard, and,
epoch by epoch, to the frames of an animation.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPoint,
    QRect,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QGuiApplication,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRegion,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.export.figure_files import save_png
from desktop.export.options import FigureKind, FigureSpec
from desktop.export.svg_strokes import bake_cosmetic_strokes
from desktop.plots.peak_bins import DEFAULT_BINS
from desktop.plots.plot_style import set_axis_caching, settle_layout
from desktop.plots.training_plots import TrainingPlots
from desktop.style.theme import THEMES, Theme
from desktop.views.neuron_diagram import NeuronDiagram
from desktop.views.run_descriptions import compare_labels, compare_title, run_title
from model import RunParameters, Trajectory
from model.atomic_file import atomic_path

RUN_ID = 1
FALLBACK_FAMILIES = ("DejaVu Sans", "Noto Sans", "sans-serif")
"""Where the font Qt drew with is missing, these come close; the generic family comes last."""


class RunFigure:
    """Offscreen widgets showing one run, or two compared; call `close()` when done (or use it
    as a context). `runs` are (parameters, trajectory) pairs: run 1, then run 2."""

    def __init__(self, runs: Sequence[tuple[RunParameters, Trajectory]], spec: FigureSpec) -> None:
        if not 1 <= len(runs) <= 2:
            raise ValueError(f"a figure shows 1 or 2 runs, not {len(runs)}")
        self.spec, self.runs = spec, list(runs)
        # The rows drawn of each run, even if a trainer appends more meanwhile.
        self._lengths = [len(trajectory) for _, trajectory in self.runs]
        every = [parameters for parameters, _ in self.runs]
        self.title = run_title(every[0]) if len(every) == 1 else compare_title(*every)
        self.planned = max(parameters.epochs for parameters, _ in self.runs)
        # Two runs are named in the legends and the diagrams' captions by what differs.
        self.labels = compare_labels(*(p for p, _ in self.runs)) if len(self.runs) == 2 else ("",)
        # A file's own title (SVG, PDF) also says what differs, which the legend shows.
        self.document_title = (
            self.title if len(every) == 1 else f"{self.title} · " + " vs ".join(self.labels)
        )
        theme = self.theme = THEMES[spec.theme_name].scaled(spec.scale)
        self.plots = TrainingPlots(theme, whole_runs=True)  # the w/b axis fits the whole run
        self._start_runs()
        self.plots.set_cursor(None)
        self.plots.set_lower_plots(spec.kind is not FigureKind.COST)
        self.diagrams: list[NeuronDiagram] = []
        self.widget = (
            self.plots if spec.kind is not FigureKind.FIGURE else self._with_diagrams(theme)
        )
        for plot in self.plots.plots():
            # pyqtgraph caches the background as a pixmap, which would put a bitmap in the SVG.
            plot.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
            # The axes stay cached as pixmaps for images (a GIF's frames draw ~7× faster);
            # vector output turns that off while it draws (`_paint_on`).
            if spec.transparent:
                plot.setBackground(None)
                plot.setStyleSheet("background: transparent; border: none")
                plot.viewport().setAutoFillBackground(False)
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.widget.resize(spec.width, spec.height)
        self.widget.show()
        self.show_epoch(self.rows - 1)
        self.widget.grab()  # a first paint settles the axes' text space at this size
        self._settle()

    @property
    def rows(self) -> int:
        """Rows of the longest run drawn: epochs 0 … rows − 1 are what an animation shows."""
        return max(self._lengths)

    @property
    def diagram(self) -> NeuronDiagram | None:
        """Run 1's diagram (diagram + plots only)."""
        return self.diagrams[0] if self.diagrams else None

    def _start_runs(self) -> None:
        """Curves for every run, all binned over the longest plan (one epoch axis), then every
        row at once, so the w/b axis spans the whole run and frames do not rescale."""
        # One bin per pixel column of the whole figure: a 3840-px export is as fine as its pixels.
        bins = max(DEFAULT_BINS, self.spec.width)
        if len(self.runs) == 1:
            (_, trajectory), rows = self.runs[0], self._lengths[0]
            self.plots.start_run(RUN_ID, trajectory, self.planned, self.title, bins)
            self.plots.extend(RUN_ID, rows)
            return
        for index, ((_, trajectory), rows) in enumerate(zip(self.runs, self._lengths, strict=True)):
            self.plots.start_run(
                RUN_ID + index,
                trajectory,
                self.planned,
                self.title,
                bins,
                run_index=index,
                label=self.labels[index],
            )
            self.plots.extend(RUN_ID + index, rows)

    def _settle(self) -> None:
        """Lay the plots out for their tick labels now (a figure is painted without an event
        loop, which is where pyqtgraph would do it)."""
        for plot in self.plots.plots():
            if plot.isVisible():
                settle_layout(plot)

    def _with_diagrams(self, theme: Theme) -> QWidget:
        """Diagram(s) on the left, plots on the right; two runs get a small captioned diagram
        each, one above the other."""
        container = QWidget()
        row = QHBoxLayout(container)
        row.setContentsMargins(0, 0, 0, 0)
        if len(self.runs) == 1:
            row.addWidget(self._new_diagram(theme), 3)
        else:
            column = QVBoxLayout()
            for index in range(len(self.runs)):
                column.addWidget(self._caption(index, theme))
                column.addWidget(self._new_diagram(theme), 1)
            row.addLayout(column, 3)
        row.addWidget(self.plots, 7)
        if not self.spec.transparent:
            container.setAutoFillBackground(True)
            palette = container.palette()
            palette.setColor(container.backgroundRole(), QColor(theme.background))
            container.setPalette(palette)
        return container

    def _new_diagram(self, theme: Theme) -> NeuronDiagram:
        diagram = NeuronDiagram()
        diagram.set_scale(theme.scale)
        background = QColor(0, 0, 0, 0) if self.spec.transparent else QColor(theme.background)
        diagram.set_colors(background, QColor(theme.foreground))
        self.diagrams.append(diagram)
        return diagram

    def _caption(self, index: int, theme: Theme) -> QLabel:
        """A diagram's caption: which run it shows, in that run's colour."""
        caption = QLabel(self.labels[index])
        caption.setWordWrap(True)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = caption.font()
        font.setPointSizeF(theme.axis_point_size)
        font.setBold(True)
        caption.setFont(font)
        caption.setStyleSheet(f"color: {theme.runs[index % 2]}; background: transparent")
        return caption

    def __enter__(self) -> RunFigure:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def show_epoch(self, epoch: int, caption: bool = False) -> None:
        """Draw the runs up to `epoch` (the diagrams show that epoch, or a run's last if it
        ended sooner): one animation frame.

        With `caption`, the title also names the epoch, so every frame of an animation says
        where it is (and no two frames are alike, which GIF encoders would merge).
        """
        self.plots.set_reveal_limit(None if epoch >= self.rows - 1 else epoch)
        title = self.title
        if caption:
            title = QCoreApplication.translate("RunFigure", "Epoch {epoch:,} · {title}").format(
                title=title, epoch=epoch
            )
        self.plots.show_plan(self.planned, title)
        self.plots.redraw_now()
        if caption:
            self._settle()  # the caption may have wrapped the title to another height
        for diagram, (parameters, trajectory), rows in zip(
            self.diagrams, self.runs, self._lengths, strict=False
        ):
            state = trajectory.row(min(epoch, rows - 1))
            diagram.show_state(parameters.x, state["w"], state["b"], state["a"])

    def image(self) -> QImage:
        """The figure as an image of exactly the spec's size (transparent background if asked)."""
        size = QSize(self.spec.width, self.spec.height)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(
            Qt.GlobalColor.transparent if self.spec.transparent else QColor(self.theme.background)
        )
        self._paint_on(image)
        return image

    def write_png(self, path: str | os.PathLike[str]) -> None:
        """PNG at the exact size, written atomically."""
        save_png(self.image(), path)

    def svg(self) -> str:
        """True-vector SVG text: curves as paths, text as text, strokes right in any renderer."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        # CSS pixels: font sizes are written in the same units as the coordinates Qt laid the
        # text out in (at its default 72 dpi a 21 pt font was written as 21 px: runs apart).
        generator.setResolution(96)
        generator.setSize(QSize(self.spec.width, self.spec.height))
        generator.setViewBox(QRect(0, 0, self.spec.width, self.spec.height))
        generator.setTitle(self.document_title)
        generator.setDescription("Neuron Lab")
        self._paint_on(generator)
        return bake_cosmetic_strokes(bytes(buffer.data()).decode("utf-8"), css_font_family)

    def write_svg(self, path: str | os.PathLike[str]) -> None:
        """The SVG, written atomically."""
        text = self.svg()
        with atomic_path(path) as temporary:
            temporary.write_text(text, encoding="utf-8")

    def write_pdf(self, path: str | os.PathLike[str]) -> None:
        """Vector PDF, one page the size of the figure (at 96 px per inch), written atomically."""
        with atomic_path(path) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setResolution(96)
            points = QSizeF(self.spec.width * 72 / 96, self.spec.height * 72 / 96)
            writer.setPageSize(QPageSize(points, QPageSize.Unit.Point, "figure"))
            writer.setPageMargins(QMarginsF(0, 0, 0, 0))
            writer.setTitle(self.document_title)
            writer.setCreator("Neuron Lab")
            self._paint_on(writer)
            _require_written(temporary, path)

    def copy_to_clipboard(self) -> None:
        """Put the figure on the clipboard as an image (pasted as PNG by most programs)."""
        QGuiApplication.clipboard().setImage(self.image())

    def _paint_on(self, device: QImage | QSvgGenerator | QPdfWriter) -> None:
        vector = not isinstance(device, QImage)
        if vector:  # or the axes land in the SVG or PDF as bitmaps
            for plot in self.plots.plots():
                set_axis_caching(plot, False)
        painter = QPainter(device)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.widget.render(painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        finally:
            ended = painter.end()
            if vector:
                for plot in self.plots.plots():
                    set_axis_caching(plot, True)
        if not ended:  # e.g. a PDF that could not be completed (disk full)
            raise OSError("could not finish drawing the figure")

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()


def css_font_family(qt_family: str) -> str:
    """The CSS family list for a font Qt names `qt_family` (often its alias "Sans Serif"): the
    family Qt really drew with first, so another renderer lays the text out alike, then
    `FALLBACK_FAMILIES`."""
    drawn = QFontInfo(QFont(qt_family)).family()
    names = dict.fromkeys(name for name in (drawn, *FALLBACK_FAMILIES) if name)
    return ", ".join(names)


def _require_written(temporary: os.PathLike[str], path: str | os.PathLike[str]) -> None:
    if os.path.getsize(temporary) == 0:
        raise OSError(f"could not write {os.fspath(path)!r}")
