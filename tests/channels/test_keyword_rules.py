"""Caller keywords and what may be sent to a contact: rules only, no database, no app."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.conversations.caller_keywords import KEYWORDS, KeywordAction, match
from app.delivery.outbox import automatic_allowed, refuse_reply, uses_outbox
from app.domain import ChannelKind
from app.errors import Conflict
from app.models import Contact

pytestmark = pytest.mark.pure

PROVIDERS = [ChannelKind.sms, ChannelKind.whatsapp, ChannelKind.telegram]


@pytest.mark.parametrize("word", sorted(KEYWORDS))
def test_every_keyword_is_matched_whatever_its_case_and_punctuation(word: str) -> None:
    for text in (word, word.upper(), f"  {word.capitalize()} !", f"«{word}»", f"¡{word}!", f"{word}..."):
        assert match(text) == KEYWORDS[word], text


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Arrêter", KeywordAction.stop),
        ("ARRÊT", KeywordAction.stop),
        ("Effacer.", KeywordAction.delete),
        ("¿Borrar?", KeywordAction.delete),
        ("REANUDAR", KeywordAction.start),
        ("ｓｔｏｐ", KeywordAction.stop),
    ],
)
def test_accents_and_wide_letters_are_ignored(text: str, action: KeywordAction) -> None:
    keyword = match(text)
    assert keyword is not None and keyword.action is action


@pytest.mark.parametrize(
    "text",
    [
        "stop it",
        "delete my data please",
        "start again",
        "stopp",
        "effacer effacer",
        "st op",
        "stop" + " " * 40,
    ],
)
def test_anything_but_the_bare_word_is_an_ordinary_message(text: str) -> None:
    assert match(text) is None


def test_a_keyword_tells_the_language_it_is_written_in_unless_shared() -> None:
    assert {word: keyword.language for word, keyword in KEYWORDS.items() if keyword.language is None} == {
        "stop": None,
        "stopall": None,
        "start": None,
        "unstop": None,
    }
    assert {keyword.language for keyword in KEYWORDS.values()} == {"fr", "en", "es", None}
    # Every language has a word for each action.
    for language in ("fr", "en", "es"):
        actions = {k.action for k in KEYWORDS.values() if k.language in (language, None)}
        assert actions == set(KeywordAction), language


def contact(*, safe: bool | None = None, stopped: bool = False) -> Contact:
    return Contact(
        channel="sms",
        pseudonym="p",
        safe_to_reply=safe,
        stopped_at=datetime(2026, 1, 1, tzinfo=UTC) if stopped else None,
    )


class TestReplyRefusal:
    @pytest.mark.parametrize("channel", PROVIDERS)
    def test_a_provider_reply_needs_a_recorded_safe_decision(self, channel: ChannelKind) -> None:
        with pytest.raises(Conflict, match="record first"):
            refuse_reply(contact(), channel.value)
        with pytest.raises(Conflict, match="unsafe"):
            refuse_reply(contact(safe=False), channel.value)
        refuse_reply(contact(safe=True), channel.value)  # allowed

    @pytest.mark.parametrize("safe", [None, False, True])
    def test_stop_refuses_whatever_the_decision(self, safe: bool | None) -> None:
        with pytest.raises(Conflict, match="STOP"):
            refuse_reply(contact(safe=safe, stopped=True), ChannelKind.sms.value)

    @pytest.mark.parametrize("safe", [None, False, True])
    def test_the_web_chat_answers_on_its_own_socket_and_is_never_refused(self, safe: bool | None) -> None:
        refuse_reply(contact(safe=safe, stopped=True), ChannelKind.webchat.value)

    def test_only_provider_channels_use_the_outbox(self) -> None:
        assert {kind for kind in ChannelKind if uses_outbox(kind.value)} == set(PROVIDERS)
        assert not uses_outbox("pigeon")


class TestAutomaticMessages:
    def test_sent_unless_the_contact_is_unsafe_or_stopped(self) -> None:
        assert automatic_allowed(contact())  # nothing recorded yet: the safety message goes
        assert automatic_allowed(contact(safe=True))
        assert not automatic_allowed(contact(safe=False))
        assert not automatic_allowed(contact(safe=True, stopped=True))
