"""Danger concept files (`triage/lexicons/concepts/<lang>.toml`): read and checked once.

A concept file lists, for one language, short word stems for a dozen concepts of danger
("hurt", "locked", "taken"...) and the words around them (now, a plea, the past, a
negation). Stems are lexicon terms (`lock*` is a word start, `shut in` two words); in the
languages matched as substrings (Chinese, Arabic...) a term matches anywhere. The optional
`[latin]` table holds the language written in Latin letters (romanised Hindi, Arabizi),
always read as words. See `triage.danger.concepts` for how they are composed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from triage.folding import fold_plain
from triage.lexicon import LEXICON_DIR, LexiconError, MatchMode, load_lexicons
from triage.term_pieces import compile_term

CONCEPT_DIR: Path = LEXICON_DIR / "concepts"


class Concept(StrEnum):
    """What a stem names."""

    hurt = "hurt"  # hit, beaten, bleeding, a broken bone
    locked = "locked"  # locked in, shut in, trapped, can't get out
    taken = "taken"  # a van, a truck, moved, taken somewhere else
    hunted = "hunted"  # looked for, followed, waited for, found
    kill = "kill"  # kill, die, a weapon
    self_harm = "self"  # pills, overdose, a rope, ending it
    farewell = "farewell"  # goodbye forever, forgive me, sorry mum: a last message
    # Worn out ("can't take it anymore", "plus la force", "pagod na ko"): no danger alone, but with a
    # means of self-harm ("the rope is ready", "I'll drink the pesticide") a plan (round 14).
    despair = "despair"
    child = "child"  # a girl, a boy, a kid
    sold = "sold"  # sold, a buyer, clients, a camera
    hiding = "hiding"  # hiding, a secret or borrowed phone, whispering, can't talk
    fled = "fled"  # ran away, escaped, got out
    no_care = "no_care"  # no doctor, not allowed to the hospital
    no_food = "no_food"  # hungry, starving, nothing to eat
    no_phone = "no_phone"  # the phone taken, no phone
    # Things whose absence is a danger: with a negation just before, or a seizing word in
    # their sentence (phone), they become no_care, no_food, no_phone.
    care = "care"
    food = "food"
    phone = "phone"
    seize = "seize"  # took, grabbed, confiscated (a phone)
    now = "now"  # tonight, today, minutes ago, still, right now
    currently = "currently"  # a bare "now" ("now", "ahora", "сейчас"): also "these days"
    # The coming hours ("tonight", "ce soir", "الليلة", "明天早上"): a harm set for them is no habit
    # and no story, with a child a danger within hours (`triage.danger.coming_hours`, round 23).
    soon = "soon"
    # Somewhere safe for the coming hours ("he's home tonight", "elle est chez nous ce soir"): a word
    # of the coming hours in its sentence sets no harm for them (round 23).
    sheltered = "sheltered"
    plea = "plea"  # help, please, come, save: a cry that asks for someone now
    past = "past"  # years ago, last year, used to
    # A rate or a habit ("١٦ ساعة في اليوم", sixteen hours a day): a word of now inside one
    # ("اليوم", today) is none (Issue 11, round 14).
    habit = "habit"
    negation = "negation"  # not, never, no
    # A negation after the word, in languages that put it there ("maara nahi", "kutpit bhayeko
    # chaina"): denies the word just before it.
    negation_after = "negation_after"
    # Said to be safe or out of danger now ("she is safe tonight", "pa an danje kounye a"): the
    # message's words of now place no danger now.
    safe = "safe"


# The concepts a file lists (every key of its table must be one of them).
_KEYS = frozenset(c.value for c in Concept)
# In languages matched as substrings, a term is at least this long once folded.
MIN_SUBSTRING = 2


@dataclass(frozen=True, slots=True)
class ConceptFile:
    code: str
    substring: bool
    words: tuple[tuple[Concept, tuple[str, ...]], ...]  # matched as the language is
    latin: tuple[tuple[Concept, tuple[str, ...]], ...]  # always matched as words


def _ideograph(term: str) -> bool:
    """One Chinese or Japanese character ("锁" lock, "逃" flee) is a word of its own."""
    return len(term) == 1 and term >= "\u2e80"


def _table(raw: Any, where: str, substring: bool) -> tuple[tuple[Concept, tuple[str, ...]], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: must be a table of lists")
    unknown = set(raw) - _KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown concept(s) {sorted(unknown)}")
    table: list[tuple[Concept, tuple[str, ...]]] = []
    for key, values in raw.items():
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise LexiconError(f"{where}: `{key}` must be a list of strings")
        terms = []
        for value in values:
            term = fold_plain(value)
            if substring:
                short = len(term.strip()) < MIN_SUBSTRING and not _ideograph(term.strip())
                if short and key != Concept.negation:
                    raise LexiconError(f"{where}: `{key}` term {value!r} is shorter than two letters")
            else:
                compile_term(term, where)  # a bad `*` is reported now, naming the file
            terms.append(term)
        table.append((Concept(key), tuple(dict.fromkeys(terms))))
    return tuple(table)


def parse(path: Path) -> ConceptFile:
    """Read and check one concept file."""
    lexicon = load_lexicons().get(path.stem)
    substring = lexicon is not None and lexicon.match is MatchMode.substring
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"concepts/{path.name}: not valid TOML: {error}") from None
    unknown = set(data) - {"code", "words", "latin"}
    if unknown:
        raise LexiconError(f"concepts/{path.name}: unknown key(s) {sorted(unknown)}")
    if data.get("code") != path.stem:
        raise LexiconError(f"concepts/{path.name}: code must be {path.stem!r}")
    where = f"concepts/{path.name}"
    return ConceptFile(
        path.stem,
        substring,
        _table(data.get("words"), f"{where} [words]", substring),
        _table(data.get("latin"), f"{where} [latin]", False),
    )


@lru_cache(maxsize=1)
def load_concepts() -> dict[str, ConceptFile]:
    """Every concept file shipped in `triage/lexicons/concepts/`, read once per process."""
    return {f.code: f for f in (parse(path) for path in sorted(CONCEPT_DIR.glob("*.toml")))}
