import pytest

from assistant.documents.citation import citation, clause_label, is_preambular, ordinal, split_id
from assistant.documents.clause import Clause

ORDINALS = [(1, "first"), (2, "second"), (3, "third"), (10, "tenth"), (12, "twelfth"), (20, "twentieth"),
            (21, "twenty-first"), (32, "thirty-second"), (99, "ninety-ninth"), (100, "one hundredth"),
            (101, "one hundred first")]


@pytest.mark.parametrize("n, word", ORDINALS)
def test_ordinal(n, word):
    assert ordinal(n) == word


CITATIONS = [
    # id, numbered, label, citation
    ("PP10", True, "preambular paragraph 10", "A/RES/72/179, tenth preambular paragraph"),
    ("PP1", True, "preambular paragraph 1", "A/RES/72/179, first preambular paragraph"),
    ("OP4", True, "operative paragraph 4", "A/RES/72/179, para. 4"),
    ("OP4(k)", True, "operative paragraph 4 (k)", "A/RES/72/179, para. 4 (k)"),
    ("OP1(ii)", True, "operative paragraph 1 (ii)", "A/RES/72/179, para. 1 (ii)"),
    ("OP4(a)(i)", True, "operative paragraph 4 (a) (i)", "A/RES/72/179, para. 4 (a) (i)"),
    ("OP1", False, "first operative paragraph", "A/RES/72/179, first operative paragraph"),
    ("ANNEX.12", True, "annex, paragraph 12", "A/RES/72/179, annex, para. 12"),
    ("II.OP3", True, "section II, operative paragraph 3", "A/RES/72/179, sect. II, para. 3"),
    ("XIV.OP6(b)", True, "section XIV, operative paragraph 6 (b)", "A/RES/72/179, sect. XIV, para. 6 (b)"),
    ("II.PP2", True, "section II, preambular paragraph 2", "A/RES/72/179, sect. II, second preambular paragraph"),
    ("ANNEX.Art6.2", True, "annex, article 6, paragraph 2", "A/RES/72/179, annex, art. 6, para. 2"),
    ("ANNEX.Art40.12(a)", True, "annex, article 40, paragraph 12 (a)", "A/RES/72/179, annex, art. 40, para. 12 (a)"),
    ("ANNEXII.3", True, "annex II, paragraph 3", "A/RES/72/179, annex II, para. 3"),
    ("ANNEXIII.Rule20.2(b)", True, "annex III, rule 20, paragraph 2 (b)", "A/RES/72/179, annex III, rule 20, para. 2 (b)"),
    ("ANNEX.Art3.2", False, "annex, article 3, second paragraph", "A/RES/72/179, annex, art. 3, second paragraph"),
    ("ANNEX.Rule20.2", True, "annex, rule 20, paragraph 2", "A/RES/72/179, annex, rule 20, para. 2"),
    ("ANNEX.Art1.1(a)", False, "annex, article 1 (a)", "A/RES/72/179, annex, art. 1 (a)"),
    ("XX.OP1", False, "section XX, first operative paragraph", "A/RES/72/179, sect. XX, first operative paragraph"),
]


@pytest.mark.parametrize("clause_id, numbered, label, cited", CITATIONS)
def test_label_and_citation(clause_id, numbered, label, cited):
    assert clause_label(clause_id, numbered) == label
    clause = Clause(clause_id, "operative", label, "text")
    assert citation("A/RES/72/179", clause) == cited


@pytest.mark.parametrize("bad", ["", "OP", "P4", "OP4k", "op4", "OP4(K)", "II.", "IIOP3", "ii.OP3", "2.OP3", "ANNEX.Art.2",
                                 "Art6.2"])
def test_malformed_ids(bad):
    with pytest.raises(ValueError):
        split_id(bad)


def test_split_id():
    assert split_id("OP4(a)(i)") == ("OP", 4, ("a", "i"))
    assert split_id("II.OP6(b)") == ("II.OP", 6, ("b",))


@pytest.mark.parametrize("clause_id, preambular", [("PP3", True), ("II.PP1", True), ("OP3", False),
                                                   ("II.OP1", False), ("ANNEX.2", False)])
def test_is_preambular(clause_id, preambular):
    assert is_preambular(clause_id) == preambular
