"""Contact lost minutes after an alarm: "she wrote me 10 min ago that they put her in a car; she
doesn't answer anymore" (Issue 11, round 22).

A relative or a friend reports a situation that goes on (the rules read it `high`: a minor, a
passport taken, a coded cry for help) and says the person stopped answering just now. Silence
right after an alarm is how a present danger reaches the hotline when the person cannot write
any more: the operator must act now. Read in any language as three parts: the person wrote or
called the writer ("mi-a scris", "m'a envoyé", "发微信"), no longer answers ("ne répond plus",
"nu mai răspunde", "не отвечает", "打不通"), and a time that is recent (minutes, "just", "vient
de", "刚才"). Silence alone, a silence of days, or the writer's own unanswered call to a boss
leaves the level as it is.
"""

from __future__ import annotations

import re

from triage.codes import Urgency
from triage.danger.kinds import What, Who
from triage.danger.raised import raised_at
from triage.folding import Folded
from triage.result import TriageResult

# The person no longer answers, or the call was cut, folded (lower case, no accents).
_SILENT = (
    *("not answering", "isn t answering", "isnt answering", "stopped answering", "stopped replying"),
    *("not replying", "isn t replying", "doesn t answer anymore", "doesnt answer anymore"),
    *("no longer answers", "not picking up", "isn t picking up", "line went dead", "phone went dead"),
    *("call dropped", "went silent"),
    *("phone is off", "phone is switched off", "repond plus", "repond toujours pas", "repond pas depuis"),
    *("telephone est ferme", "telephone est eteint", "ca a coupe", "ya no contesta", "ya no responde"),
    *("no contesta desde", "no responde desde", "se corto la llamada", "telefono apagado"),
    *("nao responde mais", "nao atende mais", "nao responde desde", "parou de responder", "caiu a ligacao"),
    *("telefone desligado", "celular desligado", "nu mai raspunde", "nu raspunde de", "telefonul e inchis"),
    *("nie odpisuje", "nie odbiera", "przestala odpisywac", "przestal odpisywac", "не отвечает"),
    *("перестала отвечать", "перестал отвечать", "телефон выключен", "связь оборвалась", "не відповідає"),
    *("перестала відповідати", "перестав відповідати", "телефон вимкнений", "hindi na sumasagot"),
    *("di na sumasagot", "hindi na nagrereply", "naputol", "没回应", "没有回应", "不回了", "打不通"),
    *("联系不上", "聯繫不上", "断了", "斷了", "关机", "關機", "ما عم ترد", "ما بترد", "لا ترد", "لا يرد"),
    *("انقطع الاتصال", "cevap vermiyor", "telefonu kapali", "jawab nahi de", "phone band", "phone nahi utha"),
)
# A recent time: minutes, or a word of just now.
_RECENT = re.compile(
    r"\d+\s?(?:min|minute|minut|мин|хвилин|分钟|分鐘|دقيق|dakika)"
    r"|\b(?:just|vient de|viens de|acaba de|acabou de|tocmai|acum|right now|только что|щойно|kanina lang"
    r"|az once|abhi|щоино)\b|刚才|刚刚|剛才|剛剛"
)
# The person wrote, called or sent something to the writer: the alarm the silence follows.
_RELAYED = (
    *("texted me", "wrote me", "wrote to me", "messaged me", "called me", "sent me", "facetimed me"),
    *("voice note", "m a ecrit", "m a envoye", "m envoyer", "m a appele", "m a texte", "me escribio"),
    *("me mando", "me llamo", "me envio", "me mandou", "me escreveu", "me ligou", "mi a scris"),
    *("m a sunat", "mi a trimis", "napisala", "napisal", "zadzwonila", "wyslala", "написала"),
    *("написал", "позвонила", "прислала", "написав", "подзвонила", "надіслала", "nagtext"),
    *("nag message", "tumawag sa akin", "发微信", "发消息", "发信息", "打给我", "打电话给我", "发语音"),
    *("發訊息", "傳訊息", "بعتتلي", "اتصلت", "كتبتلي", "yazdi", "mesaj atti", "aradi"),
    *("message kiya", "call kiya"),
)
_SILENCE = re.compile("|".join(map(re.escape, _SILENT)))


def lost_contact(folded: Folded) -> tuple[int, int] | None:
    """The folded span of a silence just after an alarm (no longer answering, with a message
    from the person and a recent time anywhere in the message), or None."""
    text = folded.text.replace("-", " ")  # "mi-a scris": the same positions
    # The alarm first, as plain substrings (a third faster than one alternation of them all): a
    # message the person wrote or called from is the rarest part (5 % of the bench's messages).
    if not any(map(text.__contains__, _RELAYED)):
        return None
    silence = _SILENCE.search(text)
    if silence is None or _RECENT.search(text) is None:
        return None
    return silence.start(), silence.end()


def raised_by_lost_contact(result: TriageResult, folded: Folded, source: str, joke: bool) -> TriageResult:
    """`result` raised from `high` to `emergency` when the person reported on stopped answering
    just now (`source` is the text `folded` came from, to quote the person's own words)."""
    if joke or result.urgency is not Urgency.high:
        return result
    return raised_at(result, lost_contact(folded), (folded, source), What.lost_contact, Who.third_party)
