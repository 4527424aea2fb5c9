"""What a partner notice says: a link to the portal and a deadline, never the caller's data.
Entries of the `caller` catalogues (app/locale), in the hotline's default language."""

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


def text(settings: Settings, *, kind: str, link: str, deadline: str) -> str:
    message = NEW if kind == "new" else REVOKED
    return automatic_messages.translate(
        settings,
        language=settings.default_language,
        message=message,
        values={"link": link, "deadline": deadline},
    )


def subject(settings: Settings) -> str:
    return automatic_messages.word(settings, language=settings.default_language, message=SUBJECT)
