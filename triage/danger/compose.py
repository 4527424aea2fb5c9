"""Compose the findings of a reading into a level, the rules of the danger model:

1. present danger with any harm is `emergency` (a danger named with a word of now in its
   sentence, or words that say so themselves: "they are hitting me", "is outside");
2. self-harm intent, plan or act, a threat to life, pursuers, care refused to someone
   hurt are `emergency` whatever the rest, unless denied or over;
3. a minor in sexual exploitation or confinement now, or beaten in a message that says now,
   is `emergency` (rule 1 for a child);
4. a third party's report counts as the person's own;
5. a danger denied ("he never hit me") counts for nothing, not even as an indicator;
6. a danger that is over ("years ago", "no longer") is `standard`;
7. a question about an imagined case ("if someone were locked in...") is `standard`, or
   `low` for a class or research, and names no indicator; a lock the person closed to
   hide ("I locked myself in the bathroom") is no confinement, but hiding now is a danger now;
8. a joke, a story or a fiction is `low`; so is a request for facts, training,
   research, an interview, a test, spam, when nothing in it is a danger now or ongoing.

Below `emergency` the lexicon's own levels decide (see `triage.scoring`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from triage.codes import Indicator, Need, Urgency
from triage.danger.kinds import INDICATOR, What, When, Who
from triage.danger.reading import Finding, Reading
from triage.level_causes import Cause, cause_line

# Members read once or more a finding, as names of this module: an Enum member read off its class
# (`When.now`) costs a slow hook in Python 3.11 (see `triage.term_pieces`).
_DENIED, _PAST, _NOW = When.denied, When.past, When.now
_EMERGENCY, _HIGH, _STANDARD = Urgency.emergency, Urgency.high, Urgency.standard
_NO_LEVEL = frozenset({What.medical, What.danger})  # named, but no level of their own
_OVER = frozenset({When.denied, When.past})
_MEDICAL = frozenset({What.medical, What.care_refused})
_SELF_HARM = What.self_harm
# Kinds that hurt or hold a person: with a word of now, an emergency.
# Kept from going out alone is a restriction that goes on, whatever the time (seventh round).
# Kinds not read by the rules' reading: the second opinion, signs read after the level.
_UNREAD_KINDS = {What.learned, What.distress, What.check_in, What.lost_contact, What.code_signal}
_HARM = frozenset(What) - {What.medical, What.danger, What.restricted, *_UNREAD_KINDS}
# A child sold, held or taken somewhere, not over, in a message that says now anywhere ("my
# niece of 14 is with the man who bought her, save me"): rule 3 needs no word of now in its
# clause. A bare "now" does not say a sale is happening now ("she works in a club now").
# A watcher waiting for a child ("the man who sends him to sell flowers waits outside in a car")
# is one too, with a bare "now" (Issue 11, eighth round).
_CHILD_HELD = frozenset({What.sexual_exploitation, What.confinement, What.moved, What.pursuit})


# A child beaten, in a message that says now anywhere ("my pupil of 12 is here crying, the man
# who beats her comes for her in 30 minutes"): the adult reporting it is with the child now.
_CHILD_HURT = frozenset({What.violence})


# Signs of the writer's own exploitation: "is this normal?" about them is no witness's suspicion.
_OWN = frozenset(
    {
        Indicator.retention_of_documents,
        Indicator.debt_bondage,
        Indicator.withholding_of_wages,
        Indicator.physical_sexual_violence,
        Indicator.excessive_overtime,
    }
)


_OWN_SEEN = _OWN - {Indicator.excessive_overtime}
# Signs a witness can see from outside in someone else's situation.
_VISIBLE = frozenset({Indicator.withholding_of_wages, Indicator.physical_sexual_violence})


def _child_now(finding: Finding, reading: Reading) -> bool:
    if finding.who is not Who.minor or finding.when is not When.ongoing:
        return False
    if finding.lasting and finding.what is What.moved:
        # "Takes her to parties with men on weekends": a routine trip, not a child taken now; a
        # child sold every day with the man asleep next door is held now (Issue 11, ninth round).
        return False
    if finding.what in _CHILD_HURT:
        return reading.said_now
    return finding.what in _CHILD_HELD and (
        reading.said_now or (reading.currently and finding.what is not What.sexual_exploitation)
    )


def _suspected(finding: Finding, reading: Reading) -> bool:
    """A witness unsure of what they see ("I don't know if it's trafficking, he locks the door
    when he leaves"), with no word of now: a suspicion, not a danger they say is happening now.
    A child, self-harm and an injury stay an emergency (Issue 11, sixth round)."""
    return (
        reading.unsure
        and not reading.said_now
        and finding.who is not Who.minor
        and finding.what not in (What.self_harm, What.medical, What.care_refused)
    )


def _topic(reading: Reading) -> bool:
    """A journalist, a researcher or a trainer asks, with no word of now: the dangers they name
    ("a witness says he was beaten and locked in") are their topic, not a danger lived now
    (Issue 11, seventh round: every such message of the corpus is labelled `low`)."""
    return reading.professional and not reading.said_now


def _asks_meaning(reading: Reading) -> bool:
    """Only questions about what a word or a law means, with no word of now: "What is debt
    bondage? Is it when they lock you in?" names a lock as a topic (Issue 11, seventh round)."""
    return reading.definition and reading.only_questions and not reading.said_now


def level_of(finding: Finding) -> Urgency | None:
    """What one finding justifies on its own."""
    when = finding.when
    if when is _DENIED:
        return None
    if when is _PAST:
        return _STANDARD
    if when is _NOW and (finding.grave or finding.what in _HARM):
        return _EMERGENCY
    if finding.what in _NO_LEVEL:
        return None
    return _HIGH


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class Verdict:
    emergency: tuple[Finding, ...]  # the findings that make the message an emergency
    indicators: frozenset[Indicator]  # found, not denied
    denied: frozenset[Indicator]  # only ever denied: to take back from the lexicon's
    needs: frozenset[Need]


def _needs(findings: Iterable[Finding]) -> set[Need]:
    needs: set[Need] = set()
    for finding in findings:
        if finding.when in _OVER:
            continue
        if finding.what in _MEDICAL:
            needs.add(Need.medical)
        if finding.what is _SELF_HARM:
            needs.add(Need.mental_health)
    return needs


def judge(reading: Reading) -> Verdict:
    """The emergency findings, indicators and needs of a reading."""
    serious = not (reading.not_serious or reading.hypothetical or _topic(reading) or _asks_meaning(reading))
    emergency = tuple(
        f
        for f in reading.findings
        if serious and (level_of(f) is _EMERGENCY or _child_now(f, reading)) and not _suspected(f, reading)
    )
    found: set[Indicator] = set()
    denied: set[Indicator] = set()
    for finding in reading.findings:
        indicator = INDICATOR.get(finding.what)
        if indicator is None:
            continue
        (denied if finding.when is _DENIED else found).add(indicator)
    if reading.minor:
        found.add(Indicator.minor_involved)
    needs = frozenset(_needs(reading.findings))
    return Verdict(emergency, frozenset(found), frozenset(denied - found), needs)


def decide(
    verdict: Verdict,
    reading: Reading,
    levels: Iterable[Urgency],
    indicators: set[Indicator],
    has_signs: bool,
    has_exploitation: bool,
) -> tuple[Urgency, list[str]]:
    """The message's level: the danger verdict first, then the lexicon's levels (TRIAGE.md:
    when in doubt, the higher one). `levels` are the lexicon rules' own, none above high."""
    if verdict.emergency:
        return Urgency.emergency, []
    # A danger the writer lived and left ("I escaped last year") is a survivor's request, not a topic.
    lived = any(f.when is When.past and f.who is Who.writer for f in reading.findings)
    asked = _not_a_report(reading, indicators, lived)
    if asked is not None:
        return asked
    return _situation(reading, list(levels), indicators, lived, has_signs or has_exploitation)


def _not_a_report(
    reading: Reading, indicators: set[Indicator], lived: bool
) -> tuple[Urgency, list[str]] | None:
    """A joke, an imagined case, a test, a topic or a question about words: no situation told."""
    if reading.not_serious:
        return Urgency.low, [cause_line(Cause.joke, Urgency.low)]
    if reading.hypothetical:
        # "If someone were locked in, would they be deported?": a question, not a report.
        if reading.information or reading.professional:
            return Urgency.low, [cause_line(Cause.imagined_for_study, Urgency.low)]
        return Urgency.standard, [cause_line(Cause.imagined, Urgency.standard)]
    danger = any(level_of(f) in (_EMERGENCY, _HIGH) for f in reading.findings)
    # A word of now ("tonight", "help me") keeps a message with a child out of `low`.
    child_now = reading.minor and reading.said_now
    if reading.idle and not danger and not reading.said_now and not indicators:
        # "prueba", "tès tès", "allo?": a test or a greeting, nothing told yet.
        return Urgency.low, [cause_line(Cause.test, Urgency.low)]
    calm = not danger and not child_now and not lived and not reading.now
    if _topic(reading) or (reading.professional and calm):
        # A journalist, a researcher, a trainer: the words of exploitation are their topic.
        return Urgency.low, [cause_line(Cause.professional, Urgency.low)]
    if reading.definition and reading.question and not (reading.said_now or lived or indicators & _OWN):
        # "What is the difference between smuggling and trafficking? Is it only about sex?"
        return Urgency.low, [cause_line(Cause.definition, Urgency.low)]
    if (
        reading.information
        and not danger
        and not child_now
        and not lived
        and not indicators - {Indicator.minor_involved}
    ):
        # Training, research, the media, a test: the words of exploitation (a form of it, a
        # child) are its topic; a sign of the person's own situation still counts.
        return Urgency.low, [cause_line(Cause.information, Urgency.low)]
    return None


def _situation(
    reading: Reading, levels: list[Urgency], indicators: set[Indicator], lived: bool, signs: bool
) -> tuple[Urgency, list[str]]:
    """The level of a situation told: a suspicion, a child, an exploitation going on or over."""
    over = reading.past and not reading.now and not reading.still
    suspicion = reading.unsure and not (reading.said_now or reading.minor or reading.now)
    # A witness's "every day", "all night" are what they see of others, not their own hours.
    # A child seen ("girls who look 14") keeps a witness's report `high` (TRIAGE.md).
    witness = reading.report and not (reading.said_now or reading.minor or reading.now or lived)
    witness = witness and Indicator.minor_involved not in indicators
    # A witness asking how to report someone else's signs can see pay held back or bruises (the
    # neighbours' nanny unpaid); a passport kept or a debt is the person's own story (round 11).
    seen = indicators & (_OWN_SEEN - _VISIBLE if reading.third_party else _OWN_SEEN)
    if (suspicion and not indicators & _OWN) or (witness and not seen):
        # "Not sure if it's trafficking", "is this normal?": a suspicion, asked about.
        return Urgency.standard, [cause_line(Cause.suspicion, Urgency.standard)]
    if Indicator.minor_involved in indicators and not over:
        return Urgency.high, [cause_line(Cause.minor, Urgency.high)]
    evidence = signs or bool(indicators) or Urgency.high in levels
    if reading.question and indicators == {Indicator.deception}:
        # "They offer my sister a job abroad if she pays a fee: is it a scam?" A suspicion to
        # check, not an exploitation told.
        return Urgency.standard, [cause_line(Cause.deception_asked, Urgency.standard)]
    if evidence:
        if over:
            return Urgency.standard, [cause_line(Cause.over, Urgency.standard)]
        return Urgency.high, []
    if levels:
        return Urgency.highest(*levels), []
    return Urgency.standard, []


def needs_of_level(urgency: Urgency, reading: Reading, other_needs: bool) -> set[Need]:
    """Needs the level implies: a question that is no report of danger asks for information;
    so does a question about a situation that names no other need ("is this normal?")."""
    if reading.hypothetical:
        return {Need.information}
    if reading.not_serious or urgency.rank < Urgency.standard.rank:
        return set()
    if urgency is Urgency.low and reading.question:
        return {Need.information}
    if urgency is Urgency.standard and reading.question and not other_needs:
        return {Need.information}
    return set()
