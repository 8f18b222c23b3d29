"""model/ stays pure: no module under it imports Qt, pyqtgraph or the desktop package."""

import ast
import subprocess
import sys
from pathlib import Path

import model

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "desktop")
MODEL_DIR = Path(model.__file__).parent


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_model_source_imports_qt() -> None:
    sources = sorted(MODEL_DIR.rglob("*.py"))
    assert len(sources) >= 5
    offenders = {str(p.name): imported_roots(p) & set(FORBIDDEN) for p in sources}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_and_running_the_model_loads_no_qt() -> None:
    code = (
        "import sys, model\n"
        "t = model.Training(model.preset('quadratic-saturated').parameters); t.run_to_end()\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=MODEL_DIR.parent
    )
    assert result.returncode == 0, result.stdout + result.stderr
