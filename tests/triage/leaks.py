"""How a planted value is judged leaked or kept, shared by the redaction tests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from triage.result import Entity

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "triage_examples.jsonl"  # vendored


def load_examples() -> list[dict[str, Any]]:
    assert EXAMPLES.exists(), f"the shared examples are missing: {EXAMPLES}"
    return [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def leaked(text: str, redacted: str, entities: tuple[Entity, ...], value: str) -> bool:
    """A value is leaked when it is still readable: written as is in the output, or when three
    of its letters or digits in a row (all of them if it has fewer) escaped every entity."""
    if value in redacted:
        return True
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        covered = [any(e.start <= i < e.end for e in entities) for i in range(start, end)]
        visible = "".join(" " if covered[i - start] else text[i] for i in range(start, end))
        needed = min(3, sum(ch.isalnum() for ch in value))
        if any(len(run) >= needed for run in re.findall(r"\w+", visible)):
            return True
        start = text.find(value, end)
    return False
