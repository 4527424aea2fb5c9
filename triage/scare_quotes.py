"""A job, an agency or a place of work in quotation marks (TRIAGE.md `deception`): "a
'modelling agency'", "работает в «массаже»", "「兼职」", "una 'empresa de limpieza'". Writers
quote the name of the work they were offered when it turned out to be something else; the
quotation marks are their doubt.

A phrase of at most a few words between a pair of quotation marks of any script, and in it a
job of the kinds used to recruit: modelling, hostess, a scholarship, a game tester, a part-time
job ([quoted] in `triage/lexicons/codes/deception.toml`). Single quotes count only around a
phrase (not an apostrophe in a word).
Read after the level, as a late sign.
"""

from __future__ import annotations

import re

from triage.folding import WORD, fold_plain
from triage.pair_cues import load_terms

# A quoted phrase: «...», “...”, "...", ‘...’, 「...」, 『...』, or '...' not inside a word.
# (Every branch starts with its quotation mark, the look-behind after it: the search skips from
# one mark to the next instead of trying every branch at every character.)
_QUOTED = re.compile(
    r"«\s?([^«»\n]{2,40}?)\s?»|“([^“”\n]{2,40})”|„([^“”\n]{2,40})[“”]|\"([^\"\n]{2,40})\""
    r"|‘([^‘’\n]{2,40})’|「([^」\n]{1,20})」|『([^』\n]{1,20})』|'(?<!\w')([^'\n]{2,40})'(?!\w)"
)
# Words at most in a quoted phrase read as the name of a work (longer: a quoted sentence).
QUOTE_WORDS = 5


def quoted_work(text: str) -> str | None:
    """The first quoted phrase of `text` (redacted, not folded) that names a work, as written;
    or None."""
    if not any(mark in text for mark in "«“„\"‘「『'"):
        return None
    for match in _QUOTED.finditer(text):
        inner = next(group for group in match.groups() if group is not None)
        folded = fold_plain(inner)
        words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded)]
        if not words or len(words) > QUOTE_WORDS:
            continue
        if load_terms("deception", "quoted").spans(folded, words):
            return inner.strip()
    return None
