"""Offscreen figures for export: the cost-vs-epoch curve rendered at an exact pixel size.

Uses the same plot styling as the window, so an exported image looks like what the class saw.
"""

from __future__ import annotations

import os

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from desktop.atomic_file import atomic_path
from desktop.theme import LIGHT, Theme
from desktop.training_plots import styled_plot
from model import TrajectoryRows


def render_cost_figure(rows: TrajectoryRows, title: str, width: int, height: int, theme: Theme = LIGHT) -> QImage:
    """Draw cost vs epoch of `rows` into a `width` × `height` image (needs a QApplication)."""
    plot = styled_plot(title, QCoreApplication.translate("TrainingPlots", "cost C"), theme)
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    curve = plot.plot(rows.epoch.astype(np.float64), rows.cost, pen=theme.pen(theme.cost))
    curve.setDownsampling(auto=True, method="peak")
    curve.setClipToView(True)
    plot.setXRange(0, max(int(rows.epoch[-1]), 1), padding=0.02)
    plot.setYRange(0.0, float(rows.cost.max()) or 1.0, padding=0.05)
    plot.resize(width, height)
    plot.show()
    image = plot.grab().toImage()
    plot.close()
    plot.deleteLater()
    return image


def save_png(image: QImage, path: str | os.PathLike[str]) -> None:
    """Write `image` as PNG atomically; raise OSError if it cannot be written."""
    with atomic_path(path) as temporary:
        if not image.save(str(temporary), "PNG"):
            raise OSError(f"could not write PNG data to {os.fspath(path)!r}")
