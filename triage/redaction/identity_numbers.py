"""Identity numbers: Canadian SIN (Luhn), US SSN, Québec health card (RAMQ), Mexican CURP,
passport-like codes, and any number after a cue word in French, English, Spanish,
Portuguese and a few more ("passeport", "work permit", "permiso", "NAS", "UCI", "numéro de
dossier", "claim number", "expediente", "carte soleil", "licencia", "CURP", "паспорт", ...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.checksums import luhn_valid
from triage.redaction.spans import Hints, match_at_digits
from triage.text_folding import fold_word


# The word just before the number (fillers like "number", "is", "#" skipped), compared folded.
def _folded_words(text: str) -> frozenset[str]:
    return frozenset(fold_word(word) for word in text.split())


_CUE_WORDS = _folded_words(
    # passports, visas, permits, residence cards
    "passport passeport pasaporte passaporte pasaport pasport паспорт паспорта паспорту chiếu 护照 visa "
    "permit permis permiso travail trabajo études etudes study work residencia residente resident "
    "autorisation "
    # licences, health cards, social numbers, national ids
    "licence license licencia conduire conducir manejo motorista soleil maladie ramq ohip imss "
    "sanitaria philhealth umid aadhaar aadhar insurance assurance sociale social security seguro "
    "nas nss ssn curp rfc dni nie cpf cédula cedula identité identity identification id matricule "
    # immigration, court, police, labour and other case files, vehicles
    "uci iuc client alien case file dossier claim réclamation reclamation expediente caso folio docket "
    "plainte complaint report rapport ticket inmate détenu detenu booking employee employé badge plate "
    "plaque placa matrícula matricula جواز السفر"
)
_UPPER_CUES = frozenset({"SIN", "TIN", "SSS", "INE", "RG", "PR", "MSP"})  # words too when lower case
_UNSPACED_CUES = ("护照", "号码", "جواز")
_FILLERS = _folded_words(
    "number no num nr n nº n° # : = - numero numéro número is est es é e c'est cest was était etait era "
    "de du d of my mon ma mi su son sa his her their leur meu minha it it's its the le la el номер рақам "
    "رقم رقمه"
)
_BACK_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[#:=°º]")
_LETTER_PREFIX = re.compile(r"(?<![\w-])[A-Z]{1,4} $")
_VALUE = re.compile(
    r"(?:[A-Za-z]{1,4}[ -]?)?\d[A-Za-z0-9]*(?:[ \-/.]\d[A-Za-z0-9]*|[ \-/][A-Za-z]{1,3}\d[A-Za-z0-9]*){0,5}"
)
_SIN = re.compile(r"(?<![\d\-.])(?<!\d[ .\-])\d{3}([ \-.]?)\d{3}\1\d{3}(?![\d\-])(?![ .\-]\d)")
_INTERNATIONAL_PREFIX = re.compile(r"(?:\+|\b00)\s?\d{1,4}[ .\-]?$|\+\s?$")
_SSN = re.compile(r"(?<![\d\-])\d{3}-\d{2}-\d{4}(?![\d\-])")
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]|[A-Z]\d|\d[A-Z]")
_RAMQ = re.compile(r"\b[A-Z]{4}[ -]?\d{4}[ -]?\d{4}\b")
_CURP = re.compile(r"\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b", re.IGNORECASE)
_CODE = re.compile(r"\b(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){5})[A-Z0-9]+(?:-[A-Z0-9]+)*\b")


def find_identity_numbers(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.digit_starts:
        return
    if hints.has_any(_CUE_WORDS) or any(cue in text for cue in _UNSPACED_CUES) or "SIN" in text:
        yield from _cued(text, hints)
    for start, end in match_at_digits(text, hints, (_SIN,)):
        # "+48 512 345 000" is a phone whose last nine digits happen to pass Luhn
        if _INTERNATIONAL_PREFIX.search(text, max(0, start - 8), start):
            continue
        if luhn_valid(re.sub(r"\D", "", text[start:end])):
            yield start, end
    yield from match_at_digits(text, hints, (_SSN,))
    if _TWO_CAPITALS.search(text):  # health cards, CURP and codes all have capital letters
        for pattern in (_RAMQ, _CURP, _CODE):
            yield from (m.span() for m in pattern.finditer(text))


def _cue_before(text: str, pos: int) -> bool:
    """A cue word ends the words before `pos`, give or take a few fillers ("number", "is", "#")."""
    window = text[max(0, pos - 60) : pos]
    if any(cue in window for cue in _UNSPACED_CUES):
        return True
    words = _BACK_WORD.findall(window)
    for skipped, word in enumerate(reversed(words)):
        if word in _UPPER_CUES:
            return True
        folded = fold_word(word)
        if folded in _CUE_WORDS:
            return True
        if folded not in _FILLERS or skipped >= 5:
            return False
    return False


def _cued(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """A number (letters allowed: "AB123456", "ES-2024-118734") right after a cue word."""
    covered = -1
    for digit in hints.digit_starts:
        if digit < covered:
            continue
        start = digit
        while start > max(0, digit - 5) and (
            text[start - 1] in "-" or (text[start - 1].isascii() and text[start - 1].isalpha())
        ):
            start -= 1
        if start > 0 and text[start - 1].isalnum():
            start = digit
            if start > 0 and text[start - 1].isalnum():
                continue
        prefix = _LETTER_PREFIX.search(text, max(0, start - 6), start)
        if start == digit and prefix is not None:  # "TREM 1234 5678", "AB 123456"
            start = prefix.start()
        value = _VALUE.match(text, start)
        if value is None or not _cue_before(text, value.start()):
            continue
        found = value.group()
        digits = sum(ch.isdigit() for ch in found)
        if digits >= 3 or (digits >= 2 and len(found) >= 5):
            covered = value.end()
            yield value.span()
