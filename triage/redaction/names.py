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
   Mercado", "merci, Jean").
A found first name takes the capitalised words after it as surnames ("Karim Mansouri").
Places (triage.places) and stop words are never taken, so "Victoria", "Gatineau" or "Enquête"
stay; a cue can still make a listed name out of a place ("je m'appelle Victoria").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from triage.data_files import data_lines, data_words
from triage.places import find_places
from triage.text_folding import COMBINING_MARKS, fold


def _load_tiers() -> dict[str, str]:
    tiers: dict[str, str] = {}
    for name in data_words("first_names.txt"):
        for key in {name.casefold(), fold(name)}:
            tiers[key] = "any"
    tier = "mid-sentence"
    for line in data_lines("first_names_ambiguous.txt"):
        if line.startswith("["):
            tier = line.strip("[] ")
            continue
        for name in line.split():
            for key in {name.casefold(), fold(name)}:
                tiers[key] = tier
    return tiers


_TIERS = _load_tiers()
_STOP = frozenset(fold(word) for word in data_words("name_stopwords.txt"))
_TOKEN = re.compile(rf"(?:[^\W\d_]|[{COMBINING_MARKS}])+(?:['’\-](?:[^\W\d_]|[{COMBINING_MARKS}])+)*")
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

_STRONG_CUES = re.compile(
    r"(?i)(?<!\w)(?:"
    r"je m'?\s?appelle|j'?m'?appelle|jm'?appelle|mon (?:pr[eé]nom|nom) (?:est|c'?est)|moi c'?est|"
    r"(?:il|elle|on) s'?\s?appel(?:le|ait)|s'appel(?:le|ait)|nomm[eé]e?|surnomm[eé]e?|"
    r"my name(?:'s| is)|names is|her name(?:'s| is)|his name(?:'s| is)|their name is|name is|"
    r"call me|they call me|i am called|i'm called|named|nicknamed|goes by|"
    r"me llamo|mi nombre es|se llama(?:ba)?|llamad[oa]|le dicen|me dicen|"
    r"meu nome (?:é|e)|me chamo|se chama|chamad[oa]|"
    r"mwen rele|non mwen se|li rele|yo rele|"
    r"ako (?:po )?si|pangalan ko(?: ay)?|siya si|"
    r"m[aă] numesc|numele meu (?:este|e)|m[aă] cheam[aă]|se nume[sș]te|mi chiamo|ich hei(?:ß|ss)e|"
    r"t[eê]n (?:t[oô]i|em|c[uủ]a t[oô]i) l[aà]|t[oô]i t[eê]n l[aà]|em t[eê]n l[aà]|"
    r"меня зовут|мене звати|его зовут|її звати|её зовут|ее зовут|його звати|мо[её] имя|моє ім'я|"
    r"اسمي|اسمه|اسمها|يدعى|تدعى|"
    r"我叫|我的名字是|他叫|她叫|名叫|叫做|"
    r"मेरा नाम|उसका नाम|उसकी नाम"
    r")(?!\w)\s*[:,\-]?\s*"
)
_WEAK_CUES = re.compile(
    r"(?i)(?<!\w)(?:je suis|i'?m|i am|this is|it'?s|c'?est|ici|soy|sou|here is|signed|sign[eé]e?|"
    r"from|de la part de|de parte de|att|atte)\s*[:,\-]?\s*"
)
_RELATIONS = (
    "boss|cousin|sister|brother|friend|roommate|husband|wife|boyfriend|girlfriend|daughter|son|niece|"
    "nephew|mother|mom|mum|father|dad|aunt|uncle|grandma|grandpa|grandmother|grandfather|manager|"
    "supervisor|foreman|employer|recruiter|owner|landlord|pimp|colleague|coworker|neighbour|neighbor|"
    "partner|fiancée?|stepfather|stepdad|stepmother|patron|patronne|cousine|soeur|sœur|frère|frere|ami|"
    "amie|chum|blonde|coloc|colocataire|mari|conjointe?|fille|fils|nièce|neveu|mère|mere|maman|père|pere|"
    "papa|tante|oncle|grand-mère|grand-père|gérante?|superviseure?|contremaître|employeur|recruteur|"
    "propriétaire|proprio|proxénète|collègue|voisine?|copain|copine|beau-père|jefe|jefa|patrón|patrona|"
    "primo|prima|hermana|hermano|amigo|amiga|compañero|compañera|esposo|esposa|marido|novio|novia|hija|"
    "hijo|sobrina|sobrino|mamá|madre|papá|padre|tía|tío|tia|tio|abuela|abuelo|gerente|capataz|dueño|"
    "dueña|reclutador|padrote|vecino|vecina|pareja|cuñado|cuñada|suegra|suegro|chefe|patrão|irmã|irmão|"
    "namorado|namorada|filha|filho|mãe|pai|kuya|ate|tita|tito|pinsan|kaibigan|asawa|anak|nanay|tatay|"
    "patwon|bòs|kouzen|kouzin|sè|frè|zanmi|madanm|pitit|manman"
)
_RELATION_CUE = re.compile(rf"(?i)(?<!\w)(?:{_RELATIONS})(?!\w)\s*[:,]?\s*")
_HONORIFIC = re.compile(
    r"(?<!\w)(?:[Mm]r|[Mm]rs|[Mm]s|Miss|[Mm]me|[Mm]lle|M|[Dd]r|[Dd]ra|[Ss]r|[Ss]ra|[Ss]rta|Sir|Madam|"
    r"[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|[Ss]e[ñn]or|[Ss]e[ñn]ora|[Ss]e[ñn]orita|Don|Do[ñn]a|"
    r"[Dd]octeur|[Dd]octor|Mister|Ate|Kuya|Tita|Tito|Manang|Manong|Mèt|Madan)(?:\.\s*|\s+)"
)
_CLOSING = re.compile(
    r"(?i)(?<!\w)(?:merci|thanks|thank you|gracias|obrigad[oa]|cordialement|regards|best|salutations|"
    r"bisous|xoxo|mèsi|salamat)\s*[,!.\-]*\s*$"
)


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    folded: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def shouted(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def _tier(token: _Token) -> str | None:
    return _TIERS.get(token.text.casefold()) or _TIERS.get(token.folded)


class _Finder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = [_Token(m.group(), fold(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.by_start = {token.start: i for i, token in enumerate(self.tokens)}
        places = find_places(text)
        self.place_tokens = {
            i
            for i, token in enumerate(self.tokens)
            if any(p.start <= token.start and token.end <= p.end for p in places)
        }
        self.taken: set[int] = set()
        self.spans: list[tuple[int, int]] = []

    # --- token tests
    def is_place(self, i: int) -> bool:
        return i in self.place_tokens

    def sentence_initial(self, i: int) -> bool:
        pos = self.tokens[i].start - 1
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
        return _tier(token) not in ("cue",)

    def joined(self, i: int, j: int) -> bool:
        """Tokens i and j are next to each other, separated by one space (no punctuation)."""
        gap = self.text[self.tokens[i].end : self.tokens[j].start]
        return gap in (" ", "\u00a0", "  ")

    def token_after(self, pos: int) -> int | None:
        """Index of the token starting at pos (cues end right before their name)."""
        return self.by_start.get(pos)

    # --- spans
    def claim(self, first: int, last: int) -> None:
        for i in range(first, last + 1):
            self.taken.add(i)
        self.spans.append((self.tokens[first].start, self.tokens[last].end))

    def extend(self, i: int, *, lowercase_ok: bool = False, limit: int = 3) -> int:
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
            if self.surname_at(j) or (
                lowercase_ok
                and token.text.islower()
                and token.folded not in _STOP
                and not self.is_place(j)
                and j == i + 1
            ):
                last = j
            else:
                break
            j += 1
        return last

    def take_after_cue(self, pos: int, *, strong: bool) -> None:
        i = self.token_after(pos)
        if i is None or i in self.taken:
            if strong:
                self.take_cjk(pos)
            return
        token = self.tokens[i]
        tier = _tier(token)
        if strong:
            if tier is None and (token.folded in _STOP or self.is_place(i)):
                return
        elif tier is None or token.folded in _STOP or (tier != "any" and not token.capitalised):
            return
        self.claim(i, self.extend(i, lowercase_ok=strong and not token.capitalised))

    def take_cjk(self, pos: int) -> None:
        if pos < len(self.text) and _CJK.match(self.text[pos]):
            end = pos
            while (
                end < len(self.text)
                and end - pos < 3
                and self.text[end] not in _CJK_STOP
                and _CJK.match(self.text[end])
            ):
                end += 1
            if end - pos >= 2:
                self.spans.append((pos, end))

    # --- the four ways
    def cues(self) -> None:
        for match in _STRONG_CUES.finditer(self.text):
            self.take_after_cue(match.end(), strong=True)
        for match in _HONORIFIC.finditer(self.text):
            i = self.token_after(match.end())
            if (
                i is not None
                and i not in self.taken
                and self.tokens[i].capitalised
                and self.tokens[i].folded not in _STOP
                and not self.is_place(i)
            ):
                self.claim(i, self.extend(i))
        for match in _RELATION_CUE.finditer(self.text):
            i = self.token_after(match.end())
            if i is None or i in self.taken:
                continue
            token = self.tokens[i]
            listed = _tier(token) is not None
            if (
                token.capitalised
                and not token.shouted
                and token.folded not in _STOP
                and (listed or not self.is_place(i))
            ):
                self.claim(i, self.extend(i))
        for match in _WEAK_CUES.finditer(self.text):
            self.take_after_cue(match.end(), strong=False)

    def listed(self) -> None:
        for i, token in enumerate(self.tokens):
            if i in self.taken or self.is_place(i):
                continue
            tier = _tier(token)
            if tier is None:
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
            if ok and not token.shouted:
                self.claim(i, self.extend(i))

    def signature(self) -> None:
        tail = re.search(
            r"(?:^|[.!?\n]|\s[-–—]|^[-–—])\s*((?:[^\W\d_][\w'’\-]*\s*){1,3})[.!]?\s*$", self.text
        )
        if tail is None:
            return
        first = self.token_after(tail.start(1))
        if first is None:
            return
        last = first
        while last + 1 < len(self.tokens) and self.tokens[last + 1].end <= tail.end(1):
            last += 1
        words = range(first, last + 1)
        before = self.text[: self.tokens[first].start]
        closing = _CLOSING.search(before) is not None
        standalone = "\n" in before[-3:] or bool(re.search(r"[.!?]\s*$|(?:^|\s)[-–—]\s*$", before))
        if not (closing or standalone):
            return
        if all(self.surname_at(i) or (i in self.taken) for i in words) and any(
            i not in self.taken for i in words
        ):
            free = [i for i in words if i not in self.taken]
            self.claim(free[0], free[-1])


def find_names(text: str) -> Iterator[tuple[int, int]]:
    finder = _Finder(text)
    finder.cues()
    finder.listed()
    finder.signature()
    yield from finder.spans
