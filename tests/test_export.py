"""Tests for geo.export: GeoJSON and GeoPackage beside the map, deterministic and atomic."""

from __future__ import annotations

import json

import geopandas as gpd
import pyogrio
import pytest

import geo.export as export
from geo.export import legs_frame, stops_frame, write_exports
from geo.geocoders.base import GeocodeResult
from geo.model import Stop
from geo.routes import build_legs


def located(row, place, lat, lon, **kw):
    loc = GeocodeResult(query=place, name=place + " (city)", lat=lat, lon=lon, country_code="RU", precision="city",
                        match="manual", score=1.0, source="manual")
    return Stop(row=row, place=place, location=loc, **kw)


@pytest.fixture
def data():
    stops = [
        located(2, "Vladivostok", 43.1155, 131.8855, route="A", seq=1, country="RU", status="confirmed",
                date_start="2024-10-08", date_end="2024-10-13", troops=1500, source="Reuters",
                url="https://example.org/a", note='said "soon"', extra=(("unit", "3rd"), ("row", "x"))),
        located(3, "Anchorage", 61.2181, -149.9003, route="A", seq=2, mode="air", precision="area",
                radius_km=50.0, extra=(("unit", ""), ("row", "y"))),
        located(4, "Kursk", 51.7304, 36.1926, extra=(("unit", "5th"), ("row", "z"))),
    ]
    return stops, build_legs(stops)


def test_writes_three_files_beside_the_html(tmp_path, data):
    paths = write_exports(*data, tmp_path / "maps" / "index.html")
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "maps/index.geojson", "maps/index.legs.geojson", "maps/index.gpkg"]
    assert sorted(pyogrio.list_layers(paths[2])[:, 0]) == ["legs", "places"]
    assert [p.name for p in (tmp_path / "maps").iterdir() if p.name.startswith(".")] == []


def test_places_round_trip(tmp_path, data):
    stops, legs = data
    paths = write_exports(stops, legs, tmp_path / "index.html")
    for df in (gpd.read_file(paths[0]), gpd.read_file(paths[2], layer="places")):
        assert df.crs.to_epsg() == 4326
        assert df["place"].tolist() == ["Vladivostok", "Anchorage", "Kursk"]
        assert (df.geometry.x.tolist(), df.geometry.y.tolist()) == (
            [131.8855, -149.9003, 36.1926], [43.1155, 61.2181, 51.7304])
        first = df.iloc[0]
        assert (first["route"], first["seq"], first["troops"], first["status"], first["url"], first["note"]) == (
            "A", 1, 1500, "confirmed", "https://example.org/a", 'said "soon"')
        assert df["unit"].tolist() == ["3rd", "", "5th"]
        assert df["extra_row"].tolist() == ["x", "y", "z"]  # renamed: "row" is the spreadsheet row
        assert df["geo_name"].tolist()[0] == "Vladivostok (city)"
        assert (df.iloc[1]["precision"], df.iloc[1]["radius_km"], df.iloc[1]["mode"]) == ("area", 50.0, "air")
        assert df.iloc[0]["geo_match"] == "manual" and df.iloc[0]["geo_country_code"] == "RU"


def test_legs_round_trip_split_at_antimeridian(tmp_path, data):
    paths = write_exports(*data, tmp_path / "index.html")
    for df in (gpd.read_file(paths[1]), gpd.read_file(paths[2], layer="legs")):
        assert len(df) == 1 and df.crs.to_epsg() == 4326
        leg = df.iloc[0]
        assert (leg["route"], leg["index"], leg["from"], leg["to"], leg["mode"], leg["status"]) == (
            "A", 1, "Vladivostok", "Anchorage", "air", "reported")
        assert 5000 < leg["distance_km"] < 5600
        assert leg.geometry.geom_type == "MultiLineString" and len(leg.geometry.geoms) == 2
        minx, _, maxx, _ = leg.geometry.bounds
        assert -180 <= minx and maxx <= 180


def test_geojson_is_rfc7946_and_deterministic(tmp_path, data):
    first = [p.read_bytes() for p in write_exports(*data, tmp_path / "index.html")[:2]]
    again = [p.read_bytes() for p in write_exports(*data, tmp_path / "index.html")[:2]]
    assert first == again
    doc = json.loads(first[0])
    assert "crs" not in doc  # RFC 7946: WGS84 lon/lat is implied
    assert doc["features"][0]["geometry"] == {"type": "Point", "coordinates": [131.8855, 43.1155]}


def test_frames_are_public_and_handle_unlocated_stops():
    df = stops_frame([Stop(row=2, place="Nowhere")])
    assert df.geometry.iloc[0] is None and df.crs.to_epsg() == 4326
    assert len(legs_frame([])) == 0


def test_failed_write_leaves_previous_files_untouched(tmp_path, data, monkeypatch):
    html = tmp_path / "index.html"
    paths = write_exports(*data, html)
    before = {p: p.read_bytes() for p in paths}
    real = export._write_geojson
    calls = []

    def failing(path, *args, **kw):
        calls.append(path)
        if len(calls) == 2:  # the legs GeoJSON: write half a file, then fail
            with open(path, "w") as f:
                f.write('{"type": "FeatureCollection", "feat')
            raise OSError("disk full")
        return real(path, *args, **kw)

    monkeypatch.setattr(export, "_write_geojson", failing)
    with pytest.raises(OSError, match="disk full"):
        write_exports(data[0][:1], [], html)
    assert {p: p.read_bytes() for p in paths} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.geojson", "index.gpkg", "index.legs.geojson"]


def test_empty_input_writes_empty_layers(tmp_path):
    paths = write_exports([], [], tmp_path / "index.html")
    assert len(gpd.read_file(paths[0])) == 0 and len(gpd.read_file(paths[2], layer="legs")) == 0


def test_geopackage_is_reproducible_and_spatially_indexed(tmp_path, data):
    import sqlite3

    first = write_exports(*data, tmp_path / "a" / "index.html")[2]
    again = write_exports(*data, tmp_path / "b" / "index.html")[2]
    assert first.read_bytes() == again.read_bytes()  # no timestamp inside
    con = sqlite3.connect(first)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47  # "GPKG"
        for layer in ("places", "legs"):
            assert con.execute(f"SELECT rtreecheck('rtree_{layer}_geom')").fetchone()[0] == "ok"
    finally:
        con.close()
    # GDAL answers a spatial filter through the index: Kursk only, then the leg's Alaskan half.
    near_kursk = pyogrio.read_dataframe(first, layer="places", bbox=(30, 45, 40, 55))
    assert near_kursk["place"].tolist() == ["Kursk"]
    assert pyogrio.read_dataframe(first, layer="legs", bbox=(-160, 55, -140, 65))["to"].tolist() == ["Anchorage"]
    assert len(pyogrio.read_dataframe(first, layer="legs", bbox=(0, -10, 10, 0))) == 0


def test_geopackage_stays_valid_when_gdal_edits_it(tmp_path, data):
    import sqlite3

    import shapely

    path = write_exports(*data, tmp_path / "index.html")[2]
    extra = gpd.GeoDataFrame({"place": ["Tromsø"]}, geometry=[shapely.Point(18.96, 69.65)], crs="EPSG:4326")
    pyogrio.write_dataframe(extra, path, layer="places", append=True)  # fires the index's triggers
    df = pyogrio.read_dataframe(path, layer="places")
    assert df["place"].tolist() == ["Vladivostok", "Anchorage", "Kursk", "Tromsø"]
    assert pyogrio.read_dataframe(path, layer="places", bbox=(15, 65, 25, 75))["place"].tolist() == ["Tromsø"]
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT rtreecheck('rtree_places_geom')").fetchone()[0] == "ok"
    finally:
        con.close()


def test_extra_columns_never_clash_with_geopackage_or_frame_columns(tmp_path):
    loc = GeocodeResult("Kursk", "Kursk", 51.73, 36.19, "RU", "city", "manual", 1.0, "manual")
    stops = [Stop(row=2, place="Kursk", location=loc,
                  extra=(("FID", "1"), ("Geom", "2"), ("Geo_Name", "3"), ("geometry", "4"), ("unit", "5")))]
    path = write_exports(stops, [], tmp_path / "index.html")[2]
    df = gpd.read_file(path, layer="places")
    assert df.loc[0, ["extra_FID", "extra_Geom", "extra_Geo_Name", "extra_geometry", "unit"]].tolist() == [
        "1", "2", "3", "4", "5"]
    assert df.loc[0, "geo_name"] == "Kursk"
