"""What changed since the last build: new, changed and removed reports, and the last build's title.

A build keeps a snapshot of the reports it drew, ``<map name>.reports.json``
beside the map (published with it, as one set); the next build of the same map
compares the file's reports with it, prints what is new, changed and removed,
and passes the new rows to the map, which can highlight them. The snapshot also
keeps the map's title, so that a rebuild without ``--title`` keeps it.

A report's identity is what says *which* report it is: ``(place, route, seq,
date, source)``; everything else (status, troops, mode, note, coordinates …)
is what it *says*, and so is where the map puts it (``geo_lat``, ``geo_lon``:
the row's own coordinates or the geocoding record's, so moving a place in the
record is a change). The same identity with different words is a changed
report; an identity only in the file is new, one only in the snapshot is
removed. Rows that share an identity are matched in file order. A row number is
where the report stands today, so moving rows around changes nothing.

:func:`compare` is pure; :func:`read_snapshot` and :func:`write_snapshot` do
the file work. The snapshot is JSON with one report per line, fields in a fixed
order: the same reports give the same bytes, and a diff of two snapshots reads
as a diff of the reports. A snapshot of an older format (without ``geo_lat``
and ``geo_lon``) is compared on the fields both have.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from pathlib import Path

import orjson

from .records import Stop

__all__ = ["Changes", "Snapshot", "compare", "snapshot", "read_snapshot", "read_title", "write_snapshot",
           "format_snapshot", "snapshot_path", "IDENTITY", "FIELDS"]

#: Which report it is.
IDENTITY = ("place", "route", "seq", "date", "source")
#: What it says (compared for "changed"), in snapshot order after the identity; the last two are
#: where the map draws it. ``what`` and ``moved`` only when the file says what moved (:func:`snapshot`).
FIELDS = ("country", "lat", "lon", "precision", "radius_km", "reported", "mode", "troops", "what", "moved",
          "status", "url", "note", "extra", "geo_lat", "geo_lon")
KEYS = ("row", *IDENTITY, *FIELDS)
#: The fields of a snapshot of reports that do not say what moved: as they were before those columns.
PLAIN_KEYS = tuple(k for k in KEYS if k not in ("what", "moved"))
_FORMAT = 2
#: Formats this version reads (1 had no geo_lat, geo_lon, title).
_READS = (1, 2)
#: Lines printed per kind of change; the rest are counted.
MAX_LINES = 20


def snapshot_path(html_path: str | os.PathLike) -> Path:
    """``maps/places.html`` → ``maps/places.reports.json``."""
    p = Path(html_path)
    return p.with_name(p.stem + ".reports.json")


class Snapshot:
    """The reports of a build, one list of values per report (in the order of ``fields``), and its title.

    A snapshot read from a file keeps each report's line of JSON and parses them only when
    asked for its ``rows``; one made by :func:`snapshot` makes its ``lines`` only when asked.
    :func:`compare` first compares the lines: the same reports give the same bytes.
    """

    def __init__(self, rows: list[list] | None = None, fields: tuple[str, ...] = KEYS, title: str | None = None,
                 lines: list[bytes] | None = None):
        self._rows, self._lines = rows, lines
        self.fields, self.title = tuple(fields), title

    @property
    def rows(self) -> list[list]:
        if self._rows is None:
            body = b"[" + b",".join(self._lines) + b"]"
            try:
                self._rows = orjson.loads(body)
            except orjson.JSONDecodeError:
                self._rows = json.loads(body)  # what only json wrote (see _line)
        return self._rows

    @property
    def lines(self) -> list[bytes]:
        """Each report as a line of JSON (without a separator)."""
        if self._lines is None:
            self._lines = _lines(self._rows)
        return self._lines

    def entries(self) -> list[dict]:
        """The reports as dicts (field -> value).

        >>> snapshot([Stop(row=2, place="Kursk", status="confirmed")]).entries()[0]["status"]
        'confirmed'
        """
        return [dict(zip(self.fields, r)) for r in self.rows]


def _date(s: Stop) -> str:
    if not s.date_start:
        return ""
    return s.date_start if s.date_end in (None, s.date_start) else f"{s.date_start}/{s.date_end}"


def snapshot(stops: Sequence[Stop], title: str | None = None) -> Snapshot:
    """The reports of *stops* (located or not), in row order, and the map's *title*.

    Values are JSON values only (lists, not tuples), so a report equals the same
    report read back from the file and :func:`compare` needs no conversion.

    >>> snapshot([Stop(row=2, place="Kursk", status="confirmed")], "Troops").rows[0][:3]
    [2, 'Kursk', '']

    What moved (``what`` and the class ``moved``) is kept when the stops say it; the snapshot of
    stops that do not (a file without those columns) has the fields it always had.
    """
    rows = []
    add = rows.append
    stops = sorted(stops, key=attrgetter("row"))
    if any(s.what or s.moved for s in stops):
        for s in stops:
            loc = s.location
            add([s.row, s.place, s.route, s.seq, _date(s), s.source, s.country, s.lat, s.lon, s.precision,
                 s.radius_km, s.reported, s.mode, s.troops, s.what, s.moved, s.status, s.url, s.note,
                 [list(kv) for kv in s.extra] if s.extra else [],
                 None if loc is None else loc.lat, None if loc is None else loc.lon])
        return Snapshot(rows, KEYS, title)
    for s in stops:
        loc = s.location
        add([s.row, s.place, s.route, s.seq, _date(s), s.source, s.country, s.lat, s.lon, s.precision,
             s.radius_km, s.reported, s.mode, s.troops, s.status, s.url, s.note,
             [list(kv) for kv in s.extra] if s.extra else [],
             None if loc is None else loc.lat, None if loc is None else loc.lon])
    return Snapshot(rows, PLAIN_KEYS, title)


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
            ("changed", self.changed, lambda c: f"row {c[1]['row']}, {_describe(c[1])}: {_differences(*c)}"),
            ("removed", self.removed, lambda e: f"{_describe(e)} (was row {e['row']})"),
        ):
            out.extend(f"  {kind}: {say(item)}" for item in items[:limit])
            if len(items) > limit:
                out.append(f"  … and {len(items) - limit:,} more {kind}")
        return out


def _describe(e: dict) -> str:
    text = repr(e["place"])
    if e.get("route"):
        text += f" (route {e['route']!r}" + (f", seq {e['seq']}" if e.get("seq") is not None else "") + ")"
    if e.get("date"):
        text += f", {e['date']}"
    if e.get("source"):
        text += f", source {e['source']!r}"
    return text


def _differences(old: dict, new: dict, keys: tuple[str, ...]) -> str:
    """``status 'reported' -> 'confirmed'; position (48.48, 135.08) -> (48.5, 135.1)``.

    Where the map draws a report follows from its own lat/lon when it has them: the
    position is then said once, by them.
    """
    said = [f"{k} {old.get(k)!r} -> {new.get(k)!r}" for k in keys if k not in ("geo_lat", "geo_lon")]
    if {"geo_lat", "geo_lon"} & set(keys) and not {"lat", "lon"} & set(keys):
        said.append(f"position {_at(old)} -> {_at(new)}")
    return "; ".join(said)


def _at(e: dict) -> str:
    return "none" if e.get("geo_lat") is None else f"({e['geo_lat']!r}, {e['geo_lon']!r})"


def compare(previous: Snapshot | None, current: Snapshot) -> Changes:
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
    try:
        # The same reports in the same order, whatever their row numbers: most rebuilds. Identical lines
        # are asked first, as they need no copies without the row numbers.
        if previous.fields == current.fields and (previous.lines == current.lines
                                                  or _said(previous.lines) == _said(current.lines)):
            return Changes()
        previous.rows  # noqa: B018 - parsed here, where a corrupt file shows
        previous = _what_out_of_extra(previous, current.fields)
    except (ValueError, TypeError):
        return Changes(first=True)  # a snapshot this version cannot read: as if there were none
    common = tuple(k for k in FIELDS if k in previous.fields and k in current.fields)

    def keyed(snap: Snapshot) -> dict[tuple, list]:
        ident = itemgetter(*map(snap.fields.index, IDENTITY))
        said = itemgetter(*map(snap.fields.index, common)) if common else (lambda r: ())
        seen: dict[tuple, int] = {}
        out: dict[tuple, list] = {}
        for r in snap.rows:
            key = ident(r)
            n = seen[key] = seen.get(key, -1) + 1
            out[(*key, n)] = (said(r), r)
        return out

    old, new = keyed(previous), keyed(current)
    result = Changes()
    for key, (says, row) in new.items():
        o = old.get(key)
        if o is None:
            result.added.append(dict(zip(current.fields, row)))
        elif o[0] != says:
            before, after = dict(zip(previous.fields, o[1])), dict(zip(current.fields, row))
            diff = tuple(k for k in common if before.get(k) != after.get(k))
            result.changed.append((before, after, diff))
    result.removed = [dict(zip(previous.fields, r)) for key, (_, r) in old.items() if key not in new]
    return result


def _what_out_of_extra(previous: Snapshot, fields: tuple[str, ...]) -> Snapshot:
    """*previous* with ``what`` and ``moved`` read out of its ``extra`` when it kept them there.

    Before places.csv knew the columns, a file's ``what`` and ``moved`` (drafts of ``geo extract``
    have them) were extra columns, and a snapshot kept them in ``extra``; compared with one that
    keeps them as fields, every such report would seem changed.
    """
    if "what" not in fields or "what" in previous.fields or "extra" not in previous.fields:
        return previous
    at = previous.fields.index("extra")
    rows = []
    for r in previous.rows:
        extra = r[at] if isinstance(r[at], list) else []
        said = {str(k).strip().lower(): v for k, v in extra if str(k).strip().lower() in ("what", "moved")}
        rows.append([*r[:at], [kv for kv in extra if str(kv[0]).strip().lower() not in said], *r[at + 1:],
                     said.get("what", ""), said.get("moved", "")])
    return Snapshot(rows, (*previous.fields, "what", "moved"), previous.title)


def _said(lines: list[bytes]) -> list[bytes]:
    """The lines without their row numbers (each begins ``[row,``)."""
    return [line[line.index(b",") + 1:] for line in lines]


def _lines(rows: list[list]) -> list[bytes]:
    """Each row as a line of JSON.

    Made by one call of orjson for all the rows, then cut between them: three times faster than
    a call per row, whose 100,000 small results also left 300 MB of the allocator's memory in
    pieces. Two rows meet at ``],[`` before a row number; the only other ``],[`` is between the
    pairs of ``extra``, before a string, where the pieces are joined again. The cuts are checked
    by their number; whatever orjson cannot write (see :func:`_line`) is made a row at a time.
    """
    if not rows:
        return []
    try:
        whole = orjson.dumps(rows)
    except (orjson.JSONEncodeError, TypeError):
        return list(map(_line, rows))
    lines: list[bytes] = []
    for piece in whole[2:-2].split(b"],["):
        if piece[:1].isdigit() or not lines:
            lines.append(b"[" + piece + b"]")
        else:
            lines[-1] = lines[-1][:-1] + b"],[" + piece + b"]"
    return lines if len(lines) == len(rows) else list(map(_line, rows))


def _line(values: list) -> bytes:
    try:
        return orjson.dumps(values)
    except (orjson.JSONEncodeError, TypeError):
        # orjson refuses lone surrogates and integers beyond 64 bits, which a places file
        # cannot give today but json writes both, and reads them back.
        return json.dumps(values, ensure_ascii=True, allow_nan=False).encode("ascii")


def format_snapshot(snap: Snapshot) -> bytes:
    """The snapshot file's bytes (UTF-8): its title, then one report per line, fields in a fixed order."""
    head = b'{"format":%d,"title":%s,"fields":%s,"reports":[\n' % (
        _FORMAT, json.dumps(snap.title).encode(), json.dumps(list(snap.fields)).encode())
    return b"".join((head, b",\n".join(snap.lines), b"\n]}\n"))  # one copy of the megabytes fewer than +


def read_snapshot(path: str | os.PathLike) -> Snapshot | None:
    """The snapshot a previous build left at *path*, or None if there is none (or it cannot be read).

    A file as :func:`format_snapshot` lays it out is parsed only in its first line here; its
    reports are kept as lines, parsed if a comparison needs them (:class:`Snapshot`). Any other
    layout of the same JSON is parsed whole.
    """
    try:
        data = Path(path).read_bytes()
        head, _, body = data.partition(b"\n")
        try:
            doc = orjson.loads(head.rstrip() + b"]}")  # the first line opens the list of reports: close it
            if not body.endswith(b"\n]}\n"):
                raise ValueError("not laid out one report per line")
            reports = body[:-4]  # made once: a copy of megabytes
            lines, rows = (reports.split(b",\n") if reports else []), None  # inside a string, \\n
        except ValueError:
            try:
                doc = orjson.loads(data)
            except orjson.JSONDecodeError:
                doc = json.loads(data)
            lines, rows = None, doc["reports"]
        if doc.get("format") not in _READS:
            return None
        fields = tuple(doc["fields"])
        if not set(IDENTITY) <= set(fields) or fields[0] != "row" or not isinstance(rows or lines, list):
            return None
        title = doc.get("title")
        return Snapshot(rows, fields, title if isinstance(title, str) else None, lines)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        # No snapshot, or one this version cannot read: compare with nothing, as a first build.
        return None


def read_title(path: str | os.PathLike) -> str | None:
    """The title the snapshot at *path* keeps, read from its first line alone; None if there is none.

    >>> import tempfile, pathlib
    >>> p = write_snapshot(pathlib.Path(tempfile.mkdtemp()) / "m.reports.json", snapshot([], "Ships"))
    >>> read_title(p)
    'Ships'
    """
    try:
        with open(path, "rb") as f:
            head = f.readline(1 << 20)
        doc = orjson.loads(head.rstrip() + b"]}")  # the first line opens the list of reports: close it
        title = doc.get("title") if doc.get("format") in _READS else None
        return title if isinstance(title, str) else None
    except (OSError, ValueError, AttributeError):
        return None


def write_snapshot(path: str | os.PathLike, snap: Snapshot) -> Path:
    """Write *snap* to *path* atomically; return the path."""
    from .files import write_atomic

    return write_atomic(path, format_snapshot(snap))
