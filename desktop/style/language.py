"""The interface language: English (the source texts) or Simplified Chinese.

Which one: `--lang` if given, else the one chosen in View → Language (QSettings), else the
system locale (any Chinese locale gives Chinese). `install_language` loads the translations,
`resources/translations/neuron_lab_<lang>.qm` from the installed package and Qt's own (the
standard buttons of dialogs), and, for Chinese, adds a CJK-capable family to the application
font so the glyphs render with a known font (Qt's own fallback picks one, but not reliably the
best one).
"""

from __future__ import annotations

import importlib.resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

ENGLISH, CHINESE = "en", "zh_CN"
LANGUAGES = {ENGLISH: "English", CHINESE: "简体中文"}
"""Language codes (as `--lang` takes them) and their names in their own language."""
LANGUAGE_KEY = "ui/language"
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Droid Sans Fallback",
)
"""CJK-capable families in order of preference (Debian's fonts-noto-cjk gives the first)."""

_installed: list[QTranslator] = []
_latin_families: list[str] = []


def system_language(locale: QLocale | None = None) -> str:
    """The language for the system locale: Chinese for any Chinese locale, else English."""
    name = (locale if locale is not None else QLocale.system()).name()
    return CHINESE if name.startswith("zh") else ENGLISH


def saved_language() -> str | None:
    """The language chosen in View → Language earlier, if any (anything else is ignored)."""
    value = QSettings().value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def chosen_language(requested: str | None = None) -> str:
    """`requested` (from `--lang`), else the saved choice, else the system's language."""
    if requested in LANGUAGES:
        return requested  # type: ignore[return-value]
    return saved_language() or system_language()


def save_language(language: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, language)


def translation_file(language: str) -> str:
    """The path of the app's compiled translation for `language` (it may not exist)."""
    folder = importlib.resources.files("resources") / "translations"
    return str(folder / f"neuron_lab_{language}.qm")


def install_language(language: str) -> bool:
    """Make `language` the one every `tr()` answers in from now on; False if its translation
    file could not be loaded (then the texts stay English). Widgets made before keep their texts."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    loaded = True
    if language != ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path in (translation_file(language), f"{qt_folder}/qtbase_{language}.qm"):
            translator = QTranslator(app)
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
            elif path == translation_file(language):
                loaded = False
    _use_font_for(language)
    return loaded


def installed_language() -> str:
    """The language `install_language` set last (English if none)."""
    for translator in _installed:
        code = translator.language().replace("-", "_")
        if code in LANGUAGES:
            return code
    return ENGLISH


def cjk_family() -> str | None:
    """The first installed family of `CJK_FAMILIES`, else any family that writes Chinese."""
    available = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for family in CJK_FAMILIES:
        if family in available:
            return family
    return available[0] if available else None


def _use_font_for(language: str) -> None:
    """Chinese: the application font's families are the Latin ones as before, then a CJK one.

    Qt takes each character from the first family that has it: letters, digits and formula
    symbols (∂, σ, η) keep their Latin shapes and widths, Chinese comes from the CJK family."""
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return
    font = QGuiApplication.font()
    if not _latin_families:
        _latin_families.extend(font.families())
    cjk = cjk_family() if language == CHINESE else None
    if cjk:  # an alias ("Sans Serif") would let Qt take the CJK family for everything
        drawn = QFontInfo(QFont(_latin_families[0] if _latin_families else "")).family()
        font.setFamilies([drawn, cjk])
    else:
        font.setFamilies(list(_latin_families))
    QGuiApplication.setFont(font)
