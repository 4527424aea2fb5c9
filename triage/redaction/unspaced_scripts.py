"""The scripts written without spaces between words (Thai, kana, Han, Hangul): next to their
letters a Latin cue, name or number need not stand apart ("我的LINE id: …", "4188 Kingsway 后门")."""

from __future__ import annotations

import re

UNSPACED_LETTERS = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
UNSPACED_SCRIPT = re.compile(f"[{UNSPACED_LETTERS}]")
