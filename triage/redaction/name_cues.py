"""Names after cues the first rounds did not read (issue 11, fourth round):

- a relation, then a short qualifier, then a capitalised name: "mon chum de ferme Edgar",
  "колега з цеху Іра", "my friend from work Kevin", "une élève de 14 ans, Maëlie";
- a possession and an "of" word, then a capitalised name: "o celular do Edivaldo",
  "el carro de Rogelio", "telefonul lui Marian";
- a contact label, then ":" or a dash and a name: "Контакт: Василь", "संपर्क: सुनील";
- a Chinese full name (triage.redaction.han_names).

The words are listed per language in triage/lexicons/redaction/<lang>.toml, [names]
(`possessions`, `of_words`, `contact_cues`, `cues_weak_unspaced`), the family names in
triage/data/surnames_han.txt.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from triage import word_lists
from triage.data_files import data_words
from triage.folding import fold_word
from triage.places import find_places
from triage.redaction.name_lists import (
    BUSINESS_WORDS,
    CUE_PHRASES,
    HONORIFICS,
    RELATIVE_PRONOUNS,
    SURNAMES,
    Word,
)
from triage.redaction.name_origins import after_origins
from triage.redaction.name_scripts import uncased_end

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

POSSESSION_WORDS = frozenset(fold_word(word) for word in word_lists.words("names", "possessions"))
OF_WORDS = frozenset(fold_word(word) for word in word_lists.words("names", "of_words"))
_COPULAS = frozenset(fold_word(word) for word in word_lists.words("names", "copulas"))
CONTACT_CUES = word_lists.words("names", "contact_cues")
# issue 11, round 19: and the words saying which relation ("pitit gason m", "mi hermano menor")
AFTER_RELATIONS = frozenset(
    fold_word(word) for word in word_lists.words("names", "after_relations", "relation_qualifiers")
)
RELATION_COPULAS = frozenset(fold_word(word) for word in word_lists.words("names", "relation_copulas"))
NAMES_BEFORE = (
    SURNAMES
    | frozenset(fold_word(name) for name in data_words("surnames_marked.txt"))
    | frozenset(fold_word(word) for word in word_lists.words("names", "middle_names"))
    | frozenset(fold_word(word) for word in word_lists.words("names", "surnames_after_names"))
)
# "de 14 ans, Maëlie": digits (or an age already masked) and a comma between
_QUALIFIER_GAP = re.compile(r"[ \d,\x1a]{1,16}")
_LABEL_GAP = re.compile(r"\s*[:：\-–—]\s*|\s+")


def _name_at(finder: NameFinder, j: int) -> bool:
    """Token j can start a name no list knows: capitalised (not shouted, not a stop word, not
    a place), or in a script without capitals and not a stop word or a place."""
    token = finder.tokens[j]
    if j in finder.taken or token.stop or token.text in HONORIFICS or finder.is_place(j):
        return False
    return token.uncased or (token.capitalised and not token.shouted)


def _claim_name(finder: NameFinder, j: int) -> None:
    last = uncased_end(finder, j) if finder.tokens[j].uncased else finder.extend(j)
    finder.claim(j, last)


def take_after_qualifier(finder: NameFinder, i: int) -> None:
    """A relation at token i, an "of" word, one word in lower case (digits and a comma may
    stand between), then a capitalised name: "chum de ferme Edgar", "élève de 14 ans, Maëlie";
    or a place, then a name between commas (issue 11, round 19): "my student from Kazakhstan,
    Yerzhan, told me", "mi alumno de Kazajistán, Yerzhan, me dijo"."""
    tokens = finder.tokens
    j = i + 1
    if j >= len(tokens) or tokens[j].folded not in OF_WORDS or not finder.joined(i, j):
        return
    placed = False
    for k in range(j + 1, min(j + 3, len(tokens))):
        gap = finder.text[finder.ends[k - 1] : finder.starts[k]]
        if not _QUALIFIER_GAP.fullmatch(gap):
            return
        token = tokens[k]
        if token.capitalised and k == j + 1 and finder.is_place(k):
            placed = True  # where the person is from; the name follows between commas
            continue
        if token.capitalised:
            qualified = k > j + 1 or any(ch.isdigit() or ch == "\x1a" for ch in gap)
            if placed and finder.text[finder.ends[k] : finder.ends[k] + 1] != ",":
                return
            if qualified and _name_at(finder, k) and not token.uncased:
                _claim_name(finder, k)
            return
        if token.uncased or not token.text.islower():
            return


# how words naming where one is from end ("Canadian", "Chinese", "Hondureña", "Pakistani",
# "Français"): a capitalised word after "is" or "I am" that ends so is no name no list knows
_ORIGIN_ENDINGS = (
    "an",
    "ese",
    "ish",
    "ano",
    "ana",
    "eno",
    "ena",
    "ino",
    "ina",
    "ense",
    "ais",
    "aise",
    "ien",
    "ienne",
    "ois",
    "oise",
    "ic",
    "ani",
    "ali",
    "abi",
    "eli",
    "aqi",
    "udi",
    "ch",
    "ek",
    "ita",
    "ito",
)


def origin_word(token: Word) -> bool:
    """An unlisted capitalised word that may say where one is from, not who one is: an ending
    of origin after at least two letters ("Cubana", "Iraqi"; not "Dana", "Tina")."""
    folded = token.folded
    return token.tier is None and any(
        folded.endswith(ending) and len(folded) - len(ending) >= 2 for ending in _ORIGIN_ENDINGS
    )


def ends_sentence_or_clause(finder: NameFinder, i: int) -> bool:
    """Token i is the last word, or a comma, a full stop or "!" follows it."""
    after = finder.text[finder.ends[i] :].lstrip(" ")
    return not after or after[0] in ",.!،"


def after_relation(finder: NameFinder, j: int | None) -> int | None:
    """Where a name after a relation starts, j the token after the relation: past a possessive
    ("kouzin mwen Sabine", "pinsan ko Liza", "chị tôi Lan") and a copula ("my boss is Kofi
    Mensah", "mi jefe es Abu Bakr"); after a copula only a listed first name, two capitalised
    words or a word without capitals (its own rules) are taken."""
    copula = False
    for _ in range(3):
        if j is None:
            return None
        folded = finder.tokens[j].folded
        if folded in AFTER_RELATIONS and not copula:
            j = finder.next_after(j)
        elif folded in RELATION_COPULAS and not copula:
            copula = True
            j = finder.next_after(j)
        else:
            break
    if not copula or j is None:
        return j
    token = finder.tokens[j]
    if token.uncased or (token.capitalised and token.tier is not None):
        return j
    k = j + 1
    pair = k < len(finder.tokens) and finder.joined(j, k) and finder.surname_at(k)
    # "The owner is Thanasis.": one capitalised word that ends the clause, no origin word
    alone = ends_sentence_or_clause(finder, j) and not (origin_word(token) or token.shouted or token.marker)
    return j if token.capitalised and (pair or alone or town_surname(finder, j)) else None


def town_surname(finder: NameFinder, j: int) -> bool:
    """After a relation and a copula, token j (capitalised) is followed by a town that is its
    family name: "my worker is Dana Whitehorse" (not "my employer is Walmart Canada": a town
    only, no country or province; no business word)."""
    k = j + 1
    if j == 0 or finder.tokens[j - 1].folded not in RELATION_COPULAS or k >= len(finder.tokens):
        return False
    town = finder.tokens[k]
    if not (finder.joined(j, k) and town.capitalised) or town.shouted or business_follows(finder, j):
        return False
    return any(m.place.rank == 1 for m in find_places(town.text))


def origin_follows(finder: NameFinder, i: int) -> bool:
    """Token i is followed by an "of" word and a word in lower case that is no place: "c'est
    Marc du soutien technique", "this is Chidinma from the farm"; not after "I am", where it is
    where one comes from ("sou Brasileira do interior")."""
    tokens = finder.tokens
    j, k = i + 1, i + 2
    if k >= len(tokens) or tokens[j].folded not in OF_WORDS or (i and tokens[i - 1].folded in _COPULAS):
        return False
    if not (finder.joined(i, j) and finder.joined(j, k)) or finder.is_place(i):
        return False  # "11 men from Mexico at a farm"
    return tokens[k].text.islower() and not tokens[k].uncased and not finder.is_place(k)


def take_possession(finder: NameFinder, i: int) -> None:
    """A possession at token i ("celular"), an "of" word, then a capitalised name."""
    j, k = i + 1, i + 2
    if k >= len(finder.tokens) or finder.tokens[j].folded not in OF_WORDS or not finder.joined(i, j):
        return
    name = finder.tokens[k]
    if not (finder.joined(j, k) and name.capitalised):
        return
    # a listed name that is a month too ("le téléphone de Julio"): no one owns a month's phone
    if (name.tier is not None and not name.shouted and not finder.is_place(k)) or _name_at(finder, k):
        _claim_name(finder, k)


def take_after_label(finder: NameFinder, last: int) -> None:
    """A contact label ending at token `last`, then ":" or a dash, then a name."""
    j = last + 1
    if j >= len(finder.tokens):
        return
    gap = finder.text[finder.ends[last] : finder.starts[j]]
    if _LABEL_GAP.fullmatch(gap) and _name_at(finder, j):
        _claim_name(finder, j)


def family_before(finder: NameFinder, i: int) -> int:
    """First token of a name whose listed given name is token i, with the family and middle
    names written before it ("Lê Thị Hoa", "Nguyễn Văn Minh"): capitalised words that are
    family names (surnames.txt, surnames_marked.txt) or middle names (`middle_names`)."""
    first = i
    while first > 0 and i - first < 3 and finder.joined(first - 1, first):
        token = finder.tokens[first - 1]
        if first - 1 in finder.taken or not token.capitalised or token.folded not in NAMES_BEFORE:
            break
        first -= 1
    return first


def capitalised_run(finder: NameFinder, i: int) -> bool:
    """Tokens i, i+1 (and up to two more: "Đỗ Thị Hằng") are capitalised words, neither
    a stop word nor a place, and a clause ends after them."""
    j = i + 1
    if j >= len(finder.tokens) or not finder.joined(i, j) or finder.is_place(i):
        return False
    for j in range(i + 1, min(i + 4, len(finder.tokens))):
        token = finder.tokens[j]
        if not (finder.joined(j - 1, j) and token.capitalised) or token.stop or finder.is_place(j):
            return False
        after = finder.text[finder.ends[j] :].lstrip(" ")
        if not after or after[0] in ",.;:!?\n":
            return True
    return False


def business_follows(finder: NameFinder, i: int) -> bool:
    """A business word among the capitalised words from token i on ("Canadian Care Jobs")."""
    j = i
    while j < len(finder.tokens) and j - i < 5 and (j == i or finder.joined(j - 1, j)):
        if finder.tokens[j].folded in BUSINESS_WORDS:
            return True
        if not finder.tokens[j].capitalised:
            return False
        j += 1
    return False


def ends_message(finder: NameFinder, i: int) -> bool:
    """Token i is the last word, only punctuation after it, and no place."""
    return (
        i == len(finder.tokens) - 1
        and not finder.is_place(i)
        and not finder.text[finder.ends[i] :].strip(" .!?\n")
    )


def named_before_comma(finder: NameFinder, i: int) -> bool:
    """Token i, after a weak cue, is followed by a comma (or ends a sentence) and is neither a
    place, an acronym nor an origin word ("Soy Yoselin, vivo en..."; not "Soy Hondureña, vivo
    en...")."""
    token = finder.tokens[i]
    if token.shouted or origin_word(token) or finder.is_place(i) or token.marker:
        return False
    if any(len(part) > 1 and part.isupper() for part in token.text.split("-")):
        return False  # "sou Pie-IX, Montréal": a street
    after = finder.text[finder.ends[i] : finder.ends[i] + 3]
    if after[:1] == ",":
        return True
    # issue 11, round 22: or a full stop and the next sentence, after a cue of two words or more
    # ("chofè a rele Papo. WhatsApp"; not "sou Chabanel. Patwon", "sou" is "on" in Creole)
    return after[:2] == ". " and after[2:].isupper() and i > 0 and not finder.tokens[i - 1].cue


def ends_clause(finder: NameFinder, i: int) -> bool:
    after = finder.text[finder.ends[i] :].lstrip(" ")
    return not after or after[0] in ",.;:!?\n،؟"


def take_before_relative(finder: NameFinder, last: int) -> None:
    """'c'est Xochitl qui m'a amenée', 'it was Thandiwe Lopez who', 'fue xochitl quien': one to
    three words between the introduction and the relative pronoun are a name."""
    first = finder.next_after(last)
    if first is None:
        return
    known = False  # one of the words is capitalised or a listed name ("xochitl sharma")
    for size in (1, 2, 3):
        end = first + size - 1
        after = end + 1
        if (
            after >= len(finder.tokens)
            or not finder.spaced(end, after)
            or (size > 1 and not finder.joined(end - 1, end))
        ):
            return
        token = finder.tokens[end]
        if token.stop or finder.is_place(end) or end in finder.taken:
            return
        known = known or token.capitalised or token.tier is not None or token.folded in SURNAMES
        if finder.tokens[after].folded in RELATIVE_PRONOUNS:
            if known:  # "it was last night that": lower-case words no list knows are not taken
                finder.claim(first, end)
            return


def take_before_cue(finder: NameFinder, first: int) -> None:
    """One to three words right before a cue that follows a name ("Hooyo Faadumo Xasan ayaan
    ahay", I am mother F. X.; "Joy po pangalan ko"): capitalised, or in a script without
    capitals, none a stop word, a relation or a place (unless inside the name)."""
    start = first
    while start > 0 and first - start < 3 and finder.joined(start - 1, start):
        k = start - 1
        token = finder.tokens[k]
        if token.stop or token.marker or k in finder.taken or token.shouted:
            break
        if not (token.capitalised or token.uncased) or (finder.is_place(k) and not inner_place(finder, k)):
            break
        start = k
    if start < first:
        finder.claim(start, first - 1)


CueEnds = tuple[list[int], list[int], list[int], list[int], list[int]]


def cue_phrase_ends(finder: NameFinder) -> CueEnds:
    """Index of the last token of every strong cue, weak cue, contact label and relative
    introduction found in the text, and of the first token of every cue a name comes before,
    in one pass over the words that can start one."""
    found: CueEnds = ([], [], [], [], [])
    if not finder.cue_indices:
        return found
    last = len(finder.tokens) - 1
    tokens = finder.tokens
    for i in finder.cue_indices:
        entry = CUE_PHRASES.get(tokens[i].folded)
        if entry is None:
            continue
        single, by_second = entry
        # per kind, the longest phrase from here: "tên thật" inside "tên thật của tôi",
        # "numele" inside "numele ei e", whose next words are no name
        ends = dict.fromkeys(single, i)
        if i < last and by_second:
            for kind, phrase in by_second.get(tokens[i + 1].folded, ()):
                if finder.phrase_at(i, phrase):
                    end = i if kind == 4 else i + len(phrase) - 1  # a name before: its first word
                    ends[kind] = max(ends.get(kind, end), end)
        for kind, end in ends.items():
            found[kind].append(end)
    if found[1]:  # round 23: "I am from Jordan": "from" signs a message, but here a place follows
        found[1][:] = [end for end in found[1] if end + 1 not in after_origins(finder)]
    return found


def inner_place(finder: NameFinder, i: int) -> bool:
    """Token i is a place between two parts of a name ("Faadumo Cali Xasan", "Ana Lima
    Souza"): capitalised, and a surname follows it."""
    token = finder.tokens[i]
    if not token.capitalised or token.stop or token.shouted or i in finder.taken or not finder.is_place(i):
        return False
    j = i + 1
    return j < len(finder.tokens) and finder.joined(i, j) and not finder.is_place(j) and finder.surname_at(j)


def place_surname(finder: NameFinder, j: int) -> bool:
    """Token j, after a name told by a self-introduction, is a capitalised place that ends its
    clause: a family name that is also a town ("me llamo Ana Lima.")."""
    if j >= len(finder.tokens) or not finder.joined(j - 1, j) or not finder.tokens[j].capitalised:
        return False
    return not finder.tokens[j].stop and finder.is_place(j) and ends_clause(finder, j)
