"""The records that flow through the pipeline: reported stops and the legs between them.

``places.read_places`` makes :class:`Stop` records from a CSV; the build fills
in each stop's :class:`~geo.geocoders.base.GeocodeResult`; ``routes.build_legs``
joins consecutive stops of a route into :class:`Leg` records; ``render`` and
``export`` draw and write both.
"""

from __future__ import annotations

import gc
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from itertools import repeat

from .geocoders.base import GeocodeResult

#: How a movement reached a stop from the previous one.
MODES = ("sea", "air", "rail", "road", "unknown")
#: How sure anyone is that the report is true, strongest first.
STATUSES = ("confirmed", "reported", "claimed", "denied")
#: What moved, as a class (``Stop.moved``): people (troops, units, crews ...), materiel (weapons,
#: munitions, vehicles, aircraft, ships, equipment, supplies) or both.
MOVED = ("people", "materiel", "both")
#: What a user may declare about a place's precision in the CSV ("area" = a
#: vague area given by lat/lon and radius_km, e.g. "an airfield in western Russia").
DECLARED_PRECISIONS = ("point", "city", "region", "country", "continent", "area")


@dataclass(frozen=True, slots=True)
class Stop:
    """One row of places.csv: a reported stop of a movement.

    ``row`` is the line number as a spreadsheet shows it (header = row 1).
    Dates are ISO strings; ``date_start == date_end`` for a single day.
    ``extra`` keeps columns the contract does not name, in file order.
    ``location`` is None until the stop is geocoded.
    ``what`` is what moved as reported ("S-400 components"), ``moved`` its class (one of
    :data:`MOVED`, or "" when nothing says), and ``moved_from`` where the class was read
    when the row does not give it: "" (given, or none), "what", "troops" or "what and troops"
    (see :func:`geo.places.moved_of`).
    """

    row: int
    place: str
    route: str = ""
    seq: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    date_start: str | None = None
    date_end: str | None = None
    reported: str | None = None
    mode: str | None = None
    troops: int | None = None
    what: str = ""
    moved: str = ""
    moved_from: str = ""
    status: str = "reported"
    source: str = ""
    url: str = ""
    note: str = ""
    precision: str | None = None
    radius_km: float | None = None
    extra: tuple[tuple[str, str], ...] = ()
    location: GeocodeResult | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Leg:
    """The reported movement between two consecutive stops of a route.

    ``path`` is the densified great-circle line as (lat, lon) pairs with the
    longitudes *unwrapped* (consecutive points differ by less than 180°), which
    is what Leaflet needs to draw a leg across the antimeridian in one piece.
    GeoJSON exports split it at ±180° instead (see ``routes.split_paths``).
    ``path_kind`` says what the path is, since no report gives the real track:
    ``"great circle"``, or for a sea leg ``"sea route (computed, not reported)"``.
    """

    route: str
    index: int
    start: Stop
    end: Stop
    mode: str
    status: str
    distance_km: float
    path: tuple[tuple[float, float], ...]
    path_kind: str = "great circle"


def stops_from_columns(values: dict[str, list]) -> list[Stop]:
    """Build Stops from columns of equal length, one column per field.

    Stop is a frozen slotted dataclass whose __init__ sets 23 fields one Python
    call at a time, which was half the time of reading 100,000 rows. Setting
    each field for all stops through its slot descriptor runs in C instead;
    the result is identical. Should Stop ever validate in __post_init__, the
    ordinary constructor is used so the validation still runs.
    """
    return _from_columns(Stop, values)


def legs_from_columns(values: dict[str, list]) -> list[Leg]:
    """Build Legs from columns of equal length, one column per field, as :func:`stops_from_columns` builds Stops.

    >>> legs_from_columns({"route": ["A"], "index": [1], "start": [None], "end": [None], "mode": ["sea"],
    ...                    "status": ["reported"], "distance_km": [1.5], "path": [()], "path_kind": ["great circle"]})
    [Leg(route='A', index=1, start=None, end=None, mode='sea', status='reported', distance_km=1.5, path=(), \
path_kind='great circle')]
    """
    return _from_columns(Leg, values)


def _from_columns(cls: type, values: dict[str, list]) -> list:
    names = [f.name for f in fields(cls)]
    if hasattr(cls, "__post_init__"):
        return list(map(cls, *[values[k] for k in names]))
    records = list(map(object.__new__, repeat(cls, len(values[names[0]]))))
    for k in names:
        deque(map(getattr(cls, k).__set__, records, values[k]), maxlen=0)
    return records


def with_locations(stops: list[Stop], locations: list[GeocodeResult | None]) -> list[Stop]:
    """``[replace(s, location=loc) for s, loc in zip(stops, locations)]``, fast (see :func:`stops_from_columns`)."""
    if hasattr(Stop, "__post_init__"):
        return [replace(s, location=loc) for s, loc in zip(stops, locations)]
    values = {f.name: list(map(getattr(Stop, f.name).__get__, stops)) for f in fields(Stop)}
    values["location"] = list(locations)
    return stops_from_columns(values)


def set_locations(stops: list[Stop], locations: list[GeocodeResult | None]) -> list[Stop]:
    """Give *stops* their locations in place, and return them: :func:`with_locations` without the copies.

    Only for stops the caller has just made and no one else holds (a build's freshly read rows):
    a Stop is otherwise never changed. ``location`` takes no part in a Stop's equality or hash,
    so setting it changes neither; copying 100,000 stops instead costs a third of a second.
    """
    if hasattr(Stop, "__post_init__"):
        return with_locations(stops, locations)
    deque(map(Stop.location.__set__, stops, locations), maxlen=0)
    return list(stops)


@contextmanager
def paused_gc():
    """Pause Python's cyclic garbage collector for a bulk job, and resume it as it was.

    Reading and drawing 100,000 stops makes millions of lists, tuples and records, none in a
    reference cycle, and each few thousand allocations set the collector off for nothing:
    about a seventh of a large build. Reference counting still frees everything at once.

    >>> with paused_gc():
    ...     gc.isenabled()
    False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
