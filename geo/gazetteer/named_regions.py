"""Source: named regions inside one country that news uses but no package lists ("Siberia", "Donbas").

Like :mod:`~geo.gazetteer.water`, a short hand list: each region at region precision, a
rounded central point from standard atlases, a radius that covers most of it and its
population (for ranking against towns of the same name: "Siberia" is also a village in
Mexico). Areas that are also administrative units ("Crimea", "Kamchatka") come from
:mod:`~geo.gazetteer.admin_areas` instead.
"""

from __future__ import annotations

from .index import ADMIN1


#: name -> (ISO country code, lat, lon of a rounded central point, radius in km, population, other names).
#: "The Far East" is the Russian Far East here: the reports this tool reads are of Russia far more than of
#: East Asia, which older English also called so.
REGIONS = {
    "Siberia": ("RU", 60.0, 100.0, 1800, 33_700_000, []),
    "Russian Far East": ("RU", 62.0, 140.0, 1700, 7_900_000, ["Far East of Russia", "Far East"]),
    "Urals": ("RU", 58.0, 60.0, 700, 12_300_000, ["the Urals", "Ural Mountains", "Ural region"]),
    "Donbas": ("UA", 48.3, 38.4, 200, 6_600_000, ["Donbass", "Donets Basin"]),
    "Sinai": ("EG", 29.5, 33.8, 200, 600_000, ["Sinai Peninsula", "the Sinai"]),
    "Kuril Islands": ("RU", 46.0, 150.5, 600, 21_000, ["Kurils", "Kuriles"]),
}


def add(b) -> None:
    """Add every region of :data:`REGIONS` to the builder *b*, by its name and other names."""
    for name, (cc, lat, lon, r, pop, others) in REGIONS.items():
        eid = b.add(ADMIN1, name, lat, lon, pop, float(r), 0, cc)
        b.key(name, eid)
        for a in others:
            b.key(a, eid)
