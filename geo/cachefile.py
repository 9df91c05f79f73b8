"""Cache files that cannot run code: a checked header line, then a data-only payload.

The gazetteer index and the simplified country outlines are computed once and kept in the
user cache directory. A cache directory may be shared or writable by others, so a cache file
is never trusted: it holds data only (JSON, or plain numeric arrays: :func:`pack_arrays`),
and is read only if its header matches what the reader expects, byte for byte::

    {"format": 1, "kind": "...", "magic": "geo-cache", "sha256": "...", "size": N, "version": {...}}\\n
    <N bytes of payload>

``version`` names everything the payload was made from (the data packages' versions, the
code, the parameters); ``sha256`` is the payload's checksum. A file that is missing,
truncated, corrupt, foreign (another kind or version) or not a cache file at all is
reported by :func:`read` with the reason, and the caller computes the data anew and
replaces the file (:func:`write`, atomic: readers see the old file or the new one).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
from typing import Any, Callable

import numpy as np

__all__ = ["read", "write", "say", "pack_arrays", "unpack_arrays", "MAGIC", "FORMAT"]

MAGIC = "geo-cache"
#: The layout of the header line; bump when it changes.
FORMAT = 1
#: A header longer than this is not one of ours.
_MAX_HEADER = 1 << 16


def _header(kind: str, version: dict, payload: bytes) -> bytes:
    head = {"format": FORMAT, "kind": kind, "magic": MAGIC, "sha256": hashlib.sha256(payload).hexdigest(),
            "size": len(payload), "version": version}
    line = json.dumps(head, sort_keys=True, ensure_ascii=True).encode("ascii")
    # padded so the payload starts at a multiple of 64 bytes in the file: the arrays of pack_arrays are then
    # aligned in memory too (a misaligned array is copied by numpy on every search: 100 times slower)
    return line + b" " * (-(len(line) + 1) % _ALIGN) + b"\n"


def write(path: str | os.PathLike, kind: str, version: dict, payload: bytes) -> None:
    """Write *payload* to the cache file *path* with its header, atomically.

    Parameters
    ----------
    path : the cache file.
    kind : what the payload is, e.g. ``"gazetteer-index"``.
    version : JSON-able description of what the payload was made from; :func:`read` must
        be given the same to accept the file.
    payload : the data (never a pickle).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.cache"
    >>> write(p, "demo", {"v": 1}, b"data")
    >>> read(p, "demo", {"v": 1})
    (b'data', None)
    """
    from .files import write_atomic

    write_atomic(path, _header(kind, version, payload) + payload)


def read(path: str | os.PathLike, kind: str, version: dict,
         parse: Callable[[memoryview], Any] = bytes) -> tuple[Any, str | None]:
    """Return ``(parse(payload), None)`` from a valid cache file, else ``(None, why)``.

    *parse* gets a memoryview of the payload (not copied: the index is 55 MB) and must only
    read data (JSON, :func:`unpack_arrays`); it runs while another thread checks the
    payload's sha256 (hashlib releases the GIL), and its result is returned only if the
    checksum matches. An exception from *parse* makes the file "unreadable".
    *why* is None when there is no file, else a short reason ("is corrupt (checksum
    mismatch)", "was made for another version (gazetteer)", ...) for the one line the
    caller prints before it computes the data anew.

    >>> read("/nonexistent/x.cache", "demo", {})
    (None, None)
    """
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc})"
    end = data.find(b"\n", 0, _MAX_HEADER)
    try:
        head = json.loads(data[:end]) if end > 0 else None
    except ValueError:
        head = None
    if not isinstance(head, dict) or head.get("magic") != MAGIC:
        return None, "is not a geo cache file"
    if head.get("format") != FORMAT or head.get("kind") != kind:
        return None, f"is a {head.get('kind')!r} cache of format {head.get('format')!r}, not {kind!r} of {FORMAT}"
    got = head.get("version")
    if got != version:
        diff = sorted(k for k in set(version) | set(got if isinstance(got, dict) else {})
                      if not isinstance(got, dict) or got.get(k) != version.get(k))
        return None, f"was made for another version ({', '.join(diff) or 'version'})"
    payload = memoryview(data)[end + 1:]
    size = head.get("size")
    if not isinstance(size, int) or len(payload) != size:
        return None, f"is truncated or padded ({len(payload)} payload bytes, header says {size!r})"
    digest: list[str] = []
    checker = threading.Thread(target=lambda: digest.append(hashlib.sha256(payload).hexdigest()))
    checker.start()
    try:
        value, error = parse(payload), None
    except Exception as exc:  # whatever the payload holds, it is reported, never trusted
        value, error = None, f"has an unreadable payload ({type(exc).__name__}: {exc})"
    checker.join()
    if digest != [head.get("sha256")]:
        return None, "is corrupt (checksum mismatch)"
    return (None, error) if error else (value, None)


#: Array dtypes a payload may hold: numbers only (an object array would need pickle).
_NUMERIC = "biuf"
_ALIGN = 64


def pack_arrays(arrays: dict[str, np.ndarray]) -> bytes:
    """Plain numeric arrays as one payload: a JSON line (name -> dtype, shape, offset), then
    each array's little-endian bytes at a 64-byte aligned offset.

    It is numpy's ``.npy`` idea without a header per array, so :func:`unpack_arrays` can
    view the arrays inside the file's bytes without copying 55 MB (an ``.npz`` read copies
    every member and checks a CRC the sha256 already covers).

    >>> a = unpack_arrays(memoryview(pack_arrays({"x": np.arange(3, dtype="<i8")})))
    >>> a["x"].tolist()
    [0, 1, 2]
    """
    table, chunks, at = {}, [], 0
    for name, a in arrays.items():
        a = np.asarray(a)
        if a.dtype.kind not in _NUMERIC:
            raise TypeError(f"cannot cache array {name!r} of dtype {a.dtype}")
        a = np.ascontiguousarray(a, a.dtype.newbyteorder("<"))
        pad = -at % _ALIGN
        chunks += [b"\0" * pad, a.tobytes()]
        at += pad
        table[name] = [a.dtype.str, list(a.shape), at]
        at += a.nbytes
    line = json.dumps(table, sort_keys=True).encode("ascii")
    return line + b" " * (-(len(line) + 1) % _ALIGN) + b"\n" + b"".join(chunks)


def unpack_arrays(payload: memoryview) -> dict[str, np.ndarray]:
    """The arrays of a :func:`pack_arrays` payload, as read-only views into it.

    Raises ValueError if the payload is not one (a table naming a non-numeric dtype, or
    arrays outside the payload): callers treat that as a corrupt cache.
    """
    end = bytes(payload[:_MAX_HEADER]).find(b"\n")
    table = json.loads(bytes(payload[:end])) if end > 0 else None
    if not isinstance(table, dict):
        raise ValueError("no table of arrays")
    data = payload[end + 1:]
    out = {}
    for name, (dtype, shape, offset) in table.items():
        dt = np.dtype(dtype)
        if dt.kind not in _NUMERIC or dt.hasobject:
            raise ValueError(f"array {name!r} has dtype {dtype!r}")
        count = int(np.prod(shape, dtype=np.int64))
        if offset < 0 or offset + count * dt.itemsize > len(data):
            raise ValueError(f"array {name!r} lies outside the payload")
        a = np.frombuffer(data, dt, count, offset).reshape(shape)
        out[name] = a if a.flags.aligned else a.copy()  # a file written before the padding: align it once
    return out


def say(doing: str, path: str | os.PathLike, why: str) -> None:
    """Print the one line that explains why a cache file is not used: ``geo: <doing>: <path> <why>``."""
    print(f"geo: {doing}: {os.fspath(path)} {why}", file=sys.stderr, flush=True)
