"""The anonymising triage core: pure, deterministic, no I/O (see TRIAGE.md).

`analyze` redacts personal data first; everything after (language, lexicon rules,
explanations) only ever sees the redacted text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import repeat

from triage.codes import Exploitation, Indicator, Need, PiiType, Urgency
from triage.danger.check_in import raised_by_check_in
from triage.danger.code_signal import raised_by_code_signal
from triage.danger.lost_contact import raised_by_lost_contact
from triage.danger.reasons import Reason, render
from triage.danger.universal import NO_DISTRESS, distress, foreign
from triage.danger.unread import unread_language
from triage.language import UNDETERMINED, detect
from triage.late_signs import LateSigns, with_late_signs
from triage.latin_languages import latin_model
from triage.lexicon import Lexicon, load_lexicons
from triage.pinyin import plainly_pinyin
from triage.places import find_region
from triage.quotes import quoted_languages
from triage.redaction import redact
from triage.result import Entity, TriageResult
from triage.romaji import plainly_romaji
from triage.scoring import score_tokens
from triage.second_opinion.opinion import with_second_opinion
from triage.term_matching import TermMatcher
from triage.tokens import Tokens, tokenize
from triage.translit import as_written, spelled_in_cyrillic, translit_language

__all__ = [
    "Entity",
    "Exploitation",
    "Indicator",
    "Need",
    "PiiType",
    "TriageResult",
    "Urgency",
    "analyze",
    "supported_languages",
]

# Loan words from English ("pimp", "escort", "boss") turn up in every language here.
_ALWAYS = "en"
# The language of a message plainly written in pinyin.
_PINYIN = "zh"
# The language of a message plainly written in romaji.
_ROMAJI = "ja"
# A message of this many words that no lexicon reads is raised to `high`.
UNREAD_MIN_WORDS = 4
_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(t.value for t in PiiType) + r")\]")


def _blank(placeholder: re.Match[str]) -> str:
    return " " * len(placeholder.group())


def supported_languages() -> tuple[str, ...]:
    """The languages that have a lexicon, in file-name order."""
    return tuple(load_lexicons())


@lru_cache(maxsize=64)
def _matcher(code: str) -> TermMatcher:
    return TermMatcher(load_lexicons()[code])


# The codes of the lexicons last loaded (`analyze` reads every language unless told).
_EVERY: list[tuple[Mapping[str, Lexicon], tuple[str, ...]]] = []


def _every_language(lexicons: Mapping[str, Lexicon]) -> tuple[str, ...]:
    if not _EVERY or _EVERY[0][0] is not lexicons:
        _EVERY[:] = [(lexicons, tuple(lexicons))]
    return _EVERY[0][1]


def warm() -> None:
    """Load every lexicon, matcher, word list and the learned model now (about half a second of
    CPU), so that the first message a server receives is not the one that waits for them."""
    for code in load_lexicons():
        _matcher(code)
    latin_model()
    analyze("warm up: help, je suis enfermée, 514 555 0199, ana@example.org")


def _with_cyrillic(redacted: str, language: str) -> tuple[str, str, Tokens, dict[str, str]]:
    """Russian or Ukrainian in Latin letters, to be read as written and in Cyrillic (the cues
    written in Latin letters read the first): the text, blanked and split, and each Cyrillic
    spelling -> the word as written. Redaction stays on the original."""
    cyrillic, written = spelled_in_cyrillic(redacted, language)
    reading = f"{redacted}\n\n{cyrillic}"
    blanked = _PLACEHOLDER.sub(_blank, reading) if "[" in reading else reading
    return reading, blanked, tokenize(blanked), written


def _quoted_as_written(result: TriageResult, written: dict[str, str]) -> TriageResult:
    """The reasons and explanations of a message read in Cyrillic quote the person's own words,
    each finding once (the Latin and the Cyrillic reading often find the same words)."""
    mapped = [replace(reason, quote=as_written(reason.quote, written)) for reason in result.reasons]
    reasons: list[Reason] = []
    for reason in mapped:
        same = [
            k
            for k, kept in enumerate(reasons)
            if kept.what == reason.what and (reason.quote in kept.quote or kept.quote in reason.quote)
        ]
        if not same:
            reasons.append(reason)
        elif len(reason.quote) > len(reasons[same[0]].quote):  # "menya zaperli" over "zaperli"
            reasons[same[0]] = reason
    dropped = {render(reason) for reason in mapped} - {render(reason) for reason in reasons}
    lines = (line for line in map(as_written, result.explanations, repeat(written)) if line not in dropped)
    return replace(result, reasons=tuple(reasons), explanations=tuple(dict.fromkeys(lines)))


def _with_late_signs_and_opinion(
    result: TriageResult, late: LateSigns, words: Sequence[str] | None
) -> TriageResult:
    """`result` with the signs read after the level (they never change it), raised by the
    learned second opinion unless `words` (the message's folded words, which it reads) is None.
    The opinion reads the rules' codes as they end (as it was trained), and a raise settles
    them again for its level."""
    rules = with_late_signs(result, late)
    if words is None:
        return rules
    raised = with_second_opinion(result, words, (*rules.needs, *rules.indicators))
    return rules if raised is result else with_late_signs(raised, late)


def _raised_by_alarms(
    result: TriageResult, joke: bool, text: tuple[str, str, Tokens], unread: bool, wordy: bool
) -> TriageResult:
    """`result` raised by the alarms read after the level: a distress call in a language no
    lexicon reads (`wordy`: enough words to be a message), a safety check-in, an agreed sign of
    danger just received, a contact lost just after an alarm. `text` is the text read, blanked of
    placeholders, and its tokens."""
    reading, blanked, tokens = text
    signs = NO_DISTRESS if joke else distress(blanked, tokens)
    result = unread_language(result, signs, unread, wordy, tokens)
    result = raised_by_check_in(result, tokens.folded, reading, joke)
    result = raised_by_code_signal(result, tokens.folded, reading, joke)
    return raised_by_lost_contact(result, tokens.folded, reading, joke)


def _read_as_pinyin(read_as: str | None, allowed: Collection[str], tokens: Tokens) -> bool:
    """Chinese plainly written in pinyin (`triage.pinyin`): its language is Chinese, and the
    lexicons of the language it was guessed to be are still read."""
    return read_as is None and _PINYIN in allowed and plainly_pinyin(tokens.words)


def _in_latin_letters(read_as: str | None, allowed: Collection[str], tokens: Tokens) -> str | None:
    """Chinese in pinyin or Japanese in romaji: the language of a message plainly written so."""
    if _read_as_pinyin(read_as, allowed, tokens):
        return _PINYIN
    return _ROMAJI if _read_as_romaji(read_as, allowed, tokens) else None


def _read_as_romaji(read_as: str | None, allowed: Collection[str], tokens: Tokens) -> bool:
    """Japanese plainly written in romaji (`triage.romaji`): its language is Japanese, and the
    lexicons of the language it was guessed to be are still read."""
    return read_as is None and _ROMAJI in allowed and plainly_romaji(tokens.words)


def analyze(
    text: str,
    *,
    language_hint: str | None = None,
    languages: Collection[str] | None = None,
    second_opinion: bool = True,
) -> TriageResult:
    """Redact personal data and score one inbound message.

    `languages` restricts language detection to the hotline's languages (default: every
    language with a lexicon); `language_hint` (e.g. the caller's chosen language) is used
    when the text alone cannot tell. `second_opinion=False` leaves out the learned model
    (`triage.second_opinion`), which may only raise the rules' level.
    """
    lexicons = load_lexicons()
    allowed = _every_language(lexicons) if not languages else tuple(c for c in languages if c in lexicons)
    redacted, entities = redact(text)
    # Placeholders are not words of the message: blank them, keeping every position.
    blanked = _PLACEHOLDER.sub(_blank, redacted) if "[" in redacted else redacted
    tokens = tokenize(blanked)
    region = find_region(blanked, tokens)
    read_as = translit_language(blanked, tokens.unique)
    read_as = read_as if read_as in allowed else None
    plain: tuple[str, str, Tokens, dict[str, str]] = (redacted, blanked, tokens, {})
    reading, blanked, tokens, written = _with_cyrillic(redacted, read_as) if read_as else plain
    guess = detect(blanked, tokens.unique, lexicons, allowed)
    language = read_as or guess.language
    if language == UNDETERMINED and language_hint in allowed and tokens.words:
        language = str(language_hint)
    language = _in_latin_letters(read_as, allowed, tokens) or language
    quoted = quoted_languages(blanked, lexicons, allowed)
    chosen = [language, guess.language, guess.runner_up, *quoted, language_hint, _ALWAYS]
    codes = list(dict.fromkeys(c for c in chosen if c and c in allowed))
    scores = score_tokens(reading, tokens, [_matcher(code) for code in codes], [lexicons[c] for c in codes])
    urgency, explanations = scores.urgency, scores.explanations
    lettered = len(tokens.words) - sum(map(str.isdecimal, tokens.words))  # "test 1 2 3" is one word
    result = TriageResult(
        language=language,
        urgency=urgency,
        needs=scores.needs,
        indicators=scores.indicators,
        exploitation=scores.exploitation,
        region=region,
        redacted=redacted,
        entities=entities,
        explanations=explanations,
        reasons=scores.reasons,
    )
    # Unread: a language no lexicon reads (`und`, or a code such as `hu` or `ta` told without
    # a lexicon), or letters and little words of another language in a message read as one of
    # the full lexicons' (German taken for Vietnamese by a few shared words); the light ones
    # (German, Polish, Turkish, Persian...) write the very letters and words `foreign` looks for.
    # Russian or Ukrainian in Latin letters is read (`triage.translit`).
    read = lexicons.get(guess.language)
    unread = read_as is None and (read is None or (not read.light and foreign(blanked, tokens)))
    wordy = lettered >= UNREAD_MIN_WORDS
    result = _raised_by_alarms(result, scores.joke, (reading, blanked, tokens), unread, wordy)
    result = _with_late_signs_and_opinion(result, scores.late, tokens.words if second_opinion else None)
    return _quoted_as_written(result, written) if written else result
