"""geo/extract/slavic/header.py: a statement's letterhead names its issuer (the article's own voice)."""

import pytest

from geo.extract.slavic import attribution, header


@pytest.mark.parametrize("first, lang, issuer", [
    ("Министерство обороны Российской Федерации", "ru", "Министерство обороны Российской Федерации"),
    ("Пресс-служба Центрального военного округа", "ru", "Пресс-служба Центрального военного округа"),
    # a department goes on with its ministry's name, "и" inside it
    ("Департамент информации и массовых коммуникаций Министерства обороны Российской Федерации", "ru",
     "Департамент информации и массовых коммуникаций Министерства обороны Российской Федерации"),
    # the issuer's verb of informing closes the letterhead, no part of its name
    ("Генеральний штаб Збройних Сил України інформує", "uk", "Генеральний штаб Збройних Сил України"),
    ("Державна прикордонна служба України", "uk", "Державна прикордонна служба України"),
])
def test_a_letterhead_alone_on_the_first_line_is_the_issuer(first, lang, issuer):
    text = f"{first}\n\nВоеннослужащие выполнили марш на полигон.\n\nКолонна прибыла в Душанбе."
    h = header.read(text, lang)
    assert h.issuer == issuer and h.voice == issuer
    assert attribution.byline(text, lang) == issuer
    assert h.spans[0] == (0, len(first))  # its places ("Российской Федерации") are no stops


@pytest.mark.parametrize("first, lang", [
    # a headline: a verb, a preposition, or a word of a sentence's punctuation
    ("Минобороны объявило о выводе гарнизона", "ru"),
    ("Флот уходит из Севастополя", "ru"),
    ("🇦🇲 Звартноц без ФСБ", "uk"),
    ("Сводка погоды на неделю", "ru"),
    ("Генштаб ЗСУ: ворог перекидає резерви", "uk"),
    # no body's noun at its head
    ("Российские и китайские ракетоносцы", "ru"),
])
def test_a_headline_is_no_letterhead(first, lang):
    text = f"{first}\n\nВоеннослужащие выполнили марш на полигон."
    assert header._letterhead(first, text, lang) == ""


def test_a_letterhead_stands_alone_a_blank_line_under_it():
    first = "Министерство обороны Российской Федерации"
    assert header._letterhead(first, f"{first}\nсообщает о марше.\n\nТекст.", "ru") == ""


def test_a_byline_speaks_before_a_letterhead():
    text = "Пресс-служба Центрального военного округа\n\nАлеся Мирончик, «Окно»\n20 февраля 2023\n\nТекст."
    assert header.read(text, "ru").voice == "«Окно»"
