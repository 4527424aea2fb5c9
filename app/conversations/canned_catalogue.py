"""The seed catalogue of canned responses (`data/canned_responses.toml`), read as rows."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

CATALOGUE = Path(__file__).with_name("data") / "canned_responses.toml"


@dataclass(frozen=True, slots=True)
class SeedRow:
    key: str
    language: str
    title: str
    body: str
    safety: bool
    position: int


def seed_rows(path: Path = CATALOGUE) -> list[SeedRow]:
    """One row per key and language, in the catalogue's order."""
    entries = tomllib.loads(path.read_text(encoding="utf-8"))["response"]
    rows = []
    for position, entry in enumerate(entries):
        for language, body in entry["text"].items():
            rows.append(
                SeedRow(
                    key=entry["key"],
                    language=language,
                    title=entry["title"][language],
                    body=body,
                    safety=bool(entry.get("safety", False)),
                    position=position,
                )
            )
    return rows
