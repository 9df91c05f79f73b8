"""Source: geographic features news names that no installed package holds: ``features.csv``.

A table we keep by hand, as :mod:`.facilities`' is kept: straits, channels and canals; mountain passes and gorges;
land corridors and gaps; isthmuses, spits and peninsulas; islands and archipelagos; heights and mountain ranges. It
was built from general reference lists (the world's straits, passes and corridors of strategic note on every
continent), each row with its public reference; facts and coordinates are cited, the wording is ours.

Each feature is an area-like place, as :mod:`.water`'s seas and :mod:`.named_regions`' regions are: a rounded central
point and a radius that covers most of it, found at region precision and drawn as approximate. A strait, a channel
or a canal is water (kind "water" of a result); the others are land areas. A feature is found by its name and its
other names, which carry their feature word ("Khyber Pass", "Kinburn Spit") or are the feature's alone ("Bosphorus",
"Socotra"): a town's name is never one of them, so "Shipka" stays the town and "Shipka Pass" is the pass
(scripts/check_features.py checks this, and that each point lies in or by its countries).
"""

from __future__ import annotations

import os

from .common import given, number, one_of, read_table
from .index import ADMIN1, WATER

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "features.csv")
COLUMNS = ("name", "kind", "country", "lat", "lon", "radius_km", "pop", "aliases", "source")
#: Kinds of feature: water ways, then land features.
WATER_KINDS = ("strait",)
LAND_KINDS = ("pass", "corridor", "isthmus", "spit", "peninsula", "island", "height")
KINDS = WATER_KINDS + LAND_KINDS
#: A land feature without people weighs like a town of this many (as a curated facility does: TYPE_BONUS of a point):
#: "Mount Hermon" alone is the mountain, not the Californian hamlet of 4,000; a town of that name nearer the
#: document's other places still wins, by context.
STANDING_POP = 10_000
#: The largest radius a feature may have (the Arabian Peninsula's is 1,300 km): beyond, a typo of the column.
MAX_RADIUS_KM = 1500.0


def read(path: str = PATH) -> list[dict]:
    """The rows of the table, checked: a bad row is a :class:`~geo.errors.TableError` naming the file, the row (the
    file's line, comments counted), the column and the value (:func:`.common.read_table`).

    >>> rows = read()
    >>> next(r for r in rows if r["name"] == "Khyber Pass")["kind"]
    'pass'
    """
    return read_table(path, COLUMNS, {
        "name": given("the feature's name"), "kind": one_of(KINDS),
        "lat": number(-90, 90), "lon": number(-180, 180), "radius_km": number(0, MAX_RADIUS_KM, above=True),
        "pop": number(0, 10**10, whole=True, empty=True), "source": given("the public reference of its facts")})


def names(row: dict) -> list[str]:
    """A row's name and its other names."""
    return [row["name"], *(a.strip() for a in row["aliases"].split("|") if a.strip())]


def standing(row: dict) -> int:
    """The people a feature counts as when weighed against towns of its name: its own, or :data:`STANDING_POP` for
    a land feature without people (water has the bonus of its kind)."""
    pop = int(row["pop"] or 0)
    return pop if pop or row["kind"] in WATER_KINDS else STANDING_POP


def add(b) -> None:
    """Add every feature of the table to the builder *b*, by its name and other names: a strait as water (no
    country: it lies between coasts), a land feature as an area of its main country."""
    for r in read():
        water = r["kind"] in WATER_KINDS
        cc = "" if water else r["country"].split("|")[0]
        eid = b.add(WATER if water else ADMIN1, r["name"], float(r["lat"]), float(r["lon"]), standing(r),
                    float(r["radius_km"]), 0, cc, ref=f"features.csv:{r['name']}")
        for n in names(r):
            b.key(n, eid)
