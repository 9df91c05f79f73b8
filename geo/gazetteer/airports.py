"""Source: airports and air bases, from ``airportsdata`` (28,000 by ICAO code), as facilities of kind "airbase".

Every airport is found by its full name and its ICAO code (written in capitals: "UKFB"); one with an
IATA code (airlines serve it, news names it) also by shorter forms ("Heathrow Airport", and
"Heathrow" as an alias, so that a town of that name still outranks it). With a facility noun
(:mod:`.facility_forms`) every airport is also found by its name without the nouns ("Engels" of
"Engels Airbase", "Saki" of "Saki Air Base"), by its city (an alias: "Kursk airfield") and by its
IATA code ("LTK airport"; a bare IATA code is too often an acronym of the news: CIA is Ciampino, SDF
Louisville, WHO Franz Josef). A name with "Air Base", "Air Force", "Naval", "Military" ... marks a
military field, an IATA code a civil one: a noun ranks them ("air base" vs "airport"). A field whose point
airportsdata puts more than 8 km from our table's row for its ICAO code is left to our row. The package
is optional: without it the gazetteer simply has no airports.
"""

from __future__ import annotations

import csv
import itertools
import os
import re

import numpy as np

from ..geocoders.base import FACILITY_KINDS
from . import facilities
from .common import haversine_km, package_dir
from .facility_forms import bare_cores, last_words
from .index import ALT, CODE, FAC_CIVIL, FAC_MILITARY, POINT
from .names import normalize_list

_AIRBASE = FACILITY_KINDS.index("airbase") + 1
_MILITARY = re.compile(r"\b(?:Air\s*Base|AB|Airbase|Air\s+Force|AFB|Naval|Navy|Military|Marine\s+Corps|Army|RAF|"
                       r"Air\s+Station|Air\s+Field)\b", re.I)


# "Mc Connell Afb Airport", "Mc Guire Field": the FAA's data writes a Scottish or Irish surname's "Mc" apart, news
# writes it joined ("McConnell Air Force Base"); "Mc" is never a word of its own before a capitalised one
_MC = re.compile(r"\bMc\s+(?=[A-Z])")


def faa_name(name: str) -> str:
    """*name* with the "Mc" of a surname joined to it, as news writes it.

    >>> faa_name("Mc Connell Afb Airport"), faa_name("Mc Guire Field (Joint Base Mc Guire Dix Lakehurst) Airport")
    ('McConnell Afb Airport', 'McGuire Field (Joint Base McGuire Dix Lakehurst) Airport')
    >>> faa_name("Mac Field"), faa_name("Mcguire Airfield")
    ('Mac Field', 'Mcguire Airfield')
    """
    return _MC.sub("Mc", name)


_AIRPORT_WORDS = re.compile(r"\s+(?:International\s+|Regional\s+|Municipal\s+)?"
                            r"(?:Airport|Airfield|Air\s+Base|Airbase|Aerodrome)$", re.I)


def _airport_names(name: str, city: str) -> tuple[list[str], list[str]]:
    """Full forms and short forms of an airport's name as news writes them.

    "London Heathrow Airport" -> (["London Heathrow Airport", "Heathrow Airport"], ["Heathrow"]);
    "Amsterdam Airport Schiphol" -> (["Amsterdam Airport Schiphol"], ["Schiphol"]). A form
    equal to the city's name is dropped (an airport must never stand for its city).
    """
    city_l = city.casefold()
    full, short = [name], []
    for part in [name] + [p.strip() for p in name.split(" / ")][1:]:
        m = _AIRPORT_WORDS.search(part)
        if not m:
            continue
        core, suffix = part[:m.start()].strip(" /"), part[m.start():]
        if " / " in core:
            core = core.split(" / ")[-1]
        cores = [core]
        if city and core.startswith(city + " "):
            cores.append(core[len(city) + 1:])
        for c in cores:
            if len(c) >= 5 and c.casefold() != city_l:
                full.append(c + suffix)
                short.append(c)
    m = re.match(r"^(.*?)\s+Airport\s+(\S.*)$", name)
    if m and m.group(2).casefold() != city_l:
        short.append(m.group(2))
    return list(dict.fromkeys(full)), [x for x in dict.fromkeys(short) if x != name]


def add(b) -> None:
    """Airports and air bases of ``airportsdata`` (ICAO list), as points.

    Every airport by its full name; those with an IATA code (airlines serve them, news
    names them) also by other forms: "Heathrow Airport", and "Heathrow" as an alias. Optional: without
    the package the gazetteer simply has no airports.
    """
    pkg = package_dir("airportsdata")
    if pkg is None:
        return
    path = os.path.join(pkg, "airports.csv")
    names: list[str] = []
    posts: list[int] = []
    ours = facilities.field_points()
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        col = {k: i for i, k in enumerate(next(rows))}
        i_name, i_city, i_cc, i_iata, i_icao, i_lat, i_lon = (col[k] for k in ("name", "city", "country", "iata",
                                                                                 "icao", "lat", "lon"))
        for row in rows:
            try:
                lat, lon = float(row[i_lat]), float(row[i_lon])
            except (IndexError, ValueError):
                continue
            name = faa_name(row[i_name].strip())
            if not name:
                continue
            icao, iata, city = row[i_icao].strip(), row[i_iata].strip(), row[i_city].strip()
            if icao in ours and haversine_km(lat, lon, *ours[icao]) > facilities.RELOCATED_KM:
                continue  # our table's row for the field stands: airportsdata's point is off (Kleine Brogel)
            fac = _AIRBASE | (FAC_MILITARY if _MILITARY.search(name) else 0) | (FAC_CIVIL if iata else 0)
            eid = b.add(POINT, name, lat, lon, 0, 0.0, 0, row[i_cc].strip().upper(), fac=fac,
                        ref=f"airportsdata:{icao}")
            full, short = [name], []
            if iata:
                full, short = _airport_names(name, city)
            names += full + short
            # a short form ("Heathrow", "Liberty") is an alias: a town of that name outranks it
            # unless the document's other places point at the airport
            posts += [eid << 3] * len(full) + [eid << 3 | ALT] * len(short)
            if len(icao) == 4 and icao.isalpha():
                b.key(icao, eid, CODE)
            _facility_keys(b, eid, name, city, iata)
    keys = normalize_list(names)
    ok = [bool(k) for k in keys]
    b.bulk.append((list(itertools.compress(keys, ok)), np.array(list(itertools.compress(posts, ok)), np.int64)))


def _facility_keys(b, eid: int, name: str, city: str, iata: str) -> None:
    """The keys of an airport with a facility noun: its name without the nouns ("engels @airbase"), also
    without its city's name before it ("Minsk Machulishchy" -> "machulishchy"), its city (an alias) and its
    IATA code (a code: in capitals only). The city is an alias of a field airlines do not serve."""
    cores = bare_cores(name)
    if city:
        cores += [c[len(city):].strip(" -/") for c in cores if c.startswith(city + " ")]
    for c in dict.fromkeys(cores):
        b.fkey(c, "airbase", eid)
    for c in cores:  # "Shagol air base" for "Chelyabinsk Shagol Airport": an alias, the city's name gone
        if last_words(c):
            b.fkey(last_words(c), "airbase", eid, ALT)
    if city:
        b.fkey(city, "airbase", eid, 0 if iata else ALT)  # "Baltimore airport": the one airlines serve
    if iata:
        b.fkey(iata, "airbase", eid, CODE)


