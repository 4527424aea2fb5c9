"""A threat told as a condition: "if he refuses they beat him", "pag nagreklamo pauuwiin
kami", "如果她辭職就撤銷她的工作許可" (TRIAGE.md `intimidation_threats`), or as what someone
says they will do to the person before the authorities: "he says the police will deport us",
"сказав, що зателефонує до імміграційної служби", "他就说我是黑工，去举报我".

A word of condition and, after it in the same sentence and a few words on, a harm or a
punishment; or a word of saying and, after it likewise, a denunciation or a removal (word
lists in `triage/lexicons/codes/threat.toml`). A sentence that asks ("what happens if they
deport me?") states no threat. Read after the level, as a late sign.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from triage.pair_cues import Scan, TermSet, Words, load_terms

# A sentence ends at these (a comma does not end the threat: "if you go, we will call the police").
_SENTENCE_END = re.compile(r"[.!?;\n。！？；…؟।]")
_ASKS = frozenset("?？؟")
_HAN = re.compile(r"[\u3400-\u9fff]")
# Words at most from the condition to the consequence; characters in Chinese.
REACH = 10
CHAR_REACH = 12
# Words at most from a harm to the condition after it ("deported *all of us* if").
_BACK_REACH = 4


def threat_sets() -> tuple[TermSet, ...]:
    """The condition, consequence, saying and denunciation word lists (scanned with the other
    late signs)."""
    tables = ("condition", "consequence", "saying", "denounce", "done", "harm_first", "fear")
    return tuple(load_terms("threat", table) for table in tables)


def conditional_threat(text: str, words: Words, scan: Scan) -> tuple[int, int] | None:
    """The folded span from a condition to its harm, or from a word of saying to a denunciation
    or a removal, in one sentence that does not ask; or None."""
    condition, consequence, saying, denounce, done, harm_first, fear = threat_sets()
    conditions = scan.spans(condition)
    told = _harm_after(text, words, conditions, scan.spans(consequence))
    if told is not None:
        return told
    # A removal or a dismissal with its condition after it ("we'll get deported if anyone
    # calls", "нас уволят, если пожалуемся"): no "was deported if" is news, and the person's
    # own fear before it ("afraid they deport me if I go") is no threat said.
    feared = scan.spans(fear)
    harms = [harm for harm in scan.spans(harm_first) if not _feared(text, words, harm, feared)]
    told = _condition_after(text, words, harms, conditions)
    if told is not None:
        return told
    news = scan.spans(done)  # a removal told as done is news, not a threat
    ahead = [harm for harm in scan.spans(denounce) if not any(_overlap(harm, old) for old in news)]
    return _harm_after(text, words, scan.spans(saying), ahead)


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _harm_after(
    text: str, words: Words, openers: list[tuple[int, int]], harms: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The folded span from one of `openers` to the first of `harms` after it in its sentence,
    a few words on, when that sentence does not ask."""
    if not openers or not harms:
        return None
    starts = [start for _, start, _ in words]
    for first in sorted(openers):
        for harm in sorted(harms):
            if harm[0] < first[1]:
                continue
            between = text[first[1] : harm[0]]
            if _SENTENCE_END.search(between):
                break
            han = bool(_HAN.search(text, first[0], harm[1]))
            words_between = bisect_left(starts, harm[0]) - bisect_left(starts, first[1])
            if (len(between.strip()) if han else words_between) > (CHAR_REACH if han else REACH):
                break
            if not _asks(text, harm[1]):
                return first[0], harm[1]
            break
    return None


def _feared(text: str, words: Words, harm: tuple[int, int], feared: list[tuple[int, int]]) -> bool:
    """Whether a word of fear comes a few words before `harm`, in its sentence."""
    starts = [start for _, start, _ in words]
    for fear in feared:
        if fear[1] <= harm[0] and not _SENTENCE_END.search(text, fear[1], harm[0]):
            han = bool(_HAN.search(text, fear[0], harm[1]))
            gap = harm[0] - fear[1] if han else bisect_left(starts, harm[0]) - bisect_left(starts, fear[1])
            if gap <= (CHAR_REACH if han else _BACK_REACH):
                return True
    return False


def _condition_after(
    text: str, words: Words, harms: list[tuple[int, int]], conditions: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The folded span from one of `harms` to a condition right after it in its sentence (a
    few words on), when that sentence does not ask."""
    if not harms or not conditions:
        return None
    starts = [start for _, start, _ in words]
    for harm in sorted(harms):
        after = [cond for cond in conditions if cond[0] >= harm[1]]
        if not after:
            continue
        cond = min(after)
        between = text[harm[1] : cond[0]]
        han = bool(_HAN.search(text, harm[0], cond[1]))
        words_between = bisect_left(starts, cond[0]) - bisect_left(starts, harm[1])
        near = (len(between.strip()) if han else words_between) <= (CHAR_REACH if han else _BACK_REACH)
        if near and not _SENTENCE_END.search(between) and not _asks(text, cond[1]):
            return harm[0], cond[1]
    return None


def _asks(text: str, end: int) -> bool:
    """Whether the sentence going on at `end` ends with a question mark."""
    found = _SENTENCE_END.search(text, end)
    return found is not None and found.group() in _ASKS
