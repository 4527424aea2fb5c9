"""Languages no lexicon reads, told apart from those that have one (issue 11, sixth round).

A message in Hungarian, Czech or Swedish shares a few short words and accented letters with
the lexicon languages; without a rival it would be read as Spanish or French, no rule would
fire, and the "language not recognised" floor would never apply. Here those languages
compete with the lexicon languages of their script (`triage/data/unread_languages.txt`);
scripts no lexicon writes (Tamil, Georgian, Hebrew...) are named by their script alone.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from functools import lru_cache

from triage.data_files import data_lines
from triage.folding import fold_plain


@dataclass(frozen=True, slots=True)
class Unread:
    """The marker words (folded) and letters of the languages no lexicon reads."""

    words: dict[str, tuple[str, ...]]  # folded word -> codes
    letters: dict[str, str]  # code -> its letters some lexicon languages use too
    own: dict[str, str]  # code -> its letters no lexicon language uses
    codes: tuple[str, ...]
    by_letter: dict[str, tuple[tuple[str, float], ...]]  # letter -> (code, weight) of each
    letter_pattern: re.Pattern[str]  # any of the letters


@lru_cache(maxsize=1)
def unread() -> Unread:
    words: dict[str, list[str]] = {}
    letters: dict[str, str] = {}
    own: dict[str, str] = {}
    codes: list[str] = []
    for line in data_lines("unread_languages.txt"):
        code, kind, *items = line.split()
        codes.append(code)
        if kind in ("letters", "own"):
            (letters if kind == "letters" else own)[code] = "".join(items).casefold()
        elif kind == "words":
            for item in items:
                folded = fold_plain(item).strip()
                if folded and code not in words.setdefault(folded, []):
                    words[folded].append(code)
        else:
            raise ValueError(f"unread_languages.txt: unknown kind {kind!r} (words, letters or own)")
    by_letter: dict[str, list[tuple[str, float]]] = {}
    for weight, table in ((1.5, letters), (3.0, own)):
        for code, its in table.items():
            for letter in its:
                by_letter.setdefault(letter, []).append((code, weight))
    pattern = re.compile("[" + "".join(map(re.escape, sorted(by_letter))) + "]")
    return Unread(
        {w: tuple(c) for w, c in words.items()},
        letters,
        own,
        tuple(dict.fromkeys(codes)),
        {letter: tuple(keys) for letter, keys in by_letter.items()},
        pattern,
    )


def best_unread(text: str, words: Set[str]) -> tuple[str, float] | None:
    """The language no lexicon reads whose words and letters weigh most in `text`, weighed
    as the lexicon languages are (2 a distinct word, 1.5 a letter, at most 6 letters), a
    letter no lexicon language uses twice as much."""
    data = unread()
    score: dict[str, float] = {}
    for word in data.words.keys() & words:  # the few words listed, found in a C loop (sums of 2.0: any order)
        for code in data.words[word]:
            score[code] = score.get(code, 0.0) + 2.0
    if not text.isascii():
        counts: dict[tuple[str, float], int] = {}
        for letter in data.letter_pattern.findall(text.casefold()):
            for key in data.by_letter[letter]:
                counts[key] = counts.get(key, 0) + 1
        for (code, weight), count in counts.items():
            score[code] = score.get(code, 0.0) + weight * min(count, 6)
    if not score:
        return None
    best = max(score, key=lambda code: (score[code], -data.codes.index(code)))
    return best, score[best]


# Scripts no lexicon language writes: the language is the script's main one.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ta", re.compile(r"[\u0B80-\u0BFF]")),
    ("te", re.compile(r"[\u0C00-\u0C7F]")),
    ("kn", re.compile(r"[\u0C80-\u0CFF]")),
    ("ml", re.compile(r"[\u0D00-\u0D7F]")),
    ("gu", re.compile(r"[\u0A80-\u0AFF]")),
    ("or", re.compile(r"[\u0B00-\u0B7F]")),
    ("si", re.compile(r"[\u0D80-\u0DFF]")),
    ("lo", re.compile(r"[\u0E80-\u0EFF]")),
    ("bo", re.compile(r"[\u0F00-\u0FFF]")),
    ("my", re.compile(r"[\u1000-\u109F]")),
    ("ka", re.compile(r"[\u10A0-\u10FF]")),
    ("km", re.compile(r"[\u1780-\u17FF]")),
    ("hy", re.compile(r"[\u0530-\u058F]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("el", re.compile(r"[\u0370-\u03FF\u1F00-\u1FFF]")),
    ("mn", re.compile(r"[\u1800-\u18AF]")),
)


def script_language(text: str) -> str | None:
    """The language of the script no lexicon writes that has the most letters of `text`."""
    counts = {code: len(pattern.findall(text)) for code, pattern in _SCRIPTS}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] else None
