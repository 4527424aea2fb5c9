"""Names the writer half hid: a family name, then circles, crosses or stars for the rest, or
"某" ("so-and-so") after it: "박○○", "최○철 씨", "王○○", "李××", "张**", "王某" (issue 11, round
22). The family name and the situation can still tell who it is, so the whole is a name.
Only the family names of triage/data/surnames_han.txt (Chinese) and the frequent Korean ones
below start one, so "★★★○○" (a rating) or "**重要**" (emphasis) stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.data_files import data_words
from triage.redaction.spans import Hints

_HAN_FAMILY = "".join(name for name in data_words("surnames_han.txt") if len(name) == 1)
_KOREAN_FAMILY = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄"
    "채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_MASKS = "○◯●〇＊*×ｘＸ"
_HIDDEN = re.compile(
    rf"(?<![\uac00-\ud7a3])[{_KOREAN_FAMILY}](?:[{_MASKS}]{{2,3}}|[{_MASKS}][\uac00-\ud7a3]?)(?![{_MASKS}])"
    rf"|[{_HAN_FAMILY}](?:[{_MASKS}]{{2,3}}|[{_MASKS}][\u4e00-\u9fff]?)(?![{_MASKS}])"
    rf"|[{_HAN_FAMILY}]某某?(?![些天种種个個处處地时時日年月位次件样樣方一])"
)
_SIGNS = re.compile(f"[{_MASKS}某]")


def find_hidden_names(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of half-hidden names (see the module docstring): none in a Latin-1 message."""
    if hints.latin1 or _SIGNS.search(text) is None:
        return
    for match in _HIDDEN.finditer(text):
        yield match.span()
