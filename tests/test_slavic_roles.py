"""geo/extract/slavic/roles.py: the rules' roles in Russian and Ukrainian, by preposition and case."""

import pytest

from geo.extract.slavic.recognize import find_places
from geo.extract.slavic.roles import assign_roles, credit_spans, dateline_spans
from geo.extract.slavic.sentences import split_sentences


def roles(text, lang):
    ms = find_places(text, lang)
    return [(r.mention.surface, r.role, r.cue) for r in assign_roles(text, split_sentences(text), ms, lang)]


@pytest.mark.parametrize("text, lang, want", [
    ("Войска перебросили в Курск.", "ru", ("Курск", "destination")),
    ("Войска находятся в Курске.", "ru", ("Курске", "presence")),
    ("Колонна вышла из Белгорода.", "ru", ("Белгорода", "origin")),
    ("Колонна прошла через Льгов.", "ru", ("Льгов", "via")),
    ("Підрозділи перекинули під Куп'янськ.", "uk", ("Куп'янськ", "destination")),
    ("Підрозділи стоять під Куп'янськом.", "uk", ("Куп'янськом", "presence")),
    ("Колона рухалася з Донецька до Курахового.", "uk", ("Курахового", "destination")),
])
def test_preposition_and_case_give_the_role(text, lang, want):
    assert want in [r[:2] for r in roles(text, lang)]


def test_places_listed_together_share_the_role_of_the_first():
    got = roles("Военные размещены в Уссурийске, Хабаровске и Благовещенске.", "ru")
    assert [r[1] for r in got] == ["presence"] * 3


@pytest.mark.parametrize("text, lang, place, cue", [
    ("Москва заявила, что войска не перебрасывали.", "ru", "Москва", "metonymy"),
    ("В Киеве эти данные официально не комментировали.", "ru", "Киеве", "metonymy"),
    ("Це підтвердив і Пхеньян.", "uk", "Пхеньян", "metonymy"),
    ("Об этом сообщило Минобороны России.", "ru", "России", "inside a name"),
    # a body's head with lower-case genitives after it: the place is still of its name
    ("Сили оборони України вживають заходів.", "uk", "України", "inside a name"),
    ("Головне управління розвідки Міністерства оборони України повідомило.", "uk", "України", "inside a name"),
    ("Представитель Службы внешней разведки России заявил.", "ru", "России", "inside a name"),
    ("Президент заявил на совещании в Кремле, что войска готовы.", "ru", "Кремле", "where it was said"),
    # a quoted speaker's town, and a speaker speaking somewhere
    ("«По п'ять-шість машин», — каже пан Михайло з Великого Бурлука.", "uk", "Великого Бурлука", "where it was said"),
    ("Об этом сказал губернатор, выступая в Белгороде.", "ru", "Белгороде", "where it was said"),
    ("В штабе вооруженных сил Норвегии в Будё отметили, что учения не представляли угрозы.", "ru", "Будё", "metonymy"),
    ("Коли північнокорейці прибудуть до Росії, у Москві не уточнили.", "uk", "Москві", "metonymy"),
    # printed with "ё", the verbs of saying are the same words
    ("Контроль над боеприпасами, как подчёркивают и в Москве, и в Минске, остаётся за Россией.", "ru", "Минске",
     "metonymy"),
])
def test_places_that_are_never_stops(text, lang, place, cue):
    assert (place, "mention", cue) in roles(text, lang)


@pytest.mark.parametrize("text, lang, place", [
    # residents of a place are no body's name: where they saw the column may be a stop, which the model decides
    ("Жители Белгорода рассказывали, что колонна шла всю ночь.", "ru", "Белгорода"),
    ("Мешканці Харкова бачили колону.", "uk", "Харкова"),
])
def test_residents_of_a_place_are_no_name(text, lang, place):
    got = [r for r in roles(text, lang) if r[0] == place]
    assert got and got[0][2] != "inside a name"


@pytest.mark.parametrize("text, lang, place", [
    # a nation or its citizens: a nationality, never where anyone is (unlike its residents above)
    ("Народ Украины поддержал армию.", "ru", "Украины"),
    ("Воля народа Беларуси непоколебима.", "ru", "Беларуси"),
    ("Самолёт вывез граждан России из Судана.", "ru", "России"),
    ("Громадяни України повернулися додому.", "uk", "України"),
    ("Літак вивіз громадян України з Судану.", "uk", "України"),
])
def test_a_nation_or_its_citizens_name_no_place(text, lang, place):
    assert (place, "mention", "inside a name") in roles(text, lang)


@pytest.mark.parametrize("text, lang, place", [
    # a preposition after a body's name governs the place: no genitive of the name ("отряды Росгвардии из ...")
    ("В регион прибыли сводные отряды Росгвардии из Орловской и Белгородской областей.", "ru", "Орловской"),
    ("Войска прибыли из Тульской области.", "ru", "Тульской области"),
])
def test_a_place_a_preposition_governs_after_a_bodys_name_is_no_part_of_it(text, lang, place):
    assert (place, "origin") in [r[:2] for r in roles(text, lang)]


def test_the_place_citizens_leave_is_still_a_stop():
    assert ("Судана", "origin") in [r[:2] for r in roles("Самолёт вывез граждан России из Судана.", "ru")]


def test_datelines():
    t = "МОСКВА, 9 сентября. /ТАСС/. Колонны выдвигаются к Курску."
    assert dateline_spans(t) == [(0, 27, "ТАСС")]
    assert ("МОСКВА", "mention", "dateline") in roles(t, "ru")
    t = "КИЇВ, 12 грудня – Колона вийшла з Бєлгорода."
    (span,) = dateline_spans(t)
    assert t[span[0]:span[1]].startswith("КИЇВ, 12 грудня")
    assert ("КИЇВ", "mention", "dateline") in roles(t, "uk")
    assert dateline_spans("Москва заявила протест.") == []


def test_credits():
    t = "Колонна шла к Курску.\nФото: Минобороны России/ТАСС"
    assert [t[a:b] for a, b in credit_spans(t)] == ["Фото: Минобороны России/ТАСС"]


def test_an_area_after_a_place_only_says_where_it_is():
    got = roles("Колонна вошла в Суджу Курской области.", "ru")
    assert ("Курской области", "mention", "container") in got


def test_a_place_in_a_list_that_goes_on_is_no_container():
    # all three are genitives of "из": the second is an item of the list, not the area the first is in
    got = roles("Бойцов перевезли из Чхонджина, Хамхына и Мусудана во Владивосток.", "ru")
    assert [r for _p, r, _c in got] == ["origin", "origin", "origin", "destination"]


def _drafted(text, lang):
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article

    rows = extract_article(Article("a.txt", text), Options(all=True), lang=lang, roles=None)
    return [(r["place"], r["role"]) for r in rows]


@pytest.mark.parametrize("text, lang, want", [
    # regions listed together: each one a stop, none the container of the one before it
    ("Бригады перебросили из Воронежской, Липецкой и Тамбовской областей.", "ru",
     [("Воронежской", "origin"), ("Липецкой", "origin"), ("Тамбовской областей", "origin")]),
    ("Бригади перекинули з Житомирської, Київської та Рівненської областей.", "uk",
     [("Житомирської", "origin"), ("Київської", "origin"), ("Рівненської областей", "origin")]),
    # a region after a town far outside it is a stop of its own
    ("Эшелоны отправили под Тихорецк, в Брянскую область.", "ru",
     [("Тихорецк", "destination"), ("Брянскую область", "destination")]),
])
def test_a_region_after_a_comma_contains_only_a_place_inside_it(text, lang, want):
    assert _drafted(text, lang) == want


def test_a_region_after_a_town_inside_it_still_only_says_where_it_is():
    assert ("Курская область", "mention") in _drafted("Бойцов перебросили в Суджу, Курская область.", "ru")


@pytest.mark.parametrize("text, lang, place, cue", [
    # a town in the instrumental after "под"/"під" right after a place: where that place lies, never a stop
    ("Технику разгрузили на станции Тоснено под Смоленском.", "ru", "Смоленском", "landmark"),
    ("Колону бачили біля села Кам'янка під Полтавою.", "uk", "Полтавою", "landmark"),
    # an area in the locative right after a place: the area it is in
    ("Бригаду разместили в Ракитном в Белгородской области.", "ru", "Белгородской области", "container"),
    ("Ешелон прибув до Ізюма у Харківській області.", "uk", "Харківській області", "container"),
])
def test_a_place_that_only_locates_the_place_before_it_is_no_stop(text, lang, place, cue):
    assert (place, "mention", cue) in roles(text, lang)


@pytest.mark.parametrize("text, lang, place, role", [
    # in the accusative "под"/"під" is a direction, a stop of its own
    ("Бригаду перебросили из Бахмута под Купянск.", "ru", "Купянск", "destination"),
    ("Підрозділи перекинули з Бахмута під Часів Яр.", "uk", "Часів Яр", "destination"),
    # in the accusative "в" is where it went
    ("Колонна прошла из Белгорода в Курскую область.", "ru", "Курскую область", "destination"),
])
def test_a_direction_after_a_place_is_still_a_stop(text, lang, place, role):
    assert (place, role) in [r[:2] for r in roles(text, lang)]


@pytest.mark.parametrize("text, lang, place", [
    # a dative with no preposition is a recipient, an instrumental after a passive participle an agent: a party
    ("За його словами, Пхеньян передав Москві не лише ракети.", "uk", "Москві"),
    ("Бригада отримала машини M-ATV, переданих США, для підвезення боєприпасів до Суджі.", "uk", "США"),
    ("Пхеньян передал Москве ракеты.", "ru", "Москве"),
    # a government's house, and the Russian verb of naming said impersonally
    ("Решение о применении будет приниматься в Кремле.", "ru", "Кремле"),
    ("В Кишиневе учения называли «незаконными», в Тирасполе — «плановыми».", "ru", "Тирасполе"),
    # the object of addressing a party, and the places listed with it
    ("Лідери ЄС закликали Белград і Приштину до стриманості.", "uk", "Приштину"),
    ("Лідери ЄС закликали Белград і Приштину до стриманості.", "uk", "Белград"),
    ("Вашингтон призвал Киев не отступать.", "ru", "Киев"),
])
def test_a_party_is_no_place(text, lang, place):
    assert (place, "mention", "metonymy") in roles(text, lang)


@pytest.mark.parametrize("text, lang, place, role", [
    # where forces go or stand takes a preposition: these keep their roles
    ("Колонны перебросили к Москве.", "ru", "Москве", "destination"),
    ("Войска стоят в Москве.", "ru", "Москве", "presence"),
    # an item of a list that a preposition governs is no bare dative
    ("Колонны перебросили к Курску и Белгороду.", "ru", "Белгороду", "destination"),
    # a verb of addressing a party before a preposition: the place is where forces go
    ("Командование призвало войска выдвинуться в Курск.", "ru", "Курск", "destination"),
    # a saying after a movement into the place: the place is still where they went
    ("Вчера колонны прибыли в Белгород, сообщили местные жители.", "ru", "Белгород", "destination"),
    # a speaker's words about a column from a town: the town stays where it came from
    ("Житель рассказывает, что колонна вышла из Белгорода.", "ru", "Белгорода", "origin"),
])
def test_a_place_a_preposition_governs_is_no_party(text, lang, place, role):
    assert (place, role) in [r[:2] for r in roles(text, lang)]


@pytest.mark.parametrize("text, place", [
    ("«Азовский вестник»\n\nЕЙСК. На этой неделе в порт зашли два малых ракетных корабля.", "ЕЙСК"),
    ("Эшелоны на запад\n\nВильнюс — За последнюю неделю через Оршу прошли как минимум четыре воинских эшелона из "
     "России, сообщает мониторинговый канал.", "Вильнюс"),
])
def test_a_dateline_without_date_or_agency(text, place):
    assert (place, "mention", "dateline") in roles(text, "ru")


@pytest.mark.parametrize("text", [
    "Покровськ — Мирноград: бої тривають",  # a headline: a short line
    "Новости\n\nКурс. Котельный: отряд кораблей завершил переход.",  # no place in capitals
    "1\n2\n3\n4\n5\n6\nВильнюс — За последнюю неделю через Оршу прошли как минимум четыре воинских эшелона из "
    "России, сообщает мониторинговый канал.",  # far from the article's opening lines
])
def test_no_dateline(text):
    assert dateline_spans(text) == []


@pytest.mark.parametrize("text, lang, place", [
    # a dative after a conjunction or a word the governor does not read is no verb's party: the model decides
    ("Технику перебросили по трассе «Таврида» и Крымскому мосту на Кубань.", "ru", "Крымскому мосту"),
    ("На Торецькому напрямку тривають бої в самому Торецьку.", "uk", "Торецьку"),
])
def test_a_dative_no_verb_governs_is_no_party(text, lang, place):
    got = [r for r in roles(text, lang) if r[0] == place]
    assert got and got[0][2] != "metonymy"


@pytest.mark.parametrize("text, lang, place", [
    # REVIEW3 H2: a destination set off by commas after a movement verb keeps its role before a verb of saying
    ("Колонна двинулась дальше, в Белгород, сообщают местные жители.", "ru", "Белгород"),
    ("Эшелоны ушли на восток, в Курск, сообщили очевидцы.", "ru", "Курск"),
    ("Колонна прошла Курск и двинулась дальше, в Белгород, сообщают местные каналы.", "ru", "Белгород"),
    ("Колона рушила далі, у Бєлгород, повідомили місцеві жителі.", "uk", "Бєлгород"),
    # H3: "отметили" with a subject or an object of its own: what was noticed or celebrated there
    ("В Джанкое местные жители отметили большое скопление военной техники.", "ru", "Джанкое"),
    ("В Новороссийске отметили появление трёх новых десантных кораблей Черноморского флота.", "ru", "Новороссийске"),
    ("В Севастополе отметили День ВМФ парадом кораблей.", "ru", "Севастополе"),
])
def test_a_place_a_movement_or_a_sighting_governs_is_no_government(text, lang, place):
    got = [r for r in roles(text, lang) if r[0] == place]
    assert got and got[0][1] != "mention" and got[0][2] != "metonymy"


@pytest.mark.parametrize("text, lang, place", [
    # the targeted readings stay: a place heading its own clause of saying or noting
    ("Коли вони прибудуть до Росії, у Москві не уточнили.", "uk", "Москві"),
    ("В Москве отметили, что учения завершены.", "ru", "Москве"),
    ("Как уточнили в Москве, решение принято.", "ru", "Москве"),
    ("Як підкреслюють і в Москві, рішення ухвалено.", "uk", "Москві"),
])
def test_a_place_that_heads_its_own_saying_is_its_government(text, lang, place):
    assert (place, "mention", "metonymy") in roles(text, lang)


@pytest.mark.parametrize("text, lang, place", [
    # REVIEW3 H5: the way a thing is carried, after a passive participle, is a route (ё folded), never its agent
    ("Техника, переброшенная Крымским мостом, прибыла в Джанкой.", "ru", "Крымским мостом"),
    ("Техніка, переправлена Дніпром, зосередилася під Херсоном.", "uk", "Дніпром"),
    ("Военные грузы, доставленные Северным морским путём, прибыли в Мурманск.", "ru", "Северным морским путём"),
    ("Корабли, переведенные Волго-Донским каналом, прибыли в Новороссийск.", "ru", "Волго-Донским каналом"),
    ("Корабли, переведённые Волго-Донским каналом, прибыли в Новороссийск.", "ru", "Волго-Донским каналом"),
    # L1: a list of addressed parties is of capitalised names; "поддержало войска и Курск направило" is none
    ("Командование поддержало войска и Курск направило резервы.", "ru", "Курск"),
])
def test_a_route_or_an_unlisted_place_is_no_party(text, lang, place):
    got = [r for r in roles(text, lang) if r[0] == place]
    assert got and got[0][2] != "metonymy"


@pytest.mark.parametrize("text, lang, place", [
    # REVIEW3 M1: a preposition and its place before a dash open no dateline
    ("Новости\n\nПод Авдеевкой — «настоящий ад»: российские войска продолжают штурм города с трёх направлений, "
     "сообщают военкоры, а ВСУ подтягивают резервы.", "ru", "Авдеевкой"),
    ("Новини\n\nПід Бахмутом — «м'ясорубка»: російські війська продовжують штурм міста з трьох напрямків, "
     "повідомляють військові, а ЗСУ підтягують резерви.", "uk", "Бахмутом"),
])
def test_a_preposition_before_a_dash_is_no_dateline(text, lang, place):
    assert dateline_spans(text) == []
    assert (place, "presence") in [r[:2] for r in roles(text, lang)]


def test_a_town_in_capitals_heads_a_dateline_only_in_the_opening_lines():
    # REVIEW3 M2: further on, "БАХМУТ. ..." heads a digest's section (the model reads it), as the dash datelines
    head = "Сводка\n\nБАХМУТ. Российские войска продвинулись в центр города."
    assert dateline_spans(head) == [(8, 15, "")]
    far = "Сводка\n" + "".join(f"Абзац {k}.\n" for k in range(8)) + "БАХМУТ. Российские войска продвинулись в центр."
    assert dateline_spans(far) == []


@pytest.mark.parametrize("text, lang, place, role", [
    # "в"/"на" (and Ukrainian "у") with the accusative say where forces go, whatever the verb (none of these verbs
    # is a word of movement the lexicon lists)
    ("Українське командування ввело в Мирноград додаткові штурмові підрозділи.", "uk", "Мирноград", "destination"),
    ("Орки тікали на Кремінну, кидаючи техніку.", "uk", "Кремінну", "destination"),
    ("Українські підрозділи увійшли також у Бородянку.", "uk", "Бородянку", "destination"),
    ("Отряд кораблей возвратится в Североморск.", "ru", "Североморск", "destination"),
    # where it must not fire: the locative is where forces are, and Russian "у" takes no accusative ("у Коренево":
    # an undeclined genitive, near the place); with no forces named, no stop
    ("Підрозділи стоять у Харкові.", "uk", "Харкові", "presence"),
    ("Войска находятся в Курске.", "ru", "Курске", "presence"),
    ("Подразделения держат оборону у Коренево.", "ru", "Коренево", "presence"),
    ("Южнокорейские военные замечены у Кэсона.", "ru", "Кэсона", "presence"),
    ("Вид на Костянтинівку відкривається з висоти.", "uk", "Костянтинівку", "mention"),
    # a name the dictionary does not know, in Ukrainian "-у": a masculine locative as well as an accusative
    ("Військові полку, які базуються у Фільзекку, вирушили до Румунії.", "uk", "Фільзекку", "presence"),
])
def test_the_accusative_after_v_and_na_says_where_to(text, lang, place, role):
    assert (place, role) in [r[:2] for r in roles(text, lang)]


@pytest.mark.parametrize("text, lang, place", [
    # the verbs that go with the phrase are verbs of motion, prefixed or not
    ("Бойцы штурмовой бригады зашли в Угледар.", "ru", "Угледар"),
    ("Российские войска ввели в Купянск новые подразделения.", "ru", "Купянск"),
    ("Окупанти ввели в Мелітополь нову техніку.", "uk", "Мелітополь"),
])
def test_a_verb_of_motion_with_the_accusative_says_where_to(text, lang, place):
    assert (place, "destination") in [r[:2] for r in roles(text, lang)]


@pytest.mark.parametrize("text, lang, place", [
    # "в"/"на" + accusative as the object of a verb that is no movement: strikes and debris, looking, complaining,
    # spending, calling, turning into
    ("Шахеди атакували Київ, уламки впали на Троєщину.", "uk", "Троєщину"),
    ("Військові скаржаться на Київ через брак снарядів.", "uk", "Київ"),
    ("Военные превратили Мариуполь в новый Алеппо.", "ru", "Алеппо"),
    ("Российские военные с высоты смотрят на Купянск.", "ru", "Купянск"),
    ("Ракета влучила в Харків, загинули військові.", "uk", "Харків"),
    ("Ракетный удар пришёлся на Белгород, сообщили военные.", "ru", "Белгород"),
    ("Военные потратили на Авдеевку полгода.", "ru", "Авдеевку"),
    ("Військові телефонують рідним у Львів щовечора.", "uk", "Львів"),
    # undeclined names in -ово/-ино (ru), -ове/-не (uk) after "в"/"у" are where forces are, not where they go
    ("В Шебекино находятся подразделения пограничников.", "ru", "Шебекино"),
    ("В Коренево российские подразделения отразили атаку.", "ru", "Коренево"),
    ("Украинские военные удерживают позиции в Селидово.", "ru", "Селидово"),
    ("Украинские подразделения удерживают позиции в Работино.", "ru", "Работино"),
    ("Бійці ЗСУ тримають оборону у Сватове.", "uk", "Сватове"),
    ("Бійці ЗСУ тримають оборону в Очеретине, Курахове та Сватове.", "uk", "Сватове"),
])
def test_the_accusative_without_motion_is_no_destination(text, lang, place):
    got = dict((r[0], r[1]) for r in roles(text, lang))
    assert got.get(place) != "destination"


@pytest.mark.parametrize("text, lang", [
    ("Военные превратили Мариуполь в новый Алеппо.", "ru"),
    ("Шахеди атакували Київ, уламки впали на Троєщину.", "uk"),
])
def test_a_verb_that_is_no_motion_drafts_no_trip(text, lang):
    """The drafts: no destination, and so no neighbour read as where the trip began (the model reads a destination
    after a bare place as the end of a trip)."""
    from geo.extract.pipeline import extract_article
    from geo.extract.records import Article

    rows = extract_article(Article("t.txt", text), lang=lang)
    assert not [r["place"] for r in rows if r["role"] in ("origin", "destination")]


def test_undeclined_places_still_go_where_the_sentence_moves():
    """"перебросили в Коренево": the old reading holds, a destination when the sentence moves."""
    got = dict((r[0], r[1]) for r in roles("Российское командование перебросило в Коренево новые подразделения.",
                                           "ru"))
    assert got.get("Коренево") == "destination"
