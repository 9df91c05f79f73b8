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
    # a body named after the head noun, which names what moves
    ("Колонна войск Росгвардии", "ru"),
    ("Новая бригада ВСУ", "ru"),
])
def test_a_headline_is_no_letterhead(first, lang):
    text = f"{first}\n\nВоеннослужащие выполнили марш на полигон."
    assert header._letterhead(first, text, lang) == ""


@pytest.mark.parametrize("first, lang", [
    # a force's name alone: a headline (what moves), no office that issues the text
    ("Флот России", "ru"), ("Войска Беларуси", "ru"), ("Черноморский флот", "ru"), ("Сили оборони України", "uk"),
])
def test_a_forces_name_alone_is_a_headline_not_a_letterhead(first, lang):
    from geo.extract.pipeline import extract_article
    from geo.extract.records import Article

    text = f"{first}\n\nИз Севастополя в Новороссийск ушли три фрегата."
    assert header.read(text, lang).issuer == ""
    assert first not in {r["source"] for r in extract_article(Article("a.txt", text), lang=lang)}


def test_a_letterhead_stands_alone_a_blank_line_under_it():
    first = "Министерство обороны Российской Федерации"
    assert header._letterhead(first, f"{first}\nсообщает о марше.\n\nТекст.", "ru") == ""


def test_a_byline_speaks_before_a_letterhead():
    text = "Пресс-служба Центрального военного округа\n\nАлеся Мирончик, «Окно»\n20 февраля 2023\n\nТекст."
    assert header.read(text, "ru").voice == "«Окно»"


@pytest.mark.parametrize("closing, lang, name", [
    ("Подписывайтесь на «Флотский вестник», у нас всё раньше всех ⚓️\n#ВМФ #Каспий", "ru", "«Флотский вестник»"),
    ("Харьковская область, подписывайтесь на «Северный ветер» 👇\n#Волчанск #СВО", "ru", "«Северный ветер»"),
    ("Підписатися 👉 Північний рубіж", "uk", "Північний рубіж"),
    ("Подписывайтесь 👉 @zmey_front", "ru", "@zmey_front"),
    ("Підписуйтесь: Кавказький вузол | новини Кавказу українською", "uk", "Кавказький вузол"),
])
def test_a_post_signed_by_its_call_to_subscribe_speaks_with_that_channel(closing, lang, name):
    text = f"⚡️Обстановка на утро 5 июня\n\nНаши источники сообщают: колонна прошла через Купянск 👀 #фронт\n\n{closing}"
    h = header.read(text, lang)
    assert h.outlet == name and h.voice == name
    a = text.index(closing.split("\n")[0])
    assert (a, a + len(closing.split("\n")[0])) in h.spans  # "Харьковская область" there is no stop


@pytest.mark.parametrize("closing", ["👉 Підписатися | ✍️ Надіслати інфу", "Подписаться | Прислать информацию",
                                     "Подписывайтесь на нашу ежедневную рассылку — главное о войне",
                                     # lower-case words after the call: no name ("на нас", "на канал", a clause)
                                     "Подписывайтесь на нас в Telegram.", "Подпишитесь, чтобы не пропустить главное!",
                                     "Підписуйтесь на наш канал.", "Подписывайтесь, ставьте лайки"])
def test_a_call_to_subscribe_that_names_no_channel_names_none(closing):
    text = f"⚡️Обстановка на утро\n\nКолонна прошла через Купянск 👀 #фронт\n\n{closing}"
    assert header.read(text, "ru").outlet == ""


def test_only_a_post_is_signed_by_a_call_to_subscribe():
    body = "\n\n".join(["Колонна прошла через Купянск и ушла дальше на восток к линии фронта."] * 7)
    text = f"Войска ушли из Херсона\n\n{body}\n\nПодписывайтесь на «Флотский вестник»."
    assert header.read(text, "ru").outlet == ""


@pytest.mark.parametrize("text, lang", [
    # a headline or a sentence that ends on a quoted name names no outlet
    ("В Молдавию прибыли военные США для учений «Огненный щит»\n\nКИШИНЕВ, 9 сен — РИА Новости. Военные прибыли.",
     "ru"),
    ("Ефіопія та Еритрея\n\nАддис-Абеба заперечує підготовку до нападу і називає пересування «плановими "
     "навчаннями».\n\nКолони йдуть до кордону.", "uk"),
    # nor a post's line that opens with one common noun before a dash
    ("⚡️ЗМЕИНЫЙ: ВСУ ГОТОВЯТ ДЕСАНТ⚡️\n\nПротивник стягивает силы 👀\n\nЦель — остров Змеиный 🎯\n\n#Змеиный #Одесса",
     "ru"),
])
def test_no_outlet_read_from_a_sentence_or_a_common_noun(text, lang):
    assert header.read(text, lang).outlet == ""


def test_an_outlets_rubric_beside_it_keeps_the_byline():
    text = ("Росіяни знову ховають стратегічну авіацію\n\nDefense Express | Авіація\n\n"
            "Супутникові знімки показують, що на авіабазі Оленья стояли вісім Ту-95МС.")
    assert header.read(text, "uk").outlet == "Defense Express"


def test_a_briefing_is_its_speakers_statement():
    first = "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 16 мая 2024 года"
    h = header.read(f"{first}\n\nО поставках вооружений\n\nКолонны идут через Ягодин.", "ru")
    assert h.issuer == "официальный представитель МИД России М.В.Захарова"


@pytest.mark.parametrize("head, issuer", [
    ("Брифинг официального представителя МИД России М.В.Захаровой, Москва, 16 мая 2024 года",
     "официальный представитель МИД России М.В.Захарова"),
    # a bracket after the issuer ends it as a comma does
    ("Сводка Министерства обороны Российской Федерации (10 мая 2024 года)",
     "Министерство обороны Российской Федерации"),
    ("Заявление МИД России (перевод)", "МИД России"),
])
def test_a_bulletin_s_heading_names_its_issuer_up_to_a_comma_or_a_bracket(head, issuer):
    assert header._issuer(head, "ru") == issuer
