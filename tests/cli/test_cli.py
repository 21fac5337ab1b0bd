"""The `assistant` command as a user runs it: real subprocesses, real model, real index."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEED


def run(*args, index=None, check=True):
    env = os.environ | {"HF_HUB_OFFLINE": "1"}
    if index is not None:
        env["ASSISTANT_INDEX"] = str(index)
    result = subprocess.run([sys.executable, "-m", "assistant.cli", *map(str, args)], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_help_explains_commands():
    out = run("--help").stdout
    for command in ("parse", "index", "retrieve", "eval"):
        assert command in out
    assert "retrieve --help" not in run("retrieve", "--help").stderr


def test_parse_json_contract():
    data = json.loads(run("parse", SEED, "--json").stdout)
    assert set(data) == {"symbol", "title", "date", "clauses"}
    assert data["symbol"] == "A/RES/72/179" and len(data["clauses"]) == 92
    assert set(data["clauses"][0]) == {"id", "kind", "label", "text", "parent", "footnotes"}
    sub = next(c for c in data["clauses"] if c["id"] == "OP4(k)")
    assert sub["parent"] == "OP4" and sub["label"] == "operative paragraph 4 (k)"


def test_parse_plain_output_is_one_line_per_clause():
    lines = run("parse", SEED).stdout.splitlines()
    assert lines[0].startswith("A/RES/72/179  Protection of migrants")
    assert len(lines) == 2 + 92


@pytest.mark.parametrize("content, message", [
    ("Dear colleagues,\nlunch is at noon.\n", "does not look like a resolution"),
    ("", "does not look like a resolution"),
])
def test_parse_rejects_non_resolutions(tmp_path, content, message):
    path = tmp_path / "note.txt"
    path.write_text(content)
    result = run("parse", path, "--symbol", "X/1", check=False)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("name, content, message", [
    ("broken.pdf", b"%PDF-1.7 this is not really a pdf", "unreadable PDF"),
    ("binary.txt", bytes(range(256)) * 4, "not UTF-8 text"),
])
def test_parse_rejects_unreadable_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("parse", path, check=False)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_parse_missing_file():
    result = run("parse", "no/such/file.txt", check=False)
    assert result.returncode == 2 and "no such file" in result.stderr


@pytest.mark.slow
def test_retrieve_json(index_dir):
    data = json.loads(run("retrieve", "Can migrant children be detained?", "--k", "3", "--json",
                          index=index_dir).stdout)
    assert len(data) == 3
    assert data[0]["id"] == "OP4(b)" and data[0]["citation"] == "A/RES/72/179, para. 4 (b)"
    assert set(data[0]) >= {"doc", "id", "label", "score", "text", "chapeau"}


@pytest.mark.slow
def test_retrieve_plain_text(index_dir):
    out = run("retrieve", "What does paragraph 4 (k) say?", "--k", "1", index=index_dir).stdout
    assert out.startswith("1. A/RES/72/179, para. 4 (k)")
    assert "Vienna Convention on Consular Relations" in out


def test_retrieve_empty_question_fails_fast():
    result = run("retrieve", "  ", check=False)
    assert result.returncode == 2 and "the question is empty" in result.stderr


@pytest.mark.slow
def test_corrupt_index_is_reported_and_left_alone(index_dir, tmp_path):
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(index_dir, broken)
    (broken / "vectors.faiss").write_bytes(b"not faiss")
    result = run("retrieve", "children", index=broken, check=False)
    assert result.returncode == 2 and "corrupt index" in result.stderr
    assert (broken / "vectors.faiss").read_bytes() == b"not faiss"


@pytest.mark.slow
def test_a_cache_that_cannot_hold_the_model_is_one_line(index_dir, tmp_path, monkeypatch):
    """The models are exported to ONNX into the cache on first use; a cache path under a file cannot hold them."""
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("ASSISTANT_CACHE", str(tmp_path / "file" / "cache"))
    result = run("retrieve", "children", index=index_dir, check=False)
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert result.returncode == 2 and len(errors) == 1 and "Traceback" not in result.stderr  # after "Exporting ..."
    assert "cannot write the ONNX export" in result.stderr and "ASSISTANT_CACHE" in result.stderr


@pytest.mark.slow
def test_eval_json_contract(index_dir):
    data = json.loads(run("eval", ROOT / "eval" / "dev.jsonl", "--json", index=index_dir).stdout)
    assert set(data) == {"n", "hit@1", "hit@5", "recall@5", "mrr@10", "ndcg@10", "doc@1", "failures"}
    assert data["n"] > 60
    assert 0 <= data["hit@1"] <= data["hit@5"] <= 1


@pytest.mark.slow
def test_index_command_builds_and_skips_when_current(tmp_path):
    folder = tmp_path / "idx"
    first = run("index", SEED, "--index", folder)
    assert "index built" in first.stderr and (folder / "manifest.json").exists()
    again = run("index", SEED, "--index", folder, "--if-needed")
    assert "up to date" in again.stderr


def test_index_rejects_a_non_resolution_and_keeps_the_old_index(tmp_path, index_dir):
    import shutil

    folder = tmp_path / "idx"
    shutil.copytree(index_dir, folder)
    before = (folder / "clauses.jsonl").read_text()
    bad = tmp_path / "bad.txt"
    bad.write_text("hello world\n")
    result = run("index", bad, "--index", folder, check=False)
    assert result.returncode == 2 and "bad.txt" in result.stderr
    assert (folder / "clauses.jsonl").read_text() == before


def test_index_skip_invalid_names_what_it_left_out(tmp_path, index_dir):
    folder = tmp_path / "idx"
    shutil.copytree(index_dir, folder)
    bad = tmp_path / "bad.txt"
    bad.write_text("hello world\n")
    strict = run("index", SEED, bad, "--index", folder, check=False)
    assert strict.returncode == 2 and "bad.txt" in strict.stderr and "--skip-invalid" in strict.stderr
    result = run("index", SEED, bad, "--index", folder, "--skip-invalid")
    assert "skipped bad.txt: " in result.stderr
    assert "(1 resolution, 92 clauses; 1 file skipped)" in result.stderr
    assert "0 texts to encode" in result.stderr  # the index already held every text of the bundled resolution


def test_retrieve_notes_a_resolution_that_is_not_indexed_on_stderr(index_dir):
    result = run("retrieve", "What does resolution 70/147 say about detention?", "--json", index=index_dir)
    assert "note: A/RES/70/147 is not in the index" in result.stderr
    assert json.loads(result.stdout)  # results still print, as JSON on stdout


@pytest.mark.parametrize("question", ["-", "A/RES/72/179", "—"])
def test_a_question_with_nothing_to_search_is_one_line_and_exit_2(index_dir, question):
    result = run("ask", "--", question, index=index_dir, check=False)
    assert result.returncode == 2 and "nothing left to search" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_read_command_never_writes_an_index(tmp_path):
    folder = tmp_path / "not-an-index"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    for command in ("retrieve", "ask"):
        result = run(command, "children", "--index", folder, check=False)
        assert result.returncode == 2 and "is not an index" in result.stderr, result.stderr
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert not (tmp_path / "missing").exists() and run("retrieve", "x", "--index", tmp_path / "missing",
                                                         check=False).returncode == 2
    assert not (tmp_path / "missing").exists()


def test_compare_json_contract(index_dir):
    data = json.loads(run("compare", "72/179", "72/179", "--json", index=index_dir).stdout)
    assert set(data) == {"a", "b", "summary", "counts", "pairs"} and data["a"] == data["b"] == "A/RES/72/179"
    assert len(data["pairs"]) == 92 and {p["status"] for p in data["pairs"]} == {"unchanged"}
    series = json.loads(run("series", "72/179", "--json", index=index_dir).stdout)
    assert series == [{"symbol": "A/RES/72/179", "title": "Protection of migrants", "date": "2017-12-19"}]
    unknown = run("compare", "72/179", "80/218", index=index_dir, check=False)
    assert unknown.returncode == 2 and "closest: A/RES/72/179" in unknown.stderr
