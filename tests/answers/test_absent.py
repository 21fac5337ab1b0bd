"""Questions about a provision in words the resolution never uses (pure: a vocabulary from a short text)."""

import pytest

from assistant.answers.absent import absent_words
from assistant.search.lexicon import words_of
from tests.reading import read

VOCABULARY = frozenset(words_of(
    "Calls upon States to put an end to arbitrary detention of migrant children, to combat the smuggling of "
    "migrants and xenophobia, and to facilitate the transfer of remittances; recalls the New York Declaration "
    "and the effects of climate-related phenomena, the right to return to their country on international migration, access to citizenship, the International Covenants; "
    "calls upon States to consider ratifying the Convention"))


@pytest.mark.parametrize("question, missing", [
    # a provision the text would have to spell out
    ("Does the resolution set a deadline for ending the detention of migrant children?", ["deadline"]),
    ("Does the resolution regulate cryptocurrency remittances?", ["cryptocurrency"]),
    ("Does it ban deportation flights?", ["deportation", "flights"]),
    ("Will the General Assembly impose a curfew on migrants?", ["curfew"]),
    ("Does the resolution create a mechanism against smugglers?", ["mechanism"]),  # "smugglers" ~ "smuggling"
    ("Does the resolution put an end to arbitrary detention?", []),  # "put" is not a verb read here
    ("Does the resolution regulate the transfer of remittances?", []),
    ("Does the resolution call for the ratification of the Convention?", []),  # "ratif" begins "ratifi"
    ("Does the resolution call for remittances from smugglers?", []),  # "from" asks for nothing (2026-12-05)
    ("Does it cancel deportation flights?", ["deportation", "flights"]),
    # what it says of a named thing: the name must be there
    ("What does the resolution say about the Rohingya crisis?", ["Rohingya"]),
    ("Does the resolution mention the Frontex agency?", ["Frontex"]),
    ("Does the resolution say anything about artificial intelligence?", ["artificial", "intelligence"]),
    ("Does the resolution mention climate change?", []),  # "climate" is there; "change" alone proves nothing
    ("What does the resolution say about xenophobia?", []),
    ("Does the resolution ban a country’s curfews?", ["curfews"]),  # a possessive is its word, curly or not
    ("What fines does the resolution impose on smugglers?", ["fines"]),
    ("Does the resolution call for a global migration tax?", ["global", "tax"]),
    ("What is the resolution's position on the death penalty?", ["death", "penalty"]),
    ("Does the resolution express an opinion on Brexit?", ["Brexit"]),
    ("Is there a provision on the Schengen area?", ["Schengen"]),
    ("Are States required to provide legal aid to migrants?", ["provide", "legal", "aid"]),
    # numbers the question states, not those of the paragraphs or resolutions it names
    ("Does it say that children under 18 may not be detained?", ["18"]),
    ("Does it say migrants get citizenship after five years?", ["five"]),
    ("What does paragraph 16 say about remittances?", []),
    ("Does the resolution mention the two International Covenants?", []),  # counts what the text names
    ("Does it say asylum claims must be decided within six months?", ["six"]),
    # any question: names the text never uses, unless it uses another name of the question
    ("Is Australia's offshore detention policy criticized?", ["Australia"]),
    ("Can the Hague tribunal help citizens of New York?", []),  # "New York" is there
    ("Should the United Nations help Venezuelans?", ["Venezuelans"]),  # "United Nations" names nothing particular
    # other forms are searched, never decided by words: everyday words answer by meaning
    ("Should kids be kept in immigration lockups?", []),
    ("Does it say every person starts life with the same worth, whatever their skin colour?", []),
])
def test_absent_words(question, missing):
    assert absent_words(read(question), VOCABULARY) == missing


@pytest.mark.parametrize("question, symbols, missing", [
    # a resolution named with the title that describes it: "Does it on World Cleanup Day create ...?" once the
    # symbol is taken out (2026-12-05)
    ("Does resolution 79/260 on unforeseen and extraordinary expenses create a reserve fund for curfews?",
     ("A/RES/79/260",), ["reserve", "fund", "curfews"]),
    ("Does resolution 79/12 on cooperation with the League of Arab States ban smuggling?", ("A/RES/79/12",), []),
])
def test_a_resolution_named_with_its_title_asks_for_a_provision(question, symbols, missing):
    assert absent_words(read(question, symbols), VOCABULARY) == missing


@pytest.mark.parametrize("question, missing", [
    ("What does it say about preparing in neutral El Nino years?", []),
    ("What does it say about preparing in neutral El Niño years?", []),
    ("What are States urged to hand over in the Hammarskjold investigation?", []),
    ("What does it say about La Nina?", ["Nina"]),
])
def test_names_written_with_accents_are_known_without_them(question, missing):
    vocabulary = frozenset(words_of("Encourages preparedness during El Niño–Southern Oscillation neutral years; "
                                    "recalls the investigation into the death of Dag Hammarskjöld"))
    assert absent_words(read(question), vocabulary) == missing


def test_the_resolution_s_own_subject_is_no_topic():
    theme = frozenset(words_of("Protection of migrants"))
    assert absent_words(read("What is its position on walls against migrants?"), VOCABULARY) == []  # "migrants" is there
    assert absent_words(read("What is its position on walls against migrants?"), VOCABULARY, theme) == ["walls"]


def test_no_vocabulary_means_every_word_is_absent():
    assert absent_words(read("Does the resolution set a deadline?"), frozenset()) == ["deadline"]


SYNONYMS = {"kids", "school", "jobs"}  # words the paragraphs found have a near-synonym for, in this table


@pytest.mark.parametrize("question, missing", [
    ("What does the resolution say about school for kids?", []),  # both have near-synonyms
    ("What does the resolution say about jobs?", []),
    ("Is there a provision on dual citizenship?", ["dual"]),  # "citizenship" is there, "dual" has no synonym
    ("What does the resolution say about access to abortion for kids?", []),  # "kids" has one: not all count
    ("What does the resolution say about access to abortion?", ["abortion"]),
    ("Does the resolution mention climate change?", []),  # "change" ends a compound the text uses
    ("What does the resolution say about the right to return to one's own country?", []),  # "one's" is no topic
])
def test_missing_everyday_words_count_only_without_a_near_synonym(question, missing):
    assert absent_words(read(question), VOCABULARY, related=lambda word: word in SYNONYMS) == missing


@pytest.mark.parametrize("question, missing", [
    ("Are States required to fight xenophobia?", []),  # the asker's verb is not the provision
    ("Does the resolution require countries to build border walls?", ["walls"]),
])
def test_the_verb_of_a_required_act_is_not_the_provision(question, missing):
    assert absent_words(read(question), VOCABULARY | {"border", "countri"}) == missing


@pytest.mark.parametrize("question, missing", [
    # a noun the question asks with is no provision: "What role does it give to X?" asks what it says of X (2026-12-06)
    ("What role does the resolution give to civil society?", []),
    ("What importance does the resolution give to deportation flights?", []),
    ("What fines does the resolution impose on smugglers?", ["fines"]),  # a thing it would have to impose
])
def test_a_noun_asked_with_is_not_a_provision(question, missing):
    assert absent_words(read(question), VOCABULARY) == missing


DAYS = frozenset(words_of("Decides to proclaim 7 July of each year as World Kiswahili Language Day; welcomes the "
                          "High-level Dialogue on International Migration and Development and the Inter-American "
                          "Court of Human Rights; the International Day of the Snow Leopard"))


@pytest.mark.parametrize("question, missing", [
    # a word of a name written out whole that no paragraph uses, though its other words are used (2026-12-07)
    ("When is World Chess Day?", ["Chess"]),
    ("When is the International Day of the Cheetah?", ["Cheetah"]),
    ("What does it say about the International Day of the Snow Leopard?", []),
    ("When is World Swahili Language Day?", []),  # held in a longer word the text uses: "Kiswahili"
    ("What does it say about the High-level Dialogue on International Migration?", []),  # each part of "High-level"
    ("Has the Inter-American Court ruled on it?", []),
    ("When is World Bee Day?", ["Bee"]),  # three letters are a word too
    ("Chess Day: when is it?", []),  # the first word of a question is capitalised whatever it is
])
def test_a_word_missing_from_a_name_written_out(question, missing):
    assert absent_words(read(question), DAYS) == missing


@pytest.mark.parametrize("question", [
    # "Which date did it set for X?" asks for the date, not whether the text uses the word "date" (2026-12-07)
    "Which date did the resolution set for the International Day of the Snow Leopard?",
    "What amount does the resolution allocate to the Snow Leopard?",
])
def test_a_fact_asked_for_is_not_a_provision(question):
    assert absent_words(read(question), DAYS) == []
