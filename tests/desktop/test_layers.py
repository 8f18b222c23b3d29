"""The house rules that import-linter cannot state: no import cycles at all, an engine that
imports only QtCore, and small files.

grimp (import-linter's graph) counts every import, function-local and TYPE_CHECKING ones too,
so a "lazy" cycle is a cycle here.
"""

import ast
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 400


def strongly_connected(graph: grimp.ImportGraph) -> list[set[str]]:
    """Tarjan's algorithm over the module graph: every set of modules that import each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in graph.modules:
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == module:
                    break
            found.append(component)

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles_among_model_and_desktop_modules() -> None:
    graph = grimp.build_graph("model", "desktop", cache_dir=None)
    cycles = [sorted(c) for c in strongly_connected(graph) if len(c) > 1]
    # A package's __init__ importing its own modules would be a pseudo-cycle; ours import nothing.
    assert cycles == []
    assert "desktop.window.main_window" in graph.modules  # the graph really holds the app


def test_the_engine_imports_only_qtcore_from_qt() -> None:
    for path in sorted((ROOT / "desktop" / "engine").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.startswith("PySide6"):
                    assert name == "PySide6.QtCore", f"{path.name} imports {name}"


def test_no_source_file_is_over_400_lines() -> None:
    sources = [*ROOT.joinpath("model").rglob("*.py"), *ROOT.joinpath("desktop").rglob("*.py")]
    long = {
        str(p.relative_to(ROOT)): n
        for p in sources
        if (n := len(p.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}


def test_every_sub_package_says_what_it_holds_and_may_import() -> None:
    for init in sorted(ROOT.joinpath("desktop").glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "import" in doc and len(doc) > 150, f"{init.parent.name}/__init__.py says too little"
