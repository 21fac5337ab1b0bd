"""Which texts mention a name, in full, in short or as a State in any form (pure functions)."""

import pytest

from assistant.search.mentions import mentions, names_country, names_part_of, short_form


@pytest.mark.parametrize("name, short", [
    ("New York Declaration for Refugees and Migrants", "New York Declaration"),
    ("2030 Agenda for Sustainable Development", "2030 Agenda"),
    ("Convention on the Rights of the Child", None),
    ("Human Rights Council", None),
])
def test_short_form(name, short):
    assert short_form(name) == short


@pytest.mark.parametrize("text, name, found", [
    ("Also takes note of the report on the commitments of the New York Declaration;",
     "New York Declaration for Refugees and Migrants", True),
    ("Welcoming the New York  declaration for refugees and migrants,",
     "New York Declaration for Refugees and Migrants", True),
    ("the preparatory process towards the adoption of a global compact for safe, orderly and regular migration",
     "Global Compact on Refugees", False),
    ("the International Convention on the Protection of the Rights of All Migrant Workers",
     "Convention on the Rights of the Child", False),
    # described before it had its name: the head in the singular, the rest of the name soon after
    ("the preparatory process towards the adoption of a global compact for safe, orderly and regular migration",
     "Global Compact for Migration", True),
    ("towards the adoption of a global compact for safe, orderly and regular migration",
     "Global Compact for Safe, Orderly and Regular Migration", True),
    ("international organizations and relevant stakeholders to take into account in their policies and "
     "initiatives on the issue of migration", "International Organization for Migration", False),
    ("a global compact on the sharing of responsibility for the protection of those fleeing", "Global Compact on "
     "Refugees", False),
])
def test_mentions(text, name, found):
    assert mentions(text, name) is found


@pytest.mark.parametrize("text, name, found", [
    ("Takes note also of the Judgment of the International Court of Justice of 31 March 2004 in the case "
     "concerning Avena and Other Mexican Nationals", "Avena judgment of the International Court of Justice", True),
    ("the preparatory process towards the adoption of a global compact for safe, orderly and regular migration",
     "Global Compact on Refugees", False),
    ("Recalling the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment",
     "Convention against Torture", True),
    ("the Rome Statute", "Rome Statute of the International Criminal Court", True),
    ("Sustainable Development Goals 8 and 10", "Sustainable Development Goal 8", True),
    ("the International Criminal Police Organization", "Rome Statute of the International Criminal Court", False),
])
def test_names_part_of(text, name, found):
    assert names_part_of(text, name) is found


@pytest.mark.parametrize("text, name, found", [
    ("the situation in the Syrian Arab Republic", "Syria", True),
    ("Avena and Other Mexican Nationals", "Mexico", True),
    ("the Government of Türkiye", "Turkey", True),
    ("the Government of Viet Nam", "Vietnam", True),
    ("the French Republic", "France", False),
    ("migrants in transit", "Mexico", False),
    ("the rights of migrant children", "Chile", False),
    ("Chilean nationals", "Chile", True),
    ("Bangladeshi workers", "Bangladesh", True),
])
def test_names_country(text, name, found):
    assert names_country(text, name) is found
