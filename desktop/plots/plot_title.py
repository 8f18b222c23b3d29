"""A plot title that wraps to the width the plot has, and never asks for more.

pyqtgraph's title is one line whose width is the plot's minimum width: a long title ("Cross-entropy
cost, book widget rule (steps by dC/da): w₀ = 0.6, …") made the whole plot wider than its pane, so
the end of the epoch axis and of the curve went off-screen. This title asks for no width at all;
given its width by the layout it keeps one line if that fits, else breaks after "what:" and wraps
the rest, centred, and sets its row's height to the lines it takes. It re-wraps on every resize
and on every new text, font or colour (theme and scale changes).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneResizeEvent

TITLE_ROW = 0
"""The title's row in pyqtgraph's PlotItem layout."""


MIN_SHARE = 0.3
"""The title keeps at least this share of its row beside a legend (it wraps to more lines)."""


class PlotTitle(pg.LabelItem):
    """The title of one PlotItem, installed in place of pyqtgraph's by `install`."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        super().__init__(" ", parent=plot_item)
        self._plot_item = plot_item
        self._wrapped_for: tuple[object, ...] | None = None
        self._side_room = 0.0
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.item.document().setDefaultTextOption(option)
        self.item.document().setDocumentMargin(2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)  # a word too long

    @classmethod
    def install(cls, plot_item: pg.PlotItem) -> PlotTitle:
        """Put a wrapping title across the whole top row of `plot_item` (over the value axis
        too: more room for the words), keeping pyqtgraph's `setTitle` working."""
        old = plot_item.titleLabel
        plot_item.layout.removeItem(old)
        if old.scene() is not None:
            old.scene().removeItem(old)
        title = cls(plot_item)
        title.text = old.text
        plot_item.titleLabel = title
        plot_item.layout.addItem(title, TITLE_ROW, 0, 1, 3)
        return title

    def setText(self, text: str, **args: object) -> None:
        """Set the text (simple HTML) and its style (`color`, `size`), then wrap it."""
        self.text = text
        self.opts.update(args)
        self._wrapped_for = None
        self._wrap()

    def set_side_room(self, pixels: float) -> None:
        """Keep the text this far from the right end of the row (a legend sits there); the text
        is centred in the rest."""
        if pixels != self._side_room:
            self._side_room = pixels
            self._wrap()

    def resizeEvent(self, event: QGraphicsSceneResizeEvent | None) -> None:
        self._wrap()

    def updateMin(self) -> None:
        """Ask for no width, and exactly the height of the lines the text takes."""
        if not hasattr(self, "_plot_item"):
            return  # pyqtgraph's constructor, before ours has run
        height = self.item.boundingRect().height() if self.text else 0.0
        self._sizeHint = {
            Qt.SizeHint.MinimumSize: (0.0, height),
            Qt.SizeHint.PreferredSize: (0.0, height),
            Qt.SizeHint.MaximumSize: (-1.0, -1.0),
            Qt.SizeHint.MinimumDescent: (0.0, 0.0),
        }
        self.setMinimumWidth(0)
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self._plot_item.layout.setRowFixedHeight(TITLE_ROW, height)
        self.updateGeometry()

    def sizeHint(self, which: Qt.SizeHint, constraint: QSizeF | None = None) -> QSizeF:
        return QSizeF(*self._sizeHint.get(which, (0.0, 0.0)))

    def text_rect(self) -> QRectF:
        """Where the title's text is, in the PlotItem's coordinates."""
        return self.mapRectToParent(self.item.mapRectToParent(self.item.boundingRect()))

    def _html(self, text: str) -> str:
        colour = self.opts.get("color") or pg.getConfigOption("foreground")
        style = [f"color: {pg.mkColor(colour).name(QColor.NameFormat.HexArgb)}"]
        if "size" in self.opts:
            style.append(f"font-size: {self.opts['size']}")
        return f"<span style='{'; '.join(style)}'>{text}</span>"

    def _wrap(self) -> None:
        """One line if it fits the width given, else "what:" on its own line and the rest
        wrapped at words; centred; the height asked is what that takes."""
        if not hasattr(self, "_plot_item"):
            return
        full = self.rect().width()
        width = max(full - self._side_room, full * MIN_SHARE)
        key = (self.text, tuple(sorted(map(str, self.opts.items()))), full, width)
        if key == self._wrapped_for:
            return
        self._wrapped_for = key
        self.item.setTextWidth(-1)
        self.item.setHtml(self._html(self.text))
        if width > 0 and self.item.boundingRect().width() > width:
            self.item.setHtml(self._html(self.text.replace(": ", ":<br>", 1)))
            self.item.setTextWidth(width)
        self.item.setPos(max(0.0, (width - self.item.boundingRect().width()) / 2), 0)
        self.updateMin()
