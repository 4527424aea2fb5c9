"""The name finder's second way: first names and family names from the lists (see
triage.redaction.names), taken where they stand with no cue before them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from triage import word_lists
from triage.redaction.family_names import take_family_names
from triage.redaction.name_articles import after_article
from triage.redaction.name_cues import business_follows, family_before
from triage.redaction.name_function_words import FUNCTION_NAMES, is_function_word, is_vietnamese_word
from triage.redaction.name_lists import (
    DECLINED,
    ORGANISATION_HEADS,
    PLACE_WORDS,
    SURNAMES,
    TIERS,
    is_place_word,
)
from triage.redaction.name_scripts import uncased_end
from triage.redaction.spans import looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder


def take_listed(finder: NameFinder) -> None:
    """Claim the listed first names (by their tier's rule) and the listed family names."""
    take_family_names(finder)  # "Trần Thị Bích" whole, "anh Khoa", before their syllables alone
    _take_first_names(finder)
    _take_surnames(finder)


# Vietnamese words typed without their marks, none another lexicon language's everyday word:
# two of them and the message is such Vietnamese ("toi muon tim viec lam")
_VIETNAMESE_UNMARKED = looked_for(
    ["khong", "cua", "duoc", "nguoi", "nhung", "voi", "viec", "roi", "muon", "nha"]
)


def _words_in_lower_case(finder: NameFinder) -> bool:
    """The message is typed in a way whose everyday words are listed names in lower case:
    Vietnamese without its marks ("toi muon tim viec lam": "tìm", find) or Arabic in Latin
    letters and digits ("ana 3andi", "rani f camion", "galou lina": I, I am, to us)."""
    if len(finder.words & _VIETNAMESE_UNMARKED) >= 2:
        return True
    return _ARABIZI_WORD.search(finder.text, 0, 2_000) is not None


# a word with a digit for an Arabic letter between its letters or before them ("m3a", "l7ot",
# "3andi", "7aga"); not "3am", "5pm", "2nd", "7th"
_ARABIZI_WORD = re.compile(
    r"(?<![\w@.])(?:[a-z]+[235789][a-z]+|[235789](?!am|pm|nd|rd|th|st)[a-z]{2,})(?![\w@.])"
)


def _take_first_names(finder: NameFinder) -> None:
    # there, "tim", "theo", "ana", "lina" in lower case are words: a name of any case needs its
    # capital (after a relation or a cue it is taken); asked once, for the first such word
    lowercase_ok: bool | None = None
    for i in finder.listed_indices:
        token = finder.tokens[i]
        tier = token.tier
        if tier is None or i in finder.taken or finder.is_place(i):
            continue
        # a person: declined after a preposition ("у Наташи"), after an article ("o Sandro")
        if token.folded not in DECLINED and after_place_word(finder, i) and not after_article(finder, i):
            continue
        if after_saint(finder, i):
            continue  # "Больница Святого Михаила", "Bệnh viện St. Michael's": a hospital, a church
        followed = i + 1 < len(finder.tokens) and finder.joined(i, i + 1) and finder.surname_at(i + 1)
        if tier == "any":
            ok = token.capitalised
            if not ok and len(token.text) >= 3:
                if lowercase_ok is None:
                    lowercase_ok = not _words_in_lower_case(finder)
                ok = lowercase_ok
        elif tier == "capitalised":
            # a Polish name's other case in Latin letters does not open a sentence: "Kasi po"
            # (Tagalog "because"; "Kasia" declined)
            ok = token.capitalised and not (
                token.folded in DECLINED and token.text.isascii() and finder.sentence_initial(i)
            )
        elif tier == "mid-sentence":
            ok = token.capitalised and (followed or not finder.sentence_initial(i))
        else:
            ok = token.capitalised and followed
        if ok and token.folded in FUNCTION_NAMES:
            ok = not is_function_word(token.text, finder.sentence_initial(i), finder.words)  # "Mia figlia"
        if ok and _vietnamese_opening(finder, i):
            continue  # "Lúc 3 giờ": not "Luc"
        # not "Star Faces Models": a business word among the capitalised words from here
        if ok and not token.shouted and not business_follows(finder, i):
            # in a script without capitals, the family name after it ("ليلى منصور", "राहुल
            # वर्मा,", "محمد عبد الرحمن")
            last = max(finder.extend(i), uncased_end(finder, i)) if token.uncased else finder.extend(i)
            finder.claim(family_before(finder, i), last)


# issue 11, round 20: a closing of two words or more, from its first word ("Trân trọng,": not "Trần")
_CLOSING_PHRASES = [re.escape(closing) for closing in word_lists.words("names", "closings") if " " in closing]
_CLOSING_PHRASE = re.compile(rf"(?i)(?:{'|'.join(_CLOSING_PHRASES)})(?!\w)")


def _take_surnames(finder: NameFinder) -> None:
    for i in finder.listed_indices:
        token = finder.tokens[i]
        if token.folded not in SURNAMES or not token.capitalised or token.stop or i in finder.taken:
            continue
        if finder.is_place(i) or after_place_word(finder, i) or _vietnamese_opening(finder, i):
            continue  # "Đường dây": not "Dương"
        if _CLOSING_PHRASE.match(finder.text, finder.starts[i]):
            continue  # "Trân trọng,": the closing of a letter, not "Trần"
        if business_follows(finder, i):
            continue  # "Tremblay Transport", "Joseph Brant Hospital": a business word among the capitals
        first = i - 1 if i > 0 and finder.joined(i - 1, i) and finder.surname_at(i - 1) else i
        finder.claim(first, finder.extend(i))


def _vietnamese_opening(finder: NameFinder, i: int) -> bool:
    token = finder.tokens[i]
    if token.text.isascii() or not token.capitalised or not finder.sentence_initial(i):
        return False
    return is_vietnamese_word(token.text, token.text.casefold() in TIERS, finder.words)


def after_place_word(finder: NameFinder, i: int) -> bool:
    """Token i ends a run of one to three capitalised words that follows a word after which
    a name is a place or a business ("ở Quảng Bình", "в Мирабели", "the Tim Hortons")."""
    for before in range(i - 1, max(-1, i - 4), -1):
        if not finder.joined(before, before + 1):
            return before == i - 1 and _head_before(finder, before, i)
        if is_place_word(finder.tokens[before]):
            return True
        if not finder.tokens[before].capitalised:
            return False
    return False


# issue 11, round 20: the name of a programme or a fund in quotes after its head word
# ("программа «Надежда»", "le programme « Espoir »"); a saint's name after an abbreviated title
# ("Bệnh viện St. Michael's", "Св. Михаила")
_OPENING_QUOTES = frozenset([" «", " « ", ' "', " “", " „"])


def _head_before(finder: NameFinder, head: int, i: int) -> bool:
    gap = finder.text[finder.ends[head] : finder.starts[i]]
    if gap == ". ":  # an abbreviation's dot, not a sentence's ("у Святого. Михаил знает")
        return len(finder.tokens[head].text) <= 3 and is_place_word(finder.tokens[head])
    return gap in _OPENING_QUOTES and finder.tokens[head].folded in ORGANISATION_HEADS


def after_saint(finder: NameFinder, i: int) -> bool:
    """Token i follows a capitalised place title, a space or an abbreviation's dot between
    ("Святого Михаила", "St. Michael's"), declined or not."""
    if i == 0:
        return False
    title = finder.tokens[i - 1]
    gap = finder.text[finder.ends[i - 1] : finder.starts[i]]
    # a dot only after an abbreviation ("St.", "Св."): "у Святого. Михаил знает" ends a sentence
    spaced = gap == " " or (gap == ". " and len(title.text) <= 3)
    return spaced and title.capitalised and title.folded not in PLACE_WORDS and is_place_word(title)
