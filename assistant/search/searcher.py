"""Search: `Searcher.search(question, k)` turns a read `Question` into ranked, cited passages."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from assistant.documents import citation
from assistant.embeddings.encoder import Embedder
from assistant.embeddings.store import StoredIndex
from assistant.language.stems import content_words
from assistant.questions.question import Question

from .finders import mentioning_rows, referenced_rows, topical_rows
from .fusion import Fusion, dense_mix, fuse
from .keyword import KeywordScorer
from .lexicon import Lexicon
from .passage import Passage

DENSE_DEPTH = 1000  # rows scored by FAISS; the rest count as least similar
DEFAULT_FUSION = Fusion()
# Single-word cosine (the default pair of models) at which neighbours are synonyms ("kids"/"children" 0.90,
# "jail"/"imprisonment" 0.78, "wages"/"remuneration" 0.62) rather than merely related ("abortion"/"religion" 0.49,
# "deadline"/"obligations" 0.44).
SYNONYM = 0.6


def _search_all(index, query: np.ndarray, rows: int) -> np.ndarray:
    """Best similarity per clause row; rows beyond the search depth count as least similar."""
    found, ids = index.search(query, min(DENSE_DEPTH, index.ntotal))
    scores = np.full(rows, float(found[0].min()) - 1e-3, dtype=np.float32)
    # Several windows share a row: keep the best, which FAISS returns first.
    for score, row in zip(found[0][::-1], ids[0][::-1]):
        if row >= 0:
            scores[row] = score
    return scores


class Searcher:
    """A loaded index and its model: hybrid search, and the rows found by what a question names."""

    def __init__(self, store: StoredIndex, embedder: Embedder, fusion: Fusion = DEFAULT_FUSION):
        self.store, self.embedder, self.fusion = store, embedder, fusion
        self.records = store.records
        self.lexicon = Lexicon(store.records, store.documents)
        self.keyword = KeywordScorer([r.embed_text for r in self.records])
        self.rows = {(r.doc, r.clause.id): i for i, r in enumerate(self.records)}
        self._word_vectors: dict[str, np.ndarray] = {}  # single words, encoded on first need (related)

    @property
    def documents(self) -> list[dict]:
        return self.store.documents

    def similarities(self, *texts: str) -> tuple[np.ndarray, np.ndarray]:
        """Cosine similarity of the question to each clause, and to each clause's best word window; given
        several phrasings of it, each clause's best of them."""
        whole, window, rows = [], [], len(self.records)
        # encode_queries keeps the questions' word pieces from this run, for re-ranking without a second pass
        encode = getattr(self.embedder, "encode_queries", self.embedder.encode)
        for query in encode(list(texts)):
            # With several models, each finds its own best window of a clause, as it would alone.
            shares = getattr(self.embedder, "member_queries", lambda q: [q])(query[None, :])
            whole.append(_search_all(self.store.vectors, query[None, :], rows))
            window.append(sum(_search_all(self.store.segments, share, rows) for share in shares))
        return np.max(whole, axis=0), np.max(window, axis=0)

    def scores(self, question: Question, fusion: Fusion | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Fused relevance of every clause to the question, the dense similarity, and the scaled BM25 score."""
        fusion = fusion or self.fusion
        keyword = self.keyword.scores(question.keywords)
        dense = dense_mix(*self.similarities(*question.phrasings), fusion)
        return fuse(dense, keyword, fusion), dense, keyword / max(float(keyword.max()), fusion.keyword_floor)

    def search(self, question: Question, k: int = 5, fusion: Fusion | None = None,
               references: bool = True) -> list[Passage]:
        """The k clauses that best answer the question; clauses it names explicitly come first (unless
        `references` is off, to measure search alone)."""
        scores, similarity, keyword = self.scores(question, fusion)
        how = self._found(question, scores) if references else {}
        docs = set(question.documents) if references else set()
        kinds = question.scope if references else None
        order = [*how] + [int(i) for i in np.argsort(-scores, kind="stable") if int(i) not in how
                          and (kinds is None or self.records[int(i)].clause.kind in kinds)
                          and (not docs or self.records[int(i)].doc in docs)]
        return [self.passage(i, 1.0 if i in how else float(scores[i]), how.get(i, "search"),
                             float(similarity[i]), float(keyword[i])) for i in order[:k]]

    def _found(self, question: Question, scores: np.ndarray) -> dict[int, str]:
        """Rows found by what the question names, each with how: "reference", "mention" or "topic"."""
        docs = set(question.documents)
        named = referenced_rows(question, self.rows, scores)
        mentioning = [i for i in mentioning_rows(question, self.lexicon, docs) if i not in named]
        topical = [i for i in topical_rows(question, self.lexicon, docs) if i not in named and i not in mentioning] \
            if not named and not mentioning else []
        topical.sort(key=lambda i: -scores[i])
        return dict.fromkeys(named, "reference") | dict.fromkeys(mentioning, "mention") | dict.fromkeys(topical, "topic")

    def related(self, passages: list[Passage], top: int = 3) -> Callable[[str], bool]:
        """Whether a word has a near-synonym (cosine >= SYNONYM of the single words) among the words of the `top`
        passages: "kids" has "children"; "abortion" has nothing in paragraphs about women and children.
        Word vectors are encoded on first need and kept."""

        def related(word: str) -> bool:
            candidates = sorted({w for p in passages[:top] for w in content_words(p.text)})
            new = [w for w in [word, *candidates] if w not in self._word_vectors]
            if new:
                self._word_vectors.update(zip(new, self.embedder.encode(new)))
            vectors = np.stack([self._word_vectors[w] for w in candidates]) if candidates else np.zeros((0, 1))
            return bool(candidates) and float((vectors @ self._word_vectors[word]).max()) >= SYNONYM

        return related

    def passage(self, row: int, score: float, via: str = "search", similarity: float = 0.0,
                keyword: float = 0.0) -> Passage:
        r = self.records[row]
        return Passage(r.doc, r.clause.id, r.clause.label, citation.citation(r.doc, r.clause), round(score, 4),
                       r.clause.text, r.chapeau, r.doc_title, r.clause.kind, via, round(similarity, 4),
                       round(keyword, 4))

    def clause(self, doc: str, clause_id: str) -> Passage | None:
        row = self.rows.get((doc, clause_id))
        return None if row is None else self.passage(row, 1.0, "reference")
