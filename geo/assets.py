"""Everything a map page embeds besides its data: Leaflet, our JS/CSS, outlines.

* Leaflet's JavaScript, CSS and images come from the installed
  ``xstatic-leaflet`` package at build time (nothing third-party lives in this
  repository); the CSS's ``url(images/…)`` become ``data:`` URIs so that a
  self-contained page makes no request for them.
* :func:`leaflet_cdn` gives the jsDelivr URLs of the same Leaflet version with
  Subresource Integrity hashes computed from the local files, for small pages.
* ``geo/templates/geomap/*.js`` and ``geomap.css`` are this project's own code.
* :func:`plain_basemap` and :func:`country_outline` are Natural Earth country
  outlines (via :func:`geo.basemap.countries`), simplified with shapely and
  delta-encoded as integers so the world fits in ~150 KB.

Everything is cached per process: a map build reads each file once.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from pathlib import Path

__all__ = ["leaflet_js", "leaflet_css", "leaflet_version", "leaflet_cdn", "template",
           "plain_basemap", "country_outline", "OUTLINE_GRID"]

_TEMPLATES = Path(__file__).resolve().parent / "templates"

#: Outlines are snapped to this grid (degrees) and stored as integer steps of it.
OUTLINE_GRID = 0.05
#: Douglas-Peucker tolerance (degrees) for outlines: invisible below zoom ~6.
_SIMPLIFY = 0.1
#: Polygons smaller than this (square degrees) are left out of the plain basemap.
_MIN_AREA = 0.05


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as xl

    return Path(xl.BASE_DIR)


def leaflet_version() -> str:
    """The Leaflet version shipped by the installed xstatic-leaflet, e.g. ``"1.9.3"``."""
    import xstatic.pkg.leaflet as xl

    return xl.VERSION


@functools.cache
def leaflet_js() -> str:
    """Leaflet's minified JavaScript, from xstatic-leaflet."""
    return (_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")


@functools.cache
def leaflet_css() -> str:
    """Leaflet's CSS with every ``url(images/…)`` inlined as a data: URI."""
    base = _leaflet_dir()
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        rel = match.group(2)
        data = (base / rel).read_bytes()
        mime = "image/svg+xml" if rel.endswith(".svg") else "image/png"
        return f"url(data:{mime};base64,{base64.b64encode(data).decode('ascii')})"

    return re.sub(r"""url\((['"]?)(images/[^'")]+)\1\)""", inline, css)


def _sri(path: Path) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode("ascii")


@functools.cache
def leaflet_cdn() -> dict[str, str]:
    """CDN URLs and SRI hashes of the installed Leaflet's JS and CSS.

    The hashes are computed from the local package's files, which are the
    published ``dist`` files of the same version, so a browser refuses a CDN
    file that differs from them.

    >>> sorted(leaflet_cdn())
    ['css', 'css_integrity', 'js', 'js_integrity']
    """
    base = _leaflet_dir()
    root = f"https://cdn.jsdelivr.net/npm/leaflet@{leaflet_version()}/dist/"
    return {
        "js": root + "leaflet.js",
        "js_integrity": _sri(base / "leaflet.js"),
        "css": root + "leaflet.css",
        "css_integrity": _sri(base / "leaflet.css"),
    }


@functools.cache
def template(name: str) -> str:
    """The text of one of this package's templates, e.g. ``template("geomap.css")``."""
    return (_TEMPLATES / name).read_text(encoding="utf-8")


def _encode_rings(geom) -> list[list[int]]:
    """Rings of a (multi)polygon as flat delta-encoded integer [dx, dy, …] lists.

    Exteriors are counter-clockwise and holes clockwise, so that a canvas
    "nonzero" fill of all rings at once leaves holes empty and fills what lies
    inside them (Lesotho inside South Africa).
    """
    import numpy as np
    import shapely

    out: list[list[int]] = []
    for poly in shapely.get_parts(geom):
        if poly.is_empty or poly.geom_type != "Polygon":
            continue
        for ring in (poly.exterior, *poly.interiors):
            xy = np.rint(shapely.get_coordinates(ring)[:-1] / OUTLINE_GRID).astype(np.int64)
            if len(xy) < 3:
                continue
            deltas = np.diff(xy, axis=0, prepend=np.zeros((1, 2), np.int64))
            out.append(deltas.ravel().tolist())
    return out


#: Bump when the cached outlines' layout or computation changes.
_OUTLINES_FORMAT = 2


def _compute_outlines() -> tuple[tuple[tuple[int, ...], ...], dict[str, tuple[tuple[int, ...], ...]]]:
    """Simplify Natural Earth once: (basemap rings, {iso_a2: that country's rings})."""
    import shapely

    from .basemap import countries

    df = countries()
    geoms = shapely.simplify(df.geometry.values, _SIMPLIFY, preserve_topology=True)
    geoms = shapely.orient_polygons(shapely.set_precision(geoms, OUTLINE_GRID))
    basemap: list[tuple[int, ...]] = []
    by_country: dict[str, tuple[tuple[int, ...], ...]] = {}
    for code, geom in zip(df["iso_a2"], geoms):
        if geom is None or geom.is_empty:
            continue
        # Small islands stay in a country's own outline (they may be the country),
        # but are left off the basemap, where they are noise.
        parts = [p for p in shapely.get_parts(geom) if p.area >= _MIN_AREA]
        if parts:
            basemap.extend(tuple(r) for r in _encode_rings(shapely.multipolygons(parts)))
        rings = tuple(tuple(r) for r in _encode_rings(geom))
        if isinstance(code, str) and code and rings and code not in by_country:  # not NaN
            by_country[code] = rings
    return tuple(basemap), by_country


@functools.cache
def _outlines():
    """The simplified outlines, computed once per installation and cached on disk.

    Simplifying the 1:10m countries takes over a second, which every build would otherwise
    pay. The cache is a checked JSON file (:mod:`geo.cachefile`: never unpickled) whose
    version names the data and every parameter, so a change computes the outlines anew; a
    corrupt or foreign file is recomputed with one line on stderr saying why.
    """
    import json

    from . import cachefile
    from .basemap import natural_earth_version
    from .gazetteer import cache_dir

    version = {"format": _OUTLINES_FORMAT, "data": natural_earth_version(), "simplify": _SIMPLIFY,
               "grid": OUTLINE_GRID, "min_area": _MIN_AREA}
    key = hashlib.sha256(json.dumps(version, sort_keys=True).encode()).hexdigest()[:16]
    path = Path(cache_dir()) / f"outlines-{key}.cache"
    value, why = cachefile.read(path, "country-outlines", version, lambda p: _outlines_from_json(json.loads(bytes(p))))
    if value is not None:
        return value
    if why:
        cachefile.say("recomputing the country outlines", path, why)
    value = _compute_outlines()
    try:
        cachefile.write(path, "country-outlines", version,
                        json.dumps({"basemap": value[0], "countries": value[1]}, separators=(",", ":")).encode())
    except OSError:  # a read-only cache costs time, never correctness
        pass
    return value


def _outlines_from_json(data: dict):
    """The cached JSON back as :func:`_compute_outlines` returns it (tuples of int tuples)."""
    def rings(rs):
        out = tuple(tuple(r) for r in rs)
        if not all(type(x) is int for r in out for x in r):
            raise TypeError("outline rings hold a non-integer")
        return out

    return rings(data["basemap"]), {str(k): rings(v) for k, v in data["countries"].items()}


def plain_basemap() -> tuple[tuple[int, ...], ...]:
    """All country outlines for the offline "Plain" basemap, as encoded rings.

    Each ring is ``(dx0, dy0, dx1, dy1, …)`` in steps of :data:`OUTLINE_GRID`
    degrees (x = lon, y = lat), the first pair absolute.
    """
    return _outlines()[0]


def country_outline(iso_a2: str | None) -> tuple[tuple[int, ...], ...] | None:
    """Encoded outline rings of one country (ISO alpha-2), or None if unknown.

    Small islands are kept here (unlike the basemap): they may be the country.

    >>> country_outline("XX") is None
    True
    """
    if not iso_a2:
        return None
    return _outlines()[1].get(iso_a2.upper())
