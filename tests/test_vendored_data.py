"""The vendored copies of ../shared/data stay equal to the originals when both are here."""

from __future__ import annotations

from pathlib import Path

import pytest

VENDORED = Path(__file__).resolve().parent / "data"
ORIGINAL = Path(__file__).resolve().parents[2] / "shared" / "data"


def test_vendored_data_matches_the_shared_originals() -> None:
    if not ORIGINAL.is_dir():
        pytest.skip("../shared/data is not next to this checkout (a bare CI machine)")
    originals = sorted(p.relative_to(ORIGINAL) for p in ORIGINAL.rglob("*") if p.is_file())
    assert originals, "nothing to compare"
    for relative in originals:
        copy = VENDORED / relative
        assert copy.is_file(), f"missing vendored copy: tests/data/{relative}"
        assert copy.read_bytes() == (ORIGINAL / relative).read_bytes(), f"tests/data/{relative} differs"
