"""geo/extract/slavic/header.py: who publishes a Russian or Ukrainian article, from its top lines."""

import pytest

from geo.extract.slavic import header
from geo.extract.slavic.sentences import split_sentences
from geo.extract.slavic.recognize import find_places
from geo.extract.slavic.roles import assign_roles


@pytest.mark.parametrize("text, lang, voice", [
    # a byline of an author and an outlet, below a headline and a lead
    ("Учения, которые не закончились\nГод назад начались учения.\nАлеся Мирончик, «Окно»\n20 февраля 2023\n\n"
     "Эшелоны пошли из Смоленска.", "ru", "Алеся Мирончик, «Окно»"),
    # the kind of piece, the author and the date, parted by bullets
    ("Дорога на Суджу\nЛонгрід • Марта Левченко • 10 квітня 2025\n\nЦя дорога має кілька назв.", "uk",
     "Марта Левченко"),
    # an outlet in the genitive after the kind of piece, then its authors
    ("Т-62 едут на запад\n\nРасследование «Перевала»\nТекст: Анна Соколова, Дмитрий Ерохин\n12 мая 2023\n\n"
     "Эшелон вышел из Уссурийска.", "ru", "Анна Соколова, Дмитрий Ерохин, «Перевал»"),
    # an outlet, the kind of piece and the date
    ("Нові С-400 для Криму\n\nКрим.Реалії | Розслідування | 18 вересня 2024\n\nЕшелон пройшов мостом.", "uk",
     "Крим.Реалії"),
    # an agency after a place, a date and a time
    ("Колони прибули до табору\nКиїв, 18.07.2023 11:05. Укрінформ\nКолони прибули.", "uk", "Укрінформ"),
    ("Бригада стала до ладу\nВільнюс 22.05.2025 15:10\nУкрінформ\nБригада прибула.", "uk", "Укрінформ"),
    # a channel's name on a post's first line (its emoji dropped)
    ("Крымский бриз 🌊\n🚨 Подписчики сообщают, 19.05:\n\nДжанкой — пришёл эшелон.\n\n#Крым", "ru", "Крымский бриз"),
    ("Курск 46 | Новости\n❗️Подписчики сообщают: через Курчатов прошла колонна.\n👁 112K", "ru", "Курск 46 | Новости"),
    # a channel's name before the bar of a post's headline (a name in capitals is no verb: "АТЕШ")
    ("🔥 АТЕШ | Окупанти виводять берегову оборону з Криму на Херсонщину\n\nНаші агенти зафіксували колону.\n\n"
     "#Крим 👁 12K", "uk", "АТЕШ"),
    # an official statement's issuer in its headline
    ("Державна прикордонна служба України: ситуація на кордоні з Білоруссю\n\nКИЇВ, 26 серпня – Служба "
     "продовжує моніторинг.", "uk", "Державна прикордонна служба України"),
    # who says so, after a wire headline's dash
    ("Росія перекинула під Куп’янськ бригаду – речник ОСУВ «Хортиця»\n15:27, 24.10.2024\nРосіяни стягують сили.",
     "uk", "речник ОСУВ «Хортиця»"),
    # an outlet telling what it did, in the lead
    ("Из Раджина в Тихорецк\n«Сигнал» изучил спутниковые снимки и данные трекеров.\nРасследование · 20 октября "
     "2023\n\nСуда шли в Дунай.", "ru", "«Сигнал»"),
    # a military paper's byline: a rank before the author's name, the paper and a date ending in "г."/"р."
    ("Курс — Котельный\n\nКапитан 2 ранга Андрей Гаврилов\n«Красная звезда», 14 сентября 2021 г.\n\nОтряд вышел "
     "из Североморска.", "ru", "Андрей Гаврилов, «Красная звезда»"),
    ("Бригада на марші\n\nПолковник Олег Петренко\n«Народна армія», 3 травня 2022 р.\n\nБригада вийшла з Житомира.",
     "uk", "Олег Петренко, «Народна армія»"),
])
def test_the_voice_of_an_article(text, lang, voice):
    assert _printed(header.read(text, lang)) == voice


def _printed(h: header.Header) -> str:
    """The byline as read: "author, outlet", either alone, else the issuer."""
    return ", ".join(x for x in (h.author, h.outlet) if x) or h.issuer


@pytest.mark.parametrize("text, lang, voice", [
    # an outlet and its authors: the outlet speaks (the authors write for it)
    ("Учения\nГод назад начались учения.\nАлеся Мирончик, «Окно»\n20 февраля 2023\n\nЭшелоны пошли из Смоленска.",
     "ru", "«Окно»"),
    ("Т-62 едут на запад\n\nРасследование «Перевала»\nТекст: Анна Соколова, Дмитрий Ерохин\n12 мая 2023\n\n"
     "Эшелон вышел из Уссурийска.", "ru", "«Перевал»"),
    # an author alone speaks for herself
    ("Дорога на Суджу\nЛонгрід • Марта Левченко • 10 квітня 2025\n\nЦя дорога має кілька назв.", "uk",
     "Марта Левченко"),
])
def test_the_outlet_speaks_for_its_authors(text, lang, voice):
    assert header.read(text, lang).voice == voice


@pytest.mark.parametrize("text, lang", [
    # a headline and a body: no byline
    ("Колонны выдвигаются в Курскую область\nМОСКВА, 9 августа. /ТАСС/. Колонны выдвигаются.", "ru"),
    # section headings are no outlets, a headline with a colon is no channel
    ("Від Чхонджіна до Суджі: історія контингенту\nКоли наприкінці квітня ...\nМорем до Владивостока\n"
     "Перші кораблі вийшли з Чхонджіна.", "uk"),
    ("🚢 «Ангара» знову в Раджині\nСудно знову помітили в порту Раджин.", "uk"),
    # a long headline with a bar whose first part is a sentence: no channel
    ("Росіяни лізуть до Куп’янська через газову трубу | новини дня\n\nОкупанти намагалися просочити піхоту.\n\n"
     "#Куп’янськ 👁 5K", "uk"),
    # a headline with a colon is no issuer unless an organisation speaks
    ("Флот, що втік із власної бухти: куди подівся Чорноморський флот\nІгор Стеценко\n\nКораблі пішли.", "uk"),
    # a rank and a word that is no name: no author
    ("Капитан корабля рассказал о походе\nКапитан корабля\n\nОтряд вышел из Североморска.", "ru"),
])
def test_no_outlet_where_none_is_printed(text, lang):
    h = header.read(text, lang)
    assert not h.outlet and not h.issuer


def test_a_place_in_a_byline_or_a_channel_name_is_no_stop():
    text = ("Развожаев | Севастополь\nДрузья, важная информация.\n\nКолонны морской пехоты пойдут из Казачьей бухты "
            "в Севастополь.\n👁 214K")
    reps = assign_roles(text, split_sentences(text), find_places(text, "ru"), "ru")
    first = [r for r in reps if r.mention.start < 25]
    assert first and all(r.role == "mention" for r in first)
    assert any(r.role != "mention" for r in reps if r.mention.start > 25)
    text = "Росіяни підтягують понтони\nКраматорськ • 11 липня 2024, 18:05 • Олена Гаврилюк\n\nПонтони везуть до Часового Яру."
    assert header.read(text, "uk").voice == "Олена Гаврилюк"
    reps = assign_roles(text, split_sentences(text), find_places(text, "uk"), "uk")
    assert [r.role for r in reps if r.mention.surface == "Краматорськ"] == ["mention"]


def test_an_address_is_no_byline_and_the_statements_issuer_speaks():
    text = ("Звернення начальника Сумської обласної військової адміністрації Володимира Артюха\n\n"
            "СУМИ, 19 березня 2025 року\n\nШановні жителі Сумщини!\n\n"
            "Хочу чесно поінформувати вас про ситуацію в прикордонних громадах області.\n")
    voice = header.read(text, "uk").voice
    assert "Шановні" not in voice and voice.startswith("начальник Сумської обласної військової адміністрації")


@pytest.mark.parametrize("text, lang, voice", [
    # a ranked name alone over the text is whom a profile or an interview is about, not its author (REVIEW4 M1)
    ("Генерал Валерий Залужный\n\nВойска вышли из Херсона и переправились через Днепр.", "ru", ""),
    ("Главком ВСУ\nГенерал Валерий Залужный\n\nВойска вышли из Херсона.", "ru", ""),
    ("Интервью\nГенерал Олександр Сирський\n\nВійська вийшли з Херсона.", "uk", ""),
    ("Капитан Андрей Гаврилов\n\nОтряд вышел из Североморска.", "ru", ""),
    # with an outlet or a date beside it, a byline
    ("Курс — Котельный\n\nКапитан 2 ранга Андрей Гаврилов\n«Красная звезда», 14 сентября 2021 г.\n\nОтряд вышел "
     "из Североморска.", "ru", "Андрей Гаврилов, «Красная звезда»"),
    ("Залужный: войска вышли из Херсона\nГенерал Валерий Залужный, 14 ноября 2022 г.\n\nВойска вышли из Херсона.",
     "ru", "Валерий Залужный"),
    # every ranked author loses the rank (REVIEW4 M2)
    ("Полковник Олег Петренко та майор Іван Сидоренко\n«Народна армія», 3 травня 2022 р.\n\nБригада вийшла з "
     "Житомира.", "uk", "Олег Петренко та Іван Сидоренко, «Народна армія»"),
])
def test_a_ranked_name_is_an_author_only_beside_a_byline(text, lang, voice):
    # (a ranked author speaks for himself, beside his paper)
    assert header.read(text, lang).voice == voice


@pytest.mark.parametrize("text, lang, voice", [
    # an author who speaks in the first person, a column, a ranked author: the author beside the outlet (REVIEW2 M2)
    ("Куда идут колонны\n\nЮлия Латынина, «Новая газета»\n12 мая 2023\n\nЯ сама видела, как колонна Т-72 шла из "
     "Белгорода в сторону Грайворона.", "ru", "Юлия Латынина, «Новая газета»"),
    ("Трасса\n\nИльдар Гарипов, «Окно»\n3 марта 2023\n\nЯ стоял у трассы под Белгородом и видел колонну.", "ru",
     "Ильдар Гарипов, «Окно»"),
    ("Мнение\n\nГенерал-лейтенант Игорь Романенко, «Цензор.НЕТ»\n\nЯ получил данные из своих источников: Россия "
     "перебросила из Белгорода к Волчанску две бригады.", "ru", "Игорь Романенко, «Цензор.НЕТ»"),
    # ... but a first person quoted from another speaker is not the author's
    ("Учения\nАлеся Мирончик, «Окно»\n20 февраля 2023\n\n«Я видел эшелон», — сказал житель. Эшелоны пошли из "
     "Смоленска.", "ru", "«Окно»"),
])
def test_an_author_who_speaks_for_herself_speaks_beside_her_outlet(text, lang, voice):
    assert header.read(text, lang).voice == voice


def test_without_the_outlets_voice_the_authors_speak_beside_it(monkeypatch):
    monkeypatch.setattr(header, "OUTLET_SPEAKS", False)
    text = "Учения\nГод назад начались учения.\nАлеся Мирончик, «Окно»\n20 февраля 2023\n\nЭшелоны пошли из Смоленска."
    assert header.read.__wrapped__(text, "ru").voice == "Алеся Мирончик, «Окно»"


def test_a_rank_heads_only_a_capitalised_name():
    from geo.extract.slavic.header import _unranked

    assert _unranked("Капитан корабля") == "Капитан корабля"
    assert _unranked("Полковник Олег Петренко, майор Іван Сидоренко і капітан Петро Коваль") == \
        "Олег Петренко, Іван Сидоренко і Петро Коваль"


@pytest.mark.parametrize("headline, lang, issuer", [
    # a bulletin or a summary titled by its issuer speaks with the issuer's voice
    ("Сводка Министерства обороны Российской Федерации о ходе специальной военной операции", "ru",
     "Министерство обороны Российской Федерации"),
    ("Оперативна інформація ВМС ЗСУ станом на 06:00 3 серпня 2024 року", "uk", "ВМС ЗСУ"),
    ("Сообщение Департамента информации и массовых коммуникаций Министерства обороны Российской Федерации", "ru",
     "Департамент информации и массовых коммуникаций Министерства обороны Российской Федерации"),
    ("Оперативна інформація Генерального штабу ЗСУ станом на 08:00 19.11.2026", "uk",
     "Генеральний штаб ЗСУ"),
    # ... not one that names no body
    ("Оперативна інформація станом на 08:00 21.11.2024 щодо російського вторгнення", "uk", ""),
    ("Сообщение о взрыве в Курске", "ru", ""),
    ("Сводка погоды на неделю", "ru", ""),
    # ... nor one whose topic names forces or a body after a preposition (REVIEW2 H1)
    ("Сообщение о переброске войск в Белгородскую область", "ru", ""),
    ("Повідомлення про рух військ РФ біля кордону", "uk", ""),
    ("Сообщение о якобы выводе войск из Херсона не соответствует действительности", "ru", ""),
    ("Зведення про ситуацію на фронті від Генштабу ЗСУ", "uk", ""),
    ("Сводка о ходе СВО от Минобороны России", "ru", ""),
])
def test_a_bulletin_titled_by_its_issuer(headline, lang, issuer):
    assert header.read(headline + "\n\nКолонны вышли из Курска.", lang).issuer == issuer


@pytest.mark.parametrize("line, outlet", [
    ("Conflict Intelligence Team · Еженедельный обзор · 6 июня 2024", "Conflict Intelligence Team"),
    ("Центр аналізу оборони · щоденний огляд", "Центр аналізу оборони"),
])
def test_a_review_is_a_kind_of_piece_beside_its_outlet(line, outlet):
    lang = "uk" if "огляд" in line else "ru"
    assert header.read(f"Заголовок статті\n{line}\n\nКолона рухалася.", lang).outlet == outlet


@pytest.mark.parametrize("text, lang, outlet", [
    # a channel's post opens with its name and the post's date after a bar: the date is no part of the name
    ("🇷🇺 ТОРЕЦКОЕ НАПРАВЛЕНИЕ | 22.10\n\nНаши штурмовики зашли в Щербиновку 🔥\n\n👁 12K", "ru", "ТОРЕЦКОЕ НАПРАВЛЕНИЕ"),
    ("Курск 46 | Новости\n❗️Подписчики сообщают: через Курчатов прошла колонна.\n👁 112K", "ru", "Курск 46 | Новости"),
])
def test_a_channels_name_without_its_posts_date(text, lang, outlet):
    assert header.read(text, lang).outlet == outlet
