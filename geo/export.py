"""Write the stops and legs of a map as GeoJSON and GeoPackage beside its HTML.

``maps/index.html`` gets ``maps/places.geojson``, ``maps/legs.geojson`` and
``maps/movements.gpkg`` (layers ``places`` and ``legs``), all in EPSG:4326
with every attribute, so the data behind the map opens in QGIS or a notebook.

GeoJSON follows RFC 7946 (legs split at ±180°, see
:func:`geo.routes.leg_geometry`) and is byte-for-byte the same for the same
input. All files are first written into a temporary directory beside the
HTML and only then moved into place with ``os.replace``, so a failed build
leaves the previous files untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
from shapely.geometry import Point

from .model import Leg, Stop
from .routes import leg_geometry, to_lonlat

CRS = "EPSG:4326"
#: File names written beside the HTML.
PLACES_GEOJSON, LEGS_GEOJSON, GEOPACKAGE = "places.geojson", "legs.geojson", "movements.gpkg"

_STOP_COLUMNS = ("row", "place", "route", "seq", "country", "date_start", "date_end", "reported", "mode",
                 "troops", "status", "source", "url", "note", "precision", "radius_km")
#: Attributes of the geocoding result, prefixed so they never clash with the CSV's own columns.
_LOCATION_COLUMNS = ("geo_name", "geo_lat", "geo_lon", "geo_country_code", "geo_precision", "geo_match",
                     "geo_score", "geo_source", "geo_radius_km", "geo_ref")


def stops_frame(stops: Sequence[Stop]) -> gpd.GeoDataFrame:
    """The stops as a GeoDataFrame: one row per stop, every attribute, Point(lon, lat) in EPSG:4326.

    Extra CSV columns follow the contract's columns in file order (renamed
    ``extra_<name>`` if they would clash); stops not yet located have no geometry.

    >>> from geo.geocoders.base import GeocodeResult
    >>> loc = GeocodeResult("Kursk", "Kursk", 51.73, 36.19, "RU", "city", "manual", 1.0, "manual")
    >>> df = stops_frame([Stop(row=2, place="Kursk", extra=(("unit", "3rd"),), location=loc)])
    >>> df.loc[0, "geometry"].wkt, df.loc[0, "unit"], df.crs.to_string()
    ('POINT (36.19 51.73)', '3rd', 'EPSG:4326')
    """
    cols: dict[str, list] = {c: [getattr(s, c) for s in stops] for c in _STOP_COLUMNS}
    locs = [s.location for s in stops]
    for c in _LOCATION_COLUMNS:
        attr = {"geo_lat": "lat", "geo_lon": "lon", "geo_source": "source"}.get(c, c[4:])
        cols[c] = [getattr(loc, attr) if loc is not None else None for loc in locs]
    for name in dict.fromkeys(k for s in stops for k, _ in s.extra):  # union of extra columns, first seen first
        key = name if name not in cols and name != "geometry" else f"extra_{name}"
        values = [dict(s.extra).get(name) for s in stops]
        cols[key] = values
    df = pd.DataFrame(cols, index=pd.RangeIndex(len(stops)))
    for c in ("seq", "troops", "row"):
        df[c] = df[c].astype("Int64")
    for c in ("radius_km", "geo_lat", "geo_lon", "geo_score", "geo_radius_km"):
        df[c] = df[c].astype("float64")
    geometry = [Point(*to_lonlat(loc.lat, loc.lon)) if loc is not None else None for loc in locs]
    return gpd.GeoDataFrame(df, geometry=geometry, crs=CRS)


def legs_frame(legs: Sequence[Leg]) -> gpd.GeoDataFrame:
    """The legs as a GeoDataFrame with RFC 7946 geometry (split at ±180°) in EPSG:4326.

    ``date_start`` is the start stop's first date and ``date_end`` the end
    stop's last date: the span in which the movement was reported.

    >>> from geo.geocoders.base import GeocodeResult
    >>> from geo.routes import build_legs
    >>> at = lambda row, place, lat, lon: Stop(row=row, place=place, route="A", location=GeocodeResult(
    ...     place, place, lat, lon, "RU", "city", "manual", 1.0, "manual"))
    >>> df = legs_frame(build_legs([at(2, "Vladivostok", 43.1155, 131.8855), at(3, "Khabarovsk", 48.4814, 135.0721)]))
    >>> df.loc[0, ["route", "from", "to"]].tolist(), float(df.loc[0, "distance_km"])
    (['A', 'Vladivostok', 'Khabarovsk'], 645.7)
    """
    df = pd.DataFrame({
        "route": [g.route for g in legs],
        "index": pd.array([g.index for g in legs], dtype="Int64"),
        "from": [g.start.place for g in legs],
        "to": [g.end.place for g in legs],
        "from_row": pd.array([g.start.row for g in legs], dtype="Int64"),
        "to_row": pd.array([g.end.row for g in legs], dtype="Int64"),
        "mode": [g.mode for g in legs],
        "status": [g.status for g in legs],
        "distance_km": pd.array([round(g.distance_km, 1) for g in legs], dtype="float64"),
        "date_start": [g.start.date_start for g in legs],
        "date_end": [g.end.date_end for g in legs],
    }, index=pd.RangeIndex(len(legs)))
    return gpd.GeoDataFrame(df, geometry=[leg_geometry(g) for g in legs], crs=CRS)


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
    places, legs_df = stops_frame(stops), legs_frame(legs)
    tmp = Path(tempfile.mkdtemp(prefix=".export-", dir=folder))
    try:
        _write(places, tmp / PLACES_GEOJSON, "places", "GeoJSON")
        _write(legs_df, tmp / LEGS_GEOJSON, "legs", "GeoJSON")
        _write(places, tmp / GEOPACKAGE, "places", "GPKG")
        _write(legs_df, tmp / GEOPACKAGE, "legs", "GPKG", append=True)
        out = []
        for name in (PLACES_GEOJSON, LEGS_GEOJSON, GEOPACKAGE):
            os.replace(tmp / name, folder / name)
            out.append(folder / name)
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _write(df: gpd.GeoDataFrame, path: Path, layer: str, driver: str, append: bool = False) -> None:
    if driver == "GeoJSON":
        # RFC 7946: no crs member (WGS84 is implied), and 5 decimals are ~1 m.
        options = {"RFC7946": "YES", "COORDINATE_PRECISION": 5, "WRITE_NAME": "NO"}
    else:
        options = {}
    geometry_type = "Point" if layer == "places" else "MultiLineString"
    if layer == "legs":  # one geometry type per layer: GIS tools expect it
        df = df.set_geometry([_multi(g) for g in df.geometry], crs=CRS) if len(df) else df
    pyogrio.write_dataframe(df, path, layer=layer, driver=driver, append=append,
                            geometry_type=geometry_type, layer_options=options)


def _multi(g):
    from shapely.geometry import LineString, MultiLineString

    return MultiLineString([g]) if isinstance(g, LineString) else g
