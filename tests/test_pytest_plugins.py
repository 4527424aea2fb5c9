"""The suite names its pytest plugins (pyproject.toml, addopts) instead of loading every installed
package's entry points, whose whole packages pytest would rewrite in every process: a plugin
installed later is named there, or left out here on purpose."""

from __future__ import annotations

import importlib.metadata
import itertools
import shlex
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Installed with the dev extra's packages, used by no test: anyio's (its own `anyio` marker) and
# platformdirs' (fixtures for its own tests).
LEFT_OUT = {"anyio.pytest_plugin", "platformdirs.pytest_plugin"}


def _addopts() -> list[str]:
    ini = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return shlex.split(ini["tool"]["pytest"]["ini_options"]["addopts"])


def test_autoload_is_off_and_every_installed_plugin_is_named_or_left_out_on_purpose() -> None:
    options = _addopts()
    assert "--disable-plugin-autoload" in options
    named = {value for option, value in itertools.pairwise(options) if option == "-p"}
    installed = {
        entry_point.value.partition(":")[0].strip()
        for entry_point in importlib.metadata.entry_points(group="pytest11")
    }
    assert installed - LEFT_OUT == named
