"""Reading questions about change (questions.changes): table-driven."""

import pytest

from assistant.questions.changes import asked_change


@pytest.mark.parametrize("question, kind, years, earlier, topic", [
    ("How did the language on detaining migrant children change between 2017 and 2025?", "changed", (2017, 2025),
     False, "detaining migrant children"),
    ("What changed in the first preambular paragraph between 78/217 and 80/218?", "changed", (), False,
     "first preambular"),
    ("What is new in 80/218 on search and rescue?", "new", (), False, "search rescue"),
    ("What did the 2025 resolution add about pushbacks?", "new", (2025,), False, "pushbacks"),
    ("What did the 2025 resolution newly say about the Games?", "new", (2025,), False, "Games"),
    # a year after a name is the name's ("Paris 2024"), not a version's; a month's is a date
    ("Which paragraph of the 2023 resolution on Paris 2024 was dropped?", "dropped", (2023,), False, "Paris"),
    ("How did the text change between December 2023 and 2025?", "changed", (2023, 2025), False, "December"),
    ("What did the 2025 resolution on operational activities for development of the United Nations system add "
     "about the funding compact?", "new", (2025,), False, "operational activities for development United Nations "
     "system funding compact"),
    ("Was the paragraph on the decent work agenda dropped after 78/217?", "dropped", (), True, "decent work agenda"),
    # "after 2023" names the earlier version; 2004 dates the opinion, which the answer finds no version of
    ("Was the paragraph on the 2004 advisory opinion dropped after 2023?", "dropped", (2004, 2023), True,
     "advisory opinion"),
    ("Did the 2025 resolution keep the reference to the Global Forum?", "dropped", (2025,), False, "Global Forum"),
    ("Is the paragraph on diasporas still in the 2025 text?", "dropped", (2025,), False, "diasporas"),
    ("Did the 2025 resolution change the paragraph on the Ad Hoc Committee, compared with 2023?", "changed",
     (2025, 2023), False, "Ad Hoc Committee"),
    ("What does the 2025 text say on remittances compared to 2019?", "changed", (2025, 2019), False,
     "remittances"),
    # a resolution that changes has versions, with no year named; a verb of dropping that ends the question
    ("How did the resolution on sand and dust storms change?", "changed", (), False, "sand dust storms"),
    ("How has the Protection of migrants resolution changed over the years?", "changed", (), False,
     "Protection migrants"),
    ("What did the 2025 Arms Trade Treaty resolution drop?", "dropped", (2025,), False, "Arms Trade Treaty"),
    ("What did the 2025 resolution omit?", "dropped", (2025,), False, ""),
    # the verb of dropping ends its clause before the comparison; "what new X", "which new X"; the Assembly's
    # possessive is every paragraph's, not a subject
    ("Which paragraph on the pandemic did the 2025 Bermuda resolution drop, compared with 2023?", "dropped",
     (2025, 2023), False, "pandemic Bermuda"),
    ("What did the 2025 resolution remove, compared with 2024, about the pandemic?", "dropped", (2025, 2024), False,
     "pandemic"),
    ("What new paragraph on wildlife did the 2025 resolution include, compared with 2024?", "new", (2025, 2024),
     False, "wildlife include"),
    ("Which new paragraph on the Decade appears in the 2025 resolution?", "new", (2025,), False, "Decade appears"),
    ("How did the Assembly's commendation of the Scientific Committee change between 2024 and 2025?", "changed",
     (2024, 2025), False, "commendation Scientific Committee"),
    ("How did the General Assembly’s reference to the Treaty change between 2024 and 2025?", "changed", (2024, 2025),
     False, "Treaty"),
    # asked of the whole text: nothing left but the series' words
    ("Compare the 2023 and 2025 resolutions on cluster munitions", "changed", (2023, 2025), False, "cluster munitions"),
    ("What are the differences between 78/217 and 80/218?", "changed", (), False, ""),
    ("What is different in the 2025 resolution on migrants?", "changed", (2025,), False, "migrants"),
    ("What has changed in the latest resolution on the Olympic Truce?", "changed", (), False, "Olympic Truce"),
    ("Is there anything new in the 2025 trafficking resolution?", "new", (2025,), False, "trafficking"),
    ("How did the paragraph welcoming the latest ratification change between 2023 and 2025?", "changed", (2023, 2025),
     False, "welcoming latest ratification"),  # "latest" of a ratification is the subject's
])
def test_change_questions_are_read(question, kind, years, earlier, topic):
    change = asked_change(question)
    assert (change.kind, change.years, change.earlier, change.topic) == (kind, years, earlier, topic)


@pytest.mark.parametrize("question", [
    "How does climate change affect migrants?",
    "What did the 2024 resolution say about newly independent States?",
    "What does the resolution say about climate change?",
    "What new mechanism on ICT security did the Assembly decide to create after the 2021-2025 working group?",
    "How many nuclear warheads does resolution 78/31 allow each State to keep?",
    "What does the Assembly want added to the ICT strategy in resolution 78/243?",
    "Does the resolution ask States to remove obstacles to remittances?",
    "Did climate change displace more people in 2024?",
    "Did the 2023 resolution address climate change and migration?",
    "Does the resolution change the status of migrants?",
    "How did the resolution change the lives of migrant workers?",
])
def test_questions_that_are_not_about_change(question):
    assert asked_change(question) is None


@pytest.mark.parametrize("question, presumed", [
    ("Which paragraph of the 2023 resolution on the Co-Chairs was dropped?", True),
    ("What is new in the 2025 resolution on online scams?", True),
    ("What did the 2025 resolution add about facial recognition?", True),
    ("Was the paragraph on the COVID-19 pandemic dropped by 2025?", False),
    ("Did the 2025 resolution keep the reference to the 2004 Judgment?", False),
])
def test_a_wh_question_presumes_the_paragraph_is_new_or_dropped(question, presumed):
    assert asked_change(question).presumed is presumed


@pytest.mark.parametrize("question, topic", [
    # the kind of paragraph asked about is part of its subject: "invitation" and "Invites" share a stem
    ("How did the invitation to the Special Rapporteur change between 2023 and 2025?", "invitation Special Rapporteur"),
    ("How did the call to observe the Truce change between 2023 and 2025?", "call observe Truce"),
])
def test_the_kind_of_paragraph_stays_in_the_topic(question, topic):
    assert asked_change(question).topic == topic


@pytest.mark.parametrize("question, series", [
    ("How did the sand and dust storms resolution's paragraph on the Sendai Framework change between 2023 and 2025?",
     "sand dust storms"),
    ("How did the paragraph on the seminar change between the 2023 and 2025 Bermuda resolutions?", "Bermuda"),
    ("What did the 2024 no-first-placement resolution add about the initiative?", "no-first-placement"),
    ("How did the list of Human Rights Council resolutions recalled in the mercenaries resolution change from 2023 "
     "to 2025?", "mercenaries"),  # the last "the ... resolution" names the series
    ("How did the call to observe the Truce change between the 2023 and 2025 resolutions?", ""),
    ("What is new in the 2025 resolution on online scams?", ""),  # "on X": the subject, perhaps not the series
    ("What changed in the first preambular paragraph between resolution 78/217 and 80/218?", ""),
])
def test_the_words_naming_the_series_are_read(question, series):
    assert asked_change(question).series == series


@pytest.mark.parametrize("question, years", [
    ("Was the paragraph on the outreach strategy for 2020–2024 dropped between the 2023 and 2025 atomic radiation "
     "resolutions?", (2023, 2025)),
    ("Which paragraph of the 2023 trafficking resolution on the work of the 2021 Co-Chairs was dropped?", (2023,)),
    ("How did the paragraph on the 2004 Judgment change between 2023 and 2025?", ()),
])
def test_the_years_naming_the_resolutions_are_read(question, years):
    assert asked_change(question).named_years == years


def test_which_paragraphs_asks_for_every_one():
    assert asked_change("Which paragraphs of 72/179 were dropped?").listing


@pytest.mark.parametrize("question, latest", [
    ("What has changed in the latest resolution on the Olympic Truce?", True),
    ("What is new in the most recent text on migrants?", True),
    ("How did the resolution on sand and dust storms change?", False),
    ("How did the paragraph welcoming the latest ratification change between 2023 and 2025?", False),
])
def test_the_latest_resolution_is_read(question, latest):
    assert asked_change(question).latest is latest
