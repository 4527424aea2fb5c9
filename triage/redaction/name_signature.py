"""Signatures: one to three words alone at the very end of a message, after a sentence, a dash,
a new line or a closing word ("merci,", "thanks", "спасибо,", "谢谢")."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from triage import word_lists
from triage.places import find_places
from triage.redaction.name_contacts import beside_contact, contact_word
from triage.redaction.name_cues import inner_place
from triage.redaction.name_listed import after_saint
from triage.redaction.name_lists import (
    BUSINESS_WORDS,
    CLOSING,
    ORGANISATION_HEADS,
    PLACE_WORDS,
    RELATION_WORDS,
)
from triage.redaction.name_scripts import arabic_verb
from triage.redaction.spans import MASK, Hints, looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_AFTER_SIGNATURE = " \t\n.!,;-–،" + MASK  # not ":": "Écrivez-moi : ana@..." is no signature


def take_signature(finder: NameFinder) -> None:
    """One to three capitalised words alone at the very end (or before a phone or an e-mail
    that ends the message, or before the town the writer signs from: "Thulani Dlamini\nCape
    Town", issue 11, round 18), after a sentence, a dash, a new line or a closing word
    ("merci,", "thanks"): a signature."""
    claimed = len(finder.spans)
    _take_signature_block(finder)
    _take_signature_at_end(finder)
    if len(finder.spans) == claimed:
        place = _trailing_place(finder)
        # "— आयोजक, मिसिसॉगा": a role; "Брендон, Манітоба": a town
        signs = place is not None and finder.tokens[place - 1].capitalised
        if signs and place is not None and not _province_after_town(finder, place):
            _sign(finder, place - 1)


def _province_after_town(finder: NameFinder, place: int) -> bool:
    """The place that ends the message is a province or a country after a comma: the word before
    it is a town ("Брендон, Манітоба", issue 11, round 20), not a signature."""
    gap = finder.text[finder.ends[place - 1] : finder.starts[place]]
    mentions = find_places(finder.text[finder.starts[place] :]) if gap.strip(" ") == "," else ()
    return any(mention.place.rank > 1 for mention in mentions)


def _trailing_place(finder: NameFinder) -> int | None:
    """The first token of a place of one to three words that ends the message on a line of its
    own or after a comma ("...\nCape Town", "..., Lagos"), when words come before it."""
    tokens = finder.tokens
    if (
        not tokens
        or finder.text[finder.ends[-1] :].strip(_AFTER_SIGNATURE)
        or not _place_line_possible(finder)
        or not finder.is_place(len(tokens) - 1)
    ):
        return None
    first = len(tokens) - 1
    while first > len(tokens) - 3 and finder.joined(first - 1, first) and finder.is_place(first - 1):
        first -= 1
    if first < 2:
        return None
    gap = finder.text[finder.ends[first - 1] : finder.starts[first]]
    return first if "\n" in gap or gap.strip(" ") == "," else None


def _place_line_possible(finder: NameFinder) -> bool:
    """Whether one of the last three tokens (and not the first two) follows a new line or a
    comma, as the first of a trailing place must: without one, the places of the message are
    not looked for (most messages end in a sentence; finding places costs a second split)."""
    text, starts, ends = finder.text, finder.starts, finder.ends
    for first in range(max(len(starts) - 3, 2), len(starts)):
        gap = text[ends[first - 1] : starts[first]]
        if "\n" in gap or gap.strip(" ") == ",":
            return True
    return False


def _take_signature_at_end(finder: NameFinder) -> None:
    tokens = finder.tokens
    # after the words, only punctuation, or a phone or an e-mail already masked ("Lavinia
    # Stan, 0745 555 019")
    if not tokens or finder.text[finder.ends[-1] :].strip(_AFTER_SIGNATURE):
        return
    last = tokens[-1]  # in every signature: one that cannot be part of a name ends the search
    named = last.capitalised or last.uncased or len(tokens) - 1 in finder.taken
    # "Злата, telegram @...": a contact label after the name, looked at only then
    if (named or contact_word(last.folded)) and beside_contact(finder):
        return
    if not named or contact_word(last.folded):
        return  # eighteenth round: "... помощи? Тел. 819-...": the label itself signs nothing
    tail = finder.text[finder.ends[-1] :]
    if tail[:1] == " " and tail.lstrip(" ")[:1] == MASK and last.tier is None and not last.uncased:
        return  # "Alamatnya Jl. ... No. 17", "Номер квартири 1102": a label, no comma, before the datum
    _sign(finder, len(tokens) - 1)


def _sign(finder: NameFinder, end: int) -> None:
    """Claim one to three words ending at token `end` that stand alone after a sentence, a
    dash, a new line or a closing word, when each can be part of a name; not an organisation's
    name, which ends with a business word ("- Desh Rang Radio", issue 11, round 22)."""
    if finder.tokens[end].folded in BUSINESS_WORDS:
        return
    for size in (1, 2, 3):
        first = end + 1 - size
        if first < 0 or (size > 1 and not finder.joined(first, first + 1)):
            return
        if first > 0 and finder.joined(first - 1, first) and finder.tokens[first - 1].folded in PLACE_WORDS:
            return  # "Мы в Ричмонд-Хилле @...": a town after "in", not a signature
        if after_saint(finder, first):
            return  # "Лікарня Св. Михайла.": a hospital, not a signature (round 20)
        before = finder.text[: finder.starts[first]]
        stripped = before.rstrip(" \t")
        closed = CLOSING.search(before[-40:]) is not None
        standalone = closed or stripped.endswith(("\n", ".", "!", "?", "-", "–", "—"))
        # in a script without capitals, only after a dash, a closing word ("спасибо, Гуля",
        # "धन्यवाद, कमला") or on a line of its own ("— लक्ष्मी"); no verb ("شكرا، ساعدوني")
        signed = (
            closed or stripped.endswith("\n") or (stripped != before and stripped.endswith(("-", "–", "—")))
        )
        if standalone:
            words = range(first, end + 1)
            if all(
                finder.surname_at(i)
                or (i > first and inner_place(finder, i))
                or i in finder.taken
                or (signed and _listed_first_name(finder, i))
                or (
                    signed
                    and finder.tokens[i].uncased
                    and not (finder.tokens[i].stop or arabic_verb(finder.tokens[i].folded))
                )
                for i in words
            ):
                free = [i for i in words if i not in finder.taken]
                if free:
                    finder.claim(free[0], free[-1])
            return


def _listed_first_name(finder: NameFinder, i: int) -> bool:
    """Token i is a listed first name that also is a word ("Junior", "Hope"), capitalised and
    no place: alone after a dash, a closing word or on a line of its own, it signs (issue 11,
    round 21: "Je fais quoi avant qu'il revienne? — Junior")."""
    token = finder.tokens[i]
    return token.listed and token.capitalised and not token.stop and not finder.is_place(i)


# issue 11, round 21: a closing word that ends its line ("Thanks,", "Merci,", "С уважением,"),
# then, on the next line, two or three capitalised words before a comma, a bar, a dash or the
# line's end: the name a signature block opens with ("Thanks,\nDana Whitford | Outreach
# Coordinator", "Cumprimentos,\nThaynara Oliveira, assistente social"). Not an organisation, a
# business, a place or a role ("Thanks,\nCovenant Centre Toronto", "Merci,\nIntervenante CALACS").
_CLOSING_PHRASES = (*word_lists.words("names", "closings"), *word_lists.words("names", "self_closings"))
_CLOSING_LINE = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(map(re.escape, _CLOSING_PHRASES))
    + r")[ \t]*[,!.،，、]*[ \t]*\n[ \t]*(?:[-–—][ \t]*)?"
)
_CLOSING_WORDS = looked_for(phrase.split()[0].casefold() for phrase in _CLOSING_PHRASES if phrase.split())
_BLOCK_NAME_END = re.compile(r"[ \t]*(?:[,|\n]|[-–—] |$)")
_NOT_IN_BLOCK_NAMES = ORGANISATION_HEADS | BUSINESS_WORDS | RELATION_WORDS


def has_signature_block(text: str, hints: Hints) -> bool:
    """A closing word ends a line of the message (`_CLOSING_LINE`): the name finder runs."""
    return "\n" in text and hints.has_any(_CLOSING_WORDS) and _CLOSING_LINE.search(text) is not None


def _take_signature_block(finder: NameFinder) -> None:
    if "\n" not in finder.text:  # the pattern ends a line: a scan of every message skipped (speed)
        return
    for line in _CLOSING_LINE.finditer(finder.text):
        first = bisect_left(finder.starts, line.end())
        if first >= len(finder.tokens) or finder.starts[first] != line.end():
            continue
        last = first
        while last < first + 2 and last + 1 < len(finder.tokens) and finder.joined(last, last + 1):
            last += 1
        words = range(first, last + 1)
        if last == first or not _BLOCK_NAME_END.match(finder.text, finder.ends[last]):
            continue
        if all(_block_name_word(finder, i) for i in words):
            finder.claim(first, last)


def _block_name_word(finder: NameFinder, i: int) -> bool:
    token = finder.tokens[i]
    if not token.capitalised or token.shouted or token.stop or i in finder.taken:
        return False
    return token.folded not in _NOT_IN_BLOCK_NAMES and not finder.is_place(i)
