"""Names of people: the caller, a trafficker, a relative, first names alone too.

Four ways to find one, from the surest:
1. a cue phrase: "je m'appelle", "my name is", "mi nombre es", "elle s'appelle", "her name is",
   "me llamo", "meu nome é", "mwen rele", "ako si", "mă numesc", "меня зовут", "اسمي", "我叫",
   "मेरा नाम", "tên tôi là" ...; an honorific ("Mr", "Mme", "Sra.", "Don", "Monsieur"); a
   relation followed by a capitalised word ("ma coloc Kassandra", "my boss Kofi", "mi jefe Ramón");
   a weak cue ("ici", "this is", "soy", "c'est") followed by a listed first name;
2. a first name from triage/data/first_names.txt (Québécois, Haitian, Filipino, Latin American,
   Chinese, Vietnamese, South Asian, Arabic, African, Eastern European, English), in any case;
3. the tiers of first_names_ambiguous.txt for names that are also words ("Rose", "Hope",
   "Will", "Mercedes", "Ella", "Socorro"), with stricter rules (capital letter, not first word of
   a sentence, a cue, or a capitalised surname after them) - see that file for the trade-off;
4. a signature: capitalised words alone at the very end ("- Megan", "... mon permis. Analyn
   Mercado", "merci, Jean");
a name found once is taken wherever the message writes it again (name_repeats.py), and the
other capitalised words of a list of people in which names are found (name_series.py);
and two helpers: frequent family names (triage/data/surnames.txt: "Xochitl Sharma" is a name
because "Sharma" is), and "c'est X qui", "it was X who", "fue X quien" for names no list knows.
A found first name takes the capitalised words after it as surnames ("Karim Mansouri").
Places (triage.places) and stop words are never taken, so "Victoria", "Gatineau" or "Enquête"
stay; a cue can still make a listed name out of a place ("je m'appelle Victoria").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.name_aliases import nickname_passes
from triage.redaction.name_articles import (
    PERSON_WORDS,
    has_articled,
    has_before_po,
    has_closing_pair,
    take_articled,
    take_before_po,
    take_closing_pair,
    with_family_article,
)
from triage.redaction.name_brackets import take_bracketed_names
from triage.redaction.name_finder import NameFinder
from triage.redaction.name_frames import (
    APPOSITIONS,
    COORDINATOR_WORDS,
    GREETING_WORDS,
    KUNYAS,
    VERB_WORDS,
    take_appositions,
    take_coordinated,
    take_greeted,
    take_kunyas,
    take_verb_objects,
)
from triage.redaction.name_intros import UNSPACED_SCRIPTS, find_introduced_names
from triage.redaction.name_listed import take_listed
from triage.redaction.name_lists import GATE, RELATIVE_WORDS
from triage.redaction.name_nicknames import NICKNAME_WORDS, has_article_nickname, take_article_nicknames
from triage.redaction.name_ordinals import drop_ordinals
from triage.redaction.name_pieces import find_name_pieces
from triage.redaction.name_postpositions import HINDI_WORDS, POSTPOSITION_WORDS, take_postposed
from triage.redaction.name_repeats import take_repeats
from triage.redaction.name_scripts import CJK
from triage.redaction.name_series import take_series
from triage.redaction.name_signature import has_signature_block, take_signature
from triage.redaction.name_subjects import ACT_WORDS, take_acting_subjects
from triage.redaction.name_titles_after import find_titled_after
from triage.redaction.name_translit import TRANSLIT_WORDS, take_translit_declined
from triage.redaction.organisation_names import names_an_organisation
from triage.redaction.spans import Hints

# the Indic scripts, Devanagari to Malayalam (Bengali, Gurmukhi, Tamil...: issue 11, fourteenth
# round), whose vowel signs Hints splits a word at
_DEVANAGARI = re.compile("[\u0900-\u0d7f]")
_TAIL_CHARS = " \t\n\r,;:-–\x1a"


def _ends_capitalised(text: str) -> bool:
    """A capitalised word at the end, or before a phone or an e-mail that ends the message
    (masked), or before a contact label and one ("Злата, telegram @..."). Read from the end,
    not with a pattern tried at every position."""
    words = text[-160:].rstrip(_TAIL_CHARS).rsplit(maxsplit=2)
    if not words:
        return False
    last = words[-1].rstrip(".!")
    if last[:1].isupper():
        return True
    labelled = len(words) > 1 and text.rstrip().endswith("\x1a") and last.isascii() and last.isalpha()
    return labelled and last.islower() and words[-2][:1].isupper()


def find_names(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of people's names (see the module docstring)."""
    if not hints.latin1 and UNSPACED_SCRIPTS.search(text):
        yield from find_introduced_names(text)  # "제 이름은 박지훈입니다", "ผมชื่อสมชาย"
    yield from find_titled_after(text, hints)  # "Murat Bey", "陈阿姨"
    # Hints splits an Indic word at its vowel signs: such a message is never gated
    greeted = bool(hints.written) and hints.written[0] in GREETING_WORDS
    apposed = ", " in text and hints.has_any(APPOSITIONS)
    verbs = hints.has_any(VERB_WORDS)
    articled = has_articled(text)
    closed = hints.has_any(PERSON_WORDS) and ", " in text and has_closing_pair(text)
    polite = " po" in text and has_before_po(text)
    nicknamed = hints.latin1 and hints.has_any(NICKNAME_WORDS) and has_article_nickname(text)
    nicknames = nickname_passes(text, hints)  # "se fait appeler Big Dee", "Ti Blan", "o Marcão"
    translit = hints.latin1 and len(hints.words & TRANSLIT_WORDS) >= 2  # Russian in Latin letters
    signed = has_signature_block(text, hints)  # "Cumprimentos,\nThaynara Oliveira, assistente social"
    framed = any((greeted, apposed, verbs, articled, closed, polite, nicknamed, nicknames, translit, signed))
    if (
        not framed
        and hints.words.isdisjoint(GATE)
        and hints.words.isdisjoint(RELATIVE_WORDS)
        and hints.words.isdisjoint(KUNYAS)
        and not CJK.search(text)
        and (hints.latin1 or not _DEVANAGARI.search(text))
        and not _ends_capitalised(text)
    ):
        return
    finder = NameFinder(text, hints)
    finder.cues()
    for take in nicknames:
        take(finder)
    if greeted:
        take_greeted(finder)
    if apposed:
        take_appositions(finder)
    if not hints.latin1 and hints.has_any(KUNYAS):
        take_kunyas(finder)
    if verbs:
        take_verb_objects(finder)
    if articled:
        take_articled(finder)
    if closed:
        take_closing_pair(finder)
    if polite:
        take_before_po(finder)
    if nicknamed:
        take_article_nicknames(finder)  # "para el Chino", "o Zé na obra"
    take_listed(finder)
    _take_subjects(finder, hints)  # "Jordan took my passport", "Sohan ko bahut maara"
    if finder.spans and hints.has_any(COORDINATOR_WORDS):
        take_coordinated(finder)
    _take_beside_found(finder, translit=translit)
    take_signature(finder)
    take_repeats(finder)  # "de Léa qui écrit. Léa (19 ans)": the second too
    if not hints.latin1 and "thứ" in text.lower():
        drop_ordinals(finder)  # "thứ Năm": Thursday
    yield from _names_and_pieces(finder, hints)


def _take_subjects(finder: NameFinder, hints: Hints) -> None:
    """The persons a word after them marks: an act ("Jordan took"), a Hindi postposition."""
    if hints.has_any(ACT_WORDS):
        take_acting_subjects(finder)
    if hints.has_any(POSTPOSITION_WORDS) and hints.has_any(HINDI_WORDS):
        take_postposed(finder)


def _names_and_pieces(finder: NameFinder, hints: Hints) -> Iterator[tuple[int, int]]:
    """The names found, but a bank or the name of a school ("Agribank", "Escola Básica D. Pedro
    V"), with the family's article ("chez les Bouchard"), then the pieces beside them ("'Mia'
    Okonkwo", "van der Berg", "T O M A S Z")."""
    text = finder.text
    names = [span for span in finder.spans if not names_an_organisation(text, *span)]
    for start, end in names:
        yield with_family_article(text, start), end
    yield from find_name_pieces(text, names, hints)


def _take_beside_found(finder: NameFinder, *, translit: bool) -> None:
    """The names told by names found: in brackets after one, in a list with them; and the
    names declined in Russian written in Latin letters."""
    text = finder.text
    if finder.taken and ("(" in text or "[" in text):
        take_bracketed_names(finder)  # "Marian (Marian-Gheorghiță Stoica)"
    if finder.spans and "," in text:
        take_series(finder)  # "Estamos Eusebio, Brayan, Don Tomás y yo"
    if translit:
        take_translit_declined(finder)  # "test ot Viktora iz russkoy obshchiny"
