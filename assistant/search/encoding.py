"""Encode an index's texts (each clause, in its resolution's context and alone, and its word windows), reusing
every vector already made.

A clause's vector mixes its own words' with those of its resolution's title ("Agreement under the United Nations
Convention on the Law of the Sea ..." with "Also decides that the commission shall be chaired by Co-Chairs"): a
paragraph that says "the commission" or "the Force" is found for a question that names them, and among hundreds of
resolutions the one a question is about. Its word windows stay its own words. Measured
(2026-12-06, the 910-resolution index and the bundled one, dev splits; CONTEXT_WEIGHT 0 / 0.2 / 0.3 / 0.4 / 0.5 /
1.0): corpus dev hit@1 0.795 / 0.771 / 0.795 / 0.807 / 0.807 / 0.819, F1 0.641 / 0.651 / 0.667 / 0.660 / 0.660 /
0.663; whole-corpus dev hit@1 0.785 / 0.817 / 0.806 / 0.806 / 0.806 / 0.796, hit@5 0.892 -> 0.914-0.925, F1 0.645 /
0.658 / 0.658 / 0.664 / 0.658 / 0.658; the bundled resolution's hit@1 0.942 / 0.935 / 0.935 / 0.935 / 0.935 /
0.924, F1 0.888 / 0.890 / 0.889 / 0.891 / 0.890 / 0.886. The title alone in every vector (1.0) blurs one
resolution's paragraphs into one another, as the bundled text shows; mixed, it tells resolutions apart.

The context share was first the encoding of "title: clause"; it is now the title's vector and the clause's own
mixed by their numbers of words (the title counted twice, as a text's leading words weigh more), so the title is
encoded once per resolution, not once per clause: a third fewer word pieces to encode for the 930-resolution
corpus. Measured against "title: clause" (2026-12-07, dev F1): bundled 0.887 -> 0.886, slice 0.798 -> 0.800,
corpus 0.782 -> 0.775, whole-corpus 0.730 -> 0.725.

Vectors come from the index being replaced, then from the model's encoding cache (embeddings/cache.py), and only
then from the model, a few resolutions at a time; each batch is kept in the cache as soon as it is encoded, so a
build stopped at any point resumes where it stopped. A progress bar counts resolutions and clauses.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from assistant.embeddings.cache import EncodingCache
from assistant.embeddings.encoder import Embedder
from assistant.embeddings.store import Record

CONTEXT_WEIGHT = 0.3  # the share of a clause's vector that is its text read in its resolution's context
CHUNK_TEXTS = 2048  # texts encoded between two writes to the cache: a kill loses at most this much work
SEGMENT_WORDS = 30
SEGMENT_STRIDE = 15


def segments_of(text: str, width: int = SEGMENT_WORDS, stride: int = SEGMENT_STRIDE) -> list[str]:
    """Overlapping word windows, so that a phrase deep in a long clause still finds it."""
    words = text.split()
    starts = range(0, max(1, len(words) - stride // 2), stride)
    return [" ".join(words[i:i + width]) for i in starts]


def encoding_cache(model: str) -> EncodingCache:
    """The model's cache of encodings: under $ASSISTANT_ENCODINGS when set, else in the model cache."""
    folder = os.environ.get("ASSISTANT_ENCODINGS")
    return EncodingCache(model, Path(folder) / model.replace("/", "_").replace(":", "_") if folder else None)


def encode_records(records: list[Record], embedder: Embedder, known: Callable[[], dict[str, np.ndarray]],
                   cache: EncodingCache | None, progress: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(clause vectors, window vectors, each window's clause row), every text encoded at most once: looked up
    in the cache, then in `known()` (the index replaced: called only when the cache misses some), then encoded."""
    each = [(r.doc_title or r.embed_text, *segments_of(r.embed_text)) for r in records]
    windows = [(row, text) for row, texts in enumerate(each) for text in texts[1:]]
    titles = [texts[0] for texts in each]
    texts = [r.embed_text for r in records] + titles + [text for _, text in windows]
    # clause by clause, each with its windows: the progress bar then counts clauses done
    ordered = list(dict.fromkeys(t for r, own in zip(records, each) for t in (r.embed_text, *own)))
    held = cache.get(ordered) if cache is not None else {}
    if any(t not in held for t in ordered):
        held = known() | held
    missing = [t for t in ordered if t not in held]
    if progress:
        print(f"Encoding {len(records)} clauses with {embedder.name}: {len(missing)} texts to encode, "
              f"{len(set(texts)) - len(missing)} already encoded", file=sys.stderr)
    held |= _encode_in_chunks(missing, records, each, embedder, cache, progress)
    every = encode_reusing(texts, held, embedder)
    owners = np.array([row for row, _ in windows], dtype=np.int64)
    n = len(records)
    return mixed(every[:n], in_context(records, every[:n], every[n:2 * n])), every[2 * n:], owners


def in_context(records: list[Record], own: np.ndarray, titles: np.ndarray) -> np.ndarray:
    """Each clause's vector read in its resolution's context: its own and its title's, weighed by their words
    (the title's twice); a clause with no title is its own."""
    title_words = np.array([2 * len(r.doc_title.split()) if r.doc_title else 0 for r in records], dtype=np.float32)
    own_words = np.array([max(1, len(r.embed_text.split())) for r in records], dtype=np.float32)
    return _unit(title_words[:, None] * titles + own_words[:, None] * own)


def mixed(own: np.ndarray, context: np.ndarray) -> np.ndarray:
    """Unit vectors mixing each clause's own vector with its vector in context (CONTEXT_WEIGHT)."""
    return _unit((1 - CONTEXT_WEIGHT) * own + CONTEXT_WEIGHT * context)


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.ascontiguousarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)


def _encode_in_chunks(missing: list[str], records: list[Record], windows: list[list[str]], embedder: Embedder,
                      cache: EncodingCache | None, progress: bool) -> dict[str, np.ndarray]:
    """Encode the texts, CHUNK_TEXTS at a time, each chunk kept in the cache; the bar counts the clauses and
    resolutions whose texts are done."""
    from tqdm import tqdm

    if not missing:
        return {}
    owner = {}  # text -> (document, clause row) it first belongs to, for the progress bar
    for row, (r, own) in enumerate(zip(records, windows)):
        for text in (r.embed_text, *own):
            owner.setdefault(text, (r.doc, row))
    documents = list(dict.fromkeys(r.doc for r in records))
    found: dict[str, np.ndarray] = {}
    bar = tqdm(total=len(records), unit="clause", desc="encoding", disable=not progress or not missing,
               mininterval=1.0, file=sys.stderr)
    done_rows = set()
    for start in range(0, len(missing), CHUNK_TEXTS):
        chunk = missing[start:start + CHUNK_TEXTS]
        vectors = embedder.encode(chunk)
        if cache is not None:
            cache.put(chunk, vectors)
        found.update(zip(chunk, vectors))
        rows = {owner[t][1] for t in chunk} - done_rows
        done_rows |= rows
        last = owner[chunk[-1]][0]
        bar.set_postfix_str(f"resolution {documents.index(last) + 1}/{len(documents)}", refresh=False)
        bar.update(len(rows))
    bar.close()
    return found


def encode_reusing(texts: list[str], known: dict[str, np.ndarray], embedder: Embedder,
                   progress: bool = False) -> np.ndarray:
    """One vector per text: known ones looked up, the rest encoded once each (a text that recurs, as
    clauses renewed from session to session do, is encoded once)."""
    missing = list(dict.fromkeys(t for t in texts if t not in known))
    if missing:
        known = known | dict(zip(missing, embedder.encode(missing, progress=progress)))
    if not texts:
        return np.zeros((0, embedder.dimension), dtype=np.float32)
    return np.ascontiguousarray(np.stack([known[t] for t in texts]), dtype=np.float32)
