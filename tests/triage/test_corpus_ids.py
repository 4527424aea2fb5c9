"""Every message of the team's corpus has its own id across all files: the second opinion's
unseen-era table (bench/data/unseen_era_levels.json) and the bench's miss lists key on it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def test_ids_are_unique_across_files() -> None:
    ids = Counter(
        json.loads(line)["id"]
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    assert [key for key, count in ids.items() if count > 1] == []
