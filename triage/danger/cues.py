"""Danger cue files (`triage/lexicons/danger/<lang>.toml`): read and checked once.

Each file gives, for one language, the words of the danger model (`triage.danger.kinds`):
what happens (`[[what]]` tables), when (`now`, `past`), negations, who (`third_party`,
`minor`) and what is not meant seriously (`not_serious`). The format is documented for
hotline staff in `triage/lexicons/README.md` ("Danger cues"). A broken file is an error
naming the file and the key, never a silent skip.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from triage.danger.kinds import GRAVE, What
from triage.folding import fold_plain
from triage.lexicon import LEXICON_DIR, LexiconError, MatchMode, load_lexicons
from triage.term_pieces import compile_term

CUE_DIR: Path = LEXICON_DIR / "danger"

# The cue lists of a language file that name words found in a message, in the order their
# terms are given to the cue finder (triage/danger/reading.py).
WORD_LISTS = (
    "now",
    "currently",
    "ongoing",
    "past",
    "third_party",
    "minor",
    "not_serious",
    "information",
    "hypothetical",
    "self_locked",
    "care",
    "document",
    "holding",
    "negation",
    "negation_after",
    "escaped",
    "wage",
    "kin",
    "negation_scope",
    "condition",
    "unsure",
    "professional",
    "definition",
    "report",
    "endure",
    "disavowal",
    "former",
    "not_denial",
    "turned",
    "arrest_fear",
    "service_plea",
    "confided",
    "since",
    "in_care",
    "dream",
)
# The lists that name languages, not words: read more languages, not in the text.
_LANGUAGE_LISTS = ("latin_markers", "siblings")
_LIST_KEYS = (*WORD_LISTS, *_LANGUAGE_LISTS)
_CUE_KEYS = {"code", "negation_reach", *_LIST_KEYS}
_WHAT_KEYS = {"kind", "terms", "now", "grave"}
# In languages matched as substrings, a term is at least this long once folded.
MIN_TERM_LENGTH = 2
# Words that may stand between a negation and the danger word ("he never *really* hit me").
DEFAULT_REACH = 2


@dataclass(frozen=True, slots=True)
class WhatCue:
    """Words naming one kind of danger; `now`: they say it is happening now ("is hitting
    me"); `grave`: a danger to life or liberty that needs no word of time ("kill me", "the
    door is locked"): an emergency unless denied or over."""

    kind: What
    terms: tuple[str, ...]
    now: bool
    grave: bool


@dataclass(frozen=True, slots=True)
class DangerCues:
    code: str
    negation: tuple[str, ...]
    negation_after: tuple[str, ...]
    negation_reach: int
    now: tuple[str, ...]
    currently: tuple[str, ...]
    ongoing: tuple[str, ...]
    past: tuple[str, ...]
    third_party: tuple[str, ...]
    minor: tuple[str, ...]
    not_serious: tuple[str, ...]
    # A request for facts, training, research, media, a test or spam (not a person's situation).
    information: tuple[str, ...]
    # A question about an imagined case ("if someone...", "hypothetically"): no danger now.
    hypothetical: tuple[str, ...]
    # The person closed the lock to hide ("locked myself in", "in the bathroom"): a lock in
    # the same clause is no confinement by someone else.
    self_locked: tuple[str, ...]
    # Medical care (hospital, doctor, ambulance): with a negation in its clause, in a message
    # that names an injury, care is refused ("no hospital", "никакой больницы").
    care: tuple[str, ...]
    # A document (passport, permit, papers) and a word of holding or taking (keeps, took, has)
    # in one clause: the documents are retained by someone else.
    document: tuple[str, ...]
    holding: tuple[str, ...]
    # Words of the language written in Latin letters ("hai", "mujhe"): a message with two of
    # them is read with these cues too, whatever language it was told to be.
    latin_markers: tuple[str, ...]
    # Close languages whose cues are read too (Russian and Ukrainian are told apart by a few
    # letters; a message in one often borrows the other's words).
    siblings: tuple[str, ...]
    # Words of having fled ("I ran away", "me escapé"): a danger now with pursuit in the
    # message or a word of now or hiding in their sentence, else a word of the past.
    escaped: tuple[str, ...]
    # Pay (salary, sueldo, 工资): with a word of holding in one clause, wages are withheld.
    wage: tuple[str, ...]
    # A relative or a pupil ("my daughter", "mi sobrina"): a number under 18 just after it
    # is an age ("my daughter, 13"; `triage.danger.kin`).
    kin: tuple[str, ...]
    # Words a negation's scope runs through without counting towards its reach: auxiliaries,
    # adverbs of frequency, object pronouns, "or"/"nor" ("nobody has ever hit me or locked me
    # up"; Issue 11, sixth round). Danger words in between do not count either.
    negation_scope: tuple[str, ...]
    # A condition ("if", "si", "якщо", "如果"): a threat in its clause waits on the person's act
    # ("if I complain he sends me back"): an intimidation that goes on, not a danger now.
    condition: tuple[str, ...]
    # Doubt about what one sees ("not sure if", "je sais pas si", "probably nothing"): a
    # suspicion reported by a witness, not a danger they say is happening now.
    unsure: tuple[str, ...]
    # The writer asks as a professional: a journalist, a researcher, a trainer. Words of
    # exploitation in the message are its topic, not signs of their own situation.
    professional: tuple[str, ...]
    # A question about what a word or a law means ("what is trafficking", "la diferencia entre",
    # "что такое"): the words of exploitation in it are its topic (Issue 11, seventh round).
    definition: tuple[str, ...]
    # A witness asks whether or where to report what they see ("should I report", "a quién
    # aviso", "куда сообщить"): with nothing now, no child and no sign of their own, a suspicion.
    report: tuple[str, ...]
    # Told to bear it ("忍忍就好", "tiisin mo lang", "chịu đựng đi") or kept from shore ("不肯靠岸"):
    # in a message that names an injury, an illness or violence, care is refused (eighth round).
    endure: tuple[str, ...]
    # The writer says they will not act on a thought of self-harm or have no plan ("but I won't
    # do it", "pero hindi ko gagawin", "但我不会做傻事", "koi plan nahi"): the thought, with no
    # word of now in its sentence, is a risk that goes on, not an act or a plan now (`high`;
    # TRIAGE.md: suicidal *with intent*; Issue 11, ninth round).
    disavowal: tuple[str, ...]
    # A relation that is over ("my ex-boss", "mon ancien patron", "mi ex patrón"): a word of the
    # past for the relation, not for a pursuit told now ("my ex-boss found me, he is outside
    # my building"; Issue 11, ninth round).
    former: tuple[str, ...]
    # Words of this language that a language read beside it takes for a negation: Vietnamese
    # "no" (nó, he or she; Spanish and Tagalog "no"). When this language is the message's, that
    # other language's negation there denies nothing ("no nhot em": he locks me in; tenth round).
    not_denial: tuple[str, ...]
    # A bare "now" that turns from what was told before ("but now", "pero ahora", "а теперь"):
    # a danger in its sentence goes on, whatever the past told in other sentences (an arrival,
    # a claim made months ago; Issue 11, round 15). Read as a bare "now" (`currently`) too.
    turned: tuple[str, ...]
    # The writer's fear of being arrested, caught or deported by the authorities ("tengo miedo
    # de que me arresten", "boję się, że mnie aresztują", "怕被抓"): the fear or the arrest in it
    # names no threat, lock or pursuit by anyone (Issue 11, round 15).
    arrest_fear: tuple[str, ...]
    # A plea for a service ("help me find a job", "допоможіть знайти роботу", "帮我找工作"): the
    # plea inside it is no word of now, so it neither places a danger now nor cancels a word of
    # the past in its sentence (Issue 11, round 15).
    service_plea: tuple[str, ...]
    # Someone told the writer in secret or in a whisper ("told me in secret", "m'a dit en
    # cachette", "nói nhỏ với tôi"): how a witness learned, no one writing in hiding now; the
    # secrecy word in it is neither a hiding nor a word of now (Issue 11, round 18).
    confided: tuple[str, ...]
    # "Since" before a past ("since I left the metro", "depi m soti", "de când am ieșit"): the
    # past starts a span that lasts until now, no time that is over (Issue 11, round 19).
    since: tuple[str, ...]
    # The writer is in hospital now, or was operated on ("I'm at the hospital", "m nan lopital",
    # "我在医院"): the injury is being cared for, so care refused before and the injury are not a
    # danger now (Issue 11, round 19).
    in_care: tuple[str, ...]
    # A dream or a nightmare ("I dream every night that he kills me", "visez că mă omoară",
    # "мне снится, что он меня убьёт"): the harm told after it in its sentence is a fear that
    # goes on, no danger now (Issue 11, round 23).
    dream: tuple[str, ...]
    what: tuple[WhatCue, ...]


def _terms(values: Any, where: str, key: str, substring: bool) -> tuple[str, ...]:
    if values is None:
        return ()
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise LexiconError(f"{where}: `{key}` must be a list of strings")
    folded = []
    for value in values:
        term = fold_plain(value)
        if not term.strip(" ~*") or (substring and len(term.strip()) < MIN_TERM_LENGTH):
            # "ههه" folds to "ه" (a letter repeated counts once): it would match every ه.
            raise LexiconError(f"{where}: term {value!r} in `{key}` folds to less than two letters")
        folded.append(term)
    return tuple(folded)


def _flag(raw: dict[str, Any], key: str, where: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise LexiconError(f"{where}: `{key}` must be true or false")
    return value


def _what(raw: Any, where: str, substring: bool) -> WhatCue:
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: a [[what]] must be a table")
    unknown = set(raw) - _WHAT_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {sorted(unknown)}")
    try:
        kind = What(str(raw.get("kind")))
    except ValueError:
        allowed = ", ".join(k.value for k in What)
        raise LexiconError(f"{where}: unknown kind {raw.get('kind')!r} (allowed: {allowed})") from None
    terms = _terms(raw.get("terms"), where, "terms", substring)
    if not terms:
        raise LexiconError(f"{where}: `terms` is missing or empty")
    # `grave` defaults to what the kind says (a threat to life is grave, a slap is not).
    grave = _flag(raw, "grave", where) if "grave" in raw else kind in GRAVE
    return WhatCue(kind, terms, _flag(raw, "now", where), grave)


def parse(path: Path, substring: bool | None = None) -> DangerCues:
    """Read and check one danger cue file; `substring`: whether its language is matched as
    substrings (by default, what the lexicon of the same language says)."""
    if substring is None:
        lexicon = load_lexicons().get(path.stem)
        substring = lexicon is not None and lexicon.match is MatchMode.substring
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"danger/{path.name}: not valid TOML: {error}") from None
    unknown_tables = set(data) - {"cues", "what"}
    if unknown_tables:
        raise LexiconError(f"danger/{path.name}: unknown table(s) {sorted(unknown_tables)}")
    cues = data.get("cues")
    where = f"danger/{path.name} [cues]"
    if not isinstance(cues, dict):
        raise LexiconError(f"danger/{path.name}: the [cues] table is missing")
    unknown = set(cues) - _CUE_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {sorted(unknown)}")
    if cues.get("code") != path.stem:
        raise LexiconError(f"{where}: code must be {path.stem!r}, not {cues.get('code')!r}")
    reach = cues.get("negation_reach", DEFAULT_REACH)
    if not isinstance(reach, int) or isinstance(reach, bool) or not 0 <= reach <= 8:
        raise LexiconError(f"{where}: `negation_reach` must be a whole number from 0 to 8")
    what_raw = data.get("what", [])
    if not isinstance(what_raw, list):
        raise LexiconError(f"danger/{path.name}: `what` must be [[what]] tables")
    # A negation may be one character ("不"); any other term is two or more.
    lists = {
        key: _terms(cues.get(key), where, key, substring and not key.startswith("negation"))
        for key in _LIST_KEYS
    }
    return DangerCues(
        code=path.stem,
        negation_reach=reach,
        what=tuple(
            _what(raw, f"danger/{path.name} what {n}", substring) for n, raw in enumerate(what_raw, 1)
        ),
        **lists,
    )


def parse_all(paths: Iterable[Path]) -> dict[str, DangerCues]:
    return {cues.code: cues for cues in (parse(path) for path in sorted(paths))}


@lru_cache(maxsize=1)
def latin_markers() -> tuple[tuple[str, frozenset[str]], ...]:
    """(code, marker words) of the cue files that read their language in Latin letters."""
    return tuple((code, frozenset(c.latin_markers)) for code, c in load_cues().items() if c.latin_markers)


@lru_cache(maxsize=1)
def load_cues() -> dict[str, DangerCues]:
    """Every danger cue file shipped in `triage/lexicons/danger/`, read once per process."""
    return parse_all(CUE_DIR.glob("*.toml"))


def compile_cues(cues: DangerCues) -> None:
    """Compile every term of `cues` as the reader will, so a bad `*` or `~` is reported."""
    for cue in cues.what:
        for term in cue.terms:
            _compile(term, cues.code)
    for key in _LIST_KEYS:
        for term in getattr(cues, key):
            _compile(term, cues.code)


def _compile(term: str, code: str) -> None:
    if term.strip(" ~*"):
        compile_term(term, f"danger/{code}.toml")
