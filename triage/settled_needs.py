"""The needs an operator ticks from the whole picture, settled last (after the level, the
learned second opinion and the late signs, so that they never change the level).

Each need of TRIAGE.md is a service; which one a situation calls for depends on who is
exploited and how, not only on the words that named it:

- `labour_rights` (unpaid wages, working conditions, a labour complaint) is a worker's remedy:
  money taken from a person sold for sex or forced into crime is not a wage a labour
  complaint recovers, so without work or domestic service named those ask for none, nor does
  money taken from a person made to beg; an
  adult in forced labour now (`high`) asks for it whatever sign named the work (documents
  held, a debt, a fee), not only for unpaid wages or long hours;
- `legal` (legal advice, criminal proceedings): an adult forced into crime (selling drugs,
  stealing, lending a bank account) risks being prosecuted for it;
- `low` (a request for facts, training, research, the media): the needs of a person's own
  situation do not apply; it asks for information, in a language it can read, unless a
  professional asks (a journalist, a researcher, a trainer writing in their own language wants
  material or an interview, not an interpreter) or anyone asks for material, training, a talk,
  statistics or a volunteer post in a language ("brochures in Creole", "материалы на русском");
- a message meant for someone else ("is this the pizzeria?", "Alo, se bank lan?"), with no sign of
  exploitation and nothing asked but facts, asks the hotline for nothing (Issue 11, round 23);
- `shelter`: a person who says they are in a shelter now has one, and a shelter named as the
  place of the story (where the writer works, where men wait outside) is no shelter asked for,
  even in an emergency;
- `information` (facts, rights): a question about an ongoing situation ("is this allowed?",
  "what can we do?") asks for facts and rights as much as one about a past situation does,
  unless it names a service (a lawyer, a status, an interpreter, a bed, a ticket home): then it
  asks for that service (Issue 11, round 23: so the corpus's operators ticked it);
  a short plea that says nothing else ("can someone help me?", "请问可以帮帮我吗") asks for
  someone to answer, not for facts; a question after a situation that is over (`standard`) about
  a service of care (a therapist, a shelter, a doctor, a ticket home, a course), or after pay
  that was never paid ("can I still get it back?"), asks for that service or that money, not
  for facts; and pay not paid in it, told by a person who asks for such a service and claims
  nothing (no `legal`: "I left the farm, they never paid me; is there a free English class?"),
  asks for no labour complaint.
"""

from __future__ import annotations

from dataclasses import dataclass

from triage.codes import Exploitation, Indicator, Need, Urgency


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class NeedCues:
    """What the reading of the message says that the needs depend on."""

    question: bool = False  # the message asks something
    report: bool = True  # no joke, fiction or imagined case
    crime: bool = False  # a crime the person is made to commit (lexicons/codes/crime.toml)
    plea: bool = False  # a word asking for help or for someone to talk to (lexicons/codes/plea.toml)
    words: int = 0  # how many words the message has
    professional: bool = False  # a journalist, a researcher, a trainer asks
    lacking: bool = False  # the person says they have no food, water or heat (a late sign)
    test: bool = False  # a test message ("test 123, ça marche tu?"): it asks for nothing
    housed: bool = False  # the person is in a shelter now (lexicons/codes/home.toml [housed])
    material: bool = False  # asks for material, training or a volunteer post (codes/language.toml)
    begging: bool = False  # someone is made to beg (lexicons/codes/crime.toml [begging])
    ailing: bool = (
        False  # an illness, an injury or a pregnancy named (lexicons/codes/medicine.toml [ailment])
    )
    # The person wishes to study, learn or find other work (lexicons/codes/training.toml [wish]
    # and [study] in one clause): training asked for now, not only once the person is out.
    studying: bool = False
    # Indicators the danger model read only from a move or a watcher that keeps no adult in and
    # threatens none now (`triage.scoring`): not named unless a late sign reads them.
    loose: frozenset[Indicator] = frozenset()
    # The message asks whether this is another business ("is this the pizzeria?", "это
    # автосервис?", lexicons/codes/elsewhere.toml): meant for someone else.
    elsewhere: bool = False


NO_CUES = NeedCues()
# A message of at most this many words that pleads for help and says nothing else asks for
# contact, not for facts.
PLEA_WORDS = 16
# A request for facts, training or the media (`low`) asks for facts, in a language it can read.
_ASKING_FACTS = frozenset({Need.information, Need.interpretation})
# Needs no operator ticks at a level: going home waits until the person is safe; an ongoing
# situation with no danger now (`high`) is no medical, crisis or food emergency, and training
# waits until the person is out; a situation
# that is over (`standard`) calls for no police rescue and no child protection now.
_NOT_AT = {
    Urgency.emergency: frozenset({Need.repatriation}),
    Urgency.high: frozenset({Need.basic_needs, Need.medical, Need.mental_health, Need.employment_education}),
    Urgency.standard: frozenset({Need.emergency_safety, Need.youth_protection}),
}
# Services of care a person asks for by name once the situation is over.
_CARE = frozenset(
    {
        Need.mental_health,
        Need.medical,
        Need.repatriation,
        Need.basic_needs,
        Need.shelter,
        Need.employment_education,
    }
)
# Levels at which a message meant for another business asks the hotline for nothing.
_QUIET = frozenset({Urgency.low, Urgency.standard})
# (A dentist or a school called by mistake names a doctor or an illness: no care asked of the hotline.)
_FACTS = frozenset({Need.information, Need.medical})
# Services that a question about an ongoing situation (`high`) asks for instead of facts (a
# labour complaint is not one: "is this legal?" about unpaid wages asks for facts as often).
_SERVICES = frozenset(
    {
        Need.legal,
        Need.immigration,
        Need.interpretation,
        Need.repatriation,
        Need.shelter,
        Need.employment_education,
        Need.medical,
        Need.substance_use,
    }
)
# The same, less food and clothes: a word of food often names what pay is kept back for
# ("opreste jumatate din bani pentru mancare"), not a service asked for.
_CARE_ASKED = _CARE - {Need.basic_needs}
_WORK = frozenset({Exploitation.forced_labour, Exploitation.domestic_servitude})
_NOT_WAGES = frozenset({Exploitation.sexual_exploitation, Exploitation.forced_criminality})


def settle_needs(
    urgency: Urgency,
    needs: set[Need],
    indicators: set[Indicator],
    exploitation: set[Exploitation],
    cues: NeedCues,
) -> set[Need]:
    """`needs` with the needs the whole picture implies added, and those it rules out taken away."""
    if not cues.report:
        # Who asks still counts in an imagined case: material, a talk or a volunteer post in a
        # language asks for no interpreter ("for my class: do you have brochures in Creole?").
        return needs - {Need.interpretation} if urgency is Urgency.low and cues.material else needs
    if cues.elsewhere and urgency in _QUIET and not indicators and not exploitation and needs <= _FACTS:
        return set()  # meant for another business: it asks the hotline for nothing
    if urgency is Urgency.emergency:
        # A person in a shelter now, even with men waiting outside it, asks for no other bed.
        return needs - _NOT_AT[urgency] - ({Need.shelter} if cues.housed else set())
    if urgency is Urgency.low:
        if cues.test:
            return set()
        if cues.professional:
            return {Need.information}
        return needs & (_ASKING_FACTS - {Need.interpretation} if cues.material else _ASKING_FACTS)
    settled = needs - _NOT_AT[urgency]
    if cues.housed:
        settled.discard(Need.shelter)  # a need met: the person is in a shelter now
    if cues.lacking and Need.basic_needs in needs:
        settled.add(Need.basic_needs)  # food or water lacking is a need at any level
    if cues.ailing and Need.medical in needs:
        settled.add(Need.medical)  # an illness or an injury named needs care at any level
    if cues.studying and Need.employment_education in needs:
        settled.add(Need.employment_education)  # the person's own wish, now
    minor = Indicator.minor_involved in indicators
    work = bool(exploitation & _WORK)
    if cues.begging or (not work and (exploitation & _NOT_WAGES or cues.crime)):
        settled.discard(Need.labour_rights)
    if Exploitation.forced_marriage in exploitation:
        # A marriage forced on the person: a matter for the law (annulment, protection), not
        # for a labour complaint, whatever work the spouse's family makes them do.
        settled.discard(Need.labour_rights)
        settled.add(Need.legal)
    forced_crime = cues.crime or Exploitation.forced_criminality in exploitation
    if forced_crime and urgency is Urgency.high:
        # A child made to commit a crime is youth protection's case, not a defendant's.
        settled.discard(Need.legal) if minor else settled.add(Need.legal)
    if cues.crime:
        settled.discard(Need.substance_use)  # drugs the person is made to sell, not to take
    married = Exploitation.forced_marriage in exploitation
    forced_work = Exploitation.forced_labour in exploitation and not married and not cues.begging
    if urgency is Urgency.high and forced_work and not minor:
        settled.add(Need.labour_rights)  # an adult's forced work now: working conditions, a complaint
    if urgency is Urgency.standard and settled & _CARE_ASKED and Need.legal not in settled:
        # Pay not paid in a situation that is over, told by a person who asks for care (a
        # course, a bed, a doctor, a ticket home) and claims nothing: no labour complaint.
        settled.discard(Need.labour_rights)
    _settle_facts(urgency, settled, indicators, cues)
    return settled


def _settle_facts(urgency: Urgency, settled: set[Need], indicators: set[Indicator], cues: NeedCues) -> None:
    """Whether a message below an emergency asks for facts (`information`), in `settled`."""
    if urgency is Urgency.high and cues.question:
        settled.add(Need.information)
    if urgency is Urgency.high and settled & _SERVICES:
        # A question about a situation that goes on and names a service (a lawyer, a status, an
        # interpreter, a bed, a ticket home) asks for that service, not for facts.
        settled.discard(Need.information)
    if urgency is Urgency.standard and (settled & _CARE or Indicator.withholding_of_wages in indicators):
        settled.discard(Need.information)
    if settled == {Need.information} and not indicators and cues.plea and cues.words <= PLEA_WORDS:
        settled.clear()


# Indicators no writer names at a level: a situation over (`standard`) names what was done to
# the person, not a child now (the writer who was 12 then), nor the conditions or the
# vulnerability of the time.
_NOT_NAMED_AT = {
    Urgency.emergency: frozenset(),
    Urgency.high: frozenset(),
    Urgency.standard: frozenset(
        {Indicator.minor_involved, Indicator.abusive_conditions, Indicator.abuse_of_vulnerability}
    ),
}


def settle_indicators(
    urgency: Urgency, indicators: set[Indicator], cues: NeedCues = NO_CUES
) -> set[Indicator]:
    """The indicators a level names. A request for facts, training, research or the media
    (`low`) tells no situation of anyone's own: the words of exploitation it uses describe
    the topic, not a person. A child about to be taken somewhere, a van that drives workers, a
    man who waits outside some days keep no one in and threaten no one now (`cues.loose`)."""
    if urgency is Urgency.low:
        return set()
    return indicators - _NOT_NAMED_AT[urgency] - cues.loose
