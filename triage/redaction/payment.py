"""Payment data: card numbers (Luhn), IBANs (mod-97), and bank account, transit or money
transfer numbers after a cue word ("compte", "account", "cuenta", "MTCN", "CLABE", ...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.checksums import iban_valid, luhn_valid
from triage.redaction.latin1_tables import latin1
from triage.redaction.spans import Hints, digit_runs, finditer_at, looked_for, word_starts

_CARD = re.compile(r"(?<![\d+])(?:\d[ \-.\u00a0]?){12,18}\d(?!\d)")
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]{4}){2,7}(?:[ \-]?[A-Za-z0-9]{1,3})?\b")
_ACCOUNT_CUE = re.compile(
    # the lookahead holds the cues' first letters: most words fail it without trying every cue
    r"\b(?=[abceikmnprhstvwxср])"
    r"(?:iban|rib|bic|swift|clabe|mtcn|"
    # issue 11, nineteenth round: a service's own word for the transfer's code ("Remitly transfer
    # code R-8A2B-99QX", "Western Union control number ..."), and a Pix key ("chave pix", "pix:")
    r"(?:interac|e-?transfer|virement|western union|moneygram|remitly|ria|xoom|worldremit)"
    r"(?:\s+(?:money\s+)?transfer)?(?:\s+(?:code|pin|control number|reference|ref)\b)?|"
    r"chave\s+(?:pix|aleat[óo]ria)|pix(?=\s*:)|"
    r"(?:n(?:u|ú)m(?:ero|éro)?\.?\s+de\s+)?(?:compte|cuenta|conta|account|acct|transit|routing|"
    r"rekening|konto|konta|kontonummer|hesap|hesabı|hesabına|счёт|счет|счета|рахунок|рахунку|"
    r"tarjeta|carte|card|cart[aã]o)(?:\s+(?:bancaire|bancaria|banc[aá]rio|bank|number|no|num|de|"
    r"d[eé]bit|cr[eé]dit|cr[eé]dito|d[eé]bito|numero|número|numéro))*|"
    r"(?:reference|référence|referencia|code|código|codigo|confirmation)\s+(?:de\s+)?"
    r"(?:transfert|transfer|transferencia|envío|envio|virement|pago|paiement|payment))"
    r"\b[\s:#°º.-]*(?:(?:is|est|es|é|c'est|no|number|numéro|número|n°|#)\b[\s:#.-]*)?",
    re.IGNORECASE,
)
_CUED_VALUE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|[ \-.](?=[A-Za-z0-9])){3,40}")  # a Pix key's 36
_CURRENCY_AFTER = re.compile(r"\s?(?:\$|€|£|dollars?|d[oó]lares|pesos|euros?|gourdes)", re.IGNORECASE)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def find_cards(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Luhn-valid runs of 13 to 19 digits, in any grouping."""
    if len(hints.digit_starts) == 0:
        return
    starts = _card_starts(text, hints)
    if not starts:
        return
    for card in finditer_at(_CARD, text, starts):
        digits = _card_digits(card.group())
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            yield card.span()


def _card_digits(card: str) -> str:
    """The digits of a `_CARD` match: what is left once its separators are dropped."""
    return card.replace(" ", "").replace("-", "").replace(".", "").replace("\u00a0", "")


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
    starts = _iban_starts(text, hints)
    if not starts:
        return
    for iban in finditer_at(_IBAN, text, starts):
        length = _valid_iban_length(iban.group()) or _iban_shaped_length(iban.group())
        if length:
            yield iban.start(), iban.start() + length


def _valid_iban_length(found: str) -> int:
    """Length of the longest piece of `found` that is a valid IBAN, `found` itself or `found`
    cut at one of its separators (" " or "-"), trying the longest first; 0 when none is."""
    length = len(found)
    while length != -1:
        if iban_valid(found[:length].replace(" ", "").replace("-", "")):
            return length
        length = max(found.rfind(" ", 0, length), found.rfind("-", 0, length))
    return 0


def _iban_shaped_length(found: str) -> int:
    """An IBAN whose check digits fail (mistyped, or made up) is still a bank account when it
    is written like one: a country code in capitals, two digits, 15 to 34 letters and digits,
    ten digits at least. Its length, without a last piece that has no digit; else 0."""
    pieces = re.split(r"(?<=[A-Za-z0-9])[ \-](?=[A-Za-z0-9])", found)
    while pieces and not any(ch.isdigit() for ch in pieces[-1]):
        pieces.pop()
    kept = found[: sum(map(len, pieces)) + len(pieces) - 1] if pieces else ""
    compact = kept.replace(" ", "").replace("-", "")
    if kept[:2].isupper() and 15 <= len(compact) <= 34 and sum(map(str.isdigit, compact)) >= 10:
        return len(kept)
    return 0


def _latin1_iban_marks() -> bytes:
    """For `bytes.translate` on a Latin-1 text: an ASCII letter becomes "a", a digit "0",
    anything else a space."""
    marks = bytearray(b" " * 256)
    for code in range(256):
        if chr(code).isascii() and chr(code).isalpha():
            marks[code] = ord("a")
        elif chr(code).isdecimal():
            marks[code] = ord("0")
    return bytes(marks)


_LATIN1_IBAN_MARKS = _latin1_iban_marks()


def _iban_starts(text: str, hints: Hints) -> list[int]:
    """An IBAN starts with two letters (the country) just before a digit run (the check digits).
    In a Latin-1 text, two ASCII letters then a digit ("aa0" once marked) are found with
    `bytes.find`: the digit after a letter always starts a digit run."""
    data = latin1(text)
    if data is None:
        return [
            digit - 2
            for digit, _ in digit_runs(text, hints)
            if digit >= 2 and text[digit - 2 : digit].isascii() and text[digit - 2 : digit].isalpha()
        ]
    marks = data.translate(_LATIN1_IBAN_MARKS)
    starts = []
    start = marks.find(b"aa0")
    while start != -1:
        starts.append(start)
        start = marks.find(b"aa0", start + 1)
    return starts


# Money-transfer services and their words: a cue of an account, and what makes a message one
# about a transfer (its reference then the transfer's).
_TRANSFERS = (
    "interac",
    "etransfer",
    "transfer",
    "virement",
    "western",
    "moneygram",
    "remitly",
    "ria",
    "xoom",
    "worldremit",
)
_ACCOUNT_WORDS = looked_for(
    [
        *_TRANSFERS,
        "iban",
        "rib",
        "bic",
        "swift",
        "clabe",
        "mtcn",
        "compte",
        "cuenta",
        "conta",
        "account",
        "acct",
        "rekening",
        "konto",
        "konta",
        "kontonummer",
        "hesap",
        "hesabı",
        "hesabına",
        "счёт",
        "счет",
        "счета",
        "рахунок",
        "рахунку",
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
        "chave",
        "pix",
    ]
)


# The words an _ACCOUNT_CUE match starts with, each a whole word: the cue words but "transfer"
# (only after "e-"), plus "e" of "e-transfer" (looked for as "e-") and the "numéro de" before
# "compte".
_NUMBER_WORDS = {"num", "numero", "numéro", "núm", "número", "núméro"}
_CUE_FIRST_WORDS = looked_for((_ACCOUNT_WORDS - {"transfer"}) | {"e"} | _NUMBER_WORDS)
_CUE_SPELLED = {"e": "e-"}


def find_accounts(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """A number after an account or transfer cue: at least 5 digits, or 6+ characters mixing
    letters and digits, and not an amount ("compte de 500 $" stays)."""
    if not hints.digit_starts or not hints.has_any(_ACCOUNT_WORDS):
        return
    cues = list(finditer_at(_ACCOUNT_CUE, text, word_starts(text, hints, _CUE_FIRST_WORDS, _CUE_SPELLED)))
    if hints.has_any(_TRANSFER_WORDS) and hints.has_any(_REFERENCE_WORDS):
        cues += _REFERENCE.finditer(text)  # "virement Interac ... (référence CA7P9dKq)"
    for cue in cues:
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
        # a bank's acronym before the number is the bank, kept ("rekening BCA 1234 567 890")
        start = value.start()
        while len(kept) > 1 and not any(ch.isdigit() for ch in kept[0]):
            start += len(kept.pop(0)) + 1
        branch = _BRANCH_AFTER.match(text, end)  # "conta 45678-9 agência 0001"
        before = _BRANCH_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
        yield (before.start() if before else start), branch.end() if branch else end


# A reference alone, in a message about a transfer, is the transfer's (issue 11, thirteenth
# round): "un virement Interac de 300$ (référence CA7P9dKq)", "sent by Western Union, ref
# 84XK2231"; the value still needs five digits or letters and digits mixed
_TRANSFER_WORDS = looked_for(
    [
        *_TRANSFERS,
        "transferencia",
        "wire",
        "remesa",
        "envío",
        "transfert",
        "giro",
        "перевод",
        "переказ",
    ]
)
_REFERENCE_WORDS = looked_for(["référence", "reference", "referencia", "réf", "ref", "referência"])
_REFERENCE = re.compile(
    r"(?i)\b(?:r[ée]f[ée]rence|referencia|refer[êe]ncia|r[ée]f)\b\.?[\s:#°º.-]*(?:(?:is|est|es|é|no|n°|#)\b[\s:#.-]*)?"
)


# the branch of an account, after its number: "agência 0001", "ag. 1234", "branch 00123",
# "sucursal 045", "transit 12345", "cabang 0123"; or before its cue (issue 11, sixteenth round):
# "agência 0341 conta 45872-9"
_BRANCH = (
    r"(?i:ag[êe]ncia|ag\.|branch|sucursal|succursale|transit|filial|cabang|oddział|filiale)"
    r"[ \t]*(?:n[º°o]\.?|#|:)?[ \t]*\d{3,6}(?:-\d)?(?!\d)"
)
_BRANCH_AFTER = re.compile(rf"[ \t]*[,/]?[ \t]*{_BRANCH}")
_BRANCH_BEFORE = re.compile(rf"(?<!\w){_BRANCH}[ \t]*[,/]?[ \t]*$")


# Mobile wallets, whose account is a phone number or a user number: "GCash 0918 555 0123",
# "M-Pesa: 0712 345 678", "PayPal tuan_88". The wallet's name is part of the span: the pair
# is the account (issue 11, fourth round).
_WALLET_WORDS = looked_for(
    [
        "gcash",
        "paymaya",
        "maya",
        "mpesa",
        "pesa",
        "paytm",
        "phonepe",
        "alipay",
        "momo",
        "zalopay",
        "zelle",
        "venmo",
        "cashapp",
        "paypal",
        "wise",
        "payoneer",
        "coins",
    ]
)
_WALLET = re.compile(
    r"(?i)\b(?:g-?cash|pay ?maya|maya|m-?pesa|paytm|phonepe|alipay|momo|zalo ?pay|zelle|venmo|"
    r"cash ?app|paypal|payoneer|coins\.ph)\b"
    r"(?:\s*(?:number|no\.?|num(?:ero|éro|ber)?|#|account|acct|id|:|-)\s*)*"
    r"\s*(?P<value>\+?\d[\d \-.]{5,16}\d)"
)


def find_wallets(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """A mobile wallet's name and the number after it (at least 7 digits)."""
    if not hints.digit_starts or not hints.has_any(_WALLET_WORDS):
        return
    for match in _WALLET.finditer(text):
        if len(_digits(match.group("value"))) >= 7:
            yield match.start(), match.end()
