"""Every benchmark starts as its docstring says (issue 10: bench/directory.py shadowed the
`directory` package for scripts run by path). `--help` imports everything, then stops."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted((ROOT / "bench").glob("[!_]*.py"))
PACKAGES = ("app", "channels", "triage", "directory", "web", "tests")


def _usage(script: Path) -> list[str]:
    """The command of the docstring's usage line, options left out."""
    found = re.search(r"\.venv/bin/python (-m \S+|\S+\.py)", script.read_text(encoding="utf-8"))
    assert found, f"{script.name}: no usage line in the docstring"
    return [sys.executable, *found.group(1).split()]


def test_no_benchmark_is_named_like_a_package() -> None:
    assert [script.stem for script in SCRIPTS if script.stem in PACKAGES] == []


@functools.cache
def _started() -> dict[str, str]:
    """Every benchmark's `--help`, by its usage line: the scripts run by path in one process,
    those run with -m in another (tests/bench_starts.py)."""
    by_kind: dict[str, list[str]] = {"path": [], "module": []}
    for script in SCRIPTS:
        command = _usage(script)[1:]
        by_kind["module" if command[0] == "-m" else "path"].append(command[-1])
    started: dict[str, str] = {}
    for kind, targets in by_kind.items():
        result = subprocess.run(
            [sys.executable, "tests/bench_starts.py", kind, *targets],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        started.update(json.loads(result.stdout.splitlines()[-1]))
    return started


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda script: script.stem)
def test_benchmark_starts_as_its_docstring_says(script: Path) -> None:
    target = _usage(script)[-1]
    assert _started()[target] == ""


def test_a_benchmark_that_fails_to_start_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("import argparse\nimport no_such_module_here\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "tests/bench_starts.py", "path", str(broken)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "no_such_module_here" in json.loads(result.stdout)[str(broken)]
