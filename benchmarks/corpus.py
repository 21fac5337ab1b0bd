"""The corpus, indexed as a user would (`make bench-corpus`): the bundled resolution, ../shared/corpus/ga-78-80 and
../shared/corpus/curated (about 930 resolutions), from an empty encoding cache, with the default model.

Prints the build's wall time and peak memory (whole process, /usr/bin/time), then the time to add one resolution
to that index, then cold `assistant ask --json` on it (median of 5 whole-process runs). The exported ONNX models
are shared with the user's cache; the encodings are not (a temporary cache), so nothing is encoded ahead.

    python benchmarks/corpus.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))
QUESTION = "Which resolution proclaims an international day of women in multilateralism?"


def timed(command: list[str], env: dict) -> tuple[float, float, str]:
    """(wall s, peak MB, stdout) of one whole process."""
    done = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} ...: {done.stderr.strip().splitlines()[-2:]}")
    wall, peak = done.stderr.strip().splitlines()[-1].split()
    said = [line for line in (done.stdout + done.stderr).splitlines() if line.startswith("index built")]
    return float(wall), int(peak) / 1024, said[-1] if said else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="build the index here and keep it (default: a temporary folder)")
    args = parser.parse_args()
    from assistant.embeddings.assembled import cache_dir

    from assistant.documents.files import BUNDLED

    files = [BUNDLED, *sorted((CORPUS / "ga-78-80").glob("*.txt")), *sorted((CORPUS / "curated").glob("*.txt"))]
    added, first = files[-1], files[:-1]
    work = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    cache = work / "cache"
    cache.mkdir()
    for name in ("onnx", "all-mpnet-base-v2"):  # the exported models, not the encodings
        if (cache_dir() / name).exists():
            (cache / name).symlink_to(cache_dir() / name)
    folder = args.keep or work / "index"
    env = os.environ | {"ASSISTANT_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
    assistant = [sys.executable, "-m", "assistant.cli"]
    try:
        print(f"{len(files)} files: the bundled resolution, ga-78-80, curated; default model", flush=True)
        wall, peak, out = timed([*assistant, "index", *map(str, first), "--skip-invalid", "--index", str(folder)],
                                env)
        print(f"  index from an empty encoding cache: {wall / 60:5.1f} min, peak {peak:6.0f} MB  "
              f"({out})  targets: <= 15 min, <= 4 GB", flush=True)
        wall, peak, out = timed([*assistant, "index", *map(str, files), "--skip-invalid", "--index", str(folder)],
                                env)
        print(f"  add one resolution ({added.name}): {wall:5.1f} s, peak {peak:6.0f} MB  target: <= 10 s", flush=True)
        runs = [timed([*assistant, "ask", QUESTION, "--json", "--index", str(folder)], env)[:2] for _ in range(5)]
        print(f"  cold ask --json: {statistics.median(w for w, _ in runs):5.2f} s, peak "
              f"{statistics.median(m for _, m in runs):6.0f} MB (median of 5)  target: <= 2.5 s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
