"""Check the curated facility table (geo/gazetteer/facilities.csv) against the rest of the gazetteer.

Errors, for each row: its point lies more than 25 km outside its country (Natural Earth outlines, simplified,
:mod:`geo.borders`; Crimea counts for UA and RU; reefs and shoals held at sea are listed in :data:`AT_SEA`);
the nearest town of its ``town`` column in that country lies 60 to 500 km away (a mistyped coordinate; a town
farther than that is a namesake); a name or alias of the row is another row's at a different place.
Warnings (``--all``): the gazetteer has no town of the ``town`` column there; an alias (other than the town
column) is a town's own name somewhere (a bare "Walker" or "Letterkenny" would then be a namesake of a town:
name the facility with its noun, "Camp Walker", or give the town in the town column); a name or alias (without
its noun) is borne by three or more towns of the country (a generic village name: keep it only when the facility
is what news means by it, as "Ozerne air base"; else reach the facility through its town, where namesakes weigh).
An air base's point is also checked against airportsdata's for the same field (an error more than 8 km apart: one
of the two is mistyped; see which is right and fix ours, or say in the row's source that airportsdata's is wrong
and list the field in :data:`AIRPORTSDATA_OFF`; a row whose point is airportsdata's in degrees and minutes read as
decimals, a slip airportsdata makes for Belgium's fields, is airportsdata's error, which the row corrects). The same field: airportsdata's entry whose ICAO code is a code
alias of the row, or whose name equals one of the row's names (not its town's) once both lose their nouns ("Air
Base", "International Airport"), honorific words ("Al Shaheed", "King", "Prince") and Arabic articles, in the same
country ("Prince Sultan Air Base" and "Sultan AB"), within 300 km (farther, a namesake field).
Prints one line per finding; exits 1 when there is an error.

Usage: python scripts/check_facilities.py [--all] [PATH]
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from geo import borders  # noqa: E402
from geo import gazetteer as gz  # noqa: E402
from geo.errors import GazetteerError  # noqa: E402
from geo.gazetteer import facilities, facility_forms  # noqa: E402

TOWN_KM = 60.0
RANGE_TOWN_KM = 100.0  # a range or a test site spreads over tens of kilometres
NAMESAKE_KM = 150.0
ALIAS_TOWN_KM = 30.0
OUTSIDE_KM = 25.0
SAME_KM = 10.0
GENERIC_TOWNS = 3
#: Features at sea held by a country other than the nearest coast's, far offshore, or on islets the simplified
#: outlines lack (their point is no error).
AT_SEA = frozenset({"Fiery Cross Reef", "Mischief Reef", "Subi Reef", "Taiping Island", "Second Thomas Shoal",
                    "Woody Island", "Scarborough Shoal", "Thitu Island", "Johnson South Reef", "Cuarteron Reef",
                    "Gaven Reef", "Hughes Reef", "Pratas Island", "Snake Island", "Boyko Towers", "Ronald Reagan "
                    "Ballistic Missile Defense Test Site", "Wake Island Airfield", "Diego Garcia", "Camp Yonaguni",
                    "Yeonpyeong Island", "Baengnyeong Island", "Greater Tunb island base", "Great Coco Island"})


AIRPORT_KM = facilities.RELOCATED_KM
NAMESAKE_FIELD_KM = 300.0  # farther: another field of the same name (Donskoye by Kaliningrad, Donskoye by Tambov)
#: Fields whose point in airportsdata is not where the public reference puts them (our row is right, and holds the
#: field's ICAO code: the index leaves airportsdata's entry out, :data:`geo.gazetteer.facilities.RELOCATED_KM`).
AIRPORTSDATA_OFF: frozenset[str] = frozenset()
_HONORIFIC = re.compile(r"\b(?:al[- ]?shah[ei]ed|shah[ei]ed|shahid|martyr|king|prince|princess|sheikh|sheik|emir|"
                        r"president|general|marshal)\b", re.I)
_FIELD_NOUN = re.compile(r"\b(?:international|regional|municipal|military|civil|air\s*base|airbase|airport|"
                         r"air\s*field|aerodrome|air\s+force\s+(?:base|station)|afb|ab|air\s+station|naval\s+air\s+"
                         r"(?:station|base|facility)|base|field)\b", re.I)
_ARTICLE = re.compile(r"\b(?:al|el|ad|as|ash|at|an|ar|az)\b")


def field_key(name: str) -> str:
    """An airfield's name reduced to what tells it from others: nouns, honorifics and Arabic articles dropped.

    >>> field_key("Prince Sultan Air Base"), field_key("Al Shaheed Nojeh Airbase"), field_key("King Khalid AB")
    ('sultan', 'nojeh', 'khalid')
    >>> field_key("Shaheed Vahdati International Airport"), field_key("Al-Udeid Air Base")
    ('vahdati', 'udeid')
    """
    k = gz.normalize(_FIELD_NOUN.sub(" ", _HONORIFIC.sub(" ", name)))
    return " ".join(_ARTICLE.sub(" ", k).split())


def _minutes_read(x: float) -> float | None:
    """*x* as degrees and minutes written as a decimal ("50.5405": 50°54.05'), in decimal degrees; None if it cannot
    be. airportsdata writes some fields so (Brussels Airport, Florennes, Kleine Brogel, Luxembourg-Findel).

    >>> round(_minutes_read(50.5405), 3), _minutes_read(50.75)
    (50.901, None)
    """
    d = int(abs(x))
    m = (abs(x) - d) * 100.0
    return None if m >= 60.0 else math.copysign(d + m / 60.0, x)


def airport_offsets(rows: list[dict]) -> list[str]:
    """Air-base rows more than AIRPORT_KM from airportsdata's point for the same field (see the module docstring)."""
    try:
        import airportsdata
    except ImportError:  # optional, as for the gazetteer: say that this check did not run
        print("airportsdata is not installed: the air bases were not checked against it", file=sys.stderr)
        return []
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    fields = airportsdata.load()
    for icao, a in fields.items():
        for part in a["name"].split("/"):  # "Al Azraq / Al Shaheed Muwaffaq Salti Air Base": either name
            k = field_key(part)
            if len(k) >= 4:
                by_key[(k, a["country"])].append(icao)
    out = []
    for r in rows:
        if r["kind"] != "airbase" or r["name"] in AIRPORTSDATA_OFF:
            continue
        lat, lon, cc = float(r["lat"]), float(r["lon"]), r["country"]
        town = field_key(r["town"]) if r["town"] else ""
        same = set()
        for n in [r["name"], *(a.strip() for a in r["aliases"].split("|") if a.strip())]:
            if facilities._CODE.match(n):
                same |= {n} & fields.keys()
            elif (k := field_key(n)) and k != town:
                same |= set(by_key.get((k, cc), ()))
        for icao in sorted(same):
            a = fields[icao]
            d = gz.haversine_km(lat, lon, a["lat"], a["lon"])
            la, lo = _minutes_read(a["lat"]), _minutes_read(a["lon"])
            if d > AIRPORT_KM and la is not None and lo is not None and gz.haversine_km(lat, lon, la, lo) <= 2.0:
                continue  # airportsdata's point is ours in degrees and minutes read as decimals: its slip, checked
            if AIRPORT_KM < d <= NAMESAKE_FIELD_KM:
                out.append(f"{r['name']!r} ({cc}, {lat:.3f}, {lon:.3f}): {d:.0f} km from airportsdata's {icao} "
                           f"{a['name']!r} ({a['lat']:.3f}, {a['lon']:.3f})")
    return out


def problems(path: str = facilities.PATH) -> tuple[list[str], list[str]]:
    """(errors, warnings) of the table at *path*, one line each (see the module docstring)."""
    rows = facilities.read(path)  # a bad row first, before the index loads
    idx = gz.load()
    out: list[str] = []
    warn: list[str] = []
    by_key: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for i, r in enumerate(rows, start=1):
        lat, lon, cc = float(r["lat"]), float(r["lon"]), r["country"]
        where = f"{r['name']!r} ({cc}, {lat:.3f}, {lon:.3f})"
        if borders.known(cc) and r["name"] not in AT_SEA:
            km = borders.km_outside(cc, lat, lon)
            if km > OUTSIDE_KM and not (cc in ("UA", "RU") and borders.held_by("RU", lat, lon)):
                out.append(f"{where}: {km:.0f} km outside {cc}")
        if r["town"]:
            towns = _towns(idx, r["town"], cc)
            if towns:
                d = min(gz.haversine_km(lat, lon, float(idx.lat[e]), float(idx.lon[e])) for e in towns)
                near_km = RANGE_TOWN_KM if r["kind"] == "range" else TOWN_KM
                if near_km < d <= NAMESAKE_KM:
                    out.append(f"{where}: {d:.0f} km from the nearest town called {r['town']!r}")
                elif d > NAMESAKE_KM:
                    warn.append(f"{where}: {d:.0f} km from the nearest town called {r['town']!r} (a namesake?)")
            else:
                warn.append(f"{where}: no town called {r['town']!r} in {cc} (not checked)")
        names = [r["name"], *(a.strip() for a in r["aliases"].split("|") if a.strip())]
        town_key = gz.normalize(r["town"]) if r["town"] else ""
        for n in names:
            if facilities._CODE.match(n):
                continue
            k = gz.normalize(n)
            by_key[(k, r["kind"])].append((r["name"], lat, lon))
            if k != town_key:
                if n != r["name"]:
                    town = _town_named(idx, k)
                    if town is not None and gz.haversine_km(lat, lon, float(idx.lat[town]),
                                                            float(idx.lon[town])) > ALIAS_TOWN_KM:
                        warn.append(f"{where}: the alias {n!r} is also the town {idx.names[town]!r} "
                                    f"({idx.country_code(town)}, {int(idx.pop[town]):,} people)")
                form = facility_forms.split(n)
                for core in [] if form is not None and form.named else facility_forms.bare_cores(n):
                    ck = gz.normalize(core)
                    if ck and ck != town_key and len(_towns(idx, core, cc)) >= GENERIC_TOWNS:
                        warn.append(f"{where}: {core!r} is the name of {GENERIC_TOWNS}+ towns of {cc}")
    out += airport_offsets(rows)
    for (k, kind), hits in sorted(by_key.items()):
        for a, b in zip(hits, hits[1:]):
            if a[0] != b[0] and gz.haversine_km(a[1], a[2], b[1], b[2]) > SAME_KM:
                out.append(f"{a[0]!r} and {b[0]!r} ({kind}) share the name {k!r} but lie apart")
    return out, sorted(set(warn), key=warn.index)


def _town_named(idx, key: str, min_pop: int = 1000):
    """The biggest town whose own name (not an alternate) is *key*, with *min_pop* people or more, or None."""
    best = None
    for p in idx.postings(key):
        e = p >> 3
        if idx.kind[e] in (gz.CITY, gz.ADMIN2, gz.ADMIN1) and not p & gz.ALT and int(idx.pop[e]) >= min_pop:
            if best is None or idx.pop[e] > idx.pop[best]:
                best = e
    return best


def _towns(idx, name: str, cc: str | None) -> list[int]:
    """The towns whose own name is *name* (in *cc*, or anywhere)."""
    keys = {gz.normalize(name)} | ({gz.transliterate(name)} if not name.isascii() else set())
    out = []
    for k in keys:
        for p in idx.postings(k):
            e = p >> 3
            if idx.kind[e] != gz.CITY or p & gz.ALT:
                continue
            if cc is None or idx.country_code(e) == cc or (cc in ("UA", "RU") and idx.country_code(e) in ("UA", "RU")):
                out.append(e)
    return sorted(set(out))


def run_check(doc: str, default_path: str, problems, read, argv=None) -> int:
    """The command line of a table's check (this script's and check_features.py's): one line per finding, a bad
    row (:class:`~geo.errors.TableError`) in one line too; 1 when there is an error."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("path", nargs="?", default=default_path)
    ap.add_argument("--all", action="store_true", help="also print the warnings")
    a = ap.parse_args(argv)
    try:
        errors, warnings = problems(a.path)
    except GazetteerError as exc:  # a bad row (TableError: its file, row, column, value and fix) or no gazetteer
        print("ERROR", exc)
        return 1
    for line in errors:
        print("ERROR", line)
    for line in warnings if a.all else []:
        print("warning", line)
    print(f"{len(read(a.path))} rows, {len(errors)} errors, {len(warnings)} warnings", file=sys.stderr)
    return 1 if errors else 0


def main() -> int:
    return run_check(__doc__, facilities.PATH, problems, facilities.read)


if __name__ == "__main__":
    sys.exit(main())
