"""Guard for a known-bad dependency version, should pyproject's range ever be widened.

PySide6 6.12.0 lowers the refcount of None on every Qt call returning nothing and aborts
Python 3.11 after a few thousand calls. (pyqtgraph's SVGExporter, broken on Qt >= 6.11, is not
guarded: the app writes SVG with QSvgGenerator and never uses that exporter.)
"""

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_leak_references_to_none(qapp) -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 100
