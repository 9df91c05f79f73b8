"""The index's cache: built once, then loaded in a tenth of a second by every process.

The index is stored in the user cache directory (or ``$GEO_CACHE_DIR``) as a checked cache
file (:mod:`geo.cachefile`: a header naming its version and the payload's sha256, then the
payload) whose payload is plain numeric arrays (:func:`geo.cachefile.pack_arrays`, viewed in
place when loaded, never unpickled): loading it can never run code. Lists of strings (names,
fuzzy pools) are stored as one NUL-joined UTF-8 array each, dicts as parallel arrays. The version is the gazetteer's
:func:`~geo.gazetteer.builder.version` (its data packages), a hash of this package's source
and the point conventions, so an edited builder or an upgraded package never reuses a stale
index; a file that does not match is rebuilt, with one line on stderr saying why.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import threading
import time

import numpy as np

from .. import cachefile
from .builder import build, version
from .index import Index


#: The payload's layout; bump when :func:`_to_arrays` changes.
CACHE_FORMAT = 2
_KIND = "gazetteer-index"
#: Index fields stored as they are (numpy arrays).
_ARRAYS = ("kind", "lat", "lon", "pop", "radius", "gid", "cc", "adm1", "adm2", "khash", "off", "post", "capitals",
           "fac")


def cache_dir() -> str:
    """Directory of the cached index: ``$GEO_CACHE_DIR`` or the platform's user cache dir."""
    d = os.environ.get("GEO_CACHE_DIR")
    if not d:
        import platformdirs

        d = platformdirs.user_cache_dir("geo", appauthor=False)
    return d


def _code_digest(here: str | None = None) -> str:
    """sha256 of this package's source and data files (the curated ``facilities.csv``): an edited builder or
    table never reuses a stale index. *here*: the folder (this package's by default)."""
    h = hashlib.sha256()
    here = here or os.path.dirname(os.path.abspath(__file__))
    for name in sorted(os.listdir(here)):
        if name.endswith((".py", ".csv")):
            with open(os.path.join(here, name), "rb") as f:
                h.update(name.encode() + b"\0" + f.read() + b"\0")
    return h.hexdigest()


def cache_version() -> dict:
    """What a cached index must have been made from to be used (the header's ``version``)."""
    return dict(_cache_version())


@functools.cache
def _cache_version() -> dict:
    # once per process: reading the packages' versions and this package's source takes ~30 ms
    from .admin_areas import _AREA_POINT
    from .countries import _COUNTRY_POINT

    return {"cache_format": CACHE_FORMAT, "gazetteer": version(), "code": _code_digest(),
            "points": f"{_COUNTRY_POINT} {_AREA_POINT}"}


def cache_path() -> str:
    """Path of the index file for the installed data and code (changes when they change)."""
    digest = _digest(tuple(sorted(cache_version().items())))
    return os.path.join(cache_dir(), f"gazetteer-{CACHE_FORMAT}-{digest}.cache")


@functools.lru_cache(maxsize=8)
def _digest(version_items: tuple) -> str:
    # once per version: every load() asks for the path, ten thousand times in a hundred articles (1.3 of 44 s)
    return hashlib.sha256(json.dumps(dict(version_items), sort_keys=True).encode()).hexdigest()[:12]


def _joined(strings: list[str]) -> np.ndarray:
    text = "\x00".join(strings)
    if text.count("\x00") != max(len(strings) - 1, 0):
        raise ValueError("a string to cache contains NUL")
    return np.frombuffer(text.encode("utf-8"), np.uint8)


def _split(a: np.ndarray, n: int) -> list[str]:
    out = a.tobytes().decode("utf-8").split("\x00") if n else []
    if len(out) != n:
        raise ValueError(f"{n} strings expected, {len(out)} found")
    return out


def _to_arrays(idx: Index) -> dict[str, np.ndarray]:
    """The index as plain numeric arrays (no object arrays: nothing that would need pickle)."""
    out = {k: getattr(idx, k) for k in _ARRAYS}
    pools = idx.fuzzy_pools
    out |= {
        "names": _joined(idx.names), "ccodes": _joined(idx.ccodes),
        "pool_tags": _joined([t for t, _ in pools]), "pool_lens": np.array([n for _, n in pools], np.int64),
        "pool_texts": _joined(list(pools.values())),
        "country_iso": _joined(list(idx.country_eid)),
        "country_eid": np.array(list(idx.country_eid.values()), np.int64),
        "bbox_eid": np.array(list(idx.bbox), np.int64),
        "bbox": np.array(list(idx.bbox.values()), np.float64).reshape(-1, 4),
        "ref_eid": np.array(list(idx.refs), np.int64), "ref_texts": _joined(list(idx.refs.values())),
        "meta": _joined([json.dumps({"sources": idx.sources, "build_seconds": idx.build_seconds,
                                     "n_names": len(idx.names), "n_ccodes": len(idx.ccodes)})]),
    }
    return out


def _from_arrays(z) -> Index:
    meta = json.loads(z["meta"].tobytes())
    n_pools, n_countries = z["pool_lens"].size, z["country_eid"].size
    tags = _split(z["pool_tags"], n_pools)
    pools = dict(zip(zip(tags, z["pool_lens"].tolist()), _split(z["pool_texts"], n_pools)))
    box = z["bbox"]
    bbox = dict(zip(z["bbox_eid"].tolist(), zip(*(box[:, i].tolist() for i in range(4)))))
    refs = dict(zip(z["ref_eid"].tolist(), _split(z["ref_texts"], z["ref_eid"].size)))
    return Index(**{k: z[k] for k in _ARRAYS if k not in ("capitals", "fac")},
                 names=_split(z["names"], meta["n_names"]), ccodes=_split(z["ccodes"], meta["n_ccodes"]),
                 fuzzy_pools=pools,
                 country_eid=dict(zip(_split(z["country_iso"], n_countries), z["country_eid"].tolist())),
                 bbox=bbox, sources=meta["sources"], build_seconds=meta["build_seconds"], capitals=z["capitals"],
                 fac=z["fac"], refs=refs)


def save(idx: Index, path: str) -> None:
    """Write *idx* to the cache file *path* (atomic), and sweep away indexes of other versions."""
    cachefile.write(path, _KIND, cache_version(), cachefile.pack_arrays(_to_arrays(idx)))
    # Indexes of other versions are dead weight (~50 MB each): remove those untouched for a
    # day (not at once, so two checkouts of different versions do not delete each other's).
    folder = os.path.dirname(path)
    for old in os.listdir(folder):
        full = os.path.join(folder, old)
        if old.startswith("gazetteer-") and old.endswith((".cache", ".pickle")) and full != path:
            try:
                if time.time() - os.path.getmtime(full) > 86400:
                    os.unlink(full)
            except OSError:
                pass


def read(path: str) -> tuple[Index | None, str | None]:
    """The index in the cache file *path*, or ``(None, why)`` (*why* None if there is no file)."""
    return cachefile.read(path, _KIND, cache_version(), lambda p: _from_arrays(cachefile.unpack_arrays(p)))


_lock = threading.Lock()
_loaded: dict[str, Index] = {}


def load(rebuild: bool = False) -> Index:
    """Return the gazetteer index, loading it from the cache or building it once.

    Parameters
    ----------
    rebuild : build afresh even if a cached index exists.

    >>> idx = load()
    >>> idx.names[idx.country_eid["KP"]]
    'North Korea'
    """
    path = cache_path()
    with _lock:
        if not rebuild and path in _loaded:
            return _loaded[path]
        idx = why = None
        if not rebuild:
            idx, why = read(path)
        if idx is None:
            if why:  # a file was there but is not to be trusted: say why, on one line
                cachefile.say("rebuilding the offline gazetteer index (~10 s)", path, why)
            elif not rebuild:  # the first run is slower: say why, once, on stderr
                print("geo: building the offline gazetteer index (once, ~10 s)…", file=sys.stderr, flush=True)
            idx = build()
            save(idx, path)
        _loaded[path] = idx
        return idx
