"""Acronyms spelled out in a question (questions.acronyms): those the indexed text spells out, and the United
Nations' own that it never does (language.acronyms). Table-driven, and over a real index of three forces' budgets."""

import pytest

from assistant.questions.acronyms import spelled_out
from tests.conftest import CORPUS, assistant_over

FROM_TEXT = {"ilo": "International Labour Organization", "unifil": "the words an index happens to use",
             "npt": "Nay Pyi Taw", "ai": "artificial intelligence"}


@pytest.mark.parametrize("question, spelled", [
    ("What does the ILO do?", "What does the ILO (International Labour Organization) do?"),
    # a mission's acronym no text spells out in its own letters
    ("How much was appropriated for MINURSO?",
     "How much was appropriated for MINURSO (United Nations Mission for the Referendum in Western Sahara)?"),
    ("How much for UNFICYP?", "How much for UNFICYP (United Nations Peacekeeping Force in Cyprus)?"),  # 7 letters
    # the list's words win over a run of capitals an index found with the same initials (2026-12-07: over the corpus
    # "NPT" was "Nay Pyi Taw"); what the list does not hold, the index spells out
    ("What about UNIFIL?", "What about UNIFIL (United Nations Interim Force in Lebanon)?"),
    ("Who reviews the NPT?", "Who reviews the NPT (Treaty on the Non-Proliferation of Nuclear Weapons)?"),
    ("What about AI?", "What about AI (artificial intelligence)?"),
    ("Aid to SIDS?", "Aid to SIDS (small island developing States)?"),
    # a plural is left to the model: "ICTs" spelled out moved a corpus dev question to the title's words (c007)
    ("Can NGOs attend?", "Can NGOs attend?"),
    ("What does A/RES/72/179 say?", "What does A/RES/72/179 say?"),  # a symbol's letters are not an acronym
    ("What does WHATEVER mean?", "What does WHATEVER mean?"),  # capitals no one knows stay as they are
])
def test_spelled_out(question, spelled):
    assert spelled_out(question, lambda: FROM_TEXT) == spelled


def test_the_index_is_not_read_for_a_question_without_capitals():
    def unread():
        raise AssertionError("read")

    assert spelled_out("can migrant children be detained?", unread) == "can migrant children be detained?"


@pytest.fixture(scope="module")
def three_forces(tmp_path_factory, embedder):
    files = [CORPUS / "ga-78-80" / f"A_RES_{n}.txt" for n in ("78_304", "78_305", "78_306")]  # UNDOF, UNIFIL, UNMISS
    return assistant_over(files, tmp_path_factory.mktemp("forces") / "index", embedder)


@pytest.mark.parametrize("question, doc", [
    ("How much was appropriated for UNIFIL?", "A/RES/78/305"),  # Interim Force in Lebanon: not its initials
    ("How much was appropriated for UNMISS?", "A/RES/78/306"),
    ("How much was appropriated for UNDOF?", "A/RES/78/304"),
])
@pytest.mark.slow
def test_a_mission_asked_about_by_its_acronym_is_found_by_its_name(three_forces, question, doc):
    assert three_forces.retrieve(question, 1)[0].doc == doc
