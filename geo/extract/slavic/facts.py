"""How, how many and what moved, in Russian and Ukrainian: mode, troop numbers and the load of a movement.

* :func:`find_mode`: ``sea``, ``air``, ``rail``, ``road`` or ``unknown`` from the words near the place
  ("морем", "десантными кораблями", "бортами", "эшелонами", "залізницею", "колонной", "своим ходом");
  a way said outright ("по воздуху", "по железной дороге", "своїм ходом") outranks a noun nearer by.
* :func:`find_troops`: the number of people under arms ("около 12 тыс. военнослужащих", "1,5 тыс.
  бойцов", "понад 2 тисячі військових", "полторы тысячи десантников"); counts of vehicles, people
  evacuated, killed or wounded are no troop numbers.
* :func:`find_what`: what moved, as printed ("колонны с РСЗО и бронетехникой", "понад 40 одиниць
  бронетехніки"), and its class: ``people``, ``materiel`` or ``both``.

The same signatures as the English :mod:`geo.extract.mode`, :mod:`~geo.extract.numbers` and
:mod:`~geo.extract.what`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .dates import MONTHS_GEN

# --- mode ----------------------------------------------------------------------------------------------------

_SAID_MODE = {
    # a landing vessel ("десантные суда", "з десантних барж"): "десантн" alone is an air-assault unit
    # ("десантники"), "суда" alone a court's
    "sea": r"морем|по\s+морю|морським\s+шляхом|морским\s+путем|морским\s+путём|на\s+паромах?|паромом|"
           r"десантн\w*\s+(?:суд|барж|катер|кораб)\w*",
    "air": r"по\s+воздуху|повітрям|бортами|бортом|самолетами|самолётами|літаками|авиарейсами|авіарейсами|"
           r"военно-транспортной\s+авиацией|військово-транспортною\s+авіацією|рейсами",
    "rail": r"по\s+железной\s+дороге|железной\s+дорогой|залізницею|по\s+залізниці|эшелонами|ешелонами|"
            r"эшелоном|ешелоном|поездом|потягом|поїздом|в\s+вагонах|у\s+вагонах|на\s+платформах",
    "road": r"своим\s+ходом|своїм\s+ходом|колонной|колоною|колоннами|колонами|маршем|автомобильным\s+транспортом|"
            r"автомобільним\s+транспортом|автомобільною\s+технікою|на\s+грузовиках|вантажівками|грузовиками|"
            r"автобусами|по\s+трассе|трасою|трассой|автодорог\w*|автошлях\w*|бусик\w*|пешком|пішки",
}
_SAID = re.compile("|".join(f"(?P<{k}>(?<![\\w])(?:{v})(?![\\w]))" for k, v in _SAID_MODE.items()), re.I)
_NOUN = re.compile("|".join(f"(?P<{k}>(?<![\\w-])(?:{'|'.join(re.escape(w) for w in sorted(v, key=len, reverse=True))})"
                            f"[\\w-]*)" for k, v in lexicon.MODE.items()), re.I)
#: How far (characters) a mode's word may be from the place and still count: the same clause, roughly.
NEAR = 90


#: A train by the word "состав" ("состав стоял на станции", "зняв состав"), a whole word ("составил" is no train),
#: and a railway station ("разгрузка на станции"). Each is rail only when the word before it is no adjective of
#: another kind: "командный состав", "лётный состав" are people, "радиолокационная станция" is a radar (review 2 H1).
_TRAIN = re.compile(r"(?P<rail>(?<![\w-])(?:состав(?:ы|а|ов|ом|ами|ах)?|станци[яиюей]\w*|станці[яїюєй]\w*)(?![\w-]))",
                    re.I)
#: An adjective before a station or a train of the railway, which keeps it rail.
_RAIL_ADJECTIVE = re.compile(r"(?:железнодорожн|залізничн|ж/д|товарн|грузов|вантажн|подвижн|рухом|узлов|вузлов|"
                             r"сортировочн|сортувальн|конечн|кінцев|ближайш|найближч|той|эт|ці|ця|цю|ту|это|ту)\w*$", re.I)
#: What names a station that is no railway's after it ("станцию РЭБ", "станцію радіолокації").
_NOT_RAILWAY_AFTER = re.compile(r"\s+(?:РЭБ|РЕБ|радио|радіо|связи|зв[’'ʼ]?язку|спутник|супутник|космич|косміч|"
                                r"заправ|метео)", re.I)
#: The word before a match, if it is an adjective (Russian and Ukrainian adjective endings).
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([\w/-]{2,}(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ої|ій|ою|ім|"
                               r"на|не|ну|ні))\s+$", re.I)


def _train(text: str, m: re.Match) -> bool:
    """Whether the station or "состав" matched by *m* is the railway's (see :data:`_TRAIN`)."""
    if _NOT_RAILWAY_AFTER.match(text, m.end()):
        return False
    before = _ADJECTIVE_BEFORE.search(text, 0, m.start())
    return before is None or bool(_RAIL_ADJECTIVE.match(before.group(1)))


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def find_mode(text: str, at: int | None = None) -> str:
    """The mode the words of sentence *text* give near offset *at* (the place), else ``"unknown"``.

    >>> find_mode("С 8 по 13 октября их перевезли во Владивосток на четырёх десантных кораблях.", 50)
    'sea'
    >>> find_mode("Техніку розвантажили з ешелону на станції Ясинувата.", 42), find_mode("Войска прибыли в Курск.", 17)
    ('rail', 'unknown')
    """
    best, best_d = "unknown", None
    for start, end, mode, bonus in _mode_words(text):
        if at is None:
            return mode
        d = (start - at if start >= at else at - end) + bonus
        if d - bonus <= NEAR and (best_d is None or d < best_d):
            best, best_d = mode, d
    return best


@lru_cache(maxsize=256)
def _mode_words(text: str) -> tuple[tuple[int, int, str, int], ...]:
    """``(start, end, mode, bonus)`` of every word of a mode in sentence *text*, in the order :func:`find_mode` weighs
    them: read once per sentence, not once per place (each place's reading of the whole sentence is quadratic on a
    long unsplit line)."""
    # personnel ("личный состав") and membership ("в составе") name no vehicle; blanked, the offsets stay
    text = _NOT_VEHICLE.sub(_blank, text)
    out = []
    for rx, bonus in ((_SAID, 0), (_NOUN, 40), (_TRAIN, 40)):
        for m in rx.finditer(text):
            if rx is _TRAIN and not _train(text, m):
                continue
            out.append((m.start(), m.end(), m.lastgroup, bonus))
    return tuple(out)


#: Whether a stop whose words say nothing of how it went takes the mode of the vehicle its mover is ("судно
#: «Ангара»" -> sea, "эшелоны с техникой" -> rail): the guideline's mode from the vehicle. Chosen on the development
#: theatres (shipped models): mode 436 -> 452 of 591 agree (449 when read after the route carry); in English the same
#: reading, tried offline, changes 23 stops and agrees with one fewer, so English does not read it.
VEHICLE_MODE = True
_VEHICLE_MODE = {
    "sea": r"корабл|корабел|судн|суда|судам|фрегат|корвет|катер|паром|танкер|бдк|подлодк|підводн|флот|"
           + "|".join(lexicon.WAR_VEHICLES["sea"]),
    "air": r"самол|літак|вертол|гелікоптер|рейс|борт|ил-76|іл-76|бомбардир|бомбардув|"
           + "|".join(lexicon.WAR_VEHICLES["air"]),
    # a train is "эшелон", "поезд", "вагон"; "состав" and "платформа" are one only when the words say so
    # ("железнодорожный состав", "на платформах"): "платформы HIMARS" are launchers
    "rail": r"эшелон|ешелон|поезд|потяг|поїзд|вагон|(?:железнодорожн|залізничн|ж/д)\w*\s+(?:состав|склад|платформ)"
            r"|состав(?:ы|ов|ами)?\s+(?:с|із|з)\s|на\s+платформ",
    "road": r"колон|конво|грузовик|вантажівк|автобус|камаз",
}
_VEHICLE_RX = {k: re.compile(rf"(?<![\w-])(?:{v})", re.I) for k, v in _VEHICLE_MODE.items()}
#: Words built on a vehicle's stem that name no vehicle, read out before :data:`_VEHICLE_RX`: personnel ("личный
#: состав", "особовий склад") and membership ("в составе", "у складі").
_NOT_VEHICLE = re.compile(r"(?<![\w-])(?:(?:личн|особов)\w*\s+(?:состав|склад)\w*|(?:во?|у|в)\s+(?:состав|склад)\w*)",
                          re.I)


def vehicle_mode(what: str) -> str:
    """The mode the vehicle named in *what* gives, or ``""`` when it names none or several kinds.

    >>> vehicle_mode("сухогруз «Ангара»"), vehicle_mode("эшелоны с техникой"), vehicle_mode("колонны и эшелоны")
    ('', 'rail', '')
    >>> vehicle_mode("судно «Мария»")
    'sea'
    """
    what = _NOT_VEHICLE.sub(" ", what or "")
    hits = [k for k, rx in _VEHICLE_RX.items() if rx.search(what)]
    return hits[0] if len(hits) == 1 else ""


# --- troops ----------------------------------------------------------------------------------------------------

_UNITS = {"один": 1, "одна": 1, "два": 2, "две": 2, "дві": 2, "три": 3, "четыре": 4, "чотири": 4, "пять": 5, "п'ять": 5,
          "шесть": 6, "шість": 6, "семь": 7, "сім": 7, "восемь": 8, "вісім": 8, "девять": 9, "дев'ять": 9,
          "десять": 10, "полторы": 1.5, "півтори": 1.5, "двадцать": 20, "двадцять": 20, "тридцать": 30,
          "тридцять": 30, "сорок": 40, "пятьдесят": 50, "п'ятдесят": 50, "сто": 100, "двести": 200, "двісті": 200,
          "триста": 300, "пятьсот": 500, "п'ятсот": 500, "несколько": None, "кілька": None, "декілька": None}
_SCALE = {"тыс": 1000, "тис": 1000, "тысяч": 1000, "тысячи": 1000, "тысяча": 1000, "тысячу": 1000, "тисяч": 1000,
          "тисячі": 1000, "тисяча": 1000, "тисячу": 1000, "млн": 1_000_000, "миллиона": 1_000_000,
          "миллионов": 1_000_000, "мільйона": 1_000_000, "мільйонів": 1_000_000, "сотни": None, "сотень": None}
_NUM = (r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?|"
        + "|".join(sorted((re.escape(k) for k in _UNITS), key=len, reverse=True)) + r")"
        r"(?:[ \t]+(?P<scale>тыс\.?|тис\.?|тысяч[иау]?|тисяч[іау]?|млн\.?|миллион(?:а|ов)|мільйон(?:а|ів)))?")
_TROOPS = ("военнослужащ военных військовослужбовц військових солдат бойц бійц десантник морпех морпіх "
           "спецназовц наемник найманц добровольц добровольц мобилизованн мобілізован резервист офицер офіцер "
           "инструктор інструктор штурмовик пехотинц піхотинц военных военных служащих контрактник "
           "контрактник курсант военнопленн").split()
_TROOPS_RX = "|".join(sorted(set(_TROOPS), key=len, reverse=True))
_PHRASE = re.compile(rf"(?<![\w.,])(?:около|почти|более|свыше|порядка|до|примерно|понад|близько|майже|приблизно|"
                     rf"щонайменше|не\s+менее|не\s+менше)?[ \t]*{_NUM}(?P<gap>(?:[ \t]+[^\W\d_][\w-]*){{0,4}}?)"
                     rf"[ \t]+(?P<noun>(?:{_TROOPS_RX})\w*)", re.I)
_NOT_TROOPS = re.compile(r"(?<![\w])(?:погиб|убит|ранен|загинул|вбит|поранен|потер|втрат|пленн|полон|эвакуир|"
                         r"евакуйов|единиц|одиниц|техник|технік|машин|танк)\w*", re.I)


#: The day of a date before a troop noun is no count ("с 8 по 13 октября военнослужащих перевезли", "8 березня
#: російські штурмовики пройшли"): a month's name in the words between (dates.py's list, one for both stages).
_MONTH_GAP = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(MONTHS_GEN), re.I)
#: Counted vehicles, not people: "три колони найманців", "6 штурмовиків Су-25" (attack aircraft by their designation).
_VEHICLES_GAP = re.compile(r"(?<![\w-])(?:колон|колонн|эшелон|ешелон|автомоб|самол|літак|вертол|гелікоптер|корабл|"
                           r"катер|борт)\w*", re.I)


def _number(num: str, scale: str | None) -> float | None:
    n = num.lower().replace("\u00a0", " ").replace("\u202f", " ")
    if n[0].isdigit():
        v = float(n.replace(" ", "").replace(",", ".")) if re.fullmatch(r"\d+(?:[.,]\d+)?", n.replace(" ", "")) \
            else None
    else:
        v = _UNITS.get(n.replace("’", "'"))
    if v is None:
        return None
    if scale:
        s = _SCALE.get(scale.lower().rstrip("."), _SCALE.get(scale.lower()[:3]))
        if s is None:
            return None
        v *= s
    return v


#: Whether a month's name, a vehicle in the words between a number and its troop noun, or an aircraft's designation
#: after the noun, make the number no count of troops (:data:`_MONTH_GAP`, :data:`_VEHICLES_GAP`). Shipped-model
#: development drafts: troops ru 722 -> 724 of 757, uk 851 -> 854 of 900, none lost.
TROOP_GAPS = True


def find_troops(text: str) -> tuple[int, int, int] | None:
    """The first troop number in *text*, as ``(value, start, end)`` of the number, or None.

    >>> find_troops("КНДР приняла решение направить в Россию около 12 тыс. военнослужащих.")[0]
    12000
    >>> find_troops("первая группа из примерно 1,5 тыс. бойцов сил специальных операций")[0]
    1500
    >>> find_troops("эвакуированы более 76 тысяч человек") is None, find_troops("до 15 од. техніки") is None
    (True, True)
    """
    for m in _PHRASE.finditer(text):
        if _NOT_TROOPS.search(m.group("gap") or "") or _NOT_TROOPS.match(text, m.end()):
            continue
        if TROOP_GAPS and (_MONTH_GAP.search(m.group("gap") or "") or _VEHICLES_GAP.search(m.group("gap") or "")
                           or _AIRCRAFT_AFTER.match(text, m.end())):
            continue  # a date's day, or vehicles counted ("6 штурмовиков Су-25")
        if re.search(r"(?:погибл|погиб|убит|ранен|загинул|загинув|вбит|поранен|потеря|втрат)\w*[\s\w,]{0,15}$",
                     text[max(0, m.start() - 30):m.start()], re.I):
            continue  # "погибли 12 военнослужащих": casualties, no movement
        after = text[m.end():m.end() + 40]
        if re.match(r"\W*(?:\w+\W+){0,3}?(?:погибл|убит|ранен|загинул|вбит|поранен|взят\w*\s+в\s+плен|"
                    r"потрапил\w*\s+в\s+полон)", after, re.I):
            continue
        v = _number(m.group("num"), m.group("scale"))
        if v is None or v < 2:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            continue
        return int(round(v)), m.start("num"), m.end("scale") if m.group("scale") else m.end("num")
    return None


# --- what moved ------------------------------------------------------------------------------------------------

_PEOPLE_RX = lexicon.matches(tuple(lexicon.PEOPLE))
_MATERIEL_RX = lexicon.matches(tuple(lexicon.MATERIEL))
_JOIN = re.compile(r"^[ \t]*(?:,|и|і|й|та|а\s+также|а\s+також|вместе\s+с|разом\s+з|с|з|із|зі|плюс)[ \t]*"
                   r"(?:(?:и|і|та)[ \t]+)?$", re.I)
_LEFT = re.compile(r"(?:(?:около|почти|более|свыше|порядка|до|примерно|понад|близько|майже|приблизно|ещё|еще|ще|"
                   r"щонайменше|не\s+менее|не\s+менше|несколько|кілька|декілька|десятки|сотни|тысячи|сотні|тисячі|"
                   r"\d[\d\s.,]*(?:тыс\.|тис\.|тысяч\w*|тисяч\w*)?|[^\W\d_][\w-]*(?:ых|их|ые|ие|ий|ый|ой|ая|ое|ее|ую|"
                   r"ого|его|ому|ими|ыми|ої|ій)|(?-i:[А-ЯЁІЇЄҐA-Z]{2,}[\w-]*))[ \t]+)*$", re.I)


#: Whether the phrases of what moved are read past their stems (:func:`_heads`): adjectives, "часть" of a load,
#: sources, the vehicle that is the means, columns and trains not described by their load, tank units.
REFINE = True
# Heads the shared lexicon lacks (kept here: the role model reads the lexicon's lists as features).
_PEOPLE_MORE = re.compile(r"(?<![\w-])(?:личн\w*[ \t]+состав\w*|особов\w*[ \t]+склад\w*|войск\w*|військ\w*|арми[яиюей]\w*|"
                          r"армі[яїюєй]\w*|групп\w*|груп[аиуіоя]?\w*|десант(?:а|ом|у|ы|и|ів|ов)?|противник\w*|ворог\w*|"
                          r"окупант\w*|оккупант\w*|росіян\w*|россиян\w*|сил[аиы]?|силам|силах|резерв\w*)(?![\w-])", re.I)
# Words that name a side or a part rather than a load ("противник перебросил резервы", "частину з них"): a head only
# when nothing else is named.
_WEAK = re.compile(r"(?:противник\w*|ворог\w*|окупант\w*|оккупант\w*|росіян\w*|россиян\w*|часть|частью|частина|"
                   r"частину|частиною)", re.I)
# ("бойові машини піхоти", "боевых машин десанта": infantry fighting vehicles, the infantry only in their name)
_MATERIEL_MORE = re.compile(r"(?<![\w-])(?:(?:(?:бойов|боев)\w*[ \t]+)?машин\w*[ \t]+(?:піхот|пехот|десант)\w*|"
                            r"суда|судам|судами|судах|гелікоптер\w*|вертол[её]т\w*|рейс(?:а|ы|ов|ам|ами|ах|и|ів)?|"
                            r"(?<!в\s)(?<!во\s)состав(?:ы|ов|ам|ами|ах)|контейнер\w*|колон)(?![\w-])", re.I)
# A stem's word that is an adjective ("военного городка", "військової частини", "танкової армії"): no head.
_ADJ = re.compile(r"(?:ов|ев|ськ|ск|цьк|цк|[бвгджзклмнпрстфхцчшщь]н)(?:ий|ый|ой|ого|ому|ая|ую|ое|ої|ою|ій|ом|ім|а|е|у)$",
                  re.I)
_NOT_ADJ = re.compile(r"(?:колон|машин|автомашин|бронемашин|конво|личн|особов|войск|військ|судн|пальн)", re.I)
# "часть/частина" of something named after it ("часть рейсов", "частину складів"): the something is the head.
_PART = re.compile(r"(?:част[иьіюяе]\w*|частин\w*|частично)$", re.I)
# What a source says by: "за даними українських військових", "по данным военных".
_SOURCE_BEFORE = re.compile(r"(?:за\s+даними|по\s+данным|за\s+словами|по\s+словам|по\s+информации|за\s+інформацією|"
                            r"по\s+оценкам|за\s+оцінками|по\s+мнению|на\s+думку)[ \t]+(?:[\w-]+[ \t]+){0,2}$", re.I)
# A vehicle in the instrumental case is the means of a movement ("эшелонами", "літаками", "колоною"), not its load.
_VEHICLE = re.compile(r"^(?:эшелон|ешелон|самол[её]т|літак|вертол|гелікоптер|борт|поезд|потяг|поїзд|грузовик|вантажівк|"
                      r"автобус|колонн|колон|судн|судам|корабл|катер|паром|машин|автомашин|рейс)", re.I)
_INSTRUMENTAL = re.compile(r"(?:ами|ями|ом|ем|ой|ою|ею|ём)$", re.I)
# A column, train or convoy: the load it is described by, else a force's (people and its vehicles: both).
_CARRIER = re.compile(r"^(?:колон|конво)", re.I)
# "колонна из 6 «Панцирей»", "колона — приблизно 25 одиниць: «Гради»": the column described by its vehicles after it.
_DESCRIBED = re.compile(r"[ \t]*(?:[:—–(]|-[ \t]|из[ \t]|із[ \t]|з[ \t]|с[ \t])", re.I)
# A tank unit ("танкового полку", "танковой дивизии") moves with its tanks: both.
_TANK_UNIT = re.compile(r"(?<![\w-])(?:танков|бронетанков)\w*[ \t]+(?:[\w-]+[ \t]+){0,1}(?:полк|дивизи|дивізі|батальон|"
                        r"батальйон|бригад|арми|армі|рот|дивизион|дивізіон)\w*", re.I)


# An aircraft's designation after a noun ("штурмовики Су-25"): attack aircraft, not assault troops.
_AIRCRAFT_AFTER = re.compile(r"[ \t]+(?:Су|Ту|МиГ|МіГ|Ми|Мі|Ка|Ил|Іл|Ан|Як|Su|MiG|Mi|Ka|Il|An|Yak)-\d")
# A unit of guns or aircraft ("дивизион гаубиц", "несколько дивизионов ствольной артиллерии", "первая группа
# самолетов"): the unit's noun, adjectives, then its materiel in the genitive.
_UNIT_OF = re.compile(r"^(?:дивизион|дивізіон|батаре|батаре|групп|груп|эскадрил|ескадрил|звен|ланк)", re.I)
_ADJ_GAP = re.compile(r"^[ \t]+(?:[\w-]+(?:ых|их|ой|ей|ої|ей|ого|ої)[ \t]+){0,2}$", re.I)
# A beneficiary or a whole a part is taken from: "пальне для угруповання", "офицер одной из бригад".
_FOR_BEFORE = re.compile(r"(?:для|одной\s+из|одного\s+из|одного\s+з|однієї\s+з|одній\s+із)[ \t]+"
                         r"(?:[\w-]+[ \t]+){0,2}$", re.I)


#: Whether a column followed by its vehicles in the genitive ("колонны бронетехники", "колона техніки") is one phrase
#: with them, described by them (``materiel``), as one followed by "из"/"с" ... is.
COLUMN_OF = True


#: Whether "часть"/"частина" alone, with no word that makes it a military unit ("воинская часть", "військова
#: частина"), names no load (:func:`find_what`): it is a part of something ("ту її частину", "частину складів").
PART_ALONE = True
# A word before it that makes it a unit: "воинская", "військова", "в/ч"; an arm of service, as units are named
# ("танкова частина", "мотострелковая часть", "ракетної частини"); or an adjective in the plural ("российские",
# "механізовані" частини). Not a pronoun ("ту її частину"), not an adjective of another kind in the singular
# ("залізничної частини мосту", "в северной части города"), and not a noun in the locative that ends like a plural
# adjective ("у вересні частину", "в місті частина"): a preposition before the word makes it one.
_MILITARY_UNIT_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:воинск|військов|военн|войсков|в/ч|танков|мотострелков|мотопіхотн|механізован|механизирован|"
    r"ракетн|артиллерийск|артилерійськ|десантн|десантно-штурмов|зенитн|зенітн|инженерн|інженерн|авиационн|авіаційн|"
    r"пехотн|піхотн|стрелков|стрілецьк|штурмов|саперн|сапер|понтонн|понтонно-мостов)[\w-]*|"
    r"(?<![\w-])эти|(?<![\w-])ці|(?<![\w-])наши|(?<![\w-])наші|"
    r"(?<![^\w-]в[ \t])(?<![^\w-]у[ \t])(?<![^\w-]на[ \t])(?<![^\w-]по[ \t])(?<![^\w-]о[ \t])(?<![^\w-]при[ \t])"
    r"(?<![\w-])[\w-]{3,}(?:ые|ие|ні|ві|кі|лі|ті))[ \t]+$", re.I)


# "военной", "військової": the adjective "military" in an oblique case, which the people stems also read.
_MILITARY_ADJ = re.compile(r"^(?:военн|військов)\w*(?:ой|ого|ых|ым|ому|ої|их|ій|ім|ими|ыми)$", re.I)
# The adjective's forms that agree with a noun in the instrumental ("военными грузовиками", "військовою технікою").
# Before an instrumental vehicle any other form is the noun "the military" and the vehicle their means: "перебросили
# военных грузовиками", "перекидає військових вантажівками".
_MILITARY_ADJ_INSTR = re.compile(r"(?:ыми|ими|ым|им|ой|ою)$", re.I)


#: Whether people named on or with their vehicles or heavy weapons ("военные на бронетехнике", "резервы, с бронёй",
#: "подразделения, оснащённые бронемашинами", "дивизионы ..., вооруженные РСЗО") are one load with them, ``both``
#: (:func:`find_what`): the corpus's convention on vehicles named with people or a unit.
EQUIPPED = True
# The words between people and the vehicles they go on or with: a comma, "на"/"с"/"з" or a participle of equipping,
# then at most two adjectives or names ("оснащённые американскими бронемашинами"), no verb and no other noun.
_EQUIPPED = re.compile(r"^[ \t]*,?[ \t]*(?:на|с|со|з|із|зі|оснащ[её]нн\w*|оснащен\w*|оснащені\w*|вооруж[её]нн\w*|"
                       r"озброєн\w*)[ \t]+(?:[\w-]+(?:ыми|ими|ой|ей|ою|ею|ім|ых|их)[ \t]+){0,2}$", re.I)
# Armour as a load ("с бронёй", "на броні"): the lexicon's stems name armoured vehicles, not armour itself. It counts
# only joined to people (:func:`find_what`): alone, "з бронею"/"с бронью" is as often the deferment from mobilisation
# ("працівники з бронею виїхали"), and "бронь" is only that.
_ARMOUR = re.compile(r"(?<![\w-])(?:брон[яеёі]|броню|бронёй|бронею)(?![\w-])", re.I)


def _heads(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every head of a load in *text*, in order (a new list on every call)."""
    return list(_heads_of(text, REFINE))


@lru_cache(maxsize=256)  # each place of a sentence asks for its heads: read once, not once per place
def _heads_of(text: str, refine: bool) -> tuple[tuple[int, int, str], ...]:
    out = []
    pairs = ((_PEOPLE_RX, "people"), (_MATERIEL_RX, "materiel"))
    if refine:
        pairs = ((_PEOPLE_MORE, "people"), (_MATERIEL_MORE, "materiel")) + pairs
    if EQUIPPED:
        pairs = pairs + ((_ARMOUR, "materiel"),)
    for rx, kind in pairs:
        for m in rx.finditer(text):
            out.append((m.start(), m.end(), kind))
    out.sort(key=lambda h: (h[0], -h[1]))
    merged: list[tuple[int, int, str]] = []
    for a, b, k in out:
        if merged and a < merged[-1][1]:
            continue
        if refine:
            word = text[a:b]
            if " " not in word and _ADJ.search(word) and not _NOT_ADJ.match(word):
                continue  # an adjective: "военного городка", "танкової армії"
            if COLUMN_OF and k == "people" and _MILITARY_ADJ.match(word) and text[b:b + 1] == " " and \
                    _military_adj(word, _MATERIEL_RX.match(text, b + 1), text):
                continue  # "военной техники", "військової техніки": the materiel's adjective, not the military
            if _PART.match(word) and re.match(r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:%s|%s)" % (
                    _PEOPLE_RX.pattern[len("(?<![\\w-])"):], _MATERIEL_RX.pattern[len("(?<![\\w-])"):]),
                    text[b:], re.I):
                continue  # "часть рейсов": the load is what it is part of
            if _SOURCE_BEFORE.search(text[max(0, a - 60):a]):
                continue  # "за даними українських військових": who says it, not who moved
            if _TANK_UNIT.match(text, max(0, a)) or _TANK_UNIT.search(text[max(0, a - 40):b]):
                k = "both" if k == "people" and _TANK_UNIT.search(text[max(0, a - 40):b]) else k
            if k == "people" and _AIRCRAFT_AFTER.match(text, b):
                k = "materiel"  # "штурмовики Су-25"
            if _FOR_BEFORE.search(text[max(0, a - 50):a]):
                continue  # "пальне для угруповання": the load is the fuel
            if merged and merged[-1][2] == "people" and k == "materiel" and _UNIT_OF.match(text[merged[-1][0]:]) \
                    and _ADJ_GAP.match(text[merged[-1][1]:a] or " "):
                merged[-1] = (merged[-1][0], b, "materiel")  # "дивизион гаубиц": a unit of guns
                continue
        merged.append((a, b, k))
    return tuple(merged)


def _military_adj(word: str, noun: re.Match | None, text: str) -> bool:
    """Whether *word* ("военных", "військової") is the adjective of the materiel head *noun* after it: it agrees
    with an instrumental noun only in an instrumental form."""
    if noun is None:
        return False
    rest = re.match(r"[\w-]*", text[noun.start():]).group()  # the noun's whole word
    return not (_VEHICLE.match(rest) and _INSTRUMENTAL.search(rest)) or bool(_MILITARY_ADJ_INSTR.search(word))


def _means(text: str, h: tuple[int, int, str]) -> bool:
    """Whether head *h* is a vehicle in the instrumental case: the means of a movement ("перебросили эшелонами")."""
    word = text[h[0]:h[1]]
    if h[2] == "materiel" and CARRIER_ON and _BOARDED.match(word) and _PREPOSITIONAL.search(_word_at(text, h[0])) \
            and _ON_BEFORE.search(text[max(0, h[0] - 40):h[0]]):
        return True  # "прибыли в Буку на самолёте C-17", "доставляли на десантных кораблях": the carrier
    return h[2] == "materiel" and bool(_VEHICLE.match(word)) and bool(_INSTRUMENTAL.search(word))


#: Whether an aircraft, ship or train after "на" ("на самолёте", "на десантных кораблях", "на борту") is the means of
#: a movement, as a vehicle in the instrumental case is (:func:`_means`).
CARRIER_ON = True
# Vehicles that people and cargo board (not armour: "военные на бронетехнике" go with their vehicles).
_BOARDED = re.compile(r"^(?:самол[её]т|літак|вертол|гелікоптер|борт|корабл|судн|судам|катер|паром|поезд|потяг|поїзд|"
                      r"эшелон|ешелон|рейс)", re.I)
# The prepositional case of the vehicle ("на самолёте", "на кораблях", "на борту", "на літаку", "на потязі"): "на"
# with the accusative is a target ("атака дронов на корабли", "удар по кораблям"), not the means.
_PREPOSITIONAL = re.compile(r"(?:е|ё|ах|ях|у|ю|і)$", re.I)


def _agrees(adj: str, noun: str) -> bool:
    """Whether *adj* may be an adjective in the case and number of *noun* (of a vehicle, instrumental or
    prepositional): "десантных кораблях", "военными грузовиками", not "военных грузовиками"."""
    if re.search(r"(?:ами|ями)$", noun, re.I):
        return bool(re.search(r"(?:ыми|ими)$", adj, re.I))
    if re.search(r"(?:ах|ях)$", noun, re.I):
        return bool(re.search(r"(?:ых|их)$", adj, re.I))
    return bool(re.search(r"(?:ом|ем|ой|ей|ою|ім|ій|ому|им|ым)$", adj, re.I))


def _word_at(text: str, a: int) -> str:
    """The whole word of *text* that starts at *a*."""
    return re.match(r"[\w-]*", text[a:]).group()


_ON_BEFORE = re.compile(r"(?<![\w-])(?:на|на[ \t]+борту|на[ \t]+борт)[ \t]+(?:[\w-]+(?:ых|их|ой|ом|ем|ім|ій|ому|ах|ях)"
                        r"[ \t]+){0,2}$", re.I)


def find_what(text: str, at: int | None = None, after: bool = False) -> tuple[str, str]:
    """``(what, moved)`` of the movement of sentence (or clause) *text* at offset *at*; ``("", "")`` if none.

    The phrase nearest before the place wins (or, with *after*, the first after it when none is before);
    heads joined by "и", "та", "с" are one load.

    >>> find_what("Колонны с танками и бронетранспортёрами выдвигаются в Курскую область.", 53)
    ('Колонны с танками и бронетранспортёрами', 'materiel')
    >>> find_what("КНДР отправила в Россию 1,5 тыс. спецназовцев и артиллерию.", 17, after=True)
    ('1,5 тыс. спецназовцев и артиллерию', 'both')
    """
    heads = _heads(text)
    if not heads:
        return "", ""
    if REFINE:  # the vehicle that is the means counts only when nothing else is named
        means = [h for h in heads if _means(text, h)]
        # and the adjective read as a head right before it ("на десантных кораблях"): part of the same means, if it
        # agrees with it ("перебросили военных грузовиками": the noun "the military", then their means)
        means += [h for h in heads if any(m[0] > h[1] and not text[h[1]:m[0]].strip()
                                          and _agrees(text[h[0]:h[1]], _word_at(text, m[0])) for m in means)]
        heads = [h for h in heads if h not in means] or heads
        heads = [h for h in heads if not _WEAK.fullmatch(text[h[0]:h[1]])] or heads
        if PART_ALONE and all(_PART.match(text[h[0]:h[1]])
                              and not _MILITARY_UNIT_BEFORE.search(" " + text[max(0, h[0] - 40):h[0]]) for h in heads):
            return "", ""  # "ту її частину, що від Юнаківки": a part of something unnamed, not a military unit
    groups: list[list[tuple[int, int, str]]] = []
    for h in heads:
        gap = text[groups[-1][-1][1]:h[0]] if groups else ""
        if groups and _JOIN.match(gap):
            groups[-1].append(h)
        elif groups and COLUMN_OF and _CARRIER.match(text[groups[-1][-1][0]:]) and h[2] == "materiel" \
                and _ADJ_GAP.match(gap or " "):
            groups[-1].append(h)  # "колонны бронетехники": the column and the vehicles it is of
        elif groups and EQUIPPED and groups[-1][-1][2] == "people" and h[2] == "materiel" and _EQUIPPED.match(gap):
            groups[-1].append(h)  # "военные на бронетехнике": people with their vehicles
        else:
            groups.append([h])
    if EQUIPPED:  # armour alone is no load (the deferment from mobilisation): only people's armour is
        groups = [g for g in groups if not all(_ARMOUR.fullmatch(text, x[0], x[1]) for x in g)]
        if not groups:
            return "", ""
    spans = []
    for g in groups:
        a = g[0][0]
        left = _LEFT.search(text[max(0, a - 60):a])
        if left:
            a = max(0, a - 60) + left.start()
        spans.append((a, g[-1][1], {k for _a, _b, k in g}))
    if at is None:
        chosen = spans[0]
    else:
        before = [s for s in spans if s[1] <= at]
        if before:
            chosen = before[-1]
        elif after:
            later = [s for s in spans if s[0] >= at]
            if not later:
                return "", ""
            chosen = later[0]
        else:
            return "", ""
    a, b, kinds = chosen
    # "колонны с РСЗО": a column is the way materiel moves, the materiel what moved
    if kinds == {"materiel", "people"} or len(kinds) > 1:
        moved = "both"
    else:
        moved = next(iter(kinds))
    if REFINE and moved == "materiel":
        # a column or train not described by its load is a force's, people and vehicles ("российские колонны");
        # "колонны с танками" and "ешелон із пусковими установками" are their load's
        group = [h for h in heads if a <= h[0] and h[1] <= b]
        if group and all(_CARRIER.match(text[h[0]:h[1]]) for h in group):
            rest = [h for h in heads if b <= h[0] < b + 80]
            described = bool(_DESCRIBED.match(text, b)) and rest and rest[0][2] == "materiel"
            if not described:
                moved = "both"
    return text[a:b].strip(" ,;:—–-"), moved
