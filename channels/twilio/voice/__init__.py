"""Twilio Voice: the phone line's webhooks (greeting, language menu, danger key, queue,
bridge to an operator) and the REST calls that ring an operator's phone.

Nothing here records, transcribes or takes a voicemail: tests walk every TwiML document.
"""
