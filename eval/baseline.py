"""The naive baseline a user would build with the same packages: LangChain's RecursiveCharacterTextSplitter
(1000 characters, 200 overlap) over the raw text, the same encoder, a FAISS index. A chunk cites every
paragraph it contains."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

NGRAM = 6


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def paragraph_ids(chunk: str, unique_ngrams: dict[tuple[str, ...], str]) -> set[str]:
    """Keys of the clauses a chunk contains, even in part: any word 6-gram that occurs in only one clause."""
    words = _words(chunk)
    return {unique_ngrams[g] for g in zip(*(words[i:] for i in range(NGRAM))) if g in unique_ngrams}


def unique_ngrams(records) -> dict[tuple[str, ...], str]:
    """Word 6-grams that identify one clause (the extraction damage breaks a few; the rest still match)."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for r in records:
        words = _words(r.clause.text)
        for gram in zip(*(words[i:] for i in range(NGRAM))):
            owners.setdefault(gram, set()).add(f"{r.doc}#{r.clause.id}")
    return {gram: next(iter(keys)) for gram, keys in owners.items() if len(keys) == 1}


class NaiveBaseline:
    """Fixed-size chunks of the raw text in FAISS; each result is the set of paragraph ids in the chunk."""

    def __init__(self, documents: list[dict], records, embedder, size: int = 1000, overlap: int = 200):
        import faiss
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=size, chunk_overlap=overlap)
        owners = unique_ngrams(records)
        self.chunks: list[str] = []
        self.owners: list[str] = []  # each chunk's resolution
        for doc in documents:
            chunks = splitter.split_text(Path(doc["source"]).read_text(encoding="utf-8", errors="replace"))
            self.chunks += chunks
            self.owners += [doc["symbol"]] * len(chunks)
        self.cites = [paragraph_ids(c, owners) for c in self.chunks]
        self.embedder = embedder
        vectors = embedder.encode(self.chunks)
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(np.ascontiguousarray(vectors))

    def rank(self, question: str, k: int, docs: frozenset[str] | None = None) -> list[set[str]]:
        """The k best chunks (of the resolutions `docs` when given), each as the clause keys it holds."""
        depth = len(self.chunks) if docs else min(k, len(self.chunks))
        _, rows = self.index.search(self.embedder.encode([question]), depth)
        return [self.cites[i] for i in rows[0] if i >= 0 and (not docs or self.owners[i] in docs)][:k]
