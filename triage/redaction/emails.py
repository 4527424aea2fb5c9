"""E-mail addresses, plain ("ana@gmail.com") and obfuscated ("ana at gmail dot com",
"karim(at)outlook(dot)fr", "ana arobase hotmail point fr", "ana arroba gmail punto com")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage import word_lists
from triage.folding import fold_word
from triage.redaction.spans import Hints, finditer_at, has_odd_case, looked_for, word_starts

# "ana@gmail.com", "ana@gmail" (no domain ending: still an address), "ana @ gmail.com"; but not
# "his insta is @tony_99. it was" (a handle after a word).


def _spellings(key: str) -> tuple[str, ...]:
    """The "at" or "dot" words of every language (triage/lexicons/redaction, [emails]), in lower
    case, as written and without accents, longest first."""
    forms = {form for word in word_lists.words("emails", key) for form in (word.lower(), fold_word(word))}
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))


_AT_SPELLINGS = _spellings("at")
_DOT_SPELLINGS = _spellings("dot")
_AT_NAMES = "|".join(map(re.escape, _AT_SPELLINGS))
_DOT_NAMES = "|".join(map(re.escape, _DOT_SPELLINGS))
# "(a)" is an at sign only in brackets
_AT_BRACKETED = (
    rf"\s*(?:\(\s*(?:{_AT_NAMES}|@|a)\s*\)|\[\s*(?:{_AT_NAMES}|@)\s*\]"
    rf"|\{{\s*(?:{_AT_NAMES})\s*\}}|<\s*(?:{_AT_NAMES})\s*>)\s*"
)
_AT_WORD = rf"\s+(?:{_AT_NAMES}|@)\s+"
_DOT_BRACKETED = (
    rf"\s*(?:\(\s*(?:{_DOT_NAMES}|\.)\s*\)|\[\s*(?:{_DOT_NAMES}|\.)\s*\]|\{{\s*(?:{_DOT_NAMES})\s*\}})\s*"
)
_DOT_WORD = rf"\s+(?:{_DOT_NAMES})\s+"
_PROVIDERS = (
    "gmail|googlemail|hotmail|outlook|live|yahoo|ymail|icloud|me|msn|aol|proton|protonmail|videotron|"
    "sympatico|bell|rogers|shaw|telus|cogeco|globetrotter|orange|free|sfr|laposte|wanadoo|yandex|mail|"
    "qq|163|126|gmx|web|zoho|tutanota|prodigy|terra|uol|bol"
    # the providers and endings said in Cyrillic: "olga собака яндекс точка ру"
    "|яндекс|гмейл|джимейл|мейл|рамблер|укрнет"
)
_TLDS = (
    "com|ca|fr|org|net|mx|es|ht|ph|in|cn|ru|ua|ro|md|io|co|info|edu|gov|qc|uk|de|be|ch|br|ar|cl|pe|ve|"
    "gt|hn|sv|ni|cr|pa|cu|do|ma|dz|tn|sn|ci|cm|cd|ng|gh|ke|et|vn|pk|bd|lk|np|ir|iq|sy|lb|jo|eg|sa|ae|tr|pl|"
    "bg|hu|it|pt|us|me|biz|online|id|th|kr|jp|tw|hk|sg|au|nz|za|tz|ug|rw|af|ps|kz|by|ge|az|uz|cz|sk|"
    "rs|hr|gr|nl|se|dk|fi|ie|ly|sd|ye|om|qa|kw|bh|mm|kh|mn|bo|py|uy|ec|jm|tt|ml|bf|tg|bj|gn|mg|ao|mz|"
    "zw|zm|er|ba|mk|si|lt|lv|ee|app|xyz|ру|ком|юа|нет"
)
# "ana@x.org"; "ana @ x.org" with a space on each side; with a space on one side only
# ("marta.h @ukr.net"), the part before it must hold a dot, an underscore or a digit, and the
# domain end with a known top-level domain ("signé @tony.qc", "me @maria.lopez_92" are handles)
_PLAIN = re.compile(
    r"(?<![\w.+-])[\w.+-]*\w@[\w-]+(?:\.[\w-]+)*|(?<![\w.+-])[\w.+-]*\w @ [\w-]+(?:\.[\w-]+)+"
    rf"|(?<![\w.+-])[\w+-]*[._\d][\w.+-]*\w(?: @|@ )[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})(?![\w-])",
    re.UNICODE,
)
_LOCAL_BEFORE = re.compile(
    rf"(?<![\w.+-])[\w.+-]*\w(?:(?:{_DOT_BRACKETED}|{_DOT_WORD})[\w+-]+)*$", re.IGNORECASE | re.UNICODE
)
# group 1 is the first part of the domain: no separator can start inside a run of `[\w-]`
_DOMAIN_AFTER = re.compile(
    rf"([\w-]+)(?:(?:{_DOT_BRACKETED}|{_DOT_WORD}|\s?\.\s?)[\w-]+){{0,3}}", re.IGNORECASE | re.UNICODE
)
_AT = re.compile(rf"{_AT_BRACKETED}|{_AT_WORD}", re.IGNORECASE)
# a cheap first pass: where an "at" word or an "@" is written at all
_AT_ANCHOR = re.compile(rf"(?i)\b(?:{_AT_NAMES})\b|@|\(a\)")
_DOT = re.compile(rf"{_DOT_BRACKETED}|{_DOT_WORD}|\s?\.\s?", re.IGNORECASE)
_PROVIDER_NAMES = frozenset(_PROVIDERS.split("|"))
_TLD_NAMES = frozenset(_TLDS.split("|"))


# a message with one of these words may hold an "at" written as words: the longest word of
# each spelling ("còng" of "a còng"); and where such an "at" can start: its first word
_AT_FIRST_WORDS: dict[str, set[str]] = {}
for _spelling in _AT_SPELLINGS:
    _AT_FIRST_WORDS.setdefault(max(_spelling.split(), key=len), set()).add(_spelling.split()[0])
_AT_WORDS = looked_for(_AT_FIRST_WORDS)
_DOT_WORDS = looked_for(max(spelling.split(), key=len) for spelling in _DOT_SPELLINGS)
looked_for(first for firsts in _AT_FIRST_WORDS.values() for first in firsts)  # for word_starts


# `[\w.+-]`, the characters of the part before the "@", matched on a reversed piece of text
_LOCAL_RUN = re.compile(r"[\w.+-]*")
_LOCAL_RUN_PIECE = 64  # characters read backwards at a time; a local part is rarely longer


def _local_run_start(text: str, end: int) -> int:
    """Start of the run of `[\\w.+-]` that ends at `end`: the run is matched on the reversed
    characters before `end`, a piece at a time."""
    start = end
    while start > 0:
        piece_start = max(0, start - _LOCAL_RUN_PIECE)
        run = _LOCAL_RUN.match(text[piece_start:start][::-1])
        assert run is not None  # the pattern matches the empty string too
        start -= run.end()
        if start != piece_start:  # the run stopped inside the piece
            break
    return start


_DOT_SIGNS = ("(", "[", "{", *_DOT_SPELLINGS)


def _local_before(text: str, end: int) -> re.Match[str] | None:
    """`_LOCAL_BEFORE` searched in the 80 characters before `end`. Without a written dot in
    them ("(", "[", "{" or a dot word) it can only match the run of `[\\w.+-]` before `end`,
    so the search starts there instead of trying every position."""
    start = max(0, end - 80)
    window = text[start:end]
    if not has_odd_case(window):
        window = window.lower()
        if not any(sign in window for sign in _DOT_SIGNS):
            start = max(start, _local_run_start(text, end))
    return _LOCAL_BEFORE.search(text, start, end)


# the end of an address with its "@" written and its dots said: "ana@gmail dot com", "ana@gmail (dot) ca";
# or written with a space before it ("ana@gmail .com", "ana@gmail . ca", issue 11, round 20)
_DOT_TAIL = re.compile(rf"(?:{_DOT_BRACKETED}|{_DOT_WORD}|[ \t]\.[ \t]?)([\w-]+)", re.IGNORECASE)


def _dot_words_after(text: str, end: int) -> int:
    """Past the parts after `end` joined by a dot word, up to the last known top-level domain."""
    last = end
    for _ in range(3):
        tail = _DOT_TAIL.match(text, end)
        if tail is None:
            break
        end = tail.end()
        if tail.group(1).lower() in _TLD_NAMES:
            last = end
    return last


def _plain_emails(text: str) -> Iterator[tuple[int, int]]:
    """What `_PLAIN.finditer` finds, tried only where it can start: the run of `[\\w.+-]` that
    ends at an "@" (or at the space before " @ ")."""
    covered = 0
    at_sign = text.find("@")
    while at_sign != -1:
        local_end = at_sign - 1 if at_sign > 0 and text[at_sign - 1] == " " else at_sign
        local_start = _local_run_start(text, local_end)
        if local_start < local_end and local_start >= covered:
            match = _PLAIN.match(text, local_start)
            if match is not None:
                covered = end = _dot_words_after(text, match.end())
                while end > local_start and text[end - 1] in ".-":
                    end -= 1
                yield local_start, end
        at_sign = text.find("@", at_sign + 1)


def _all(text: str, sign: str) -> Iterator[int]:
    at = text.find(sign)
    while at != -1:
        yield at
        at = text.find(sign, at + 1)


def _at_anchors(text: str, hints: Hints) -> Iterator[re.Match[str]]:
    """What `_AT_ANCHOR.finditer` finds, tried only at the "@" signs and the "at" words written."""
    firsts = frozenset(first for word in hints.words & _AT_WORDS for first in _AT_FIRST_WORDS[word])
    starts = word_starts(text, hints, firsts)
    signs = [at for sign in ("@", "(a)") for at in _all(text, sign)]
    if starts is not None and signs:
        starts = sorted(starts + signs)
    yield from finditer_at(_AT_ANCHOR, text, starts)


def _mail_domain_end(text: str, domain: re.Match[str]) -> int | None:
    """Where the mail domain of a `_DOMAIN_AFTER` match ends: after its last part that is a
    known top-level domain ("ukr.net. Потрібна" ends after "net"), or after the whole match
    when it starts with a known provider ("gmail dot com", "hotmail"); None when it is no mail
    domain ("at home", "at the bus stop")."""
    provider = domain.group(1).lower() in _PROVIDER_NAMES
    if domain.end(1) == domain.end():
        return domain.end() if provider else None
    parts = _DOT.split(domain.group())
    if parts[-1].lower() in _TLD_NAMES:  # most addresses: a top-level domain ends the match
        return domain.end()
    end = None
    for separator in _DOT.finditer(text, domain.end(1), domain.end()):
        part = _PART.match(text, separator.end())
        if part is not None and part.end() <= domain.end() and part.group().lower() in _TLD_NAMES:
            end = part.end()
    if end is None and provider:
        return domain.end(1)
    return end


_PART = re.compile(r"[\w-]+")


# An address glued to a Chinese "at" and "dot" ("wangfang123艾特163点com"): no space sets the
# words apart, so the user name and the domain are read in Latin letters and digits only
_CJK_ATS = tuple(word for word in _AT_SPELLINGS if re.search(r"[\u3400-\u9fff]", word))
_CJK_DOTS = "|".join(re.escape(word) for word in _DOT_SPELLINGS if re.search(r"[\u3400-\u9fff]", word))
_GLUED_CJK = re.compile(
    rf"(?<![A-Za-z0-9._+-])[A-Za-z0-9][A-Za-z0-9._+-]* ?(?:{'|'.join(map(re.escape, _CJK_ATS))}) ?"
    rf"([A-Za-z0-9][A-Za-z0-9-]*)((?: ?(?:{_CJK_DOTS}|\.) ?[A-Za-z]{{2,}}(?![A-Za-z]))*)"
)


def _glued_cjk_emails(text: str) -> Iterator[tuple[int, int]]:
    for match in _GLUED_CJK.finditer(text):
        ending = re.findall(r"[A-Za-z]+", match.group(2))
        if (ending and ending[-1].lower() in _TLD_NAMES) or match.group(1).lower() in _PROVIDER_NAMES:
            yield match.span()


def find_emails(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of e-mail addresses; an obfuscated one needs a known provider or a known
    top-level domain after a written dot, so "I am at home" stays. Letters typed one by one
    ("a n a @ g m a i l . c o m", "k o f i 8 8 at gmail dot com") are read as one word."""
    if hints.has_any(_PROVIDER_WORDS):
        yield from _unmarked_emails(text, hints)  # "dmytro.k88 gmail com": no "at", no "dot"
    if not hints.latin1 and any(at in text for at in _CJK_ATS):
        yield from _glued_cjk_emails(text)
    if "@" not in text and "(a)" not in text and not hints.has_any(_AT_WORDS):
        return
    found = list(_find_emails(text, hints))
    yield from found
    # letters typed one by one: around an "@", in an address found in part ("k o f i 8 8 at
    # gmail dot com"), or with an "at" word and a "dot" word ("a n a at g m a i l dot c o m")
    spaced = found or "@" in text or (hints.has_any(_AT_WORDS) and hints.has_any(_DOT_WORDS))
    run = spaced and _TWO_SPACED.search(text) is not None and _SPACED_RUN.search(text) is not None
    if run or (spaced and " . " in text and "@" in text):
        yield from _spaced_emails(text)


# two characters typed one by one inside a run of them (" n a "): searched first, from its
# leading space (a literal the engine skips to), before the costlier run pattern
_TWO_SPACED = re.compile(r" [\w.+@-] [\w.+@-] ")
# three characters or more typed one by one, one space apart: "a n a", "g m a i l . c o m"
_SPACED_RUN = re.compile(r"(?<!\S)[\w.+@-](?: [\w.+@-]){2,}(?!\S)")


def _beside_sign(text: str, i: int) -> bool:
    """The space at `i` stands beside an "@" or on either side of a lone dot (" . ")."""
    before, after = text[i - 1 : i], text[i + 1 : i + 2]
    if "@" in (before, after):
        return True
    return (after == "." and text[i + 2 : i + 3] == " ") or (before == "." and text[i - 2 : i - 1] == " ")


def _spaced_emails(text: str) -> Iterator[tuple[int, int]]:
    """E-mail addresses in `text` read with the spaces inside each run of characters typed one
    by one, around an "@" and around a lone dot left out, as spans of `text`; the domain needs
    a dot or a known provider ("the end . ok @ home" is none)."""
    dropped = {i for run in _SPACED_RUN.finditer(text) for i in range(run.start() + 1, run.end(), 2)}
    if "@" in text:
        dropped.update(i for i, ch in enumerate(text) if ch == " " and _beside_sign(text, i))
    origin = [i for i in range(len(text)) if i not in dropped]  # where each character stands
    plain = "".join([text[i] for i in origin])
    for start, end in _find_emails(plain, Hints.of(plain)):
        _, at, domain = plain[start:end].rpartition("@")
        if not at or "." in domain or domain.lower() in _PROVIDER_NAMES:
            yield origin[start], origin[end - 1] + 1


def _find_emails(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    has_at_sign = "@" in text
    if has_at_sign:
        yield from _plain_emails(text)
    if not (has_at_sign or hints.has_any(_AT_WORDS) or "(a)" in text):
        return
    for anchor in _at_anchors(text, hints):
        # the full separator around the anchor: "(at)", " at ", " [@] " (search clamps the
        # bounds to the text)
        at = _AT.search(text, anchor.start() - 3, anchor.end() + 3)
        if at is None:
            continue
        domain = _DOMAIN_AFTER.match(text, at.end())
        if domain is None:
            continue
        end = _mail_domain_end(text, domain)
        unknown = end is None and domain.end(1) != domain.end()
        if unknown and _UNKNOWN_TLD.fullmatch(_DOT.split(domain.group())[-1]):
            end = domain.end()  # "hala.mansour at arabnews dot example": a domain no list knows
        if end is None:
            continue
        # the costly search last, for the few anchors followed by a mail domain
        local = _local_before(text, at.start())
        if local is None or (unknown and _SHAPED_LOCAL.search(local.group()) is None):
            continue
        if at.group().strip().lower() in _EVERYDAY_ATS and (
            unknown or _SHAPED_LOCAL.search(local.group()) is None
        ):
            continue  # "on travaille chez free.fr": a word, not a user name, before "chez"; "ng
            # 7-eleven sa Vaughan. yung": no known domain after "sa"
        if at.group().strip() == "@" or _LATIN_LOCAL.search(local.group()):
            yield _spoken_local_start(text, local), end


def _spoken_local_start(text: str, local: re.Match[str]) -> int:
    """Digits said apart from the name before them are part of it: "sandeep dot rawat 88 at
    gmail dot com", "ana 92 arroba gmail punto com" (issue 11, seventeenth round)."""
    start = local.start()
    if not local.group().isdigit() or start < 2 or text[start - 1] != " ":
        return start
    before = _local_before(text, start - 1)
    return before.start() if before is not None and before.group()[-1].isalpha() else start


# a top-level domain no list knows ends an address only in lower case, after a local part
# with a Latin letter and a dot, an underscore or a digit (issue 11, tenth round): "at school.
# Then" is no address, "o.tkachenko (at) media-ua.example" is
_UNKNOWN_TLD = re.compile(r"[a-z]{2,12}")
# "at" words that are everyday prepositions too ("chez": at someone's, Tagalog "sa": at, in,
# Arabic "على": on): only after a user name shaped like one (a dot, an underscore or a digit in
# it) and before a known mail domain
_EVERYDAY_ATS = frozenset({"chez", "sa", "على"})
_SHAPED_LOCAL = re.compile(r"[A-Za-z][\w+-]*[._\d]|[._\d][\w+-]*[A-Za-z]")


# an "at" written as a word needs a local part with a Latin letter or a digit: "تعمل في
# gmail" is no address, "noura.k في gmail نقطة com" is
_LATIN_LOCAL = re.compile(r"[A-Za-z0-9]")


# An address with its "@" and its dot both left out (issue 11, thirteenth round): a user name
# shaped like one (a letter and a dot, an underscore or a digit), then a known provider and a
# known top-level domain, with spaces between ("dmytro.savchuk88 gmail com"); "ana gmail com"
# or "my gmail account" is not read so
# (only the providers that are no everyday word: not "me", "live", "free", "mail", "web")
_UNMARKED_PROVIDERS = (
    "gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|aol|proton|protonmail|videotron|sympatico|"
    "yandex|gmx|zoho|tutanota|naver|daum|ukr|rambler"
)
_PROVIDER_WORDS = looked_for(_UNMARKED_PROVIDERS.split("|"))
_UNMARKED = re.compile(
    rf"(?<![\w.+@-])(?=[\w.+-]*[A-Za-z])(?=[\w.+-]*[._\d])[\w.+-]*\w[ \t]+(?:{_UNMARKED_PROVIDERS})"
    rf"(?:[ \t]+|[ \t]?\.[ \t]?)(?:{_TLDS})(?![\w@-])",
    re.IGNORECASE,
)


def _unmarked_emails(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    providers = word_starts(text, hints, _PROVIDER_WORDS)
    matches = _UNMARKED.finditer(text) if providers is None else _unmarked_at(text, providers)
    for match in matches:
        if _SHAPED_LOCAL.search(match.group().split()[0]):
            yield match.span()


def _unmarked_at(text: str, providers: list[int]) -> Iterator[re.Match[str]]:
    """What `_UNMARKED.finditer` finds, tried only where it can start: at the run of `[\\w.+-]`
    before the spaces before a provider's name (`providers`: where the names are written, in
    order). The pattern, tried at every character, looked ahead twice at each."""
    covered = 0
    for at in providers:
        gap = at
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        if gap == at or gap <= covered:
            continue
        start = _local_run_start(text, gap)
        if start < covered or start == gap:
            continue
        match = _UNMARKED.match(text, start)
        if match is not None:
            covered = match.end()
            yield match
