"""A message in a language no lexicon reads: raised so a person reads it (Issue 11).

"language not recognised -> high": words the lexicons cannot read are not left `standard` or
`low`; a distress call in them (SOS, 🆘, or a cry for help with the police: see
`triage.danger.universal`) is an `emergency`, with its reason in plain words. A test or a
greeting ("deneme", "테스트") stays `low`.
"""

from __future__ import annotations

from dataclasses import replace

from triage.codes import Urgency
from triage.danger.idle import idle
from triage.danger.kinds import What, When, Who
from triage.danger.raised import raised_to_emergency
from triage.danger.reasons import Reason
from triage.danger.universal import Distress
from triage.level_causes import Cause, cause_line
from triage.result import TriageResult
from triage.tokens import Tokens

UNREAD = cause_line(Cause.unread, Urgency.high, "a person must read it")


def unread_language(
    result: TriageResult, signs: Distress, unread: bool, wordy: bool, tokens: Tokens
) -> TriageResult:
    """`result` raised for a message the lexicons could not read: to `emergency` on a distress
    call when nothing in it was read (no indicator, no form of exploitation) or its language
    is unknown; to `high` when its language is unknown and it has enough words to be a message
    (`wordy`) or cries for help."""
    if result.urgency is Urgency.emergency:
        return result
    nothing_read = not result.indicators and not result.exploitation
    if signs.alarm and (nothing_read or unread):
        quote = "SOS" if signs.call else "help, police"
        reason = Reason(quote, What.distress, When.now, Who.writer, Urgency.emergency)
        return raised_to_emergency(result, reason)
    if result.urgency.rank > Urgency.high.rank and unread and (wordy or signs.help) and not idle(tokens):
        # Words in a language no lexicon reads: only a person can tell, so it is not left low.
        # A light lexicon that read the message has placed its cry for help ("ho bisogno di
        # aiuto, parlate italiano?" is a request, not a danger; Issue 11, eighth round).
        return replace(result, urgency=Urgency.high, explanations=(*result.explanations, UNREAD))
    return result
