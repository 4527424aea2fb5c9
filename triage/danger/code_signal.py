"""A distress signal agreed in advance, just received: "we agreed that if she writes 'all good'
with a blue heart it means trouble. It just came." (Issue 11, round 23).

A person who is watched cannot write "help": families and friends agree a harmless-looking
sign (a word, an emoji, a sentence about the weather) that means danger. When the relative
writes that the sign has just arrived, the message itself names no harm, yet it reports a
danger now in the person's own code. Read in any language as two parts close together: what
the sign means (danger, trouble: "it means she's in danger", "ça veut dire qu'elle est en
danger", "значить біда", "就是出事了") after an agreement or a condition ("we agreed", "if she
writes"), or a code word named ("our code word", "palabra clave"); and its arrival just now
("it just came", "elle vient de me l'envoyer", "щойно прийшло", "刚收到"). The same sign agreed
for later ("if she ever sends it, it means trouble") or asked about ("should we agree on a code
word?") has no arrival and leaves the level as it is.
"""

from __future__ import annotations

import re

from triage.codes import Urgency
from triage.danger.kinds import What, Who
from triage.danger.raised import raised_at
from triage.folding import Folded
from triage.result import TriageResult

# What the sign means: danger or trouble, folded (lower case, no accents; Cyrillic й as и).
_MEANS = re.compile(
    r"\bmeans? (?:that )?(?:(?:she|he|they|i|we)(?: s| is| are| am| m)? )?(?:is |are )?(?:in )?"
    r"(?:danger|trouble|help|sos|something is wrong)"
    r"|\b(?:veut|voulait) dire (?:qu ?(?:elle|il|ils|elles|je) (?:est|sont|suis) )?(?:en )?"
    r"(?:danger|probleme|detresse|au secours)"
    r"|\bsignifie (?:qu ?(?:elle|il) est )?en danger"
    r"|\b(?:significa|quiere decir|quer dizer) (?:que )?(?:(?:esta|estoy|estamos) )?(?:en |em )?"
    r"(?:peligro|problemas|perigo|apuros|problema|auxilio|socorro|ayuda)"
    r"|\binseamna (?:ca )?(?:(?:e|este|sunt|suntem) )?(?:in )?(?:pericol|necaz|belea)"
    r"|\bibig sabihin (?:ay )?(?:nasa )?(?:panganib|delikado|may problema|tulong)"
    r"|\bsa vle di (?:(?:li|m|yo) )?(?:an )?(?:danje|pwoblem)"
    r"|\bnghia la (?:(?:co|gap|dang gap) )?(?:nguy hiem|nguy|chuyen)"
    r"|\b(?:значит|означает|значить|означає) (?:(?:она|он|я|вона|він) )?(?:(?:в|у) )?"
    r"(?:беда|беде|опасност|біда|біді|небезпе)"
    r"|يعني (?:(?:انها|انه|انا) )?(?:في )?(?:خطر|مشكل|مصيب)"
    r"|\bmatlab (?:(?:wo|woh|vo|main) )?(?:khatre|musibat|danger)|मतलब (?:(?:वो|वह) )?(?:खतर|मुसीबत)"
    r"|(?:就是|意思是|代表|表示)(?:她|他|我)?(?:有危险|有危險|出事|遇到危险|有麻烦)"
)
# A code word named as such.
_CODE_WORD = re.compile(
    r"\b(?:code ?word|safe ?word|mot de code|mot code|palabra clave|palavra ?codigo|senha combinada"
    r"|cuvant(?:ul)? de cod|кодовое слово|кодове слово)\b|暗号|暗語|暗语|كلمه السر|كلمة السر|कोड वर्ड"
)
# The sign arrived just now.
_ARRIVED = re.compile(
    r"\bjust (?:came|arrived|got|received|sent|texted|wrote|now)\b|\bi just got\b"
    r"|\b(?:vient|viennent) de (?:m ?envoyer|m ?ecrire|arriver|me l ?envoyer|me l ?ecrire)"
    r"|\bviens de (?:recevoir|le recevoir|la recevoir)"
    r"|\bacaba(?:n)? de (?:mandar|enviar|escribir|llegar)|\bacabo de recibir"
    r"|\bacabou de (?:mandar|enviar|chegar|escrever)|\bacabei de receber"
    r"|\btocmai (?:a trimis|mi a scris|am primit|a venit|a scris)"
    r"|\b(?:kakatext|kakapadala|kararating|katatanggap ko) lang\b"
    r"|\bfek (?:voye|ekri|resevwa|rive)\b"
    r"|\bvua (?:gui|nhan|toi|den|nhan duoc)\b"
    r"|только что (?:пришло|пришла|написала|прислала|получил|получила)"
    r"|щоино (?:приишло|приишла|надіслала|написала|отримала|отримав)"
    r"|刚(?:刚|才)?(?:发来|收到|来了|发了)|剛(?:剛|才)?(?:發來|收到|來了)"
    r"|للتو|وصلني (?:هلق|الحين|الان)|وصلتني (?:هلق|الحين|الان)"
    r"|\babhi abhi (?:aaya|aayi|bheja|bheji|mila)\b|अभी अभी (?:आया|आई|भेजा|भेजी|मिला)"
)
# The sign was agreed: an agreement, or a condition on what the person sends ("if she writes...").
_AGREED = re.compile(
    r"\b(?:agreed|we said|entendu(?:es|s)?|convenu|acordamos|quedamos|combinamos|combinado"
    r"|ne am inteles|am stabilit|napagkasunduan|usapan namin|dako|da hen|thong nhat|договорились"
    r"|домовилися|домовились|tay kiya|if|si|se|daca|если|якщо|kung|kapag|pag|neu|agar)\b"
    r"|说好|約好|约好|如果|اتفقنا|إذا|اذا|لو|अगर"
)
# How far apart (in characters) the meaning and the arrival may be: a few sentences.
REACH = 240


def code_signal(folded: Folded) -> tuple[int, int] | None:
    """The folded span of an agreed sign of danger reported as just arrived, or None."""
    text = folded.text.replace("-", " ")  # "mi-a scris": the same positions
    arrived = _ARRIVED.search(text)
    if arrived is None:  # most messages report no sign just received
        return None
    start, end = max(0, arrived.start() - REACH), min(len(text), arrived.end() + REACH)
    coded = _CODE_WORD.search(text, start, end)
    meaning = coded or _MEANS.search(text, start, end)
    if meaning is None or (
        coded is None and _AGREED.search(text, max(0, meaning.start() - 120), meaning.start()) is None
    ):
        return None
    return min(meaning.start(), arrived.start()), max(meaning.end(), arrived.end())


def raised_by_code_signal(result: TriageResult, folded: Folded, source: str, joke: bool) -> TriageResult:
    """`result` raised to `emergency` when a relative reports the person's agreed sign of danger
    as just arrived (`source` is the text `folded` came from, to quote the person's words)."""
    if joke or result.urgency is Urgency.emergency:
        return result
    return raised_at(result, code_signal(folded), (folded, source), What.code_signal, Who.third_party)
