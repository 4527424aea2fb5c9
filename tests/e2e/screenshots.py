"""Screenshots for the README, taken by the browser tests.

Each browser test that shows a page worth a picture calls `save`; the picture goes to
docs/screenshots/ only when HOTLINE_SCREENSHOTS=1 (`make screenshots`), so an ordinary test
run leaves the tracked pictures alone, and to the test's own folder otherwise (the call is
still made, so a page that cannot be drawn fails the test either way).
"""

from __future__ import annotations

import os
from pathlib import Path

from playwright.async_api import Page

README_FOLDER = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def folder(tmp_path: Path) -> Path:
    chosen = README_FOLDER if os.environ.get("HOTLINE_SCREENSHOTS") == "1" else tmp_path
    chosen.mkdir(parents=True, exist_ok=True)
    return chosen


async def save(page: Page, name: str, tmp_path: Path, *, full_page: bool = True) -> Path:
    path = folder(tmp_path) / name
    await page.screenshot(path=str(path), full_page=full_page)
    return path
