"""The corpus gate: 61 resolutions of ../shared/corpus/ga-78-80 (eval/corpus/slice.txt) indexed with the real
model, and the corpus test split (eval/corpus/test.jsonl, filters as each question gives them) scored against
eval/corpus/floors.json."""

import json

import pytest
from assistant.embeddings.store import read_index
from assistant.eval.answer_eval import evaluate_answers
from assistant.eval.questions import EVAL_DIR, load_questions
from assistant.eval.retrieval_eval import evaluate

from assistant import Assistant
from assistant.search.indexing import build_index
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow
GATE = json.loads((EVAL_DIR / "corpus" / "floors.json").read_text())
SLICE = [CORPUS / "ga-78-80" / name for name in (EVAL_DIR / "corpus" / GATE["slice"]).read_text().split()]


@pytest.fixture(scope="module")
def corpus_assistant(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("corpus-slice") / "index"
    build_index(SLICE, folder, embedder, progress=False)
    return Assistant(read_index(folder), embedder)


@pytest.fixture(scope="module")
def scores(corpus_assistant):
    questions = load_questions(EVAL_DIR / "corpus" / GATE["split"])
    documents = [d["symbol"] for d in corpus_assistant.documents]
    retrieve = corpus_assistant.retrieve
    found = evaluate(lambda q, k: [p.key for p in retrieve(q.question, k, where=q.where())], questions, documents)
    return found | evaluate_answers(lambda q: corpus_assistant.answer(q.question, where=q.where()), questions,
                                    documents)


def test_the_slice_is_indexed_whole(corpus_assistant):
    assert len(SLICE) == 61 and len(corpus_assistant.documents) == 61


def test_every_gold_id_is_a_clause_of_the_slice(corpus_assistant):
    for split in ("dev.jsonl", "test.jsonl"):
        for question in load_questions(EVAL_DIR / "corpus" / split):
            for gold in question.gold:
                symbol, clause_id = gold.split("#")
                assert corpus_assistant.clause(symbol, clause_id) is not None, f"{question.id}: {gold}"


@pytest.mark.parametrize("metric", sorted(GATE["floors"]))
def test_metric_at_or_above_floor(scores, metric):
    assert scores[metric] >= GATE["floors"][metric], f"{metric} fell to {scores[metric]}"


@pytest.mark.parametrize("metric", sorted(GATE["ceilings"]))
def test_metric_at_or_below_ceiling(scores, metric):
    assert scores[metric] <= GATE["ceilings"][metric], f"{metric} rose to {scores[metric]}"


def test_a_provision_in_words_no_paragraph_close_to_it_uses_is_not_answered(corpus_assistant):
    # 79/109 uses "referendum" somewhere, not in the paragraphs that could answer (its first one was cited before)
    found = corpus_assistant.answer("Does resolution 79/109 set a date for a referendum on independence in Saint Helena?")
    assert found.abstained and not found.citations
    assert "the paragraphs closest to the question do not use" in found.answer and "“referendum”" in found.answer


def test_a_provision_the_closest_paragraphs_make_is_answered(corpus_assistant):
    found = corpus_assistant.answer("What role does resolution 79/169 give to education for peace?")
    assert not found.abstained and "A/RES/79/169" in {c.doc for c in found.citations}
