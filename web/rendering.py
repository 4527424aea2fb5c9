"""Template environments, language choice and message catalogues for the web front end.

Every word a person reads on a page comes from the ``messages`` catalogue of
``web/locale/<lang>/LC_MESSAGES/`` through Jinja2's i18n extension: ``_()`` and
``pgettext()`` in templates, ``label(family, code)`` for codes (see :mod:`web.labels`).

Message ids are the English text (gettext's usual choice): a translator sees the sentence
to translate, not a key, and a template reads as the page it renders. ``msgctxt`` tells
apart an English word with two meanings ("Active" conversation, "Active" partner). Strings
that a page script formats use ``{name}`` placeholders, filled by the script or by
``fill()`` on the server; a template never formats with ``%``. ``web/README.md`` has the
translator's workflow (``make messages-extract``, ``messages-update``, ``messages-compile``).

The backend renders every template with at least ``lang``, ``other_lang``, ``path`` and
``timezone`` (HOTLINE_TIMEZONE).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from babel.support import Translations
from markupsafe import Markup, escape

from web.charts import bar_chart
from web.labels import LABELS, LANGUAGE_NAMES
from web.times import when
from web.triage_why import why_lines

WEB_DIR: Path = Path(__file__).resolve().parent
TEMPLATES_DIR: Path = WEB_DIR / "templates"
STATIC_DIR: Path = WEB_DIR / "static"
LOCALE_DIR: Path = WEB_DIR / "locale"
DOMAIN = "messages"

SUPPORTED_LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE: str = "fr"


class CataloguesMissing(RuntimeError):
    """A compiled catalogue (.mo) is missing: the install step compiles them."""


@lru_cache(maxsize=8)
def catalogue(lang: str) -> Translations:
    """The compiled ``messages`` catalogue of ``lang`` (one of :data:`SUPPORTED_LANGUAGES`)."""
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not path.is_file():
        raise CataloguesMissing(
            f"{path} is missing: run `make messages-compile` "
            "(`make install` and `pip install` compile the catalogues)"
        )
    with path.open("rb") as file:
        return Translations(file, domain=DOMAIN)


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


def choose_language(query_lang: str | None, cookie_lang: str | None, accept_language: str | None) -> str:
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


def fill(text: str, **values: object) -> Markup:
    """``text`` with its ``{name}`` placeholders replaced by escaped values, as the scripts do."""
    result = escape(text)
    for name, value in values.items():
        result = result.replace("{" + name + "}", escape(value))
    return result


def build_environment(lang: str) -> jinja2.Environment:
    """Jinja2 environment for ``lang``: HTML autoescaping always on, its catalogue installed.

    Translations are plain text, escaped like any other value. Globals: ``_``, ``gettext``,
    ``pgettext`` (and plural forms), ``label``, ``script_labels``, ``fill``, ``language_name``,
    ``when`` (a time in the hotline's zone, see :mod:`web.times`).
    """
    translations = catalogue(lang)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    environment.install_gettext_translations(translations, newstyle=False)  # type: ignore[attr-defined]

    def label(family: str, code: object) -> str:
        """The word for ``code`` in ``family`` (see :mod:`web.labels`), or the code itself."""
        found = LABELS.get(family, {}).get(str(code))
        return str(translations.pgettext(*found)) if found else str(code or "")

    def script_labels(families: Iterable[str]) -> Mapping[str, str]:
        """``{"<family>.<code>": word}`` for the page scripts."""
        return {
            f"{family}.{code}": str(translations.pgettext(*found))
            for family in families
            for code, found in LABELS[family].items()
        }

    def triage_why(found: Mapping[str, Any] | None) -> list[str]:
        """ "Why this triage?" lines of a message's triage in this page's language."""
        return why_lines(found, lang, translations.gettext, label, fill)

    environment.globals.update(
        label=label,
        triage_why=triage_why,
        script_labels=script_labels,
        fill=fill,
        bar_chart=bar_chart,
        when=when,
        language_name=lambda code: LANGUAGE_NAMES.get(code, code),
    )
    return environment
