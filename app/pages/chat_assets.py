"""The public chat page's own files, served under their own path with `Cache-Control: no-store`.

The chat page loads four files (its style sheet, icon and two scripts). Under `/static/` the
browser keeps them in its HTTP cache, where they show a visit to the hotline long after the tab
is closed. The chat page loads them from `/chat/static/` instead: outside `/static/`, so
app.security.headers marks them `no-store` like every page, while the staff pages keep loading
(and caching) the same files from `/static/`. Only these files are served here.
"""

from __future__ import annotations

import os

from fastapi.staticfiles import StaticFiles

CHAT_ASSETS_PATH = "/chat/static"
CHAT_FILES = frozenset({"style.css", "favicon.svg", "live-socket.js", "chat.js"})


class ChatAssets(StaticFiles):
    """`StaticFiles` limited to `CHAT_FILES` (any other name is a 404)."""

    def lookup_path(self, path: str) -> tuple[str, os.stat_result | None]:
        if path not in CHAT_FILES:
            return "", None
        return super().lookup_path(path)
