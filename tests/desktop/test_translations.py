"""The translations: complete, compiled, shipped in the package, chosen as documented, and with
a font that writes Chinese."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication

from desktop import cli
from desktop.style import language
from desktop.style.language import (
    CHINESE,
    ENGLISH,
    LANGUAGE_KEY,
    LANGUAGES,
    chosen_language,
    install_language,
    system_language,
)
from tools import translations


@pytest.fixture
def english(qapp):
    """English again after the test, whatever it installed."""
    yield
    install_language(ENGLISH)


def test_every_marked_text_is_translated_and_the_qm_is_the_compiled_ts() -> None:
    assert translations.problems(CHINESE) == []


def test_the_cli_and_the_app_know_the_same_languages() -> None:
    assert cli.LANGUAGE_CODES == tuple(LANGUAGES) == (ENGLISH, CHINESE)
    assert translations.LANGUAGES == (CHINESE,)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", CHINESE),
        ("zh_TW", CHINESE),
        ("en_US", ENGLISH),
        ("de_DE", ENGLISH),
        ("C", ENGLISH),
    ],
)
def test_the_system_locale_picks_the_language(locale, expected) -> None:
    assert system_language(QLocale(locale)) == expected


def test_lang_flag_beats_the_saved_choice_which_beats_the_system(qapp, monkeypatch) -> None:
    monkeypatch.setattr(language, "system_language", lambda: CHINESE)
    settings = QSettings()
    settings.remove(LANGUAGE_KEY)
    assert chosen_language() == CHINESE
    settings.setValue(LANGUAGE_KEY, ENGLISH)
    assert chosen_language() == ENGLISH
    assert chosen_language(CHINESE) == CHINESE
    settings.setValue(LANGUAGE_KEY, "klingon")  # a foreign value is ignored
    assert chosen_language() == CHINESE
    settings.remove(LANGUAGE_KEY)


def test_installing_chinese_translates_and_picks_a_cjk_font(english) -> None:
    before = QGuiApplication.font().families()
    assert install_language(CHINESE)
    assert QCoreApplication.translate("WindowMenus", "&File") == "文件(&F)"
    assert QCoreApplication.translate("WindowActions", "&Run from the values set") != (
        "&Run from the values set"
    )
    latin, cjk = QGuiApplication.font().families()  # Latin first: ∂, σ, digits keep their shapes
    assert QFontMetricsF(QGuiApplication.font()).horizontalAdvance("∂C/∂w") == pytest.approx(
        QFontMetricsF(QFont(latin, QGuiApplication.font().pointSize())).horizontalAdvance("∂C/∂w")
    )
    assert cjk in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert cjk == language.cjk_family() and latin not in language.CJK_FAMILIES
    install_language(ENGLISH)
    assert QCoreApplication.translate("WindowMenus", "&File") == "&File"
    assert QGuiApplication.font().families() == before


def test_the_installed_package_ships_and_loads_the_translation(tmp_path) -> None:
    """From another folder (so the checkout is not on the path), the installed package finds
    its .qm (in CI the install is not editable) and Qt loads it."""
    script = (
        "import resources, sys\n"
        "from PySide6.QtCore import QTranslator\n"
        "from desktop.style.language import translation_file\n"
        "t = QTranslator()\n"
        "assert t.load(translation_file('zh_CN')), translation_file('zh_CN')\n"
        "print(t.translate('WindowMenus', '&File'), resources.__file__)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    translated, where = done.stdout.split()
    assert translated == "文件(&F)"
    assert Path(where).parent.joinpath("translations", "neuron_lab_zh_CN.qm").is_file()
