"""How the search holds at 10k, 100k and 1M clauses (`make bench-scale`).

Real clause texts of ../shared/corpus/ga-78-80 encoded with the default model (kept in the encoding cache, so a
second run does not encode them again), replicated with new ids up to each size: at 100k and 1M the copies are the
real vectors perturbed and normalised again (encoding 1M texts on 2 cores takes hours). Each clause comes with its
word windows (search/encoding.segments_of: about four a clause), replicated with it, as the product indexes them.

For each size, for the clause vectors and the window vectors, and each kind of FAISS index (exact, and the
approximate IVF-PQ + refine that embeddings/ann.py builds, keeping clauses in half precision and windows in 8 bits
above ann.QUANTIZE_ABOVE vectors, as embeddings/store.py does) it prints the build time, the resident memory with that index held, p50/p95 search
latency for the real dev questions' vectors (already encoded: beyond encoding) at k=10 and at the depth the
product searches (search/dense.py DENSE_DEPTH), and recall@10 against exact search of the first ten of that
search, as the product reads them (a result counts when its exact score reaches the tenth best: ties between
repeated clauses are not misses). Then a fresh process reads both approximate indexes from disk and searches each
once: what a served index holds. BM25 (bm25s, as the product keeps it) is timed at each size on the replicated texts.

    python benchmarks/scale.py [--sizes 10000,100000,1000000] [--no-bm25]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
CORPUS = ROOT.parent / "shared" / "corpus" / "ga-78-80"
REAL = 10_000  # real clause texts encoded; larger sizes replicate them
NOISE = 0.4  # length of the noise added to a copy (replicated)


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def real_texts(limit: int) -> list[str]:
    from assistant.documents.files import load_resolution

    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        try:
            texts += [clause.text for clause in load_resolution(path).clauses]
        except ValueError:
            continue
        if len(texts) >= limit:
            break
    return texts[:limit]


def encoded(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The texts' (clauses, then windows) and the dev questions' vectors, from the encoding cache where held."""
    from assistant.embeddings.cache import EncodingCache
    from assistant.embeddings.encoder import open_embedder
    from assistant.embeddings.models import DEFAULT_MODEL
    from assistant.eval.questions import EVAL_DIR, load_questions

    embedder, cache = open_embedder(DEFAULT_MODEL), EncodingCache(DEFAULT_MODEL)
    held = cache.get(texts)
    missing = [t for t in dict.fromkeys(texts) if t not in held]
    if missing:
        print(f"encoding {len(missing)} clause texts once (cached for later runs) ...", flush=True)
        for start in range(0, len(missing), 2000):
            print(f"  {start}/{len(missing)}", flush=True)
            part = missing[start:start + 2000]
            vectors = embedder.encode(part)
            cache.put(part, vectors)
            held.update(zip(part, vectors))
    questions = [q.question for q in load_questions(EVAL_DIR / "dev.jsonl")]
    return np.stack([held[t] for t in texts]).astype(np.float32), embedder.encode(questions).astype(np.float32)


def windows_of(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """The word windows the product embeds for each clause text, and each window's clause row."""
    from assistant.search.encoding import segments_of

    each = [segments_of(text) for text in texts]
    return [w for own in each for w in own], np.repeat(np.arange(len(texts)), [len(own) for own in each])


def replicated_windows(windows: np.ndarray, owners: np.ndarray, clauses: int, size: int,
                       rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """The windows of `size` clauses replicated from `clauses` real ones: copy c of clause r owns the copies of r's
    windows (perturbed as the clauses are), and each window's clause row."""
    rows = np.arange(size)
    counts = np.bincount(owners, minlength=clauses)[rows % clauses]
    starts = np.concatenate([[0], np.cumsum(np.bincount(owners, minlength=clauses))])[rows % clauses]
    source = np.concatenate([np.arange(a, a + n) for a, n in zip(starts, counts)])
    owner = np.repeat(rows, counts)
    out = windows[source]
    copies = owner >= clauses
    for start in range(0, len(out), 1 << 20):  # noise added a block at a time: no second 6 GB array
        block = slice(start, start + (1 << 20))
        part = out[block][copies[block]]
        noisy = part + rng.normal(0, NOISE / np.sqrt(out.shape[1]), part.shape).astype(np.float32)
        out[block][copies[block]] = noisy / np.linalg.norm(noisy, axis=1, keepdims=True)
    return out, owner


def replicated(vectors: np.ndarray, size: int, rng: np.random.Generator) -> np.ndarray:
    """`size` unit vectors: the real ones, then perturbed copies of them (noise 0.4 of a unit vector: a copy's cosine
    to its original is about 0.93, as near as two renewals of one paragraph; much closer copies would form clumps
    of near-identical vectors no real corpus has, where a graph index links each copy only to its clump)."""
    out = np.empty((size, vectors.shape[1]), dtype=np.float32)
    out[: len(vectors)] = vectors[:size]
    for start in range(len(vectors), size, len(vectors)):
        part = vectors[: min(len(vectors), size - start)]
        noisy = part + rng.normal(0, NOISE / np.sqrt(vectors.shape[1]), part.shape).astype(np.float32)
        out[start:start + len(part)] = noisy / np.linalg.norm(noisy, axis=1, keepdims=True)
    return out


def exact_kth(vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """Each query's k-th best exact score: a found vector scoring at least that is one of the k best. (The corpus
    repeats clauses word for word, so ids alone would count a tie found in place of its twin as a miss.)"""
    best = np.full((len(queries), k), -2.0, dtype=np.float32)
    for start in range(0, len(vectors), 1 << 19):  # in blocks: 120 queries x 4M windows would take 2 GB at once
        scores = np.concatenate([best, queries @ vectors[start:start + (1 << 19)].T], axis=1)
        best = -np.partition(-scores, k - 1, axis=1)[:, :k]
    return best.min(axis=1)


def latencies(index, queries: np.ndarray, k: int) -> tuple[float, float, np.ndarray]:
    found, times = [], []
    for query in queries:
        start = time.perf_counter()
        _, ids = index.search(query[None, :], k)
        times.append(time.perf_counter() - start)
        found.append(ids[0])
    return float(np.percentile(times, 50)) * 1000, float(np.percentile(times, 95)) * 1000, np.array(found)


def measure_index(kind: str, label: str, vectors: np.ndarray, queries: np.ndarray, kth: np.ndarray,
                  owners: np.ndarray | None = None):
    """Build one index of `vectors` and print what it costs and finds; returns it when approximate (to be measured
    again with the other one, as a served index holds both). `owners`: each vector's clause, for windows, which are
    wrapped with an id per vector as the product wraps them (with their clause's row; here each window's own
    position, so that recall reads the vectors found) and also scored as the product reads them: each clause's
    best window."""
    ids = owners is not None
    import faiss
    from assistant.embeddings import ann

    from assistant.search.dense import DENSE_DEPTH

    before = resident_mb()
    start = time.perf_counter()
    index = ann.vector_index(vectors, np.arange(len(vectors)) if ids else None, approximate=kind == "ivf",
                             compact="8bit" if ids else "float16")  # as embeddings/store.py keeps them
    built = time.perf_counter() - start
    ann.prepare(index)
    faiss.omp_set_num_threads(1)  # as a served search runs
    held = resident_mb()
    p50, p95, _ = latencies(index, queries, 10)
    d50, d95, deep = latencies(index, queries, min(DENSE_DEPTH, len(vectors)))
    recall = _recall(deep, vectors, queries, kth)
    if kind == "ivf":  # the same index with fewer cells probed: what the probes buy
        base = faiss.downcast_index(ann._inner(index).base_index)
        for probed in (64, 128):
            base.nprobe = probed
            fewer = _recall(latencies(index, queries, min(DENSE_DEPTH, len(vectors)))[2], vectors, queries, kth)
            print(f"  {label:7} ivf   {probed} cells probed instead of {ann.PROBED}: recall@10 {fewer:.4f}")
        ann.prepare(index)
    print(f"  {label:7} {kind:5} build {built:7.1f} s   resident {held:7.0f} MB (+{held - before:6.0f})   "
          f"k=10 p50 {p50:6.2f} p95 {p95:6.2f} ms   k={DENSE_DEPTH} p50 {d50:6.2f} p95 {d95:6.2f} ms   "
          f"recall@10 {recall:.4f}", flush=True)
    if ids and kind == "ivf":
        print(f"  {label:7} {kind:5} recall@10 of the clauses ranked by their best window: "
              f"{_clause_recall(deep, vectors, owners, queries):.4f}", flush=True)
    return index if kind == "ivf" else None


def measure_windows_of_nearest(clauses, window_index, vectors: np.ndarray, windows: np.ndarray, owners: np.ndarray,
                               queries: np.ndarray) -> None:
    """What the product reads when its windows are approximate (search/dense.py): the windows of the DENSE_DEPTH
    clauses the clause index finds, scored from the windows' 8-bit copy, no window searched for; beside it, the
    window index searched (as before). Prints the time of the clause search and window step, and recall@10 of the
    clauses ranked as the product ranks them (half the whole clause's similarity, half its best window's:
    fusion.dense_mix) and by their best window alone, against every clause and window scored exactly."""
    from assistant.embeddings import ann

    from assistant.search.dense import DENSE_DEPTH

    copy = ann.matrix(window_index)
    window_start = np.searchsorted(owners, np.arange(len(vectors) + 1))
    found: dict[str, list] = {"windows of the nearest clauses": [], "window index searched": []}
    for query in queries:
        exact_whole = vectors @ query
        exact_window = np.maximum.reduceat(windows @ query, window_start[:-1])
        mixed = (exact_whole + exact_window) / 2
        for name, (whole, window, seconds) in (
                ("windows of the nearest clauses", _of_nearest(clauses, copy, window_start, query, DENSE_DEPTH)),
                ("window index searched", _searched(clauses, window_index, owners, query, DENSE_DEPTH))):
            product = np.argsort(-(whole + window) / 2)[:10]
            alone = np.argsort(-window)[:10]
            found[name].append((seconds, np.sum(mixed[product] >= -np.partition(-mixed, 9)[9] - 1e-5) / 10,
                                np.sum(exact_window[alone] >= -np.partition(-exact_window, 9)[9] - 1e-5) / 10))
    for name, rows in found.items():
        seconds, product, alone = map(np.array, zip(*rows))
        print(f"  dense   {name:30} p50 {np.percentile(seconds, 50) * 1000:6.2f} p95 "
              f"{np.percentile(seconds, 95) * 1000:6.2f} ms   recall@10 as ranked {product.mean():.4f}, "
              f"by best window {alone.mean():.4f}", flush=True)


def _of_nearest(clauses, copy, window_start: np.ndarray, query: np.ndarray, depth: int):
    from assistant.search.dense import best_windows

    begin = time.perf_counter()
    scores, ids = clauses.search(query[None, :], depth)
    whole = np.full(len(window_start) - 1, scores[0].min() - 1e-3, dtype=np.float32)
    whole[ids[0][ids[0] >= 0]] = scores[0][ids[0] >= 0]
    nearest = np.sort(ids[0][ids[0] >= 0])
    best = best_windows(copy, window_start, nearest, query)  # as search/dense.py reads them
    window = np.full(len(whole), best.min() - 1e-3, dtype=np.float32)
    window[nearest] = best
    return whole, window, time.perf_counter() - begin


def _searched(clauses, window_index, owners: np.ndarray, query: np.ndarray, depth: int):
    begin = time.perf_counter()
    count = int(owners[-1]) + 1
    scores, ids = clauses.search(query[None, :], depth)
    whole = np.full(count, scores[0].min() - 1e-3, dtype=np.float32)
    whole[ids[0][ids[0] >= 0]] = scores[0][ids[0] >= 0]
    found, hits = window_index.search(query[None, :], depth)
    window = np.full(count, found[0].min() - 1e-3, dtype=np.float32)
    for score, hit in zip(found[0][::-1], hits[0][::-1]):  # best last, so it is the one kept
        if hit >= 0:
            window[owners[hit]] = score
    return whole, window, time.perf_counter() - begin


def _alone(indexes: list) -> tuple[float, float]:
    """Peak and steady resident memory of a fresh process that reads the indexes from disk and searches each once
    (the benchmark's own process also holds the vectors they were built from)."""
    import subprocess
    import tempfile

    import faiss

    with tempfile.TemporaryDirectory() as folder:
        paths = [f"{folder}/{n}.faiss" for n in range(len(indexes))]
        for index, path in zip(indexes, paths):
            faiss.write_index(index, path)
        # VmHWM, not ru_maxrss: a child's ru_maxrss starts at its parent's (kept across exec)
        code = ("import sys, re, numpy as np, faiss; sys.path.insert(0, sys.argv[1]); "
                "from assistant.embeddings import ann\n"
                "for path in sys.argv[2:]:\n"
                "    index = faiss.read_index(path); ann.prepare(index); globals()[path] = index\n"
                "    index.search(np.ones((1, index.d), dtype=np.float32), 1000)\n"
                "status = open('/proc/self/status').read(); "
                "print(*(int(re.search(name + r':\\s+(\\d+)', status).group(1)) / 1024 "
                "for name in ('VmHWM', 'VmRSS')))")
        out = subprocess.run([sys.executable, "-c", code, str(ROOT), *paths], capture_output=True, text=True,
                             check=True)
    peak, steady = map(float, out.stdout.split()[-2:])
    return peak, steady


def _clause_recall(found: np.ndarray, windows: np.ndarray, owners: np.ndarray, queries: np.ndarray) -> float:
    """Recall@10 of clauses ranked by their best window (what the product reads from the window index): of the first
    ten clauses the windows found belong to, the share whose best exact window score reaches the tenth best."""
    starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])  # windows are in clause order
    shares = []
    for ids, query in zip(found, queries):
        best = np.maximum.reduceat(windows @ query, starts)  # each clause's best window, exactly
        bound = np.partition(-best, 9)[9] * -1
        clauses = list(dict.fromkeys(owners[i] for i in ids if i >= 0))[:10]
        shares.append(np.sum(best[clauses] >= bound - 1e-5) / 10)
    return float(np.mean(shares))


def _recall(found: np.ndarray, vectors: np.ndarray, queries: np.ndarray, kth: np.ndarray) -> float:
    return float(np.mean([np.sum(vectors[ids[:10][ids[:10] >= 0]] @ query >= bound - 1e-5) / 10
                          for ids, query, bound in zip(found, queries, kth)]))


def measure_bm25(texts: list[str], size: int, questions: list[str]) -> None:
    from assistant.embeddings.keyword import KeywordScorer

    corpus = [texts[i % len(texts)] for i in range(size)]
    before = resident_mb()
    start = time.perf_counter()
    scorer = KeywordScorer.build(corpus)
    built = time.perf_counter() - start
    held = resident_mb()
    times = []
    for question in questions:
        begin = time.perf_counter()
        scorer.scores(question)
        times.append(time.perf_counter() - begin)
    print(f"  bm25   build {built:7.1f} s   resident {held:7.0f} MB (+{held - before:6.0f})   "
          f"p50 {np.percentile(times, 50) * 1000:6.2f} p95 {np.percentile(times, 95) * 1000:6.2f} ms", flush=True)
    del scorer, corpus
    gc.collect()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="clause counts, comma-separated")
    parser.add_argument("--no-bm25", action="store_true", help="time the vector indexes only")
    args = parser.parse_args()
    from assistant.eval.questions import EVAL_DIR, load_questions

    texts = real_texts(REAL)
    window_texts, window_owners = windows_of(texts)
    every, queries = encoded(texts + window_texts)
    real, real_windows = every[:len(texts)], every[len(texts):]
    questions = [q.question for q in load_questions(EVAL_DIR / "dev.jsonl")]
    print(f"{len(real)} real clause vectors and {len(real_windows)} of their word windows, {len(queries)} dev "
          f"questions; {os.cpu_count()} cores; "
          f"resident at start {resident_mb():.0f} MB")
    rng = np.random.default_rng(0)
    for size in map(int, args.sizes.split(",")):
        vectors = replicated(real, size, rng)
        windows, owners = replicated_windows(real_windows, window_owners, len(real), size, rng)
        print(f"\n{size:,} clauses ({vectors.nbytes / 2**20:.0f} MB of vectors), {len(windows):,} word windows "
              f"({windows.nbytes / 2**20:.0f} MB)", flush=True)
        approximate = []
        for label, held, owned in (("clauses", vectors, None), ("windows", windows, owners)):
            kth = exact_kth(held, queries, 10)
            # an exact copy of 4M windows would be 6 GB more beside them, and nobody serves it
            kinds = ("exact", "ivf") if len(held) <= 1_000_000 else ("ivf",)
            approximate += [measure_index(kind, label, held, queries, kth, owned) for kind in kinds]
            gc.collect()
        built = [index for index in approximate if index is not None]
        if len(built) == 2:
            measure_windows_of_nearest(built[0], built[1], vectors, windows, owners, queries)
        peak, steady = _alone(built)
        print(f"  both    ivf   a process holding only the two indexes, read from disk: {steady:.0f} MB resident "
              f"after one search each (peak {peak:.0f} MB)", flush=True)
        del approximate
        if not args.no_bm25:
            measure_bm25(texts, size, questions)
        del vectors, windows
        gc.collect()
    print("\ntargets at 1M: p95 <= 10 ms beyond encoding, resident <= 3 GB, recall@10 >= 0.99")


if __name__ == "__main__":
    main()
