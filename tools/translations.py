"""Keep the translations in step with the code: extract, compile, check.

    python -m tools.translations update   # sources → resources/translations/*.ts, then .qm
    python -m tools.translations check    # exit 1 and list what is untranslated or stale

`update` runs `pyside6-lupdate` (it ships with PySide6-Essentials) over every Python file of
`desktop/` and `model/` (the model's messages) and the presets' titles and descriptions (data in resources/presets.json, context
"presets"), keeping the translations already made; then `pyside6-lrelease` compiles each `.ts`
to the `.qm` the app loads. Translate new texts with `pyside6-linguist` (or any editor: the
`.ts` file is XML), then run `update` again. See docs/TRANSLATIONS.md for the conventions.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
"""The translated languages (English is the source language)."""
SOURCE_FOLDERS = ("desktop", "model")


def ts_path(language: str) -> Path:
    return FOLDER / f"neuron_lab_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"neuron_lab_{language}.qm"


def tool(name: str) -> str:
    """`pyside6-lupdate` / `pyside6-lrelease`, next to this Python first (a virtualenv)."""
    for folder in (Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))):
        candidate = folder / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_FOLDERS:
        files += sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return files


def presets_marks(folder: Path) -> Path:
    """A Python file marking the presets' texts for lupdate (they live in JSON)."""
    presets = json.loads((ROOT / "resources" / "presets.json").read_text(encoding="utf-8"))
    entries = presets.values() if isinstance(presets, dict) else presets
    lines = []
    for entry in entries:
        for key in ("title", "description"):
            if isinstance(entry, dict) and isinstance(entry.get(key), str):
                lines.append(f"QT_TRANSLATE_NOOP('presets', {entry[key]!r})")
    path = folder / "presets_texts.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lupdate(target: Path) -> None:
    """Update `target` (.ts) from the sources: new texts added, vanished ones dropped."""
    with tempfile.TemporaryDirectory() as folder:
        files = [*map(str, sources()), str(presets_marks(Path(folder)))]
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *files,
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(target),
            ],
            check=True,
            capture_output=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation (None while unfinished) of a `.ts` file."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            text = None
            if done and translation is not None:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = forms[0] if forms else translation.text or ""
            found[(name, source)] = text if text else None
    return found


def extracted() -> set[tuple[str, str]]:
    """(context, source) of every text the sources mark for translation, as lupdate sees them."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        fresh.write_text('<?xml version="1.0"?><!DOCTYPE TS><TS version="2.1"></TS>\n')
        lupdate(fresh)
        return set(messages(fresh))


def problems(language: str) -> list[str]:
    """What is wrong with `language`'s files: texts in the code with no translation, texts
    translated that the code no longer has, and a `.qm` that is not the compiled `.ts`."""
    ts, qm = ts_path(language), qm_path(language)
    if not ts.exists():
        return [f"{ts.name} is missing: run python -m tools.translations update"]
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh)
        current = messages(fresh)
        committed = messages(ts)
        for (context, source), text in sorted(current.items()):
            if text is None:
                found.append(f"untranslated [{context}] {source!r}")
        for key in sorted(set(committed) - set(current)):
            found.append(f"no longer in the code [{key[0]}] {key[1]!r}")
        compiled = Path(folder) / qm.name
        lrelease(ts, compiled)
        if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
            found.append(f"{qm.name} is not the compiled {ts.name}: run update")
    return found


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_path(language)
        if not ts.exists():
            ts.write_text(
                f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
        lupdate(ts)
        lrelease(ts, qm_path(language))
        left = sum(text is None for text in messages(ts).values())
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} texts, {left} untranslated")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
        return 0
    if command == "check":
        found = [line for language in LANGUAGES for line in problems(language)]
        print("\n".join(found) if found else "translations complete and compiled")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
