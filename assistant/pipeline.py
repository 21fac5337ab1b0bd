"""The whole pipeline behind one object: a question read once, searched, answered.

    text ──► questions.read_question ──► Question ──► search.Searcher ──► passages ──► answers.answer ──► Answer
"""

from __future__ import annotations

from pathlib import Path

from .answers.answer import Answer
from .embeddings.encoder import Embedder, open_embedder
from .embeddings.store import IndexProblem, StoredIndex, read_index
from .questions.question import Question, read_question
from .questions.typed import QuestionError
from .search.filters import Filter
from .search.fusion import Fusion
from .search.indexing import build_index, default_index_dir
from .search.passage import Passage
from .search.searcher import DEFAULT_FUSION, Searcher


class Assistant:
    """A loaded index and model: `retrieve` cited paragraphs, `answer` with verified citations."""

    def __init__(self, store: StoredIndex, embedder: Embedder, fusion: Fusion = DEFAULT_FUSION):
        self.searcher = Searcher(store, embedder, fusion)
        self._scopes: dict = {}  # filter -> the symbols it names, for the few filters asked last

    @classmethod
    def open(cls, folder: str | Path | None = None, model: str | None = None, build: bool = False) -> Assistant:
        """Load the index and the model; with `build`, a folder holding no index gets the bundled resolution.

        Without `build` a folder that is not an index is an IndexProblem: reading never writes, so a mistyped
        folder cannot be replaced by an index of the bundled resolution alone."""
        folder = Path(folder) if folder else default_index_dir()
        if not build and not (folder / "manifest.json").exists():
            raise IndexProblem(f"{folder} is not an index (no manifest.json); build one with "
                               f"`assistant index FILE ... --index {folder}`")
        embedder = open_embedder(model)
        if build and not (folder / "manifest.json").exists():
            build_index([], folder, embedder)
        store = read_index(folder)
        if store.manifest.model != embedder.name:
            raise IndexProblem(f"index at {folder} was built with {store.manifest.model}, but the model is "
                               f"{embedder.name}; rebuild it with `assistant index --index {folder}`")
        return cls(store, embedder)

    def reload(self) -> None:
        """Read the index folder again (after a build added to it); searches under way finish on the old one."""
        self.searcher = Searcher(read_index(self.store.folder), self.embedder, self.searcher.fusion)
        self._scopes = {}

    @property
    def store(self) -> StoredIndex:
        return self.searcher.store

    @property
    def embedder(self) -> Embedder:
        return self.searcher.embedder

    @property
    def records(self):
        return self.searcher.records

    @property
    def documents(self) -> list[dict]:
        return self.searcher.documents

    def read(self, text: str, off: frozenset[str] = frozenset()) -> Question:
        """The question as read (questions.question); `off` leaves readers out."""
        return read_question(text, self.searcher.lexicon, off)

    def retrieve(self, text: str, k: int = 5, fusion: Fusion | None = None, references: bool = True,
                 where: Filter | None = None) -> list[Passage]:
        """The k clauses that best answer the question, among the resolutions `where` names (all when None);
        clauses it names explicitly come first (unless `references` is off, to measure search alone)."""
        return self._search(self.read(text), k, fusion, references, where)

    def answer(self, text: str, mode: str = "grounded", generator=None, k: int | None = None,
               where: Filter | None = None) -> Answer:
        """A cited answer (answers.answering.answer) drawn from the k best passages of the resolutions `where`
        names (all when None); `mode` "llm" needs an endpoint configured."""
        from .answers.answering import ANSWER_DEPTH, answer

        if generator is None and mode == "llm":
            from .answers.llm import LLMGenerator

            generator = LLMGenerator.from_environment()
        return answer(self.searcher, self.read(text), generator, k or ANSWER_DEPTH, self.scope(where))

    def context(self, text: str, k: int = 8, where: Filter | None = None) -> list[Passage]:
        """The passages an LLM drafts an answer from: for a question about change, the paragraphs of the two
        versions compared; else the k best retrieved."""
        question = self.read(text)
        if question.change is not None:
            from .answers.changes import change_context

            compared = change_context(self.searcher, question, self.scope(where))
            return compared[2] if compared else []
        return self._search(question, k, where=where)  # the question read once

    def _search(self, question: Question, k: int, fusion: Fusion | None = None, references: bool = True,
                where: Filter | None = None) -> list[Passage]:
        if not 1 <= k <= 100:
            raise QuestionError(f"k must be between 1 and 100, not {k}")
        return self.searcher.search(question, k, fusion, references, self.scope(where))

    def scope(self, where: Filter | None) -> frozenset[str] | None:
        """The symbols of the resolutions a filter names (FilterError when none, or an unknown symbol)."""
        if not where:
            return None
        if where not in self._scopes:  # emptied when a reload changes the documents
            self._scopes = {where: where.resolve(self.documents)} | dict(list(self._scopes.items())[:15])
        return self._scopes[where]

    def clause(self, doc: str, clause_id: str) -> Passage | None:
        return self.searcher.clause(doc, clause_id)
