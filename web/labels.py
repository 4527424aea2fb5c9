"""The words for codes: urgency, channel, status, role, triage codes, directory fields.

Pages and scripts receive codes (``"high"``, ``"sms"``, ``"debt_bondage"``); this module maps
each code of a family to its English message id and a context (``msgctxt``) that tells
translators what kind of word it is. Templates call ``label(family, code)``; the console
script reads the same labels under the keys ``"<family>.<code>"``. An unknown code shows as
itself. ``pgettext_noop`` only marks the strings for ``pybabel extract``.
"""

from __future__ import annotations

Label = tuple[str, str]


def pgettext_noop(context: str, message: str) -> Label:
    """Mark ``message`` (in ``context``) for extraction; it is translated where it is shown."""
    return context, message


# The name of each page language, in that language (never translated).
LANGUAGE_NAMES: dict[str, str] = {"fr": "Français", "en": "English"}

LABELS: dict[str, dict[str, Label]] = {
    "urgency": {
        "emergency": pgettext_noop("urgency", "Emergency"),
        "high": pgettext_noop("urgency", "High"),
        "standard": pgettext_noop("urgency", "Standard"),
        "low": pgettext_noop("urgency", "Low"),
    },
    "channel": {
        "webchat": pgettext_noop("channel", "Web chat"),
        "sms": pgettext_noop("channel", "Text (SMS)"),
        "whatsapp": pgettext_noop("channel", "WhatsApp"),
        "telegram": pgettext_noop("channel", "Telegram"),
        "voice": pgettext_noop("channel", "Phone"),
    },
    "status": {
        "waiting": pgettext_noop("conversation status", "Waiting"),
        "active": pgettext_noop("conversation status", "Active"),
        "closed": pgettext_noop("conversation status", "Closed"),
        "held": pgettext_noop("conversation status", "Held back (flood)"),
    },
    "outcome": {
        "referred": pgettext_noop("outcome", "Referred to a partner"),
        "information_given": pgettext_noop("outcome", "Information given"),
        "safety_plan": pgettext_noop("outcome", "Safety plan made"),
        "emergency_services": pgettext_noop("outcome", "Emergency services called"),
        "no_contact": pgettext_noop("outcome", "No contact made"),
        "abandoned": pgettext_noop("outcome", "Caller left"),
        "duplicate": pgettext_noop("outcome", "Duplicate"),
        "other": pgettext_noop("outcome", "Other"),
    },
    "presence": {
        "available": pgettext_noop("presence", "Available"),
        "busy": pgettext_noop("presence", "Busy"),
        "away": pgettext_noop("presence", "Away"),
    },
    "role": {
        "operator": pgettext_noop("role", "operator"),
        "supervisor": pgettext_noop("role", "supervisor"),
        "admin": pgettext_noop("role", "administrator"),
    },
    "message": {
        "in": pgettext_noop("message author", "Caller"),
        "out": pgettext_noop("message author", "Operator"),
        "note": pgettext_noop("message author", "Internal note"),
        "whsp": pgettext_noop("message author", "Private note to the operator (supervisor)"),
    },
    # Notes the system writes, as codes (messages.marker).
    "marker": {
        "erased": pgettext_noop("marker", "Erased at the caller's request"),
    },
    # Why a message has its level when no danger read decided it (triage/level_causes.py).
    "level_cause": {
        "joke": pgettext_noop("level cause", "A joke, a story or an imagined case"),
        "imagined_for_study": pgettext_noop(
            "level cause", "A question about an imagined case, for a class or research"
        ),
        "imagined": pgettext_noop("level cause", "A question about an imagined case"),
        "test": pgettext_noop("level cause", "A test message or a greeting alone"),
        "professional": pgettext_noop("level cause", "A journalist, a researcher or a trainer asks"),
        "definition": pgettext_noop("level cause", "A question about what a word or a law means"),
        "information": pgettext_noop("level cause", "A request for information, research, the media, a test"),
        "suspicion": pgettext_noop("level cause", "A suspicion: the writer is unsure of what they see"),
        "deception_asked": pgettext_noop("level cause", "A suspected deception, asked about"),
        "minor": pgettext_noop("level cause", "A minor is involved"),
        "over": pgettext_noop("level cause", "The situation is over"),
        "no_words": pgettext_noop("level cause", "No words to read"),
        "unread": pgettext_noop("level cause", "A language no lexicon reads: a person must read it"),
    },
    "need": {
        "emergency_safety": pgettext_noop("need", "immediate safety"),
        "shelter": pgettext_noop("need", "shelter"),
        "medical": pgettext_noop("need", "health care"),
        "mental_health": pgettext_noop("need", "mental health"),
        "legal": pgettext_noop("need", "legal help"),
        "immigration": pgettext_noop("need", "immigration"),
        "labour_rights": pgettext_noop("need", "labour rights"),
        "basic_needs": pgettext_noop("need", "basic needs"),
        "interpretation": pgettext_noop("need", "interpreter"),
        "substance_use": pgettext_noop("need", "substance use"),
        "youth_protection": pgettext_noop("need", "youth protection"),
        "repatriation": pgettext_noop("need", "return home"),
        "employment_education": pgettext_noop("need", "work and training"),
        "information": pgettext_noop("need", "information"),
    },
    "indicator": {
        "abuse_of_vulnerability": pgettext_noop("indicator", "abuse of vulnerability"),
        "deception": pgettext_noop("indicator", "deception"),
        "restriction_of_movement": pgettext_noop("indicator", "restriction of movement"),
        "isolation": pgettext_noop("indicator", "isolation"),
        "physical_sexual_violence": pgettext_noop("indicator", "physical or sexual violence"),
        "intimidation_threats": pgettext_noop("indicator", "intimidation and threats"),
        "retention_of_documents": pgettext_noop("indicator", "retention of documents"),
        "withholding_of_wages": pgettext_noop("indicator", "withholding of wages"),
        "debt_bondage": pgettext_noop("indicator", "debt bondage"),
        "abusive_conditions": pgettext_noop("indicator", "abusive working and living conditions"),
        "excessive_overtime": pgettext_noop("indicator", "excessive overtime"),
        "minor_involved": pgettext_noop("indicator", "minor involved"),
        "self_harm_risk": pgettext_noop("indicator", "self-harm risk"),
    },
    "exploitation": {
        "sexual_exploitation": pgettext_noop("exploitation", "sexual exploitation"),
        "forced_labour": pgettext_noop("exploitation", "forced labour"),
        "domestic_servitude": pgettext_noop("exploitation", "domestic servitude"),
        "forced_marriage": pgettext_noop("exploitation", "forced marriage"),
        "forced_criminality": pgettext_noop("exploitation", "forced criminality"),
    },
    "channels.delivery": {
        "queued": pgettext_noop("delivery status", "waiting to be sent"),
        "sending": pgettext_noop("delivery status", "sending"),
        "sent": pgettext_noop("delivery status", "sent"),
        "delivered": pgettext_noop("delivery status", "delivered"),
        "read": pgettext_noop("delivery status", "read"),
        "undelivered": pgettext_noop("delivery status", "not delivered"),
        "failed": pgettext_noop("delivery status", "failed"),
        "cancelled": pgettext_noop("delivery status", "cancelled"),
    },
    "channels.safety": {
        "unknown": pgettext_noop("reply safety", "Not recorded yet: no reply can be sent."),
        "yes": pgettext_noop("reply safety", "Safe to reply."),
        "no": pgettext_noop("reply safety", "Not safe: nothing will be sent to this contact."),
    },
    "directory.need": {
        "basic_needs": pgettext_noop("partner service", "Basic needs"),
        "emergency_safety": pgettext_noop("partner service", "Emergency safety"),
        "employment_education": pgettext_noop("partner service", "Employment and education"),
        "immigration": pgettext_noop("partner service", "Immigration"),
        "information": pgettext_noop("partner service", "Information"),
        "interpretation": pgettext_noop("partner service", "Interpreter"),
        "labour_rights": pgettext_noop("partner service", "Labour rights"),
        "legal": pgettext_noop("partner service", "Legal"),
        "medical": pgettext_noop("partner service", "Medical"),
        "mental_health": pgettext_noop("partner service", "Mental health"),
        "repatriation": pgettext_noop("partner service", "Repatriation"),
        "shelter": pgettext_noop("partner service", "Shelter"),
        "substance_use": pgettext_noop("partner service", "Substance use"),
        "youth_protection": pgettext_noop("partner service", "Youth protection"),
    },
    "directory.day": {
        "MO": pgettext_noop("day", "Monday"),
        "TU": pgettext_noop("day", "Tuesday"),
        "WE": pgettext_noop("day", "Wednesday"),
        "TH": pgettext_noop("day", "Thursday"),
        "FR": pgettext_noop("day", "Friday"),
        "SA": pgettext_noop("day", "Saturday"),
        "SU": pgettext_noop("day", "Sunday"),
    },
    "directory.notification_method": {
        "email": pgettext_noop("notification method", "E-mail"),
        "portal": pgettext_noop("notification method", "Partner portal"),
        "sms": pgettext_noop("notification method", "SMS"),
        "webhook": pgettext_noop("notification method", "Signed webhook"),
    },
    "directory.notice_language": {
        "en": pgettext_noop("notice language", "English"),
        "es": pgettext_noop("notice language", "Spanish"),
        "fr": pgettext_noop("notice language", "French"),
    },
    "directory.referral_mode": {
        "information": pgettext_noop("referral type", "Information only"),
        "warm": pgettext_noop("referral type", "Warm referral"),
    },
}
