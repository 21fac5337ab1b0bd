"""Which texts give a figure, a date, a person, a country or a definition (pure functions)."""

import pytest

from assistant.answers.facts import gives_fact
from assistant.questions.facts import COUNTRY, DATE, DEFINITION, FUNDING, PERSON, QUANTITY, instruments_named


@pytest.mark.parametrize("text, kind, gives", [
    ("women represent almost half of all international migrants", QUANTITY, True),
    ("232 million international migrants", QUANTITY, True),
    ("no less than 10 per cent of", QUANTITY, True),
    ("The International Law Fellowship Programme, with a minimum of 20 fellowships", QUANTITY, True),
    ("the sum of 22,162,600 United States dollars", QUANTITY, True),
    # identifiers are not counts: a symbol, a date, a numbered goal, an ordinal session
    ("resolutions 35/17 of 22 June 2017", QUANTITY, False),
    ("Sustainable Development Goals 8 and 10, including target 10.7", QUANTITY, False),
    ("on its twenty-third and twenty-fourth sessions", QUANTITY, False),
    ("chaired by Bangladesh in Dhaka from 10 to 12 December 2016", QUANTITY, False),
    ("the term “migrant worker” refers to a person who is to be engaged", DEFINITION, False),
    ("“migrant worker” means a person who is to be engaged", DEFINITION, True),
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
