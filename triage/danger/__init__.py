"""The danger model: what happens, when, and to whom, composed into a level (issue 11).

`reading` finds the danger words of a message and places each in time and person;
`compose` turns them into a level, indicators and needs; `reasons` says why in French or
English. The words are data: `triage/lexicons/danger/<lang>.toml` and `phrases.toml`.
"""
