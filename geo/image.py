"""The map as a static picture to publish: PNG for social media, SVG or PDF for print.

:func:`build_figure` draws geocoded stops and legs as a matplotlib Figure
(pure: nothing is written); :func:`save_figure` writes it atomically, in the
format its suffix names. The picture says what the interactive map says:

* the same colours (status) and dash patterns (mode) as the page (``templates/geomap/style.js``),
  dots for precise places, squares with a glyph for facilities, waves for a sea,
  dashed circles for areas, dashed and hatched outlines for places known only by
  their country, an arrow for each leg's direction, a slash or ticks for what is
  contested (reported and denied);
* what moved, when some report is of materiel: a movement that carried materiel
  (weapons, munitions, vehicles ...) has a diamond behind its arrow, and the legend
  counts the reports of people and of materiel (the page filters by them);
* the title, a legend, the caption :data:`CAPTION`, the numbered sources, a
  scale bar and the data attributions;
* framed on the reported places and legs, not on whole-country extents.

Offline: country outlines are Natural Earth's (via :mod:`geo.basemap`).
Reproducible: fonts are the DejaVu files shipped inside matplotlib (not
whatever the system has), SVG ids are salted with a constant, and no file
carries a date or a software version, so the same input gives the same bytes.
CSV text is data: it is never parsed as mathtext, and SVG text is escaped by
matplotlib's XML writer.

The projection is equidistant cylindrical with its standard parallel at the
middle of the frame (longitude and latitude with the aspect ratio of that
latitude): distances are true along every meridian and along that parallel,
which the scale bar says.
"""

from __future__ import annotations

import io
import math
import os
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from .records import STATUSES, Leg, Stop

__all__ = ["build_figure", "save_figure", "FORMATS", "CAPTION"]

#: Output formats, by file suffix.
FORMATS = ("png", "svg", "pdf")
#: Printed under every picture.
CAPTION = "As reported by the cited sources; not independently verified"

# As in geo/templates/geomap/style.js (Okabe-Ito colours; dash patterns in CSS px).
STATUS_STYLE = {
    "confirmed": {"color": "#0072B2", "label": "Confirmed", "hint": "by the mover, or verified", "fill": True, "alpha": 1.0},
    "reported": {"color": "#E69F00", "label": "Reported", "hint": "not confirmed", "fill": True, "alpha": 0.95},
    "claimed": {"color": "#CC79A7", "label": "Claimed", "hint": "by one side, unverified", "fill": False,
                "alpha": 0.95},
    "denied": {"color": "#7F7F7F", "label": "Denied", "hint": "reported, then denied", "fill": False,
               "alpha": 0.75},
}
MODE_STYLE = {
    "road": {"label": "Road", "dash": (), "width": 3.0},
    "rail": {"label": "Rail", "dash": (14, 4, 3, 4), "width": 3.0},
    "sea": {"label": "Sea", "dash": (10, 7), "width": 3.0},
    "air": {"label": "Air", "dash": (1, 7), "width": 3.5, "cap": "round"},
    "unknown": {"label": "Not stated", "dash": (5, 5), "width": 1.8},
}
_LAND, _LAND_EDGE, _SEA = "#f4f1ea", "#a9a49a", "#cddde6"
#: As on the page: the ink of a contested place's slash and a contested movement's ticks.
CONTESTED_INK = "#333333"
_INK, _GREY = "#222222", "#555555"
#: CSS pixels of the page to points of the figure.
_PX = 0.8
#: Figure size (inches) and PNG resolution: 1800 x 1050 px, 12:7.
WIDTH_IN, HEIGHT_IN, DPI = 12.0, 7.0, 150
#: At most this many place labels, the most reported first; beyond, the map is a density picture.
MAX_LABELS = 30
#: Legs with a direction arrow at most (beyond, arrows are noise).
MAX_ARROWS = 300
#: As on the page: beyond this many legs, thin lines without casing or arrows; beyond this
#: many dots, small dots and no labels. Such a picture shows density, not single movements.
DENSE_LEGS, DENSE_POINTS = 2500, 3000

_RC = {
    "svg.hashsalt": "geo",  # SVG ids from a constant salt, not a random one
    "svg.fonttype": "none",  # text stays text: searchable, selectable, small
    "pdf.fonttype": 42,  # embedded TrueType subsets
    "text.parse_math": False,  # "$5" in a source is money, not mathtext
    "lines.scale_dashes": False,  # dash patterns in points, as the legend draws them
    "hatch.linewidth": 0.6,
    "path.simplify": True,
}


def _fonts():
    """DejaVu from matplotlib's own data folder: the same glyphs on every machine."""
    import matplotlib
    from matplotlib.font_manager import FontProperties

    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    # The file draws the glyphs (PNG, PDF); weight and style name them in SVG text, which a viewer renders.
    return {kind: FontProperties(fname=str(ttf / f"DejaVuSans{suffix}.ttf"), weight=weight, style=style)
            for kind, suffix, weight, style in (("regular", "", "normal", "normal"),
                                                ("bold", "-Bold", "bold", "normal"),
                                                ("italic", "-Oblique", "normal", "oblique"))}


def _rank(status: str) -> int:
    return STATUSES.index(status) if status in STATUSES else 1


def _unwrap_center(lons: np.ndarray) -> float:
    """A reference longitude: the middle of the span left when cutting at the widest empty gap."""
    u = np.unique(np.mod(lons + 180.0, 360.0) - 180.0)
    if len(u) == 1:
        return float(u[0])
    gaps = np.diff(np.concatenate([u, [u[0] + 360.0]]))
    cut = int(np.argmax(gaps))
    west = u[(cut + 1) % len(u)]
    east = u[cut] + (360.0 if u[cut] < west else 0.0)
    return float((west + east) / 2.0)


def _near(lon, ref: float):
    """*lon* shifted by a multiple of 360° to lie within 180° of *ref*."""
    return lon - 360.0 * np.round((np.asarray(lon, dtype=float) - ref) / 360.0)


def _nice(x: float) -> float:
    """The largest 1, 2 or 5 × 10^k not above *x*."""
    e = 10.0 ** math.floor(math.log10(x))
    return max(m * e for m in (1, 2, 5) if m * e <= x)


def _polygons_path(geoms):
    """One matplotlib Path of every ring of (multi)polygons: one artist, one SVG element."""
    import shapely
    from matplotlib.path import Path as MPath

    verts, codes = [], []
    for poly in shapely.get_parts(np.asarray(geoms, dtype=object).ravel()):
        if poly is None or poly.is_empty or poly.geom_type != "Polygon":
            continue
        for ring in (poly.exterior, *poly.interiors):
            xy = shapely.get_coordinates(ring)
            if len(xy) < 4:
                continue
            c = np.full(len(xy), MPath.LINETO, dtype=np.uint8)
            c[0], c[-1] = MPath.MOVETO, MPath.CLOSEPOLY
            verts.append(xy)
            codes.append(c)
    if not verts:
        return None
    return MPath(np.concatenate(verts), np.concatenate(codes))


def _edges(path):
    """The outline of a polygon path without the cuts Natural Earth makes along ±180°, which are no coast."""
    from matplotlib.path import Path as MPath

    v, c = path.vertices, path.codes.copy()
    c[c == MPath.CLOSEPOLY] = MPath.LINETO  # shapely rings repeat their first point: the same line
    k = (v[:, 0] - 180.0) / 360.0
    on_seam = np.abs(k - np.round(k)) < 1e-9
    cut = np.zeros(len(v), dtype=bool)
    cut[1:] = on_seam[1:] & on_seam[:-1] & (v[1:, 0] == v[:-1, 0]) & (c[1:] == MPath.LINETO)
    c[cut] = MPath.MOVETO
    return MPath(v, c)


def _clip_world(geoms, box: tuple[float, float, float, float], tol: float):
    """Geometries clipped to *box* (lon/lat), on every copy of the world it shows, simplified to *tol*."""
    import shapely

    xmin, ymin, xmax, ymax = box
    out = []
    for k in range(int(math.floor((xmin + 180.0) / 360.0)), int(math.floor((xmax + 180.0) / 360.0)) + 1):
        shifted = shapely.transform(geoms, lambda c, dx=360.0 * k: c + np.array([dx, 0.0]))
        clipped = shapely.clip_by_rect(shifted, xmin, ymin, xmax, ymax)
        clipped = shapely.simplify(clipped, tol, preserve_topology=True)
        out.extend(g for g in clipped if g is not None and not g.is_empty)
    return out


def _circle(lat: float, lon: float, radius_km: float, n: int = 96):
    """A geodesic circle as (lon, lat) rings, longitudes kept continuous around *lon*."""
    from pyproj import Geod

    az = np.linspace(0.0, 360.0, n, endpoint=False)
    x, y, _ = Geod(ellps="WGS84").fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, radius_km * 1000.0))
    x = lon + (np.asarray(x) - lon + 180.0) % 360.0 - 180.0
    return np.column_stack([x, np.clip(y, -89.9, 89.9)])


class _Place:
    """A place drawn once for all the stops at it."""

    __slots__ = ("kind", "lat", "lon", "radius", "cc", "label", "status", "count", "first", "doubt", "sources",
                 "deniers", "facility", "stand_in")

    def __init__(self, kind, lat, lon, radius, cc, label, first):
        self.kind, self.lat, self.lon, self.radius, self.cc = kind, lat, lon, radius, cc
        self.label, self.status, self.count, self.first = label, "denied", 0, first
        self.doubt = False  # the geocoder flagged a reading to check (GeocodeResult.doubt)
        self.sources: set[str] = set()  # independent sources that report it (geo.corroborate.source_key): the dot's size
        self.deniers: set[str] = set()  # and those that deny it: counter-evidence, never a source of it
        self.facility = ""  # its kind when it is a facility (geo.symbols.FACILITIES): a square with a glyph
        self.stand_in = False  # its centre stands in for a point nobody knows (geo.render.stands_in)

    def add(self, stop: Stop, source_key) -> None:
        """Count one more report at this place."""
        self.count += 1
        (self.deniers if stop.status == "denied" else self.sources).add(source_key(stop.source))
        self.doubt = self.doubt or bool(getattr(stop.location, "doubt", ""))
        if _rank(stop.status) < _rank(self.status):
            self.status = stop.status

    @property
    def contested(self) -> bool:
        """Reported and denied."""
        return bool(self.sources) and bool(self.deniers)


def _places(stops: Sequence[Stop]) -> list[_Place]:
    """Stops grouped as the interactive map groups them (same kind, point, radius, country)."""
    from .corroborate import source_key
    from .render import KIND_OUTLINE, KIND_POINT, _place_kind, place_label, stands_in
    from .symbols import FACILITIES

    places: dict[tuple, _Place] = {}
    place_of: dict[tuple, _Place] = {}  # stops sharing a location object and its reading: one lookup
    for i, s in enumerate(stops):
        loc = s.location
        if loc is None:
            raise ValueError(f"stop of row {s.row} ({s.place!r}) has no location; geocode it first")
        p = place_of.get((id(loc), s.precision, s.radius_km, s.country))
        if p is not None:
            p.add(s, source_key)
            continue
        kind, radius, cc = _place_kind(s)
        stand_in = stands_in(s, kind)
        key = (kind, round(loc.lat, 5), round(loc.lon, 5), round(radius, 1), cc, stand_in)
        p = places.get(key)
        if p is None:
            name = place_label(s)
            if kind == KIND_OUTLINE:
                name = f"{name}\n(country only)"
            p = places[key] = _Place(kind, float(loc.lat), float(loc.lon), float(radius), cc, name, i)
            if kind == KIND_POINT and loc.kind in FACILITIES:
                p.facility = loc.kind
            p.stand_in = stand_in
        place_of[(id(loc), s.precision, s.radius_km, s.country)] = p
        p.add(s, source_key)
    return list(places.values())


def _frame(places: list[_Place], legs: Sequence[Leg], aspect_box: float):
    """(ref lon, xmin, xmax, ymin, ymax, lat0): the view around places' points and legs' paths."""
    lats = [p.lat for p in places] + [y for g in legs for y, _ in g.path]
    lons = [p.lon for p in places] + [x for g in legs for _, x in g.path]
    lats, lons = np.asarray(lats, dtype=float), np.asarray(lons, dtype=float)
    ref = _unwrap_center(lons)
    x = _near(lons, ref)
    xmin, xmax = float(x.min()), float(x.max())
    ymin, ymax = float(lats.min()), float(lats.max())
    lat0 = max(-70.0, min(70.0, (ymin + ymax) / 2.0))
    k = 1.0 / math.cos(math.radians(lat0))  # display height per degree of latitude, in degrees of longitude
    # Margins: an eighth of the span, at least 1.5° of latitude, for markers and labels.
    dx = max(xmax - xmin, 3.0 * k)
    dy = max(ymax - ymin, 3.0)
    cx, cy = (xmin + xmax) / 2.0, (ymin + ymax) / 2.0
    dx, dy = dx * 1.25 + 1.0, dy * 1.25 + 1.0
    # Fill the axes box: widen whichever side is short of its aspect.
    if dy * k / dx < aspect_box:
        dy = aspect_box * dx / k
    else:
        dx = dy * k / aspect_box
    dx = min(dx, 360.0)
    ymin, ymax = cy - dy / 2.0, cy + dy / 2.0
    if ymin < -85.0:
        ymin, ymax = -85.0, -85.0 + dy
    if ymax > 85.0:
        ymin, ymax = 85.0 - dy, 85.0
    return ref, cx - dx / 2.0, cx + dx / 2.0, max(-90.0, ymin), min(90.0, ymax), lat0


def _sources(stops: Sequence[Stop]) -> list[tuple[str, int]]:
    """Distinct sources in order of first appearance, with their number of reports."""
    counts: dict[str, int] = {}
    for s in stops:
        name = (s.source or "").strip() or "(no source given)"
        counts[name] = counts.get(name, 0) + 1
    return list(counts.items())


def _fmt(n: int) -> str:
    return f"{n:,}"


def build_figure(stops: Sequence[Stop], legs: Sequence[Leg], *, title: str,
                 build_note: Mapping[str, str] | None = None, left_out: Sequence[tuple[int, str, str]] = ()):
    """Draw the map of reported stops and legs as a matplotlib Figure (pure: nothing is written).

    Parameters
    ----------
    stops : geocoded stops (``stop.location`` set), in file order; at least one.
    legs : legs between consecutive stops of each route (:func:`geo.routes.build_legs`).
    title : printed at the top.
    build_note : small print at the foot, e.g. the input's hash (no timestamps).
    left_out : rows not drawn, as (row, place, why): the picture counts them, so nothing is lost silently.

    Returns a ``matplotlib.figure.Figure`` of :data:`WIDTH_IN` x :data:`HEIGHT_IN`
    inches; write it with :func:`save_figure`.

    Example
    -------
    >>> from geo.geocoders.base import GeocodeResult
    >>> loc = GeocodeResult("Vladivostok", "Vladivostok", 43.1, 131.9, "RU", "city", "manual", 1.0, "csv")
    >>> fig = build_figure([Stop(row=2, place="Vladivostok", source="A", location=loc)], [], title="Demo")
    >>> [round(v) for v in fig.get_size_inches() * fig.dpi]
    [1800, 1050]
    """
    import matplotlib

    with matplotlib.rc_context(_RC):
        return _draw(list(stops), list(legs), str(title), dict(build_note or {}), len(left_out))


def _draw(stops: list[Stop], legs: list[Leg], title: str, note: dict[str, str], n_left_out: int):
    from matplotlib.figure import Figure

    from .render import KIND_WATER

    if not stops:
        raise ValueError("nothing to draw: no located stops")
    F = _fonts()
    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor="white")
    map_rect = (0.018, 0.135, 0.655, 0.745)
    panel_rect = (0.69, 0.02, 0.295, 0.86)  # down to the foot: the sources may be many
    ax = fig.add_axes(map_rect)
    aspect_box = (map_rect[3] * HEIGHT_IN) / (map_rect[2] * WIDTH_IN)
    places = _places(stops)
    ref, xmin, xmax, ymin, ymax, lat0 = _frame(places, legs, aspect_box)
    k = 1.0 / math.cos(math.radians(lat0))
    ax.set_xlim(xmin, xmax)
    ax.set_ylim(ymin, ymax)
    ax.set_aspect(k, adjustable="box")
    ax.set_facecolor(_SEA)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_edgecolor("#8a8a8a")
        spine.set_linewidth(0.8)

    _draw_land(ax, (xmin, ymin, xmax, ymax))
    _draw_areas(ax, places, (xmin, ymin, xmax, ymax), ref)
    from .render import clipped_to_stand_ins, legs_not_drawn

    n_not_drawn = len(legs_not_drawn(legs))
    legs = clipped_to_stand_ins(legs)
    sea_routes, contested_legs, materiel_legs = _draw_legs(ax, legs, ref)
    _draw_markers(ax, places, ref)
    _draw_labels(ax, places, legs, ref, F)
    _draw_scale(ax, xmin, xmax, ymin, ymax, lat0, F)

    # Title and what the picture holds.
    fig.text(0.018, 0.975, title, fontproperties=F["bold"], fontsize=19, color=_INK, va="top", ha="left",
             wrap=False)
    n_sources = len(_sources(stops))
    dates = sorted({d for s in stops for d in (s.date_start, s.date_end) if d})
    facts = [f"{_fmt(len(stops))} report{'s' * (len(stops) != 1)}",
             f"{_fmt(len(places))} place{'s' * (len(places) != 1)}",
             f"{_fmt(len(legs))} leg{'s' * (len(legs) != 1)}"
             + (f" ({_fmt(n_not_drawn)} inside an area, not drawn)" if n_not_drawn else ""),
             f"{_fmt(n_sources)} source{'s' * (n_sources != 1)}"]
    if dates:
        dated = sum(1 for s in stops if s.date_start)
        span = dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"
        facts.append(f"dated {span}" + ("" if dated == len(stops) else f" ({_fmt(dated)} of {_fmt(len(stops))})"))
    if n_left_out:
        facts.append(f"{_fmt(n_left_out)} row{'s' * (n_left_out != 1)} left out (place not found)")
    fig.text(0.018, 0.912, " · ".join(facts), fontproperties=F["regular"], fontsize=11, color=_GREY,
             va="top", ha="left")

    _draw_panel(fig, panel_rect, stops, sea_routes, any(p.doubt for p in places),
                contested_legs or any(p.contested for p in places), F, water=any(p.kind == KIND_WATER for p in places),
                facilities=sorted({p.facility for p in places if p.facility}), materiel=materiel_legs,
                moved=_moved_counts(stops))

    fig.text(0.018, 0.128, CAPTION + ".", fontproperties=F["italic"], fontsize=12.5, color=_INK,
             va="top", ha="left")
    credits = ["Country outlines: Natural Earth (public domain)",
               "places: GeoNames (CC BY 4.0), Countries States Cities Database (ODbL), airportsdata (MIT)"]
    if sea_routes:
        credits.append("sea paths: searoute (Apache-2.0), Eurostat SeaRoute network")
    # Under the map only (the panel beside it runs down to the foot); about 0.55 em per character.
    chars = int(map_rect[2] * WIDTH_IN * 72 / (0.55 * 8))
    fig.text(0.018, 0.090, "\n".join(textwrap.wrap("; ".join(credits) + ". Made with geo.", chars)),
             fontproperties=F["regular"], fontsize=8, color=_GREY, va="top", ha="left", linespacing=1.25)
    if note:
        small = textwrap.wrap(" · ".join(f"{k_}: {v}" for k_, v in note.items()), int(chars * 8 / 6.5))
        fig.text(0.018, 0.044, "\n".join(small[:2]), fontproperties=F["regular"], fontsize=6.5,
                 color="#777777", va="top", ha="left", linespacing=1.25)
    return fig


def _draw_land(ax, box):
    from matplotlib.patches import PathPatch

    from .basemap import countries

    xmin, ymin, xmax, ymax = box
    pad_x, pad_y = (xmax - xmin) * 0.05, (ymax - ymin) * 0.05
    tol = (xmax - xmin) / 2500.0
    geoms = countries().geometry.values
    path = _polygons_path(_clip_world(np.asarray(geoms), (xmin - pad_x, ymin - pad_y, xmax + pad_x,
                                                          ymax + pad_y), tol))
    if path is not None:
        _add(ax, PathPatch(path, facecolor=_LAND, edgecolor="none", linewidth=0, zorder=1))
        _add(ax, PathPatch(_edges(path), fill=False, edgecolor=_LAND_EDGE, linewidth=0.5, zorder=1.1))


def _draw_areas(ax, places, box, ref):
    """Approximate places: dashed circles (an area) and dashed, hatched outlines (a country).

    One compound path per status and kind, so that thousands of areas are a few artists.
    """
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MPath

    from .basemap import countries
    from .render import KIND_CIRCLE, KIND_OUTLINE

    xmin, ymin, xmax, ymax = box
    pad_x, pad_y = (xmax - xmin) * 0.05, (ymax - ymin) * 0.05
    tol = (xmax - xmin) / 2500.0
    df = countries()
    circles: dict[str, list] = {}
    outlines: dict[str, list] = {}
    drawn: set[tuple[str, str]] = set()
    for p in sorted(places, key=lambda p: p.first):
        if p.kind == KIND_CIRCLE:
            ring = _circle(p.lat, p.lon, p.radius)
            ring[:, 0] = _near(ring[:, 0].mean(), ref) - ring[:, 0].mean() + ring[:, 0]
            circles.setdefault(p.status, []).append(MPath(np.vstack([ring, ring[:1]]), closed=True))
        elif p.kind == KIND_OUTLINE and (p.cc, p.status) not in drawn:
            drawn.add((p.cc, p.status))
            geom = df.loc[df["iso_a2"] == p.cc].geometry.values[:1]
            path = _polygons_path(_clip_world(np.asarray(geom), (xmin - pad_x, ymin - pad_y, xmax + pad_x,
                                                                 ymax + pad_y), tol))
            if path is not None:
                outlines.setdefault(p.status, []).append(path)
    # Weakest status first, so the surest is drawn on top. As on the page: hatched, not filled
    # ("somewhere in here", without hiding what lies on it), with a dashed edge.
    for status in sorted(set(circles) | set(outlines), key=lambda s: -_rank(s)):
        st = STATUS_STYLE.get(status, STATUS_STYLE["reported"])
        rgb = _rgb(st["color"])
        for path, edges in ((MPath.make_compound_path(*outlines[status]), True) if status in outlines else (None, 0),
                            (MPath.make_compound_path(*circles[status]), False) if status in circles else (None, 0)):
            if path is None:
                continue
            _add(ax, PathPatch(path, facecolor="none", edgecolor=(*rgb, 0.35), hatch="//", linewidth=0, zorder=2))
            _add(ax, PathPatch(_edges(path) if edges else path, fill=False, edgecolor=st["color"], alpha=0.8,
                               linewidth=1.8 * _PX, linestyle=(0, (7 * _PX, 5 * _PX)), zorder=2.1))


def _add(ax, patch):
    """Add a patch without updating the data limits (fixed by the frame; measuring big paths is slow)."""
    return ax.add_artist(patch)


def _rgb(color: str) -> tuple[float, float, float]:
    from matplotlib.colors import to_rgb

    return to_rgb(color)


def _dashes(mode: str):
    m = MODE_STYLE.get(mode, MODE_STYLE["unknown"])
    return "solid" if not m["dash"] else (0, tuple(d * _PX for d in m["dash"]))


def _draw_legs(ax, legs: Sequence[Leg], ref) -> tuple[bool, bool, bool]:
    """Legs grouped by (status, mode), each group one path.

    Returns whether a sea route was computed, a movement is contested, and a movement of materiel is marked.
    """
    from matplotlib.patches import PathPatch
    from matplotlib.patheffects import TickedStroke
    from matplotlib.path import Path as MPath

    from .corroborate import group_summary, leg_groups
    from .routes import PATH_SEA

    if not legs:
        return False, False, False
    sea = any(g.path_kind == PATH_SEA for g in legs)
    legs, weights, contested, materiel = _corroborated(legs, leg_groups, group_summary)
    n = np.fromiter((len(g.path) for g in legs), np.int64, len(legs))
    flat = np.array([p for g in legs for p in g.path], dtype=float).reshape(-1, 2)
    y, x = flat[:, 0], flat[:, 1]
    start = np.concatenate([[0], np.cumsum(n)[:-1]])
    # Each leg whole onto the copy of the world nearest the frame (paths are unwrapped already).
    mean = np.add.reduceat(x, start) / n
    x = x - np.repeat(360.0 * np.round((mean - ref) / 360.0), n)
    codes = np.full(len(x), MPath.LINETO, dtype=np.uint8)
    codes[start] = MPath.MOVETO
    keys = [(g.status, g.mode, w) for g, w in zip(legs, weights)]
    ids = {k: i for i, k in enumerate(dict.fromkeys(keys))}
    group = np.repeat(np.array([ids[k] for k in keys]), n)
    order = sorted(ids, key=lambda k: (-_rank(k[0]), list(MODE_STYLE).index(k[1]) if k[1] in MODE_STYLE else 9, k[2]))
    for status, mode, wc in order:
        st = STATUS_STYLE.get(status, STATUS_STYLE["reported"])
        m = MODE_STYLE.get(mode, MODE_STYLE["unknown"])
        w = m["width"] * _PX * (0.8 if status == "denied" else 1.0) * WEIGHT_WIDTH[wc]
        cap = m.get("cap", "butt")
        sel = group == ids[(status, mode, wc)]
        path = MPath(np.column_stack([x[sel], y[sel]]), codes[sel])
        styles = [("white", w + 2.0, 0.75, 3.0), (st["color"], w, st["alpha"], 3.1)]
        if len(legs) > DENSE_LEGS:
            styles = [(st["color"], 0.6, st["alpha"], 3.1)]
        for color, lw, alpha, z in styles:
            _add(ax, PathPatch(path, fill=False, edgecolor=color, alpha=alpha, linewidth=lw,
                               linestyle=_dashes(mode), capstyle=cap, joinstyle="round", zorder=z))
    # Contested movements (reported and denied), as on the page: ticks across the line.
    sel = np.repeat(np.array(contested, dtype=bool), n)
    if sel.any() and len(legs) <= DENSE_LEGS:
        path = MPath(np.column_stack([x[sel], y[sel]]), codes[sel])
        for color, lw, z in (("white", 4.0 * _PX, 3.2), (CONTESTED_INK, 1.8 * _PX, 3.3)):
            ticks = [TickedStroke(spacing=16 * _PX, angle=a, length=5.5 / 16) for a in (90, -90)]
            _add(ax, PathPatch(path, fill=False, edgecolor=color, linewidth=lw, linestyle="solid", capstyle="butt",
                               zorder=z, path_effects=ticks))
    arrows = [(g.status, np.column_stack([x[a:a + k], y[a:a + k]]), load)
              for g, a, k, load in zip(legs[:MAX_ARROWS], start.tolist(), n.tolist(), materiel)
              if k >= 2 and len(legs) <= DENSE_LEGS]
    loads: dict[str, list] = {}  # status -> the places of the diamonds of movements of materiel (display px)
    ax.apply_aspect()
    to_px = ax.transData.transform
    for status, xy, load in arrows:
        st = STATUS_STYLE.get(status, STATUS_STYLE["reported"])
        seg = np.sqrt((np.diff(xy, axis=0) ** 2).sum(axis=1))
        if seg.sum() <= 0 or _drawn_px(to_px(xy)) < _ARROW_MIN_PX:
            continue  # no line to point along (a leg cut to nothing at a stand-in's edge), as on the page
        cum = np.cumsum(seg)
        half = min(int(np.searchsorted(cum, cum[-1] / 2.0)), len(seg) - 1)
        a, b = xy[half], xy[half + 1]
        # half-way along what is drawn: a leg cut at a stand-in's edge has one short last segment
        mid = a + (b - a) * ((cum[-1] / 2.0 - (cum[half] - seg[half])) / (seg[half] or 1.0))
        d = (b - a) / (np.hypot(*(b - a)) or 1.0)
        ax.annotate("", xy=(mid[0] + d[0] * 1e-3, mid[1] + d[1] * 1e-3), xytext=(mid[0], mid[1]),
                    arrowprops=dict(arrowstyle="-|>,head_length=0.9,head_width=0.5", color=st["color"],
                                    lw=0.6, mutation_scale=9, shrinkA=0, shrinkB=0),
                    annotation_clip=True, zorder=3.5)
        if load:  # materiel moved: a diamond behind the arrow's head, on the line
            a_px, b_px = to_px(mid), to_px(mid + d)
            u = (b_px - a_px) / (np.hypot(*(b_px - a_px)) or 1.0)
            loads.setdefault(status, []).append(a_px - u * _LOAD_BEHIND_PT * DPI / 72.0)
    for status, pts in loads.items():
        st = STATUS_STYLE.get(status, STATUS_STYLE["reported"])
        xy = ax.transData.inverted().transform(np.array(pts))
        ax.scatter(xy[:, 0], xy[:, 1], s=_LOAD_PT ** 2, marker="D", c="white", edgecolors=st["color"],
                   linewidths=_LOAD_EDGE_PT, zorder=3.6, clip_on=True)
    return sea, any(contested), bool(loads)


#: A line shorter than this (display px: about two arrowheads) gets no arrow; its arrowhead would sit on its ends.
_ARROW_MIN_PX = 2 * 9 * 0.9 * DPI / 72.0


def _drawn_px(px) -> float:
    """The length of a line of display points."""
    return float(np.sqrt((np.diff(px, axis=0) ** 2).sum(axis=1)).sum())


#: The diamond of a movement of materiel: its size, its edge, and how far behind the arrow's tip it sits
#: (points). White inside, so that it stands out on a line of its own colour, however thick.
_LOAD_PT, _LOAD_EDGE_PT, _LOAD_BEHIND_PT = 8.0, 1.6, 12.5


def _moved_counts(stops: Sequence[Stop]) -> dict[str, int]:
    """Reports by what moved ("people", "materiel", "both", "" for none said); empty when no stop says what moved."""
    if not any(s.what or s.moved for s in stops):
        return {}
    counts = {k: 0 for k in ("people", "materiel", "both", "")}
    for s in stops:
        counts[s.moved if s.moved in counts else ""] += 1
    return counts


#: As on the page: a leg's width grows with its independent sources (one, two, three or more).
WEIGHT_WIDTH = (1.0, 1.9, 2.6)


def _corroborated(legs: Sequence[Leg], leg_groups, group_summary) -> tuple[list[Leg], list[int], list[bool], list[bool]]:
    """One leg per movement that several sources report (:mod:`geo.corroborate`), as the page draws them.

    Each group is drawn as its first leg, in the group's strongest status and a
    stated mode if any leg states one, with a weight class for its number of
    independent sources that report it (0: one or none, 1: two, 2: three or
    more: a denial is no source of what it denies), whether it is contested, and
    whether a report of it says materiel moved (``moved`` materiel or both).
    """
    from dataclasses import replace

    groups = leg_groups(legs)
    summary = group_summary(legs, groups)
    first: dict[int, int] = {}
    mode: dict[int, str] = {}
    load: set[int] = set()
    for i, (g, leg) in enumerate(zip(groups, legs)):
        first.setdefault(g, i)
        if leg.mode != "unknown":
            mode.setdefault(g, leg.mode)
        if leg.end.moved in ("materiel", "both"):
            load.add(g)
    out, weights, contested, materiel = [], [], [], []
    for g, i in sorted(first.items(), key=lambda gi: gi[1]):
        e = summary[g]
        out.append(replace(legs[i], status=e.status, mode=mode.get(g, legs[i].mode)))
        weights.append(min(max(e.support, 1), 3) - 1)
        contested.append(e.contested)
        materiel.append(g in load)
    return out, weights, contested, materiel


def _marker_size(n: int) -> float:
    return 2 * (5 + min(3.5, math.log2(max(1, n)))) * _PX


def _waves():
    """A marker of two short waves: a sea, strait or lake named as a whole, as on the page."""
    from matplotlib.path import Path as MPath

    t = np.linspace(-1.0, 1.0, 17)
    verts, codes = [], []
    for dy in (-0.42, 0.42):
        verts.extend(zip(t, dy + 0.42 * np.sin(np.pi * t)))
        codes.extend([MPath.MOVETO] + [MPath.LINETO] * (len(t) - 1))
    return MPath(np.array(verts), np.array(codes, dtype=np.uint8))


def _glyph(kind: str):
    """The glyph of a facility kind (geo/symbols.py) as a matplotlib path marker, y upwards."""
    from matplotlib.path import Path as MPath

    from .symbols import FACILITIES

    verts, codes = [], []
    for line in FACILITIES[kind][1]:
        xy = np.array(line, dtype=float).reshape(-1, 2) * (1.0, -1.0)
        verts.extend(xy)
        codes.extend([MPath.MOVETO] + [MPath.LINETO] * (len(xy) - 1))
    # The corners of the full square keep every glyph at one scale (a marker is fitted to its extent).
    verts.extend([(-1.0, -1.0), (1.0, 1.0)])
    codes.extend([MPath.MOVETO, MPath.MOVETO])
    return MPath(np.array(verts), np.array(codes, dtype=np.uint8))


def _draw_markers(ax, places, ref):
    """Dots of the precise places: one scatter per status, the surest on top; waves for water."""
    from .render import KIND_POINT, KIND_WATER

    water = [p for p in sorted(places, key=lambda p: p.first) if p.kind == KIND_WATER]
    for status in sorted({p.status for p in water}, key=lambda s: -_rank(s)):
        group = [p for p in water if p.status == status]
        x, y = _near(np.array([p.lon for p in group]), ref), np.array([p.lat for p in group])
        for color, lw in (("white", 5.5 * _PX), (STATUS_STYLE.get(status, STATUS_STYLE["reported"])["color"], 2.4 * _PX)):
            ax.scatter(x, y, s=(17 * _PX) ** 2, marker=_waves(), facecolors="none", edgecolors=color, linewidths=lw,
                       zorder=5)

    by_status: dict[str, list[_Place]] = {}
    for p in sorted(places, key=lambda p: p.first):
        if p.kind == KIND_POINT:
            by_status.setdefault(p.status, []).append(p)
    small = sum(map(len, by_status.values())) > DENSE_POINTS
    for status in sorted(by_status, key=lambda s: -_rank(s)):
        st = STATUS_STYLE.get(status, STATUS_STYLE["reported"])
        group = by_status[status]
        x = _near(np.array([p.lon for p in group]), ref)
        y = np.array([p.lat for p in group])
        size = np.array([_marker_size(len(p.sources)) for p in group]) ** 2  # scatter sizes are areas, in points²
        if small:
            size = np.full(len(group), (3.0 * _PX) ** 2)
        edge = 0.0 if small else 1.2
        # As on the page: a facility is a square with the glyph of its kind, a town a dot.
        shape = np.array(["s" if p.facility and not small else "o" for p in group])
        for marker in ("o", "s"):
            sel = shape == marker
            if not sel.any():
                continue
            area = size[sel] if marker == "o" else (np.sqrt(size[sel]) + 4 * _PX) ** 2
            if st["fill"]:
                ax.scatter(x[sel], y[sel], s=area, marker=marker, c=st["color"], edgecolors="white", linewidths=edge,
                           zorder=5)
            else:
                ax.scatter(x[sel], y[sel], s=area, marker=marker, c="white", edgecolors=st["color"],
                           linewidths=0.8 if small else 2.0, zorder=5)
        for kind in sorted({p.facility for p in group if p.facility}) if not small else ():
            sel = np.array([p.facility == kind for p in group])
            side = np.sqrt(size[sel]) + 4 * _PX
            ax.scatter(x[sel], y[sel], s=(side * 0.66) ** 2, marker=_glyph(kind), facecolors="none",
                       edgecolors="white" if st["fill"] else st["color"], linewidths=1.1, zorder=5.05)
        doubt = np.array([p.doubt for p in group])
        if doubt.any() and not small:  # as on the page: a dashed ring, "location to check"
            ring = (np.sqrt(size[doubt]) + 2 * 3.5 * _PX) ** 2
            ax.scatter(x[doubt], y[doubt], s=ring, facecolors="none", edgecolors="#222222", linewidths=1.6 * _PX,
                       linestyles=[(0, (3 * _PX, 2.5 * _PX))], zorder=5.1)
    # As on the page: a contested place (reported and denied) is slashed, at its dot or an area's centre.
    disputed = [p for p in sorted(places, key=lambda p: p.first) if p.contested and not p.stand_in]
    if disputed and sum(map(len, by_status.values())) <= DENSE_POINTS:
        from matplotlib.path import Path as MPath

        r = np.array([_marker_size(len(p.sources)) / 2 / _PX if p.kind == KIND_POINT else 5.0 for p in disputed])
        span = ((r + 2.5) * math.sqrt(2) * _PX) ** 2  # the slash from corner to corner of this square, in points²
        x = _near(np.array([p.lon for p in disputed]), ref)
        y = np.array([p.lat for p in disputed])
        slash = MPath([(-1.0, -1.0), (1.0, 1.0)])
        for color, lw, z in (("white", 4.0 * _PX, 5.2), (CONTESTED_INK, 1.8 * _PX, 5.3)):
            ax.scatter(x, y, s=span, marker=slash, c=color, linewidths=lw, zorder=z)


def _draw_labels(ax, places, legs, ref, F):
    """Place names beside their marks, placed greedily where they cover the least of marks, legs and labels."""
    from .render import KIND_POINT, KIND_WATER

    ax.apply_aspect()
    to_px = ax.transData.transform
    ppt = DPI / 72.0
    bbox = ax.get_window_extent()
    # Obstacles (x0, y0, x1, y1, weight): covering another place's mark misleads most, then a label, then a leg.
    taken: list[tuple[float, float, float, float, float]] = []
    points = [p for p in places if p.kind == KIND_POINT]
    if points:
        xy = to_px(np.column_stack([_near(np.array([p.lon for p in points]), ref), [p.lat for p in points]]))
        # A margin round each mark: a label hugging another place's dot would seem to name it.
        r = np.array([_marker_size(len(p.sources)) for p in points]) / 2 * ppt + 10
        taken.extend(zip(xy[:, 0] - r, xy[:, 1] - r, xy[:, 0] + r, xy[:, 1] + r, np.full(len(r), 20.0)))
    # Legs as small boxes every few pixels, so a label does not hide a short leg.
    for g in legs[:MAX_ARROWS]:
        xy = np.array([(lon, lat) for lat, lon in g.path], dtype=float)
        xy[:, 0] = _near(xy[:, 0].mean(), ref) - xy[:, 0].mean() + xy[:, 0]
        px = to_px(xy)
        for a, b in zip(px[:-1], px[1:]):
            n = int(min(50, max(1, np.hypot(*(b - a)) // 12)))
            for t in np.linspace(0.0, 1.0, n + 1):
                x, y = a + (b - a) * t
                taken.append((x - 3, y - 3, x + 3, y + 3, 1.0))
    obstacles = np.array(taken, dtype=float).reshape(-1, 5)
    if len(points) > DENSE_POINTS:
        return
    chosen = sorted(places, key=lambda p: (-p.count, p.kind != KIND_POINT, p.first))[:MAX_LABELS]
    for p in sorted(chosen, key=lambda p: (p.kind != KIND_POINT, -p.count, p.first)):
        label = p.label.replace("\n", " (?)\n", 1) if p.doubt and "\n" in p.label else p.label + " (?)" * p.doubt
        text = "\n".join(line for part in label.split("\n") for line in (textwrap.wrap(part, 24) or [part]))
        fs = 9.5 if p.kind == KIND_POINT else 9.0
        lines = text.split("\n")
        w = max(len(s) for s in lines) * 0.6 * fs * ppt + 6
        h = len(lines) * 1.25 * fs * ppt + 4
        x, y = to_px((float(_near(p.lon, ref)), p.lat))
        gap = ((_marker_size(len(p.sources)) / 2 + 3) * ppt if p.kind == KIND_POINT
               else 10 * _PX * ppt if p.kind == KIND_WATER else 0)
        if p.stand_in:  # its centre is another town: the name on the area, inside its bottom or top edge
            edge = y - to_px((float(_near(p.lon, ref)), p.lat - p.radius / 111.2))[1]
            d = edge - h / 2 - 4 if edge > h + 8 else edge + 4 + h / 2
            # below first, then above (y grows upwards here), as the page (labels.js) puts it
            candidates = [(x - w / 2, y - d - h / 2, "center", "center", (0, -d / ppt)),
                          (x - w / 2, y + d - h / 2, "center", "center", (0, d / ppt))]
        else:
            candidates = _around(x, y, w, h, gap, ppt)

        def cost(c):
            x0, y0 = c[0], c[1]
            box = (x0, y0, x0 + w, y0 + h)
            out = (box[0] < bbox.x0) + (box[2] > bbox.x1) + (box[1] < bbox.y0) + (box[3] > bbox.y1)
            t = obstacles
            ox = np.clip(np.minimum(box[2], t[:, 2]) - np.maximum(box[0], t[:, 0]), 0.0, None)
            oy = np.clip(np.minimum(box[3], t[:, 3]) - np.maximum(box[1], t[:, 1]), 0.0, None)
            return (out * 1e9) + float((t[:, 4] * ox * oy).sum())

        best = min(candidates, key=cost)
        if not (bbox.x0 <= x <= bbox.x1 and bbox.y0 <= y <= bbox.y1):
            continue
        obstacles = np.vstack([obstacles, [best[0], best[1], best[0] + w, best[1] + h, 5.0]])
        ax.annotate(text, xy=(float(_near(p.lon, ref)), p.lat), xytext=best[4], textcoords="offset points",
                    ha=best[2], va=best[3], fontproperties=F["regular" if p.kind == KIND_POINT else "italic"],
                    fontsize=fs, color=_INK, zorder=6, annotation_clip=True,
                    bbox=dict(boxstyle="round,pad=0.18", facecolor="white", edgecolor="none", alpha=0.78))


def _around(x, y, w, h, gap, ppt):
    """Where a name of size *w* x *h* (display px) may go round a mark at (*x*, *y*) *gap* px wide."""
    return [  # (box x0, box y0, ha, va, text anchor offset in points)
        (x + gap, y - h / 2, "left", "center", (gap / ppt, 0)),
        (x - gap - w, y - h / 2, "right", "center", (-gap / ppt, 0)),
        (x - w / 2, y + gap, "center", "bottom", (0, gap / ppt)),
        (x - w / 2, y - gap - h, "center", "top", (0, -gap / ppt)),
        (x + gap * 0.7, y + gap * 0.7, "left", "bottom", (gap * 0.7 / ppt, gap * 0.7 / ppt)),
        (x + gap * 0.7, y - gap * 0.7 - h, "left", "top", (gap * 0.7 / ppt, -gap * 0.7 / ppt)),
        (x - gap * 0.7 - w, y + gap * 0.7, "right", "bottom", (-gap * 0.7 / ppt, gap * 0.7 / ppt)),
        (x - gap * 0.7 - w, y - gap * 0.7 - h, "right", "top", (-gap * 0.7 / ppt, -gap * 0.7 / ppt)),
    ]


def _draw_scale(ax, xmin, xmax, ymin, ymax, lat0, F):
    """A scale bar, true along the standard parallel, which it names."""
    from matplotlib.patches import Rectangle

    km_per_deg = 111.32 * math.cos(math.radians(lat0))
    km = _nice((xmax - xmin) * km_per_deg * 0.22)
    length = km / km_per_deg
    x0 = xmin + (xmax - xmin) * 0.025
    y0 = ymin + (ymax - ymin) * 0.04
    dy = (ymax - ymin)
    _add(ax, Rectangle((x0 - (xmax - xmin) * 0.012, y0 - dy * 0.025), length + (xmax - xmin) * 0.06,
                           dy * 0.11, facecolor="white", edgecolor="none", alpha=0.8, zorder=7))
    half = length / 2.0
    for i, color in enumerate((_INK, "white")):
        _add(ax, Rectangle((x0 + i * half, y0), half, dy * 0.012, facecolor=color, edgecolor=_INK,
                               linewidth=0.8, zorder=7.1))
    label = f"{_fmt(int(km)) if km >= 1 else km} km"
    ax.text(x0, y0 + dy * 0.02, "0", fontproperties=F["regular"], fontsize=8, ha="center", va="bottom",
            color=_INK, zorder=7.2)
    ax.text(x0 + length, y0 + dy * 0.02, label, fontproperties=F["regular"], fontsize=8, ha="center",
            va="bottom", color=_INK, zorder=7.2)
    ns = "N" if lat0 >= 0 else "S"
    ax.text(x0 + half, y0 + dy * 0.052, f"scale true at {abs(round(lat0))}° {ns}", fontproperties=F["regular"],
            fontsize=7, ha="center", va="bottom", color=_GREY, zorder=7.2)


def _draw_panel(fig, rect, stops, sea_routes: bool, doubt: bool, contested: bool, F, water: bool = False,
                facilities: Sequence[str] = (), materiel: bool = False, moved: Mapping[str, int] | None = None):
    """Legend and sources, in an axes measured in points from its top-left corner.

    *materiel*: a movement of materiel is marked on the map; *moved*: the reports by what moved
    (:func:`_moved_counts`), when the places file says it. Both are said only when some report
    is of materiel: a picture of movements of people alone has nothing to tell apart, and its
    legend keeps the room for the sources.
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Circle, Rectangle

    ax = fig.add_axes(rect)
    W, H = rect[2] * WIDTH_IN * 72, rect[3] * HEIGHT_IN * 72
    ax.set_xlim(0, W)
    ax.set_ylim(H, 0)  # y grows downwards, like reading
    ax.set_axis_off()
    y = 6.0

    def head(text):
        nonlocal y
        ax.text(0, y, text.upper(), fontproperties=F["bold"], fontsize=8.5, color=_GREY, va="top")
        y += 15

    def line_swatch(x, status, mode, length=26):
        st = STATUS_STYLE[status]
        m = MODE_STYLE[mode]
        w = m["width"] * _PX
        for color, lw, alpha in (("white", w + 2.0, 0.75), (st["color"], w, st["alpha"])):
            ax.add_line(Line2D([x, x + length], [y + 5, y + 5], color=color, linewidth=lw, alpha=alpha,
                               linestyle=_dashes(mode), solid_capstyle=m.get("cap", "butt"),
                               dash_capstyle=m.get("cap", "butt")))

    def dot(x, status, r=4.6):
        st = STATUS_STYLE[status]
        if st["fill"]:
            _add(ax, Circle((x, y + 5), r, facecolor=st["color"], edgecolor="white", linewidth=1.0))
        else:
            _add(ax, Circle((x, y + 5), r - 0.6, facecolor="white", edgecolor=st["color"], linewidth=1.8))

    def label(x, text, font="regular", color=_INK, size=9):
        ax.text(x, y + 5, text, fontproperties=F[font], fontsize=size, color=color, va="center")

    head("Colour = how sure")
    for s in STATUSES:
        dot(6, s)
        line_swatch(16, s, "road")
        label(50, STATUS_STYLE[s]["label"], "bold")
        label(112, STATUS_STYLE[s]["hint"], color=_GREY, size=8.5)
        y += 14
    y += 6
    head("Line = how they moved")
    for i, mode in enumerate(MODE_STYLE):
        col = i % 2
        line_swatch(2 + col * 112, "confirmed", mode)
        label(34 + col * 112, MODE_STYLE[mode]["label"])
        if col == 1 or i == len(MODE_STYLE) - 1:
            y += 14
    line_swatch(2, "reported", "road")
    ax.annotate("", xy=(20, y + 5), xytext=(12, y + 5),
                arrowprops=dict(arrowstyle="-|>,head_length=0.9,head_width=0.5",
                                color=STATUS_STYLE["reported"]["color"],
                                lw=0.6, mutation_scale=9, shrinkA=0, shrinkB=0))
    label(34, "Arrow: direction of movement")
    y += 14
    for k, wc in enumerate((0, 2)):  # one source, three or more
        st, m = STATUS_STYLE["reported"], MODE_STYLE["road"]
        ax.add_line(Line2D([2 + 16 * k, 14 + 16 * k], [y + 5, y + 5], color=st["color"],
                           linewidth=m["width"] * _PX * WEIGHT_WIDTH[wc], solid_capstyle="butt"))
    label(34, "Thicker: more independent sources")
    y += 14
    if moved and (moved.get("materiel") or moved.get("both")):  # nothing to tell apart without materiel
        if materiel:
            line_swatch(2, "reported", "road")
            ax.annotate("", xy=(24, y + 5), xytext=(16, y + 5),
                        arrowprops=dict(arrowstyle="-|>,head_length=0.9,head_width=0.5",
                                        color=STATUS_STYLE["reported"]["color"],
                                        lw=0.6, mutation_scale=9, shrinkA=0, shrinkB=0))
            ax.scatter([24 - _LOAD_BEHIND_PT], [y + 5], s=_LOAD_PT ** 2, marker="D", c="white",
                       edgecolors=STATUS_STYLE["reported"]["color"], linewidths=_LOAD_EDGE_PT, zorder=3)
            label(34, "Diamond: materiel moved (weapons, vehicles …)")
            y += 14
        said = [f"{name} {_fmt(moved[k])}" for k, name in (("people", "people"), ("materiel", "materiel"),
                                                           ("both", "people and materiel"), ("", "not stated"))
                if moved.get(k)]
        for text in textwrap.wrap("What moved, by report: " + " · ".join(said), int(W / (0.55 * 8.5))):
            label(2, text, color=_GREY, size=8.5)
            y += 12
        y += 2
    if sea_routes:
        label(2, "Sea legs follow a computed sea route;", color=_GREY, size=8.5)
        y += 12
        label(2, "the real track was not reported.", color=_GREY, size=8.5)
        y += 14
    y += 6
    head("Places")
    dot(6, "confirmed")
    label(18, "Dot: a named town or point (bigger = more sources)", size=8.5)
    y += 14
    dot(6, "claimed")
    label(18, "Hollow dot: claimed or denied", size=8.5)
    y += 14
    color = STATUS_STYLE["reported"]["color"]
    for make, text in ((lambda: Circle((6, y + 5), 5.5), "Hatched circle: an area only"),
                       (lambda: Rectangle((0.5, y), 11, 10), "Hatched outline: only the country is known")):
        _add(ax, make()).set(facecolor="none", edgecolor=(*_rgb(color), 0.35), hatch="////", linewidth=0)
        _add(ax, make()).set(facecolor="none", edgecolor=color, linewidth=1.2, linestyle=(0, (3, 2)), alpha=0.8)
        label(18, text, size=8.5)
        y += 14
    for kind in facilities:  # as on the page: one line per kind of facility drawn
        from .symbols import FACILITIES

        st = STATUS_STYLE["confirmed"]
        ax.scatter([6], [y + 5], s=(11.5 * _PX * 1.25) ** 2, marker="s", c=st["color"], edgecolors="white",
                   linewidths=1.0)
        ax.scatter([6], [y + 5], s=(11.5 * _PX * 1.25 * 0.66) ** 2, marker=_glyph(kind), facecolors="none",
                   edgecolors="white", linewidths=1.0)
        label(18, FACILITIES[kind][0], size=8.5)
        y += 14
    if water:
        for color, lw in (("white", 5.5 * _PX), (STATUS_STYLE["reported"]["color"], 2.4 * _PX)):
            ax.scatter([6], [y + 5], s=(15 * _PX) ** 2, marker=_waves(), facecolors="none", edgecolors=color,
                       linewidths=lw)
        label(18, "Waves: a sea, strait or lake", size=8.5)
        y += 14
    if doubt:
        dot(6, "reported", r=3.8)
        _add(ax, Circle((6, y + 5), 6.4, facecolor="none", edgecolor="#222222", linewidth=1.1, linestyle=(0, (2, 1.6))))
        label(18, "Dashed ring, (?) after a name: location to check", size=8.5)
        y += 14
    if contested:  # a slashed dot and a ticked line, as on the map
        from matplotlib.patheffects import TickedStroke

        dot(6, "reported", r=4.2)
        for color, lw in (("white", 4.0 * _PX), (CONTESTED_INK, 1.8 * _PX)):
            ax.add_line(Line2D([1.5, 10.5], [y + 9.5, y + 0.5], color=color, linewidth=lw, solid_capstyle="butt"))
        st = STATUS_STYLE["reported"]
        ax.add_line(Line2D([16, 40], [y + 5, y + 5], color=st["color"], linewidth=MODE_STYLE["road"]["width"] * _PX))
        for color, lw in (("white", 4.0 * _PX), (CONTESTED_INK, 1.8 * _PX)):
            ax.add_line(Line2D([16, 40], [y + 5, y + 5], color=color, linewidth=lw, path_effects=[
                TickedStroke(spacing=13 * _PX, angle=a, length=5.5 / 13) for a in (90, -90)]))
        label(46, "Contested: reported and denied", size=8.5)
        y += 14
    y += 6

    head("Sources")
    sources = _sources(stops)
    width = int(W / (0.55 * 8.3))  # characters per line at 8.3 pt
    for i, (name, n) in enumerate(sources, 1):
        # A hanging indent by position, not by spaces (SVG viewers collapse leading spaces).
        lines = textwrap.wrap(f"{i}. {name} ({_fmt(n)} report{'s' * (n != 1)})", width) or [f"{i}."]
        if len(lines) > 1:
            lines = lines[:1] + textwrap.wrap(" ".join(lines[1:]), width - 3)
        if y + 11 * len(lines) > H - 12 and i < len(sources):
            rest = len(sources) - i + 1
            ax.text(0, y, f"… and {_fmt(rest)} more source{'s' * (rest != 1)}", fontproperties=F["italic"],
                    fontsize=8.3, color=_GREY, va="top")
            break
        for k, text in enumerate(lines):
            ax.text(0 if k == 0 else 12, y, text, fontproperties=F["regular"], fontsize=8.3, color=_INK, va="top")
            y += 11
        y += 2


def save_figure(fig, path: str | os.PathLike) -> Path:
    """Write *fig* to *path* atomically as PNG, SVG or PDF (by its suffix); return the path.

    The files carry no date and no software version, so the same figure gives
    the same bytes.

    Raises ValueError for another suffix.

    Example
    -------
    >>> import tempfile, pathlib
    >>> from geo.geocoders.base import GeocodeResult
    >>> loc = GeocodeResult("Pyongyang", "Pyongyang", 39.03, 125.75, "KP", "city", "manual", 1.0, "csv")
    >>> fig = build_figure([Stop(row=2, place="Pyongyang", location=loc)], [], title="Demo")
    >>> out = save_figure(fig, pathlib.Path(tempfile.mkdtemp()) / "map.svg")
    >>> b"not independently verified" in out.read_bytes()
    True
    """
    import matplotlib

    from .files import write_atomic

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"cannot write {path.name!r}: the picture's name must end in .png, .svg or .pdf")
    metadata = {
        "png": {"Software": None},
        "svg": {"Date": None, "Creator": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
    }[fmt]
    buf = io.BytesIO()
    with matplotlib.rc_context(_RC):
        fig.savefig(buf, format=fmt, dpi=DPI, metadata=metadata, facecolor=fig.get_facecolor())
    return write_atomic(path, buf.getvalue())
