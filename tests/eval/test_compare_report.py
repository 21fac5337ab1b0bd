"""`--compare` scores four configurations in one run; `--out` writes a Markdown report and a PNG chart."""

import pytest
from assistant.eval.baseline import NGRAM, paragraph_ids, unique_ngrams
from assistant.eval.compare import compare
from assistant.eval.questions import EVAL_DIR, load_questions
from assistant.eval.report import write_report

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reports(assistant):
    return compare(assistant, load_questions(EVAL_DIR / "dev.jsonl"))


def test_four_configurations_with_kinds_and_breadth(reports):
    assert list(reports) == ["bm25", "dense", "hybrid", "naive"]
    for report in reports.values():
        assert {"hit@1", "hit@5", "recall@5", "mrr@10", "ndcg@10", "ids@5", "by_kind"} <= set(report)
    # a 1000-character chunk spans several paragraphs; a clause is one
    assert reports["naive"]["ids@5"] > 10 and reports["hybrid"]["ids@5"] == 5
    # explicit references are looked up by the hybrid, not found by search alone
    assert reports["hybrid"]["by_kind"]["reference"]["hit@1"] == 1.0
    assert reports["dense"]["by_kind"]["reference"]["hit@1"] < 0.5
    assert reports["hybrid"]["hit@1"] > max(reports[n]["hit@1"] for n in ("bm25", "dense", "naive"))


def test_report_files(reports, tmp_path):
    path = write_report(tmp_path, "dev", reports)
    text = path.read_text()
    assert "| hybrid |" in text and "## Failed questions" in text and "chart.png" in text
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_chunk_cites_every_paragraph_it_contains(seed_resolution):
    from assistant.search.indexing import records_for

    records = records_for(seed_resolution)
    owners = unique_ngrams(records)
    chunk = ("to put an end to arbitrary arrest and detention and something else entirely. Encourages States to "
             "put in place, if they have not yet done so, appropriate systems and procedures")
    assert paragraph_ids(chunk, owners) == {"A/RES/72/179#OP4(a)", "A/RES/72/179#OP4(b)"}
    assert NGRAM == 6
