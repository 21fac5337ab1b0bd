"""Speed, printed side by side with its baseline in one run (`make bench`).

- warm `retrieve` latency beside the bare query-encoding time of the same model (target <= 1.3x); the
  default pair of models' query encoding beside all-MiniLM-L6-v2's alone (what the pair costs)
- warm grounded `ask` latency beside warm `retrieve` (target <= 1.5x); `retrieve` of questions framed around
  a topic (searched twice, query.phrasings) beside the others
- index build time of the bundled resolution, beside parsing alone and beside MiniLM alone; adding a resolution to it, beside
  building both from nothing
- cold start of `assistant retrieve` beside `python -c "import sentence_transformers"` (target <= 1.5x)
- then the HTTP load test (benchmarks/load.py)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def row(name: str, value: float, base_name: str, base: float, target: float | None = None) -> None:
    ratio = value / base if base else float("nan")
    verdict = "" if target is None else ("  ok" if ratio <= target else f"  ABOVE target {target}x")
    print(f"{name:34} {value * 1000:9.1f} ms | {base_name:34} {base * 1000:9.1f} ms | {ratio:5.2f}x{verdict}")


def warm(questions: list[str]) -> None:
    from assistant.embeddings.encoder import MINILM, open_embedder

    from assistant import Assistant

    assistant = Assistant.open()
    encoder = assistant.embedder
    for q in questions[:5]:  # warm-up
        assistant.retrieve(q, 5)
        assistant.answer(q)
    encode = [statistics.median(timed(lambda q=q: encoder.encode([q]), 3)) for q in questions]
    retrieve = [statistics.median(timed(lambda q=q: assistant.retrieve(q, 5), 3)) for q in questions]
    ask = [statistics.median(timed(lambda q=q: assistant.answer(q), 3)) for q in questions]
    alone = open_embedder(MINILM)
    alone.encode(["warm up"])
    encode_alone = [statistics.median(timed(lambda q=q: alone.encode([q]), 3)) for q in questions]
    print(f"warm latency, median over {len(questions)} questions (each the median of 3 runs)")
    row("query encoding, default pair", statistics.median(encode), "all-MiniLM-L6-v2 alone",
        statistics.median(encode_alone))
    row("retrieve (k=5)", statistics.median(retrieve), "bare query encoding", statistics.median(encode), 1.3)
    row("ask, grounded", statistics.median(ask), "retrieve (k=5)", statistics.median(retrieve), 1.5)
    # A question framed around a topic ("Is there a provision on X?") is encoded twice: as asked and as X.
    framed = [t for q, t in zip(questions, retrieve) if len(assistant.read(q).phrasings) > 1]
    plain = [t for q, t in zip(questions, retrieve) if len(assistant.read(q).phrasings) == 1]
    row(f"retrieve, topic frame ({len(framed)} q)", statistics.median(framed), f"retrieve, others ({len(plain)} q)",
        statistics.median(plain))
    row("retrieve p95", sorted(retrieve)[int(0.95 * len(retrieve))], "encoding p95",
        sorted(encode)[int(0.95 * len(encode))])


def build() -> None:
    from assistant.embeddings.encoder import MINILM, open_embedder

    from assistant.documents.files import BUNDLED, load_resolution
    from assistant.search.indexing import build_index

    embedder, alone = open_embedder(), open_embedder(MINILM)
    for model in (embedder, alone):
        model.encode(["warm up"])
    with tempfile.TemporaryDirectory() as tmp:
        new_folder = lambda: Path(tempfile.mkdtemp(dir=tmp)) / "index"  # noqa: E731  (nothing to reuse)
        builds = timed(lambda: build_index([BUNDLED], new_folder(), embedder, progress=False), 3)
        parses = timed(lambda: load_resolution(BUNDLED), 5)
        print("\nindex build of the bundled resolution (92 clauses), model already loaded, median of 3")
        alone_builds = timed(lambda: build_index([BUNDLED], new_folder(), alone, progress=False), 3)
        row("parse + embed + write index", statistics.median(builds), "parse alone", statistics.median(parses))
        row("parse + embed + write index", statistics.median(builds), "the same, all-MiniLM-L6-v2 alone",
            statistics.median(alone_builds))
        other = ROOT.parent / "shared" / "corpus" / "curated" / "A_RES_74_148.txt"
        if other.is_file():
            grow(build_index, embedder, [BUNDLED, other], new_folder)


def grow(build_index, embedder, files: list[Path], new_folder) -> None:
    """Adding a resolution to an index that holds the first file, beside building both from nothing."""
    import shutil

    seed = new_folder()
    build_index(files[:1], seed, embedder, progress=False)
    adds = []
    for _ in range(3):
        folder = new_folder()
        shutil.copytree(seed, folder)
        adds += timed(lambda: build_index(files, folder, embedder, progress=False), 1)
    scratch = timed(lambda: build_index(files, new_folder(), embedder, progress=False), 3)
    print(f"adding {files[1].name} to that index (texts it holds are not encoded again), median of 3")
    row("rebuild with one more resolution", statistics.median(adds), "both built from nothing",
        statistics.median(scratch))


def cold() -> None:
    env = os.environ | {"HF_HUB_OFFLINE": "1"}
    python = sys.executable
    subprocess.run([python, "-m", "assistant.cli", "index", "--if-needed"], cwd=ROOT, env=env, capture_output=True)
    run = lambda args: subprocess.run(args, cwd=ROOT, env=env, capture_output=True, check=True)  # noqa: E731
    command = [python, "-m", "assistant.cli", "retrieve", "Can migrant children be detained?", "--json"]
    baseline = [python, "-c", "import sentence_transformers"]
    run(baseline)  # page cache
    cold_retrieve = statistics.median(timed(lambda: run(command), 3))
    cold_import = statistics.median(timed(lambda: run(baseline), 3))
    print("\ncold start, new process each time, median of 3")
    row("assistant retrieve ... --json", cold_retrieve, "python -c 'import sentence_transformers'", cold_import, 1.5)


def main() -> None:
    from assistant.eval.questions import EVAL_DIR, load_questions

    questions = [q.question for q in load_questions(EVAL_DIR / "dev.jsonl")]
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}\n")
    warm(questions)
    build()
    cold()
    print()
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load.py")], cwd=ROOT, check=False)


if __name__ == "__main__":
    main()
