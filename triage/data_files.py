"""Read the word lists shipped in triage/data, once, at import time."""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """Non-empty lines of triage/data/<name> without `#` comments."""
    text = resources.files("triage").joinpath("data", name).read_text(encoding="utf-8")
    lines = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if line.strip():
            lines.append(line)
    return lines


def data_words(name: str) -> list[str]:
    """Whitespace-separated words of triage/data/<name> without `#` comments."""
    return [word for line in data_lines(name) for word in line.split()]
