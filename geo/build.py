"""The build: places.csv → geocoded stops → legs → map and exports.

Each stage lives in its own module (:mod:`geo.places`, :mod:`geo.geocoders`,
:mod:`geo.routes`, :mod:`geo.render`, :mod:`geo.export`); this module only
joins them, and makes sure that nothing is lost (every row is on the map or in
a report) and nothing is half-written (all files are written atomically, and
only after everything has been computed).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .decisions import Key, canonical, read_record, record_path, write_record
from .errors import PlacesFileError, Problem, UnresolvedPlace, did_you_mean
from .geocoders.base import GeocodeResult, Geocoder, Query
from .model import Leg, Stop, with_locations
from .progress import QUIET, Progress

#: The map title when none is given.
DEFAULT_TITLE = "Reported movements"
#: How many progress steps :func:`prepare` and :func:`build` take.
PREPARE_STEPS, BUILD_STEPS = 3, 5


@dataclass
class Located:
    """Stops with their locations, and what could not be located."""

    stops: list[Stop]
    record: dict[Key, GeocodeResult]
    unresolved: list[tuple[Stop, UnresolvedPlace]] = field(default_factory=list)

    def problems(self, path: str) -> list[Problem]:
        """One problem per stop whose place could not be resolved."""
        return [Problem(path, stop.row, "place", stop.place, exc.reason, did_you_mean(exc.suggestions))
                for stop, exc in self.unresolved]


def manual_location(stop: Stop) -> GeocodeResult:
    """The location of a stop that gives its own lat/lon."""
    # "area" is a CSV-only word: to the geocoding world a vague area is a region.
    precision = {None: "point", "area": "region"}.get(stop.precision, stop.precision)
    return GeocodeResult(query=stop.place, name=stop.place, lat=stop.lat, lon=stop.lon,
                         country_code=stop.country, precision=precision, match="manual",
                         score=1.0, source="places.csv", radius_km=stop.radius_km or 0.0)


def locate(stops: Sequence[Stop], geocoder: Geocoder | Callable[[], Geocoder] | None,
           record: dict[Key, GeocodeResult] | None = None) -> Located:
    """Give every stop a location: manual coordinates, the record, or the geocoder.

    Each distinct (place, country) is geocoded once, and all of them together
    as one document, so that each name is read in the context of the others.

    Parameters
    ----------
    stops : as read by :func:`geo.places.read_places`.
    geocoder : used for names not in *record*; may be None if none are needed,
        or a function making it, called only then.
    record : earlier decisions to reuse (see :mod:`geo.decisions`).
    """
    known = dict(record or {})
    used: dict[Key, GeocodeResult] = {}
    wanted: dict[Key, None] = {}
    for s in stops:
        if s.lat is None:
            key = (s.place, s.country or "")
            if key in known:
                used[key] = known[key]
            else:
                wanted[key] = None
    failures: dict[Key, UnresolvedPlace] = {}
    if wanted:
        if geocoder is None:
            raise ValueError("a geocoder is needed for names not in the record")
        if not isinstance(geocoder, Geocoder):
            geocoder = geocoder()
        queries = [Query(place, country or None) for place, country in wanted]
        for key, answer in zip(wanted, geocoder.geocode_all(queries)):
            if isinstance(answer, UnresolvedPlace):
                failures[key] = answer
            else:
                used[key] = canonical(answer)
    kept: list[Stop] = []
    locations: list[GeocodeResult] = []
    unresolved: list[tuple[Stop, UnresolvedPlace]] = []
    # Stops giving the same place and coordinates share one (immutable) location,
    # as stops geocoded by name do: later stages then work per place, not per row.
    manual: dict[tuple, GeocodeResult] = {}
    for s in stops:
        if s.lat is not None:
            kept.append(s)
            mkey = (s.place, s.lat, s.lon, s.country, s.precision, s.radius_km)
            loc = manual.get(mkey)
            if loc is None:
                loc = manual[mkey] = manual_location(s)
            locations.append(loc)
            continue
        key = (s.place, s.country or "")
        if key in failures:
            unresolved.append((s, failures[key]))
        else:
            kept.append(s)
            locations.append(used[key])
    return Located(with_locations(kept, locations), used, unresolved)


def input_digest(path: str | os.PathLike) -> str:
    """Short SHA-256 of a file's bytes, shown in the map's build note."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


@dataclass
class BuildResult:
    """What a build produced and what it left out."""

    html: Path | None
    exports: list[Path]
    stops: list[Stop]
    legs: list[Leg]
    skipped: list[tuple[Stop, UnresolvedPlace]]
    seconds: dict[str, float]


def default_output(csv_path: str | os.PathLike) -> Path:
    """``places.csv`` → ``maps/places.html`` next to it."""
    p = Path(csv_path)
    return p.parent / "maps" / (p.stem + ".html")


def prepare(csv_path: str | os.PathLike, *, geocoder: str | Geocoder = "gazetteer",
            skip_unresolved: bool = False, regeocode: bool = False, progress: Progress = QUIET):
    """Read, validate and locate; returns (Located, legs). Writes nothing.

    Raises PlacesFileError listing every problem, including unresolved names
    unless *skip_unresolved*. *progress* is told of its PREPARE_STEPS steps.
    """
    from .places import read_places
    from .routes import build_legs

    path = str(csv_path)
    progress.step(f"reading {Path(path).name}")
    stops = read_places(path)
    record = {} if regeocode else read_record(record_path(path))
    if isinstance(geocoder, str):
        geocoder = _geocoder_named(geocoder)
    progress.step(f"locating {len(stops):,} stops")
    located = locate(stops, geocoder, record)
    if located.unresolved and not skip_unresolved:
        raise PlacesFileError(located.problems(path))
    progress.step("joining legs")
    return located, build_legs(located.stops)


#: The names of the offline gazetteer (as in :data:`geo.geocoders.online.OFFLINE_NAMES`,
#: which cannot be imported without geopy).
_OFFLINE_NAMES = ("gazetteer", "offline")


def _geocoder_named(name: str) -> Geocoder | Callable[[], Geocoder]:
    """The geocoder called *name*, or for the offline gazetteer a function making it.

    A build whose names are all in the record or given as coordinates then
    never imports the geocoders (geopy, requests, the gazetteer's matcher).
    An online service is made at once, so a wrong name fails before any work.
    """
    if name.strip().lower() in _OFFLINE_NAMES:
        def make() -> Geocoder:
            from .geocoders.offline import OfflineGeocoder  # what make_geocoder(name) returns
            return OfflineGeocoder()
        return make
    from .geocoders.online import make_geocoder
    return make_geocoder(name)


def make_map(csv_path: str | os.PathLike = "places.csv", *, title: str = DEFAULT_TITLE,
             geocoder: str | Geocoder = "gazetteer", skip_unresolved: bool = False, cdn: bool = False):
    """Build the map of a places file and return it as a folium.Map (nothing written).

    In a notebook, the returned map displays inline.

    >>> m = make_map("places.csv")  # doctest: +SKIP
    """
    from .render import build_map

    located, legs = prepare(csv_path, geocoder=geocoder, skip_unresolved=skip_unresolved)
    return build_map(located.stops, legs, title=title, build_note=build_note(csv_path), cdn=cdn)


def build_note(csv_path: str | os.PathLike) -> dict[str, str]:
    """The small print at the foot of the map: what input and data made it."""
    from . import gazetteer

    return {
        "input": f"{Path(csv_path).name} sha256:{input_digest(csv_path)}",
        "gazetteer": gazetteer.version(),
        "geo": __version__,
    }


def build(csv_path: str | os.PathLike = "places.csv", out: str | os.PathLike | None = None, *,
          title: str = DEFAULT_TITLE, geocoder: str | Geocoder = "gazetteer",
          skip_unresolved: bool = False, cdn: bool = False, regeocode: bool = False,
          exports: bool = True, progress: Progress = QUIET) -> BuildResult:
    """Build the map of *csv_path* and write it, its exports and the geocoding record.

    Everything is computed before anything is written, and each file is
    replaced atomically, so a failed build leaves the previous map untouched.

    Parameters
    ----------
    csv_path : the places file.
    out : the HTML to write (default ``maps/<stem>.html`` beside the CSV).
    title : the map's title.
    geocoder : "gazetteer" (offline, default), a geopy service name, or a Geocoder.
    skip_unresolved : build without the stops whose place cannot be resolved
        (they are listed in ``BuildResult.skipped``) instead of failing.
    cdn : link Leaflet from a CDN instead of inlining it.
    regeocode : ignore the geocoding record and resolve every name again.
    exports : also write GeoJSON and GeoPackage beside the HTML.
    progress : told of the build's BUILD_STEPS steps (see :mod:`geo.progress`).
    """
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    located, legs = prepare(csv_path, geocoder=geocoder, skip_unresolved=skip_unresolved,
                            regeocode=regeocode, progress=progress)
    seconds["prepare"] = time.perf_counter() - t0
    # Imported here, where used, so that `check` and `geocode` never load folium or GDAL.
    from .export import write_exports
    from .render import build_map, save_map

    out = Path(out) if out is not None else default_output(csv_path)
    t1 = time.perf_counter()
    progress.step("drawing the map")
    m = build_map(located.stops, legs, title=title, build_note=build_note(csv_path), cdn=cdn)
    seconds["map"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    progress.step("writing files")
    out.parent.mkdir(parents=True, exist_ok=True)
    written = write_exports(located.stops, legs, out) if exports else []
    html = save_map(m, out)
    write_record(record_path(csv_path), located.record)
    seconds["write"] = time.perf_counter() - t2
    seconds["total"] = time.perf_counter() - t0
    return BuildResult(html, list(written), located.stops, legs, located.unresolved, seconds)
