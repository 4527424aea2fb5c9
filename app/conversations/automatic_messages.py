"""The messages the hotline sends on its own: first-contact safety message, deletion receipt.

Their words come from the `caller` message catalogues, built in for fr, en and es
(`app/locale/<lang>/LC_MESSAGES/caller.po`, compiled to `.mo` when the package is installed;
message ids are the English text, see `app/locale/caller.pot`). A hotline words them itself
with catalogues of its own in `HOTLINE_SAFETY_MESSAGES_DIR`, laid out the same way
(`<dir>/<lang>/LC_MESSAGES/caller.po`, or a compiled `caller.mo`): its translations come
first, and a message it leaves out keeps the built-in wording. A new language is a new
catalogue. Placeholders: `%(emergency_number)s`, `%(channel_note)s`, `%(delete_keyword)s`,
`%(stop_keyword)s`; a hotline's text with a placeholder it cannot fill is not sent: the
built-in one is.
"""

from __future__ import annotations

import io
from functools import lru_cache
from gettext import GNUTranslations, NullTranslations
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from app.domain import ChannelKind, NoticeKind
from app.settings import Settings

BUILT_IN = Path(__file__).resolve().parents[1] / "locale"
DOMAIN = "caller"


def N_(message: str) -> str:
    """Mark a message for `pybabel extract`; it is translated when it is sent."""
    return message


# Translators: the first message a caller receives on SMS, WhatsApp and Telegram. Keep every
# %(...)s placeholder: the emergency number, the channel note below, the two keywords.
SAFETY = N_(
    "Hello. You are writing to the confidential helpline for people affected by human "
    "trafficking. What you tell us stays confidential. The limit: if a child or anyone is in "
    "immediate danger, we must alert emergency services. In an emergency, call "
    "%(emergency_number)s. %(channel_note)s To erase this conversation from our systems, write "
    "%(delete_keyword)s. To stop receiving messages, write %(stop_keyword)s. If someone else can "
    "see your device, delete our messages too."
)
# Translators: what each channel reveals, inserted as %(channel_note)s in the safety message.
CHANNEL_NOTES: dict[ChannelKind, str] = {
    ChannelKind.sms: N_(
        "Be aware: your phone company can see that messages were exchanged with this number, "
        "and they stay on your phone."
    ),
    ChannelKind.whatsapp: N_(
        "Be aware: WhatsApp and your phone company can see that you wrote to this number."
    ),
    ChannelKind.telegram: N_("Be aware: Telegram can see that you wrote to this account."),
    ChannelKind.webchat: N_(
        "If you share this device, close this tab and clear the browser history after the conversation."
    ),
}
# Translators: added to the safety message on Telegram, where the caller picks a language.
LANGUAGE_PROMPT = N_("To choose a language: /fr (français), /en (English), /es (español).")
# Translators: the answer to the deletion keyword.
DELETED = N_(
    "Your conversation has been erased from our systems. Remember to delete this message from "
    "your device too. You can write to us again at any time."
)
# Translators: the word a caller writes to erase their conversation. It must be one of the
# words app/conversations/caller_keywords.py knows (EFFACER, DELETE, BORRAR...).
DELETE_KEYWORD = N_("DELETE")
# Translators: the word a caller writes to receive no more messages (STOP, ALTO...).
STOP_KEYWORD = N_("STOP")


# Translators: the chat page, once the caller's message reached the hotline and no one has
# taken the conversation yet. Promise no time.
WAITING = N_("Your message has reached the hotline. Someone will answer you as soon as they can.")
# Translators: the chat page, while an operator writes a reply.
TYPING = N_("Someone from the hotline is writing…")
# Translators: the chat page, SMS and Telegram, when the hotline closes the conversation.
CLOSED = N_("The hotline has closed this conversation. You can write to us again at any time.")
# Translators: the chat page, when the caller sends many messages at once (flood control).
RATE_LIMITED = N_(
    "You are sending many messages in a short time. Please wait a moment: your message "
    "will be sent on its own."
)
NOTICES: dict[NoticeKind, str] = {
    NoticeKind.waiting: WAITING,
    NoticeKind.typing: TYPING,
    NoticeKind.closed: CLOSED,
}


class CatalogueMissing(RuntimeError):
    """No compiled built-in catalogue: the install step compiles them."""


def _read(path: Path) -> GNUTranslations:
    """A catalogue from a `.mo` file, or from a `.po` file compiled in memory."""
    if path.suffix == ".po":
        with path.open("rb") as source:
            catalog = read_po(source, domain=DOMAIN)
        compiled = io.BytesIO()
        write_mo(compiled, catalog)
        compiled.seek(0)
        return GNUTranslations(compiled)
    with path.open("rb") as file:
        return GNUTranslations(file)


def _own_catalogue(folder: Path, language: str) -> Path | None:
    """A hotline's catalogue for `language`: the `.po` it edits, else a compiled `.mo`."""
    for suffix in (".po", ".mo"):
        path = folder / language / "LC_MESSAGES" / f"{DOMAIN}{suffix}"
        if path.is_file():
            return path
    return None


def _built_in_catalogue(language: str) -> Path | None:
    path = BUILT_IN / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    return path if path.is_file() else None


def _languages(folder: Path | None, *suffixes: str) -> set[str]:
    """The languages with a catalogue `<folder>/<lang>/LC_MESSAGES/caller<suffix>`."""
    if folder is None:
        return set()
    return {
        path.parents[1].name for suffix in suffixes for path in folder.glob(f"*/LC_MESSAGES/{DOMAIN}{suffix}")
    }


def available(settings: Settings) -> set[str]:
    return _languages(BUILT_IN, ".mo") | _languages(settings.safety_messages_dir, ".po", ".mo")


def choose_language(settings: Settings, *candidates: str | None) -> str:
    """The first candidate with texts, else the hotline's default language."""
    have = available(settings)
    for candidate in candidates:
        code = (candidate or "")[:2].lower()
        if code in have:
            return code
    return settings.default_language if settings.default_language in have else "fr"


class _Untranslated(NullTranslations):
    """The end of a chain that answers an empty text for a message no catalogue words."""

    def gettext(self, message: str) -> str:
        return ""


@lru_cache(maxsize=64)
def _chain(paths: tuple[Path, ...], *, exact: bool = False) -> NullTranslations:
    """The catalogues in order, each falling back to the next, the last to the English id (to an
    empty text when `exact`: whether a catalogue words the message at all)."""
    chain: NullTranslations = _Untranslated() if exact else NullTranslations()
    for path in reversed(paths):
        catalogue = _read(path)
        catalogue.add_fallback(chain)
        chain = catalogue
    return chain


def has_words(settings: Settings, *, language: str, message: str) -> bool:
    """Whether a catalogue of exactly `language` (the hotline's own or the built-in one) words
    `message`: where none does, `translate` would give another language's words."""
    code = language.strip()[:2].lower()
    if not code:
        return False
    own = _own_catalogue(settings.safety_messages_dir, code) if settings.safety_messages_dir else None
    paths = tuple(path for path in (own, _built_in_catalogue(code)) if path is not None)
    return bool(paths) and bool(_chain(paths, exact=True).gettext(message))


def _catalogues(settings: Settings, language: str) -> list[NullTranslations]:
    """The hotline's words then the built-in ones, and the built-in ones alone."""
    language = choose_language(settings, language)
    built_in = _built_in_catalogue(language)
    if built_in is None and not _languages(BUILT_IN, ".mo"):
        raise CatalogueMissing(f"no compiled {DOMAIN} catalogue in {BUILT_IN}: run `make messages-compile`")
    own = _own_catalogue(settings.safety_messages_dir, language) if settings.safety_messages_dir else None
    fallback = (built_in,) if built_in else ()
    chains = [_chain((own, *fallback))] if own else []
    return [*chains, _chain(fallback)]


def _fill(catalogues: list[NullTranslations], message: str, values: dict[str, str]) -> str:
    for catalogue in catalogues:
        try:
            return catalogue.gettext(message) % values
        except (KeyError, ValueError, TypeError):
            continue
    return message % values


def safety_message(settings: Settings, *, language: str, channel: ChannelKind) -> str:
    catalogues = _catalogues(settings, language)
    words = catalogues[0]
    note = CHANNEL_NOTES.get(channel)
    text = _fill(
        catalogues,
        SAFETY,
        {
            "emergency_number": settings.emergency_number,
            "channel_note": words.gettext(note) if note else "",
            "delete_keyword": words.gettext(DELETE_KEYWORD),
            "stop_keyword": words.gettext(STOP_KEYWORD),
        },
    )
    if channel is ChannelKind.telegram:
        text += "\n\n" + words.gettext(LANGUAGE_PROMPT)
    return text


def deletion_receipt(settings: Settings, *, language: str) -> str:
    return _catalogues(settings, language)[0].gettext(DELETED)


def caller_text(settings: Settings, message: str, *, language: str, values: dict[str, str]) -> str:
    """Any caller-catalogue message in `language`, its placeholders filled (the emergency
    number is always available as `%(emergency_number)s`)."""
    return _fill(
        _catalogues(settings, language), message, {"emergency_number": settings.emergency_number, **values}
    )


def notice(settings: Settings, *, kind: NoticeKind, language: str | None) -> str:
    """What the caller reads for a notice (waiting, typing, closed), in their language."""
    return _catalogues(settings, language or "")[0].gettext(NOTICES[kind])


def rate_limited(settings: Settings, *, language: str | None) -> str:
    return _catalogues(settings, language or "")[0].gettext(RATE_LIMITED)


def translate(settings: Settings, *, language: str, message: str, values: dict[str, str]) -> str:
    """Any caller message of the catalogues (consent texts too), its placeholders filled."""
    return _fill(_catalogues(settings, language), message, values)


def word(settings: Settings, *, language: str, message: str) -> str:
    """A short caller word of the catalogues (a fact's name, a keyword), translated."""
    return _catalogues(settings, language)[0].gettext(message)
