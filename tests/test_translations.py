"""Every word a person reads comes from a message catalogue, in French and English at least.

Pure: reads the catalogues, the templates and the sources; starts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from gettext import GNUTranslations
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.pofile import read_po

import triage
from app.conversations import automatic_messages, caller_keywords
from app.domain import ChannelKind, Direction
from app.models import ConversationStatus, Role
from directory import partner_form
from directory.schedules import DAY_CODES
from web import rendering
from web.labels import LABELS

ROOT = Path(__file__).resolve().parents[1]
KEYWORDS = {**DEFAULT_KEYWORDS, "pgettext_noop": ((1, "c"), 2)}  # as the Makefile's `-k`
# domain -> (catalogue folder, languages that must be complete, sources as babel.cfg maps them)
DOMAINS = {
    "messages": (
        rendering.LOCALE_DIR,
        ("fr", "en"),
        [*sorted((ROOT / "web").rglob("*.py")), *sorted(rendering.TEMPLATES_DIR.rglob("*.html"))],
    ),
    "caller": (
        automatic_messages.BUILT_IN,
        ("fr", "en", "es"),
        [
            ROOT / "app" / "conversations" / "automatic_messages.py",
            ROOT / "app" / "calls" / "prompts.py",
            ROOT / "app" / "referrals" / "consent_texts.py",
            ROOT / "app" / "referrals" / "notice_texts.py",
        ],
    ),
}
PERCENT = re.compile(r"%\((\w+)\)[sd]")
BRACES = re.compile(r"\{(\w*)\}")


def _read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def _po_files() -> Iterator[tuple[str, str, Path]]:
    for domain, (folder, _languages, _sources) in DOMAINS.items():
        for path in sorted(folder.glob(f"*/LC_MESSAGES/{domain}.po")):
            yield domain, path.parents[1].name, path


def _extracted(domain: str) -> set[tuple[str | None, str]]:
    found: set[tuple[str | None, str]] = set()
    for path in DOMAINS[domain][2]:
        method = "jinja2" if path.suffix == ".html" else "python"
        for _line, message, _comments, context in extract_from_file(method, str(path), keywords=KEYWORDS):
            found.add((context, message if isinstance(message, str) else message[0]))
    return found


def _placeholders(text: str) -> tuple[set[str], set[str]]:
    return set(PERCENT.findall(text)), set(BRACES.findall(text))


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_template_holds_every_message_of_the_sources(domain: str) -> None:
    folder = DOMAINS[domain][0]
    template = {(m.context, m.id) for m in _read(folder / f"{domain}.pot") if m.id}
    assert template == _extracted(domain), "run `make messages-update`"


@pytest.mark.parametrize("domain", DOMAINS)
def test_each_required_language_translates_every_message(domain: str) -> None:
    folder, languages, _sources = DOMAINS[domain]
    wanted = _extracted(domain)
    for language in languages:
        catalog = _read(folder / language / "LC_MESSAGES" / f"{domain}.po")
        translated = {(m.context, m.id) for m in catalog if m.id and m.string.strip() and not m.fuzzy}
        assert wanted - translated == set(), f"{domain} {language}: untranslated or fuzzy"


def test_placeholders_match_between_the_source_and_each_translation() -> None:
    checked = 0
    for domain, language, path in _po_files():
        for message in _read(path):
            if message.id and message.string:
                assert _placeholders(message.string) == _placeholders(message.id), (
                    f"{domain} {language}: {message.id[:60]!r}"
                )
                checked += 1
    assert checked > 200


def test_the_placeholder_check_sees_a_dropped_or_renamed_placeholder() -> None:
    assert _placeholders("Reason: {reason}") != _placeholders("Raison :")
    assert _placeholders("call %(emergency_number)s") != _placeholders("appelez %(number)s")
    assert _placeholders("{n} min ago") == _placeholders("il y a {n} min")


def test_the_compiled_catalogues_are_those_of_the_po_files() -> None:
    """`make install` (or `pip install`) compiled them; a stale one means `make messages-compile`."""
    for _domain, language, path in _po_files():
        mo = path.with_suffix(".mo")
        assert mo.is_file(), f"{mo} is missing: run `make messages-compile`"
        with mo.open("rb") as file:
            compiled = GNUTranslations(file)
        for message in _read(path):
            if message.id and message.string and not message.fuzzy:
                got = (
                    compiled.pgettext(message.context, message.id)
                    if message.context
                    else compiled.gettext(message.id)
                )
                assert got == message.string, f"{mo} is stale: run `make messages-compile`"
        assert language


def test_every_code_the_pages_show_has_a_label() -> None:
    families = {
        "urgency": triage.Urgency,
        "channel": ChannelKind,
        "status": ConversationStatus,
        "role": Role,
        "message": Direction,
        "need": triage.Need,
        "indicator": triage.Indicator,
        "exploitation": triage.Exploitation,
        "directory.need": triage.Need,
    }
    for family, codes in families.items():
        assert {code.value for code in codes} == set(LABELS[family]), family
    assert set(LABELS["directory.day"]) == set(DAY_CODES)
    assert set(LABELS["directory.referral_mode"]) == set(partner_form.REFERRAL_MODES)
    assert set(LABELS["directory.notification_method"]) == set(partner_form.NOTIFICATION_METHODS)


def test_labels_translate_and_an_unknown_code_shows_as_itself() -> None:
    label = rendering.build_environment("fr").globals["label"]
    assert label("urgency", "high") == "Élevée"
    assert label("channel", "webchat") == "Clavardage"
    assert label("urgency", "not-a-code") == "not-a-code"
    assert rendering.build_environment("en").globals["label"]("status", "active") == "Active"


def test_fill_escapes_the_values_and_keeps_unknown_placeholders() -> None:
    assert str(rendering.fill("Reason: {reason} {other}", reason="<b>")) == "Reason: &lt;b&gt; {other}"
    assert str(rendering.fill("{km} km & more", km=3.5)) == "3.5 km &amp; more"


def test_a_missing_compiled_catalogue_stops_the_app_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(rendering, "LOCALE_DIR", tmp_path)
    rendering.catalogue.cache_clear()
    try:
        with pytest.raises(rendering.CataloguesMissing, match="make messages-compile"):
            rendering.catalogue("fr")
    finally:
        monkeypatch.undo()
        rendering.catalogue.cache_clear()


def test_the_keywords_the_automatic_messages_name_are_keywords_the_hotline_knows() -> None:
    for language in DOMAINS["caller"][1]:
        catalog = _read(automatic_messages.BUILT_IN / language / "LC_MESSAGES" / "caller.po")
        words = {m.id: m.string for m in catalog if m.id}
        for message, action in (
            (automatic_messages.DELETE_KEYWORD, caller_keywords.KeywordAction.delete),
            (automatic_messages.STOP_KEYWORD, caller_keywords.KeywordAction.stop),
        ):
            keyword = caller_keywords.match(words[message])
            assert keyword is not None and keyword.action is action, (language, words[message])


# --- No words outside a translation call in the templates -----------------------------------

# Blocks that fill an attribute of <body>, not text.
ATTRIBUTE_BLOCKS = re.compile(r"\{% block (?:body_class|body_attrs) %\}.*?\{% endblock %\}", re.S)
JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
TRANS_BLOCK = re.compile(r"\{% trans\b.*?%\}.*?\{% endtrans %\}", re.S)
TAG = re.compile(r"<[^>]*>", re.S)
VISIBLE_ATTRIBUTE = re.compile(r"""\b(?:aria-label|title|alt|placeholder|value)\s*=\s*"([^"]*)\"""")
# Text that is not words: language codes as an example, punctuation, separators.
ALLOWED = {"fr, en, es"}


def untranslated_text(source: str) -> list[str]:
    """Words a person would read that are not produced by an expression (a heuristic)."""
    source = TRANS_BLOCK.sub(" ", ATTRIBUTE_BLOCKS.sub("", source))
    found = []
    for value in VISIBLE_ATTRIBUTE.findall(source):
        rest = JINJA.sub("", value).strip()
        if re.search(r"[^\W\d_]{2,}", rest) and rest not in ALLOWED:
            found.append(rest)
    text = TAG.sub(" ", re.sub(r"<(script|style)\b.*?</\1>", " ", JINJA.sub(" ", source), flags=re.S))
    found += [word for word in text.split() if re.search(r"[^\W\d_]", word)]
    return found


def test_no_template_has_words_outside_a_translation_call() -> None:
    for path in sorted(rendering.TEMPLATES_DIR.rglob("*.html")):
        assert untranslated_text(path.read_text(encoding="utf-8")) == [], path.name


def test_the_template_check_sees_words_in_text_and_in_attributes() -> None:
    assert untranslated_text('<p>{{ _("Hello") }}</p>') == []
    assert untranslated_text("<p>{% trans n=x %}Call {{ n }}.{% endtrans %} Hi</p>") == ["Hi"]
    assert untranslated_text("<p>Hello {{ name }}</p>") == ["Hello"]
    assert untranslated_text('<nav aria-label="Queue"></nav>') == ["Queue"]
    assert untranslated_text('<input placeholder="{{ _(\'Search\') }}" value="{{ v }}">') == []
    assert untranslated_text("<p>({{ n }}) — {{ m }} / 4</p>") == []
