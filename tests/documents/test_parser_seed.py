"""The bundled resolution parses into exactly its 92 clauses, with the resolution's own words."""

import re

import pytest

PP = [f"PP{n}" for n in range(1, 33)]
OP = []
SUBS = {3: "abcdef", 4: "abcdefghijklmno", 5: "abcdefghijkl", 9: "abcdefg"}
for n in range(1, 21):
    OP.append(f"OP{n}")
    OP += [f"OP{n}({letter})" for letter in SUBS.get(n, "")]
EXPECTED_IDS = PP + OP


def test_metadata(seed_resolution):
    assert (seed_resolution.symbol, seed_resolution.title, seed_resolution.date) == \
        ("A/RES/72/179", "Protection of migrants", "2017-12-19")


def test_exact_clause_ids(seed_resolution):
    assert len(seed_resolution.clauses) == 92
    assert [c.id for c in seed_resolution.clauses] == EXPECTED_IDS


FULL_TEXTS = {
    "PP4": "Reaffirming further that everyone has the right to recognition everywhere as a person before the law,",
    "PP2": "Reaffirming the Universal Declaration of Human Rights, which proclaims that all human beings are born "
           "free and equal in dignity and rights and that everyone is entitled to all the rights and freedoms set "
           "out therein, without distinction of any kind, in particular as to race,",
    # broken by the page header 17-23170
    "OP3(e)": "Calls upon States that have not done so to consider signing and ratifying or acceding to the "
              "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their "
              "Families as a matter of priority, and requests the Secretary-General to continue his efforts to "
              "promote and raise awareness of the Convention;",
    # broken by a footnote rule
    "OP4(h)": "Also calls upon States to prosecute, in conformity with applicable law, acts of violation of the human "
              "rights of migrants and their families, such as arbitrary detention, torture and violations of the "
              "right to life, including extrajudicial executions, during their transit from the country of origin "
              "to the country of destination and vice versa, including transit across national borders;",
    # broken by a page
    "OP5(d)": "Welcomes immigration programmes, adopted by some countries, that allow migrants to integrate fully "
              "into the host countries, facilitate family reunification and promote a harmonious, tolerant and "
              "respectful environment, and encourages States to consider the possibility of adopting these types "
              "of programmes;",
    "OP4(b)": "Encourages States to put in place, if they have not yet done so, appropriate systems and procedures "
              "in order to ensure that the best interests of the child are a primary consideration in all actions "
              "or decisions concerning migrant children, regardless of their migration status, and, when "
              "applicable, to work towards ending the detention of migrant children;",
    "OP20": "Decides to remain seized of the matter.",
}


@pytest.mark.parametrize("clause_id", sorted(FULL_TEXTS))
def test_full_texts(seed_resolution, clause_id):
    assert seed_resolution.clause(clause_id).text == FULL_TEXTS[clause_id]


LABELS = [
    ("PP10", "preambular", "preambular paragraph 10", None),
    ("OP4", "operative", "operative paragraph 4", None),
    ("OP4(k)", "subparagraph", "operative paragraph 4 (k)", "OP4"),
    ("OP9(g)", "subparagraph", "operative paragraph 9 (g)", "OP9"),
]


@pytest.mark.parametrize("clause_id, kind, label, parent", LABELS)
def test_kinds_labels_parents(seed_resolution, clause_id, kind, label, parent):
    clause = seed_resolution.clause(clause_id)
    assert (clause.kind, clause.label, clause.parent) == (kind, label, parent)


def test_chapeau_of_op4_ends_with_therefore(seed_resolution):
    assert seed_resolution.clause("OP4").text.endswith("and therefore:")


def test_no_page_furniture_or_markers_left(seed_resolution):
    for clause in seed_resolution.clauses:
        assert "17-23170" not in clause.text and "___" not in clause.text
        assert not re.search(r"\s[,;:.]", clause.text), clause.id
        assert not re.search(r"[,;] \d{1,2}\b(?! (?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December|to))", clause.text), clause.id


def test_footnotes_kept(seed_resolution):
    numbers = sorted({f.number for c in seed_resolution.clauses for f in c.footnotes})
    assert numbers == list(range(1, 33))
    assert [f.number for f in seed_resolution.clause("PP1").footnotes] == [1]
    assert [f.number for f in seed_resolution.clause("OP4(k)").footnotes] == [10]


@pytest.mark.parametrize("clause_id, fragment", [
    ("PP1", "resolution 70/147 of 17 December 2015"),
    ("PP11", "advisory opinion OC 16/99 of 1 October 1999"),
    ("OP4(m)", "Domestic Workers Convention, 2011 (No. 189), on decent work"),
    ("PP15", "Sustainable Development Goals 8 and 10, including"),
    ("OP9(b)", "including its target 10.7 on the facilitation"),
    ("PP10", "resolutions 2006/2 of 10 May 2006 and 2009/1 of 3 April 2009, and its resolution 2013/1"),
    ("OP13", "held on 3 and 4 October 2013;"),
])
def test_numbers_of_the_text_survive(seed_resolution, clause_id, fragment):
    assert fragment in seed_resolution.clause(clause_id).text
