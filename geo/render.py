"""Draw reported stops and legs on one self-contained, honest Leaflet map.

:func:`build_map` turns geocoded :class:`~geo.records.Stop` and
:class:`~geo.records.Leg` records into a :class:`folium.Map` whose only layer is
a :class:`GeoLayer`; :func:`save_map` writes it as one HTML file.

How the page is made, and why:

* **Safe.** Every text from the CSV goes into the page once, in a columnar
  JSON blob made by :func:`geo.safe.script_json` inside
  ``<script type="application/json">`` and written by a
  :class:`~geo.safe.RawElement` (never through Jinja). The page's own script
  (the ES modules of ``templates/geomap/``, joined by :func:`geo.pagescript.page_script`) builds popups, legend and lists with DOM
  ``textContent``; folium Popup/Tooltip/GeoJson are not used for CSV text.
* **Defence in depth.** :func:`render_html` adds a Content-Security-Policy
  that lets only the page's own inline scripts run (by their SHA-256
  hashes, computed from the final page) and loads images only from the tile
  servers of :data:`TILE_SOURCES`, so even text that slipped past the
  escaping could not run.
* **Self-contained.** Leaflet's JS/CSS/images are inlined from
  ``xstatic-leaflet`` (see :mod:`geo.assets`); folium's default CDN assets are
  dropped. The page requests nothing but tile images, and when those fail it
  falls back to embedded Natural Earth outlines.
* **Reproducible.** Element ids are renumbered, every list has a stable
  order, and there is no timestamp: same input, same bytes.
* **Fast at 100,000 stops.** Repeated strings are stored once in a string
  table, coordinates rounded to 5 decimals, one data layer per kind drawn on
  a canvas by the browser, which also densifies great-circle legs itself
  (``Leg.path`` stays for exports; only the legs whose path is not a great
  circle, the sea routes of :mod:`geo.routes`, carry their points) and builds
  popups only when clicked.
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
import re
from collections.abc import Collection, Mapping, Sequence
from itertools import repeat
from operator import attrgetter
from pathlib import Path

# folium loads pandas and requests when imported (about 0.3 s of CPU), though a
# map of ours uses neither: a cost accepted rather than hidden by swapping modules.
import folium
from branca.element import Element, Figure, MacroElement
from folium.template import Template

from . import assets, corroborate
from .files import write_atomic
from .records import MODES, MOVED, STATUSES, Leg, Stop
from .routes import PATH_GREAT_CIRCLE, PATH_NO_SEA
from .pagescript import page_script
from .safe import RawElement, http_url, script_json
from .symbols import FACILITIES, symbol_data

__all__ = ["build_map", "save_map", "GeoMap", "GeoLayer", "map_data", "pack_columns", "place_label",
           "clipped_to_stand_ins", "legs_not_drawn", "stands_in"]

#: How imprecise each precision is, least to most; the worse of the CSV's
#: declared precision and the geocoder's result decides how a place is drawn.
_RANK = {"point": 0, "city": 1, "region": 2, "area": 2, "country": 3, "continent": 4}
#: Radius (km) drawn when an approximate place comes without one.
_DEFAULT_RADIUS_KM = {"area": 50.0, "region": 150.0, "country": 500.0, "continent": 2500.0}
#: Place kinds in the data: a pin, a dashed circle, a country outline, a water body's symbol.
KIND_POINT, KIND_CIRCLE, KIND_OUTLINE, KIND_WATER = 0, 1, 2, 3
#: What a geocoder's doubt says of a place it knows only by an area around *another* place's point (a
#: village of :mod:`geo.gazetteer.katottg`, drawn round its hromada's centre, which is a town of its own):
#: such a circle's centre is a stand-in, so the page draws no dot, label or leg end on it.
_STAND_IN_NOTE = "exact point unknown"
_DATA_ID = "geo-data"
class GeoMap(folium.Map):
    """A folium Map without folium's CDN assets (Leaflet comes from GeoLayer).

    folium.Map would link jQuery, Bootstrap, Font Awesome and Leaflet from
    CDNs; none of them is needed and each would be a network request.
    """

    default_js: list = []
    default_css: list = []


class GeoLayer(MacroElement):
    """All stops, areas and legs of a map, drawn by the page script (:func:`page_script`).

    Renders Leaflet (inline or from a CDN with SRI), the page's own CSS and
    JS, the JSON data blob, and one call ``geoMapInit(map, "geo-data")``.

    Parameters
    ----------
    data_json : the blob made by :func:`geo.safe.script_json`.
    cdn : link Leaflet from jsDelivr instead of inlining it.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            geoMapInit({{ this._parent.get_name() }}, {{ this.data_id|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, data_json: str, cdn: bool = False):
        super().__init__()
        self._name = "GeoLayer"
        self.data_json = data_json
        self.data_id = _DATA_ID
        self.cdn = cdn

    def render(self, **kwargs):
        """Add Leaflet, the page's CSS/JS and the data blob, then the init call."""
        figure = self.get_root()
        assert isinstance(figure, Figure), "You cannot render this Element if it is not in a Figure."
        if self.cdn:
            cdn = assets.leaflet_cdn()
            head = (
                f'<link rel="stylesheet" href="{cdn["css"]}" integrity="{cdn["css_integrity"]}"'
                ' crossorigin="anonymous"/>\n'
                f'<script src="{cdn["js"]}" integrity="{cdn["js_integrity"]}"'
                ' crossorigin="anonymous"></script>'
            )
        else:
            head = f"<style>{assets.leaflet_css()}</style>\n<script>{assets.leaflet_js()}</script>"
        head += f"\n<style>{assets.template('geomap.css')}</style>\n<script>{page_script()}</script>"
        # Raw elements: written as they are, never parsed by Jinja.
        figure.header.add_child(RawElement(head, "geo_head"), name="geo_head")
        figure.html.add_child(
            RawElement(f'<script type="application/json" id="{self.data_id}">{self.data_json}</script>',
                       "geo_data"),
            name="geo_data",
        )
        super().render(**kwargs)


def _num(x: float | None, nd: int) -> float | None:
    if x is None:
        return None
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return round(v, nd) if v == v and abs(v) != float("inf") else None


def _place_kind(stop: Stop) -> tuple[int, float, str | None]:
    """(kind, radius_km, country code for an outline) of a geocoded stop.

    A sea, strait or lake (the geocoder's ``kind == "water"``) is drawn as a marine symbol at
    its point, never as a circle of its radius, which would lie over the land around it.
    """
    loc = stop.location
    declared = (stop.precision or "").lower()
    if loc.kind == "water":
        return KIND_WATER, float(loc.radius_km or 0.0), None
    if loc.kind in FACILITIES and declared != "area" and not stop.radius_km:
        return KIND_POINT, 0.0, None  # a facility is a point of its own, whatever the area it is in
    if declared == "area" or (stop.radius_km or 0) > 0:
        radius = stop.radius_km or loc.radius_km or _DEFAULT_RADIUS_KM["area"]
        return KIND_CIRCLE, float(radius), None
    prec = max((declared, loc.precision), key=lambda p: _RANK.get(p, -1))
    if _RANK.get(prec, 0) < 2:
        return KIND_POINT, 0.0, None
    radius = float(loc.radius_km or _DEFAULT_RADIUS_KM.get(prec, 150.0))
    if prec == "country":
        cc = loc.country_code or stop.country
        if assets.country_outline(cc) is not None:
            return KIND_OUTLINE, radius, cc.upper()
    return KIND_CIRCLE, radius, None


def stands_in(stop: Stop, kind: int) -> bool:
    """Whether *stop*'s drawn centre stands in for a point nobody knows: an area (circle) the geocoder placed
    round another place's point, saying so in its doubt (:data:`_STAND_IN_NOTE`). A region's own centre, or a
    CSV's area round the place's own point, is no stand-in.
    """
    return kind == KIND_CIRCLE and _STAND_IN_NOTE in (stop.location.doubt or "")


def clipped_to_stand_ins(legs: Sequence[Leg]) -> list[Leg]:
    """*legs*, each cut where it leaves the circle of a start, and enters the circle of an end, whose centre is a
    stand-in (:func:`stands_in`: a village drawn round its hromada's centre, another town), as the
    page cuts them (decode.js ``clipLeg``): a leg into "somewhere in here" ends at the area's edge. A leg wholly
    inside such a circle shrinks to a point (no course, no arrow): its other end."""
    from dataclasses import replace

    def circle(stop):
        kind, radius, _ = _place_kind(stop)
        return (stop.location.lat, stop.location.lon, radius) if stands_in(stop, kind) else None

    out = []
    for g in legs:
        a, b = circle(g.start), circle(g.end)
        path = g.path
        if b:
            path = _cut_end(path, b)
        if a:
            path = _cut_end(path[::-1], a)[::-1]
        out.append(g if path is g.path else replace(g, path=tuple(path)))
    return out


def _cut_end(path, circle):
    """*path* ((lat, lon) points) up to where it first enters *circle* (lat, lon, radius km), found by bisection
    on the segment that crosses it; its first point twice when it starts inside."""
    from .gazetteer.common import haversine_km

    lat, lon, r = circle

    def inside(pt):
        return haversine_km(pt[0], pt[1], lat, lon) < r

    if inside(path[0]):
        return (path[0], path[0])
    for i in range(len(path) - 1):
        if inside(path[i + 1]):
            (y0, x0), (y1, x1) = path[i], path[i + 1]
            lo, hi = 0.0, 1.0
            for _ in range(40):
                mid = (lo + hi) / 2
                lo, hi = (lo, mid) if inside((y0 + mid * (y1 - y0), x0 + mid * (x1 - x0))) else (mid, hi)
            return tuple(path[:i + 1]) + ((y0 + lo * (y1 - y0), x0 + lo * (x1 - x0)),)
    return path


def legs_not_drawn(legs: Sequence[Leg]) -> list[int]:
    """The indexes of the *legs* that the page and the picture cannot draw: cut by :func:`clipped_to_stand_ins`,
    nothing is left of them, as they lie wholly inside a stand-in's circle (a village drawn round its hromada's
    centre, and the hromada's own town). Both count them, "inside an area, not drawn", and so does the build's
    summary: no movement goes unmentioned."""
    return [i for i, (g, c) in enumerate(zip(legs, clipped_to_stand_ins(legs)))
            if c is not g and len(set(c.path)) < 2]


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text).casefold().split())


def place_label(stop: Stop) -> str:
    """The name a place is labelled with: the gazetteer's name in its English (Latin) form, or the name as reported.

    The gazetteer's name unites the spellings of one place ("Khabrovsk" and "Khaarovsk" are
    Khabarovsk); where it is written with letters a reader of English may not know ("Ţarţūs",
    "Homieĺskaja voblasć"), the name as reported is used when it is the same name or another
    name of the place in Latin letters ("Tartus", "Gomel region"), else the gazetteer's name
    transliterated (anyascii). A place given by coordinates is labelled as reported.

    >>> from geo.geocoders.base import GeocodeResult
    >>> loc = GeocodeResult("Tartus", "Ţarţūs", 34.9, 35.9, "SY", "city", "exact", 1.0, "gazetteer")
    >>> place_label(Stop(row=2, place="Tartus", location=loc))
    'Tartus'
    """
    loc = stop.location
    reported = " ".join(stop.place.split())
    if loc is None or loc.match == "manual" or not loc.name:
        return reported
    if loc.name.isascii():
        return loc.name
    from anyascii import anyascii

    latin = anyascii(loc.name)
    if reported and (_fold(latin) == _fold(reported) or (loc.match != "fuzzy" and reported.isascii())):
        return reported
    return latin


class _Strings:
    """String table: each distinct text stored once, referenced by index (0 = "").

    The dict keeps insertion order, so ``list(index)`` is the table itself.
    """

    def __init__(self):
        self.index: dict[str, int] = {"": 0}

    def column(self, texts) -> list[int]:
        """Indexes of many texts at once (None counts as ""); new texts numbered in order of first use."""
        texts = texts if isinstance(texts, list) else list(texts)
        index = self.index
        distinct = dict.fromkeys(texts)
        distinct.pop(None, None)
        if set(map(type, distinct)) <= {str}:  # the common case, without a Python call per text
            new = [t for t in distinct if t not in index]
            index.update(zip(new, range(len(index), len(index) + len(new))))
            return list(map(index.get, texts, repeat(0)))  # None -> 0
        memo = {t: self(t) for t in distinct} | {None: 0}
        return list(map(memo.__getitem__, texts))

    def __call__(self, text: object) -> int:
        if text is None:
            return 0
        s = text if isinstance(text, str) else str(text)
        i = self.index.get(s)
        if i is None:
            i = self.index[s] = len(self.index)
        return i

    @property
    def items(self) -> list[str]:
        return list(self.index)


#: Path kinds whose track is the great circle between the leg's ends, which the page draws itself.
_GREAT_CIRCLE_KINDS = frozenset({PATH_GREAT_CIRCLE, PATH_NO_SEA})


def map_data(stops: Sequence[Stop], legs: Sequence[Leg], *, title: str,
             build_note: Mapping[str, str], plain_basemap: bool = True,
             left_out: Sequence[tuple[int, str, str]] = (), new_rows: Collection[int] = ()) -> dict:
    """The JSON-ready, columnar data of a map page (read by ``templates/geomap/decode.js``).

    Places group the stops drawn at the same spot the same way; stops and legs
    are columns of equal length; every text is an index into ``s``.
    *left_out* lists the rows not drawn, as (row, place, why), so the map says so.

    >>> map_data([], [], title="t", build_note={})["st"]["pl"]
    []
    """
    S = _Strings()
    stops, leg_ab = _with_leg_ends(stops, legs)
    places = _Places(S)
    for s in stops:
        places.add(s)
    # Few-valued texts first, so that their (most repeated) indexes are short: the legs' path
    # kinds, then the stops' (see _stop_columns); the many-valued ones after them.
    path_kinds = S.column(_col("path_kind", legs))
    cols = _stop_columns(stops, places, S, new_rows)
    lg = _leg_columns(legs, leg_ab, S, path_kinds)
    # Before the string table is copied into the result below: its texts must be in it.
    pcols = places.columns()
    lo = [[int(row), S(place), S(why)] for row, place, why in left_out]
    bounds = _bounds(places.extents)
    return {
        "v": 1,
        "title": str(title),
        "note": [[str(k), str(v)] for k, v in build_note.items()],
        "modes": list(MODES),
        "statuses": list(STATUSES),
        **({"moved": list(MOVED_CLASSES)} if "wh" in cols else {}),
        "grid": assets.OUTLINE_GRID,
        "bounds": bounds,
        "fb": _focus_bounds(places.lat, places.lon, places.r) or bounds,
        "s": S.items,
        "p": pcols,
        "st": cols,
        "xs": [[i for pair in ex for i in pair] for ex in places.extras],  # dict order = index order
        "lo": lo,
        # legs wholly inside a stand-in's area: not drawn, but said (only when there are, so old pages stay the same)
        **({"nd": len(nd)} if (nd := legs_not_drawn(legs)) else {}),
        "lg": lg,
        "ol": [list(map(list, o)) for o in places.outlines],
        "sym": symbol_data(places.t),  # the facility kinds present: their names and glyphs (geo/symbols.py)
        "bm": [list(r) for r in assets.plain_basemap()] if plain_basemap else None,
    }


def _with_leg_ends(stops: Sequence[Stop], legs: Sequence[Leg]) -> tuple[list[Stop], list[tuple[int, int]]]:
    """(the stops, each leg's start and end as indexes into them).

    A leg's end is found among *stops* by identity, else by its row; a stop only
    a leg knows is added at the end, so that every leg's ends are drawn.
    """
    stops = list(stops)
    by_id = {id(s): i for i, s in enumerate(stops)}
    by_row: dict[int, int] = {}
    for i, s in enumerate(stops):
        by_row.setdefault(s.row, i)

    def stop_index(s: Stop) -> int:
        i = by_id.get(id(s))
        if i is None:
            i = by_row.get(s.row)
            if i is None or stops[i] != s:
                i = len(stops)
                stops.append(s)
                by_id[id(s)] = i
        return i

    return stops, [(stop_index(leg.start), stop_index(leg.end)) for leg in legs]


class _Places:
    """The places of a map: stops drawn at the same spot the same way are one place.

    :meth:`add` gives each stop its place; the columns then describe each place
    once: where (lat, lon), how it is drawn (``k``: point, circle, outline,
    water; ``r``: radius km; ``ol``: its outline), its label (``lb``) and the
    geocoder's kind of place (``t``: "", "water" or a facility kind). The
    extra CSV columns of the stops are stored once per distinct set (``extras``).
    """

    def __init__(self, S: _Strings):
        self.S = S
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.k: list[int] = []
        self.r: list[float] = []
        self.ol: list[int] = []
        self.lb: list[str] = []
        self.t: list[str] = []
        self.si: list[int] = []  # 1 where the drawn centre is a stand-in (:func:`stands_in`)
        self.outlines: list = []
        self.extents: list[tuple[float, float, float]] = []  # (lat, lon, half-size in degrees of latitude)
        self.extras: dict[tuple, int] = {(): 0}
        self.pl: list[int] = []  # each stop's place
        self.ex: list[int] = []  # each stop's extra columns
        self._index: dict[tuple, int] = {}
        self._of: dict[tuple, int] = {}  # (id(location), precision, radius_km, country) -> place
        self._outline_ix: dict[str, int] = {}

    def add(self, s: Stop) -> None:
        """Give stop *s* its place (a new one if no place is drawn at its spot the same way)."""
        loc = s.location
        if loc is None:
            raise ValueError(f"stop of row {s.row} ({s.place!r}) has no location; geocode it first")
        kkey = (id(loc), s.precision, s.radius_km, s.country)
        p = self._of.get(kkey)
        if p is None:  # else the same location drawn the same way: the same place
            kind, radius, cc = _place_kind(s)
            lat, lon = round(loc.lat, 5), round(loc.lon, 5)
            # a village drawn round its hromada's centre is not the hromada drawn there
            key = (kind, lat, lon, round(radius, 1), cc, stands_in(s, kind))
            p = self._index.get(key)
            if p is None:
                p = self._index[key] = self._new(s, kind, lat, lon, radius, cc)
            self._of[kkey] = p
        self.pl.append(p)
        self.ex.append(self._extras(s.extra) if s.extra else 0)

    def _new(self, s: Stop, kind: int, lat: float, lon: float, radius: float, cc: str | None) -> int:
        self.lat.append(lat)
        self.lon.append(lon)
        self.k.append(kind)
        self.r.append(round(radius, 1))
        self.lb.append(place_label(s))  # texts: indexed by columns(), after the few-valued ones
        self.t.append(s.location.kind)
        self.si.append(int(stands_in(s, kind)))
        if kind == KIND_OUTLINE:
            if cc not in self._outline_ix:
                self._outline_ix[cc] = len(self.outlines)
                self.outlines.append(assets.country_outline(cc))
            self.ol.append(self._outline_ix[cc])
        else:
            self.ol.append(-1)
        # A water body frames the view by its point only: its radius is no extent of the story.
        self.extents.append((lat, lon, 0.0 if kind == KIND_WATER else radius / 111.0))
        return len(self.lat) - 1

    def _extras(self, extra) -> int:
        ex = tuple((self.S(k), self.S(v)) for k, v in extra)
        if ex not in self.extras:
            self.extras[ex] = len(self.extras)
        return self.extras[ex]

    def columns(self) -> dict[str, list]:
        t = self.S.column(self.t)
        cols = {"lat": self.lat, "lon": self.lon, "k": self.k, "r": self.r, "ol": self.ol,
                "lb": self.S.column(self.lb), "t": t}
        if any(self.si):  # optional: a map without stand-ins is written as before
            cols["si"] = self.si
        return cols


def _per_value(fn, values: list) -> list:
    """``[fn(v) for v in values]``, calling *fn* once per distinct value."""
    memo = {v: fn(v) for v in set(values)}
    return list(map(memo.__getitem__, values))


def _col(name: str, rows) -> list:
    return list(map(attrgetter(name), rows))


def _stop_columns(stops: list[Stop], places: _Places, S: _Strings, new_rows: Collection[int]) -> dict[str, list]:
    """The stops' columns: what each report says, where it was placed, and its source's identity.

    Whole columns at once: list comprehensions are much faster than appending
    to 27 lists per row, which matters at 100,000 stops.
    """
    T = S.column
    mode_ix = {m: i for i, m in enumerate(MODES)}
    status_ix = {s: i for i, s in enumerate(STATUSES)}
    locs = _col("location", stops)
    date_start, date_end = _col("date_start", stops), _col("date_end", stops)
    reported, url = _col("reported", stops), _col("url", stops)
    # Few-valued texts first, so that their (most repeated) indexes are short.
    few = {
        "gp": T(_col("precision", locs)),
        "gm": T(_col("match", locs)),
        "gq": T(_col("source", locs)),
        "gc": T(_col("country_code", locs)),
        "pc": T(_col("precision", stops)),
        "so": T(_col("source", stops)),
        "rt": T(_col("route", stops)),
        "ds": T(date_start),
        # An end date equal to the start is the common case: store it as "".
        "de": T([None if e == d else e for d, e in zip(date_start, date_end)]),
        "rp": T(reported),
    }
    rows = _col("row", stops)
    cols = {
        "pl": places.pl,
        "nm": T(_col("place", stops)),
        "rt": few["rt"],
        "sq": _col("seq", stops),
        "ds": few["ds"],
        "de": few["de"],
        "rp": few["rp"],
        "md": list(map(mode_ix.get, _col("mode", stops), repeat(-1))),
        "tp": _col("troops", stops),
        "st": list(map(status_ix.get, _col("status", stops), repeat(1))),
        "so": few["so"],
        "ur": T(url),
        "ul": _per_value(lambda u: 1 if http_url(u) else 0, url),
        "nt": T(_col("note", stops)),
        "pc": few["pc"],
        "rk": _per_value(lambda r: None if r is None else _num(r, 1), _col("radius_km", stops)),
        "rw": rows,
        "ex": places.ex,
        "gn": T(_col("name", locs)),
        "gp": few["gp"],
        "gm": few["gm"],
        "gs": _per_value(lambda x: _num(x, 2), _col("score", locs)),
        "gc": few["gc"],
        "gq": few["gq"],
        "dq": T(_col("doubt", locs)),
        "nw": [1 if r in new_rows else 0 for r in rows] if new_rows else [0] * len(stops),  # geo.changes
    }
    # Corroboration (geo/corroborate.py): each stop's source identity.
    source_ids: dict[str, int] = {}
    cols["sk"] = [source_ids.setdefault(k, len(source_ids)) for k in map(corroborate.source_key, _col("source", stops))]
    cols.update(_what_columns(stops, S))
    return cols


#: The classes of what moved as the page numbers them (``wh``): 0 when nothing says.
MOVED_CLASSES = ("", *MOVED)


def _what_columns(stops: Sequence[Stop], S: _Strings) -> dict[str, list]:
    """What moved (``wt``, as reported), its class (``wh``: an index into :data:`MOVED_CLASSES`) and, where the
    row does not give the class, what it was read from (``wd``: "what", "troops" ...; see
    :func:`geo.places.moved_of`). None of them when no stop says what moved (a file without the columns),
    so that such a map is drawn as it always was.
    """
    what, moved = _col("what", stops), _col("moved", stops)
    if not (any(what) or any(moved)):
        return {}
    index = {m: i for i, m in enumerate(MOVED_CLASSES)}
    return {"wh": list(map(index.get, moved, repeat(0))), "wt": S.column(what), "wd": S.column(_col("moved_from", stops))}


def _leg_columns(legs: Sequence[Leg], leg_ab: list[tuple[int, int]], S: _Strings, path_kinds: list[int]) -> dict[str, list]:
    """The legs' columns: their ends (stop indexes), mode, status, length, route, drawn track and corroboration group."""
    mode_ix = {m: i for i, m in enumerate(MODES)}
    status_ix = {s: i for i, s in enumerate(STATUSES)}
    inf = float("inf")
    return {
        "a": [a for a, _ in leg_ab],
        "b": [b for _, b in leg_ab],
        "md": list(map(mode_ix.get, _col("mode", legs), repeat(mode_ix["unknown"]))),
        "st": list(map(status_ix.get, _col("status", legs), repeat(1))),
        # whole kilometres, as the page says them; None unless finite
        "km": [round(d) if -inf < d < inf else None for d in map(float, _col("distance_km", legs))],
        "rt": S.column(_col("route", legs)),
        "ix": _col("index", legs),
        # What each leg's drawn track is; only the legs whose track is not the great circle
        # between their ends (sea routes) carry its points: the browser densifies the rest.
        "pk": path_kinds,
        "pt": [None if g.path_kind in _GREAT_CIRCLE_KINDS else [v for pt in g.path for v in pt] for g in legs],
        "cg": corroborate.leg_groups(legs),
    }


#: Columns written as the differences between neighbours: row numbers, leg ends and corroboration
#: groups mostly grow by one, so their differences are mostly "1" (the page adds them up again).
_DELTA = frozenset({"rw", "a", "b", "cg"})
_SCALAR = frozenset({int, float, str, bool, type(None)})


def pack_columns(data: dict) -> dict:
    """*data* (from :func:`map_data`) with its columns packed as the page's ``decode.js`` unpacks them.

    A column of one value throughout is ``{"all": value, "n": length}`` (at 100,000 stops,
    the radius, doubt, new-row and extra-column columns are 0.2 to 0.5 MB each of the same
    value); a column of :data:`_DELTA` is ``{"d": differences}``. Others stay lists.

    >>> pack_columns({"st": {"rw": [2, 3, 4], "dq": [0, 0, 0], "nm": [1, 2, 1]}})["st"]
    {'rw': {'d': [2, 1, 1]}, 'dq': {'all': 0, 'n': 3}, 'nm': [1, 2, 1]}
    """
    out = dict(data)
    for part in ("p", "st", "lg"):
        if part not in out:
            continue
        cols = {}
        for name, col in out[part].items():
            if len(col) > 1 and set(map(type, col)) <= _SCALAR and len(set(col)) == 1:
                cols[name] = {"all": col[0], "n": len(col)}
            elif name in _DELTA and col:
                cols[name] = {"d": [col[0], *(b - a for a, b in zip(col, col[1:]))]}
            else:
                cols[name] = col
        out[part] = cols
    return out


def _bounds(extents: Sequence[tuple[float, float, float]]) -> list[list[float]] | None:
    """[[south, west], [north, east]] around all places, across the antimeridian if shorter.

    The longitudes are cut at the widest empty gap, so a route from Anadyr
    (177°E) to Nome (165°W) gives west 177, east 195, not the whole world.
    """
    if not extents:
        return None
    lons = sorted({lon for _, lon, _ in extents})
    gaps = [(lons[0] + 360.0 - lons[-1], len(lons) - 1)]
    gaps += [(lons[i + 1] - lons[i], i) for i in range(len(lons) - 1)]
    _, cut = max(gaps)
    west0 = lons[(cut + 1) % len(lons)]

    def unwrap(lon: float) -> float:
        return lon + 360.0 if lon < west0 else lon

    south = min(lat - d for lat, _, d in extents)
    north = max(lat + d for lat, _, d in extents)
    west = min(unwrap(lon) - min(180.0, d / max(0.05, math.cos(math.radians(lat)))) for lat, lon, d in extents)
    east = max(unwrap(lon) + min(180.0, d / max(0.05, math.cos(math.radians(lat)))) for lat, lon, d in extents)
    if east - west >= 360.0:
        west, east = -180.0, 180.0
    return [[round(max(-85.0, south), 5), round(west, 5)], [round(min(85.0, north), 5), round(east, 5)]]


#: Areas wider than this (km) frame the opening view by their centre only.
_FOCUS_KM = 300.0


def _focus_bounds(lat: Sequence[float], lon: Sequence[float],
                  radius: Sequence[float]) -> list[list[float]] | None:
    """Bounds of the opening view: places and small areas whole, big areas by their centre.

    A country or continent drawn whole would shrink the reported movements to
    a corner of the view; they stay drawn (and listed), only the frame skips
    their extent. None when there is nothing to frame.

    >>> _focus_bounds([55.0, 43.1], [37.6, 131.9], [2000.0, 0.0])
    [[43.1, 37.6], [55.0, 131.9]]
    """
    extents = [(a, o, (r if r <= _FOCUS_KM else 0.0) / 111.0) for a, o, r in zip(lat, lon, radius)]
    return _bounds(extents)


def _renumber(root: Element) -> None:
    """Give every element in the tree a deterministic id (branca's are random)."""
    seen: set[int] = set()
    counter = 0

    def walk(el: Element) -> None:
        nonlocal counter
        if id(el) in seen:
            return
        seen.add(id(el))
        el._id = f"{counter:04d}"
        counter += 1
        for attr in ("header", "html", "script"):
            sub = getattr(el, attr, None)
            if isinstance(sub, Element):
                walk(sub)
        for child in list(el._children.values()):
            walk(child)

    walk(root)


def build_map(stops: Sequence[Stop], legs: Sequence[Leg], *, title: str,
              build_note: Mapping[str, str], cdn: bool = False,
              left_out: Sequence[tuple[int, str, str]] = (), new_rows: Collection[int] = ()) -> folium.Map:
    """Build the interactive map of reported stops and legs (pure: same input, same map).

    Parameters
    ----------
    stops : geocoded stops (``stop.location`` set), in file order.
    legs : legs between consecutive stops of each route.
    title : shown at the top of the map and as the page title.
    build_note : small print, e.g. ``{"input": "sha256:…", "gazetteer": "…"}``;
        no timestamps, so that builds are reproducible.
    cdn : link Leaflet from jsDelivr (with SRI) instead of inlining it, and
        leave out the offline basemap: a small file that needs the network.
    left_out : rows not drawn, as (row, place, why); the map lists them.
    new_rows : rows new since the last build (:mod:`geo.changes`): the stops' column "nw" is 1 there.

    Returns a :class:`GeoMap` (a folium.Map) that displays inline in a notebook.

    Example
    -------
    >>> from geo.geocoders.base import GeocodeResult
    >>> loc = GeocodeResult("Vladivostok", "Vladivostok", 43.1, 131.9, "RU", "city", "manual", 1.0, "csv")
    >>> m = build_map([Stop(row=2, place="Vladivostok", location=loc)], [], title="Demo",
    ...               build_note={"input": "sha256:0"})
    >>> type(m).__name__
    'GeoMap'
    """
    data = pack_columns(map_data(stops, legs, title=title, build_note=build_note, plain_basemap=not cdn,
                                 left_out=left_out, new_rows=frozenset(new_rows)))
    m = GeoMap(location=None, tiles=None, zoom_start=2, prefer_canvas=True,
               world_copy_jump=False)
    GeoLayer(script_json(data), cdn=cdn).add_to(m)
    _renumber(m.get_root())
    return m


#: Where the page's tile images come from (templates/geomap/basemap.js names the same servers).
TILE_SOURCES = ("https://*.basemaps.cartocdn.com", "https://tile.openstreetmap.org")
_SCRIPT_OPEN = re.compile(r"<script\b(?P<attrs>[^>]*)>", re.I)
_SCRIPT_CLOSE = re.compile(r"</script>", re.I)


def _scripts(html: str):
    """(attributes, body) of each ``<script>`` element of *html*, in order.

    The end of a body is found with a search for ``</script>`` rather than
    with one lazy pattern over the whole element, which would step through the
    megabytes of a large map's data a character at a time.

    >>> list(_scripts('<p><script src="a.js"></script><SCRIPT>x()</SCRIPT>'))
    [(' src="a.js"', ''), ('', 'x()')]
    """
    pos = 0
    while (m := _SCRIPT_OPEN.search(html, pos)) is not None:
        end = _SCRIPT_CLOSE.search(html, m.end())
        if end is None:
            return
        yield m["attrs"], html[m.end():end.start()]
        pos = end.end()
_ATTR = re.compile(r"""\b(?P<name>src|type|href|rel)\s*=\s*["'](?P<value>[^"']*)["']""", re.I)
_STYLESHEET = re.compile(r"<link\b[^>]*>", re.I)


def content_security_policy(html: str) -> str:
    """The Content-Security-Policy of a rendered page: only its own scripts run.

    Every inline script (folium's and ours) is allowed by the SHA-256 hash of
    its exact text, in the order of the page, so the same page gives the same
    policy; a linked script (Leaflet with ``--cdn``, which carries SRI) by its
    URL. There is no ``unsafe-inline`` or ``unsafe-eval`` for scripts, and
    images come only from the tile servers of :data:`TILE_SOURCES` and
    ``data:`` URIs. Styles may be inline: Leaflet positions everything with
    them, and a style cannot run code.

    >>> content_security_policy("<script>var a = 1;</script>").split("; ")[1]
    "script-src 'sha256-+dZ6udsWxNVoGfScAq7t5IIF5UJb4F6RhjbN6oe1p4w='"
    """
    scripts: list[str] = []
    styles: list[str] = []
    for attrs_text, body in _scripts(html):
        attrs = {a["name"].lower(): a["value"] for a in _ATTR.finditer(attrs_text)}
        if "src" in attrs:
            scripts.append(attrs["src"])
        elif attrs.get("type", "text/javascript").lower() in ("text/javascript", "module", "application/javascript"):
            digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
            scripts.append(f"'sha256-{digest}'")
    for tag in _STYLESHEET.findall(html):
        attrs = {a["name"].lower(): a["value"] for a in _ATTR.finditer(tag)}
        if attrs.get("rel", "").lower() == "stylesheet" and "href" in attrs:
            styles.append(attrs["href"])
    parts = [
        "default-src 'none'",
        "script-src " + (" ".join(dict.fromkeys(scripts)) or "'none'"),
        "style-src 'unsafe-inline'" + "".join(" " + h for h in dict.fromkeys(styles)),
        "img-src data: " + " ".join(TILE_SOURCES),
        "base-uri 'none'",
        "form-action 'none'",
    ]
    return "; ".join(parts)


#: Stands for a GeoLayer's data while :func:`render_html` renders the page around it: the page's own text
#: holds no NUL, and the data (JSON) writes one as \u0000.
_DATA_HOLE = "\x00geo-data\x00"


def render_html(m: folium.Map) -> str:
    """The full HTML page of a map, rendered once, with its Content-Security-Policy.

    The policy is computed from the page (see :func:`content_security_policy`)
    and written in the head before any script.
    The map's data (a JSON script, which the policy leaves alone: it runs no code) is
    put in last: rendered through folium's templates, its megabytes were copied four
    times more (250 MB at 100,000 stops).
    """
    layers = [c for c in m._children.values() if isinstance(c, GeoLayer)]
    blobs = [layer.data_json for layer in layers]
    try:
        for layer in layers:
            layer.data_json = _DATA_HOLE
        html = m.get_root().render()
    finally:
        for layer, blob in zip(layers, blobs):
            layer.data_json = blob
    if html.count(_DATA_HOLE) != len(blobs):
        raise ValueError("the page holds the placeholder of its data")  # JSON escapes a NUL: never
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(html)}" />'
    # After the charset declaration (which must stay in the first 1,024 bytes), before any script.
    charset = html.find('charset=UTF-8" />')
    after = 'charset=UTF-8" />' if 0 <= charset < html.find("<script") else "<head>"
    if after not in html:  # folium always writes a head
        raise ValueError("the page has no <head> to hold its Content-Security-Policy")
    html = html.replace(after, after + "\n    " + meta, 1)
    for blob in blobs:  # in the order the layers were rendered
        html = html.replace(_DATA_HOLE, blob, 1)
    return html


def save_map(m: folium.Map, path: str | os.PathLike) -> Path:
    """Render *m* once and write it to *path* atomically; return the path.

    The page is written to a temporary file in the same directory and moved
    over *path* with :func:`os.replace`, so readers see the old file or the
    new one, never half of one; on any failure the old file is untouched and
    the temporary file is removed.

    Example
    -------
    >>> import tempfile, pathlib
    >>> from geo.geocoders.base import GeocodeResult
    >>> loc = GeocodeResult("Pyongyang", "Pyongyang", 39.03, 125.75, "KP", "city", "manual", 1.0, "csv")
    >>> m = build_map([Stop(row=2, place="Pyongyang", location=loc)], [], title="Demo", build_note={})
    >>> out = save_map(m, pathlib.Path(tempfile.mkdtemp()) / "map.html")
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    return write_atomic(path, render_html(m))
