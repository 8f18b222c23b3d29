"""Shared helpers for desktop tests: the model's reference run, pixels as arrays, a fixed plot,
axis tick labels, a temporary application font."""

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from desktop.plots.training_plots import styled_plot
from desktop.style.theme import LIGHT
from model import RunParameters, Training, TrajectoryRows


def reference_rows(parameters: RunParameters, epochs: int | None = None) -> TrajectoryRows:
    """The model's own rows for `parameters`, up to `epochs` (default: the whole plan)."""
    training = Training(parameters)
    training.advance(parameters.epochs if epochs is None else epochs)
    return training.trajectory.rows()


def rgb(image: QImage) -> np.ndarray:
    """Height × width × 3 array of the image's pixels."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return raw[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def colour_mask(pixels: np.ndarray, colour: tuple[int, ...], tolerance: int = 40) -> np.ndarray:
    """Where the pixels are within `tolerance` of `colour` in every channel."""
    return (np.abs(pixels.astype(int) - colour) <= tolerance).all(axis=2)


def fixed_range_plot(qtbot) -> pg.PlotWidget:
    """A shown 800×500 cost plot whose view is exactly epochs 0..300 by cost 0..0.5."""
    widget = styled_plot("Cost", "cost C", LIGHT)
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(800, 500)
    widget.show()
    widget.setXRange(0, 300, padding=0)
    widget.setYRange(0, 0.5, padding=0)
    QApplication.processEvents()
    return widget


def tick_labels(axis: pg.AxisItem) -> list[tuple[QRectF, str]]:
    """The tick labels the axis draws now, with their rects in scene coordinates."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(axis.mapRectToScene(rect), text) for rect, _, text in (specs[2] if specs else [])]


@contextmanager
def app_font(points: float) -> Iterator[None]:
    """The application font at `points` for the duration of the block."""
    app = QApplication.instance()
    before = app.font()
    font = app.font()
    font.setPointSizeF(points)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(before)
