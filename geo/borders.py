"""Whether a point lies in the country a row names (its borders): Natural Earth outlines with a coastal margin.

A row's own coordinates and a geocoder's answer are both checked against the
row's country hint. The outlines are the simplified Natural Earth 1:10m
countries the map already draws (:func:`geo.assets.country_outline`, cached on
disk, so no GDAL or pandas is loaded); they are within about 10 km of the true
border, so a point counts as inside up to :data:`MARGIN_KM` beyond it (ports,
islands, ships at anchor). A point the simplified outline refuses is asked again
of the full outline (read then only, and kept on disk per country), which keeps
exclaves and islets. A point outside whose swap lies inside is a swap.

Natural Earth (in the version installed, like the UN) draws Crimea in Ukraine;
news writes "Sevastopol, RU" as often as "Sevastopol, UA", so a hint may also
name an area the country holds (:data:`HELD`); the map still says where the
point is, not whose it is.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

#: How far beyond a country's outline a point still counts as in it.
MARGIN_KM = 25.0

_ABYEI = ((27.7, 9.2), (29.0, 9.2), (29.0, 10.1), (27.7, 10.1))
_KAFIA_KINGI = ((23.4, 8.6), (25.3, 8.6), (25.3, 10.1), (23.4, 10.1))
#: Areas a country hint also admits although Natural Earth draws them elsewhere, as rough (lon, lat)
#: outlines or another outline's code: Crimea, held by Russia since 2014 (the isthmus of Perekop and
#: the Chonhar strait are its northern edge; Henichesk and Skadovsk stay out); Western Sahara, held
#: by Morocco (GeoNames codes its towns MA); Abyei and Kafia Kingi, claimed by both Sudans.
HELD: dict[str, tuple[tuple[str, object], ...]] = {
    "RU": (("Crimea", ((32.3, 45.0), (32.3, 45.6), (33.3, 46.05), (33.7, 46.25), (34.2, 46.15),
                       (34.5, 46.05), (35.0, 46.0), (35.3, 45.6), (36.8, 45.5), (36.8, 45.0),
                       (35.0, 44.3), (33.5, 44.3))),),
    "MA": (("Western Sahara", "EH"),),
    "SD": (("Abyei", _ABYEI), ("Kafia Kingi", _KAFIA_KINGI)),
    "SS": (("Abyei", _ABYEI), ("Kafia Kingi", _KAFIA_KINGI)),
}


@functools.cache
def _rings(cc: str):
    """The country's outline as prepared shapely polygons, one per ring (even-odd rule), or None."""
    import numpy as np
    import shapely

    from .assets import OUTLINE_GRID, country_outline

    encoded = country_outline(cc)
    if not encoded:
        return None
    polys = []
    for ring in encoded:
        xy = np.cumsum(np.asarray(ring, np.int64).reshape(-1, 2), axis=0) * OUTLINE_GRID
        if len(xy) >= 3:
            polys.append(shapely.Polygon(xy))
    shapely.prepare(polys)
    return polys


@functools.cache
def _held(cc: str):
    import shapely

    polys = []
    for _, area in HELD.get(cc, ()):
        if isinstance(area, str):  # a whole territory of Natural Earth (without holes)
            polys += [shapely.Polygon(p.exterior) for p in _rings(area) or ()]
        else:
            polys.append(shapely.Polygon(area))
    shapely.prepare(polys)
    return polys


@functools.cache
def _border(cc: str):
    """The outline's rings as one prepared multilinestring (for "within the margin of the border")."""
    import shapely

    border = shapely.multilinestrings([p.exterior for p in _rings(cc)])
    shapely.prepare(border)
    return border


def known(cc: str | None) -> bool:
    """Whether there is an outline for the ISO alpha-2 code *cc*.

    >>> known("RU"), known("XX")
    (True, False)
    """
    return bool(cc) and _rings(cc.upper()) is not None


def contains(cc: str, lats: Sequence[float], lons: Sequence[float]):
    """For each point, whether it lies inside country *cc* or an area it holds (no margin).

    >>> contains("RU", [55.75, 37.62], [37.62, 55.75]).tolist()  # Moscow, and Moscow swapped
    [True, False]
    """
    import numpy as np
    import shapely

    x, y = np.asarray(lons, float), np.asarray(lats, float)
    odd = np.zeros(len(x), bool)
    for poly in _rings(cc.upper()) or ():
        odd ^= shapely.contains_xy(poly, x, y)
    for poly in _held(cc.upper()):
        odd |= shapely.contains_xy(poly, x, y)
    return odd


def km_outside(cc: str, lat: float, lon: float) -> float:
    """How far (km) the point lies outside country *cc* (0 inside; inf if *cc* has no outline).

    >>> km_outside("RU", 55.75, 37.62)
    0.0
    >>> round(km_outside("UA", 44.72, 37.77))  # Novorossiysk: across the Kerch Strait from Crimea
    112
    """
    import shapely
    from shapely.ops import nearest_points

    rings = _rings(cc.upper())
    if rings is None:
        return math.inf
    if bool(contains(cc, [lat], [lon])[0]):
        return 0.0
    pt = shapely.Point(lon, lat)
    best = math.inf
    for poly in [*rings, *_held(cc.upper())]:
        if poly.exterior.distance(pt) * 111.2 * 0.3 > best:  # a degree is >= ~33 km below 72 degrees
            continue
        near = nearest_points(poly.exterior, pt)[0]
        best = min(best, _km(lat, lon, near.y, near.x))
    return best


def km_to_edge(cc: str, lat: float, lon: float) -> float:
    """How far (km) the point lies from the edge of country *cc*'s outline, its land borders or its coast
    (inf if *cc* has no outline): a border crossing lies on it.

    >>> round(km_to_edge("RU", 55.75, 37.62)) > 400, km_to_edge("EE", 59.377, 28.205) < 10  # Moscow; Narva
    (True, True)
    """
    import shapely
    from shapely.ops import nearest_points

    rings = _rings(cc.upper())
    if rings is None:
        return math.inf
    pt = shapely.Point(lon, lat)
    best = math.inf
    for poly in rings:
        if poly.exterior.distance(pt) * 111.2 * 0.3 > best:  # a degree is >= ~33 km below 72 degrees
            continue
        near = nearest_points(poly.exterior, pt)[0]
        best = min(best, _km(lat, lon, near.y, near.x))
    return best


def nearest_edge(cc: str, lat: float, lon: float) -> tuple[float, float] | None:
    """The point (lat, lon) of country *cc*'s outline nearest the point, its land border or its coast (None if *cc*
    has no outline): where "the Norwegian border" is, seen from a place in Sweden.

    >>> [round(v, 1) for v in nearest_edge("NO", 65.83, 21.69)]  # from Boden, Sweden: the border in Nordland
    [67.8, 16.5]
    """
    import shapely
    from shapely.ops import nearest_points

    rings = _rings(cc.upper())
    if rings is None:
        return None
    pt = shapely.Point(lon, lat)
    best, where = math.inf, None
    for poly in rings:
        if poly.exterior.distance(pt) * 111.2 * 0.3 > best:  # a degree is >= ~33 km below 72 degrees
            continue
        near = nearest_points(poly.exterior, pt)[0]
        km = _km(lat, lon, near.y, near.x)
        if km < best:
            best, where = km, (near.y, near.x)
    return where


def held_by(cc: str, lat: float, lon: float) -> bool:
    """Whether the point lies in an area that country *cc* holds outside its outline (:data:`HELD`).

    >>> held_by("RU", 44.6, 33.52), held_by("RU", 50.0, 36.2)  # Sevastopol; Kharkiv
    (True, False)
    """
    if cc not in HELD:
        return False
    import shapely

    return any(shapely.contains_xy(p, lon, lat) for p in _held(cc))


def outside(cc: str, lats: Sequence[float], lons: Sequence[float], margin_km: float = MARGIN_KM):
    """Indices of the points that lie more than *margin_km* outside country *cc* (none if unknown).

    >>> outside("RU", [55.75, 37.76, 44.6], [37.62, 44.73, 33.52])  # Moscow, a swap, Sevastopol
    [1]
    >>> outside("ES", [35.8892], [-5.3204])  # Ceuta, which the simplified outline loses
    []
    """
    if not known(cc):
        return []
    import numpy as np
    import shapely

    inside = contains(cc, lats, lons)
    if not inside.all():
        # within margin_km / 111.2 degrees of the border is within margin_km km (a degree of longitude
        # is never longer than one of latitude); the few this misses are measured exactly below
        out = ~inside
        inside[out] = shapely.dwithin(_border(cc.upper()), shapely.points(
            np.asarray(lons, float)[out], np.asarray(lats, float)[out]), margin_km / 111.2)
    suspects = [i for i, ok in enumerate(inside.tolist()) if not ok and km_outside(cc, lats[i], lons[i]) > margin_km]
    # the simplified outline loses exclaves and islets (Ceuta, 19 km2): ask the full outline before refusing
    return [i for i in suspects if _km_outside_full(cc, lats[i], lons[i]) > margin_km]


#: Bump when the cached full outline's layout or computation changes.
_FULL_FORMAT = 1


@functools.cache
def _full(cc: str):
    """The full Natural Earth 1:10m outline of *cc* (loaded only for points the simplified one refuses).

    Reading it means importing pyogrio (and with it geopandas) and reading every country, about
    half a second, for the handful of points near a border or a coast; so each country's outline,
    once read, is kept in the cache directory as plain numeric arrays (:mod:`geo.cachefile`:
    checked, never unpickled), and a corrupt or stale file is read anew with one line saying why.
    """
    import hashlib
    import json
    from pathlib import Path

    import shapely

    from . import cachefile
    from .basemap import natural_earth_version
    from .gazetteer import cache_dir

    version = {"format": _FULL_FORMAT, "data": natural_earth_version(), "country": cc}
    key = hashlib.sha256(json.dumps(version, sort_keys=True).encode()).hexdigest()[:16]
    path = Path(cache_dir()) / f"outline-full-{key}.cache"
    geom, why = cachefile.read(path, "country-outline-full", version,
                               lambda p: _geometry_from_arrays(cachefile.unpack_arrays(p)))
    if geom is None:
        if why:
            cachefile.say("reading the full country outline anew", path, why)
        geoms = [g for code, g in _all_full() if code == cc and g is not None]
        geom = shapely.union_all(geoms) if geoms else None
        if geom is not None and geom.geom_type in ("Polygon", "MultiPolygon"):
            try:
                cachefile.write(path, "country-outline-full", version,
                                cachefile.pack_arrays(_geometry_to_arrays(geom)))
            except OSError:  # a read-only cache costs time, never correctness
                pass
    if geom is not None:
        shapely.prepare(geom)
    return geom


def _geometry_to_arrays(geom) -> dict:
    """A (multi)polygon as numeric arrays: its type, coordinates and offsets (shapely's ragged layout)."""
    import numpy as np
    import shapely

    kind, coords, offsets = shapely.to_ragged_array([geom])
    return {"kind": np.array([int(kind)], np.int64), "coords": coords,
            **{f"offsets{i}": o for i, o in enumerate(offsets)}}


def _geometry_from_arrays(arrays: dict):
    """:func:`_geometry_to_arrays` back to the geometry (exactly the same coordinates)."""
    import shapely

    kind = shapely.GeometryType(int(arrays["kind"][0]))
    if kind not in (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON):
        raise ValueError(f"not a polygonal outline: {kind!r}")
    offsets = tuple(arrays[f"offsets{i}"] for i in range(len(arrays) - 2))
    (geom,) = shapely.from_ragged_array(kind, arrays["coords"], offsets)
    return geom


@functools.cache
def _all_full() -> list:
    """(ISO alpha-2, geometry) of every Natural Earth row, read once with the raw reader (no pandas)."""
    import pyogrio
    import shapely

    from .basemap import natural_earth_path

    _, _, wkb, fields = pyogrio.raw.read(natural_earth_path(), columns=["ISO_A2_EH"])
    return list(zip(fields[0].tolist(), shapely.from_wkb(wkb)))


def _km_outside_full(cc: str, lat: float, lon: float) -> float:
    """:func:`km_outside` against the full outline."""
    import shapely
    from shapely.ops import nearest_points

    geom = _full(cc.upper())
    if geom is None:
        return math.inf  # nothing finer to ask: the simplified outline's verdict stands
    if held_by(cc.upper(), lat, lon):
        return 0.0
    pt = shapely.Point(lon, lat)
    if geom.contains(pt):
        return 0.0
    near = nearest_points(geom, pt)[0]
    return _km(lat, lon, near.y, near.x)


def explain(cc: str, lat: float, lon: float, margin_km: float = MARGIN_KM) -> tuple[str, str]:
    """(what is wrong, what to do) for a point outside country *cc*.

    A point whose swap (lat=lon, lon=lat) lies inside is reported as a swap.

    >>> explain("RU", 37.76, 44.73)[1]
    'lat and lon look swapped: did you mean lat=44.73, lon=37.76?'
    """
    text = f"the point lies {km_outside(cc, lat, lon):,.0f} km outside {cc.upper()}"
    if abs(lon) <= 90 and km_outside(cc, lon, lat) <= margin_km:
        return text, f"lat and lon look swapped: did you mean lat={_g(lon)}, lon={_g(lat)}?"
    return text, "check lat, lon (decimal degrees, south and west negative) and the country code"


def _g(x: float) -> str:
    return f"{x:g}" if abs(x - round(x, 6)) < 1e-9 else f"{x:.6f}"


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from .gazetteer.common import haversine_km  # the one distance of the package

    return haversine_km(float(lat1), float(lon1), float(lat2), float(lon2))
