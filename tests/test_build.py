"""The whole build: nothing lost, nothing half-written, the same bytes every time."""

import shutil
from pathlib import Path

import pytest

from geo.build import build, locate, make_map
from geo.decisions import read_record
from geo.errors import PlacesFileError, UnresolvedPlace
from geo.geocoders.base import GeocodeResult, Geocoder
from geo.places import read_places

ROOT = Path(__file__).resolve().parent.parent
KNOWN = {"vladivostok": (43.10562, 131.87353, "city"), "khabarovsk": (48.48271, 135.08379, "city"),
         "kursk region": (51.7, 36.2, "region")}


class TableGeocoder(Geocoder):
    """A geocoder that knows three places and counts its calls."""

    name = "table"

    def __init__(self):
        self.calls = 0

    def geocode(self, query, *, country=None, context=()):
        self.calls += 1
        try:
            lat, lon, precision = KNOWN[query.casefold()]
        except KeyError:
            raise UnresolvedPlace(query, "no place of that name", ["Khabarovsk"]) from None
        return GeocodeResult(query, query.title(), lat, lon, "RU", precision, "exact", 0.987654321,
                             "table", radius_km=100.123456 if precision == "region" else 0.0)


CSV = """route,seq,place,country,date,mode,status,source,note
r,1,Vladivostok,RU,2024-10-08,,reported,Ukrainian intelligence,first
r,2,Khabarovsk,RU,2024-10-12,rail,claimed,NYT,second
r,3,Kursk region,RU,2024-10-28,air,confirmed,NATO,third
,,Vladivostok,RU,,,,someone,again
"""


@pytest.fixture
def places(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_build_writes_map_exports_and_record(places):
    result = build(places, geocoder=TableGeocoder())
    assert result.html == places.parent / "maps" / "places.html"
    assert result.html.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")
    assert all(p.exists() for p in result.exports)
    assert (places.parent / "places.geocoded.csv").exists()
    assert len(result.stops) == 4 and len(result.legs) == 2


def test_two_stories_built_into_one_folder_both_survive(tmp_path):
    import json
    import stat

    first, second = tmp_path / "troops.csv", tmp_path / "ships.csv"
    first.write_text("place,country\nVladivostok,RU\n", encoding="utf-8")
    second.write_text("place,country\nKhabarovsk,RU\n", encoding="utf-8")
    a = build(first, geocoder=TableGeocoder())
    b = build(second, geocoder=TableGeocoder())
    maps = tmp_path / "maps"
    assert sorted(p.name for p in maps.iterdir()) == [
        "ships.geojson", "ships.gpkg", "ships.html", "ships.legs.geojson", "ships.reports.json",
        "troops.geojson", "troops.gpkg", "troops.html", "troops.legs.geojson", "troops.reports.json"]
    assert set(a.exports).isdisjoint(b.exports)
    places_of = lambda name: [f["properties"]["place"] for f in  # noqa: E731
                              json.loads((maps / name).read_text(encoding="utf-8"))["features"]]
    assert places_of("troops.geojson") == ["Vladivostok"] and places_of("ships.geojson") == ["Khabarovsk"]
    # the record is shared like the map beside it, not private to its writer
    for path in (a.html, tmp_path / "troops.geocoded.csv"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path.name


def test_each_distinct_name_is_geocoded_once(places):
    geocoder = TableGeocoder()
    build(places, geocoder=geocoder)
    assert geocoder.calls == 3


def test_rebuild_from_record_is_byte_identical_and_needs_no_geocoder(places, tmp_path):
    first = build(places, geocoder=TableGeocoder()).html.read_bytes()
    again = TableGeocoder()
    second = build(places, geocoder=again).html.read_bytes()
    assert again.calls == 0
    assert first == second


def test_rebuild_from_record_does_not_load_the_geocoders(places):
    # The default gazetteer is only made (and geopy, rapidfuzz only imported)
    # when a name is missing from the record: a rebuild is fast.
    import subprocess
    import sys

    build(places, geocoder=TableGeocoder())
    code = ("import sys; sys.path.insert(0, sys.argv[1])\n"
            "from geo.build import build\n"
            "build(sys.argv[2])\n"
            "loaded = [m for m in ('geopy', 'geo.geocoders.offline', 'rapidfuzz') if m in sys.modules]\n"
            "assert not loaded, loaded\n")
    subprocess.run([sys.executable, "-c", code, str(ROOT), str(places)], check=True)


def test_edited_record_pins_a_place(places):
    build(places, geocoder=TableGeocoder())
    record = places.parent / "places.geocoded.csv"
    text = record.read_text(encoding="utf-8").replace("48.48271,135.08379", "48.5,135.1")
    record.write_text(text, encoding="utf-8")
    result = build(places, geocoder=TableGeocoder())
    khabarovsk = [s for s in result.stops if s.place == "Khabarovsk"][0]
    assert (khabarovsk.location.lat, khabarovsk.location.lon) == (48.5, 135.1)


def test_unresolved_place_fails_with_row_and_suggestion_and_writes_nothing(places):
    places.write_text(CSV.replace("Khabarovsk,RU,2024", "Khabrovskk,RU,2024"), encoding="utf-8")
    with pytest.raises(PlacesFileError) as info:
        build(places, geocoder=TableGeocoder())
    (problem,) = info.value.problems
    assert (problem.row, problem.column, problem.value) == (3, "place", "Khabrovskk")
    assert "did you mean 'Khabarovsk'?" in str(problem)
    assert sorted(p.name for p in places.parent.iterdir()) == ["places.csv"]


def test_skip_unresolved_builds_and_lists_what_was_left_out(places, monkeypatch):
    import geo.render

    seen = {}
    real = geo.render.build_map

    def spy(*args, **kw):
        seen.update(kw)
        return real(*args, **kw)

    monkeypatch.setattr(geo.render, "build_map", spy)
    places.write_text(CSV.replace("Khabarovsk,RU,2024", "Khabrovskk,RU,2024"), encoding="utf-8")
    result = build(places, geocoder=TableGeocoder(), skip_unresolved=True)
    assert [(s.row, s.place) for s, _ in result.skipped] == [(3, "Khabrovskk")]
    assert len(result.stops) == 3 and len(result.legs) == 1
    (row, place, why), = seen["left_out"]  # the map lists it too
    assert (row, place) == (3, "Khabrovskk") and "did you mean 'Khabarovsk'?" in why


def test_failed_build_leaves_previous_map_untouched(places, monkeypatch):
    html = build(places, geocoder=TableGeocoder()).html
    before = html.read_bytes()
    places.write_text(CSV + "r,4,Kursk region,RU,not a date,,,,\n", encoding="utf-8")
    with pytest.raises(PlacesFileError):
        build(places, geocoder=TableGeocoder())
    assert html.read_bytes() == before


def test_manual_coordinates_override_the_geocoder(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("place,lat,lon,precision,radius_km\nan airfield in western Russia,55,40,area,800\n",
                    encoding="utf-8")
    (stop,) = locate(read_places(path), None).stops
    loc = stop.location
    assert (loc.lat, loc.lon, loc.match, loc.precision, loc.radius_km) == (55.0, 40.0, "manual", "region", 800.0)


def test_locate_in_place_gives_the_stops_of_a_copy(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("place,country,lat,lon\nKursk,RU,51.73,36.19\nOrel,RU,52.97,36.07\nKursk,RU,51.73,36.19\n",
                    encoding="utf-8")
    copied = locate(read_places(path), None).stops
    stops = read_places(path)
    located = locate(stops, None, in_place=True).stops
    assert located == copied and [s.location for s in located] == [s.location for s in copied]
    assert all(a is b for a, b in zip(located, stops))  # no copies: the stops read are given their locations
    assert located[0].location is located[2].location  # one location per place, as with copies
    fresh = read_places(path)
    locate(fresh, None)
    assert all(s.location is None for s in fresh)  # without in_place, the stops given stay as they were


def test_make_map_returns_a_folium_map_for_notebooks(places):
    import folium

    m = make_map(places, geocoder=TableGeocoder())
    assert isinstance(m, folium.Map)
    assert "<html" in m._repr_html_() or "iframe" in m._repr_html_()
    assert sorted(p.name for p in places.parent.iterdir()) == ["places.csv"]


# The seed places at their true positions (city centres from atlases; areas by a point inside them)
SEED_TRUTH = {
    "Vladivostok": (43.1155, 131.8855, 25), "Ussuriysk": (43.7972, 131.9519, 25),
    "Khabrovsk": (48.4802, 135.0719, 25), "Khaarovsk": (48.4802, 135.0719, 25),
    "Blagoveshchensk": (50.2727, 127.5404, 25),  # the Amur town beside the others, not Bashkortostan's
    "Kursk region": (51.7, 36.2, 150), "North Korea": (40.3, 127.4, 300), "Russia": (61.5, 105.3, 2500),
    "a military airfield in western Russia": (55.0, 40.0, 0),  # pinned in the file
}


def test_seed_file_regeocoded_end_to_end_lands_on_the_true_places(tmp_path, capsys):
    """`build --regeocode` on the committed places.csv: the geocoder runs, and every place is where it is."""
    import math

    from geo.cli import main

    for name in ("places.csv", "places.geocoded.csv"):
        shutil.copy(ROOT / name, tmp_path / name)
    assert main(["build", str(tmp_path / "places.csv"), "--regeocode", "--no-exports"]) == 0
    err = capsys.readouterr().err
    # the article's two misspellings of Khabarovsk are used, and listed for checking
    assert "'Khabrovsk': fuzzy match of 'Khabrovsk' to Khabarovsk" in err
    assert "'Khaarovsk': fuzzy match of 'Khaarovsk' to Khabarovsk" in err
    stops = read_places(tmp_path / "places.csv")
    located = locate(stops, None, read_record(tmp_path / "places.geocoded.csv"))
    assert located.unresolved == [] and len(located.stops) == len(stops)
    for s in located.stops:
        lat, lon, km = SEED_TRUTH[s.place]
        p1, p2 = math.radians(lat), math.radians(s.location.lat)
        a = (math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2)
             * math.sin(math.radians(s.location.lon - lon) / 2) ** 2)
        assert 2 * 6371.0088 * math.asin(math.sqrt(a)) <= km + 1e-6, (s.place, s.location)
    by_place = {s.place: s.location for s in located.stops}
    assert by_place["Kursk region"].precision == "region" and by_place["North Korea"].precision == "country"


def test_committed_map_is_what_the_build_writes_now(tmp_path):
    """maps/ holds the map of places.csv, byte for byte what a build writes today."""
    for name in ("places.csv", "places.geocoded.csv"):
        shutil.copy(ROOT / name, tmp_path / name)
    result = build(tmp_path / "places.csv")
    for path in [result.html, *result.exports]:
        if path.suffix != ".gpkg":  # SQLite writes its own version into the file
            assert path.read_bytes() == (ROOT / "maps" / path.name).read_bytes(), path.name


def test_a_name_geocoded_outside_its_country_hint_is_refused(tmp_path):
    path = tmp_path / "p.csv"
    # the table's Vladivostok is in Russia: a row saying UA must not be drawn there
    path.write_text("place,country\nVladivostok,UA\nKhabarovsk,RU\n", encoding="utf-8")
    with pytest.raises(PlacesFileError) as info:
        build(path, geocoder=TableGeocoder())
    (problem,) = info.value.problems
    assert (problem.row, problem.column, problem.value) == (2, "place", "Vladivostok")
    assert "outside UA" in problem.message and "pin it with lat/lon" in problem.suggestion


@pytest.mark.parametrize("country", ["RU", "UA"])
def test_a_pinned_point_in_crimea_is_accepted_under_either_hint(tmp_path, country):
    path = tmp_path / "p.csv"
    path.write_text(f"place,country,lat,lon\nSevastopol,{country},44.6166,33.5254\n", encoding="utf-8")
    assert len(build(path, geocoder=None, exports=False).stops) == 1


class DoubtfulGeocoder(Geocoder):
    """Refuses 'Novorosiisk' as too uncertain (keeping its guess) and is unsure of 'Khaarovsk'."""

    name = "doubtful"

    def geocode(self, query, *, country=None, context=()):
        if query == "Novorosiisk":
            guess = GeocodeResult(query, "Novorossiysk", 44.7239, 37.7708, "RU", "city", "fuzzy", 0.41, "t",
                                  doubt="fuzzy match of 'Novorosiisk' to Novorossiysk (confidence 0.41)")
            raise UnresolvedPlace(query, "too uncertain to place: " + guess.doubt, ["Novorossiysk"], guess=guess)
        return GeocodeResult(query, "Khabarovsk", 48.4802, 135.0719, "RU", "city", "fuzzy", 0.8, "t",
                             doubt="fuzzy match of 'Khaarovsk' to Khabarovsk (confidence 0.80)")


def test_too_uncertain_is_refused_until_accepted_in_the_record(tmp_path):
    path = tmp_path / "ships.csv"
    path.write_text("place,country\nKhaarovsk,RU\nNovorosiisk,RU\n", encoding="utf-8")
    with pytest.raises(PlacesFileError) as info:
        build(path, geocoder=DoubtfulGeocoder())
    (problem,) = info.value.problems
    assert (problem.row, problem.value) == (3, "Novorosiisk")
    assert problem.suggestion.endswith("or accept the guess with accepted=yes on its row of ships.geocoded.csv")
    assert not (tmp_path / "maps").exists()  # no map; the record holds the guess for review
    record = tmp_path / "ships.geocoded.csv"
    text = record.read_text(encoding="utf-8")
    assert "Novorosiisk,RU,Novorossiysk,44.7239,37.7708" in text and text.rstrip().endswith(",no")
    record.write_text(text.replace("(confidence 0.41),no", "(confidence 0.41),yes"), encoding="utf-8")
    result = build(path, geocoder=DoubtfulGeocoder())
    by_place = {s.place: s.location for s in result.stops}
    assert by_place["Novorosiisk"].doubt.startswith("checked and accepted by the analyst: fuzzy match")
    # the middle band: built, listed to check, and the reason travels to the map
    assert [(rows, r.query) for rows, r in result.doubtful] == [([2], "Khaarovsk")]


def test_check_these_are_printed_on_stderr(tmp_path, capsys, monkeypatch):
    from geo.cli import main

    monkeypatch.setattr("geo.build._geocoder_named", lambda name: DoubtfulGeocoder())
    path = tmp_path / "ships.csv"
    path.write_text("place,country\nKhaarovsk,RU\n", encoding="utf-8")
    assert main(["build", str(path), "--no-exports"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "check these (the map marks them uncertain; once checked, set accepted=yes on their row of "
        "ships.geocoded.csv):",
        f"  {path}, row 2, 'Khaarovsk': fuzzy match of 'Khaarovsk' to Khabarovsk (confidence 0.80)"]


def _everything(folder):
    """Every file (path: bytes) and folder under *folder*."""
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else "folder" for p in folder.rglob("*")}


@pytest.fixture(params=[True, False], ids=["forked", "inline"])
def forks(request, monkeypatch):
    """Both ways of writing the exports: in a forked process (Linux) and in the build's own (elsewhere)."""
    import geo.background

    monkeypatch.setattr(geo.background, "FORKS", request.param)


def test_exports_that_fail_in_their_process_leave_the_previous_build_untouched(places, monkeypatch, forks):
    import geo.export

    maps = build(places, geocoder=TableGeocoder()).html.parent
    before = _everything(maps)

    def full(*args, **kw):
        raise OSError("No space left on device")

    monkeypatch.setattr(geo.export, "_write_gpkg", full)  # inherited by the forked process
    places.write_text(CSV.replace("claimed,NYT", "confirmed,NYT"), encoding="utf-8")  # a changed report
    with pytest.raises(OSError, match="No space left on device"):
        build(places, geocoder=TableGeocoder())
    assert _everything(maps) == before  # no map, no export, no snapshot, no staging folder


def test_a_map_that_fails_leaves_no_exports_behind(places, monkeypatch, forks):
    import geo.render

    maps = build(places, geocoder=TableGeocoder()).html.parent
    before = _everything(maps)

    def broken(*args, **kw):
        raise RuntimeError("template error")

    monkeypatch.setattr(geo.render, "build_map", broken)
    places.write_text(CSV.replace("claimed,NYT", "confirmed,NYT"), encoding="utf-8")  # a changed report
    with pytest.raises(RuntimeError, match="template error"):
        build(places, geocoder=TableGeocoder())
    assert _everything(maps) == before


def test_the_extremes_a_row_may_give_build_with_their_exports(tmp_path, forks):
    """What `check` accepts, `build` writes: the largest numbers, the widest dates, the poles, 999 extra columns."""
    import geopandas as gpd

    from geo import places

    extra = ",".join(f"c{i}" for i in range(999 - 16))
    text = (f"route,seq,place,lat,lon,troops,date,reported,precision,radius_km,mode,status,source,url,note,country,"
            f"{extra}\n"
            f"r,{places.MAX_SEQ},North,90,180,\"100,000,000\",0001-01-01/9999-12-31,9999-12-31,area,20000,sea,"
            f"denied,{'s' * 10_000},https://example.org/{'a' * 10_000},{'n' * 100_000},," + ",".join("x" * 983) + "\n"
            f"r,-{places.MAX_SEQ},South,-90,-180,0,0001-01-01,0001-01-01,point,,air,confirmed,,,,AQ,\n")
    path = tmp_path / "edge.csv"
    path.write_text(text, encoding="utf-8")
    result = build(path, geocoder=None)
    assert [p.name for p in result.exports] == ["edge.geojson", "edge.legs.geojson", "edge.gpkg", "edge.reports.json"]
    back = gpd.read_file(result.exports[2], layer="places")
    assert back["troops"].tolist() == [100_000_000, 0] and back["seq"].tolist() == [places.MAX_SEQ, -places.MAX_SEQ]
    assert len(back.columns) > 999 and len(gpd.read_file(result.exports[2], layer="legs")) == 1


def _all_but_the_csv(folder):
    """Every file and folder under *folder* but the places file: the previous build's whole set."""
    return {k: v for k, v in _everything(folder).items() if k != "places.csv"}


def _rebuild_failing(places, monkeypatch, target, name, fail, exports=True):
    """Build, then break *target*.*name* with *fail* and build a changed file: return the set before and after."""
    build(places, geocoder=TableGeocoder())
    before = _all_but_the_csv(places.parent)
    assert "places.geocoded.csv" in before and "maps/places.reports.json" in before
    monkeypatch.setattr(target, name, fail)
    places.write_text(CSV.replace("claimed,NYT", "confirmed,NYT").replace("Kursk region", "Khabarovsk"),
                      encoding="utf-8")
    with pytest.raises(OSError, match="No space left on device"):
        build(places, geocoder=TableGeocoder(), title="A new title", exports=exports)
    return before, _all_but_the_csv(places.parent)


def _disk_full(*args, **kw):
    raise OSError("No space left on device")


def test_a_page_that_cannot_be_written_leaves_the_previous_set_together(places, monkeypatch, forks):
    import geo.build

    real = geo.build.stage

    def stage(path, data):
        return _disk_full() if str(path).endswith(".html") else real(path, data)

    before, after = _rebuild_failing(places, monkeypatch, geo.build, "stage", stage)
    assert after == before  # the old page, exports, snapshot and record, and no staging folder


def test_a_record_that_cannot_be_written_leaves_the_previous_set_together(places, monkeypatch, forks):
    import geo.build

    real = geo.build.stage

    def stage(path, data):
        return _disk_full() if ".geocoded.csv" in str(path) else real(path, data)

    before, after = _rebuild_failing(places, monkeypatch, geo.build, "stage", stage)
    assert after == before


@pytest.mark.parametrize("exports", [True, False])
def test_a_snapshot_that_cannot_be_written_leaves_the_previous_set_together(places, monkeypatch, forks, exports):
    import geo.build

    before, after = _rebuild_failing(places, monkeypatch, geo.build, "format_snapshot", _disk_full, exports)
    assert after == before


@pytest.mark.parametrize("failing_move", [1, 3, 5, 6])
def test_a_move_that_fails_puts_the_previous_set_back(places, monkeypatch, failing_move):
    """The page, three exports, the snapshot and the record move in turn; when one fails, the moved ones go back."""
    import os as _os

    import geo.files

    moves = []

    def replace(src, dst):
        moves.append(dst)
        if len(moves) == failing_move:
            _disk_full()
        return _os.replace(src, dst)

    class Os:  # geo.files's os, with a replace that fails once
        def __getattr__(self, name):
            return replace if name == "replace" else getattr(_os, name)

    before, after = _rebuild_failing(places, monkeypatch, geo.files, "os", Os())
    assert after == before
    assert len(moves) == 2 * failing_move - 1  # the ones moved before it were moved back


def test_a_successful_build_leaves_no_staging_or_backup_files(places):
    build(places, geocoder=TableGeocoder())
    build(places, geocoder=TableGeocoder())
    assert sorted(_everything(places.parent)) == [
        "maps", "maps/places.geojson", "maps/places.gpkg", "maps/places.html", "maps/places.legs.geojson",
        "maps/places.reports.json", "places.csv", "places.geocoded.csv"]


def test_a_drafted_reading_to_check_is_drawn_to_check_and_a_plain_pinned_row_is_not(tmp_path, capsys):
    """Issue 17/18: "the town" read as the place named before it is a reading to check, on the built map too."""
    import csv

    from test_render import data_blob

    from geo.cli import main
    from geo.extract.rows import CHECK

    article = tmp_path / "vuhledar.txt"
    article.write_text("Russian forces entered Vuhledar on Monday. A Ukrainian column was destroyed as it left the "
                       "town.\n", encoding="utf-8")
    draft = tmp_path / "draft.csv"
    assert main(["extract", str(article), "-o", str(draft)]) == 0
    with open(draft, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    town = [r for r in rows if r["role"] != "mention" and r["match"].endswith("; " + CHECK)]
    assert [(r["place"], r["lat"] != "") for r in town] == [("Vuhledar", True)]
    assert "refers to 'Vuhledar' before it" in town[0]["match"]
    # the same file, with an ordinary row pinned by hand beside the draft's own
    with open(draft, "a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(
            {**{k: "" for k in rows[0]}, "place": "Kursk", "country": "RU", "lat": "51.73", "lon": "36.19",
             "status": "reported", "source": "hand", "match": "exact 0.97, checked in the field"}.values())
    capsys.readouterr()
    assert main(["build", str(draft), "--no-exports", "-o", str(tmp_path / "m.html")]) == 0
    err = capsys.readouterr().err
    assert "refers to 'Vuhledar' before it" in err  # listed with what to check

    from geo.build import prepare

    located, _ = prepare(draft, geocoder=None)
    doubts = {(s.row, s.place): s.location.doubt for s in located.stops}
    row = rows.index(town[0]) + 2
    assert doubts[(row, "Vuhledar")].startswith("refers to 'Vuhledar' before it")
    assert doubts[(len(rows) + 2, "Kursk")] == ""
    # the page: the row's doubt, as the geocoder's doubts are (the place's dashed "check" ring)
    data = data_blob((tmp_path / "m.html").read_text(encoding="utf-8"))
    page = [data["s"][i] for i in data["st"]["dq"]]
    assert page[row - 2].startswith("refers to 'Vuhledar' before it")
    assert [bool(d) for d in page] == [r["match"].endswith("; " + CHECK) for r in rows] + [False]


@pytest.mark.parametrize("match, doubt", [
    ("exact 0.97; placed near Latakia, where the text puts it; to check", "exact 0.97; placed near Latakia, where the text puts it"),
    ("exact 0.97", ""),
    ("checked: exact 0.97", ""),  # "check" in free text is no mark
    ("exact 0.97; to check later", ""),
])
def test_a_pinned_row_is_doubted_only_by_its_match_s_mark(tmp_path, match, doubt):
    p = tmp_path / "p.csv"
    p.write_text(f'place,country,lat,lon,match\nKursk,RU,51.73,36.19,"{match}"\nKursk,RU,51.73,36.19,exact\n',
                 encoding="utf-8")
    located = locate(read_places(p), None)
    first, second = located.stops
    assert (first.location.doubt, second.location.doubt) == (doubt, "")
    # one place, two readings: the doubt is the marked row's alone
    assert (first.location is second.location) == (doubt == "")
