"""Build the index folder from resolution files: `build_index`, and `ensure_index` for start-up."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from assistant.documents.clause import Resolution
from assistant.documents.files import BUNDLED, load_resolution
from assistant.documents.parser import NotAResolution
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
from assistant.embeddings.swap import writing

from . import encoding
from .encoding import SEGMENT_STRIDE, SEGMENT_WORDS, encode_records, encoding_cache
from .lexicon import saved_words
from .previous import PARSER_VERSION, Previous, file_stamp


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
    digest = hashlib.sha256(f"parser={PARSER_VERSION};model={model};segments={SEGMENT_WORDS}/{SEGMENT_STRIDE};"
                            f"context={encoding.CONTEXT_WEIGHT}/title-vector".encode())
    for r in records:
        digest.update(f"\x00{r.doc}\x00{r.clause.id}\x00{r.clause.text}\x00{r.embed_text}".encode())
    return digest.hexdigest()[:16]


def parse_corpus(paths: list[Path], progress: bool = False, skip_invalid: bool = False,
                 previous: Previous | None = None) -> tuple[list[Record], list[dict], list[str], dict]:
    """Parse each file into index records: (records, documents, why each file left out was). A file whose
    resolution an earlier file holds is left out; so, with `skip_invalid`, is a file that is not a resolution,
    which otherwise stops the build. Files `previous` parsed and that have not changed since are not parsed
    again; their resolutions come first, in the order the previous index held them. Last, each file read:
    its stamp and its resolution's symbol, which the next build reads back (Previous.symbol_of)."""
    from tqdm import tqdm

    parsed: list[tuple[dict, list[Record], bool]] = []  # (document, its records, taken from `previous`)
    skipped: list[str] = []
    held: dict[str, str] = {}  # symbol -> the file it was read from
    sources: dict[str, dict] = {}
    for path in tqdm(paths, desc="parsing", unit="file", disable=not progress or len(paths) < 5):
        known = previous.symbol_of(path) if previous else None
        if known:
            sources[str(Path(path).resolve())] = _source(path, known)
        if known in held:
            skipped.append(f"{_shown(path)}: {known} is already indexed from {held[known]}")
            continue
        reused = previous.parsed(path) if previous else None
        try:
            document, records = reused[1] if reused else None, reused[0] if reused else None
            if not reused:
                document, records = _parse(path)
        except NotAResolution as problem:
            if not skip_invalid:
                raise
            skipped.append(str(problem))
            continue
        sources[str(Path(path).resolve())] = _source(path, document["symbol"])
        if document["symbol"] in held:
            skipped.append(f"{_shown(path)}: {document['symbol']} is already indexed from {held[document['symbol']]}")
            continue
        held[document["symbol"]] = _shown(path)
        parsed.append((document, records, bool(reused)))
    ordered = previous.order([d for d, _, r in parsed if r]) if previous else []
    rest = [(d, recs) for d, recs, r in parsed if not r]
    by_symbol = {d["symbol"]: recs for d, recs, _ in parsed}
    documents = ordered + [d for d, _ in rest]
    return [rec for d in documents for rec in by_symbol[d["symbol"]]], documents, skipped, sources


def _source(path: Path, symbol: str) -> dict:
    return {"stamp": file_stamp(path), "symbol": symbol, "parsed_by": PARSER_VERSION}


def _parse(path: Path) -> tuple[dict, list[Record]]:
    resolution = load_resolution(path)
    document = {"symbol": resolution.symbol, "title": resolution.title, "date": resolution.date,
                "source": str(Path(path).resolve()), "clauses": len(resolution.clauses),
                "ids": [c.id for c in resolution.clauses], "stamp": file_stamp(path), "parsed_by": PARSER_VERSION}
    return document, records_for(resolution)


def _shown(path: Path) -> str:
    """A file as a message names it: with its folder, since corpora hold the same file names in several."""
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def build_index(paths: list[Path], folder: Path, embedder: Embedder, progress: bool = True,
                skip_invalid: bool = False, cache: EncodingCache | None = None) -> BuildResult:
    """Parse, embed and write the index for these files (the bundled resolution if none); `skip_invalid`
    leaves out the files that are not resolutions instead of stopping at the first."""
    paths = [Path(p) for p in paths] or [BUNDLED]
    with writing(Path(folder)):  # one build at a time; an unwritable folder is found before any encoding
        previous = Previous(Path(folder), embedder.name)
        records, documents, skipped, sources = parse_corpus(paths, progress, skip_invalid, previous)
        if not documents:
            raise NotAResolution(f"no resolution among the files given ({skipped[0]})")
        result = _embed_and_write(records, documents, Path(folder), embedder, progress, cache, previous, sources)
    return replace(result, skipped=tuple(skipped))


def _embed_and_write(records: list[Record], documents: list[dict], folder: Path, embedder: Embedder,
                     progress: bool, cache: EncodingCache | None = None, previous: Previous | None = None,
                     sources: dict | None = None) -> BuildResult:
    cache = cache if cache is not None else encoding_cache(embedder.name)
    previous = previous or Previous(folder, embedder.name)
    grow = previous.appendable(records)
    if grow is not None and grow.manifest.corpus_hash != corpus_hash(list(grow.records), embedder.name):
        grow = None  # its rows were encoded otherwise (an older build's way, before CONTEXT_WEIGHT): all again
    if grow is not None:  # the previous rows as they are: only the new ones are encoded (and written)
        old = len(grow.records)
        vectors, segment_vectors, owners = encode_records(records[old:], embedder, previous.vectors, cache, progress)
        owners = owners + old
    else:
        vectors, segment_vectors, owners = encode_records(records, embedder, previous.vectors, cache, progress)
    windows = len(owners) + (grow.segments.ntotal if grow is not None else 0)
    manifest = Manifest(FORMAT_VERSION, embedder.name, embedder.dimension, corpus_hash(records, embedder.name),
                        len(records), windows)
    write_index(folder, manifest, records, vectors, (segment_vectors, owners), documents,
                saved_words(records, previous.words(documents), previous.lexicon() if grow else None)
                | {"sources.json": sources or {}}, grow=grow)
    return BuildResult(folder, len(documents), len(records), True)


def known_vectors(folder: Path, model: str) -> dict[str, np.ndarray]:
    """The vectors the index now in `folder` holds, by the text embedded (clauses and their word windows);
    empty when there is no readable index there or it was built with another model."""
    return Previous(folder, model).vectors()


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
    with writing(folder):
        previous = Previous(folder, embedder.name)
        records, documents, _, sources = parse_corpus([Path(p) for p in (paths or [BUNDLED])], previous=previous)
        if index_is_current(folder, embedder.name, records):
            return BuildResult(folder, len(documents), len(records), False)
        return _embed_and_write(records, documents, folder, embedder, True, previous=previous, sources=sources)


def add_files(folder: Path, paths: list[Path], embedder: Embedder, progress: bool = False) -> BuildResult:
    """The index in `folder` with these files added, every resolution it holds kept: their files are read again
    from where they were indexed from (unchanged ones are not parsed or encoded again), so one that moved is an
    IndexProblem naming it rather than a resolution silently dropped."""
    held = [Path(d["source"]) for d in read_index(folder).documents if d.get("source")]
    moved = [str(p) for p in held if not p.is_file()]
    if moved:
        raise IndexProblem(f"cannot add to {folder}: {len(moved)} of its files are no longer where they were "
                           f"indexed from ({moved[0]}); rebuild it with `assistant index`")
    return build_index(held + [Path(p) for p in paths], folder, embedder, progress)


def default_index_dir() -> Path:
    """$ASSISTANT_INDEX, else index/ beside the bundled data."""
    import os

    return Path(os.environ.get("ASSISTANT_INDEX") or BUNDLED.parent.parent / "index")
