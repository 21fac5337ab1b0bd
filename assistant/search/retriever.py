"""Cited retrieval: `Assistant.retrieve(question, k)` over a loaded index and model."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np

from assistant.documents import citation
from assistant.embeddings.encoder import Embedder, open_embedder
from assistant.embeddings.store import IndexProblem, StoredIndex, read_index
from .fusion import Fusion, dense_mix, fuse
from .indexing import build_index, default_index_dir
from .keyword import KeywordScorer
from assistant.questions.named_resolutions import asked_documents, without_asked
from .finders import RowFinders
from .passage import Passage
from assistant.questions.scope import focus, phrasings, scope
from assistant.questions.typed import QuestionError, as_asked, cased_forms, check_question, truecased, without_pleasantries

DENSE_DEPTH = 1000  # rows scored by FAISS; the rest count as least similar
DEFAULT_FUSION = Fusion()
# Single-word cosine (the default pair of models) at which neighbours are synonyms ("kids"/"children" 0.90,
# "jail"/"imprisonment" 0.78, "wages"/"remuneration" 0.62) rather than merely related ("abortion"/"religion" 0.49,
# "deadline"/"obligations" 0.44).
SYNONYM = 0.6
_ACRONYM = re.compile(r"(?<![\w/])[A-Z]{2,6}(?![\w/])")  # "ILO", not the "RES" of "A/RES/72/179"


def _search_all(index, query: np.ndarray, rows: int) -> np.ndarray:
    """Best similarity per clause row; rows beyond the search depth count as least similar."""
    found, ids = index.search(query, min(DENSE_DEPTH, index.ntotal))
    scores = np.full(rows, float(found[0].min()) - 1e-3, dtype=np.float32)
    # Several windows share a row: keep the best, which FAISS returns first.
    for score, row in zip(found[0][::-1], ids[0][::-1]):
        if row >= 0:
            scores[row] = score
    return scores


class Assistant(RowFinders):
    """Holds the loaded model and index; answers retrieval (and, with answering, questions)."""

    def __init__(self, store: StoredIndex, embedder: Embedder, fusion: Fusion = DEFAULT_FUSION):
        self.store, self.embedder, self.fusion = store, embedder, fusion
        self.records = store.records
        self.keyword = KeywordScorer([r.embed_text for r in self.records])
        self._rows = {(r.doc, r.clause.id): i for i, r in enumerate(self.records)}
        self._vocabularies: dict[str, frozenset[str]] = {}
        self._themes: dict[frozenset[str], frozenset[str]] = {}  # theme() of a set of documents
        self._unions: dict[frozenset[str], frozenset[str]] = {}  # vocabulary() of a set of documents
        self._lower_texts: list[str] | None = None  # made on first need (lower_texts)
        self._word_vectors: dict[str, np.ndarray] = {}  # single words, encoded on first need (Assistant.related)
        self._cased: dict[str, str] | None = None  # word -> its capitalised form, on the first lowercase question
        self._expansions: dict[str, str] | None = None  # acronym -> name, read on the first question with one

    @classmethod
    def open(cls, folder: str | Path | None = None, model: str | None = None, build: bool = True) -> "Assistant":
        """Load the index (building it from the bundled resolution when there is none) and the model."""
        folder = Path(folder) if folder else default_index_dir()
        embedder = open_embedder(model)
        if build and not (folder / "manifest.json").exists():
            build_index([], folder, embedder)
        store = read_index(folder)
        if store.manifest.model != embedder.name:
            raise IndexProblem(f"index at {folder} was built with {store.manifest.model}, but the model is "
                               f"{embedder.name}; rebuild it with `assistant index --index {folder}`")
        return cls(store, embedder)

    @property
    def documents(self) -> list[dict]:
        return self.store.documents

    def similarities(self, *texts: str) -> tuple[np.ndarray, np.ndarray]:
        """Cosine similarity of the question to each clause, and to each clause's best word window; given
        several phrasings of it (query.phrasings), each clause's best of them."""
        whole, window, rows = [], [], len(self.records)
        for query in self.embedder.encode(list(texts)):
            # With several models, each finds its own best window of a clause, as it would alone.
            shares = getattr(self.embedder, "member_queries", lambda q: [q])(query[None, :])
            whole.append(_search_all(self.store.vectors, query[None, :], rows))
            window.append(sum(_search_all(self.store.segments, share, rows) for share in shares))
        return np.max(whole, axis=0), np.max(window, axis=0)

    def scores(self, question: str, fusion: Fusion | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Fused relevance of every clause to the question, the dense similarity, and the scaled BM25 score."""
        fusion = fusion or self.fusion
        question = self.spelled_out(without_asked(question))
        keyword = self.keyword.scores(focus(question))
        dense = dense_mix(*self.similarities(*phrasings(question)), fusion)
        return fuse(dense, keyword, fusion), dense, keyword / max(float(keyword.max()), fusion.keyword_floor)

    def spelled_out(self, question: str) -> str:
        """The question with each acronym the indexed text spells out followed by its words: "the ILO" ->
        "the ILO (International Labour Organization)"; the map is read from the text on first need."""
        from assistant.questions.absent import expansions

        if not _ACRONYM.search(question):
            return question
        if self._expansions is None:
            self._expansions = expansions(" ".join(r.clause.text for r in self.records))
        return _ACRONYM.sub(lambda m: f"{m.group()} ({self._expansions[m.group().lower()]})"
                            if m.group().lower() in self._expansions else m.group(), question)

    def asked(self, question: str) -> str:
        """The question as searched and answered: checked, without greetings and thanks, with the question mark
        and, typed all in lowercase, the capitals of the names the indexed text writes put back (typed.py)."""
        question = as_asked(without_pleasantries(check_question(question)))
        if any(c.isupper() for c in question):
            return question
        if self._cased is None:
            self._cased = cased_forms(r.clause.text for r in self.records)
        return truecased(question, self._cased)

    def retrieve(self, question: str, k: int = 5, fusion: Fusion | None = None,
                 references: bool = True) -> list[Passage]:
        """The k clauses that best answer the question; clauses it names explicitly come first
        (unless `references` is off, to measure search alone)."""
        question = self.asked(question)
        if not 1 <= k <= 100:
            raise QuestionError(f"k must be between 1 and 100, not {k}")
        scores, similarity, keyword = self.scores(question, fusion)
        named = self.referenced_rows(question, scores) if references else []
        docs = set(self.asked_documents(question)) if references else set()
        mentioning = [i for i in self.mentioning_rows(question, docs) if i not in named] if references else []
        topical = [i for i in self.topic_rows(question, docs) if i not in named and i not in mentioning] \
            if references and not named and not mentioning else []
        topical.sort(key=lambda i: -scores[i])
        how = dict.fromkeys(named, "reference") | dict.fromkeys(mentioning, "mention") | dict.fromkeys(topical, "topic")
        kinds = scope(question) if references else None
        order = [*how] + [int(i) for i in np.argsort(-scores, kind="stable") if int(i) not in how
                          and (kinds is None or self.records[int(i)].clause.kind in kinds)
                          and (not docs or self.records[int(i)].doc in docs)]
        return [self.passage(i, 1.0 if i in how else float(scores[i]), how.get(i, "search"),
                             float(similarity[i]), float(keyword[i])) for i in order[:k]]

    def asked_documents(self, question: str) -> list[str]:
        """The indexed resolutions a question asks about by symbol ("What does resolution 74/148 say ...?");
        empty when it names none, or names them only as referred to ("Does it recall resolution 70/147?")."""
        return asked_documents(question, [d["symbol"] for d in self.documents])[0]

    def vocabulary(self, docs: set[str] | None = None) -> frozenset[str]:
        """The word stems and numbers of the paragraphs of `docs` (all indexed resolutions when None; see
        absent.words_of), with the States they name in any form ("Mexican nationals" names Mexico); each
        document's read once."""
        from assistant.questions.absent import words_of
        from assistant.questions.mentions import countries_named

        docs = {d["symbol"] for d in self.documents} if docs is None else docs
        if docs - self._vocabularies.keys():
            texts: dict[str, list[str]] = {}
            for r in self.records:
                if r.doc in docs and r.doc not in self._vocabularies:
                    texts.setdefault(r.doc, []).append(r.clause.text)
            for doc, clauses in texts.items():
                text = " ".join(clauses)
                self._vocabularies[doc] = frozenset(words_of(f"{text} {' '.join(countries_named(text))}"))
        key = frozenset(docs)
        if key not in self._unions:  # every question asks for the whole index's: union it once
            self._unions[key] = frozenset().union(*(self._vocabularies.get(doc, frozenset()) for doc in docs))
        return self._unions[key]

    def related(self, passages: list[Passage], top: int = 3) -> Callable[[str], bool]:
        """Whether a word has a near-synonym (cosine >= SYNONYM of the single words) among the words of the `top`
        passages: "kids" has "children"; "abortion" has nothing in paragraphs about women and children.
        Word vectors are encoded on first need and kept."""
        from assistant.questions.absent import content_words

        def related(word: str) -> bool:
            candidates = sorted({w for p in passages[:top] for w in content_words(p.text)})
            new = [w for w in [word, *candidates] if w not in self._word_vectors]
            if new:
                self._word_vectors.update(zip(new, self.embedder.encode(new)))
            vectors = np.stack([self._word_vectors[w] for w in candidates]) if candidates else np.zeros((0, 1))
            return bool(candidates) and float((vectors @ self._word_vectors[word]).max()) >= SYNONYM

        return related

    def theme(self, docs: set[str]) -> frozenset[str]:
        """The word stems of the titles of `docs`: what every question about them is about ("migrants")."""
        from assistant.questions.absent import words_of

        key = frozenset(docs)
        if key not in self._themes:  # asked for by each question, by the gap check and by the topic finders
            self._themes[key] = frozenset(words_of(" ".join(d["title"] or "" for d in self.documents
                                                            if d["symbol"] in docs)))
        return self._themes[key]

    def passage(self, row: int, score: float, via: str = "search", similarity: float = 0.0,
                keyword: float = 0.0) -> Passage:
        r = self.records[row]
        return Passage(r.doc, r.clause.id, r.clause.label, citation.citation(r.doc, r.clause), round(score, 4),
                       r.clause.text, r.chapeau, r.doc_title, r.clause.kind, via, round(similarity, 4),
                       round(keyword, 4))

    def clause(self, doc: str, clause_id: str) -> Passage | None:
        row = self._rows.get((doc, clause_id))
        return None if row is None else self.passage(row, 1.0, "reference")

    def answer(self, question: str, mode: str = "grounded", generator=None, k: int | None = None):
        """A cited answer (see answering.answer) drawn from the k best passages; `mode` "llm" needs an
        endpoint configured."""
        from assistant.answers.answering import ANSWER_DEPTH, answer

        if generator is None and mode == "llm":
            from assistant.answers.llm import LLMGenerator

            generator = LLMGenerator.from_environment()
        return answer(self, question, generator, k or ANSWER_DEPTH)
