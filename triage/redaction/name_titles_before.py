"""A familiar title of address said right before a name found goes into the name's span (issue
11, round 23): "o Seu [PERSON]", "doña [PERSON]", "Tita [PERSON]", "Mrs. [PERSON]" left the title
readable, and writers count such a title as part of how one person is called ("Seu Dico", "doña
Chayo", "Tita Baby"): in a small town or a workplace, the title and the nickname tell who it is.
The titles are listed per language, [names] titles_in_names, in any case; the other titles stay
before the name ("Mme [PERSON]", "anh [PERSON]", "Dr. [PERSON]"), as a role the triage reads.
"""

from __future__ import annotations

import re

from triage import word_lists
from triage.codes import PiiType

_TITLES = "|".join(
    map(re.escape, sorted(word_lists.words("names", "titles_in_names"), key=len, reverse=True))
)
# the title, its dot, one or two spaces, then the name's span; read only in the 16 characters
# before a name
_TITLE_BEFORE = re.compile(rf"(?i)(?<![\w'’\-])(?:{_TITLES})\.?[ \t]{{1,2}}\Z")
_REACH = 16

Found = tuple[int, int, PiiType]


def with_titles(text: str, found: list[Found]) -> list[Found]:
    """`found` (in order, none overlapping) with each name's span opened at the familiar title
    just before it; a title that a name span had already taken alone ("my employer Mrs. Lam")
    joins the name after it."""
    out: list[Found] = []
    for start, end, kind in found:
        if kind is PiiType.PERSON:
            title = _TITLE_BEFORE.search(text, max(0, start - _REACH), start)
            if title is not None:
                if out and out[-1][2] is PiiType.PERSON and out[-1][1] > title.start():
                    start = out.pop()[0]
                elif not out or out[-1][1] <= title.start():
                    start = title.start()
        out.append((start, end, kind))
    return out
