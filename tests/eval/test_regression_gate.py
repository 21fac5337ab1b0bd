"""The regression gate: the test split must stay at or above the floors in eval/floors.json."""

import json

import pytest
from assistant.eval.answer_eval import evaluate_answers
from assistant.eval.questions import EVAL_DIR, load_questions
from assistant.eval.retrieval_eval import evaluate

pytestmark = pytest.mark.slow
GATE = json.loads((EVAL_DIR / "floors.json").read_text())


@pytest.fixture(scope="module")
def scores(assistant):
    questions = load_questions(EVAL_DIR / GATE["split"])
    documents = [d["symbol"] for d in assistant.documents]
    retrieval = evaluate(lambda q, k: [p.key for p in assistant.retrieve(q.question, k)], questions, documents)
    return retrieval | evaluate_answers(lambda q: assistant.answer(q.question), questions, documents)


@pytest.mark.parametrize("metric", sorted(GATE["floors"]))
def test_metric_at_or_above_floor(scores, metric):
    assert scores[metric] >= GATE["floors"][metric], f"{metric} fell to {scores[metric]}"


@pytest.mark.parametrize("metric", sorted(GATE["ceilings"]))
def test_metric_at_or_below_ceiling(scores, metric):
    assert scores[metric] <= GATE["ceilings"][metric], f"{metric} rose to {scores[metric]}"
