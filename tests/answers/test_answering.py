"""Grounded answers with the real model and index."""

import re

import pytest

from assistant.answers.guard import contains
from assistant.answers.prose import predicate, third_person
from assistant.search.finders import topical_rows

pytestmark = pytest.mark.slow


def abstention(assistant, question: str) -> str:
    """The answer's text, once it is checked to be an abstention that cites nothing."""
    answer = assistant.answer(question)
    assert answer.abstained and answer.citations == ()
    return answer.answer


def test_child_detention_cites_op4b_with_chapeau(assistant):
    answer = assistant.answer("Can migrant children be detained?")
    assert not answer.abstained
    assert answer.citations[0].id == "OP4(b)"
    assert answer.citations[0].citation == "A/RES/72/179, para. 4 (b)"
    assert "[OP4(b)]" in answer.answer
    # read with its chapeau: the duty of States makes (b) an obligation
    assert "reaffirms the duty of States" in answer.answer
    assert "work towards ending the detention of migrant children" in answer.answer


def test_every_marker_matches_a_citation_and_quotes_are_verbatim(assistant):
    import re

    for question in ("Which treaties are States urged to ratify?", "What does the resolution say about remittances?",
                     "Does the resolution mention the principle of non-refoulement?"):
        answer = assistant.answer(question)
        markers = set(re.findall(r"\[([^\]]+)\]", answer.answer))
        assert markers == {c.id for c in answer.citations}
        for c in answer.citations:
            assert contains(assistant.clause(c.doc, c.id).text, c.quote)


@pytest.mark.parametrize("question, expected", [
    ("What is the capital of France?", "A/RES/72/179 does not mention France."),
    ("Who won the 2018 FIFA World Cup?", "Resolution A/RES/72/179 does not address this question."),
])
def test_abstains_when_nothing_answers(assistant, question, expected):
    assert abstention(assistant, question) == expected


def test_named_paragraph_that_does_not_exist(assistant):
    answer = assistant.answer("What does paragraph 21 say?")
    assert answer.abstained
    assert answer.answer == "A/RES/72/179 has no operative paragraph 21."


def test_named_paragraph_is_given_whole(assistant):
    answer = assistant.answer("What does paragraph 4 (k) say?")
    assert [c.id for c in answer.citations] == ["OP4(k)"]
    assert answer.citations[0].quote.endswith("of his or her rights under the Convention")


def test_a_paragraph_asked_for_says_which_sub_paragraphs_it_goes_on_in(assistant):
    # OP4 ends "... and therefore:": the answer names (a) to (o) instead of stopping at the colon
    answer = assistant.answer("What does paragraph 4 say?")
    assert [c.id for c in answer.citations] == ["OP4"]
    assert answer.answer.endswith("Operative paragraph 4 goes on in sub-paragraphs (a) to (o): ask for one "
                                  "(“operative paragraph 4 (a)”) to read it.")
    assert "goes on" not in assistant.answer("What does paragraph 4 (k) say?").answer
    assert "goes on" not in assistant.answer("What does the resolution say about family reunification?").answer


def test_answer_json_contract(assistant):
    data = assistant.answer("Does the resolution mention lifelong learning?").to_dict()
    assert set(data) == {"question", "answer", "citations", "abstained", "mode", "removed"}
    assert set(data["citations"][0]) == {"doc", "id", "label", "citation", "quote", "title", "date"}
    assert data["mode"] == "grounded"


@pytest.mark.parametrize("clause, kind, expected", [
    ("Recalling all its previous resolutions,", "preambular", "recalls all its previous resolutions"),
    ("Deeply concerned at the large number,", "preambular", "is deeply concerned at the large number"),
    ("Expressing concern at the trend,", "preambular", "expresses concern at the trend"),
    ("Having considered the report,", "preambular", "has considered the report"),
    ("Encourages States to act;", "operative", "encourages States to act"),
    ("Decides to remain seized of the matter.", "operative", "decides to remain seized of the matter"),
])
def test_predicate(clause, kind, expected):
    assert predicate(clause, kind) == expected


@pytest.mark.parametrize("stem, word", [("recogniz", "recognizes"), ("recall", "recalls"), ("not", "notes"),
                                        ("stress", "stresses"), ("bear", "bears"), ("welcom", "welcomes")])
def test_third_person(stem, word):
    assert third_person(stem) == word


@pytest.mark.parametrize("question, missing", [
    ("How many migrants drowned trying to reach Europe last year?", "figures"),
    ("When was the Vienna Convention on Consular Relations opened for signature?", "dates"),
    ("Who is the current High Commissioner for Human Rights?", "names of people"),
    # OP4(m)'s "Domestic Workers Convention, 2011" dates the Convention, not the ILO
    ("When was the International Labour Organization established?", "dates"),
])
def test_abstains_when_a_figure_or_date_asked_for_is_not_given(assistant, question, missing):
    answer = assistant.answer(question)
    assert answer.abstained and answer.citations == ()
    assert answer.answer.startswith(f"A/RES/72/179 gives no {missing} on this")


@pytest.mark.parametrize("question, cited", [
    ("What proportion of international migrants are women?", "PP14"),
    ("Which country hosted the ninth summit meeting of the Global Forum on Migration and Development?", "PP17"),
    ("When is the General Assembly to receive the next comprehensive report on the human rights of migrants?",
     "OP19"),
    ("When was the Domestic Workers Convention adopted?", "OP4(m)"),  # the year in its title
])
def test_answers_when_the_clause_gives_the_figure_or_date(assistant, question, cited):
    answer = assistant.answer(question)
    assert not answer.abstained
    assert cited in [c.id for c in answer.citations]


def test_where_mentioned_lists_every_paragraph_that_names_it(assistant):
    answer = assistant.answer("Which paragraphs refer to the 2030 Agenda for Sustainable Development?")
    cited = [c.id for c in answer.citations]
    every = [p.id for p in assistant.retrieve("x", 100, references=False) if "2030 Agenda" in p.text]
    assert cited == sorted(every, key=cited.index) and len(cited) >= 3
    sentences = answer.answer.split("]. ")
    assert len(sentences) == len(cited) and all("2030 Agenda" in s for s in sentences)


def test_where_mentioned_abstains_for_a_name_it_does_not_contain(assistant):
    assert abstention(assistant, "Where is the Global Compact on Refugees mentioned?") == (
        "A/RES/72/179 does not mention the Global Compact on Refugees.")


@pytest.mark.parametrize("question, name", [
    ("Does the resolution mention the Global Compact on Refugees?", "Global Compact on Refugees"),
    ("Does resolution 72/179 refer to the Rome Statute of the International Criminal Court?",
     "Rome Statute of the International Criminal Court"),
    ("Does the resolution welcome the Global Compact on Refugees?", "Global Compact on Refugees"),
])
def test_does_it_mention_abstains_for_a_name_it_does_not_contain(assistant, question, name):
    assert abstention(assistant, question) == f"A/RES/72/179 does not mention the {name}."


@pytest.mark.parametrize("question", ["Is the Global Compact for Migration mentioned?",
                                      "Where is the Global Compact for Migration mentioned?"])
def test_a_name_the_text_describes_before_it_was_given_is_found(assistant, question):
    # 2017: "the preparatory process towards the adoption of a global compact for safe, orderly and regular migration"
    assert [c.id for c in assistant.answer(question).citations] == ["PP8"]


def test_does_it_mention_answers_when_part_of_the_name_is_there(assistant):
    answer = assistant.answer("Does the resolution mention the Avena judgment of the International Court of Justice?")
    assert [c.id for c in answer.citations] == ["PP12"]


def test_a_state_asked_about_is_looked_up_in_every_form(assistant):
    answer = assistant.answer("What does the resolution say about Mexico?")  # "Avena and Other Mexican Nationals"
    assert [c.id for c in answer.citations] == ["PP12"]
    answer = assistant.answer("What does the resolution say about France?")
    assert answer.abstained and answer.answer == "A/RES/72/179 does not mention France."


def test_the_quote_holds_the_fact_asked_for(assistant):
    answer = assistant.answer("Who chaired the ninth summit meeting of the Global Forum on Migration and Development?")
    assert [c.id for c in answer.citations] == ["PP17"]
    assert "chaired by Bangladesh" in answer.citations[0].quote


def test_a_quote_is_a_whole_phrase_under_the_verb_that_governs_it(assistant):
    # "when hate crimes, ... occur" is quoted to its verb, and said to be urged, not condemned
    answer = assistant.answer("Tell me about hate crimes against migrants")
    assert [c.id for c in answer.citations] == ["OP3(a)"]
    assert answer.citations[0].quote.endswith("when hate crimes, xenophobic or intolerant acts, manifestations or "
                                              "expressions against migrants occur")
    assert "urges States to apply … to reinforce existing laws" in answer.answer
    # PP28 stresses the obligation to protect migrants and expresses concern at measures that criminalize them:
    # the criminalizing is not something it stresses
    answer = assistant.answer("Is irregular migration a crime according to the resolution?")
    assert [c.id for c in answer.citations] == ["PP28"]
    assert "expresses its concern at measures which … " in answer.answer
    assert "stresses" not in answer.answer


@pytest.mark.parametrize("question, words", [
    ("Does the resolution impose a curfew on migrants?", "the word “curfew”"),
    ("Does the resolution ban deportation flights?", "the words “deportation” or “flights”"),
    ("What does the resolution say about the Darfur conflict?", "the word “Darfur”"),
])
def test_abstains_on_a_provision_in_words_no_paragraph_uses(assistant, question, words):
    assert abstention(assistant, question) == f"A/RES/72/179 does not address this: no paragraph uses {words}."


def test_a_provision_in_the_text_s_own_words_is_answered(assistant):
    answer = assistant.answer("Does the resolution establish mechanisms to protect migrants from racism?")
    assert not answer.abstained and answer.citations


def test_a_pronoun_is_not_a_word_the_text_must_use(assistant):
    # "one's" once counted as a word no paragraph uses, and the question was abstained on
    answer = assistant.answer("What does the resolution say about the right to return to one's own country?")
    assert {"PP3", "OP4(f)"} <= {c.id for c in answer.citations}


@pytest.mark.parametrize("question", ["What did the delegation of Hungary say about the resolution?",
                                      "How did the European Union react to the resolution?",
                                      "Which States voted against it?",
                                      "Was the resolution opposed by any Member State?"])
def test_what_delegations_said_is_in_the_meeting_records(assistant, question):
    answer = assistant.answer(question)
    assert answer.abstained and answer.citations == ()
    assert "see the meeting records of its adoption" in answer.answer


def test_where_mentioned_lists_every_paragraph_using_a_phrase_that_is_not_a_name(assistant):
    answer = assistant.answer("Which paragraphs refer to the best interests of the child?")
    assert [c.id for c in answer.citations] == ["OP4(b)", "OP5(h)", "OP5(i)", "OP5(k)"]


def test_a_definition_asked_for_that_the_text_does_not_give(assistant):
    answer = assistant.answer("How does the resolution define an irregular migrant?")
    assert answer.abstained and answer.citations == ()
    assert answer.answer.startswith("A/RES/72/179 gives no definition on this")


def test_identifiers_are_not_the_figure_asked_for(assistant):
    answer = assistant.answer("How many people attended the tenth summit of the Global Forum?")
    assert answer.abstained and answer.citations == ()  # PP17's "from 28 to 30 June 2017" counts nobody


def test_a_topic_some_paragraphs_use_word_for_word_cites_each_of_them(assistant):
    answer = assistant.answer("What does the resolution say about the best interests of the child?")
    assert sorted(c.id for c in answer.citations) == ["OP4(b)", "OP5(h)", "OP5(i)", "OP5(k)"]


@pytest.mark.parametrize("question, cited", [
    ("What does the resolution say about remittances and lifelong learning?", {"OP4(n)", "OP5(j)"}),
    ("Is there anything on hate crimes and xenophobia?", {"PP27", "OP3(a)"}),
    ("Does the resolution mention the Domestic Workers Convention as well as consular relations?",
     {"PP5", "OP4(k)", "OP4(m)"}),
])
def test_two_topics_joined_by_and_cite_the_paragraphs_of_each(assistant, question, cited):
    assert {c.id for c in assistant.answer(question).citations} == cited


def test_a_paragraph_that_speaks_of_both_topics_is_quoted_holding_both(assistant):
    answer = assistant.answer("Anything on racism and xenophobia?")
    quote = next(c.quote for c in answer.citations if c.id == "OP3(a)")
    assert "racism" in quote and "xenophobia" in quote


def test_a_part_the_text_never_names_is_said_and_the_others_answered(assistant):
    answer = assistant.answer("What does the resolution say about remittances and the Paris Agreement?")
    assert not answer.abstained and [c.id for c in answer.citations] == ["OP4(n)"]
    assert answer.answer.endswith("A/RES/72/179 does not mention the Paris Agreement: no paragraph uses the word "
                                  "“Paris”.")
    assert answer.question == "What does the resolution say about remittances and the Paris Agreement?"
    assert abstention(assistant, "What does it say about artificial intelligence and the Paris Agreement?") == (
        "A/RES/72/179 does not address this: no paragraph uses the word “Paris”.")


def test_a_topic_too_broad_to_list_is_searched(assistant):
    question = assistant.read("What does the resolution say about human rights?")
    assert topical_rows(question, assistant.searcher.lexicon) == []
    answer = assistant.answer("What does the resolution say about human rights?")
    assert not answer.abstained and 1 <= len(answer.citations) <= 2


@pytest.mark.parametrize("question", ["Who enforces the resolution?", "Is this resolution legally binding?",
                                      "Can a migrant take a State to court under this resolution?",
                                      "Is the resolution part of international law?",
                                      "What happens to a country that ignores the resolution?",
                                      "What if a State does not comply with the resolution?"])
def test_how_it_is_enforced_is_not_in_the_text(assistant, question):
    assert abstention(assistant, question) == ("A/RES/72/179 does not say how it is enforced or what follows "
                                               "when a State does not comply.")


def test_a_name_the_text_never_uses(assistant):
    answer = assistant.answer("Is Hungary's border fence criticized?")
    assert answer.abstained and answer.answer == "A/RES/72/179 does not mention Hungary."
    answer = assistant.answer("Does the resolution ask States to enforce labour law?")  # "enforce", not enforcement
    assert [c.id for c in answer.citations] == ["OP4(l)"]


def test_everyday_words_with_a_near_synonym_in_the_text_are_searched(assistant):
    answer = assistant.answer("What does the resolution say about school for migrant kids?")  # education, children
    assert [c.id for c in answer.citations] == ["OP5(i)"]
    answer = assistant.answer("What does the resolution say about homeless migrants?")
    assert answer.abstained and answer.answer.endswith("no paragraph uses the word “homeless”.")


def test_sub_paragraphs_under_one_chapeau_share_one_sentence(assistant):
    answer = assistant.answer("What does the resolution say about the best interests of the child?")
    assert {"OP5(h)", "OP5(i)", "OP5(k)"} <= {c.id for c in answer.citations}
    assert answer.answer.count("emphasizes the importance of protecting persons in vulnerable situations") == 1
    assert "in this regard: " in answer.answer
    assert len(re.findall(r"\[OP5\([hik]\)\]; ", answer.answer)) == 2  # three parts, two semicolons


def test_several_names_are_looked_up_one_by_one(assistant):
    answer = assistant.answer("Does the resolution mention Bangladesh and Morocco?")
    assert [c.id for c in answer.citations] == ["PP17"]
    assert abstention(assistant, "Does the resolution mention France and Spain?") == (
        "A/RES/72/179 does not mention France and Spain.")


def test_an_acronym_is_searched_for_as_the_text_spells_it(assistant):
    assert "the ILO (International Labour Organization)" in assistant.read("Does it mention the ILO?").keywords
    answer = assistant.answer("Does the resolution mention the OHCHR?")
    assert "OP6" in {c.id for c in answer.citations}  # "the Office of the United Nations High Commissioner ..."


@pytest.mark.parametrize("topic, cited", [("climate change", {"OP2"}), ("remittances", {"OP4(n)"})])
def test_a_topic_gets_the_same_answer_in_every_frame(assistant, topic, cited):
    """The frame blurs the question's vector by different amounts; "Does the resolution mention climate
    change?" was abstained on while "Does it address climate change?" cited OP2."""
    frames = ("Does the resolution mention {}?", "Is there anything on {}?", "Is there a provision on {}?",
              "Does it address {}?", "What is the resolution's position on {}?")
    for frame in frames:
        answer = assistant.answer(frame.format(topic))
        assert {c.id for c in answer.citations} == cited, frame


@pytest.mark.parametrize("question, cited", [
    ("Tell me about family reunification", {"OP5(d)", "OP5(h)", "OP5(k)"}),
    ("Family reunification?", {"OP5(d)", "OP5(h)", "OP5(k)"}),
    ("Anything about LGBTI migrants?", set()),  # abstained on, as "What does it say about LGBTI migrants?" is
    ("The right to vote?", set()),
    # "How does it address X?" and "What is said about X?" ask what "What does it say about X?" asks: they cited
    # OP2, OP3(c) and PP27 alone before they were read as topic questions (scripts/frame_consistency.py)
    ("How does the resolution address LGBTI migrants?", set()),
    ("How does it deal with the right to vote?", set()),
    ("What is said about xenophobia?", {"PP27", "OP3(a)"}),
    ("Does it say anything on LGBT migrants?", set()),  # cited PP27 while only "say anything about" was read
])
def test_a_topic_asked_as_a_chat_user_asks_it(assistant, question, cited):
    answer = assistant.answer(question)
    assert {c.id for c in answer.citations} == cited
    assert answer.abstained == (not cited)


@pytest.mark.parametrize("question, cited", [
    ("Which resolutions does it recall?", {"PP1", "PP10"}),  # PP1 alone before
    ("Does the resolution recall earlier resolutions?", {"PP1", "PP10"}),  # PP1 alone: "earlier" is in neither
    ("What decisions does it welcome?", {"PP16"}),  # OP5(d), which welcomes programmes, before
    ("Which judgments does the resolution take note of?", {"PP12"}),
])
def test_which_things_it_recalls_welcomes_or_notes_are_the_paragraphs_that_do(assistant, question, cited):
    assert {c.id for c in assistant.answer(question).citations} == cited


@pytest.mark.parametrize("question, cited", [
    ("What does the resolution ask Governments to do?", {"OP2", "OP13"}),
    ("What does the resolution request of the Secretary-General?", {"OP3(e)", "OP19"}),  # not OP17, OP18's reports
    ("What does the resolution ask of international organizations?", {"OP9(a)", "OP9(f)", "OP12", "OP13"}),
    ("Is the Secretary-General asked to do anything?", {"OP3(e)", "OP19"}),
])
def test_what_it_asks_of_someone_is_each_paragraph_addressed_to_them(assistant, question, cited):
    assert {c.id for c in assistant.answer(question).citations} == cited


@pytest.mark.parametrize("question, cited", [
    # named in five paragraphs, more than a topic lists: each mention, as "Where is ... mentioned?" gets
    ("Does it mention the New York Declaration?", {"PP7", "PP15", "OP4(a)", "OP11", "OP18"}),
    ("Does the resolution refer to the Human Rights Council?", {"PP1", "PP13", "OP9(g)", "OP14", "OP19"}),
    ("Does the resolution welcome the New York Declaration?", {"PP7"}),  # the paragraph that welcomes it
    # typed in lowercase: the title's capitals are put back ("human" and "rights" alone are often lowercase)
    ("does the resolution refer to the human rights council", {"PP1", "PP13", "OP9(g)", "OP14", "OP19"}),
])
def test_asked_whether_it_names_a_title_lists_each_mention(assistant, question, cited):
    assert {c.id for c in assistant.answer(question).citations} == cited
    where = "Where is the New York Declaration mentioned?"
    assert {c.id for c in assistant.answer(where).citations} == {"PP7", "PP15", "OP4(a)", "OP11", "OP18"}


def test_asked_what_it_asks_of_someone_it_only_names_it_says_so(assistant):
    assert abstention(assistant, "What does the resolution ask of the Human Rights Council?") == (
        "A/RES/72/179 does not ask anything of the Human Rights Council.")  # PP13, which names it, before
    assert abstention(assistant, "Is the Human Rights Council asked to do anything?") == (
        "A/RES/72/179 does not ask anything of the Human Rights Council.")
    assert abstention(assistant, "What does it ask employers to do?") == (
        "A/RES/72/179 does not ask anything of employers.")


@pytest.mark.parametrize("question, cited", [
    # one paragraph calls upon States to ratify, two others call upon and invite them to: none "urges"
    ("Does the resolution urge States to ratify conventions?", {"OP3(e)", "OP4(m)", "OP5(l)"}),
    ("Does it invite States to protect witnesses?", {"OP9(d)", "OP9(e)"}),  # both encourage
    ("Does the resolution condemn crimes against migrants?", {"OP3(a)"}),  # not those expressing concern
])
def test_whether_it_asks_something_is_answered_by_each_paragraph_that_asks_it_in_any_words(assistant, question,
                                                                                            cited):
    assert {c.id for c in assistant.answer(question).citations} == cited


@pytest.mark.parametrize("passive, active", [
    ("Is xenophobia mentioned?", "Does the resolution mention xenophobia?"),  # PP27 alone before
    ("Is the right to vote addressed in the resolution?", "Does it address the right to vote?"),  # PP3 before
])
def test_asked_whether_a_topic_is_addressed_in_the_passive_it_is_answered_as_in_the_active(assistant, passive,
                                                                                           active):
    answer, expected = assistant.answer(passive), assistant.answer(active)
    assert {c.id for c in answer.citations} == {c.id for c in expected.citations}
    assert answer.abstained == expected.abstained


def test_those_a_title_is_on_are_not_asked_anything(assistant):
    # "Invites the Special Rapporteur on the human rights of migrants ..." asks nothing of migrants (OP16 before)
    assert abstention(assistant, "What does the resolution ask of migrants?") == (
        "A/RES/72/179 does not ask anything of migrants.")


@pytest.mark.parametrize("question, cited", [
    # OP3(b) asks States to set up mechanisms through which migrants report abuse: not asked to report
    ("Which UN bodies are asked to report?", {"OP9(g)", "OP15", "OP16", "OP19"}),
    ("Who is invited to engage in an interactive dialogue?", {"OP15", "OP16"}),
    # asked for by a noun: abstained (the best clause under the threshold), or cited OP19 alone
    ("Does the resolution ask for reports?", {"OP9(g)", "OP15", "OP16", "OP19"}),
    ("Are any reports requested?", {"OP9(g)", "OP15", "OP16", "OP19"}),
    # the one paragraph asking for it, though the question as a whole is far from it: abstained
    ("Does it ask for data collection?", {"OP9(f)"}),
])
def test_who_is_asked_to_do_something_is_each_paragraph_that_asks_it(assistant, question, cited):
    assert {c.id for c in assistant.answer(question).citations} == cited


def test_where_it_speaks_of_something_lists_each_paragraph_using_it(assistant):
    # "talk about" was not read as asking where: PP14 alone was cited
    answer = assistant.answer("Which paragraphs talk about women?")
    cited = [c.id for c in answer.citations]
    assert len(cited) >= 5 and {"PP14", "PP21", "OP1"} <= set(cited)
    assert all("women" in c.quote.lower() for c in answer.citations[1:3])
    # more than an answer cites: the rest are named, so the list is not taken for complete
    every = [p.id for p in assistant.retrieve("x", 100, references=False) if re.search(r"\bwomen\b", p.text, re.I)]
    rest = [i for i in every if i not in cited]
    assert len(cited) == 8 and rest
    note = answer.answer.rsplit("]. ", 1)[1]
    assert note.startswith(f"{len(rest)} more paragraphs also mention it, not quoted here: ")
    assert set(note.split(": ", 1)[1].rstrip(".").split(", ")) == set(rest)


@pytest.mark.parametrize("question, cited", [
    # the issue's own example: OP3(e) alone was cited
    ("Which treaties are States urged to ratify?", {"OP3(e)", "OP4(m)", "OP5(l)"}),
    # cited OP3(e) and OP4(m); then OP5(l) alone
    ("Does the resolution call on States to ratify international conventions?", {"OP3(e)", "OP4(m)", "OP5(l)"}),
    ("Does the resolution call on States to ratify treaties on organized crime and labour?", {"OP4(m)", "OP5(l)"}),
])
def test_a_kind_of_treaty_asked_for_is_each_paragraph_naming_one(assistant, question, cited):
    answer = assistant.answer(question)
    assert {c.id for c in answer.citations} == cited
    # what each cites names the treaty, in the quote or the phrase governing it ("urges States parties to the
    # United Nations Convention against ... … and calls upon States ... to consider ratifying ... them")
    said = re.split(r"\[[^\]]+\]", answer.answer)
    assert all(re.search(r"Convention|Protocol", sentence) for sentence in said[:len(cited)])


def test_treaties_asked_of_a_part_of_the_text_are_those_it_names(assistant):
    question = "Which treaties are mentioned in the operative part?"
    assert {c.id for c in assistant.answer(question).citations} == {"OP3", "OP3(e)", "OP4(k)", "OP4(m)", "OP5(l)"}
    # found as naming one, not by search ("operative" and "part" narrowed to none)
    assert {p.id for p in assistant.retrieve(question, 8) if p.via == "mention"} == \
        {"OP3", "OP3(e)", "OP4(k)", "OP4(m)", "OP5(l)"}


def test_a_noun_and_its_verb_are_one_word(assistant):
    # "no paragraph uses the word “ratification”": the text says "ratifying"
    answer = assistant.answer("Does the resolution call for the ratification of the Migrant Workers Convention?")
    assert [c.id for c in answer.citations] == ["OP3(e)"]


def test_treaties_and_rulings_are_what_the_text_names_by_title(assistant):
    # "no paragraph uses the word “treaties”" / "“rulings”": the text names Conventions, Judgments, opinions
    treaties = assistant.answer("Does the resolution mention any treaties?")
    assert {"PP5", "PP6", "OP3", "OP3(e)", "OP4(k)", "OP4(m)", "OP5(l)"} == {c.id for c in treaties.citations}
    rulings = assistant.answer("Does the resolution refer to rulings of international courts?")
    assert [c.id for c in rulings.citations] == ["PP11", "PP12"]
    assert "advisory opinion" in rulings.citations[0].quote and "Judgment" in rulings.citations[1].quote


def test_the_resolutions_subject_goes_without_saying_in_a_topic(assistant):
    # OP5(k) speaks of "unaccompanied children" in a resolution on migrants: OP5(h) and PP21 alone were cited
    answer = assistant.answer("Are unaccompanied migrant children mentioned?")
    assert {c.id for c in answer.citations} == {"OP5(h)", "OP5(k)", "PP21"}
    assert all("unaccompanied" in c.quote for c in answer.citations)


@pytest.mark.parametrize("question, cited", [
    # cited OP5(d) alone; OP15 ("Invites the Chair ...")
    ("What does the resolution welcome?", {"OP5(d)", "PP7", "OP10", "PP16"}),
    ("What does the General Assembly decide?", {"OP20"}),
])
def test_what_it_does_by_a_verb_is_each_paragraph_opening_with_it(assistant, question, cited):
    assert {c.id for c in assistant.answer(question).citations} == cited


def test_a_broad_topic_names_the_paragraphs_it_does_not_quote(assistant):
    # searched (more than four use the word), so the answer quotes the closest; the rest are named, not cited
    answer = assistant.answer("What does the resolution say about women?")
    cited = [c.id for c in answer.citations]
    every = [p.id for p in assistant.retrieve("x", 100, references=False) if re.search(r"\bwomen\b", p.text, re.I)]
    rest = sorted(i for i in every if i not in cited)
    named = re.search(r"(\d+) more paragraphs also use “women”, not quoted here: ([^.]+)\.$", answer.answer)
    assert named and int(named.group(1)) == len(rest) and sorted(named.group(2).split(", ")) == rest
    # too many to name: counted
    assert re.search(r" \d+ more paragraphs also use “human rights”\.$",
                     assistant.answer("What does the resolution say about human rights?").answer)
    # a topic a few paragraphs use is answered by all of them: nothing to add
    assert "more paragraph" not in assistant.answer("What does the resolution say about family reunification?").answer


@pytest.mark.parametrize("question, cited", [
    ("List the paragraphs in which the General Assembly takes note of reports.", {"OP3(f)", "OP17", "OP18"}),
    ("Which paragraphs ask something of the Secretary-General?", {"OP3(e)", "OP19"}),
    ("In resolution 72/179, which paragraphs ask something of the Secretary-General?", {"OP3(e)", "OP19"}),
    ("Where does the resolution invoke the best interests of the child?", {"OP4(b)", "OP5(h)", "OP5(i)", "OP5(k)"}),
])
def test_paragraphs_asked_for_by_what_they_do_are_each_cited(assistant, question, cited):
    assert {c.id for c in assistant.answer(question).citations} == cited


def test_paragraphs_requested_on_a_topic_are_each_cited(assistant):
    answer = assistant.answer("Give me the paragraphs on family reunification.")
    assert {c.id for c in answer.citations} == {"OP5(d)", "OP5(h)", "OP5(k)"}
