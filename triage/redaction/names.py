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
and two helpers: frequent family names (triage/data/surnames.txt: "Xochitl Sharma" is a name
because "Sharma" is), and "c'est X qui", "it was X who", "fue X quien" for names no list knows.
A found first name takes the capitalised words after it as surnames ("Karim Mansouri").
Places (triage.places) and stop words are never taken, so "Victoria", "Gatineau" or "Enquête"
stay; a cue can still make a listed name out of a place ("je m'appelle Victoria").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate
from typing import NamedTuple

from triage.data_files import data_lines, data_words
from triage.folding import COMBINING_MARKS, fold_word
from triage.places import find_places
from triage.redaction.spans import LATIN1_LETTER, Hints


def _load_tiers() -> dict[str, str]:
    tiers: dict[str, str] = {}
    for name in data_words("first_names.txt"):
        for key in {name.casefold(), fold_word(name)}:
            tiers[key] = "any"
    tier = "mid-sentence"
    for line in data_lines("first_names_ambiguous.txt"):
        if line.startswith("["):
            tier = line.strip("[] ")
            continue
        for name in line.split():
            for key in {name.casefold(), fold_word(name)}:
                tiers[key] = tier
    return tiers


_TIERS = _load_tiers()
_SURNAMES = frozenset(fold_word(name) for name in data_words("surnames.txt"))
_STOP = frozenset(fold_word(word) for word in data_words("name_stopwords.txt"))
_TOKEN = re.compile(rf"(?:[^\W\d_]|[{COMBINING_MARKS}])+(?:['’\-](?:[^\W\d_]|[{COMBINING_MARKS}])+)*")
_PLAIN_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_HAS_MARKS = re.compile(f"[{COMBINING_MARKS}]")
_LATIN1_TOKEN = re.compile(rf"{LATIN1_LETTER}+(?:['\-]{LATIN1_LETTER}+)*")  # no ’ up to U+00FF
# The same, captured, for re.split: the pieces alternate between the text around words and words.
_SPLITTERS = {token: re.compile(f"({token.pattern})") for token in (_TOKEN, _PLAIN_TOKEN, _LATIN1_TOKEN)}
_SKIP_BACK = " \t\"'«»“”‘’([*-–—¡¿"
_SENTENCE_END = ".!?\n:;…"
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "van",
        "von",
        "bin",
        "ibn",
        "ben",
        "el",
        "al",
        "dos",
        "das",
        "do",
        "di",
        "du",
        "le",
        "la",
        "y",
    ]
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_STOP = set("我你他她的是在了和从说今年岁住要被叫，。、！？ ,.!?")

_STRONG_PHRASES = (
    # French
    "je m'appelle|je m appelle|j'm'appelle|jm'appelle|jmappelle|m'appelle|mappelle|s'appelle|"
    "s'appelait|sappelle|mon nom est|mon nom c'est|mon prénom est|mon prénom c'est|moi c'est|moi cest|"
    "nommé|nommée|surnommé|surnommée|appelé|appelée|"
    # English
    "my name is|my name's|my names|name is|name's|call me|called|named|nicknamed|goes by|"
    # Spanish, Portuguese
    "me llamo|mi nombre es|se llama|se llamaba|llamado|llamada|le dicen|me dicen|apodado|apodada|"
    "meu nome é|me chamo|se chama|chamado|chamada|"
    # Haitian Creole, Tagalog, Romanian, Italian, German
    "mwen rele|m rele|non mwen se|li rele|yo rele|ako si|ako po si|pangalan ko ay|pangalan ko|siya si|"
    "mă numesc|numele meu este|numele meu e|mă cheamă|se numește|mi chiamo|ich heiße|ich heisse|"
    # Vietnamese, Russian, Ukrainian, Arabic, Hindi (also transliterated)
    "tên tôi là|tôi tên là|em tên là|tên em là|tên là|меня зовут|мене звати|его зовут|її звати|"
    "её зовут|його звати|моё имя|мое имя|моє ім'я|зовут|звати|اسمي|اسمه|اسمها|يدعى|تدعى|"
    "मेरा नाम|उसका नाम|mera naam|mera nam|mera naam hai"
)
_CJK_CUES = ("我叫", "我的名字是", "他叫", "她叫", "名叫", "叫做")
_WEAK_PHRASES = (
    "je suis|i'm|im|i am|this is|it's|its|c'est|cest|ici|soy|sou|here is|signed|signé|signée|from|"
    "de la part de|de parte de|att|atte"
)
_RELATIONS = (
    "boss|cousin|sister|brother|friend|roommate|husband|wife|boyfriend|girlfriend|daughter|son|niece|"
    "nephew|mother|mom|mum|father|dad|aunt|uncle|grandma|grandpa|grandmother|grandfather|manager|"
    "supervisor|foreman|employer|recruiter|owner|landlord|pimp|colleague|coworker|neighbour|neighbor|"
    "partner|fiancé|fiancée|stepfather|stepdad|stepmother|patron|patronne|cousine|soeur|sœur|frère|ami|"
    "amie|chum|blonde|coloc|colocataire|mari|conjoint|conjointe|fille|fils|nièce|neveu|mère|maman|père|"
    "papa|tante|oncle|grand-mère|grand-père|gérant|gérante|superviseur|superviseure|contremaître|"
    "employeur|recruteur|propriétaire|proprio|proxénète|collègue|voisin|voisine|copain|copine|beau-père|"
    "jefe|jefa|patrón|patrona|primo|prima|hermana|hermano|amigo|amiga|compañero|compañera|esposo|esposa|"
    "marido|novio|novia|hija|hijo|sobrina|sobrino|mamá|madre|papá|padre|tía|tío|abuela|abuelo|gerente|"
    "capataz|dueño|dueña|reclutador|padrote|vecino|vecina|pareja|cuñado|cuñada|suegra|suegro|chefe|"
    "patrão|irmã|irmão|namorado|namorada|filha|filho|mãe|pai|kuya|ate|tita|tito|pinsan|kaibigan|asawa|"
    "anak|nanay|tatay|patwon|bòs|kouzen|kouzin|sè|frè|zanmi|madanm|pitit|manman"
)
_HONORIFICS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Mme",
        "Mlle",
        "Dr",
        "Dra",
        "Sr",
        "Sra",
        "Srta",
        "Sir",
        "Madam",
        "Monsieur",
        "Madame",
        "Mademoiselle",
        "Señor",
        "Señora",
        "Señorita",
        "Senor",
        "Senora",
        "Don",
        "Doña",
        "Dona",
        "Docteur",
        "Doctor",
        "Mister",
        "Ate",
        "Kuya",
        "Tita",
        "Tito",
        "Manang",
        "Manong",
        "Mèt",
        "Madan",
        "mr",
        "mrs",
        "ms",
        "mme",
        "mlle",
        "dr",
        "monsieur",
        "madame",
        "señor",
        "señora",
        "senor",
        "senora",
        "docteur",
        "doctor",
    ]
)
_RELATIVE_INTROS = "c'est|cest|c'était|c'etait|it's|it is|it was|its|fue|es|era|foi|é"
_BUSINESS_WORDS = frozenset(
    [
        "transport",
        "transports",
        "farms",
        "farm",
        "ferme",
        "fermes",
        "inc",
        "ltd",
        "ltée",
        "ltee",
        "enr",
        "construction",
        "constructions",
        "nettoyage",
        "cleaning",
        "agency",
        "agence",
        "agencia",
        "restaurant",
        "restaurants",
        "serres",
        "greenhouses",
        "greenhouse",
        "trucking",
        "logistics",
        "services",
        "service",
        "produce",
        "foods",
        "aliments",
        "entreprises",
        "enterprises",
        "group",
        "groupe",
        "company",
        "compagnie",
        "benz",
    ]
)
_RELATIVE_PRONOUNS = frozenset({"qui", "who", "quien", "quién", "que", "that", "quem"})
_CUE_GAP = re.compile(r"[\s:,\-–]{1,4}")


def _phrase_index(phrases: str) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases.split("|"):
        words = tuple(fold_word(m.group()) for m in _TOKEN.finditer(phrase))
        if words:
            index.setdefault(words[0], []).append(words)
    return index


_STRONG_INDEX = _phrase_index(_STRONG_PHRASES)
_WEAK_INDEX = _phrase_index(_WEAK_PHRASES)
_RELATIVE_INDEX = _phrase_index(_RELATIVE_INTROS)
_RELATION_WORDS = frozenset(fold_word(word) for word in _RELATIONS.split("|"))
_CUE_FIRST_WORDS = frozenset(_STRONG_INDEX) | frozenset(_WEAK_INDEX) | frozenset(_RELATIVE_INDEX)


_CLOSING = re.compile(
    r"(?i)(?<!\w)(?:merci|thanks|thank you|gracias|obrigad[oa]|cordialement|regards|best|salutations|"
    r"bisous|xoxo|mèsi|salamat)\s*[,!.\-]*\s*$"
)


class _Word(NamedTuple):
    """What a written word is, wherever it stands; built once per spelling and cached."""

    text: str
    folded: str
    capitalised: bool
    shouted: bool  # all capitals, two letters or more
    tier: str | None  # its first-name tier, None if it is not a listed first name
    cue: bool  # the first word of a cue phrase: phrase_ends looks only at these
    marker: bool  # an honorific or a relation word ("Mme", "boss", "ma coloc")
    listed: bool  # a listed first name or a capitalised listed surname
    matters: bool  # any of the three above


_WORDS: dict[str, _Word] = {}
_WORDS_LIMIT = 65536  # spellings kept; past it the cache starts again (a result never depends on it)


def _word(text: str) -> _Word:
    """The facts of one written word (a pure function of its spelling, cached for speed)."""
    word = _WORDS.get(text)
    if word is not None:
        return word
    folded = fold_word(text)
    tier = _TIERS.get(folded)
    if tier is None and not text.isascii():
        tier = _TIERS.get(text.casefold())
    capitalised = text[0].isupper()
    cue = folded in _CUE_FIRST_WORDS
    marker = text in _HONORIFICS or folded in _RELATION_WORDS
    listed = tier is not None or (capitalised and folded in _SURNAMES)
    word = _Word(
        text=text,
        folded=folded,
        capitalised=capitalised,
        shouted=len(text) > 1 and text.isupper(),
        tier=tier,
        cue=cue,
        marker=marker,
        listed=listed,
        matters=cue or marker or listed,
    )
    if len(_WORDS) >= _WORDS_LIMIT:
        _WORDS.clear()
    _WORDS[text] = word
    return word


class _Finder:
    def __init__(self, text: str, hints: Hints) -> None:
        self.text = text
        # Words, hyphenated and elided ones whole ("Jean-Pierre", "m'appelle"); the slower pattern
        # that keeps combining marks inside a word only when the text has some.
        self.latin1 = hints.latin1  # so no CJK letter either
        if self.latin1:
            pattern = _LATIN1_TOKEN
        elif _HAS_MARKS.search(text):
            pattern = _TOKEN
        else:
            pattern = _PLAIN_TOKEN
        # Split rather than finditer: the pieces and where they end come from C loops, with no
        # match object a word. pieces = [before word 0, word 0, between 0 and 1, word 1, ...].
        pieces = _SPLITTERS[pattern].split(text)
        bounds = list(accumulate(map(len, pieces)))
        self.starts = bounds[0:-1:2]
        self.ends = bounds[1::2]
        self.tokens = [_WORDS.get(written) or _word(written) for written in pieces[1::2]]
        # The passes below visit only the words that can matter to them.
        self.cue_indices: list[int] = []
        self.marker_indices: list[int] = []
        self.listed_indices: list[int] = []
        for i, word in enumerate(self.tokens):
            if word.matters:
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
        """Indexes of the tokens that lie inside a place mention ("Saint-Jean-sur-Richelieu")."""
        if not self.tokens:
            return set()
        inside: set[int] = set()
        for place in find_places(self.text):
            i = bisect_left(self.starts, place.start)
            while i < len(self.tokens) and self.ends[i] <= place.end:
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
        if not token.capitalised or token.folded in _STOP or self.is_place(i):
            return False
        if token.shouted and len(token.text) <= 4:
            return False
        return token.tier not in ("cue",)

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
        """Last token of the name starting at i: capitalised surnames (with particles) after it."""
        last = i
        j = i + 1
        while j < len(self.tokens) and j - i < limit and self.joined(j - 1, j):
            token = self.tokens[j]
            if (
                token.folded in _PARTICLES
                and j + 1 < len(self.tokens)
                and self.joined(j, j + 1)
                and self.surname_at(j + 1)
                and not token.capitalised
            ):
                last = j + 1
                j += 2
                continue
            if token.folded in _BUSINESS_WORDS:
                break  # "Kevin of Tremblay Transport": the business name is not part of the person
            if (
                self.surname_at(j)
                or (j not in self.taken and (token.folded in _SURNAMES or token.tier == "any"))
                or (
                    lowercase_ok
                    and token.text.islower()
                    and token.folded not in _STOP
                    and not any(mark in token.text for mark in "'’")
                    and not self.is_place(j)
                    and (token.folded in _SURNAMES or token.tier is not None)
                )
            ):
                last = j
            else:
                break
            j += 1
        return last

    def phrase_ends(self, index: dict[str, list[tuple[str, ...]]]) -> Iterator[int]:
        """Index of the last token of every phrase of `index` found in the text."""
        last = len(self.tokens) - 1
        for i in self.cue_indices:
            phrases = index.get(self.tokens[i].folded)
            if phrases is None:
                continue
            following = self.tokens[i + 1].folded if i < last else None
            for phrase in phrases:  # most fail on their second word: checked here, without a call
                if len(phrase) == 1 or (phrase[1] == following and self.phrase_at(i, phrase)):
                    yield i + len(phrase) - 1

    def phrase_at(self, i: int, phrase: tuple[str, ...]) -> bool:
        """The words of `phrase` start at token i, one after the other, with only spaces between."""
        if i + len(phrase) > len(self.tokens):
            return False
        for k in range(1, len(phrase)):
            if self.tokens[i + k].folded != phrase[k] or not self.spaced(i + k - 1, i + k):
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
        if strong:
            if tier is None and (token.folded in _STOP or self.is_place(i)):
                return
        elif tier is None or token.folded in _STOP or (tier != "any" and not token.capitalised):
            return
        self.claim(i, self.extend(i, lowercase_ok=strong and not token.capitalised))

    def take_cjk(self) -> None:
        for cue in _CJK_CUES:
            at = self.text.find(cue)
            while at >= 0:
                pos = end = at + len(cue)
                while (
                    end < len(self.text)
                    and end - pos < 3
                    and self.text[end] not in _CJK_STOP
                    and _CJK.match(self.text[end])
                ):
                    end += 1
                if end - pos >= 2:
                    self.spans.append((pos, end))
                at = self.text.find(cue, end)

    # --- the four ways
    def cues(self) -> None:
        for last in self.phrase_ends(_STRONG_INDEX):
            self.take_after_cue(self.next_after(last), strong=True)
        if not self.latin1 and _CJK.search(self.text):
            self.take_cjk()
        for i in self.marker_indices:
            token = self.tokens[i]
            if token.text in _HONORIFICS:
                j = self.next_after_honorific(i)
                if (
                    j is not None
                    and self.tokens[j].capitalised
                    and self.tokens[j].folded not in _STOP
                    and not self.is_place(j)
                ):
                    self.claim(j, self.extend(j))
            elif token.folded in _RELATION_WORDS:
                j = self.next_after(i)
                if j is None:
                    continue
                name = self.tokens[j]
                listed = name.tier is not None
                if (
                    name.capitalised
                    and not name.shouted
                    and name.folded not in _STOP
                    and (listed or not self.is_place(j))
                ):
                    self.claim(j, self.extend(j))
                elif name.text.islower() and (name.tier == "any" or name.folded in _SURNAMES):
                    self.claim(j, self.extend(j, lowercase_ok=True))
        for last in self.phrase_ends(_WEAK_INDEX):
            self.take_after_cue(self.next_after(last), strong=False)
        for last in self.phrase_ends(_RELATIVE_INDEX):
            self.take_before_relative(last)

    def take_before_relative(self, last: int) -> None:
        """'c'est Xochitl qui m'a amenée', 'it was Thandiwe Lopez who', 'fue xochitl quien': one to
        three words between the introduction and the relative pronoun are a name."""
        first = self.next_after(last)
        if first is None:
            return
        known = False  # one of the words is capitalised or a listed name ("xochitl sharma")
        for size in (1, 2, 3):
            end = first + size - 1
            after = end + 1
            if (
                after >= len(self.tokens)
                or not self.spaced(end, after)
                or (size > 1 and not self.joined(end - 1, end))
            ):
                return
            token = self.tokens[end]
            if token.folded in _STOP or self.is_place(end) or end in self.taken:
                return
            known = known or token.capitalised or token.tier is not None or token.folded in _SURNAMES
            if self.tokens[after].folded in _RELATIVE_PRONOUNS:
                if known:  # "it was last night that": lower-case words no list knows are not taken
                    self.claim(first, end)
                return

    def next_after_honorific(self, i: int) -> int | None:
        j = i + 1
        if j >= len(self.tokens) or j in self.taken:
            return None
        gap = self.text[self.ends[i] : self.starts[j]]
        return j if gap in (" ", ". ", ".", ".  ", "  ") else None

    def listed(self) -> None:
        for i in self.listed_indices:
            token = self.tokens[i]
            tier = token.tier
            if tier is None or i in self.taken or self.is_place(i):
                continue
            followed = i + 1 < len(self.tokens) and self.joined(i, i + 1) and self.surname_at(i + 1)
            if tier == "any":
                ok = token.capitalised or len(token.text) >= 3
            elif tier == "capitalised":
                ok = token.capitalised
            elif tier == "mid-sentence":
                ok = token.capitalised and (followed or not self.sentence_initial(i))
            else:
                ok = token.capitalised and followed
            followed_by_business = i + 1 < len(self.tokens) and self.tokens[i + 1].folded in _BUSINESS_WORDS
            if ok and not token.shouted and not followed_by_business:
                self.claim(i, self.extend(i))
        for i in self.listed_indices:
            token = self.tokens[i]
            if token.folded not in _SURNAMES or not token.capitalised or i in self.taken or self.is_place(i):
                continue
            if i + 1 < len(self.tokens) and self.tokens[i + 1].folded in _BUSINESS_WORDS:
                continue
            first = i - 1 if i > 0 and self.joined(i - 1, i) and self.surname_at(i - 1) else i
            self.claim(first, self.extend(i))

    def signature(self) -> None:
        """One to three capitalised words alone at the very end, after a sentence, a dash, a new
        line or a closing word ("merci,", "thanks"): a signature."""
        tokens = self.tokens
        if not tokens or self.text[self.ends[-1] :].strip(" \t\n.!"):
            return
        for size in (1, 2, 3):
            first = len(tokens) - size
            if first < 0 or (size > 1 and not self.joined(first, first + 1)):
                return
            before = self.text[: self.starts[first]]
            stripped = before.rstrip(" \t")
            standalone = stripped.endswith(("\n", ".", "!", "?", "-", "–", "—")) or bool(
                _CLOSING.search(before[-40:])
            )
            if standalone:
                words = range(first, len(tokens))
                if all(self.surname_at(i) or i in self.taken for i in words):
                    free = [i for i in words if i not in self.taken]
                    if free:
                        self.claim(free[0], free[-1])
                return


_HINT_WORD = re.compile(r"[^\W\d_]+")


def _gate_words() -> frozenset[str]:
    """Words one of which a message must contain for a name to be found in it by a cue or a
    list (the longest word of each cue phrase, every listed name, relation and honorific)."""
    words: set[str] = set(_TIERS) | _SURNAMES | _RELATION_WORDS | {h.lower() for h in _HONORIFICS}
    # The message's words are lower case, not folded: the relations as written, lower case, too
    # ("sœur" folds to "soeur").
    words |= {word.casefold() for word in _RELATIONS.split("|")}
    for phrases in (_STRONG_PHRASES,):
        for phrase in phrases.split("|"):
            parts = _HINT_WORD.findall(phrase.lower())
            if parts:
                words.add(max(parts, key=len))
    return frozenset(words)


_GATE = _gate_words()


_RELATIVE_WORDS = frozenset({"qui", "who", "quien", "quién", "que", "that", "quem"})
_ENDS_CAPITALISED = re.compile(r"[^\W\d_][\w'’-]*[.!]?\s*$")


def find_names(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of people's names (see the module docstring)."""
    if hints.words.isdisjoint(_GATE) and hints.words.isdisjoint(_RELATIVE_WORDS) and not _CJK.search(text):
        tail = _ENDS_CAPITALISED.search(text)
        if tail is None or not tail.group()[0].isupper():
            return
    finder = _Finder(text, hints)
    finder.cues()
    finder.listed()
    finder.signature()
    yield from finder.spans
