"""Rows found by what a question names, not by search: the paragraphs asked for by number, every mention of a
name, each paragraph naming a kind of document, speaking of a topic or asking something of someone."""

from __future__ import annotations

import numpy as np

from assistant.questions.mentions import MAX_MENTIONS, asked_title, listed_name, mentioned_phrase, names
from assistant.questions.named_resolutions import same_resolution, without_asked
from assistant.questions.scope import scope
from assistant.questions.references import find_references
from assistant.questions.topics import MAX_TOPIC_CLAUSES


class RowFinders:
    """Part of `Assistant` (retriever.py): reads its `records`, `_rows` ((doc, clause id) -> row), `documents`,
    `_lower_texts` and `theme`."""

    def referenced_rows(self, question: str, scores: np.ndarray) -> list[int]:
        """Rows of the clauses the question names; a clause id found in several documents goes by score."""
        rows: list[int] = []
        for ref in find_references(question):
            matches = [i for (doc, cid), i in self._rows.items()
                       if cid == ref.clause_id and (ref.doc is None or same_resolution(ref.doc, doc))]
            rows += sorted(matches, key=lambda i: -scores[i])[:1]
        return list(dict.fromkeys(rows))

    def mentioning_rows(self, question: str, docs: set[str] | frozenset[str] = frozenset(),
                        most: int | None = MAX_MENTIONS) -> list[int]:
        """Rows of the clauses that name what "Where is X mentioned?" asks about (or the State "What does it say
        about Mexico?" does), in document order, the first `most` (all when None); only in `docs` when given. A
        phrase that is not a name ("the private sector") is listed the same way when some clause uses it word for
        word, else searched for."""
        searched = without_asked(question)
        kind = self.kind_rows(searched, docs)  # "Which treaties does it mention?": each paragraph naming one
        if kind:
            return kind[:most]
        name = listed_name(searched) or mentioned_phrase(searched)
        title = None if name else asked_title(searched)
        if not name and not title:
            return []
        rows = [i for i, r in enumerate(self.records)
                if (not docs or r.doc in docs) and names(r.clause.text, name or title)]
        # "Does it mention the Human Rights Council?": a title named in more paragraphs than a topic lists is
        # still a name, each of whose mentions is the answer; named in fewer, the topic's paragraphs are listed
        return rows[:most] if name or len(rows) > MAX_TOPIC_CLAUSES else []

    def kind_rows(self, question: str, docs: set[str] | frozenset[str] = frozenset()) -> list[int]:
        """Rows of the clauses naming a document of the kind the question asks about by a word no title uses
        ("treaties", "rulings"), narrowed by the rest of the question (see kinds.py); in `docs` when given."""
        from assistant.questions.kinds import asked_kind, kind_rows
        from assistant.language.stems import function_words, stemmer

        if not asked_kind(question):
            return []
        kinds = scope(question)  # "... mentioned in the preamble?"
        texts = [r.clause.text if (not docs or r.doc in docs) and (kinds is None or r.clause.kind in kinds) else ""
                 for r in self.records]
        return kind_rows(question, texts, function_words(), stemmer(), self._subject(docs))

    def topic_rows(self, question: str, docs: set[str] | frozenset[str] = frozenset()) -> list[int]:
        """Rows of the few clauses that use every word of the topic "What does it say about X?" asks about
        (of each topic, for "X and Y"); none when no clause or more than MAX_TOPIC_CLAUSES do (see topics.py)."""
        from assistant.questions.acts import act_rows, asked_act, listed_act
        from assistant.questions.addressed import addressed_rows, asked_of, asked_task, tasked_rows
        from assistant.language.stems import function_words, stemmer
        from assistant.questions.topics import searched_topic, topic_rows, topic_words, using_rows

        searched = without_asked(question)
        topic, who, task = searched_topic(searched), asked_of(searched), asked_task(searched)
        act, listed = asked_act(searched), listed_act(searched)
        if not topic and not who and not task and not act and not listed:
            return []
        texts, stem = self.lower_texts(docs), stemmer()
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
        return topic_rows(topic, texts, function_words(), stem, self._subject(docs))

    def unasked(self, question: str, docs: set[str] | frozenset[str] = frozenset()) -> str | None:
        """Who "What does it ask X to do?" asks about, when the text names X but asks nothing of them."""
        from assistant.questions.addressed import asked_of, asks_nothing_of

        who = asked_of(without_asked(question))
        return who if who and asks_nothing_of(who, self.lower_texts(docs)) else None

    def lower_texts(self, docs: set[str] | frozenset[str] = frozenset()) -> list[str]:
        """Each row's clause text in lowercase ("" for a row outside `docs`, when given); made on first need."""
        if self._lower_texts is None:
            self._lower_texts = [r.clause.text.lower() for r in self.records]
        return [t if not docs or r.doc in docs else "" for t, r in zip(self._lower_texts, self.records)]

    def _subject(self, docs: set[str] | frozenset[str]) -> frozenset[str]:
        """The theme of the resolutions asked about, or of the only one indexed; of many, none: the titles of a
        whole corpus share too many words for any to go without saying."""
        symbols = set(docs) or {d["symbol"] for d in self.documents}
        return self.theme(symbols) if len(symbols) == 1 else frozenset()
