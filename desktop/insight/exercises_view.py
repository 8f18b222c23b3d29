"""The chapter's exercises (issue 10): (1) which of the two candidate forms is the
cross-entropy, both plotted over the output a for a target y chosen with a field, a slider or
the quick buttons 0, 0.5 and 1 (at y = 0 and y = 1 the swapped form takes ln 0 and is drawn as
a labelled gap); (2) σ′(z) beside σ(z)(1 − σ(z)), with their largest difference printed.

The curves come from `model.exercises`; the plots are `exercises_plots`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop.insight.exercises_plots import DerivativePlot, FormsPlot, curve_data
from desktop.insight.exercises_texts import (
    difference_text,
    page_names,
    right_form,
    swapped_form,
    target_label,
    target_tip,
)
from desktop.plots.plot_style import settle_layout
from desktop.style.theme import LIGHT, Theme
from desktop.views.number_field import DecimalField
from model.exercises import cross_entropy_forms, sigmoid_derivative

SLIDER_STEPS = 100
"""The slider moves y in steps of 1/100; the field takes any y with two decimals."""
QUICK_TARGETS = (0.0, 0.5, 1.0)
SLIDER_LINES = 6
"""The slider is at least this many lines of the controls' font long."""
LEGEND_EXTRA = 4.0
"""An exercise's column is legible down to its legend's widest formula plus this many lines
(the sample and margins); narrower, the exercises go on pages of their own."""


class ExercisesView(QWidget):
    """Both exercises side by side, each plot over its controls or its result; on pages
    chosen by tabs where two columns would be too narrow to read (presentation scale 2 in a
    small window)."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self._y = 0.0
        self.forms_plot = FormsPlot(theme)
        self.derivative_plot = DerivativePlot(theme)
        self.field = DecimalField("y", 0.0, 1.0, decimals=2, step=0.05)
        self.field.setToolTip(target_tip())
        self.field.valueChanged.connect(self.set_y)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setToolTip(target_tip())
        self.slider.valueChanged.connect(lambda step: self.set_y(step / SLIDER_STEPS))
        self.quick = [QPushButton(f"{y:g}") for y in QUICK_TARGETS]
        for button, y in zip(self.quick, QUICK_TARGETS, strict=True):
            button.clicked.connect(lambda _checked=False, y=y: self.set_y(y))
        self.difference = QLabel()
        self.difference.setWordWrap(True)
        self.difference.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QTabBar()
        for name in page_names():
            self.pages.addTab(name)
        self.pages.setExpanding(False)
        self.pages.setDrawBase(False)
        self.pages.currentChanged.connect(lambda _page: self._arrange())
        self.columns = (QWidget(), QWidget())
        self._lay_out()
        curves = sigmoid_derivative()
        self._difference_value = curves.largest_difference
        self.derivative_plot.show_curves(curves)
        self.difference.setText(
            difference_text(float(curves.z[0]), float(curves.z[-1]), curves.largest_difference)
        )
        self._show_y(0.0)
        self.apply_theme(theme)

    def _lay_out(self) -> None:
        target = QHBoxLayout()
        target.addWidget(QLabel(target_label()))
        target.addWidget(self.field)
        for button in self.quick:
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            target.addWidget(button)
        target.addWidget(self.slider, 1)
        forms = QVBoxLayout()
        forms.addWidget(self.forms_plot.widget, 1)
        forms.addLayout(target)
        derivative = QVBoxLayout()
        derivative.addWidget(self.derivative_plot.widget, 1)
        derivative.addWidget(self.difference)
        row = QHBoxLayout()
        for column, layout in zip(self.columns, (forms, derivative), strict=True):
            layout.setContentsMargins(0, 0, 0, 0)
            column.setLayout(layout)
            row.addWidget(column, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.pages)
        outer.addLayout(row, 1)

    # ------------------------------------------------------------------ API
    def set_y(self, y: float) -> None:
        """Plot exercise 1 for target `y` (0 … 1), and show it in the field and slider."""
        y = float(y)
        if not 0.0 <= y <= 1.0:
            raise ValueError(f"y must be between 0 and 1, got {y!r}")
        if y != self._y:
            self._show_y(y)

    def y(self) -> float:
        return self._y

    def apply_theme(self, theme: Theme) -> None:
        """Colours, fonts and sizes of `theme` (its presentation scale too)."""
        self.theme = theme
        self.setPalette(theme.palette())
        self.setAutoFillBackground(True)
        self.forms_plot.apply_theme(theme)
        self.derivative_plot.apply_theme(theme)
        font = QFont(self.font())
        font.setPointSizeF(theme.label_point_size)
        self.difference.setFont(font)
        for button in self.quick:  # as narrow as their text: the slider takes the rest
            metrics = button.fontMetrics()
            button.setMinimumWidth(0)
            button.setMaximumWidth(metrics.horizontalAdvance("0.5") + metrics.height())
        self.slider.setMinimumWidth(SLIDER_LINES * self.slider.fontMetrics().height())
        for plot in (self.forms_plot.widget, self.derivative_plot.widget):
            settle_layout(plot)
        self._arrange()

    def paged(self) -> bool:
        """Whether the exercises are on pages (tabs shown), not side by side."""
        return not self.pages.isHidden()

    def least_column_width(self) -> int:
        """The narrowest an exercise's column stays legible: its legend's widest formula."""
        font = QFont(self.font())
        font.setPointSizeF(self.theme.label_point_size)
        metrics = QFontMetricsF(font)
        widest = max(metrics.horizontalAdvance(text) for text in (right_form(), swapped_form()))
        return round(widest + LEGEND_EXTRA * metrics.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # ------------------------------------------------------------------ queries (tests too)
    def forms_data(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """The curves of exercise 1 as drawn: "right" and "swapped", each (a, C)."""
        plot = self.forms_plot
        return {"right": curve_data(plot.right), "swapped": curve_data(plot.swapped)}

    def derivative_data(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """The curves of exercise 2 as drawn: "derivative" and "product", each (z, value)."""
        plot = self.derivative_plot
        return {"derivative": curve_data(plot.derivative), "product": curve_data(plot.product)}

    def difference_text(self) -> str:
        """The printed largest difference of exercise 2."""
        return self.difference.text()

    def difference_value(self) -> float:
        """…and the number it prints."""
        return self._difference_value

    def gap_label_visible(self) -> bool:
        """Whether the swapped form's "undefined: ln 0" label is shown."""
        return bool(self.forms_plot.undefined.isVisible())

    def sizeHint(self) -> QSize:
        return QSize(840, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 240)

    # ------------------------------------------------------------------ internals
    def _arrange(self) -> None:
        """Side by side if both columns are legible at this width, else the chosen page."""
        paged = self.width() < 2 * self.least_column_width() + 12
        self.pages.setVisible(paged)
        for index, column in enumerate(self.columns):
            column.setVisible(not paged or index == self.pages.currentIndex())

    def _show_y(self, y: float) -> None:
        self._y = y
        with QSignalBlocker(self.field), QSignalBlocker(self.slider):
            self.field.setValue(y)
            self.slider.setValue(round(y * SLIDER_STEPS))
        self.forms_plot.show_forms(cross_entropy_forms(y))
