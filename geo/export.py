"""Write the stops and legs of a map as GeoJSON and GeoPackage beside its HTML.

``maps/index.html`` gets ``maps/places.geojson``, ``maps/legs.geojson`` and
``maps/movements.gpkg`` (layers ``places`` and ``legs``), all in EPSG:4326
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
The GeoPackage is written by pyogrio from the same arrays. Neither pandas
nor geopandas is imported unless :func:`stops_frame` / :func:`legs_frame`
are called.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import orjson

from .model import Leg, Stop
from .routes import round5, split_paths, to_lonlat

CRS = "EPSG:4326"
#: File names written beside the HTML.
PLACES_GEOJSON, LEGS_GEOJSON, GEOPACKAGE = "places.geojson", "legs.geojson", "movements.gpkg"

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
    cols: dict[str, list] = {c: [getattr(s, c) for s in stops] for c in _STOP_COLUMNS}
    locs = [s.location for s in stops]
    for c in _LOCATION_COLUMNS:
        attr = {"geo_lat": "lat", "geo_lon": "lon", "geo_source": "source"}.get(c, c[4:])
        cols[c] = [getattr(loc, attr) if loc is not None else None for loc in locs]
    names = dict.fromkeys(k for s in stops if s.extra for k, _ in s.extra)  # union, first seen first
    if names:
        extras = [dict(s.extra) if s.extra else {} for s in stops]
        for name in names:
            key = name if name not in cols and name != "geometry" else f"extra_{name}"
            cols[key] = [e.get(name) for e in extras]
    kinds = {c: _INT for c in _STOP_INTS} | {c: _FLOAT for c in _STOP_FLOATS}
    return {c: (kinds.get(c, _STR), v) for c, v in cols.items()}


def _leg_columns(legs: Sequence[Leg]) -> dict[str, tuple[str, list]]:
    return {
        "route": (_STR, [g.route for g in legs]),
        "index": (_INT, [g.index for g in legs]),
        "from": (_STR, [g.start.place for g in legs]),
        "to": (_STR, [g.end.place for g in legs]),
        "from_row": (_INT, [g.start.row for g in legs]),
        "to_row": (_INT, [g.end.row for g in legs]),
        "mode": (_STR, [g.mode for g in legs]),
        "status": (_STR, [g.status for g in legs]),
        "distance_km": (_FLOAT, [round(g.distance_km, 1) for g in legs]),
        "date_start": (_STR, [g.start.date_start for g in legs]),
        "date_end": (_STR, [g.end.date_end for g in legs]),
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
    """Write places.geojson, legs.geojson and movements.gpkg beside *html_path*; return their paths.

    All three are written to a temporary directory in the same folder first
    and moved into place only when all succeeded.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "index.html"
    >>> [p.name for p in write_exports([], [], out)]
    ['places.geojson', 'legs.geojson', 'movements.gpkg']
    """
    folder = Path(html_path).parent
    folder.mkdir(parents=True, exist_ok=True)
    stop_cols, leg_cols = _stop_columns(stops), _leg_columns(legs)
    x, y, located = _stop_xy(stops)
    split = split_paths(legs)
    tmp = Path(tempfile.mkdtemp(prefix=".export-", dir=folder))
    try:
        _write_geojson(tmp / PLACES_GEOJSON, stop_cols, _point_texts(x, y, located))
        _write_geojson(tmp / LEGS_GEOJSON, leg_cols, _multiline_texts(split))
        _write_gpkg(tmp / GEOPACKAGE, "places", "Point", stop_cols, _stop_points(stops))
        _write_gpkg(tmp / GEOPACKAGE, "legs", "MultiLineString", leg_cols, _leg_lines(split), append=True)
        out = []
        for name in (PLACES_GEOJSON, LEGS_GEOJSON, GEOPACKAGE):
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


def _json_values(kind: str, values: list) -> list[str]:
    """JSON text of each value of a column (null for None / NaN)."""
    if kind == _STR:
        memo = {None: "null"}
        for v in set(values):
            if v not in memo:
                memo[v] = _json_str(v if isinstance(v, str) else str(v))
        return list(map(memo.__getitem__, values))
    if kind == _INT:
        return ["null" if v is None else str(int(v)) for v in values]
    return ["null" if v is None or v != v else repr(float(v)) for v in values]


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
    fields = []
    for c, (k, v) in cols.items():
        key = _json_str(c) + ": "
        fields.append([key + t for t in _json_values(k, v)])
    props = map(", ".join, zip(*fields)) if fields else ("" for _ in geometries)
    features = [f'{{ "type": "Feature", "properties": {{ {p} }}, "geometry": {g} }}'
                for p, g in zip(props, geometries)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(_HEAD + ",\n".join(features) + "\n]\n}\n")


# --- GeoPackage, through pyogrio ---

def _write_gpkg(path: Path, layer: str, geometry_type: str, cols: dict[str, tuple[str, list]], geometry,
                append: bool = False) -> None:
    from pyogrio.raw import write
    import shapely

    data, masks = [], []
    for kind, values in cols.values():
        if kind == _STR:
            data.append(np.array(values, dtype=object) if values else np.empty(0, dtype=object))
            masks.append(np.fromiter((v is None for v in values), bool, len(values)))
        elif kind == _INT:
            mask = np.fromiter((v is None for v in values), bool, len(values))
            data.append(np.fromiter((0 if v is None else v for v in values), np.int64, len(values)))
            masks.append(mask)
        else:
            data.append(np.fromiter((np.nan if v is None else v for v in values), float, len(values)))
            masks.append(None)
    wkb = shapely.to_wkb(np.asarray(geometry, dtype=object)) if len(geometry) else np.empty(0, dtype=object)
    write(path, wkb, data, list(cols), field_mask=masks, layer=layer, driver="GPKG",
                  geometry_type=geometry_type, crs=CRS, append=append)
