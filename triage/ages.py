"""A number under 18 said as an age ("15 ans", "aged 14", "17 tuổi", "14岁") marks a minor.

Durations are not ages: "for 15 years", "il y a 15 ans", "15 years ago" are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass

from triage.lexicon import Lexicon, MatchMode

ADULT_AGE = 18
# Words before a number that say "about" or "only", not "aged": "environ 8 filles", "khoảng 8
# cô gái", "doar 3 zile" count girls and days. After them the number is an age only with a word
# of age after it ("environ 15 ans") or nothing ("elle a genre 15"). Folded. (Issue 11, sixth round.)
_WEAK_BEFORE = frozenset(
    {
        "genre",
        "environ",
        "a peine",
        "khoang",
        "tam",
        "moi",
        "chi moi",
        "chi co",
        "doar",
        "abia",
        "लगभग",
        "कवल",
        "सिरफ",
        "selman",
        "gen selman",
        "barely",
        "only",
        "is only",
        "around",
        "about",
        "look",
        "looks",
        "looked",
        "looking",
        "lishe",
        "лише",
        "всего",
    }
)


# After a word of looking, a range of numbers under 18 is an age: "girls who look 14 or 15",
# "parecen 15 o 16" (Issue 11, seventh round). "about 8 or 9 girls" still counts girls.
_LOOK = frozenset({"look", "looks", "looked", "looking", "parece", "parecen", "semble", "semblent"})
# "looks 13 maybe 14", "parece 15 talvez 16" (Issue 11, seventeenth round)
_OR = frozenset({"or", "ou", "o", "to", "-", "maybe", "perhaps", "talvez", "quizas", "poate"})


# Words after a number that make it an amount, not an age: "он должен мне 15 тысяч", "ей 15
# долларов", "me debe 15 mil" (Issue 11, seventh round: "мне 15" is "I am 15"). Folded.
_AMOUNT_AFTER = frozenset(
    {
        "тысяч",
        "тысячи",
        "тыс",
        "рублей",
        "руб",
        "долларов",
        "баксов",
        "гривен",
        "тисяч",
        "тис",
        "гривень",
        "грн",
        "доларів",
        "mil",
        "thousand",
        "k",
        "dollars",
        "bucks",
        "mille",
        "dolares",
        # a distance or a time, not an age: "the girl is 15 minutes away" (seventeenth round)
        "minutes",
        "minute",
        "min",
        "mins",
        "km",
        "miles",
        "hours",
        "heures",
        "minutos",
        "horas",
    }
)


# A place between a verb of time spent and the number: "worked there 13 years", "trabajé allí 13
# años" are durations (seventeenth round). Folded.
_PLACE_ADVERBS = frozenset(
    {"there", "here", "alli", "aqui", "ahi", "ali", "la", "ici", "acolo", "aici", "там", "тут"}
)


def _spent_there(phrases: _AgeWords, words: Sequence[str], i: int) -> bool:
    return (
        i > 1 and words[i - 1] in _PLACE_ADVERBS and phrases.duration_before.before(words, i - 1) is not None
    )


def _looks_a_range(before: str, words: Sequence[str], i: int) -> bool:
    return before in _LOOK and i + 2 < len(words) and words[i + 1] in _OR and _is_minor_number(words[i + 2])


# Ages from 10 to 17 spelled out, folded: a voice call's speech-to-text writes "twelve years
# old", "quatorze anos", "пятнадцать лет" (Issue 11, round 22). Words a compound splits into
# ("dix-huit": "huit", 8) and words that mean something else ("once") are left out.
_SPELLED_MINORS = frozenset(
    {
        *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
        *("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"),
        *("diez", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete"),
        *("dez", "doze", "treze", "catorze", "dezesseis", "dezasseis", "dezessete", "dezassete"),
        *("dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette"),
        *("zece", "unsprezece", "doisprezece", "treisprezece", "paisprezece", "cincisprezece"),
        *("saisprezece", "saptesprezece", "sasesprezece"),
        *("dziesiec", "jedenascie", "dwanascie", "trzynascie", "czternascie", "pietnascie"),
        *("szesnascie", "siedemnascie"),
        *("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать"),
        *("шестнадцать", "семнадцать", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять"),
        *("ятнадцять", "пятнадцять", "шістнадцять", "сімнадцять"),
        *("labindalawa", "labintatlo", "labinlima", "labimpito"),
    }
)


def _is_minor_number(word: str) -> bool:
    if word in _SPELLED_MINORS:
        return True
    return word.isdecimal() and len(word) <= 2 and 0 < int(word) < ADULT_AGE


@dataclass(frozen=True, slots=True)
class _Phrases:
    """Phrases as word tuples grouped by length, so a position is checked in a few look-ups;
    a word no phrase starts (or ends) with is turned away at once."""

    by_length: tuple[tuple[int, frozenset[tuple[str, ...]]], ...]
    # The first and last words of the phrases (None if one is empty: it fits anywhere).
    firsts: frozenset[str] | None
    lasts: frozenset[str] | None

    @classmethod
    def of(cls, phrases: Sequence[str]) -> _Phrases:
        groups: dict[int, set[tuple[str, ...]]] = {}
        for phrase in phrases:
            parts = tuple(phrase.split())
            groups.setdefault(len(parts), set()).add(parts)
        everything = [parts for group in groups.values() for parts in group]
        gated = all(everything)
        return cls(
            tuple((n, frozenset(group)) for n, group in sorted(groups.items())),
            frozenset(parts[0] for parts in everything) if gated else None,
            frozenset(parts[-1] for parts in everything) if gated else None,
        )

    def before(self, words: Sequence[str], end: int) -> str | None:
        """The phrase that ends just before `words[end]` (the shortest), or None."""
        if self.lasts is not None and (not 0 < end <= len(words) or words[end - 1] not in self.lasts):
            return None
        for n, group in self.by_length:
            if end - n >= 0 and tuple(words[end - n : end]) in group:
                return " ".join(words[end - n : end])
        return None

    def after(self, words: Sequence[str], start: int) -> int:
        """How many words of a phrase start at `start` (0: none); the longest wins."""
        if self.firsts is not None and (not 0 <= start < len(words) or words[start] not in self.firsts):
            return 0
        for n, group in reversed(self.by_length):
            if tuple(words[start : start + n]) in group:
                return n
        return 0


@dataclass(frozen=True, slots=True)
class _AgeWords:
    age_words: _Phrases
    age_before: _Phrases
    duration_before: _Phrases
    duration_after: _Phrases


_COMPILED: dict[int, tuple[Lexicon, _AgeWords]] = {}


def _phrases(lexicon: Lexicon) -> _AgeWords:
    """Compiled once per lexicon object (keyed by identity: hashing a lexicon costs more)."""
    cached = _COMPILED.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        compiled = _AgeWords(
            _Phrases.of(lexicon.age_words),
            _Phrases.of(lexicon.age_before),
            _Phrases.of(lexicon.duration_before),
            _Phrases.of(lexicon.duration_after),
        )
        if len(_COMPILED) > 256:
            _COMPILED.clear()
        cached = _COMPILED[id(lexicon)] = (lexicon, compiled)
    return cached[1]


# The minor numbers written in ASCII digits ("7", "07", "16"): a message in ASCII finds its
# candidates with one set intersection.
_ASCII_MINOR_NUMBERS = frozenset(
    number for n in range(100) for number in (str(n), f"{n:02d}") if _is_minor_number(number)
) | frozenset(word for word in _SPELLED_MINORS if word.isascii())


def minor_number_positions(folded_text: str, words: Sequence[str], unique: Set[str]) -> list[int]:
    """The indexes of the words that are numbers under 18 (`unique` is the set of `words`,
    `folded_text` the text they were split from)."""
    if folded_text.isascii():
        minors: Set[str] = unique & _ASCII_MINOR_NUMBERS
        if not minors:
            return []
        return [i for i, word in enumerate(words) if word in minors]
    return [i for i, word in enumerate(words) if _is_minor_number(word)]


# An age under 18 in Chinese numerals ("十四岁", "七歳"); a numeral just before is a larger
# number ("二十四岁", "十八岁" never match). Issue 11, twenty-first round: "我表妹才十四岁".
_HAN_MINOR = "(?<![一二两三四五六七八九十百千零〇])(?:十[一二三四五六七]?|[一二两三四五六七八九])"
_HAN_AGE_WORDS: dict[str, re.Pattern[str]] = {
    code: re.compile(rf"{_HAN_MINOR}\s?(?:{'|'.join(words)})")
    for code, words in (("zh", ("周岁", "週歲", "足岁", "岁", "歲")), ("ja", ("歳", "才", "さい")))
}


def _han_numeral_age(lexicon: Lexicon, folded_text: str) -> str | None:
    pattern = _HAN_AGE_WORDS.get(lexicon.code)
    if pattern is None:
        return None
    match = pattern.search(folded_text)
    return match.group() if match else None


def find_minor_age(
    lexicon: Lexicon, folded_text: str, words: Sequence[str], minors: Sequence[int] | None = None
) -> str | None:
    """The age words that show a minor ("15 ans"), or None. `minors`, when given, is what
    `minor_number_positions` says of these words (callers trying several lexicons find
    them once)."""
    if lexicon.match is MatchMode.substring:
        # an Arabic word that goes on after it is another word ("١٢ عامل": twelve workers, not
        # twelve years); in the other scripts read so, a suffix is part of the age ("۱۳ سالشه")
        after = "(?![\u0621-\u064a])" if lexicon.code == "ar" else ""
        for age_word in lexicon.age_words:
            pattern = rf"(?<!\d)(\d{{1,2}})\s?{re.escape(age_word)}{after}"
            for match in re.finditer(pattern, folded_text):
                if _is_minor_number(match.group(1)):
                    return match.group()
        return _han_numeral_age(lexicon, folded_text)
    if minors is None:
        minors = [i for i, word in enumerate(words) if _is_minor_number(word)]
    phrases = _phrases(lexicon)
    for i in minors:
        word = words[i]
        if i + 1 < len(words) and len(words[i + 1]) == 3 and words[i + 1].isdecimal():
            continue  # "12 000": an amount, not an age
        # A word that says an age just before the number wins ("fille de 16 ans"), even
        # when it ends like a duration word ("de").
        length = phrases.age_words.after(words, i + 1)
        if before := phrases.age_before.before(words, i):
            if i + 1 < len(words) and words[i + 1] in _AMOUNT_AFTER:
                continue
            if length and phrases.duration_after.after(words, i + 1 + length):
                continue  # "брат 3 роки працював": years worked, not the brother's age (round 13)
            weak = before in _WEAK_BEFORE and not _looks_a_range(before, words, i)
            if not weak or length or i + 1 == len(words):
                return f"{before} {word}"
            continue
        # Checked last, only for what reads as an age: "depuis 15 ans" is a duration.
        if (
            length
            and not phrases.duration_after.after(words, i + 1 + length)
            and phrases.duration_before.before(words, i) is None
            and not _spent_there(phrases, words, i)
        ):
            return " ".join(words[i : i + 1 + length])
    return None
