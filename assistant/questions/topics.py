"""Questions that ask what the text says about a topic, and the paragraphs that use every word of it.

"What does the resolution say about family reunification?" is answered by each paragraph that speaks of
family reunification (three in A/RES/72/179), not by the one or two most similar: a researcher quoting
the answer needs all of them. When a few paragraphs use every word of the topic, those are the answer;
when many do ("human rights"), the topic is too broad to list and search decides as for any question.
"""

from __future__ import annotations

import re

from .typed import QUESTION_WORDS

MAX_TOPIC_CLAUSES = 4  # more paragraphs than this using the topic's words: a broad topic, searched instead
# How a question names the resolution as the one acting: "Does the resolution / it / the General Assembly ...".
SUBJECT = r"(?:the resolution|the text|it|this resolution|the general assembly|the assembly)"
# How a question names the parts of the text it asks for: "Which paragraphs ...", "List the provisions ...".
PARAGRAPHS = r"(?:paragraphs?|clauses?|provisions?|parts?)"
_POSSESSIVE = r"(?:the resolution's|the resolution’s|the text's|the text’s|its|the general assembly's|the assembly's)"
_ASKS_ABOUT = re.compile(
    rf"^\s*what\s+(?:does|do|did)\s+{SUBJECT}\s+(?:say|state)\s+(?:about|on|regarding|concerning)\s+(?P<a>.+?)\s*\??\s*$"
    rf"|^\s*(?:does|do|did)\s+{SUBJECT}\s+(?:(?:say|state) (?:anything|something) (?:about|on|regarding|concerning)|mention|discuss|address|cover|deal with|talk about|"
    r"refer to|speak (?:of|about))\s+(?P<b>.+?)\s*\??\s*$"
    r"|^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:provisions?|paragraphs?|clauses?|anything|mention|references?|"
    r"language|wording)\s+(?:on|about|regarding|concerning|of|to|for)\s+(?P<c>.+?)\s*\??\s*$"
    rf"|^\s*what\s+(?:is|are)\s+{_POSSESSIVE}\s+(?:position|stance|view|views|opinion|line)\s+"
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
# Verbs a reader takes for one another (a user asking whether it urges States to act means any of them).
_KINDRED_VERBS = (("urge", "call upon", "call on", "encourage", "invite", "request"),
                  ("recognize", "recognise", "acknowledge", "affirm", "reaffirm", "stress", "emphasize", "emphasise",
                   "underline", "reiterate"),
                  ("deplore", "condemn"),  # stronger than expressing concern, which is not kindred
                  ("welcome", "commend", "endorse"))
# "Which reports does it take note of?": the paragraphs that take note of reports
_WHICH_DOES_IT_OPEN = re.compile(rf"^\s*(?:what|which)\s+(?P<what>(?:\w+\s+)?\w+s)\s+(?:does|do|did)\s+{SUBJECT}\s+"
                                 rf"(?:also\s+)?(?P<verb>{_OPENING_VERBS})\b\s*(?P<rest>.*?)\s*\??\s*$", re.I)
_TOKEN = re.compile(r"\d+(?:\.\d+)*|[A-Za-z]+")
_JOINS = re.compile(r"\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or|as well as)\s+", re.I)
_ARTICLE = re.compile(r"^\s*(?:the|an?)\s+", re.I)
_BOTH = re.compile(r"^\s*(?:both|either)\s+", re.I)


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


def conjuncts(topic: str) -> list[str]:
    """The topics "X and Y", "X, Y or Z", "both X and Y" join ("racism and xenophobia" -> racism, xenophobia);
    [topic] when it joins none."""
    parts = [p for p in _JOINS.split(_BOTH.sub("", topic)) if p.strip()]
    return parts if len(parts) > 1 else [topic]


def topic_rows(topic: str, texts: list[str], stopwords: frozenset[str], stem,
               theme: frozenset[str] = frozenset()) -> list[int]:
    """Rows of the few texts (lowercase) that use every word of the topic (see _rows_of); when one or none do and
    the topic opens with a verb, also those that do a kindred act on the rest ("urge States to end detention":
    the paragraph that calls upon States to end detention, and the one that encourages them to).
    The words of the resolution's own subject (`theme`: the stems of its title) may go unsaid: in a resolution
    on migrants, "unaccompanied children" (OP5(k)) speaks of "unaccompanied migrant children"; when more of the
    few texts use the other words, those are the rows."""
    rows = _rows_of(topic, texts, stopwords, stem)
    kindred = _kindred_rows(topic, texts, stopwords, stem) if len(rows) < 2 else []
    both = sorted(set(rows) | set(kindred))
    found = both if len(both) <= MAX_TOPIC_CLAUSES else rows
    lean = _without_theme(topic, theme, stem)
    if lean != topic and topic_words(lean, stopwords, stem):
        wider = topic_rows(lean, texts, stopwords, stem)
        if len(found) < len(wider) and 2 <= len(wider) <= MAX_TOPIC_CLAUSES:
            return wider
    return found


def _without_theme(topic: str, theme: frozenset[str], stem) -> str:
    """The topic without its lowercase words of the theme; a capitalised one is part of a name ("the Migrant
    Workers Convention")."""
    return " ".join(w for w in topic.split() if not (w.islower() and stem(w.strip("?,.;:")) in theme))


def _kindred_rows(topic: str, texts: list[str], stopwords: frozenset[str], stem) -> list[int]:
    """Rows of the texts that use every word of the topic after its opening verb and a verb kindred to it."""
    low = topic.lower()
    verbs = next(((verb, group) for group in _KINDRED_VERBS for verb in group if low.startswith(verb + " ")), None)
    if not verbs:
        return []
    rest = topic_words(topic[len(verbs[0]):], stopwords, stem)
    acts = {stem(verb.split()[0]) for verb in verbs[1]}
    return [i for i in using_rows(rest, texts, stem) if acts & clause_words(texts[i], stem)]


def _rows_of(topic: str, texts: list[str], stopwords: frozenset[str], stem) -> list[int]:
    """Rows of the few texts (lowercase) that use every word of the topic; none when no text or more than
    MAX_TOPIC_CLAUSES do. Topics joined by "and" ("racism and xenophobia"), used together by fewer than two
    texts, get the rows of each: a user asking about two things wants the paragraphs of both. In a phrase some
    text uses as written, a part of one word is left out: it may qualify the next ("financial and economic
    crises"); a name ("Convention against Torture and Other Cruel, ...") has its parts in the same paragraph."""
    whole = using_rows(topic_words(topic, stopwords, stem), texts, stem)
    if 2 <= len(whole) <= MAX_TOPIC_CLAUSES:
        return whole
    each = [using_rows(words, texts, stem) for words in topic_parts(topic, texts, stopwords, stem)]
    if len(each) > 1 and all(1 <= len(rows) <= MAX_TOPIC_CLAUSES for rows in each):
        return sorted(set().union(*each))
    return whole if len(whole) <= MAX_TOPIC_CLAUSES else []


def topic_parts(topic: str, texts: list[str], stopwords: frozenset[str], stem) -> list[frozenset[str]]:
    """The words of each topic "X and Y" joins; a one-word part is left out when some of the texts
    (lowercase) use the whole phrase as written, since it may qualify the next ("financial and economic crises")."""
    parts = [topic_words(part, stopwords, stem) for part in conjuncts(topic)]
    phrase = " ".join(_ARTICLE.sub("", topic).lower().split())
    if len(parts) > 1 and any(phrase in text for text in texts):
        parts = [words for words in parts if len(words) > 1]
    return parts


def using_rows(words: frozenset[str], texts: list[str], stem) -> list[int]:
    """Rows of the texts that use every one of the stems."""
    if not words:
        return []
    # A cheap substring pass first (a stem's first letters are in any word it stems from), then the exact test.
    prefixes = [w[:min(5, max(len(w) - 1, 2))] for w in words]
    return [i for i, text in enumerate(texts) if all(p in text for p in prefixes) and words <= clause_words(text, stem)]


def topic_words(topic: str, stopwords: frozenset[str], stem) -> frozenset[str]:
    """The stems of the topic's content words, numbers kept ("target 10.7")."""
    tokens = [t.lower() for t in _TOKEN.findall(topic)]
    return frozenset(stem(t) for t in tokens if t[0].isdigit() or (len(t) > 2 and t not in stopwords))


def clause_words(text: str, stem) -> frozenset[str]:
    """The stems of every word and number of a paragraph, as topic_words reads a topic."""
    return frozenset(stem(t.lower()) for t in _TOKEN.findall(text))
