"""Vector indexes: exact inner product while an index is small; above a size measured with `make bench-scale`
(benchmarks/scale.py), where an exact scan costs more per question than the approximation misses, an inverted file
of product-quantised codes (4 bits each, scanned with SIMD: FAISS "fast scan") whose candidates are re-scored from a
copy of the vectors it keeps (IVF-PQ + refine).

The copy is the float vectors up to QUANTIZE_ABOVE of them; above, half precision for clause vectors (scores within
1e-4 of float: recall as float's) and 8 bits for word windows (one byte a dimension, scores within ~0.003): a
million clauses and their four million windows then fit in 3 GB, where float copies took 7.8 GB. At 100k replicated
clauses (2026-12-05) recall@10 was 0.998 with a float or a half copy and 0.986-0.990 with an 8-bit one, whatever its
ranges. Under QUANTIZE_ABOVE the float copy stays: the rows in a filter's scope are scored from it as they are (an
8-bit copy must be converted first, three times slower), and the whole corpus (170k windows, 260 MB) fits.

Why not HNSW (used until 2026-12-05): at 1M replicated clause vectors its recall@10 against exact search was 0.851
searched 1000 deep, where IVF-PQ + refine reaches 0.99 in a few milliseconds; and an inverted file keeps the vectors
in one flat array (the refine index), which the exact scores of a filtered search read as they are.
"""

from __future__ import annotations

import os

import numpy as np

APPROXIMATE_ABOVE = 100_000  # vectors in one FAISS index; see benchmarks/scale.py for the measurements
# Inverted lists (k-means cells): LISTS, one per 1,000 vectors above a million (up to MAX_LISTS), fewer when there
# are few vectors (at least 39 each to train). The four million word windows of 1M clauses in 1,024 lists took p95
# 20.9 ms to search, in 4,096 8.5 ms, recall alike (0.952, 0.957); building them took 74 s, then 245 s
LISTS = 1024
MAX_LISTS = 4096
# PQ code per vector: 96 sub-vectors of 4 dims, 4 bits each, scanned with SIMD (FAISS "fast scan"). At 1M replicated
# clause vectors, 1000 deep, 256 cells (2026-12-06): p95 5.74 -> 1.57 ms against 48 sub-vectors of 8 bits, recall@10
# 0.9939 -> 0.9931; 48 sub-vectors of 4 bits 1.14 ms but recall 0.927. (24 bytes of 8 bits lost 0.02-0.05 recall.)
CODE_BYTES = 48
TRAINING_PER_LIST = 64  # vectors sampled per list to train the cells and the codes
# Searched: the PROBED nearest cells, and REFINE x the results asked for re-scored from the copy. At 1M replicated
# clause vectors, 1000 deep (benchmarks/scale.py, 2026-12-06, fast-scan codes): 256 cells recall@10 0.9966, p95
# 1.4 ms; 128 cells 0.991; 64 cells 0.977; built in 9 s, with the windows' index 2.7 GB resident in a process
# holding only the two
PROBED = 256
# An 8-bit copy spans each dimension's mean +- RANGE_STDS standard deviations of the sample (values past them are
# clamped): at 100k replicated windows recall@10 0.987 (3 stds 0.970, 5 0.987, 6 0.983; the sample's min-max 0.986)
RANGE_STDS = 4.0
QUANTIZE_ABOVE = 500_000  # vectors above which an approximate index keeps a compact copy (see the docstring)
REFINE = 2
OLD_GRAPH_DEPTH = 1000  # HNSW search depth, for indexes built before IVF-PQ replaced it (still read)


def vector_index(vectors: np.ndarray, ids: np.ndarray | None = None, approximate: bool | None = None,
                 compact: str = "float16"):
    """A FAISS index of unit vectors (inner product = cosine), ids as given (else their rows); IVF-PQ + refine when
    `approximate`, by default when there are more than APPROXIMATE_ABOVE of them, keeping the vectors as floats, or
    above QUANTIZE_ABOVE of them as `compact` ("float16" or "8bit")."""
    import faiss  # imported lazily: only index reads and writes need it

    # every core while building (reading sets one thread per search, which serves small searches better)
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    dimension = vectors.shape[1]
    approximate = len(vectors) > APPROXIMATE_ABOVE if approximate is None else approximate
    if approximate and len(vectors) >= 256:  # fewer cannot train a code book of 256 centroids
        copy = compact if len(vectors) > QUANTIZE_ABOVE else "float"
        index = _inverted_file(np.ascontiguousarray(vectors, dtype=np.float32), copy)
    else:
        index = faiss.IndexFlatIP(dimension)
    if ids is None:
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return index
    mapped = faiss.IndexIDMap2(index)
    mapped.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
    return mapped


def _inverted_file(vectors: np.ndarray, copy: str):
    """An IVF-PQ index over `vectors`' space (trained on a sample), wrapped to re-score from a `copy` of them
    ("float", "float16" or "8bit")."""
    import faiss

    dimension = vectors.shape[1]
    lists = max(1, min(max(LISTS, len(vectors) // 1000), MAX_LISTS, len(vectors) // 39))
    quantizer = faiss.IndexFlatIP(dimension)
    # sub-vectors split the dimensions evenly, two to a byte
    codes = max(m for m in range(2, 2 * CODE_BYTES + 1, 2) if dimension % m == 0)
    base = faiss.IndexIVFPQFastScan(quantizer, dimension, lists, codes, 4, faiss.METRIC_INNER_PRODUCT)
    sample = np.random.default_rng(0).choice(len(vectors), min(len(vectors), lists * TRAINING_PER_LIST), replace=False)
    base.train(vectors[np.sort(sample)])
    base.own_fields = True  # the refine wrapper is returned alone: the quantizer's Python object must not own it
    quantizer.this.disown()
    if copy == "float":
        index = faiss.IndexRefineFlat(base)
        index.own_fields = True
        base.this.disown()
        return index
    kept = faiss.IndexScalarQuantizer(dimension, faiss.ScalarQuantizer.QT_8bit if copy == "8bit" else
                                      faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
    kept.sq.rangestat, kept.sq.rangestat_arg = faiss.ScalarQuantizer.RS_meanstd, RANGE_STDS
    kept.train(vectors[np.sort(sample)])
    index = faiss.IndexRefine(base, kept)
    index.own_fields = index.own_refine_index = True
    base.this.disown()
    kept.this.disown()
    return index


def grown(index, vectors: np.ndarray, ids: np.ndarray | None = None, compact: str = "float16"):
    """`index` with `vectors` (and `ids`) added after those it holds; a new index of all of them (as vector_index
    makes it) when growing it would cross APPROXIMATE_ABOVE or QUANTIZE_ABOVE, or when it is an HNSW graph."""
    import faiss

    old_graph = isinstance(_inner(index), faiss.IndexHNSW)  # built before IVF-PQ: rebuilt as it grows
    total = index.ntotal + len(vectors)
    if old_graph or (total > APPROXIMATE_ABOVE) != is_approximate(index) or \
            (total > QUANTIZE_ABOVE) != isinstance(matrix(index), Quantized):
        every = np.vstack([np.asarray(matrix(index)), vectors])
        return vector_index(every, None if ids is None else np.concatenate([ids_of(index), ids]), compact=compact)
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    new = np.ascontiguousarray(vectors, dtype=np.float32)
    if ids is None:
        index.add(new)
    else:
        index.add_with_ids(new, ids.astype(np.int64))
    return index


def prepare(index) -> None:
    """Search settings that are not saved with an index (cells probed, candidates re-scored)."""
    import faiss

    inner = _inner(index)
    if isinstance(inner, faiss.IndexRefine):
        faiss.downcast_index(inner.base_index).nprobe = PROBED
        inner.k_factor = REFINE
    elif isinstance(inner, faiss.IndexHNSW):
        inner.hnsw.efSearch = OLD_GRAPH_DEPTH


def matrix(index) -> np.ndarray | Quantized:
    """The index's vectors, row = position added, for scores of a subset: a read-only view (no copy) of float
    vectors, or of an approximate index's half-precision or 8-bit copy (sliced and multiplied as floats are)."""
    import faiss

    inner = _inner(index)
    flat = faiss.downcast_index(inner.refine_index) if isinstance(inner, faiss.IndexRefine) \
        else faiss.downcast_index(inner.storage) if isinstance(inner, faiss.IndexHNSW) else inner
    if isinstance(flat, faiss.IndexScalarQuantizer):
        codes = faiss.rev_swig_ptr(flat.codes.data(), flat.ntotal * flat.code_size).reshape(flat.ntotal, -1)
        if flat.sq.qtype == faiss.ScalarQuantizer.QT_fp16:
            return Quantized(codes.view(np.float16))
        ranges = faiss.vector_to_array(flat.sq.trained)  # per dimension: the lowest values, then their spans
        return Quantized(codes, ranges[:flat.d], ranges[flat.d:])
    view = faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d).reshape(flat.ntotal, flat.d)
    view.flags.writeable = False
    return view


class Quantized:
    """Vectors kept as FAISS scalar-quantizer codes: half-precision floats, or 8-bit codes (QT_8bit: value = low +
    (code + 0.5) / 255 * span, per dimension). Sliced by rows and multiplied by one query as a float matrix is,
    converting a block of rows at a time, never the whole."""

    BLOCK = 16_384  # rows converted at a time (a 20k-clause scope has 80k windows: 120 MB as floats at once)

    def __init__(self, codes: np.ndarray, low: np.ndarray | None = None, span: np.ndarray | None = None):
        self.codes, self.low, self.span = codes, low, span
        self.shape = codes.shape

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, rows: slice) -> Quantized:
        return Quantized(self.codes[rows], self.low, self.span)

    def __matmul__(self, query: np.ndarray) -> np.ndarray:
        weights, offset = query, np.float32(0)
        if self.span is not None:  # 8-bit: codes @ (span * query / 255) plus a constant, without decoding each vector
            weights = (self.span * query / 255).astype(np.float32)
            offset = np.float32((self.low + self.span * 0.5 / 255) @ query)
        parts = [self.codes[start:start + self.BLOCK].astype(np.float32) @ weights + offset
                 for start in range(0, len(self.codes), self.BLOCK)]
        return np.concatenate(parts) if parts else np.zeros(0, np.float32)

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        decoded = self.codes.astype(np.float32) if self.span is None \
            else self.low + (self.codes.astype(np.float32) + 0.5) / 255 * self.span
        return decoded.astype(dtype or np.float32, copy=False)


def search_within(index, queries: np.ndarray, k: int, allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Search only the vectors whose position (order added) `allowed` (a boolean mask) marks: FAISS skips the
    others as it searches, so a filter keeping most of a large index costs about an unfiltered search. Returns
    (scores, ids) as `index.search` does (ids, for an IndexIDMap2, its ids)."""
    import faiss

    inner = _inner(index)
    bits = np.packbits(allowed, bitorder="little")  # held until the search returns: FAISS reads it in place
    selector = faiss.IDSelectorBitmap(len(allowed), faiss.swig_ptr(bits))
    if isinstance(inner, faiss.IndexRefine):
        params = faiss.IndexRefineSearchParameters(
            k_factor=REFINE, base_index_params=faiss.SearchParametersIVF(sel=selector, nprobe=PROBED))
    elif isinstance(inner, faiss.IndexHNSW):
        params = faiss.SearchParametersHNSW(sel=selector, efSearch=OLD_GRAPH_DEPTH)
    else:
        params = faiss.SearchParameters(sel=selector)
    scores, found = inner.search(np.ascontiguousarray(queries, dtype=np.float32), k, params=params)
    if isinstance(index, faiss.IndexIDMap2):
        owners = ids_of(index)
        found = np.where(found >= 0, owners[np.maximum(found, 0)], -1)
    return scores, found


def ids_of(index) -> np.ndarray:
    """The id of each vector of an IndexIDMap2, in the order added."""
    import faiss

    return faiss.vector_to_array(index.id_map)


def is_approximate(index) -> bool:
    import faiss

    return isinstance(_inner(index), (faiss.IndexRefine, faiss.IndexHNSW))


def _inner(index):
    """The index an IndexIDMap2 wraps (downcast: read_index returns the base class), else the index itself."""
    import faiss

    index = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap2) else faiss.downcast_index(index)
    return index
