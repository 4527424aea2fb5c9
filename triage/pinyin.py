"""Chinese written in pinyin without tones ("wo bei suo zai fangjian li, laoban qu chifan le").

Writers who have no Chinese keyboard at hand type Mandarin in Latin letters, without tones,
joining syllables as they like ("anmianyao", "an mian yao"). Such a message reads as French,
Vietnamese or English to the language guess, and none of its danger words is seen. It is
read as Chinese only when it is plainly pinyin: most of its words are Mandarin syllables or
compounds of them, it has two or more of Mandarin's little words ("wo", "ta", "le", "zai",
"bu"...), and fewer little words of the languages it is mistaken for (Vietnamese without
diacritics, English, French, Indonesian, Tagalog). The lists are in `data/pinyin.toml`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from triage.last_words_answer import LastWordsAnswer

# A compound is at most this many syllables ("anmianyao", "zhongwenxuexiao").
_MOST_SYLLABLES = 5
_LONGEST_SYLLABLE = 6  # "zhuang"
# Of the message's words of letters, at least this share are syllables or compounds...
SHARE_NEEDED = 0.7
# ... of at least this many words, with at least this many of Mandarin's little words.
WORDS_NEEDED = 4
FUNCTION_WORDS_NEEDED = 2


@dataclass(frozen=True, slots=True)
class _Lists:
    syllables: frozenset[str]
    function_words: frozenset[str]
    foreign_words: frozenset[str]


@cache
def _lists() -> _Lists:
    text = resources.files("triage").joinpath("data", "pinyin.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return _Lists(
        frozenset(data["syllables"].split()),
        frozenset(data["function_words"]),
        frozenset(data["foreign_words"]),
    )


@lru_cache(maxsize=4_096)
def is_pinyin_word(word: str) -> bool:
    """`word` is one Mandarin syllable or a compound of a few ("fangjian", "anmianyao")."""
    if not word.isascii() or not word.isalpha():
        return False
    syllables = _lists().syllables
    # fewest[i]: the fewest syllables that spell word[:i] (a number above the cap: none).
    fewest = [0] + [_MOST_SYLLABLES + 1] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST_SYLLABLE), end):
            if fewest[start] < _MOST_SYLLABLES and word[start:end] in syllables:
                fewest[end] = min(fewest[end], fewest[start] + 1)
    return fewest[-1] <= _MOST_SYLLABLES


def _plainly_pinyin(words: list[str]) -> bool:
    # (Counted in C loops: every message of a few words is asked.)
    lettered = list(filter(str.isalpha, words))
    if len(lettered) < WORDS_NEEDED:
        return False
    lists = _lists()
    little = sum(map(lists.function_words.__contains__, lettered))
    if little < FUNCTION_WORDS_NEEDED:
        return False
    foreign = sum(map(lists.foreign_words.__contains__, lettered))
    if foreign * 2 >= little:
        return False
    syllabic = sum(map(is_pinyin_word, lettered))
    return syllabic >= SHARE_NEEDED * len(lettered)


# `triage.analyze` and the danger reading ask it of the same words, one after the other.
_ASKED = LastWordsAnswer(_plainly_pinyin)


def plainly_pinyin(words: list[str]) -> bool:
    """The folded `words` of a message are plainly Mandarin in pinyin."""
    return _ASKED.ask(words)
