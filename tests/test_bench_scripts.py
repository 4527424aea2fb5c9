"""Every benchmark starts as its docstring says (issue 10: bench/directory.py shadowed the
`directory` package for scripts run by path). `--help` imports everything, then stops."""

from __future__ import annotations

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


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda script: script.stem)
def test_benchmark_starts_as_its_docstring_says(script: Path) -> None:
    result = subprocess.run(
        [*_usage(script), "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "usage:" in result.stdout
