"""Retrieval with the real bundled model and a real FAISS index."""

import numpy as np
import pytest
from assistant.embeddings.store import IndexProblem

from assistant import Assistant
from assistant.questions.typed import MAX_QUESTION_CHARS, QuestionError
from assistant.search.fusion import Fusion

pytestmark = pytest.mark.slow


def top_ids(assistant, question, k=5, **kw):
    return [p.id for p in assistant.retrieve(question, k, **kw)]


@pytest.mark.parametrize("question, expected", [
    ("Can migrant children be detained?", "OP4(b)"),
    ("Does a detained foreigner have the right to talk to their consulate?", "OP4(k)"),
    ("What does the resolution say about remittances?", "OP4(n)"),
])
def test_plain_questions_find_their_paragraph(assistant, question, expected):
    assert top_ids(assistant, question)[0] == expected


@pytest.mark.parametrize("question, expected", [
    ("What does paragraph 4 (k) say?", ["OP4(k)"]),
    ("para. 4(k)", ["OP4(k)"]),
    ("OP 9(a)", ["OP9(a)"]),
    ("operative paragraph 12", ["OP12"]),
    ("PP10", ["PP10"]),
    ("the tenth preambular paragraph", ["PP10"]),
    ("sub-paragraph (b) of paragraph 4", ["OP4(b)"]),
    ("What do paragraphs 15 and 16 say?", ["OP15", "OP16"]),
])
def test_explicit_references_are_looked_up(assistant, question, expected):
    passages = assistant.retrieve(question, 5)
    assert [p.id for p in passages[:len(expected)]] == expected
    assert all(p.via == "reference" for p in passages[:len(expected)])


def test_reference_to_missing_paragraph_is_not_invented(assistant):
    passages = assistant.retrieve("What does paragraph 21 say?", 5)
    assert all(p.via == "search" for p in passages)
    assert "OP21" not in [p.id for p in passages]


def test_passage_fields(assistant):
    passage = assistant.retrieve("What does paragraph 4 (k) say?", 1)[0]
    assert passage.doc == "A/RES/72/179"
    assert passage.label == "operative paragraph 4 (k)"
    assert passage.citation == "A/RES/72/179, para. 4 (k)"
    assert passage.chapeau.endswith("and therefore:")
    assert passage.text.startswith("Reaffirms emphatically the duty of States parties")


def test_k_results_without_duplicates(assistant):
    ids = top_ids(assistant, "protection of migrant workers", k=20)
    assert len(ids) == 20 == len(set(ids))


@pytest.mark.parametrize("question, k, message", [
    ("", 5, "empty"),
    ("   \n ", 5, "empty"),
    ("x" * (MAX_QUESTION_CHARS + 1), 5, "too long"),
    ("children", 0, "k must be"),
    ("children", 101, "k must be"),
])
def test_bad_input(assistant, question, k, message):
    with pytest.raises(QuestionError, match=message):
        assistant.retrieve(question, k)


def test_hybrid_beats_bm25_alone_on_a_paraphrase(assistant):
    question = "Should kids be kept in immigration lockups?"
    assert top_ids(assistant, question)[0] == "OP4(b)"
    assert top_ids(assistant, question, fusion=Fusion("bm25"))[0] != "OP4(b)"


def test_index_built_by_another_model_is_refused(index_dir, tmp_path):
    import json
    import shutil

    other = tmp_path / "other"
    shutil.copytree(index_dir, other)
    manifest = json.loads((other / "manifest.json").read_text())
    (other / "manifest.json").write_text(json.dumps(manifest | {"model": "/models/some-other-model"}))
    with pytest.raises(IndexProblem, match="built with /models/some-other-model"):
        Assistant.open(other, build=False)


def test_a_question_about_the_preamble_retrieves_only_preambular_paragraphs(assistant):
    passages = assistant.retrieve("Which human rights treaties does the resolution recall in its preamble?", 8)
    assert passages and all(p.id.startswith("PP") for p in passages)
    assert "PP5" in [p.id for p in passages[:3]]
    unscoped = assistant.retrieve("Which human rights treaties does the resolution recall?", 8)
    assert any(not p.id.startswith("PP") for p in unscoped)  # the scope is what narrowed it


def test_a_clause_scores_by_its_best_window(assistant):
    """One model: a clause's window score is its best window's cosine; its whole score, the cosine of its own
    vector mixed with its vector in context (its own and its title's)."""
    import numpy as np

    from assistant.search.encoding import in_context, mixed, segments_of

    question = "Can migrant children be detained?"
    row = next(i for i, r in enumerate(assistant.records) if r.clause.id == "OP4(b)")
    whole, window = assistant.searcher.similarities(question)
    q = assistant.embedder.encode([question])[0]
    record = assistant.records[row]
    own = assistant.embedder.encode([record.embed_text])
    clause = mixed(own, in_context([record], own, assistant.embedder.encode([record.doc_title])))[0]
    assert whole[row] == pytest.approx(float(clause @ q), abs=1e-3)
    assert window[row] == pytest.approx(float(np.max(assistant.embedder.encode(segments_of(record.embed_text)) @ q)),
                                        abs=1e-4)


@pytest.mark.slow
def test_each_model_of_the_pair_scores_a_clause_by_its_own_best_window(pair_assistant):
    """The pair: a clause's window score is the mean of each model's best window, not the best of means."""
    assistant = pair_assistant
    import numpy as np

    from assistant.search.encoding import in_context, mixed, segments_of

    question = "Can migrant children be detained?"
    row = next(i for i, r in enumerate(assistant.records) if r.clause.id == "OP4(b)")
    whole, window = assistant.searcher.similarities(question)
    record, pair = assistant.records[row], assistant.embedder
    own = pair.encode([record.embed_text])
    expected_whole = float(mixed(own, in_context([record], own, pair.encode([record.doc_title])))[0]
                           @ pair.encode([question])[0])
    expected_window = 0.0
    for member, weight in zip(pair.members, pair.weights):
        q = member.encode([question])[0]
        expected_window += weight * float(np.max(member.encode(segments_of(record.embed_text)) @ q))
    assert whole[row] == pytest.approx(expected_whole, abs=1e-3)
    assert window[row] == pytest.approx(expected_window, abs=1e-4)


def test_a_searcher_a_reload_replaces_is_freed(index_dir, embedder):
    """Nothing a searcher keeps for later questions (scopes, the rows holding a string) keeps it alive once a reload
    has replaced it: a server taking uploads would otherwise hold every index it has served."""
    import gc
    import weakref

    assistant = Assistant.open(index_dir)
    assistant.retrieve("Where is the Global Compact for Migration mentioned?", 5, where=None)
    assistant.searcher.rows_of({"A/RES/72/179"})
    replaced = weakref.ref(assistant.searcher)
    assistant.reload()
    gc.collect()
    assert replaced() is None


@pytest.fixture(scope="module")
def two_resolutions(tmp_path_factory, embedder):
    from tests.conftest import CORPUS, assistant_over

    return assistant_over([CORPUS / "ga-78-80" / "A_RES_78_122.txt", CORPUS / "ga-78-80" / "A_RES_78_289.txt"],
                          tmp_path_factory.mktemp("two") / "index", embedder)


def test_the_preamble_weighs_less_among_several_resolutions_than_within_one(two_resolutions, assistant):
    searcher, fusion = two_resolutions.searcher, two_resolutions.searcher.fusion
    assert searcher.preamble_weight(fusion) == fusion.preamble_weight == 0.8
    assert searcher.preamble_weight(fusion, searcher.rows_of({"A/RES/78/289"})) == fusion.single_preamble_weight == 0.9
    assert searcher.preamble_weight(fusion, searcher.rows_of({"A/RES/78/122", "A/RES/78/289"})) == 0.8
    assert assistant.searcher.preamble_weight(fusion) == 0.9  # the bundled index holds one resolution
    # in the scores themselves: a preambular paragraph of the one resolution searched loses a tenth
    question = two_resolutions.read("What does the Assembly recognize about cooperatives?")
    rows = searcher.rows_of({"A/RES/78/289"})
    weighed = searcher.scores(question, rows=rows)[0][rows]
    plain = searcher.scores(question, Fusion(**{**vars(fusion), "preamble_weight": 1.0,
                                                "single_preamble_weight": None}), rows=rows)[0][rows]
    preambular = searcher.preambular[rows]
    assert preambular.any() and np.allclose(weighed[preambular], 0.9 * plain[preambular], atol=1e-5)
    assert np.allclose(weighed[~preambular], plain[~preambular], atol=1e-5)
