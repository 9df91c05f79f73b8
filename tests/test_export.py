"""Tests for geo.export: GeoJSON and GeoPackage beside the map, deterministic and atomic."""

from __future__ import annotations

import json
import shutil

import geopandas as gpd
import pyogrio
import pytest

import geo.export as export
from geo.export import legs_frame, stops_frame, stage_exports, staging_folder
from geo.files import publish
from geo.geocoders.base import GeocodeResult
from geo.records import Stop
from geo.routes import build_legs


def write_exports(stops, legs, html_path):
    """The exports of the map *html_path* written as a build writes them: staged, then published as one set."""
    staging = staging_folder(html_path)
    try:
        return publish(stage_exports(stops, legs, html_path, staging))
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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


def test_geopackage_tables_and_spatial_index_as_gdal_writes_them(tmp_path, data):
    import sqlite3

    path = write_exports(*data, tmp_path / "index.html")[2]
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        contents = con.execute("SELECT table_name, data_type, last_change, srs_id FROM gpkg_contents "
                               "ORDER BY table_name").fetchall()
        # The one timestamp GDAL writes is the fixed one: this is what makes two writes identical.
        assert contents == [("legs", "features", export.FIXED_DATE, 4326),
                            ("places", "features", export.FIXED_DATE, 4326)]
        assert con.execute("SELECT table_name, column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns "
                           "ORDER BY table_name").fetchall() == [("legs", "geom", "MULTILINESTRING", 4326),
                                                                 ("places", "geom", "POINT", 4326)]
        assert con.execute("SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' "
                           "ORDER BY table_name").fetchall() == [("legs",), ("places",)]
        for layer, n in (("places", 3), ("legs", 1)):
            assert con.execute(f"SELECT count(*) FROM rtree_{layer}_geom").fetchone()[0] == n
            assert con.execute(f"SELECT rtreecheck('rtree_{layer}_geom')").fetchone()[0] == "ok"
        # Kursk's box in the index holds Kursk.
        minx, maxx, miny, maxy = con.execute("SELECT minx, maxx, miny, maxy FROM rtree_places_geom "
                                             "WHERE id = 3").fetchone()
        assert minx <= 36.1926 <= maxx and miny <= 51.7304 <= maxy
    finally:
        con.close()
    assert pyogrio.get_gdal_config_option("OGR_CURRENT_DATE") is None  # GDAL's setting restored
    for layer, kind, n in (("places", "Point", 3), ("legs", "MultiLineString", 1)):
        info = pyogrio.read_info(path, layer=layer)
        assert (info["driver"], info["crs"], info["geometry_type"], info["features"]) == ("GPKG", "EPSG:4326", kind, n)
        assert info["capabilities"]["fast_spatial_filter"]


def test_geopackage_holds_the_rows_columns_and_geometries_of_the_frames(tmp_path, data):
    import pandas as pd
    import shapely

    def values(column):  # None for every kind of missing value (None, NaN, pd.NA)
        return [None if pd.isna(v) else v for v in column.tolist()]

    stops, legs = data
    path = write_exports(stops, legs, tmp_path / "index.html")[2]
    for layer, frame in (("places", stops_frame(stops)), ("legs", legs_frame(legs))):
        back = pyogrio.read_dataframe(path, layer=layer)
        assert list(back.columns) == list(frame.columns) and len(back) == len(frame)
        for c in frame.columns.drop("geometry"):
            assert values(back[c]) == values(frame[c]), c
        # A layer has one geometry type: a leg in one piece is a MultiLineString of one part there.
        want = [shapely.MultiLineString([g]) if g.geom_type == "LineString" else g for g in frame.geometry]
        assert [g.wkt for g in back.geometry] == [g.wkt for g in want]


def test_geojson_legs_split_at_the_antimeridian_as_split_paths_says(tmp_path, data):
    from geo.routes import split_paths

    stops, legs = data
    more = build_legs([located(5, "Kursk", 51.7304, 36.1926, route="B", seq=1),
                       located(6, "Voronezh", 51.6720, 39.1843, route="B", seq=2)])
    path = write_exports(stops, legs + more, tmp_path / "index.html")[1]
    features = json.loads(path.read_bytes())["features"]
    assert [f["geometry"]["type"] for f in features] == ["MultiLineString", "MultiLineString"]
    x, y, part_start, leg_parts = split_paths(legs + more)
    parts = [[[a, b] for a, b in zip(x[s:e].tolist(), y[s:e].tolist())]
             for s, e in zip(part_start[:-1].tolist(), part_start[1:].tolist())]
    assert features[0]["geometry"]["coordinates"] == parts[:2]  # Vladivostok -> Anchorage: two parts
    assert features[0]["geometry"]["coordinates"][0][-1][0] == 180.0
    assert features[0]["geometry"]["coordinates"][1][0][0] == -180.0
    assert features[1]["geometry"]["coordinates"] == parts[2:]  # Kursk -> Voronezh: one part
    assert features[1]["properties"] == {
        "route": "B", "index": 1, "from": "Kursk", "to": "Voronezh", "from_row": 5, "to_row": 6, "mode": "unknown",
        "status": "reported", "distance_km": round(more[0].distance_km, 1), "date_start": None, "date_end": None,
        "path_kind": "great circle"}


def test_exports_say_what_sort_of_place_each_stop_is(tmp_path):
    def at(row, place, kind, lat, lon):
        loc = GeocodeResult(place, place, lat, lon, "SY", "point", "exact", 0.95, "gazetteer", kind=kind)
        return Stop(row=row, place=place, location=loc)

    stops = [at(2, "Hmeimim air base", "airbase", 35.4, 35.95), at(3, "Tartus", "", 34.89, 35.89),
             at(4, "Mediterranean Sea", "water", 35.0, 18.0), Stop(row=5, place="Nowhere")]
    paths = write_exports(stops, [], tmp_path / "index.html")
    features = json.loads(paths[0].read_bytes())["features"]
    assert [f["properties"]["kind"] for f in features] == ["airbase", "", "water", None]
    kinds = gpd.read_file(paths[2], layer="places")["kind"]
    assert kinds[:3].tolist() == ["airbase", "", "water"] and kinds.isna()[3]


def test_exports_say_a_plant_is_a_plant(tmp_path):
    npp = GeocodeResult("Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia NPP", 47.512, 34.586, "UA", "point", "exact",
                        0.97, "gazetteer", kind="plant")
    paths = write_exports([Stop(row=2, place="Zaporizhzhia NPP", location=npp)], [], tmp_path / "index.html")
    assert [f["properties"]["kind"] for f in json.loads(paths[0].read_bytes())["features"]] == ["plant"]
    assert gpd.read_file(paths[2], layer="places")["kind"].tolist() == ["plant"]


def test_exports_carry_what_moved_when_the_file_says_it(tmp_path, data):
    stops, legs = data
    plain = write_exports(stops, legs, tmp_path / "plain.html")
    for path in plain[:2]:  # a file without the columns: the columns it always had
        assert not {"what", "moved", "moved_from"} & set(json.loads(path.read_bytes())["features"][0]["properties"])
    said = [located(2, "Vladivostok", 43.1155, 131.8855, route="A", seq=1, troops=1500, what="1,500 special forces",
                    moved="people", moved_from="what"),
            located(3, "Anchorage", 61.2181, -149.9003, route="A", seq=2, what="S-400 components", moved="materiel"),
            located(4, "Kursk", 51.7304, 36.1926)]
    paths = write_exports(said, build_legs(said), tmp_path / "index.html")
    for df in (gpd.read_file(paths[0]), gpd.read_file(paths[2], layer="places")):
        assert list(df.columns[list(df.columns).index("troops"):][:4]) == ["troops", "what", "moved", "moved_from"]
        assert df["what"].tolist() == ["1,500 special forces", "S-400 components", ""]
        assert df["moved"].tolist() == ["people", "materiel", ""]
        assert df["moved_from"].tolist() == ["what", "", ""]
    for df in (gpd.read_file(paths[1]), gpd.read_file(paths[2], layer="legs")):  # a leg: what arrived
        assert (df.loc[0, "what"], df.loc[0, "moved"]) == ("S-400 components", "materiel")
