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
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, background
from .changes import Changes, compare, format_snapshot, read_snapshot, read_title, snapshot, snapshot_path
from .decisions import ACCEPTED, Key, canonical, format_record, read_record, record_path, write_record
from .errors import GeoError, PlacesFileError, Problem, UnresolvedPlace, did_you_mean
from .extract.rows import doubt_of
from .files import publish, stage
from .geocoders.base import GeocodeResult, Geocoder, Query
from .records import Leg, Stop, paused_gc, set_locations, with_locations
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
    #: best guesses of the names refused as too uncertain, kept in the record for the analyst to accept
    refused: dict[Key, GeocodeResult] = field(default_factory=dict)

    def doubtful(self, pins: bool = False) -> list[tuple[list[int], GeocodeResult]]:
        """The decisions in the "check" band not yet accepted, each with the rows that use it.

        With *pins*, the rows' own coordinates to check instead (:mod:`geo.pins`).
        """
        rows: dict[int, list[int]] = {}
        results: dict[int, GeocodeResult] = {}
        for s in self.stops:
            r = s.location
            if r is not None and r.doubt and (r.match == "manual") == pins and not r.doubt.startswith(ACCEPTED):
                rows.setdefault(id(r), []).append(s.row)
                results[id(r)] = r
        return [(rows[k], results[k]) for k in rows]

    def left_out(self) -> list[tuple[int, str, str]]:
        """The stops left out, as (row, place, why) for the map's list of them."""
        return [(stop.row, stop.place, str(exc)) for stop, exc in self.unresolved]

    def problems(self, path: str) -> list[Problem]:
        """One problem per stop whose place could not be resolved, with the suggestions and the way forward."""
        record = record_path(path).name
        return [Problem(path, stop.row, "place", stop.place, exc.reason,
                        way_forward(exc.suggestions, record if exc.guess is not None else None))
                for stop, exc in self.unresolved]


#: What an analyst can do about a name the geocoder refuses.
WAY_FORWARD = "pin it with lat/lon, or use --skip-unresolved"


def way_forward(suggestions: Sequence[str], record: str | None = None) -> str:
    """The suggestion of a refused name: the close names, then the way forward.

    *record* names the record file when the geocoder's best guess was kept there to be accepted.

    >>> way_forward(["Sevastopol"])
    "did you mean 'Sevastopol'? If not, pin it with lat/lon, or use --skip-unresolved"
    >>> way_forward([])
    'pin it with lat/lon, or use --skip-unresolved'
    >>> way_forward(["Novorossiysk"], "ships.geocoded.csv")  # doctest: +NORMALIZE_WHITESPACE
    "did you mean 'Novorossiysk'? If so, write it; else pin it with lat/lon, or use --skip-unresolved,
    or accept the guess with accepted=yes on its row of ships.geocoded.csv"
    """
    hint = did_you_mean(suggestions)
    if record:
        accept = f"accept the guess with accepted=yes on its row of {record}"
        return f"{hint} If so, write it; else {WAY_FORWARD}, or {accept}" if hint else f"{WAY_FORWARD}, or {accept}"
    return f"{hint} If not, {WAY_FORWARD}" if hint else WAY_FORWARD


def manual_location(stop: Stop, doubt: str = "") -> GeocodeResult:
    """The location of a stop that gives its own lat/lon (*doubt*: why to check it, see :mod:`geo.pins`)."""
    # "area" is a CSV-only word: to the geocoding world a vague area is a region.
    precision = {None: "point", "area": "region"}.get(stop.precision, stop.precision)
    return GeocodeResult(query=stop.place, name=stop.place, lat=stop.lat, lon=stop.lon,
                         country_code=stop.country, precision=precision, match="manual",
                         score=1.0, source="places.csv", radius_km=stop.radius_km or 0.0, doubt=doubt)


def draft_doubt(stop: Stop) -> str:
    """Why to check a row drafted by ``geo extract``: its ``match`` when marked to check (:func:`geo.extract.rows.doubt_of`).

    A draft row gives its own lat/lon, so the build does not read its name again: the doubt the draft
    wrote is what marks its reading uncertain on the map ("" for any other row).

    >>> draft_doubt(Stop(row=2, place="Kursk", extra=(("match", "refers to 'Kursk' before it; exact 0.97; to check"),)))
    "refers to 'Kursk' before it; exact 0.97"
    >>> draft_doubt(Stop(row=2, place="Kursk", extra=(("match", "exact 0.97"),))), draft_doubt(Stop(row=2, place="Kursk"))
    ('', '')
    """
    for k, v in stop.extra:
        if k == "match":  # the draft's own column, as geo.extract.rows writes it
            return doubt_of(v)
    return ""


def locate(stops: Sequence[Stop], geocoder: Geocoder | Callable[[], Geocoder] | None,
           record: dict[Key, GeocodeResult] | None = None, *, in_place: bool = False,
           pin_doubts: dict[tuple, str] | None = None) -> Located:
    """Give every stop a location: manual coordinates, the record, or the geocoder.

    Each distinct (place, country) is geocoded once, and all of them together
    as one document, so that each name is read in the context of the others.

    Parameters
    ----------
    stops : as read by :func:`geo.places.read_places`.
    geocoder : used for names not in *record*; may be None if none are needed,
        or a function making it, called only then.
    record : earlier decisions to reuse (see :mod:`geo.decisions`).
    in_place : the stops are the caller's own, just read: give them their locations in place
        (:func:`geo.records.set_locations`) rather than copies of them.
    pin_doubts : why to check a pin, per (place, country, lat, lon) (:func:`geo.pins.check_pins`);
        else a drafted row's own doubt (:func:`draft_doubt`).
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
    refused: dict[Key, GeocodeResult] = {}
    if wanted:
        if geocoder is None:
            raise ValueError("a geocoder is needed for names not in the record")
        if not isinstance(geocoder, Geocoder):
            geocoder = geocoder()
        queries = [Query(place, country or None) for place, country in wanted]
        for key, answer in zip(wanted, geocoder.geocode_all(queries)):
            if isinstance(answer, UnresolvedPlace):
                failures[key] = answer
                if answer.guess is not None:
                    refused[key] = canonical(answer.guess)
            else:
                used[key] = canonical(answer)
        for key in _outside_their_country({k: used[k] for k in wanted if k in used}):
            r = used.pop(key)
            failures[key] = UnresolvedPlace(
                key[0], f"the geocoder found {r.name!r} at lat={r.lat:g}, lon={r.lon:g}, outside {key[1]}",
                [])
    kept: list[Stop] = []
    locations: list[GeocodeResult] = []
    unresolved: list[tuple[Stop, UnresolvedPlace]] = []
    # Stops giving the same place and coordinates share one (immutable) location,
    # as stops geocoded by name do: later stages then work per place, not per row.
    manual: dict[tuple, GeocodeResult] = {}
    for s in stops:
        if s.lat is not None:
            kept.append(s)
            drafted = draft_doubt(s) if s.extra else ""
            mkey = (s.place, s.lat, s.lon, s.country, s.precision, s.radius_km, drafted)
            loc = manual.get(mkey)
            if loc is None:
                doubt = pin_doubts.get((s.place, s.country, s.lat, s.lon), "") if pin_doubts else ""
                loc = manual[mkey] = manual_location(s, doubt or drafted)
            locations.append(loc)
            continue
        key = (s.place, s.country or "")
        if key in failures:
            unresolved.append((s, failures[key]))
        else:
            kept.append(s)
            locations.append(used[key])
    return Located((set_locations if in_place else with_locations)(kept, locations), used, unresolved, refused)


def _outside_their_country(results: dict[Key, GeocodeResult]) -> list[Key]:
    """The keys whose answer lies outside the country hint (seas, continents and whole countries aside)."""
    from . import borders

    by_cc: dict[str, list[Key]] = {}
    for key, r in results.items():
        if key[1] and r.precision in ("point", "city", "region") and r.match != "manual":
            by_cc.setdefault(key[1], []).append(key)
    out: list[Key] = []
    for cc, keys in by_cc.items():
        rs = [results[k] for k in keys]
        out += [keys[i] for i in borders.outside(cc, [r.lat for r in rs], [r.lon for r in rs])]
    return out


def coordinate_problems(path: str, stops: Sequence[Stop]) -> list[Problem]:
    """A problem for each row whose own lat/lon lie outside its country (a swap is named as one)."""
    from . import borders

    by_cc: dict[str, list[Stop]] = {}
    for s in stops:
        if s.lat is not None and s.country:
            by_cc.setdefault(s.country, []).append(s)
    problems = []
    for cc, group in by_cc.items():
        pts = list(dict.fromkeys((s.lat, s.lon) for s in group))
        bad = {pts[i] for i in borders.outside(cc, [p[0] for p in pts], [p[1] for p in pts])}
        for s in group if bad else ():
            if (s.lat, s.lon) in bad:
                message, suggestion = borders.explain(cc, s.lat, s.lon)
                problems.append(Problem(path, s.row, "lat", f"lat={s.lat:g}, lon={s.lon:g}",
                                        f"{message} (the row's country)", suggestion))
    return problems


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
    #: decisions to check (used, marked uncertain in the map), with the rows using them
    doubtful: list[tuple[list[int], GeocodeResult]] = field(default_factory=list)
    changes: Changes | None = None  # since the last build of the same map (geo.changes)
    title: str = DEFAULT_TITLE  # the map's, as given or kept from the last build
    #: the rows' own coordinates to check (geo.pins), with the rows giving them
    pins: list[tuple[list[int], GeocodeResult]] = field(default_factory=list)


def default_output(csv_path: str | os.PathLike) -> Path:
    """``places.csv`` → ``maps/places.html`` next to it."""
    p = Path(csv_path)
    return p.parent / "maps" / (p.stem + ".html")


def prepare(csv_path: str | os.PathLike, *, geocoder: str | Geocoder = "gazetteer",
            skip_unresolved: bool = False, regeocode: bool = False, keep_guesses: bool = False,
            progress: Progress = QUIET):
    """Read, validate and locate; returns (Located, legs). Writes nothing, unless *keep_guesses*.

    Raises PlacesFileError listing every problem, including unresolved names
    unless *skip_unresolved*. With *keep_guesses*, a failure that refused names as
    too uncertain first writes their best guesses into the record (``accepted=no``),
    where the analyst can accept them; the map and its exports stay untouched.
    *progress* is told of its PREPARE_STEPS steps.
    """
    from .places import inspect_places
    from .routes import build_legs

    path = str(csv_path)
    progress.step(f"reading {Path(path).name}")
    stops, problems, pending = inspect_places(path)
    if problems and not (stops or pending):
        raise PlacesFileError(problems)  # nothing to geocode: the file itself is the problem
    problems += coordinate_problems(path, stops)
    from .pins import check_pins

    outside = {p.row for p in problems}
    swapped, pin_doubts = check_pins(path, [s for s in stops if s.row not in outside])
    problems += swapped
    record = {} if regeocode else read_record(record_path(path))
    if isinstance(geocoder, str):
        geocoder = _geocoder_named(geocoder)
    progress.step(f"locating {len(stops) + len(pending):,} stops")
    # the names of rows with other problems are geocoded too, so every problem shows at once
    others = [Stop(row=row, place=place, country=country) for row, place, country in pending]
    located = locate(stops + others, geocoder, record, in_place=True,  # read just now, ours alone
                     pin_doubts=pin_doubts)
    failing = bool(problems) or (located.unresolved and not skip_unresolved)
    if failing and keep_guesses and located.refused:
        write_record(record_path(path), {**record, **located.record}, located.refused)
    if problems:
        seen = {(p.row, p.column) for p in problems}
        if not skip_unresolved:
            problems += [p for p in located.problems(path) if (p.row, p.column) not in seen]
        problems.sort(key=lambda p: p.row or 0)  # stable: a row's own problems stay in column order
        raise PlacesFileError(problems)
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

    >>> import tempfile, pathlib
    >>> csv = pathlib.Path(tempfile.mkdtemp()) / "places.csv"
    >>> _ = csv.write_text("place,lat,lon\\nKursk,51.73,36.19\\n")
    >>> type(make_map(csv)).__name__
    'GeoMap'
    """
    from .render import build_map

    located, legs = prepare(csv_path, geocoder=geocoder, skip_unresolved=skip_unresolved)
    return build_map(located.stops, legs, title=title, build_note=build_note(csv_path), cdn=cdn,
                     left_out=located.left_out())


def build_note(csv_path: str | os.PathLike) -> dict[str, str]:
    """The small print at the foot of the map: what input and data made it."""
    from . import gazetteer

    return {
        "input": f"{Path(csv_path).name} sha256:{input_digest(csv_path)}",
        "gazetteer": gazetteer.version(),
        "geo": __version__,
    }


def build(csv_path: str | os.PathLike = "places.csv", out: str | os.PathLike | None = None, *,
          title: str | None = None, geocoder: str | Geocoder = "gazetteer",
          skip_unresolved: bool = False, cdn: bool = False, regeocode: bool = False,
          exports: bool = True, progress: Progress = QUIET) -> BuildResult:
    """Build the map of *csv_path* and write it, its exports, its snapshot and the geocoding record.

    Everything is computed and written beside its place before anything is put in
    place, and then all the files are published as one set (:func:`geo.files.publish`):
    a failed build leaves the previous map, exports, snapshot and record as they were.

    Parameters
    ----------
    csv_path : the places file.
    out : the HTML to write (default ``maps/<stem>.html`` beside the CSV); it must end in
        ``.html`` or ``.htm`` (:func:`check_output`).
    title : the map's title; None keeps the title of the last build of *out* (kept in its
        snapshot), else :data:`DEFAULT_TITLE`.
    geocoder : "gazetteer" (offline, default), a geopy service name, or a Geocoder.
    skip_unresolved : build without the stops whose place cannot be resolved
        (they are listed in ``BuildResult.skipped``) instead of failing.
    cdn : link Leaflet from a CDN instead of inlining it.
    regeocode : ignore the geocoding record and resolve every name again.
    exports : also write GeoJSON and GeoPackage beside the HTML. The snapshot of the
        reports (``<map name>.reports.json``), which the next build compares with, is
        written either way.
    progress : told of the build's BUILD_STEPS steps (see :mod:`geo.progress`).
    """
    out = Path(out) if out is not None else default_output(csv_path)
    check_output(out, csv_path)
    # A large build makes millions of records and none in a cycle: see records.paused_gc.
    with paused_gc():
        seconds: dict[str, float] = {}
        t0 = time.perf_counter()
        located, legs = prepare(csv_path, geocoder=geocoder, skip_unresolved=skip_unresolved,
                                regeocode=regeocode, keep_guesses=True, progress=progress)
        seconds["prepare"] = time.perf_counter() - t0
        # Imported here, where used, so that `check` and `geocode` never load folium or GDAL.
        from .export import stage_exports, staging_folder

        t1 = time.perf_counter()
        snap = snapshot_path(out)
        if title is None:
            title = read_title(snap) or DEFAULT_TITLE
        elif not title.strip():  # --title '': back to the default
            title = DEFAULT_TITLE
        # The reports as the snapshot keeps them: to compare with the last build's, and to keep.
        reports = snapshot([*located.stops, *(s for s, _ in located.unresolved)], title)
        previous = read_snapshot(snap)
        if previous is not None:
            reports.lines  # noqa: B018 - made once, here: the comparison needs them, and the snapshot file
        # With exports, a second process writes them into a staging folder while this one draws the map and
        # writes the snapshot (geo.background); a second process only for the snapshot would cost more than it
        # saves (the pages of memory the build touches meanwhile are copied). Nothing is published before all
        # of it is written.
        staging = staging_folder(out)
        record = record_path(csv_path)
        staged_record = record.with_name(f".{record.name}.{os.getpid()}.new")
        job = None
        try:
            if exports:
                job = background.start("writing the exports", stage_exports, located.stops, legs, out, staging)
            from .render import build_map, render_html  # folium: imported while the exports are written

            changes = compare(previous, reports)
            progress.step("drawing the map")
            m = build_map(located.stops, legs, title=title, build_note=build_note(csv_path), cdn=cdn,
                          left_out=located.left_out(), new_rows=changes.new_rows)
            page = stage(staging / out.name, render_html(m))
            del m
            seconds["map"] = time.perf_counter() - t1
            t2 = time.perf_counter()
            progress.step("writing files")
            stage(staged_record, format_record(located.record, located.refused))
            snap_file = stage(staging / snap.name, format_snapshot(reports))
            staged = job.result() if job else []  # raises what the exports raised, before anything is published
            published = publish([(page, out), *staged, (snap_file, snap), (staged_record, record)])
        finally:
            if job:
                job.cancel()
            shutil.rmtree(staging, ignore_errors=True)
            staged_record.unlink(missing_ok=True)
        seconds["write"] = time.perf_counter() - t2
        seconds["total"] = time.perf_counter() - t0
        return BuildResult(published[0], published[1:-1], located.stops, legs, located.unresolved, seconds,
                           located.doubtful(), changes, title, located.doubtful(pins=True))


def check_output(out: str | os.PathLike, csv_path: str | os.PathLike = "CSV") -> None:
    """Refuse a map file name that does not end in ``.html`` or ``.htm`` (a picture is made by ``geo image``).

    >>> check_output("maps/x.png", "places.csv")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    geo.build.OutputNameError: the map is a web page: ... use the image command: image places.csv -o maps/x.png
    """
    name = os.fspath(out)
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm"):
        return
    hint = f"; for a picture (.png, .svg, .pdf) use the image command: image {os.fspath(csv_path)} -o {name}" \
        if suffix in (".png", ".svg", ".pdf") else ""
    raise OutputNameError(f"the map is a web page: give -o a name ending in .html (got {name!r}){hint}")


class OutputNameError(GeoError, ValueError):
    """The map's file name does not end in .html or .htm."""
