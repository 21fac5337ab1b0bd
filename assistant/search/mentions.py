"""The paragraphs that name a thing asked about, in full, in its short form, or as a State in any form
(questions/mentions.py reads the name).

Such clauses are found by the name's words, in its full form or in the short form UN texts use on second
mention ("the New York Declaration for Refugees and Migrants" ... "the New York Declaration").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from assistant.language.countries import country_names, is_country
from assistant.questions.patterns import CONNECTORS

MAX_MENTIONS = 8  # as many as an answer reads (answers.answering.ANSWER_DEPTH)


def short_form(name: str) -> str | None:
    """"New York Declaration for Refugees and Migrants" -> "New York Declaration": the words before the
    first connector, if there are at least two."""
    head = []
    for word in name.split():
        if word.lower() in CONNECTORS:
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
    capitals = _capitals(name)
    if len(capitals) < 2 or name.split()[0].lower() not in capitals[:1] + ["the", "a", "an"]:
        return False
    words = re.findall(r"[\w'’-]+", text.lower())
    return any(words[i:i + 2] == capitals[:2] and set(capitals[2:]) <= set(words[i + 2:i + 2 + DESCRIPTION_WORDS])
               for i in range(len(words) - 1))


def _capitals(name: str) -> list[str]:
    """The name's capitalised words but its connectors, lowercase: what a description of it must use (describes)."""
    return [w.strip(",.;:").lower() for w in name.split() if w[0].isupper() and w.lower() not in CONNECTORS]


def _contains(text: str, words: str) -> bool:
    """Whether the text holds the words, the last one perhaps in the plural ("Goal 8" in "Goals 8 and 10" aside,
    "Sustainable Development Goal" in "Sustainable Development Goals")."""
    return re.search(rf"(?<!\w){re.escape(words)}(?:s|es)?(?!\w)", text) is not None


# A country the question names by a form the text may not use.
_COUNTRY_FORMS = {"Turkey": "Türkiye", "Türkiye": "Turkey", "Vietnam": "Viet Nam", "Viet Nam": "Vietnam",
                  "Czech Republic": "Czechia", "Czechia": "Czech Republic", "Swaziland": "Eswatini",
                  "Eswatini": "Swaziland", "Cape Verde": "Cabo Verde", "Cabo Verde": "Cape Verde",
                  "Laos": "Lao People's Democratic Republic"}


def names_part_of(text: str, name: str) -> bool:
    """Whether the text names `name`, its short form, or a run of two or more of its capitalised words
    ("the Avena judgment of the International Court of Justice": "International Court")."""
    if mentions(text, name):
        return True
    if is_country(name):
        return names_country(text, name)
    runs, run = [], []
    for word in [*name.split(), "."]:
        if word[0].isupper() and word.lower() not in CONNECTORS:
            run.append(word.strip(",.;:"))
        else:
            runs, run = runs + [run] * (len(run) >= 2), []
    return any(_contains(" ".join(text.split()), " ".join(run)) for run in runs)


def names(text: str, name: str) -> bool:
    """Whether the text names what listed_name found: a State in any form, anything else as `mentions`."""
    return names_country(text, name) if is_country(name) else mentions(text, name)


def naming_needles(name: str) -> list[tuple[str, ...]]:
    """What a text `names` the thing by must hold, lowercase: for each way it may name it (the full name, the
    short form, a description, each form of a State), the strings that way needs; a text holding none of these
    sets does not name it (search.haystack finds the texts that do)."""
    if is_country(name):
        forms = {name, _COUNTRY_FORMS.get(name, name)}
        return [((form if len(form) <= 4 else form[:-1]).lower(),) for form in forms]
    ways = [(name.lower(),)]
    short = short_form(name)
    if short:
        ways.append((short.lower(),))
    capitals = _capitals(name)
    if len(capitals) >= 2:
        ways.append(tuple(capitals[:2]))
    return ways


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
    forms, _ = _country_forms()
    # only the forms the text holds the letters of go into the pattern: a regex of all of them took 0.3 s to
    # compile, most of a cold question's reading; dropping alternatives that match nowhere changes no match
    held = tuple(form for form, core in forms if core in text)
    if not held:
        return set()
    return set().union(*(_names_matching(match.group()) for match in _pattern_of(held).finditer(text)))


@lru_cache(maxsize=4096)
def _pattern_of(forms: tuple[str, ...]) -> re.Pattern:
    # the lookahead rejects most positions at once: every form starts with a capital
    return re.compile(r"(?<!\w)(?=[A-ZÀ-Ý])(?:" + "|".join(f"(?:{_form_pattern(form)})" for form in forms) + ")")


@cache
def _names_matching(found: str) -> frozenset[str]:
    """The States a match of the forms' pattern names: the longest form wins each match, and "Syrian Arab
    Republic" also names "Syria" (kept: the same few hundred matches recur paragraph after paragraph)."""
    _, names_of = _country_forms()
    return frozenset(name for form, names in names_of.items() if re.match(_form_pattern(form), found)
                     for name in names)


@cache
def _country_forms() -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """([(form, the letters every match of it holds)], longest form first; form -> the States it names)."""
    names_of: dict[str, list[str]] = {}
    for name in country_names():
        for form in (name, _COUNTRY_FORMS.get(name, name)):
            names_of.setdefault(form, []).append(name)
    forms = sorted(names_of, key=len, reverse=True)
    return [(form, form if len(form) <= 4 else form[:-1]) for form in forms], names_of
