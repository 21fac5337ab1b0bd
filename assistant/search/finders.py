"""Rows found by what a question names, not by search: the paragraphs asked for by number, every mention of a
name, each paragraph naming a kind of document, speaking of a topic or asking something of someone.

Each finder reads the `Question` record and the index's words (search.lexicon.Lexicon); rows are clause rows.
"""

from __future__ import annotations

import numpy as np

from assistant.embeddings.store import Record
from assistant.language.stems import function_words, stemmer
from assistant.questions.named_resolutions import same_resolution
from assistant.questions.question import Question

from .acts import act_rows
from .addressed import addressed_rows, asks_nothing_of, tasked_rows
from .kinds import kind_rows
from .lexicon import Lexicon
from .mentions import MAX_MENTIONS, names
from .topics import MAX_TOPIC_CLAUSES, topic_rows, topic_words, using_rows


def referenced_rows(question: Question, rows_by_id: dict[str, list[tuple[str, int]]], scores: np.ndarray,
                    docs: frozenset[str] = frozenset()) -> list[int]:
    """Rows of the clauses the question names (`rows_by_id`: clause id -> (doc, row) of each resolution holding
    it), in `docs` when given; a clause id found in several documents goes by score."""
    found: list[int] = []
    for ref in question.references:
        matches = [i for doc, i in rows_by_id.get(ref.clause_id, ()) if (not docs or doc in docs)
                   and (ref.doc is None or same_resolution(ref.doc, doc))]
        found += sorted(matches, key=lambda i: -scores[i])[:1]
    return list(dict.fromkeys(found))


def rows_by_clause_id(rows: dict[tuple[str, str], int]) -> dict[str, list[tuple[str, int]]]:
    """Each clause id's (resolution, row) in every resolution that has it, from (resolution, clause id) -> row:
    referenced_rows looks an id up, not every row of the index."""
    found: dict[str, list[tuple[str, int]]] = {}
    for (doc, clause_id), row in rows.items():
        found.setdefault(clause_id, []).append((doc, row))
    return found


def mentioning_rows(question: Question, lexicon: Lexicon, docs: set[str] | frozenset[str] = frozenset(),
                    most: int | None = MAX_MENTIONS) -> list[int]:
    """Rows of the clauses that name what "Where is X mentioned?" asks about (or the State "What does it say
    about Mexico?" does), in document order, the first `most` (all when None); only in `docs` when given. A
    phrase that is not a name ("the private sector") is listed the same way when some clause uses it word for
    word, else searched for."""
    records = lexicon.records
    kind = _kind_rows(question, lexicon, docs)  # "Which treaties does it mention?": each paragraph naming one
    if kind:
        return kind[:most]
    name = question.listed_name or question.mentioned_phrase
    title = None if name else question.title
    if not name and not title:
        return []
    sought = name or title
    rows = [i for i in lexicon.rows_naming(sought)
            if (not docs or records[i].doc in docs) and names(records[i].clause.text, sought)]
    # "Does it mention the Human Rights Council?": a title named in more paragraphs than a topic lists is
    # still a name, each of whose mentions is the answer; named in fewer, the topic's paragraphs are listed
    return rows[:most] if name or len(rows) > MAX_TOPIC_CLAUSES else []


def _kind_rows(question: Question, lexicon: Lexicon, docs: set[str] | frozenset[str]) -> list[int]:
    """Rows of the clauses naming a document of the kind the question asks about ("treaties", "rulings"),
    narrowed by the rest of the question (see kinds.py); in `docs` and the part of the text asked about."""
    if not question.kind:
        return []
    kinds = question.scope  # "... mentioned in the preamble?"
    texts = [""] * len(lexicon.records)
    for i in lexicon.rows_with_any(question.kind.naming_words):  # a paragraph naming one uses one of the words
        r = lexicon.records[i]
        if _inside(r, docs) and (kinds is None or r.clause.kind in kinds):
            texts[i] = r.clause.text
    return kind_rows(question.kind, question.kind_narrowing, texts, lexicon.subject(docs))


def topical_rows(question: Question, lexicon: Lexicon, docs: set[str] | frozenset[str] = frozenset()) -> list[int]:
    """Rows of the few clauses that use every word of the topic "What does it say about X?" asks about (of each
    topic, for "X and Y"), that open with the verb asked about, or that ask someone what is asked about; none
    when no clause or more than a topic lists do (see topics.py, acts.py, addressed.py)."""
    topic, who, task, act, listed = question.topic, question.addressee, question.task, question.act, \
        question.listed_act
    if not topic and not who and not task and not act and not listed:
        return []
    texts, stem = lexicon.lower_texts(docs), stemmer()
    if act:  # "What does the resolution welcome?": every paragraph that opens by welcoming
        return act_rows(act, texts, stem)
    if task:  # "Who is asked to report?": every paragraph that asks someone to
        return tasked_rows(topic_words(task, function_words(), stem), texts, stem)
    if not topic and who:
        return addressed_rows(who, texts)
    if not topic:  # "Which paragraphs take note of reports?": those opening so that use every word of the rest
        words = topic_words(listed[1], function_words(), stem)
        using = set(using_rows(words, texts, stem)) if words else range(len(texts))
        return act_rows(listed[0], [t if i in using else "" for i, t in enumerate(texts)], stem)
    return topic_rows(topic, texts, function_words(), stem, lexicon.subject(docs))


def unasked(question: Question, lexicon: Lexicon, docs: set[str] | frozenset[str] = frozenset()) -> str | None:
    """Who "What does it ask X to do?" asks about, when the text names X but asks nothing of them."""
    who = question.addressee
    return who if who and asks_nothing_of(who, lexicon.lower_texts(docs)) else None


def _inside(record: Record, docs: set[str] | frozenset[str]) -> bool:
    return not docs or record.doc in docs
