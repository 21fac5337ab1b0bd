"""Faults while an index is written: kill -9 at each stage of a build, two builds at once, readers during builds,
a full disk. The old index always stays usable and the next build succeeds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time

import pytest
from assistant.embeddings.store import IndexProblem, read_index

from tests.conftest import CORPUS, ROOT, SEED

pytestmark = pytest.mark.slow
OTHER = CORPUS / "curated" / "A_RES_74_148.txt"
# Each stage's patch: the build kills itself (SIGKILL, as kill -9) on reaching that point of the build.
STAGES = {
    "parse": "import assistant.search.indexing as m; m.load_resolution = die_on(1, m.load_resolution)",
    # nothing from the encoding cache (so the encoder runs whatever earlier runs kept); killed fifty texts in
    "encode": "import assistant.embeddings.onnx as m, assistant.embeddings.cache as c; c.EncodingCache.get = "
              "lambda self, texts: {}; m._padded = die_on(100, m._padded)",
    "write": "import assistant.embeddings.store as m; m.KeywordScorer.build = die_on(1, m.KeywordScorer.build)",
    "swap": "import assistant.embeddings.swap as m; m.shutil.rmtree = die_on(1, m.shutil.rmtree)",
}
RUNNER = """
import os, signal, sys
def die_on(n, f):
    calls = []
    def wrapped(*a, **k):
        calls.append(1)
        if len(calls) >= n:
            os.kill(os.getpid(), signal.SIGKILL)
        return f(*a, **k)
    return wrapped
{patch}
from assistant.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def build(folder, *files, stage: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    code = RUNNER.format(patch=STAGES[stage] if stage else "")
    done = subprocess.run([sys.executable, "-c", code, "index", *map(str, files), "--index", str(folder)],
                          capture_output=True, text=True, cwd=ROOT, env=os.environ | {"HF_HUB_OFFLINE": "1"},
                          timeout=300, check=False)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def snapshot(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.parent.glob(f".{folder.name}.*") if not p.name.endswith(".lock"))


@pytest.mark.parametrize("stage", list(STAGES))
def test_a_build_killed_at_any_stage_leaves_the_old_index_and_the_next_build_succeeds(tmp_path, stage):
    folder = tmp_path / "index"
    build(folder, SEED)
    before = snapshot(folder)
    killed = build(folder, SEED, OTHER, stage=stage, check=False)
    assert killed.returncode == -9, killed.stderr
    store = read_index(folder)  # usable: checksums, counts and rows all sound
    if stage == "swap":  # killed after the exchange: the new index is in place, the old one left beside it
        assert {d["symbol"] for d in store.documents} == {"A/RES/72/179", "A/RES/74/148"}
    else:
        assert snapshot(folder) == before and len(store.documents) == 1
    build(folder, SEED, OTHER)
    assert leftovers(folder) == [] and len(read_index(folder).documents) == 2


def test_a_second_build_refuses_while_the_first_writes(tmp_path):
    folder = tmp_path / "index"
    build(folder, SEED)
    slow = RUNNER.format(patch="import time, assistant.embeddings.onnx as m, assistant.embeddings.cache as c\n"
                               "c.EncodingCache.get = lambda self, texts: {}\ne = m.OnnxEmbedder.encode\n"
                               "m.OnnxEmbedder.encode = lambda *a, **k: (time.sleep(5), e(*a, **k))[1]")
    first = subprocess.Popen([sys.executable, "-c", slow, "index", str(SEED), str(OTHER), "--index", str(folder)],
                             cwd=ROOT, env=os.environ | {"HF_HUB_OFFLINE": "1"}, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while not _locked(folder) and time.time() < deadline:
        time.sleep(0.1)
    second = build(folder, SEED, check=False)
    assert second.returncode == 2 and "is being written by another build (pid" in second.stderr
    assert len(second.stderr.strip().splitlines()) == 1
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert len(read_index(folder).documents) == 2


def _locked(folder) -> bool:
    """Whether a build holds the folder's write lock now: it writes its pid there and clears it when done (probing
    with flock ourselves could make the build we wait for find the lock taken)."""
    lock = folder.parent / f".{folder.name}.lock"
    return lock.exists() and "pid" in lock.read_text()


def test_readers_during_builds_always_open_a_whole_index(tmp_path, assistant):
    folder = tmp_path / "index"
    build(folder, SEED)
    errors, opened, stop = [], [], threading.Event()

    def read_all_the_time():
        while not stop.is_set():
            try:
                store = read_index(folder)
                store.extra("cased.json")  # a lazily read file, read after any swap that came meanwhile
                opened.append(len(store.documents))
            except Exception as exc:  # noqa: BLE001 - any failure at all is what this test counts
                errors.append(f"{type(exc).__name__}: {exc}")

    readers = [threading.Thread(target=read_all_the_time) for _ in range(2)]
    for reader in readers:
        reader.start()
    try:
        for files in ((SEED, OTHER), (SEED,), (SEED, OTHER)):
            build(folder, *files)
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    assert not errors, errors[:3]
    assert set(opened) == {1, 2} and leftovers(folder) == []


def test_a_full_disk_is_one_line_and_the_old_index_stays(tmp_path):
    disk = tmp_path / "small-disk"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1400k", "tmpfs", str(disk)],
                                           capture_output=True, check=False).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    try:
        folder = disk / "index"
        build(folder, SEED)
        before = snapshot(folder)
        full = build(folder, SEED, OTHER, check=False)
        last = full.stderr.strip().splitlines()[-1]  # after the progress lines: the error, in one line
        assert full.returncode == 2 and last.startswith("assistant: error: cannot write the index at"), full.stderr
        assert "No space left on device" in last and "Traceback" not in full.stderr
        assert snapshot(folder) == before and leftovers(folder) == []
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_an_unwritable_destination_is_found_before_any_encoding(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    started = time.perf_counter()
    done = build(blocker / "index", SEED, check=False)
    assert done.returncode == 2 and "cannot write the index at" in done.stderr
    assert "encoding" not in done.stderr and time.perf_counter() - started < 60


def test_an_index_problem_names_the_folder_not_a_handle(tmp_path):
    (tmp_path / "index").mkdir()
    with pytest.raises(IndexProblem, match=str(tmp_path / "index")):
        read_index(tmp_path / "index")
    shutil.rmtree(tmp_path / "index")
