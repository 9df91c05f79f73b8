"""A row's own coordinates against the gazetteer's reading of its name.

A row that gives ``lat`` and ``lon`` is drawn there, whatever its name says. Typed the
wrong way round, ``Kursk,36.18,51.73`` would put Kursk near Tehran; without a country
nothing else would notice (:func:`geo.build.coordinate_problems` checks a row against its
country). So each distinct pin (name, country, point) is compared with the offline
gazetteer, in two stages, so that a file of 100,000 correct pins costs about a tenth of a
second:

1. Every reading of the name in the gazetteer (its exact key, or without its region word:
   "Kursk region" → the oblast), towns, areas and facilities alike, all at once with numpy:
   a pin within :data:`NEAR_KM` of one of them (of its edge, for an area) agrees with its
   name and is left alone. So is a name the gazetteer does not know.
2. The rest are read by the offline geocoder, together, with their country hints, and
   judged only where it is sure of the name (an exact or alias match outside the
   "check" band, a town, area or facility: not a country, continent or sea):

   * **an error** when the swapped point (``lat=lon, lon=lat``) lies at that reading and, for
     a row with a country, inside it: "lat and lon look swapped: did you mean ...?";
   * **a warning** when the row has no country: the pin may be a place the gazetteer lacks,
     or deliberately far from a namesake, so it is drawn, marked to check (the map's dashed
     ring, with the reason) and listed by the command line. Giving the row's country
     confirms it (the country's outline then checks the point).

   A row with a country whose point lies in it is a deliberate pin: not questioned.

Rows of ``precision=area`` (a vague area described in words) are not compared.
"""

from __future__ import annotations

from collections.abc import Sequence

from .errors import Problem
from .records import Stop

#: A pin this close to a reading of its name (to an area's edge) agrees with it.
NEAR_KM = 100.0
#: Readings not worth comparing a point with: their point is a convention for something wide.
_WIDE_PRECISIONS = ("country", "continent")

Pin = tuple[str, str | None, float, float]  # (place, country, lat, lon)


def check_pins(path: str, stops: Sequence[Stop]) -> tuple[list[Problem], dict[Pin, str]]:
    """Compare the pinned stops with the gazetteer: (problems, doubts).

    *problems* holds an error per row whose lat and lon look swapped; *doubts* the reason to
    check each pin of a row without a country that lies far from the gazetteer's sure
    reading of its name (the build gives its location that ``doubt``).

    >>> import tempfile, pathlib
    >>> from geo.places import read_places
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "places.csv"
    >>> _ = p.write_text("place,lat,lon\\nKursk,36.18,51.73\\nOrel,52.97,36.07\\n")
    >>> problems, doubts = check_pins(str(p), read_places(p))
    >>> [(q.row, q.suggestion) for q in problems], doubts
    ([(2, 'lat and lon look swapped: did you mean lat=51.73, lon=36.18?')], {})
    """
    pinned = [s for s in stops if s.lat is not None and s.precision != "area"]
    far = _far_from_every_reading(pinned) if pinned else []
    if not far:
        return [], {}
    rows: dict[Pin, list[int]] = {}
    for s in far:
        rows.setdefault((s.place, s.country, s.lat, s.lon), []).append(s.row)
    suspects = list(rows)
    readings = _sure_readings(suspects)
    problems: list[Problem] = []
    doubts: dict[Pin, str] = {}
    for pin in suspects:
        r = readings.get((pin[0], pin[1]))
        if r is None:
            continue
        place, country, lat, lon = pin
        off = _edge_km(r, lat, lon)
        if off <= NEAR_KM:
            continue
        where = f"{r.name}{', ' + r.country_code if r.country_code else ''} ({r.precision} at {r.lat:.2f}, {r.lon:.2f})"
        if abs(lon) <= 90 and _edge_km(r, lon, lat) <= NEAR_KM and _in_country(country, lon, lat):
            for row in rows[pin]:
                problems.append(Problem(
                    path, row, "lat", f"lat={lat:g}, lon={lon:g}",
                    f"the point lies {off:,.0f} km from {where}, the gazetteer's reading of {place!r}",
                    f"lat and lon look swapped: did you mean lat={lon!r}, lon={lat!r}?"))
        elif not country:
            doubts[pin] = (f"pinned {off:,.0f} km from {where}, the gazetteer's reading of {place!r}: check lat "
                           f"and lon, or give the row's country to confirm the pin")
    return problems, doubts


def _far_from_every_reading(stops: list[Stop]) -> list[Stop]:
    """The stops farther than NEAR_KM from every reading of their name (none for a name it does not know).

    Worked out per stop with numpy, not per distinct pin: at 100,000 rows, making and hashing
    the pins alone took longer than all of this.
    """
    import numpy as np

    from . import gazetteer as gz

    idx = gz.load()
    places = [s.place for s in stops]
    names = list(dict.fromkeys(places))
    keys = gz.normalize_list(names)
    posts = idx.postings_many(keys)
    bare = [i for i, p in enumerate(posts) if not p and gz.core_name(keys[i]) != keys[i]]
    for i, p in zip(bare, idx.postings_many([gz.core_name(keys[i]) for i in bare])):
        posts[i] = p  # "Kursk region": the areas named Kursk
    # one row per (stop, reading of its name): the stop's point against the reading's point and radius
    counts = np.fromiter(map(len, posts), np.int64, len(posts))
    flat = np.fromiter((p >> 3 for ps in posts for p in ps), np.int64, int(counts.sum()))
    starts = np.cumsum(counts) - counts
    number = {name: i for i, name in enumerate(names)}
    name_of = np.fromiter(map(number.__getitem__, places), np.int64, len(places))
    per_stop = counts[name_of]
    if not per_stop.any():
        return []
    which = np.repeat(np.arange(len(stops)), per_stop)
    within = np.arange(int(per_stop.sum())) - np.repeat(np.cumsum(per_stop) - per_stop, per_stop)
    eid = flat[np.repeat(starts[name_of], per_stop) + within]
    lat = np.fromiter((s.lat for s in stops), float, len(stops))[which]
    lon = np.fromiter((s.lon for s in stops), float, len(stops))[which]
    off = gz.haversine_km(lat, lon, idx.lat[eid], idx.lon[eid]) - idx.radius[eid]
    nearest = np.full(len(stops), np.inf)
    np.minimum.at(nearest, which, off)
    # a name the gazetteer does not know has no reading: nearest stays infinite, and per_stop 0
    return [stops[j] for j in np.flatnonzero((per_stop > 0) & (nearest > NEAR_KM)).tolist()]


def _sure_readings(pins: list[Pin]) -> dict:
    """(place, country) -> the offline geocoder's reading where it is sure of it."""
    from .geocoders.base import Query
    from .geocoders.offline import OfflineGeocoder

    keys = list(dict.fromkeys((p[0], p[1]) for p in pins))
    answers = OfflineGeocoder().geocode_all([Query(place, country) for place, country in keys])
    return {k: r for k, r in zip(keys, answers)
            if not isinstance(r, Exception) and not r.doubt and r.match in ("exact", "alias")
            and r.precision not in _WIDE_PRECISIONS and r.kind != "water"}


def _edge_km(r, lat: float, lon: float) -> float:
    """How far (km) the point lies from the reading *r*: from its edge for an area, 0 inside."""
    from .gazetteer import haversine_km

    return max(0.0, float(haversine_km(lat, lon, r.lat, r.lon)) - (r.radius_km or 0.0))


def _in_country(country: str | None, lat: float, lon: float) -> bool:
    if not country:
        return True
    from . import borders

    return not borders.outside(country, [lat], [lon])
