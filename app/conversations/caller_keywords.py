"""Words a caller can send on their own to act on their data: delete, stop, start again.

A keyword is the whole message, folded like every word triage reads (case, accents,
stretched letters and surrounding punctuation ignored), so a sentence that merely
contains "stop" stays an ordinary message.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from triage.folding import fold_keyword


class KeywordAction(StrEnum):
    delete = "delete"
    stop = "stop"
    start = "start"


@dataclass(frozen=True, slots=True)
class Keyword:
    action: KeywordAction
    language: str | None


# word -> (action, language of the word); None when the word is shared between languages.
KEYWORDS: dict[str, Keyword] = {
    "effacer": Keyword(KeywordAction.delete, "fr"),
    "supprimer": Keyword(KeywordAction.delete, "fr"),
    "delete": Keyword(KeywordAction.delete, "en"),
    "erase": Keyword(KeywordAction.delete, "en"),
    "borrar": Keyword(KeywordAction.delete, "es"),
    "eliminar": Keyword(KeywordAction.delete, "es"),
    # STOP words: Twilio's own (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT) and ours.
    "stop": Keyword(KeywordAction.stop, None),
    "stopall": Keyword(KeywordAction.stop, None),
    "unsubscribe": Keyword(KeywordAction.stop, "en"),
    "cancel": Keyword(KeywordAction.stop, "en"),
    "end": Keyword(KeywordAction.stop, "en"),
    "quit": Keyword(KeywordAction.stop, "en"),
    "arret": Keyword(KeywordAction.stop, "fr"),
    "arreter": Keyword(KeywordAction.stop, "fr"),
    "alto": Keyword(KeywordAction.stop, "es"),
    "parar": Keyword(KeywordAction.stop, "es"),
    "start": Keyword(KeywordAction.start, None),
    "unstop": Keyword(KeywordAction.start, None),
    "reprendre": Keyword(KeywordAction.start, "fr"),
    "reanudar": Keyword(KeywordAction.start, "es"),
}


def match(text: str) -> Keyword | None:
    if len(text) > 40:
        return None
    return KEYWORDS.get(fold_keyword(text))
