"""geo/extract/slavic/facts.py: how, how many and what moved, in Russian and Ukrainian."""

import pytest

from geo.extract.slavic.facts import find_mode, find_troops, find_what, vehicle_mode


@pytest.mark.parametrize("text, mode", [
    ("Бойцов перебросили во Владивосток морем.", "sea"),
    ("Их доставили десантными кораблями во Владивосток.", "sea"),
    ("Десантников перебросили бортами в Курск.", "air"),
    ("Технику доставили эшелонами в Курск.", "rail"),
    ("Бригаду передислокували залізницею до Куп'янська.", "rail"),
    ("Колонной они выдвинулись в Курск.", "road"),
    ("Підрозділи пішли своїм ходом до Покровська.", "road"),
    ("Войска перебросили в Курск.", "unknown"),
])
def test_mode(text, mode):
    at = max(text.find("Курск"), text.find("Владивосток"), text.find("Куп"), text.find("Покровськ"))
    assert find_mode(text, at) == mode


@pytest.mark.parametrize("text, troops", [
    ("КНДР направит в Россию около 12 тыс. военнослужащих.", 12000),
    ("Первая группа из примерно 1,5 тыс. бойцов уже в России.", 1500),
    ("Туди перекинули понад 2 тисячі військових.", 2000),
    ("В Курск прибыли 300 десантников.", 300),
    ("Эвакуированы более 76 тысяч человек.", None),
    ("Уражено до 15 од. техніки.", None),
    ("Погибли 12 военнослужащих.", None),
    # a date's day, counted vehicles and aircraft are no troop numbers
    ("С 8 по 13 октября военнослужащих перевезли во Владивосток.", None),
    ("8 березня російські штурмовики пройшли газопроводом.", None),
    ("На аеродром приземлилися 6 штурмовиків Су-25.", None),
    ("Три колони найманців прибули до табору.", None),
    ("13 октября 300 военнослужащих прибыли в Курск.", 300),
])
def test_troops(text, troops):
    got = find_troops(text)
    assert (got[0] if got else None) == troops


@pytest.mark.parametrize("text, moved", [
    ("Колонны с танками и бронетранспортёрами выдвигаются в Курскую область.", "materiel"),
    ("Около 12 тыс. военнослужащих перебросили в Курскую область.", "people"),
    ("1,5 тыс. спецназовцев и артиллерию перебросили в Курскую область.", "both"),
])
def test_what_moved(text, moved):
    what, got = find_what(text, text.find("Курскую"))
    assert got == moved and what


@pytest.mark.parametrize("text, place, what, moved", [
    # an adjective of a stem is no head: the trains are the load, not "военного"
    ("Житель закрытого военного городка сообщил, что составы с контейнерами идут через Фокино.", "Фокино",
     "составы с контейнерами", "materiel"),
    # the vehicle that is the means ("эшелонами", "літаками") is how the load went
    ("Личный состав перебросили эшелонами в Гомель.", "Гомель", "Личный состав", "people"),
    ("Особовий склад перекинули літаками до Жешува.", "Жешува", "Особовий склад", "people"),
    # "часть" of a load is of that load; the side named as the subject is no load when the load is named
    ("Часть рейсов уходит в Энгельс.", "Энгельс", "рейсов", "materiel"),
    ("Противник перебросил в Суджанский район резервы.", "Суджанский", "", ""),
    ("Противник перебросил резервы в Суджанский район.", "Суджанский", "резервы", "people"),
    # who says it is not who moved
    ("За даними українських військових, гелікоптери перелетіли до Джанкоя.", "Джанкоя", "гелікоптери", "materiel"),
    # a force's column not described by its vehicles is people and vehicles; described, its vehicles
    ("Российские колонны вошли в Сумы.", "Сумы", "Российские колонны", "both"),
    ("Колонны с танками прошли через Армянск.", "Армянск", "Колонны с танками", "materiel"),
    # a tank unit moves with its tanks
    ("Підрозділи 6-го танкового полку рушили до Києва.", "Києва", "танкового полку", "both"),
    ("Украинские войска вторглись в Курскую область.", "Курскую", "Украинские войска", "people"),
    # attack aircraft by their designation; a unit of guns; what a load is for is no load
    ("6 штурмовиков Су-25 приземлились на аэродроме Лунинец.", "Лунинец", "6 штурмовиков", "materiel"),
    ("Россия перебросила несколько дивизионов ствольной артиллерии в Курскую область.", "Курскую",
     "несколько дивизионов ствольной артиллерии", "materiel"),
    ("Морем доставляють пальне для угруповання окупантів до Феодосії.", "Феодосії", "пальне", "materiel"),
    ("Грузовые суда «Спарта IV» прибыли в Тартус.", "Тартус", "Грузовые суда", "materiel"),
    # infantry fighting vehicles: the infantry is only in their name
    ("Танки Leopard 2A8 і бойові машини піхоти Puma прибудуть до Литви.", "Литви", "бойові машини піхоти", "materiel"),
    ("Боевые машины пехоты прибыли в Курск.", "Курск", "Боевые машины пехоты", "materiel"),
])
def test_what_moved_past_the_stems(text, place, what, moved):
    got = find_what(text, text.find(place))
    assert got[1] == moved and (got[0] == what or what in got[0])


def test_a_stop_whose_words_give_no_mode_takes_its_movers_vehicle():
    from geo.extract.pipeline import extract_article
    from geo.extract.records import Article

    # the trains are named too far from the place for its words to give the mode; the mover is a train: rail
    text = ("Эшелоны с бронетехникой, о которых всю прошлую неделю сообщали местные жители и мониторинговые "
            "каналы Белгородской области, прибыли в Валуйки.")
    rows = {r["place"]: r for r in extract_article(Article("t.txt", text), lang="ru")}
    assert (rows["Валуйки"]["moved"], rows["Валуйки"]["mode"]) == ("materiel", "rail")


@pytest.mark.parametrize("what, mode", [
    # personnel and membership are built on a train's stem but name no vehicle
    ("около 300 человек личного состава", ""),
    ("Часть личного состава", ""),
    ("личный состав бригады", ""),
    ("особовий склад бригади", ""),
    ("батальон в составе бригады", ""),
    ("підрозділи у складі бригади", ""),
    ("колонна в составе 20 машин", "road"),
    # a launcher's platform is not a rail flatcar
    ("платформы HIMARS", ""),
    # trains still are
    ("эшелоны с техникой", "rail"),
    ("железнодорожный состав", "rail"),
    ("составы с танками", "rail"),
    ("танки на платформах", "rail"),
    ("залізничні платформи", "rail"),
    ("вагоны с боеприпасами", "rail"),
])
def test_vehicle_mode_reads_no_train_in_personnel_or_membership(what, mode):
    assert vehicle_mode(what) == mode


@pytest.mark.parametrize("text, mode", [
    # a railway station, a train called "состав", a pier, a strait
    ("Местные жители видели разгрузку танков на станции в Курске.", "rail"),
    ("Утром состав прибыл в Курск с платформами.", "rail"),
    ("Зранку состав зайшов до Покровська.", "rail"),
    ("Оба корабля стоят у причала во Владивостоке.", "sea"),
    ("Отряд прошёл проливы и прибыл во Владивосток.", "sea"),
    # no train: personnel, membership, "составил"
    ("Личный состав прибыл в Курск.", "unknown"),
    ("Батальон в составе бригады прибыл в Курск.", "unknown"),
    ("Численность составила 300 человек, они прибыли в Курск.", "unknown"),
    # a station or a "состав" of another kind, and a verb of driving over, are no railway (review 2 H1)
    ("Российские войска перебросили радиолокационную станцию в Курск.", "unknown"),
    ("Станцию РЭБ «Поле-21» перебросили в Курск.", "unknown"),
    ("Окупанти перекинули радіолокаційну станцію до Курська.", "unknown"),
    ("Окупанти перекинули станцію РЕБ до Курська.", "unknown"),
    ("Командный состав бригады переброшен в Курск.", "unknown"),
    ("Лётный состав полка переброшен в Курск.", "unknown"),
    ("Россия перегоняет танки в Курск.", "unknown"),
    # a railway's own adjective keeps them rail
    ("Товарный состав прибыл в Курск.", "rail"),
    ("Танки вивантажили на залізничній станції в Курську.", "rail"),
])
def test_mode_of_stations_trains_piers_and_straits(text, mode):
    at = max(text.find("Курск"), text.find("Владивосток"), text.find("Покровськ"))
    assert find_mode(text, at) == mode


@pytest.mark.parametrize("text, mode", [
    # helicopters, bombers and fighters, their types, in their cases
    ("Частину підрозділів висадили з гелікоптерів під Куп’янськом.", "air"),
    ("Бомбардировщики Су-34 вернутся на аэродром в Воронеже.", "air"),
    ("Винищувачі прибули до Барановичів.", "air"),
    ("Вертольоты Ми-8 прибыли в Зябровку.", "air"),
    # submarines, cruisers, destroyers
    ("Три подлодки перешли из Севастополя в Новороссийск.", "sea"),
    ("Крейсер «Москва» вышел к побережью Латакии.", "sea"),
    # a motor column, fuel trucks
    ("Автоколонна ушла к Судже.", "road"),
    ("Пальне підвозили бензовозами до Іванкова.", "road"),
    # no vehicle: a word that only begins like one
    ("Сумма помощи ушла в Курск.", "unknown"),
    ("Ту ніч вони провели в Курську.", "unknown"),
    ("Буксируемые гаубицы заняли позиции под Цыркунами.", "unknown"),  # towed, not a tug
    # air-assault troops and paratroopers are no landing ships
    ("Десантно-штурмовые подразделения переброшены под Курск.", "unknown"),
    ("Росіяни підтягують понтони та десантників до Часового Яру.", "unknown"),
    # by highway, by minibus
    ("Переміщення відбувалося автошляхом через Рильськ.", "road"),
    ("Роты перебросили на бусиках в Дылеевку.", "road"),
])
def test_mode_of_aircraft_warships_and_motor_columns(text, mode):
    assert find_mode(text, len(text) - 8) == mode


@pytest.mark.parametrize("word, mode", [
    # warships and warplanes by their class: one list for a mode cue and for the vehicle a mover is
    ("крейсер «Москва»", "sea"), ("эсминец", "sea"), ("есмінець", "sea"), ("субмарина", "sea"),
    ("истребители", "air"), ("винищувачі", "air"),
])
def test_warships_and_warplanes_give_their_mode(word, mode):
    from geo.extract.slavic import lexicon

    assert vehicle_mode(word) == mode
    assert any(word.lower().startswith(s) for s in lexicon.MODE[mode])


@pytest.mark.parametrize("one", [
    "С 8 по 13 октября их перевезли во Владивосток на четырёх десантных кораблях",
    "Техніку розвантажили з ешелону на станції Ясинувата",
    "Командный состав прибыл в Курск",
])
def test_a_long_unsplit_line_gives_each_place_the_mode_of_its_own_sentence(one):
    # an article pasted without full stops: each place still reads the words near it, as in its sentence alone
    line = ", ".join([one] * 150)
    for k in range(0, 150, 29):
        base = k * (len(one) + 2)
        for at in range(0, len(one), 9):
            assert find_mode(line, base + at) == find_mode(one, at)


@pytest.mark.parametrize("text, place, what, moved", [
    # people named on or with their vehicles are one load with them (the corpus's 'both')
    ("Военные на бронетехнике зашли в Кучурган.", "Кучурган", "Военные на бронетехнике", "both"),
    ("Из Ясиноватой ночью подошли свежие резервы, с бронёй, к Авдеевке.", "Авдеевке", "свежие резервы, с бронёй",
     "both"),
    ("Подразделения, оснащённые американскими бронемашинами, вошли в Суджу.", "Суджу",
     "Подразделения, оснащённые американскими бронемашинами", "both"),
    # not across a place or a verb: "на" before a place, people alone
    ("Военные на Донбассе получили танки из Ростова.", "Ростова", "танки", "materiel"),
    ("Военные зашли в Кучурган.", "Кучурган", "Военные", "people"),
])
def test_people_on_or_with_their_vehicles_are_both(text, place, what, moved):
    assert find_what(text, text.find(place)) == (what, moved)


@pytest.mark.parametrize("text, place, what, moved", [
    # a column followed by its vehicles in the genitive is described by them: materiel
    ("Жители Вахдата рассказывали о колоннах бронетехники, которые шли на юг.", "Вахдата",
     "колоннах бронетехники", "materiel"),
    ("Через Армянськ пройшла колона військової техніки.", "Армянськ", "колона військової техніки", "materiel"),
    # a column described by nothing stays a force's, and a noun after it that is no vehicle describes nothing
    ("Через Джаблу шли колонны.", "Джаблу", "колонны", "both"),
    ("Через Сумы прошли российские колонны.", "Сумы", "российские колонны", "both"),
])
def test_a_column_of_vehicles_in_the_genitive_is_described(text, place, what, moved):
    assert find_what(text, text.find(place), after=True) == (what, moved)


@pytest.mark.parametrize("text, place, what, moved", [
    # an aircraft, ship or train after "на" is how people went, not what moved
    ("3 августа около 120 австралийских военнослужащих прибыли на самолёте C-17 из Таунсвилла.", "Таунсвилла",
     "около 120 австралийских военнослужащих", "people"),
    ("Военных доставляли на десантных кораблях из Чхонджина.", "Чхонджина", "Военных", "people"),
    # named alone, the aircraft is what is there
    ("Самолёт Ил-76 вылетел из Пскова.", "Пскова", "Самолёт", "materiel"),
    # armour people ride on goes with them
    ("Десантники на бронетехнике вошли в Гостомель.", "Гостомель", "Десантники на бронетехнике", "both"),
])
def test_an_aircraft_ship_or_train_after_na_is_the_means(text, place, what, moved):
    assert find_what(text, text.find(place)) == (what, moved)


@pytest.mark.parametrize("text, place, what, moved", [
    # "военных/військових" before a vehicle in the instrumental is the noun "the military"; the vehicle is the means
    ("Россия перебросила военных грузовиками в Белгород.", "Белгород", "военных", "people"),
    ("Росія перекидає військових вантажівками до Бєлгорода.", "Бєлгорода", "військових", "people"),
    ("Россия перебросила военных самолётами в Крым.", "Крым", "военных", "people"),
    # an adjective that agrees with the vehicle is still its adjective
    ("Технику перебросили в Белгород военными грузовиками.", "Белгород", "Технику", "materiel"),
    ("Военных доставляли на десантных кораблях из Чхонджина.", "Чхонджина", "Военных", "people"),
    ("В Курск прибыли 14 військових вантажівок.", "Курск", "14 військових вантажівок", "materiel"),
])
def test_the_military_before_their_means_is_people(text, place, what, moved):
    assert find_what(text, text.find(place), after=True) == (what, moved)


@pytest.mark.parametrize("text, place, expected", [
    # "часть/частина" with a word that makes it a unit: an arm of service, "военная/військова", a plural adjective
    ("Танкова частина прибула до Житомира.", "Житомира", ("частина", "people")),
    ("Мотострелкова частина прибула до Житомира.", "Житомира", ("частина", "people")),
    ("Сюди прибула військова частина з Рівного.", "Рівного", ("військова", "people")),
    ("Російські частини зайшли до Суджі.", "Суджі", ("частини", "people")),
    # alone, after a pronoun, or after a noun in the locative it is a part of something, no load
    ("Йдеться про трасу Суми – Суджа, точніше про ту її частину, що від Юнаківки веде до Суджі.", "Юнаківки",
     ("", "")),
    ("У вересні частину перекинули до Суджі.", "Суджі", ("", "")),
    ("Бои идут в северной части Волчанска.", "Волчанска", ("", "")),
])
def test_a_part_is_a_unit_only_with_a_word_that_makes_it_one(text, place, expected):
    assert find_what(text, text.find(place)) == expected


@pytest.mark.parametrize("text, place, expected", [
    # "бронь"/"з бронею" alone is the deferment from mobilisation, no load
    ("Працівники з бронею виїхали до Польщі.", "Польщі", ("", "")),
    ("Военные с бронью от мобилизации вернулись в Киев.", "Киев", ("Военные", "people")),
    # armour joined to people is still their vehicles
    ("Солдаты с танковой бронёй прибыли в Курск.", "Курск", ("Солдаты с танковой бронёй", "both")),
])
def test_armour_counts_only_with_people(text, place, expected):
    assert find_what(text, text.find(place)) == expected


def test_a_ship_after_na_in_the_accusative_is_a_target_not_the_means():
    text = "Атака дронов на корабли произошла в Севастополе."
    assert find_what(text, text.find("Севастополе")) == ("корабли", "materiel")


@pytest.mark.parametrize("text, mode", [
    ("Десантные суда доставили технику в Тартус.", "sea"),
    ("Технику выгрузили с десантных барж в Тартусе.", "sea"),
    ("Десантні катери доставили техніку до Тартуса.", "sea"),
    ("Десантники прибыли в Тартус.", "unknown"),  # air-assault troops, no vessel
])
def test_a_landing_vessel_goes_by_sea(text, mode):
    assert find_mode(text, text.index("Тартус")) == mode
