"""geo/extract/language.py: which language an article is in, and the stages of each language."""

import pytest

from geo.extract.language import LanguageError, check, detect, stages


@pytest.mark.parametrize("text, lang", [
    ("Troops were sent from Kursk to Belgorod, the ministry said.", "en"),
    ("Войска перебросили из Белгорода в Курскую область эшелонами.", "ru"),
    ("Війська перекинули з Бєлгородщини на Харківщину залізницею.", "uk"),
    ("Колона пройшла через Куп'янськ.", "uk"),       # the apostrophe inside a word
    ("Колонна прошла через Купянск.", "ru"),
    ("KYIV (Reuters) - Колона", "en"),                 # mostly Latin letters
])
def test_detect(text, lang):
    assert detect(text) == lang


def test_a_short_text_without_telling_letters_is_read_by_its_words():
    assert detect("Колона вже там, та ще одна") == "uk"
    assert detect("Колонна уже там, что известно") == "ru"


def test_check_accepts_the_three_languages_and_refuses_others():
    assert check("ru") == "ru" and check(None) is None
    with pytest.raises(LanguageError, match="'de'"):
        check("de")


def test_each_language_has_its_stages():
    assert stages("en").lang == "en" and stages("ru").lang == "ru" and stages("uk").lang == "uk"
    assert stages("ru").find_places is not stages("en").find_places
