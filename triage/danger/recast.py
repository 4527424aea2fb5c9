"""What the words around a danger word say of whom it is aimed at and how it is meant (Issue 11,
eighth round): checks that drop a quote or recast it as a lesser kind, in the western languages.

- a quote that runs over the end of a sentence ("...so other girls know. Where I can...") is
  two sentences that happen to touch, not the cue ("know where I");
- a lock that is felt ("I feel trapped", "je me sens prisonnière", "me siento atrapada", "ich
  fühle mich gefangen", "like a prisoner") is a restriction that goes on, not a door locked now;
- writing in secret told of someone else who writes to the writer ("me habla a escondidas
  desde el celular de una vecina", "she texts me secretly") is that person's control, which
  goes on: a danger now needs its own words ("she just texted me in secret: they hit her");
- a lock, a blow or a move that only might happen ("I'm afraid he might lock me in one day")
  is a fear that goes on (a threat, a restriction), not a danger now;
- a move whose subject is the writer ("je l'emmène à l'école ce matin", "I'm taking her to the
  clinic today") moves no one away from them;
- "they know where" followed by the writer's relative ("saben dónde vive mi mamá", "they know
  where my family lives") is a threat to the family, not a pursuer at the writer's door;
- "seguir" with a gerund ("me sigue cobrando", "segue me ligando") is "goes on doing", not
  "follows me": a demand that goes on, no pursuer (round 11).
"""

from __future__ import annotations

import re

from triage.danger.evidence import Evidence
from triage.danger.kinds import What
from triage.danger.negation import CLAUSE_END

# The end of a sentence inside a quote (the reader's own sentence ends, without ";").
_SENTENCE_END = re.compile(r"[!?\n。！？…؟।]|\.(?!\d)")
# Characters of the clause looked at before or after a quote.
REACH = 40

# A word of feeling or likeness just before a lock, folded .
_FELT = re.compile(
    r"(?:(?:\bfeel(?:s|ing)?(?: like)?|\bfelt(?: like)?"
    r"|\b(?:me|se|te|nous) sen(?:s|t|tons)|\bsentir|\bme siento|\bse siente|\bsentirme"
    r"|\bme sinto|\bsinto[- ]me|\bse sente|\bmi sento|\bsi sente|\bci sentiamo"
    r"|\bfuhle mich|\bfuhlt sich|\bfuhlen uns|\bvoel (?:me|mij|ik me)|\bvoelt zich|\bczuj[ea] sie"
    r"|\bsanti (?:m|mwen|li)|\bm santi)(?:\s+\S+){0,3}"
    # likeness: "like a prisoner", "comme une prisonnière", "como en una cárcel"
    r"|\b(?:like|comme|como|come|wie|als|jak|tankou)(?:\s+(?:a|an|une|un|des|en|una|uma|um|in|im"
    r"|eine|ein|een|w|yon))?)\s*$"
)
# A relay to the writer just before words of secrecy: the other person writes in secret.
_RELAY = re.compile(
    r"(?:\b(?:texts?|texted|writes?|wrote|messages?|messaged|calls?|called|talks? to|talked to"
    r"|speaks? to|spoke to) me"
    r"|\bme (?:habla|hablaba|escribe|escribia|escribio|manda|mandaba|llama|llamaba|contacta)"
    r"|\bm (?:ecrit|ecrivait|appelle|appelait|texte|textait|parle|parlait)"
    r"|\bme (?:escreve|escrevia|escreveu|manda|mandava|liga|ligava|fala|falava|chama)"
    r"|\bmi (?:scrive|scriveva|chiama|chiamava|parla|parlava)"
    r"|\bmir (?:schreibt|schrieb)|\bme (?:schrijft|belt|appt)|\bdo mnie (?:pisze|dzwoni))"
    r"(?:\s+\S+){0,2}\s*$"
)
# "know where" then the writer's relative within a few words: a threat to the family.
_KIN_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,3}(?:my|mi|mis|ma|mon|mes|minha|meu|meus|minhas|mia|mio|miei|mie"
    r"|mein|meine|meiner|meinen|mijn|moja|moj|moi|moich|manman|fanmi)\s+"
    r"(?:mom|mum|mother|mama|mamma|mamae|mae|maman|mere|madre|mutter|moeder|matk\w*|dad|father"
    r"|papa|pai|pere|padre|vater|vader|parents|padres|pais|genitori|eltern|ouders|rodzic\w*"
    r"|family|familia|famille|famiglia|familie|rodzin\w*|fanmi|kids|children|hijos|hijas|enfants"
    r"|filhos|filhas|figli|kinder|kinderen|dzieci|pitit|son|daughter|hijo|hija|fils|fille|filho"
    r"|filha|figlio|figlia|sohn|tochter|zoon|dochter|syn\w*|cork\w*|sister|brother|hermana"
    r"|hermano|soeur|frere|irma|irmao|sorella|fratello|schwester|bruder|zus|broer|siostr\w*|brat\w*"
    r"|wife|husband|esposa|esposo|marido|femme|mari|moglie|marito|frau|mann|vrouw|man|zon\w*|maz\w*)\b"
)
# The writer as the one who takes someone somewhere ("je l'emmène à l'école ce matin", "I'm
# taking her to the clinic today", "eu levo ela"): no one is being moved away from them.
_WRITER_TAKES = re.compile(
    r"\b(?:je|j|i|i m|im|i am|i ll|i will|we|we re|we are|we ll|on|je vais|j vais|on va|yo|voy a"
    r"|eu|eu vou|vou|nosotros|vamos a|io|ich|wir|ik|we gaan|ja)\s*$"
)
# A possibility ("he might lock me in one day", "il pourrait m'enfermer"): a fear that goes on.
_POSSIBLE = re.compile(
    # "may" only after a subject: Tagalog "may" is "there is" ("may van na susundo")
    r"\b(?:might|could|(?:he|she|they|i|we|you|it|someone|somebody|who) may|one day|someday"
    r"|some day|pourrai(?:t|ent)|un jour|podria|podrian|algun dia"
    r"|poderia|pode ser que|um dia|algum dia|potrebbe|un giorno|konnte|eines tages|zou kunnen|ooit)\b"
)
_POSSIBLE_KINDS = frozenset({What.confinement, What.violence, What.moved})
_KNOW_WHERE = re.compile(r"know|sab|sav|sai|sanno|wiss|weet|wied|konn")
# Spanish and Portuguese "seguir" (sigue, siguen, segue, seguem...), folded, and a gerund just after it.
_SEGUIR = re.compile(r"\b(?:sigu|segu)\w*$")
_GERUND = re.compile(r"\s+(?:me\s+|te\s+|nos\s+)?\w+(?:ando|endo|iendo|yendo|indo)\b")


def goes_on(text: str, start: int, end: int) -> bool:
    """The folded quote `text[start:end]` ends in "seguir" with a gerund after it ("me sigue
    cobrando", "segue ligando"): a verb of going on, not of following someone."""
    return _SEGUIR.search(text, start, end) is not None and _GERUND.match(text, end) is not None


def across_sentences(item: Evidence, text: str) -> bool:
    """The quote runs over the end of a sentence: its words belong to two sentences."""
    return item.hit is None and _SENTENCE_END.search(text, item.start, item.end - 1) is not None


def _clause_before(item: Evidence, text: str) -> str:
    return CLAUSE_END.split(text[max(0, item.start - REACH) : item.start])[-1]


def recast(item: Evidence, text: str) -> Evidence | None:
    """`item`, the lesser kind the words around it make of it, or None when they say it names
    no danger (see the module's list)."""
    what = item.what
    if what is What.confinement and _FELT.search(_clause_before(item, text)):
        return Evidence(item.start, item.end, What.restricted, False, False, item.hit, item.composed)
    if what is What.covert and _RELAY.search(_clause_before(item, text)):
        return Evidence(item.start, item.end, What.restricted, False, False, item.hit, item.composed)
    if what in _POSSIBLE_KINDS and _POSSIBLE.search(_clause_before(item, text)):
        kind = What.threat if what is What.violence else What.restricted
        return Evidence(item.start, item.end, kind, False, False, item.hit, item.composed)
    if what is What.moved and _WRITER_TAKES.search(_clause_before(item, text)):
        return None
    if goes_on(text, item.start, item.end):
        return None
    if what is What.pursuit and _KNOW_WHERE.search(text, item.start, item.end):
        after = CLAUSE_END.split(text[item.end : item.end + REACH])[0]
        if _KIN_AFTER.search(after):
            return Evidence(item.start, item.end, What.threat, False, False, item.hit, item.composed)
    return item
