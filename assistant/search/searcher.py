"""Search: `Searcher.search(question, k)` turns a read `Question` into ranked, cited passages."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import cached_property

import numpy as np

from assistant.documents import citation
from assistant.embeddings.encoder import Embedder
from assistant.embeddings.keyword import KeywordScorer
from assistant.embeddings.store import StoredIndex, document_rows
from assistant.questions.question import Question

from .dense import DenseScorer
from .facts import facts_first
from .filters import search_scope
from .finders import mentioning_rows, referenced_rows, rows_by_clause_id, topical_rows
from .fusion import DEFAULT_FUSION, Fusion, dense_mix, fuse
from .lexicon import Lexicon
from .mentions import MAX_MENTIONS
from .openings import opening_stem, with_opening_words
from .passage import Passage
from .queries import encoded
from .ranked import best_first
from .renewed import dated_copies_first, newest_copies_first, written_first
from .synonyms import near_synonym
from .within import rerank_within, shared_stems


class Searcher:
    """A loaded index and its model: hybrid search, and the rows found by what a question names."""

    def __init__(self, store: StoredIndex, embedder: Embedder, fusion: Fusion = DEFAULT_FUSION):
        self.store, self.embedder, self.fusion = store, embedder, fusion
        self.records = store.records
        self.lexicon = Lexicon(store.records, store.documents, store.extra)
        self.keyword = store.keyword
        self.doc_rows = document_rows(store.documents, self.records)
        self.rows = _rows(store.documents, self.doc_rows, self.records)
        self.dense = DenseScorer(store, getattr(embedder, "member_queries", None))
        self._word_vectors: dict[str, np.ndarray] = {}  # single words, encoded on first need (related)
        self._openings: dict[int, str | None] = {}  # a row's opening word's stem, found on first need
        self._shared: dict[str, frozenset[str]] = {}  # each resolution's shared word stems (shared_stems)
        self._scopes: dict[frozenset[str], np.ndarray] = {}  # not functools.lru_cache: that kept reloaded indexes

    @property
    def documents(self) -> list[dict]:
        return self.store.documents

    @cached_property
    def dates(self) -> dict[str, str | None]:
        """Each resolution's date of adoption, by symbol."""
        return {d["symbol"]: d.get("date") for d in self.documents}

    @cached_property
    def rows_by_id(self) -> dict[str, list[tuple[str, int]]]:
        return rows_by_clause_id(self.rows)

    @cached_property
    def preambular(self) -> np.ndarray:
        """Whether each clause row is a preambular paragraph (from the ids documents.json lists, so no row is
        parsed for it)."""
        mask = np.zeros(len(self.records), dtype=bool)
        for document in self.documents:
            start, end = self.doc_rows.get(document["symbol"], (0, 0))
            ids = document.get("ids") or [self.records[row].clause.id for row in range(start, end)]
            mask[start:end] = [citation.is_preambular(i) for i in ids]
        return mask

    def similarities(self, *texts: str, rows: np.ndarray | None = None,
                     vectors: dict[str, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Cosine similarity of the question to each clause of `rows` (all when None), and to each one's best word
        window; given several phrasings of it, each clause's best of them. `vectors`: texts already encoded."""
        vectors = encoded(self.embedder, texts, vectors)
        scored = [self.dense.similarities(vectors[text], rows) for text in texts]
        return np.max([whole for whole, _ in scored], axis=0), np.max([window for _, window in scored], axis=0)

    def scores(self, question: Question, fusion: Fusion | None = None, rows: np.ndarray | None = None,
               vectors: dict[str, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Fused relevance of every clause to the question, the dense similarity, and the scaled BM25 score;
        with `rows`, only those clauses are scored (and fused among themselves), the others are -inf."""
        fusion = fusion or self.fusion
        keyword = self.keyword.scores(question.keywords)
        keyword = keyword if rows is None else keyword[rows]
        dense = dense_mix(*self.similarities(*question.phrasings, rows=rows, vectors=vectors), fusion)
        scaled = keyword / max(float(keyword.max(initial=0.0)), fusion.keyword_floor)
        fused = fuse(dense, keyword, fusion)
        weight = self.preamble_weight(fusion, rows)
        if weight != 1.0 and question.scope is None:
            preambular = self.preambular if rows is None else self.preambular[rows]
            fused = np.where(preambular, fused * weight, fused).astype(np.float32)
        # not when the question names its resolutions: the scope is theirs, and a constant added to their clauses
        # would move the ratios to the best score that the answer policy cites by
        if fusion.title_weight and fusion.method == "weighted" and len(self.documents) > 1 and not question.documents:
            fused = (fused + fusion.title_weight * self.title_scores(question, fusion, rows)).astype(np.float32)
        if fusion.year_weight and question.years and not question.documents and len(self.documents) > 1:
            fused = (fused + fusion.year_weight * self.adopted_in(question.years, rows)).astype(np.float32)
        found = fused, dense, scaled
        if rows is None:
            return found
        spread = [np.full(len(self.records), -np.inf, dtype=np.float32) for _ in found]
        for full, part in zip(spread, found):
            full[rows] = part
        return tuple(spread)

    def preamble_weight(self, fusion: Fusion, rows: np.ndarray | None = None) -> float:
        """What a preambular paragraph's score is multiplied by: the fusion's single_preamble_weight when the rows
        searched (all when None) are one resolution's, else its preamble_weight."""
        if fusion.single_preamble_weight is None:
            return fusion.preamble_weight
        # scope rows run in index order, a resolution's rows together: its first and last tell one from many
        one = len(self.documents) <= 1 if rows is None else not len(rows) or \
            self.row_document[rows[0]] == self.row_document[rows[-1]]
        return fusion.single_preamble_weight if one else fusion.preamble_weight

    def shared_stems(self, doc: str) -> frozenset[str]:
        """The word stems most of a resolution's paragraphs share, and its title's (search.within; made once)."""
        if doc not in self._shared:
            start, end = self.doc_rows[doc]
            self._shared[doc] = shared_stems([self.records[i].clause.text for i in range(start, end)],
                                             self.records[start].doc_title if end > start else "")
        return self._shared[doc]

    def title_scores(self, question: Question, fusion: Fusion, rows: np.ndarray | None = None) -> np.ndarray:
        """Each clause row's resolution's BM25 score for the question over the titles held, scaled as fuse scales
        keyword scores (of `rows` only, when given), from 0 for the lowest."""
        titles = self.title_match(question.keywords, fusion)
        per_row = titles[self.row_document if rows is None else self.row_document[rows]]
        # less the lowest in scope: titles that do not tell the resolutions apart (a series: "Protection of
        # migrants" five times) add nothing, rather than a constant that moves the answer policy's ratios
        return per_row - per_row.min() if len(per_row) else per_row

    def title_match(self, words: str, fusion: Fusion | None = None) -> np.ndarray:
        """Each resolution's title's BM25 score for the words (in documents' order), scaled as fuse scales keywords."""
        titles = self.titles.scores(words)
        return titles / max(float(titles.max(initial=0.0)), (fusion or self.fusion).keyword_floor)

    @cached_property
    def titles(self) -> KeywordScorer:
        """BM25 over the titles of the resolutions held, one row per document (saved with the index; an older
        index's built at the first question)."""
        return self.store.titles or KeywordScorer.build([d.get("title") or "" for d in self.documents])

    def adopted_in(self, years: tuple[int, ...], rows: np.ndarray | None = None) -> np.ndarray:
        """1.0 for each clause row (of `rows`, when given) of a resolution adopted in one of `years`, else 0.0."""
        held = np.isin(self.years_adopted, years).astype(np.float32)
        return held[self.row_document if rows is None else self.row_document[rows]]

    @cached_property
    def years_adopted(self) -> np.ndarray:
        """Each resolution's year of adoption (0 when undated), in documents' order."""
        years = [(d.get("date") or "")[:4] for d in self.documents]
        return np.array([int(year) if year.isdigit() else 0 for year in years], dtype=np.int64)

    @cached_property
    def row_document(self) -> np.ndarray:
        """Each clause row's document, as its position in documents."""
        found = np.zeros(len(self.records), dtype=np.int64)
        for n, document in enumerate(self.documents):
            start, end = self.doc_rows.get(document["symbol"], (0, 0))
            found[start:end] = n
        return found

    def rows_of(self, docs: set[str] | frozenset[str]) -> np.ndarray:
        """The clause rows of the resolutions `docs`, in order (the last few scopes kept, by this Searcher: a filter
        is asked again and again, and a corpus-wide one spans 40k rows)."""
        key = frozenset(docs)
        if key not in self._scopes:
            mask = np.zeros(len(self.records), dtype=bool)
            for start, end in (self.doc_rows[d] for d in key if d in self.doc_rows):
                mask[start:end] = True
            rows = np.flatnonzero(mask)
            rows.flags.writeable = False
            self._scopes = {key: rows} | dict(list(self._scopes.items())[:7])
        return self._scopes[key]

    def search(self, question: Question, k: int = 5, fusion: Fusion | None = None, references: bool = True,
               where: frozenset[str] | None = None) -> list[Passage]:
        """The k clauses that best answer the question among the resolutions `where` holds (every one when None)
        and, unless `references` is off (to measure search alone), those it asks about; the clauses it names
        explicitly come first."""
        docs = search_scope(question.documents if references else (), where)
        scores, similarity, keyword = self.scores(question, fusion, self.rows_of(docs) if docs is not None else None)
        how = self._found(question, frozenset(docs or ()), scores) if references else {}
        if not how:  # a plain search: the best resolutions' paragraphs told apart by their own words
            scores = with_opening_words(rerank_within(self, question, scores, fusion), question.words, self._opening)
        kinds = question.scope if references else None
        ranked = best_first(scores)  # read only as far as k rows (not 40k)
        searched = (i for i in ranked if i not in how and scores[i] > -np.inf
                    and (kinds is None or self.records[i].clause.kind in kinds))
        order = [*how] + list(itertools.islice(searched, max(k - len(how), 0)))
        found = [self.passage(i, 1.0 if i in how else float(scores[i]), how.get(i, "search"), float(similarity[i]),
                              float(keyword[i])) for i in order[:k]]
        dated = dated_copies_first(newest_copies_first(found, question.years), question.written_years, question.years)
        return facts_first(written_first(dated, question.written_years, question.years), question)

    def _found(self, question: Question, docs: frozenset[str], scores: np.ndarray) -> dict[int, str]:
        """Rows found by what the question names, each with how: "reference", "mention" or "topic"."""
        named = referenced_rows(question, self.rows_by_id, scores, docs)
        # every mention, then the first MAX_MENTIONS of the latest resolutions: a renewed text is answered from
        # its latest version
        mentioning = [i for i in self.newest_first(mentioning_rows(question, self.lexicon, docs, most=None))
                      if i not in named][:MAX_MENTIONS]
        topical = [i for i in topical_rows(question, self.lexicon, docs) if i not in named and i not in mentioning] \
            if not named and not mentioning else []
        topical.sort(key=lambda i: -scores[i])
        return dict.fromkeys(named, "reference") | dict.fromkeys(mentioning, "mention") | dict.fromkeys(topical, "topic")

    def newest_first(self, rows: list[int]) -> list[int]:
        """Rows of the latest resolution first (date of adoption, then symbol), in paragraph order within each."""
        docs = {self.records[i].doc for i in rows}
        if len(docs) < 2:
            return rows
        rank = {doc: n for n, doc in enumerate(sorted(docs, key=lambda d: (self.dates.get(d) or "", d), reverse=True))}
        return sorted(rows, key=lambda i: rank[self.records[i].doc])

    def related(self, passages: list[Passage], top: int = 3) -> Callable[[str], bool]:
        """Whether a word has a near-synonym among the words of the `top` passages (search.synonyms)."""
        return near_synonym(self.embedder, self._word_vectors, passages[:top])

    def _opening(self, row: int) -> str | None:
        if row not in self._openings:
            self._openings[row] = opening_stem(self.records[row].clause.text)
        return self._openings[row]

    def passage(self, row: int, score: float, via: str = "search", similarity: float = 0.0,
                keyword: float = 0.0) -> Passage:
        r = self.records[row]
        return Passage(r.doc, r.clause.id, r.clause.label, citation.citation(r.doc, r.clause), round(score, 4),
                       r.clause.text, r.chapeau, r.doc_title, r.clause.kind, via, round(similarity, 4),
                       round(keyword, 4), self.dates.get(r.doc))

    def clause(self, doc: str, clause_id: str) -> Passage | None:
        row = self.rows.get((doc, clause_id))
        return None if row is None else self.passage(row, 1.0, "reference")


def _rows(documents: list[dict], spans: dict[str, tuple[int, int]], records) -> dict[tuple[str, str], int]:
    """(resolution, clause id) -> row, from documents.json's clause ids when it holds them (no clause parsed)."""
    if all("ids" in d for d in documents):
        return {(d["symbol"], cid): spans[d["symbol"]][0] + i for d in documents for i, cid in enumerate(d["ids"])}
    return {(r.doc, r.clause.id): i for i, r in enumerate(records)}
