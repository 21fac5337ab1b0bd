"""The folder tree is the pipeline: each stage imports only from the stages before it, and no module imports
itself back through others (every import counts, those inside functions too)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Installed names of the folders (pyproject's package-dir), and each package's place in the pipeline.
FOLDERS = {"assistant": "assistant", "embeddings": "assistant.embeddings", "ui": "assistant.ui",
           "eval": "assistant.eval", "prompts": "assistant.prompts"}
LAYER = {"language": 0, "prompts": 0, "documents": 1, "embeddings": 2, "questions": 2, "search": 3, "answers": 4,
         "pipeline": 5, "cli": 6, "ui": 6, "eval": 6}
MAX_LINES = 250


def modules() -> dict[str, Path]:
    found = {}
    for folder, package in FOLDERS.items():
        for path in (ROOT / folder).rglob("*.py"):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            name = ".".join((package, *parts)).removesuffix(".__init__")
            found[name] = path
    return found


def imports(name: str, path: Path) -> set[str]:
    """The project modules a module imports, resolved to module names."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + ([base] if base else []))
            # "from assistant import prompts" imports the submodule; "from .x import name" the module x
            found |= {f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {m for m in found if m in MODULES}


MODULES = modules()
GRAPH = {name: imports(name, path) - {name} for name, path in MODULES.items()}


def stage(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else None


@pytest.mark.parametrize("name", sorted(n for n in GRAPH if stage(n) in LAYER))
def test_a_stage_imports_only_from_the_stages_before_it(name):
    own = stage(name)
    later = [m for m in GRAPH[name] if stage(m) in LAYER and stage(m) != own and LAYER[stage(m)] >= LAYER[own]
             and not (LAYER[own] == 6 and stage(m) in ("ui", "eval"))]  # the CLI serves the UI and runs the eval
    assert not later, f"{name} imports {later}"


def test_no_import_cycles():
    state: dict[str, str] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = "open"
        for other in sorted(GRAPH[name]):
            assert state.get(other) != "open", f"import cycle: {' -> '.join(path + [name, other])}"
            if other not in state:
                visit(other, path + [name])
        state[name] = "done"

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [])


@pytest.mark.parametrize("name", sorted(MODULES))
def test_modules_stay_small(name):
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{MODULES[name]} has {lines} lines; split it by concept"
