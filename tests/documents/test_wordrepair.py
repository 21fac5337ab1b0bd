import pytest

from assistant.documents.wordrepair import repair_text

# Split words found in the seed, and look-alikes that must stay apart.
CASES = [
    ("recognition everywher e as a person", "recognition everywhere as a person"),
    ("the labo ur of domestic workers", "the labour of domestic workers"),
    ("Conference on Financ ing for Development", "Conference on Financing for Development"),
    ("their sovereign righ t to enact", "their sovereign right to enact"),
    ("to prevent and punis h any form", "to prevent and punish any form"),
    ("any identif ied issues", "any identified issues"),
    ("safety and h uman rights", "safety and human rights"),
    ("enhance their coo peration in", "enhance their cooperation in"),
    ("across borders tha t are", "across borders that are"),
    ("full respect f or and observance", "full respect for and observance"),
    ("kidnapping and trafficking an d, in some", "kidnapping and trafficking and, in some"),
    ("mechanisms allow fo r the identification", "mechanisms allow for the identification"),
    ("channels that recogniz e the skills", "channels that recognize the skills"),
    ("justice to migra nts who have", "justice to migrants who have"),
    ("unrestricted and expedi tious transfer", "unrestricted and expeditious transfer"),
    ("the High -level Dialogue", "the High-level Dialogue"),
    ("arrest and detention and , bearing in mind", "arrest and detention and, bearing in mind"),
    ("the need to protect the human rights of all migrants ,", "the need to protect the human rights of all migrants,"),
    ("problem ;", "problem;"),
    # Real words next to each other stay as they are.
    ("to put an end to arbitrary arrest", "to put an end to arbitrary arrest"),
    ("migration- and development-related processes", "migration- and development-related processes"),
    ("inter alia, kidnapping", "inter alia, kidnapping"),
    ("a round of talks", "a round of talks"),
    ("cooperate in to the future", "cooperate in to the future"),
    ("hepatitis B and C", "hepatitis B and C"),
    ("Annex I to the resolution", "Annex I to the resolution"),
    ("the follow up to the outcomes", "the follow up to the outcomes"),
    ("multiple   spaces\nand lines", "multiple spaces and lines"),
]


@pytest.mark.parametrize("damaged, repaired", CASES)
def test_repair_text(damaged, repaired):
    assert repair_text(damaged) == repaired
