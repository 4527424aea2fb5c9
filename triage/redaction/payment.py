"""Payment data: card numbers (Luhn), IBANs (mod-97), and bank account, transit or money
transfer numbers after a cue word ("compte", "account", "cuenta", "MTCN", "CLABE", ...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.checksums import iban_valid, luhn_valid
from triage.redaction.spans import Hints, digit_runs, finditer_at, match_at, word_starts

_CARD = re.compile(r"(?<![\d+])(?:\d[ \-.\u00a0]?){12,18}\d(?!\d)")
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]{4}){2,7}(?:[ \-]?[A-Za-z0-9]{1,3})?\b")
_ACCOUNT_CUE = re.compile(
    # the lookahead holds the cues' first letters: most words fail it without trying every cue
    r"\b(?=[abceimnrstvw])"
    r"(?:iban|rib|bic|swift|clabe|mtcn|interac|e-?transfer|virement|western union|moneygram|remitly|"
    r"(?:n(?:u|ú)m(?:ero|éro)?\.?\s+de\s+)?(?:compte|cuenta|conta|account|acct|transit|routing|"
    r"tarjeta|carte|card|cart[aã]o)(?:\s+(?:bancaire|bancaria|banc[aá]rio|bank|number|no|num|de|"
    r"d[eé]bit|cr[eé]dit|cr[eé]dito|d[eé]bito|numero|número|numéro))*|"
    r"(?:reference|référence|referencia|code|código|codigo|confirmation)\s+(?:de\s+)?"
    r"(?:transfert|transfer|transferencia|envío|envio|virement|pago|paiement|payment))"
    r"\b[\s:#°º.-]*(?:(?:is|est|es|é|c'est|no|number|numéro|número|n°|#)\b[\s:#.-]*)?",
    re.IGNORECASE,
)
_CUED_VALUE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|[ \-.](?=[A-Za-z0-9])){3,33}")
_CURRENCY_AFTER = re.compile(r"\s?(?:\$|€|£|dollars?|d[oó]lares|pesos|euros?|gourdes)", re.IGNORECASE)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def find_cards(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Luhn-valid runs of 13 to 19 digits, in any grouping."""
    if len(hints.digit_starts) == 0:
        return
    for start, end in match_at(text, _CARD, _card_starts(text, hints)):
        digits = _digits(text[start:end])
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            yield start, end


_CARD_SEPARATORS = " -.\u00a0"


def _card_starts(text: str, hints: Hints) -> list[int]:
    """Where _CARD can start: a card starts a digit run, and its 13 digits or more are in runs
    that follow each other with one separator between (a "chain"), so only the runs of a chain
    of 13 digits or more are tried."""
    starts: list[int] = []
    chain: list[int] = []  # the starts of the runs of the current chain
    digits = 0
    previous_end = -2
    for start, end in digit_runs(text, hints):
        if start != previous_end + 1 or text[previous_end] not in _CARD_SEPARATORS:
            if digits >= 13:
                starts += chain
            chain = []
            digits = 0
        chain.append(start)
        digits += end - start
        previous_end = end
    if digits >= 13:
        starts += chain
    return starts


def find_ibans(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """IBANs whose mod-97 check passes; a trailing word swallowed by the pattern is dropped."""
    if not hints.digit_starts:
        return
    for start, end in match_at(text, _IBAN, _iban_starts(text, hints)):
        groups = re.split(r"([ \-])", text[start:end])
        while groups:
            candidate = "".join(groups)
            compact = re.sub(r"[ \-]", "", candidate)
            if iban_valid(compact):
                yield start, start + len(candidate)
                break
            groups = groups[:-2]


def _iban_starts(text: str, hints: Hints) -> Iterator[int]:
    """An IBAN starts with two letters (the country) just before a digit run (the check digits)."""
    for digit, _ in digit_runs(text, hints):
        country = text[digit - 2 : digit]
        if digit >= 2 and country.isascii() and country.isalpha():
            yield digit - 2


_ACCOUNT_WORDS = frozenset(
    [
        "iban",
        "rib",
        "bic",
        "swift",
        "clabe",
        "mtcn",
        "interac",
        "transfer",
        "virement",
        "western",
        "moneygram",
        "remitly",
        "compte",
        "cuenta",
        "conta",
        "account",
        "acct",
        "transit",
        "routing",
        "tarjeta",
        "carte",
        "card",
        "cartão",
        "cartao",
        "reference",
        "référence",
        "referencia",
        "code",
        "código",
        "codigo",
        "confirmation",
    ]
)


# The words an _ACCOUNT_CUE match starts with, each a whole word: "e" is "e-transfer" (looked
# for as "e-"), "num"... the "numéro de" before "compte".
_CUE_FIRST_WORDS = frozenset(
    [
        "iban",
        "rib",
        "bic",
        "swift",
        "clabe",
        "mtcn",
        "interac",
        "e",
        "etransfer",
        "virement",
        "western",
        "moneygram",
        "remitly",
        "num",
        "núm",
        "numero",
        "numéro",
        "número",
        "núméro",
        "compte",
        "cuenta",
        "conta",
        "account",
        "acct",
        "transit",
        "routing",
        "tarjeta",
        "carte",
        "card",
        "cartao",
        "cartão",
        "reference",
        "référence",
        "referencia",
        "code",
        "código",
        "codigo",
        "confirmation",
    ]
)
_CUE_SPELLED = {"e": "e-"}


def find_accounts(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """A number after an account or transfer cue: at least 5 digits, or 6+ characters mixing
    letters and digits, and not an amount ("compte de 500 $" stays)."""
    if not hints.digit_starts or not hints.has_any(_ACCOUNT_WORDS):
        return
    for cue in finditer_at(_ACCOUNT_CUE, text, word_starts(text, hints, _CUE_FIRST_WORDS, _CUE_SPELLED)):
        value = _CUED_VALUE.match(text, cue.end())
        if value is None:
            continue
        found = value.group()
        # keep only leading chunks that contain a digit ("12345 6789 please" -> "12345 6789")
        chunks = re.split(r"(?<=[A-Za-z0-9])[ ](?=[A-Za-z0-9])", found)
        kept: list[str] = []
        for chunk in chunks:
            letters_only = not any(ch.isdigit() for ch in chunk)
            if letters_only and (kept or not (chunk.isupper() and len(chunk) <= 4)):
                break
            kept.append(chunk)
        if not kept:
            continue
        found = " ".join(kept)
        digits = _digits(found)
        mixed = len(found) >= 6 and any(ch.isalpha() for ch in found) and len(digits) >= 2
        if len(digits) < 5 and not mixed:
            continue
        end = value.start() + len(found)
        if _CURRENCY_AFTER.match(text, end):
            continue
        yield value.start(), end
