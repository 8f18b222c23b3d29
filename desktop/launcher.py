"""Opening the main window: on screen (`neuron-lab`), or offscreen for `neuron-lab screenshot`.

The screenshot drives the real window and the real background trainer (at instant pace), so the picture is
exactly what a user sees at the end of that run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QImage

from desktop.engine.pace import INSTANT
from desktop.export.figure_files import save_png
from desktop.qt_app import application, use_offscreen_platform
from desktop.style.presentation import Presentation, largest_scale_for_height
from desktop.window.main_window import MainWindow

RUN_TIMEOUT_MS = 120_000


def render_window_after_run(
    preset_name: str, width: int, height: int, theme: str = "light", scale: float = 1.0
) -> QImage:
    """Open the window offscreen at `width` × `height`, run the preset to the end, grab it.

    `theme` and `scale` are the presentation settings used for this picture only (not saved).
    """
    use_offscreen_platform()
    application()
    presentation = Presentation(remember=False)
    presentation.theme_name, presentation.scale = theme, scale
    window = MainWindow(pace=INSTANT, presentation=presentation)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.load_preset(preset_name)
    window.resize(width, height)
    window.show()
    loop = QEventLoop()
    window.controller.run_ended.connect(lambda *_: loop.quit())
    QTimer.singleShot(RUN_TIMEOUT_MS, loop.quit)
    window.run()
    loop.exec()
    loop.processEvents()
    image = window.grab().toImage()
    window.close()
    window.deleteLater()
    return image


def write_screenshot(
    path: Path, preset_name: str, width: int, height: int, theme: str = "light", scale: float = 1.0
) -> None:
    save_png(render_window_after_run(preset_name, width, height, theme, scale), path)


def run_window(preset_name: str | None) -> int:
    """Open the main window (optionally with a preset loaded) and run until it is closed."""
    app = application()
    window = MainWindow()
    window.load_preset(preset_name or "quadratic-good-start")
    app.aboutToQuit.connect(window.controller.shutdown)
    window.resize(1280, 720)
    window.show()
    screen_height = window.screen().availableGeometry().height()
    if window.presentation.scale > largest_scale_for_height(
        screen_height
    ):  # remembered from a bigger screen
        window.presentation.set_scale(largest_scale_for_height(screen_height))
    return app.exec()
