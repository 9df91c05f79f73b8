"""Write the stops and legs of a map as GeoJSON and GeoPackage beside its HTML.

``maps/places.html`` gets ``maps/places.geojson``, ``maps/places.legs.geojson`` and
``maps/places.gpkg`` (layers ``places`` and ``legs``), named after the map (itself
named after its places file), so two stories in one folder never overwrite each other; all in EPSG:4326
with every attribute, so the data behind the map opens in QGIS or a notebook: the row's own columns,
the geocoding result's (prefixed ``geo_``), and ``kind``, what sort of place it is (empty for a town
or an area, ``water``, or a facility such as ``airbase``). When the places file says what moved, the
stops also carry ``what``, ``moved`` (``people``, ``materiel``, ``both`` or empty) and ``moved_from``
(where a class the row does not give was read: ``what``, ``troops`` ...), and the legs the ``what`` and
``moved`` of their arrival; a file that does not say has the columns it always had.

GeoJSON follows RFC 7946 (legs split at ±180° by
:func:`geo.routes.split_paths`, coordinates rounded to 5 decimals, about
1 m), one feature per line, written with orjson. GDAL writes the
GeoPackage, through pyogrio's raw writer, with a spatial index; the GDAL option
``OGR_CURRENT_DATE`` fixes the one timestamp it would write, so the same
input gives the same bytes in every file. All files are first written into
a temporary directory beside the HTML and only then moved into place, with
the build's other files, as one set (:func:`geo.files.publish`), so a failed
build leaves the previous files untouched.
geopandas and pyogrio are imported only when a frame or an export is made.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter, is_not
from pathlib import Path

import numpy as np
import orjson

from .records import Leg, Stop
from .routes import round5, split_paths, to_lonlat

CRS = "EPSG:4326"


def export_names(html_path: str | os.PathLike) -> tuple[str, str, str]:
    """The names of the places GeoJSON, legs GeoJSON and GeoPackage of the map *html_path*.

    >>> export_names("maps/story.html")
    ('story.geojson', 'story.legs.geojson', 'story.gpkg')
    """
    stem = Path(html_path).stem
    return f"{stem}.geojson", f"{stem}.legs.geojson", f"{stem}.gpkg"

_STOP_COLUMNS = ("row", "place", "route", "seq", "country", "date_start", "date_end", "reported", "mode",
                 "troops", "status", "source", "url", "note", "precision", "radius_km")
#: Attributes of the geocoding result, prefixed so they never clash with the CSV's own columns.
_LOCATION_COLUMNS = ("geo_name", "geo_lat", "geo_lon", "geo_country_code", "geo_precision", "geo_match",
                     "geo_score", "geo_source", "geo_radius_km", "geo_ref", "kind")
#: The attribute of the geocoding result behind each location column.
_LOCATION_ATTRS = {c: {"geo_lat": "lat", "geo_lon": "lon", "geo_source": "source"}.get(c, c.removeprefix("geo_"))
                   for c in _LOCATION_COLUMNS}
_INT, _FLOAT, _STR = "int", "float", "str"
_STOP_INTS = ("seq", "troops", "row")
_STOP_FLOATS = ("radius_km", "geo_lat", "geo_lon", "geo_score", "geo_radius_km")


def _stop_columns(stops: Sequence[Stop]) -> dict[str, tuple[str, list]]:
    """Every attribute column of the stops: name → (kind, values), in output order."""
    cols: dict[str, list] = {c: list(map(attrgetter(c), stops)) for c in _STOP_COLUMNS}
    if _says_what(stops):
        cols = _after(cols, "troops", {c: list(map(attrgetter(c), stops)) for c in _WHAT_COLUMNS})
    locs = list(map(attrgetter("location"), stops))
    located = list(map(is_not, locs, repeat(None)))
    for c in _LOCATION_COLUMNS:
        get = attrgetter(_LOCATION_ATTRS[c])
        cols[c] = list(map(get, locs)) if all(located) else [None if v is None else get(v) for v in locs]
    names = dict.fromkeys(k for s in stops if s.extra for k, _ in s.extra)  # union, first seen first
    if names:
        extras = [dict(s.extra) if s.extra else {} for s in stops]
        # Column names are case-insensitive in a GeoPackage, whose table also
        # has its own "fid" and "geom"; GeoDataFrames have "geometry".
        taken = {c.lower() for c in cols} | {"geometry", "geom", "fid"}
        for name in names:
            key = name if name.lower() not in taken else f"extra_{name}"
            taken.add(key.lower())
            cols[key] = [e.get(name) for e in extras]
    kinds = {c: _INT for c in _STOP_INTS} | {c: _FLOAT for c in _STOP_FLOATS}
    return {c: (kinds.get(c, _STR), v) for c, v in cols.items()}


#: What moved (see :mod:`geo.places`), after ``troops``, when the file says it.
_WHAT_COLUMNS = ("what", "moved", "moved_from")


def _says_what(stops: Sequence[Stop]) -> bool:
    """Whether any stop says what moved (else the file has neither column, and the exports stay as they were)."""
    return any(map(attrgetter("what"), stops)) or any(map(attrgetter("moved"), stops))


def _after(cols: dict, key: str, more: dict) -> dict:
    """*cols* with the columns of *more* inserted after *key*."""
    out = {}
    for k, v in cols.items():
        out[k] = v
        if k == key:
            out.update(more)
    return out


def _leg_columns(legs: Sequence[Leg]) -> dict[str, tuple[str, list]]:
    def col(name: str) -> list:
        return list(map(attrgetter(name), legs))

    what = ({"what": (_STR, col("end.what")), "moved": (_STR, col("end.moved"))}
            if _says_what(list(map(attrgetter("end"), legs))) else {})
    return {
        "route": (_STR, col("route")),
        "index": (_INT, col("index")),
        "from": (_STR, col("start.place")),
        "to": (_STR, col("end.place")),
        "from_row": (_INT, col("start.row")),
        "to_row": (_INT, col("end.row")),
        "mode": (_STR, col("mode")),
        "status": (_STR, col("status")),
        "distance_km": (_FLOAT, [round(d, 1) for d in col("distance_km")]),
        "path_kind": (_STR, col("path_kind")),
        "date_start": (_STR, col("start.date_start")),
        "date_end": (_STR, col("end.date_end")),
        **what,
    }


def _stop_xy(stops: Sequence[Stop]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(x, y, located) of the stops; NaN where a stop has no location."""
    locs = [s.location for s in stops]
    lat = np.fromiter((loc.lat if loc is not None else np.nan for loc in locs), float, len(locs))
    lon = np.fromiter((loc.lon if loc is not None else np.nan for loc in locs), float, len(locs))
    x, y = to_lonlat(lat, lon)
    return x, y, np.fromiter((loc is not None for loc in locs), bool, len(locs))


def _points(x: np.ndarray, y: np.ndarray, located: np.ndarray):
    """Points at (x, y), None where not *located*."""
    import shapely

    points = np.full(len(x), None, dtype=object)
    if located.any():
        points[located] = shapely.points(np.column_stack([x[located], y[located]]))
    return points


def _leg_lines(split):
    """MultiLineStrings (one per leg) from :func:`geo.routes.split_paths`, all at once."""
    import shapely

    x, y, part_start, leg_parts = split
    nlegs = len(leg_parts) - 1
    if not nlegs:
        return np.empty(0, dtype=object)
    part_of_point = np.repeat(np.arange(len(part_start) - 1), np.diff(part_start))
    lines = shapely.linestrings(np.column_stack([x, y]), indices=part_of_point)
    leg_of_part = np.repeat(np.arange(nlegs), np.diff(leg_parts))
    out = shapely.multilinestrings(lines, indices=leg_of_part)
    if len(out) < nlegs:  # a leg left without parts: an empty MultiLineString, as before
        full = np.array([shapely.MultiLineString()] * nlegs, dtype=object)
        full[np.flatnonzero(np.diff(leg_parts))] = out
        out = full
    return out


def stops_frame(stops: Sequence[Stop]):
    """The stops as a GeoDataFrame: one row per stop, every attribute, Point(lon, lat) in EPSG:4326.

    Extra CSV columns follow the contract's columns in file order (renamed
    ``extra_<name>`` if they would clash); stops not yet located have no geometry.

    >>> from geo.geocoders.base import GeocodeResult
    >>> loc = GeocodeResult("Kursk", "Kursk", 51.73, 36.19, "RU", "city", "manual", 1.0, "manual")
    >>> df = stops_frame([Stop(row=2, place="Kursk", extra=(("unit", "3rd"),), location=loc)])
    >>> df.loc[0, "geometry"].wkt, df.loc[0, "unit"], df.crs.to_string()
    ('POINT (36.19 51.73)', '3rd', 'EPSG:4326')
    """
    return _frame(_stop_columns(stops), _points(*_stop_xy(stops)), len(stops))


def legs_frame(legs: Sequence[Leg]):
    """The legs as a GeoDataFrame with RFC 7946 geometry (split at ±180°) in EPSG:4326.

    ``date_start`` is the start stop's first date and ``date_end`` the end
    stop's last date: the span in which the movement was reported. A leg in
    one piece is a LineString, one split at ±180° a MultiLineString.

    >>> from geo.geocoders.base import GeocodeResult
    >>> from geo.routes import build_legs
    >>> at = lambda row, place, lat, lon: Stop(row=row, place=place, route="A", location=GeocodeResult(
    ...     place, place, lat, lon, "RU", "city", "manual", 1.0, "manual"))
    >>> df = legs_frame(build_legs([at(2, "Vladivostok", 43.1155, 131.8855), at(3, "Khabarovsk", 48.4814, 135.0721)]))
    >>> df.loc[0, ["route", "from", "to"]].tolist(), float(df.loc[0, "distance_km"])
    (['A', 'Vladivostok', 'Khabarovsk'], 645.7)
    """
    import shapely

    lines = _leg_lines(split_paths(legs))
    if len(lines):  # a leg in one piece is a plain LineString here
        single = shapely.get_num_geometries(lines) == 1
        lines[single] = shapely.get_geometry(lines[single], 0)
    return _frame(_leg_columns(legs), lines, len(legs))


def _frame(cols: dict[str, tuple[str, list]], geometry, n: int):
    import geopandas as gpd
    import pandas as pd

    dtypes = {_INT: "Int64", _FLOAT: "float64"}
    data = {c: pd.array(v, dtype=dtypes[k]) if k in dtypes else v for c, (k, v) in cols.items()}
    df = pd.DataFrame(data, index=pd.RangeIndex(n))
    return gpd.GeoDataFrame(df, geometry=list(geometry), crs=CRS)


def staging_folder(html_path: str | os.PathLike) -> Path:
    """A new hidden folder beside *html_path* to write a build's files in before they are published."""
    folder = Path(html_path).parent
    folder.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=".build-", dir=folder))


def stage_exports(stops: Sequence[Stop], legs: Sequence[Leg], html_path: str | os.PathLike,
                  staging: Path) -> list[tuple[Path, Path]]:
    """Write the three exports of the map *html_path* into *staging*, whole and on disk.

    Returns (staged file, its place beside *html_path*) pairs for :func:`geo.files.publish`.
    Only files in *staging* are written, so a build may run this in a second process while
    it draws the map (:mod:`geo.background`).
    """
    names = export_names(html_path)
    stop_cols, leg_cols = _stop_columns(stops), _leg_columns(legs)
    x, y, located = _stop_xy(stops)
    # Both formats to 5 decimals (about 1 m), as split_paths rounds the legs; every
    # leg a MultiLineString, as a layer has one geometry type.
    points, lines = _points(round5(x), round5(y), located), _leg_lines(split_paths(legs))
    _write_geojson(staging / names[0], stop_cols, points)
    _write_geojson(staging / names[1], leg_cols, lines)
    _write_gpkg(staging / names[2], "places", stop_cols, points, "Point")
    _write_gpkg(staging / names[2], "legs", leg_cols, lines, "MultiLineString")
    for name in names:  # on disk before anything is published (SQLite did not sync: _GDAL_CONFIG)
        with open(staging / name, "rb") as f:
            os.fsync(f.fileno())
    folder = Path(html_path).parent
    return [(staging / name, folder / name) for name in names]


def _write_geojson(path: Path, cols: dict[str, tuple[str, list]], geometries) -> None:
    """Write RFC 7946 GeoJSON (lon/lat in EPSG:4326, no "crs" member), one feature per line.

    Written with orjson, not GDAL: at 100,000 stops GDAL's GeoJSON writer
    took 7 s of CPU, this well under 1 s. Missing values (None, NaN) are null.
    """
    import shapely

    names = list(cols)
    rows = zip(*[values for _, values in cols.values()])
    features = orjson.dumps([{"type": "Feature", "properties": dict(zip(names, row)),
                              "geometry": None if g is None else orjson.Fragment(g)}
                             for row, g in zip(rows, shapely.to_geojson(geometries).tolist())])
    # One call for all the features is three times faster than one per feature; then one feature
    # per line. The bytes replaced occur nowhere else: inside a string a quote is written \",
    # properties are plain values, and no geometry is a "Feature".
    features = features.replace(b'},{"type":"Feature"', b'},\n{"type":"Feature"')
    body = features[1:-1]  # without the list's brackets
    with open(path, "wb") as f:
        f.write(b'{"type":"FeatureCollection","features":[\n' + body + (b"\n" if body else b"") + b"]}\n")


#: The GeoPackage's R*Tree spatial index (GDAL's default, said here because it is promised).
_GPKG_OPTIONS = {"SPATIAL_INDEX": "YES"}
#: What GDAL writes as the GeoPackage's last change (gpkg_contents.last_change) instead of
#: the time of writing, so that the same input gives the same bytes.
FIXED_DATE = "1970-01-01T00:00:00Z"
#: GDAL settings while writing: the fixed date, and no SQLite syncs after each transaction. The file
#: is written in a temporary folder and renamed into place only when whole (geo.files.publish), and
#: synced to disk once before that; SQLite's syncs after each step only made a large export slower.
_GDAL_CONFIG = {"OGR_CURRENT_DATE": FIXED_DATE, "OGR_SQLITE_SYNCHRONOUS": "OFF"}


def _write_gpkg(path: Path, layer: str, cols: dict[str, tuple[str, list]], geometries, geometry_type: str) -> None:
    """Add the columns *cols* and *geometries* to the GeoPackage *path* (made if missing) as *layer*, with GDAL.

    Given to pyogrio as plain arrays (its raw writer), not as a GeoDataFrame: the same
    table, byte for byte, for a fifth less time at 100,000 stops. Integers may be missing
    (a mask says where), floats are missing as NaN, texts as None.
    """
    import pyogrio
    import shapely
    from pyogrio.raw import write

    data, masks = [], []
    for kind, values in cols.values():
        n = len(values)
        if kind == _INT:
            missing = np.fromiter((v is None for v in values), bool, n)
            data.append(np.fromiter((0 if v is None else v for v in values), np.int64, n))
            masks.append(missing if missing.any() else None)
            continue
        if kind == _FLOAT:
            data.append(np.fromiter((np.nan if v is None else v for v in values), float, n))
        else:
            texts = np.empty(n, dtype=object)
            texts[:] = values
            data.append(texts)
        masks.append(None)
    wkb = shapely.to_wkb(np.asarray(geometries, dtype=object))
    previous = {k: pyogrio.get_gdal_config_option(k) for k in _GDAL_CONFIG}
    pyogrio.set_gdal_config_options(_GDAL_CONFIG)
    try:
        write(path, wkb, data, list(cols), field_mask=masks, layer=layer, driver="GPKG", geometry_type=geometry_type,
              crs=CRS, layer_options=_GPKG_OPTIONS, promote_to_multi=False)
    finally:
        pyogrio.set_gdal_config_options(previous)
