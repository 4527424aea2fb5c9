"""Names told by the frame of the sentence around them, with no cue word before them
(issue 11, seventh round):

- a greeting that opens the message, then a capitalised word and a comma, "!" or the end of
  the line: "Dear Nnenna, thank you", "Hola Yesenia!", "Bonjour Mireille,", "مرحبا أحمد،";
- an apposition closed by a relative pronoun: "uma brasileira, a Cleide, que trouxe",
  "un 'iubit', Cosmin, care", "my boss, Kojo Asante, who";
- an Arabic kunya, "father of" or "mother of" and a name: "بيت أبو فهد", "جارتي أم كلثوم";
- the object of a verb done or said to a person, mid-sentence: "I told Efosa", "dites à
  Mariétou" (not "I told Immigration": institutions, places and days are no names);
- a capitalised word joined by "and" to a name already found: "Comfort and Mavis".

The words are listed per language in triage/lexicons/redaction/<lang>.toml, [names]
(`greetings`, `apposition_relatives`, `person_verbs`, `coordinators`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from triage.redaction.name_cues import business_follows
from triage.redaction.name_lists import as_written_and_lower, folded
from triage.redaction.name_scripts import arabic_verb
from triage.redaction.spans import looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

GREETINGS = folded("greetings")
APPOSITION_RELATIVES = folded("apposition_relatives")
# the same, as a message's lower-case words (Hints) write them: a greeting only as its first word
GREETING_WORDS = as_written_and_lower("greetings")
APPOSITIONS = looked_for(as_written_and_lower("apposition_relatives"))
PERSON_VERBS = folded("person_verbs")
VERB_WORDS = looked_for(as_written_and_lower("person_verbs"))
_SUBJECT_FOLLOWERS = folded("subject_followers")
_NOT_SUBJECTS = folded("not_subjects")
_POSSESSIVES = folded("possessives_before")
_COORDINATORS = folded("coordinators")
COORDINATOR_WORDS = looked_for(as_written_and_lower("coordinators"))
_TO = frozenset(["to", "a", "à", "al", "ao", "à"])
_ARTICLES = frozenset(["a", "o", "la", "el", "le", "the", "lui", "pe"])
_KUNYA = looked_for(["أبو", "ابو", "أم", "ام"])  # not "أبي" ("I want" in the Gulf)
KUNYAS = _KUNYA
_PLACES = frozenset(["ظبي", "ظبى"])  # "أبو ظبي", Abu Dhabi
_ENDS_GREETING = ",!\n:،;"


def _free_name(finder: NameFinder, j: int) -> bool:
    token = finder.tokens[j]
    if j in finder.taken or token.stop or token.shouted or not (token.capitalised or token.uncased):
        return False
    return not finder.is_place(j)  # last: the places of a message are found on first use


def take_greeted(finder: NameFinder) -> None:
    """The name after the greeting that opens the message ("Dear Nnenna,")."""
    tokens = finder.tokens
    i = 0
    while i < min(3, len(tokens)) and tokens[i].folded in GREETINGS and (i == 0 or finder.spaced(i - 1, i)):
        i += 1
    if i == 0 or i >= len(tokens) or finder.text[: finder.starts[0]].strip():
        return
    if not finder.spaced(i - 1, i) or not _free_name(finder, i) or tokens[i].marker:
        return  # "Hi Mom,", "Bonjour Madame": the honorific's own rule takes what follows
    last = finder.extend(i)
    after = finder.text[finder.ends[last] :].lstrip(" ")
    if not after or after[0] in _ENDS_GREETING:
        finder.claim(i, last)


def _comma_before(finder: NameFinder, first: int) -> bool:
    """A comma stands before token `first`, or before the article right before it
    (", a Cleide"); quotes around a word do not count ("'iubit', Cosmin")."""
    j = first - 1
    if j < 0:
        return False
    gap = finder.text[finder.ends[j] : finder.starts[first]]
    if finder.tokens[j].folded in _ARTICLES and gap == " " and j > 0:
        gap = finder.text[finder.ends[j - 1] : finder.starts[j]]
    return gap.replace("'", "").replace("’", "").strip(" ") == ","


def take_appositions(finder: NameFinder) -> None:
    """One or two capitalised words between commas, a relative pronoun after them
    (", a Cleide, que", ", Cosmin, care")."""
    tokens = finder.tokens
    comma = finder.text.find(", ")
    while comma != -1:
        # the token right after the comma (looked up among the few commas, not every token)
        k = bisect_left(finder.starts, comma + 2)
        comma = finder.text.find(", ", comma + 2)
        if not 2 <= k < len(tokens) or tokens[k].folded not in APPOSITION_RELATIVES:
            continue
        last = k - 1
        if finder.text[finder.ends[last] : finder.starts[k]] != ", " or not _free_name(finder, last):
            continue
        first = last - 1 if finder.joined(last - 1, last) and _free_name(finder, last - 1) else last
        if business_follows(finder, first):
            continue  # ", Maple Farms, which": a business
        if tokens[first].capitalised and tokens[last].capitalised and _comma_before(finder, first):
            finder.claim(first, last)


def take_kunyas(finder: NameFinder) -> None:
    """ "أبو فهد", "أم كلثوم": a kunya and the word after it (no verb, no stop word, no place;
    "أم" alone is also "or", so it needs a relation word or a listed name)."""
    tokens = finder.tokens
    for i in range(len(tokens) - 1):
        if tokens[i].text not in _KUNYA or not finder.joined(i, i + 1):
            continue
        name = tokens[i + 1]
        if i + 1 in finder.taken or not name.uncased or name.stop or finder.is_place(i + 1):
            continue
        if name.tier is None and (
            arabic_verb(name.folded) or name.folded.startswith("ال") or name.text in _PLACES
        ):
            continue
        if tokens[i].text in ("أم", "ام") and name.tier is None and not _mother_named(finder, i):
            continue
        finder.claim(i, i + 1)


# issue 11, eighteenth round: "أنا أم يزن" (I am Yazan's mother) says who writes; "أنا أم
# وحيدة", "أنا أم لطفلين" (a single mother, a mother of two) say what she is: the eldest son's
# name, not an adjective in the feminine (-ة, -اء) nor a word after a preposition (ل, ب)
_I_AM = frozenset({"أنا", "انا", "آنا"})


def _mother_named(finder: NameFinder, i: int) -> bool:
    """ "أم" at token i is a mother named by her son: after a relation word or "I am"."""
    if i == 0:
        return False
    before = finder.tokens[i - 1]
    if before.marker:
        return True
    word = finder.tokens[i + 1].text
    return before.text in _I_AM and not word.endswith(("ة", "اء", "ى")) and not word.startswith(("ل", "ب"))


def take_verb_objects(finder: NameFinder) -> None:
    """A capitalised word, mid-sentence, right after a verb done to or told to a person ("I told
    Efosa", "the madam slapped Ebiakpo", "dites à Mariétou"); no place, business or stop word."""
    tokens = finder.tokens
    for i, token in enumerate(tokens):
        if token.folded not in PERSON_VERBS:
            continue
        j = finder.next_after(i)
        if j is not None and tokens[j].folded in _TO and not tokens[j].capitalised:
            j = finder.next_after(j)
        if j is None or not tokens[j].capitalised or tokens[j].marker or not finder.joined(j - 1, j):
            continue
        if finder.sentence_initial(j) or not _free_name(finder, j) or business_follows(finder, j):
            continue
        finder.claim(j, finder.extend(j))


def take_coordinated(finder: NameFinder) -> None:
    """A capitalised word joined by "and" to a name found ("Comfort and Mavis", "Ana y Yaritza")."""
    tokens = finder.tokens
    for i in range(len(tokens) - 2):
        if tokens[i + 1].folded not in _COORDINATORS:
            continue
        if not (finder.joined(i, i + 1) and finder.joined(i + 1, i + 2)):
            continue
        if i in finder.taken and i + 2 not in finder.taken:
            j = i + 2
        elif i + 2 in finder.taken and i not in finder.taken:
            j = i
        else:
            continue
        if (
            tokens[j].capitalised
            and not tokens[j].marker
            and not finder.sentence_initial(j)
            and _free_name(finder, j)
        ):
            finder.claim(j, j)


def lowercase_subject(finder: NameFinder, relation: int, j: int) -> bool:
    """Token j, right after a relation said with a possessive ("my sister", "mi hermana", "meri
    dost"), is a name typed in lower case: a word of three letters or more that is no stop word,
    place or relation, followed by what follows a sentence's subject ("is", "no", "ko", "не"):
    "my sister yuli is locked in"; not "mi hermana menor no" (`not_subjects`)."""
    tokens = finder.tokens
    name = tokens[j]
    if j in finder.taken or not name.text.islower() or len(name.text) < 3 or name.stop or name.marker:
        return False
    if relation == 0 or tokens[relation - 1].folded not in _POSSESSIVES or j != relation + 1:
        return False
    k = j + 1
    if k >= len(tokens) or not finder.joined(j, k) or tokens[k].folded not in _SUBJECT_FOLLOWERS:
        return False
    return name.folded not in _NOT_SUBJECTS and not finder.is_place(j)
