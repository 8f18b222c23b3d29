"""The learning-speed map as a picture file: `write_speed_map_png` draws the view's two maps,
colour bar, summaries and labelled axes offscreen under a heading that names the map's settings,
at exactly the size asked, and writes it atomically (`neuron-lab speed-map --png FILE`).

It needs a QApplication; without one it makes the offscreen one the command line uses.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop.insight.speed_map_plots import SpeedMapPlots
from desktop.insight.speed_map_texts import figure_title, map_caption
from desktop.qt_app import application, use_offscreen_platform
from desktop.style.theme import THEMES, Theme
from model.atomic_file import atomic_path
from model.speed_map import SpeedMap

REFERENCE_SIZE = (1280, 720)
"""A figure this size uses the window's sizes (presentation scale 1); others scale with it,
as the run figures do."""
MIN_SCALE = 0.5
MARGIN = 16
"""Pixels around the figure's content at scale 1."""


def figure_theme(theme_name: str, width: int, height: int) -> Theme:
    """The theme `theme_name` ("light" or "dark") at the size's scale: text and lines grow with
    the figure, relative to a 1280 × 720 one."""
    if theme_name not in THEMES:
        raise ValueError(f"theme must be one of {', '.join(THEMES)}, got {theme_name!r}")
    scale = max(min(width / REFERENCE_SIZE[0], height / REFERENCE_SIZE[1]), MIN_SCALE)
    return THEMES[theme_name].scaled(scale)


class SpeedMapFigure(QWidget):
    """The offscreen figure: a heading, a caption of the settings, and the maps."""

    def __init__(self, speed_map: SpeedMap, theme: Theme) -> None:
        super().__init__()
        request = speed_map.request
        self.title = _label(figure_title(), theme, theme.label_point_size * 1.2, bold=True)
        caption = map_caption(
            request.x, request.y, request.eta, request.rule, request.threshold, request.max_epochs
        )
        self.caption = _label(caption, theme, theme.axis_point_size)
        self.plots = SpeedMapPlots(theme)
        self.plots.info_label.hide()
        layout = QVBoxLayout(self)
        margin = round(MARGIN * theme.scale)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.plots, 1)
        palette = theme.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        self.setPalette(palette)
        self.plots.setPalette(palette)
        self.setAutoFillBackground(True)
        self.plots.show_map(speed_map)

    def image(self, size: QSize) -> QImage:
        """The figure drawn at exactly `size` pixels."""
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.resize(size)
        self.show()
        self.layout().activate()
        self.plots.settle()
        self.grab()  # a first paint measures the axes' labels at this size
        self.plots.settle()
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(self.palette().color(QPalette.ColorRole.Window)))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.render(painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        finally:
            painter.end()
        return image


def write_speed_map_png(
    speed_map: SpeedMap,
    path: str | os.PathLike[str],
    width: int = 1600,
    height: int = 800,
    theme: str = "light",
) -> None:
    """Draw `speed_map` at `width` × `height` pixels in the light or dark theme and write it to
    `path` as PNG, atomically (a failed write leaves no file, nor a broken one). Raises OSError
    if the file cannot be written, ValueError for an unknown theme or a size below 16 pixels."""
    if width < 16 or height < 16:
        raise ValueError(
            f"a speed-map figure needs at least 16 × 16 pixels, not {width} × {height}"
        )
    look = figure_theme(theme, width, height)
    if QApplication.instance() is None:
        use_offscreen_platform()
    application()
    figure = SpeedMapFigure(speed_map, look)
    try:
        image = figure.image(QSize(width, height))
    finally:
        figure.close()
        figure.deleteLater()
    _save_png_atomically(image, Path(path))


def _save_png_atomically(image: QImage, target: Path) -> None:
    """Write `image` as a PNG under a temporary name beside `target`, then rename it over."""
    with atomic_path(target) as temporary:
        if not image.save(str(temporary), "PNG"):
            raise OSError(f"could not write PNG data to {os.fspath(target)!r}")


def _label(text: str, theme: Theme, points: float, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    font = QFont(label.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    label.setFont(font)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.foreground))
    label.setPalette(palette)
    return label
