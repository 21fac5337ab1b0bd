"""A topic read as a phrase (language/phrases.py): table-driven cases."""

import pytest

from assistant.language.phrases import phrase_runs


@pytest.mark.parametrize("topic, text, run", [
    ("Inter-Agency Coordination Group Plan Action", "Takes note of the Inter-Agency Coordination Group Plan of Action",
     1.0),  # the whole topic, function words between its words left aside
    ("Inter-Agency Coordination Group Plan Action", "Recognizing that the Inter-Agency Coordination Group contributes "
     "to the Global Plan of Action", 0.6),  # four words in a row ("inter-agency" is two), of six
    ("Pacific regional seminar", "the holding of regional seminars in the Caribbean and Pacific regions", 0.5),
    ("Pacific regional seminar", "Welcoming the Pacific regional seminar held in Dili", 1.0),
    ("seminar", "Welcoming the Pacific regional seminar", 0.0),  # one word says nothing of a phrase
    ("Pacific regional seminar", "Requests the Special Committee to report", 0.0),
    ("number States joined Convention Cluster Munitions", "Noting that 124 States have joined the Convention", 0.5),
    ("number States joined Convention Cluster Munitions", "to attend the Meeting of States Parties to the Convention "
     "on Cluster Munitions", 0.0),  # the title's words left out: every paragraph of the series names the Convention
])
def test_the_topic_read_as_a_phrase(topic, text, run):
    assert phrase_runs(topic, [text], "Implementation of the Convention on Cluster Munitions")[0] == pytest.approx(run)
