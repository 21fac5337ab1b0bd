"""Which encoder a model name opens, and the ONNX path against the torch one: the same vectors, no torch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import numpy as np
import pytest
from assistant.embeddings.encoder import DEFAULT_MODEL, INT8, MINILM, MPNET, PAIR, UnknownModel, open_embedder
from assistant.embeddings.onnx import OnnxEmbedder
from assistant.embeddings.sentence import SentenceTransformerEmbedder
from assistant.eval.questions import EVAL_DIR, load_questions

from tests.conftest import ROOT, SEED


def test_model_names_open_the_right_encoders(monkeypatch):
    monkeypatch.delenv("ASSISTANT_MODEL", raising=False)
    monkeypatch.delenv("ASSISTANT_BACKEND", raising=False)
    assert open_embedder().name == DEFAULT_MODEL == MINILM + INT8
    assert isinstance(open_embedder(MINILM), OnnxEmbedder)
    assert [m.name for m in open_embedder(PAIR).members] == [MINILM, MPNET]
    assert open_embedder(MINILM + INT8).name == MINILM + INT8
    assert isinstance(open_embedder(MINILM, backend="torch"), SentenceTransformerEmbedder)
    monkeypatch.setenv("ASSISTANT_MODEL", MPNET)
    assert open_embedder().name == MPNET
    monkeypatch.setenv("ASSISTANT_BACKEND", "tensorflow")
    with pytest.raises(UnknownModel, match="ASSISTANT_BACKEND"):
        open_embedder()


def test_a_folder_without_a_model_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="no sentence-transformers model"):
        open_embedder(str(tmp_path))


@pytest.mark.slow
@pytest.mark.parametrize("model", [MINILM, MPNET])
def test_onnx_vectors_are_the_torch_vectors(model, seed_resolution):
    """Every dev question and every clause of the bundled resolution, through both paths: cosine >= 0.999."""
    texts = [q.question for q in load_questions(EVAL_DIR / "dev.jsonl")] + [c.text for c in seed_resolution.clauses]
    onnx, torch = open_embedder(model), open_embedder(model, backend="torch")
    cosines = np.sum(onnx.encode(texts) * torch.encode(texts), axis=1)
    assert cosines.min() >= 0.999, f"{int((cosines < 0.999).sum())} texts under 0.999, least {cosines.min():.5f}"


@pytest.mark.slow
def test_the_int8_model_stays_close_to_the_float_one(seed_resolution):
    texts = [c.text for c in seed_resolution.clauses]
    cosines = np.sum(open_embedder(MINILM + INT8).encode(texts) * open_embedder(MINILM).encode(texts), axis=1)
    assert cosines.mean() > 0.98 and cosines.min() > 0.95


@pytest.mark.slow
def test_many_texts_spread_over_the_cores_get_the_vectors_one_run_each_gives(seed_resolution, monkeypatch):
    from assistant.embeddings import onnx

    texts = [c.text for c in seed_resolution.clauses][:40]
    embedder = open_embedder(MINILM + INT8)
    monkeypatch.setenv("ASSISTANT_THREADS", "2")
    spread = embedder.encode(texts)
    assert embedder._bulk is not None  # 40 texts: the worker pool took them
    one_by_one = np.stack([embedder.encode([t])[0] for t in texts])  # one run each, on the query session
    assert np.allclose(spread, one_by_one, atol=1e-6)
    monkeypatch.setattr(onnx, "BULK", 10**6)
    assert np.allclose(open_embedder(MINILM + INT8).encode(texts), spread, atol=1e-6)


PROBE = ("import sys, runpy, atexit\n"
         "atexit.register(lambda: print('LOADED', 'torch' in sys.modules, 'sentence_transformers' in sys.modules,"
         " 'bm25s' in sys.modules, file=sys.stderr, flush=True))\n"
         "sys.argv = ['assistant', *sys.argv[1:]]\n"
         "runpy.run_module('assistant.cli', run_name='__main__')\n")


@pytest.mark.slow
@pytest.mark.parametrize("command", [["retrieve", "Can migrant children be detained?", "--json"],
                                     ["ask", "Can migrant children be detained?", "--json"],
                                     ["eval", "eval/test.jsonl", "--json"]])
def test_reading_commands_import_neither_torch_nor_sentence_transformers(command, index_dir):
    """Run as a user runs them, in a fresh process: the modules loaded at exit say what was imported (nor bm25s,
    which imports scipy: the saved BM25 scores are read with numpy)."""
    result = subprocess.run([sys.executable, "-c", PROBE, *command, "--index", str(index_dir)], capture_output=True,
                            text=True, cwd=ROOT, env=os.environ | {"HF_HUB_OFFLINE": "1"}, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "LOADED False False False" in result.stderr


@pytest.mark.slow
def test_serve_imports_neither_torch_nor_sentence_transformers(index_dir):
    import httpx

    from tests.ui.conftest import free_port, wait_for

    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", PROBE, "serve", "--port", str(port), "--index", str(index_dir)],
                              cwd=ROOT, env=os.environ | {"HF_HUB_OFFLINE": "1"}, stderr=subprocess.PIPE, text=True)
    try:
        url = wait_for(server, f"http://127.0.0.1:{port}")
        answer = httpx.post(f"{url}/api/v1/ask", json={"question": "Can migrant children be detained?"}, timeout=60)
        assert answer.status_code == 200
    finally:
        server.send_signal(signal.SIGINT)  # uvicorn re-raises it after shutting down: a KeyboardInterrupt, then atexit
        _, errors = server.communicate(timeout=60)
    assert "LOADED False False" in errors


def test_a_corrupt_or_missing_export_is_made_again(tmp_path, monkeypatch, capsys):
    """The export's stamp holds its SHA-256: changed bytes, or no file, mean a new export, said in one line."""
    from assistant.embeddings import export

    monkeypatch.setenv("ASSISTANT_CACHE", str(tmp_path))
    made = []
    monkeypatch.setattr(export, "_export", lambda source, path: made.append(path) or path.write_bytes(b"model"))
    first = export.exported(MINILM, SEED.parent)
    assert made == [first] and "Exporting bundled:all-MiniLM-L6-v2 to ONNX (missing)" in capsys.readouterr().err
    assert export.exported(MINILM, SEED.parent) == first and len(made) == 1  # stamped: used as it is
    first.write_bytes(b"mode!")  # same size, other bytes, a new time
    export.exported(MINILM, SEED.parent)
    assert len(made) == 2 and "(changed since export)" in capsys.readouterr().err
    stamp = json.loads(first.with_name(first.name + ".json").read_text())
    assert set(stamp) == {"sha256", "size", "mtime_ns"}
