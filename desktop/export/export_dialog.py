"""File → Export…: what to draw, at which size, theme and background, and where to write it.

The format follows the file name's extension (.png .svg .pdf .csv .gif). The choices are checked by
`options`, as the command line checks its flags, so both refuse the same things in the same words.
Every choice, and the folder last written to, is remembered for next time.
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

from desktop.export.messages import option_message, sentence
from desktop.export.options import (
    DEFAULT_FPS,
    DEFAULT_FRAMES,
    MAX_FPS,
    MAX_FRAMES,
    MAX_PIXELS,
    MIN_FPS,
    MIN_FRAMES,
    MIN_PIXELS,
    REFERENCE_SIZE,
    FigureKind,
    FigureSpec,
    GifOptions,
    format_of,
)
from model import ParameterError

SIZES = (REFERENCE_SIZE, (1920, 1080), (3840, 2160))
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
        """The format the file name asks for: png, svg, pdf, csv or gif."""
        return format_of(self.path)


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
        self.width_box, self.height_box = (
            _pixels_box(REFERENCE_SIZE[0]),
            _pixels_box(REFERENCE_SIZE[1]),
        )
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.transparent = QCheckBox(self.tr("Transparent background (PNG)"))
        self.fps = _int_box(MIN_FPS, MAX_FPS, DEFAULT_FPS)
        self.frames = _int_box(MIN_FRAMES, MAX_FRAMES, DEFAULT_FRAMES)
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
        """The choices made, checked as the command line checks them: ParameterError (its
        message for the user from `option_message`) if the file name or a GIF setting is wrong."""
        path = Path(self.path.text().strip()).expanduser()
        figure = FigureSpec(
            FigureKind(self.what.currentData()),
            self.width_box.value(),
            self.height_box.value(),
            self.theme.currentData(),
            self.transparent.isChecked(),
        )
        gif = GifOptions(self.fps.value(), self.frames.value())
        if format_of(path) == "gif":
            gif.check(figure.width, figure.height)
        return ExportChoices(path, figure, gif)

    def accept(self) -> None:
        """Close with the choices if they can be written; else say why and stay open."""
        try:
            choices = self.choices()
        except ParameterError as error:
            self.message.setText(sentence(option_message(error)))
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
        self.width_box.setValue(int(settings.value(KEY + "width", REFERENCE_SIZE[0])))
        self.height_box.setValue(int(settings.value(KEY + "height", REFERENCE_SIZE[1])))
        remembered = (self.width_box.value(), self.height_box.value())
        self.size.setCurrentIndex(SIZES.index(remembered) if remembered in SIZES else len(SIZES))
        self.fps.setValue(int(settings.value(KEY + "fps", DEFAULT_FPS)))
        self.frames.setValue(int(settings.value(KEY + "frames", DEFAULT_FRAMES)))

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
    box = _int_box(MIN_PIXELS, MAX_PIXELS, value)
    box.setSuffix(" px")
    return box
