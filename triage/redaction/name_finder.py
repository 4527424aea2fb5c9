"""The name finder: one message's words, and the passes that take names from them (cues,
listed names, signatures; see triage.redaction.names)."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, compress, count
from operator import attrgetter
from typing import cast

from triage.folding import COMBINING_MARKS
from triage.places import find_places
from triage.redaction.han_names import take_han_names
from triage.redaction.latin1_tables import LATIN1_LETTER
from triage.redaction.name_contacts import lowercase_run
from triage.redaction.name_cues import (
    NAMES_BEFORE,
    after_relation,
    business_follows,
    capitalised_run,
    cue_phrase_ends,
    ends_clause,
    ends_message,
    inner_place,
    named_before_comma,
    origin_follows,
    place_surname,
    take_after_label,
    take_after_qualifier,
    take_before_cue,
    take_before_relative,
    take_possession,
    town_surname,
)
from triage.redaction.name_frames import lowercase_subject
from triage.redaction.name_kin_of import after_kin_of
from triage.redaction.name_lists import (
    BUSINESS_WORDS,
    COPULA_ENDINGS,
    HONORIFICS,
    ORGANISATION_HEADS,
    ORGANISATIONS,
    PARTICLES,
    POSSESSION_WORDS,
    POSSESSIVES_AFTER,
    RELATION_WORDS,
    SURNAMES,
    TOKEN,
    WORDS,
    Word,
    word_facts,
)
from triage.redaction.name_origins import after_origins
from triage.redaction.name_scripts import CJK, take_cjk, take_uncased_after_relation, uncased_at, uncased_end
from triage.redaction.spans import Hints

_PLAIN_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_HAS_MARKS = re.compile(f"[{COMBINING_MARKS}]")
# possessive: a word never gives back a letter (the same words, found without backtracking)
_LATIN1TOKEN = re.compile(rf"{LATIN1_LETTER}++(?:['\-]{LATIN1_LETTER}++)*+")  # no ’ up to U+00FF
# The same, captured, for re.split: the pieces alternate between the text around words and words.
_SPLITTERS = {token: re.compile(f"({token.pattern})") for token in (TOKEN, _PLAIN_TOKEN, _LATIN1TOKEN)}
_SKIP_BACK = " \t\"'«»“”‘’([*-–—¡¿"
_SENTENCE_END = ".!?\n:;…"
_MATTERS = attrgetter("matters")
_FOLDED = attrgetter("folded")
_HANGUL = re.compile("[\uac00-\ud7af]")
# a Korean word that ends with its copula or a particle: the name ends in it
_KO_NAME_ENDED = re.compile("(?:이고|이며|이에요|예요|입니다|이야|인데|이랑|[이가은는을를의도])$")
# a case ending after an apostrophe (a space, folded) or a dash ("hortons da", "hortons-এ")
_ENDING_AFTER_MARK = re.compile(r"['’\- ][^'’\- ]{1,6}$")
_CUE_GAP = re.compile(r"[\s:,\-–—'\"«»“”‘’]{1,4}")  # quotes too: "к 'родственнику' Виктору"


class NameFinder:
    """One message's words and the names found in them so far (`spans`)."""

    def __init__(self, text: str, hints: Hints) -> None:
        self.text = text
        self.words = hints.words  # lower case, not folded: an organisation's first word is ASCII
        # Words, hyphenated and elided ones whole ("Jean-Pierre", "m'appelle"); the slower pattern
        # that keeps combining marks inside a word only when the text has some.
        self.latin1 = hints.latin1  # so no CJK letter either
        if self.latin1:
            pattern = _LATIN1TOKEN
        elif _HAS_MARKS.search(text):
            pattern = TOKEN
        else:
            pattern = _PLAIN_TOKEN
        # Split rather than finditer: the pieces and where they end come from C loops, with no
        # match object a word. pieces = [before word 0, word 0, between 0 and 1, word 1, ...].
        pieces = _SPLITTERS[pattern].split(text)
        bounds = list(accumulate(map(len, pieces)))
        self.starts = bounds[0:-1:2]
        self.ends = bounds[1::2]
        written = pieces[1::2]
        # the cached facts, looked up in a C loop; the few words not seen yet are made here
        tokens: list[Word | None] = list(map(WORDS.get, written))
        if None in tokens:
            tokens = [token or word_facts(word) for token, word in zip(tokens, written, strict=True)]
        self.tokens = cast("list[Word]", tokens)
        # The passes below visit only the words that can matter to them (found in a C loop).
        self.cue_indices: list[int] = []
        self.marker_indices: list[int] = []
        self.listed_indices: list[int] = []
        for i in compress(count(), map(_MATTERS, self.tokens)):
            word = self.tokens[i]
            if word.cue:
                self.cue_indices.append(i)
            if word.marker:
                self.marker_indices.append(i)
            if word.listed:
                self.listed_indices.append(i)
        self.place_tokens: set[int] | None = None  # found on first use: many messages never ask
        self.taken: set[int] = set()
        self.spans: list[tuple[int, int]] = []

    def find_place_tokens(self) -> set[int]:
        """Indexes of the tokens that lie inside a place mention ("Saint-Jean-sur-Richelieu")
        or the name of a shop or brand named like a person ("Tim Hortons")."""
        if not self.tokens:
            return set()
        inside: set[int] = set(after_origins(self))  # "soy de Mendoza" (name_origins.py)
        if not self.words.isdisjoint(ORGANISATIONS):
            # the tokens that start an organisation's name, found in a C loop
            for i in compress(count(), map(ORGANISATIONS.__contains__, map(_FOLDED, self.tokens))):
                for phrase in ORGANISATIONS[self.tokens[i].folded]:
                    if self.phrase_at(i, phrase, suffixed=True):
                        inside.update(range(i, i + len(phrase)))
        for place in find_places(self.text):
            # the first token that ends after the place starts: a place behind an Arabic prefix
            # ("بلافال") starts inside its token
            i = bisect_right(self.ends, place.start)
            while i < len(self.tokens) and self.starts[i] < place.end:
                # a place with a case ending after an apostrophe ("Ankara'da") is the place
                if self.ends[i] <= place.end or self.text[place.end : place.end + 1] in ("'", "’"):
                    inside.add(i)
                i += 1
        return inside

    # --- token tests
    def is_place(self, i: int) -> bool:
        if self.place_tokens is None:
            self.place_tokens = self.find_place_tokens()
        return i in self.place_tokens

    def sentence_initial(self, i: int) -> bool:
        pos = self.starts[i] - 1
        while pos >= 0 and self.text[pos] in _SKIP_BACK:
            pos -= 1
        return pos < 0 or self.text[pos] in _SENTENCE_END

    def surname_at(self, i: int) -> bool:
        """Token i can be a surname after a name: capitalised, not a stop word, place or acronym."""
        if i >= len(self.tokens) or i in self.taken:
            return False
        token = self.tokens[i]
        acronym = (token.shouted and len(token.text) <= 4) or token.text.endswith(COPULA_ENDINGS)
        if not token.capitalised or token.stop or acronym or self.is_place(i):
            return False
        return token.tier != "cue" or token.folded in NAMES_BEFORE  # "Thu" in "Trần Thị Thu Hà"

    def surname_follows(self, i: int) -> bool:
        """A surname right after token i: a first name that is also a place ("Brandon", "Regina")
        is a name when a title comes before it and a surname after it."""
        return i + 1 < len(self.tokens) and self.joined(i, i + 1) and self.surname_at(i + 1)

    def initial_at(self, j: int) -> bool:
        """Token j is a middle initial, its dot, then a surname: "Rowena B. Castillo"."""
        token = self.tokens[j].text
        after = j + 1
        return (
            len(token) == 1
            and token.isupper()
            and after < len(self.tokens)
            and self.text[self.ends[j] : self.starts[after]] == ". "
            and self.surname_at(after)
        )

    def surname_after_particle(self, i: int) -> bool:
        """Token i, after "de", "Dela", "bin", is a surname: a word that is a name only after a
        cue elsewhere ("Cruz" in "Maricel Dela Cruz") is one here too."""
        token = self.tokens[i]
        if token.tier == "cue" and token.capitalised and not token.stop and i not in self.taken:
            return not self.is_place(i)
        if token.uncased and i not in self.taken and (token.tier is not None or not token.stop):
            return not self.is_place(i)  # "كريم بن علي": a listed name, though also a word
        return self.surname_at(i)

    def lowercase_surname_at(self, j: int) -> bool:
        """Token j, right after a particle, is a surname typed in lower case ("dela cruz")."""
        if j >= len(self.tokens) or not self.joined(j - 1, j):
            return False
        token = self.tokens[j]
        return token.text.islower() and not token.stop and not self.is_place(j)

    def joined(self, i: int, j: int) -> bool:
        """Tokens i and j are next to each other, separated by one space (no punctuation)."""
        gap = self.text[self.ends[i] : self.starts[j]]
        return gap in (" ", "\u00a0", "  ")

    # --- spans
    def claim(self, first: int, last: int) -> None:
        for i in range(first, last + 1):
            self.taken.add(i)
        self.spans.append((self.starts[first], self.ends[last]))

    def extend(self, i: int, *, lowercase_ok: bool = False, limit: int = 4) -> int:
        """Last token of the name starting at i: capitalised surnames (with particles) after it;
        after a cue (`lowercase_ok`), listed names in lower case and words in a script without
        capitals too ("اسمي فاطمة الزهراء بنعلي")."""
        last = i
        j = i + 1
        while j < len(self.tokens) and j - i < limit and self.joined(j - 1, j):
            token = self.tokens[j]
            if (
                token.folded in PARTICLES
                and j + 1 < len(self.tokens)
                and self.joined(j, j + 1)
                and self.surname_after_particle(j + 1)
            ):
                last = j + 1
                j += 2
                continue
            if token.folded in PARTICLES and lowercase_ok and uncased_at(self, j):
                return j + 1  # "كريم بن علي": the word after "بن" ends the name, a stop word too
            if token.folded in PARTICLES and lowercase_ok and self.lowercase_surname_at(j + 1):
                last = j + 1  # "ako si maricel dela cruz": a name typed in lower case
                j += 2
                continue
            if token.folded in BUSINESS_WORDS:
                break  # "Kevin of Tremblay Transport": the business name is not part of the person
            if self.initial_at(j):
                last = j + 1  # "Rowena B. Castillo"
                j += 2
                continue
            if (
                self.surname_at(j)
                or inner_place(self, j)
                or (j not in self.taken and (token.folded in SURNAMES or token.tier == "any"))
                or (lowercase_ok and token.uncased and not token.stop and not self.is_place(j))
                or (
                    lowercase_ok
                    and token.text.islower()
                    and not token.stop
                    and not any(mark in token.text for mark in "'’")
                    and not self.is_place(j)
                    and (token.folded in SURNAMES or token.tier is not None)
                )
            ):
                last = j
            else:
                break
            j += 1
        return last

    def phrase_at(self, i: int, phrase: tuple[str, ...], *, suffixed: bool = False) -> bool:
        """The words of `phrase` start at token i, one after the other, with only spaces between.
        `suffixed`: the last word may carry a case ending after an apostrophe or a dash
        ("Tim Hortons'da", "Tim Hortons-এ", issue 11, fourteenth round)."""
        if i + len(phrase) > len(self.tokens):
            return False
        last = len(phrase) - 1
        for k in range(1, len(phrase)):
            folded = self.tokens[i + k].folded
            if suffixed and k == last and folded != phrase[k]:
                folded = _ENDING_AFTER_MARK.sub("", folded)
            if folded != phrase[k] or not self.spaced(i + k - 1, i + k):
                return False
        return self.tokens[i].folded == phrase[0]

    def spaced(self, i: int, j: int) -> bool:
        return self.text[self.ends[i] : self.starts[j]].isspace()

    def next_after(self, i: int) -> int | None:
        """The token after token i when only spaces or ':,-' separate them."""
        j = i + 1
        if j >= len(self.tokens) or j in self.taken:
            return None
        gap = self.text[self.ends[i] : self.starts[j]]
        return j if _CUE_GAP.fullmatch(gap) else None

    def take_after_cue(self, i: int | None, *, strong: bool) -> None:
        if i is None:
            return
        token = self.tokens[i]
        tier = token.tier
        if (token.shouted and len(token.text) <= 5) or business_follows(self, i):
            return  # "I've called CAS", "se llama Canadian Care Jobs Internacional"
        if strong:
            # a capitalised place name right after "my name is" / "se llama" is a name
            # ("se llama Brandon"); in lower case it may be a word of the sentence
            if tier is None and (
                token.stop or (not token.capitalised and (token.marker or self.is_place(i)))
            ):
                return  # a place or a relation in lower case: "tinawagan ko si ate"
            if token.folded in PARTICLES and not (token.capitalised or token.uncased):
                return  # "o nome da mãe dela": "da" begins no name in lower case
            if tier is None and token.text.islower() and "," in self.text[self.ends[i - 1] : self.starts[i]]:
                return  # "Liezel po ang pangalan ko, taga Cebu": the name came before the cue
        elif tier is None and token.capitalised and not token.stop and capitalised_run(self, i):
            pass  # "Sou Domingos Kiala,": a first name and a surname, listed or not
        elif tier is None and token.capitalised and not token.stop and ends_message(self, i):
            pass  # "ajutor. sunt Florina": a capitalised word that ends the message
        elif tier is None and token.capitalised and not token.stop and named_before_comma(self, i):
            pass  # "Soy Yoselin, vivo en ...": a capitalised word, then a comma
        elif tier is None and token.capitalised and not token.stop and origin_follows(self, i):
            pass  # "c'est Marc du soutien": a capitalised word, then where the person is from
        elif tier == "mid-sentence" and not token.stop and ends_clause(self, i):
            pass  # "toi la thuy, so ong chu ...": a listed name typed in lower case
        elif tier is not None and token.uncased and not token.stop and ends_clause(self, i):
            pass  # "... انا كريم": a listed name that is also a word, ending its clause
        elif tier is None or token.stop or (tier != "any" and not token.capitalised):
            return
        elif self.is_place(i) and i + 1 < len(self.tokens) and self.joined(i, i + 1) and self.is_place(i + 1):
            return  # "from Sri Lanka": the first word of a place named in two (issue 11, 13th round)
        if _HANGUL.match(token.text) and _KO_NAME_ENDED.search(token.text):
            self.claim(i, i)  # "이름은 이수진이고 토론토에 살아요": the clause goes on after the name
            return
        last = self.extend(i, lowercase_ok=strong and not token.capitalised)
        if token.uncased:
            last = max(last, uncased_end(self, i))  # "أنا ريم الحسن،": the family name too
        if strong and not token.capitalised:
            last = max(last, lowercase_run(self, i))
        elif strong and place_surname(self, last + 1):
            last += 1  # "my name is Destiny Whitehorse, reach me": a family name that is a town
        self.claim(i, last)

    # --- the four ways
    def cues(self) -> None:
        strong, weak, contact, relative, before = cue_phrase_ends(self)
        for last in strong:
            self.take_after_cue(self.next_after(last), strong=True)
        if not self.latin1 and CJK.search(self.text):
            take_cjk(self)
            take_han_names(self)
        for i in self.marker_indices:
            token = self.tokens[i]
            if token.text in HONORIFICS:
                j = self.next_after_honorific(i)
                if (
                    j is not None
                    and self.tokens[j].capitalised
                    and not self.tokens[j].stop
                    and (not self.is_place(j) or self.surname_follows(j))  # "Cst. Brandon Kejick"
                ):
                    self.claim(j, self.extend(j))
            elif token.folded in RELATION_WORDS or token.folded in POSSESSION_WORDS:
                if self.titled(i):
                    continue  # "the Seasonal Agricultural Worker Program": a title, no relation
                if token.folded not in RELATION_WORDS:
                    take_possession(self, i)
                    continue
                take_after_qualifier(self, i)
                j = self.next_after(i)
                if j is not None and self.tokens[j].folded in POSSESSIVES_AFTER:
                    j = self.next_after(j)
                j = after_relation(self, after_kin_of(self, i, j))
                if j is None:
                    continue
                name = self.tokens[j]
                if name.uncased:
                    take_uncased_after_relation(self, j)
                elif name.capitalised and not (
                    name.shouted or name.stop or name.folded in ORGANISATION_HEADS
                ):
                    if name.tier is not None or not self.is_place(j):  # a listed name, or no place
                        last = self.extend(j)
                        self.claim(j, last + 1 if last == j and town_surname(self, j) else last)
                elif (
                    not name.stop and name.text.islower() and (name.tier == "any" or name.folded in SURNAMES)
                ):
                    self.claim(j, self.extend(j, lowercase_ok=True))
                elif lowercase_subject(self, i, j):  # "my sister yuli is locked in"
                    self.claim(j, j)
        for last in weak:
            self.take_after_cue(self.next_after(last), strong=False)
        for last in contact:
            take_after_label(self, last)
        for last in relative:
            take_before_relative(self, last)
        for first in before:
            take_before_cue(self, first)

    def titled(self, i: int) -> bool:
        """Token i, capitalised, follows a capitalised word that is no stop word and does not
        start its sentence: a word of a title written in capitals ("Temporary Foreign Worker
        Program")."""
        if not (i and self.tokens[i].capitalised and self.joined(i - 1, i)):
            return False
        before = self.tokens[i - 1]  # not a sentence's first word: "Meine Cousine Jana" (German)
        return before.capitalised and not (before.stop or before.marker or self.sentence_initial(i - 1))

    def next_after_honorific(self, i: int) -> int | None:
        j = i + 1
        if j >= len(self.tokens) or j in self.taken:
            return None
        gap = self.text[self.ends[i] : self.starts[j]]
        return j if gap in (" ", ". ", ".", ".  ", "  ") else None
