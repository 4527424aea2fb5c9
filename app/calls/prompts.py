"""The words of the voice line, spoken to callers (and to an operator answering on their own
phone). Entries of the `caller` catalogues (app/locale/<lang>/LC_MESSAGES/caller.po), like the
automatic messages; a hotline rewords them in `HOTLINE_SAFETY_MESSAGES_DIR`.
"""

from __future__ import annotations

from app.conversations import automatic_messages
from app.conversations.automatic_messages import N_
from app.domain import Prompt
from app.settings import Settings

WORDS: dict[Prompt, str] = {
    # Translators: the first words of a phone call, before the language menu.
    Prompt.greeting: N_(
        "Hello. You have reached the confidential helpline for people affected by human "
        "trafficking. Calls are not recorded. In an emergency, hang up and call "
        "%(emergency_number)s."
    ),
    # Translators: one option of the phone language menu, spoken in THIS catalogue's
    # language; name the language in itself. %(key)s is a keypad digit.
    Prompt.language_option: N_("For English, press %(key)s or say English."),
    # Translators: the phone key for a caller in danger right now. %(key)s is a keypad digit.
    Prompt.danger_option: N_("If you are in danger right now, press %(key)s."),
    # Translators: said after the caller pressed the danger key on the phone.
    Prompt.danger_noted: N_("You will be answered first. If you can, call %(emergency_number)s now."),
    # Translators: said once when a phone call starts waiting for an operator.
    Prompt.hold: N_(
        "Thank you. Please stay on the line, someone will answer you soon. What you say stays confidential."
    ),
    # Translators: the caller's place in the phone queue. %(position)s is a number.
    Prompt.position: N_("You are number %(position)s in line."),
    # Translators: repeated while a phone call waits.
    Prompt.still_waiting: N_("Thank you for waiting. Someone will answer you as soon as possible."),
    # Translators: heard by an operator who answers a call on their own phone.
    Prompt.connecting: N_("Hotline call. Connecting you to the caller."),
    # Translators: said before a phone call nobody could answer goes to a partner's line.
    Prompt.overflow: N_(
        "Nobody at the helpline can answer right now. We are connecting you to a partner "
        "organisation that can help."
    ),
    # Translators: said when nobody can answer a phone call and no partner line is open; the
    # emergency number comes first.
    Prompt.safety_information: N_(
        "If you are in danger, call %(emergency_number)s. Nobody can answer you right now. You "
        "can call us again at any time; your call stays confidential."
    ),
    # Translators: after the safety information, the offer of a text message. %(key)s is a
    # keypad digit. Say that someone else reading the phone could see the text.
    Prompt.text_offer: N_(
        "To receive a text message on this phone with the emergency number and our number, "
        "press %(key)s. Anyone who reads your messages could see it."
    ),
    # Translators: said after the caller pressed the key for the text message.
    Prompt.text_sent: N_("The text message is on its way. Take care. Goodbye."),
    # Translators: the last words before the line hangs up.
    Prompt.goodbye: N_("Thank you for calling. Goodbye."),
}


# The text follow-up itself (an SMS): short and neutral, safe on a phone someone else reads:
# no word about the hotline's subject, only the numbers.
# Translators: a text message the caller asked for after a call nobody could answer. Keep it
# short and neutral (no word about trafficking, violence or a helpline): someone else may
# read this phone. %(callback_number)s is the number the caller dialled.
FOLLOW_UP_TEXT = N_(
    "The numbers you asked for: emergency %(emergency_number)s; to talk with someone, %(callback_number)s."
)
# Translators: the same text message when the number the caller dialled is not known.
FOLLOW_UP_TEXT_EMERGENCY_ONLY = N_("The number you asked for: emergency %(emergency_number)s.")


def say(settings: Settings, prompt: Prompt, *, language: str, values: dict[str, str]) -> str:
    return automatic_messages.caller_text(settings, WORDS[prompt], language=language, values=values)


def languages(settings: Settings) -> list[str]:
    """The hotline's languages that have spoken words: its default language first, then the
    others in the order of `HOTLINE_LANGUAGES`."""
    have = automatic_messages.available(settings)
    default = automatic_messages.choose_language(settings)
    return [default, *(code for code in settings.languages if code in have and code != default)]
