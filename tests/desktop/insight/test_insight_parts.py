"""The why-slow panel's Qt-free parts: round-step ranges, the page arrangement, the formulas'
HTML, the decade axis's labels; and that those modules really load without Qt."""

import subprocess
import sys

import pytest

from desktop.insight.cost_formulas import WIDEST, FormulaState, formulas_html, widest
from desktop.insight.insight_plot import DecadeAxis, power_of_ten
from desktop.insight.panel_layout import (
    PAGINGS,
    Need,
    Placement,
    arrange,
    column_widths,
    part_width,
)
from desktop.insight.view_ranges import bar_scale, decade_range, round_up, z_extent
from desktop.style.number_format import format_number
from model import CostName
from model.why_slow import chain_factors, cost_terms


@pytest.mark.parametrize(
    ("zs", "extent"),
    [
        ((), 6.0),
        ((3.7,), 6.0),
        ((-5.0,), 6.0),
        ((5.5,), 10.0),
        ((3.0, -12.0), 20.0),
        ((40.0,), 50.0),
        ((float("nan"),), 6.0),
        ((1e15,), 2e15),
    ],
)
def test_z_extent_is_six_or_the_next_round_number_past_every_z(zs, extent) -> None:
    assert z_extent(zs) == extent


def test_z_extent_changes_in_steps_not_every_frame() -> None:
    extents = {z_extent((z,)) for z in [i / 100 for i in range(0, 2000)]}
    assert extents == {6.0, 10.0, 20.0, 50.0}


def test_round_up_and_bar_scale() -> None:
    assert [round_up(v) for v in (0.3, 1, 1.5, 2, 3, 7, 10.5, 999)] == [
        0.5,
        1,
        2,
        2,
        5,
        10,
        20,
        1000,
    ]
    assert bar_scale([1.0]) == 1.0 and bar_scale([0.2, -0.5]) == 1.0
    assert bar_scale([-3.0, 1.0]) == 5.0 and bar_scale([]) == 1.0


def test_decade_range_is_whole_decades_that_only_widen() -> None:
    assert decade_range(-1.77, -0.83) == (-3, 0)  # at least three decades
    assert decade_range(-7.2, 0.1) == (-8, 1)
    assert decade_range(-2.0, -1.5, current=(-8, 1)) == (-8, 1)  # never narrows
    assert decade_range(-300.0, 0.2) == (-19, 1)  # an exact 0 falls off the bottom
    assert decade_range(-300.0, -300.0) == (-303, -300)  # all zero: still a range


def plot_need(width: int = 200, height: int = 180) -> Need:
    return Need(width, lambda _w: height)


def test_arrange_puts_all_four_in_a_grid_when_they_fit() -> None:
    needs = [plot_need(), plot_need(300, 240), plot_need(), Need(280, lambda w: 60000 // w)]
    (page,) = arrange(760, 660, needs, 6, 40)
    assert page == (Placement(0, 0, 0), Placement(1, 0, 1), Placement(2, 1, 0), Placement(3, 1, 1))


def test_arrange_stacks_in_one_column_when_narrow_and_tall() -> None:
    needs = [plot_need(200, 150)] * 4
    (page,) = arrange(300, 700, needs, 6, 40)
    assert [(p.row, p.column) for p in page] == [(0, 0), (1, 0), (2, 0), (3, 0)]


def test_arrange_gives_long_formulas_a_page_and_the_log_plot_the_width() -> None:
    needs = [plot_need(), plot_need(300, 240), plot_need(), Need(280, lambda w: 400_000 // w)]
    pages = arrange(760, 660, needs, 6, 40)
    assert pages == (
        (Placement(0, 0, 0), Placement(1, 0, 1), Placement(2, 1, 0, span=2)),
        (Placement(3, 0, 0),),
    )


def test_arrange_falls_back_to_one_part_a_page_and_every_part_is_somewhere() -> None:
    needs = [plot_need(900, 900)] * 4
    pages = arrange(500, 400, needs, 6, 40)
    assert pages == tuple((Placement(cell, 0, 0),) for (cell,) in PAGINGS[-1])
    for width, height in ((760, 660), (500, 650), (300, 300), (1500, 1000)):
        pages = arrange(width, height, [plot_need(), plot_need(), plot_need(), plot_need()], 6, 40)
        assert sorted(p.cell for page in pages for p in page) == [0, 1, 2, 3]


def quadratic_state(z: float = 4.0) -> FormulaState:
    cost = CostName.QUADRATIC
    return FormulaState(cost, 1.0, cost_terms(cost, z, 0.0), chain_factors(cost, z, 1.0, 0.0))


def test_quadratic_formulas_show_equations_54_to_56_with_the_numbers() -> None:
    state = quadratic_state()
    html = formulas_html(state, "Quadratic cost", "#111111", "#111111")
    for number in ("(54)", "(55)", "(56)"):
        assert number in html
    for value in (
        state.terms["a"],
        state.terms["sigma_prime"],
        state.terms["cost"],
        state.factors.dC_dw,
    ):
        assert format_number(value) in html
    assert "σ′(<i>z</i>)" in html and "<sup>2</sup>" in html and "border-bottom" in html


def test_cross_entropy_formulas_show_equations_57_61_62_and_no_sigma_prime() -> None:
    cost, z = CostName.CROSS_ENTROPY, 40.0  # a rounds to 1: ln(1 − a) uses the exact 1 − a
    state = FormulaState(cost, 2.0, cost_terms(cost, z, 0.0), chain_factors(cost, z, 2.0, 0.0))
    html = formulas_html(state, "Cross-entropy cost", "#d55e00", "#111111")
    assert all(n in html for n in ("(57)", "(61)", "(62)")) and "(55)" not in html
    assert "σ′" not in html.split("</p>", 2)[2]  # not in the formulas (only σ(z) in the values)
    assert f"ln\N{NO-BREAK SPACE}{format_number(state.terms['one_minus_a'])}" in html
    assert format_number(state.factors.dC_dw) in html and "color: #d55e00" in html


def test_formulas_put_their_numbers_on_their_row_or_under_it() -> None:
    state = quadratic_state(3.703)
    wide = formulas_html(state, "Quadratic cost", "#111111", "#111111", wide=True)
    stacked = formulas_html(state, "Quadratic cost", "#111111", "#111111", wide=False)
    for html in (wide, stacked):
        assert all(f"({n})" in html for n in (54, 55, 56))
        assert format_number(state.factors.dC_dw) in html
    # wide: "∂C/∂w = (a − y) σ′(z) x = … = 0.02292 (55)", two "=" cells a row, 3 fractions
    assert wide.count("<tr>") == 3 + 3 * 2 and "rowspan" not in wide
    # stacked: two rows a formula, ∂C/∂w and ∂C/∂b beside both, eq. 54 written inline
    assert stacked.count("<tr>") == 3 * 2 + 2 * 2 and stacked.count("rowspan='2'") == 2
    assert "</sup>/2</span>" in stacked and "colspan='2'" in stacked


def test_formulas_spacing_follows_the_presentation_scale() -> None:
    state = quadratic_state()
    one = formulas_html(state, "Quadratic cost", "#111111", "#111111", scale=1.0)
    two = formulas_html(state, "Quadratic cost", "#111111", "#111111", scale=2.0)
    assert "border-bottom: 1px" in one and "border-bottom: 2px" in two
    assert "padding: 1px 2px 7px 2px" in one and "padding: 2px 4px 14px 4px" in two


def test_widest_keeps_x_y_and_signs_and_widens_every_other_number() -> None:
    cost, z = CostName.QUADRATIC, -1.369
    state = FormulaState(cost, 2.0, cost_terms(cost, z, 1.0), chain_factors(cost, z, 2.0, 1.0))
    wide = widest(state)
    assert wide.x == 2.0 and wide.terms["y"] == 1.0 and wide.terms["one_minus_y"] == 0.0
    assert wide.terms["z"] == -WIDEST and wide.terms["a"] == WIDEST
    assert wide.factors.error == -WIDEST and wide.factors.dC_dw == -WIDEST  # a − y < 0
    assert format_number(WIDEST) == "0.001234"
    cross = FormulaState(
        CostName.CROSS_ENTROPY,
        1.0,
        cost_terms(CostName.CROSS_ENTROPY, z, 0.0),
        chain_factors(CostName.CROSS_ENTROPY, z, 1.0, 0.0),
    )
    assert widest(cross).factors.sigma_prime is None


def test_decade_axis_labels_powers_of_ten_and_thins_them_when_crowded() -> None:
    assert [power_of_ten(e) for e in (0, 1, 2, -3, -300)] == ["1", "10", "10²", "10⁻³", "10⁻³⁰⁰"]
    axis = DecadeAxis()
    levels = axis.tickValues(-20.2, 0.5, 400)
    assert levels[0][1] == [float(e) for e in range(-20, 1) if e % levels[0][0] == 0]
    assert levels[0][0] > 1  # 21 decades in 400 px: not a label each
    assert axis.tickValues(-3.0, 0.0, 400)[0] == (1.0, [-3.0, -2.0, -1.0, 0.0])


def test_qt_free_modules_load_without_qt() -> None:
    code = (
        "import sys\n"
        "import desktop.insight.cost_formulas, desktop.insight.panel_layout\n"
        "import desktop.insight.view_ranges\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_columns_are_equal_where_that_suffices_else_as_wide_as_their_parts_need() -> None:
    needs = [plot_need(177), plot_need(419, 238), plot_need(177), Need(280, lambda w: 10**6)]
    page = (Placement(0, 0, 0), Placement(1, 0, 1), Placement(2, 1, 0, span=2))
    assert column_widths(page, 760, needs, 6) == [256, 498]  # 177 + 79, 419 + 79
    assert column_widths(page[:1] + page[2:], 760, needs, 6) == [377, 377]
    even = (Placement(0, 0, 0), Placement(2, 0, 1))
    assert column_widths(even, 760, needs, 6) == [377, 377]
    assert part_width(page[2], [256, 498], 6) == 760
    pages = arrange(760, 660, needs, 6, 40)
    assert pages[0] == page  # σ and the compare-mode bars side by side, the log plot below
