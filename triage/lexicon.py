"""Lexicon files (`triage/lexicons/<lang>.toml`): read, checked, and turned into rules.

The format is documented for hotline staff in `triage/lexicons/README.md`. Files are read
once per process; a broken file is an error naming the file and the rule, never a silent
skip, because a missing word can hide an emergency.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from triage.codes import Exploitation, Indicator, Need, Urgency
from triage.folding import fold_plain

_Code = TypeVar("_Code", bound=StrEnum)

LEXICON_DIR: Path = Path(__file__).resolve().parent / "lexicons"


class Context(StrEnum):
    none = ""
    now = "now"
    past = "past"
    information = "information"


class MatchMode(StrEnum):
    words = "words"
    substring = "substring"


# The levels that make a rule a sign on its own (a set: an Enum member read off its class, as
# `Urgency.high`, costs a slow hook in Python 3.11, and every rule that fires is asked).
_RAISED = frozenset({Urgency.emergency, Urgency.high})


class LexiconError(ValueError):
    """A lexicon file that cannot be used, with the file and the rule that is wrong."""


@dataclass(frozen=True, slots=True)
class Rule:
    terms: tuple[str, ...]
    urgency: Urgency | None
    needs: tuple[Need, ...]
    indicators: tuple[Indicator, ...]
    exploitation: tuple[Exploitation, ...]
    context: Context
    hint: bool
    why: str

    @property
    def is_sign(self) -> bool:
        """A sign of exploitation or danger on its own (hint rules never are)."""
        if self.hint:
            return False
        return self.urgency in _RAISED or bool(self.indicators) or bool(self.exploitation)


@dataclass(frozen=True, slots=True)
class Lexicon:
    code: str
    name: str
    match: MatchMode
    markers: frozenset[str]
    letters: frozenset[str]
    age_words: tuple[str, ...]
    age_before: tuple[str, ...]
    duration_before: tuple[str, ...]
    duration_after: tuple[str, ...]
    rules: tuple[Rule, ...]
    light: bool = False  # the main signs only (`light = true`): its own letters are no foreign sign


_RULE_KEYS = {"terms", "urgency", "needs", "indicators", "exploitation", "context", "hint", "why"}
_LANGUAGE_KEYS = {
    "code",
    "name",
    "match",
    "markers",
    "letters",
    "age_words",
    "age_before",
    "duration_before",
    "duration_after",
    "light",
}


def _codes(kind: type[_Code], values: Any, where: str, key: str) -> tuple[_Code, ...]:
    if values is None:
        return ()
    if not isinstance(values, list):
        raise LexiconError(f"{where}: `{key}` must be a list")
    result: list[_Code] = []
    for value in values:
        try:
            result.append(kind(value))
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise LexiconError(f"{where}: unknown {key} code {value!r} (allowed: {allowed})") from None
    return tuple(result)


def _strings(values: Any, where: str, key: str) -> tuple[str, ...]:
    if values is None:
        return ()
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise LexiconError(f"{where}: `{key}` must be a list of strings")
    return tuple(values)


def _rule(raw: Any, where: str) -> Rule:
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: a rule must be a table")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {sorted(unknown)}")
    terms = _strings(raw.get("terms"), where, "terms")
    if not terms:
        raise LexiconError(f"{where}: `terms` is missing or empty")
    for term in terms:
        if not fold_plain(term).strip(" ~*"):
            raise LexiconError(f"{where}: empty term {term!r}")
    urgency_raw = raw.get("urgency")
    try:
        urgency = Urgency(urgency_raw) if urgency_raw else None
        context = Context(raw.get("context", ""))
    except ValueError as error:
        raise LexiconError(f"{where}: {error}") from None
    hint = raw.get("hint", False)
    if not isinstance(hint, bool):
        raise LexiconError(f"{where}: `hint` must be true or false")
    return Rule(
        terms=terms,
        urgency=urgency,
        needs=_codes(Need, raw.get("needs"), where, "needs"),
        indicators=_codes(Indicator, raw.get("indicators"), where, "indicators"),
        exploitation=_codes(Exploitation, raw.get("exploitation"), where, "exploitation"),
        context=context,
        hint=hint,
        why=str(raw.get("why", "")),
    )


def parse(path: Path) -> Lexicon:
    """Read and check one lexicon file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{path.name}: not valid TOML: {error}") from None
    language = data.get("language")
    if not isinstance(language, dict):
        raise LexiconError(f"{path.name}: the [language] table is missing")
    unknown = set(language) - _LANGUAGE_KEYS
    if unknown:
        raise LexiconError(f"{path.name}: [language] has unknown key(s) {sorted(unknown)}")
    code = language.get("code")
    if code != path.stem:
        raise LexiconError(f"{path.name}: [language] code must be {path.stem!r}, not {code!r}")
    try:
        match = MatchMode(language.get("match", "words"))
    except ValueError:
        raise LexiconError(f'{path.name}: `match` must be "words" or "substring"') from None
    where = f"{path.name} [language]"
    rules_raw = data.get("rule", [])
    if not isinstance(rules_raw, list) or not rules_raw:
        raise LexiconError(f"{path.name}: no [[rule]]")
    rules = tuple(
        _rule(raw, f"{path.name} rule {index} ({_first_term(raw)})")
        for index, raw in enumerate(rules_raw, start=1)
    )
    return Lexicon(
        code=code,
        name=str(language.get("name", code)),
        match=match,
        markers=frozenset(fold_plain(m).strip() for m in _strings(language.get("markers"), where, "markers")),
        letters=frozenset(str(language.get("letters", "")).casefold()),
        age_words=_folded(language.get("age_words"), where, "age_words"),
        age_before=_folded(language.get("age_before"), where, "age_before"),
        duration_before=_folded(language.get("duration_before"), where, "duration_before"),
        duration_after=_folded(language.get("duration_after"), where, "duration_after"),
        rules=rules,
        light=language.get("light", False) is True,
    )


def _folded(values: Any, where: str, key: str) -> tuple[str, ...]:
    return tuple(folded for folded in (fold_plain(v).strip() for v in _strings(values, where, key)) if folded)


def _first_term(raw: Any) -> str:
    terms = raw.get("terms") if isinstance(raw, dict) else None
    return repr(terms[0]) if isinstance(terms, list) and terms else "no terms"


def parse_all(paths: Iterable[Path]) -> dict[str, Lexicon]:
    return {lexicon.code: lexicon for lexicon in (parse(path) for path in sorted(paths))}


@lru_cache(maxsize=1)
def load_lexicons() -> dict[str, Lexicon]:
    """Every lexicon shipped in `triage/lexicons/`, read once per process."""
    return parse_all(LEXICON_DIR.glob("*.toml"))
