"""Build the index folder from resolution files: `build_index`, and `ensure_index` for start-up."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from assistant.documents.clause import Resolution
from assistant.documents.files import BUNDLED, load_resolution
from assistant.documents.parser import NotAResolution
from assistant.embeddings import ann
from assistant.embeddings.cache import EncodingCache
from assistant.embeddings.encoder import Embedder
from assistant.embeddings.store import (
    FORMAT_VERSION,
    IndexProblem,
    Manifest,
    Record,
    read_index,
    read_manifest,
    write_index,
)

from .encoding import SEGMENT_STRIDE, SEGMENT_WORDS, encode_records, encoding_cache, segments_of
from .lexicon import saved_words

PARSER_VERSION = "1"


@dataclass(frozen=True)
class BuildResult:
    folder: Path
    documents: int
    clauses: int
    rebuilt: bool
    skipped: tuple[str, ...] = ()  # why each file left out was not indexed (build_index(skip_invalid=True))


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


def corpus_hash(records: list[Record], model: str) -> str:
    digest = hashlib.sha256(f"parser={PARSER_VERSION};model={model};segments={SEGMENT_WORDS}/{SEGMENT_STRIDE}".encode())
    for r in records:
        digest.update(f"\x00{r.doc}\x00{r.clause.id}\x00{r.clause.text}\x00{r.embed_text}".encode())
    return digest.hexdigest()[:16]


def parse_corpus(paths: list[Path], progress: bool = False,
                 skipped: list[str] | None = None) -> tuple[list[Record], list[dict]]:
    """Parse each file into index records; two files with the same symbol are an error, not a silent merge.

    With a `skipped` list, a file that is not a resolution (or repeats a symbol) is left out and the reason
    appended to it, instead of stopping the build.
    """
    from tqdm import tqdm

    resolutions: list[Resolution] = []
    documents = []
    for path in tqdm(paths, desc="parsing", unit="file", disable=not progress or len(paths) < 5):
        try:
            resolution = load_resolution(path)
            if any(r.symbol == resolution.symbol for r in resolutions):
                raise IndexProblem(f"{path.name}: {resolution.symbol} is already in this corpus")
        except (NotAResolution, IndexProblem) as problem:
            if skipped is None:
                raise
            skipped.append(str(problem))
            continue
        resolutions.append(resolution)
        documents.append({"symbol": resolution.symbol, "title": resolution.title, "date": resolution.date,
                          "source": str(Path(path).resolve()), "clauses": len(resolution.clauses)})
    return [rec for r in resolutions for rec in records_for(r)], documents


def build_index(paths: list[Path], folder: Path, embedder: Embedder, progress: bool = True,
                skip_invalid: bool = False, cache: EncodingCache | None = None) -> BuildResult:
    """Parse, embed and write the index for these files (the bundled resolution if none); `skip_invalid`
    leaves out the files that are not resolutions instead of stopping at the first."""
    paths = [Path(p) for p in paths] or [BUNDLED]
    skipped: list[str] | None = [] if skip_invalid else None
    records, documents = parse_corpus(paths, progress, skipped)
    if not documents:
        raise NotAResolution(f"no resolution among the files given ({skipped[0]})")
    result = _embed_and_write(records, documents, Path(folder), embedder, progress, cache)
    return replace(result, skipped=tuple(skipped or ()))


def _embed_and_write(records: list[Record], documents: list[dict], folder: Path, embedder: Embedder,
                     progress: bool, cache: EncodingCache | None = None) -> BuildResult:
    cache = cache if cache is not None else encoding_cache(embedder.name)
    vectors, segment_vectors, owners = encode_records(records, embedder, known_vectors(folder, embedder.name), cache,
                                                      progress)
    manifest = Manifest(FORMAT_VERSION, embedder.name, embedder.dimension, corpus_hash(records, embedder.name),
                        len(records), len(owners))
    write_index(folder, manifest, records, vectors, (segment_vectors, owners), documents,
                saved_words(records, documents))
    return BuildResult(folder, len(documents), len(records), True)


def known_vectors(folder: Path, model: str) -> dict[str, np.ndarray]:
    """The vectors the index now in `folder` holds, by the text embedded (clauses and their word windows);
    empty when there is no readable index there or it was built with another model.

    Rebuilding with one more resolution then embeds only that resolution's texts, not the whole corpus again.
    """
    try:
        store = read_index(folder)
    except IndexProblem:
        return {}
    if store.manifest.model != model:
        return {}
    known = dict(zip((r.embed_text for r in store.records), np.array(ann.matrix(store.vectors))))
    windows = [text for r in store.records for text in segments_of(r.embed_text)]
    if len(windows) == store.segments.ntotal:  # else the windowing changed since: no matching vectors to texts
        known.update(zip(windows, np.array(ann.matrix(store.segments))))
    return known


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
