"""Guards for the known-bad dependency versions, should pyproject's ranges ever be widened.

PySide6 6.12.0 lowers the refcount of None on every Qt call returning nothing and aborts
Python 3.11 after a few thousand calls; pyqtgraph 0.14.0's SVG export fails on Qt >= 6.11.
"""

import sys
from xml.etree import ElementTree

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_leak_references_to_none(qapp) -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 100


def test_svg_export_of_a_plot_works(qtbot, tmp_path) -> None:
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.plot([0, 1, 2, 3], [0.5, 0.25, 0.125, 0.0625], pen=pg.mkPen("k", width=3))
    target = tmp_path / "plot.svg"
    pyqtgraph.exporters.SVGExporter(plot.getPlotItem()).export(fileName=str(target))
    root = ElementTree.parse(target).getroot()
    assert root.tag.endswith("svg")
    assert any(el.tag.endswith("path") for el in root.iter())
