"""`QT_TRANSLATE_NOOP` for Qt-free modules: marks a text for `pyside6-lupdate` (which finds it by
this name) and returns it unchanged; the view that shows it passes it through
`QCoreApplication.translate` with the same context. Qt-free.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """`text`, marked for translation in `context` (translated where it is shown)."""
    del context
    return text
