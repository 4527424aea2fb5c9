"""The terms of a lexicon matched as substrings (Chinese, Arabic, Thai...), filed by their first
two characters: a message tries only the terms whose first two characters it contains, instead
of looking for each of a lexicon's 1,700 terms in turn."""

from __future__ import annotations

from collections.abc import Sequence

# Terms are filed under this many first characters (shorter ones are always tried).
KEY_CHARS = 2


class SubstringTerms:
    """The positions, in a list of terms, of the terms a text may contain."""

    def __init__(self, terms: Sequence[str]) -> None:
        by_start: dict[str, list[int]] = {}
        always: list[int] = []
        for index, term in enumerate(terms):
            if len(term) < KEY_CHARS:
                always.append(index)
            else:
                by_start.setdefault(term[:KEY_CHARS], []).append(index)
        self._by_start = {start: tuple(indices) for start, indices in by_start.items()}
        self._always = tuple(always)

    def candidates(self, text: str) -> list[int]:
        """In list order, the positions of the terms whose first two characters `text`
        contains, and of the terms shorter than that: every term found in `text` is one of them."""
        starts = {text[at : at + KEY_CHARS] for at in range(len(text) - KEY_CHARS + 1)}
        found = set(self._always)
        for start in starts.intersection(self._by_start):
            found.update(self._by_start[start])
        return sorted(found)
