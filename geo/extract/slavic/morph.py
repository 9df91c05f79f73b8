"""Word forms of Russian and Ukrainian: lemmas and cases, from pymorphy3's dictionaries.

Place names are inflected ("из Владивостока", "під Куп'янськом", "на Харківщині"): the
gazetteer knows them in the nominative, so every form is read back to its lemmas here.
pymorphy3 with ``pymorphy3-dicts-ru`` and ``pymorphy3-dicts-uk`` gives every reading of a
word (a word may be a noun's genitive and an adjective at once: "Покровська"); where it
knows no reading, or its dictionary is not installed, the endings of toponyms are taken off
by :func:`stems` (a small rule set, the same for both languages), so reading still works,
less precisely.

The case tells a destination from a presence: "в Курск" (accusative: where to), "в Курске"
(locative: where at). :func:`cases` gives the cases a word form may be in.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

#: Apostrophes printed inside Ukrainian words ("Куп'янськ", "Куп’янськ", "Купʼянськ"): one form for lookups.
APOSTROPHES = "'’ʼ`´‘"
_APOS = str.maketrans({c: "'" for c in APOSTROPHES})

_lock = threading.Lock()
_analyzers: dict[str, object] = {}


def fold(word: str) -> str:
    """*word* lower-cased, with one apostrophe and ``ё`` as ``е`` (as the dictionaries and the gazetteer write them).

    >>> fold("Куп’янськ"), fold("Купʼянськ"), fold("Орёл")
    ("куп'янськ", "куп'янськ", 'орел')
    """
    return word.translate(_APOS).lower().replace("ё", "е")


def analyzer(lang: str):
    """pymorphy3's analyzer for *lang* (``ru`` or ``uk``), made once per process; None if its dictionary is missing."""
    a = _analyzers.get(lang, False)
    if a is not False:
        return a
    with _lock:
        if lang not in _analyzers:
            try:
                import pymorphy3

                _analyzers[lang] = pymorphy3.MorphAnalyzer(lang=lang)
            except Exception:  # no dictionary for the language: the endings rules (stems) read alone
                _analyzers[lang] = None
    return _analyzers[lang]


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of a word form: its lemma, part of speech, case, gender, number and whether it is a toponym."""

    lemma: str
    pos: str
    case: str
    gender: str
    number: str
    geo: bool
    score: float
    person: bool = False
    anim: bool = False


def readings(word: str, lang: str) -> tuple[Reading, ...]:
    """Every reading pymorphy3 gives of *word* (folded), best first; empty without a dictionary.

    >>> r = readings("Купянском", "ru")[0]; (r.lemma, r.pos, r.case, r.geo)
    ('купянск', 'NOUN', 'ablt', True)
    """
    return _readings(fold(word), lang)


@lru_cache(maxsize=300_000)
def _readings(word: str, lang: str) -> tuple[Reading, ...]:
    a = analyzer(lang)
    if a is None:
        return ()
    out = []
    seen = set()
    for p in a.parse(word):
        t = p.tag
        r = Reading(p.normal_form.replace("ё", "е"), str(t.POS or ""), str(t.case or ""), str(t.gender or ""),
                    str(t.number or ""), _toponym(t, lang), float(p.score),
                    bool({"Name", "Surn", "Patr"} & t.grammemes), "anim" in t.grammemes)
        key = (r.lemma, r.pos, r.case, r.gender, r.number, r.geo, r.person)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return tuple(out)


# The Ukrainian dictionary has no toponym mark: converted from LanguageTool's, it gives a proper noun's gender
# (or its plural-only number) among the lexeme's own grammemes ("NOUN,masc,inan nomn": Бахмут, Крим), a common
# noun's with its form ("NOUN,inan masc,nomn": мир, фронт); inanimate, and no person's name, it is a place.
_UK_PROPER = re.compile(r"^NOUN(?:,(?:Abbr|Fixd|alt|Dist|Slng|Arch|v-u))*,(?:masc|femn|neut|plur(?:,Pltm)?),inan$")


def _toponym(tag, lang: str) -> bool:
    if lang == "uk":
        return bool(_UK_PROPER.match(str(tag).split(" ")[0]))
    return "Geox" in tag.grammemes


def person(word: str, lang: str) -> bool:
    """Whether the dictionary's best reading of *word* is a first name, a surname or a patronymic, and none a place.

    >>> person("Путин", "ru"), person("Путін", "uk"), person("Курске", "ru")
    (True, True, False)
    """
    rs = readings(word, lang)
    return bool(rs) and rs[0].person and not any(r.geo for r in rs) and known(word, lang)


def first_name(word: str, lang: str) -> bool:
    """Whether the dictionary knows *word* best as a first name, and never as a place.

    >>> first_name("Джона", "uk"), first_name("Володимира", "uk"), first_name("Курськ", "uk")
    (True, False, False)
    """
    a = analyzer(lang)
    if a is None or not known(word, lang):
        return False
    ps = a.parse(fold(word))
    return bool(ps) and "Name" in ps[0].tag.grammemes and not any(r.geo for r in readings(word, lang))


def known(word: str, lang: str) -> bool:
    """Whether the dictionary knows *word* itself (not only guesses it from its ending)."""
    return _known(fold(word), lang)


@lru_cache(maxsize=300_000)
def _known(word: str, lang: str) -> bool:
    a = analyzer(lang)
    return bool(a is not None and a.word_is_known(word))


def verb_form(word: str, lang: str) -> tuple[str, str, str] | None:
    """``(lemma, tense, aspect)`` of *word* when the dictionary reads it best as a finite verb or an infinitive
    (tense ``past``, ``pres``, ``futr``, or ``infn`` for an infinitive; aspect ``perf`` or ``impf``), else None.

    >>> verb_form("перебросили", "ru"), verb_form("стоят", "ru"), verb_form("Курск", "ru")
    (('перебросить', 'past', 'perf'), ('стоять', 'pres', 'impf'), None)
    """
    return _verb_form(fold(word), lang)


@lru_cache(maxsize=100_000)
def _verb_form(word: str, lang: str) -> tuple[str, str, str] | None:
    a = analyzer(lang)
    if a is None or not word.isalpha():
        return None
    ps = a.parse(word)
    if not ps or ps[0].tag.POS not in ("VERB", "INFN"):
        return None
    t = ps[0].tag
    return ps[0].normal_form.replace("ё", "е"), "infn" if t.POS == "INFN" else str(t.tense or ""), str(t.aspect or "")


def cases(word: str, lang: str) -> frozenset[str]:
    """The cases *word* may be in (pymorphy3's names: nomn, gent, datv, accs, ablt, loct, voct, loc2, gen2 ...).

    >>> sorted(cases("Курске", "ru")), sorted(cases("Курск", "ru"))
    (['loct'], ['accs', 'nomn'])
    """
    return frozenset(r.case for r in readings(word, lang) if r.case)


# A plural name's genitive ("Олешек", "Лисок", "Ровеньок": Олешки, Лиски, Ровеньки; "Валуек": Валуйки): read only
# where a genitive fits (see stems), as these endings are those of many a noun's nominative ("Песок" is no Пески).
_PLURAL_GENITIVE = (("ек", ("ки", "йки")), ("ок", ("ки",)), ("ьков", ("ьки",)))


# Endings of inflected toponyms and what their nominative ends with, longest first (Russian and Ukrainian):
# "Купянском" -> "Купянск", "Суджи" -> "Суджа", "Курахового" -> "Курахове"/"Курахово", "Харківщині" -> "Харківщина".
_ENDINGS = (
    ("ого", ("е", "о", "ое", "ий", "ый")), ("ому", ("е", "о", "ое", "ий", "ый")),
    ("ими", ("е", "и")), ("ами", ("ы", "и", "а")), ("ями", ("и", "я")),
    ("ою", ("а", "я")), ("ею", ("я", "а", "ь")), ("ой", ("а", "ая", "ой", "ый")), ("ей", ("я", "ь", "и")),
    ("ом", ("", "о")), ("ем", ("ь", "е", "")), ("ів", ("и", "")), ("ов", ("ы", "")), ("ах", ("ы", "и", "а")),
    ("ях", ("и", "я")), ("ам", ("ы", "и", "а", "")), ("ям", ("и", "я")), ("ії", ("ія",)), ("ію", ("ія",)), ("ии", ("ия",)), ("ию", ("ия",)),
    ("ові", ("",)), ("еві", ("ь",)), ("єві", ("й",)),
    *_PLURAL_GENITIVE,
    # a vowel that drops ("Лунинца", "Лунинці": Лунинец, Лунинець)
    ("ця", ("ець",)), ("ці", ("ець",)),
    ("ца", ("ец",)), ("цу", ("ец",)), ("це", ("ец",)), ("цом", ("ец",)), ("цем", ("ець",)),
    ("а", ("", "о", "е")), ("я", ("ь", "й", "е")), ("у", ("", "а")), ("ю", ("ь", "я", "й")), ("і", ("а", "ь", "",
    "я", "и")), ("и", ("а", "ы", "")), ("е", ("", "а", "о")), ("ї", ("я",)), ("ы", ("а",)), ("є", ("я",)),
)


def stems(word: str, lang: str = "", genitive: bool = False) -> list[str]:
    """Nominatives *word* may be a form of, by its ending alone (folded; the word itself first).

    For words the dictionary does not know (small towns, foreign places): the gazetteer then says which exists.
    A plural name's genitive ("Олешек": Олешки) is read only where a genitive fits: *genitive* (the word follows a
    preposition or a noun that governs it, as the caller knows), or the dictionary of *lang* gives the word no
    nominative singular reading ("Лисок"; not "Песок", sand).

    >>> stems("Мартыновки")[:3], "купянск" in stems("Купянском")
    (['мартыновки', 'мартыновка', 'мартыновкы'], True)
    >>> "пески" in stems("Песок", "ru"), "пески" in stems("Песок", "ru", genitive=True), "лиски" in stems("Лисок", "ru")
    (False, True, True)
    """
    w = fold(word)
    out = [w]
    for end, news in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            if (end, news) in _PLURAL_GENITIVE and not (genitive or (lang and not _nominative_singular(w, lang))):
                continue
            base = w[: len(w) - len(end)]
            for n in news:
                c = base + n
                if c not in out:
                    out.append(c)
    return out


# Ukrainian and Russian spellings of one toponym: "Шебекине" / "Шебекино", "Гончарівка" / "Гончаровка",
# "Суми" / "Сумы", "Удачне" / "Удачное", "Чкаловський" / "Чкаловский", "Лунинець" / "Лунинец" (a final soft ц is
# hard in Russian). GeoNames often has a place under one language's spelling only.
_UK_RU = ((re.compile(r"([сц])ьк(?=ий$|а$|е$|і$|$)"), r"\1к"), (re.compile(r"(?<=[вн])е$"), "о"),
          (re.compile(r"не$"), "ное"), (re.compile(r"ів(?=[кнсцч])"), "ов"),
          (re.compile(r"и"), "ы"), (re.compile(r"і"), "и"), (re.compile(r"є"), "е"), (re.compile(r"ї"), "йи"),
          (re.compile(r"'"), ""), (re.compile(r"ць$"), "ц"))
_RU_UK = ((re.compile(r"([сц])к(?=ий$|ая$|ое$|ие$|$)"), r"\1ьк"),
          (re.compile(r"(?<=[вн])о$"), "е"), (re.compile(r"ное$"), "не"), (re.compile(r"ов(?=[кнсцч])"), "ів"),
          (re.compile(r"и"), "і"), (re.compile(r"ы"), "и"), (re.compile(r"э"), "е"), (re.compile(r"(?<=е)ц$"), "ць"))


_I_CLOSED = re.compile(r"і(?=[бвгґджзклмнпрстфхцчшщ](?:[бвгґджзклмнпрстфхцчшщь]|$))")


def apply_rules(rules, s: str) -> list[str]:
    """*s* rewritten by each of *rules* (pairs of a compiled pattern and its replacement) alone, then by all of them
    in turn (the last item).

    >>> apply_rules(((re.compile("a"), "o"), (re.compile("b"), "p")), "ab")
    ['ob', 'ap', 'op']
    """
    out = [rx.sub(to, s) for rx, to in rules]
    cur = s
    for rx, to in rules:
        cur = rx.sub(to, cur)
    out.append(cur)
    return out


def respell(name: str, lang: str) -> list[str]:
    """The spellings *name* (a folded nominative in *lang*) may have in the other language: each rule alone,
    then all of them.

    >>> respell("шебекине", "uk")[0], respell("уразове", "uk")[0], respell("синьковка", "ru")[0]
    ('шебекино', 'уразово', 'синьківка')
    """
    rules = _UK_RU if lang == "uk" else _RU_UK
    out = apply_rules(rules, name)
    if lang == "uk" and _I_CLOSED.search(name):
        # Ukrainian і of a closed syllable where Russian writes е ("Вейделівка": Вейделевка, "Борисоглібськ":
        # Борисоглебск), alone and with the other rules; never an ending's і ("Цілі" is no "Целе", Celje)
        cur = _I_CLOSED.sub("е", name)
        out.append(cur)
        for rx, to in rules:
            # Ukrainian и is Russian и as often as ы; the rules' own form above already reads it as ы, this one keeps
            # it (Борисоглібськ: Борисоглебск)
            if to != "ы":
                cur = rx.sub(to, cur)
        out.append(cur)
    return [o for o in dict.fromkeys(out) if o != name]


def _nominative_singular(word: str, lang: str) -> bool:
    """Whether the dictionary of *lang* reads *word* (folded) as a nominative singular (False without a dictionary)."""
    return any(r.case == "nomn" and r.number != "plur" for r in _readings(word, lang))


def lemmas(word: str, lang: str, genitive: bool = False) -> list[str]:
    """The nominatives *word* may be a form of: the dictionary's lemmas, toponyms first, then :func:`stems`
    (*genitive*: a genitive fits where the word stands, see :func:`stems`).

    >>> lemmas("Владивостока", "ru")[0], lemmas("Куп’янська", "uk")[0], lemmas("Харківщині", "uk")[0]
    ('владивосток', "куп'янськ", 'харківщина')
    """
    rs = readings(word, lang)
    out: list[str] = []
    for r in sorted(rs, key=lambda r: (not r.geo, r.pos != "NOUN", -r.score)):
        if r.lemma not in out:
            out.append(r.lemma)
    for s in stems(word, lang, genitive):
        if s not in out:
            out.append(s)
    return out


def adjective(word: str, lang: str) -> Reading | None:
    """The best adjective reading of *word*, or None ("Курской" -> курский, feminine)."""
    for r in readings(word, lang):
        if r.pos in ("ADJF", "PRTF"):
            return r
    return None


@lru_cache(maxsize=100_000)
def inflect(word: str, lang: str, grammemes: frozenset[str], like: Reading | None = None) -> str | None:
    """*word* (an adjective or a noun) put into *grammemes* ({"nomn", "femn"}), lower case, or None; *like*: the
    reading of *word* to start from (its case and gender), when it has several ("Трегубова" of "по словам
    Трегубова" is a man's genitive, not a woman's nominative).

    >>> inflect("Курской", "ru", frozenset({"nomn", "femn", "sing"}))
    'курская'
    """
    a = analyzer(lang)
    if a is None:
        return None
    parses = a.parse(fold(word))
    if like is not None:
        parses = sorted(parses, key=lambda p: (str(p.tag.case or "") != like.case,
                                                bool(like.gender) and str(p.tag.gender or "") != like.gender))
    for p in parses:
        if p.tag.POS in ("ADJF", "PRTF", "NOUN", "NPRO"):
            try:
                q = p.inflect(set(grammemes))
            except ValueError:
                q = None
            if q is not None:
                return q.word
    return None


# Nominative endings of adjectives by gender (masculine, feminine, neuter, plural), after the lemma's last two letters.
_ADJ_RU = {"ый": ("ый", "ая", "ое", "ые"), "ой": ("ой", "ая", "ое", "ые"), "ий": ("ий", "ая", "ое", "ие")}
_ADJ_RU_SOFT = ("ий", "яя", "ее", "ие")  # "нижний"
_ADJ_UK = {"ий": ("ий", "а", "е", "і"), "ій": ("ій", "я", "є", "і")}
_GENDERS = ("masc", "femn", "neut", "plur")


def adjective_forms(lemma: str, lang: str) -> dict[str, str]:
    """The nominative of an adjective's lemma (masculine singular, as the dictionaries give it) in each gender and the
    plural, by its ending: no dictionary lookup.

    >>> adjective_forms("курский", "ru")["femn"], adjective_forms("малий", "uk")["femn"], adjective_forms("азовський", "uk")["neut"]
    ('курская', 'мала', 'азовське')
    >>> adjective_forms("большой", "ru")["plur"], adjective_forms("нижний", "ru")["femn"], adjective_forms("синій", "uk")["femn"]
    ('большие', 'нижняя', 'синя')
    """
    stem, end = lemma[:-2], lemma[-2:]
    if (poss := possessive_forms(lemma, lang)) is not None:
        return poss
    if lang == "uk":
        ends = _ADJ_UK.get(end)
    elif end == "ий" and stem[-1:] == "н":
        ends = _ADJ_RU_SOFT
    else:
        ends = _ADJ_RU.get(end)
        if ends and stem[-1:] in "гкхжшщч" and stem:
            ends = (end, "ая", "ое", "ие")
    if not ends:
        return {g: lemma for g in _GENDERS}
    return {g: stem + e for g, e in zip(_GENDERS, ends)}


# A possessive adjective's lemma (the dictionaries give its short masculine: "баренцев", "марьин", "берингів") and
# its endings in each gender and the plural: Russian -ов/-ев/-ин/-ын (Баренцево море, Берингов пролив, Марьино),
# Ukrainian -ів/-їв/-ин/-їн with the і of the closed syllable opening to о/є (Берингова протока, Андрієве, Мар'їне).
_POSS_RU = re.compile(r"(?:ов|ев|ёв|ин|ын)$")
_POSS_UK = {"ів": ("ів", "ова", "ове", "ові"), "їв": ("їв", "єва", "єве", "єві"), "ин": ("ин", "ина", "ине", "ині"),
            "їн": ("їн", "їна", "їне", "їні")}


def possessive_forms(lemma: str, lang: str) -> dict[str, str] | None:
    """The nominative of a possessive adjective (a lemma in -ов/-ев/-ин, Ukrainian -ів/-їв/-ин) in each gender and the
    plural, or None for any other lemma. Only a possessive's lemma ends so: other adjectives' end in -ый/-ий/-ой/-ій.

    >>> possessive_forms("баренцев", "ru")["neut"], possessive_forms("берингів", "uk")["femn"], possessive_forms("марьин", "ru")["plur"]
    ('баренцево', 'берингова', 'марьины')
    >>> possessive_forms("курский", "ru") is None, possessive_forms("синій", "uk") is None
    (True, True)
    """
    if len(lemma) < 4:
        return None
    if lang == "uk":
        ends = _POSS_UK.get(lemma[-2:])
        if ends is None:
            return None
        stem = lemma[:-2]
        # the ending's і is an о after a hard consonant ("Берингів": Берингова, "Баренців": Баренцове), an е after
        # a hushing one ("Лукашів": Лукашева)
        if ends[0] == "ів" and stem[-1:] in "жчшщ":
            ends = ("ів", "ева", "еве", "еві")
        return {g: stem + e if g != "masc" else lemma for g, e in zip(_GENDERS, ends)}
    if not _POSS_RU.search(lemma):
        return None
    plur = "ы"
    return {"masc": lemma, "femn": lemma + "а", "neut": lemma + "о", "plur": lemma + plur}


def restore_case(lemma: str, printed: str) -> str:
    """*lemma* written as *printed* is: capitalised, all capitals, or as is.

    >>> restore_case("владивосток", "Владивостока"), restore_case("рф", "РФ")
    ('Владивосток', 'РФ')
    >>> restore_case("м.в.захарова", "М.В.Захаровой")
    'М.В.Захарова'
    """
    if printed.isupper() and len(printed) > 1:
        return lemma.upper()
    if "." in printed and printed.count(".") == lemma.count("."):  # initials: "М.В.Захаровой"
        return ".".join(restore_case(p, q) if q else p for p, q in zip(lemma.split("."), printed.split(".")))
    if printed[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in lemma.split("-")) if "-" in printed else \
            lemma[:1].upper() + lemma[1:]
    return lemma


# Verbs of motion, by the stem of their infinitive: the paired verbs of going, riding, running, flying, sailing,
# crawling, carrying, driving and leading, and the verbs of sending, throwing, stepping, moving, returning and
# fleeing. With a spatial prefix they keep their sense of motion ("зайти", "ввести", "перебросить", "увійти",
# "втекти"); with "в"/"на" + accusative they say where to. Verbs that only govern that phrase ("смотреть на",
# "превратить в", "упасть на", "попасть в", "потратить на") are not among them.
_MOTION_RU = re.compile(
    r"(?:йти|идти|ходить|хаживать|ехать|ездить|езжать|бежать|бегать|лететь|летать|плыть|плавать|ползти|ползать"
    r"|нести|носить|нашивать|везти|возить|вести|водить|гнать|гонять|бросить|брасывать|бросать|кинуть|кидывать"
    r"|кидать|слать|сылать|ступить|ступать|двигать|двинуть|вернуть|возвратить|возвращать|тянуть|тягивать"
    r"|садить|саживать|катить|катывать|мчать|вторгнуть|вторгать|рвать|мещать|местить)(?:ся|сь)?$")
_MOTION_UK = re.compile(
    r"(?:йти|іти|ходити|їхати|їздити|їжджати|бігти|бігати|летіти|літати|плисти|плавати|повзти|повзати|нести"
    r"|носити|везти|возити|вести|водити|гнати|ганяти|кинути|кидати|слати|силати|ступити|ступати|рухати|рушити"
    r"|вернути|вертати|повернути|повертати|тягнути|тягти|тягати|садити|саджувати|тікати|текти|котити|мчати"
    r"|вторгнути|вторгатися|дерти|рвати|містити|міщати)"
    r"(?:ся|сь)?$")
# Not motion: reflexive "-йти" ("прийтись на": a strike, a date falls on; "обойтись в": cost); the unprefixed verbs
# of leading and carrying, mostly "вести бои/огонь", "нести потери"; and prefixed ones whose sense has drifted from
# motion ("находиться" is being somewhere, "приходится" having to, "провести" conducting, "относиться" relating).
_NOT_MOTION = re.compile(r"(?:йтись|йтися|йтіся)$|^(?:вести|водить|нести|носить|водити|носити)(?:сь|ся)?$"
                         r"|^(?:на|зна|при|до|об|от|від|вид|с|з)ходит(?:ь|и)с[яь]$|^(?:при|до)водит(?:ь|и)с[яь]$"
                         r"|^пров(?:ести|одить|одити)$|^(?:от|від)нос(?:ить|ити)с[яь]$")


def motion_verb(word: str, lang: str) -> bool:
    """Whether the dictionary reads *word* best as a verb, participle or gerund of motion ("зашли", "ввели",
    "перебрасывают", "увійшли", "тікали"); see _MOTION_RU."""
    return _motion_verb(fold(word), lang)


@lru_cache(maxsize=100_000)
def _motion_verb(word: str, lang: str) -> bool:
    a = analyzer(lang)
    if a is None or not word.isalpha():
        return False
    ps = a.parse(word)
    if not ps or ps[0].tag.POS not in ("VERB", "INFN", "PRTF", "PRTS", "GRND"):
        return False
    lemma = ps[0].normal_form.replace("ё", "е")
    rx = _MOTION_UK if lang == "uk" else _MOTION_RU
    return bool(rx.search(lemma)) and not _NOT_MOTION.search(lemma)


# Russian place names in -ово/-ево/-ино/-ыно (Шебекино, Коренево, Селидово) are mostly left undeclined in news ("в
# Шебекино" = where), and Ukrainian texts write -ове/-еве/-ине/-не names (Сватове, Очеретине) undeclined too; the
# dictionary reads them only as nominative/accusative, but after a preposition they may as well be a locative.
_UNDECLINED = {"ru": re.compile(r"(?:ов|ев|ёв|ин|ын)о$", re.I), "uk": re.compile(r"(?:ов|ев|єв|ин|ін|н)е$", re.I)}


def undeclined(word: str, lang: str) -> bool:
    """Whether *word*, capitalised, has the ending of a place name news leave undeclined (see _UNDECLINED)."""
    rx = _UNDECLINED.get(lang)
    return bool(rx and word[:1].isupper() and rx.search(word))
