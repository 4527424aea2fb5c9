"""The explanation lines of a `TriageResult` read back as structure, for "Why this triage?" in
plain words: the words that gave codes (cues) and the cause of the level. The console shows
them with the glossary's names of the codes and levels, in French or English, instead of the
lines written for developers ("'garde mon passeport' -> retention_of_documents (fr lexicon)").

Lines of a danger read are not cues: their plain words come from `TriageResult.reasons`. Lines
of context ("'ce soir' -> context: now") name no code and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from triage.codes import Exploitation, Indicator, Need
from triage.level_causes import WORDING, Cause

# "'garde mon passeport' -> retention_of_documents, immigration (fr lexicon)": the quote as
# written (it may hold quotes itself), the codes (a context the rule also gives is not one),
# then where they came from.
_CUE = re.compile(
    r"'(?P<quote>.+)' -> (?P<codes>[a-z_]+(?:, [a-z_]+)*)(?:, context: [a-z_]+)? \((?P<source>[^()]+)\)"
)
# "situation over -> standard", "language not recognised -> high (a person must read it)"
_CAUSE = re.compile(r"(?P<cause>[^'\"].*?) -> (?:emergency|high|standard|low)(?: \([^()]+\))?")
_CAUSES = {words: cause for cause, words in WORDING.items()}
_CODES = frozenset(code.value for kind in (Need, Indicator, Exploitation) for code in kind)


@dataclass(frozen=True, slots=True)
class Cue:
    """Words of the message and the codes they gave (needs, indicators, forms of exploitation)."""

    quote: str
    codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExplanationCues:
    cues: tuple[Cue, ...]
    cause: Cause | None  # None: the danger read decided, or the lexicon's own levels did


def read_explanations(lines: Iterable[str]) -> ExplanationCues:
    """The cues (one per quote, its codes merged in order of appearance) and the level's cause."""
    codes_by_quote: dict[str, list[str]] = {}
    cause = None
    for line in lines:
        cue = _CUE.fullmatch(line)
        if cue is not None:
            known = codes_by_quote.setdefault(cue["quote"], [])
            known.extend(c for c in cue["codes"].split(", ") if c in _CODES and c not in known)
            continue
        said = _CAUSE.fullmatch(line)
        if said is not None and said["cause"] in _CAUSES:
            cause = _CAUSES[said["cause"]]
    cues = tuple(Cue(quote, tuple(codes)) for quote, codes in codes_by_quote.items() if codes)
    return ExplanationCues(cues, cause)


def is_read(line: str) -> bool:
    """Whether `read_explanations` reads `line` as a cue or a cause (for the format's tests)."""
    said = _CAUSE.fullmatch(line)
    return _CUE.fullmatch(line) is not None or (said is not None and said["cause"] in _CAUSES)
