"""Place the mentions of one article, all together, so each is read in the context of the others.

Named places go to the offline geocoder as printed (``geocode_all``: the
Blagoveshchensk near Khabarovsk, not the one in Bashkortostan). A vague place
("a military airfield in western Russia", "a North Korean port") is placed by
the named area inside it ("western Russia", "North Korean") and kept as an
*area*: ``precision=area`` with the area's radius, never a pin. The gazetteer's
reference, the name it matched and how (exact, alias, fuzzy, with its score and
any doubt) are kept so a reviewer sees every choice.
"""

from __future__ import annotations

import difflib
import math
import re
import weakref
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from .. import gazetteer as gz
from ..errors import UnresolvedPlace, did_you_mean
from ..gazetteer.common import haversine_km, midpoint
from ..geocoders.base import GeocodeResult, Geocoder, Query
from ..geocoders.rules import CYRILLIC_COUNTRIES
from .recognize import AFTER_A_PHRASE, FACILITY_NOUNS
from .slavic.recognize import FACILITY_ADJ_NOUNS
from .slavic.recognize import FACILITY_NOUNS as SLAVIC_FACILITY_NOUNS
from .dates import DATE_WORD
from .records import Mention, Resolved
from .rows import to_check

_DIRECTION = (r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|"
              r"south-?eastern|south-?western|far|upper|lower|occupied)[ \t]+)?")
_NAMED_CORE = re.compile(rf"{_DIRECTION}(?-i:[A-Z][\w'’.-]*)(?:[ \t]+(?-i:[A-Z][\w'’.-]*))*", re.I)
# "the Kursk and Belgorod regions", "Kursk, Bryansk and Belgorod oblasts": a list of names
# sharing a plural region word, read from the end of one of them.
_SHARED_REGION = re.compile(r"(?:[ \t]*(?:,|and|or|&)[ \t]*(?:and[ \t]+)?(?-i:[A-Z][\w'’-]*)"
                            r"(?:[ \t]+(?-i:[A-Z][\w'’-]*))?)*[ \t]+(?P<word>regions|oblasts|provinces|"
                            r"governorates|districts|prefectures)\b", re.I)
#: A side of an area before its name ("western Zaporizhia Oblast"), as :func:`core_name` keeps it.
_SIDE = re.compile(r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
                   r"north-?western|south-?eastern|south-?western)[ \t]+(?=(?-i:[A-Z]))", re.I)
#: Whether a side of a town the gazetteer lacks under that name ("southern Chasiv Yar", "central Lyman") is drawn as
#: an area round the town.
SIDE_OF_TOWN = True
#: The smallest radius drawn for a vague place named by a town ("a base near Kursk").
MIN_AREA_KM = 25.0
_geocoder: Geocoder | None = None


def default_geocoder() -> Geocoder:
    """The offline geocoder, made once per process (its index loads on first use).

    >>> default_geocoder() is default_geocoder()
    True
    """
    global _geocoder
    if _geocoder is None:
        from ..geocoders.offline import OfflineGeocoder

        _geocoder = OfflineGeocoder()
    return _geocoder


def core_name(surface: str) -> str:
    """The named area inside a vague description, or the description itself.

    >>> core_name("a military airfield in western Russia"), core_name("a North Korean port")
    ('western Russia', 'North Korean')
    """
    found = _NAMED_CORE.findall(surface)
    found = [f for f in found if f[:1].isupper() or " " in f]
    return found[-1].strip() if found else surface


def _resolved(r: GeocodeResult | UnresolvedPlace, vague: bool) -> Resolved:
    if isinstance(r, UnresolvedPlace):
        hint = did_you_mean(r.suggestions)
        return Resolved(None, None, match=f"unresolved: {r.reason}" + (f"; {hint}" if hint else ""))
    how = f"{r.match} {r.score:.2f}"
    if r.doubt:  # the geocoder's own doubt: the build marks the row as it would the name it read itself
        how = to_check(how, r.doubt)
    if vague:
        return Resolved(round(r.lat, 5), round(r.lon, 5), r.country_code or "", "area",
                        round(max(r.radius_km, MIN_AREA_KM), 1), r.ref, r.name, how, r.score)
    radius = round(r.radius_km, 1) if r.precision in ("region", "country", "continent") and r.radius_km else None
    return Resolved(round(r.lat, 5), round(r.lon, 5), r.country_code or "", r.precision, radius, r.ref, r.name,
                    how, r.score, r.kind)


def query_name(mention: Mention, text: str = "") -> str:
    """What to geocode for *mention*: the area inside a vague place, a named place of a list of regions
    as that region, else the name as printed (with the "the" before it, which tells an ocean from a town).

    >>> t = "troops moved to the Kursk and Belgorod regions"
    >>> query_name(Mention(20, 25, "Kursk"), t), query_name(Mention(30, 38, "Belgorod"), t)
    ('Kursk region', 'Belgorod region')
    >>> query_name(Mention(17, 25, "Atlantic"), "exercises in the Atlantic")
    'the Atlantic'
    >>> query_name(Mention(13, 18, "Gomel"), "moved to the Gomel garrison")
    'Gomel'
    """
    if mention.kind == "vague":
        return core_name(mention.surface)
    m = _SHARED_REGION.match(text, mention.end) if text else None
    if m:
        return f"{mention.surface} {m.group('word').lower()[:-1]}"
    if text and re.search(r"(?:^|\W)the[ \t]+$", text[max(0, mention.start - 5):mention.start], re.I) \
            and _wide(mention.surface):
        return f"the {mention.surface}"  # "exercises in the Atlantic": the geocoder reads the ocean, not a county
    return mention.surface


#: Facility nouns after a name that do not make the name a town to fall back to: an airport the gazetteer lacks (it
#: holds 28,000) is no sign that the town is meant.
_NOT_OF_A_TOWN = frozenset({"airport"})
#: Last words that name a facility only with the words before them: "air field", not any "field".
_ONLY_WHOLE = frozenset({"field"})


def _facility_after(nouns: Sequence[tuple[str, ...]]) -> re.Pattern:
    """The pattern of a facility noun at the end of a name, made from the recogniser's table of facility nouns
    (:data:`geo.extract.recognize.FACILITY_NOUNS`, the one list of them): up to two of the words that stand before a
    noun there ("naval", "ammunition", "nuclear power"), then a last word of one, less :data:`_NOT_OF_A_TOWN`, those
    of :data:`_ONLY_WHOLE` only with their words ("air field").
    """
    mods = sorted({w for n in nouns for w in n[:-1]})
    heads = sorted({n[-1] for n in nouns} - _NOT_OF_A_TOWN - _ONLY_WHOLE)
    whole = sorted(r"[ \t]".join(n) for n in nouns if n[-1] in _ONLY_WHOLE)
    return re.compile(r"[ \t]+(?:(?:%s)[ \t]+){0,2}(?:%s)$" % ("|".join(mods), "|".join(heads + whole)), re.I)


_FACILITY_AFTER = _facility_after(FACILITY_NOUNS)
_FACILITY_BEFORE = re.compile(r"^(?:port[ \t]+of|RAF|joint[ \t]+base|naval[ \t]+(?:station|base)|air[ \t]+base|"
                              r"camp|CFB|NAS)[ \t]+", re.I)


def facility_core(name: str) -> str:
    """The place a facility is named after, or "" if *name* names no facility.

    >>> facility_core("Tikhoretsk ammunition depot"), facility_core("port of Vostochny"), facility_core("Kursk")
    ('Tikhoretsk', 'Vostochny', '')
    """
    core = _FACILITY_BEFORE.sub("", _FACILITY_AFTER.sub("", name))
    return core.strip() if core != name and core.strip() else ""


# A facility's noun in Russian or Ukrainian, in any case or number, right before a name ("полигоне Цугол", "порту
# Амірабад", "авіабази Евенес", "аэродромах Энгельс"): the recogniser's nouns before a name that also name a facility
# after a town's adjective, less the bare "база" (a base of anything); read by their stems and the lemma they give.
_FACILITY_LEMMAS = {n.removesuffix("а"): n for n in (SLAVIC_FACILITY_NOUNS & FACILITY_ADJ_NOUNS) - {"база"}}
_CYRILLIC_FACILITY_NOUN = re.compile(r"(?:^|[^\w-])(%s)(?:а|у|е|і|и|ы|ом|ою|ой|ов|ів|ам|ами|ах)?[ \t]+$"
                                     % "|".join(sorted(_FACILITY_LEMMAS, key=len, reverse=True)))
# a name listed after one the noun stands before shares it ("на аэродромах Энгельс и Моздок")
_LISTED = re.compile(r"[ \t]*,[ \t]*|(?:[ \t]*,)?[ \t]+(?:и|й|і|та)[ \t]+")


def facility_noun_before(text: str, start: int) -> str:
    """The nominative of the Russian or Ukrainian facility noun right before *start* in *text*, or "".

    >>> facility_noun_before("на полигоне Цугол", 12), facility_noun_before("з авіабази Евенес", 11)
    ('полигон', 'авіабаза')
    >>> facility_noun_before("на аэродромах Энгельс", 14), facility_noun_before("в Крым", 2)
    ('аэродром', '')
    """
    m = _CYRILLIC_FACILITY_NOUN.search(text, max(0, start - 20), start)
    if not m or m.end() != start:
        return ""
    return _FACILITY_LEMMAS[m.group(1)]


def _facility_nouns(mentions: Sequence[Mention], names: Sequence[str], text: str) -> dict[int, str]:
    """The facility noun each mention is named as, by its index: the noun right before a name in the nominative that
    stands beside it as the facility's own name ("порт Тартус", "аэродрома Мариновка"), or before the names listed
    with it ("аэродромах Энгельс и Моздок"). A name in another case is no facility's name but a place it is of
    ("порту Ростова", "аэропорту Крыма", "аеродромі Білгородської області"); nor is a country's name."""
    out: dict[int, str] = {}
    for k, m in enumerate(mentions):
        noun = facility_noun_before(text, m.start)
        if not noun and k and k - 1 in out and _LISTED.fullmatch(text, mentions[k - 1].end, m.start):
            noun = out[k - 1]
        if noun and m.kind != "vague" and m.surface.lower() == names[k].lower() and not _a_country(names[k]):
            out[k] = noun
    return out


def _a_country(name: str) -> bool:
    """Whether the gazetteer's best entity of *name* is a country."""
    idx = gz.load()
    hits = [p >> 3 for p in idx.postings(gz.normalize(name))]
    return bool(hits) and int(idx.kind[max(hits, key=lambda e: idx.pop[e])]) == gz.COUNTRY


#: How far from the article's other places a facility found by the noun before its name may lie, when in no country
#: of theirs nor of the name alone (km).
FACILITY_NEAR_KM = 500.0


def _the_facility(a, noun: str, alone, k: int, answers: Sequence) -> bool:
    """Whether *a*, the answer to "<noun> <name>" for mention *k*, is surely that facility: held by that name or
    another of its own (no reading of a name of another place or kind: "аэродром Восточный" is no cosmodrome,
    "аэропорт Южный" not Barnaul's airport by a Yuzhny), a facility of the noun's kind, in a country of the name alone
    (*alone*) or of the article's other places, or near one of those."""
    if not (isinstance(a, GeocodeResult) and a.precision == "point" and a.match in ("exact", "alias") and not a.doubt):
        return False
    if a.kind not in _NOUN_KINDS.get(noun, ()):
        return False
    others = [x for j, x in enumerate(answers) if j != k and isinstance(x, GeocodeResult)]
    # the name alone, or the places it was refused between ("Амірабад": Pakistan's or Iran's)
    own = getattr(alone, "guess", None) if isinstance(alone, UnresolvedPlace) else alone
    if isinstance(own, GeocodeResult):
        others += [own, *own.candidates]
    return not others or any(x.country_code == a.country_code or haversine_km(a.lat, a.lon, x.lat, x.lon)
                             <= FACILITY_NEAR_KM for x in others)


#: The facility kinds of the gazetteer each Russian or Ukrainian noun names.
_NOUN_KINDS = {**dict.fromkeys(("аэродром", "аеродром", "аэропорт", "аеропорт", "авиабаза", "авіабаза"), ("airbase",)),
               "порт": ("port", "naval-base"), "полигон": ("range",), "полігон": ("range",)}


def _wide(name: str) -> bool:
    """Whether the gazetteer holds *name* as an ocean, a sea or a world region ("Atlantic", "Balkans")."""
    idx = gz.load()
    return any(int(idx.kind[p >> 3]) in (gz.WATER, gz.CONTINENT) for p in idx.postings(gz.normalize(name)))


def _beside(geocoder: Geocoder, queries: list[Query], names: Sequence[str],
            answers: Sequence[GeocodeResult | UnresolvedPlace]) -> list[GeocodeResult | UnresolvedPlace]:
    """*queries* geocoded again with the article's names already placed beside them, as context only.

    A name tried again in another form is still a name of the article: alone, "Palmyra" has its namesakes in the
    United States, beside Homs it is the Syrian town. Only the answers to *queries* are returned.
    """
    asked = {q.name for q in queries}
    others = [Query(n) for n in dict.fromkeys(n for n, a in zip(names, answers)
                                             if isinstance(a, GeocodeResult) and n not in asked)]
    return geocoder.geocode_all(queries + others)[:len(queries)]


def resolve(mentions: Sequence[Mention], geocoder: Geocoder | None = None, text: str = "") -> list[Resolved]:
    """Where each mention is, in the order given; the names of the article are geocoded together.

    Parameters
    ----------
    mentions : every place mention of one article (the others are its context).
    geocoder : default: the offline gazetteer.
    text : the article, to read what follows a name ("the Kursk and Belgorod regions").

    >>> r = resolve([Mention(0, 9, "Khabrovsk"), Mention(20, 57, "a military airfield in western Russia", "vague")])
    >>> (r[0].name, r[0].country, r[0].match.split()[0]), (r[1].precision, r[1].country, r[1].radius_km > 500)
    (('Khabarovsk', 'RU', 'fuzzy'), ('area', 'RU', True))
    """
    if not mentions:
        return []
    geocoder = geocoder or default_geocoder()
    # a mention may say what to geocode (its nominative, for an inflected language) and what else to try
    names = [getattr(m, "query", "") or query_name(m, text) for m in mentions]
    # "полигон Цугол", "порт Амірабад": a name beside a facility's noun is asked for as that facility first
    nouns = _facility_nouns(mentions, names, text) if text else {}
    nouned = {k: f"{noun} {names[k]}" for k, noun in nouns.items()}
    answers = geocoder.geocode_all([Query(nouned.get(k, n)) for k, n in enumerate(names)])
    if nouned:
        # the name alone, as the recogniser read it: what is kept unless the facility is surely the one meant
        alone = dict(zip(nouned, _beside(geocoder, [Query(names[k]) for k in nouned], names, answers)))
        missed = [k for k in nouned if not _the_facility(answers[k], nouns[k], alone[k], k, answers)]
        for k in missed:
            answers[k] = alone[k]
        names = [nouned[k] if k in nouned and k not in missed else n for k, n in enumerate(names)]
    # "Poland and the Baltic regions": a name that is no region of that name is the name as printed
    plain = [getattr(m, "fallback", "") or m.surface for m in mentions]
    again = [k for k, (a, n, m) in enumerate(zip(answers, names, mentions))
             if isinstance(a, UnresolvedPlace) and m.kind != "vague" and n != plain[k]]
    if again:
        for k, a in zip(again, _beside(geocoder, [Query(plain[k]) for k in again], names, answers)):
            answers[k], names[k] = a, plain[k]
    # "Родинське" read back to a nominative no place bears ("Родинськ"), then fuzzily as Rybinsk: a Cyrillic name
    # printed as a place's own name is that place, not a guess at a misspelling of another form of it
    printed = [k for k, (a, n, m) in enumerate(zip(answers, names, mentions))
               if isinstance(a, GeocodeResult) and a.match == "fuzzy" and m.kind != "vague"
               and m.surface not in (n, plain[k]) and re.search(r"[\u0400-\u04ff]", m.surface)]
    if printed:
        for k, a in zip(printed, _beside(geocoder, [Query(mentions[k].surface) for k in printed], names, answers)):
            if isinstance(a, GeocodeResult) and a.match in ("exact", "alias"):
                answers[k], names[k] = a, mentions[k].surface
    # "western Zaporizhia Oblast": a side of an area the gazetteer reads only by another spelling is that whole area,
    # drawn as the area it is (wider than its side, never narrower)
    sides = [k for k, (a, n, m) in enumerate(zip(answers, names, mentions))
             if isinstance(a, UnresolvedPlace) and m.kind == "vague" and _SIDE.match(n)]
    if sides:
        whole = [Query(_SIDE.sub("", names[k], count=1)) for k in sides]
        for k, a in zip(sides, _beside(geocoder, whole, names, answers)):
            if isinstance(a, GeocodeResult) and a.precision in (("region", "country", "city", "point") if SIDE_OF_TOWN
                                                                else ("region", "country")):
                answers[k] = a
    # "the Tikhoretsk ammunition depot", "Vostochny port": a facility the gazetteer lacks is read as the place it is
    # named after, kept as a point of that place for the reviewer; never as a country or region named near it
    bare = [k for k, (a, m) in enumerate(zip(answers, mentions))
            if isinstance(a, UnresolvedPlace) and m.kind != "vague" and facility_core(m.surface)]
    if bare:
        for k, a in zip(bare, _beside(geocoder, [Query(facility_core(mentions[k].surface)) for k in bare], names,
                                      answers)):
            if isinstance(a, GeocodeResult) and a.precision in ("city", "point"):
                note = f"the facility is not in the gazetteer: read as {a.name}, which it is named after"
                answers[k] = replace(a, doubt=(a.doubt + "; " if a.doubt else "") + note)
    answers = _between_towns(geocoder, mentions, names, answers)
    answers = _lookalikes(mentions, answers)
    resolved = [_resolved(a, m.kind == "vague") for a, m in zip(answers, mentions)]
    if not text:
        return resolved
    resolved = _near_the_others(mentions, _beside_named(mentions, resolved, answers, text), answers)
    resolved = _named_otherwise(mentions, _in_a_named_area(mentions, resolved, answers), answers, text)
    resolved = _in_the_country_beside(mentions, resolved, answers, text)
    resolved = _by_shared_spelling(mentions, resolved, names, answers)
    # "Kremyanoe and Olgovka, west of Korenevo": the place a side is told of may be placed only now, by the others
    resolved = _beside_named(mentions, resolved, answers, text)
    resolved = _borders(mentions, _within_containers(mentions, resolved, names, text, geocoder))
    resolved = _listed_near(mentions, resolved, answers, text)
    # last, and only where the text says nothing itself of where the name is
    return _by_its_facility(geocoder, mentions, names, answers, resolved, text)


#: How far apart (km) the two towns a crossing is named after may lie: the two ends of one bridge or border post.
JOINED_KM = 60.0
# "al-Qaim-Albu Kamal", "Jdeidet Yabous–Masnaa": two names joined by a hyphen or a dash, the second capitalised
_JOIN = re.compile(r"[ \t]*[-–—][ \t]*(?=(?-i:[A-Z]))")


def _between_towns(geocoder: Geocoder, mentions: Sequence[Mention], names: Sequence[str], answers: list) -> list:
    """A crossing the gazetteer lacks, named by the two towns it joins ("the al-Qaim-Albu Kamal border crossing",
    "the Jdeidet Yabous-Masnaa crossing"): drawn between the two, when both are towns within :data:`JOINED_KM` of
    each other, to check. A name that only has a hyphen in it ("al-Qaim crossing") splits into no two towns."""
    out = list(answers)
    asks: list[tuple[int, str, str]] = []
    for k, (m, a) in enumerate(zip(mentions, answers)):
        core = facility_core(m.surface) if isinstance(a, UnresolvedPlace) and m.kind != "vague" else ""
        for j in _JOIN.finditer(core):
            left, right = core[:j.start()].strip(), core[j.end():].strip()
            if left[:1].isupper() or left[:3].lower() in ("al-", "el-", "as-", "ad-", "ar-", "at-"):
                asks.append((k, left, right))
    if not asks:
        return out
    got = _beside(geocoder, [Query(n) for _k, left, right in asks for n in (left, right)], names, answers)
    done = set()
    for i, (k, left, right) in enumerate(asks):
        a, b = got[2 * i], got[2 * i + 1]
        if k in done or not all(isinstance(x, GeocodeResult) and x.precision in ("city", "point") for x in (a, b)):
            continue
        d = float(haversine_km(a.lat, a.lon, b.lat, b.lon))
        if d > JOINED_KM:
            continue
        done.add(k)
        if a.ref and a.ref == b.ref:  # both names are the crossing's own ("Jdeidet Yabous", "Masnaa")
            out[k] = replace(a, doubt=(a.doubt + "; " if a.doubt else "") + f"read as {a.name}, by both its names")
            continue
        lat, lon = midpoint(a.lat, a.lon, b.lat, b.lon)
        out[k] = replace(a, name=f"between {a.name} and {b.name}", lat=float(lat), lon=float(lon),
                         precision="region", radius_km=round(max(d / 2, MIN_AREA_KM), 1), ref="", candidates=(),
                         doubt=f"the crossing is not in the gazetteer: drawn between {a.name} and {b.name}, the "
                               f"towns it is named after")
    return out


#: The radius (km) of the area drawn round a facility for the town it is named after (:func:`_by_its_facility`): an
#: airfield lies at, or some km out of, the town whose name it bears.
NAMED_AFTER_KM = 25.0
#: How a facility named after a town is asked for by the town's name: airfields and ports only (a shipyard or an oil
#: terminal bears a common word or a village's name, no town's it lies by).
_FACILITY_FORMS = ("{} airport", "{} air base", "port of {}")
# A facility that is no town's: a yard or a terminal ("Zvezda shipyard", "Brega oil terminal")
_NO_TOWNS = re.compile(r"\b(?:shipyards?|yards?|terminals?|refinery|plant|works)\b", re.I)
# An aerodrome with a code of ICAO's (four letters) is a public or military one; a private strip has only a local
# code with digits in it ("00LS" Lejeune Airport, "16OI" Trump Airport)
_ICAO = re.compile(r"airportsdata:[A-Z]{4}")
# What follows a name when the text itself says where it is: ", a village in ...", " (Kursk region)", ", north of
# ...", " near Sudzha", " in the Kursk region"; those cues place it (or leave it to the reviewer), never a namesake
# facility. Not a date ("in August") nor a list (", Bunia and Aru"), which say nothing of where it is.
_OWN_CUE = re.compile(r"[ \t]*(?:,[ \t]*(?:a|an|the)[ \t]|\(|,?[ \t]*(?:in|inside|within|near|outside|close[ \t]+to|"
                      r"(?:north|south|east|west)(?:[ \t-]?(?:east|west))?[ \t]+of|под|около|возле|біля|поблизу)"
                      rf"[ \t]+(?:the[ \t]+)?(?!{DATE_WORD})(?-i:[A-ZА-ЯЁІЇЄҐ]))", re.I)


def _named_after(facility: str, town: str, is_place=lambda name: True) -> bool:
    """Whether the name of *facility* is the one of *town* ("Mahagi Airport", "Port of Nishtun"): it begins with it,
    or only a town it serves stands before it ("Bukavu Kavumu Airport"); not when the words before it make, with it,
    a place of its own (*is_place*: "San Diego International Airport" is no airport of a town "Diego").

    >>> _named_after("Mahagi Airport", "Mahagi"), _named_after("Port of Nishtun", "Nishtun")
    (True, True)
    >>> held = {"san diego", "stary oskol"}.__contains__
    >>> _named_after("San Diego International Airport", "Diego", held)
    False
    >>> _named_after("Stary Oskol Airport", "Oskol", held)
    False
    >>> _named_after("Bukavu Kavumu Airport", "Kavumu", held), _named_after("Bukavu Kavumu Airport", "Bukavu", held)
    (True, True)
    """
    f, t = gz.normalize(facility), gz.normalize(town)
    f = re.sub(r"^port of ", "", f)
    if not t:
        return False
    if (f + " ").startswith(t + " "):
        return True
    hit = re.search(rf"(?<!\S){re.escape(t)}(?: |$)", f)
    return bool(hit) and not is_place(f[:hit.start()].strip().split()[-1] + " " + t)


def _by_its_facility(geocoder: Geocoder, mentions: Sequence[Mention], names: Sequence[str], answers: Sequence,
                     resolved: list[Resolved], text: str = "") -> list[Resolved]:
    """A name the gazetteer holds only as an airfield's or a port's ("Mahagi": Mahagi Airport; "Batajnica": Batajnica
    Air Base; "Nishtun": the Port of Nishtun), the town it is named after or the facility itself: drawn round that
    facility as an area of :data:`NAMED_AFTER_KM`, to check; never as the facility's own point, nor by a facility
    whose name only ends with the name ("Diego" is no San Diego).

    Read last, and only when the text says nothing right after the name of where it is (a container, a side, a
    state: the text's own cue is the better guess), and only when the facility lies within :data:`NAMED_AREA_KM` of
    another place the text placed (within a region the text names): a common word or a village's name is also some
    airstrip's far away ("Zvezda, a village in the Kursk region" is no shipyard in Primorye)."""
    out = list(resolved)
    lacking = [k for k, (a, m, r) in enumerate(zip(answers, mentions, resolved))
               if r.lat is None and isinstance(a, UnresolvedPlace) and m.kind == "place"
               and "no place of that name" in a.reason and not facility_core(m.surface)
               and not (text and _OWN_CUE.match(text, m.end))]
    anchors = [j for j, r in enumerate(resolved) if r.lat is not None and r.precision in ("city", "point", "region")]
    if not lacking or not anchors:
        return out
    asks = [(k, form.format(names[k])) for k in lacking for form in _FACILITY_FORMS]
    got = _beside(geocoder, [Query(q) for _k, q in asks], names, answers)
    # the words before a name in a facility's, joined to it: a place of its own ("San Diego") or a town it serves
    joined = {}
    for (k, _q), a in zip(asks, got):
        if isinstance(a, GeocodeResult):
            f, t = gz.normalize(re.sub(r"(?i)^port of ", "", a.name)), gz.normalize(names[k])
            hit = re.search(rf"(?<!\S){re.escape(t)}(?: |$)", f) if t else None
            if hit and hit.start():
                joined.setdefault(f[:hit.start()].strip().split()[-1] + " " + t, None)
    if joined:
        for q, b in zip(list(joined), geocoder.geocode_all([Query(q) for q in joined])):
            # a settlement of that name, by any of its spellings ("Staryy Oskol"); the facility itself is none
            joined[q] = isinstance(b, GeocodeResult) and b.match in ("exact", "alias") and not b.kind
    done = set()
    for (k, _q), a in zip(asks, got):
        if (k in done or not isinstance(a, GeocodeResult) or a.precision != "point" or a.match != "exact"
                or _NO_TOWNS.search(a.name) or a.kind not in ("airbase", "port")
                or (a.ref.startswith("airportsdata:") and not _ICAO.fullmatch(a.ref))
                or not _named_after(a.name, names[k], lambda n: bool(joined.get(n)))):
            continue
        near = [j for j in anchors if j != k
                and float(haversine_km(a.lat, a.lon, resolved[j].lat, resolved[j].lon))
                <= max(NAMED_AREA_KM,
                       1.2 * (resolved[j].radius_km or 0.0) if resolved[j].precision == "region" else 0.0)]
        if not near:
            continue
        done.add(k)
        # an area, as every guess of the text's own: no anchor for the context passes of other names
        out[k] = Resolved(round(a.lat, 5), round(a.lon, 5), a.country_code or "", "area", NAMED_AFTER_KM, "",
                          f"near {a.name}", to_check(f"{a.match} {a.score:.2f}",
                                                     f"no place of that name in the gazetteer but {a.name}: drawn "
                                                     f"round it, as the town it is named after or the facility "
                                                     f"itself"), a.score, a.kind)
    return out


#: A town read only by another spelling (an alias or a fuzzy match) with fewer people than this is a look-alike
#: when it lies far from the article's other places (see :func:`_lookalikes`).
LOOKALIKE_POP = 20_000
#: How far (km) from every other place the article places such a town must lie to be refused: farther than a
#: village named among the towns of one front or one border (SIDE_KM and more).
LOOKALIKE_KM = 185.0
#: Whether a look-alike read by one of GeoNames' other names of the town is refused only abroad: in a country none
#: of the :data:`LOOKALIKE_BESIDE` places named nearest to it in the text is in (see :func:`_lookalikes`); a fuzzy
#: reading is refused wherever it lies.
LOOKALIKE_ABROAD = True
LOOKALIKE_BESIDE = 2


def _population(ref: str) -> int | None:
    """The population the gazetteer gives the GeoNames place *ref* ("geonames:ID"), or None."""
    if not ref.startswith("geonames:"):
        return None
    idx = gz.load()
    e = _geonames_row(idx, int(ref.split(":", 1)[1]))
    return int(idx.pop[e]) if e is not None else None


#: The GeoNames ids sorted once, with the order that sorts them, for the index a weak reference names (a replaced
#: index is neither kept alive nor confused with a new one at its address).
_GID_ORDER: tuple[weakref.ref, np.ndarray, np.ndarray] | None = None


def _geonames_row(idx, gid: int) -> int | None:
    """The first entity of the index with the GeoNames id *gid*, or None: a search in the ids sorted once per index
    (a scan of all 300,000 ids per look-up had cost a twentieth of drafting a Ukrainian article)."""
    global _GID_ORDER
    if _GID_ORDER is None or _GID_ORDER[0]() is not idx:
        order = np.argsort(idx.gid, kind="stable")  # stable: among rows of one id, the first stays first
        _GID_ORDER = (weakref.ref(idx), order, idx.gid[order])
    _idx, order, ids = _GID_ORDER
    at = int(np.searchsorted(ids, gid))
    return int(order[at]) if at < len(ids) and ids[at] == gid else None


def _latin(s: str) -> bool:
    """Whether every letter of *s* is a Latin one (with its accents): the gazetteer's main names are in Latin
    letters, so only there does a reading by another name mean another spelling; "Ласк" or "Корсері" is read by one
    of the other names in Cyrillic that GeoNames lists for Łask and Korsør, however it is spelt.

    >>> _latin("Plekhovo"), _latin("Náměšť nad Oslavou"), _latin("Ласк")
    (True, True, False)
    """
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in s if c.isalpha())


def _lookalikes(mentions: Sequence[Mention], answers: list) -> list:
    """A small town read only by another spelling of its name, far from every other place the article places (and
    abroad, for one of its other names), is refused, kept as the guess: "Plekhovo" (a Kursk-oblast village the
    gazetteer lacks) among Russian towns is not Plekhiv in Poltava oblast, "Olgovka" not Olhivka by Kherson, "Stinger" not Slinger, Wisconsin.
    News names a village with the towns around it; a town of fewer than :data:`LOOKALIKE_POP` people, spelt
    otherwise, more than :data:`LOOKALIKE_KM` from all of them, is more likely a place the gazetteer lacks. When the
    spelling is one of GeoNames' other names of the town, only abroad: in a country neither of the two places named
    nearest to it in the text is in (:data:`LOOKALIKE_ABROAD`). News about several sectors of one front prints its
    towns in another spelling ("Volchansk" and "Chasov Yar" beside Pokrovsk or Kherson are Vovchansk and Chasiv Yar),
    where a village the gazetteer lacks is named among the towns of another country ("Kremyanoe and Olgovka, west of
    Korenevo": not Olhivka by Kherson). A fuzzy reading ("Komarin" as Komariv) is refused wherever it lies. A town
    printed as the gazetteer spells it, a larger town (Leningrad, Pécs), a facility or an area keeps its reading; so
    does every reading of an article placing fewer than two other places (nothing to be far from), and every name
    printed in another script (:func:`_latin`)."""
    out = list(answers)
    placed = None
    for k, (m, a) in enumerate(zip(mentions, answers)):
        if (not isinstance(a, GeocodeResult) or m.kind == "vague" or a.precision != "city" or a.kind
                or a.match not in ("alias", "fuzzy") or not _latin(m.surface)):
            continue
        pop = _population(a.ref)
        if pop is None or pop >= LOOKALIKE_POP:
            continue
        if placed is None:  # the article's places, once: towns, points, small areas; no capital
            placed = [(x, o) for x, o in zip(mentions, answers)
                      if isinstance(o, GeocodeResult) and o.precision in ("city", "point", "region")
                      and (o.precision != "region" or o.radius_km <= NEAR_OTHERS_KM)
                      and not is_capital(Resolved(o.lat, o.lon))]
        others = [o for x, o in placed if x.surface != m.surface and o.ref != a.ref]
        if len(others) < 2:
            continue
        if LOOKALIKE_ABROAD and a.match == "alias":  # the country of the two places named nearest to it
            beside = sorted((abs(x.start - m.start), o.country_code) for x, o in placed
                            if x.surface != m.surface and o.ref != a.ref)[:LOOKALIKE_BESIDE]
            if a.country_code in {c for _d, c in beside}:
                continue
        d, by = min((float(haversine_km(a.lat, a.lon, o.lat, o.lon)), o.name) for o in others)
        if d <= LOOKALIKE_KM:
            continue
        out[k] = UnresolvedPlace(a.query, f"too uncertain to place: {m.surface!r} read by another spelling as "
                                          f"{a.name}, {a.country_code} (a town of {pop:,} people), {d:,.0f} km "
                                          f"from the nearest other place of the text ({by})", guess=a)
    return out


_SIDES = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1), "northeast": (1, 1),
          "northwest": (1, -1), "southeast": (-1, 1), "southwest": (-1, -1)}
# "Kremyanoe and Olgovka, west of Korenevo", "Kamenka, north of St. Petersburg", "Anefis, about 110 km south of
# Kidal": where the text puts a place, by a side of another (the list before it shares it)
_SIDE_OF = re.compile(r"(?P<list>(?:[ \t]*(?:,|and|or)[ \t]*(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*)?)*)"
                      r"[ \t]*,[ \t]*(?:(?:about|some|around|roughly|nearly|almost)[ \t]+)?"
                      r"(?:(?P<km>\d{1,3})[ \t]*(?:km|kilometres|kilometers)[ \t]+)?"
                      r"(?P<side>(?:north|south)[ \t-]?(?:east|west)|north|south|east|west)[ \t]+of[ \t]+(?:the[ \t]+)?",
                      re.I)
#: The radius (km) of the area drawn for a name the gazetteer lacks, listed with a town it placed: villages named
#: together lie within a district or two of each other.
LISTED_KM = 30.0
# An area named after a list, that places the list ("in al-Mahra province", ", in the Glushkovo district").
# (never a date: "Kupiansk, Izium and Lyman in March")
_AREA_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:in|inside|within)[ \t]+(?:the[ \t]+)?"
                         rf"(?!{DATE_WORD})(?:(?:al|el|ad|ar|as)-)?(?-i:[A-Z])")
_WORD_AFTER = re.compile(r"[ \t]+((?-i:[a-z]+))\b")
#: What joins two names of one list: ", ", " and ", ", and ", " or ".
LIST_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or|&)[ \t]+)", re.I)


def _listed_near(mentions: Sequence[Mention], resolved: list[Resolved], answers: Sequence, text: str) -> list[Resolved]:
    """A name the gazetteer lacks, listed with towns or facilities it placed ("sent to Kastellorizo, Rhodes and
    Kos", "near the villages of Plekhovo, Vorobzha and Martynovka"), is drawn as an area round the nearest of them in
    the list, to check: news lists places that lie together. Not by a capital, named as its government as often
    (see :func:`is_capital`), nor by a country or a wide region."""
    out = list(resolved)
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    chains, cur = [], order[:1]
    for a, b in zip(order, order[1:]):
        if LIST_JOIN.fullmatch(text, mentions[a].end, mentions[b].start):
            cur.append(b)
        else:
            chains.append(cur)
            cur = [b]
    chains.append(cur)
    for chain in chains:
        if len(chain) < 2:
            continue
        pins = [k for k in chain if resolved[k].lat is not None and resolved[k].precision in ("city", "point")
                and mentions[k].kind != "vague" and not is_capital(resolved[k])]
        last = mentions[chain[-1]]
        if _AREA_AFTER.match(text, last.end):
            # "Medvezhye and Novy Put in the Glushkovo district": the area after the list holds the whole list,
            # where it drew the last name (:func:`_within_containers`); else the pipeline's containers place it
            lr = out[chain[-1]]
            if isinstance(answers[chain[-1]], UnresolvedPlace) and lr.lat is not None and lr.precision == "area":
                for k in chain[:-1]:
                    a = answers[k]
                    if (out[k].lat is None and mentions[k].kind != "vague" and isinstance(a, UnresolvedPlace)
                            and lacks_place(a.reason)):
                        why = f"not in the gazetteer: placed with {last.surface}, listed with it, in the area after it"
                        out[k] = replace(lr, match=to_check("area", why))
            continue
        if not pins:
            continue
        after = _WORD_AFTER.match(text, last.end)
        if after and after.group(1) not in AFTER_A_PHRASE and not after.group(1).endswith("ed"):
            continue  # "at Chinshwehaw, Kokang fighters said": the last name modifies a noun, no list of places
        for k in chain:
            m, a = mentions[k], answers[k]
            if (out[k].lat is not None or m.kind == "vague" or not isinstance(a, UnresolvedPlace)
                    or not lacks_place(a.reason)):
                continue
            o = resolved[min(pins, key=lambda q: abs(mentions[q].start - m.start))]
            out[k] = Resolved(o.lat, o.lon, o.country, "area", LISTED_KM, o.ref, o.name,
                              to_check("area", f"not in the gazetteer: placed near {o.name}, listed with it"))
    return out


#: How far a place the text puts by a side of another may lie from it when no distance is given (km): villages
#: named by the nearest town, as news names them.
SIDE_KM = 100.0


def lacks_place(reason: str) -> bool:
    """Whether an unresolved name's *reason* says the gazetteer lacks the place itself: no place (nor area, nor
    facility) of that name, or only a town of another spelling, refused as a look-alike (:func:`_lookalikes`); not a
    name it holds among several namesakes, which stays the reviewer's to choose.

    >>> lacks_place("no place of that name in the gazetteer"), lacks_place("no administrative area of that name")
    (True, True)
    >>> lacks_place("too uncertain to place: 'Olgovka' read by another spelling as Olhivka, UA (a town of 1,266)")
    True
    >>> lacks_place("too uncertain to place: 'Goli' read as Goli, CI (city at 7.06, -4.45), not Goli, CI")
    False
    """
    return bool(re.search(r"\bno (?:place|administrative area|facility) of that name\b|read by another spelling as",
                          reason))


def _beside_named(mentions: Sequence[Mention], resolved: list[Resolved], answers: Sequence, text: str) -> list[Resolved]:
    """A place the gazetteer could not place, that the text puts by a side of a place it did ("Kamenka, north of
    St. Petersburg", "Kremyanoe and Olgovka, west of Korenevo"): among the namesakes the geocoder refused to choose
    from, the one its guess makes on that side within the distance given (else :data:`SIDE_KM`), to check; a name
    the gazetteer lacks altogether, the area on that side of the other place, never a pin.
    """
    out = list(resolved)
    starts = {m.start: k for k, m in enumerate(mentions)}
    for k, (m, r) in enumerate(zip(mentions, resolved)):
        if r.lat is not None or m.kind == "vague" or not isinstance(answers[k], UnresolvedPlace):
            continue
        hit = _SIDE_OF.match(text, m.end)
        if not hit or hit.end() not in starts:
            continue
        other = resolved[starts[hit.end()]]
        if other.lat is None or other.precision not in ("city", "point", "region"):
            continue
        km = float(hit.group("km")) if hit.group("km") else None
        side = re.sub(r"[ \t-]", "", hit.group("side").lower())
        dy, dx = _SIDES[side]
        where = f"{hit.group('side').lower()} of {other.name}"
        guess = answers[k].guess
        if guess is not None:
            d = float(haversine_km(guess.lat, guess.lon, other.lat, other.lon))
            on_side = (dy * (guess.lat - other.lat) >= 0) and (dx * (guess.lon - other.lon) >= 0)
            if on_side and d <= (km * 1.5 + 10 if km else SIDE_KM):
                out[k] = _resolved(_read_beside(guess, where), False)
                continue
        if not lacks_place(answers[k].reason):
            continue  # a name the gazetteer holds, elsewhere: the reviewer's to place
        step = (km or SIDE_KM / 2) / 111.2
        norm = (dy * dy + dx * dx) ** 0.5
        lat = other.lat + dy * step / norm
        lon = other.lon + dx * step / norm / max(math.cos(math.radians(other.lat)), 0.2)
        radius = round(max((km or SIDE_KM) / 2, MIN_AREA_KM), 1)
        # a look-alike refused keeps its reason: the reviewer sees which town of another spelling it is not
        why = "" if "read by another spelling" not in answers[k].reason else f" ({answers[k].reason})"
        out[k] = Resolved(round(lat, 5), round(lon, 5), other.country, "area", radius, other.ref, other.name,
                          to_check("area", f"not in the gazetteer{why}: drawn as the area {where}, where the text "
                                           f"puts it"))
    return out


#: How near another place of the article one of a name's namesakes must lie to be read as the one the article means
#: (km): a village named among the towns of one front, or a district beside its city.
NEAR_OTHERS_KM = 60.0
#: How close in the text (characters) that other place must be named: the same paragraph, roughly.
NEAR_OTHERS_CHARS = 400


class Capitals(NamedTuple):
    """The gazetteer's national capitals: their references ("geonames:ID") and their points."""
    refs: frozenset[str]
    lat: np.ndarray
    lon: np.ndarray


_CAPITALS: Capitals | None = None


def capitals() -> Capitals:
    """The national capitals of the gazetteer index, read from it once.

    >>> "geonames:524901" in capitals().refs  # Moscow
    True
    """
    global _CAPITALS
    if _CAPITALS is None:
        idx = gz.load()
        rows = [int(c) for c in idx.capitals if int(c) >= 0]
        _CAPITALS = Capitals(frozenset(f"geonames:{g}" for g in idx.gid[idx.capitals]),
                             idx.lat[rows].astype(float), idx.lon[rows].astype(float))
    return _CAPITALS


def is_capital(r: Resolved) -> bool:
    """Whether *r* is drawn at a national capital's point (within 2 km)."""
    return _at_capital(r.lat, r.lon)


@lru_cache(maxsize=65_536)
def _at_capital(lat: float, lon: float) -> bool:
    # asked for every placed name each time a step looks for the towns around a name: once per point is enough
    c = capitals()
    return bool((haversine_km(lat, lon, c.lat, c.lon) < 2.0).any())


def _placed_pins(mentions: Sequence[Mention], resolved: Sequence[Resolved]) -> list[tuple[Mention, Resolved]]:
    """The text's places that say where its other names lie: placed as a town, a facility or a small region
    (within :data:`NEAR_OTHERS_KM`), not a capital, which is named as its government more often than as a place."""
    return [(m, r) for m, r in zip(mentions, resolved)
            if r.lat is not None and r.precision in ("city", "point", "region")
            and (r.precision != "region" or (r.radius_km or 0) <= NEAR_OTHERS_KM) and not is_capital(r)]


def _near_the_others(mentions: Sequence[Mention], resolved: list[Resolved], answers: Sequence) -> list[Resolved]:
    """A name the geocoder refused to choose among its namesakes ("Pavlivka", one of dozens in Ukraine; "Korenevo"
    in Kursk or by Moscow): the one namesake lying within :data:`NEAR_OTHERS_KM` of a place the geocoder placed and
    the text names close by (within :data:`NEAR_OTHERS_CHARS` of the name), when no other namesake lies within twice
    that distance of them, to check.
    News names a village with the towns around it; a capital, named as its government or in a dateline ("the
    Defence Intelligence of Ukraine, Kyiv"), says nothing of where it is."""
    out = list(resolved)
    placed = _placed_pins(mentions, resolved)
    for k, (m, r) in enumerate(zip(mentions, resolved)):
        a = answers[k]
        if r.lat is not None or m.kind == "vague" or not isinstance(a, UnresolvedPlace) or a.guess is None:
            continue
        at = [x.start for x in mentions if x.surface == m.surface]
        others = [o for x, o in placed if x.surface != m.surface
                  and min(abs(x.start - s) for s in at) <= NEAR_OTHERS_CHARS]
        if not others:
            continue
        near = sorted((min((float(haversine_km(c.lat, c.lon, o.lat, o.lon)), o.name) for o in others), j, c)
                      for j, c in enumerate((a.guess, *a.guess.candidates)))
        if near[0][0][0] > NEAR_OTHERS_KM or len(near) > 1 and near[1][0][0] <= 2 * NEAR_OTHERS_KM:
            continue  # none near, or another not far either: the reviewer's to choose
        (_, by), _, c = near[0]
        if c is not a.guess:  # a runner-up: where it is, by the guess's reading (its own record is not kept)
            c = replace(a.guess, name=c.name, lat=c.lat, lon=c.lon, country_code=c.country_code,
                        precision=c.precision, ref="", radius_km=0.0 if c.precision in ("city", "point")
                        else a.guess.radius_km)
        out[k] = _resolved(_read_beside(replace(c, candidates=()), f"near {by}"), False)
    return out


#: How far (km) from every other place of the text a Cyrillic name's reading must lie for a settlement of the
#: same name in another spelling to replace it: farther than the villages of one front (LOOKALIKE_KM).
SPELLING_FAR_KM = LOOKALIKE_KM
#: Readings this close (km) are one place: a settlement the gazetteer files under two sources.
SAME_KM = 10.0


def _by_shared_spelling(mentions: Sequence[Mention], resolved: list[Resolved], names: Sequence[str],
                        answers: Sequence) -> list[Resolved]:
    """A Cyrillic name read as a town or village far from most other places of the text, or refused among its
    namesakes, while one settlement filed under the key its Russian and Ukrainian spellings share
    (:func:`geo.gazetteer.katottg.cross_key`) lies among them: that one, to check.

    The key is read only when a name's own forms name nothing, so "Новенькое" beside Sumy's villages was the
    Crimean village whose Russian name the gazetteer holds, 700 km off, not Novenke by Basivka, and "Заречного"
    beside Lyman and Torske was refused among Russia's Zarechnyys; the text's other places decide between
    spellings as they do between namesakes (:func:`_near_the_others`): the settlement within
    :data:`NEAR_OTHERS_KM` of the most of them, when no other is near more than half as many. Only a settlement
    whose name is that spelling, vowel by vowel (:func:`geo.gazetteer.katottg.spelt_as`), not merely one of the
    key's consonants ("Мариновка" is no Myronivka); and not where the geocoder weighed a facility
    (:func:`_facility_read`: the air base "Мариновка" it refused is no village near Zolochiv). A town a reader knows
    (:data:`LOOKALIKE_POP` people) keeps its reading."""
    from ..gazetteer.katottg import cross_key

    placed = _placed_pins(mentions, resolved)
    if not placed:
        return resolved
    idx = gz.load()
    out = list(resolved)
    chosen: dict[tuple, tuple[int, str, int] | None] = {}
    for k, (m, r) in enumerate(zip(mentions, resolved)):
        a = answers[k]
        # the nominative the recogniser read (the name geocoded may be its romanisation, tried after it); a name
        # in Ukrainian letters is spelt as the gazetteer's Ukrainian settlements are, and needs no other spelling
        # ("Маринівка" is no Myronivka)
        name = getattr(m, "query", "") or names[k]
        if (m.kind == "vague" or " " in name.strip() or not re.search(r"[\u0400-\u04ff]", name)
                or re.search(r"[іїєґІЇЄҐ]", name)):
            continue
        refused = r.lat is None and isinstance(a, UnresolvedPlace) and a.guess is not None
        if not refused and (r.lat is None or r.precision not in ("city", "point") or r.kind
                            or not isinstance(a, GeocodeResult) or r.ref != a.ref
                            or (_population(r.ref) or 0) >= LOOKALIKE_POP):
            continue
        if _facility_read(a.guess if refused else a):
            continue  # the name may be a facility's: the reviewer's to choose
        others = list({o.ref or o.name: o for x, o in placed if x.surface != m.surface and o.ref != r.ref}.values())
        if len(others) < 2:
            continue
        # among the text's places: near half of them at least (two far readings of the front's villages, Crimea's
        # Новенькое and Веселовка, do not hold each other in)
        if not refused and 2 * sum(float(haversine_km(r.lat, r.lon, o.lat, o.lon)) <= SPELLING_FAR_KM
                                   for o in others) >= len(others):
            continue
        key = cross_key(name)
        if not key:
            continue
        memo = (name, tuple(o.ref or o.name for o in others))  # each name once per set of others, not per mention
        if memo not in chosen:
            chosen[memo] = _spelling_among(idx, name, key, others)
        if chosen[memo] is None:
            continue  # none among the text's places, or another as well supported: the reviewer's to choose
        n_near, by, e = chosen[memo]
        if refused and n_near < 2:
            continue  # a name the geocoder refused needs more than one place beside it to choose its settlement
        if r.lat is not None and float(haversine_km(r.lat, r.lon, float(idx.lat[e]), float(idx.lon[e]))) <= SAME_KM:
            continue  # the reading is that settlement already ("Вовчанськ" in an article on Karelia)
        base = a if not refused else a.guess
        approx = float(idx.radius[e]) > 0
        c = replace(base, name=str(idx.names[e]), lat=float(idx.lat[e]), lon=float(idx.lon[e]),
                    country_code=idx.ccodes[idx.cc[e]], precision="region" if approx else "city",
                    ref=idx.ref(e), radius_km=float(idx.radius[e]), candidates=(),
                    doubt=f"{name!r} read as {idx.names[e]}, a spelling of its name")
        out[k] = _resolved(_read_beside(c, f"near {by}"), False)
    return out


def _facility_read(a: GeocodeResult) -> bool:
    """Whether the geocoder's readings of a name (*a* and its runner-ups) include a facility: the name may be the
    facility's. (Not places in two countries: "Терни" refused as Terni, Italy, is the Terny among the text's
    villages.)"""
    return bool(a.kind) or any(c.precision == "point" for c in a.candidates)


def _spelling_among(idx, name: str, key: str, others: Sequence[Resolved]) -> tuple[int, str, int] | None:
    """The settlement filed under *key* whose name spells *name* (:func:`geo.gazetteer.katottg.spelt_as`) and
    lies within :data:`NEAR_OTHERS_KM` of the most of *others*, when no other is near more than half as many:
    (how many, the nearest's name, its entity), else None. The distances are measured at once (numpy)."""
    from ..gazetteer.katottg import spelt_as

    eids = [e for e in dict.fromkeys(p >> 3 for p in idx.postings(key))
            if int(idx.kind[e]) == gz.CITY and spelt_as(name, str(idx.names[e]))]
    if not eids:
        return None
    d = haversine_km(idx.lat[eids][:, None], idx.lon[eids][:, None],
                     np.array([o.lat for o in others])[None, :], np.array([o.lon for o in others])[None, :])
    support = []
    for i, e in enumerate(eids):
        n = int((d[i] <= NEAR_OTHERS_KM).sum())
        if n:
            j = min(range(len(others)), key=lambda j: (float(d[i, j]), others[j].name))
            support.append((n, -float(d[i, j]), others[j].name, e))
    support.sort(reverse=True)
    if not support or len(support) > 1 and 2 * support[1][0] > support[0][0]:
        return None
    n, _d, by, e = support[0]
    return n, by, e


def _entity(ref: str, lat: float | None = None, lon: float | None = None, name: str = "") -> int | None:
    """The gazetteer entity of a reference ("geonames:ID", "gazetteer:admin1:Name"), or of a place the geocoder
    listed as a namesake (its name and point), or None."""
    idx = gz.load()
    if ref.startswith("geonames:"):
        return _geonames_row(idx, int(ref.split(":", 1)[1]))
    if ref.startswith("gazetteer:"):
        nm = ref.split(":", 2)[-1]
        hit = [p >> 3 for p in idx.postings(gz.normalize(nm)) if idx.ref(p >> 3) == ref]
        return int(hit[0]) if hit else None
    if name and lat is not None:
        hit = [p >> 3 for p in idx.postings(gz.normalize(name))
               if abs(float(idx.lat[p >> 3]) - lat) < 1e-4 and abs(float(idx.lon[p >> 3]) - lon) < 1e-4]
        return int(hit[0]) if hit else None
    return None


def _named_areas(resolved: Sequence[Resolved]) -> dict[int, str]:
    """The first-level areas the text names (``{entity: name}``), also as the area of a vague place ("western
    Zaporizhia Oblast", "a village in Sumy oblast") or in an inflected form ("Курской области", "на Харківщині")."""
    idx = gz.load()
    areas: dict[int, str] = {}
    for r in resolved:
        if r.lat is None or r.precision not in ("region", "area") or not r.ref:
            continue
        e = _entity(r.ref)
        if e is not None and int(idx.kind[e]) == gz.ADMIN1:
            areas.setdefault(e, r.name)
    return areas


#: How near another place of the text (km) the namesake in a named area must lie to be taken: a village of the
#: region the text reports from lies within a day's drive of the towns it names.
NAMED_AREA_KM = 300.0


def _in_a_named_area(mentions: Sequence[Mention], resolved: list[Resolved], answers: Sequence) -> list[Resolved]:
    """A name read among namesakes ("Korenevo": by Moscow, or in Kursk Oblast), of which exactly one lies in a
    first-level area the article names ("Kursk Oblast", "Курской области", "на Харківщині"), while the reading chosen
    lies in none: that one, to check. An article names the region it reports from; the geocoder weighs nearness to
    any place named, the capital too ("Moscow said"). Two namesakes in named areas, or the chosen one in one, say
    nothing; an area counts only when another mention names it (not the name's own area: "Kursk" is no evidence for
    a Kursk-oblast reading of itself)."""
    idx = gz.load()
    areas = _named_areas(resolved)
    if not areas:
        return resolved
    out = list(resolved)
    placed = _placed_pins(mentions, resolved)

    def nearest(m: Mention, c) -> float:
        """Distance (km) from reading *c* of *m* to the nearest other place of the text (a capital aside)."""
        return min((float(haversine_km(c.lat, c.lon, o.lat, o.lon)) for x, o in placed if x.surface != m.surface),
                   default=math.inf)

    for k, (m, r) in enumerate(zip(mentions, resolved)):
        a = answers[k]
        if m.kind == "vague":
            continue
        # (a name the geocoder refused stays refused: its namesake in a named area may be the third of several
        # guesses that hold one another up, "Hukou" and "Dayuan" in Jiangxi for the towns by Taoyuan)
        if not (isinstance(a, GeocodeResult) and r.lat is not None and r.ref == a.ref and a.candidates):
            continue
        first = a
        pop = _population(first.ref)
        if first.precision != "city" or first.kind or (pop or 0) >= LOOKALIKE_POP:
            continue  # a facility, an area, a town a reader knows ("Warsaw", "Kiel") keeps its reading
        own = {e for x, o in zip(mentions, resolved) if x.surface == m.surface and o.ref
               for e in [_entity(o.ref)] if e is not None}
        named = {e: n for e, n in areas.items() if e not in own}

        def area_of(c) -> int | None:
            e = _entity(first.ref) if c is first else _entity("", c.lat, c.lon, c.name)
            return int(idx.adm1[e]) if e is not None and int(idx.adm1[e]) in named else None

        options = [c for c in (first, *first.candidates) if c.precision == "city"]
        inside = [(c, area_of(c)) for c in options]
        inside = [(c, e) for c, e in inside if e is not None]
        if len(inside) != 1 or inside[0][0] is first:
            continue
        c, e = inside[0]
        if nearest(m, first) <= NEAR_OTHERS_KM or nearest(m, c) > NAMED_AREA_KM:
            continue  # the reading chosen lies among the text's places, or the one in the area lies far from them all
        # a runner-up: where it is, by the first reading's terms (as in _near_the_others)
        c = replace(first, name=c.name, lat=c.lat, lon=c.lon, country_code=c.country_code, precision=c.precision,
                    ref="", radius_km=0.0)
        out[k] = _resolved(_read_beside(replace(c, candidates=()), f"in {named[e]}, which the text names"), False)
    return out


#: How far (km) a small town read by a former name or among namesakes must lie from both places named beside it,
#: which lie in one area the text names, to be drawn as that area (:func:`_named_otherwise`): farther than the towns
#: of one front or one border (SIDE_KM and half as much again).
OTHER_NAME_KM = 150.0
#: How many places named beside it (same sentence, see :data:`BESIDE_CHARS`) say where it is.
OTHER_NAME_BESIDE = 2
#: How far (characters) a place may be named from the town and still be named beside it, when no line ends
#: between: a list or a clause ("обстреляли Суджу и Льгов, а также ..."), not the next scene of the article.
BESIDE_CHARS = 150
#: How alike (difflib ratio of the romanised forms) a name and the town's current name are when they are one name
#: in two languages or spellings ("Счастье"/Shchastya .82, "Плехово"/Plekhiv .80); a former name is another word
#: ("Medvezhye"/Krasnogvardeyskoye .22, "Октябрьское"/Tsotsin-Yurt .35).
SAME_NAME_RATIO = 0.5


def _own_name(m: Mention, a: GeocodeResult) -> bool:
    """Whether the text names *a*'s town by the town's own (current) name: as printed, or in Cyrillic the town of a
    country that writes Cyrillic whose name one of the text's romanisations spells (a foreign town Russian and
    Ukrainian transcribe by its sound counts as its own, which the romanisation cannot tell)."""
    if a.match == "exact":
        return True
    e = _entity(a.ref)
    if e is None:
        return True
    g = default_geocoder()
    if not _latin(m.surface):
        if (a.country_code or "") not in CYRILLIC_COUNTRIES:
            return True
        return any(g._spelled(k, e) for k in gz.transliterations(getattr(m, "query", "") or a.query or m.surface))
    return g._spelled(gz.normalize(a.query or m.surface), e)


def _former_name(m: Mention, a: GeocodeResult) -> bool:
    """Whether the text names *a*'s town by another word than its current name (a former name: "Medvezhye" for
    Krasnogvardeyskoye, "Западное" for Gorodovikovsk), not by the same name in another language or spelling (the
    Russian form of a Ukrainian town, "Счастье" for Shchastya, "Новомихайловка" for Novomykhailivka), which names
    that town as well as its own form does."""
    if _own_name(m, a):
        return False
    said = getattr(m, "query", "") or a.query or m.surface
    forms = (gz.normalize(said),) if _latin(said) else gz.transliterations(said)
    name = gz.normalize(a.name)
    return all(difflib.SequenceMatcher(None, f, name).ratio() < SAME_NAME_RATIO for f in forms)


def _countries_named(resolved: Sequence[Resolved]) -> set[str]:
    """The countries the text names as countries ("Poland", "в Польше")."""
    return {r.country for r in resolved if r.precision == "country" and r.country}


def _beside_in_text(text: str, x: Mention, m: Mention) -> bool:
    """Whether *x* is named beside *m*: in the same sentence, or within :data:`BESIDE_CHARS` with no line between."""
    first, second = (x, m) if x.start <= m.start else (m, x)
    if _one_sentence(text, x, m):
        return True
    return second.start - first.end <= BESIDE_CHARS and "\n" not in text[first.end:second.start]


def _named_otherwise(mentions: Sequence[Mention], resolved: list[Resolved], answers: Sequence,
                     text: str) -> list[Resolved]:
    """A small town read by a former name (a name that is another word than its current one: "Medvezhye" as
    Krasnogvardeyskoye, "Западное" as Gorodovikovsk) in the country of the area the text names, or read among
    namesakes of its own country or a country the text names ("Куриловка": one of two Kurylivkas, by Kupiansk or
    by Dnipro), in none of the first-level areas the text names and over :data:`OTHER_NAME_KM` from both places
    named beside it (:func:`_beside_in_text`), which lie in one such area ("Суджа" and "Льгов" in "Курская
    область"): drawn as that area, to check, never a pin. News names a village with the towns around it, in the
    region it reports from; a village the gazetteer lacks there shares its name with one elsewhere more often than
    it is that one. A town named by its own name or its name in another language ("Счастье", "Krynky" beside Kursk
    towns, a foreign lookalike "Krynki" in Poland aside), a town of :data:`LOOKALIKE_POP` people or more, a facility
    and an area keep their reading, as does every reading of a text that names no such area."""
    areas = _named_areas(resolved)
    if not areas:
        return resolved
    idx = gz.load()
    countries = _countries_named(resolved)
    placed = _placed_pins(mentions, resolved)
    out = list(resolved)
    for k, (m, r) in enumerate(zip(mentions, resolved)):
        a = answers[k]
        if (m.kind == "vague" or r.lat is None or r.precision != "city" or not isinstance(a, GeocodeResult)
                or a.kind or a.match not in ("alias", "fuzzy") or r.ref != a.ref):
            continue  # (a reading changed since, by the text's own words, stays)
        pop = _population(a.ref)
        e = _entity(a.ref)
        if pop is None or pop >= LOOKALIKE_POP or e is None or int(idx.adm1[e]) in areas:
            continue
        # a namesake abroad the text does not speak of ("Krynki" in Poland for the Krynky by Kherson) casts no doubt
        namesakes = [c for c in a.candidates if c.country_code == a.country_code or c.country_code in countries]
        former = _former_name(m, a)
        if not former and not namesakes:
            continue  # by its own name, or the same name in another language, with no namesake: the town it is
        beside = sorted(((abs(x.start - m.start), j) for j, (x, o) in enumerate(placed)
                         if x.surface != m.surface and o.ref != a.ref and _beside_in_text(text, x, m)))
        beside = beside[:OTHER_NAME_BESIDE]
        if len(beside) < OTHER_NAME_BESIDE:
            continue
        near = [placed[j][1] for _d, j in beside]
        km = [float(haversine_km(a.lat, a.lon, o.lat, o.lon)) for o in near]
        held = {int(idx.adm1[x]) if x is not None else -1 for x in (_entity(o.ref) for o in near)}
        if min(km) <= OTHER_NAME_KM or len(held) != 1 or not held <= set(areas):
            continue  # near them, or they lie in two areas (which is the town's?) or in none the text names
        area = held.pop()
        cc = idx.country_code(area) or ""
        if not namesakes and cc != a.country_code:
            continue  # a former name moves a town within its country, never across a border
        if former:
            how = f"read by a former name as {a.name}, {a.country_code} (a town of {pop:,} people)"
        else:
            how = f"read as {a.name}, {a.country_code} (a town of {pop:,} people), among namesakes none of them there"
        out[k] = Resolved(round(float(idx.lat[area]), 5), round(float(idx.lon[area]), 5), cc,
                          "area", round(float(idx.radius[area]), 1), idx.ref(area), areas[area],
                          to_check(r.match, f"{m.surface!r} {how}, {min(km):,.0f} km from "
                                            f"{' and '.join(dict.fromkeys(o.name for o in near))}, named beside it "
                                            f"(in the text) in {areas[area]}: drawn as that area"))
    return out


# The end of a sentence or a line between two names: they are not read together.
_SENTENCE_END = re.compile(r"[.!?][)\"'’”»]*[ \t]+[A-ZА-ЯЁІЇЄҐ\d\"“«]|\n")


def _one_sentence(text: str, x: Mention, y: Mention) -> bool:
    """Whether no sentence or line ends between mentions *x* and *y*."""
    first, second = (x, y) if x.start <= y.start else (y, x)
    return first.end <= second.start and not _SENTENCE_END.search(text, first.end, second.start)


#: How far apart (km) two entries of one name may lie and still be one place (a town and its district).
SAME_PLACE_KM = 25.0


def _namesakes_in(query: str, cc: str, c: GeocodeResult) -> bool:
    """Whether the gazetteer holds another town of the name *query* in country *cc*, away from *c* (the geocoder
    lists only a name's likeliest namesakes; the area a town names, "Gao" of the Gao region, is no rival)."""
    idx = gz.load()
    eids = np.array(sorted({p >> 3 for p in idx.postings(gz.normalize(query))}), np.int64)
    if not len(eids):
        return False
    eids = eids[np.array([idx.ccodes[x] == cc for x in idx.cc[eids]]) & (idx.kind[eids] == gz.CITY)]
    return bool((haversine_km(c.lat, c.lon, idx.lat[eids], idx.lon[eids]) > SAME_PLACE_KM).any())


def _in_the_country_beside(mentions: Sequence[Mention], resolved: list[Resolved], answers: Sequence,
                           text: str) -> list[Resolved]:
    """A name the geocoder refused to choose among its namesakes, which the sentence names with places of one
    country ("airlifted reinforcements from Gao to Kidal": Gao in Mali, not the town in Burkina Faso the article
    also names places around): the one namesake in that country, to check. A route's stops, a list of villages, a
    place and its neighbour are named together because they lie together. A sentence naming places of two
    countries, or a name with two towns of that name in the country, says nothing; a capital (often its government),
    a country or a wide area counts only against ("from Delhi to Hyderabad, Pakistan"). Only a reading of the name
    as printed is taken: one by another spelling was refused as such (:func:`_lookalikes`)."""
    out = list(resolved)
    placed = [(m, r) for m, r in _placed_pins(mentions, resolved) if r.country]
    named = [(m, r) for m, r in zip(mentions, resolved) if r.lat is not None and r.country]
    for k, (m, r) in enumerate(zip(mentions, resolved)):
        a = answers[k]
        if (r.lat is not None or m.kind == "vague" or not isinstance(a, UnresolvedPlace) or a.guess is None
                or a.guess.match != "exact"):
            continue  # a reading by another spelling ("Komarin" as Komariv) was refused as one: not revived here
        guess = a.guess
        beside = {o.country for x, o in placed if x.surface != m.surface and _one_sentence(text, x, m)}
        # a capital, a country or a wide area the sentence names can only count against: "from Delhi to Hyderabad,
        # Pakistan"
        every = {o.country for x, o in named if x.surface != m.surface and _one_sentence(text, x, m)}
        if len(beside) != 1 or every != beside:
            continue
        cc = beside.pop()
        own = [c for c in (guess, *guess.candidates) if c.country_code == cc]
        if len(own) != 1 or _namesakes_in(guess.query, cc, own[0]):
            continue
        c = own[0]
        if c is not guess:  # a runner-up: where it is, by the guess's reading (as in _near_the_others)
            c = replace(guess, name=c.name, lat=c.lat, lon=c.lon, country_code=c.country_code,
                        precision=c.precision, ref="", radius_km=0.0 if c.precision in ("city", "point")
                        else guess.radius_km)
        out[k] = _resolved(_read_beside(replace(c, candidates=()), f"in {cc}, with the places named beside it"),
                           False)
    return out


def _read_beside(guess: GeocodeResult, where: str) -> GeocodeResult:
    """*guess*, with the reason it was chosen among its namesakes added to its doubt."""
    return replace(guess, doubt=(guess.doubt + "; " if guess.doubt else "")
                   + f"read among its namesakes as the one {where}, where the text puts it")


# A country's edge: "the Belarusian border", "the Polish frontier".
_EDGE = re.compile(r"\b(?:border|borders|frontier)$", re.I)
#: How far (characters) a place may stand from a border to be the one it is read against: the same clause, roughly.
_EDGE_NEAR = 200


#: How far in from a border its stretch is moved, as shares of the way to the country's own point.
_INWARD = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0)


def _inside_edge(r: Resolved, o: Resolved) -> tuple[float, float, float]:
    """The stretch of *r*'s country's edge that faces *o*: the point of its outline nearest *o*, moved inside the
    country toward its own point until it lies in it (a row's point must lie in its country for the draft to
    build), and the distance (km) from *o* to that edge. Without an outline, halfway between the two."""
    from ..borders import km_outside, nearest_edge

    edge = nearest_edge(r.country, o.lat, o.lon)
    if edge is None:
        mlat, mlon = midpoint(r.lat, r.lon, o.lat, o.lon)
        return mlat, mlon, float(haversine_km(r.lat, r.lon, o.lat, o.lon)) / 2
    elat, elon = edge
    far = float(haversine_km(elat, elon, o.lat, o.lon))
    for share in _INWARD:  # a little way in first (a thousandth of the way to Russia's point is 3 km)
        lat = round(elat + (r.lat - elat) * share, 5)
        lon = round(elon + (r.lon - elon) * share, 5)
        if km_outside(r.country, lat, lon) == 0.0:
            return lat, lon, far
    return r.lat, r.lon, far


def _borders(mentions: Sequence[Mention], resolved: list[Resolved]) -> list[Resolved]:
    """A country's border as the stretch of it that faces the nearest place of another country named with it
    ("troops arriving in Belarus ... near the Polish border": Poland's border with Belarus, not the middle of
    Poland), or, when none is named in its clause, the place of another country in the text that lies nearest the
    border ("the Russian border" in an article on Sumy Oblast: Russia's border by Sumy, not the middle of Siberia).
    Its radius is how far that place lies from the edge (at least MIN_AREA_KM, at most the country's).
    """
    out = list(resolved)
    for k, (m, r) in enumerate(zip(mentions, resolved)):
        if m.kind != "vague" or not _EDGE.search(m.surface) or r.lat is None:
            continue
        near = [(abs(o.start - m.start), j) for j, o in enumerate(mentions)
                if j != k and resolved[j].lat is not None and resolved[j].country
                and resolved[j].country != r.country]
        if not near:
            continue
        if min(near)[0] <= _EDGE_NEAR:  # named in its clause
            j = min(near)[1]
            lat, lon, far = _inside_edge(r, resolved[j])
        else:  # else the text's place nearest the border (for "the Russian border": Kharkiv, not Washington)
            far, j, lat, lon = min((far, j, lat, lon) for lat, lon, far, j in
                                   ((*_inside_edge(r, resolved[j]), j) for _d, j in near))
        o = resolved[j]
        radius = round(min(max(far, MIN_AREA_KM), r.radius_km or far), 1)
        out[k] = replace(r, lat=round(lat, 5), lon=round(lon, 5), radius_km=radius,
                         match=f"{r.match}; the stretch of {r.name}'s edge that faces {o.name}, named with it")
    return out


# What lies between a place and the area the text puts it in: "Gomel in Belarus", "a camp near Tsel, in the ...".
_IN = re.compile(r"[ \t]*,?[ \t]*in[ \t]+(?:the[ \t]+)?")


# "Shannon, Ireland, and then on to ...": a place, a comma, and the country or region it is in; not a list of places
# ("Kyiv, Poland and Romania", "Minsk, Gomel, Belarus"), which goes on with, or comes after, another name.
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:and|or|&)[ \t]+)?(?:the[ \t]+)?(?-i:[A-Z])", re.I)
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|&)[ \t]*$", re.I)
# What closes an appositive after the area: a comma, the sentence's end, a bracket, or a preposition going on with
# the clause ("Shannon, Ireland to Kuwait", "Alexandria, Virginia for training"). Not "'s" or a verb ("Marinka,
# Russia's defence ministry said"; "Vovchansk, Russia said"): the area is then a speaker, the subject of a new clause.
_SAYING = (r"(?:said|says|say|claimed|claims|reported|reports|announced|stated|added|told|confirmed|denied|"
           r"warned|insisted|alleged|according)")
_AREA_CLOSES = re.compile(r"[ \t]*(?:[.;:!?)\]]|$|,(?![ \t]*" + _SAYING + r")|(?:to|for|in|on|at|from|near|via|"
                          r"before|after|during|until|with|where|and[ \t]+then)\b)", re.I)


def _appositive(text: str, inner: Mention, area: Mention) -> bool:
    """Whether the text names *inner* and, after a comma, the area it is in ("Shannon, Ireland"; "McConnell Air
    Force Base, Kansas,"), not two items of a list."""
    return bool(_COMMA.fullmatch(text, inner.end, area.start) and not _LIST_GOES_ON.match(text, area.end)
                and _AREA_CLOSES.match(text, area.end)
                and not _LIST_BEFORE.search(text, max(0, inner.start - 6), inner.start))


def _within_containers(mentions: Sequence[Mention], resolved: list[Resolved], names: Sequence[str], text: str,
                       geocoder: Geocoder) -> list[Resolved]:
    """A place the text puts inside an area ("X in Y") is looked for in Y's country if it was placed elsewhere.

    "X, Y" (:func:`_appositive`: "Shannon, Ireland", not a list) only takes a reading found in Y's country.

    If it is not found there, a place the gazetteer did place elsewhere keeps that place, with
    the disagreement in the match column for the reviewer ("Sevastopol in Russia"); one it could
    not place at all is drawn as the area itself, since that much the text says.
    """
    out = list(resolved)
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    for a, b in zip(order, order[1:]):
        inner, area = out[a], resolved[b]
        if area.precision in ("city", "point") and _IN.fullmatch(text, mentions[a].end, mentions[b].start):
            out[a] = _in_town(mentions[a], inner, names[a], mentions[b], area, geocoder)
            continue
        if (area.precision not in ("region", "country") or not area.country or area.lat is None
                or inner.precision in ("region", "country") or inner.country == area.country):
            continue
        vague = mentions[a].kind == "vague"
        if not _IN.fullmatch(text, mentions[a].end, mentions[b].start):
            if _appositive(text, mentions[a], mentions[b]):  # "Shannon, Ireland": only a namesake there
                again = geocoder.geocode_all([Query(names[a], country=area.country)])[0]
                # the comma alone is weaker evidence than "in": a lookalike spelling there is no reading of the name
                if (isinstance(again, GeocodeResult) and again.country_code == area.country
                        and again.match in ("exact", "alias")):
                    out[a] = _resolved(again, vague)
            continue
        again = geocoder.geocode_all([Query(names[a], country=area.country)])[0]
        if isinstance(again, GeocodeResult) and again.country_code == area.country:
            out[a] = _resolved(again, vague)
        elif inner.lat is not None:
            out[a] = replace(inner, match=to_check(inner.match, f"the text puts it in {mentions[b].surface} "
                                                                f"({area.country}), the gazetteer in {inner.country}"))
        else:
            out[a] = Resolved(area.lat, area.lon, area.country, "area", area.radius_km, area.ref, area.name,
                              f"not found in {area.name}, where the text puts it: drawn as that area")
    return out


#: How far a place the text puts in a town may lie from the town's point (km): its districts, suburbs, bases.
IN_TOWN_KM = 100.0


def _in_town(m: Mention, inner: Resolved, name: str, town_m: Mention, town: Resolved, geocoder: Geocoder) -> Resolved:
    """A facility or a place the text puts in a town ("Severny airfield in Ivanovo", "Air Base 101 in Bamako",
    "Guanyin, in Taoyuan"), placed far from it or not at all: looked for in the town's country, near the town; if not
    found there, drawn as the area around the town, to check. A place the gazetteer could not place is read so only
    when a facility noun says it is one ("the Irkut plant in Irkutsk"; not "Lara Seligman in Washington").

    A town the gazetteer placed as a town, in the town's own country, stays where it is: in Ukrainian and Russian
    coverage "in Kharkiv" or "in Zaporizhzhia" is most often the oblast, so "Izium in Kharkiv" is Izium."""
    if m.kind != "anaphor" and inner.precision in ("city", "point") and town.lat is not None and town.country:
        if float(haversine_km(inner.lat, inner.lon, town.lat, town.lon)) <= IN_TOWN_KM:
            return inner
        if (inner.precision == "city" and inner.country == town.country and not facility_core(m.surface)
                and not inner.match.startswith("fuzzy")):
            return inner
    elif not (inner.lat is None and m.kind == "place" and facility_core(m.surface) and town.lat is not None):
        return inner
    again = geocoder.geocode_all([Query(name, country=town.country or None)])[0]
    if isinstance(again, GeocodeResult) and float(haversine_km(again.lat, again.lon, town.lat,
                                                               town.lon)) <= IN_TOWN_KM:
        return _resolved(replace(again, doubt=(again.doubt + "; " if again.doubt else "")
                                 + f"read near {town.name}, where the text puts it"), m.kind == "vague")
    return Resolved(town.lat, town.lon, town.country, "area", MIN_AREA_KM, town.ref, town.name,
                    to_check(f"not found in {town_m.surface}, where the text puts it: drawn as the area around it"))
