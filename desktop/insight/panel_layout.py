"""How the why-slow panel's four parts share the room it has. Qt-free.

All four at once if they fit at the theme's size, as a 2 × 2 grid (σ plot | factor bars over
log plot | formulas) or as one column; else the fewest pages that fit (`PAGINGS`: the formulas
alone, then σ and bars apart from the log plot and formulas, …), each page's parts side by side
where there is room, else stacked; else one part a page. A part is never squeezed below what keeps it
legible (its `Need`), so at presentation scale 2 in a narrow dock it gets a page of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Need:
    """The least room a part is legible in: a width, and a height for a given width."""

    width: int
    height_for: Callable[[int], int]


@dataclass(frozen=True, slots=True)
class Placement:
    """Part `cell` in grid row `row`, column `column` of its page, `span` columns wide."""

    cell: int
    row: int
    column: int
    span: int = 1


Page = tuple[Placement, ...]

PAGINGS = (
    ((0, 1, 2, 3),),
    ((0, 1, 2), (3,)),
    ((0, 1), (2, 3)),
    ((0, 1), (2,), (3,)),
    ((0,), (1,), (2,), (3,)),
)
"""The ways to split the parts into pages, fewest pages first (two compare-mode runs' formulas
need a page of their own long before the plots do)."""


def column_widths(page: Page, width: int, needs: Sequence[Need], spacing: int) -> list[int]:
    """The widths of a page's columns: equal where that gives each what its widest part needs,
    else each what it needs and the room left over shared evenly (a part spanning columns only
    asks for their sum)."""
    columns = 1 + max(p.column + p.span - 1 for p in page)
    wanted = [0] * columns
    for p in page:
        if p.span == 1:
            wanted[p.column] = max(wanted[p.column], needs[p.cell].width)
    room = width - spacing * (columns - 1)
    if max(wanted) <= room // columns:
        return [room // columns] * columns
    spare = room - sum(wanted)
    return [w + spare // columns for w in wanted]


def part_width(placement: Placement, widths: Sequence[int], spacing: int) -> int:
    """The width of a part placed on a page whose columns are `widths` wide."""
    spanned = widths[placement.column : placement.column + placement.span]
    return sum(spanned) + spacing * (len(spanned) - 1)


def fit_page(
    cells: Sequence[int], width: int, height: int, needs: Sequence[Need], spacing: int
) -> Page | None:
    """The cells in two columns if they fit, else in one; None if neither fits. A row short of
    cells gives its last one the columns left. A part alone always fits: no paging does better
    (it may have to scroll)."""
    if len(cells) == 1:
        return (Placement(cells[0], 0, 0),)
    for columns in (2, 1):
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        page = tuple(
            Placement(cell, r, k, columns - len(row) + 1 if k == len(row) - 1 else 1)
            for r, row in enumerate(rows)
            for k, cell in enumerate(row)
        )
        widths = column_widths(page, width, needs, spacing)
        if any(needs[p.cell].width > part_width(p, widths, spacing) for p in page):
            continue
        heights = [0] * len(rows)
        for p in page:
            heights[p.row] = max(
                heights[p.row], needs[p.cell].height_for(part_width(p, widths, spacing))
            )
        if sum(heights) + spacing * (len(rows) - 1) <= height:
            return page
    return None


def arrange(
    width: int, height: int, needs: Sequence[Need], spacing: int, pager_height: int
) -> tuple[Page, ...]:
    """The pages to show in `width` × `height`: the fewest whose every page fits. More than one
    page costs `pager_height` (the tabs that choose a page). One part a page when nothing fits."""
    for paging in PAGINGS:
        room = height if len(paging) == 1 else height - pager_height
        pages = [fit_page(cells, width, room, needs, spacing) for cells in paging]
        if all(page is not None for page in pages):
            return tuple(page for page in pages if page is not None)
    return tuple((Placement(cell, 0, 0),) for (cell,) in PAGINGS[-1])
