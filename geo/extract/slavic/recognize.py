"""Place names in Russian and Ukrainian text, as printed, each with the name to geocode.

:func:`find_places` joins two readers:

* **the gazetteer, through morphology** (both languages): every capitalised word or run of
  them ("Владивостока", "Малой Локни", "Куп'янськом") is read back to the nominatives it may
  be a form of (:mod:`geo.extract.slavic.morph`) and looked up (in Russian text, a name no form of which is known
  also by the key its spelling shares with a Ukrainian settlement's: "Работино" is Роботине,
  :func:`geo.gazetteer.katottg.cross_key`); an adjective before an area's
  noun is that area ("Курской области" -> "Курская область", "Орловской и Белгородской
  областей" -> two oblasts), an adjective before a front's noun a *sector* ("на Покровському
  напрямку": the front around Покровськ, an area, not the town), and an oblast's short name
  is the oblast ("Харківщина"). A capitalised word the dictionary knows only as a common
  word, a name or a surname ("Мир", "Путин") needs a preposition of place before it and a
  large namesake to count; words in quotation marks («Ямал», "Торнадо-С") name ships,
  weapons and companies, never places.
* **natasha's NER** (Russian): its ``LOC`` spans add the places the gazetteer lacks (villages,
  "Малой Локни"), and its ``PER`` spans keep surnames that are also towns out.

Each :class:`SlavicMention` carries ``query``, the nominative to geocode ("Владивосток",
"Курская область"), and ``fallback``, what to try when that fails (a facility's town).
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from ... import gazetteer as gz
from ...gazetteer.katottg import cross_key
from ...geocoders.candidates import CYRILLIC_WORLD
from ..records import Mention
from . import morph

#: Nouns of an administrative area after its adjective ("Курская область", "Суджанский район").
AREA_NOUNS = frozenset("область край район округ республика регион губерния громада республіка регіон "
                       "автономія автономия".split())
#: Nouns of a front sector after its adjective ("Покровское направление", "Курский выступ").
SECTOR_NOUNS = frozenset("направление напрямок напрям участок ділянка выступ виступ плацдарм фронт".split())
#: Nouns of water and land forms after their adjective ("Азовське море", "Керченский пролив", "Южная бухта").
WATER_NOUNS = frozenset("море океан пролив протока залив затока бухта озеро водохранилище водосховище лиман "
                        "полуостров півострів остров острів коса".split())
#: The nominative plural of the land forms whose names are plural ("Новосибирские острова", "Курильські острови").
PLURAL_NAMES = {"остров": "острова", "острів": "острови", "озеро": "озера"}
#: Facility nouns before a name ("авиабаза Хмеймим", "станции Ясинувата"): the name is the place.
FACILITY_NOUNS = frozenset("аэродром аэропорт авиабаза база порт станция полигон пункт пропуска "
                           "аеродром аеропорт авіабаза станція полігон".split())
#: Facility nouns after a town's adjective ("Борисовський полігон", "Новороссийской военно-морской базы"): the
#: facility named after the town, read as "X <noun>" by the gazetteer, else as the town; a bridge only as the
#: facility table names it ("Кримський міст").
FACILITY_ADJ_NOUNS = frozenset("полигон полігон аэродром аеродром аэропорт аеропорт авиабаза авіабаза база "
                               "порт мост міст".split())
_BRIDGES = frozenset(("мост", "міст"))
#: Facility nouns before a name in quotation marks ("аэропорт «Антонов»", "пункт пропуску «Кучурган»"): a place, where
#: a quoted name is otherwise a ship's, a weapon's or a firm's.
QUOTED_FACILITY_NOUNS = frozenset("аэропорт аеропорт аэродром аеродром авиабаза авіабаза порт станция станція полигон "
                                  "полігон пропуск кпп".split())
#: Nouns of a river before its name ("через реку Оскол", "річку Сейм"): the name is a river, no place to map.
RIVER_NOUNS = frozenset("река реки реке реку рекой річка річки річці річку річкою".split())
#: Prepositions of place and direction, both languages.
PLACE_PREPS = frozenset("в во на из изо под подо до у к ко через возле около близ вблизи под над за от "
                        "с со з із зі біля поблизу поруч від по под из-под из-за з-під з-за із-за понад "
                        "між между".split())
_QUOTES_OPEN = "«„“\"'"

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
_SENT_END = frozenset(".!?…")
_AREA_ABBR = {"обл": "область", "р-н": "район", "р-на": "район", "р-не": "район"}


@dataclass(frozen=True, slots=True)
class SlavicMention(Mention):
    """A place mention with the nominative to geocode (``query``) and what to try if that fails (``fallback``).

    ``sector`` is a front sector or a district read as the area around its town (km), 0 otherwise.
    """

    query: str = ""
    fallback: str = ""
    sector: float = 0.0


class Tok:
    __slots__ = ("start", "end", "word", "cap", "alpha")

    def __init__(self, m: re.Match):
        self.start, self.end, self.word = m.start(), m.end(), m.group()
        self.alpha = self.word[:1].isalpha()
        self.cap = self.alpha and self.word[:1].isupper()


def tokenize(text: str) -> list[Tok]:
    """The words, numbers and signs of *text* with their offsets (a hyphen or apostrophe inside a word keeps it whole)."""
    return [Tok(m) for m in _TOKEN.finditer(text)]


# --- the gazetteer ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hit:
    """What the gazetteer knows of a name: its best entity (id, kind, log10 population), by its own name or not."""

    key: str
    eid: int
    kind: int
    logpop: float
    primary: bool
    #: the countries (indices into the index's ``ccodes``) of every entity of the name: where it may be
    ccs: frozenset = frozenset()
    #: whether the name's only readings are settlements placed only near where they are (geo.gazetteer.katottg's
    #: villages): such a reading never beats another form's reading of a place the gazetteer places (see _likeliest)
    approx: bool = False


def _lookup(keys: list[str]) -> dict[str, Hit]:
    """The gazetteer's best reading of each distinct key (normalised), for the keys it knows."""
    import math

    idx = gz.load()
    uniq = list(dict.fromkeys(k for k in keys if k))
    out: dict[str, Hit] = {}
    for key, posts in zip(uniq, idx.postings_many(uniq)):
        best = None
        ccs = set()
        for p in posts:
            flags = p & 7
            if flags & (gz.CODE | gz.REGION_ONLY):
                continue
            e = p >> 3
            ccs.add(int(idx.cc[e]))
            kind = int(idx.kind[e])
            lp = math.log10(float(idx.pop[e]) + 1.0)
            approx = kind == gz.CITY and float(idx.radius[e]) > 0
            rank = (not approx, kind in (gz.COUNTRY, gz.ADMIN1, gz.WATER, gz.CONTINENT), lp, not flags & gz.ALT)
            if best is None or rank > best[0]:
                best = (rank, e, kind, lp, not flags & gz.ALT)
        if best is not None:
            out[key] = Hit(key, *best[1:], frozenset(ccs), not best[0][0])
    return out


def _strength(found: tuple[Hit, str]) -> tuple:
    """How strongly the gazetteer reads a name: found in Cyrillic (not only in Latin letters), a country, a
    first-level area or a sea, its population, by its own name."""
    h = found[0]
    return not h.key.isascii(), h.kind in (gz.COUNTRY, gz.ADMIN1, gz.WATER), h.logpop, h.primary


def _form_tier(words: tuple[str, ...], name: str, lang: str) -> int:
    """How likely *name* (a nominative) is the name *words* print, by the dictionary alone: 2 for a toponym's lemma
    the dictionary gives ("Тамані": Тамань) or a word printed in the nominative singular ("Чкаловский",
    "Западное": the name itself, not Чкаловское or Западный); 1 for another of the dictionary's lemmas or their
    adjective forms ("Удачного": Удачный or Удачное), or of its guesses for a word it does not know
    ("Кобани"); 0 for a form of the ending's rules alone ("Кобан"). Names of several words: 1.

    >>> _form_tier(("Тамані",), "тамань", "uk"), _form_tier(("Тамані",), "тамана", "uk")  # Тамана: endings only
    (2, 0)
    >>> _form_tier(("Удачного",), "удачное", "ru"), _form_tier(("Удачного",), "удачная", "ru")
    (1, 0)
    """
    if len(words) != 1:
        return 1
    tier = _tier(words[0], name, lang)
    if tier == 0:  # the other language's spelling of a likelier form ("Шебекине": Шебекино), a step less likely
        forms = [f for f in morph.lemmas(words[0], lang)[:3] + [morph.fold(words[0])] if name in morph.respell(f, lang)]
        tier = max((_tier(words[0], f, lang) - 1 for f in forms), default=0)
    return tier


def _nominative(word: str, lang: str) -> bool:
    """Whether *word* may be printed in the nominative singular, and not as a person's name ("Западное", not
    "Иванкова")."""
    return any(r.case == "nomn" and r.number != "plur" and not r.person for r in morph.readings(word, lang))


def _tier(w: str, name: str, lang: str) -> int:
    rs = morph.readings(w, lang)
    known = morph.known(w, lang)
    if known and any(r.geo and r.lemma == name for r in rs):
        return 2
    if known and name == morph.fold(w) and _nominative(w, lang):
        return 2
    if any(r.lemma == name for r in rs):
        return 1
    # an adjective's form in a gender the printed word may be in ("Удачного": Удачный or Удачное, not Удачная; a
    # place of an adjective's form agrees with its own gender)
    for r in rs:
        if r.pos in ("ADJF", "PRTF"):
            forms = morph.adjective_forms(r.lemma, lang)
            if name == forms.get("plur" if r.number == "plur" else r.gender or "masc"):
                return 1
    return 0


def _likeliest(alt: tuple[int, Hit, str], in_context: bool = False) -> tuple:
    """The order of the readings of a name: one the gazetteer places (not only a KATOTTG village); a toponym the
    dictionary gives or the name as printed (tier 2); then one in the article's countries; then one found in Cyrillic letters, the likelier form, the strongest place."""
    tier, h, name = alt
    # a form read only as a village placed near its hromada's centre comes after any form read as a place the
    # gazetteer places ("Льгові" in an article on Kursk: Льгов, the Russian town, not Льгів, a Ukrainian village)
    return (not h.approx, tier == 2, in_context, not h.key.isascii(), tier) + _strength((h, name))[1:]


class _Context:
    """The countries the places of an article are read in, each with how many of them (see :func:`_in_context`):
    its names, and its areas, sectors and facilities by the area or the town the gazetteer reads them as."""

    def __init__(self, cands: list["_Cand"]):
        idx = gz.load()
        self.votes: dict[int, int] = {}
        for c in cands:
            if c.hit is not None:
                cc = int(idx.cc[c.hit.eid])
                self.votes[cc] = self.votes.get(cc, 0) + 1
        self.total = sum(self.votes.values())

    def fits(self, h: Hit, own: int = -1) -> bool:
        """Whether *h* may be in a country of at least :data:`CONTEXT_SHARE` of the article's places (but the one
        read as country *own*, the place in question)."""
        others = self.total - (own >= 0)
        return others > 0 and any((self.votes.get(cc, 0) - (cc == own)) / others >= CONTEXT_SHARE for cc in h.ccs)


def _in_context(cands: list["_Cand"], text: str, toks: list["Tok"]) -> _Context:
    """Each name read two ways equally likely is read as the one in the countries the article's other places are
    in ("Кобани" beside Ракка: Kobani in Syria, not Cobán in Guatemala); *cands* are changed in place. Returns the
    article's context.
    """
    context = _Context(cands)
    idx = gz.load()
    for c in cands:
        if not c.alts:
            continue
        own = int(idx.cc[c.hit.eid])
        tier, h, name = max(c.alts, key=lambda a: _likeliest(a, context.fits(a[1], own)))
        if name == c.alts[0][2] and _country(h) == _country(c.alts[0][1]):
            continue
        printed = text[toks[c.i].start:toks[c.j - 1].end]
        if name == c.alts[0][2]:
            # one spelling, two countries ("Макаров": a Russian village, and Макарів of Kyiv oblast, which GeoNames
            # knows as Makarov in Latin letters): the place in the article's countries, by the gazetteer's own name
            name = printed = idx.names[h.eid]
        c.query = _display(name, printed) if not printed.isupper() else name.upper()
        if c.fallback:
            c.fallback = c.query
        c.hit = h
    return context


#: The countries where an adjective of a town names a sector, a district or a facility of these texts: there, the
#: adjective's "і" read as "о" is as likely as its own stem ("Курахівський": Курахове).
_FRONT = frozenset(("UA", "RU", "BY", "MD"))
#: The countries whose areas and front sectors Russian and Ukrainian name by a town's adjective ("Тульская область",
#: "Покровское направление"): those whose towns they name in Cyrillic, the former Soviet ones, Mongolia and the
#: countries that write Cyrillic (Bulgaria, Serbia, North Macedonia, Montenegro, Bosnia).
_AREA_COUNTRIES = CYRILLIC_WORLD
#: The area nouns only those countries' areas bear ("Тульская область", "Краснодарский край", "Бучанська громада");
#: a "район" or "регион" may be anywhere's ("Люблинский регион Польши": Lublin's, not Moscow's Люблино).
_AREA_COUNTRY_NOUNS = frozenset(("область", "край", "громада"))
#: The share of an article's other places that makes their country the article's (for :func:`_in_context`).
CONTEXT_SHARE = 0.2


def _country(h: Hit) -> int:
    """The country of a hit (the gazetteer's code index)."""
    return int(gz.load().cc[h.eid])


#: How far apart two small places listed together may lie (km): the development gold's listed towns and villages
#: ("через Бородянку и Макаров", "к Волчанску и Липцам", "Лунинці й Зябрівці") all lie in one country and within
#: 300 km of each other; only big towns, which need no listing to be read, lie farther apart.
LISTED_KM = 300.0


def _near_each_other(keys_a: list[str], keys_b: list[str]) -> bool:
    """Whether some place the gazetteer names by one of *keys_a* and some place named by one of *keys_b* lie in
    one country within :data:`LISTED_KM` of each other."""
    idx = gz.load()

    def places(keys):
        uniq = list(dict.fromkeys(k for k in keys if k))
        return {p >> 3 for posts in idx.postings_many(uniq) for p in posts if not p & (gz.CODE | gz.REGION_ONLY)}

    a, b = places(keys_a), places(keys_b)
    return any(int(idx.cc[x]) == int(idx.cc[y])
               and gz.haversine_km(float(idx.lat[x]), float(idx.lon[x]), float(idx.lat[y]), float(idx.lon[y]))
               <= LISTED_KM for x in sorted(a) for y in sorted(b))


def _big(h: Hit) -> bool:
    """A place the reader of any news would know: a country, a first-level area, a sea, or a town of 50,000+."""
    return h.kind in (gz.COUNTRY, gz.ADMIN1, gz.WATER, gz.CONTINENT) or h.logpop >= 4.7


# --- readings of words and phrases ------------------------------------------------------------------------------


def _forms(word: str, lang: str, genitive: bool = False) -> list[str]:
    """The nominatives a word of a name may be (lower case): its lemmas, its ending taken off, or as printed
    (*genitive*: a genitive fits where it stands, see morph.stems)."""
    return morph.lemmas(word, lang, genitive)[:6]


def _adj_forms(word: str, lang: str) -> list[str]:
    """An adjective of a name put into the nominative of each gender and the plural ("Малой" -> малая, малый ...)."""
    adj = morph.adjective(word, lang)
    if adj is None:
        return []
    forms = morph.adjective_forms(adj.lemma, lang)
    if morph.possessive_forms(adj.lemma, lang) is not None:
        # a possessive's form names a place of its own gender only: "Баренцево" is Баренцево, "Петров" (a surname's
        # possessive, masculine) no Петрово or Петрова
        own = {"plur" if r.number == "plur" else r.gender or "masc" for r in morph.readings(word, lang)
               if r.pos in ("ADJF", "PRTF") and r.lemma == adj.lemma}
        return list(dict.fromkeys(forms[g] for g in ("femn", "masc", "neut", "plur") if g in own))
    return list(dict.fromkeys(forms[g] for g in ("femn", "masc", "neut", "plur")))


def _phrase_keys(words: list[str], lang: str, genitive: bool = False) -> list[tuple[str, str]]:
    return _phrase_keys_of(tuple(words), lang, genitive)


@lru_cache(maxsize=200_000)
def _phrase_keys_of(words: tuple[str, ...], lang: str, genitive: bool = False) -> list[tuple[str, str]]:
    """``(normalised key, nominative)`` a run of capitalised words may name: each word's forms, combined (at most 24);
    *genitive*: a genitive fits where the words stand (:func:`_genitive_fits`)."""
    if len(words) == 1:
        fs = _forms(words[0], lang, genitive)
        if morph.adjective(words[0], lang):  # a toponym of an adjective's form: "Межевую" of Межевая
            fs = fs[:1] + [f for f in _adj_forms(words[0], lang) if f not in fs] + fs[1:]
        # the word as printed, if it may be the name itself: one the dictionary does not know, or a nominative
        printed = morph.fold(words[0]) if not morph.known(words[0], lang) or _nominative(words[0], lang) else ""
        out = _with_latin([(gz.normalize(f), f) for f in fs], lang, printed)
        if "-" in words[0].strip("-"):
            # a hyphenated name with each part inflected ("Купянска-Узлового": Купянск-Узловой): its parts' lemmas
            parts = [[morph.fold(p)] + [f for f in morph.lemmas(p, lang)[:3] if f != morph.fold(p)]
                     for p in words[0].split("-")]
            out += [(gz.normalize(n), n) for n in ("-".join(c) for c in itertools.islice(itertools.product(*parts), 16))
                    if n not in fs]
        # a Ukrainian village in its Russian spelling ("Работино": Роботине), by the key the two spellings share
        # (geo.gazetteer.katottg.cross_key), read only where no name of the word is known (see _exact); in Russian
        # text only (Ukrainian text spells the villages in Ukrainian); not for a word the dictionary knows as a
        # toponym of its own ("Оскол", the river, not Оскіл, a village; "Орехов" is read by its own name), nor for
        # one it knows as a person's name or a common noun and never a place ("к Шестакову": a surname, not
        # Шостаків; the surnames in -ов/-ев share their key with the villages in -ів)
        if lang != "ru" or not _cross_keyed(words[0], lang):
            return out
        return out + [(ck, f) for f in dict.fromkeys(fs[:2]) if (ck := cross_key(f))]
    per = []
    for w in words:
        fs = [morph.fold(w)]
        if morph.adjective(w, lang):
            fs += _adj_forms(w, lang)
        fs += [f for f in _forms(w, lang, genitive) if f not in fs]
        per.append(fs[:5])
    out = []
    for combo in itertools.islice(itertools.product(*per), 24):
        name = " ".join(combo)
        out.append((gz.normalize(name), name))
    # every word in one of its dictionary lemmas ("Часового Яру": Часів Яр, a possessive's lemma that the forms
    # above leave out)
    seen = {n for _k, n in out}
    for combo in itertools.islice(itertools.product(*(morph.lemmas(w, lang, genitive)[:3] for w in words)), 12):
        if (name := " ".join(combo)) not in seen:
            seen.add(name)
            out.append((gz.normalize(name), name))
    out = _with_latin(out)
    # the name with every word in its first nominative ("Великой Новоселке": великая новоселка), in Latin letters too
    nominal = " ".join(p[1] if len(p) > 1 else p[0] for p in per)
    if len(t := gz.transliterate(nominal)) >= 5:
        out.append((t, nominal))
    # "Казачью Лопань": Козача Лопань (see the one word's case above)
    crossed = {}
    for _k, name in (out if lang == "ru" else ()):
        if not name.isascii() and (ck := cross_key(name)) and ck not in crossed:
            crossed[ck] = name
    return out + [(ck, name) for ck, name in crossed.items()]


def _exact(found: list[tuple["Hit", str]]) -> list[tuple["Hit", str]]:
    """The readings of a name by its own keys; else those by the key its Russian spelling shares with a Ukrainian
    settlement's name (:func:`~geo.gazetteer.katottg.cross_key`), each as the settlement the gazetteer names."""
    own = [f for f in found if not f[0].key.startswith("~")]
    if own:
        return own
    for h, name in found:  # the likeliest form's (the forms come likeliest first)
        got = _cross_reading(h.key, name)
        if got is not None:
            return [got]
    return []


@lru_cache(maxsize=20_000)
def _cross_reading(key: str, name: str) -> tuple["Hit", str] | None:
    """The settlement filed under cross key *key* that nominative *name* (in Russian letters) spells likeliest:
    of several names sharing the key ("Плетеневка": Платонівка or Плетенівка), the one whose Latin letters are
    nearest the name's, then the biggest; as a :class:`Hit` and the settlement's name (in Latin letters, as the
    gazetteer names it). A settlement whose Latin name is also a place's abroad is left out: the geocoder, given
    that name, could read the other place ("Колосово" in Belarus is no Kolosova of Ukraine, and "Kolosova" is
    also Kolosovka in Siberia)."""
    import difflib
    import math

    idx = gz.load()
    target = gz.transliterate(name)
    best = None
    for p in idx.postings(key):
        e = p >> 3
        shown = idx.names[e]
        if any(idx.cc[q >> 3] != idx.cc[e] for q in idx.postings(gz.normalize(shown))):
            continue
        close = difflib.SequenceMatcher(None, target, gz.normalize(shown)).ratio()
        lp = math.log10(float(idx.pop[e]) + 1.0)
        rank = (round(close, 3), lp, -e)
        if best is None or rank > best[0]:
            best = (rank, e, shown, lp)
    if best is None:
        return None
    _rank, e, shown, lp = best
    approx = float(idx.radius[e]) > 0
    return Hit(key, e, int(idx.kind[e]), lp, False, frozenset({int(idx.cc[e])}), approx), shown


def _with_latin(keys: list[tuple[str, str]], lang: str = "", printed: str = "") -> list[tuple[str, str]]:
    """The keys, then each one's Latin transliteration (GeoNames knows many places only by Latin names: "Великая
    Новоселка" is found as "Velikaya Novoselka"), then, for one word, its spelling in the other language."""
    # only a name's likeliest forms: a stem's transliteration ("stat" of "Статье") finds places at random; and the
    # word as printed (*printed*), which may be the name itself ("Кобани": Kobani, which GeoNames knows in Latin
    # letters only)
    out = keys + [(t, name) for _k, name in keys[:2] if len(t := gz.transliterate(name)) >= 5]
    if printed and any(n == printed for _k, n in keys[2:]) and len(t := gz.transliterate(printed)) >= 5:
        out.append((t, printed))
    if lang:
        # (in Ukrainian, a town in -ськ whose first readings are an adjective's: "Севська" -> севська, севські,
        # севський, then севськ, Russian Севск)
        for n, (_k, name) in enumerate(keys[:4]):
            if " " not in name and (n < 3 or (lang == "uk" and _TOWN_END.search(name))):
                out += [(gz.normalize(r), r) for r in morph.respell(name, lang)]
    return out


def _display(name: str, printed: str) -> str:
    """A nominative written with the capitals of the printed name ("курская область" of "Курской области")."""
    parts, shown = name.split(" "), printed.split()
    out = []
    for k, p in itertools.zip_longest(parts, shown, fillvalue=""):
        if not k:
            continue
        out.append(morph.restore_case(k, p) if p else k)
    return " ".join(out)


# --- adjectives of towns: sectors and districts ---------------------------------------------------------------

def town_keys(adjective_lemma: str) -> list[str]:
    """The town names an adjective of place may come from, most likely first (folded).

    >>> k = town_keys("покровський"); "покровськ" in k
    True
    >>> "суджа" in town_keys("суджанский"), "курахове" in town_keys("курахівський"), "запорожье" in town_keys("запорожский")
    (True, True, True)
    """
    a = morph.fold(adjective_lemma)
    m = re.search(r"(?:ский|ськ(?:ий)?|цкий|цький|зький|ской|ский)$", a)
    if not m:
        return []
    stem = a[: m.start()]
    if m.group().startswith("ц"):
        stem += "ц"
    if m.group().startswith("з"):
        stem += "з"
    out = []

    def add(s):
        if s and s not in out:
            out.append(s)

    # a list, not a set: the order is the answer's ("most likely first"), the same in every process
    for s in [stem] + ([stem[:-2] + "о" + stem[-1]] if len(stem) > 3 and stem[-2] == "і" else []):
        add(s + "ск")
        add(s + "ськ")
        add(s)
        if s.endswith("ь"):  # "тульский" of Тула: a soft consonant before the suffix, a town in -а or -я
            add(s[:-1] + "а")
            add(s[:-1] + "я")
        if s.endswith(("з", "ж")):  # "калузький", "калужский" of Калуга
            add(s[:-1] + "га")
        if s.endswith("ц"):
            add(s + "к")
            add(s + "ьк")
        if s.endswith(("ан", "ян")):  # "суджанский" of Суджа
            add(s[:-2] + "а")
            add(s[:-2] + "я")
        if s.endswith("ж"):
            add(s + "ье")
            add(s + "жя")
        if s.endswith("з"):
            add(s[:-1] + "жжя")
            add(s[:-1] + "жье")
        if s.endswith("с"):
            add(s + "са")
            add(s + "а")
        for end in ("а", "о", "е", "ы", "и", "ка", "ово", "ове", "ево", "еве", "ино", "іно", "ое", "ий"):
            add(s + end)
    # the Ukrainian "і" of a closed syllable read as "е" ("коренівський" of Коренево), after the "о" it more often is
    if len(stem) > 3 and stem[-2] == "і":
        e = stem[:-2] + "е" + stem[-1]
        for end in ("о", "е", "ка", "а"):
            add(e + end)
    # rarer derivations after every likelier one: "мозырский" of Мозырь, "кремінський" of Кремінна
    for s in [stem] + ([stem[:-2] + "о" + stem[-1]] if len(stem) > 3 and stem[-2] == "і" else []):
        if s[-1:] not in "аеиоуыэюяіїєь":
            add(s + "ь")
        if s.endswith("ль"):  # "гуляйпольский", "гуляйпільський" of Гуляйполе (Ukrainian і of о before "ль")
            add(s[:-1] + "е")
            if len(s) > 4 and s[-3] == "і":
                add(s[:-3] + "ол" + "е")
        if s.endswith("н"):
            add(s + "на")
            add(s + "не")
            add(s + "ная")
            add(s + "ное")
    return out


# --- the recogniser ---------------------------------------------------------------------------------------------


def _quoted(text: str, toks: list[Tok], i: int, j: int) -> bool:
    """Whether tokens i..j-1 stand inside quotation marks that hold a name (a ship, a weapon, a firm): «Ямал»,
    «Адмирал Эссен» (a name of up to four words), not a quoted sentence."""
    before = toks[i - 1].word if i > 0 else ""
    after = toks[j].word if j < len(toks) else ""
    if before and before in "«„":  # a name that opens its quotation
        return True
    if before and after and before in "\"“" and after in "\"”":
        return True
    for k in range(i - 1, max(-1, i - 4), -1):  # "«Адмірал Ессен»": a short name opened a few words before
        if toks[k].word in "«„":
            end = next((x for x in range(j, min(len(toks), j + 3)) if toks[x].word in "»“\""), None)
            return end is not None
        if not toks[k].cap:
            break
    return False


def _sentence_start(text: str, toks: list[Tok], i: int) -> bool:
    if i == 0:
        return True
    p = toks[i - 1]
    if "\n" in text[p.end:toks[i].start]:
        return True
    if p.word in _SENT_END:
        return True
    if p.word in "—–-•*:" and (i < 2 or "\n" in text[toks[i - 2].end:p.start] or toks[i - 2].word in _SENT_END):
        return True
    return p.word in _QUOTES_OPEN and _sentence_start(text, toks, i - 1)


#: Capitalised words that name a kind of place, not a place ("Республікою Білорусь", "Федерации").
GENERIC_NOUNS = frozenset("республика республіка федерация федерація область край район округ город місто село "
                          "регион регіон государство держава штат королевство королівство".split())
_FUNCTION_POS = frozenset("PREP CONJ PRCL NPRO ADVB PRED INTJ NUMR COMP GRND INFN VERB".split())
_AND = frozenset(("и", "і", "й", "та", ",", "или", "або", "чи"))
#: Nouns of a place's parts or surroundings before its name in the genitive ("околиць Покровська",
#: "окрестностях Суджи", "в районе Курахово", "у бік Курахового"): a place follows.
PLACE_NOUNS = frozenset("окраина окрестность окрестности район пригород направление сторона бік напрямок околиця "
                        "околиці передмістя місто город село селище поселок посёлок станция станція порт "
                        "аэродром аеродром авиабаза авіабаза полигон полігон деревня хутор город-герой "
                        "окраїна підступи подступы центр".split())


def _prep_before(toks: list[Tok], i: int, lang: str = "ru", memo: dict[int, str] | None = None) -> str:
    """The preposition of place right before token *i* (lower case), or before the list it closes ("до Коренева й
    Глушкова"), or a noun of a place's surroundings ("околиць"), or "". *memo*: the answers of a text's tokens so
    far (a list's words share theirs, so a long list is walked once)."""
    seen = []
    out = ""
    while True:
        if memo is not None and i in memo:
            out = memo[i]
            break
        seen.append(i)
        if i > 0 and toks[i - 1].word.lower() in PLACE_PREPS:
            out = toks[i - 1].word.lower()
        elif i > 1 and toks[i - 1].word.lower() in _AND and toks[i - 2].cap:
            k = i - 2  # the list's previous item, of one or more capitalised words
            while k > 0 and toks[k - 1].cap:
                k -= 1
            i = k
            continue
        elif i > 0 and toks[i - 1].alpha and not toks[i - 1].cap \
                and any(r.lemma in PLACE_NOUNS for r in morph.readings(toks[i - 1].word, lang)):
            out = toks[i - 1].word.lower()
        break
    if memo is not None:
        memo.update(dict.fromkeys(seen, out))
    return out


def _genitive_fits(toks: list[Tok], i: int, lang: str = "ru") -> bool:
    """Whether a genitive fits token *i*: after a preposition that governs the genitive ("из", "від", "біля"), or
    after a noun of a place's surroundings ("околиць", "в районе"), a list's first word's included."""
    prep = _prep_before(toks, i, lang)
    return bool(prep) and ("gent" in PREP_CASES.get(prep, ()) or (prep not in PLACE_PREPS and prep not in _AND))


@dataclass
class _Cand:
    i: int
    j: int
    query: str
    score: float
    kind: str = "place"
    sector: float = 0.0
    fallback: str = ""
    gaz: bool = True
    #: the gazetteer's reading of the name chosen, and the others it may be: (tier, hit, nominative), likeliest first
    hit: Hit | None = None
    alts: tuple = ()


#: How far (km) a front sector or a district the gazetteer lacks reaches around its town.
SECTOR_KM = 25.0
#: The least population (log10) of the town a first-level area is named after: every oblast's, krai's and region's
#: centre has more than 10,000 people.
ADMIN1_TOWN_LOGPOP = 4.0
_ADMIN1_NOUNS = frozenset("область край регион губерния республика регіон республіка".split())
_ADMIN2_NOUNS = frozenset("район округ громада".split())


#: Endings of towns' names ("-ськ", "-град", "-поль"): a genitive "-ська" is far likelier such a town than a village
#: of an adjective's form.
_TOWN_END = re.compile(r"(?:ськ|цьк|ск|цк|град|город|поль|піль)$")


def latin(name: str) -> str:
    """*name* in Latin letters, for the geocoder's narrow fuzzy match when the Cyrillic name is not in the gazetteer
    ("Новоросійськ" -> "Novorosiysk", found as Novorossiysk).

    >>> latin("Новоросійськ")
    'Novorosiysk'
    """
    from anyascii import anyascii

    return re.sub(r"['’ʼ]", "", anyascii(name))


def _town_name(hit: Hit, lemma: str) -> str:
    """The town a place adjective comes from, as the gazetteer's key spells it in the adjective's script."""
    for k in town_keys(lemma):
        if gz.normalize(k) == hit.key:
            return k
    return hit.key


#: Verbs whose direct object is a place passed or taken ("проехали Кричев", "минули Бобруйськ", "зайняли Іванків"):
#: a name in the accusative right after one is read as after a preposition of place (a surname that is also a
#: town is else no place without one), if that accusative is an inanimate one (see :func:`_inanimate_accusative`).
#: Not verbs of leaving: one leaves people too ("покинули Шевченко").
PLACE_OBJECT_VERBS = frozenset("пройти проехать миновать занять захватить пересечь обойти "
                               "проїхати минути зайняти захопити перетнути оминути".split())
#: "в плен", "у полон": what is taken is a person.
_CAPTIVE = re.compile(r"[^.;:!?]{0,40}?\b(?:в|у|во)\s+(?:плен|полон)\b", re.I)


def _inanimate_accusative(text: str, toks: list[Tok], i: int, lang: str) -> bool:
    """Whether token *i*, the object of a verb of taking or passing, is a town's accusative, not a person's. A town is
    inanimate: its masculine or neuter accusative is its nominative ("Кричев", "Іванків"), its feminine one ends in
    -у/-ю ("Бородянку"); a person's masculine accusative is the genitive ("Иванова", "Шевченка"), and a feminine
    nominative in -а/-я is no accusative at all. Nor is one taken "в плен" a place ("захватили Шевченко в плен")."""
    w = toks[i].word
    if _CAPTIVE.match(text, toks[i].end):
        return False
    rs = morph.readings(w, lang)
    if w[-1:].lower() in "ую":
        return any(r.case == "accs" for r in rs)
    return w[-1:].lower() not in "ая" and any(r.case == "nomn" for r in rs)


#: The prepositions of place of that reading and the cases they govern (Ukrainian "у" is "в"; empty: any case).
_UNKNOWN_PREPS = {**{p: frozenset({"accs", "loct", "loc2"}) for p in "в у на".split()},
                  **{p: frozenset({"gent", "gen2"}) for p in "до з із зі біля поблизу від неподалік поряд".split()},
                  **{p: frozenset({"accs"}) for p in ("через",)}}


#: How Russian and Ukrainian spell foreign names, read back to the Latin letters of their languages (on
#: :func:`geo.gazetteer.transliterate`'s letters): Arabic and English j ("Джуфра": Jufra), German st, ei, z and v
#: ("Рамштайн": Ramstein, "Фільзекк": Vilseck), ck, h, and Polish rz, sz, w ("Жешув": Rzeszow needs more).
_FOREIGN = tuple((re.compile(a), b) for a, b in (
    (r"dzh", "j"), (r"(?:^|(?<=[^aeiouy]))sht", "st"), (r"a[iy]", "ei"), (r"kk", "ck"), (r"ts", "z"), (r"kh", "h"),
    (r"zh", "rz"), (r"sh", "sz"), (r"v", "w"), (r"^f", "v"), (r"(?<=[lnr])z", "s")))


def foreign_latin(forms: list[str]) -> tuple[str, str]:
    """Of the nominatives *forms* a name the gazetteer has no Cyrillic name for may be (likeliest first), the first
    whose Latin letters it knows, as printed by a transliteration or as a foreign name is spelled back from Russian
    or Ukrainian (:data:`_FOREIGN`: each rule alone, then all of them); with that Latin key, or ``(forms[0], "")``.

    >>> foreign_latin(["рукля", "рукла"]), foreign_latin(["рамштайн"])[1], foreign_latin(["фільзекк"])[1]
    (('рукла', 'rukla'), 'ramstein', 'vilseck')
    """
    tried: dict[str, list[str]] = {}
    for f in forms:
        t = gz.transliterate(f)
        tried[f] = [x for x in dict.fromkeys([t] + morph.apply_rules(_FOREIGN, t)) if len(x) >= 4]
    hits = _lookup([x for xs in tried.values() for x in xs])
    for f in forms:
        for x in tried[f]:
            if x in hits:
                return f, x
    return forms[0], ""


def _cyrillic_forms(keys: list[tuple[str, str]]) -> list[str]:
    """The nominatives of *keys* (pairs of a gazetteer key and the form it came from) in Cyrillic letters, each once,
    likeliest first: the forms a name the gazetteer does not know in Cyrillic may have."""
    return list(dict.fromkeys(n for _k, n in keys if not n.isascii()))


class Recognizer:
    """Finds place names in Russian or Ukrainian text (see the module's docstring).

    ``ner``: use natasha's NER (default: for Russian only; its model is Russian). It keeps no state between texts,
    so one recogniser serves the threads of a Dask worker at once.
    """

    def __init__(self, lang: str, ner: bool | None = None):
        self.lang = lang
        self.use_ner = (lang == "ru") if ner is None else ner
        _zipf("и", lang)  # wordfreq reads its table of the language once, here rather than in the first article

    def _ner_spans(self, text: str) -> list[tuple[int, int, str]]:
        """natasha's spans, read on the lines that may hold a name: a capital after the line's first word, or a word
        in capitals (the others name nothing, and NER is the costliest stage of reading an article)."""
        if not self.use_ner:
            return []
        tagger, blas = _natasha()
        # the other lines blanked, so that offsets stay those of the text (blanking sentences instead reads the
        # demonstration set of factRuEval a little worse: token F1 0.909 -> 0.904, for no more speed)
        masked = "\n".join(line if _NAMED_LINE.search(line) else " " * len(line) for line in text.split("\n"))
        if not masked.strip():
            return []  # nothing to read (slovnet fails on a text of no words)
        # one BLAS thread: natasha's matrices are small, and OpenBLAS's other threads only spin on them, and go on
        # spinning after (Russian development theatres: 7.7 -> 15 articles per CPU-second, no slower by the clock,
        # the same spans). The limit is the process's: threads tagging at once may leave it at one, which is no harm.
        with blas.limit(limits=1, user_api="blas"):
            return [(s.start, s.stop, s.type) for s in tagger(masked).spans]

    def find(self, text: str) -> list[SlavicMention]:
        """The place mentions of *text*, sorted, non-overlapping, each with ``text[start:end] == surface``."""
        lang = self.lang
        toks = tokenize(text)
        ner = self._ner_spans(text)
        ner = [(a, b, t) for a0, b0, t in ner for a, b in _split_list(text, a0, b0)]
        persons = [(a, b) for a, b, t in ner if t == "PER"]
        locs = [(a, b) for a, b, t in ner if t == "LOC"]
        cands = self._constructions(text, toks) + self._quoted_facilities(toks) + self._noun_and_name(text, toks) + \
            self._names(text, toks, persons, locs)
        taken = _non_overlapping(cands)
        context = _in_context(taken, text, toks)
        out = [self._mention(text, toks, c) for c in taken]
        # natasha's places the gazetteer does not know (villages), and its readings of unknown words
        spans = [(m.start, m.end) for m in out]
        for a, b, t in ner:
            if t != "LOC":
                continue
            a, b = _trim(text, a, b)
            # a name ends in a noun ("Северным полюсом", "Бендерской крепости"), not in a lower-case adjective or verb:
            # that word is no part of it ("Из Осиповичей железнодорожными эшелонами")
            while (last := _LAST_WORD.search(text, a, b)) and last.start() > a and last.group(0)[:1].islower() \
                    and (rs := morph.readings(last.group(0), lang)) and rs[0].pos in _NOT_A_NAME_END:
                b = a + len(text[a:last.start()].rstrip())
            if b <= a or any(s < b and a < e for s, e in spans) or not text[a:a + 1].isupper():
                continue
            i = next((k for k, t_ in enumerate(toks) if t_.start >= a), None)
            j = next((k for k, t_ in enumerate(toks) if t_.end >= b), None)
            if i is None or j is None or _quoted(text, toks, i, j + 1):
                continue
            if all(tk.word.isupper() and len(tk.word) > 1 for tk in toks[i:j + 1] if tk.alpha):
                continue  # an acronym the gazetteer does not know ("ВСУ", "ТАСС"): no place
            while i < j and (not toks[i].alpha or any(r.pos in _FUNCTION_POS for r in
                                                         morph.readings(toks[i].word, lang)[:1])):
                i += 1  # "Из Мариуполя": the preposition is no part of the name
            a = toks[i].start
            words = [tk.word for tk in toks[i:j + 1] if tk.alpha]
            keys = _phrase_keys(words, lang, _genitive_fits(toks, i, lang)) if words else []
            q = _display(keys[0][1], text[a:b]) if keys else text[a:b]
            hits = _lookup([k for k, _n in keys])
            found = [(_form_tier(tuple(words), nm, lang), h, nm) for h, nm in
                     _exact([(hits[k], nm) for k, nm in keys if k in hits])]
            fallback = ""
            if found:  # a name the gazetteer knows: its likeliest form in the article's context, as _names reads it
                name = max(found, key=lambda f: _likeliest(f, context.fits(f[1])))[2]
                q = _display(name, text[a:b])
            elif len(words) == 1 and (forms := _cyrillic_forms(keys)[:6]):
                # one it knows by Latin letters only: the form they find, in them ("в Рамштайне": Ramstein)
                name, fallback = foreign_latin(forms)
                q = _display(name, text[a:b])
            out.append(SlavicMention(a, b, text[a:b], "place", 0.7, q, fallback or latin(q)))
            spans.append((a, b))
        if not self.use_ner:
            out += self._unknown_after_prep(text, toks, spans)
        out.sort(key=lambda m: m.start)
        return out

    def _unknown_after_prep(self, text: str, toks: list[Tok], spans: list[tuple[int, int]]) -> list[SlavicMention]:
        """Where no NER reads the text (Ukrainian): a capitalised word the dictionary does not know (or knows only as a
        toponym), right after a preposition of place and in a case it governs, names a place the gazetteer has no
        Cyrillic name for ("у Руклі", "з Джуфри", "на Борнгольмі") only with evidence of a place: the gazetteer knows
        it by its Latin letters (:func:`foreign_latin`), or a noun of a place stands before it in agreement ("біля села
        Кукуружівка"). A word the dictionary does not know after "у", "з", "до" is as often a platform, a brand, a
        weapon, a firm or a surname ("у Телеграмі", "на Абрамсах", "з Укренерго", "до Сирського"). Not a word in
        quotes, an acronym, a type ("Су-25"), nor the first of two capitalised words (a person's full name, "з Ллойдом
        Остіном")."""
        lang = self.lang
        out = []
        memo: dict[int, str] = {}
        spans = sorted(spans)  # no two overlap: the last one starting before a word's end is the only one to check
        starts = [s for s, _e in spans]
        for i in range(1, len(toks)):
            t = toks[i]
            if not t.cap or t.word.isupper() or t.word.isascii() or len(t.word) < 3:
                continue
            # the preposition right before, or before the list the word closes ("у Руклі та Паневежисі"), or a
            # noun of a place ("біля села Плехове", "в районе Курахово")
            prep = _prep_before(toks, i, lang, memo)
            if prep not in _UNKNOWN_PREPS and (not prep or prep in PLACE_PREPS or prep in _AND):
                continue
            k = bisect.bisect_left(starts, t.end) - 1
            if (k >= 0 and t.start < spans[k][1]) or (
                    morph.known(t.word, lang) and not any(r.geo for r in morph.readings(t.word, lang))):
                continue  # a word the dictionary knows is no place unless it knows it as a toponym ("Шпіцбергені")
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and ((nxt.cap and text[t.end:nxt.start] == " ")
                                    or (nxt.word in "-‐" and i + 2 < len(toks) and toks[i + 2].word[:1].isdigit())):
                continue
            if _quoted(text, toks, i, i + 1) or _agrees_with_next(toks, i + 1, t.word, lang, prep):
                continue  # «Азовсталь»: a firm's name; "на Обуз-Лісновському полігоні": the adjective of a noun
            governed = _UNKNOWN_PREPS.get(prep, frozenset())
            cases = morph.cases(t.word, lang)
            after_noun = prep not in _UNKNOWN_PREPS  # a noun of a place ("біля села Кукуружівка")
            if governed and not cases & governed and not cases <= {"nomn", "accs", "voct"}:
                continue  # in a case the preposition does not govern ("з Ллойдом": with someone); a guessed
                # nominative only may be a foreign name that does not decline ("у Кісмайо") or one guessed amiss
            rs = morph.readings(t.word, lang)
            if after_noun and not {r.case for r in rs if r.lemma == rs[0].lemma} & (morph.cases(prep, lang) | {"nomn"}):
                continue  # a name in apposition agrees with its noun or stands in the nominative ("селі Кукуружівці",
                # "село Кукуружівка"), in its likeliest reading; an instrument does not ("атакували місто Шахедами")
            keys = _phrase_keys([t.word], lang, "gent" in governed)
            forms = _cyrillic_forms(keys) or [morph.fold(t.word)]
            name, key = foreign_latin(forms)
            if not key and "-" in t.word.strip("-"):
                # a double name unknown whole ("Жешув-Ясьонка", "Росток-Лааге": an airport named after its town and
                # village) is placed by its first part's town, when the gazetteer knows that one
                head = t.word.split("-")[0]
                key = foreign_latin(_cyrillic_forms(_phrase_keys([head], lang))[:6]
                                    or [morph.fold(head)])[1]
            if not key and not after_noun and not _lookup([k for k, _n in keys]):
                continue  # no evidence of a place: the gazetteer knows it neither in Cyrillic nor in Latin letters,
                # and no noun of a place names it
            q = _display(name, t.word)
            out.append(SlavicMention(t.start, t.end, t.word, "place", 0.6, q, key or latin(q)))
        return out

    @staticmethod
    def _mention(text: str, toks: list[Tok], c: _Cand) -> SlavicMention:
        a, b = toks[c.i].start, toks[c.j - 1].end
        return SlavicMention(a, b, text[a:b], "vague" if c.sector else c.kind, c.score, c.query,
                             c.fallback or latin(c.query), c.sector)

    # candidates ------------------------------------------------------------------------------------------------

    def _constructions(self, text: str, toks: list[Tok]) -> list[_Cand]:
        """Adjective + area, sector or facility noun: "Курской области", "Покровському напрямку", "Орловской и
        Белгородской областей", "Брестському полігоні"."""
        lang = self.lang
        out: list[_Cand] = []
        n = len(toks)
        keys: list[str] = []
        pending = []
        for i, t in enumerate(toks):
            if not t.alpha:
                continue
            noun = _area_noun(toks, i + 1, lang)
            if not noun and t.cap:
                # "Новороссийской военно-морской базы": lower-case adjectives between the town's and the noun
                k = i + 1
                while k < min(n, i + 3) and toks[k].alpha and not toks[k].cap and morph.adjective(toks[k].word, lang):
                    k += 1
                noun = _area_noun(toks, k, lang) if k > i + 1 else None
                if noun and noun[1] != "facility":
                    noun = None
            if not noun:
                continue
            adj = morph.adjective(t.word, lang)
            if adj is None or (not t.cap and noun[1] != "sector"):
                continue
            if t.cap is False and not town_keys(adj.lemma):
                continue
            nlemma, what, jend = noun
            if what == "facility" and not t.cap:
                continue
            group = [i]
            # "Орловской и Белгородской областей": adjectives joined before one plural noun
            k = i
            while k - 2 >= 0 and toks[k - 1].word.lower() in ("и", "і", "та", "й", ",") \
                    and (toks[k - 2].cap or what == "sector") and morph.adjective(toks[k - 2].word, lang) is not None:
                group.insert(0, k - 2)
                k -= 2
            for g in group:
                a = morph.adjective(toks[g].word, lang)
                last = g == i
                jj = jend if last else g + 1
                if what in ("area", "water"):
                    gender = _gender(nlemma, lang)
                    nom = morph.adjective_forms(a.lemma, lang).get(gender, a.lemma)
                    if a.number == "plur" and nlemma in PLURAL_NAMES:
                        # a plural name ("Новосибирскими островами", "Курильських островів"): it is known in the
                        # plural ("Новосибирские острова"), not as one island
                        nom, nlemma = morph.adjective_forms(a.lemma, lang)["plur"], PLURAL_NAMES[nlemma]
                    key = gz.normalize(f"{nom} {nlemma}")
                    pending.append((g, jj, key, f"{nom} {nlemma}", what, a.lemma))
                    keys += [key, gz.transliterate(f"{nom} {nlemma}")]
                    if g > 0 and toks[g - 1].cap and text[toks[g - 1].end:toks[g].start] == " " \
                            and (pre := _agreeing_adjective(toks[g - 1].word, a, lang)) is not None:
                        # a name of two adjectives ("Северный Ледовитый океан", "Північному Льодовитому океані"):
                        # read whole where the gazetteer knows it
                        two = f"{morph.adjective_forms(pre.lemma, lang).get(gender, pre.lemma)} {nom} {nlemma}"
                        pending.append((g - 1, jj, gz.normalize(two), two, "whole", a.lemma))
                        keys.append(gz.normalize(two))
                    # every derivation: a cut list had lost the Ukrainian "і" read as "о" ("Сватівський": Сватове)
                    keys += [gz.normalize(tk) for tk in town_keys(a.lemma)]
                elif what == "facility":
                    gender = _gender(nlemma, lang)
                    nom = morph.adjective_forms(a.lemma, lang).get(gender, a.lemma)
                    pending.append((g, jj, "", f"{morph.restore_case(nom, toks[g].word)} {nlemma}", what, a.lemma))
                    keys += [gz.normalize(tk) for tk in town_keys(a.lemma)]
                    if nlemma in _BRIDGES:
                        keys.append(gz.normalize(f"{nom} {nlemma}"))
                else:
                    pending.append((g, jj, "", "", what, a.lemma))
                    keys += [gz.normalize(tk) for tk in town_keys(a.lemma)]
        if not pending:
            return out
        hits = _lookup(keys)
        idx = gz.load()
        for g, jj, key, name, what, lemma in pending:
            printed = text[toks[g].start:toks[jj - 1].end]
            derived = town_keys(lemma)
            stem = derived[0][:-2] if derived else ""  # the adjective's stem ("кремін"), and with "і" read as "о"
            alt = stem[:-2] + "о" + stem[-1] if len(stem) > 3 and stem[-2] == "і" else ""
            near = (stem, stem + "ск", stem + "ськ") + ((stem + "к", stem + "ьк") if stem.endswith("ц") else ())
            towns = [(x in near, not (alt and x.startswith(alt)) or (
                idx.ccodes[int(idx.cc[hits[k].eid])] in _FRONT and not x.endswith(("ск", "ськ"))), hits[k])
                for x, k in ((x, gz.normalize(x)) for x in derived) if k in hits and hits[k].kind == gz.CITY]
            # the stem itself or with "-ск" before a longer derivation ("лиманский": Лиман, not Lima), one of the
            # adjective's own stem before one with "і" read as "о" abroad ("кремінський": Кремінна, not Cremona),
            # but not at home ("Курахівський": Курахове, not the village Курахівка; "Борівський": Борова), where a
            # town in -ськ keeps its "о" in its adjective (Боровськ: "Боровський"); then the biggest
            # an oblast, a krai, a hromada or a front's sector is one of a country that names its areas so
            # ("Тульської області": Тула, not Toul in France; "Кременского направления": Кременная, not Kremmen in
            # Germany); a district or a region may be abroad, where its adjective's own town is the likelier
            home = what == "sector" or what == "area" and name.rsplit(" ", 1)[-1] in _AREA_COUNTRY_NOUNS
            if what == "area" and name.rsplit(" ", 1)[-1] in _ADMIN1_NOUNS:
                # a first-level area is named after a town, never a village ("Ярославської області": Yaroslavl's,
                # not the village Ярославка's Odesa oblast); one the keys miss is left to the geocoder
                # and an "область" only after a town of a country that names its areas so (not Poland's Jarosław)
                towns = [t for t in towns if t[2].logpop >= ADMIN1_TOWN_LOGPOP
                         and (not home or idx.ccodes[int(idx.cc[t[2].eid])] in _AREA_COUNTRIES)]
            town = max(towns, key=lambda t: (not home or idx.ccodes[int(idx.cc[t[2].eid])] in _AREA_COUNTRIES,
                                             t[0], t[1], t[2].logpop))[2] if towns else None
            if what == "whole":
                if key in hits:
                    out.append(_Cand(g, jj, _display(name, printed), 1.0, hit=hits[key]))
                continue
            if what in ("area", "water") and (key in hits or gz.transliterate(name) in hits):
                out.append(_Cand(g, jj, _display(name, printed), 1.0, hit=hits.get(key) or hits.get(
                    gz.transliterate(name))))
                continue
            if what == "facility" and name.rsplit(" ", 1)[-1] in _BRIDGES:
                # a bridge as the facility table names it ("Кримським мостом": Кримський міст, the Crimean Bridge,
                # not a place named after Крим); one the table lacks is not read as its town
                if (fh := hits.get(gz.normalize(name))) is not None and fh.kind == gz.POINT:
                    out.append(_Cand(g, jj, name, 1.0, hit=fh))
                continue
            if what == "water":  # a sea, a bay or a strait the gazetteer lacks: drafted for the reviewer to place
                if toks[g].cap:
                    out.append(_Cand(g, jj, _display(name, printed), 0.6, gaz=False))
                continue
            if town is None:
                if what == "area" and toks[g].cap:  # an area the gazetteer does not know: drafted, unresolved
                    out.append(_Cand(g, jj, _display(name, printed), 0.6, gaz=False))
                continue
            town_name = morph.restore_case(_town_name(town, lemma), "Х")
            if what == "facility":  # the facility by its name, else its town
                out.append(_Cand(g, jj, name, 0.9, fallback=town_name, hit=town))
                continue
            noun = name.split(" ")[-1] if name else ""
            # an oblast is named after its main town: the town's first-level area ("Курській області");
            # a district after its centre: the town's second-level area, else the area around the town
            area = int(idx.adm1[town.eid]) if noun in _ADMIN1_NOUNS else \
                int(idx.adm2[town.eid]) if noun in _ADMIN2_NOUNS else -1
            if area >= 0:
                out.append(_Cand(g, jj, idx.names[area], 0.9, hit=town))
            else:
                out.append(_Cand(g, jj, town_name, 0.9, "place", SECTOR_KM, hit=town))
        return out

    def _noun_and_name(self, text: str, toks: list[Tok]) -> list[_Cand]:
        """A water's or a land form's noun before its name, read whole where the gazetteer knows it: the name a
        genitive that keeps its case as the noun's changes ("море Лаптевых", "проливом Вилькицкого", "у острова
        Врангеля", "протоку Вількіцького") or an apposition ("на озере Байкал"); the noun in the nominative."""
        lang = self.lang
        n = len(toks)
        pending = []
        for k, t in enumerate(toks):
            if not t.alpha or k + 1 >= n or not toks[k + 1].cap or (t.cap and not _sentence_start(text, toks, k)):
                continue
            if not _NOUN_START.match(t.word):
                continue
            nouns = [r for r in morph.readings(t.word, lang) if r.pos == "NOUN" and r.lemma in WATER_NOUNS]
            if not nouns:
                continue
            lemma = nouns[0].lemma
            for j in range(k + 2, min(n, k + 4) + 1):
                if j - 1 > k + 1 and (not toks[j - 1].cap or text[toks[j - 2].end:toks[j - 1].start] != " "):
                    break
                words = [tk.word for tk in toks[k + 1:j]]
                names = [" ".join(morph.fold(w) for w in words),
                         " ".join(morph.lemmas(w, lang)[0] for w in words)]
                for nm in dict.fromkeys(names):
                    pending.append((k, j, gz.normalize(f"{lemma} {nm}"), f"{lemma} {nm}"))
        if not pending:
            return []
        hits = _lookup([key for *_x, key, _nm in pending])
        out = []
        for k, j, key, name in pending:
            if key in hits:
                out.append(_Cand(k, j, _display(name, text[toks[k].start:toks[j - 1].end]), 1.0, hit=hits[key]))
        return out

    def _quoted_facilities(self, toks: list[Tok]) -> list[_Cand]:
        """Names in quotation marks after a facility's noun: "аэропорт «Антонов»", "пунктів пропуску «Кучурган»,
        «Платонове» та «Велика Кісниця»" (a list after one noun). The gazetteer reads "<noun> <name>", else the name."""
        lang = self.lang
        out: list[_Cand] = []
        n = len(toks)
        for q, t in enumerate(toks):
            if t.word not in "«„\"“" or q == 0 or q + 1 >= n or not toks[q + 1].cap:
                continue
            c = next((x for x in range(q + 1, min(n, q + 6)) if toks[x].word in "»“”\""), None)
            if c is None or c == q + 1 or not all(tk.alpha or tk.word in "-" for tk in toks[q + 1:c]):
                continue
            k = q - 1
            while k > 0 and toks[k].word.lower() in (",", "та", "і", "и", "й", "або", "или") \
                    and toks[k - 1].word in "»“”\"":
                o = next((x for x in range(k - 2, max(-1, k - 8), -1) if toks[x].word in "«„\"“"), None)
                if o is None:
                    break
                k = o - 1
            if k < 0 or not toks[k].alpha:
                continue
            lemma = next((r.lemma for r in morph.readings(toks[k].word, lang) if r.lemma in QUOTED_FACILITY_NOUNS),
                         toks[k].word.lower() if toks[k].word.lower() in QUOTED_FACILITY_NOUNS else "")
            if not lemma:
                continue
            noun = ("пункт пропуску" if lang == "uk" else "пункт пропуска") if lemma in ("пропуск", "кпп") else lemma
            name = " ".join(tk.word for tk in toks[q + 1:c]).replace(" - ", "-")
            out.append(_Cand(q + 1, c, f"{noun} {name}", 0.9, fallback=name))
        return out

    def _names(self, text: str, toks: list[Tok], persons: list[tuple[int, int]],
               locs: list[tuple[int, int]]) -> list[_Cand]:
        """Runs of capitalised words the gazetteer knows in one of their forms (*persons*, *locs*: natasha's spans)."""
        lang = self.lang
        n = len(toks)
        spans = []
        keys: list[str] = []
        for i, t in enumerate(toks):
            if not t.cap:
                continue
            for j in range(i + 1, min(n, i + 3) + 1):
                last = toks[j - 1]
                if j - 1 > i and (not last.cap or text[toks[j - 2].end:last.start] not in (" ",)):
                    break
                words = [tk.word for tk in toks[i:j]]
                ks = _phrase_keys(words, lang, _genitive_fits(toks, i, lang))
                spans.append((i, j, ks))
                keys += [k for k, _n in ks]
        hits = _lookup(keys)
        out = []
        for i, j, ks in spans:
            found = _exact([(hits[k], name) for k, name in ks if k in hits])
            if text[toks[i].start:toks[j - 1].end].isupper():  # "ФАС" is no "Fas" (Morocco): Cyrillic keys only
                found = [f for f in found if not f[0].key.isascii()]
            if not found:
                continue
            # whether the words name a place here: by their strongest reading (a name found in Cyrillic before one
            # found only in Latin letters, then the biggest)
            best, name = max(found, key=_strength)
            if not self._accept(text, toks, i, j, best, name, persons, locs):
                continue
            # which place: the likeliest reading of the words (see _form_tier), the article's countries deciding
            # between equally likely ones (find()), the strongest last
            words = tuple(tk.word for tk in toks[i:j])
            alts = sorted(((_form_tier(words, nm, lang), h, nm) for h, nm in found),
                          key=lambda a: _likeliest(a), reverse=True)
            best, name = alts[0][1], alts[0][2]
            printed = text[toks[i].start:toks[j - 1].end]
            if j - i == 1 and best.logpop < 4.5:
                # "Новоросійська": a town in -ськ the gazetteer spells otherwise, not the village "Новоросійське"
                town = next((f for f in morph.stems(printed)[1:] if _TOWN_END.search(f)), "")
                if town and town != name and gz.normalize(town) not in hits:
                    name = town
            query = _display(name, printed) if not printed.isupper() else name.upper()
            fallback = ""
            if i > 0 and morph.lemmas(toks[i - 1].word, lang)[0] in FACILITY_NOUNS:
                fallback = query
            out.append(_Cand(i, j, query, 1.0 if best.primary else 0.9, fallback=fallback, hit=best,
                             alts=tuple(alts) if len({(a[2], _country(a[1])) for a in alts}) > 1 else ()))
        return out

    def _listed_after_place(self, toks: list[Tok], i: int) -> bool:
        """Whether token *i* follows "и"/"і"/"та"/"," after a word the gazetteer knows as a place in one of its
        forms, in a case it shares with that word ("к Волчанску и Липцам", "через Бородянку и Макаров")."""
        if i < 2 or toks[i - 1].word.lower() not in _AND or not toks[i - 2].cap:
            return False
        lang = self.lang
        prev = toks[i - 2].word
        if not _lookup([k for k, _n in _phrase_keys([prev], lang)]):
            return False
        if not morph.cases(prev, lang) & morph.cases(toks[i].word, lang):
            return False
        # like is joined with like in space too: the listed town has a namesake in the place's country near it
        # ("к Волчанску и Петрову": no Petrov near Vovchansk, only the Czech one; the surname stays out)
        return _near_each_other([k for k, _n in _phrase_keys([prev], lang)],
                                [k for k, _n in _phrase_keys([toks[i].word], lang)])

    def _accept(self, text: str, toks: list[Tok], i: int, j: int, h: Hit, name: str, persons, locs) -> bool:
        """Whether the capitalised words i..j-1, read as *name* (a nominative the gazetteer knows as *h*), name a
        place here."""
        lang = self.lang
        a, b = toks[i].start, toks[j - 1].end
        if _quoted(text, toks, i, j):
            return False  # «Ямал», "Торнадо-С": a ship's, a weapon's or a firm's name
        w = toks[i].word
        if i > 0 and toks[i - 1].word.lower() in RIVER_NOUNS:
            return False  # "через реку Оскол": a river
        prep = _prep_before(toks, i, lang)
        if not prep and i > 0 and toks[i - 1].alpha and not toks[i - 1].cap \
                and "accs" in morph.cases(w, lang) \
                and any(r.lemma in PLACE_OBJECT_VERBS for r in morph.readings(toks[i - 1].word, lang)[:1]) \
                and _inanimate_accusative(text, toks, i, lang):
            prep = "через"  # "проехали Кричев", "заняли Иванков": a verb whose object is a place, as "через" is
        rs = morph.readings(w, lang)
        # a word the dictionary does not know is only guessed a verb by its ending ("Шебекине", "Осиповичах")
        guessed = rs and rs[0].pos in ("VERB", "INFN", "GRND") and not morph.known(w, lang)
        if (rs and rs[0].pos in _FUNCTION_POS and not guessed) \
                or any(r.pos in ("PREP", "CONJ", "PRCL", "NPRO") for r in rs) \
                or any(r.lemma in GENERIC_NOUNS for r in rs):
            return False  # "Из", "Чому" opening a sentence; "Республікою Білорусь"
        if j < len(toks) and toks[j].word in "-‐" and j + 1 < len(toks) and toks[j + 1].word[:1].isdigit():
            return False  # "Су-34", "Іл-76": a type of aircraft
        if _agrees_with_next(toks, j, w, lang, prep):
            return False  # an adjective of the noun after it ("Чорноморського флоту"), not a place of that form
        if j < len(toks) and toks[j].cap and text[toks[j - 1].end:toks[j].start] == " " and _adjective_of(
                w, toks[j].word, lang):
            return False  # "Малої Локні", "Малой Локни": the adjective of a two-word name, not a place of its own
        ner_loc = any(s <= a and b <= e for s, e in locs)
        if any(s <= a and b <= e and (s < a or b < e) for s, e in locs):
            return False  # natasha reads a longer name here ("Малой Локни"): that one is kept
        if any(s <= a and b <= e for s, e in persons) and not prep:
            return False  # a person natasha read ("Курчатов" the physicist, "Кана"), with no preposition of place
        if w.isascii() and not ner_loc and not (prep and _big(h)):
            return False  # a Latin word in Russian or Ukrainian text names a firm or a brand ("Google", "Bank")
        if j - i > 1 or ner_loc:
            return True
        if i > 0 and toks[i - 1].cap and text[toks[i - 1].end:a] == " " and not _big(h) \
                and not _sentence_start(text, toks, i - 1) and _adjective_of(toks[i - 1].word, w, lang):
            return False  # "Малої Локні" the gazetteer lacks: the second word alone is another place (Локня)
        if len(w) < 2:
            return False
        if i > 0 and text[toks[i - 1].end:a] == " " and toks[i - 1].cap and not toks[i - 1].word.isupper() \
                and not any(r.geo for r in rs) and morph.first_name(toks[i - 1].word, lang):
            return False  # a surname after its first name ("Джона Кирбі"), though a village bears it
        if w.isupper():  # "МОСКВА", "КИЇВ" of a dateline, "США", "КНДР"; not "ВСУ", "ТАСС"
            return (len(w) > 3 and _big(h)) or h.kind == gz.COUNTRY
        if j < len(toks) and toks[j].cap and text[toks[j - 1].end:toks[j].start] == " " \
                and not _sentence_start(text, toks, j) and not any(r.geo for r in morph.readings(toks[j].word, lang)) \
                and not _area_noun(toks, j + 1, lang):  # "у Валуйках Бєлгородської області": the area it is in
            return False  # part of a longer name ("Владимир Путин", "Олег Москалёв", "Малой Локни")
        if prep and prep not in PLACE_PREPS and prep not in _AND:
            return True  # after a noun of a place: "порту Раджин", "околиць Покровська"
        known = morph.known(w, lang)
        start = _sentence_start(text, toks, i)
        if start and j < len(toks) and toks[j].word in (":", "—", "–") and not prep:
            prep = ":"  # "• Вовчанськ: у районі міста ...": a heading names the place its paragraph is about
        person = known and any(r.person for r in rs)
        if len(w) < 3 and not _big(h):
            return False  # "Ён", "Пі": too short to be a small place
        if _big(h) and (not h.key.isascii() or not morph.known(w, lang)):
            # a country, a first-level area, a sea or a big town by its Cyrillic name: the words that collide with
            # them are few, and with towns only: a name or a common word opening a sentence ("Роман")
            if h.kind == gz.CITY and not prep and (person or (start and known and rs and not rs[0].geo)):
                return False
            return True
        if person and not prep:
            return False  # a first name or a surname ("Олена", "Шевченка") that is also a village
        if rs and rs[0].pos in ("ADJF", "PRTF") and known:
            if prep in PLACE_PREPS and any(_TOWN_END.search(f) for f in morph.stems(w)[1:]):
                return True  # "з Новоросійська": a town in -ськ after a preposition, which the adjective's form hides
            # a known adjective ("Новый", "Межевую"): a place of its form only after a preposition of place, and
            # only a rare one ("новый" is too common to stand for Novi)
            # ("з Микільського": a village of an adjective's form that no text uses as an adjective)
            return bool(prep) and not _frequent(w, lang) and (h.logpop >= 3.5 or _zipf(morph.fold(w), lang) < 3.0)
        if rs and rs[0].geo and known:
            # opening a sentence, a town of some size ("Куп'янськ під контролем ЗСУ")
            return bool(prep) or not (_frequent(w, lang) or (start and h.logpop < 4.0))
        if any(r.geo for r in rs) and known and prep:
            return True  # a place that is also a common word ("Перемоги"), after a preposition of place
        if known and rs:
            # a common word first that is also a place: only after a preposition of place, and a town of some size,
            # or listed after a place that a preposition of place governs ("через Бородянку и Макаров": like
            # is joined with like)
            return bool(prep) and (h.logpop >= 4.0 or (prep in PLACE_PREPS and self._listed_after_place(toks, i)))
        return h.logpop >= 3.0 or h.kind != gz.CITY or bool(prep)


def _cross_keyed(word: str, lang: str) -> bool:
    """Whether a Russian word may be a Ukrainian village's Russian spelling read by the cross key: one the
    dictionary does not know, or knows only as an adjective or other non-noun ("Урожайное"), never as a place of
    its own, a person's name (Surn/Name/Patr) or a common noun.
    """
    if not morph.known(word, lang):
        return True
    rs = morph.readings(word, lang)
    return not any(r.geo or r.person or r.pos == "NOUN" for r in rs)


def _adjective_of(word: str, nxt: str, lang: str) -> bool:
    """Whether *word* may be an adjective agreeing in case with the noun *nxt*."""
    cases = {r.case for r in morph.readings(word, lang) if r.pos in ("ADJF", "PRTF")}
    return bool(cases) and any(r.pos == "NOUN" and r.case in cases for r in morph.readings(nxt, lang))


def _frequent(word: str, lang: str) -> bool:
    """A word as frequent as common words are (wordfreq): "зима", "час", "сили" rather than "Бахмут".

    The Ukrainian dictionary lists many common words as place names too (Зима, a town in Siberia): a place
    reading of a frequent word that is also common needs the context a rarer name does not.
    """
    return _zipf(morph.fold(word), lang) >= 4.0


@lru_cache(maxsize=100_000)
def _zipf(word: str, lang: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a pinned dependency
        return 0.0
    return zipf_frequency(word, lang)


#: The cases a preposition of place governs ("з-під" + genitive): an adjective after it is in one of them.
PREP_CASES = {**{p: {"gent", "gen2"} for p in "из изо из-под из-за от до у около возле близ вблизи с со з із зі "
                                           "з-під з-за із-за від біля поблизу".split()},
              **{p: {"accs", "loct", "loc2"} for p in "в во на".split()},
              **{p: {"datv"} for p in "к ко по".split()},
              **{p: {"ablt", "accs"} for p in "под подо над за между між через понад".split()}}


def _agrees_with_next(toks: list[Tok], j: int, word: str, lang: str, prep: str = "") -> bool:
    """Whether *word* may be an adjective followed by a lower-case noun in its case (over other such adjectives):
    it describes that noun ("Чорноморського флоту", "Центрального военного округа", "Нова гавань"). After a
    preposition only the cases it governs count ("з-під Сватового частину": the noun is no genitive)."""
    adj = [r for r in morph.readings(word, lang) if r.pos in ("ADJF", "PRTF")]
    if prep in PREP_CASES:
        adj = [r for r in adj if r.case in PREP_CASES[prep]]
    adj_cases = {r.case for r in adj}
    if not adj_cases:
        return False
    for k in range(j, min(j + 4, len(toks))):
        if not toks[k].alpha or toks[k].cap:
            return False
        rs = morph.readings(toks[k].word, lang)
        if any(r.pos in ("PREP", "CONJ", "PRCL") for r in rs):
            return False  # "до", "и": no noun of the adjective's
        if any(r.pos == "NOUN" and _agree(a, r) for r in rs for a in adj):
            return True  # in case, and in gender or number ("станцію Сватове противник": no adjective of it)
        if not any(r.pos in ("ADJF", "PRTF") and r.case in adj_cases for r in rs):
            return False
    return False


def _agreeing_adjective(word: str, adj: morph.Reading, lang: str) -> morph.Reading | None:
    """*word*'s adjective reading in the case, gender and number of the adjective reading *adj* (the next word's), or
    None: two adjectives of one noun ("Северный Ледовитый")."""
    for r in morph.readings(word, lang):
        if r.pos in ("ADJF", "PRTF") and r.case == adj.case and r.number == adj.number \
                and (not r.gender or not adj.gender or r.gender == adj.gender):
            return r
    return None


def _agree(adj: morph.Reading, noun: morph.Reading) -> bool:
    """Whether an adjective's reading agrees with a noun's: the same case, and gender or number where both say."""
    if adj.case != noun.case:
        return False
    if adj.number == "plur" or noun.number == "plur":
        return adj.number == noun.number or not adj.number or not noun.number
    return not adj.gender or not noun.gender or adj.gender == noun.gender


def _gender(noun_lemma: str, lang: str) -> str:
    rs = morph.readings(noun_lemma, lang)
    for r in rs:
        if r.pos == "NOUN" and r.gender:
            return r.gender
    return "femn"


_NOUN_START = re.compile(r"(?:област|район|кра[йяюеї]|округ|направл|напрям|участ|ділян|выступ|виступ|плацдарм|фронт|"
                         r"мор[еяюі]|океан|пролив|проток|залив|зато[кц]|бухт|озер|водохран|водосх|лиман|полуостр|"
                         r"півостр|остр|кос[аиуі]|громад|регион|регіон|губерн|республ|автоном|обл|р-н|"
                         r"полиг|поліг|аэродр|аеродр|аэропорт|аеропорт|авиаба|авіаба|баз|порт|мост|міст)", re.I)


def _area_noun(toks: list[Tok], k: int, lang: str) -> tuple[str, str, int] | None:
    """(lemma, "area" | "sector" | "water", end token) of an area's, a sector's or a water's noun at token *k*."""
    if k >= len(toks) or not toks[k].alpha or not _NOUN_START.match(toks[k].word):
        return None
    w = toks[k].word.lower()
    if w in _AREA_ABBR:
        end = k + 2 if k + 1 < len(toks) and toks[k + 1].word == "." else k + 1
        return _AREA_ABBR[w], "area", end
    for r in morph.readings(w, lang):
        if r.lemma in AREA_NOUNS and r.pos == "NOUN":
            return r.lemma, "area", k + 1
        if r.lemma in WATER_NOUNS and r.pos == "NOUN":
            return r.lemma, "water", k + 1
        if r.lemma in SECTOR_NOUNS and r.pos == "NOUN":
            return r.lemma, "sector", k + 1
        if r.lemma in FACILITY_ADJ_NOUNS and r.pos == "NOUN":
            return r.lemma, "facility", k + 1
    return None


def _non_overlapping(cands: list[_Cand]) -> list[_Cand]:
    """The candidates kept: longest first, then best score, none overlapping."""
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.j - c.i), -c.score, c.i)):
        if any(c.i < o.j and o.i < c.j for o in out):
            continue
        out.append(c)
    return sorted(out, key=lambda c: c.i)


_NOT_A_NAME_END = frozenset("ADJF ADJS PRTF PRTS VERB INFN GRND ADVB".split())
_LAST_WORD = re.compile(r"(?<=\s)[^\W\d_]+$")
_LIST_SEP = re.compile(r"\s*(?:,|\s(?:и|і|й|та|или|або)\s)\s*")


def _split_list(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A span of NER cut at commas and conjunctions: "Хамхына и Мусудана" is two places."""
    out, at = [], a
    for m in _LIST_SEP.finditer(text, a, b):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, b))
    return [(x, y) for x, y in out if y > x]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """A span without the signs natasha leaves at its edges ("Курахового 🔥", "России/ТАСС")."""
    s = text[a:b]
    m = re.match(r"^[^\w]*([\w][\w\s'’ʼ-]*[\w]|[\w])", s)
    if not m:
        return a, a
    inner = m.group(1)
    cut = re.split(r"[/\n|]", inner, 1)[0].rstrip()
    start = a + m.start(1)
    return start, start + len(cut)


def _natasha():
    """natasha's news NER (its model and embeddings ship inside the natasha wheel) and a handle on the BLAS threads
    it runs on, made once per process (and shared by its threads: the tagger keeps no state between texts)."""
    with _lock:
        global _NER
        if _NER is None:
            from natasha import NewsEmbedding, NewsNERTagger
            from threadpoolctl import ThreadpoolController

            # the controller made after numpy has loaded its BLAS, which it then finds
            _NER = NewsNERTagger(NewsEmbedding()), ThreadpoolController()
        return _NER


_NER = None
_lock = threading.Lock()
# A line with a capital letter after its first word, or an all-capitals word: it may name a place or a person.
_NAMED_LINE = re.compile(r"\S\s+[«\"(]?[A-ZА-ЯЁІЇЄҐ]|(?<![\w])[A-ZА-ЯЁІЇЄҐ]{2,}")


@lru_cache(maxsize=None)
def _recognizer(lang: str) -> Recognizer:
    return Recognizer(lang)


def find_places(text: str, lang: str = "ru") -> list[SlavicMention]:
    """The place names of a Russian or Ukrainian *text*, as printed, with the nominative to geocode.

    >>> [(m.surface, m.query) for m in find_places("Колонны выдвигаются в Курскую область из Белгорода.", "ru")]
    [('Курскую область', 'Курская область'), ('Белгорода', 'Белгород')]
    """
    return _recognizer(lang).find(text)
