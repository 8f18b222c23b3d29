"""File → Export… and Edit → Copy figure, with the export code loaded on first use.

Importing the export code (figures, SVG/PDF/GIF writers, the dialog) costs ~40 ms, a tenth of the
window's start-up, for commands a lecture may never use: the window holds this small front, and
`WindowExports` and its `GuiExporter` are made the first time an export is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from desktop.engine.run_session import RunSession
from desktop.style.presentation import Presentation
from desktop.views.parameter_panel import ParameterPanel

if TYPE_CHECKING:
    from desktop.export.export_dialog import ExportChoices
    from desktop.export.gui_export import GuiExporter
    from desktop.window.window_exports import WindowExports


class ExportCommands:
    """The window's export commands; the export machinery exists once one was used."""

    def __init__(
        self,
        window: QMainWindow,
        session: RunSession,
        panel: ParameterPanel,
        presentation: Presentation,
    ) -> None:
        self._parts = (window, session, panel, presentation)
        self._exports: WindowExports | None = None

    @property
    def loaded(self) -> bool:
        """Whether the export code has been loaded (an export or copy was asked for)."""
        return self._exports is not None

    @property
    def exports(self) -> WindowExports:
        if self._exports is None:
            from desktop.export.gui_export import GuiExporter
            from desktop.window.window_exports import WindowExports

            window, session, panel, presentation = self._parts
            self._exports = WindowExports(window, session, panel, presentation, GuiExporter(window))
        return self._exports

    @property
    def exporter(self) -> GuiExporter:
        """The exporter (writes files; makes GIFs in the background)."""
        return self.exports.exporter

    def open_dialog(self) -> ExportChoices | None:
        return self.exports.open_dialog()

    def copy_figure(self) -> None:
        self.exports.copy_figure()

    def shutdown(self) -> bool:
        """Stop a GIF being made (see GuiExporter.shutdown); True if nothing is left running."""
        return self._exports is None or self._exports.exporter.shutdown()
