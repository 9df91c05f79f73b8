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

from . import lexicon

# --- mode ----------------------------------------------------------------------------------------------------

_SAID_MODE = {
    "sea": r"морем|по\s+морю|морським\s+шляхом|морским\s+путем|морским\s+путём|на\s+паромах?|паромом",
    "air": r"по\s+воздуху|повітрям|бортами|бортом|самолетами|самолётами|літаками|авиарейсами|авіарейсами|"
           r"военно-транспортной\s+авиацией|військово-транспортною\s+авіацією|рейсами",
    "rail": r"по\s+железной\s+дороге|железной\s+дорогой|залізницею|по\s+залізниці|эшелонами|ешелонами|"
            r"эшелоном|ешелоном|поездом|потягом|поїздом|в\s+вагонах|у\s+вагонах|на\s+платформах",
    "road": r"своим\s+ходом|своїм\s+ходом|колонной|колоною|колоннами|колонами|маршем|автомобильным\s+транспортом|"
            r"автомобільним\s+транспортом|автомобільною\s+технікою|на\s+грузовиках|вантажівками|грузовиками|"
            r"автобусами|по\s+трассе|трасою|трассой|автодорог\w*|пешком|пішки",
}
_SAID = re.compile("|".join(f"(?P<{k}>(?<![\\w])(?:{v})(?![\\w]))" for k, v in _SAID_MODE.items()), re.I)
_NOUN = re.compile("|".join(f"(?P<{k}>(?<![\\w-])(?:{'|'.join(re.escape(w) for w in sorted(v, key=len, reverse=True))})"
                            f"[\\w-]*)" for k, v in lexicon.MODE.items()), re.I)
#: How far (characters) a mode's word may be from the place and still count: the same clause, roughly.
NEAR = 90


def find_mode(text: str, at: int | None = None) -> str:
    """The mode the words of sentence *text* give near offset *at* (the place), else ``"unknown"``.

    >>> find_mode("С 8 по 13 октября их перевезли во Владивосток на четырёх десантных кораблях.", 50)
    'sea'
    >>> find_mode("Техніку розвантажили з ешелону на станції Ясинувата.", 42), find_mode("Войска прибыли в Курск.", 17)
    ('rail', 'unknown')
    """
    best, best_d = "unknown", None
    for rx, bonus in ((_SAID, 0), (_NOUN, 40)):
        for m in rx.finditer(text):
            if at is None:
                return m.lastgroup
            d = (m.start() - at if m.start() >= at else at - m.end()) + bonus
            if d - bonus <= NEAR and (best_d is None or d < best_d):
                best, best_d = m.lastgroup, d
    return best


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


def _heads(text: str) -> list[tuple[int, int, str]]:
    out = []
    for rx, kind in ((_PEOPLE_RX, "people"), (_MATERIEL_RX, "materiel")):
        for m in rx.finditer(text):
            out.append((m.start(), m.end(), kind))
    out.sort()
    merged: list[tuple[int, int, str]] = []
    for a, b, k in out:
        if merged and a < merged[-1][1]:
            continue
        merged.append((a, b, k))
    return merged


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
    groups: list[list[tuple[int, int, str]]] = []
    for h in heads:
        if groups and _JOIN.match(text[groups[-1][-1][1]:h[0]]):
            groups[-1].append(h)
        else:
            groups.append([h])
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
    return text[a:b].strip(" ,;:—–-"), moved
