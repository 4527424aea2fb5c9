from __future__ import annotations

from pathlib import Path

import pytest

# Vendored from ../shared/data/hsds (see tests/data/README.md).
HSDS_DATA = Path(__file__).resolve().parents[1] / "data" / "hsds"


@pytest.fixture
def hsds_data() -> Path:
    assert HSDS_DATA.is_dir(), f"vendored HSDS samples missing: {HSDS_DATA}"
    return HSDS_DATA
