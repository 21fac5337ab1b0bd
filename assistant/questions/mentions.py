"""Questions that ask where a named thing is mentioned, and the clauses that mention it.

"Where is the New York Declaration mentioned?" wants every paragraph that names it, not the three that
are most similar: a researcher quoting the list needs it complete. Such clauses are found by the
name's words, in its full form or in the short form UN texts use on second mention ("the New York
Declaration for Refugees and Migrants" ... "the New York Declaration").
"""

from __future__ import annotations

import re
from functools import cache

from assistant.language.countries import country_names, is_country

_WHERE = re.compile(
    r"^\s*(?:where|in which (?:paragraphs?|clauses?|places?)|which (?:paragraphs?|clauses?|parts?))\b"
    r"(?:\s+(?:is|are|does|do|did))?(?:\s+(?:the resolution|the text|it|they))?"
    r"(?:\s+(?:mention|name|cite|invoke|use|refer to|reference|recall|talks? about|speaks? (?:about|of)|deals? with|"
    r"discuss(?:es)?|address(?:es)?|concerns?|relates? to|covers?))?\s+(?P<name>.+?)"
    r"(?:\s+(?:mentioned|named|cited|referred to|referenced|recalled|appear|appears|discussed|addressed|dealt with|"
    r"talked about|spoken of))?(?:\s+(?:in|by)\s+(?:the resolution|the text|it|this resolution))?\s*\??\s*$", re.I)
_ASKS_WHERE = re.compile(
    r"\b(?:mention|name|cite|invok|use|refer|reference|appear|recall|talk|speak|spoke|deal|discuss|address|concern|relate|"
    r"cover)\w*\b", re.I)
_CONNECTORS = {"of", "on", "for", "and", "the", "against", "to", "in", "its", "all"}
MAX_MENTIONS = 8  # as many as an answer reads (answering.ANSWER_DEPTH)


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


def short_form(name: str) -> str | None:
    """"New York Declaration for Refugees and Migrants" -> "New York Declaration": the words before the
    first connector, if there are at least two."""
    head = []
    for word in name.split():
        if word.lower() in _CONNECTORS:
            break
        head.append(word)
    return " ".join(head) if len(head) >= 2 and len(head) < len(name.split()) else None


def mentions(text: str, name: str) -> bool:
    """Whether the text names `name` in full (case aside), in its short form (capitals as given: "the Global
    Compact" alone is not "a global compact") or describes it before it had its name (see describes)."""
    text = " ".join(text.split())
    if _contains(text.lower(), name.lower()):
        return True
    short = short_form(name)
    return bool(short) and _contains(text, short) or describes(text, name)


DESCRIPTION_WORDS = 6  # how far after its head a description may hold the rest of the name ("for safe, orderly ...")


def describes(text: str, name: str) -> bool:
    """Whether the text describes the thing `name` names, in lowercase, as a text adopted before it was named does:
    "a global compact for safe, orderly and regular migration" for "the Global Compact for Migration". The name's
    first two capitalised words come together, in the singular; its other capitalised words, soon after."""
    capitals = [w.strip(",.;:").lower() for w in name.split() if w[0].isupper() and w.lower() not in _CONNECTORS]
    if len(capitals) < 2 or name.split()[0].lower() not in capitals[:1] + ["the", "a", "an"]:
        return False
    words = re.findall(r"[\w'’-]+", text.lower())
    return any(words[i:i + 2] == capitals[:2] and set(capitals[2:]) <= set(words[i + 2:i + 2 + DESCRIPTION_WORDS])
               for i in range(len(words) - 1))


def _contains(text: str, words: str) -> bool:
    """Whether the text holds the words, the last one perhaps in the plural ("Goal 8" in "Goals 8 and 10" aside,
    "Sustainable Development Goal" in "Sustainable Development Goals")."""
    return re.search(rf"(?<!\w){re.escape(words)}(?:s|es)?(?!\w)", text) is not None


# "Does the resolution mention the Global Compact on Refugees?", "Is the Rome Statute referred to?", "Does it
# welcome the Marrakech Declaration?": what it says of a title it never names, it does not say.
_DOES_IT = re.compile(
    r"^\s*(?:does|do|did)\s+(?:(?:the resolution|the text|it|this resolution)\s+)?"
    r"(?:mention|name|cite|refer to|reference|recall|reaffirm|welcome|endorse|acknowledge|take note of|"
    r"note)\s+(?:the\s+)?(?P<name>.+?)\s*\??\s*$"
    r"|^\s*(?:is|are|was|were)\s+(?:the\s+)?(?P<name2>.+?)\s+(?:mentioned|named|cited|referred to|referenced|"
    r"recalled|reaffirmed|welcomed|endorsed|acknowledged|noted)(?:\s+(?:in|by)\s+(?:the resolution|the text|it))?"
    r"\s*\??\s*$"
    r"|^\s*what\s+(?:does|do|did)\s+(?:(?:the resolution|the text|it|this resolution)\s+)?(?:say|state)\s+"
    r"(?:about|on|regarding)\s+(?:the\s+)?(?P<name3>.+?)\s*\??\s*$", re.I)
# A country the question names by a form the text may not use.
_COUNTRY_FORMS = {"Turkey": "Türkiye", "Türkiye": "Turkey", "Vietnam": "Viet Nam", "Viet Nam": "Vietnam",
                  "Czech Republic": "Czechia", "Czechia": "Czech Republic", "Swaziland": "Eswatini",
                  "Eswatini": "Swaziland", "Cape Verde": "Cabo Verde", "Cabo Verde": "Cape Verde",
                  "Laos": "Lao People's Democratic Republic"}


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
    words = [w for w in name.split() if w.lower() not in _CONNECTORS]
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return name if len(words) >= 2 and name[0].isupper() and 3 * capitals >= 2 * len(words) else None


def names_part_of(text: str, name: str) -> bool:
    """Whether the text names `name`, its short form, or a run of two or more of its capitalised words
    ("the Avena judgment of the International Court of Justice": "International Court")."""
    if mentions(text, name):
        return True
    if is_country(name):
        return names_country(text, name)
    runs, run = [], []
    for word in [*name.split(), "."]:
        if word[0].isupper() and word.lower() not in _CONNECTORS:
            run.append(word.strip(",.;:"))
        else:
            runs, run = runs + [run] * (len(run) >= 2), []
    return any(_contains(" ".join(text.split()), " ".join(run)) for run in runs)


def names_country(text: str, name: str) -> bool:
    """Whether the text names the State `name` in any form: "Syria" in "the Syrian Arab Republic", "Mexico" in
    "Mexican nationals", "Turkey" as "Türkiye"."""
    forms = (name, _COUNTRY_FORMS.get(name, name))
    return any(re.search(_form_pattern(form), text) for form in forms)


# What may follow a State's name, or its name less the last letter: "Mexic-an", "Syri-an", "Chil-ean",
# "Bangladesh-i" -- but not "Chil-dren".
_DEMONYM = r"(?:ans?|ians?|ese|is?|ish|eans?|ic|ns?|s|['’]s)?"


def _form_pattern(form: str) -> str:
    if len(form) <= 4:
        return rf"(?<!\w){re.escape(form)}{_DEMONYM}(?![\w-])"
    return rf"(?<!\w){re.escape(form[:-1])}(?:{re.escape(form[-1])})?{_DEMONYM}(?![\w-])"


def countries_named(text: str) -> set[str]:
    """Every State the text names in some form (as names_country reads it), found in one pass; a shared
    prefix ("Guine") counts for each State it could be."""
    pattern, names_of = _country_forms()
    found = {match.group() for match in pattern.finditer(text)}
    # the longest form wins each match; "Syrian Arab Republic" also names "Syria"
    return {name for form, names in names_of.items() if any(re.match(_form_pattern(form), f) for f in found)
            for name in names}


@cache
def _country_forms() -> tuple[re.Pattern, dict[str, list[str]]]:
    names_of: dict[str, list[str]] = {}
    for name in country_names():
        for form in (name, _COUNTRY_FORMS.get(name, name)):
            names_of.setdefault(form, []).append(name)
    forms = sorted(names_of, key=len, reverse=True)
    # the lookahead rejects most positions at once: every form starts with a capital
    return re.compile(r"(?<!\w)(?=[A-ZÀ-Ý])(?:" + "|".join(f"(?:{_form_pattern(form)})" for form in forms) + ")"), names_of


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


def names(text: str, name: str) -> bool:
    """Whether the text names what listed_name found: a State in any form, anything else as `mentions`."""
    return names_country(text, name) if is_country(name) else mentions(text, name)
