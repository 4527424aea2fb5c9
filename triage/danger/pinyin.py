"""The danger words of Chinese written in pinyin (`triage.pinyin`), read only in a message that
is plainly pinyin: the cue file `lexicons/danger/pinyin/zh.toml`, matched as whole words, and
an age under 18 said with "sui" ("wo 16 sui", "ta cai 15 sui")."""

from __future__ import annotations

import re
from functools import cache

from triage.danger.cues import CUE_DIR, DangerCues, parse
from triage.danger.finder import Found

PINYIN_CUES = CUE_DIR / "pinyin" / "zh.toml"
_AGE = re.compile(r"(?<![\d.,])(\d{1,2}) ?(?:zhou ?)?sui\b")
_ADULT = 18


@cache
def pinyin_cues() -> DangerCues:
    """The cue file of Chinese in pinyin, read once."""
    return parse(PINYIN_CUES, substring=False)


def minor_ages(folded: str) -> list[Found[str]]:
    """Each age under 18 said in pinyin ("16 sui"), as a word of a minor."""
    return [Found(m.start(), m.end(), "minor") for m in _AGE.finditer(folded) if int(m.group(1)) < _ADULT]
