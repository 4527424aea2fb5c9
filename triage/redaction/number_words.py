"""Phone numbers dictated in words, or in words and digits mixed: "cinq un quatre cinq cinq
cinq zéro un quatre huit", "five one four, 555, oh one four eight", "cinco uno cuatro...",
"zéro six douze trente-quatre cinquante-six soixante-dix-huit", "quatre-vingt-dix",
"double five" (French, English, Spanish, Portuguese, Haitian Creole and Tagalog digits).

A run of number words and digit groups, separated only by spaces or punctuation (and "et",
"and", "y" inside a number), that spells 7 or more digits with at least two words is a phone:
nobody writes a date or an amount that way. Runs with "mille", "thousand", "mil", "million"
are amounts and stop the run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.folding import fold_word
from triage.redaction.spans import LATIN1_LETTER, Hints

_UNITS = {
    "zero": 0,
    "zéro": 0,
    "oh": 0,
    "o": 0,
    "cero": 0,
    "zewo": 0,
    "sero": 0,
    "un": 1,
    "une": 1,
    "one": 1,
    "uno": 1,
    "una": 1,
    "um": 1,
    "uma": 1,
    "en": 1,
    "youn": 1,
    "isa": 1,
    "deux": 2,
    "two": 2,
    "dos": 2,
    "dois": 2,
    "duas": 2,
    "dalawa": 2,
    "trois": 3,
    "three": 3,
    "tres": 3,
    "tres'": 3,
    "twa": 3,
    "tatlo": 3,
    "quatre": 4,
    "four": 4,
    "cuatro": 4,
    "quatro": 4,
    "kat": 4,
    "apat": 4,
    "cinq": 5,
    "five": 5,
    "cinco": 5,
    "senk": 5,
    "lima": 5,
    "six": 6,
    "seis": 6,
    "sis": 6,
    "anim": 6,
    "sept": 7,
    "seven": 7,
    "siete": 7,
    "sete": 7,
    "set": 7,
    "pito": 7,
    "huit": 8,
    "eight": 8,
    "ocho": 8,
    "oito": 8,
    "uit": 8,
    "walo": 8,
    "neuf": 9,
    "nine": 9,
    "nueve": 9,
    "nove": 9,
    "nef": 9,
    "siyam": 9,
}
_TEENS = {
    "dix": 10,
    "ten": 10,
    "diez": 10,
    "dez": 10,
    "onze": 11,
    "eleven": 11,
    "once": 11,
    "douze": 12,
    "twelve": 12,
    "doce": 12,
    "treize": 13,
    "thirteen": 13,
    "trece": 13,
    "treze": 13,
    "quatorze": 14,
    "fourteen": 14,
    "catorce": 14,
    "catorze": 14,
    "quinze": 15,
    "fifteen": 15,
    "quince": 15,
    "seize": 16,
    "sixteen": 16,
    "dieciseis": 16,
    "dezesseis": 16,
    "seventeen": 17,
    "diecisiete": 17,
    "dezessete": 17,
    "eighteen": 18,
    "dieciocho": 18,
    "dezoito": 18,
    "nineteen": 19,
    "diecinueve": 19,
    "dezenove": 19,
}
_TENS = {
    "vingt": 20,
    "vingts": 20,
    "twenty": 20,
    "veinte": 20,
    "vinte": 20,
    "trente": 30,
    "thirty": 30,
    "treinta": 30,
    "trinta": 30,
    "quarante": 40,
    "forty": 40,
    "cuarenta": 40,
    "quarenta": 40,
    "cinquante": 50,
    "fifty": 50,
    "cincuenta": 50,
    "cinquenta": 50,
    "soixante": 60,
    "sixty": 60,
    "sesenta": 60,
    "sessenta": 60,
    "seventy": 70,
    "setenta": 70,
    "eighty": 80,
    "ochenta": 80,
    "oitenta": 80,
    "ninety": 90,
    "noventa": 90,
}
_VEINTI = {
    f"veinti{name}": 20 + value
    for name, value in (
        ("uno", 1),
        ("un", 1),
        ("dos", 2),
        ("tres", 3),
        ("cuatro", 4),
        ("cinco", 5),
        ("seis", 6),
        ("siete", 7),
        ("ocho", 8),
        ("nueve", 9),
    )
}
_HUNDREDS = {
    "cent": 100,
    "cents": 100,
    "hundred": 100,
    "cien": 100,
    "ciento": 100,
    "cem": 100,
    "cento": 100,
    "doscientos": 200,
    "trescientos": 300,
    "cuatrocientos": 400,
    "quinientos": 500,
    "seiscientos": 600,
    "setecientos": 700,
    "ochocientos": 800,
    "novecientos": 900,
}
_REPEAT = {"double": 2, "doble": 2, "triple": 3}
_JOINERS = frozenset({"et", "and", "y", "e"})
_AMOUNT_WORDS = frozenset({"mille", "thousand", "mil", "million", "millions", "millones", "milhoes"})
_NUMBER_WORDS = (
    frozenset(_UNITS)
    | frozenset(_TEENS)
    | frozenset(_TENS)
    | frozenset(_VEINTI)
    | frozenset(_HUNDREDS)
    | frozenset(_REPEAT)
)
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_LATIN1_TOKEN = re.compile(rf"[0-9]+|{LATIN1_LETTER}+")  # the same on a Latin-1 text, faster
_GAP = re.compile(r"[\s,.;:/()\-–+]{0,4}")


def _is_number_token(word: str) -> bool:
    return word.isdigit() or word in _NUMBER_WORDS


def _below_hundred(words: list[str], i: int) -> tuple[int, int] | None:
    """Parse 0-99 at words[i]; return (value, next index) or None."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word in _VEINTI:
        return _VEINTI[word], i + 1
    if word == "quatre" and nxt in ("vingt", "vingts"):
        value, j = 80, i + 2
        rest = _below_hundred_tail(words, j, allow_teen=True)
        return (value + rest[0], rest[1]) if rest else (value, j)
    if word in _TENS:
        value, j = _TENS[word], i + 1
        rest = _below_hundred_tail(words, j, allow_teen=value == 60)
        return (value + rest[0], rest[1]) if rest else (value, j)
    if word == "dix" and nxt in ("sept", "huit", "neuf"):
        return 10 + _UNITS[nxt], i + 2
    if word in _TEENS:
        return _TEENS[word], i + 1
    return None


def _below_hundred_tail(words: list[str], j: int, *, allow_teen: bool) -> tuple[int, int] | None:
    """The unit (or, after soixante/quatre-vingt, the teen) that completes a tens word."""
    if j < len(words) and words[j] in _JOINERS and j + 1 < len(words):
        j += 1
    if j >= len(words):
        return None
    word = words[j]
    if allow_teen:
        teen = _below_hundred(words, j) if word in _TEENS or word == "dix" else None
        if teen and teen[0] < 20:
            return teen
    if word in _UNITS and _UNITS[word] > 0 and word not in ("o", "oh"):
        return _UNITS[word], j + 1
    return None


def spell_digits(words: list[str]) -> str:
    """Digits spelled by a run of folded words and digit groups ("five", "14", "trente-quatre")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.isdigit():
            out.append(word)
            i += 1
        elif word in _REPEAT and i + 1 < len(words) and words[i + 1] in _UNITS:
            out.append(str(_UNITS[words[i + 1]]) * _REPEAT[word])
            i += 2
        elif word in _UNITS and i + 1 < len(words) and words[i + 1] in ("cent", "cents", "hundred"):
            rest = _below_hundred(words, i + 2) if i + 2 < len(words) else None
            if rest is None and i + 2 < len(words) and words[i + 2] in _UNITS:
                rest = (_UNITS[words[i + 2]], i + 3)
            out.append(f"{_UNITS[word] * 100 + (rest[0] if rest else 0):03d}")
            i = rest[1] if rest else i + 2
        elif word in _HUNDREDS:
            rest = _below_hundred(words, i + 1) if i + 1 < len(words) else None
            if rest is None and i + 1 < len(words) and words[i + 1] in _UNITS:
                rest = (_UNITS[words[i + 1]], i + 2)
            out.append(f"{_HUNDREDS[word] + (rest[0] if rest else 0):03d}")
            i = rest[1] if rest else i + 1
        elif word in _UNITS:
            out.append(str(_UNITS[word]))
            i += 1
        else:
            parsed = _below_hundred(words, i)
            if parsed is None:
                i += 1
                continue
            out.append(f"{parsed[0]:02d}")
            i = parsed[1]
    return "".join(out)


# Number words that are also everyday words: alone they do not make a spelled number worth a scan.
_EVERYDAY_WORDS = frozenset(
    {"un", "une", "uno", "una", "o", "oh", "en", "e", "set", "um", "uma", "lima", "sis", "kat"}
)


_LOWER_WORDS = _NUMBER_WORDS | {"zéro", "dieciséis", "três"}


def _number_token_indices(words: list[str]) -> list[int]:
    """Where a run can start: number words and digit groups, but not "o", "oh" or "en",
    everyday words that only count inside a run."""
    return [
        i
        for i, word in enumerate(words)
        if (word in _NUMBER_WORDS or word.isdigit()) and word not in ("o", "oh", "e", "en")
    ]


def find_spelled_phones(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not (hints.words & _LOWER_WORDS) - _EVERYDAY_WORDS:
        return
    tokens = list((_LATIN1_TOKEN if hints.latin1 else _TOKEN).finditer(text))
    # folded like `fold` (a token holds no "’", the only difference); the map loops run in C
    words = list(map(fold_word, map(re.Match.group, tokens)))
    spans = list(map(re.Match.span, tokens))
    resume = 0
    for i in _number_token_indices(words):
        if i < resume:
            continue
        run = [i]
        j = i + 1
        while j < len(words):
            if not _GAP.fullmatch(text, spans[j - 1][1], spans[j][0]):
                break
            word = words[j]
            if word in _AMOUNT_WORDS:
                run = []
                break
            if word in _NUMBER_WORDS or word.isdigit():
                run.append(j)
            elif word in _JOINERS and j + 1 < len(words) and _is_number_token(words[j + 1]):
                pass
            else:
                break
            j += 1
        resume = j
        if len(run) < 2:  # one word or digit group spells no phone
            continue
        run_words = words[run[0] : run[-1] + 1]
        spelled_words = sum(1 for w in run_words if not w.isdigit() and w not in _JOINERS)
        if spelled_words >= 2 and len(spell_digits(run_words)) >= 7:
            yield spans[run[0]][0], spans[run[-1]][1]
