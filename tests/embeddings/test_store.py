"""The index folder: plain files, atomic replacement, clear errors for corrupt or mismatched indexes."""

import json

import numpy as np
import pytest
from assistant.embeddings.store import (
    IndexProblem,
    Manifest,
    Record,
    read_index,
    write_index,
)

from assistant.documents.clause import Clause


def tiny(folder, n=3, dim=4, text="words"):
    records = [Record("A/RES/1/1", "T", Clause(f"OP{i + 1}", "operative", f"operative paragraph {i + 1}", text), text)
               for i in range(n)]
    vectors = np.eye(n, dim, dtype=np.float32)
    manifest = Manifest(1, "test-model", dim, "hash", n, n)
    write_index(folder, manifest, records, vectors, (vectors, np.arange(n)), [{"symbol": "A/RES/1/1"}])
    return records


def test_round_trip_plain_files(tmp_path):
    folder = tmp_path / "index"
    records = tiny(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["clauses.jsonl", "documents.json", "manifest.json",
                                                        "segments.faiss", "vectors.faiss"]
    lines = (folder / "clauses.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["OP1", "OP2", "OP3"]  # row = FAISS id
    loaded = read_index(folder)
    assert loaded.records == records
    assert loaded.vectors.ntotal == 3 and loaded.segments.ntotal == 3


def test_rewrite_replaces_the_folder_atomically(tmp_path):
    folder = tmp_path / "index"
    tiny(folder, n=3)
    tiny(folder, n=2, text="new")
    assert [r.clause.text for r in read_index(folder).records] == ["new", "new"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]  # no temp or old folders left behind


def test_failed_write_leaves_the_old_index(tmp_path):
    folder = tmp_path / "index"
    tiny(folder)
    with pytest.raises(Exception):
        write_index(folder, Manifest(1, "m", 4, "h", 1, 1), [], np.zeros((1, 5), dtype=np.float32),
                    (np.zeros((1, 5), dtype=np.float32), np.arange(1)), [])
    assert len(read_index(folder).records) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]


@pytest.mark.parametrize("damage, message", [
    (lambda f: (f / "manifest.json").unlink(), "no index"),
    (lambda f: (f / "manifest.json").write_text("{not json"), "corrupt index manifest"),
    (lambda f: (f / "vectors.faiss").write_bytes(b"garbage"), "corrupt index"),
    (lambda f: (f / "clauses.jsonl").write_text('{"doc": 1}\n'), "corrupt index"),
    (lambda f: (f / "clauses.jsonl").write_text((f / "clauses.jsonl").read_text().splitlines()[0] + "\n"),
     "1 clauses"),
])
def test_corrupt_index_gives_one_line_error(tmp_path, damage, message):
    folder = tmp_path / "index"
    tiny(folder)
    damage(folder)
    with pytest.raises(IndexProblem) as error:
        read_index(folder)
    assert message in str(error.value) and "\n" not in str(error.value)
