"""The shape the codebase promises (issue 10): no private names borrowed across modules, no
file over 400 lines, no function over 60 lines. Pure: reads the source, starts nothing."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "channels", "triage", "directory", "web")
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
# Being split on their own branches (issue 10); this list only shrinks.
NOT_YET_SPLIT: set[str] = set()


def _sources() -> Iterator[Path]:
    for package in PACKAGES:
        yield from sorted((ROOT / package).rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _private_imports(source: str, here: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        if node.module.split(".")[0] not in PACKAGES or node.module == here:
            continue
        found += [
            f"{here}: from {node.module} import {alias.name}"
            for alias in node.names
            if alias.name.startswith("_") and not alias.name.startswith("__")
        ]
    return found


def test_no_module_imports_another_modules_private_name() -> None:
    found = [
        line
        for path in _sources()
        for line in _private_imports(path.read_text(encoding="utf-8"), _module_name(path))
    ]
    assert found == []


def test_the_check_sees_a_private_import_and_allows_a_public_one() -> None:
    source = "from app.pages.responses import _hidden, page\nfrom app.probe import _own\n"
    assert _private_imports(source, "app.probe") == ["app.probe: from app.pages.responses import _hidden"]


def test_no_file_over_400_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): n
        for path in _sources()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES
        and str(path.relative_to(ROOT)) not in NOT_YET_SPLIT
    }
    assert long == {}


def test_no_function_over_60_lines() -> None:
    long = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                allowed = f"{path.relative_to(ROOT)}:{node.name}" in NOT_YET_SPLIT
                if length > MAX_FUNCTION_LINES and not allowed:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    assert long == []
