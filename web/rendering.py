"""Template environment, language choice and translations for the web front end.

The backend renders every template with at least: ``t`` (see :func:`translator`),
``lang``, ``other_lang`` and ``path``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import jinja2

WEB_DIR: Path = Path(__file__).resolve().parent
TEMPLATES_DIR: Path = WEB_DIR / "templates"
STATIC_DIR: Path = WEB_DIR / "static"
TRANSLATIONS_DIR: Path = WEB_DIR / "translations"

SUPPORTED_LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE: str = "fr"


class Translator(Protocol):
    """``t(key, **kwargs) -> str``; a plain ``Callable[[str], str]`` when no kwargs."""

    def __call__(self, key: str, /, **kwargs: object) -> str: ...


@lru_cache(maxsize=1)
def _load() -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for lang in SUPPORTED_LANGUAGES:
        table: dict[str, str] = {}
        # `fr.json` holds the shared words; `fr/<area>.json` one area's (directory, channels...).
        paths = [TRANSLATIONS_DIR / f"{lang}.json", *sorted((TRANSLATIONS_DIR / lang).glob("*.json"))]
        for path in paths:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError(f"{path} must hold a JSON object")
            for key, value in data.items():
                if key in table:
                    raise ValueError(f"{path}: key {key!r} is already defined for {lang}")
                table[str(key)] = str(value)
        result[lang] = table
    return result


def load_translations() -> dict[str, dict[str, str]]:
    """Return ``{lang: {key: text}}`` for every supported language (a fresh copy)."""
    return {lang: dict(table) for lang, table in _load().items()}


def _normalise(tag: str | None) -> str | None:
    """Map a language tag such as ``fr-CA`` or ``EN_us`` to a supported code."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in SUPPORTED_LANGUAGES else None


def _from_accept_language(header: str | None) -> str | None:
    if not header:
        return None
    best: str | None = None
    best_q = 0.0
    for part in header.split(","):
        pieces = part.strip().split(";")
        tag = pieces[0].strip()
        q = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value.strip())
                except ValueError:
                    q = 0.0
        q = min(max(q, 0.0), 1.0)
        if tag == "*" and q > best_q:
            best, best_q = DEFAULT_LANGUAGE, q
            continue
        code = _normalise(tag)
        # Strictly greater: on a tie the earlier entry in the header wins.
        if code is not None and q > best_q:
            best, best_q = code, q
    return best


def choose_language(
    query_lang: str | None, cookie_lang: str | None, accept_language: str | None
) -> str:
    """Query parameter, then cookie, then Accept-Language, then French."""
    return (
        _normalise(query_lang)
        or _normalise(cookie_lang)
        or _from_accept_language(accept_language)
        or DEFAULT_LANGUAGE
    )


def other_language(lang: str) -> str:
    """The language the switch link points to."""
    return "en" if lang == "fr" else "fr"


def build_environment() -> jinja2.Environment:
    """Jinja2 environment on :data:`TEMPLATES_DIR` with HTML autoescaping always on."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def translator(lang: str) -> Translator:
    """Return ``t(key, **kwargs)``: the text for ``key`` in ``lang``, formatted.

    An unknown language uses French; an unknown key returns the key itself.
    A formatting error returns the text unformatted rather than breaking a page.
    """
    tables = _load()
    table = tables.get(lang, tables[DEFAULT_LANGUAGE])

    def t(key: str, /, **kwargs: object) -> str:
        text = table.get(key, key)
        if kwargs:
            try:
                return text.format(**kwargs)
            except (KeyError, IndexError, ValueError):
                return text
        return text

    return t
