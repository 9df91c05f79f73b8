"""geo/extract/slavic/recognize.py: place names in Russian and Ukrainian, as printed, with the nominative to geocode."""

import pytest

from geo import gazetteer as gz
from geo.extract.resolve import resolve
from geo.extract.slavic import morph
from geo.extract.slavic.recognize import find_places, town_keys


def places(text, lang):
    return [(m.surface, m.query) for m in find_places(text, lang)]


@pytest.mark.parametrize("text, lang, surface, query", [
    ("Корабли доставили бойцов из Владивостока.", "ru", "Владивостока", "Владивосток"),
    ("Колонна вошла во Льгов ночью.", "ru", "Льгов", "Льгов"),
    ("Бои идут под Купянском.", "ru", "Купянском", "Купянск"),
    ("Резерви перекинули до Куп'янська.", "uk", "Куп'янська", "Куп'янськ"),
    ("Резерви перекинули до Куп’янська.", "uk", "Куп’янська", "Куп'янськ"),   # one apostrophe in the query
    ("Резерви перекинули до Купʼянська.", "uk", "Купʼянська", "Куп'янськ"),
    ("Бригаду перекинули на Харківщину.", "uk", "Харківщину", "Харківщина"),
    ("Режим ЧС введён в Курской области.", "ru", "Курской области", "Курская область"),
])
def test_inflected_names(text, lang, surface, query):
    assert (surface, query) in places(text, lang)


@pytest.mark.parametrize("text, lang, lat, lon, precision", [
    ("Бои идут под Купянском.", "ru", 49.71, 37.62, "city"),
    ("Резерви перекинули до Куп’янська.", "uk", 49.71, 37.62, "city"),
    ("Бригаду перекинули на Харківщину.", "uk", 49.7, 36.4, "region"),
    ("Режим ЧС введён в Курской области.", "ru", 51.7, 36.2, "region"),
    ("Колонна вошла во Льгов ночью.", "ru", 51.66, 35.27, "city"),
    # an oblast is named after a town, never after a village (Ярославка, Odesa oblast) nor a town abroad (Jarosław)
    ("Колона техніки прибула до Ярославської області.", "uk", 57.65, 39.57, "region"),
])
def test_inflected_names_resolve(text, lang, lat, lon, precision):
    ms = find_places(text, lang)
    (r,) = resolve(ms, None, text)
    assert abs(r.lat - lat) < 0.5 and abs(r.lon - lon) < 0.5 and r.precision == precision


def test_a_front_sector_is_the_area_around_its_town_not_the_town():
    text = "Ворог готує штурм на Покровському напрямку."
    (m,) = find_places(text, "uk")
    assert (m.surface, m.kind, m.sector) == ("Покровському напрямку", "vague", 25.0)
    (r,) = resolve([m], None, text)
    assert r.precision == "area" and r.radius_km >= 25 and abs(r.lat - 48.28) < 0.3 and abs(r.lon - 37.18) < 0.3


def test_a_district_by_its_adjective_is_its_town_s_area():
    (m,) = find_places("Бои шли в Суджанском районе.", "ru")
    assert m.query == "Суджа" and m.kind == "vague"


def test_adjectives_joined_before_one_plural_area_noun_are_two_areas():
    got = places("Отряды прибыли из Орловской и Белгородской областей.", "ru")
    assert got == [("Орловской", "Орловская область"), ("Белгородской областей", "Белгородская область")]


@pytest.mark.parametrize("text, lang, surface, query, fallback", [
    # a facility named by its town's adjective: the gazetteer reads the facility, else the town
    ("Батальйон стоїть на Брестському полігоні.", "uk", "Брестському полігоні", "Брестський полігон", "Брест"),
    ("Полк перебросили на Борисовский полигон.", "ru", "Борисовский полигон", "Борисовский полигон", "Борисов"),
    # a name in quotation marks after a facility's noun is a place, not a ship's or a firm's name
    ("Десант высадился в аэропорту «Антонов».", "ru", "Антонов", "аэропорт Антонов", "Антонов"),
])
def test_facilities_named_by_an_adjective_or_in_quotation_marks(text, lang, surface, query, fallback):
    got = [(m.surface, m.query, m.fallback) for m in find_places(text, lang)]
    assert (surface, query, fallback) in got


def test_each_name_of_a_quoted_list_after_one_facility_noun_is_a_place():
    got = places("Посилено охорону пунктів пропуску «Кучурган», «Платонове» та «Велика Кісниця».", "uk")
    assert [s for s, _q in got] == ["Кучурган", "Платонове", "Велика Кісниця"]
    assert got[0][1] == "пункт пропуску Кучурган"


def test_a_quoted_name_after_another_noun_stays_no_place():
    assert places("Бойцы «Вагнера» покинули лагерь.", "ru") == []


@pytest.mark.parametrize("text, lang, surface, query", [
    # a sector by a Ukrainian adjective whose town has "о" where it has "і", and one of a town in "-нна"
    ("Підрозділи воювали на Сватівському та Кремінському напрямках.", "uk", "Кремінському напрямках", "Кремінна"),
    ("Підрозділи воювали на Сватівському та Кремінському напрямках.", "uk", "Сватівському", "Сватово"),
    # lower-case adjectives joined before one plural sector noun
    ("Войска направлены на мозырском и гомельском направлениях.", "ru", "мозырском", "Мозырь"),
    # a word the dictionary does not know, guessed a verb by its ending, may be a town
    ("Колони йдуть через Шебекине.", "uk", "Шебекине", "Шебекино"),
    # a town with the oblast it is in after it
    ("Ворог використовує вузол у Валуйках Бєлгородської області.", "uk", "Валуйках", "Валуйки"),
    # an adjective-form name is no adjective of a noun of another gender after it
    ("За даними військових, станцію Сватове противник використовує як вузол.", "uk", "Сватове", "Сватове"),
    # a town opening a sentence
    ("Це фейк. Куп'янськ під контролем ЗСУ.", "uk", "Куп'янськ", "Куп'янськ"),
    # a two-word name found through its nominative in Latin letters
    ("Войска перебросили к Великой Новоселке.", "ru", "Великой Новоселке", "Великая Новоселка"),
])
def test_names_the_recogniser_had_missed(text, lang, surface, query):
    assert (surface, query) in places(text, lang)


@pytest.mark.parametrize("text, lang, surface, query", [
    # natasha's span ran on into a lower-case adjective after the name: the adjective is no part of it
    ("Из Осиповичей железнодорожными эшелонами в Гомельскую область направлены дивизионы.", "ru", "Осиповичей",
     "Осиповичи"),
    # plural names of islands are known in the plural, not as one island
    ("Отряд провёл учения под Новосибирскими островами.", "ru", "Новосибирскими островами", "Новосибирские острова"),
    ("Кораблі патрулюють біля Курильських островів.", "uk", "Курильських островів", "Курильські острови"),
])
def test_a_name_ends_where_its_words_do(text, lang, surface, query):
    assert (surface, query) in places(text, lang)


@pytest.mark.parametrize("text, lang, surface", [
    # a name's last word may be a lower-case noun: natasha's whole span stays
    ("Подлодки всплыли у острова под Северным полюсом.", "ru", "Северным полюсом"),
    ("Колонна вышла из Ростова-на-Дону утром.", "ru", "Ростова-на-Дону"),
])
def test_a_names_lower_case_noun_stays_part_of_it(text, lang, surface):
    assert surface in [s for s, _q in places(text, lang)]


@pytest.mark.parametrize("text, lang, surface", [
    # a small town that is also a surname, listed after a place a preposition of place governs: like joins like
    ("Часть колонны пыталась обойти Киев с запада — через Бородянку и Макаров.", "ru", "Макаров"),
    ("Резервы выдвигаются к Волчанску и Липцам.", "ru", "Липцам"),
])
def test_a_small_town_listed_after_a_place_is_a_place(text, lang, surface):
    assert surface in [s for s, _q in places(text, lang)]


@pytest.mark.parametrize("text, lang", [
    ("Встреча с Путиным и Макаровым прошла утром.", "ru"),   # listed after a person, not a place
    ("Колонна прошла через Макаров.", "ru"),                   # alone, a small town that is a surname stays out
])
def test_a_surname_not_listed_after_a_place_stays_no_place(text, lang):
    assert "Макаров" not in [q for _s, q in places(text, lang)]


@pytest.mark.parametrize("text, lang", [
    # a surname listed after a place: its only namesake is abroad (Petrov, Czech Republic), far from the place
    ("Российские войска перебросили к Волчанску и Петрову из Белгорода.", "ru"),
    ("Резервы выдвигаются к Волчанску и Петрову, сообщил генерал Сырский.", "ru"),
    ("Колонна прошла через Бородянку и Петров.", "ru"),
])
def test_a_surname_listed_after_a_place_with_no_namesake_near_it_stays_no_place(text, lang):
    assert "Петров" not in [q for _s, q in places(text, lang)]


def test_the_second_word_of_a_two_word_name_the_gazetteer_lacks_is_no_place_alone():
    # "Мала Локня" is not in the gazetteer; "Локня" alone is a town 700 km away
    assert places("Бої тривають поблизу Малої Локні.", "uk") == []


@pytest.mark.parametrize("text, lang", [
    ("Морпехи Севастопольской бригады заняли позиции.", "ru"),       # honorary unit names
    ("Бійці Краснодарсько-Харбінської бригади відійшли.", "uk"),
    ("Большой десантный корабль «Ямал» вышел в море.", "ru"),        # ship names
    ("Фрегат «Адмірал Ессен» вийшов у море.", "uk"),
    ("Колонна шла по трассе М-2 «Крым» ночью.", "ru"),               # highways
    ("Бійці Сил оборони тримають позиції.", "uk"),                    # a common word that is also a village
    ("Зима була важкою для піхоти.", "uk"),
])
def test_names_that_are_no_places(text, lang):
    assert places(text, lang) == []


def test_persons_are_no_places():
    assert places("Президент Владимир Путин провёл совещание.", "ru") == []


@pytest.mark.parametrize("text, lang, place", [
    ("За словами координатора Джона Кирбі, контейнери прибули до Росії.", "uk", "Росії"),
    ("Речник Олега Кирбі не коментував. Колона пройшла через Суми.", "uk", "Суми"),
])
def test_a_surname_after_its_first_name_is_no_place(text, lang, place):
    # "Кирбі" is a village's name too; after a first name it is a person's
    assert [s for s, _q in places(text, lang)] == [place]


def test_a_places_adjective_gives_its_town():
    assert "покровськ" in town_keys("покровський") and "суджа" in town_keys("суджанский")
    assert "курахове" in town_keys("курахівський")


def test_a_places_adjective_of_a_soft_or_changed_stem_gives_its_town():
    # "тульський" of Тула (a soft "л" before the suffix), "калузький" of Калуга, "коренівський" of Коренево
    assert "тула" in town_keys("тульський") and "калуга" in town_keys("калузький")
    assert "коренево" in town_keys("коренівський")


@pytest.mark.parametrize("text, lang, query", [
    # an oblast's adjective is a town of a country of oblasts: Тула, not Toul (France, whose region is Grand-Est)
    ("Командування перекидає підрозділи з Тульської та Калузької областей.", "uk", "Tula Oblast"),
    # a front's sector likewise: Кременная, not Kremmen in Germany
    ("Бои идут на Кременском направлении.", "ru", "Кременная"),
])
def test_an_areas_adjective_is_a_town_of_a_country_that_names_its_areas_so(text, lang, query):
    assert query in [q for _s, q in places(text, lang)]


@pytest.mark.parametrize("text, query, home", [
    # a district or a region may be abroad: its adjective's own town (Lublin), not Moscow's Люблино, a nearer stem
    ("Войска перебросили в Люблинский регион Польши.", "Lubelskie", "Moskva"),
    ("Войска перебросили в Люблинском районе.", "Lublin", "Люблино"),
])
def test_a_district_or_regions_adjective_abroad_is_its_own_town(text, query, home):
    queries = [q for _s, q in places(text, "ru")]
    assert query in queries and home not in queries


def test_a_name_the_gazetteer_lacks_in_cyrillic_is_tried_in_latin():
    (m,) = find_places("Фрегат вийшов з Новоросійська.", "uk")
    assert (m.query, m.fallback) == ("Новоросійськ", "Novorosiysk")
    (r,) = resolve([m], None, "")
    assert r.name == "Novorossiysk"


def _placed(text, lang):
    ms = find_places(text, lang)
    return [(m.surface, m.query, r.country) for m, r in zip(ms, resolve(ms, None, text))]


@pytest.mark.parametrize("text, lang, surface, query, country", [
    # the dictionary's toponym, not a bigger place of another form of the word (Tamana, Japan)
    ("Бригаду перебросили из Тамани в Крым.", "ru", "Тамани", "Тамань", "RU"),
    ("Бригаду перекинули з Тамані до Криму.", "uk", "Тамані", "Тамань", "RU"),
    # a name of an adjective's form printed in the nominative is itself, not its neuter (Чкаловское)
    ("Самолёт вылетел с аэродрома Чкаловский.", "ru", "Чкаловский", "Чкаловский", "RU"),
    ("Літак вилетів з аеродрому Чкаловський.", "uk", "Чкаловський", "Чкаловський", "RU"),
])
def test_the_likeliest_form_of_a_name_is_geocoded_not_the_biggest_place(text, lang, surface, query, country):
    assert (surface, query, country) in _placed(text, lang)


@pytest.mark.parametrize("text, lang, surface, query, country", [
    # an indeclinable name beside the article's other places (Ракка): Kobani, Syria, not Cobán, Guatemala
    ("Колонна вышла из Ракки на Кобани.", "ru", "Кобани", "Кобани", "SY"),
    ("Колона вийшла з Ракки на Кобані.", "uk", "Кобані", "Кобані", "SY"),
    # a genitive of an adjective's form, masculine or neuter: the one in the article's country (Удачне near
    # Покровськ, not Udachny in Yakutia)
    ("Штурмовики наступают у Удачного под Покровском.", "ru", "Удачного", "Удачное", "UA"),
    ("Штурмовики наступають біля Удачного під Покровськом.", "uk", "Удачного", "Удачне", "UA"),
])
def test_the_articles_other_places_choose_between_equally_likely_forms(text, lang, surface, query, country):
    assert (surface, query, country) in _placed(text, lang)


@pytest.mark.parametrize("text, lang, surface, country", [
    # one spelling, two countries: a Russian village Макаров, and Макарів of Kyiv oblast (GeoNames' "Makarov" in
    # Latin letters); the article's other places are in Ukraine
    ("Колонна прошла через Бородянку и Макаров.", "ru", "Макаров", "UA"),
    # where the article's places are around the Russian one (Sakhalin), the Russian place
    ("Морпехи из Южно-Сахалинска и Корсакова прибыли в Макаров.", "ru", "Макаров", "RU"),
    # an article of Russian towns that reaches Бородянка: the Макарів beside it, not Sakhalin's 7,000 km off
    ("Подразделения из Пскова и Новгорода прошли через Беларусь, а затем через Бородянку и Макаров.", "ru", "Макаров",
     "UA"),
])
def test_one_spelling_of_two_countries_is_read_in_the_articles_country(text, lang, surface, country):
    assert [c for s, _q, c in _placed(text, lang) if s == surface] == [country]


def test_a_name_natasha_reads_is_geocoded_in_its_likeliest_form_too():
    # natasha's span (the recogniser's own reading stops at the district after it): the village as printed
    text = "Трасса у села Октябрьское Рыльского района."
    assert ("Октябрьское", "Октябрьское") in places(text, "ru")


@pytest.mark.parametrize("text, lang", [("Бої тривають на Донецькому напрямку.", "uk"),
                                        ("Бои идут на Донецком направлении.", "ru")])
def test_a_sector_of_an_adjective_in_ts_is_the_town_in_tsk(text, lang):
    (m,) = find_places(text, lang)
    (r,) = resolve([m], None, text)
    assert (m.query, r.name, r.country, m.sector > 0) == ("Донецк", "Donetsk", "UA", True)


def test_an_area_read_by_its_adjective_is_context_too():
    # the oblast is the article's only other place: Удачное in Ukraine, not Udachny in Yakutia
    assert ("Удачного", "Удачное") in places("Бои идут у Удачного Донецкой области.", "ru")


def test_without_context_the_biggest_of_equally_likely_forms_is_kept():
    # no other place to read it by: the reading does not change (Cobán is the bigger place)
    assert [m.query for m in find_places("Колонна вышла на Кобани.", "ru")] == ["Кобан"]


def test_threads_reading_at_once_read_as_one_thread_does():
    # the threads of a Dask worker share one recogniser: what natasha reads in one text must not leak into another
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from geo.extract import goldcorpus

    texts = [a.text for a in goldcorpus.articles(split="dev", lang="ru")[:8]]
    alone = [find_places(t, "ru") for t in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, as a busy worker would
    try:
        with ThreadPoolExecutor(4) as ex:
            together = list(ex.map(lambda t: find_places(t, "ru"), texts * 3))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone * 3


def test_natasha_leaves_the_process_blas_threads_as_they_were():
    from threadpoolctl import threadpool_info

    before = [i["num_threads"] for i in threadpool_info()]
    find_places("Колонна вышла из Белгорода в Курск, сообщил Владимир Путин.", "ru")
    assert [i["num_threads"] for i in threadpool_info()] == before


@pytest.mark.parametrize("text, surface, query, lat, lon", [
    # Russian spellings of Ukrainian villages the gazetteer knows only by their Ukrainian names (KATOTTG)
    ("Штурмовики стояли под Бахмутом — в районе Клещеевки.", "Клещеевки", "Klishchiivka", 48.53, 37.97),
    ("Бригада держала оборону у Работино, южнее Орехова.", "Работино", "Robotyne", 47.449, 35.839),
    # of several villages sharing the key (Платонівка, Плетенівка), the one spelt nearest
    ("Бои идут у Плетеневки, севернее Волчанска.", "Плетеневки", "Pletenivka", 50.33, 36.85),
    ("Другая колонна вошла через Казачью Лопань, севернее Харькова.", "Казачью Лопань", "Kozacha Lopan", 50.35, 36.21),
])
def test_a_ukrainian_village_in_its_russian_spelling_is_read_and_placed(text, surface, query, lat, lon):
    ms = find_places(text, "ru")
    assert (surface, query) in [(m.surface, m.query) for m in ms]
    r = resolve(ms, None, text)[[m.surface for m in ms].index(surface)]
    assert gz.haversine_km(lat, lon, r.lat, r.lon) <= max(r.radius_km or 0, 10)



@pytest.mark.parametrize("text, lang, surface, query", [
    # a two-word name whose first word is a possessive adjective: its lemma (Часів), not its long form (Часовий)
    ("Росіяни підтягують до Часового Яру понтони.", "uk", "Часового Яру", "Часів Яр"),
    # a hyphenated name with both parts inflected
    ("ВСУ перебросили из-под Чугуева в район Купянска-Узлового батальон.", "ru", "Купянска-Узлового",
     "Купянск-Узловой"),
])
def test_names_whose_every_word_or_part_is_inflected(text, lang, surface, query):
    assert (surface, query) in places(text, lang)


@pytest.mark.parametrize("text, lang, surface", [
    ("Часть колонны ушла за Оскол, севернее Изюма.", "ru", "Оскол"),  # the river, not the village Оскіл
    ("Бої тривають біля Плехового, поблизу Суджі.", "uk", "Плехового"),  # Ukrainian text: no Russian spelling
    # Колосово by Stowbtsy, Belarus: not Kolosova of Ukraine, whose Latin name is also a Siberian town's
    ("Вторым местом называют бывший склад у деревни Колосово под Столбцами.", "ru", "Колосово"),
])
def test_no_village_by_the_cross_key_where_the_word_is_another_toponym_or_the_text_ukrainian(text, lang, surface):
    # a reading by the cross key is the village's name in Latin letters, as the gazetteer names it
    assert not any(m.surface == surface and m.query.isascii() for m in find_places(text, lang))


@pytest.mark.parametrize("text, lang, surface, query, name", [
    # a bridge named by an adjective, as the facility table names it (cited rows), not a place named after Крим
    ("Ешелон з елементами С-400 пройшов Кримським мостом у напрямку Джанкоя.", "uk", "Кримським мостом",
     "Кримський міст", "Crimean Bridge"),
    ("Колонна прошла по Крымскому мосту в Керчь.", "ru", "Крымскому мосту", "Крымский мост", "Crimean Bridge"),
    ("Колону помітили біля Чонгарського мосту.", "uk", "Чонгарського мосту", "Чонгарський міст", "Chonhar bridge"),
])
def test_a_bridge_named_by_its_adjective_is_the_facility(text, lang, surface, query, name):
    ms = find_places(text, lang)
    assert (surface, query) in [(m.surface, m.query) for m in ms]
    assert resolve(ms, None, text)[[m.surface for m in ms].index(surface)].name == name


@pytest.mark.parametrize("text, surface", [
    # surnames in -ов/-ев share the cross key with villages in -ів (Герасимов: Harasymiv, Шестаков: Shostakiv):
    # a word the dictionary knows as a surname is no village, here in a Zaporizhzhia article that would place one
    ("Под Запорожьем, у Токмака, делегация направилась к Герасимову, затем к Васильеву.", "Герасимову"),
    ("Бои идут в Запорожской области у Орехова; вопросы у Шестакова остались.", "Шестакова"),
    ("Делегация направилась к Шестакову и Сидорову, затем к Васильеву.", "Шестакову"),
    ("Делегация направилась к Шестакову и Сидорову, затем к Васильеву.", "Сидорову"),
])
def test_no_village_by_the_cross_key_for_a_word_the_dictionary_knows_as_a_surname(text, surface):
    assert not any(m.surface == surface for m in find_places(text, "ru"))


@pytest.mark.parametrize("word, keyed", [
    ("Герасимову", False), ("Шестакова", False), ("Петров", False), ("Сидорову", False),  # surnames
    ("Кисловки", False),  # a common noun the dictionary knows (кисловка)
    ("Работино", True), ("Клещеевки", True), ("Плетеневки", True),  # unknown to the dictionary: Russian spellings
])
def test_the_cross_key_is_tried_only_for_a_word_the_dictionary_knows_as_no_name_or_noun(word, keyed):
    from geo.extract.slavic.recognize import _phrase_keys

    assert any(k.startswith("~") for k, _n in _phrase_keys([word], "ru")) == keyed


@pytest.mark.parametrize("text, surface, lat, lon", [
    # Ukrainian і where Russian writes е
    ("Техніку перекинули до Борисоглібська з Воронежа.", "Борисоглібська", 51.37, 42.08),
    ("Колона рухалася з Вейделівки до Валуйок.", "Вейделівки", 50.2, 38.45),
    # a town in -ськ whose dictionary reading is an adjective's first
    ("Техніку перекинули до Клинців, Погара і Севська.", "Севська", 52.15, 34.5),
])
def test_russian_places_printed_in_ukrainian(text, surface, lat, lon):
    ms = find_places(text, "uk")
    got = {m.surface: r for m, r in zip(ms, resolve(ms, None, text))}
    assert surface in got and got[surface].lat is not None
    assert abs(got[surface].lat - lat) < 0.3 and abs(got[surface].lon - lon) < 0.3


def test_the_ukrainian_i_for_the_russian_e():
    assert "вейделевка" in morph.respell("вейделівка", "uk")
    assert "борисоглебск" in morph.respell("борисоглібськ", "uk")


@pytest.mark.parametrize("text, lang", [
    ("Бої точаться на Гуляйпільському напрямку.", "uk"),
    ("Бои идут на Гуляйпольском направлении.", "ru"),
])
def test_a_sector_named_after_a_town_in_pole(text, lang):
    ((surface, query),) = places(text, lang)
    assert query == "Гуляйполе" and "напр" in surface


@pytest.mark.parametrize("text, surface, query", [
    # a plural name's genitive, which the dictionary does not know ("Олешек" is no word of its)
    ("Колонна вышла из Олешек.", "Олешек", "Олешки"),
    ("Колонна вышла из Валуек в Белгород.", "Валуек", "Валуйки"),
    ("Эшелон ушёл из Лисок на юг.", "Лисок", "Лиски"),
])
def test_a_plural_names_genitive(text, surface, query):
    assert (surface, query) in places(text, "ru")


@pytest.mark.parametrize("text, lang, surface", [
    # a common noun's nominative with the ending of a plural name's genitive, where no genitive fits: sand, not Пески
    ("Песок и щебень везли на стройку в Белгород.", "ru", "Песок"),
])
def test_no_plural_names_genitive_where_no_genitive_fits(text, lang, surface):
    ms = find_places(text, lang)
    got = {m.surface: (m.query, r) for m, r in zip(ms, resolve(ms, None, text))}
    assert surface not in got or (got[surface][0] == surface and got[surface][1].lat is None)


def test_endings_of_plural_names_only_where_a_genitive_fits():
    assert "пески" not in morph.stems("Песок", "ru") and "пески" in morph.stems("Песок", "ru", genitive=True)
    assert "лиски" in morph.stems("Лисок", "ru")  # the dictionary has no nominative singular of it


def test_endings_of_plural_names_and_dropped_vowels():
    assert "олешки" in morph.stems("Олешек", genitive=True) and "валуйки" in morph.stems("Валуек", genitive=True)
    assert "лунинец" in morph.stems("Лунинца") and "лунинець" in morph.stems("Лунинці")


def test_a_sector_of_a_town_whose_adjective_turns_o_into_i():
    # "Курахівський" of Курахове (the adjective's "і" is the town's "о"), not of the village Курахівка
    ((surface, query), _p) = places("Ворог перекинув резерви на Курахівський та Покровський напрямки.", "uk")
    assert surface == "Курахівський" and query.startswith("Курахов")
    # but a town in -ськ keeps its "о" in its adjective: "Борівський" is of Борова, not of Боровськ
    assert places("Ворог тисне на Борівському напрямку.", "uk") == [("Борівському напрямку", "Борова")]


@pytest.mark.parametrize("text, lang, surface, query", [
    # a possessive adjective of a sea or a strait, in the gender of its noun
    ("Отряд кораблей прошёл Баренцево море.", "ru", "Баренцево море", "Баренцево море"),
    ("Корабли находятся в Баренцевом море.", "ru", "Баренцевом море", "Баренцево море"),
    ("Корабли вышли в Берингово море.", "ru", "Берингово море", "Берингово море"),
    ("Кораблі пройшли Берингову протоку.", "uk", "Берингову протоку", "Берингова протока"),
    # a noun before a name in the genitive, read whole
    ("Отряд прошёл пролив Вилькицкого.", "ru", "пролив Вилькицкого", "пролив Вилькицкого"),
    ("Корабли вошли в море Лаптевых.", "ru", "море Лаптевых", "море Лаптевых"),
    ("Десант высадился у острова Врангеля.", "ru", "острова Врангеля", "остров Врангеля"),
    ("Кораблі пройшли протоку Вількіцького.", "uk", "протоку Вількіцького", "протока Вількіцького"),
    ("Корабли вошли в залив Петра Великого.", "ru", "залив Петра Великого", "залив Петра Великого"),
    # two adjectives of one noun
    ("Лодка вышла в Северный Ледовитый океан.", "ru", "Северный Ледовитый океан", "Северный Ледовитый океан"),
])
def test_names_of_seas_straits_and_islands(text, lang, surface, query):
    assert (surface, query) in places(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Колонна прошла через Бородянку и Петров.", "ru"),   # a surname's possessive is no Петрово or Петрова
    ("Встреча прошла у моря Ивановых.", "ru"),           # a noun and a genitive the gazetteer does not know
])
def test_possessives_and_genitives_that_name_no_place(text, lang):
    assert not [q for _s, q in places(text, lang) if q.startswith(("Петров", "море"))]


@pytest.mark.parametrize("text, surface, query", [
    # Ukrainian has no NER: a capitalised word the dictionary does not know, after a preposition of place and in a
    # case it governs, is a place the gazetteer has no Cyrillic name for, read by the form its Latin letters find
    ("Бойова група НАТО з 2017 року перебуває в Руклі.", "Руклі", "Рукла"),
    ("Техніку вивезли з Джуфри до Бенгазі.", "Джуфри", "Джуфра"),
    ("Солдати прибули до Фільзекка на півдні Німеччини.", "Фільзекка", "Фільзекк"),
    ("Американські бійці перебувають у Руклі та Фільзекку.", "Фільзекку", "Фільзекк"),  # the list of its preposition
    ("Війська стоять біля села Кукуружівка.", "Кукуружівка", "Кукуружівка"),     # after a noun of a place
])
def test_an_unknown_word_after_a_preposition_of_place_is_a_place(text, surface, query):
    assert (surface, query) in places(text, "uk")


@pytest.mark.parametrize("text, surface", [
    ("Міністр зустрівся з Ллойдом Остіном у Брюсселі.", "Ллойдом"),   # with someone: no case of place, a full name
    ("Відео опублікували у Фейсбуці.", "Фейсбуці"),                    # unknown to the gazetteer: no evidence of a place
    ("Колона пройшла через «Азовсталь» до міста.", "Азовсталь"),         # quoted: a firm's name
    ("Літаки Су-34 прибули до Лунинця.", "Су"),                         # a type of aircraft
    ("Делегація НАТО прибула до ЄС.", "ЄС"),                            # an acronym
    ("У Міноборони закликають киян не панікувати.", "Міноборони"),       # a state body: who speaks
    ("Сили оборони відійшли, і Кукуружівка залишилася позаду.", "Кукуружівка"),  # no preposition, no place noun
])
def test_an_unknown_word_is_no_place_where_it_names_someone_or_something(text, surface):
    assert surface not in [s for s, _q in places(text, "uk")]



@pytest.mark.parametrize("text, lang, lat, lon", [
    ("Бойова група НАТО з 2017 року перебуває в Руклі.", "uk", 55.05, 24.38),     # by its Latin letters: Rukla
    ("Винищувачі F-16 повернулися у Рамштайн.", "uk", 49.45, 7.55),               # a German name spelled back
    ("Истребители F-16 вернулись в Рамштайн.", "ru", 49.45, 7.55),                 # natasha's place, in Latin letters
    ("Техніку вивезли з Джуфри до Бенгазі.", "uk", 29.0, 16.0),                   # Arabic j: Al Jufra
    ("Норвезькі F-35 базуються на аеродромі Жешув-Ясьонка.", "uk", 50.05, 22.0),   # a double name by its town
])
def test_a_foreign_name_the_gazetteer_knows_only_in_latin_letters_resolves(text, lang, lat, lon):
    ms = find_places(text, lang)
    r = resolve(ms, None, text)[0]
    assert r.lat is not None and abs(r.lat - lat) < 1.5 and abs(r.lon - lon) < 1.5


@pytest.mark.parametrize("forms, want", [
    (["рукля", "рукла"], ("рукла", "rukla")),      # the form whose Latin letters the gazetteer knows
    (["рамштайн"], ("рамштайн", "ramstein")),      # German st and ei
    (["фільзекк"], ("фільзекк", "vilseck")),       # German v, s, ck
    (["кукуружевка"], ("кукуружевка", "")),        # none known: the likeliest, no key
])
def test_foreign_names_spelled_back_to_latin_letters(forms, want):
    from geo.extract.slavic.recognize import foreign_latin
    assert foreign_latin(forms) == want


@pytest.mark.parametrize("text, lang, surface", [
    # a name the object of a verb of passing or taking, as after a preposition of place
    ("▫️ 14:05 — трасса Р-43, проехали Кричев ▫️ 15:40 — прошли через Могилёв", "ru", "Кричев"),
    ("Колона пройшла Іванків і рушила далі.", "uk", "Іванків"),
])
def test_a_place_the_object_of_a_verb_of_passing(text, lang, surface):
    assert surface in [s for s, _q in places(text, lang)]


@pytest.mark.parametrize("text, lang, surface", [
    ("Журналисты покинули Шевченко вечером.", "ru", "Шевченко"),    # one leaves people too
    ("Колона пройшла, а Іванків мовчав.", "uk", "Іванків"),         # no verb right before it
])
def test_a_surname_after_other_verbs_stays_no_place(text, lang, surface):
    assert surface not in [s for s, _q in places(text, lang)]


@pytest.mark.parametrize("text, surface", [
    # a word the dictionary does not know after a preposition of place, which neither the gazetteer knows by its Latin
    # letters nor a noun of a place names: a platform, a weapon, a firm, a surname
    ("Відео штурму опублікували у Телеграмі та у Фейсбуці.", "Телеграмі"),
    ("Відео штурму опублікували у Телеграмі та у Фейсбуці.", "Фейсбуці"),
    ("Бригада, яка навчалася на Абрамсах у Графенвері, прибула.", "Абрамсах"),
    ("Удари завдавали з Хаймарсів, а пілоти навчаються на Гріпенах.", "Гріпенах"),
    ("Батальйон перекинули з Укренерго до Запоріжжя.", "Укренерго"),
    ("Бригада прибула з Кракена до Харкова, повідомили у Сирського.", "Кракена"),
    ("Бригада прибула з Кракена до Харкова, повідомили у Сирського.", "Сирського"),
    ("Він звернувся до Сирського та Умєрова.", "Умєрова"),
    ("Зв'язок працює через Старлінк.", "Старлінк"),
    # after a noun of a place, a word in another case than the noun's or the nominative is no name of it
    ("Росіяни атакували місто Шахедами, запущеними з Приморсько-Ахтарська.", "Шахедами"),
])
def test_an_unknown_word_with_no_evidence_of_a_place_is_none(text, surface):
    assert surface not in [s for s, _q in places(text, "uk")]


@pytest.mark.parametrize("text, surface", [
    ("Війська стоять у селі Кукуружівці.", "Кукуружівці"),    # agrees with its noun
    ("Війська зайшли в село Кукуружівку.", "Кукуружівку"),
    ("Війська стоять біля села Кукуружівка.", "Кукуружівка"),  # the nominative of apposition
])
def test_an_unknown_word_after_a_noun_of_a_place_in_agreement_is_a_place(text, surface):
    assert surface in [s for s, _q in places(text, "uk")]


@pytest.mark.parametrize("text, lang, surface", [
    # verbs of taking take people too: a person's accusative is animate (the genitive's form), or taken "в плен"
    ("Бойцы захватили Шевченко в плен под Бахмутом, сообщили в Минобороны.", "ru", "Шевченко"),
    ("Спецназ захватил Иванова на границе, после чего его доставили в Москву.", "ru", "Иванова"),
    ("Окупанти захопили Шевченка і вивезли його до Росії.", "uk", "Шевченка"),
])
def test_a_person_taken_is_no_place(text, lang, surface):
    assert surface not in [s for s, _q in places(text, lang)]


@pytest.mark.parametrize("text, lang, surface", [
    ("Войска заняли Авдеевку и Бахмут.", "ru", "Авдеевку"),   # a feminine town's accusative in -у
    ("Войска заняли Авдеевку и Бахмут.", "ru", "Бахмут"),     # a masculine town's accusative is its nominative
    ("Війська зайняли Бородянку.", "uk", "Бородянку"),
])
def test_a_town_taken_is_a_place(text, lang, surface):
    assert surface in [s for s, _q in places(text, lang)]


def test_a_long_list_after_a_preposition_is_read_without_recursion():
    # every item of a list shares the preposition before the list; a list of thousands of names neither exhausts the
    # stack nor is walked again for each of its items
    from geo.extract.slavic.recognize import Recognizer
    text = "у " + ", ".join(["Руклі"] * 3000) + "."
    assert len(Recognizer("uk").find(text)) == 3000


@pytest.mark.parametrize("text, lang", [
    # an oblast's adjective names a town of a country with oblasts: "Тульська" is Тула's, not Toul's (France)
    # (no Russian case: the gazetteer holds the Russian names of the oblasts whole, "Тульская область", so the
    # adjective's town is never asked for there)
    ("Бригаду перекинули з Тульської області до Курська.", "uk"),
])
def test_an_oblast_is_named_after_a_town_of_a_country_with_oblasts(text, lang):
    (r, *_rest) = resolve(find_places(text, lang), None, text)
    assert r.country == "RU" and abs(r.lat - 54.1) < 0.5 and abs(r.lon - 37.5) < 0.5


def test_a_town_in_a_after_a_soft_consonant_is_derived_from_its_adjective():
    assert "тула" in town_keys("тульський")
