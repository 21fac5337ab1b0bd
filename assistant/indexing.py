"""Build the index folder from resolution files: `build_index`, and `ensure_index` for start-up."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .clause import Resolution
from .documents import BUNDLED, load_resolution
from .embeddings.encoder import Embedder
from .embeddings.store import FORMAT_VERSION, IndexProblem, Manifest, Record, read_manifest, write_index

PARSER_VERSION = "1"
SEGMENT_WORDS = 30
SEGMENT_STRIDE = 15


@dataclass(frozen=True)
class BuildResult:
    folder: Path
    documents: int
    clauses: int
    rebuilt: bool


def records_for(resolution: Resolution) -> list[Record]:
    """One record per clause; a sub-paragraph carries its chapeau for display."""
    by_id = {c.id: c for c in resolution.clauses}
    records = []
    for clause in resolution.clauses:
        chapeau = by_id[clause.parent].text if clause.parent in by_id else None
        records.append(Record(resolution.symbol, resolution.title, clause, embedding_text(clause), chapeau))
    return records


def embedding_text(clause) -> str:
    """The text that is embedded: the clause's own words (the chapeau is shown, not embedded;
    prefixing it measured no better on the dev split)."""
    return clause.text


def segments_of(text: str, width: int = SEGMENT_WORDS, stride: int = SEGMENT_STRIDE) -> list[str]:
    """Overlapping word windows, so that a phrase deep in a long clause still finds it."""
    words = text.split()
    starts = range(0, max(1, len(words) - stride // 2), stride)
    return [" ".join(words[i:i + width]) for i in starts]


def corpus_hash(records: list[Record], model: str) -> str:
    digest = hashlib.sha256(f"parser={PARSER_VERSION};model={model};segments={SEGMENT_WORDS}/{SEGMENT_STRIDE}".encode())
    for r in records:
        digest.update(f"\x00{r.doc}\x00{r.clause.id}\x00{r.clause.text}\x00{r.embed_text}".encode())
    return digest.hexdigest()[:16]


def parse_corpus(paths: list[Path], progress: bool = False) -> tuple[list[Record], list[dict]]:
    """Parse each file into index records; two files with the same symbol are an error, not a silent merge."""
    from tqdm import tqdm

    resolutions: list[Resolution] = []
    documents = []
    for path in tqdm(paths, desc="parsing", unit="file", disable=not progress or len(paths) < 5):
        resolution = load_resolution(path)
        if any(r.symbol == resolution.symbol for r in resolutions):
            raise IndexProblem(f"{path.name}: {resolution.symbol} is already in this corpus")
        resolutions.append(resolution)
        documents.append({"symbol": resolution.symbol, "title": resolution.title, "date": resolution.date,
                          "source": str(Path(path).resolve()), "clauses": len(resolution.clauses)})
    return [rec for r in resolutions for rec in records_for(r)], documents


def build_index(paths: list[Path], folder: Path, embedder: Embedder, progress: bool = True) -> BuildResult:
    """Parse, embed and write the index for these files (the bundled resolution if none)."""
    records, documents = parse_corpus([Path(p) for p in paths] or [BUNDLED], progress)
    return _embed_and_write(records, documents, Path(folder), embedder, progress)


def _embed_and_write(records: list[Record], documents: list[dict], folder: Path, embedder: Embedder,
                     progress: bool) -> BuildResult:
    if progress:
        print(f"Embedding {len(records)} clauses from {len(documents)} resolution(s) with {embedder.name}",
              file=sys.stderr)
    vectors = embedder.encode([r.embed_text for r in records], progress=progress)
    windows = [(row, text) for row, r in enumerate(records) for text in segments_of(r.embed_text)]
    segment_vectors = embedder.encode([text for _, text in windows], progress=progress)
    owners = np.array([row for row, _ in windows], dtype=np.int64)
    manifest = Manifest(FORMAT_VERSION, embedder.name, int(vectors.shape[1]), corpus_hash(records, embedder.name),
                        len(records), len(windows))
    write_index(folder, manifest, records, vectors, (segment_vectors, owners), documents)
    return BuildResult(folder, len(documents), len(records), True)


def index_is_current(folder: Path, model: str, records: list[Record]) -> bool:
    """True when the folder holds an index of exactly these records (files parsed as now) with this model."""
    try:
        manifest = read_manifest(folder)
    except IndexProblem:
        return False
    return (manifest.format_version == FORMAT_VERSION and manifest.model == model
            and manifest.corpus_hash == corpus_hash(records, model))


def ensure_index(folder: Path, embedder: Embedder, paths: list[Path] | None = None) -> BuildResult:
    """Build the index if it is missing or stale for these files (default: the bundled resolution).

    The files are parsed once: the same records decide staleness and, if stale, are embedded.
    """
    folder = Path(folder)
    records, documents = parse_corpus([Path(p) for p in (paths or [BUNDLED])])
    if index_is_current(folder, embedder.name, records):
        return BuildResult(folder, len(documents), len(records), False)
    return _embed_and_write(records, documents, folder, embedder, True)


def default_index_dir() -> Path:
    """$ASSISTANT_INDEX, else index/ beside the bundled data."""
    import os

    return Path(os.environ.get("ASSISTANT_INDEX") or BUNDLED.parent.parent / "index")
