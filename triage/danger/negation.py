"""Whether a negation denies a danger word: its scope, per language (Issue 11).

A negation stands just before the quote in its clause ("he never hit me"), with at most a
language's reach of words between that are neither words of its scope (auxiliaries, adverbs
of frequency, object pronouns, "or": `negation_scope` in the cue files) nor other danger words
("nobody has ever hit me or locked me up" denies both); or just after it ("il me frappe pas").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.danger.evidence import Evidence
from triage.danger.finder import Found
from triage.folding import WORD

# A negation reaches no further than its clause.
# In text read without spaces (Japanese), a Han character between a danger word and a negation
# after it starts another word, which the negation belongs to.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# A space after a Han, kana or Thai letter (not before a Latin word or a number) ends a clause
# too: telegraphic Chinese and Japanese, and Thai, write their commas as spaces ("不给出门 打我
# 头流血": the "not" of "not let out" does not reach the bleeding; Issue 11, tenth round). Search
# it in place (`search(text, start, end)`), so that the letter before a space is seen.
_SPACED_CLAUSE = r"(?<=[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f])\s+(?![A-Za-z0-9])"
# Hindi "तो" between a negation and a danger word opens the main clause of a condition ("पैसे
# नहीं आए तो मार देंगे": if the money does not come, they will kill; the "not" is the money's;
# Issue 11, nineteenth round).
_HINDI_THEN = r"(?<![\u0900-\u097f])तो(?![\u0900-\u097f])"
CLAUSE_END = re.compile(r"[!?;\n。！？；…؟।,，、،:()\"«»“”]|\.(?!\d)|" + _SPACED_CLAUSE + "|" + _HINDI_THEN)


def _gap(text: str, start: int, end: int, skipped: Sequence[tuple[int, int]], by_chars: bool) -> int:
    """The words (or characters) between a negation and a danger word that count towards the
    negation's reach: not the words of its scope ("has", "ever", "or"), not other danger words
    ("nobody has ever hit me or locked me up": "locked" is denied too)."""
    inside = [(a, b) for a, b in skipped if a >= start]  # not a cue the negation is part of
    if by_chars:
        return sum(
            1 for i in range(start, end) if not text[i].isspace() and not any(a <= i < b for a, b in inside)
        )
    return sum(
        1
        for m in WORD.finditer(text, start, end)
        if not any(a <= m.start() and m.end() <= b for a, b in inside)
    )


# Words that open a condition ("if", folded): a negation just after one, with a verb of its own
# before the danger word, is the condition's ("daca nu vreau ma omoara", "si je ne le suis pas il
# me tue", "if I don't pay he'll kill me tonight": the threat is not denied; Issue 11, round 20).
# A danger word right after the negation is still denied ("si no me pega", "if he doesn't hit me").
_IF = frozenset(
    {"if", "si", "se", "caso", "daca", "kung", "kapag", "neu", "если", "якщо", "اذا", "لو", "agar", "अगर"}
)


_IF_UNSPACED = ("如果", "要是", "假如")
# Chinese "就" or "便" (then) between a negation and a danger word opens the main clause of a
# condition said without "if": "完不成任务就挨打" (whoever does not finish the quota is beaten); the
# "not" is the quota's (Issue 11, round 22, after holdout22).
_HAN_THEN = re.compile("就|便")


def _conditional(text: str, negation: Found[str]) -> bool:
    """An opener of a condition among the five words before the negation, in its clause ("si je
    ne le suis pas": the "pas" is the condition's too), or just before it in Chinese."""
    before = text[max(0, negation.start - 60) : negation.start]
    clause = CLAUSE_END.split(before)[-1]
    return any(word in _IF for word in clause.split()[-5:]) or any(w in before[-6:] for w in _IF_UNSPACED)


def denied(
    evidence: Evidence,
    text: str,
    negations: Sequence[Found[str]],
    after: Sequence[Found[str]],
    reaches: Sequence[tuple[int, bool]],
    skipped: Sequence[tuple[int, int]] = (),
) -> bool:
    """A negation stands just before the quote in its clause ("he never hit me", "nobody has
    ever hit me or locked me up": words of its scope and other danger words do not count), or
    just after it ("il me frappe pas")."""
    reach = max(r for r, _ in reaches)
    by_chars = all(substring for _, substring in reaches)
    if _says_its_own_no(evidence, negations):
        return False
    for negation in negations:
        if negation.end > evidence.start or negation.start >= evidence.start:
            continue
        if CLAUSE_END.search(text, negation.end, evidence.start):
            continue  # searched in place: a space ends a clause by the letter before it
        if _HAN_THEN.search(text, negation.end, evidence.start):
            continue
        gap = _gap(text, negation.end, evidence.start, skipped, by_chars)
        if gap <= reach and not (gap and _conditional(text, negation)):
            return True
    for negation in after:
        if negation.start < evidence.end:
            continue
        between = text[evidence.end : negation.start]
        if _HAN.search(between):
            continue  # "鍵をかけられて出られません": a new verb (出) takes the negation, not the lock
        if not CLAUSE_END.search(between) and len(WORD.findall(between)) <= 1:
            return True
    return False


def _says_its_own_no(evidence: Evidence, negations: Sequence[Found[str]]) -> bool:
    """The quote opens with a negation of its own ("niente dottore", "no la dejan bajar",
    "won't let me out"): a negation before it agrees with that one, it does not undo it
    ("non porta ospedale, niente documento niente dottore"; Issue 11, ninth round)."""
    return any(n.start == evidence.start and n.end <= evidence.end for n in negations)


# Scripts written without spaces between words (Han, kana, Thai) and Hangul syllables: a
# negation found inside a longer cue there is a piece of another word.
_UNSPACED_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
# A verb of knowing right after a negation there: "不知道哪 ... 手机藏鞋里" (I don't know where...,
# the phone hidden in a shoe) denies the knowing, not the danger after it (Issue 11, ninth round).
_KNOWING = re.compile(r"知|晓得|曉得|清楚|记得|記得|认识|認識|确定|確定|รจก")
# The same in words, a pronoun allowed between: "hindi ko kilala" (whom I don't know), "gk sy
# kenal", "ko quen": a stranger told, no denial of what he does (Issue 11, tenth round; Thai
# "ไม่รู้จัก" folds to "ไมรจก" above).
_KNOWING_WORDS = re.compile(r"(?:\s+\w+)?\s+(?:kilala|kakilala|kenal|quen)\b")


# A "no" said as an answer, a verb of saying before it: "le dije que no y me quemó el brazo", "I
# told him no and he hit me", "j'ai dit non": a refusal told, which denies nothing after it
# (Issue 11, fifteenth round).
_ANSWER_BEFORE = re.compile(
    r"(?:\b(?:dij[eo]|dijimos|dit|dis|said|say|told \w+|disse|falei|zis|spus|sabi ko|sinabi ko"
    r"|сказал\w*|сказав|сказала)\s+(?:que\s+|that\s+|ca\s+|na\s+|что\s+|що\s+)?)$"
)


def _answered(text: str, negation: Found[str]) -> bool:
    return _ANSWER_BEFORE.search(text, max(0, negation.start - 24), negation.start) is not None


def own_negations(text: str, found: Sequence[Found[str]]) -> list[Found[str]]:
    """The negations that are no piece of a longer cue of another kind in a script written
    without spaces: "没有" inside "有没有" (is there, a question) denies nothing (Issue 11,
    eighth round); nor does one that negates a verb of knowing ("不知道")."""
    negations = [
        f
        for f in found
        if f.payload == "negation" and not _KNOWING_WORDS.match(text, f.end) and not _answered(text, f)
    ]
    inside = [n for n in negations if _UNSPACED_WORDS.match(text, n.start)]
    if not inside:
        return negations
    longer = [f for f in found if not f.payload.startswith("negation")]
    return [
        n
        for n in negations
        if n not in inside
        or (
            not _KNOWING.match(text, n.end)
            and not any(
                o.start <= n.start and n.end <= o.end and o.end - o.start > n.end - n.start for o in longer
            )
        )
    ]
