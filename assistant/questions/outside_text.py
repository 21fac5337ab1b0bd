"""Questions about a resolution that its text never answers: how it was adopted and received, how it is enforced.

"Which countries voted against it?", "What did the United States say about it?", "Is it legally binding?"
retrieve paragraphs that look relevant, and citing them would pass off the text as the answer. The votes,
sponsors and statements are in the meeting records of its adoption; what follows when a State ignores it is
not in any paragraph.
"""

from __future__ import annotations

import re

from .patterns import SUBJECT

_RESOLUTION = r"(?:the|this)\s+resolution"

# Votes, sponsors and what delegations said of it: in the meeting records.
ADOPTION = re.compile("|".join([
    # "the right to vote", "which States may vote": a right the text may or may not name or grant ("shall be
    # permitted to vote"), not how the resolution was voted
    r"\b(?<!right to )(?<!may )(?<!can )(?<!could )(?<!allowed to )(?<!permitted to )(?<!entitled to )"
    r"(?<!eligible to )(?<!able to )(?:vot(?:e|es|ed|ing))\b(?!\s+(?:rights?|in elections))",
    r"\b(?:sponsor(?:s|ed|ing|ship)?|co-?sponsor\w*|abstain(?:ed|ing)?|abstentions?)\b",
    rf"\bin favou?r of (?:it|{_RESOLUTION})\b",
    # "What did the United States delegation say about the resolution?", not "What does it say about ...?"
    rf"^\s*(?:what|how)\s+(?:did|do|does|has|have)\s+(?!{SUBJECT}\s)[\w\s'’-]+?\s+"
    rf"(?:say|think|react|respond|comment)\w*\s+(?:about|of|on|to)\s+(?:the|this)\s+(?:resolution|text)\b",
    rf"\breactions?\s+to\s+{_RESOLUTION}\b",
    rf"\bhow was {_RESOLUTION} received\b",
    rf"\b(?:is|was)\s+{_RESOLUTION}\s+(?:supported|opposed|backed|critici[sz]ed)\s+by\b",
    r"\bwho\s+(?:supported|opposed|backed|critici[sz]ed)\b",
]), re.I)

# "Can Somalia vote this session?", "Which countries may keep voting ...?": whether a State may vote, which a text
# may grant (Article 19 of the Charter), asked with words between the permission and the vote; not a vote for or on
# the text ("Could France still vote against it?")
RIGHT_TO_VOTE = re.compile(
    r"(?:^\s*(?:can|may|could)\s+(?!you\b|i\b|we\b)(?:[\w'’-]+\s+){1,4}vote"
    r"|\b(?:may|can|could|allowed|permitted|entitled|eligible|able)\s+(?:[\w'’-]+\s+){1,2}?vot(?:e|ing))\b"
    r"(?!\s+(?:for|against|on|in favou?r)\b)", re.I)

# How it is enforced, whether it binds, what follows when a State does not comply.
ENFORCEMENT = re.compile("|".join([
    rf"\benforc\w*\s+(?:of\s+)?{_RESOLUTION}\b",
    r"\bcompl(?:y|iance)\s+with\s+(?:the|this|its)\s+resolution\b",
    rf"\b{_RESOLUTION}\s+(?:is\s+|legally\s+)*binding\b",
    rf"\bis\s+{_RESOLUTION}\s+(?:legally\s+)?(?:binding|enforceable|mandatory|compulsory|part of|a source of)\b",
    rf"\b(?:sue|take\b.{{0,30}}?\bto court|file (?:a )?(?:complaint|claim|lawsuit))\b.*\b(?:under|based on|using)\s+"
    rf"{_RESOLUTION}\b",
    r"\b(?:does not|doesn't|do not|don't|fails? to|refuses? to)\s+(?:comply|follow|implement|respect|obey)\s+"
    rf"(?:with\s+)?{SUBJECT}\b",
    rf"\b(?:violat\w+|break\w*|ignor\w+)\s+{_RESOLUTION}\b",
]), re.I)


def outside_text(question: str) -> str | None:
    """"unrecorded" for votes, sponsors and statements, "enforcement" for how it is enforced and whether it binds;
    None for a question the text may answer."""
    if ADOPTION.search(question) and not RIGHT_TO_VOTE.search(question):
        return "unrecorded"
    return "enforcement" if ENFORCEMENT.search(question) else None
