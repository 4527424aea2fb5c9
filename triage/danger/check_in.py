"""A safety check-in: "if I don't answer by 23:00, call the police" (Issue 11, round 22).

A person who expects harm and cannot say it openly sets a deadline with someone they trust:
if they do not reply by a time, the other calls the police. The message names no blow, no
lock and no threat, yet its writer (or the friend relaying it, "she said if she didn't answer
by 22h to call the police") says a danger is close enough to need the police tonight. Read in
any language as three parts close together: a condition with a negated reply ("if I don't
answer", "se não respondesse", "jeśli nie odpiszę"), a time (a clock time or a number, or
midnight) and a call to the police. A condition about someone else's act ("if he doesn't pay
me, should I call the police?") has no reply verb; a reply with no police or no time is an
ordinary arrangement ("if I don't answer, call me back at 5").
"""

from __future__ import annotations

import re

from triage.codes import Urgency
from triage.danger.kinds import What, Who
from triage.danger.raised import raised_at
from triage.folding import Folded
from triage.result import TriageResult

# A verb of replying, answering, writing back or checking in, folded (lower case, no accents).
_REPLY_VERBS = (
    *("reply", "replie", "answer", "respond", "text back", "write back", "call back", "check in"),
    *("checks in", "checked in", "hear from", "repon", "ecri", "rappel", "donne pas de nouvelles"),
    *("contest", "escrib", "doy senales", "atend", "escrev", "der noticias", "rispond", "scriv"),
    *("richiam", "raspund", "dau semn", "odpisz", "odpowi", "odezw", "odbior", "sumagot", "sasagot"),
    *("nagreply", "mag reply", "отвеч", "ответ", "відпов", "перезвон", "передзвон", "на связь"),
    *("на зв", "напиш", "mand", "ligar", "llamo", "scriu", "sun", "zadzwoni", "text you"),
    *("回", "接", "联系", "聯繫", "ارد", "أرد", "رديت", "ترد", "يرد"),
    # round 22, after holdout22: a sign sent at an interval ("a dot every hour"), Haitian
    # "ekri", Vietnamese "tra loi", Arabic "I send you" and "I call"
    *("send you", "send u ", "envoi", "envoy", "ekri", "tra loi", "nhan tin", "ارسل لك", "أرسل لك"),
    *("اتصل بك", "أتصل بك", "ابعث", "أبعث"),
)
# Before the verb, in a few words: a condition, then a negation ("if I don't", "si je ne",
# "se ela não", "jeśli nie", "如果我十点还没"). The subject is free: the writer or a friend who set
# the deadline and has not answered.
_CONDITION_NEGATED = re.compile(
    r"(?:\bunless\b[\w' ]{0,24}"
    r"|\b(?:if|unless|si|s|se|caso|daca|jesli|jezeli|gdyby|kapag|pag|kung|neu|если|якщо)\b[\w' ]{0,24}"
    r"\b(?:not|don ?t|doesn ?t|didn ?t|haven ?t|hasn ?t|can ?t|cannot|never|no|ne|n|nao|non|nu|nie|hindi|pa"
    r"|khong|chua|не)"
    r"\b[\w' ]{0,16}"
    r"|(?:如果|要是)[^。！？.!?]{0,12}(?:没|不|沒)[^。！？.!?]{0,2}"
    r"|(?:اذا|إذا|لو)[^.!?؟]{0,20}(?:ما|لم)\s?)$"
)
# Turkish says the condition in the verb: "cevap vermezsem" (if I do not answer).
_TURKISH = re.compile(
    r"\bcevap (?:vermezsem|vermezse|vermezsek)|\b(?:yazmazsam|aramazsam|donmezsem|yazmazsa|donmezse)\b"
)
# Hindi puts the negation after the verb: "agar main 10 baje tak reply nahi karti" (if I do not reply
# by 10), "अगर मैं जवाब न दूं".
_VERB_THEN_NEGATION = re.compile(
    r"\bagar\b[\w ]{0,30}\b(?:reply|jawab|javab|call|message|msg|phone)\b(?: \w+)?? (?:nahi|nahin|na)\b"
    r"|अगर[^।?]{0,30}(?:जवाब|रिप्लाई|कॉल|फोन|फ़ोन|मैसेज)[^।?]{0,8}(?:नहीं|ना|न)"
)
_VERB = re.compile("|".join(map(re.escape, _REPLY_VERBS)))
# How far before its verb a condition and its negation may start, in characters.
_LOOK_BACK = 60
# The police or an emergency number, folded.
_POLICE = (
    r"(?:\bpolic|\b(?:la)?polis|\bpulis|\bpolit|\bcanh sat|पुलिस|\bпол[иі]ц|警察|报警|報警|شرط"
    r"|\b911\b|\b112\b|\b999\b|\b190\b|\b110\b)"
)
# Plain pieces of those words: a message with none of them is turned away by fast substring scans.
_POLICE_PIECES = (
    "poli",
    "pulis",
    "canh sat",
    "पुलिस",
    "полиц",
    "поліц",
    "警察",
    "报警",
    "報警",
    "شرط",
    "911",
    "112",
    "999",
    "190",
    "110",
)
# A time: a clock time, a number (an hour, minutes), midnight, tonight.
_TIME = (
    r"(?:\d|midnight|minuit|medianoche|meia noite|mezzanotte|miezul noptii|polnoc|полноч|північ|"
    r"hatinggabi|tonight|ce soir|esta noche|hoje a noite|stasera|diseara|dzis wieczorem|bu gece|"
    r"сегодня вечером|сьогодні ввечері|点|點|منتصف الليل|minwi|"
    # an hour, or a sign at an interval ("every hour", "chak èdtan", "كل ساعة"): round 22
    r"hour|heure|hora|\bora\b|edtan|ساع|час|годин|小时|小時|\bgio\b|ghant|घंट)"
)
# How far apart (in characters) the reply, the time and the police may be: one or two sentences.
REACH = 160

_POLICE_WORD = re.compile(_POLICE + r"\w*")
# A question about the police ("...by Friday, can I go to the police?"): no deadline set.
_ASKED = re.compile(r"[^.!\n。！]*?[?？؟]")
_TIME_WORD = re.compile(_TIME)


def check_in(folded: Folded) -> tuple[int, int] | None:
    """The folded span of a safety check-in (a negated reply under a condition, with a time and
    the police close by), or None."""
    text = folded.text
    if not any(piece in text for piece in _POLICE_PIECES):  # most messages name no police
        return None
    for reply in _replies(text):
        start = max(0, reply[0] - REACH)
        end = min(len(text), reply[1] + REACH)
        police = _POLICE_WORD.search(text, start, end)
        if police is None or _ASKED.match(text, police.end()) is not None:
            continue
        half = REACH // 2
        if _TIME_WORD.search(text, max(0, reply[0] - half), min(len(text), reply[1] + half)) is None:
            continue
        return min(reply[0], police.start()), max(reply[1], police.end())
    return None


def raised_by_check_in(result: TriageResult, folded: Folded, source: str, joke: bool) -> TriageResult:
    """`result` raised to `emergency` when its message sets or reports a safety check-in
    (`source` is the text `folded` came from, to quote the person's own words)."""
    if joke or result.urgency is Urgency.emergency:
        return result
    return raised_at(result, check_in(folded), (folded, source), What.check_in, Who.writer)


def _replies(text: str) -> list[tuple[int, int]]:
    """The spans of negated replies under a condition: from the condition to the verb's end."""
    spans = [(m.start(), m.end()) for m in _TURKISH.finditer(text)]
    spans += [(m.start(), m.end()) for m in _VERB_THEN_NEGATION.finditer(text)]
    for verb in _VERB.finditer(text):
        window = max(0, verb.start() - _LOOK_BACK)
        condition = _CONDITION_NEGATED.search(text[window : verb.start()])
        if condition is not None:
            spans.append((window + condition.start(), verb.end()))
    return spans
