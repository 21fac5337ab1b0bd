import pytest

from assistant.questions.references import Reference, find_references

CASES = [
    ("What does paragraph 4 (k) say?", ["OP4(k)"]),
    ("para. 4(k)", ["OP4(k)"]),
    ("Show me OP 9(a).", ["OP9(a)"]),
    ("OP4 b please", ["OP4(b)"]),
    ("Summarize OP4b", ["OP4(b)"]),
    ("What is in operative paragraph 12?", ["OP12"]),
    ("PP10", ["PP10"]),
    ("what does pp 10 recall", ["PP10"]),
    ("preambular paragraph 28", ["PP28"]),
    ("the tenth preambular paragraph", ["PP10"]),
    ("the twenty-second preambular paragraph", ["PP22"]),
    ("the second operative paragraph", ["OP2"]),
    ("sub-paragraph (b) of paragraph 4", ["OP4(b)"]),
    ("subparagraph (b) of operative paragraph 4", ["OP4(b)"]),
    ("paragraph 4, subparagraph (n)", ["OP4(n)"]),
    ("subparagraph 4 (b)", ["OP4(b)"]),
    ("paragraph 1 (ii)", ["OP1(ii)"]),
    ("paragraph four", ["OP4"]),
    ("paragraphs 15 and 16", ["OP15", "OP16"]),
    ("paras. 3, 4 and 6", ["OP3", "OP4", "OP6"]),
    ("annex, paragraph 12", ["ANNEX.12"]),
    ("annex II, paragraph 3", ["ANNEXII.3"]),
    ("section II, paragraph 3 of resolution 78/253", ["II.OP3"]),
    ("paragraph 6 (b) of section II", ["II.OP6(b)"]),
    ("sect. XIV, para. 2", ["XIV.OP2"]),
    ("Section 2, paragraph 4", ["OP4"]),  # a numbered section is not a resolution's roman one
    # numbers that are not paragraph references
    ("Sustainable Development Goals 8 and 10", []),
    ("target 10.7 of the 2030 Agenda", []),
    ("article 5 of resolution 70/147", []),
    ("Can migrant children be detained?", []),
    ("the top 5 paragraphs on detention", []),
]


@pytest.mark.parametrize("question, expected", CASES)
def test_find_references(question, expected):
    assert [r.clause_id for r in find_references(question)] == expected


@pytest.mark.parametrize("question, doc", [
    ("paragraph 4 (b) of resolution 78/217", "A/RES/78/217"),
    ("What does A/RES/72/179 para. 5 (h) say?", "A/RES/72/179"),
    ("paragraph 2 of resolution 242 (1967)", "S/RES/242 (1967)"),
    ("paragraph 2", None),
])
def test_document_named_with_the_reference(question, doc):
    assert find_references(question)[0] == Reference(find_references(question)[0].clause_id, doc)
