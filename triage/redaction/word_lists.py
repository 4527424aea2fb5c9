"""The words the redaction detectors look for, read from `triage/lexicons/redaction/<lang>.toml`.

One file per language, in sections (`[names]`, `[identity]`); each key holds a list of words
or phrases (the format is documented in `triage/lexicons/README.md`). The lists of every
language are joined, in file-name order and then in the order written. A file that cannot be
used is an error naming the file and the key, never a silent skip: a missing cue can leak a
name.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from triage.folding import fold_word

REDACTION_DIR: Path = Path(__file__).resolve().parents[1] / "lexicons" / "redaction"


def _lower(entry: str) -> str:
    return entry.lower()


# Section -> key -> how two entries are told apart: a list looked up folded may not hold two
# entries that fold alike; phrases and titles, read as written, may not differ only by case.
KEYS: dict[str, dict[str, Callable[[str], str]]] = {
    "names": {
        "cues": _lower,  # a name follows: "my name is", "je m'appelle"
        "cues_unspaced": _lower,  # the same, in a script written without spaces ("我叫")
        "weak_cues": _lower,  # a listed first name follows: "this is", "ici"
        "relations": fold_word,  # a capitalised word after one is a name: "my boss", "ma coloc"
        "titles": _lower,  # honorifics, written with a capital or in lower case: "Mr", "mme"
        "titles_capitalised": _lower,  # honorifics that are everyday words too: only "Don", "Miss"
        "relative_intros": _lower,  # "c'est" in "c'est Xochitl qui ..."
        "relative_pronouns": fold_word,  # "qui" in "c'est Xochitl qui ..."
        "particles": fold_word,  # inside a name: "de", "van", "bin"
        "business_words": fold_word,  # a name followed by one is a business: "Tremblay Transport"
        "closings": _lower,  # the capitalised words after one, at the end, are a signature
    },
    "identity": {
        "cues": fold_word,  # a number after one is an id: "passport", "NAS", "expediente"
        "cues_capitals": _lower,  # the same, only in capitals ("SIN", "PR")
        "cues_unspaced": _lower,  # the same, in a script written without spaces ("护照")
        "fillers": fold_word,  # words a cue may be followed by: "number", "is", "numéro"
    },
}
_CODE = re.compile(r"[a-z]{2}")


class WordListError(ValueError):
    """A word-list file that cannot be used, with the file and the key that is wrong."""


def _entries(values: object, where: str, same: Callable[[str], str]) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise WordListError(f"{where}: must be a list of strings")
    seen: dict[str, str] = {}
    for value in values:
        if not value.strip() or not same(value).strip():
            raise WordListError(f"{where}: empty entry {value!r}")
        key = same(value)
        if key in seen:
            raise WordListError(f"{where}: {value!r} is listed twice (as {seen[key]!r} too)")
        seen[key] = value
    return tuple(values)


def parse(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """Read and check one file: (section, key) -> its entries."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise WordListError(f"{path.name}: not valid TOML: {error}") from None
    language = data.pop("language", None)
    if not isinstance(language, dict) or set(language) != {"code"}:
        raise WordListError(f"{path.name}: needs a [language] table with only `code`")
    code = language["code"]
    if not isinstance(code, str) or not _CODE.fullmatch(code) or code != path.stem:
        raise WordListError(f"{path.name}: [language] code must be {path.stem!r} (ISO 639-1), not {code!r}")
    lists: dict[tuple[str, str], tuple[str, ...]] = {}
    for section, keys in data.items():
        known = KEYS.get(section)
        if known is None or not isinstance(keys, dict):
            raise WordListError(f"{path.name}: unknown section [{section}] (known: {', '.join(KEYS)})")
        for key, values in keys.items():
            if key not in known:
                raise WordListError(f"{path.name} [{section}]: unknown key {key!r}")
            lists[(section, key)] = _entries(values, f"{path.name} [{section}] {key}", known[key])
    if not lists:
        raise WordListError(f"{path.name}: no word list")
    return lists


def parse_all(paths: Iterable[Path]) -> dict[tuple[str, str], tuple[str, ...]]:
    """The lists of every file joined, in file-name order."""
    joined: dict[tuple[str, str], list[str]] = {}
    for path in sorted(paths):
        for name, entries in parse(path).items():
            joined.setdefault(name, []).extend(entries)
    return {name: tuple(entries) for name, entries in joined.items()}


@lru_cache(maxsize=1)
def _shipped() -> dict[tuple[str, str], tuple[str, ...]]:
    return parse_all(REDACTION_DIR.glob("*.toml"))


def words(section: str, key: str) -> tuple[str, ...]:
    """Every language's entries for `key` of `section`, as written."""
    if key not in KEYS[section]:
        raise KeyError(f"{section}.{key}")
    return _shipped().get((section, key), ())
