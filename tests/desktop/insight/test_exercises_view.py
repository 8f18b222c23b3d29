"""The exercises view against the model: at y = 0 and y = 1 the swapped cross-entropy form is a
labelled gap (no NaN handed to pyqtgraph, no warning: the test config fails on any) while the
right form is drawn whole; at y = 0.5 both are drawn; the field, slider and quick buttons move
y together; exercise 2 prints the model's largest difference; it pages when two columns would
be too narrow."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.insight.exercises_view import ExercisesView
from desktop.style.number_format import format_number
from desktop.style.theme import DARK
from model.exercises import cross_entropy_forms, sigmoid_derivative


@pytest.fixture
def view(qtbot) -> ExercisesView:
    widget = ExercisesView()
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(838, 560)
    widget.show()
    return widget


def test_it_starts_at_y_0_as_in_the_chapter_with_the_gap_labelled(view) -> None:
    assert view.y() == 0.0 and view.field.value() == 0.0 and view.slider.value() == 0
    assert view.gap_label_visible()
    assert "ln 0" in view.forms_plot.undefined.toPlainText()


@pytest.mark.parametrize("y", [0.0, 1.0])
def test_at_0_and_1_the_swapped_form_is_a_labelled_gap_and_the_right_one_whole(
    view, y: float
) -> None:
    view.set_y(0.5)
    view.set_y(y)
    curves = view.forms_data()
    a, right = curves["right"]
    expected = cross_entropy_forms(y)
    assert np.array_equal(a, expected.a) and np.array_equal(right, expected.right)
    assert np.isfinite(right).all()
    assert len(curves["swapped"][0]) == 0  # nothing drawn: a gap, not NaNs
    assert view.gap_label_visible()
    assert view.forms_plot.undefined.toPlainText() == f"undefined at y = {y:g}: ln 0"
    view.grab()  # paints with no warning


def test_at_a_half_both_forms_are_drawn_and_no_label(view) -> None:
    view.set_y(0.5)
    curves = view.forms_data()
    expected = cross_entropy_forms(0.5)
    assert np.array_equal(curves["swapped"][1], expected.swapped)
    assert np.array_equal(curves["right"][1], expected.right)
    assert not view.gap_label_visible()
    low, high = view.forms_plot.widget.getPlotItem().vb.viewRange()[1]
    assert low <= 0.0 and high >= max(expected.right.max(), expected.swapped.max())


def test_field_slider_and_quick_buttons_set_y_together(view) -> None:
    view.slider.setValue(30)
    assert view.y() == 0.3 and view.field.value() == 0.3
    view.field.setValue(0.75)
    assert view.y() == 0.75 and view.slider.value() == 75
    for button, y in zip(view.quick, (0.0, 0.5, 1.0), strict=True):
        button.click()
        assert view.y() == y and view.field.value() == y
    assert view.gap_label_visible()


def test_y_outside_0_to_1_is_refused(view) -> None:
    with pytest.raises(ValueError):
        view.set_y(1.5)


def test_a_tiny_y_raises_the_value_axis_to_keep_the_swapped_form_in_view(view) -> None:
    view.set_y(1e-4)
    swapped = view.forms_data()["swapped"][1]
    assert np.isfinite(swapped).all() and len(swapped) > 0
    high = view.forms_plot.widget.getPlotItem().vb.viewRange()[1][1]
    assert high >= swapped.max()


def test_exercise_two_draws_both_curves_and_prints_the_models_difference(view) -> None:
    expected = sigmoid_derivative()
    curves = view.derivative_data()
    assert np.array_equal(curves["derivative"][1], expected.derivative)
    assert np.array_equal(curves["product"][1], expected.product)
    assert view.difference_value() == expected.largest_difference
    assert view.difference_text().endswith(format_number(expected.largest_difference))
    assert "−8 ≤ z ≤ 8" in view.difference_text()


def test_narrow_at_scale_2_it_pages_and_wide_at_scale_1_it_does_not(view) -> None:
    assert not view.paged()
    assert all(column.isVisible() for column in view.columns)
    view.apply_theme(DARK.scaled(2))
    assert view.paged()
    assert [column.isVisible() for column in view.columns] == [True, False]
    view.pages.setCurrentIndex(1)
    assert [column.isVisible() for column in view.columns] == [False, True]
    view.resize(2600, 1200)
    assert not view.paged() and all(column.isVisible() for column in view.columns)
