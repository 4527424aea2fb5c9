"""The consent text sent to the caller in their language, and what its yes or revocation
answers. Texts are entries of the `caller` catalogues (app/locale), like the safety message."""

from __future__ import annotations

from app.conversations import automatic_messages
from app.conversations.automatic_messages import N_
from app.referrals import consent_words
from app.referrals.schemas import Fact
from app.settings import Settings

# Translators: sent to a caller before a referral. %(facts)s lists what would be shared, %(partner)s
# names the organisation. Keep %(yes_keyword)s and %(revoke_keyword)s: the words to write back.
REQUEST = N_(
    "With your agreement, we would share %(facts)s with %(partner)s so that they can help you. "
    "Write %(yes_keyword)s to agree. You can withdraw your agreement at any time by writing "
    "%(revoke_keyword)s."
)
# Translators: the answer to the caller's yes to a consent text.
GIVEN = N_("Thank you. %(partner)s has been told and will contact you as agreed.")
# Translators: the answer to the revocation keyword.
REVOKED = N_("Your agreement is withdrawn: %(partner)s no longer sees what you had allowed us to share.")
# Translators: told to the caller when a partner worker joins their conversation. %(name)s is the
# worker's first name, %(partner)s the organisation. Keep %(yes_keyword)s.
JOINED = N_(
    "%(name)s, %(partner)s, has joined the conversation. Write %(yes_keyword)s if you agree that the "
    "hotline operator leaves; until then they stay with you."
)
# Translators: told to the caller once they agreed that the operator leaves.
OPERATOR_LEFT = N_("The hotline operator has left the conversation. You are now writing with %(name)s.")
# Translators: told to the caller when the partner worker leaves their conversation.
PARTNER_LEFT = N_("%(name)s, %(partner)s, has left the conversation.")
# Translators: names of the facts a caller agrees to share, listed in the consent text.
FACT_NAMES: dict[Fact, str] = {
    Fact.first_name: N_("your first name"),
    Fact.language: N_("your language"),
    Fact.needs: N_("what you need"),
    Fact.callback_number: N_("a number to call you back"),
    Fact.summary: N_("the summary you approved"),
}


def _keyword(table: dict[str, str], language: str) -> str:
    return table.get(language[:2], table["en"]).upper()


def request(settings: Settings, *, language: str, share: list[Fact], partner: str) -> str:
    lang = automatic_messages.choose_language(settings, language)
    facts = ", ".join(
        automatic_messages.word(settings, language=lang, message=FACT_NAMES[fact]) for fact in share
    )
    return automatic_messages.translate(
        settings,
        language=lang,
        message=REQUEST,
        values={
            "facts": facts,
            "partner": partner,
            "yes_keyword": _keyword(consent_words.YES_KEYWORD, lang),
            "revoke_keyword": _keyword(consent_words.REVOKE_KEYWORD, lang),
        },
    )


def given(settings: Settings, *, language: str, partner: str) -> str:
    return automatic_messages.translate(
        settings, language=language, message=GIVEN, values={"partner": partner}
    )


def revoked(settings: Settings, *, language: str, partner: str) -> str:
    return automatic_messages.translate(
        settings, language=language, message=REVOKED, values={"partner": partner}
    )


def joined(settings: Settings, *, language: str, name: str, partner: str) -> str:
    lang = automatic_messages.choose_language(settings, language)
    return automatic_messages.translate(
        settings,
        language=lang,
        message=JOINED,
        values={"name": name, "partner": partner, "yes_keyword": _keyword(consent_words.YES_KEYWORD, lang)},
    )


def operator_left(settings: Settings, *, language: str, name: str) -> str:
    return automatic_messages.translate(
        settings, language=language, message=OPERATOR_LEFT, values={"name": name}
    )


def partner_left(settings: Settings, *, language: str, name: str, partner: str) -> str:
    return automatic_messages.translate(
        settings, language=language, message=PARTNER_LEFT, values={"name": name, "partner": partner}
    )
