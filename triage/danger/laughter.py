"""Laughter in any script: a message that laughs is no report of a danger of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.danger.finder import Found
from triage.folding import Folded

# Laughter in any script, read in the text as written (folding makes "哈哈哈" one "哈"):
# laughing faces, "哈哈", "ههههه", "kkkk", "xD".
LAUGHTER = re.compile(
    r"[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F61C\U0001F61D\U0001F639]|哈{2,}|ه{3,}|[kK]{4,}|\bxD\b"
    # Issue 11, sixth round: Cyrillic laughter ("хахаха", "ахаха", "лол").
    r"|(?i:(?:ха){2,}|(?:ах){2,}|\bлол\b)"
    # Issue 11, eleventh round: Korean laughter in jamo ("ㅋㅋㅋ", "ㅎㅎㅎ").
    r"|ㅋ{2,}|ㅎ{3,}"
)
# What `LAUGHTER` can match in a text of Latin-1 letters only (most messages): its other
# branches need a character past U+00FF. Searching this is a tenth of the cost; a laugh added
# to `LAUGHTER` in Latin letters goes here too (tests/triage/test_engine_speed.py checks it).
# ("[kK][kK]{3,}", not "[kK]{4,}": a pattern whose branches start with a character, not a
# repeat, is searched for several times faster.)
LATIN1_LAUGHTER = re.compile(r"[kK][kK]{3,}|xD(?<=\bxD)\b")


# `LAUGHTER`'s branches apart, each written to start with a character (the case-blind Cyrillic
# as its cases: U+1C82, a narrow o, is an o to (?i) too): a text laughs when one of them is found,
# and each is searched for with a quick scan for its first character instead of trying every
# branch at every position (tests/triage/test_engine_speed_scans.py checks they agree).
_LAUGHTER_BRANCHES = tuple(
    re.compile(branch)
    for branch in (
        r"[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F61C\U0001F61D\U0001F639]",
        r"哈哈+",
        r"ههه+",
        r"[kK][kK]{3,}",
        r"xD(?<=\bxD)\b",
        r"[хХ][аА](?:[хХ][аА])+",
        r"[аА][хХ](?:[аА][хХ])+",
        r"[лЛ](?<!\w[лЛ])[оО\u1c82][лЛ]\b",
        r"ㅋㅋ+",
        r"ㅎㅎㅎ+",
    )
)


def laughs(raw: str) -> bool:
    """`raw` laughs (`LAUGHTER`)."""
    if raw.isascii() or _in_latin1(raw):
        return LATIN1_LAUGHTER.search(raw) is not None
    return any(branch.search(raw) is not None for branch in _LAUGHTER_BRANCHES)


def _in_latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


# Quotation marks around a word of joking: someone else's word ("locked us in the cold room, as
# a 'joke'", "per 'scherzo'", "als „Spaß“"), the abuser's pretext, not the writer's joke.
_QUOTES = frozenset("'\"‘’‚“”„«»‹›`")


def quoted(raw: str, start: int, end: int) -> bool:
    """The words `raw[start:end]` stand between quotation marks (spaces allowed inside)."""
    before = raw[:start].rstrip()
    after = raw[end:].lstrip()
    return bool(before) and bool(after) and before[-1] in _QUOTES and after[0] in _QUOTES


def joking(raw: str, folded: Folded, cue_words: Sequence[Found[str]]) -> bool:
    """A word of joking or fiction that is not someone else's word in quotation marks."""
    spans = (folded.source_span(f.start, f.end) for f in cue_words if f.payload == "not_serious")
    return any(not quoted(raw, *span) for span in spans)
