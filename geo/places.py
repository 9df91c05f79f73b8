"""Read places.csv: one reported stop per row, checked all at once.

The file is UTF-8 with or without a byte-order mark, with any line ending, and
separated by commas, semicolons (Excel in locales with a decimal comma) or
tabs, sniffed from the header line. Header names are case-insensitive, trimmed,
and a space or hyphen counts as an underscore (``Radius km`` is ``radius_km``).
Values are trimmed. Only ``place`` is required; columns this module does not
know are kept in :attr:`Stop.extra` in file order, unless the name is close to
a known column that the file lacks (``staus`` without ``status``), which is
reported as a likely typo.

Rules a user may not guess:

* Rows that are entirely empty are skipped without a problem: spreadsheets
  leave blank lines, and they carry no data to lose.
* ``lat``, ``lon`` and ``radius_km`` accept a decimal comma (``55,75``) as
  Excel writes them in semicolon files; ``troops`` accepts ``1500``,
  ``1,500`` and ``1 500`` (thousands separators).
* ``country``, ``mode``, ``status`` and ``precision`` are case-insensitive and
  stored normalised (``ru`` → ``RU``, ``Rail`` → ``rail``).
* Within a route, either every row has a ``seq`` or none has (then file order
  is the order); ``seq`` values must be unique within their route.
* ``precision=area`` describes a vague area, which no geocoder can resolve, so
  it needs ``lat``/``lon`` (the centre) and ``radius_km``.
* ``what`` (what moved, as reported) and ``moved`` (``people``, ``materiel`` or
  ``both``) are optional. In a file with either column, a row without ``moved``
  gets the class :func:`moved_of` reads from its ``what`` and ``troops``, and
  ``Stop.moved_from`` says so; a file with neither reads as it always did.

:func:`check_places` returns the good stops and every problem;
:func:`read_places` raises :class:`~geo.errors.PlacesFileError` instead.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
import math
import os
import re
from collections.abc import Callable
from typing import NamedTuple
from itertools import compress
from operator import not_
from pathlib import Path

from .errors import PlacesFileError, Problem, did_you_mean
from .records import DECLARED_PRECISIONS, MODES, MOVED, STATUSES, Stop, paused_gc, stops_from_columns

#: Every column the contract names, in the order they are documented.
COLUMNS = ("route", "seq", "place", "country", "lat", "lon", "date", "reported", "mode", "troops",
           "what", "moved", "status", "source", "url", "note", "precision", "radius_km")
#: The columns an unknown header name may be a typo of. Not ``what`` and ``moved``, which came
#: later: a file with a column of its own named like them ("removed") builds as it always did.
_SUGGESTED_COLUMNS = tuple(c for c in COLUMNS if c not in ("what", "moved"))

#: Header names people write for a known column; suggested, never silently accepted.
_HEADER_ALIASES = {
    "latitude": "lat", "longitude": "lon", "lng": "lon", "long": "lon", "country_code": "country",
    "iso": "country", "cc": "country", "radius": "radius_km", "link": "url", "order": "seq",
    "sequence": "seq", "comment": "note", "name": "place", "location": "place", "town": "place",
    "city": "place", "transport": "mode", "count": "troops", "number": "troops",
}
#: Words people write for a mode or status, with the value meant. "unconfirmed" is
#: listed because fuzzy matching would otherwise suggest its opposite, "confirmed".
_VALUE_ALIASES = {
    "mode": {"train": "rail", "railway": "rail", "ship": "sea", "naval": "sea", "boat": "sea",
             "ferry": "sea", "plane": "air", "flight": "air", "aircraft": "air", "truck": "road",
             "convoy": "road", "bus": "road", "car": "road", "?": "unknown"},
    "status": {"unconfirmed": "reported", "unverified": "reported", "alleged": "claimed",
               "verified": "confirmed", "false": "denied", "refuted": "denied"},
    "moved": {"troops": "people", "personnel": "people", "soldiers": "people", "forces": "people",
              "person": "people", "material": "materiel", "materials": "materiel", "equipment": "materiel",
              "weapons": "materiel", "munitions": "materiel", "hardware": "materiel", "vehicles": "materiel",
              "cargo": "materiel", "mixed": "both", "people and materiel": "both", "people+materiel": "both"},
}
#: Bounds of the numbers a row may give: beyond them a value is a slip of the keyboard, and it
#: would break a format downstream (GeoPackage integers have 64 bits, the page's numbers 53).
MAX_TROOPS = 100_000_000
MAX_SEQ = 2**53 - 1
MAX_RADIUS_KM = 20_000.0  # about half the Earth's circumference
#: Columns a file may have: the GeoPackage export's table holds the extra columns beside its own
#: (SQLite allows 2,000 in all).
MAX_COLUMNS = 1_000
_DATE_HINT = "write dates as YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD"
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INT_RE = re.compile(r"[+-]?\d+")
# Thousands separated by a comma, space, no-break space or narrow no-break space.
_TROOPS_RE = re.compile(r"\d+|\d{1,3}(?:([, \u00a0\u202f])\d{3})(?:\1\d{3})*")
_URL_RE = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)
_HEADER_SEP_RE = re.compile(r"[\s\-]+")
_SEPARATOR_NAMES = {",": "a comma", ";": "a semicolon", "\t": "a tab"}
# Other ways dates are written, tried only to suggest the ISO form of a bad date.
_OTHER_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%d.%m.%Y",
                       "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d")


class _Bad(Exception):
    """A bad value: ``args = (message, suggestion)``; never leaves this module."""


def read_places(path: str | os.PathLike) -> list[Stop]:
    """Read *path* into stops, in file order; raise on any problem.

    Parameters
    ----------
    path : the places CSV.

    Raises
    ------
    PlacesFileError : listing every problem of the file (a missing or unreadable
        file is one problem naming it).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "places.csv"
    >>> _ = p.write_text("route,seq,place,date\\nA,1,Vladivostok,2024-10-08\\nA,2,Khabarovsk,\\n")
    >>> [(s.route, s.seq, s.place, s.date_start) for s in read_places(p)]
    [('A', 1, 'Vladivostok', '2024-10-08'), ('A', 2, 'Khabarovsk', None)]
    """
    stops, problems = check_places(path)
    if problems:
        raise PlacesFileError(problems)
    return stops


class Checked(NamedTuple):
    """What :func:`inspect_places` found: the good stops, every problem, and the names of the other rows."""

    stops: list[Stop]
    problems: list[Problem]
    #: (row, place, country or None) of rows with a problem that name a place to geocode, so
    #: that a caller reports unresolved names in the same round as the other problems.
    pending: list[tuple[int, str, str | None]]


def check_places(path: str | os.PathLike) -> tuple[list[Stop], list[Problem]]:
    """Read *path* and return ``(stops, problems)`` without raising for bad data.

    ``stops`` holds the rows without a problem, in file order; ``problems``
    every problem found, in file order (header problems first).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "places.csv"
    >>> _ = p.write_text("place;status\\nKursk;confimred\\n", encoding="utf-8-sig")
    >>> stops, problems = check_places(p)
    >>> stops, problems[0].row, problems[0].column, problems[0].suggestion
    ([], 2, 'status', "did you mean 'confirmed'?")
    """
    checked = inspect_places(path)
    return checked.stops, checked.problems


def inspect_places(path: str | os.PathLike) -> Checked:
    """Like :func:`check_places`, and also the place names of the rows with a problem.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "places.csv"
    >>> _ = p.write_text("place,country,date\\nKursk,RU,yesterday\\nOrel,RU,\\n")
    >>> checked = inspect_places(p)
    >>> [s.place for s in checked.stops], checked.pending
    (['Orel'], [(2, 'Kursk', 'RU')])
    """
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Checked([], [Problem(name, None, None, None, f"cannot read the places file: {exc.strerror or exc}",
                                    "check the path")], [])
    # The text is decoded as the CSV reader goes, never whole: a whole copy of 100,000 rows is 20 to
    # 80 MB (a str takes four bytes a character once one emoji is in it), and io.StringIO holds
    # another at four bytes a character. Bytes that are not UTF-8 are reported before anything else.
    try:
        end = data.find(b"\n")
        first = (data if end < 0 else data[:end]).decode("utf-8-sig")  # a "\n" byte is never inside a character
        delimiter = max(",;\t", key=first.count) if first.strip() else ","
        rows = csv.reader(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline=""), delimiter=delimiter)
        with paused_gc():  # hundreds of thousands of records, none in a cycle: see records.paused_gc
            header = next(rows, [])
            return Checked(*_check_rows(name, header, rows, delimiter))
    except UnicodeDecodeError:
        problem = _not_utf8(name, data)
        if problem is None:  # not the file's bytes: a bug, to be seen
            raise
        return Checked([], [problem], [])
    except csv.Error as exc:  # e.g. a NUL byte: a binary file saved as .csv
        return Checked([], [_not_utf8(name, data) or Problem(name, None, None, None, f"not a readable CSV file: {exc}",
                                                             "save it as CSV from your spreadsheet")], [])


def _not_utf8(name: str, data: bytes) -> Problem | None:
    """The problem of a file whose bytes are not UTF-8 (naming the row of the first bad byte), or None."""
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data.count(b"\n", 0, exc.start) + 1
        return Problem(name, row, None, None, "the file is not UTF-8 text",
                       "save it as 'CSV UTF-8' (Excel) or UTF-8 (other editors)")
    return None


def _norm_header(h: str) -> str:
    return _HEADER_SEP_RE.sub("_", h.strip().lower())


def _check_rows(name: str, header: list[str], rows, delimiter: str):
    """Check the header, then every column at once.

    The work is column-wise for speed: each distinct value of a column is
    parsed once (dates, codes and modes repeat on most rows), and rows are only
    visited one by one where a rule ties columns together.
    """
    problems: list[Problem] = []
    add = problems.append
    keys = [_norm_header(h) for h in header]
    if not any(keys):
        add(Problem(name, 1, None, None, "the first row must be the header",
                    "write column names in the first row, at least 'place'"))
        return [], problems, []
    seen: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k and k in seen:
            add(Problem(name, 1, header[i].strip(), header[i],
                        f"column {header[i].strip()!r} appears twice", "delete or rename one of them"))
        seen.setdefault(k, i)
    for k, h in zip(keys, header):
        if k and k not in COLUMNS:
            guess = _HEADER_ALIASES.get(k) or _closest(k, _SUGGESTED_COLUMNS, 80)
            if guess and guess not in seen:
                add(Problem(name, 1, h.strip(), h, "unknown column name", did_you_mean([guess])))
    if len(header) > MAX_COLUMNS:
        add(Problem(name, 1, header[MAX_COLUMNS].strip() or f"column {MAX_COLUMNS + 1}", header[MAX_COLUMNS],
                    f"the header has {len(header):,} columns, more than the {MAX_COLUMNS:,} a map can carry",
                    "delete the columns the map does not need"))
        return [], problems, []
    if "place" not in seen:
        add(Problem(name, 1, "place", None, "the required column 'place' is missing",
                    "add a column named 'place' holding the place names as reported"))
        return [], problems, []

    ncols = len(keys)
    recs = list(rows)
    for k, rec in enumerate(recs):
        if len(rec) != ncols:  # ragged rows are rare: fix them up one by one
            if len(rec) > ncols and any(v.strip() for v in rec[ncols:]):
                add(Problem(name, k + 2, None, delimiter.join(v.strip() for v in rec[ncols:]),
                            f"the row has {len(rec)} values but the header only {ncols} columns",
                            f"add a header for them, or quote values containing {_SEPARATOR_NAMES[delimiter]}"))
            recs[k] = (rec + [""] * ncols)[:ncols]
    cols = [list(map(str.strip, column)) for column in zip(*recs)] if recs else [[] for _ in range(ncols)]
    rownos: list[int] = list(range(2, len(recs) + 2))
    keep = list(map(any, zip(*cols)))
    if not all(keep):  # blank spreadsheet lines: skipped, not errors
        rownos = list(compress(rownos, keep))
        cols = [list(compress(c, keep)) for c in cols]
    n = len(rownos)
    empty = [""] * n

    def column(c: str) -> list[str]:
        return cols[seen[c]] if c in seen else empty

    for i, k in enumerate(keys):
        if not k:  # a header cell left empty: its values would be lost
            hit = next((j for j, v in enumerate(cols[i]) if v), None)
            if hit is not None:
                add(Problem(name, rownos[hit], f"column {i + 1}", cols[i][hit],
                            "a value in a column without a header", "give the column a name in the header row"))
    place = column("place")
    for j, v in enumerate(place):
        if not v:
            add(Problem(name, rownos[j], "place", "", "the place is empty",
                        "write the place name as reported, or delete the row"))

    parsers = {"country": _country, "date": _date_range, "reported": _date, "mode": _choice("mode", MODES),
               "troops": _troops, "status": _choice("status", STATUSES), "url": _url,
               "precision": _choice("precision", DECLARED_PRECISIONS), "radius_km": _radius, "seq": _seq,
               "lat": _lat, "lon": _lon, "what": _what,
               "moved": _choice("moved", MOVED, "class of what moved")}
    values: dict[str, list] = {}
    for c, parse in parsers.items():
        if c not in seen:
            values[c] = [None] * n
            continue
        raw = cols[seen[c]]
        good: dict[str, object] = {"": None}
        bad: dict[str, tuple[str, str]] = {}
        for v in set(raw):
            if v:
                try:
                    good[v] = parse(v)
                except _Bad as exc:
                    bad[v] = exc.args
        values[c] = list(map(good.get, raw))
        if bad:
            lon = column("lon")
            for j, v in enumerate(raw):
                if v in bad:
                    message, suggestion = bad[v]
                    if c == "lat" and suggestion == "swap?":
                        suggestion = _swap_hint(v, lon[j])
                    add(Problem(name, rownos[j], c, v, message, suggestion))

    # Rules that tie columns of a row together.
    route, seq, lat_s, lon_s, radius_s = (column(c) for c in ("route", "seq", "lat", "lon", "radius_km"))
    for j in [j for j, (a, b) in enumerate(zip(lat_s, lon_s)) if (not a) != (not b)]:
        have, miss = ("lat", "lon") if lat_s[j] else ("lon", "lat")
        add(Problem(name, rownos[j], miss, "", f"{have} given without {miss}",
                    "give both lat and lon, or neither to let the geocoder place it"))
    seqs = values["seq"]
    # Each rule first asks a C-level question over whole columns and only walks
    # the rows one by one when the answer says something is wrong.
    if any(compress(seq, map(not_, route))):
        for j in range(n):
            if seq[j] and not route[j]:
                add(Problem(name, rownos[j], "seq", seq[j], "seq given without a route",
                            "write the route this stop belongs to, or clear seq"))
    mixed = set(compress(route, seq)) & set(compress(route, map(not_, seq))) - {""}
    for j in range(n) if mixed else ():
        if route[j] in mixed and not seq[j]:
            add(Problem(name, rownos[j], "seq", "", f"seq missing while other rows of route {route[j]!r} have one",
                        "give every row of the route a seq, or none (then file order counts)"))
    numbered = [(r, q) for r, q in zip(route, seqs) if r and q is not None] if "seq" in seen else []
    if len(set(numbered)) < len(numbered):
        first: dict[tuple[str, int], int] = {}
        for j in range(n):
            if route[j] and seqs[j] is not None:
                k = first.setdefault((route[j], seqs[j]), j)
                if k != j:
                    add(Problem(name, rownos[j], "seq", seq[j],
                                f"seq {seqs[j]} is already used by row {rownos[k]} in route {route[j]!r}",
                                "give every stop of a route its own seq"))
    for j in [j for j, p in enumerate(values["precision"]) if p == "area"] if "precision" in seen else ():
        if not (lat_s[j] and lon_s[j] and radius_s[j]):
            add(Problem(name, rownos[j], "precision", "area",
                        "precision 'area' needs lat, lon (its centre) and radius_km",
                        "give lat, lon and radius_km, or a place name and another precision"))

    rank = {h.strip(): i for i, h in enumerate(header)}
    problems.sort(key=lambda p: (p.row or 0, rank.get(p.column, -1)))
    dates = values.pop("date")
    values.update(
        row=rownos, place=place, route=route, source=column("source"), note=column("note"),
        status=[s or "reported" for s in values["status"]], url=[u or "" for u in values["url"]],
        date_start=[d and d[0] for d in dates], date_end=[d and d[1] for d in dates],
        extra=list(zip(*[[(h.strip(), v) for v in cols[i]] for i, (k, h) in enumerate(zip(keys, header))
                         if k and k not in COLUMNS])) or [()] * n)
    values["location"] = [None] * n
    if "what" in seen or "moved" in seen:
        values["what"], values["moved"], values["moved_from"] = _what_moved(
            values["what"], values["moved"], values["troops"])
    else:  # a file without them reads as it always did: nothing derived, nothing new on its map
        values["what"] = values["moved"] = values["moved_from"] = [""] * n
    if n == 0 and not problems:
        add(Problem(name, None, None, None, "the file has a header but no rows",
                    "add one row per reported stop under the header"))
    bad_rows = {p.row for p in problems}
    pending: list[tuple[int, str, str | None]] = []
    if bad_rows:
        ok = [r not in bad_rows for r in rownos]
        # names of rows with other problems, so that a caller can report their geocoding too
        pending = [(r, p, c) for r, p, c, la, good in zip(rownos, place, values["country"], lat_s, ok)
                   if not good and p and not la]
        values = {k: list(compress(v, ok)) for k, v in values.items()}
    return _make_stops(values), problems, pending


def moved_of(what: str, troops: int | None) -> tuple[str, str]:
    """The class of what moved, read from a row's ``what`` and ``troops``: ``(moved, read from)``.

    ``what`` is classed as ``geo extract`` classes the phrases it drafts
    (:func:`geo.extract.what.find_what`, or its Russian and Ukrainian twin for Cyrillic text:
    by the head nouns of the load, people or materiel, and both when they are named together;
    of loads named apart, the first). A troop number is a number of people, so people moved
    too. *read from* is ``"what"``, ``"troops"``, ``"what and troops"``, or ``""`` when
    nothing says (then *moved* is ``""`` too).

    >>> moved_of("S-400 components", None), moved_of("", 1500), moved_of("20 tanks", 300)
    (('materiel', 'what'), ('people', 'troops'), ('both', 'what and troops'))
    >>> moved_of("Oreshnik", None)
    ('', '')
    """
    kind = _what_class(what) if what else ""
    if not troops:
        return kind, "what" if kind else ""
    if kind in ("", "materiel"):
        return ("people", "troops") if not kind else ("both", "what and troops")
    return kind, "what"


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@functools.lru_cache(maxsize=4096)
def _what_class(what: str) -> str:
    if _CYRILLIC.search(what):
        from .extract.slavic.facts import find_what
    else:
        from .extract.what import find_what
    return find_what(what)[1]


def _what_moved(what: list, moved: list, troops: list) -> tuple[list[str], list[str], list[str]]:
    """The columns what, moved and moved_from of a file that has what or moved (see :func:`moved_of`)."""
    what = [w or "" for w in what]
    derived = {(w, bool(t)): moved_of(w, t) for w, m, t in zip(what, moved, troops) if not m}
    out_moved, out_from = [], []
    for w, m, t in zip(what, moved, troops):
        if m:
            out_moved.append(m)
            out_from.append("")
        else:
            m, why = derived[(w, bool(t))]
            out_moved.append(m)
            out_from.append(why)
    return what, out_moved, out_from


def _make_stops(values: dict[str, list]) -> list[Stop]:
    """Build Stops from columns of equal length (see :func:`geo.records.stops_from_columns`)."""
    return stops_from_columns(values)


def _closest(value: str, choices, cutoff: float) -> str | None:
    """The choice closest to *value* by edit similarity (0–100), if at least *cutoff*."""
    from rapidfuzz import fuzz, process  # only a file with a problem needs it

    hit = process.extractOne(value.lower(), choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    return hit[0] if hit else None


def _choice(column: str, allowed: tuple[str, ...], noun: str | None = None) -> Callable[[str], str]:
    """A parser accepting one of *allowed*, case-insensitively, and suggesting the closest (*noun*: what a value is)."""
    cache = {a: a for a in allowed}
    aliases = _VALUE_ALIASES.get(column, {})
    listing = ", ".join(map(repr, allowed))

    def parse(v: str) -> str:
        try:
            return cache[v]
        except KeyError:
            pass
        if v.lower() in allowed:
            cache[v] = v.lower()
            return cache[v]
        guess = aliases.get(v.lower()) or _closest(v, allowed, 60)
        raise _Bad(f"not a valid {noun or column} (one of {listing})",
                   did_you_mean([guess]) if guess else f"write one of {listing}")
    return parse


def _date(v: str) -> str:
    """An ISO date ``YYYY-MM-DD``, validated (no 2024-13-01)."""
    if _DATE_RE.fullmatch(v):
        try:
            _dt.date.fromisoformat(v)
            return v
        except ValueError as exc:
            raise _Bad(f"not a valid date ({exc})", _DATE_HINT) from None
    for fmt in _OTHER_DATE_FORMATS:
        try:
            iso = _dt.datetime.strptime(v, fmt).date().isoformat()
        except ValueError:
            continue
        raise _Bad("not a date in the expected format", f"{_DATE_HINT}, e.g. {iso!r}")
    raise _Bad("not a date in the expected format", _DATE_HINT)


def _date_range(v: str) -> tuple[str, str]:
    """A date or a range ``start/end`` → ``(start, end)``."""
    if "/" not in v or _DATE_RE.fullmatch(v):
        d = _date(v)
        return d, d
    parts = v.split("/")
    if len(parts) != 2:
        raise _Bad("not a date or a date range", _DATE_HINT)
    start, end = _date(parts[0].strip()), _date(parts[1].strip())
    if end < start:  # ISO dates sort as text
        raise _Bad("the range ends before it starts", f"write the earlier date first: '{end}/{start}'")
    return start, end


#: A number and nothing else ("1,500", "~ 2 000"); a placeholder such as "-" is no number.
_NUMBER_ONLY = re.compile(r"(?=.*\d)[\d\s,.'\u00a0\u202f+~≈-]+")


def _what(v: str) -> str:
    """What moved, in words: a bare number says nothing of it."""
    if _NUMBER_ONLY.fullmatch(v):
        raise _Bad("what is only a number: it says what moved, in words",
                   "write what moved as reported ('1,500 troops', '20 tanks'); the number of people goes in troops")
    return v


def _seq(v: str) -> int:
    if _INT_RE.fullmatch(v):
        # compared as text first: int() refuses strings of over 4,300 digits
        if len(v.lstrip("+-0")) > len(str(MAX_SEQ)) or abs(int(v)) > MAX_SEQ:
            raise _Bad(f"seq is too large (at most {MAX_SEQ:,} either way)", "number the stops of a route 1, 2, 3, …")
        return int(v)
    raise _Bad("seq is not a whole number", "number the stops of a route 1, 2, 3, …")


def _troops(v: str) -> int:
    if v.isascii() and v.isdigit():
        digits = v
    elif m := _TROOPS_RE.fullmatch(v):
        digits = v.replace(m.group(1), "") if m.group(1) else v
    elif v.startswith("-") and _TROOPS_RE.fullmatch(v[1:].strip()):
        raise _Bad("troops cannot be negative", "write the reported number of troops, e.g. 1500")
    else:
        raise _Bad("troops is not a whole number",
                   "write a number such as 1500 or 1,500; put words like 'about' or 'up to' in note")
    # compared as text first: int() refuses strings of over 4,300 digits
    if len(digits.lstrip("0")) > len(str(MAX_TROOPS)) or int(digits) > MAX_TROOPS:
        raise _Bad(f"troops is more than any army ({MAX_TROOPS:,})",
                   "write the reported number of people; check for extra digits")
    return int(digits)


def _number(v: str) -> float:
    """A finite float; accepts one decimal comma. Raises ValueError otherwise."""
    if "," in v and "." not in v:
        v = v.replace(",", ".", 1)
    x = float(v)
    if not math.isfinite(x):
        raise ValueError(v)
    return x


def _radius(v: str) -> float:
    try:
        x = _number(v)
    except ValueError:
        raise _Bad("radius_km is not a number", "write the radius in kilometres, e.g. 150") from None
    if x <= 0:
        raise _Bad("radius_km must be greater than 0", "write the radius in kilometres, e.g. 150")
    if x > MAX_RADIUS_KM:
        raise _Bad(f"radius_km is more than {MAX_RADIUS_KM:,.0f} (a circle that wide covers the whole Earth)",
                   "write the radius in kilometres, e.g. 150; for a whole country use precision=country")
    return x


def _url(v: str) -> str:
    if _URL_RE.fullmatch(v):
        return v
    if re.match(r"[a-z][a-z0-9+.\-]*:", v, re.IGNORECASE) and not v.lower().startswith("http"):
        raise _Bad("only http and https links are allowed", "link to the report's web page (https://…)")
    if re.fullmatch(r"[\w.-]+\.[a-z]{2,}(/\S*)?", v, re.IGNORECASE):
        raise _Bad("the link has no http:// or https://", f"did you mean 'https://{v}'?")
    raise _Bad("not a web link", "write the full link, starting with https://")


def _degrees(v: str, column: str, limit: float) -> float:
    try:
        x = _number(v)
    except ValueError:
        raise _Bad(f"{column} is not a number",
                   "write decimal degrees, e.g. 43.1155 (south and west negative)") from None
    if abs(x) > limit:
        # "swap?" asks the caller, who sees the row's lon, whether to suggest swapping.
        hint = f"{column} must be between -{limit:g} and {limit:g}"
        raise _Bad(f"{column} is out of range", "swap?" if column == "lat" and abs(x) <= 180 else hint)
    return x


def _angle(column: str, limit: float) -> Callable[[str], float]:
    """A parser of *column* in decimal degrees within ±*limit*."""
    def parse(v: str) -> float:
        try:  # the common case first, without the checks a bad value needs
            x = float(v)
            if -limit <= x <= limit:
                return x
        except ValueError:
            pass
        return _degrees(v, column, limit)
    return parse


_lat = _angle("lat", 90.0)
_lon = _angle("lon", 180.0)


def _swap_hint(lat: str, lon: str) -> str:
    """Suggest swapping when *lat* is out of range but would be a fine longitude and *lon* a latitude."""
    try:
        if abs(_number(lon)) <= 90:
            return f"lat and lon look swapped; did you mean lat={lon}, lon={lat}?"
    except ValueError:
        pass
    return "lat must be between -90 and 90"


def _country(v: str) -> str:
    """An ISO 3166-1 alpha-2 code; a country name or alpha-3 code gets its code suggested."""
    if v.upper() in _country_codes():
        return v.upper()
    names = _country_names()
    code = names.get(v.casefold())
    if code is None and len(v) > 3:
        hit = _closest(v.casefold(), list(names), 85)
        code = names[hit] if hit else None
    raise _Bad("not an ISO 3166-1 alpha-2 country code",
               did_you_mean([code]) if code else "write the two-letter code, e.g. 'RU' or 'UA'")


@functools.cache
def _country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code."""
    import pycountry

    # XK (Kosovo) is user-assigned in ISO 3166 but universally used, also by Natural Earth.
    return frozenset({c.alpha_2 for c in pycountry.countries} | {"XK"})


@functools.cache
def _country_names() -> dict[str, str]:
    """Casefolded country name or alpha-3 code → alpha-2; only needed to suggest a fix."""
    import pycountry

    names: dict[str, str] = {"uk": "GB", "kosovo": "XK", "russia": "RU"}
    for c in pycountry.countries:
        for n in (c.alpha_3, c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if n:
                names.setdefault(n.casefold(), c.alpha_2)
    try:  # Natural Earth adds the short names people write ("North Korea", "Syria").
        from .basemap import countries

        for row in countries()[["iso_a2", "name", "name_long", "name_en", "name_alt"]].itertuples(index=False):
            for n in row[1:]:
                if row[0] and isinstance(n, str) and n:
                    names.setdefault(n.casefold(), row[0])
    except Exception:  # noqa: BLE001 - these names only improve a suggestion
        pass
    return names
