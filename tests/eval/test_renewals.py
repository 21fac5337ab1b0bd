"""`assistant eval --renewals`: a citation of a gold paragraph's renewal (the same words in a later resolution)
counts as the gold paragraph; strict scoring does not. Real model and index of two renewals."""

from __future__ import annotations

import json

import pytest
from assistant.eval.answer_eval import evaluate_answers
from assistant.eval.questions import Question
from assistant.eval.renewals import renewal_of_gold

from tests.cli.test_cli import run
from tests.conftest import CORPUS, SEED

pytestmark = pytest.mark.slow
DETENTION = Question("r1", "Can a country detain migrant children?", ("A/RES/72/179#OP4(b)",))


@pytest.fixture(scope="module")
def two(tmp_path_factory, embedder):
    from assistant.embeddings.store import read_index

    from assistant import Assistant
    from assistant.search.indexing import build_index

    folder = tmp_path_factory.mktemp("renewed") / "index"
    build_index([SEED, CORPUS / "curated" / "A_RES_74_148.txt"], folder, embedder, progress=False)
    return Assistant(read_index(folder), embedder), folder


@pytest.mark.parametrize("key, gold, expected", [
    ("A/RES/74/148#OP5(b)", {"A/RES/72/179#OP4(b)"}, "A/RES/72/179#OP4(b)"),  # the same words, renewed
    ("A/RES/74/148#OP1", {"A/RES/72/179#OP4(b)"}, "A/RES/74/148#OP1"),  # other words
    ("A/RES/72/179#OP4(b)", {"A/RES/72/179#OP4(b)"}, "A/RES/72/179#OP4(b)"),  # gold itself
    ("A/RES/72/179#OP4(a)", {"A/RES/72/179#OP4(b)"}, "A/RES/72/179#OP4(a)"),  # one resolution: never a renewal
])
def test_renewal_of_gold(two, key, gold, expected):
    assert renewal_of_gold(two[0])(key, gold) == expected


def test_the_latest_renewal_counts_only_with_renewals(two):
    assistant, _ = two
    answerer = lambda q: assistant.answer(q.question)  # noqa: E731
    documents = [d["symbol"] for d in assistant.documents]
    strict = evaluate_answers(answerer, [DETENTION], documents)
    renewed = evaluate_answers(answerer, [DETENTION], documents, as_gold=renewal_of_gold(assistant))
    assert strict["citation_recall"] == 0.0  # cited from A/RES/74/148, the latest
    assert renewed["citation_recall"] == 1.0


def test_eval_renewals_flag(two, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": "r1", "question": DETENTION.question, "gold": list(DETENTION.gold)}) + "\n")
    strict = json.loads(run("eval", questions, "--json", "--answers", index=two[1]).stdout)
    renewed = json.loads(run("eval", questions, "--json", "--answers", "--renewals", index=two[1]).stdout)
    assert strict["citation_recall"] == 0.0 and renewed["citation_recall"] == 1.0
