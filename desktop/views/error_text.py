"""A model error (ParameterError, ExperimentError) as a line in the user's language.

The model keeps its messages as a subject ("exp.neuronlab: runs[0].eta") and a template with
named values (see `model.messages`); here the template and the values that are words of the
model ("a list", JSON's own reasons) are translated, and the values filled in.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from model import ParameterError
from model.messages import TRANSLATION_CONTEXT


def error_text(error: ParameterError) -> str:
    """`str(error)`, translated."""
    values = {
        key: QCoreApplication.translate(TRANSLATION_CONTEXT, value)
        if isinstance(value, str)
        else value
        for key, value in error.values.items()
    }
    template = QCoreApplication.translate(TRANSLATION_CONTEXT, error.template)
    text = template.format(**values) if values else template
    subject = QCoreApplication.translate(TRANSLATION_CONTEXT, error.subject)
    return f"{subject} {text}" if subject else text


OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "No such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "Operation not permitted"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "No space left on device"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "Read-only file system"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "Not a directory"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "File name too long"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Errors", "Disk quota exceeded"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "Input/output error"),
}
"""The system's reasons a file cannot be read or written that people meet, in their words."""


def os_reason(error: OSError) -> str:
    """Why the system refused (translated for the usual reasons, else the system's words)."""
    reason = OS_REASONS.get(error.errno or 0)
    if reason is not None:
        return QCoreApplication.translate(TRANSLATION_CONTEXT, reason)
    return str(error.strerror or error)
