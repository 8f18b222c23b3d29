"""Opening the main window: on screen (`neuron-lab`), or offscreen for `neuron-lab screenshot`.

On screen, the window opens with the run the command line asked for (a preset, or values set by
flags over it). The screenshot drives the real window and the real background trainer (at instant
pace), so the picture is exactly what a user sees at the end of that run (or of both runs, in
compare mode), in the view asked for.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QImage

from desktop.engine.pace import INSTANT
from desktop.export.figure_files import save_png
from desktop.qt_app import application, use_offscreen_platform
from desktop.style.language import chosen_language, install_language
from desktop.style.presentation import Presentation, largest_scale_for_height
from desktop.window.main_window import MainWindow
from desktop.window.window_settings import last_experiment
from model import RunParameters, preset
from model.experiment import Experiment

RUN_TIMEOUT_MS = 120_000


def render_window_after_run(
    preset_name: str,
    width: int,
    height: int,
    theme: str = "light",
    scale: float = 1.0,
    view: str = "main",
    second: RunParameters | None = None,
    language: str = "en",
) -> QImage:
    """Open the window offscreen at `width` × `height`, run the preset to the end, grab it.

    `theme` and `scale` are the presentation settings used for this picture only (not saved).
    `view` is one of `desktop.cli.VIEWS`; `second`, if given, is run beside the preset in
    compare mode, in `language`. The picture is taken once every run of the session has ended
    and is shown.
    """
    use_offscreen_platform()
    application()
    install_language(language)
    presentation = Presentation(remember=False)
    presentation.theme_name, presentation.scale = theme, scale
    window = MainWindow(pace=INSTANT, presentation=presentation)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.load_preset(preset_name)
    window.set_compare(second)
    window.show_view(view)
    window.resize(width, height)
    window.show()
    loop = QEventLoop()
    window.session.ended.connect(lambda *_: loop.quit())
    QTimer.singleShot(RUN_TIMEOUT_MS, loop.quit)
    window.run()
    loop.exec()
    if view == "speed-map":  # the map of the run's settings, computed as Compute would
        computed = QEventLoop()
        for signal in (window.insights.job.finished, window.insights.job.failed):
            signal.connect(lambda *_: computed.quit())
        window.insights.compute_speed_map()
        if window.insights.job.busy:
            computed.exec()
    loop.processEvents()
    window.grab()  # a first paint settles the axes' text space (their width follows their labels)
    loop.processEvents()
    image = window.grab().toImage()
    close_for_good(window)
    return image


def write_screenshot(
    path: Path,
    preset_name: str,
    width: int,
    height: int,
    theme: str = "light",
    scale: float = 1.0,
    view: str = "main",
    second: RunParameters | None = None,
    language: str = "en",
) -> None:
    """`render_window_after_run`, saved as a PNG at `path` (atomically)."""
    image = render_window_after_run(
        preset_name, width, height, theme, scale, view, second, language
    )
    save_png(image, path)


def run_window(
    parameters: RunParameters | None,
    preset_name: str | None,
    experiment: Experiment | None = None,
    experiment_path: Path | None = None,
    language: str | None = None,
) -> int:
    """Open the main window showing `parameters` and run until it is closed; the exit code.

    The preset chooser shows `preset_name` if `parameters` are its values, else the values are
    shown as set by hand (an experiment prepared on the command line). An `experiment` (read
    from `experiment_path` by the command line) is shown instead, as that file. With neither
    parameters nor experiment the window comes back as it was last closed (else `preset_name`).
    `language` (`--lang`) overrides the one chosen in the window and the system's.
    """
    app = application()
    install_language(chosen_language(language))
    shown = WindowHolder(MainWindow())
    window = shown.window
    last = last_experiment() if parameters is None and experiment is None else None
    if parameters is not None or last is None:
        window.load_parameters(parameters or preset(preset_name or "").parameters, preset_name)
    if last is not None:
        window.files.apply(last)
    if experiment is not None:
        window.files.apply(experiment)
        window.files.opened(experiment_path)
    app.aboutToQuit.connect(shown.shutdown)
    if not window.settings.restore_geometry():
        window.resize(1280, 720)
    window.show()
    _fit_scale_to_screen(window)
    code = app.exec()
    close_for_good(shown.window)
    return code


class WindowHolder:
    """The window on screen; View → Language replaces it with one in the new language."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._connect()

    def _connect(self) -> None:
        self.window.languages.chosen.connect(self.reopen_in)
        self.window.settings.language_reset.connect(self.reopen_in)

    def reopen_in(self, language: str) -> None:
        """Show the window again in `language`, as it was: same experiment (at its epoch 0),
        file, unsaved-changes mark, geometry, view; the old window is closed."""
        self.window = reopen_in_language(self.window, language)
        self._connect()

    def shutdown(self) -> None:
        self.window.controller.shutdown()


def reopen_in_language(old: MainWindow, language: str) -> MainWindow:
    """A new main window in `language` showing what `old` showed; `old` is closed for good.

    Qt widgets keep the texts they were given, so a language takes effect in windows made after
    it is installed: the window is made again (in a fraction of a second), not patched."""
    experiment, path, modified = old.files.current(), old.files.path, old.isWindowModified()
    geometry, state = old.geometry(), old.saveState()
    install_language(language)
    new = MainWindow(pace=old.session.pace)
    new.files.apply(experiment)
    new.files.opened(path)
    new.setWindowModified(modified)
    new.setGeometry(geometry)  # the same place on screen (a window manager's frame aside)
    new.restoreState(state)
    new.setWindowState(old.windowState())
    if old.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen):
        new.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    new.show()
    new.languages.announce()
    old.setWindowModified(False)  # what it held lives on in the new window: no question
    old.close()  # joins its threads now; deleted once the slot that asked for this returns
    old.deleteLater()
    return new


def close_for_good(window: MainWindow) -> None:
    """Close the window (joining its threads) and destroy it now, while Python still runs.

    Left to the interpreter's exit, PySide destroys what Python still holds in no set order, and
    a pyqtgraph item whose Python event handler runs then (its view already gone) crashes the
    process on the way out.
    """
    window.close()
    shiboken6.delete(window)


def _fit_scale_to_screen(window: MainWindow) -> None:
    """Lower a presentation scale remembered from a bigger screen until the window fits."""
    largest = largest_scale_for_height(window.screen().availableGeometry().height())
    if window.presentation.scale > largest:
        window.presentation.set_scale(largest)
