"""Write the stops and legs of a map as GeoJSON and GeoPackage beside its HTML.

``maps/places.html`` gets ``maps/places.geojson``, ``maps/places.legs.geojson`` and
``maps/places.gpkg`` (layers ``places`` and ``legs``), named after the map (itself
named after its places file), so two stories in one folder never overwrite each other; all in EPSG:4326
with every attribute, so the data behind the map opens in QGIS or a notebook.

GeoJSON follows RFC 7946 (legs split at ±180°, see
:func:`geo.routes.split_paths`) and is byte-for-byte the same for the same
input. All files are first written into a temporary directory beside the
HTML and only then moved into place with ``os.replace``, so a failed build
leaves the previous files untouched.

Speed at 100,000 stops: the attribute columns and the geometries (all legs
at once, with numpy and shapely's vectorised constructors) are computed
once and serve both formats. GeoJSON is written directly, in the layout
GDAL's GeoJSON driver writes (so files written before stay byte-identical):
strings and numbers as JSON (orjson), coordinates rounded to 5 decimals.
The GeoPackage is written with the standard library's sqlite3, in bulk,
with a packed spatial index and no timestamp (see ``_write_gpkg``): GDAL
took 6 s for it at 100,000 stops. Neither pandas, geopandas nor pyogrio is
imported unless :func:`stops_frame` / :func:`legs_frame` are called.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter, is_not
from pathlib import Path

import numpy as np
import orjson

from .model import Leg, Stop
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
                     "geo_score", "geo_source", "geo_radius_km", "geo_ref")
_INT, _FLOAT, _STR = "int", "float", "str"
_STOP_INTS = ("seq", "troops", "row")
_STOP_FLOATS = ("radius_km", "geo_lat", "geo_lon", "geo_score", "geo_radius_km")


def _stop_columns(stops: Sequence[Stop]) -> dict[str, tuple[str, list]]:
    """Every attribute column of the stops: name → (kind, values), in output order."""
    cols: dict[str, list] = {c: list(map(attrgetter(c), stops)) for c in _STOP_COLUMNS}
    locs = list(map(attrgetter("location"), stops))
    located = list(map(is_not, locs, repeat(None)))
    for c in _LOCATION_COLUMNS:
        attr = {"geo_lat": "lat", "geo_lon": "lon", "geo_source": "source"}.get(c, c[4:])
        get = attrgetter(attr)
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


def _leg_columns(legs: Sequence[Leg]) -> dict[str, tuple[str, list]]:
    def col(name: str) -> list:
        return list(map(attrgetter(name), legs))

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
    }


def _stop_xy(stops: Sequence[Stop]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(x, y, located) of the stops; NaN where a stop has no location."""
    locs = [s.location for s in stops]
    lat = np.fromiter((loc.lat if loc is not None else np.nan for loc in locs), float, len(locs))
    lon = np.fromiter((loc.lon if loc is not None else np.nan for loc in locs), float, len(locs))
    x, y = to_lonlat(lat, lon)
    return x, y, np.fromiter((loc is not None for loc in locs), bool, len(locs))


def _stop_points(stops: Sequence[Stop]):
    import shapely

    x, y, located = _stop_xy(stops)
    points = np.full(len(stops), None, dtype=object)
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
    return _frame(_stop_columns(stops), _stop_points(stops), len(stops))


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


def write_exports(stops: Sequence[Stop], legs: Sequence[Leg], html_path: str | os.PathLike) -> list[Path]:
    """Write <stem>.geojson, <stem>.legs.geojson and <stem>.gpkg beside *html_path*; return their paths.

    All three are written to a temporary directory in the same folder first
    and moved into place only when all succeeded.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "index.html"
    >>> [p.name for p in write_exports([], [], out)]
    ['index.geojson', 'index.legs.geojson', 'index.gpkg']
    """
    folder = Path(html_path).parent
    places_name, legs_name, gpkg_name = export_names(html_path)
    folder.mkdir(parents=True, exist_ok=True)
    stop_cols, leg_cols = _stop_columns(stops), _leg_columns(legs)
    x, y, located = _stop_xy(stops)
    split = split_paths(legs)
    tmp = Path(tempfile.mkdtemp(prefix=".export-", dir=folder))
    try:
        _write_geojson(tmp / places_name, stop_cols, _point_texts(x, y, located))
        _write_geojson(tmp / legs_name, leg_cols, _multiline_texts(split))
        point_env = np.where(located[:, None], np.column_stack([x, x, y, y]), np.nan)
        line_blobs, line_env = _multiline_blobs(split)
        _write_gpkg(tmp / gpkg_name, [("places", "POINT", stop_cols, _point_blobs(x, y, located), point_env),
                                       ("legs", "MULTILINESTRING", leg_cols, line_blobs, line_env)])
        out = []
        for name in (places_name, legs_name, gpkg_name):
            os.replace(tmp / name, folder / name)
            out.append(folder / name)
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --- GeoJSON, in GDAL's layout (RFC7946=YES, COORDINATE_PRECISION=5, WRITE_NAME=NO) ---

_HEAD = '{\n"type": "FeatureCollection",\n"xy_coordinate_resolution": 1e-05,\n"features": [\n'


def _json_str(text: str) -> str:
    try:
        return orjson.dumps(text).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):  # lone surrogates: escaped as json does
        return json.dumps(text, ensure_ascii=True)


def _json_value(kind: str, v) -> str:
    if v is None or v != v:  # None, NaN
        return "null"
    if kind == _STR:
        return _json_str(v if isinstance(v, str) else str(v))
    return str(int(v)) if kind == _INT else repr(float(v))


def _json_values(kind: str, values: list) -> list[str]:
    """JSON text of each value of a column (null for None / NaN); each distinct value written once."""
    distinct = set(values)
    if kind == _INT and None not in distinct:  # the common cases in one C-level pass
        memo = dict(zip(distinct, map(str, map(int, distinct))))
    elif kind == _FLOAT and None not in distinct and all(v == v for v in distinct):
        memo = dict(zip(distinct, map(repr, map(float, distinct))))
    else:
        memo = {v: _json_value(kind, v) for v in distinct}
    return list(map(memo.__getitem__, values))


def _coord_texts(a: np.ndarray) -> list[str]:
    """Coordinates (already rounded to 5 decimals) as GDAL writes them: fixed point, no trailing zeros."""
    out = list(map(repr, a.tolist()))
    for i in np.flatnonzero((np.abs(a) < 1e-4) & (a != 0)).tolist():  # repr would write 1e-05
        out[i] = f"{a[i]:.5f}".rstrip("0")
    return out


def _point_texts(x, y, located) -> list[str]:
    xs, ys = _coord_texts(round5(np.where(located, x, 0.0))), _coord_texts(round5(np.where(located, y, 0.0)))
    return ['{ "type": "Point", "coordinates": [ %s, %s ] }' % (a, b) if ok else "null"
            for a, b, ok in zip(xs, ys, located.tolist())]


def _multiline_texts(split) -> list[str]:
    x, y, part_start, leg_parts = split
    points = list(map("[ {}, {} ]".format, _coord_texts(x), _coord_texts(y)))
    bounds = part_start.tolist()
    parts = ["[ " + ", ".join(points[a:b]) + " ]" for a, b in zip(bounds[:-1], bounds[1:])]
    lp = leg_parts.tolist()
    return ['{ "type": "MultiLineString", "coordinates": [ ' + ", ".join(parts[a:b]) + " ] }" if b > a
            else '{ "type": "MultiLineString", "coordinates": [ ] }' for a, b in zip(lp[:-1], lp[1:])]


def _write_geojson(path: Path, cols: dict[str, tuple[str, list]], geometries: list[str]) -> None:
    # One %-template per layer, filled once per feature: the keys are written
    # once, not once per feature ("%" in a key doubled so it stays text).
    props = ", ".join(_json_str(c).replace("%", "%%") + ": %s" for c in cols)
    template = '{ "type": "Feature", "properties": { ' + props + ' }, "geometry": %s }'
    if not cols:
        template = '{ "type": "Feature", "properties": {  }, "geometry": %s }'
    values = [_json_values(k, v) for k, v in cols.values()]
    features = list(map(template.__mod__, zip(*values, geometries)))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(_HEAD + ",\n".join(features) + "\n]\n}\n")


# --- GeoPackage, written with the standard library's sqlite3 ---
#
# A GeoPackage (OGC 12-128, version 1.2 here) is an SQLite file with three
# metadata tables, one table per layer whose geometry column holds
# "GeoPackage binary" blobs (a short header, an optional envelope, then WKB),
# and an R*Tree spatial index per layer kept current by triggers. Writing it
# here with executemany takes a fraction of what GDAL's per-feature, per-field
# path takes for 100,000 rows, and has no timestamp, so the same input gives
# the same bytes. tests/test_export.py checks the files with GDAL (pyogrio):
# layers, values, geometry, CRS, spatial filters, and appending through GDAL.

_GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
_GPKG_USER_VERSION = 10200  # GeoPackage 1.2
#: gpkg_contents.last_change: fixed (no build time), so files are reproducible.
_GPKG_LAST_CHANGE = "1970-01-01T00:00:00.000Z"
_SRS_ID = 4326
_WGS84_WKT = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
              'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
              'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
              'AUTHORITY["EPSG","4326"]]')
_GPKG_META = """
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
"""
# The spatial index and its triggers (GeoPackage 1.2, extension gpkg_rtree_index);
# {t} is the layer, {c} its geometry column, {i} its primary key. The ST_ functions
# are provided by GeoPackage software (GDAL, QGIS) when it edits the layer.
_GPKG_RTREE = """
CREATE VIRTUAL TABLE rtree_{t}_{c} USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_{t}_{c}_insert AFTER INSERT ON {t}
  WHEN (new.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
BEGIN
  INSERT OR REPLACE INTO rtree_{t}_{c} VALUES (
    NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c}));
END;
CREATE TRIGGER rtree_{t}_{c}_update1 AFTER UPDATE OF {c} ON {t}
  WHEN OLD.{i} = NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
BEGIN
  INSERT OR REPLACE INTO rtree_{t}_{c} VALUES (
    NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c}));
END;
CREATE TRIGGER rtree_{t}_{c}_update2 AFTER UPDATE OF {c} ON {t}
  WHEN OLD.{i} = NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
BEGIN
  DELETE FROM rtree_{t}_{c} WHERE id = OLD.{i};
END;
CREATE TRIGGER rtree_{t}_{c}_update3 AFTER UPDATE ON {t}
  WHEN OLD.{i} != NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
BEGIN
  DELETE FROM rtree_{t}_{c} WHERE id = OLD.{i};
  INSERT OR REPLACE INTO rtree_{t}_{c} VALUES (
    NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c}));
END;
CREATE TRIGGER rtree_{t}_{c}_update4 AFTER UPDATE ON {t}
  WHEN OLD.{i} != NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
BEGIN
  DELETE FROM rtree_{t}_{c} WHERE id IN (OLD.{i}, NEW.{i});
END;
CREATE TRIGGER rtree_{t}_{c}_delete AFTER DELETE ON {t}
  WHEN old.{c} NOT NULL
BEGIN
  DELETE FROM rtree_{t}_{c} WHERE id = OLD.{i};
END;
"""
_SQL_TYPES = {_STR: "TEXT", _INT: "INTEGER", _FLOAT: "REAL"}
_GEOM_COLUMN, _FID_COLUMN = "geom", "fid"
# GeoPackage binary header: "GP", version 0, flags, srs_id; flags bit 0 = little
# endian, bits 1-3 = envelope kind (1: minx, maxx, miny, maxy), bit 4 = empty.
_GP_POINT = struct.pack("<2sBBi", b"GP", 0, 0b00001, _SRS_ID) + struct.pack("<BI", 1, 1)
_GP_EMPTY_MULTILINE = struct.pack("<2sBBiBII", b"GP", 0, 0b10001, _SRS_ID, 1, 5, 0)
_gp_multiline = struct.Struct("<2sBBi4dBII").pack  # header, envelope, WKB MultiLineString head
_wkb_linestring = struct.Struct("<BII").pack  # byte order, type 2, number of points


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _point_blobs(x: np.ndarray, y: np.ndarray, located: np.ndarray) -> list[bytes | None]:
    """GeoPackage blobs of points (None where not located): header + WKB Point, 29 bytes each."""
    xy = np.column_stack([x, y]).astype("<f8").tobytes()
    return [_GP_POINT + xy[16 * i:16 * i + 16] if ok else None for i, ok in enumerate(located.tolist())]


def _multiline_blobs(split) -> tuple[list[bytes], np.ndarray]:
    """GeoPackage blobs of every leg's MultiLineString, and each leg's envelope (NaN if empty)."""
    x, y, part_start, leg_parts = split
    nlegs = len(leg_parts) - 1
    env = np.full((nlegs, 4), np.nan)
    nonempty = np.flatnonzero(np.diff(leg_parts) > 0)
    if len(nonempty):
        first = part_start[leg_parts[:-1][nonempty]]  # first point of each leg with parts
        for k, (v, fn) in enumerate(((x, np.minimum), (x, np.maximum), (y, np.minimum), (y, np.maximum))):
            env[nonempty, k] = fn.reduceat(v, first) if len(first) else []
    xy = np.column_stack([x, y]).astype("<f8").tobytes()
    ps, lp = part_start.tolist(), leg_parts.tolist()
    blobs = []
    for i, (a, b) in enumerate(zip(lp[:-1], lp[1:])):
        if a == b:
            blobs.append(_GP_EMPTY_MULTILINE)
            continue
        chunks = [_gp_multiline(b"GP", 0, 0b00011, _SRS_ID, *env[i].tolist(), 1, 5, b - a)]
        for k in range(a, b):
            s, e = ps[k], ps[k + 1]
            chunks.append(_wkb_linestring(1, 2, e - s))
            chunks.append(xy[16 * s:16 * e])
        blobs.append(b"".join(chunks))
    return blobs, env


def _sql_values(kind: str, values: list) -> list:
    if kind == _FLOAT:
        return [None if v is None or v != v else float(v) for v in values]
    if kind == _STR:
        return [v if v is None or v.__class__ is str else str(v) for v in values]
    return values


def _write_gpkg(path: Path, layers) -> None:
    """Write a GeoPackage of *layers*: ``(name, geometry type, columns, blobs, envelopes)`` each.

    *envelopes* is an (n, 4) array of minx, maxx, miny, maxy per feature (NaN: no geometry).
    """
    import sqlite3

    con = sqlite3.connect(path, isolation_level=None)
    try:
        # The file is new, in a temporary folder until it is complete: no journal needed.
        con.executescript(f"PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                          f"PRAGMA application_id = {_GPKG_APPLICATION_ID}; "
                          f"PRAGMA user_version = {_GPKG_USER_VERSION};" + _GPKG_META)
        con.execute("BEGIN")
        con.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", _SRS_ID, "EPSG", 4326, _WGS84_WKT,
             "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid")])
        for name, geometry_type, cols, blobs, env in layers:
            t, c, i = _quote(name), _quote(_GEOM_COLUMN), _quote(_FID_COLUMN)
            fields = "".join(f", {_quote(k)} {_SQL_TYPES[kind]}" for k, (kind, _) in cols.items())
            con.execute(f"CREATE TABLE {t} ({i} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                        f"{c} {geometry_type}{fields})")
            marks = ", ".join("?" * (len(cols) + 1))
            names = ", ".join([c, *map(_quote, cols)])
            con.executemany(f"INSERT INTO {t} ({names}) VALUES ({marks})",
                            zip(blobs, *[_sql_values(kind, v) for kind, v in cols.values()]))
            has = ~np.isnan(env[:, 0])
            bounds = [None] * 4
            if has.any():
                e = env[has]
                bounds = [float(e[:, 0].min()), float(e[:, 2].min()), float(e[:, 1].max()), float(e[:, 3].max())]
            con.execute("INSERT INTO gpkg_contents VALUES (?, 'features', ?, '', ?, ?, ?, ?, ?, ?)",
                        (name, name, _GPKG_LAST_CHANGE, *bounds, _SRS_ID))
            con.execute("INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
                        (name, _GEOM_COLUMN, geometry_type, _SRS_ID))
            con.execute("INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', "
                        "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
                        (name, _GEOM_COLUMN))
            con.execute("COMMIT")
            # The index is filled from the envelopes computed here; its triggers
            # (created after the rows, as they need the ST_ functions) keep it current.
            con.executescript(_GPKG_RTREE.format(t=name, c=_GEOM_COLUMN, i=_FID_COLUMN))
            con.execute("BEGIN")
            _fill_rtree(con, f"rtree_{name}_{_GEOM_COLUMN}", np.flatnonzero(has) + 1, env[has])
        con.execute("COMMIT")
    finally:
        con.close()


def _fill_rtree(con, table: str, ids: np.ndarray, env: np.ndarray) -> None:
    """Fill the empty SQLite R*Tree *table* with boxes *env* (minx, maxx, miny, maxy) of *ids*, packed.

    One INSERT per entry costs SQLite's R*Tree about 20 µs (2 s per 100,000
    features); here the tree is packed level by level instead (Sort-Tile-
    Recursive) and its shadow tables are written directly, in SQLite's R*Tree
    layout: ``<table>_node`` holds nodes of a fixed size (that of the empty
    root SQLite made), each a big-endian depth (root only) and cell count, then
    cells of an int64 id and four float32 bounds, rounded outward; ``_rowid``
    maps each entry to its leaf and ``_parent`` each node to its parent.
    tests/test_export.py checks the result with SQLite's ``rtreecheck()``.
    """
    if not len(ids):
        return
    q = _quote(table + "_node")
    node_size = con.execute(f"SELECT length(data) FROM {q} WHERE nodeno = 1").fetchone()[0]
    per_node = (node_size - 4) // 24
    cell = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
    box = env.astype(np.float32)
    lo, hi = box[:, [0, 2]], box[:, [1, 3]]  # round outward: float32 boxes must contain the float64 ones
    lo[:] = np.where(lo > env[:, [0, 2]], np.nextafter(lo, np.float32(-np.inf)), lo)
    hi[:] = np.where(hi < env[:, [1, 3]], np.nextafter(hi, np.float32(np.inf)), hi)
    level_ids, level_box = np.asarray(ids, np.int64), box
    nodes: list[tuple[int, bytes]] = []
    rowid_rows: list[tuple[int, int]] = []
    parent_rows: list[tuple[int, int]] = []
    depth = 0
    next_no = 2
    while True:
        n = len(level_ids)
        if n <= per_node:  # the root: node 1
            groups = [np.arange(n)]
        else:  # Sort-Tile-Recursive: slabs by centre x, each cut into nodes by centre y
            leaves = -(-n // per_node)
            slab = per_node * int(np.ceil(np.sqrt(leaves)))
            order = np.argsort((level_box[:, 0] + level_box[:, 1]), kind="stable")
            groups = []
            for a in range(0, n, slab):
                part = order[a:a + slab]
                part = part[np.argsort(level_box[part, 2] + level_box[part, 3], kind="stable")]
                groups.extend(part[b:b + per_node] for b in range(0, len(part), per_node))
        root = len(groups) == 1
        numbers = [1] if root else list(range(next_no, next_no + len(groups)))
        next_no += 0 if root else len(groups)
        up_box = np.empty((len(groups), 4), np.float32)
        for no, g in zip(numbers, groups):
            cells = np.empty(len(g), cell)
            cells["id"], cells["box"] = level_ids[g], level_box[g]
            head = struct.pack(">HH", depth if root else 0, len(g))
            data = head + cells.tobytes()
            nodes.append((no, data + bytes(node_size - len(data))))
            rows = [(int(i), no) for i in level_ids[g].tolist()]
            (rowid_rows if depth == 0 else parent_rows).extend(rows)
        if root:
            break
        for k, g in enumerate(groups):
            b = level_box[g]
            up_box[k] = (b[:, 0].min(), b[:, 1].max(), b[:, 2].min(), b[:, 3].max())
        level_ids, level_box = np.asarray(numbers, np.int64), up_box
        depth += 1
    con.execute(f"DELETE FROM {q}")
    con.executemany(f"INSERT INTO {q} (nodeno, data) VALUES (?, ?)", nodes)
    con.executemany(f"INSERT INTO {_quote(table + '_rowid')} (rowid, nodeno) VALUES (?, ?)", rowid_rows)
    con.executemany(f"INSERT INTO {_quote(table + '_parent')} (nodeno, parentnode) VALUES (?, ?)", parent_rows)
