"""The big epoch counter at the right of the toolbar: "Epoch 1,234 / 10,000,000".

Its size is fixed to the widest count of the run, so the counter, which changes every frame,
never makes the window lay itself out again (Qt posts no layout request for a fixed-size widget).
Where the toolbar is short of room (a large presentation scale on a projector) it drops the word
"Epoch", then writes the total in millions, rather than vanish into the toolbar's » overflow.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

STYLES = (0, 1, 2)
"""0: "Epoch 1,234 / 10,000,000"; 1: "1,234 / 10,000,000"; 2: "1,234 / 10M"."""


class EpochCounter(QLabel):
    """Shows `show_epoch(n)` out of the run's total, as fully as `fit(room)` allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._epoch = 0
        self._style = 0
        self._room = 10_000

    def text_for(self, epoch: int, style: int | None = None) -> str:
        style = self._style if style is None else style
        total = self._total
        shown_total = f"{total:,}" if style < 2 or total < 1_000_000 else f"{total / 1e6:g}M"
        if style == 0:
            return self.tr("Epoch {epoch} / {total}").format(epoch=f"{epoch:,}", total=shown_total)
        return f"{epoch:,} / {shown_total}"

    def show_epoch(self, epoch: int) -> None:
        self._epoch = epoch
        self.setText(self.text_for(epoch))

    def set_total(self, total: int) -> None:
        """A new run (or plan): refit for its widest count."""
        if total != self._total:
            self._total = total
            self.fit(self._room)

    def fit(self, room: int) -> None:
        """Use the fullest wording whose widest count fits `room` pixels, at a fixed size."""
        self._room = room
        metrics = self.fontMetrics()
        for style in STYLES:
            widest = metrics.horizontalAdvance(self.text_for(self._total, style))
            if widest + 8 <= room:
                break
        self._style = style
        self.setFixedSize(widest + 8, metrics.height())
        self.setText(self.text_for(self._epoch))
