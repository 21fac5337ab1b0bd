"""The paragraphs that use every word of a topic asked about (questions/topics.py reads the topic).

"What does the resolution say about family reunification?" is answered by each paragraph that speaks of
family reunification (three in A/RES/72/179), not by the one or two most similar: a researcher quoting
the answer needs all of them. When a few paragraphs use every word of the topic, those are the answer;
when many do ("human rights"), the topic is too broad to list and search decides as for any question.
"""

from __future__ import annotations

import re

from assistant.questions.patterns import conjuncts

from .haystack import rows_holding

MAX_TOPIC_CLAUSES = 4  # more paragraphs than this using the topic's words: a broad topic, searched instead
# Verbs a reader takes for one another (a user asking whether it urges States to act means any of them).
_KINDRED_VERBS = (("urge", "call upon", "call on", "encourage", "invite", "request"),
                  ("recognize", "recognise", "acknowledge", "affirm", "reaffirm", "stress", "emphasize", "emphasise",
                   "underline", "reiterate"),
                  ("deplore", "condemn"),  # stronger than expressing concern, which is not kindred
                  ("welcome", "commend", "endorse"))
_TOKEN = re.compile(r"\d+(?:\.\d+)*|[A-Za-z]+")
_ARTICLE = re.compile(r"^\s*(?:the|an?)\s+", re.I)


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
    return [i for i in rows_holding(texts, prefixes)
            if all(p in texts[i] for p in prefixes) and words <= clause_words(texts[i], stem)]


def topic_words(topic: str, stopwords: frozenset[str], stem) -> frozenset[str]:
    """The stems of the topic's content words, numbers kept ("target 10.7")."""
    tokens = [t.lower() for t in _TOKEN.findall(topic)]
    return frozenset(stem(t) for t in tokens if t[0].isdigit() or (len(t) > 2 and t not in stopwords))


def clause_words(text: str, stem) -> frozenset[str]:
    """The stems of every word and number of a paragraph, as topic_words reads a topic (kept by text, whatever
    the stemmer: the paragraphs using a question's words recur question after question)."""
    found = _CLAUSE_WORDS.get(text)
    if found is None:
        if len(_CLAUSE_WORDS) >= 8192:
            _CLAUSE_WORDS.clear()
        found = _CLAUSE_WORDS[text] = frozenset(stem(t.lower()) for t in _TOKEN.findall(text))
    return found


_CLAUSE_WORDS: dict[str, frozenset[str]] = {}
