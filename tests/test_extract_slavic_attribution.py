"""geo/extract/slavic/attribution.py: who says so in Russian and Ukrainian, and for which side."""

import pytest

from geo.extract.slavic import attribution


@pytest.mark.parametrize("sentence, lang, source", [
    # the one told stands between the verb of saying and the office that says it
    ("Как сообщили «Курскому вестнику» в пресс-службе Управления Росгвардии по Курской области, охрану несут "
     "подразделения из Воронежа.", "ru", "пресс-служба Управления Росгвардии по Курской области"),
    ("Як розповіли нам у бригаді, батальйон відвели до Лебедина.", "uk", "бригада"),
    ("Как рассказали журналистам в Минобороны, колонны ушли из Белгорода.", "ru", "Минобороны"),
])
def test_the_office_that_says_it_after_the_one_told(sentence, lang, source):
    assert attribution.find_source(sentence, lang) == source


@pytest.mark.parametrize("source, party", [
    ("Путин", "RU"), ("Владимир Путин", "RU"), ("Кадыров", "RU"),
    ("официальный представитель МИД России Захарова", "RU"),
    ("губернатор Гладков", "RU"), ("Плетенчук", "UA"), ("речник ДПСУ Андрій Демченко", "UA"), ("Наєв", "UA"),
    ("Залужний", "UA"),
])
def test_the_sides_leaders_and_spokespeople_speak_for_their_side(source, party):
    assert attribution.voice_party(source) == party


def test_a_sides_spokesman_by_name_on_his_own_forces_confirms_on_the_adversarys_claims():
    assert attribution.settle_status("reported", "Плетенчук", "Ворог перекинув до Криму два кораблі.") == "claimed"
    assert attribution.settle_status("reported", "Кадыров", "Бойцы «Ахмата» прибыли в Курскую область.") \
        == "confirmed"


@pytest.mark.parametrize("text", [
    "Вспышка малярии в Херсоне", "по словам депутата Игнатьева", "Игнатенко сообщил", "Ермаков заявил",
    "сальдо торгового баланса", "маляр покрасил стену", "малярські роботи",
])
def test_a_leaders_surname_is_a_whole_word_and_no_common_noun(text):
    assert attribution.parties(text) == set()


@pytest.mark.parametrize("text, party", [
    ("за словами Ганни Маляр", "UA"), ("как сообщил Игнат", "UA"), ("з Ігнатом", "UA"), ("Владимир Сальдо", "RU"),
    ("Сальдо заявил", "RU"), ("путін", "RU"), ("Путиным", "RU"), ("кадыровцы", "RU"), ("Залужного", "UA"),
    ("Захаровой", "RU"), ("Шмигалем", "UA"), ("за словами речника Сергія Череватого", "UA"),
])
def test_a_leaders_surname_counts_in_any_of_its_forms(text, party):
    assert attribution.parties(text) == {party}


def test_a_speaker_whose_surname_begins_with_a_leaders_is_no_leader():
    from geo.extract.pipeline import extract_article
    from geo.extract.records import Article

    text = "Ротация\n\nКак сообщил депутат Игнатьев, из Херсона в Николаев ушли две роты морской пехоты."
    rows = extract_article(Article("a.txt", text), lang="ru")
    assert rows and {r["status"] for r in rows} == {"reported"}
