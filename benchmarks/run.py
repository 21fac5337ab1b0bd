"""Speed, side by side with its baselines in one run (`make bench`).

- cold `assistant ask ... --json`, a new process each time (median of 5): wall time and peak memory, for the ONNX
  path (default), the torch path ($ASSISTANT_BACKEND=torch) and the pair of models
- warm latency in one process: one query encoding, `retrieve`, grounded `ask` (target: ask <= 1.5x encoding)
- index build of the bundled resolution per model and path, and of a 100-resolution slice of
  ../shared/corpus/ga-78-80 (each from an empty encoding cache)
- the HTTP load test (benchmarks/load.py): 8 clients, 30 s

    python benchmarks/run.py [--skip cold,warm,build,load]
"""

from __future__ import annotations

import argparse
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
CORPUS = ROOT.parent / "shared" / "corpus"
QUESTION = "Can migrant children be detained?"
MINILM, PAIR = "bundled:all-MiniLM-L6-v2", "bundled:all-MiniLM-L6-v2+all-mpnet-base-v2"
CONFIGS = [("onnx, MiniLM int8 (default)", MINILM + ":int8", "onnx"), ("onnx, MiniLM", MINILM, "onnx"),
           ("torch, MiniLM", MINILM, "torch"), ("onnx, pair", PAIR, "onnx")]


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def row(name: str, value: float, base_name: str, base: float, unit: str = "ms", target: float | None = None) -> None:
    scale = 1000 if unit == "ms" else 1
    ratio = value / base if base else float("nan")
    verdict = "" if target is None else ("  ok" if ratio <= target else f"  ABOVE target {target}x")
    print(f"{name:36} {value * scale:9.1f} {unit} | {base_name:30} {base * scale:9.1f} {unit} | {ratio:5.2f}x{verdict}")


def env_for(model: str, backend: str) -> dict:
    return os.environ | {"ASSISTANT_MODEL": model, "ASSISTANT_BACKEND": backend, "HF_HUB_OFFLINE": "1"}


def indexes(work: Path) -> dict[str, Path]:
    """The bundled resolution indexed once per model (the torch path reads the ONNX index: the same vectors)."""
    from assistant.documents.files import BUNDLED

    found = {}
    for _, model, _ in CONFIGS:
        folder = work / model.replace(":", "_").replace("+", "_")
        if model not in found:
            subprocess.run([sys.executable, "-m", "assistant.cli", "index", str(BUNDLED), "--index", str(folder)],
                           cwd=ROOT, env=env_for(model, "onnx"), check=True, capture_output=True)
            found[model] = folder
    return found


def cold(folders: dict[str, Path]) -> None:
    print("\ncold `assistant ask ... --json`, new process each time, median of 5 (wall s, peak MB)")
    results = {}
    for name, model, backend in CONFIGS:
        runs = []
        for _ in range(5):
            done = subprocess.run(["/usr/bin/time", "-f", "%e %M", sys.executable, "-m", "assistant.cli", "ask",
                                   QUESTION, "--json", "--index", str(folders[model])], cwd=ROOT,
                                  env=env_for(model, backend), capture_output=True, text=True, check=True)
            wall, peak = done.stderr.strip().splitlines()[-1].split()
            runs.append((float(wall), int(peak) / 1024))
        results[name] = (statistics.median(w for w, _ in runs), statistics.median(m for _, m in runs))
    base_wall, base_peak = results[CONFIGS[0][0]]
    for name, (wall, peak) in results.items():
        print(f"{name:36} {wall:6.2f} s {peak:7.0f} MB | vs default {wall / base_wall:5.2f}x wall, "
              f"{peak / base_peak:5.2f}x memory")
    print("targets (default): <= 1.5 s, <= 500 MB")


def warm(folders: dict[str, Path]) -> None:
    from assistant.eval.questions import EVAL_DIR, load_questions

    from assistant import Assistant

    questions = [q.question for q in load_questions(EVAL_DIR / "dev.jsonl")][:120]
    print(f"\nwarm latency, median over {len(questions)} dev questions (each the median of 3 runs)")
    for name, model, backend in CONFIGS:
        os.environ["ASSISTANT_BACKEND"] = backend
        assistant = Assistant.open(folders[model], model, build=True)
        for q in questions[:5]:
            assistant.answer(q)
        encode = statistics.median(statistics.median(timed(lambda q=q: assistant.embedder.encode([q]), 3))
                                   for q in questions)
        retrieve = statistics.median(statistics.median(timed(lambda q=q: assistant.retrieve(q, 5), 3))
                                     for q in questions)
        ask = statistics.median(statistics.median(timed(lambda q=q: assistant.answer(q), 3)) for q in questions)
        print(f"  {name}")
        row("    retrieve (k=5)", retrieve, "one query encoding", encode)
        row("    ask, grounded", ask, "one query encoding", encode, target=1.5)
        runs = model_runs(assistant, questions)
        if runs is not None:
            print(f"    runs through the model per ask (after the first of each question): {runs:.2f}")
    os.environ.pop("ASSISTANT_BACKEND", None)


def model_runs(assistant, questions: list[str]) -> float | None:
    """Runs through the ONNX model per ask, the questions asked once each after they were asked before (the
    clauses' word pieces cached, as in the timed runs); None for an encoder without ONNX sessions."""
    members = getattr(assistant.embedder, "members", [assistant.embedder])
    if not all(hasattr(m, "_forward") for m in members):
        return None
    count = [0]
    for member in members:
        forward = member._forward
        member._forward = lambda *a, _f=forward: count.__setitem__(0, count[0] + 1) or _f(*a)
    for q in questions:
        assistant.answer(q)
    for member in members:
        del member._forward
    return count[0] / len(questions) / len(members)


def build(work: Path) -> None:
    from assistant.embeddings.cache import EncodingCache
    from assistant.embeddings.encoder import open_embedder

    from assistant.documents.files import BUNDLED
    from assistant.search.indexing import build_index

    print("\nindex build, model loaded, from an empty encoding cache")
    bundled = {}
    for name, model, backend in CONFIGS:
        embedder = open_embedder(model, backend)
        embedder.encode(["warm up"])
        folder = lambda: Path(tempfile.mkdtemp(dir=work)) / "index"  # noqa: E731
        bundled[name] = statistics.median(timed(lambda: build_index(
            [BUNDLED], folder(), embedder, progress=False, cache=EncodingCache(model, folder().parent)), 3))
    for name, seconds in bundled.items():
        row(f"bundled (92 clauses), {name}", seconds, "default", bundled[CONFIGS[0][0]], unit="s")
    slice_ = sorted((CORPUS / "ga-78-80").glob("A_RES_*.txt"))[:100]
    if not slice_:
        return
    seconds = {}
    for name, model, backend in CONFIGS[:3]:
        embedder = open_embedder(model, backend)
        target = Path(tempfile.mkdtemp(dir=work))
        seconds[name] = timed(lambda: build_index(slice_, target / "index", embedder, progress=False,
                                                  skip_invalid=True, cache=EncodingCache(model, target / "c")), 1)[0]
    for name, value in seconds.items():
        row(f"100 GA resolutions, {name}", value, "default", seconds[CONFIGS[0][0]], unit="s")


def load(folders: dict[str, Path]) -> None:
    for name, model, backend in (CONFIGS[0], CONFIGS[3]):
        print(f"\n{name}:", flush=True)
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load.py"), "--index", str(folders[model])],
                       cwd=ROOT, env=env_for(model, backend), check=False)
    print("target (default): >= 60 requests/s, p95 <= 250 ms, 0 errors")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip", default="", help="comma-separated parts to leave out: cold, warm, build, load")
    skip = set(parser.parse_args().skip.split(","))
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folders = indexes(work)
        for part, run in (("cold", lambda: cold(folders)), ("warm", lambda: warm(folders)),
                          ("build", lambda: build(work)), ("load", lambda: load(folders))):
            if part not in skip:
                run()


if __name__ == "__main__":
    main()
