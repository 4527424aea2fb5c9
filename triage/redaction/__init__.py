"""The anonymising layer of the triage core: `redact(text)` -> (redacted text, entities).

Hidden characters inside a word ("Ar\u00adtyom") are first taken out, and the spans found
mapped back (hidden_letters.py). Hidden digits and at signs are then written plainly, offsets
unchanged (unobfuscate.py: "514\u200b555", "5O5", "٥١٤", "＠"). Detectors then run in a fixed
order on the text, each on a copy where what earlier ones claimed is masked (spans.mask), so
spans never overlap and the surest detector wins:

 1. cards (Luhn) and IBANs (mod-97)        payment.py
 2. e-mails (plain, obfuscated)            emails.py
 3. social handles and profile links       handles.py
 4. IP addresses                           ips.py
 5. numbers to keep: dates, times, money, ages, durations (masked, not redacted)   keep.py
 6. bank accounts and transfer codes after a cue                                  payment.py
 7. identity numbers (SIN, cues, codes)    identity_numbers.py, health_cards.py, court_numbers.py
 8. postal codes, street addresses, corners, named lodgings, rural routes   postal_codes.py, addresses.py,
    landmarks.py, rural_routes.py, via_streets.py, streets_number_after.py, ordinal_streets.py
 9. phones in digits (phonenumbers)        phones.py
10. phones spelled in words                number_words.py
11. names: half hidden ("박○○"), then found, with their pieces beside them ("'Mia' Okonkwo",
    "T O M A S Z")                         hidden_names.py, names.py, name_pieces.py

A house number said with its label before a street ("número 47 da [street]") then joins the
street's span (named_streets.py).

Pure and deterministic; the word lists are read once at import from triage/data and
triage/lexicons/redaction (triage/word_lists.py). The only
other state is a bounded cache of per-word facts in name_lists.py, which saves time and never
changes a result. Detectors get the same `Hints` (the message's words that any detector looks
for, found in one scan of its words, and where its digit runs start) so each skips what cannot
match: a message without digits never meets a number pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from triage.codes import PiiType
from triage.redaction import remnants
from triage.redaction.address_heads import find_unannounced_streets
from triage.redaction.addresses import find_addresses
from triage.redaction.bare_streets import find_bare_streets
from triage.redaction.court_numbers import find_court_numbers
from triage.redaction.emails import find_emails
from triage.redaction.glued_streets import find_glued_streets
from triage.redaction.handles import find_handles
from triage.redaction.health_cards import find_lower_case_health_cards
from triage.redaction.hidden_letters import put_back, take_out
from triage.redaction.hidden_names import find_hidden_names
from triage.redaction.identity_numbers import find_identity_numbers
from triage.redaction.ips import find_ips
from triage.redaction.keep import find_kept_numbers
from triage.redaction.landmarks import find_landmarks
from triage.redaction.name_titles_before import with_titles
from triage.redaction.named_streets import find_named_streets, with_house_numbers
from triage.redaction.names import find_names
from triage.redaction.number_words import find_spelled_phones
from triage.redaction.ordinal_streets import find_ordinal_streets
from triage.redaction.payment import find_accounts, find_cards, find_ibans, find_wallets
from triage.redaction.phones import find_phones
from triage.redaction.postal_codes import find_postal_codes
from triage.redaction.rural_routes import find_rural_routes
from triage.redaction.spans import Found, Hints, mask, mask_merged, trim
from triage.redaction.streets_number_after import find_streets_then_numbers
from triage.redaction.turkish_streets import find_neighbourhoods
from triage.redaction.unobfuscate import unobfuscate
from triage.redaction.via_streets import find_via_streets
from triage.result import Entity

__all__ = ["redact"]

_Detector = Callable[[str, Hints], Iterable[tuple[int, int]]]
_LAYERS: tuple[tuple[PiiType | None, tuple[_Detector, ...]], ...] = (
    (PiiType.PAYMENT, (find_cards, find_ibans)),
    (PiiType.EMAIL, (find_emails,)),
    (PiiType.HANDLE, (find_handles,)),
    (PiiType.IP, (find_ips,)),
    (None, (find_kept_numbers,)),
    (PiiType.PAYMENT, (find_accounts, find_wallets)),
    (PiiType.ID_NUMBER, (find_identity_numbers, find_lower_case_health_cards, find_court_numbers)),
    (
        PiiType.ADDRESS,
        (
            find_postal_codes,
            find_addresses,
            find_rural_routes,
            find_glued_streets,
            find_landmarks,
            find_neighbourhoods,
            find_named_streets,
            find_bare_streets,
            find_via_streets,
            find_streets_then_numbers,
            find_ordinal_streets,
            find_unannounced_streets,
        ),
    ),
)


# Read for every message, as names of this module: an Enum member read off its class
# (`PiiType.IP`) costs a slow hook in Python 3.11 (see `triage.term_pieces`).
_IP, _PHONE, _PERSON = PiiType.IP, PiiType.PHONE, PiiType.PERSON


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _accept(
    text: str, masked: str, spans: Iterable[tuple[int, int]], *, trimmed: bool = True
) -> list[tuple[int, int]]:
    """Trimmed (IPv6 keeps its colons), merged spans that do not touch text already claimed."""
    kept = []
    for start, end in spans:
        if trimmed:
            start, end = trim(text, start, end)
        if end > start and "\x1a" not in masked[start:end]:
            kept.append((start, end))
    return _union(kept)


def _find_all(text: str) -> list[Found]:
    text = unobfuscate(text)  # same length: the spans found are the message's spans
    hints = Hints.of(text)
    found: list[Found] = []
    masked = text
    for kind, detectors in _LAYERS:
        raw = [span for detector in detectors for span in detector(masked, hints)]
        if not raw:
            continue
        spans = _accept(text, masked, raw, trimmed=kind is not _IP)
        if kind is not None:
            found += [(start, end, kind) for start, end in spans]
        masked = mask_merged(masked, spans)
    phones = list(find_phones(masked, hints))
    if phones:
        for kind, start, end in phones:
            found += [(s, e, kind) for s, e in _accept(text, masked, [(start, end)])]
        masked = mask(masked, [(start, end) for _, start, end in phones])
    # after the phones in digits: phones in words, then names (half-hidden ones first); the
    # tuple is made here, so that bench/triage_stages.py can time each detector
    late = ((_PHONE, find_spelled_phones), (_PERSON, find_hidden_names), (_PERSON, find_names))
    for layer_kind, detector in late:
        raw = list(detector(masked, hints))
        if raw:
            spans = _accept(text, masked, raw)
            found += [(start, end, layer_kind) for start, end in spans]
            masked = mask_merged(masked, spans)
    return with_house_numbers(text, masked, remnants.absorb(text, masked, found))


_JOINED = (PiiType.PERSON, PiiType.ADDRESS)
_PLACEHOLDERS = {kind: f"[{kind.value}]" for kind in PiiType}


# Between two pieces of one address: "motel Le Relais sur le boul Taschereau", "Hotel X on
# Main Street", "мотель Звезда на улице ..." (spaces, a comma, up to two short words).
_ADDRESS_GAP = re.compile(r"[ ,]*(?:(?:sur|on|at|en|em|na|no|de|du|le|la|the|на|в|у|ở|trên)[ ]+){1,2}")


def _join_neighbours(found: list[Found], text: str) -> list[Found]:
    """'[PERSON] [PERSON]' for one name said in two pieces becomes one '[PERSON]'; so do two
    pieces of one address with a short word between ("[ADDRESS] sur le [ADDRESS]")."""
    joined: list[Found] = []
    for start, end, kind in sorted(found):
        if joined and joined[-1][2] is kind and kind in _JOINED:
            previous_start, previous_end, _ = joined[-1]
            gap = text[previous_end:start]
            if gap.strip(" ") == "" or (kind is PiiType.ADDRESS and _ADDRESS_GAP.fullmatch(gap)):
                joined[-1] = (previous_start, end, kind)
                continue
        joined.append((start, end, kind))
    return joined


def redact(text: str) -> tuple[str, tuple[Entity, ...]]:
    """Replace personal data with `[TYPE]` placeholders; return the entities found, as
    non-overlapping offsets into the original text, in order."""
    shorter = take_out(text)
    found = _find_all(text) if shorter is None else put_back(_find_all(shorter[0]), shorter[1])
    found = _join_neighbours(with_titles(text, found), text)
    pieces: list[str] = []
    cursor = 0
    for start, end, kind in found:
        pieces.append(text[cursor:start])
        pieces.append(_PLACEHOLDERS[kind])
        cursor = end
    pieces.append(text[cursor:])
    entities = tuple([Entity(kind, start, end) for start, end, kind in found])
    return "".join(pieces), entities
