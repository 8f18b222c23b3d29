"""The book-fidelity note: which update rule reproduces the book's published animation, and why
the default differs. Shown by the info button beside every rule chooser and in the why-slow panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def book_rule_title() -> str:
    return QCoreApplication.translate("BookNote", "Which update rule?")


def book_rule_note() -> str:
    """The note as rich text (HTML), translated."""
    return QCoreApplication.translate(
        "BookNote",
        "<p>The book's published cross-entropy animation steps by "
        "<i>∂C/∂a</i> = 1/(1 − <i>a</i>) (for <i>x</i> = 1, <i>y</i> = 0), "
        "not by the gradient of eq. 61, "
        "<i>∂C/∂w</i> = <i>x</i>(<i>a</i> − <i>y</i>).</p>"
        "<p><b>True gradient</b> (the default) is the mathematics of the chapter. "
        "<b>Book widget</b> reproduces the published figure (η = 0.005). "
        "In compare mode, <i>Book rule vs true gradient</i> shows both from the same start.</p>",
    )
