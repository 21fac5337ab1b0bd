"""Which retrieved clauses a grounded answer cites (pure: hand-made passages, the default policy)."""

import pytest

from assistant.grounded import Policy, select
from assistant.passage import Passage


def passage(clause_id, score, similarity, keyword, text=None, doc="A/RES/72/179", via="search"):
    return Passage(doc, clause_id, clause_id, f"{doc}, {clause_id}", score, text or f"text of {clause_id}",
                   via=via, similarity=similarity, keyword=keyword)


@pytest.mark.parametrize("passages, cited", [
    # a close runner-up is cited when the best clause shares the question's words...
    ([passage("OP1", 1.0, 0.7, 1.0), passage("OP2", 0.97, 0.6, 0.8), passage("OP3", 0.5, 0.5, 0.2)], ["OP1", "OP2"]),
    # ...not when the question is in other words than the text's
    ([passage("OP1", 1.0, 0.5, 0.1), passage("OP2", 0.97, 0.5, 0.1)], ["OP1"]),
    # the same words in another resolution are the same answer
    ([passage("OP1", 1.0, 0.5, 0.1, "Calls upon States"),
      passage("OP5", 0.99, 0.5, 0.1, "Calls upon  States", doc="A/RES/74/148")], ["OP1", "OP5"]),
    # too far from the question: nothing
    ([passage("OP1", 1.0, 0.2, 1.0)], []),
    # every paragraph using the topic's words
    ([passage("OP5(d)", 1.0, 0.5, 1.0, via="topic"), passage("OP5(h)", 1.0, 0.5, 1.0, via="topic"),
      passage("PP1", 0.9, 0.6, 0.2)], ["OP5(d)", "OP5(h)"]),
])
def test_select(passages, cited):
    assert [p.id for p in select(passages, Policy(), "What does it say?")] == cited
