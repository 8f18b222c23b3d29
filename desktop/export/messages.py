"""What the window says when an export cannot be done: one translated line, never a traceback.

Option errors come from the Qt-free `options` with an English template; here they are translated
(context `ExportOptions`), so the dialog and the command line say the same thing.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication

from desktop.export.options import TRANSLATION_CONTEXT, ExportOptionError
from desktop.views.error_text import os_reason


def option_message(error: ValueError) -> str:
    """The message of a refused setting, translated if it is an `ExportOptionError`."""
    if isinstance(error, ExportOptionError):
        text = QCoreApplication.translate(TRANSLATION_CONTEXT, error.template)
        return text.format(**error.values)
    return str(error)


def sentence(text: str) -> str:
    """`text` with a capital first letter, as a message on its own in a dialog."""
    return text[:1].upper() + text[1:]


def could_not_save(path: str | os.PathLike[str], reason: object) -> str:
    """ "Could not save PATH: REASON", translated."""
    return QCoreApplication.translate("GuiExporter", "Could not save {path}: {reason}").format(
        path=os.fspath(path), reason=reason
    )


def export_failure(error: Exception, path: str | os.PathLike[str]) -> str:
    """One line for a failed export: the file and the system's reason, or the refused setting."""
    if isinstance(error, OSError):
        return could_not_save(error.filename or path, os_reason(error))
    if isinstance(error, ValueError):
        return sentence(option_message(error))
    return could_not_save(path, f"{type(error).__name__}: {error}")
