from __future__ import annotations

from pathlib import Path

import pytest

HSDS_DATA = Path("/work/shared/data/hsds")
if not HSDS_DATA.exists():
    HSDS_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "hsds"


@pytest.fixture
def hsds_data() -> Path:
    if not HSDS_DATA.exists():
        pytest.skip("shared HSDS sample data not present")
    return HSDS_DATA
