"""The Document tab shows the resolutions an answer cites, not a whole large index (pure functions)."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.ui.render import answer_markdown, document_html, shown_documents

from assistant.answers.answer import Answer, Citation


def record(doc: str, clause_id: str, text: str = "Text.") -> SimpleNamespace:
    return SimpleNamespace(doc=doc, doc_title=f"Title of {doc}",
                           clause=SimpleNamespace(id=clause_id, text=text, parent=None))


RECORDS = [record("A/RES/72/179", "PP1"), record("A/RES/72/179", "OP1"), record("A/RES/74/148", "PP1"),
           record("A/RES/76/172", "OP4")]


def test_shown_documents_are_the_cited_ones_else_the_first():
    assert shown_documents(RECORDS, {"A/RES/76/172#OP4", "A/RES/74/148#PP1"}) == ["A/RES/74/148", "A/RES/76/172"]
    assert shown_documents(RECORDS, set()) == ["A/RES/72/179"]
    assert shown_documents([], set()) == []


def test_document_html_shows_only_the_documents_asked_for_and_marks_the_cited_clause():
    html = document_html(RECORDS, {"A/RES/76/172#OP4"}, ["A/RES/76/172"])
    assert "A/RES/76/172 — Title of A/RES/76/172" in html and "A/RES/72/179" not in html
    assert "<mark class='cited'><b>OP4</b>" in html
    assert html.count("<p ") == 1
    assert document_html(RECORDS, set()).count("<p ") == 4  # no list: every document


def test_sources_are_listed_under_the_markers_the_answer_uses():
    one = Citation("A/RES/72/179", "OP4(b)", "operative paragraph 4 (b)", "A/RES/72/179, para. 4 (b)", "ending detention")
    other = Citation("A/RES/74/148", "OP5(b)", "operative paragraph 5 (b)", "A/RES/74/148, para. 5 (b)", "ending detention")
    single = answer_markdown(Answer("q", "It encourages States to work towards ending detention [OP4(b)].", (one,)))
    assert "- **[OP4(b)]** A/RES/72/179, para. 4 (b)" in single
    both = answer_markdown(Answer("q", "It encourages … ending detention [A/RES/72/179#OP4(b)] [A/RES/74/148#OP5(b)].",
                                  (one, other)))
    assert "- **[A/RES/72/179#OP4(b)]** A/RES/72/179" in both and "- **[A/RES/74/148#OP5(b)]** A/RES/74/148" in both
