"""The command line: a thin layer over the library.

``python -m geo geocode|build|check|image|extract``. Exit status 0 on success, 1 for data
problems (any :class:`~geo.errors.GeoError`, shown as one clear line, or one
line per problem in a places file), 2 for usage errors (also a command whose optional
extra is not installed: :data:`EXTRAS`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from .errors import GeoError, UnresolvedPlace
from .progress import Progress

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
#: The optional extras of pyproject.toml, by the module a command needs from them.
EXTRAS = {"matplotlib": "image", "geopy": "online", "wordfreq": "extract", "pycrfsuite": "extract",
          "trafilatura": "extract", "lxml_html_clean": "extract", "dateparser": "extract", "natasha": "extract",
          "razdel": "extract", "pymorphy3": "extract", "distributed": "dask", "dask": "dask"}
#: Errors of the command line's options rather than of the data (exit 2).
_USAGE_ERRORS = ("UnknownGeocoderError", "MissingCredentialsError", "OutputNameError")
GEOCODER_HELP = ("'gazetteer' (offline, default) or a geopy service such as 'nominatim'; a service that needs "
                 "a key reads it from the environment variable GEO_<SERVICE>_API_KEY (GEO_GOOGLE_API_KEY, "
                 "GEO_OPENCAGE_API_KEY, ...; geonames: GEO_GEONAMES_USERNAME)")


def _parser() -> argparse.ArgumentParser:
    # the installed console command is `geo`; otherwise the package runs as `python -m geo`
    prog = "geo" if os.path.basename(sys.argv[0] or "") == "geo" else "python -m geo"
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Geocode place names from news reports and map the reported movements.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("geocode", help="resolve place names and print one JSON object per name",
                       description="Resolve place names; the names given together are read as one "
                                   "document, so each is disambiguated by the others.")
    p.add_argument("names", nargs="+", metavar="NAME", help="a place name; '-' reads one name per line from stdin")
    p.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 country hint for every name")
    p.add_argument("--geocoder", default="gazetteer", metavar="NAME", help=GEOCODER_HELP)

    for name, help_ in (("build", "build the map and its exports from a places file"),
                        ("check", "validate and geocode a places file; write nothing")):
        p = sub.add_parser(name, help=help_, description=help_[0].upper() + help_[1:] + ".")
        p.add_argument("csv", nargs="?", default="places.csv", metavar="CSV",
                       help="the places file (default: places.csv)")
        p.add_argument("--geocoder", default="gazetteer", metavar="NAME", help=GEOCODER_HELP)
        p.add_argument("--skip-unresolved", action="store_true",
                       help="leave out rows whose place cannot be resolved, and list them")
        if name == "build":
            p.add_argument("-o", "--output", metavar="OUT.html",
                           help="the map to write (default: maps/<CSV name>.html)")
            p.add_argument("--title", default=None,
                           help="the map's title (default: the title of this map's last build, else "
                                "'Reported movements'; --title '' goes back to that)")
            p.add_argument("--cdn", action="store_true",
                           help="link Leaflet from a CDN instead of inlining it (smaller file, needs network)")
            p.add_argument("--regeocode", action="store_true",
                           help="ignore the geocoding record (<CSV name>.geocoded.csv) and resolve every name again")
            p.add_argument("--no-exports", action="store_true",
                           help="write only the map, not its GeoJSON and GeoPackage exports")

    p = sub.add_parser("image", help="draw the map as a picture to publish (PNG, SVG or PDF)",
                       description="Draw the map as a static picture to publish: PNG, SVG or PDF.")
    p.add_argument("csv", nargs="?", default="places.csv", metavar="CSV",
                   help="the places file (default: places.csv)")
    p.add_argument("-o", "--output", metavar="OUT.png|OUT.svg|OUT.pdf",
                   help="the picture to write (default: maps/<CSV name>.png)")
    p.add_argument("--title", default=None,
                   help="the picture's title (default: the title of the last build of maps/<CSV name>.html)")
    p.add_argument("--geocoder", default="gazetteer", metavar="NAME", help=GEOCODER_HELP)
    p.add_argument("--skip-unresolved", action="store_true",
                   help="leave out rows whose place cannot be resolved, list them, and count them on the picture")

    p = sub.add_parser("extract", help="draft places.csv rows from news articles, with the evidence for each row",
                       description="Draft places.csv rows from news articles (.txt, .html, '-' for stdin, or a "
                                   "directory of them), each row with its sentence and offsets, for review.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="an article (.txt, .html, .htm), '-' for stdin, or a directory (every article in it)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the articles' publication date (completes dates without "
                                                        "a year; default: the date found in the article)")
    p.add_argument("--source", default="", metavar="TEXT", help="the source of rows the text attributes to no one")
    p.add_argument("--url", default="", metavar="URL", help="the article's address, for every row")
    p.add_argument("--all", action="store_true", help="also every other place name, with role=mention")
    p.add_argument("--lang", choices=("en", "ru", "uk"), default=None,
                   help="the articles' language: English, Russian or Ukrainian (default: each article's own)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="OUT.csv", help="write the draft here (default, or -: standard output)")
    out.add_argument("--append", metavar="PLACES.csv", help="add the draft to this places file, skipping rows "
                                                            "already there")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes for a directory (default: every core)")
    p.add_argument("--dask", nargs="?", const=True, default=None, metavar="ADDRESS",
                   help="run on the Dask cluster at ADDRESS (a local cluster if no address is given)")
    return parser


def _read_names(names: Sequence[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if name == "-":
            out.extend(line.strip() for line in sys.stdin if line.strip())
        else:
            out.append(name)
    return out


def _geocode(args: argparse.Namespace) -> int:
    from .build import _geocoder_named
    from .geocoders.base import Geocoder, Query

    names = _read_names(args.names)
    country = args.country.upper() if args.country else None
    geocoder = _geocoder_named(args.geocoder)  # the offline gazetteer needs no geopy (the [online] extra)
    if not isinstance(geocoder, Geocoder):
        geocoder = geocoder()
    status = EXIT_OK
    with Progress("geocode", 1) as progress:
        progress.step(f"{len(names):,} names")
        answers = geocoder.geocode_all([Query(n, country) for n in names])
    for answer in answers:
        if isinstance(answer, UnresolvedPlace):
            status = EXIT_DATA
            obj = {"query": answer.query, "error": answer.reason, "suggestions": list(answer.suggestions)}
            if answer.guess is not None:  # refused as too uncertain: what it would have been
                obj["guess"] = answer.guess.to_json_dict()
        else:
            obj = answer.to_json_dict()
        print(json.dumps(obj, ensure_ascii=False))
    return status


#: Names to check, and rows left out, listed on stderr; a longer list is written whole to a file.
MAX_LISTED = 20
#: Rows listed per name to check; the others are counted.
MAX_ROWS = 5


def report_path(csv: str | os.PathLike) -> Path:
    """Where the whole list of names to check and rows left out goes when stderr shows only its start.

    >>> report_path("data/places.csv").as_posix()
    'data/places.check.txt'
    """
    p = Path(csv)
    return p.with_name(p.stem + ".check.txt")


def _rows(rows: list[int], limit: int | None = MAX_ROWS) -> str:
    """``row 2``, ``rows 2, 3``, or with a *limit* ``rows 2, 3, 4, 5, 6 and 19,995 more``."""
    if len(rows) == 1:
        return f"row {rows[0]}"
    if limit is None or len(rows) <= limit:
        return f"rows {', '.join(map(str, rows))}"
    return f"rows {', '.join(map(str, rows[:limit]))} and {len(rows) - limit:,} more"


def _report(csv: str, skipped, doubtful, pins=()) -> Path | None:
    """Print the rows left out, the names and the pins to check on stderr, the first MAX_LISTED of each.

    When a list is longer, the whole of them is written to :func:`report_path` (and
    stderr says so), which is returned; otherwise a file left there by an earlier run is
    removed, as it would describe another input.
    """
    from .decisions import record_path
    from .files import write_atomic

    listed = report_path(csv)

    def lines(limit: int | None) -> list[str]:
        per_name = None if limit is None else MAX_ROWS
        out = [f"left out: {csv}, row {stop.row}, column 'place': {exc}" for stop, exc in skipped][:limit]
        if limit is not None and len(skipped) > limit:
            out.append(f"left out: … and {len(skipped) - limit:,} more rows, all listed in {listed}")
        for items, head, what in (
                (doubtful, f"check these (the map marks them uncertain; once checked, set accepted=yes on their row "
                           f"of {record_path(csv).name}):", "names"),
                (pins, "check these pins (the map marks them uncertain):", "pins")):
            if items:
                out.append(head)
                out += [f"  {csv}, {_rows(rows, per_name)}, {r.query!r}: {r.doubt}" for rows, r in items[:limit]]
                if limit is not None and len(items) > limit:
                    out.append(f"  … and {len(items) - limit:,} more {what} to check, all listed in {listed}")
        return out

    cut = len(skipped) > MAX_LISTED or any(len(items) > MAX_LISTED or any(len(rows) > MAX_ROWS for rows, _ in items)
                                           for items in (doubtful, pins))
    if cut:
        write_atomic(listed, "\n".join(lines(None)) + "\n")
    else:
        listed.unlink(missing_ok=True)
    for line in lines(MAX_LISTED):
        print(line, file=sys.stderr)
    return listed if cut else None


def _legs(legs) -> str:
    """The summary line's count of legs, and of those inside an area, not drawn (geo.render.legs_not_drawn)."""
    from .render import legs_not_drawn

    n = len(legs_not_drawn(legs))
    return f"{len(legs)} legs" + (f" ({n} inside an area, not drawn)" if n else "")


def _check(args: argparse.Namespace) -> int:
    from .build import PREPARE_STEPS, prepare

    with Progress(f"check {Path(args.csv).name}", PREPARE_STEPS) as progress:
        located, legs = prepare(args.csv, geocoder=args.geocoder, skip_unresolved=args.skip_unresolved,
                                progress=progress)
    listed = _report(args.csv, located.unresolved, located.doubtful(), located.doubtful(pins=True))
    print(f"{args.csv}: {len(located.stops)} stops, {_legs(legs)}, {len(located.unresolved)} left out; "
          + (f"nothing written but {listed}" if listed else "nothing written"))
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from .build import BUILD_STEPS, build
    from .records import paused_gc

    # The collector stays paused until the build's records are freed (see records.paused_gc): resumed
    # while they live, its next pass would walk the millions of them once more, for nothing.
    with paused_gc():
        with Progress(f"build {Path(args.csv).name}", BUILD_STEPS) as progress:
            result = build(args.csv, args.output, title=args.title, geocoder=args.geocoder,
                           skip_unresolved=args.skip_unresolved, cdn=args.cdn, regeocode=args.regeocode,
                           exports=not args.no_exports, progress=progress)
        _report(args.csv, result.skipped, result.doubtful, result.pins)
        files = ", ".join(str(p) for p in [result.html, *result.exports])
        print(f"{args.csv}: {len(result.stops)} stops, {_legs(result.legs)}, "
              f"{len(result.skipped)} left out -> {files} ({result.seconds['total']:.2f} s)")
        print("\n".join(result.changes.lines(args.csv)))
        del result
    return EXIT_OK


def _image(args: argparse.Namespace) -> int:
    from .build import DEFAULT_TITLE, PREPARE_STEPS, build_note, default_output, prepare
    from .changes import read_title, snapshot_path
    from .image import build_figure, save_figure

    out = Path(args.output) if args.output else default_output(args.csv).with_suffix(".png")
    # the title of the map's last build, as `build` keeps it, unless one is given ('' for the default)
    title = args.title if args.title is not None else read_title(snapshot_path(default_output(args.csv)))
    title = title if title and title.strip() else DEFAULT_TITLE
    with Progress(f"image {Path(args.csv).name}", PREPARE_STEPS + 2) as progress:
        located, legs = prepare(args.csv, geocoder=args.geocoder, skip_unresolved=args.skip_unresolved,
                                progress=progress)
        progress.step("drawing the picture")
        fig = build_figure(located.stops, legs, title=title, build_note=build_note(args.csv),
                           left_out=located.left_out())
        progress.step(f"writing {out.name}")
        out.parent.mkdir(parents=True, exist_ok=True)
        save_figure(fig, out)
    _report(args.csv, located.unresolved, located.doubtful(), located.doubtful(pins=True))
    print(f"{args.csv}: {len(located.stops)} stops, {_legs(legs)}, {len(located.unresolved)} left out -> {out}")
    return EXIT_OK


def _extract_usage(args: argparse.Namespace) -> str:
    """Why the extract options are unusable, or ""."""
    import datetime as dt

    if args.date:
        try:
            dt.date.fromisoformat(args.date)
        except ValueError:
            return f"--date takes a date as YYYY-MM-DD, got {args.date!r}"
    if args.url and not args.url.lower().startswith(("http://", "https://")):
        return f"--url takes an http(s) address, got {args.url!r}"
    if args.workers is not None and args.workers < 1:
        return f"--workers takes a positive number, got {args.workers!r}"
    if args.inputs.count("-") > 1:
        return "'-' (standard input) can be given only once"
    return ""


def _extract(args: argparse.Namespace) -> int:
    import importlib.util

    # said once, here, rather than as the failure of every article (the [extract] and [dask] extras)
    for module in ("wordfreq", "pycrfsuite", "trafilatura", "dateparser", *(("distributed",) if args.dask else ())):
        if importlib.util.find_spec(module) is None:
            raise ModuleNotFoundError(f"No module named {module!r}", name=module)
    from .extract.corpus import run
    from .extract.pipeline import Options
    from .extract.read import iter_named_inputs
    from .extract.rows import DraftSink

    options = Options(date=args.date, source=args.source, url=args.url, all=args.all, lang=args.lang)
    paths = list(iter_named_inputs(args.inputs))
    parallel = args.dask or any(i != "-" and os.path.isdir(i) for i in args.inputs)
    if args.output == "-":  # as an input "-" is standard input, an output "-" is standard output
        args.output = None
    sink = DraftSink(out=args.output, append=args.append)
    failed = rows = 0
    try:
        for outcome in run(paths, options, workers=args.workers if parallel else 1, dask=args.dask):
            if outcome.error:
                failed += 1
                print(f"{args.prog}: error: {outcome.error}", file=sys.stderr)
            sink.write(outcome.rows)
            rows += len(outcome.rows)
    except BaseException:
        sink.abort()
        raise
    sink.commit()
    where = args.append or args.output
    if where:
        print(f"{len(paths) - failed} of {len(paths)} articles read, {rows} rows drafted, {sink.added} written "
              f"to {where}", file=sys.stderr)
    return EXIT_DATA if failed else EXIT_OK


#: Commands after which the console command leaves at once: they hold nothing that needs closing.
QUICK_EXIT = ("build", "check", "image", "geocode")


def run(argv: Sequence[str] | None = None) -> NoReturn:
    """The console command (``geo``, ``python -m geo``): :func:`main`, then exit with its status.

    After the commands of :data:`QUICK_EXIT` the process leaves without tearing down its
    modules and objects (``os._exit``, once its output is flushed): that took 0.3 s after the
    seed map and 0.6 s after 100,000 stops, a fifth and a tenth of the whole build, to free
    memory the system takes back anyway. Everything a build writes is closed and synced by then.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    code = main(argv)
    if argv[:1] and argv[0] in QUICK_EXIT:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError, AttributeError):  # a closed pipe, a closed or missing stream
                pass
        os._exit(code)
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default ``sys.argv[1:]``); returns the exit status.

    >>> main(["check", "no-such-file.csv"])  # the one line saying why goes to stderr
    1
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help
        return int(exc.code or 0)
    if getattr(args, "country", None) and not (len(args.country) == 2 and args.country.isalpha()):
        print(f"{parser.prog} geocode: error: --country takes an ISO 3166-1 alpha-2 code "
              f"such as 'RU', got {args.country!r}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "extract":
        problem = _extract_usage(args)
        if problem:
            print(f"{parser.prog} extract: error: {problem}", file=sys.stderr)
            return EXIT_USAGE
        args.prog = parser.prog  # each unreadable input is named on its own line, as the other errors
    if args.command == "image" and args.output:
        from .image import FORMATS

        if Path(args.output).suffix.lower().lstrip(".") not in FORMATS:
            print(f"{parser.prog} image: error: -o takes a file name ending in .png, .svg or .pdf, "
                  f"got {args.output!r}", file=sys.stderr)
            return EXIT_USAGE
    command = {"geocode": _geocode, "check": _check, "build": _build, "image": _image,
               "extract": _extract}[args.command]
    try:
        return command(args)
    except GeoError as exc:
        # An unknown geocoder name or a missing key is a usage error, like a bad option.
        usage = type(exc).__name__ in _USAGE_ERRORS
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE if usage else EXIT_DATA
    except ModuleNotFoundError as exc:  # an optional extra (pyproject.toml) that is not installed
        extra = EXTRAS.get((exc.name or "").split(".")[0])
        if extra is None:
            raise
        print(f"{parser.prog} {args.command}: error: this needs {exc.name.split('.')[0]!r}, which is not installed: "
              f"pip install 'geo-reported-movements[{extra}]' (or pip install -r requirements.txt, for everything)",
              file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # a folder that cannot be written, a full disk: one line, not a traceback
        where = f": {exc.filename!r}" if exc.filename else ""
        print(f"{parser.prog}: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_DATA
