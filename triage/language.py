"""Tell the language of a message among the hotline's languages only.

The writing system decides first (Han, Arabic, Devanagari, Cyrillic); within the Latin
alphabet the lexicons' marker words and distinctive letters decide. Nothing is loaded
beyond the lexicons, so a process pays a few kilobytes, not a model of every language.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from triage.folding import latin1
from triage.latin_languages import latin_model
from triage.lexicon import Lexicon
from triage.unread_languages import best_unread, script_language

UNDETERMINED = "und"

# Ukrainian letters Russian does not use, and the reverse.
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ыэъё")


_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("han", re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")),
    ("kana", re.compile(r"[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]")),
    ("hangul", re.compile(r"[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]")),
    ("thai", re.compile(r"[\u0E00-\u0E7F]")),
    ("bengali", re.compile(r"[\u0980-\u09FF]")),
    ("gurmukhi", re.compile(r"[\u0A00-\u0A7F]")),
    ("ethiopic", re.compile(r"[\u1200-\u139F\u2D80-\u2DDF]")),
    ("arabic", re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("devanagari", re.compile(r"[\u0900-\u097F]")),
    ("cyrillic", re.compile(r"[\u0400-\u04FF]")),
    ("latin", re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")),
)
_ANY_LETTER = re.compile(r"[^\W\d_]")


_NOT_LATIN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
# The Latin-1 characters (one byte each) _NOT_LATIN cannot find: all but "ª", "µ", "²", "½"...
_LATIN1_LATIN = bytes(byte for byte in range(256) if not _NOT_LATIN.match(chr(byte)))


def _latin_only(text: str) -> bool:
    """No letter of `text` is outside the Latin script (`_NOT_LATIN` finds none): Latin-1
    text, most messages, is checked byte by byte rather than by the pattern."""
    if text.isascii():
        return True
    encoded = latin1(text)
    if encoded is not None:
        return not encoded.translate(None, _LATIN1_LATIN)  # none of its bytes left out
    return _NOT_LATIN.search(text) is None


def _script_counts(text: str) -> dict[str, int]:
    if _latin_only(text):
        # Latin letters only (the usual case): one pass, and the count does not matter.
        return {"latin": 1} if _SCRIPTS[-1][1].search(text) else {}
    tags = text.translate(_SCRIPT_TAGS)  # one tag a character: one pass, not one per script
    counts = {name: tags.count(tag) for tag, name in _TAG_NAMES.items()}
    return {name: count for name, count in counts.items() if count}


# The tag of each script (and of a letter of none of them) for `_ScriptTags`.
_SCRIPT_TAG_LIST = tuple(chr(ord("a") + index) for index in range(len(_SCRIPTS)))
_TAG_NAMES = dict(zip(_SCRIPT_TAG_LIST, (name for name, _ in _SCRIPTS), strict=True)) | {"_": "other"}
_TAG_LIMIT = 20_000


class _ScriptTags(dict[int, str | None]):
    """Code point -> the tag of its script, "_" for a letter of no script here, None (left
    out) for anything else; filled as characters are met."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        scripts = zip(_SCRIPT_TAG_LIST, _SCRIPTS, strict=True)
        tag = next((t for t, (_, pattern) in scripts if pattern.match(char)), None)
        if tag is None and _ANY_LETTER.match(char):
            tag = "_"
        if len(self) < _TAG_LIMIT:
            self[code] = tag
        return tag


_SCRIPT_TAGS = _ScriptTags()


# Scripts one language writes among the lexicons' languages.
_SCRIPT_LANGUAGE = {
    "han": "zh",
    "kana": "ja",
    "hangul": "ko",
    "thai": "th",
    "bengali": "bn",
    "gurmukhi": "pa",
}
# Letters of a script per word, against the Latin alphabet's (about five a word): Han, kana and
# Hangul characters are nearly words each.
_WORD_WEIGHT = {"han": 4, "kana": 3, "hangul": 2}
# Characters of a one-language script in a Latin message that make that language the runner-up
# (its cues are read too): "my boss 把门锁了 i cant go out".
_SCRIPT_RIVAL_MIN = 3


def _with_script_rival(guess: Guess, counts: Mapping[str, int], languages: Collection[str]) -> Guess:
    """A Latin message that also writes a one-language script (Han, kana, Hangul, Thai...):
    that language is read too, as the runner-up."""
    rivals = [s for s in counts if s in _SCRIPT_LANGUAGE and counts[s] >= _SCRIPT_RIVAL_MIN]
    if not rivals or guess.language == UNDETERMINED:
        return guess
    rival = _SCRIPT_LANGUAGE[max(rivals, key=lambda s: counts[s])]
    return Guess(guess.language, rival) if rival in languages and rival != guess.language else guess


# Scripts several lexicon languages write: the first unless the others' marker words or
# letters weigh more (Persian and Urdu letters پ چ گ ٹ ے against Arabic, Nepali "छ" "मलाई"
# against Hindi, Tigrinya "ኣ" against Amharic "አ").
_SCRIPT_LANGUAGES = {"arabic": ("ar", "fa", "ur"), "devanagari": ("hi", "ne"), "ethiopic": ("am", "ti")}


@dataclass(frozen=True, slots=True)
class Guess:
    """The best language and, when the text mixes two, the runner-up."""

    language: str
    runner_up: str | None = None


def detect(
    text: str,
    words: Iterable[str],
    lexicons: Mapping[str, Lexicon],
    languages: Collection[str],
    *,
    learned: bool = True,
) -> Guess:
    """The language of `text` (raw) whose folded words are `words`, among `languages`.

    Only which words occur counts, not their order or repeats: a set of them will do.
    `learned=False` leaves out the learned model of Latin-script languages (a quotation of a
    word or two: "la méthode 'loverboy'" is no Dutch)."""
    counts = _script_counts(text)
    if not counts:
        return Guess(UNDETERMINED)
    if counts.get("kana", 0) * 5 >= counts.get("han", 0) > 0:
        # Japanese writes Han characters between its kana: the kana tell it from Chinese.
        counts["kana"] += counts.pop("han")
    # A Han, kana or Hangul character says about a word, a Latin letter a fifth of one: "boss
    # 锁咗门 我出唔到去, please help" is Cantonese with English loan words, not English.
    main = max(counts, key=lambda s: counts[s] * _WORD_WEIGHT.get(s, 1))
    if main == "latin":
        return _with_script_rival(_latin(text, words, lexicons, languages, learned), counts, languages)
    if main in _SCRIPT_LANGUAGES:
        return Guess(_by_clues(text, words, lexicons, [c for c in _SCRIPT_LANGUAGES[main] if c in languages]))
    if main in _SCRIPT_LANGUAGE:
        language = _SCRIPT_LANGUAGE[main]
        return Guess(language if language in languages else UNDETERMINED)
    if main == "cyrillic":
        return Guess(_cyrillic(text, words, lexicons, languages))
    return Guess(script_language(text) or UNDETERMINED)


def _unread_rival(text: str, words: Iterable[str], score: float) -> str | None:
    """A language no lexicon reads whose words and letters weigh more than `score`, the best
    lexicon language's: the message is not forced into a language it is not in."""
    unique = words if isinstance(words, (set, frozenset)) else frozenset(words)
    rival = best_unread(text, unique)
    return rival[0] if rival is not None and rival[1] > score else None


def _cyrillic(
    text: str, words: Iterable[str], lexicons: Mapping[str, Lexicon], languages: Collection[str]
) -> str:
    lowered = set(text.casefold())
    score = {"uk": 3 * len(lowered & _UKRAINIAN_ONLY), "ru": 3 * len(lowered & _RUSSIAN_ONLY)}
    if not score["uk"]:
        # "і" is in nearly every Ukrainian sentence: none of its letters leans Russian.
        score["ru"] += 1
    for code in score:
        if code in lexicons:
            score[code] += len(lexicons[code].markers.intersection(words))
    ranked = sorted((c for c in score if c in languages), key=lambda c: -score[c])
    if not ranked:
        return UNDETERMINED
    return _unread_rival(text, words, score[ranked[0]]) or ranked[0]


def _by_clues(text: str, words: Iterable[str], lexicons: Mapping[str, Lexicon], codes: list[str]) -> str:
    """The one of `codes` (languages of one script, the usual one first) whose marker words
    and letters weigh most in `text`."""
    if not codes:
        return UNDETERMINED
    unique = words if isinstance(words, (set, frozenset)) else frozenset(words)
    lowered = text.casefold()
    weights: dict[str, float] = {}
    for code in codes:
        lexicon = lexicons.get(code)
        lettered = sum(lowered.count(letter) for letter in lexicon.letters) if lexicon else 0
        markers = len(lexicon.markers & unique) if lexicon else 0
        weights[code] = 2.0 * markers + 1.5 * min(lettered, 6)
    best = max(codes, key=lambda code: (weights[code], -codes.index(code)))
    best = best if weights[best] > weights[codes[0]] else codes[0]
    return _unread_rival(text, unique, weights[best]) or best


# Languages told by their script, never by Latin marker words.
_TOLD_BY_SCRIPT = frozenset(
    {"zh", "ar", "ru", "uk", "ja", "ko", "th", "bn", "pa", "fa", "ur", "ne", "am", "ti"}
)


@dataclass(frozen=True, slots=True)
class _LatinClues:
    """The marker words and letters of the Latin-script languages among some languages,
    indexed so that a message looks each of its words up once, not once per language."""

    lexicons: tuple[Lexicon | None, ...]  # held so the ids in the cache key stay theirs
    codes: tuple[str, ...]  # the languages that can score, in the order given
    by_marker: dict[str, tuple[int, ...]]  # marker word -> indexes in `codes`
    by_letter: dict[str, tuple[int, ...]]  # distinctive letter -> indexes in `codes`
    markers: frozenset[str]
    letter_pattern: re.Pattern[str] | None  # any of the letters (None: there are none)

    @classmethod
    def of(cls, languages: Collection[str], lexicons: tuple[Lexicon | None, ...]) -> _LatinClues:
        chosen = {
            code: lexicon
            for code, lexicon in zip(languages, lexicons, strict=True)
            if lexicon is not None and code not in _TOLD_BY_SCRIPT
        }
        by_marker: dict[str, list[int]] = {}
        by_letter: dict[str, list[int]] = {}
        for index, lexicon in enumerate(chosen.values()):
            for marker in lexicon.markers:
                by_marker.setdefault(marker, []).append(index)
            for letter in lexicon.letters:
                by_letter.setdefault(letter, []).append(index)
        return cls(
            lexicons,
            tuple(chosen),
            {marker: tuple(indexes) for marker, indexes in by_marker.items()},
            {letter: tuple(indexes) for letter, indexes in by_letter.items()},
            frozenset(by_marker),
            re.compile("[" + "".join(map(re.escape, sorted(by_letter))) + "]") if by_letter else None,
        )


_CLUES: dict[tuple[tuple[str, ...], tuple[int, ...]], _LatinClues] = {}


def _latin_clues(lexicons: Mapping[str, Lexicon], languages: Collection[str]) -> _LatinClues:
    """`_LatinClues` for these languages, built once per set of lexicon objects."""
    chosen = tuple(map(lexicons.get, languages))
    key = (tuple(languages), tuple(map(id, chosen)))
    clues = _CLUES.get(key)
    if clues is None:
        if len(_CLUES) > 64:
            _CLUES.clear()
        clues = _CLUES[key] = _LatinClues.of(languages, chosen)
    return clues


def _latin(
    text: str,
    words: Iterable[str],
    lexicons: Mapping[str, Lexicon],
    languages: Collection[str],
    learned: bool,
) -> Guess:
    clues = _latin_clues(lexicons, languages)
    unique = words if isinstance(words, (set, frozenset)) else frozenset(words)
    markers = [0] * len(clues.codes)  # distinct marker words of each language
    for word in unique & clues.markers:
        for index in clues.by_marker[word]:
            markers[index] += 1
    letters = [0] * len(clues.codes)  # occurrences of each language's letters
    if clues.letter_pattern is not None:
        for letter in clues.letter_pattern.findall(text.casefold()):
            for index in clues.by_letter[letter]:
                letters[index] += 1
    # (-score, order given) of each language with a clue: the best sorts first.
    ranked = sorted(
        (-(2.0 * marked + 1.5 * min(lettered, 6)), index)
        for index, (marked, lettered) in enumerate(zip(markers, letters, strict=True))
        if marked or lettered
    )
    rival = _unread_rival(text, unique, -ranked[0][0] if ranked else 0.0)
    if rival is not None:
        return Guess(rival)
    if not ranked:
        return _learned(text, unique, Guess(UNDETERMINED), languages) if learned else Guess(UNDETERMINED)
    close = len(ranked) > 1 and -ranked[1][0] >= 0.5 * -ranked[0][0]
    guess = Guess(clues.codes[ranked[0][1]], clues.codes[ranked[1][1]] if close else None)
    return _learned(text, unique, guess, languages) if learned and markers[ranked[0][1]] < _SURE else guess


# Distinct marker words that settle a Latin-script message's language; below that, the learned
# model is asked. Letters do not count: "é" and "ç" are Portuguese letters too ("o que é
# exploração laboral? é crime?" has three of them and one French marker, "que").
_SURE = 3
# Pieces of the text the learned model must know before it may name a language alone.
_LEARNED_MIN_PIECES = 4
# How far the model's choice must lead the markers' (mean log-probability a piece, in nats) to be
# taken. Below 0.6 its choices that differed from the markers' were mostly wrong on the
# corpus and round 21's writers (Russian, Ukrainian and Chinese typed in Latin letters, read by
# `triage.translit` and `triage.pinyin`, taken for Polish or Hindi); above it, mostly right.
_LEARNED_LEAD = 0.6
# ... and lead the next language where the markers found none at all: a message in a language the
# model was not trained on ("dige nemitoonam inja kar konam", Persian in Latin letters) is still
# weighed to one of its own (Hindi, 0.7 ahead), where it was left to a person to read.
_LEARNED_LEAD_ALONE = 1.0


def _learned(text: str, words: Collection[str], by_markers: Guess, languages: Collection[str]) -> Guess:
    """A Latin-script message whose marker words are too few to settle it: the language the
    learned model (triage/latin_languages.py) weighs best, when it is not the markers' choice;
    that choice is then read too, as the runner-up (reading one lexicon more costs little,
    missing a message's language costs its danger words). The markers keep the message when the
    model cannot weigh their choice (a language it was not trained on: Somali), when the model's
    choice leads the next one by little, when it is Arabic typed in Latin letters (its lexicon
    reads Arabic script: the rules of the languages the markers found read these messages
    better), and when the markers found nothing in a single word ("ok")."""
    model = latin_model()
    chosen = by_markers.language
    if (chosen != UNDETERMINED and chosen not in model.languages) or (
        chosen == UNDETERMINED and len(words) < 2
    ):
        return by_markers
    known, ranked = model.read(text, frozenset(languages))
    if not ranked or known < _LEARNED_MIN_PIECES:
        return by_markers
    best, learned = ranked[0]
    if learned == chosen or learned in _TOLD_BY_SCRIPT:
        return by_markers
    if chosen == UNDETERMINED:
        behind, lead = (ranked[1][0] if len(ranked) > 1 else best - _LEARNED_LEAD_ALONE), _LEARNED_LEAD_ALONE
    else:
        behind, lead = next((score for score, code in ranked if code == chosen), best), _LEARNED_LEAD
    if best - behind < lead:
        return by_markers
    return Guess(learned, None if chosen == UNDETERMINED else chosen)
