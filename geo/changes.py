"""What changed since the last build: new, changed and removed reports.

A build keeps a snapshot of the reports it drew, ``<map name>.reports.json``
beside the map (written atomically with it); the next build of the same map
compares the file's reports with it, prints what is new, changed and removed,
and passes the new rows to the map, which can highlight them.

A report's identity is what says *which* report it is: ``(place, route, seq,
date, source)``; everything else (status, troops, mode, note, coordinates …)
is what it *says*. The same identity with different words is a changed report;
an identity only in the file is new, one only in the snapshot is removed. Rows
that share an identity are matched in file order. A row number is where the
report stands today, so moving rows around changes nothing.

:func:`compare` is pure; :func:`read_snapshot` and :func:`write_snapshot` do
the file work. The snapshot is JSON with one report per line, fields in a fixed
order: the same reports give the same bytes, and a diff of two snapshots reads
as a diff of the reports.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

import orjson

from .model import Stop

__all__ = ["Changes", "compare", "snapshot", "read_snapshot", "write_snapshot", "snapshot_path",
           "IDENTITY", "FIELDS"]

#: Which report it is.
IDENTITY = ("place", "route", "seq", "date", "source")
#: What it says (compared for "changed"), in snapshot order after the identity.
FIELDS = ("country", "lat", "lon", "precision", "radius_km", "reported", "mode", "troops", "status", "url",
          "note", "extra")
_KEYS = ("row", *IDENTITY, *FIELDS)
_FORMAT = 1
#: Lines printed per kind of change; the rest are counted.
MAX_LINES = 20


def snapshot_path(html_path: str | os.PathLike) -> Path:
    """``maps/places.html`` → ``maps/places.reports.json``."""
    p = Path(html_path)
    return p.with_name(p.stem + ".reports.json")


def _date(s: Stop) -> str:
    if not s.date_start:
        return ""
    return s.date_start if s.date_end in (None, s.date_start) else f"{s.date_start}/{s.date_end}"


def snapshot(stops: Sequence[Stop]) -> list[dict]:
    """The reports of *stops* as snapshot entries, in row order.

    Entries hold JSON values only (lists, not tuples), so an entry equals the
    same entry read back from the file and :func:`compare` needs no conversion.

    >>> snapshot([Stop(row=2, place="Kursk", status="confirmed")])[0]["status"]
    'confirmed'
    """
    return [{"row": s.row, "place": s.place, "route": s.route, "seq": s.seq, "date": _date(s),
             "source": s.source, "country": s.country, "lat": s.lat, "lon": s.lon,
             "precision": s.precision, "radius_km": s.radius_km, "reported": s.reported,
             "mode": s.mode, "troops": s.troops, "status": s.status, "url": s.url, "note": s.note,
             "extra": [list(kv) for kv in s.extra]}
            for s in sorted(stops, key=attrgetter("row"))]


@dataclass
class Changes:
    """New, changed and removed reports since the snapshot; ``first`` if there was none."""

    added: list[dict] = field(default_factory=list)
    changed: list[tuple[dict, dict, tuple[str, ...]]] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    first: bool = False

    @property
    def new_rows(self) -> list[int]:
        """Row numbers of the new reports, for the map's highlight."""
        return [e["row"] for e in self.added]

    def lines(self, name: str, limit: int = MAX_LINES) -> list[str]:
        """What to print: a summary line, then up to *limit* lines per kind.

        >>> Changes(first=True).lines("places.csv")
        ['changes: none to show, this is the first build of places.csv here']
        """
        if self.first:
            return [f"changes: none to show, this is the first build of {name} here"]
        if not (self.added or self.changed or self.removed):
            return [f"changes since the last build of {name}: none"]
        out = [f"changes since the last build of {name}: {len(self.added)} new, {len(self.changed)} changed, "
               f"{len(self.removed)} removed"]
        for kind, items, say in (
            ("new", self.added, lambda e: f"row {e['row']}, {_describe(e)}"),
            ("changed", self.changed, lambda c: f"row {c[1]['row']}, {_describe(c[1])}: " + "; ".join(
                f"{k} {c[0].get(k)!r} -> {c[1].get(k)!r}" for k in c[2])),
            ("removed", self.removed, lambda e: f"{_describe(e)} (was row {e['row']})"),
        ):
            out.extend(f"  {kind}: {say(item)}" for item in items[:limit])
            if len(items) > limit:
                out.append(f"  … and {len(items) - limit:,} more {kind}")
        return out


def _describe(e: Mapping) -> str:
    text = repr(e["place"])
    if e.get("route"):
        text += f" (route {e['route']!r}" + (f", seq {e['seq']}" if e.get("seq") is not None else "") + ")"
    if e.get("date"):
        text += f", {e['date']}"
    if e.get("source"):
        text += f", source {e['source']!r}"
    return text


def compare(previous: Sequence[Mapping] | None, current: Sequence[Mapping]) -> Changes:
    """New, changed and removed reports of the *current* snapshot against the *previous* one (None: first build).

    >>> old = snapshot([Stop(row=2, place="Kursk", status="reported"), Stop(row=3, place="Sumy")])
    >>> new = snapshot([Stop(row=2, place="Kursk", status="confirmed"), Stop(row=3, place="Orel")])
    >>> c = compare(old, new)
    >>> [e["place"] for e in c.added], [(o["status"], n["status"]) for o, n, _ in c.changed], \\
    ...     [e["place"] for e in c.removed]
    (['Orel'], [('reported', 'confirmed')], ['Sumy'])
    """
    if previous is None:
        return Changes(first=True)

    def keyed(entries):
        seen: dict[tuple, int] = {}
        out: dict[tuple, Mapping] = {}
        for e in entries:
            ident = tuple(map(e.get, IDENTITY))
            n = seen[ident] = seen.get(ident, -1) + 1
            out[(*ident, n)] = e
        return out

    old, new = keyed(previous), keyed(current)
    result = Changes()
    for key, e in new.items():
        o = old.get(key)
        if o is None:
            result.added.append(e)
        elif list(map(o.get, FIELDS)) != list(map(e.get, FIELDS)):
            diff = tuple(k for k in FIELDS if o.get(k) != e.get(k))
            result.changed.append((dict(o), e, diff))
    result.removed = [dict(o) for key, o in old.items() if key not in new]
    return result


def _line(values: list) -> bytes:
    try:
        return orjson.dumps(values)
    except (orjson.JSONEncodeError, TypeError):
        # orjson refuses lone surrogates (text from surrogateescape'd bytes) and
        # integers beyond 64 bits; json writes both, and reads them back.
        return json.dumps(values, ensure_ascii=True, allow_nan=False).encode("ascii")


def format_snapshot(entries: Sequence[Mapping]) -> bytes:
    """The snapshot file's bytes (UTF-8): one report per line, fields in a fixed order."""
    head = b'{"format":%d,"fields":%s,"reports":[\n' % (_FORMAT, json.dumps(list(_KEYS)).encode())
    return head + b",\n".join(_line(list(map(e.get, _KEYS))) for e in entries) + b"\n]}\n"


def read_snapshot(path: str | os.PathLike) -> list[dict] | None:
    """The reports a previous build left at *path*, or None if there is none (or it cannot be read)."""
    try:
        # json, not orjson: it reads back exactly what either wrote (orjson would read an
        # integer beyond 64 bits as a float, and refuses lone surrogates).
        data = json.loads(Path(path).read_bytes())
        keys = data["fields"]
        if data.get("format") != _FORMAT:
            return None
        return [dict(zip(keys, r)) for r in data["reports"]]
    except (OSError, ValueError, KeyError, TypeError):
        # No snapshot, or one this version cannot read: compare with nothing, as a first build.
        return None


def write_snapshot(path: str | os.PathLike, entries: Sequence[Mapping]) -> Path:
    """Write the snapshot *entries* (see :func:`snapshot`) to *path* atomically; return the path."""
    from .files import write_atomic

    return write_atomic(path, format_snapshot(entries))
