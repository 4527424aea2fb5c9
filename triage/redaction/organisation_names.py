"""Words the name finder takes that belong to an organisation (issue 11, round 22): a bank
named with "bank" in one word ("Vietcombank", "Agribank", "Firstbank"), and a person's name
inside the name of a school, a hospital or a university named after them ("Escola Básica D.
Pedro V", "Hôpital Jean-Talon"), capitalised words (or abbreviations such as "D.", "St.")
all the way back to the capitalised head."""

from __future__ import annotations

from triage.folding import fold_word

_HEADS = frozenset(
    fold_word(word)
    for line in (
        "escola école escuela colegio colégio collège college liceo liceu lycée liceul școala school",
        "hospital hôpital spitalul universidade universidad université university universitatea",
        "instituto institut institute academia académie academy",
    )
    for word in line.split(" ")
)
_SPACES = " \u00a0"


def names_an_organisation(text: str, start: int, end: int) -> bool:
    """The span `text[start:end]` is a bank or is in the name of a school or a hospital. Read
    back word by word with string methods: most names come after a word in lower case."""
    if end - start > 5 and text[end - 4 : end].lower() == "bank":
        return True
    cursor = start
    for _ in range(4):
        word_end = cursor
        while word_end > 0 and text[word_end - 1] in _SPACES:
            word_end -= 1
        if word_end == cursor or word_end == 0:
            return False
        word_start = max(text.rfind(" ", 0, word_end), text.rfind("\u00a0", 0, word_end)) + 1
        word = text[word_start:word_end]
        if not word[:1].isupper() or not word.rstrip(".").replace("-", "").isalpha():
            return False
        if fold_word(word) in _HEADS:
            return True
        cursor = word_start
    return False
