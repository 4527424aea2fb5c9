"""Signs read after the level is decided, so that they never change it: each one adds an
indicator and the need that follows from it, with its explanation.

- pay taken or held back (`withholding_of_wages`): a word of pay and a word of taking or not
  paying in one clause ("il garde tout le cash", "зарплату задерживают", "工资一直拖着"), or
  a share of the pay kept ("takes 70%"); the person will need `labour_rights` unless it is
  an emergency (the needs of now come first, as `triage.scoring` says);
- a debt to pay off (`debt_bondage`): a word of owing and an amount or a cost of the journey
  in one clause ("je dois encore 9 000 $", "я винна агенції 4000", "要还路费"), or a debt named
  by its noun ("are o datorie", "علينا دين", "поки не відробим долг"); none, and none the rules
  read, when every debt named is owed to the person or to a bank ("he owes me 5 weeks pay", "my
  debt to the bank": `triage.creditors`);
- abusive living conditions (`abusive_conditions`): sleeping or living in a place no one
  should live in ("je dors dans la buanderie", "живём в вагончике"), no food, water or heat
  ("no comida 2 dia", "没饭"), or medical care refused (read by the danger model);
- cut off from others (`isolation`): a phone taken, held or checked by someone ("il check
  mon cell", "la señora se llevó los celulares", "телефон забрали"), or talking to others
  forbidden or allowed only rarely ("no la deja hablar con su familia", "不许她跟朋友联络");
- no day of rest (`excessive_overtime`): "não tenho folga", "вихідних немає", "walang day off";
- an interpreter (`interpretation`): a language and a word of speaking it or of a service in
  it ("no hablo inglés", "un psychologue qui parle swahili", "会说中文的律师");
- kept in (`restriction_of_movement`): a door closed on the person in telegraphic words ("ferme
  porte clé", "باب مسكر"), a threat on going out of the place ("si je sors il me tue"), or the
  person's location kept on or watched at all times ("вимагає, щоб була ввімкнена геолокація");
- pills swallowed, an illness, an injury or a pregnancy named (`medical`): "выпила все таблетки";
- going home (`repatriation`): a word of returning and the country, home or family to return
  to ("bghit nrje3 l lmghrib", "хочу вернуться к детям");
- hit or hurt (`physical_sexual_violence`): telegraphic and past forms the lexicons miss
  ("patron pega yo", "бос бив"), unless a negation comes just before ("nunca me ha pegado");
- deceived (`deception`): a promise, an offer or a contract named ("Агент обіцяв 22 долари").

`triage.analyze` adds them after the learned second opinion, which reads the rules' codes:
these signs reach neither the urgency nor the opinion.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress

from triage import late_sign_table
from triage.codes import Indicator, Need, Urgency
from triage.creditors import barred_debt, creditor_sets
from triage.declined_needs import declined
from triage.elsewhere import elsewhere_sets, meant_elsewhere
from triage.folding import WORD, Folded
from triage.hours import overtime_span
from triage.late_sign_table import Sign
from triage.pair_cues import PairCues, Scan, TermSet, Words, load_pair, load_terms, set_numbers
from triage.result import TriageResult
from triage.scare_quotes import quoted_work
from triage.settled_needs import NO_CUES, NeedCues, settle_indicators, settle_needs
from triage.shifts import long_shift
from triage.status_named import status_at_stake
from triage.threats import conditional_threat, threat_sets
from triage.vulnerability import vulnerability_sets, vulnerability_used


@dataclass(frozen=True, slots=True)
class Late:
    """One late sign: the words as written, the codes they say, and why."""

    quote: str
    indicator: Indicator | None
    needs: tuple[Need, ...]
    why: str

    def line(self, needs: tuple[Need, ...], indicators: tuple[Indicator, ...] = ()) -> str | None:
        """The explanation, naming only the codes the result keeps (its `needs`, `indicators`)."""
        kept = [code.value for code in self.needs if code in needs]
        codes = ([self.indicator.value] if self.indicator in indicators else []) + kept
        return f"'{self.quote}' -> {', '.join(codes)} ({self.why})" if codes else None


@dataclass(frozen=True, slots=True)
class LateSigns:
    signs: tuple[Late, ...] = ()
    # What the needs settled last depend on (`triage.settled_needs`; none by default).
    cues: NeedCues = field(default_factory=NeedCues)


NONE = LateSigns()
# Every code in its declared order (walking an Enum class is slow).
_NEEDS = tuple(Need)
_INDICATORS = tuple(Indicator)
# Needs that wait until the person is safe (as `triage.scoring` says of an emergency).
_LATER_NEEDS = frozenset(
    {Need.legal, Need.immigration, Need.labour_rights, Need.information, Need.employment_education}
)


def read_late_signs(
    text: str,
    folded: Folded,
    found: tuple[Indicator, ...],
    words: Words | None = None,
    read: dict[str, tuple[int, int]] | None = None,
    report: bool = True,
    had: tuple[Need, ...] = (),
    need_cues: NeedCues = NO_CUES,
) -> LateSigns:
    """The late signs of redacted `text` (folded as `folded`, its folded `words` with their
    spans if already split) that the rules did not find (`found`). `read` holds the folded
    spans of what the danger model read that says a sign too (medical care refused, just
    fled). A question about an imagined case is no `report`: it gets needs, no indicator
    (the caller leaves out a joke altogether). Needs the rules already gave (`had`) are not
    explained twice."""
    indicators: list[Indicator] = []
    needs: list[Need] = []
    signs: list[Late] = []

    def add(
        indicator: Indicator | None, new_needs: tuple[Need, ...], span: tuple[int, int], why: str
    ) -> None:
        if indicator is not None:
            indicators.append(indicator)
        needs.extend(new_needs)
        signs.append(Late(_quote(text, folded, span), indicator, new_needs, why))

    for name, span in (read or {}).items():
        indicator, new_needs, why, unless = late_sign_table.READ[name]
        if indicator not in found and unless not in found and (report or indicator is None):
            add(indicator, new_needs, span, why)
    if words is None:
        words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded.text)]
    scan = Scan(folded.text, words, _all_sets())
    # Only the signs both of whose word lists the message may hold are read (in C: the message
    # holds words of some eight lists of 73, most signs none).
    live = scan.live()
    found = (*found, *(barred := barred_debt(scan)))  # a debt owed to the person or a bank: none
    for sign, cues in compress(_sign_pairs(), map(live.issuperset, _sign_numbers())):
        if sign.indicator is not None and not report:
            continue
        # A sign whose indicator is found already still says its need ("no food": basic_needs).
        indicator = None if sign.indicator in (*found, *indicators) else sign.indicator
        if indicator is None and set(sign.needs) <= set(needs) | set(had):
            continue
        if (paired := cues.find(folded.text, words, scan)) is not None:
            add(indicator, sign.needs, paired, sign.why)
    if report:
        _said_alone(folded.text, scan, words, (*found, *indicators), (*had, *needs), add)
        if used := vulnerability_used(scan, (*found, *indicators), "care_refused" in (read or {})):
            add(Indicator.abuse_of_vulnerability, (), *used)
        if Indicator.deception not in (*found, *indicators) and (quoted := quoted_work(text)):
            indicators.append(Indicator.deception)
            signs.append(Late(quoted, Indicator.deception, (), "a job or an agency in quotation marks"))
    status = status_at_stake(scan)
    if status is not None and Need.immigration not in (*needs, *had):
        add(None, (Need.immigration,), *status)
    need_cues = _read_need_cues(need_cues, folded.text, scan, words, report, barred)
    return LateSigns(tuple(signs), need_cues) if signs or need_cues != NO_CUES else NONE


def _read_need_cues(
    cues: NeedCues, text: str, scan: Scan, words: Words, report: bool, barred: tuple[Indicator, ...] = ()
) -> NeedCues:
    """`cues` with what the words of the message say that the needs depend on (folded `text`), and
    the rules' indicators it rules out (`barred`) dropped."""
    lacking = load_pair("living", "lacking", "essential", (), ())  # the same objects as their signs'
    wish = load_pair("training", "wish", "study", (), ())
    ailment = _not_denied(scan.spans(load_terms("medicine", "ailment")), words)
    return NeedCues(
        question=cues.question,
        report=cues.report,
        words=cues.words,
        professional=cues.professional,
        test=cues.test,
        loose=cues.loose.union(barred),
        ailing=report and ailment is not None,
        crime=report and bool(scan.spans(load_terms("crime", "crime"))),
        housed=bool(scan.spans(load_terms("home", "housed"))),
        plea=bool(scan.spans(load_terms("plea", "help"))),
        material=bool(scan.spans(load_terms("language", "material"))),
        begging=report and bool(scan.spans(load_terms("crime", "begging"))),
        lacking=lacking.find(text, words, scan) is not None,
        studying=report and wish.find(text, words, scan) is not None,
        elsewhere=meant_elsewhere(text, words, scan),
    )


_Add = Callable[[Indicator | None, tuple[Need, ...], tuple[int, int], str], None]


def _said_alone(
    text: str, scan: Scan, words: Words, have: tuple[Indicator, ...], needs_had: tuple[Need, ...], add: _Add
) -> None:
    """The signs a word or a phrase says alone (pay not paid, a hit, a promise) or a condition
    with its harm (a threat), when the rules did not find them (`have`)."""
    if Indicator.withholding_of_wages not in have:
        unpaid = scan.spans(load_terms("pay", "unpaid"))
        if unpaid:
            add(Indicator.withholding_of_wages, (Need.labour_rights,), min(unpaid), "pay not paid or cut")
    if Indicator.intimidation_threats not in have:
        threat = conditional_threat(text, words, scan)
        if threat is not None:
            add(Indicator.intimidation_threats, (), threat, "a threat: if the person does not obey, a harm")
    if Indicator.physical_sexual_violence not in have:
        hit = _not_denied(scan.spans(load_terms("violence", "hitting")), words)
        if hit is not None:
            add(Indicator.physical_sexual_violence, (), hit, "hit or hurt by someone")
    if Indicator.restriction_of_movement not in have:
        locked = _not_denied(scan.spans(load_terms("movement", "locked")), words, LOCK_DENIAL_REACH)
        if locked is not None:
            add(Indicator.restriction_of_movement, (), locked, "locked in by someone")
        elif kept_in := scan.spans(load_terms("movement", "if_out")):
            add(Indicator.restriction_of_movement, (), min(kept_in), "kept in by a threat on going out")
    if Indicator.debt_bondage not in have:
        debt = scan.spans(load_terms("debt", "debt_named"))
        if debt:
            add(Indicator.debt_bondage, (), min(debt), "a debt to pay off")
    if Indicator.deception not in have:
        promised = scan.spans(load_terms("deception", "promise"))
        if promised:
            add(Indicator.deception, (), min(promised), "a promise or an offer that was not kept")
    if Need.medical not in needs_had:
        ailment = _not_denied(scan.spans(load_terms("medicine", "ailment")), words)
        if ailment is not None:
            add(None, (Need.medical,), ailment, "an illness, an injury or a pregnancy named")
    if Need.legal not in needs_had:
        threatened = _images_threatened(text, scan, words) or min(
            scan.spans(load_terms("images", "blackmail")), default=None
        )
        if threatened is not None:
            add(None, (Need.legal,), threatened, "intimate images used as a threat: a crime")
            needs_had = (*needs_had, Need.legal)
    exploited = bool(have) or bool(scan.spans(load_terms("crime", "crime")))
    for need, lists, why in _NEED_WORDS:
        if need not in needs_had:
            # A place of scam compounds names one only beside a sign of exploitation.
            read = [(name, table) for name, table, alone in lists if alone or exploited]
            found = (_wanted(text, scan.spans(load_terms(n, t))) for n, t in read)
            said = next((spans for spans in found if spans), None)
            if said:
                add(None, (need,), min(said), why)
    if Indicator.excessive_overtime not in have:
        hours = overtime_span(text, wide=True) or long_shift(text)
        if hours is not None:
            add(Indicator.excessive_overtime, (), hours, "hours far above any legal limit")


def _wanted(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The `spans` of need words in folded `text` that no phrase turns down ("I don't want to go home")."""
    return [span for span in spans if not declined(text, *span)]


# Needs a word or a phrase says alone (lexicons/codes/<file>.toml, [table]), when the rules did
# not give them: a claim before the law, psychological support, going home. A list marked False
# counts only beside an indicator the rules found or a crime the person is made to commit.
_NEED_WORDS: tuple[tuple[Need, tuple[tuple[str, str, bool], ...], str], ...] = (
    (
        Need.legal,
        (("claim", "claim", True), ("claim", "family_law", True)),
        "a claim or a case before the law",
    ),
    (Need.mental_health, (("support", "support", True),), "asks for psychological support, names a trauma"),
    (Need.employment_education, (("training", "training", True),), "asks for training, a course or a job"),
    (Need.shelter, (("home", "homeless", True),), "nowhere to stay, or a place to stay asked for"),
    (
        Need.repatriation,
        (("home", "going_home", True), ("home", "compound", False)),
        "wants to go home, or to be brought back",
    ),
)
# A sentence ends at these (a threat and the images it names share one).
_SENTENCE_END = re.compile(r"[.!?\n。！？؟।]")


def _images_threatened(text: str, scan: Scan, words: Words) -> tuple[int, int] | None:
    """Photos or videos to be sent or posted, with a condition or a threat in their sentence
    ("if I stop he sends the videos to my parents"): sextortion, a crime (`legal`)."""
    pair = load_pair("images", "images", "spreading").find(text, words, scan)
    if pair is None:
        return None
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, pair[0])]
    begin = starts[-1] if starts else 0
    end_match = _SENTENCE_END.search(text, pair[1])
    end = end_match.start() if end_match else len(text)
    threats = scan.spans(load_terms("images", "threatening"))
    return pair if any(begin <= start < end for start, _ in threats) else None


# Words before a violence word that may deny it ("nunca me ha pegado", "не бил", "hindi naman
# po ako sinasaktan"), and after it ("y me bat pas", "maarta nahi hai"); before a lock, fewer.
DENIAL_REACH = 5
LOCK_DENIAL_REACH = 3
DENIAL_AFTER = 2


# The word lists read alone (lexicons/codes/<file>.toml, [table]).
_LISTS = (
    ("violence", "hitting"),
    ("deception", "promise"),
    ("status", "removal"),
    ("status", "travel_document"),
    ("crime", "crime"),
    ("pay", "unpaid"),
    ("plea", "help"),
    ("images", "threatening"),
    ("images", "blackmail"),
    ("home", "going_home"),
    ("home", "compound"),
    ("claim", "claim"),
    ("claim", "family_law"),
    ("debt", "debt_named"),
    ("training", "training"),
    ("support", "support"),
    ("movement", "locked"),
    ("movement", "if_out"),
    ("home", "housed"),
    ("home", "homeless"),
    ("medicine", "ailment"),
    ("language", "material"),
    ("crime", "begging"),
)


@lru_cache(maxsize=1)
def _sign_pairs() -> tuple[tuple[Sign, PairCues], ...]:
    """Each sign with its pair of word lists, looked up once."""
    return tuple(
        (sign, load_pair(sign.file, sign.first, sign.second, sign.extra_first, sign.extra_second))
        for sign in late_sign_table.SIGNS
    )


@lru_cache(maxsize=1)
def _sign_numbers() -> tuple[tuple[int, int], ...]:
    """The numbers of each sign's two word lists in the scan of `_all_sets`."""
    numbers = set_numbers(_all_sets())
    return tuple((numbers[id(cues.first)], numbers[id(cues.second)]) for _, cues in _sign_pairs())


@lru_cache(maxsize=1)
def _all_sets() -> tuple[TermSet, ...]:
    """Every word list the late signs read in a whole message, scanned in one pass."""
    sets: list[TermSet] = []
    for _, cues in _sign_pairs():
        sets += [cues.first, cues.second]
    for name, table in _LISTS:
        sets.append(load_terms(name, table))
    images = load_pair("images", "images", "spreading")
    sets += [images.first, images.second]
    sets.extend(threat_sets())
    sets.extend((*vulnerability_sets(), *creditor_sets(), *elsewhere_sets()))
    return tuple(sets)


def _not_denied(
    spans: list[tuple[int, int]], words: Words, reach: int = DENIAL_REACH
) -> tuple[int, int] | None:
    """The first of `spans` with no word of negation among the words just before it."""
    if not spans:
        return None
    negations = load_terms("violence", "negation")
    starts = [start for _, start, _ in words]
    for span in sorted(spans):
        first = bisect_left(starts, span[0])
        last = bisect_left(starts, span[1])
        around = [*words[max(0, first - reach) : first], *words[last : last + DENIAL_AFTER]]
        if not negations.spans(" ".join(word for word, _, _ in around), around):
            return span
    return None


def _quote(text: str, folded: Folded, span: tuple[int, int]) -> str:
    start, end = folded.source_span(*span)
    return " ".join(text[start:end].split())


def with_late_signs(result: TriageResult, signs: LateSigns) -> TriageResult:
    """`result` with `signs` added (an emergency keeps only the needs of now), and its needs
    settled from the whole picture (`triage.settled_needs`)."""
    # The level's filter reads the rules' indicators; a late sign is read in the words as they stand.
    indicators = settle_indicators(result.urgency, set(result.indicators), signs.cues)
    needs = set(result.needs)
    for sign in signs.signs:
        if sign.indicator is not None:
            indicators.add(sign.indicator)
        needs.update(sign.needs)
    if result.urgency is Urgency.emergency:
        needs -= _LATER_NEEDS - set(result.needs)
    needs = settle_needs(result.urgency, needs, indicators, set(result.exploitation), signs.cues)
    if result.urgency is Urgency.low:
        indicators = settle_indicators(result.urgency, indicators)
    kept = tuple([code for code in _NEEDS if code in needs])
    found = tuple([code for code in _INDICATORS if code in indicators])
    if not signs.signs and kept == result.needs and found == result.indicators:
        return result
    lines = [line for line in (sign.line(kept, found) for sign in signs.signs) if line is not None]
    return replace(
        result,
        indicators=found,
        needs=kept,
        explanations=(*result.explanations, *lines),
    )
