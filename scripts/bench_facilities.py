"""Score the offline geocoder on facility names as news prints them (tests/data/facility_names.csv).

Each row is a name (an air base, a port, a depot, a range, a crossing, a junction, a camp, or a namesake
trap to refuse) with its true point from a public reference, written before the gazetteer's curated
table. A row is right when the answer lies within its ``km`` of the true point, or when a row to refuse
is refused. The list is dealt into halves by a fixed rule (zlib.crc32 of the name, odd = test): study
the development half (``--half dev --failures``), score the test half once, at the end.

Also prints the held-out news spellings (tests/data/news_names.csv) and the lookup speed of facility
names (names per second, alone and in one document).

Usage: python scripts/bench_facilities.py [--half dev|test|all] [--failures]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
from geo.errors import UnresolvedPlace  # noqa: E402
from geo.gazetteer.common import haversine_km  # noqa: E402
from geo.geocoders.base import Query  # noqa: E402
from geo.geocoders.offline import OfflineGeocoder  # noqa: E402

FACILITIES = os.path.join(ROOT, "tests", "data", "facility_names.csv")
NEWS = os.path.join(ROOT, "tests", "data", "news_names.csv")


def rows(path: str) -> list[dict]:
    """The rows of a list of names (lines starting with '#' are its notes)."""
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def judge(g: OfflineGeocoder, row: dict) -> tuple[bool, str]:
    """(right, what happened) for one row: the name geocoded alone, with its country hint if any."""
    try:
        r = g.geocode(row["name"], country=row["country"] or None)
    except UnresolvedPlace as exc:
        return row["expect"] == "refused", f"refused: {exc.reason}"
    if row["expect"] == "refused":
        return False, f"placed at {r.name} [{r.kind}] ({r.lat:.3f}, {r.lon:.3f}) {r.match} {r.score}"
    km = haversine_km(float(row["lat"]), float(row["lon"]), r.lat, r.lon)
    return km <= float(row["km"]), f"{r.name} [{r.kind}] {r.match} {r.score}: {km:.0f} km off"


def score(g: OfflineGeocoder, rs: list[dict], label: str, by: str | None, failures: bool) -> None:
    got = [(r, *judge(g, r)) for r in rs]
    right = sum(ok for _, ok, _ in got)
    refuse = [x for x in got if x[0]["expect"] == "refused"]
    print(f"{label}: {right}/{len(got)} right or rightly refused ({right / max(len(got), 1):.1%}); "
          f"traps refused {sum(ok for _, ok, _ in refuse)}/{len(refuse)}")
    if by:
        groups = defaultdict(list)
        for r, ok, _ in got:
            groups[r[by] or "(refuse)"].append(ok)
        print("  by " + by + ": " + ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(groups.items())))
    if failures:
        for r, ok, what in got:
            if not ok:
                print(f"  WRONG {r['name']!r} ({r['country'] or 'no hint'}): {what}")


def speed(g: OfflineGeocoder, names: list[str]) -> None:
    for s in names[:20]:  # warm the caches (facility table, fuzzy pools)
        try:
            g.geocode(s)
        except UnresolvedPlace:
            pass
    reps = max(1, 2000 // len(names))
    t = time.perf_counter()
    for _ in range(reps):
        for s in names:
            try:
                g.geocode(s)
            except UnresolvedPlace:
                pass
    alone = reps * len(names) / (time.perf_counter() - t)
    t = time.perf_counter()
    for _ in range(reps):
        g.geocode_all([Query(s) for s in names])
    doc = reps * len(names) / (time.perf_counter() - t)
    print(f"facility names per second: {alone:,.0f} one by one (geocode), {doc:,.0f} as one document (geocode_all)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("dev", "test", "all"), default="test")
    ap.add_argument("--failures", action="store_true", help="list the wrong rows (of the development half only)")
    ap.add_argument("--no-speed", action="store_true")
    a = ap.parse_args()
    if a.failures and a.half != "dev":
        ap.error("--failures lists the development half only: add --half dev")
    g = OfflineGeocoder()
    g.idx
    fac = [r for r in rows(FACILITIES) if a.half == "all" or r["half"] == a.half]
    score(g, fac, f"facility names, {a.half} half", "kind", a.failures)
    score(g, fac, f"facility names, {a.half} half", "theatre", False)
    score(g, rows(NEWS), "news spellings (tests/data/news_names.csv)", None, a.failures)
    if not a.no_speed:
        speed(g, [r["name"] for r in rows(FACILITIES)])


if __name__ == "__main__":
    main()
