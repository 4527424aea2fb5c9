"""What a partner notice says: a link to the portal and a deadline, never the caller's data.
Entries of the `caller` catalogues (app/locale), in the partner organisation's notice language
(`hsds_organization.notice_language`), else the hotline's default language."""

from __future__ import annotations

from app.conversations import automatic_messages
from app.conversations.automatic_messages import N_
from app.settings import Settings

# Translators: an SMS or e-mail to a partner organisation. %(link)s opens the referral in the
# partner portal; %(deadline)s is a date and time. Never add anything about the person.
NEW = N_("The hotline has a referral for you. Please acknowledge it before %(deadline)s: %(link)s")
# Translators: sent to a partner when the person withdrew their consent. %(link)s as above.
REVOKED = N_(
    "The person withdrew their consent for a referral: what was shared is no longer available. %(link)s"
)
# Translators: the subject of a partner's notice e-mail.
SUBJECT = N_("Hotline referral")
MESSAGES = (NEW, REVOKED, SUBJECT)


def worded(settings: Settings, code: str) -> bool:
    """Whether the catalogues of `code` word every notice text."""
    return bool(code) and all(
        automatic_messages.has_words(settings, language=code, message=message) for message in MESSAGES
    )


def language(settings: Settings, wanted: str | None) -> str:
    """The language a partner's notices are written in: the organisation's own (`wanted`) when
    the catalogues word every notice text in it, else the hotline's default language (and, were
    that not worded either, French then English), so one notice is never in two languages nor
    falls back to the message ids."""
    for candidate in (wanted, settings.default_language, "fr", "en"):
        code = (candidate or "").strip()[:2].lower()
        if worded(settings, code):
            return code
    return settings.default_language


def text(settings: Settings, *, kind: str, link: str, deadline: str, language: str) -> str:
    """The notice in `language`, as `language()` chose it."""
    message = NEW if kind == "new" else REVOKED
    return automatic_messages.translate(
        settings, language=language, message=message, values={"link": link, "deadline": deadline}
    )


def subject(settings: Settings, *, language: str) -> str:
    return automatic_messages.word(settings, language=language, message=SUBJECT)
