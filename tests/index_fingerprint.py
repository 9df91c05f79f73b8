"""A fingerprint of a built gazetteer index: sha256 over every array and table, in a fixed order.

Used by ``tests/test_gazetteer.py`` to show that the index is byte-for-byte the one a
reference build made (``tests/data/index_fingerprint.json`` says which command and data made
it). Only the public attributes of :class:`geo.gazetteer.Index` are read, so the same code
fingerprints an index of any layout of the gazetteer's modules.

    GEO_CACHE_DIR=/tmp/x python tests/index_fingerprint.py     # prints the fingerprint JSON
"""

from __future__ import annotations

import hashlib
import json
import sys

import numpy as np

#: The Index's attributes in the order they are hashed (``build_seconds`` varies: left out).
FIELDS = ("kind", "lat", "lon", "pop", "radius", "gid", "cc", "adm1", "adm2", "names", "ccodes",
          "khash", "off", "post", "fuzzy_pools", "country_eid", "bbox", "sources", "capitals", "fac", "refs")


def _feed(h, value) -> None:
    """Hash *value* with its type, so that a changed dtype or container changes the digest."""
    if isinstance(value, np.ndarray):
        h.update(f"ndarray {value.dtype.str} {value.shape}\n".encode())
        h.update(np.ascontiguousarray(value).tobytes())
    elif isinstance(value, dict):  # in insertion order: the order is part of the index
        h.update(f"dict {len(value)}\n".encode())
        for k, v in value.items():
            _feed(h, k)
            _feed(h, v)
    elif isinstance(value, (list, tuple)):
        h.update(f"{type(value).__name__} {len(value)}\n".encode())
        for v in value:
            _feed(h, v)
    elif isinstance(value, (str, int, float, bool)) or value is None:
        h.update(f"{type(value).__name__} {value!r}\n".encode())
    elif isinstance(value, np.generic):
        h.update(f"{value.dtype.str} {value.item()!r}\n".encode())
    else:
        raise TypeError(f"cannot fingerprint {type(value).__name__}")


def fingerprint(idx) -> dict[str, str]:
    """sha256 of each field of *idx* and of all of them together (key ``"all"``)."""
    out, total = {}, hashlib.sha256()
    for name in FIELDS:
        h = hashlib.sha256()
        _feed(h, getattr(idx, name))
        out[name] = h.hexdigest()
        total.update(f"{name} {out[name]}\n".encode())
    out["all"] = total.hexdigest()
    return out


if __name__ == "__main__":
    import os

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from geo import gazetteer as gz

    idx = gz.build() if "--build" in sys.argv else gz.load()
    json.dump({"sources": idx.sources, "fingerprint": fingerprint(idx)}, sys.stdout, indent=1)
    print()
