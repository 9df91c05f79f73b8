"""The whole build: nothing lost, nothing half-written, the same bytes every time."""

import shutil
from pathlib import Path

import pytest

from geo.build import build, locate, make_map
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


def test_skip_unresolved_builds_and_lists_what_was_left_out(places):
    places.write_text(CSV.replace("Khabarovsk,RU,2024", "Khabrovskk,RU,2024"), encoding="utf-8")
    result = build(places, geocoder=TableGeocoder(), skip_unresolved=True)
    assert [(s.row, s.place) for s, _ in result.skipped] == [(3, "Khabrovskk")]
    assert len(result.stops) == 3 and len(result.legs) == 1


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


def test_make_map_returns_a_folium_map_for_notebooks(places):
    import folium

    m = make_map(places, geocoder=TableGeocoder())
    assert isinstance(m, folium.Map)
    assert "<html" in m._repr_html_() or "iframe" in m._repr_html_()
    assert sorted(p.name for p in places.parent.iterdir()) == ["places.csv"]


def test_seed_places_build_offline_with_the_gazetteer(tmp_path):
    """The committed places.csv resolves entirely with the embedded gazetteer."""
    csv = tmp_path / "places.csv"
    shutil.copy(ROOT / "places.csv", csv)
    result = build(csv, exports=False)
    assert result.skipped == []
    by_place = {s.place: s.location for s in result.stops}
    assert by_place["Khabrovsk"].name == by_place["Khaarovsk"].name == "Khabarovsk"
    assert 127 < by_place["Blagoveshchensk"].lon < 128  # the Amur town near Khabarovsk, not Bashkortostan's
    assert by_place["Kursk region"].precision == "region"
    assert by_place["North Korea"].precision == "country"


def test_committed_map_is_what_the_build_writes_now(tmp_path):
    """maps/ holds the map of places.csv, byte for byte what a build writes today."""
    for name in ("places.csv", "places.geocoded.csv"):
        shutil.copy(ROOT / name, tmp_path / name)
    result = build(tmp_path / "places.csv")
    for path in [result.html, *result.exports]:
        if path.suffix != ".gpkg":  # SQLite writes its own version into the file
            assert path.read_bytes() == (ROOT / "maps" / path.name).read_bytes(), path.name
