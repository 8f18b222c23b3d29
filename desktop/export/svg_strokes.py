"""Make Qt's SVG output render the same everywhere: bake cosmetic-pen paths into page coordinates.

pyqtgraph draws curves in data coordinates under a (very anisotropic) transform with a cosmetic
pen. QSvgGenerator writes that as a transformed group whose paths carry
`vector-effect="non-scaling-stroke"`; browsers honour it, but librsvg, ImageMagick (and so
much of the LaTeX tool chain) do not, and draw strokes hundreds of pixels wide. Here every such
path or polyline gets its coordinates multiplied out and moves to an untransformed group, so
its stroke width means what it says in any renderer. Other elements are left alone, except that
every `font-family` can be rewritten (Qt writes its own alias, "Sans Serif", which is no CSS family:
renderers fall back to a font of other widths and the text runs apart).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_MATRIX = re.compile(r"matrix\(([^)]*)\)")
_PAIR = re.compile(r"(-?[\d.]+(?:e[-+]?\d+)?),(-?[\d.]+(?:e[-+]?\d+)?)")
_COSMETIC = "non-scaling-stroke"

Matrix = tuple[float, float, float, float, float, float]


def bake_cosmetic_strokes(svg: str, font_family: Callable[[str], str] | None = None) -> str:
    """The same drawing with every non-scaling-stroke path expressed in page coordinates, and,
    given `font_family` (Qt's family name → a CSS family list), every font-family rewritten."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    root = ET.fromstring(svg)
    for parent in list(root.iter()):
        for index, group in reversed(list(enumerate(list(parent)))):
            if group.tag == f"{{{SVG_NS}}}g":
                _split_group(parent, index, group)
    if font_family is not None:
        for element in root.iter():
            if "font-family" in element.attrib:
                element.set("font-family", font_family(element.get("font-family", "")))
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def _split_group(parent: ET.Element, index: int, group: ET.Element) -> None:
    """Move `group`'s cosmetic children, baked, into an untransformed copy right after it."""
    found = _MATRIX.fullmatch(group.get("transform", "").strip())
    cosmetic = [child for child in group if child.get("vector-effect") == _COSMETIC]
    if not found or not cosmetic:
        return
    matrix = tuple(float(v) for v in found.group(1).split(","))
    if matrix == (1.0, 0.0, 0.0, 1.0, 0.0, 0.0):
        return
    baked = ET.Element(group.tag, {k: v for k, v in group.attrib.items() if k != "transform"})
    for child in cosmetic:
        group.remove(child)
        for attribute in ("d", "points"):
            if attribute in child.attrib:
                child.set(attribute, _transform(child.get(attribute, ""), matrix))  # type: ignore[arg-type]
        del child.attrib["vector-effect"]
        baked.append(child)
    parent.insert(index + 1, baked)


def _transform(coordinates: str, m: Matrix) -> str:
    a, b, c, d, e, f = m

    def moved(match: re.Match[str]) -> str:
        x, y = float(match.group(1)), float(match.group(2))
        return f"{a * x + c * y + e:.2f},{b * x + d * y + f:.2f}"

    return _PAIR.sub(moved, coordinates)
