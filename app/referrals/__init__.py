"""Warm referrals with the caller's consent: states, consent and shared facts, acknowledgement
deadlines, partner notices and the partner portal's accounts."""
