"""Questions that ask where a named thing is mentioned, or whether a title is (search/mentions.py finds the
paragraphs naming it).

"Where is the New York Declaration mentioned?" wants every paragraph that names it, not the three that
are most similar: a researcher quoting the list needs it complete.
"""

from __future__ import annotations

import re

from assistant.language.countries import is_country

from .patterns import CONNECTORS, SUBJECT, conjuncts

_WHERE = re.compile(
    r"^\s*(?:where|in which (?:paragraphs?|clauses?|places?)|which (?:paragraphs?|clauses?|parts?))\b"
    rf"(?:\s+(?:is|are|does|do|did))?(?:\s+(?:{SUBJECT}|they))?"
    r"(?:\s+(?:mention|name|cite|invoke|use|refer to|reference|recall|talks? about|speaks? (?:about|of)|deals? with|"
    r"discuss(?:es)?|address(?:es)?|concerns?|relates? to|covers?))?\s+(?P<name>.+?)"
    r"(?:\s+(?:mentioned|named|cited|referred to|referenced|recalled|appear|appears|discussed|addressed|dealt with|"
    rf"talked about|spoken of))?(?:\s+(?:in|by)\s+{SUBJECT})?\s*\??\s*$", re.I)
_ASKS_WHERE = re.compile(
    r"\b(?:mention|name|cite|invok|use|refer|reference|appear|recall|talk|speak|spoke|deal|discuss|address|concern|relate|"
    r"cover)\w*\b", re.I)


def mentioned_phrase(question: str) -> str | None:
    """What "Where is X mentioned?" / "Which paragraphs refer to X?" asks about, proper name or not."""
    match = _WHERE.match(question)
    if not match or not _ASKS_WHERE.search(question):
        return None
    words = match.group("name").split()
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words).strip(" ?.,") or None


def mentioned_name(question: str) -> str | None:
    """The name in "Where is X mentioned?" / "Which paragraphs refer to X?"; None for other questions
    or when X is not a proper name (two capitalised words or numbers, starting with one)."""
    name = mentioned_phrase(question) or ""
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in name.split())
    return name if name and (name[0].isupper() or name[0].isdigit()) and capitals >= 2 else None


# "Does the resolution mention the Global Compact on Refugees?", "Is the Rome Statute referred to?", "Does it
# welcome the Marrakech Declaration?": what it says of a title it never names, it does not say.
_DOES_IT = re.compile(
    rf"^\s*(?:does|do|did)\s+(?:{SUBJECT}\s+)?"
    r"(?:mention|name|cite|refer to|reference|recall|reaffirm|welcome|endorse|acknowledge|take note of|"
    r"note)\s+(?:the\s+)?(?P<name>.+?)\s*\??\s*$"
    r"|^\s*(?:is|are|was|were)\s+(?:the\s+)?(?P<name2>.+?)\s+(?:mentioned|named|cited|referred to|referenced|"
    rf"recalled|reaffirmed|welcomed|endorsed|acknowledged|noted)(?:\s+(?:in|by)\s+{SUBJECT})?"
    r"\s*\??\s*$"
    rf"|^\s*what\s+(?:does|do|did)\s+(?:{SUBJECT}\s+)?(?:say|state)\s+"
    r"(?:about|on|regarding)\s+(?:the\s+)?(?P<name3>.+?)\s*\??\s*$", re.I)
def asked_if_mentioned(question: str) -> str | None:
    """The name in "Does the resolution mention X?" / "Is X mentioned?" when X reads as a title: most of
    its words (connectors aside) capitalised. "the Hague tribunal's ruling in a dispute over ..." is a
    description, to be searched, not looked up."""
    match = _DOES_IT.match(question)
    if not match:
        return None
    name = (match.group("name") or match.group("name2") or match.group("name3")).strip(" ?.,")
    if is_country(name):
        return name
    words = [w for w in name.split() if w.lower() not in CONNECTORS]
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return name if len(words) >= 2 and name[0].isupper() and 3 * capitals >= 2 * len(words) else None


# "Does it mention / refer to / cite X?" asks where X is named; "Does it welcome X?" which paragraph welcomes it
_NAMES_ONLY = re.compile(r"\b(?:mention(?:s|ed)?|names?|named|cites?|cited|refers? to|referred to|references?|"
                         r"referenced)\b", re.I)


def asked_title(question: str) -> str | None:
    """The title "Does it mention / refer to / cite X?" asks about (asked_if_mentioned's X, asked with a verb
    that only names it: "Does it welcome X?" asks which paragraph welcomes it)."""
    return asked_if_mentioned(question) if _NAMES_ONLY.search(question) else None


def listed_name(question: str) -> str | None:
    """The name whose every mention an answer lists: "Where is X mentioned?", or a State asked about
    ("What does it say about Mexico?", "Does it mention Syria?"): a State is named in passing, in clauses
    that search would not rank first."""
    name = mentioned_name(question)
    if name:
        return name
    asked = asked_if_mentioned(question)
    return asked if asked and is_country(asked) else None


def title_parts(name: str) -> tuple[str, ...]:
    """The titles "Does it mention X and Y?" names, each of which is looked for; the name whole when a part does
    not read as a title ("the Convention on the Rights of the Child and its Optional Protocols" is one)."""
    parts = conjuncts(name)
    if len(parts) > 1 and not all(is_country(part) or asked_if_mentioned(f"Does it mention {part}?") for part in parts):
        return (name,)
    return tuple(parts)
