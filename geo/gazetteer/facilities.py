"""Source: military bases, ranges, depots, crossings, junctions and camps no package holds: ``facilities.csv``.

A table we keep by hand, one row per facility: its name, kind (one of
:data:`geo.geocoders.base.FACILITY_KINDS`), ISO country, a point (decimal degrees, rounded to about
a kilometre; for a range or a depot its main site), the town it is named after or lies by, its other
names as news prints them ("|"-separated: Latin transliterations, Cyrillic, Arabic), and the public
reference its facts were taken from. Facts and coordinates are cited; the wording is ours.

Each facility is found by its name and its other names alone ("Hmeimim", weighed like a town of 10,000
people; its town's name alone stays the town's), and with a facility noun ("Hmeimim air base", "the Tikhoretsk
arsenal", :mod:`.facility_forms`) by any of its names or its town's name.
"""

from __future__ import annotations

import os
import re

from ..geocoders.base import FACILITY_KINDS
from .common import given, number, one_of, read_table
from .facility_forms import NAMED, bare_cores, fold
from .index import ALT, CODE, FAC_CURATED, FAC_MILITARY, POINT
from .names import normalize, transliterations

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "facilities.csv")
COLUMNS = ("name", "kind", "country", "lat", "lon", "town", "aliases", "military", "source")
#: An alias written as a code: capitals and digits, at most five ("UKFB", "T4", "K2").
_CODE = re.compile(r"^(?=.*[A-Z])[A-Z0-9-]{2,5}$")
#: Kinds a curated facility of one kind is also found under ("Tartus port": the naval base when there is no port).
_ALSO = {"naval-base": ("port",), "port": ("naval-base",)}


def read(path: str = PATH) -> list[dict]:
    """The rows of the table, checked: a bad row is a :class:`~geo.errors.TableError` naming the file, the row (the
    file's line, comments counted), the column and the value (:func:`.common.read_table`)."""
    return read_table(path, COLUMNS, {
        "name": given("the facility's name"), "kind": one_of(FACILITY_KINDS),
        "lat": number(-90, 90), "lon": number(-180, 180), "source": given("the public reference of its facts")})


def _towns_name(alias: str, town_key: str) -> bool:
    """Whether *alias* is the name of the town whose key is *town_key*, however spelt or written: equal once folded
    (:func:`~.facility_forms.fold`) as written or romanised, or within one edit from seven letters ("Новоросійськ",
    Novorosiysk, of Novorossiysk).

    >>> _towns_name("Ейск", "yeysk"), _towns_name("Tartous", "tartus"), _towns_name("Hmeimim", "latakia")
    (True, True, False)
    """
    if not town_key:
        return False
    from rapidfuzz.distance import Levenshtein

    want = fold(town_key)
    for k in dict.fromkeys([normalize(alias), *transliterations(alias)]):
        k = fold(k)
        if k == want or len(want) >= 7 and Levenshtein.distance(k, want, score_cutoff=1) <= 1:
            return True
    return False


#: A field our table places farther than this from airportsdata's point for its ICAO code: airportsdata's point is
#: the wrong one (scripts/check_facilities.py reports any such row until it is checked against its reference).
RELOCATED_KM = 8.0


def field_points(path: str = PATH) -> dict[str, tuple[float, float]]:
    """The point of each air base of the table by the ICAO codes among its aliases ("EBBL": Kleine Brogel)."""
    out = {}
    for r in read(path):
        if r["kind"] == "airbase":
            for a in r["aliases"].split("|"):
                if re.fullmatch(r"[A-Z]{4}", a.strip()):
                    out[a.strip()] = (float(r["lat"]), float(r["lon"]))
    return out


#: Names that several facilities of the table bear where they stand, each row naming its own by what it joins
#: ("Thai-Myanmar Friendship Bridge", "Friendship Bridge Foz do Iguaçu"): every row whose name or alias starts or
#: ends with one is found by it too, and the places named with it choose which (alone it is refused among them).
SHARED_NAMES = ("Friendship Bridge",)


def _shared_names(names: list[str]) -> list[str]:
    """The names of :data:`SHARED_NAMES` that one of *names* starts or ends with, and none of them is.

    >>> _shared_names(["Thai-Myanmar Friendship Bridge", "Myawaddy crossing"]), _shared_names(["Friendship Bridge"])
    (['Friendship Bridge'], [])
    """
    keys = [normalize(n) for n in names]
    return [s for s in SHARED_NAMES if (k := normalize(s)) not in keys
            and any(n.startswith(k + " ") or n.endswith(" " + k) for n in keys)]


def add(b) -> None:
    """Add every facility of the table to the builder *b*, by its names with and without a facility noun."""
    for r in read():
        kind = r["kind"]
        fac = FACILITY_KINDS.index(kind) + 1 | FAC_CURATED | (FAC_MILITARY if r["military"] == "yes" else 0)
        eid = b.add(POINT, r["name"], float(r["lat"]), float(r["lon"]), 0, 0.0, 0, r["country"], fac=fac,
                    ref=f"facilities.csv:{r['name']}")
        aliases = [a.strip() for a in r["aliases"].split("|") if a.strip()]
        town = normalize(r["town"]) if r["town"] else ""
        b.key(r["name"], eid)
        b.fkey(r["name"], NAMED, eid)
        for a in aliases:
            if _CODE.match(a):  # an ICAO code ("UKFB") or a designation ("T4", "K2"): only in capitals
                b.key(a, eid, CODE)
                continue
            # another name of a facility is as good as its own ("Hmeimim"), unless it is its town's name in any
            # spelling or script ("Tartus", "Tartous", "Тартус", "Ейск" of Yeysk): alone, that name is the town's
            own = not _towns_name(a, town)
            b.key(a, eid, 0 if own else ALT)
            if own:  # found without a noun however it is transliterated ("Ayn al-Assad" for "Ain al-Asad")
                b.fkey(a, NAMED, eid)
        for shared in _shared_names([r["name"], *aliases]):  # each of them, where it stands: the document chooses
            b.key(shared, eid)
            b.fkey(shared, NAMED, eid)
        for k in (kind, *_ALSO.get(kind, ())):
            flag = 0 if k == kind else ALT
            for n in [r["name"], *aliases]:
                for core in bare_cores(n):
                    b.fkey(core, k, eid, flag)
            if r["town"]:
                b.fkey(r["town"], k, eid, ALT)
