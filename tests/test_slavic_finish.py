"""geo/extract/slavic/finish.py: what the whole of a Russian or Ukrainian article settles in its draft rows."""

import pytest

from geo.extract.pipeline import Options, extract_article
from geo.extract.records import Article

_HEAD = {"uk": "Нові колони під Куп’янськом\n\nМарта Левченко, «Вектор»\n10 квітня 2025\n\n",
         "ru": "Колонны у Купянска\n\nАнна Соколова, «Перевал»\n12 мая 2023\n\n"}


def _sources(text: str, lang: str) -> dict[str, str]:
    return {r["place"]: r["source"] for r in extract_article(Article("a", _HEAD[lang] + text), Options(), lang=lang)}


@pytest.mark.parametrize("text, lang, place, source", [
    # a sentence naming no source, right after one that does in its paragraph, goes on with it
    ("Генштаб ЗСУ повідомив, що ворог стягує резерви на Куп’янський напрямок. Колона з двадцяти танків пройшла "
     "через Валуйки до Куп’янська.", "uk", "Валуйки", "Генштаб ЗСУ"),
    ("Как сообщило Минобороны России, войска заняли новые позиции. Колонна техники прошла через Валуйки в Купянск.",
     "ru", "Валуйки", "Минобороны России"),
])
def test_a_sentence_goes_on_with_the_source_of_the_one_before(text, lang, place, source):
    assert _sources(text, lang)[place] == source


@pytest.mark.parametrize("text, lang, place", [
    # the next paragraph is the article's own voice again
    ("Генштаб ЗСУ повідомив, що ворог стягує резерви на Куп’янський напрямок.\n\nКолона з двадцяти танків пройшла "
     "через Валуйки до Куп’янська.", "uk", "Валуйки"),
    # only the sentence right after the source goes on with it
    ("Генштаб ЗСУ повідомив, що ворог стягує резерви на Куп’янський напрямок. Колона пройшла через Валуйки до "
     "Куп’янська. У Дворічній ми бачили ешелони.", "uk", "Дворічній"),
])
def test_the_articles_own_voice_speaks_elsewhere(text, lang, place):
    assert _sources(text, lang)[place] == "«Вектор»"  # the outlet speaks for its author (header.OUTLET_SPEAKS)


def test_the_carried_source_does_not_carry_its_status():
    # the General Staff's "ворог" makes its own sentence claimed; the next one's status is settled on its own words
    rows = extract_article(Article("a", _HEAD["uk"] + "Генштаб ЗСУ повідомив, що ворог стягує резерви на "
                                   "Куп’янський напрямок. Колона з двадцяти танків пройшла через Валуйки до "
                                   "Куп’янська."), Options(), lang="uk")
    by = {r["place"]: r for r in rows}
    assert by["Куп’янський напрямок"]["status"] == "claimed"
    assert by["Валуйки"]["source"] == "Генштаб ЗСУ" and by["Валуйки"]["status"] == "reported"


@pytest.mark.parametrize("text, source", [
    # a channel's own agents are the channel speaking, in the sentence that names them and the one going on with it
    ("🔥 АТЕШ | Окупанти виводять берегову оборону з Криму на Херсонщину\n\nНаші агенти зафіксували переміщення "
     "колони 126-ї бригади. Техніка вийшла з Перевального і рухалася через Сімферополь на північ.\n\n#Крим 👁 12K",
     "АТЕШ"),
    # and in the post's sentences that name no one, further on
    ("🔥 АТЕШ | Окупанти виводять берегову оборону з Криму на Херсонщину\n\nНаші агенти зафіксували колону в "
     "Перевальному.\n\nУвечері колона пройшла через Джанкой до Чонгара.\n\n#Крим 👁 12K", "АТЕШ"),
])
def test_a_channels_own_agents_are_the_channel(text, source):
    rows = [r for r in extract_article(Article("a", text), Options(), lang="uk") if r["place"] != "Крим"]
    assert rows and {r["source"] for r in rows} == {source}
    assert {r["status"] for r in rows} == {"claimed"}  # an anonymous channel's word


def test_an_interlocutor_is_no_channel():
    text = ("Кримський прибій 🌊\n\nНаш співрозмовник розповів, що колона вийшла з Перевального і рухалася через "
            "Сімферополь.\n\n#Крим 👁 12K")
    rows = extract_article(Article("a", text), Options(), lang="uk")
    assert rows and all(r["source"] != "Кримський прибій" for r in rows if r["place"] != "Крим")
