"""A relative named after "of": the writer is the relative OF the person ("c'est la mère de
Maëlie", "I'm the mother of Anna", "soy la madre de Rocío", "a mãe da Ana"; Issue 11, round 22,
after holdout22). Kin only: "le patron de Walmart" names a business."""

from __future__ import annotations

from typing import TYPE_CHECKING

from triage.folding import fold_word

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

# "of" in the languages above (not every lexicon's `of_words`: "pe mama la Bacău" is "to mom in")
_OF = frozenset({"de", "du", "des", "of", "del", "da", "do"})
_KIN_OF = frozenset(
    fold_word(word)
    for word in (
        *("mère", "maman", "père", "papa", "frère", "sœur", "soeur", "fille", "fils", "tante", "oncle"),
        *("cousin", "cousine", "nièce", "neveu", "mother", "mom", "mum", "father", "dad", "brother"),
        *("sister", "daughter", "son", "aunt", "uncle", "niece", "nephew", "madre", "padre", "mamá"),
        *("hermano", "hermana", "hija", "hijo", "tía", "tío", "prima", "primo", "sobrina", "sobrino"),
        *("mãe", "pai", "irmão", "irmã", "filha", "filho", "tia", "tio"),
    )
)


def after_kin_of(finder: NameFinder, i: int, j: int | None) -> int | None:
    """After kin word i and "of" at j, the capitalised word that follows (the relative's name);
    else j unchanged."""
    if j is None or finder.tokens[i].folded not in _KIN_OF or finder.tokens[j].folded not in _OF:
        return j
    k = finder.next_after(j)
    return k if k is not None and finder.tokens[k].capitalised else j
