"""geo/extract/slavic/recognize.py: a village the gazetteer lacks, named after a preposition of place close to a town
it knows (UNKNOWN_BESIDE_A_TOWN), is a place, drawn round that town by the pipeline."""

import pytest

from geo.extract.pipeline import extract_article
from geo.extract.records import Article
from geo.extract.slavic import recognize
from geo.extract.slavic.recognize import find_places


def surfaces(text, lang):
    return [m.surface for m in find_places(text, lang)]


@pytest.mark.parametrize("text, lang, surface", [
    # a rare word no dictionary nor gazetteer knows, after a preposition of place, a town the gazetteer knows nearby
    ("Зранку штурмовики зайшли в Дилеївку. Бої тривають на околицях Торецька.", "uk", "Дилеївку"),
    ("Колона пройшла через Абейбару. Уранці її бачили біля Кідаля.", "uk", "Абейбару"),
    # a two-word name: a capitalised adjective in the noun's case before it
    ("Підрозділи закріпилися поблизу Малої Локні. Бої тривають під Суджею.", "uk", "Малої Локні"),
])
def test_an_unknown_word_beside_a_town_is_a_place(text, lang, surface):
    assert surface in surfaces(text, lang)
    recognize.UNKNOWN_BESIDE_A_TOWN = False
    try:
        assert surface not in surfaces(text, lang)  # without the town's evidence no reader takes it
    finally:
        recognize.UNKNOWN_BESIDE_A_TOWN = True


def test_a_two_word_name_is_asked_for_whole():
    """The adjective's nominative with the noun's: not the noun alone, which names another town (Локня, Pskov)."""
    (m,) = [m for m in find_places("Підрозділи закріпилися поблизу Малої Локні. Бої тривають під Суджею.", "uk")
            if m.surface == "Малої Локні"]
    assert m.query == "Мала Локня" and "loknya" != m.fallback.lower()


@pytest.mark.parametrize("text, lang, surface", [
    # no town the gazetteer knows within reach
    ("Зранку штурмовики зайшли в Дилеївку.", "uk", "Дилеївку"),
    # the town is the movement's other end in the word's own sentence: it says nothing of where the word lies
    ("Бригада прибула з Кракена до Харкова.", "uk", "Кракена"),
    # a plural: weapons, not a village
    ("Бригада, яка навчалася на Абрамсах, прибула до Харкова.", "uk", "Абрамсах"),
    # a person's accusative after "у": a place's masculine accusative is its nominative
    ("Бригада прибула до Харкова, повідомили у Сирського.", "uk", "Сирського"),
    # a frequent word (a platform)
    ("Відео з Харкова опублікували у Телеграмі.", "uk", "Телеграмі"),
])
def test_an_unknown_word_beside_a_town_that_is_no_place(text, lang, surface):
    assert surface not in surfaces(text, lang)


def test_the_village_is_drawn_round_the_town():
    """The pipeline places the village near the town named beside it, to check."""
    text = "Зранку штурмовики зайшли в Дилеївку. Бої тривають на околицях Торецька."
    rows = [r for r in extract_article(Article("t", text), lang="uk") if r["place"] == "Дилеївку"]
    assert rows and rows[0]["lat"] is not None and abs(float(rows[0]["lat"]) - 48.4) < 0.3


def test_a_village_natasha_reads_as_a_person_beside_a_town():
    """Russian: natasha reads a lone village's name as a person's at times; no dictionary knows it for one."""
    text = "Штурмовые группы закрепились у Кайрагача. Ранее бои шли в Исфаре."
    assert "Кайрагача" in surfaces(text, "ru")
    recognize.UNKNOWN_LONE_PERSONS = False
    try:
        assert "Кайрагача" not in surfaces(text, "ru")
    finally:
        recognize.UNKNOWN_LONE_PERSONS = True


def test_a_surname_natasha_reads_stays_no_place():
    """A person's name the dictionary knows is no place, beside a town or not."""
    assert "Шойгу" not in surfaces("Колонна прибыла в Курск, сообщили у Шойгу.", "ru")
