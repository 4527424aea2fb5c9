"""Identity numbers: Canadian SIN (Luhn), US SSN, Québec health card (RAMQ), Mexican CURP,
passport-like codes, and any number after a cue word in French, English, Spanish,
Portuguese and a few more ("passeport", "work permit", "permiso", "NAS", "UCI", "numéro de
dossier", "claim number", "expediente", "carte soleil", "licencia", "CURP", "паспорт", ...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.checksums import luhn_valid
from triage.redaction.spans import Hints, match_at_digits

_CUES = (
    # passports, visas, permits
    r"passport|passeport|pasaporte|passaporte|pasaport|pasport|паспорт\w*|جواز(?:\s+السفر)?|护照|hộ chiếu|"
    r"visa|visa number|permit|work permit|study permit|"
    r"permis(?:\s+de\s+(?:travail|s[eé]jour|[eé]tudes|conduire))?|"
    r"permiso(?:\s+de\s+(?:trabajo|residencia|conducir))?|autorisation de travail|"
    r"pr card|carte de r[eé]sident(?:\s+permanent)?|resident card|green card|tarjeta de residen(?:cia|te)|"
    # licences and health cards
    r"licen[cs]e|driver'?s licen[cs]e|licencia(?:\s+de\s+(?:conducir|manejo))?|carteira de motorista|"
    r"health card|carte soleil|carte d'assurance[- ]maladie|assurance[- ]maladie|ramq|ohip|msp|"
    r"tarjeta sanitaria|seguro social|imss|philhealth|umid|aadhaar|aadhar|pan card|"
    # national and social numbers
    r"nas|nss|ssn|social insurance(?: number)?|assurance sociale|num[eé]ro d'assurance sociale|"
    r"social security(?: number)?|curp|rfc|dni|nie|cpf|c[eé]dula|cedula|carte d'identit[eé]|"
    r"pi[eè]ce d'identit[eé]|id card|identity card|id number|id|identification|matricule|"
    # immigration, court, police, labour and other case files
    r"uci|iuc|client id|a-number|alien number|case|case number|file|file number|dossier|"
    r"num[eé]ro de dossier|claim|claim number|r[eé]clamation|expediente|caso|n[uú]mero de caso|folio|"
    r"docket|plainte|complaint|report number|rapport|ticket|inmate|d[eé]tenu|booking|"
    r"employee number|num[eé]ro d'employ[eé]|badge|plate|licen[cs]e plate|plaque|placa|matr[ií]cula"
)
_FILLER = (
    r"number|no|num|nr|nº|n°|#|numéro|numero|número|is|est|es|é|c'est|was|était|era|de|du|d'|of|"
    r"my|mon|ma|mi|su|son|sa|his|her|their|leur|meu|minha|it|it's|:|-|="
)
_UPPER_CUES = r"SIN|TIN|SSS|INE|RG|PR|MSP"  # also common words when lower case ("sin" in Spanish)
_TAIL = (
    rf"(?![\w-])(?:[\s:#.=-]*(?i:{_FILLER})(?![\w]))*[\s:#.=-]*"
    r"(?P<value>(?:[A-Za-z]{1,4}[ -]?)?\d[A-Za-z0-9]*"
    r"(?:[ \-/.]\d[A-Za-z0-9]*|[ \-/][A-Za-z]{1,3}\d[A-Za-z0-9]*){0,5})"
)
_CUED = re.compile(rf"(?<![\w-])(?i:{_CUES}){_TAIL}")
_CUED_UPPER = re.compile(rf"(?<![\w-])(?:{_UPPER_CUES}){_TAIL}")
_SIN = re.compile(r"(?<![\d\-.])(?<!\d[ .\-])\d{3}([ \-.]?)\d{3}\1\d{3}(?![\d\-])(?![ .\-]\d)")
_INTERNATIONAL_PREFIX = re.compile(r"(?:\+|\b00)\s?\d{1,4}[ .\-]?$|\+\s?$")
_SSN = re.compile(r"(?<![\d\-])\d{3}-\d{2}-\d{4}(?![\d\-])")
_RAMQ = re.compile(r"\b[A-Z]{4}[ -]?\d{4}[ -]?\d{4}\b")
_CURP = re.compile(r"\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b", re.IGNORECASE)
_CODE = re.compile(r"\b(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){5})[A-Z0-9]+(?:-[A-Z0-9]+)*\b")


_CUE_WORDS = frozenset(
    [
        "passport",
        "passeport",
        "pasaporte",
        "passaporte",
        "pasaport",
        "pasport",
        "паспорт",
        "паспорта",
        "паспортом",
        "hộ",
        "visa",
        "permit",
        "permis",
        "permiso",
        "autorisation",
        "pr",
        "carte",
        "resident",
        "green",
        "tarjeta",
        "licence",
        "license",
        "driver",
        "drivers",
        "licencia",
        "carteira",
        "health",
        "assurance",
        "ramq",
        "ohip",
        "msp",
        "seguro",
        "imss",
        "philhealth",
        "umid",
        "aadhaar",
        "aadhar",
        "pan",
        "nas",
        "nss",
        "ssn",
        "social",
        "numéro",
        "curp",
        "rfc",
        "dni",
        "nie",
        "cpf",
        "cédula",
        "cedula",
        "pièce",
        "piece",
        "id",
        "identity",
        "identification",
        "matricule",
        "uci",
        "iuc",
        "client",
        "alien",
        "case",
        "file",
        "dossier",
        "claim",
        "réclamation",
        "reclamation",
        "expediente",
        "caso",
        "número",
        "numero",
        "folio",
        "docket",
        "plainte",
        "complaint",
        "report",
        "rapport",
        "ticket",
        "inmate",
        "détenu",
        "detenu",
        "booking",
        "employee",
        "badge",
        "plate",
        "plaque",
        "placa",
        "matrícula",
        "matricula",
        "sin",
        "tin",
        "sss",
        "ine",
        "rg",
    ]
)
_UNSPACED_CUES = ("جواز", "护照")
_DIGIT_LED = (_SSN,)


def find_identity_numbers(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.digit_starts:
        return
    if hints.has_any(_CUE_WORDS) or any(cue in text for cue in _UNSPACED_CUES):
        yield from _cued(text)
    for start, end in match_at_digits(text, hints, (_SIN,)):
        # "+48 512 345 000" is a phone whose last nine digits happen to pass Luhn
        if _INTERNATIONAL_PREFIX.search(text, max(0, start - 8), start):
            continue
        if luhn_valid(re.sub(r"\D", "", text[start:end])):
            yield start, end
    yield from match_at_digits(text, hints, _DIGIT_LED)
    for pattern in (_RAMQ, _CURP, _CODE):
        yield from (m.span() for m in pattern.finditer(text))


def _cued(text: str) -> Iterator[tuple[int, int]]:
    for match in (*_CUED.finditer(text), *_CUED_UPPER.finditer(text)):
        value = match.group("value")
        digits = sum(ch.isdigit() for ch in value)
        if digits >= 3 or (digits >= 2 and len(value) >= 5):
            yield match.start("value"), match.end("value")
