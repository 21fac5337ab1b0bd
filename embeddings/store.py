"""The index folder: FAISS vectors, BM25, clause rows as JSONL (row = FAISS id), and a manifest.

Layout (plain files, no pickle):
    manifest.json    format version, model, dimension, corpus hash, row counts, each file's SHA-256
    vectors.faiss    one unit vector per clause row (exact, or IVF-PQ + refine when large: embeddings/ann.py)
    segments.faiss   vectors of overlapping word windows of each clause; FAISS id = the clause's row
    clauses.jsonl    one clause a line, in FAISS id order
    documents.json   the resolutions in the index (symbol, title, date, clause rows)
    bm25/            the BM25 index (bm25s), memory-mapped when read
    bm25-titles/     BM25 over the resolutions' titles, one row per document (absent in older indexes)
    *.json           what the stages above the store keep with an index (`extras`)
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from . import ann
from .checksums import file_digests, verify
from .keyword import KeywordScorer
from .problems import IndexProblem
from .records import Record, Records, jsonl
from .swap import swap_in

FORMAT_VERSION = 2
TITLES = "bm25-titles"


@dataclass(frozen=True)
class Manifest:
    format_version: int
    model: str
    dimension: int
    corpus_hash: str
    count: int
    segments: int = 0
    files: dict[str, str] = field(default_factory=dict)  # file name -> SHA-256, every file but the manifest


@dataclass
class StoredIndex:
    """A loaded index folder."""

    manifest: Manifest
    records: Sequence[Record]
    vectors: object  # faiss.Index, one vector per clause row
    segments: object  # faiss.IndexIDMap2, ids are clause rows
    documents: list[dict]
    keyword: KeywordScorer
    folder: Path
    titles: KeywordScorer | None = None  # BM25 over the resolutions' titles, one row per document (older: None)
    _extras: dict[str, object] = field(default_factory=dict)
    _opened: dict[str, object] = field(default_factory=dict)  # extra files opened with the index, not yet read

    def extra(self, name: str):
        """What the builder kept under `name` (a JSON file of the folder), read on first need; None if absent."""
        if name not in self._extras:
            opened = self._opened.pop(name, None)
            if opened is None:
                return None
            try:
                with opened:
                    self._extras[name] = json.loads(opened.read().decode("utf-8"))
            except (OSError, ValueError) as exc:
                raise IndexProblem(f"corrupt index at {self.folder}: {name}: {exc}") from None
        return self._extras[name]


def document_rows(documents: list[dict], records) -> dict[str, tuple[int, int]]:
    """Each resolution's clause rows as (first, last + 1): a build writes a resolution's clauses together, in the
    order of documents.json."""
    if all("clauses" in d for d in documents) and sum(d["clauses"] for d in documents) == len(records):
        starts = np.cumsum([0] + [d["clauses"] for d in documents])
        return {d["symbol"]: (int(a), int(b)) for d, a, b in zip(documents, starts, starts[1:])}
    spans: dict[str, tuple[int, int]] = {}
    for row, r in enumerate(records):
        if r.doc in spans and spans[r.doc][1] != row:
            raise ValueError(f"the clauses of {r.doc} are not together in the index")
        spans[r.doc] = (spans.get(r.doc, (row, row))[0], row + 1)
    return spans


def write_index(folder: Path, manifest: Manifest, records: list[Record], vectors: np.ndarray,
                segments: tuple[np.ndarray, np.ndarray], documents: list[dict],
                extras: dict[str, object] | None = None, grow: StoredIndex | None = None) -> None:
    """Write the folder atomically: build it beside the target, then swap it in (embeddings/swap.py). With
    `grow`, an index whose rows the new one begins with, its vector indexes are grown by `vectors` and
    `segments`, which then hold only the rows after its own."""
    import faiss  # imported lazily: only index reads and writes need it

    folder = Path(folder)
    if len(vectors) + (len(grow.records) if grow else 0) != len(records) or not records:
        raise ValueError(f"cannot write an index of {len(records)} clauses with {len(vectors)} new vectors")
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=folder.parent))
    try:
        segment_vectors, owners = segments
        faiss.write_index(ann.grown(grow.vectors, vectors) if grow else ann.vector_index(vectors),
                          str(tmp / "vectors.faiss"))
        faiss.write_index(ann.grown(grow.segments, segment_vectors, owners, compact="8bit") if grow
                          else ann.vector_index(segment_vectors, owners, compact="8bit"), str(tmp / "segments.faiss"))
        (tmp / "clauses.jsonl").write_text(jsonl(records, grow.records if grow else None), encoding="utf-8")
        (tmp / "documents.json").write_text(json.dumps(documents, indent=1, ensure_ascii=False), encoding="utf-8")
        kept = grow.keyword.tokens() if grow else None  # the rows grown keep their tokens
        KeywordScorer.build([r.embed_text for r in records], kept).save(tmp / "bm25")
        KeywordScorer.build([d.get("title") or "" for d in documents]).save(tmp / TITLES)
        for name, data in (extras or {}).items():
            (tmp / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        files = file_digests(tmp)
        final = Manifest(**(asdict(manifest) | {"format_version": FORMAT_VERSION, "files": files}))
        (tmp / "manifest.json").write_text(json.dumps(asdict(final), indent=1), encoding="utf-8")
        swap_in(tmp, folder)
    except (OSError, RuntimeError) as exc:  # a full disk, a folder gone: faiss says so as a RuntimeError
        shutil.rmtree(tmp, ignore_errors=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else _write_failure(folder, exc)
        raise IndexProblem(f"cannot write the index at {folder}: {reason}; the index there is unchanged") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _write_failure(folder: Path, exc: Exception) -> str:
    """What a failed write says; faiss reports a full disk only as an assertion about bytes written."""
    if shutil.disk_usage(folder.parent).free < 16 << 20:
        return "No space left on device"
    return str(exc).splitlines()[0][:200]


def read_manifest(folder: Path, shown: Path | None = None) -> Manifest:
    """The folder's manifest; `shown`, the folder as messages name it (when `folder` is a pinned handle's)."""
    path = Path(folder) / "manifest.json"
    try:  # not is_file() first: a build may remove the version read between the two (a reader then retries)
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise IndexProblem(f"no index at {shown or folder} (run `assistant index`)") from None
    try:
        return Manifest(**json.loads(text))
    except (ValueError, TypeError) as exc:
        raise IndexProblem(f"corrupt index manifest {(shown or folder) / 'manifest.json'}: {exc}") from None


def read_index(folder: Path) -> StoredIndex:
    """Load and check an index folder; any inconsistency is a one-line IndexProblem."""
    import faiss  # imported lazily: only index reads and writes need it

    # Searches here are small: OpenMP worker threads would only spin after each one and take the
    # cores that the encoder needs for the next query (measured: retrieve 1.5x -> 1.06x of encoding).
    faiss.omp_set_num_threads(1)
    folder = Path(folder).resolve()
    for attempt in range(3):
        try:  # one version of the folder, whatever is swapped in meanwhile: every file is read through this handle
            handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            raise IndexProblem(f"no index at {folder} (run `assistant index`)") from None
        try:
            return _read_pinned(folder, Path(f"/proc/self/fd/{handle}"))
        except IndexProblem:
            if attempt == 2 or not _swapped(folder, handle):
                raise  # a build removed the version being read: read the one it put in its place
        finally:
            os.close(handle)
    raise AssertionError("unreachable")


def _swapped(folder: Path, handle: int) -> bool:
    try:
        return os.stat(folder).st_ino != os.fstat(handle).st_ino
    except OSError:
        return True


def _read_pinned(folder: Path, pinned: Path) -> StoredIndex:
    import faiss

    manifest = read_manifest(pinned, shown=folder)
    if manifest.format_version != FORMAT_VERSION:
        raise IndexProblem(f"index at {folder} has format {manifest.format_version}, expected {FORMAT_VERSION}; "
                           "rebuild it with `assistant index`")
    changed = verify(pinned, manifest.files, key=folder)
    if changed:
        raise IndexProblem(f"corrupt index at {folder}: {changed} does not match its checksum; rebuild it")
    try:
        vectors = faiss.read_index(str(pinned / "vectors.faiss"))
        segments = faiss.read_index(str(pinned / "segments.faiss"))
        lines = (pinned / "clauses.jsonl").read_text(encoding="utf-8").splitlines()
        records = Records([line for line in lines if line.strip()])
        if records:
            records[0], records[len(records) - 1]  # a damaged row is found on open, not at some question
        documents = json.loads((pinned / "documents.json").read_text(encoding="utf-8"))
        keyword = KeywordScorer.load(pinned / "bm25", len(records))
        titles = KeywordScorer.load(pinned / TITLES, len(documents)) if f"{TITLES}/params.index.json" in \
            manifest.files else None
        # the extra files opened now (read on first need): a build swapping in a new folder and removing this
        # one leaves open files readable
        extras = {name: (pinned / name).open("rb") for name in manifest.files
                  if name.endswith(".json") and "/" not in name and name != "documents.json"}
    except (RuntimeError, OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexProblem(f"corrupt index at {folder}: {str(exc).splitlines()[0][:200]}") from None
    if (vectors.ntotal != len(records) or len(records) != manifest.count or vectors.d != manifest.dimension
            or segments.ntotal != manifest.segments or segments.d != manifest.dimension):
        raise IndexProblem(f"corrupt index at {folder}: {vectors.ntotal} vectors, {len(records)} clauses, "
                           f"manifest says {manifest.count} of dimension {manifest.dimension}")
    ann.prepare(vectors)
    ann.prepare(segments)
    return StoredIndex(manifest, records, vectors, segments, documents, keyword, folder, titles, _opened=extras)
