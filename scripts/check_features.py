"""Check the curated table of geographic features (geo/gazetteer/features.csv) against the rest of the gazetteer.

Errors, for each row: its point lies farther outside all its countries than its kind allows (Natural Earth outlines,
simplified, :mod:`geo.borders`; Crimea counts for UA and RU): a land feature more than its radius or 25 km (islands
and spits are small beside the outlines' simplification), a strait, a channel or a canal more than its radius and
100 km (it lies between coasts, its point in the water); a name or alias of the row is another row's, or a facility's
(facilities.csv), at a different place; a name or alias is a town's own name (of 1,000 people or more) farther than
the feature's radius and 30 km, with as many people as the feature's standing or more (a bare "Salang" or "Sinjar"
would take the town's readings: keep the feature word, "Salang Pass"; "Crete" is the island, not the Illinois town); a name or alias is a common English word (wordfreq, Zipf 3.5 or more: "Quark" would be a place), or one Russian or
Ukrainian adjective, or its romanisation (pymorphy3's dictionaries: "Котельный", boiler, would be Kotelny Island).
Warnings (``--all``): a name or alias that a town nearer than that bears as its own name (the feature is named
after it, as the Khyber Pass: fine when the name keeps its feature word).
Prints one line per finding; exits 1 when there is an error.

Usage: python scripts/check_features.py [--all] [PATH]
"""

from __future__ import annotations

import functools
import os
import sys
from collections import defaultdict

from rapidfuzz.distance import OSA

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from geo import borders  # noqa: E402
from geo import gazetteer as gz  # noqa: E402
from geo.gazetteer import facilities, features  # noqa: E402

LAND_KM = 25.0
WATER_KM = 100.0
SAME_KM = 10.0
TOWN_KM = 30.0
TOWN_POP = 1000
COMMON_ZIPF = 3.5
#: Islands far offshore, or islets the simplified outlines lack (their point is no error).
AT_SEA = frozenset({"Senkaku Islands", "Matsu Islands", "Gogland"})


def _outside_km(cc: str, lat: float, lon: float) -> float:
    km = borders.km_outside(cc, lat, lon)
    if km > 0 and cc in ("UA", "RU") and borders.held_by("RU", lat, lon):
        return 0.0
    return km


def _common(name: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is pinned in requirements.txt
        return False
    return " " not in name.strip() and zipf_frequency(name.strip(), "en") >= COMMON_ZIPF


@functools.lru_cache(maxsize=None)
def _analyzers():
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - pinned in requirements.txt (the extract extra)
        return ()
    return pymorphy3.MorphAnalyzer(lang="ru"), pymorphy3.MorphAnalyzer(lang="uk")


def adjective(name: str) -> bool:
    """Whether *name* is one Russian or Ukrainian word the dictionary knows as an adjective ("Котельный", boiler):
    at a sentence's start it is capitalised as a name is, so alone it would be the feature ("остров Котельный" keeps
    its noun)."""
    w = name.strip().lower()
    if not w or " " in w or not all("а" <= ch <= "я" or ch in "ёіїєґ'-" for ch in w):
        return False
    return any(p.tag.POS == "ADJF" and p.is_known for m in _analyzers() for p in m.parse(w))


def problems(path: str = features.PATH) -> tuple[list[str], list[str]]:
    """(errors, warnings) of the table at *path*, one line each (see the module docstring)."""
    rows = features.read(path)  # a bad row first, before the index loads
    idx = gz.load()
    out: list[str] = []
    warn: list[str] = []
    by_key: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    fac_keys: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for r in facilities.read():
        for n in [r["name"], *(a.strip() for a in r["aliases"].split("|") if a.strip())]:
            if not facilities._CODE.match(n):
                fac_keys[gz.normalize(n)].append((f"facility {r['name']}", float(r["lat"]), float(r["lon"])))
    for r in rows:
        lat, lon, radius = float(r["lat"]), float(r["lon"]), float(r["radius_km"])
        codes = [c for c in r["country"].split("|") if c]
        where = f"{r['name']!r} ({r['country'] or 'no country'}, {lat:.2f}, {lon:.2f})"
        known = [c for c in codes if borders.known(c)]
        if known and r["name"] not in AT_SEA:
            allow = max(radius, WATER_KM if r["kind"] in features.WATER_KINDS else LAND_KM)
            km = min(_outside_km(c, lat, lon) for c in known)
            if km > allow:
                out.append(f"{where}: {km:.0f} km outside {'/'.join(known)} (allowed {allow:.0f})")
        for n in features.names(r):
            k = gz.normalize(n)
            by_key[k].append((r["name"], lat, lon))
            if _common(n):
                out.append(f"{where}: the name {n!r} is a common English word")
            if adjective(n) or " " not in k and any(
                    adjective(m) and min(OSA.distance(k, gz.normalize(t)) for t in gz.transliterations(m)) <= 1
                    for m in features.names(r)):  # a romanisation, within the geocoder's one edit of a typo
                out.append(f"{where}: the name {n!r} is a Russian or Ukrainian adjective alone (or its romanisation):"
                           " keep its noun ('остров Котельный')")
            town = _town_named(idx, k)
            if town is not None:
                d = gz.haversine_km(lat, lon, float(idx.lat[town]), float(idx.lon[town]))
                line = (f"{where}: the name {n!r} is also the town {idx.names[town]!r} ({idx.country_code(town)}, "
                        f"{int(idx.pop[town]):,} people, {d:.0f} km away)")
                # read alone, the name is the town's when the town outweighs the feature (features.standing)
                far_and_bigger = d > max(radius, TOWN_KM) and int(idx.pop[town]) >= features.standing(r)
                (out if far_and_bigger else warn).append(line)
    for k, hits in sorted(by_key.items()):
        hits = hits + fac_keys.get(k, [])
        for a, b in zip(hits, hits[1:]):
            if a[0] != b[0] and gz.haversine_km(a[1], a[2], b[1], b[2]) > SAME_KM:
                out.append(f"{a[0]!r} and {b[0]!r} share the name {k!r} but lie apart")
    return out, warn


def _town_named(idx, key: str):
    """The biggest town whose own name (not an alternate) is *key*, with TOWN_POP people or more, or None."""
    best = None
    for p in idx.postings(key):
        e = p >> 3
        if idx.kind[e] in (gz.CITY, gz.ADMIN2) and not p & gz.ALT and int(idx.pop[e]) >= TOWN_POP:
            if best is None or idx.pop[e] > idx.pop[best]:
                best = e
    return best


def main() -> int:
    sys.path.insert(0, HERE)
    from check_facilities import run_check  # the same command line

    return run_check(__doc__, features.PATH, problems, features.read)


if __name__ == "__main__":
    sys.exit(main())
