"""The pieces a lexicon term is compiled to: words, word starts (`prefix*`) and gaps (`~`),
shared by every lexicon and danger cue file (one object for each piece met, its text
interned: tens of thousands of terms share them)."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from triage.folding import WORD, fold_plain
from triage.lexicon import LexiconError

PREFIX_MIN_LENGTH = 3
_K = TypeVar("_K")
_V = TypeVar("_V")


class Kind(Enum):
    word = 1
    prefix = 2
    gap = 3


# The kinds as names of this module, for the matching loops: in Python 3.11 a member read off its
# Enum class (`Kind.prefix`) goes through the slow hook EnumType.__getattr__ puts on every
# attribute of the class (about a thousand machine instructions), and the matchers compare a
# piece's kind some hundred times a message.
KIND_WORD, KIND_PREFIX, KIND_GAP = Kind.word, Kind.prefix, Kind.gap


@dataclass(frozen=True, slots=True)
class Piece:
    kind: Kind
    text: str = ""


# One object for each piece met in any language's terms: tens of thousands of terms share them.
# Filed by kind, then text (a tuple key for each of tens of thousands of pieces cost 2 MB).
_PIECES: dict[Kind, dict[str, Piece]] = {kind: {} for kind in Kind}


def _piece(kind: Kind, text: str = "") -> Piece:
    of_kind = _PIECES[kind]
    found = of_kind.get(text)
    if found is None:
        found = of_kind[text] = Piece(kind, sys.intern(text))
    return found


def compile_term(term: str, where: str) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    for chunk in fold_plain(term).split():
        if chunk == "~":
            if pieces and pieces[-1].kind is not Kind.gap:
                pieces.append(_piece(Kind.gap))
            continue
        is_prefix = chunk.endswith("*")
        found = WORD.findall(chunk)
        for index, word in enumerate(found):
            last = index == len(found) - 1
            if last and is_prefix:
                if len(word) < PREFIX_MIN_LENGTH:
                    raise LexiconError(
                        f"{where}: prefix {chunk!r} is shorter than {PREFIX_MIN_LENGTH} letters"
                    )
                pieces.append(_piece(Kind.prefix, word))
            else:
                pieces.append(_piece(Kind.word, word))
    while pieces and pieces[-1].kind is Kind.gap:
        pieces.pop()
    if not pieces:
        raise LexiconError(f"{where}: term {term!r} has no word")
    return tuple(pieces)


def frozen_index(index: Mapping[_K, list[_V]]) -> dict[_K, tuple[_V, ...]]:
    """An index of terms filed by `append`, to be only read from now on: the same keys in the
    same order, each list a tuple. A list filed by `append` keeps room for four entries; a
    tuple of one takes about half its memory, and the lexicons and danger cues keep tens of
    thousands of them."""
    return {key: tuple(values) for key, values in index.items()}
