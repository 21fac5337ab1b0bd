"""Vector indexes: exact inner product while an index is small, HNSW above a size measured with
`make bench-scale` (benchmarks/scale.py), where an exact scan costs more per question than the graph misses."""

from __future__ import annotations

import os

import numpy as np

APPROXIMATE_ABOVE = 100_000  # vectors in one FAISS index; see benchmarks/scale.py for the measurements
HNSW_LINKS = 32
HNSW_BUILD_DEPTH = 80
# candidates a search keeps: the depth the dense search asks for anyway (search/dense.py DENSE_DEPTH). At 100k
# replicated clause vectors recall@10 against exact search is 0.9966 at 1000, 0.977 at 256 (benchmarks/scale.py)
HNSW_SEARCH_DEPTH = 1000


def vector_index(vectors: np.ndarray, ids: np.ndarray | None = None, approximate: bool | None = None):
    """A FAISS index of unit vectors (inner product = cosine), ids as given (else their rows); HNSW when
    `approximate`, by default when there are more than APPROXIMATE_ABOVE of them."""
    import faiss  # imported lazily: only index reads and writes need it

    # every core while building (reading sets one thread per search, which serves small searches better)
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    dimension = vectors.shape[1]
    approximate = len(vectors) > APPROXIMATE_ABOVE if approximate is None else approximate
    if approximate:
        index = faiss.IndexHNSWFlat(dimension, HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_BUILD_DEPTH
    else:
        index = faiss.IndexFlatIP(dimension)
    if ids is None:
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return index
    mapped = faiss.IndexIDMap2(index)
    mapped.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
    return mapped


def grown(index, vectors: np.ndarray, ids: np.ndarray | None = None):
    """`index` with `vectors` (and `ids`) added after those it holds; a new index of all of them when growing it
    would leave it exact above APPROXIMATE_ABOVE or approximate under it."""
    import faiss

    if (index.ntotal + len(vectors) > APPROXIMATE_ABOVE) != is_approximate(index):
        every = np.vstack([matrix(index), vectors])
        return vector_index(every, None if ids is None else np.concatenate([ids_of(index), ids]))
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    new = np.ascontiguousarray(vectors, dtype=np.float32)
    if ids is None:
        index.add(new)
    else:
        index.add_with_ids(new, ids.astype(np.int64))
    return index


def prepare(index) -> None:
    """Search settings that are not saved with an index (HNSW's search depth)."""
    import faiss

    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap2) else index
    if isinstance(inner, faiss.IndexHNSW):
        inner.hnsw.efSearch = HNSW_SEARCH_DEPTH


def matrix(index) -> np.ndarray:
    """The index's vectors as a read-only view (no copy), row = position added, for exact scores of a subset."""
    import faiss

    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap2) else index
    flat = faiss.downcast_index(inner.storage) if isinstance(inner, faiss.IndexHNSW) else inner
    view = faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d).reshape(flat.ntotal, flat.d)
    view.flags.writeable = False
    return view


def ids_of(index) -> np.ndarray:
    """The id of each vector of an IndexIDMap2, in the order added."""
    import faiss

    return faiss.vector_to_array(index.id_map)


def is_approximate(index) -> bool:
    import faiss

    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap2) else index
    return isinstance(inner, faiss.IndexHNSW)
