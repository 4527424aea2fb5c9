"""Japanese written in Latin letters, romaji ("tasukete kudasai, ima toire ni kakurete masu").

Writers without a Japanese keyboard type Japanese in Latin letters. The language guess takes
such a message for Spanish or Italian (its "no", "de", "mise"), Spanish reads its particle "no"
as a negation, and none of its danger words is seen. A message is read as Japanese in romaji
only when it plainly is: most of its words are spelled in Japanese syllables (ka, shi, tsu, n,
a doubled consonant), it has two or more of Japanese's little words and endings ("desu",
"kudasai", "tte", "mitai"), and fewer than half as many little words of the languages whose
words are spelled the same way (Swahili, Spanish, Italian, Tagalog, Indonesian, Portuguese).
The romaji danger words are in `lexicons/danger/ja.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.last_words_answer import LastWordsAnswer
from triage.lexicon import MatchMode
from triage.term_matching import TermMatcher

# Of the message's words of letters, at least this share are spelled in Japanese syllables...
SHARE_NEEDED = 0.7
# ... of at least this many words, with at least this many of Japanese's little words.
WORDS_NEEDED = 4
FUNCTION_WORDS_NEEDED = 2

# One word of Japanese syllables: a consonant (doubled before a vowel: "kakkoii", "itte"), or
# none, then a vowel; or a syllabic "n" ("konban", "nan").
_ROMAJI_WORD = re.compile(
    r"(?:(?:kk|ss|tt|pp|cch|tch|ssh)?(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiou]|n)+",
)

# Japanese's little words, endings and everyday words, none of them a word of the languages
# below ("no", "de", "ni", "ka", "mo", "wa" are: they count for neither).
_JAPANESE = frozenset(
    [
        "desu",
        "masu",
        "kudasai",
        "onegai",
        "onegaishimasu",
        "watashi",
        "boku",
        "atashi",
        "tte",
        "kedo",
        "mitai",
        "dou",
        "nani",
        "ga",
        "wo",
        "kara",
        "made",
        "shite",
        "shimasu",
        "imasu",
        "arimasu",
        "arimasen",
        "deshita",
        "mashita",
        "dekinai",
        "ikenai",
        "iwareta",
        "sureba",
        "desuka",
        "kore",
        "sore",
        "koko",
        "soko",
        "ima",
        "kyou",
        "ashita",
        "teru",
        "chuu",
        "tasukete",
        "sumimasen",
        "gozaimasu",
        "shachou",
        "tomodachi",
        "keisatsu",
        "byouin",
    ]
)
# Little words of the languages spelled in the same syllables.
_FOREIGN = frozenset(
    [
        "na",
        "ya",
        "kwa",
        "mimi",
        "yangu",
        "wangu",
        "yake",
        "sana",
        "hapa",
        "sasa",
        "nini",
        "hii",
        "huyo",
        "watu",
        "lakini",
        "tafadhali",
        "el",
        "la",
        "los",
        "las",
        "que",
        "y",
        "en",
        "es",
        "un",
        "una",
        "por",
        "para",
        "con",
        "mi",
        "me",
        "se",
        "lo",
        "del",
        "al",
        "pero",
        "muy",
        "esta",
        "estoy",
        "il",
        "di",
        "che",
        "e",
        "sono",
        "per",
        "non",
        "mio",
        "mia",
        "ho",
        "ha",
        "gli",
        "ang",
        "ng",
        "sa",
        "ako",
        "po",
        "siya",
        "hindi",
        "lang",
        "naman",
        "saya",
        "aku",
        "dan",
        "yang",
        "ini",
        "itu",
        "tidak",
        "ke",
        "o",
        "a",
        "os",
        "as",
        "da",
        "do",
        "um",
        "uma",
        "eu",
        "meu",
        "minha",
        "the",
        "and",
        "is",
        "my",
        "to",
        "i",
    ]
)


def is_romaji_word(word: str) -> bool:
    """`word` is spelled in Japanese syllables ("kakurete", "toire", "nan")."""
    return word.isascii() and _ROMAJI_WORD.fullmatch(word) is not None


def _plainly_romaji(words: list[str]) -> bool:
    lettered = list(filter(str.isalpha, words))
    if len(lettered) < WORDS_NEEDED:
        return False
    little = sum(map(_JAPANESE.__contains__, lettered))
    if little < FUNCTION_WORDS_NEEDED:
        return False
    foreign = sum(map(_FOREIGN.__contains__, lettered))
    if foreign * 2 >= little:
        return False
    syllabic = sum(map(is_romaji_word, lettered))
    return syllabic >= SHARE_NEEDED * len(lettered)


# Japanese: its cue files are read as whole words in a message plainly in romaji.
_JAPANESE_CODE = "ja"


def languages_read(matchers: Sequence[TermMatcher], words: list[str]) -> list[tuple[str, bool]]:
    """The (language, read as substrings) pairs of a message's lexicons: Japanese, read as
    substrings in its own script, is read as whole words in a message plainly in romaji ("ima"
    is no piece of "imasu" there)."""
    languages = [(m.lexicon.code, m.lexicon.match is MatchMode.substring) for m in matchers]
    if not any(code == _JAPANESE_CODE and substring for code, substring in languages):
        return languages
    if not plainly_romaji(words):
        return languages
    return [(code, substring and code != _JAPANESE_CODE) for code, substring in languages]


# `triage.analyze` and the danger reading ask it of the same words, one after the other.
_ASKED = LastWordsAnswer(_plainly_romaji)


def plainly_romaji(words: list[str]) -> bool:
    """The folded `words` of a message are plainly Japanese in romaji."""
    return _ASKED.ask(words)
