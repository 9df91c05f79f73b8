"""The index: entity arrays plus names hashed to postings, and its lookups.

An entity (a city, an area, a country, a region, a water body, an airport) is a row of
numpy arrays, its id the row number. A name is stored only as the 64-bit hash of its
:func:`~geo.gazetteer.names.normalize`\\d key (:func:`key_hash`), sorted, with postings
``eid << 3 | flags``: ``ALT`` an alternate rather than the primary name, ``REGION_ONLY``
meaningful only after a region word ("Kursk region"), ``CODE`` an upper-case code such as
"US", valid only when the query is written in capitals. Hashes rather than strings keep
the cache small and quick to load.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np

from ..geocoders.base import FACILITY_KINDS
from .fuzzy import FuzzyBlocks


#: Entity kinds, from most to least local.
CITY, ADMIN2, ADMIN1, COUNTRY, CONTINENT, WATER, POINT = 0, 1, 2, 3, 4, 5, 6

KIND_NAMES = ("city", "admin2", "admin1", "country", "continent", "water", "point")

#: Posting flags.
ALT, REGION_ONLY, CODE = 1, 2, 4

#: Bits of ``Index.fac`` above the facility kind (its low 4 bits: 1 + the index in FACILITY_KINDS, 0 for none):
#: a military facility (its name says "Air Base", "Naval ..."), a civil one (airlines serve it: an IATA code),
#: one of our curated table (geo/gazetteer/facilities.csv).
FAC_KIND_MASK, FAC_MILITARY, FAC_CIVIL, FAC_CURATED = 15, 16, 32, 64

_M64 = (1 << 64) - 1

_GOLDEN, _FM1, _FM2 = 0x9E3779B97F4A7C15, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53


def key_hash(key: str) -> int:
    """64-bit stable hash of a normalized key (the index stores hashes, not strings, to load fast).

    The UTF-8 bytes are read as little-endian 64-bit words (the last one zero-padded);
    starting from the byte length times the golden ratio, each word is XORed in and the
    state scrambled with MurmurHash3's 64-bit finalizer (a bijection). :func:`hash_keys`
    computes the same for a million keys at once with numpy.

    >>> key_hash("kursk") == int(hash_keys(["kursk"])[0][0])
    True
    """
    b = key.encode()
    h = (len(b) * _GOLDEN) & _M64
    for i in range(0, len(b), 8):
        h ^= int.from_bytes(b[i:i + 8], "little")
        h ^= h >> 33
        h = (h * _FM1) & _M64
        h ^= h >> 33
        h = (h * _FM2) & _M64
        h ^= h >> 33
    return h - (1 << 64) if h >> 63 else h


def hash_keys(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`key_hash` of every key (int64) and its UTF-8 length, vectorized over word positions."""
    text = "\x00".join(keys)
    if text.count("\x00") != max(len(keys) - 1, 0):  # pragma: no cover - no NUL in the data's keys
        return np.array([key_hash(k) for k in keys], np.int64), np.array([len(k.encode()) for k in keys])
    buf = np.frombuffer((text + "\x00" * 9).encode(), np.uint8)
    ends = np.flatnonzero(buf == 0)[: len(keys)]
    starts = np.concatenate([[0], ends[:-1] + 1])
    nbytes = ends - starts
    h = nbytes.astype(np.uint64) * np.uint64(_GOLDEN)
    # the 8 bytes starting at each byte offset, as one (unaligned, overlapping) uint64 view
    words = np.ndarray((buf.size - 7,), "<u8", buf, 0, (1,))
    for j in range(0, int(nbytes.max(initial=0)), 8):
        act = np.flatnonzero(nbytes > j)
        w = words[starts[act] + j]
        rem = np.minimum(nbytes[act] - j, 8).astype(np.uint64)
        w = w & (np.uint64(_M64) >> (np.uint64(64) - np.uint64(8) * rem))  # zero-pad the last word
        x = h[act] ^ w
        x ^= x >> np.uint64(33)
        x *= np.uint64(_FM1)
        x ^= x >> np.uint64(33)
        x *= np.uint64(_FM2)
        x ^= x >> np.uint64(33)
        h[act] = x
    return h.view(np.int64), nbytes


@dataclass
class Index:
    """The loaded gazetteer: entity arrays plus a hashed name index.

    Attributes: ``kind``, ``lat``, ``lon``, ``pop``, ``radius`` (km), ``gid``
    (GeoNames id, 0 if none), ``cc`` (index into ``ccodes``), ``adm1``/``adm2``
    (entity id of the containing area, -1 if none) are numpy arrays indexed by
    entity id; ``names`` the display names. Name keys are stored as sorted
    64-bit hashes ``khash`` with postings ``post[off[i]:off[i+1]]``; ``fuzzy_pools``
    maps (``"^"`` + first two letters or ``"$"`` + last two, length) to the keys
    eligible for fuzzy matching in that pool, one per line (built with the index
    and stored in its cache; :attr:`fuzzy_blocks` splits a pool on first use).
    ``country_eid`` maps ISO alpha-2 to its entity id; ``capitals`` holds the national
    capitals' ids (sorted); ``bbox`` maps an area's entity id to (south, north, west,
    east) of its member cities; ``sources`` names the data. ``fac`` (int8 per entity) says which facility
    an entity is (:data:`FAC_KIND_MASK` and the ``FAC_*`` bits; 0 for none) and ``refs`` maps a
    facility's entity id to the source of its facts ("airportsdata:UKFB", "searoute:RUVYP").
    """

    kind: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    pop: np.ndarray
    radius: np.ndarray
    gid: np.ndarray
    cc: np.ndarray
    adm1: np.ndarray
    adm2: np.ndarray
    names: list
    ccodes: list
    khash: np.ndarray
    off: np.ndarray
    post: np.ndarray
    fuzzy_pools: dict
    country_eid: dict
    bbox: dict
    sources: str
    build_seconds: float = 0.0
    capitals: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    fac: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    refs: dict = field(default_factory=dict)

    def postings(self, key: str) -> tuple[int, ...]:
        """All postings (``eid << 3 | flags``) of a normalized *key*; empty if unknown.

        >>> from geo.gazetteer import load
        >>> load().postings("vladivostok") != ()
        True
        """
        h = key_hash(key)
        i = int(self.khash.searchsorted(h))
        if i < self.khash.size and self.khash[i] == h:
            return tuple(self.post[self.off[i]:self.off[i + 1]].tolist())
        return ()

    def postings_many(self, keys: list[str]) -> list[tuple[int, ...]]:
        """:meth:`postings` of many normalized *keys* at once (hashing and search vectorized).

        >>> from geo.gazetteer import load
        >>> load().postings_many(["vladivostok", "no such place"])[1]
        ()
        """
        if not keys:
            return []
        h, nbytes = hash_keys(keys)
        i = np.minimum(self.khash.searchsorted(h), self.khash.size - 1)
        found = (self.khash[i] == h) & (nbytes > 0)
        lo = np.where(found, self.off[i], 0)
        hi = np.where(found, self.off[i + 1], 0)
        n = hi - lo
        flat = self.post[np.repeat(lo - np.cumsum(n) + n, n) + np.arange(int(n.sum()))].tolist()
        out, at = [], 0
        for k in n.tolist():
            out.append(tuple(flat[at:at + k]))
            at += k
        return out

    def country_code(self, eid: int) -> str | None:
        """ISO alpha-2 of entity *eid*, or None for continents/world regions."""
        c = self.ccodes[self.cc[eid]]
        return c or None

    def ref(self, eid: int) -> str:
        """Stable reference of entity *eid*, e.g. ``"geonames:2013348"``, ``"airportsdata:UKFB"``."""
        r = self.refs.get(eid)
        if r:
            return r
        g = int(self.gid[eid])
        return f"geonames:{g}" if g else f"gazetteer:{KIND_NAMES[self.kind[eid]]}:{self.names[eid]}"

    def facility_kind(self, eid: int) -> str:
        """The facility kind of entity *eid* ("airbase", "port" ... of FACILITY_KINDS), or "" for none."""
        k = int(self.fac[eid]) & FAC_KIND_MASK if self.fac.size else 0
        return FACILITY_KINDS[k - 1] if k else ""

    @functools.cached_property
    def fuzzy_blocks(self) -> FuzzyBlocks:
        """Fuzzy-matching pools: (first or last two letters, length) -> keys (see ``fuzzy_pools``).

        >>> from geo.gazetteer import load
        >>> "vladivostok" in load().fuzzy_blocks.get(("^vl", 11), ())
        True
        """
        return FuzzyBlocks(self.fuzzy_pools)
