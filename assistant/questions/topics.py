"""Questions that ask what the text says about a topic (search/topics.py finds the paragraphs using it).

"What does the resolution say about family reunification?" is answered by each paragraph that speaks of
family reunification (three in A/RES/72/179), not by the one or two most similar: a researcher quoting
the answer needs all of them. When a few paragraphs use every word of the topic, those are the answer;
when many do ("human rights"), the topic is too broad to list and search decides as for any question.
"""

from __future__ import annotations

import re

from .patterns import POSSESSIVE, QUESTION_WORDS, SUBJECT

_ASKS_ABOUT = re.compile(
    rf"^\s*what\s+(?:does|do|did)\s+{SUBJECT}\s+(?:say|state)\s+(?:about|on|regarding|concerning)\s+(?P<a>.+?)\s*\??\s*$"
    rf"|^\s*(?:does|do|did)\s+{SUBJECT}\s+(?:(?:say|state) (?:anything|something) (?:about|on|regarding|concerning)|mention|discuss|address|cover|deal with|talk about|"
    r"refer to|speak (?:of|about))\s+(?P<b>.+?)\s*\??\s*$"
    r"|^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:provisions?|paragraphs?|clauses?|anything|mention|references?|"
    r"language|wording)\s+(?:on|about|regarding|concerning|of|to|for)\s+(?P<c>.+?)\s*\??\s*$"
    rf"|^\s*what\s+(?:is|are)\s+{POSSESSIVE}\s+(?:position|stance|view|views|opinion|line)\s+"
    r"(?:on|about|regarding|towards?)\s+(?P<d>.+?)\s*\??\s*$"
    rf"|^\s*(?:does|do|did)\s+{SUBJECT}\s+(?:express|give|take|have|state)\s+(?:an?\s+|any\s+)?(?:opinion|position|"
    r"view|stance)\s+(?:on|about|regarding)\s+(?P<e>.+?)\s*\??\s*$"
    # requests a chat user types: "Tell me about X", "Tell me what the resolution says about X", "Anything on X?"
    rf"|^\s*(?:please\s+)?(?:tell me|talk|say something)\s+(?:what\s+{SUBJECT}\s+(?:says?|states?)\s+)?"
    r"(?:about|on|regarding|concerning)\s+(?P<f>.+?)[\s?.!]*$"
    r"|^\s*(?:anything|something)\s+(?:about|on|regarding|concerning)\s+(?P<g>.+?)[\s?.!]*$"
    # "Give me the paragraphs on X", "Show me the language about X", "List the provisions dealing with X"
    r"|^\s*(?:please\s+)?(?:give me|show me|list|find|quote|cite|point me to)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?"
    r"(?:paragraphs?|clauses?|provisions?|parts?|passages?|language|wording)\s+(?:on|about|regarding|concerning|"
    r"dealing with|relating to|related to|that deal with|that concern|that address)\s+(?P<l>.+?)[\s?.!]*$"
    rf"|^\s*what\s+{SUBJECT}\s+(?:says|states)\s+(?:about|on|regarding|concerning)\s+(?P<h>.+?)[\s?.!]*$"
    # "How does it address X?" asks what "Does it address X?" does, and "What is said about X?" what "What does it say
    # about X?" does (scripts/frame_consistency.py: without these, the frames cited other paragraphs)
    rf"|^\s*how\s+(?:does|do|did)\s+{SUBJECT}\s+(?:address|deal with|treat|handle|approach|tackle|cover)\s+"
    r"(?P<i>.+?)\s*\??\s*$"
    r"|^\s*what\s+(?:is|was)\s+(?:said|stated|written)\s+(?:about|on|regarding|concerning)\s+(?P<j>.+?)\s*\??\s*$"
    # "Is X addressed (in the resolution)?" asks what "Does it address X?" does
    r"|^\s*(?:is|are)\s+(?P<k>.+?)\s+(?:mentioned|addressed|discussed|covered|dealt with|talked about|referred to)"
    rf"(?:\s+(?:in|by)\s+{SUBJECT})?\s*\??\s*$", re.I)
# What opens a question or a request: a phrase that opens otherwise ("family reunification?") names a topic.
_NOT_A_TOPIC = re.compile(rf"^\s*(?:(?:{QUESTION_WORDS}|if|in|on|at|for|to|by|from|under|with|"
                          r"list|show|give|name|explain|compare|summari[sz]e|describe|find|quote|cite|tell|read|print|"
                          r"define|please|hi|hello|thanks?|thank)\b|.*\d)", re.I)
MAX_BARE_TOPIC_WORDS = 4  # "migrant children in detention?"; a longer phrase without a question word is read as asked
# The verbs that open resolution paragraphs: "Does it reaffirm the Universal Declaration?" is answered by the
# paragraphs that reaffirm it, so the verb is part of the topic.
_OPENING_VERBS = (r"reaffirm|recall|recogni[sz]e|acknowledge|welcome|note|take note of|condemn|urge|call upon|call on|"
                  r"encourage|invite|request|stress|emphasi[sz]e|underline|affirm|reiterate|deplore|commend|endorse|"
                  r"express concern (?:about|at|over)")
_DOES_IT_OPEN = re.compile(rf"^\s*(?:does|do|did)\s+{SUBJECT}\s+(?:also\s+)?(?P<verb>{_OPENING_VERBS})\s+"
                           r"(?P<what>.+?)\s*\??\s*$", re.I)
# "Which reports does it take note of?": the paragraphs that take note of reports
_WHICH_DOES_IT_OPEN = re.compile(rf"^\s*(?:what|which)\s+(?P<what>(?:\w+\s+)?\w+s)\s+(?:does|do|did)\s+{SUBJECT}\s+"
                                 rf"(?:also\s+)?(?P<verb>{_OPENING_VERBS})\b\s*(?P<rest>.*?)\s*\??\s*$", re.I)
def asked_topic(question: str) -> str | None:
    """The X of "What does the resolution say about X?", "Does it mention (address, discuss) X?", "Is there a
    provision on X?", "What is its position on X?", "Tell me about X", "Anything on X?", or of a bare "X?"."""
    match = _ASKS_ABOUT.match(question)
    if match:
        return next(group for group in match.groups() if group)
    bare = question.strip().rstrip("?.! ")  # "Family reunification?" asks what the text says of it
    return bare if 0 < len(bare.split()) <= MAX_BARE_TOPIC_WORDS and not _NOT_A_TOPIC.match(bare) else None


def searched_topic(question: str) -> str | None:
    """The topic whose words the paragraphs that answer must all use: asked_topic's X, "reaffirm X" for
    "Does it reaffirm X?" (any verb that opens resolution paragraphs), "take note of reports" for "Which reports
    does it take note of?"."""
    match = _DOES_IT_OPEN.match(question)
    if match:
        return f"{match.group('verb')} {match.group('what')}"
    match = _WHICH_DOES_IT_OPEN.match(question)
    if match:
        return " ".join(part for part in match.group("verb", "what", "rest") if part)
    return asked_topic(question)
