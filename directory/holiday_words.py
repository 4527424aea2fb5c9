"""Words that say a service is closed on public holidays, in the languages partners write: English,
French, Spanish, Portuguese and Haitian Creole ("Closed on statutory holidays", "Fermé les jours
fériés", "Cerrado los días festivos", "Fechado aos feriados", "Encerrado em dias feriados", "Fèmen
jou ferye"; a closure's list ending with them: "Closed Sundays and holidays", "cerrado domingos y
festivos", "fechado aos domingos e feriados", "fèmen dimanch ak jou ferye"; what an opening leaves
out: "except holidays", "sauf fériés", "excepto feriados", "exceto feriados", "sof jou konje"; the
holidays and closed: "Domingos y festivos: cerrado"). Which days are holidays is
directory.public_holidays's; holidays named by their date ("Navidad", "Natal", "Nwèl") are
directory.named_holidays's.

Words denied ("Not closed on statutory holidays", "No cerramos los festivos", "Não fechamos nos
feriados", "Nou pa fèmen jou ferye") and words that say open on holidays ("open on holidays",
"ouvert les jours fériés", "abierto los festivos", "aberto aos feriados", "louvri jou ferye",
"incluso festivos", "inclusive feriados") close nothing; "not open on holidays" ("No abrimos los
festivos", "Nou pa louvri jou ferye") closes. Holiday hours that may vary ("Holiday hours may
vary", "Horario de festivos puede variar", "O horário dos feriados pode variar") are not known open,
so read closed. Pure.
"""

from __future__ import annotations

import re
import unicodedata

# Words denied ("Not closed on statutory holidays", "no cerramos", "não fechamos", "pa fèmen").
_DENIED = r"(?<!not )(?<!never )(?<!pas )(?<!jamais )(?<!no )(?<!nunca )(?<!nao )(?<!pa )(?<!janm )(?<!jame )"
# A holiday in Spanish, Portuguese or Haitian Creole (folded: `dias festivos`, `jou ferye`).
_HOLIDAYS = r"(?:festivos?|feriados?|ferye|konje)"
_ARTICLES = r"(?:(?:los|las|el|en|todos|os|as|o|a|aos|nos|nas|no|em|dias?|jou|nan|tout|durante|pandan)\s+)*"
_CLOSED = (
    r"(?:cerrad[oa]s?|cerramos|cierran?|cierre|fechad[oa]s?|fechamos|fecham?(?=\s+(?:aos|nos|em|os|as)\b)"
    r"|encerrad[oa]s?|encerramos|encerram?(?=\s+(?:aos|nos|em|os|as)\b)|femen)"
)
_EXCEPT = r"(?:excepto|salvo|menos|a excepcion de|exceto|com excecao de|sof|eksepte)"
_OPEN = r"(?:abiert[oa]s?|abrimos|abren?|abert[oa]s?|abrem|louvri|ouvri|ouve)"
# Words that narrow a closure said after the holidays ("Festivos: cerrado a partir de las 14 h").
_NARROWED = (
    r"\s*[,:]?\s*(?:\d|(?:at|from|until|till|before|after|a partir|a las|as|desde|hasta|ate|antes|depois"
    r"|despues|apos|por la|pela|pelo|a|jiska|depi|apre|avan|de)\b)"
)
_CLOSED_ON_HOLIDAYS = re.compile(
    # "Closed on statutory holidays", "except holidays", "Fermé les jours fériés", "sauf fériés",
    rf"\b{_DENIED}(?:closed|except|excluding|no service)\b[^.;!?]*\b(?:holidays?|stat(?:utory)?s?)\b"
    r"|\bholidays? excluded\b|\b(?:not|never) open\b[^.;!?]*\bholidays?\b"
    rf"|\b{_DENIED}(?:ferme?e?s?|sauf|excepte|hormis|exclu)\b[^.;!?]*\bferies?\b"
    r"|\bferies? exclus\b"
    # "Cerrado los días festivos", "Fechado aos domingos e feriados", "Fèmen jou ferye"
    rf"|\b{_DENIED}{_CLOSED}\b[^.;!?]*\b{_HOLIDAYS}\b"
    rf"|\b{_DENIED}{_EXCEPT}\s+{_ARTICLES}{_HOLIDAYS}\b"
    rf"|\b(?:no|nunca|nao|pa|janm|jame)\s+(?:{_OPEN}|abre)\b[^.;!?]*\b{_HOLIDAYS}\b"
    # the holidays and closed: "Sundays and holidays: closed", "Domingos y festivos: cerrado"
    rf"|\b(?:holidays|ferie?s|{_HOLIDAYS})\s*[:\-–]?\s*{_DENIED}(?:closed|fermee?s?|{_CLOSED})\b(?!{_NARROWED})"
    # "Holiday hours may vary, please call ahead": not known open on a holiday, so read closed (a
    # hotline must not send a caller to a closed door), as "Horaire des fériés variable"
    r"|\bholiday hours?\b[^.;!?]*\b(?:vary|varies|may change|differ|may differ)\b"
    r"|\b(?:call|phone|check) (?:ahead|first|before)[^.;!?]*\bholidays?\b"
    r"|\bhoraires?\b[^.;!?]*\bferies?\b[^.;!?]*\bvari"
    r"|\bhoraires? variables? (?:les |durant les |pendant les )?(?:jours )?feries?\b"
    rf"|\b(?:horarios?|ore)\b[^.;!?]*\b{_HOLIDAYS}\b[^.;!?]*\bvari"
)
_OPEN_ON_HOLIDAYS = re.compile(
    rf"\b{_DENIED}open (?:on |during |all |public |statutory |stat |the )*holidays?\b"
    r"|\b(?:including|even on) (?:\w+ )?holidays?\b"
    r"|\bouverte?s? (?:les |durant les |pendant les |lors des )?(?:jours )?feries?\b"
    r"|\b(?:y compris|meme) (?:les )?(?:jours )?feries?\b"
    rf"|\b{_DENIED}{_OPEN}\s+{_ARTICLES}{_HOLIDAYS}\b"
    rf"|\b(?:incluso|incluidos|incluyendo|inclusive|incluindo|incluidos|mesmo|menm)\s+{_ARTICLES}{_HOLIDAYS}\b"
    rf"|\b{_HOLIDAYS}\s+(?:incluidos|inclusive|tou|tou louvri)\b"
    rf"|\b(?:holidays|feries|{_HOLIDAYS})\s*[:\-–]?\s*{_DENIED}(?:open|ouverte?s?|{_OPEN})\b(?!\s+house)"
)


def says_closed_on_holidays(*texts: object) -> bool:
    """A schedule's `description` or `notes` says it is closed on public holidays."""
    words = " ".join(str(text) for text in texts if text)
    if not words:
        return False
    folded = "".join(
        char for char in unicodedata.normalize("NFKD", words.casefold()) if not unicodedata.combining(char)
    )
    return bool(_CLOSED_ON_HOLIDAYS.search(folded)) and not _OPEN_ON_HOLIDAYS.search(folded)
