"""What the words around a danger word say of it: the checks that change or drop a finding.

- care refused, put together from a negation and a word of care in a message naming harm;
- a lock the person closed to hide ("I locked myself in the bathroom") is no confinement;
- a farewell letter's recipient that only owns something ("a letter to my son's teacher");
- a threat that waits on a condition ("if I complain he sends me back", "si me quejo me
  manda de regreso", "якщо поскаржиться") is an intimidation that goes on, not a danger now
  (a threat to life stays one: it is another kind);
- a word of holding next to money or papers ("удерживает из зарплаты", "护照锁在保险柜里")
  holds those, not the person;
- "find me" with a thing after it ("me trouver une job", "find me a job") is a favour, not
  a pursuit; so is following a file or a case ("m ap swiv dosye", twenty-first round).
(Issue 11, sixth round, for the last three.)
- a lock inside a longer word of the past ("foi preso", "en prison") is the abuser's arrest
  (Issue 11, seventh round).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from triage.danger.evidence import Evidence
from triage.danger.finder import Found
from triage.danger.held_back import beating_held_back
from triage.danger.kinds import What
from triage.danger.negation import CLAUSE_END
from triage.folding import WORD, fold_plain

# Words at most between a negation and the word of care ("won't take me to the hospital").
CARE_REACH = 4
# Words at most between a word of care and a negation or a condition after it ("лікаря не
# пускає", "hastaneye gidersem").
AFTER_CARE = 1
# Words at most between a word of holding and the money or papers it holds.
THING_REACH = 3
# An indefinite article right after "find me": a thing is found for the person; so is a job or
# a room, with or without its article ("l'agence qui m'a trouvé l'emploi", "found me work";
# Issue 11, eighth round).
_THING_AFTER = re.compile(
    r"\s+(?:(?:a|an|un|une|una|unos|unas|um|uma|uns|umas)\b|(?:(?:l|le|la|les|the|this|that|ce|cette"
    r"|el|los|las|o|os|as|du|de|des|my|mon|ma|mi|meu|minha|este|esta|esse|essa)\s+)?(?:jobs?|work"
    r"|emploi|travail|trabajo|empleo|trabalho|emprego|chambre|logement|appartement|apartment|room"
    r"|housing|cuarto|vivienda|quarto|moradia)\b)"
)
# A file or a case (folded), after at most a word of its own ("the", "her", "yon"): what a
# lawyer, a worker or a caller follows (Issue 11, twenty-first round).
_CASE_AFTER = re.compile(
    r"\s*(?:[^\s.,;!?]{1,6}\s+)?(?:(?:files?|cases?|dossiers?|dosye|dosya|casos?|expedientes?|processos?"
    r"|dosar\w*|kaso|ho so|vu an|дел[оауе]м?|справ[аиуі]\w*|ملف\w*|الملف|قضي\w*|القضي\w*|केस|फ़?फाइल"
    r"|मामल\w*)(?!\w)|案件|档案|个案|卷宗)"
)
# The verbs of finding ("found me", "me trouver", "me encontró", "mă găsească", "найдут").
_FIND = re.compile(r"find|found|trouv|encontr|hall|ach|gas|найд|найт|знайд")


def self_locked(item: Evidence, text: str, hiding: Sequence[Found[str]]) -> bool:
    """A word of hiding or of locking oneself in stands in the clause of a lock ("je me suis
    barrée dans la salle de bain", "nasa CR ako naka lock")."""
    for cue in hiding:
        between = text[min(cue.end, item.end) : max(cue.start, item.start)]
        if not CLAUSE_END.search(between):
            return True
    return False


def possessor(item: Evidence, text: str) -> bool:
    """A farewell letter's recipient that is only the possessor of another ("a letter to my
    son's teacher": folded "my son s teacher") names no farewell."""
    return item.what is What.self_harm and text.startswith(" s ", item.end)


_SENTENCE_END = re.compile(r"[.!?;\n。！？；…؟।]")


def _same_clause(text: str, a: tuple[int, int], b: tuple[int, int]) -> str | None:
    """The text between two spans if they share a clause, else None."""
    first, last = (a, b) if a[0] <= b[0] else (b, a)
    if last[0] < first[1]:
        return ""
    # Searched in place: a space ends a clause by the letter before it (Han, kana, Thai).
    return None if CLAUSE_END.search(text, first[1], last[0]) else text[first[1] : last[0]]


def pursuit_not_death(evidence: list[Evidence]) -> list[Evidence]:
    """A lexicon rule's "emergency" threat on the words of a pursuit ("找到我", "ap swiv mwen",
    find me, at the door) names that pursuit, grave, not a threat to life: read as a pursuit
    where a cue reads the same words as one, so that a condition before it places it as a pursuit
    threatened (Issue 11, round 19)."""
    pursuits = [(e.start, e.end) for e in evidence if e.what is What.pursuit and e.hit is None]
    if not pursuits:
        return evidence
    return [
        replace(e, what=What.pursuit)
        if e.hit is not None
        and e.what is What.death_threat
        and any(a < e.end and e.start < b for a, b in pursuits)
        else e
        for e in evidence
    ]


# Dangers a condition before them in their sentence turns into a threat: a pursuit ("if I leave
# he will find me"), a move ("if I don't pay he will have my son kidnapped").
_THREATENED = frozenset({What.pursuit, What.moved})


def conditional(item: Evidence, text: str, conditions: Sequence[Found[str]], said_now: bool = False) -> bool:
    """A threat that waits on the person's act: a word of condition in its clause. A pursuit or
    a move told after a condition in its sentence ("if I leave he says he will find me", "si je
    quitte il va me trouver", "si m pa peye l ap fè kidnape pitit mwen") is threatened, unless it
    says now itself or its sentence has a word of now (Issue 11, round 19)."""
    if item.what in _THREATENED and not item.now and not said_now:
        return any(
            c.end <= item.start and _SENTENCE_END.search(text, c.end, item.start) is None for c in conditions
        )
    if item.what is What.violence and not item.now:
        # "dacă nu face ce zic ei, zic că îl bat", "vai quebrar as pernas dele se não pagar": a
        # beating that waits on the person's act, close to its condition, is a threat (round 22).
        held = (c for c in conditions if beating_held_back(text, item, c))
        return any(_same_clause(text, (c.start, c.end), (item.start, item.end)) is not None for c in held)
    if item.what is not What.threat:
        return False
    return any(_same_clause(text, (c.start, c.end), (item.start, item.end)) is not None for c in conditions)


def thing_held(item: Evidence, text: str, things: Sequence[Found[str]]) -> bool:
    """A word of holding or locking right next to money or papers in its clause; a word of taking
    away whose object is papers ("pegaram meu passaporte": took my passport, not took me away)."""
    if item.what is What.moved:
        return any(t.payload == "document" and _object_of(text, item.end, t.start) for t in things)
    if item.what is not What.confinement:
        return False
    for thing in things:
        between = _same_clause(text, (thing.start, thing.end), (item.start, item.end))
        if between is not None and len(WORD.findall(between)) <= THING_REACH:
            return True
    return False


def _object_of(text: str, end: int, start: int) -> bool:
    """A thing right after `end` ("pegaram meu | passaporte"); a word between is too far: "pick
    her up at the gate" (the Vietnamese "thẻ", a card, folds to "the")."""
    return start >= end and not text[end:start].strip()


def favour(item: Evidence, text: str) -> bool:
    """ "Find me a job", "me trouver une job": a thing found for the person, no pursuit; nor is a
    word of following or watching whose object is a file or a case ("m ap swiv dosye yon
    kliyan", "tôi đang theo dõi hồ sơ": a lawyer or a worker following a case)."""
    if item.what is not What.pursuit:
        return False
    if _CASE_AFTER.match(text, item.end) is not None:
        return True
    return (
        _FIND.search(text, item.start, item.end) is not None
        and _THING_AFTER.match(text, item.end) is not None
    )


_HURT = frozenset({What.medical, What.violence})


def care_refused(text: str, evidence: Sequence[Evidence], found: Sequence[Found[str]]) -> list[Evidence]:
    """Care refused, put together: a negation just before a word of medical care ("no
    hospital", "pas d'hôpital", "никакой больницы"), or a condition ("if I go to the hospital
    he tells the police", "hastaneye gidersem", "якщо піду в лікарню": care kept away by a
    threat; Issue 11, eighth round), in a message that names a grave injury or violence."""
    care = [f for f in found if f.payload == "care"]
    hurt = any(e.what is What.violence or (e.what is What.medical and e.grave) for e in evidence)
    told_to_bear = _told_to_bear(evidence, found)
    if not care or not hurt:
        return told_to_bear
    negations = [f for f in found if f.payload in ("negation", "negation_after", "condition")]
    composed = []
    for cue in care:
        if any(_refuses(text, negation, cue) for negation in negations):
            composed.append(Evidence(cue.start, cue.end, What.care_refused, False, True, composed=True))
    return composed + told_to_bear


def _told_to_bear(evidence: Sequence[Evidence], found: Sequence[Found[str]]) -> list[Evidence]:
    """Told to bear it, or kept at sea, in a message naming an injury, an illness or violence:
    care refused ("手被机器压了，发烧，老板说忍忍就好"; Issue 11, eighth round)."""
    if not any(e.what in (What.violence, What.medical) for e in evidence):
        return []
    return [
        Evidence(f.start, f.end, What.care_refused, False, True, composed=True)
        for f in found
        if f.payload == "endure"
    ][:1]


def _refuses(text: str, negation: Found[str], cue: Found[str]) -> bool:
    """A negation or a condition a few words before the word of care in its clause, or one
    right after it: the word of care first, as the object ("лікаря не пускає", "hospital nahi
    le ja raha", "doctor nu ne lasa"), or a Turkish condition ("hastaneye gidersem")."""
    if negation.end <= cue.start:
        if negation.payload == "negation_after":
            return False
        between = text[negation.end : cue.start]
        return len(WORD.findall(between)) <= CARE_REACH and not CLAUSE_END.search(between)
    if negation.start < cue.end:
        return False
    between = text[cue.end : negation.start]
    return len(WORD.findall(between)) <= AFTER_CARE and not CLAUSE_END.search(between)


def arrested(item: Evidence, found: Sequence[Found[str]]) -> bool:
    """A lock inside a longer word of the past is the abuser's arrest or sentence ("foi preso",
    "en prison", "nan prizon"), not the writer held (Issue 11, seventh round)."""
    return item.what is What.confinement and any(
        f.payload == "past"
        and f.start <= item.start
        and item.end <= f.end
        and f.end - f.start > item.end - item.start
        for f in found
    )


# A mother, the parents or a grandmother waiting ("my mom is waiting outside the school", "Мама
# ждёт меня у школы", "Annem okulun önünde bekliyor"): no pursuer (Issue 11, eighth round).
# Fathers are left out: in the corpus a father is also the one who sells or marries off a child.
_KIN_WAITER_WORDS = (
    "mom",
    "mum",
    "mommy",
    "mother",
    "parents",
    "grandma",
    "grandmother",
    "maman",
    "mère",
    "mamá",
    "mamã",
    "madre",
    "abuela",
    "mãe",
    "mama",
    "părinții",
    "bunica",
    "мама",
    "мать",
    "родители",
    "бабушка",
    "мати",
    "батьки",
    "бабуся",
    "امي",
    "ماما",
    "اهلي",
    "جدتي",
    "ستي",
    "माँ",
    "मां",
    "maa",
    "mummy",
    "mammi",
    "ammi",
    "annem",
    "ailem",
    "anneannem",
    "babaannem",
    "مامانم",
    "مادرم",
    "امی",
    "والدہ",
    "bibi",
    "nanay",
    "manman",
    # Bengali and Nepali, in their script and in Latin letters (Issue 11, ninth round)
    "আম্মু",
    "আম্মা",
    "মা",
    "ammu",
    "amma",
    "আমা",
    "आमा",
    "aama",
    "hajuraama",
)
_KIN_WAITER = frozenset(fold_plain(word) for word in _KIN_WAITER_WORDS)
# Two words that say a mother or the parents where one alone is an everyday word ("mẹ em" folds
# to "me em"; "ibu" is also "madam"), and the same kin in scripts without spaces or with
# particles attached ("母が", "엄마가", "我妈妈在", "แม่รอ"): looked for as pieces of the clause
# (Issue 11, ninth round: "my mother waits outside the school" was an emergency in five of them).
_KIN_WAITER_PAIRS = frozenset(
    fold_plain(pair)
    for pair in (
        "mẹ em",
        "mẹ tôi",
        "mẹ cháu",
        "mẹ con",
        "bố mẹ",
        "ba mẹ",
        "má em",
        "ibu saya",
        "ibu aku",
        "mama saya",
        "mamah saya",
        "orang tua",
        "nenek saya",
    )
)
_KIN_WAITER_PIECES = tuple(
    unicodedata.normalize("NFC", fold_plain(piece))
    for piece in (
        "妈妈",
        "媽媽",
        "我妈",
        "我媽",
        "父母",
        "爸妈",
        "爸媽",
        "奶奶",
        "外婆",
        "阿妈",
        "阿媽",
        "母",
        "お母さん",
        "両親",
        "おばあちゃん",
        "엄마",
        "어머니",
        "부모님",
        "할머니",
        "แม่",
        "ยาย",
    )
)
KIN_REACH = 4  # words at most between the parent and the words of waiting
KIN_CHARS = 6  # the last characters of a word looked at, in scripts without spaces
KIN_AFTER = 3  # words at most after them: "hinihintay ako ng nanay ko" (waited for by my mother)


def kin_waiting(item: Evidence, text: str) -> bool:
    """A place near the person (a pursuit that needs a word of now) with a mother, the parents
    or a grandmother a few words before it in its clause (or just after it: "hinihintay ako ng
    nanay ko"): someone waiting, no pursuer."""
    if item.what is not What.pursuit or item.grave:
        return False
    clause = CLAUSE_END.split(text[: item.start])[-1]
    words = WORD.findall(clause)[-KIN_REACH - 1 :]
    if not _KIN_WAITER.isdisjoint(words):
        return True
    # Hangul is folded into its letters: composed again, "엄마가" holds "엄마".
    tails = [unicodedata.normalize("NFC", word)[-KIN_CHARS:] for word in words if not word.isascii()]
    if any(piece in tail for tail in tails for piece in _KIN_WAITER_PIECES):
        return True
    if not _KIN_WAITER_PAIRS.isdisjoint(f"{a} {b}" for a, b in pairwise(words)):
        return True
    after = WORD.findall(CLAUSE_END.split(text[item.end :])[0])[:KIN_AFTER]
    return not _KIN_WAITER.isdisjoint(after)


def inside_past(item: Evidence, found: Sequence[Found[str]]) -> bool:
    """The danger word is part of a longer word of the past."""
    return any(
        f.payload == "past"
        and f.start <= item.start
        and item.end <= f.end
        and f.end - f.start > item.end - item.start
        for f in found
    )


_FEARED = frozenset({What.threat, What.confinement, What.pursuit})


def feared_arrest(item: Evidence, found: Sequence[Found[str]]) -> bool:
    """The danger word lies in the writer's fear of arrest or deportation ("tenho medo de ser
    preso", "yakalanmaktan korkuyorum"): an immigration worry, no threat, lock or pursuit by
    anyone (Issue 11, round 15)."""
    return item.what in _FEARED and any(
        f.payload == "arrest_fear" and f.start < item.end and item.start < f.end for f in found
    )


def confided(item: Evidence, found: Sequence[Found[str]]) -> bool:
    """A word of secrecy that lies in a confidence made to the writer ("told me in secret", "m'a
    dit en cachette", "nói nhỏ với tôi"): how a witness learned, not someone writing in hiding
    now (Issue 11, round 18)."""
    return item.what is What.covert and any(
        f.payload == "confided" and f.start < item.end and item.start < f.end for f in found
    )


def no_ones_danger(item: Evidence, found: Sequence[Found[str]]) -> bool:
    """The danger word names no one's danger: the writer's fear of arrest, or a secret told to a
    witness."""
    return feared_arrest(item, found) or confided(item, found)
