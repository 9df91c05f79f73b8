"""The reviewable record of every geocoding decision.

A build writes ``<places>.geocoded.csv`` beside the places file: one row per
distinct (place, country hint) the geocoder resolved, with what it chose and
how sure it was. The next build reuses these rows instead of geocoding again,
so the map regenerates identically and offline even if the gazetteer or an
online service changes. To correct a name, edit its row (set lat/lon and
``match`` to ``manual``); to re-resolve one, delete its row.

The ``accepted`` column is the analyst's: a name the geocoder found too
uncertain to place is refused, and its best guess is written here with
``accepted=no`` (the next build resolves it again); set ``yes`` to use the guess.
A decision in the "check" band is used, but listed on every build until its row
says ``accepted=yes``; the map keeps its reason (``doubt``) either way.

``kind`` says what sort of place was found: empty for a town or an area, ``water``
for a sea or lake, else a facility (``airbase``, ``port`` ...: see
:data:`geo.geocoders.base.KINDS`). A record written before the column existed is read
as if every ``kind`` were empty.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
from collections.abc import Mapping
from pathlib import Path

from .errors import Problem, PlacesFileError
from .files import write_atomic
from .geocoders.base import KINDS, MATCH_KINDS, PRECISIONS, GeocodeResult

#: Columns of the record, in file order.
COLUMNS = ("place", "country", "name", "lat", "lon", "country_code", "precision",
           "match", "score", "source", "radius_km", "ref", "kind", "doubt", "accepted")
#: How a doubt the analyst accepted reads in the map.
ACCEPTED = "checked and accepted by the analyst: "

Key = tuple[str, str]  # (place as written, country hint or "")


def record_path(places_path: str | os.PathLike) -> Path:
    """Where the record of *places_path* lives: ``places.csv`` → ``places.geocoded.csv``.

    >>> record_path("data/places.csv").as_posix()
    'data/places.geocoded.csv'
    """
    p = Path(places_path)
    return p.with_name(p.stem + ".geocoded.csv")


def read_record(path: str | os.PathLike) -> dict[Key, GeocodeResult]:
    """Read a record file; a missing file is an empty record.

    Raises PlacesFileError naming the row and column of any unreadable value,
    since a hand-edited record is input like any other.
    """
    path = Path(path)
    if not path.exists():
        return {}
    out: dict[Key, GeocodeResult] = {}
    problems: list[Problem] = []
    with path.open(newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        missing = [c for c in ("place", "lat", "lon") if c not in (reader.fieldnames or [])]
        if missing:
            raise PlacesFileError([Problem(str(path), 1, None, None,
                                           f"missing column(s) {', '.join(map(repr, missing))}",
                                           "delete the file to let the build write it anew")])
        for rowno, row in enumerate(reader, start=2):
            accepted = (row.get("accepted") or "").strip().lower()
            if accepted not in ("", "yes", "no"):
                problems.append(Problem(str(path), rowno, "accepted", row.get("accepted"), "must be yes, no or empty",
                                        "write yes to use this decision, or no to have the name resolved again"))
                continue
            if accepted == "no":
                continue  # a refused guess: resolved again (and refused again) until accepted
            try:
                result = _result_from_row(row)
            except ValueError as exc:
                column, value, message = exc.args
                problems.append(Problem(str(path), rowno, column, value, message,
                                        "fix the value or delete the row to geocode the place again"))
                continue
            if accepted == "yes" and result.doubt and not result.doubt.startswith(ACCEPTED):
                result = dataclasses.replace(result, doubt=ACCEPTED + result.doubt)
            out[(row["place"], row.get("country") or "")] = result
    if problems:
        raise PlacesFileError(problems)
    return out


def _result_from_row(row: Mapping[str, str]) -> GeocodeResult:
    def number(column: str, default: float | None = None) -> float:
        value = (row.get(column) or "").strip()
        if not value and default is not None:
            return default
        try:
            return float(value)
        except ValueError:
            raise ValueError(column, value, "not a number") from None

    lat, lon = number("lat"), number("lon")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("lat", f"{lat},{lon}", "coordinates out of range")
    precision = row.get("precision") or "point"
    if precision not in PRECISIONS:
        raise ValueError("precision", precision, f"must be one of {', '.join(PRECISIONS)}")
    match = row.get("match") or "manual"
    if match not in MATCH_KINDS:
        raise ValueError("match", match, f"must be one of {', '.join(MATCH_KINDS)}")
    kind = (row.get("kind") or "").strip()  # a record written before kinds existed has no such column
    if kind not in KINDS:
        raise ValueError("kind", kind, f"must be empty (a town or an area) or one of {', '.join(KINDS[1:])}")
    return GeocodeResult(
        query=row["place"], name=row.get("name") or row["place"], lat=lat, lon=lon,
        country_code=row.get("country_code") or None, precision=precision, match=match,
        score=number("score", 1.0), source=row.get("source") or "record",
        radius_km=number("radius_km", 0.0), ref=row.get("ref") or "", doubt=row.get("doubt") or "", kind=kind)


def canonical(result: GeocodeResult) -> GeocodeResult:
    """*result* at the precision the record keeps, so a fresh answer and its reread record are equal.

    Without this, the first build (fresh answers) and the next (the record)
    would draw from slightly different numbers and the maps would differ.

    >>> r = GeocodeResult("x", "x", 51.70037999999, 36.2351699999, None, "region", "exact", 0.91234, "g", 126.02519)
    >>> c = canonical(r); (c.lat, c.lon, c.score, c.radius_km)
    (51.70038, 36.23517, 0.912, 126.025)
    """
    r = result  # built directly: dataclasses.replace costs ten times more, per name of a big file
    lat, lon, score, radius_km = _kept_numbers(r)
    return GeocodeResult(r.query, r.name, lat, lon, r.country_code, r.precision, r.match, score, r.source,
                         radius_km, r.ref, r.doubt, (), r.kind)


def _kept_numbers(r: GeocodeResult) -> tuple[float, float, float, float]:
    """lat, lon, score and radius_km at the precision the record keeps."""
    return round(r.lat, 6), round(r.lon, 6), round(r.score, 3), round(r.radius_km, 3)


def format_record(entries: Mapping[Key, GeocodeResult], refused: Mapping[Key, GeocodeResult] | None = None) -> str:
    """The record's CSV text, rows sorted by place and country so diffs stay small.

    *refused* holds the best guesses of names refused as too uncertain, written with ``accepted=no``.
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    rows = [(k, r, "") for k, r in entries.items()] + [(k, r, "no") for k, r in (refused or {}).items()
                                                       if k not in entries]
    for (place, country), r, accepted in sorted(rows, key=lambda t: t[0]):
        lat, lon, score, radius_km = map(repr, _kept_numbers(r))
        doubt = r.doubt
        if doubt.startswith(ACCEPTED):
            doubt, accepted = doubt[len(ACCEPTED):], "yes"
        w.writerow([place, country, r.name, lat, lon, r.country_code or "", r.precision, r.match, score,
                    r.source, radius_km, r.ref, r.kind, doubt, accepted])
    return buf.getvalue()


def write_record(path: str | os.PathLike, entries: Mapping[Key, GeocodeResult],
                 refused: Mapping[Key, GeocodeResult] | None = None) -> Path:
    """Write the record atomically (with the refused guesses, see :func:`format_record`); returns its path."""
    return write_atomic(path, format_record(entries, refused))
