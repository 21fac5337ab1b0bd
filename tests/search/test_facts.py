"""Which texts give a figure, a date, a person, a country, an organization or a definition (pure functions)."""

import pytest

from assistant.questions.facts import (
    COUNTRY,
    DATE,
    DEFINITION,
    FUNDING,
    ORGANIZATION,
    PERSON,
    QUANTITY,
    instruments_named,
)
from assistant.search.facts import gives_fact
from tests.reading import read


@pytest.mark.parametrize("text, kind, gives", [
    ("women represent almost half of all international migrants", QUANTITY, True),
    ("232 million international migrants", QUANTITY, True),
    ("listed in appendix I since 1975, and on appendix I since 1986,", QUANTITY, False),  # years, a comma after
    ("about 232,000 people, of whom", QUANTITY, True),
    ("no less than 10 per cent of", QUANTITY, True),
    ("The International Law Fellowship Programme, with a minimum of 20 fellowships", QUANTITY, True),
    ("the sum of 22,162,600 United States dollars", QUANTITY, True),
    # identifiers are not counts: a symbol, a date, a numbered goal, an ordinal session
    ("resolutions 35/17 of 22 June 2017", QUANTITY, False),
    ("the rules of procedure and evidence called for in Article 15 of the Statute", QUANTITY, False),
    ("Sustainable Development Goals 8 and 10, including target 10.7", QUANTITY, False),
    ("on its twenty-third and twenty-fourth sessions", QUANTITY, False),
    ("chaired by Bangladesh in Dhaka from 10 to 12 December 2016", QUANTITY, False),
    ("the term “migrant worker” refers to a person who is to be engaged", DEFINITION, False),
    ("“migrant worker” means a person who is to be engaged", DEFINITION, True),
    # a way of doing, not a definition
    ("to criminalize the wilful provision or collection by any means of funds", DEFINITION, False),
    ("to settle their disputes by peaceful means", DEFINITION, False),
    ("calls upon States to protect the human rights of migrants", QUANTITY, False),
    ("in the first half of 2019", DATE, True),
    ("at its seventy-third session", DATE, True),
    ("held on 3 and 4 October 2013", DATE, True),
    ("the Domestic Workers Convention (No. 189)", DATE, False),
    ("urges States to ensure that repatriation mechanisms allow for identification", DATE, False),
    ("chaired by Bangladesh in Dhaka", PERSON, True),  # a State holding an office answers "who"
    ("the statement by Ms. Achiume", PERSON, True),
    ("Takes note of the report of the Secretary-General", PERSON, False),
    ("co-chaired by Germany and Morocco", COUNTRY, True),
    ("Avena and Other Mexican Nationals (Mexico v. United States of America)", COUNTRY, True),
    ("Calls upon all Member States and the United Nations system", COUNTRY, False),
    ("a turkey and a chad", COUNTRY, False),  # capitals as written
    ("the costs of all the activities should be met through voluntary contributions", FUNDING, True),
    ("to be financed from provisions in the regular budget", FUNDING, True),
    ("to be carried out from within existing resources", FUNDING, True),
    ("invites Governments to make contributions to the Trust Fund", FUNDING, True),
    ("urges States to ensure that repatriation mechanisms allow for identification", FUNDING, False),
    ("calls upon States to devote adequate human resources to border management", FUNDING, False),
    ("welcomes the contribution of World Cleanup Day activities to addressing waste", FUNDING, False),
    ("promotes financial inclusion of migrants", FUNDING, False),
    ("to observe the Day in an appropriate manner", FUNDING, False),
    ("decides to appropriate to the special account the amount of", FUNDING, True),
    ("Invites the Food and Agriculture Organization of the United Nations to facilitate the observance", ORGANIZATION,
     True),
    ("Invites the United Nations Human Settlements Programme (UN-Habitat) to facilitate", ORGANIZATION, True),
    ("Invites the Department of Economic and Social Affairs of the Secretariat", ORGANIZATION, True),
    ("Requests UNESCO to lead the Decade", ORGANIZATION, True),
    # bodies in general, not one named
    ("Invites all Member States, the organizations of the United Nations system and other international and "
     "regional organizations, as well as civil society, to observe the Day", ORGANIZATION, False),
    ("Requests the Secretary-General to bring the present resolution to the attention of all", ORGANIZATION, False),
])
def test_gives_fact(text, kind, gives):
    assert gives_fact(text, kind) is gives


@pytest.mark.parametrize("text, question, gives", [
    ("the Domestic Workers Convention, 2011 (No. 189), of the International Labour Organization",
     "In what year was the International Labour Organization founded?", False),
    ("the Domestic Workers Convention, 2011 (No. 189)", "When was the Domestic Workers Convention adopted?", True),
    ("the Convention relating to the Status of Refugees and the Protocol of 1967", "When did UNHCR open?", False),
    ("the 2030 Agenda for Sustainable Development", "When is the 2030 Agenda to be achieved?", True),
    ("the 2030 Agenda for Sustainable Development", "When was the High-level Dialogue held?", False),
    ("adopted the Convention on 18 December 1990", "When was the Dialogue held?", True),  # a date, not a title
    ("In 2018 the Dialogue took place", "When was the Dialogue held?", True),
])
def test_a_year_in_a_title_dates_only_that_instrument(text, question, gives):
    assert gives_fact(text, DATE, instruments_named(question)) is gives


def _passage(n: int, text: str, score: float, via: str = "search", similarity: float = 0.6):
    from assistant.search.passage import Passage

    return Passage("A/RES/78/103", f"OP{n}", f"operative paragraph {n}", f"operative paragraph {n} of A/RES/78/103",
                   score, text, via=via, similarity=similarity)


WORK = "Expresses its satisfaction at the activities of the Regional Centre"
HOST = "Welcomes the activities of the Regional Centre for Asia and the Pacific, in the Republic of Korea"
STAFF = "Notes the work of the Centre in Kenya"


@pytest.mark.parametrize("question, passages, first", [
    # the best gives no country, one close to it does: it comes first, the rest keep their order
    ("Which country hosts the Regional Centre?", [(1, WORK, 1.0), (2, WORK, 0.95), (3, HOST, 0.85)], "OP3"),
    # too far below the best (under FACT_RATIO), or beyond FACT_DEPTH: the order stands
    ("Which country hosts the Regional Centre?", [(1, WORK, 1.0), (3, HOST, 0.7)], "OP1"),
    ("Which country hosts the Regional Centre?", [(n, WORK, 1.0 - n / 100) for n in range(1, 7)]
     + [(7, HOST, 0.9)], "OP1"),
    # the best gives the fact already, or the question asks for none: the order stands
    ("Which country hosts the Regional Centre?", [(4, STAFF, 1.0), (3, HOST, 0.99)], "OP4"),
    ("What does the Assembly say about the Regional Centre?", [(1, WORK, 1.0), (3, HOST, 0.99)], "OP1"),
])
def test_facts_first_brings_the_closest_clause_giving_the_fact(question, passages, first):
    from assistant.search.facts import facts_first

    found = [_passage(n, text, score) for n, text, score in passages]
    ordered = facts_first(found, read(question))
    assert ordered[0].id == first
    assert sorted(p.id for p in ordered) == sorted(p.id for p in found)
    if first != found[0].id:
        assert [p.id for p in ordered[1:]] == [p.id for p in found if p.id != first]


def test_facts_first_leaves_named_paragraphs_and_dissimilar_clauses_alone():
    from assistant.search.facts import facts_first

    question = read("Which country hosts the Regional Centre?")
    named = [_passage(1, WORK, 1.0, via="reference"), _passage(3, HOST, 0.99)]
    assert facts_first(named, question) == named
    under_floor = [_passage(1, WORK, 1.0), _passage(3, HOST, 0.99, similarity=0.2)]
    assert facts_first(under_floor, question, floor=0.33) == under_floor
    assert facts_first(under_floor, question)[0].id == "OP3"


@pytest.mark.parametrize("text, counted, gives", [
    ("The International Law Fellowship Programme, with a minimum of 20 fellowships;", ("fellowships",), True),
    ("the programme has trained more than 1,100 officials from 172 Member States throughout its 46 years",
     ("fellows",), False),  # counts officials, States and years, not fellows
    ("Decides to establish the Group ..., consisting of 21 members, participating in their personal capacity",
     ("members",), True),
    ("in particular the nine whose ratification is needed for its entry into force", ("states",), True),  # elided
    ("noting that near-Earth objects come closer than 1.3 astronomical units", ("potentially", "hazardous",
                                                                                 "asteroids"), False),
    ("the programme has trained more than 1,100 officials", (), True),  # nothing counted asked: any count
])
def test_a_count_of_what_is_asked(text, counted, gives):
    assert gives_fact(text, QUANTITY, counted=counted) is gives
