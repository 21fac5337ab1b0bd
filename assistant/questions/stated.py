"""What a question states that a resolution would have to state too: the provision it asks whether the text makes
("Does it set a deadline for ...?"), the names it uses ("Is Australia's policy criticized?") and the numbers it
gives ("after five years"). answers/absent.py checks them against the words the text uses.
"""

from __future__ import annotations

import re

from assistant.language.words import NUMBER_WORDS

from .patterns import SUBJECT

# Verbs of a provision the text would have to spell out: what it creates, sets, funds or forbids.
_ACTIONS = (r"create|establish|set(?: up)?|impose|authori[sz]e|require|regulate|ban|prohibit|outlaw|forbid|grant|"
            r"allocate|fund|finance|define|criminali[sz]e|decriminali[sz]e|legali[sz]e|mandate|oblige|abolish|"
            r"introduce|launch|cap|tax|guarantee|compel|order|call for|recommend|propose|demand|give|cancel")
# "Does resolution 78/122 on World Cleanup Day create ...?" reads "Does it on World Cleanup Day create ...?" once the
# named resolution is taken out (named_resolutions.without_asked): the title that describes it stays beside "it"
# (any words after "on" or "about", as few as reach a verb of a provision)
_DESCRIBED = r"(?:\s+(?:on|about)\s+(?:(?:[A-Z][\w’'-]*|of|the|and|for|in|on)\s+)*?[A-Z][\w’'-]*)?"
# "the 2025 global health and foreign policy resolution", "the 2023 resolution on external debt": one named by
# its year and subject
_NAMED = r"the\s+(?:19|20)\d\d\s+(?:[a-z-]+\s+){0,6}?resolution(?:\s+on\s+(?:[a-z-]+\s+){0,6}?[a-z-]+)??"
_DOES_IT_ACT = re.compile(rf"^\s*(?:does|do|did|will|would)\s+{SUBJECT}{_DESCRIBED}\s+(?:\w+ly\s+)?(?:{_ACTIONS})s?\s+"
                          r"(?P<what>.+?)\s*\??\s*$"
                          rf"|^\s*(?:what|which)\s+(?P<what2>\w+(?:\s+\w+){{0,4}}?)\s+(?:does|do|did|will|would)\s+"
                          rf"(?:{SUBJECT}|{_NAMED})\s+(?:{_ACTIONS})\b"
                          r"|^\s*(?:are|is|must)\s+(?:states|countries|governments|member states|a state|a country)\s+"
                          r"(?:required|obliged|obligated|bound|forced|compelled)\s+to\s+(?P<what3>.+?)\s*\??\s*$",
                          re.I)
# Capitalised words that name no particular thing ("the United Nations", "Member States").
_GENERIC_NAMES = {"united", "nations", "general", "assembly", "member", "members", "states", "state", "secretary",
                  "resolution", "resolutions", "council", "committee", "human", "rights", "government", "governments"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# A number in words is a specific claim when it measures time or a share ("after five years"); otherwise it
# often counts what the text names one by one ("the two Covenants").
SPELLED_NUMBERS = NUMBER_WORDS - {"one"}  # "one" is as often a pronoun ("one's own country")
_DURATION_WORDS = re.compile(rf"\b({'|'.join(sorted(SPELLED_NUMBERS))})\s+(?:years?|months?|weeks?|days?|hours?|"
                             r"per ?cent|percent)\b", re.I)
# A number the question states, not a paragraph, resolution, session or year it names.
_STATED_NUMBER = re.compile(r"(?<![\w/.])(?<!paragraph )(?<!para\. )(?<!resolution )(?<!article )(?<!session )"
                            r"(?<!PP)(?<!OP)(\d{1,3}(?:\.\d+)?)(?![\w/]|\.\d| ?\()")


# Nouns a "What X does it give / set ...?" question asks with, not a provision it names ("What role does it give to
# civil society?" asks what the text says of civil society; "Which date did it set for the International Day of the
# Snow Leopard?" asks for the date, which no paragraph calls one: "Decides to proclaim 23 October ...")
_ASKING_NOUNS = {"role", "roles", "position", "importance", "attention", "emphasis", "priority", "weight", "place",
                 "date", "day", "year", "amount", "sum", "figure", "number"}


def asked_provision(question: str) -> tuple[str | None, bool]:
    """The provision "Does it set / create / ban / call for X?", "What fines does it impose?" or "Are States
    required to X?" asks whether the text makes, the asker's own verb around it left out ("required to fight
    xenophobia": xenophobia); and whether it is asked as a yes or no (not "What X does it ...?")."""
    act = _DOES_IT_ACT.match(question)
    if not act or (act.group("what2") or "-").split()[0].lower() in _ASKING_NOUNS:
        return None, False
    what = re.sub(r"\bto\s+\w+\s+", "to ", act.group("what") or act.group("what2") or act.group("what3"))
    return re.sub(r"^(?:fight|combat|tackle|stop|end|protect|help|support)\s+", "", what, flags=re.I), \
        not act.group("what2")


def names_used(question: str) -> tuple[str, ...]:
    """The capitalised words past the first that may name something particular ("Australia", not "United
    Nations"; not an acronym, "IDPs" either: questions.acronyms spells those out), possessives dropped."""
    return tuple(w for w in (re.sub(r"['’]s?$", "", w) for w in _WORD.findall(question)[1:]) if _names_a_thing(w))


# A name of several capitalised words, "of", "for", "the", "and", "on", "in" between them: "World Chess Day",
# "International Day of the Cheetah", "Mekong River Commission"
_NAME_RUN = re.compile(r"[A-Z][A-Za-z'’-]*(?:\s+(?:(?:of|for|the|and|on|in)\s+)*[A-Z][A-Za-z'’-]*)+")


def name_words(question: str) -> tuple[str, ...]:
    """The words of each name of several capitalised words past the question's first word ("World Chess Day"), a
    hyphenated one by its parts ("High-level"): answers.absent wants every one of them used somewhere."""
    body = question.split(None, 1)[1] if " " in question.strip() else ""
    words = (re.sub(r"['’]s?$", "", word) for run in _NAME_RUN.findall(body) for word in run.split())
    return tuple(dict.fromkeys(part for word in words if _names_a_thing(word)
                               for part in word.split("-") if len(part) > 2))


def _names_a_thing(word: str) -> bool:
    return word[0].isupper() and not word.removesuffix("s").isupper() and len(word) > 2 \
        and word.lower() not in _GENERIC_NAMES


def numbers_stated(question: str) -> tuple[str, ...]:
    """The numbers a question states ("after five years", "under 18"); years are dates, read as facts."""
    return tuple(dict.fromkeys(_STATED_NUMBER.findall(question) + _DURATION_WORDS.findall(question)))
