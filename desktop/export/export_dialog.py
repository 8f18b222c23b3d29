"""File → Export…: what to draw, at which size, theme and background, and where to write it.

The format follows the file name's extension (.png .svg .pdf .csv .gif). Every choice, and the
folder last written to, is remembered for next time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.export.headless_export import FORMATS, MAX_GIF_PIXELS, GifOptions
from desktop.export.options import FigureKind, FigureSpec
from model import ParameterError

SIZES = ((1280, 720), (1920, 1080), (3840, 2160))
CUSTOM_SIZE = "custom"
KEY = "export/"


@dataclass(frozen=True, slots=True)
class ExportChoices:
    """A complete export request from the dialog."""

    path: Path
    figure: FigureSpec
    gif: GifOptions

    @property
    def format(self) -> str:
        return self.path.suffix.lower().lstrip(".")


class ExportDialog(QDialog):
    """Collects `ExportChoices`; `choices()` is valid after the dialog is accepted."""

    def __init__(self, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.what = QComboBox()
        for kind, text in (
            (FigureKind.COST, self.tr("Cost plot")),
            (FigureKind.PLOTS, self.tr("All plots")),
            (FigureKind.FIGURE, self.tr("Figure: diagram and plots")),
        ):
            self.what.addItem(text, str(kind))
        self.size = QComboBox()
        for width, height in SIZES:
            self.size.addItem(f"{width} × {height}", (width, height))
        self.size.addItem(self.tr("Custom"), CUSTOM_SIZE)
        self.width_box, self.height_box = _pixels_box(1280), _pixels_box(720)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.transparent = QCheckBox(self.tr("Transparent background (PNG)"))
        self.fps, self.frames = _int_box(1, 60, 30), _int_box(2, 2000, 150)
        self.path = QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._lay_out()
        self._restore(suggested_name)
        self.size.currentIndexChanged.connect(self._size_chosen)
        self._size_chosen()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 48)
        self.path.setFocus()  # the usual edit is the file name; Enter saves

    def _lay_out(self) -> None:
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        custom = QHBoxLayout()
        custom.addWidget(self.width_box)
        custom.addWidget(QLabel("×"))
        custom.addWidget(self.height_box)
        form = QFormLayout(self)
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("Size (pixels)"), self.size)
        form.addRow("", custom)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow("", self.transparent)
        form.addRow(self.tr("GIF frames per second"), self.fps)
        form.addRow(self.tr("GIF frames"), self.frames)
        form.addRow(self.tr("File (.png .svg .pdf .csv .gif)"), file_row)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choices(self) -> ExportChoices:
        """The choices made; ParameterError (with a message for the user) if the file name is wrong."""
        path = Path(self.path.text().strip()).expanduser()
        extension = path.suffix.lower().lstrip(".")
        if not path.name or extension not in FORMATS:
            raise ParameterError(
                "path", self.tr("The file name must end in .png, .svg, .pdf, .csv or .gif.")
            )
        figure = FigureSpec(
            FigureKind(self.what.currentData()),
            self.width_box.value(),
            self.height_box.value(),
            self.theme.currentData(),
            self.transparent.isChecked(),
        )
        if extension == "gif" and figure.width * figure.height > MAX_GIF_PIXELS:
            raise ParameterError(
                "path", self.tr("An animated GIF can be at most 1920 × 1080 pixels.")
            )
        return ExportChoices(path, figure, GifOptions(self.fps.value(), self.frames.value()))

    def accept(self) -> None:
        try:
            choices = self.choices()
        except ParameterError as error:
            self.message.setText(str(error))
            return
        self._remember(choices)
        super().accept()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path.text(),
            self.tr("Images and data (*.png *.svg *.pdf *.csv *.gif)"),
        )
        if chosen:
            self.path.setText(chosen)

    def _size_chosen(self) -> None:
        size = self.size.currentData()
        custom = size == CUSTOM_SIZE
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        if not custom:
            self.width_box.setValue(size[0])
            self.height_box.setValue(size[1])

    def _restore(self, suggested_name: str) -> None:
        settings = QSettings()
        folder = Path(str(settings.value(KEY + "folder", str(Path.home()))))
        extension = str(settings.value(KEY + "format", "png"))
        self.path.setText(str(folder / f"{suggested_name}.{extension}"))
        _select(self.what, settings.value(KEY + "what", str(FigureKind.COST)))
        _select(self.theme, settings.value(KEY + "theme", "light"))
        self.transparent.setChecked(str(settings.value(KEY + "transparent", "false")) == "true")
        self.width_box.setValue(int(settings.value(KEY + "width", 1280)))
        self.height_box.setValue(int(settings.value(KEY + "height", 720)))
        remembered = (self.width_box.value(), self.height_box.value())
        self.size.setCurrentIndex(SIZES.index(remembered) if remembered in SIZES else len(SIZES))
        self.fps.setValue(int(settings.value(KEY + "fps", 30)))
        self.frames.setValue(int(settings.value(KEY + "frames", 150)))

    def _remember(self, choices: ExportChoices) -> None:
        settings = QSettings()
        for key, value in (
            ("folder", str(choices.path.absolute().parent)),
            ("format", choices.format),
            ("what", str(choices.figure.kind)),
            ("theme", choices.figure.theme_name),
            ("transparent", "true" if choices.figure.transparent else "false"),
            ("width", choices.figure.width),
            ("height", choices.figure.height),
            ("fps", choices.gif.fps),
            ("frames", choices.gif.frames),
        ):
            settings.setValue(KEY + key, value)


def _select(box: QComboBox, data: object) -> None:
    index = box.findData(str(data))
    if index >= 0:
        box.setCurrentIndex(index)


def _int_box(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def _pixels_box(value: int) -> QSpinBox:
    box = _int_box(16, 16384, value)
    box.setSuffix(" px")
    return box
