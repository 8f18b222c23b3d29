"""Messages the model writes for people, in a form the app can translate.

A `ParameterError` (and so an `ExperimentError`) keeps its message as a subject (what is wrong:
"eta (learning rate)", "exp.neuronlab: runs[0].eta") and a predicate template with named values
("must be between {low} and {high}, got {value}"). `str(error)` is the English line the command
line prints; the window translates the template (context `TRANSLATION_CONTEXT`) and fills in the
values itself. Templates are marked with `QT_TRANSLATE_NOOP` so `pyside6-lupdate` finds them;
this module imports no Qt.
"""

from __future__ import annotations

TRANSLATION_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    """`text`, marked for translation in `context` (translated where it is shown)."""
    del context
    return text
