"""What a rebuild takes from the index it replaces, so that adding one resolution to a large index costs about
that resolution: the clauses of files unchanged since they were parsed, every vector, each resolution's words,
and the vector indexes themselves when the new index only appends to them."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.embeddings import ann
from assistant.embeddings.store import IndexProblem, Record, StoredIndex, document_rows, read_index

from .encoding import segments_of
from .lexicon import CASED_COUNTS, VOCABULARY

PARSER_VERSION = "1"  # documents parsed by another version of the parser are parsed again


def file_stamp(path: Path) -> list[int]:
    status = Path(path).stat()
    return [status.st_size, status.st_mtime_ns]


class Previous:
    """The index in a folder before a rebuild (none when there is none, it is unreadable, or of another model)."""

    def __init__(self, folder: Path, model: str):
        try:
            store = read_index(folder)
            self.store = store if store.manifest.model == model else None
        except IndexProblem:
            self.store = None
        documents = self.store.documents if self.store else []
        self._by_source = {d.get("source"): d for d in documents}
        self._rows = document_rows(documents, self.store.records) if self.store else {}

    def parsed(self, path: Path) -> tuple[list[Record], dict] | None:
        """The records and document entry of `path` as last parsed, when the file and the parser are unchanged."""
        found = self._by_source.get(str(Path(path).resolve()))
        if not found or found.get("parsed_by") != PARSER_VERSION or found.get("stamp") != file_stamp(path):
            return None
        start, end = self._rows[found["symbol"]]
        return list(self.store.records[start:end]), found

    def symbol_of(self, path: Path) -> str | None:
        """The symbol of the resolution in `path` as last read, when the file and the parser are unchanged (a file
        repeating a resolution another file holds is then left out again without being parsed)."""
        seen = (self.store.extra("sources.json") or {}) if self.store else {}
        found = seen.get(str(Path(path).resolve()))
        if not found or found.get("parsed_by") != PARSER_VERSION or found.get("stamp") != file_stamp(path):
            return None
        return found["symbol"]

    def order(self, documents: list[dict]) -> list[dict]:
        """The documents, those the previous index holds first, in its order: new ones are then appended."""
        held = {d["symbol"]: i for i, d in enumerate(self.store.documents)} if self.store else {}
        kept = sorted((d for d in documents if d["symbol"] in held and d is self._by_source.get(d.get("source"))),
                      key=lambda d: held[d["symbol"]])
        return kept + [d for d in documents if not any(d is k for k in kept)]

    def vectors(self) -> dict[str, np.ndarray]:
        """The vectors held, by the text embedded: the word windows' (a short clause's one window is its whole
        text). A clause's own vector is not one text's (search.encoding.mixed)."""
        if self.store is None:
            return {}
        windows = [text for r in self.store.records for text in segments_of(r.embed_text)]
        if len(windows) != self.store.segments.ntotal:  # the windowing changed: no vectors to match texts
            return {}
        return dict(zip(windows, np.array(ann.matrix(self.store.segments))))

    def appendable(self, records: list[Record]) -> StoredIndex | None:
        """The previous index when `records` begin with exactly its records (its vector indexes can be grown)."""
        if self.store is None or len(records) < len(self.store.records):
            return None
        old = self.store.records
        return self.store if all(records[i] == old[i] for i in range(len(old))) else None

    def words(self, documents: list[dict]) -> dict[str, list[str]]:
        """The word stems the previous build saved of each of `documents` parsed from the same file since."""
        saved = (self.store.extra(VOCABULARY) or {}) if self.store else {}
        return {d["symbol"]: saved[d["symbol"]] for d in documents
                if d["symbol"] in saved and self._by_source.get(d.get("source"), {}).get("stamp") == d.get("stamp")}

    def lexicon(self) -> tuple[int, dict[str, str], dict | None] | None:
        """(rows, the acronyms their text spells out, how it writes its words: search.lexicon.CASED_COUNTS) of
        the previous index; counts None in an index older than them."""
        saved = self.store.extra("expansions.json") if self.store else None
        return None if saved is None else (len(self.store.records), saved, self.store.extra(CASED_COUNTS))
