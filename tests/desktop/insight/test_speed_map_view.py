"""The learning-speed map view: a click on a cell gives that cell's own start exactly, hovering
reads both numbers, Compute sends the fields and the current parameters (or says what is wrong),
the busy state, the cells' colours (not-reached grey where epochs == −1), themes, and the PNG.

Maps are computed by the model itself (small grids, so cells are many pixels wide)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.insight.speed_map_figure import write_speed_map_png
from desktop.insight.speed_map_image import colour_lookup, not_reached_colour
from desktop.insight.speed_map_texts import hover_hint, hover_text, placeholder_text
from desktop.insight.speed_map_view import SpeedMapView
from desktop.style.theme import DARK, LIGHT
from model import CostName, RuleName, RunParameters
from model.speed_map import NOT_REACHED, SpeedMapRequest, compute_speed_map
from tests.desktop.helpers import colour_mask, rgb

START = RunParameters()  # x = 1, y = 0, η = 0.15: the saturated corner is not reached by M


@pytest.fixture(scope="module")
def coarse_map():
    """21 × 21 starts: cells many pixels wide, a not-reached corner for the quadratic cost."""
    return compute_speed_map(SpeedMapRequest.from_parameters(START, grid=21))


@pytest.fixture(scope="module")
def fine_map():
    """The default 201 × 201 grid."""
    return compute_speed_map(SpeedMapRequest.from_parameters(START))


@pytest.fixture
def view(qtbot) -> SpeedMapView:
    widget = SpeedMapView()
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(1266, 900)
    widget.show()
    return widget


def shown(view: SpeedMapView, speed_map) -> SpeedMapView:
    view.show_map(speed_map)
    view.grab()  # a first paint measures the axes' labels; the fit follows
    QApplication.processEvents()
    return view


def cell_centre(view: SpeedMapView, map_index: int, w0: float, b0: float) -> QPoint:
    """The viewport pixel at the centre of the cell at (w0, b0) on map `map_index`."""
    plot = view.plots.maps[map_index]
    scene = plot.view_box.mapViewToScene(QPointF(w0, b0))
    return plot.widget.mapFromScene(scene)


def pixel_at(view: SpeedMapView, map_index: int, point: QPoint) -> tuple[int, int, int]:
    widget = view.plots.maps[map_index].widget
    pixels = rgb(widget.grab().toImage())
    ratio = widget.devicePixelRatioF()
    return tuple(int(v) for v in pixels[round(point.y() * ratio), round(point.x() * ratio)])


# ---------------------------------------------------------------------------------- the pointer
@pytest.mark.parametrize("map_index", [0, 1])
@pytest.mark.parametrize(("i", "j"), [(0, 0), (20, 20), (0, 20), (7, 13), (10, 10)])
def test_clicking_a_cell_emits_that_cells_start_exactly(
    view, qtbot, coarse_map, map_index, i, j
) -> None:
    shown(view, coarse_map)
    point = cell_centre(view, map_index, coarse_map.w0[i], coarse_map.b0[j])
    viewport = view.plots.maps[map_index].widget.viewport()
    with qtbot.waitSignal(view.start_chosen, timeout=1000) as signal:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [coarse_map.w0[i], coarse_map.b0[j]]  # the map's own values, exactly


def test_on_the_default_grid_a_click_names_the_cell_under_the_pointer(view, qtbot, fine_map):
    shown(view, fine_map)
    i, j = 150, 150  # w0 = b0 = 2: the book's saturated start
    point = cell_centre(view, 0, fine_map.w0[i], fine_map.b0[j])
    with qtbot.waitSignal(view.start_chosen, timeout=1000) as signal:
        qtbot.mouseClick(view.plots.maps[0].widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [fine_map.w0[i], fine_map.b0[j]]
    assert signal.args == [2.0, 2.0]


def test_a_click_outside_the_cells_or_with_another_button_chooses_nothing(
    view, qtbot, coarse_map
) -> None:
    shown(view, coarse_map)
    chosen = []
    view.start_chosen.connect(lambda w, b: chosen.append((w, b)))
    viewport = view.plots.maps[0].widget.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # the title's corner
    point = cell_centre(view, 0, 0.0, 0.0)
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=point)
    assert chosen == []


def test_hovering_a_cell_reads_its_start_and_both_numbers(view, qtbot, coarse_map) -> None:
    shown(view, coarse_map)
    i, j = 20, 20  # w0 = b0 = 4: quadratic not reached, cross-entropy reached
    assert coarse_map.epochs[CostName.QUADRATIC][i, j] == NOT_REACHED
    point = cell_centre(view, 1, coarse_map.w0[i], coarse_map.b0[j])
    viewport = view.plots.maps[1].widget.viewport()
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        viewport.mapToGlobal(QPointF(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)  # QTest's mouseMove moves no pointer offscreen
    cross = int(coarse_map.epochs[CostName.CROSS_ENTROPY][i, j])
    expected = hover_text(4.0, 4.0, [(CostName.QUADRATIC, -1), (CostName.CROSS_ENTROPY, cross)])
    assert view.hover_label.text() == expected
    assert "w₀ = 4, b₀ = 4: quadratic not reached · cross-entropy " in expected
    assert f"cross-entropy {cross} epochs" in expected
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))  # the pointer left the maps
    assert view.hover_label.text() == hover_hint()


# ---------------------------------------------------------------------------------- Compute
def test_compute_sends_the_fields_and_the_current_parameters(view, qtbot) -> None:
    parameters = RunParameters(w=3, b=-1, x=0.5, y=0.25, eta=0.3, rule=RuleName.BOOK_WIDGET)
    view.set_parameters(parameters)
    controls = view.controls
    controls.grid_field.setValue(51)
    controls.epochs_field.setValue(500)
    controls.threshold_field.setValue(0.05)
    assert "η = 0.3" in controls.parameters_label.text()
    with qtbot.waitSignal(view.compute_requested, timeout=1000) as signal:
        qtbot.mouseClick(controls.compute_button, Qt.MouseButton.LeftButton)
    assert signal.args == [
        SpeedMapRequest(
            x=0.5,
            y=0.25,
            eta=0.3,
            rule=RuleName.BOOK_WIDGET,
            grid=51,
            max_epochs=500,
            threshold=0.05,
        )
    ]


def test_compute_uses_a_value_typed_but_not_yet_entered(view, qtbot) -> None:
    field = view.controls.grid_field
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "75")
    with qtbot.waitSignal(view.compute_requested, timeout=1000) as signal:
        view.controls.compute_button.click()
    assert signal.args[0].grid == 75


@pytest.mark.parametrize(
    ("field_name", "text", "words"),
    [
        ("grid_field", "5000", "grid N must be between 2 and 1"),
        ("grid_field", "", "grid N must be a whole number"),
        ("threshold_field", "1.5", "threshold T must be between"),
        ("epochs_field", "0", "max epochs M must be between 1 and 100,000"),
    ],
)
def test_a_bad_field_is_named_and_nothing_is_requested(
    view, qtbot, field_name, text, words
) -> None:
    requests = []
    view.compute_requested.connect(requests.append)
    field = getattr(view.controls, field_name)
    field.lineEdit().selectAll()
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(field.lineEdit(), text)
    view.controls.compute_button.click()
    assert requests == []
    assert view.message_label.isVisibleTo(view)
    assert words in view.message_label.text()


def test_parameters_the_model_refuses_are_said_and_nothing_is_requested(view) -> None:
    requests = []
    view.compute_requested.connect(requests.append)
    view.set_parameters(RunParameters(eta=0.0))  # not validated: as a half-typed panel might
    view.controls.compute_button.click()
    assert requests == []
    assert "eta" in view.message_label.text()
    view.set_parameters(START)
    view.controls.compute_button.click()
    assert len(requests) == 1 and not view.message_label.isVisibleTo(view)


def test_busy_turns_compute_off_and_cancel_on_and_cancel_is_forwarded(view, qtbot) -> None:
    controls = view.controls
    assert controls.compute_button.isEnabled() and not controls.cancel_button.isEnabled()
    view.set_busy(True)
    assert not controls.compute_button.isEnabled() and controls.cancel_button.isEnabled()
    view.set_progress(0.25)
    assert controls.progress_bar.value() == controls.progress_bar.maximum() // 4
    with qtbot.waitSignal(view.cancel_requested, timeout=1000):
        qtbot.mouseClick(controls.cancel_button, Qt.MouseButton.LeftButton)
    view.set_busy(False)
    assert controls.compute_button.isEnabled() and not controls.cancel_button.isEnabled()


# ---------------------------------------------------------------------------------- drawing
def test_before_any_map_the_view_says_to_press_compute(view) -> None:
    assert view.current_map() is None
    assert view.placeholder.isVisible() and not view.plots.isVisible()
    assert view.placeholder.text() == placeholder_text()


def test_not_reached_cells_are_grey_and_reached_ones_on_the_colour_scale(view, coarse_map):
    shown(view, coarse_map)
    assert view.current_map() is coarse_map and view.plots.isVisible()
    grey = not_reached_colour(LIGHT).getRgb()[:3]
    lookup = colour_lookup()
    quadratic = coarse_map.epochs[CostName.QUADRATIC]
    for i, j in [(20, 20), (18, 20)]:  # the saturated corner
        assert quadratic[i, j] == NOT_REACHED
        point = cell_centre(view, 0, coarse_map.w0[i], coarse_map.b0[j])
        assert colour_mask(np.array([[pixel_at(view, 0, point)]]), grey, 6).all()
    cross = coarse_map.epochs[CostName.CROSS_ENTROPY]
    assert cross[20, 20] > 0  # the same start learns with cross-entropy: not grey there
    point = cell_centre(view, 1, coarse_map.w0[20], coarse_map.b0[20])
    colour = pixel_at(view, 1, point)
    assert not colour_mask(np.array([[colour]]), grey, 30).all()
    distances = np.abs(lookup[:, :3].astype(int) - colour).max(axis=1)
    assert distances.min() <= 6  # a colour of the scale


def test_each_cost_has_a_summary_under_its_map(view, coarse_map) -> None:
    shown(view, coarse_map)
    reached, median = coarse_map.summary(CostName.QUADRATIC)
    assert 0 < reached < 21 * 21
    quadratic, cross = (label.text() for label in view.plots.summaries)
    assert f"median {round(median)} epochs" in quadratic and "% reached" in quadratic
    assert cross.startswith("all reached · median")


def test_a_theme_change_recolours_and_resizes_everything(view, coarse_map) -> None:
    shown(view, coarse_map)
    dark = DARK.scaled(1.5)
    view.apply_theme(dark)
    view.grab()
    plot = view.plots.maps[0].widget
    corner = rgb(plot.grab().toImage())[2, 2]
    assert colour_mask(np.array([[corner]]), QColor(DARK.background).getRgb()[:3], 4).all()
    assert view.plots.summaries[0].font().pointSizeF() == pytest.approx(dark.label_point_size)
    assert view.hover_label.font().pointSizeF() == pytest.approx(dark.label_point_size)
    point = cell_centre(view, 0, coarse_map.w0[20], coarse_map.b0[20])
    grey = not_reached_colour(dark).getRgb()[:3]
    assert colour_mask(np.array([[pixel_at(view, 0, point)]]), grey, 6).all()


def test_the_maps_views_are_square_level_and_inside_the_view(view, coarse_map) -> None:
    for size, theme in [((1266, 900), LIGHT), ((840, 560), LIGHT), ((840, 560), DARK.scaled(2))]:
        view.apply_theme(theme)
        view.resize(*size)
        shown(view, coarse_map)
        rects = []
        for plot in view.plots.maps:
            box = plot.view_box.sceneBoundingRect()
            top_left = plot.widget.viewport().mapTo(view, plot.widget.mapFromScene(box.topLeft()))
            rects.append((top_left, box.width(), box.height()))
        (first, width, height), (second, width_2, height_2) = rects
        assert width == pytest.approx(height, abs=2) and width > 100
        assert (width_2, height_2) == pytest.approx((width, height), abs=2)
        assert first.y() == second.y()
        assert second.x() + width_2 <= view.plots.key.mapTo(view, QPoint(0, 0)).x()


def test_the_png_has_exactly_the_size_asked_and_both_maps_in_colour(tmp_path, coarse_map):
    path = tmp_path / "speed-map.png"
    write_speed_map_png(coarse_map, path, width=900, height=450, theme="dark")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (900, 450)
    pixels = rgb(image)
    purple = tuple(int(v) for v in colour_lookup()[0, :3])  # 0-epoch starts, both maps
    grey = not_reached_colour(DARK).getRgb()[:3]
    left, right = pixels[:, :420], pixels[:, 420:800]
    assert colour_mask(left, purple, 8).sum() > 2000 and colour_mask(right, purple, 8).sum() > 2000
    assert colour_mask(left, grey, 4).sum() > 500  # the quadratic's not-reached corner
    assert [p.name for p in tmp_path.iterdir()] == ["speed-map.png"]  # no temporary left


def test_a_png_that_cannot_be_written_raises_and_leaves_nothing(tmp_path, coarse_map) -> None:
    with pytest.raises(OSError):
        write_speed_map_png(coarse_map, tmp_path / "missing" / "map.png", 400, 200)
    with pytest.raises(ValueError, match="theme"):
        write_speed_map_png(coarse_map, tmp_path / "map.png", 400, 200, theme="sepia")
    assert list(tmp_path.iterdir()) == []


def test_a_small_view_at_a_large_scale_keeps_the_room_for_the_maps(view, coarse_map) -> None:
    """At scale 2 in the 1280 × 720 window's tab: one row of controls with short names, and
    the summaries on the line under the maps instead of under each."""
    view.apply_theme(DARK.scaled(2))
    view.resize(840, 560)
    shown(view, coarse_map)
    controls = view.controls
    assert [label.text() for label in controls._labels] == ["N", "M", "T"]
    assert not controls.parameters_label.isVisibleTo(view)
    assert "η = 0.15" in controls.compute_button.toolTip()
    assert controls._fields.y() == controls._actions.y()  # one row
    assert not any(s.isVisibleTo(view) for s in view.plots.summaries)
    assert view.hover_label.text().startswith("median epochs: quadratic ")
    view.apply_theme(LIGHT)
    view.resize(1266, 900)
    shown(view, coarse_map)
    assert [label.text() for label in controls._labels][0] == "Grid N"
    assert all(s.isVisibleTo(view) for s in view.plots.summaries)
    assert view.hover_label.text() == hover_hint()
