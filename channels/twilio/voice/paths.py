"""The voice webhook paths (under `HOTLINE_PUBLIC_URL`, signed by Twilio like SMS)."""

from __future__ import annotations

VOICE = "/channels/twilio/voice"
LANGUAGE = VOICE + "/language"  # the language menu's answer
QUEUE = VOICE + "/queue"  # the danger offer's answer, then the queue
WAIT = VOICE + "/wait"  # hold messages while in the queue (Twilio's waitUrl)
QUEUE_ENDED = VOICE + "/queue-ended"  # the call left the queue (Enqueue's action)
STATUS = VOICE + "/status"  # the caller's call status callback
OPERATOR = VOICE + "/operator"  # an operator's own phone answered
OPERATOR_STATUS = VOICE + "/operator-status"  # the operator leg's status callback
JOIN = VOICE + "/join"  # the caller, redirected from the queue into the call's conference
BROWSER = VOICE + "/browser"  # an operator's browser phone answers (the TwiML App's Voice URL)
FOLLOW_UP = VOICE + "/follow-up"  # the caller's key after the offer of a text message

ALL = (VOICE, LANGUAGE, QUEUE, WAIT, QUEUE_ENDED, STATUS, OPERATOR, OPERATOR_STATUS, JOIN, BROWSER, FOLLOW_UP)
