"""Tests for geo.routes: legs, distances, great-circle paths and the antimeridian."""

from __future__ import annotations


import numpy as np
import pytest
from shapely.geometry import LineString, MultiLineString

from geo.geocoders.base import GeocodeResult
from geo.records import Leg, Stop
from geo.routes import MAX_SEGMENTS, build_legs, split_paths, to_lonlat

PLACES = {"Vladivostok": (43.1155, 131.8855), "Khabarovsk": (48.4814, 135.0721),
          "Anchorage": (61.2181, -149.9003), "Kursk": (51.7304, 36.1926), "Belgorod": (50.5977, 36.5858)}


def leg_geometry(leg):
    """The leg's exported geometry, from :func:`split_paths` as the exports make it: one part or several."""
    x, y, part_start, _ = split_paths([leg])
    lines = [list(zip(x[a:b].tolist(), y[a:b].tolist())) for a, b in zip(part_start[:-1], part_start[1:])]
    return LineString(lines[0]) if len(lines) == 1 else MultiLineString(lines)


def stop(row, place, route="A", seq=None, **kw):
    lat, lon = PLACES[place] if place in PLACES else kw.pop("at")
    loc = GeocodeResult(query=place, name=place, lat=lat, lon=lon, country_code=None, precision="city",
                        match="manual", score=1.0, source="manual")
    return Stop(row=row, place=place, route=route, seq=seq, location=loc, **kw)


def test_vladivostok_khabarovsk_distance_and_path():
    (leg,) = build_legs([stop(2, "Vladivostok"), stop(3, "Khabarovsk", mode="rail")])
    assert 640 <= leg.distance_km <= 670
    assert (leg.route, leg.index, leg.mode, leg.status) == ("A", 1, "rail", "reported")
    assert leg.path[0] == PLACES["Vladivostok"] and leg.path[-1] == PLACES["Khabarovsk"]
    # about one point every 50-100 km
    assert 650 / 100 <= len(leg.path) - 1 <= 650 / 50
    assert all(round(c, 5) == c for p in leg.path for c in p)


def test_path_follows_the_great_circle_not_a_straight_line():
    (leg,) = build_legs([stop(2, "Kursk"), stop(3, "Anchorage")])
    lat, lon = np.array(leg.path).T
    # The great circle from Kursk to Anchorage passes far north of both ends (over the Arctic).
    assert lat.max() > 75
    assert len(leg.path) - 1 <= MAX_SEGMENTS


def test_antimeridian_path_is_unwrapped_for_leaflet():
    (leg,) = build_legs([stop(2, "Vladivostok"), stop(3, "Anchorage")])
    lon = np.array(leg.path)[:, 1]
    assert np.all(np.abs(np.diff(lon)) < 180)
    assert lon[0] == PLACES["Vladivostok"][1]
    assert lon[-1] == pytest.approx(PLACES["Anchorage"][1] + 360)  # east across the date line
    assert 5000 < leg.distance_km < 5600


def test_route_stays_connected_across_the_antimeridian():
    legs = build_legs([stop(2, "Khabarovsk"), stop(3, "Anchorage"), stop(4, "Vladivostok")])
    assert legs[0].path[-1] == legs[1].path[0]  # second leg starts where the first ended (unwrapped)


def test_export_geometry_is_split_at_the_antimeridian():
    (leg,) = build_legs([stop(2, "Vladivostok"), stop(3, "Anchorage")])
    g = leg_geometry(leg)
    assert isinstance(g, MultiLineString) and len(g.geoms) == 2
    for part in g.geoms:
        x = np.array(part.coords)[:, 0]
        assert x.min() >= -180 and x.max() <= 180
        assert np.all(np.abs(np.diff(x)) < 180)  # no segment spans the globe
    west, east = g.geoms
    assert west.coords[-1][0] == 180 and east.coords[0][0] == -180
    assert west.coords[-1][1] == east.coords[0][1]
    assert west.coords[0] == to_lonlat(*PLACES["Vladivostok"])
    assert east.coords[-1] == to_lonlat(*PLACES["Anchorage"])


def test_geometry_not_crossing_is_one_linestring_in_lonlat_order():
    (leg,) = build_legs([stop(2, "Kursk"), stop(3, "Belgorod")])
    g = leg_geometry(leg)
    assert g.geom_type == "LineString"
    assert g.coords[0] == (36.1926, 51.7304)


@pytest.mark.parametrize("a,b,expected", [("confirmed", "confirmed", "confirmed"), ("confirmed", "claimed", "claimed"),
                                          ("denied", "reported", "denied"), ("reported", "confirmed", "reported")])
def test_status_weakest_wins(a, b, expected):
    (leg,) = build_legs([stop(2, "Kursk", status=a), stop(3, "Belgorod", status=b)])
    assert leg.status == expected


def test_routes_grouped_ordered_by_seq_in_order_of_appearance():
    stops = [stop(2, "Kursk", "B", 2), stop(3, "Vladivostok", "A"), stop(4, "Belgorod", "B", 1),
             stop(5, "Khabarovsk", "A"), stop(6, "Anchorage"), stop(7, "Kursk", route="")]
    legs = build_legs(stops)
    assert [(g.route, g.index, g.start.place, g.end.place, g.mode) for g in legs] == [
        ("B", 1, "Belgorod", "Kursk", "unknown"),
        ("A", 1, "Vladivostok", "Khabarovsk", "unknown"),
        ("A", 2, "Khabarovsk", "Anchorage", "unknown")]


def test_branch_shares_its_first_stops():
    legs = build_legs([stop(2, "Vladivostok", "main", 1), stop(3, "Khabarovsk", "main", 2),
                       stop(4, "Vladivostok", "branch", 1), stop(5, "Anchorage", "branch", 2)])
    assert [(g.route, g.start.place, g.end.place) for g in legs] == [
        ("main", "Vladivostok", "Khabarovsk"), ("branch", "Vladivostok", "Anchorage")]


def test_same_place_twice_gives_a_zero_leg():
    (leg,) = build_legs([stop(2, "Kursk"), stop(3, "Kursk")])
    assert leg.distance_km == 0 and set(leg.path) == {PLACES["Kursk"]}


def test_antipodal_leg_has_a_finite_path():
    (leg,) = build_legs([stop(2, "P", at=(10.0, 20.0)), stop(3, "Q", at=(-10.0, -160.0))])
    assert np.isfinite(np.array(leg.path)).all() and leg.distance_km > 19_000
    # Antipodes are joined over a pole, where a longitude may turn by exactly 180 degrees.
    assert np.all(np.abs(np.diff(np.array(leg.path)[:, 1])) <= 180)


def test_unlocated_stop_raises():
    with pytest.raises(ValueError, match="row 3"):
        build_legs([stop(2, "Kursk"), Stop(row=3, place="Nowhere", route="A")])


def test_many_routes_stay_unwrapped():
    # Speed is measured by scripts/bench_scale.py; this checks the vectorised path on many routes.
    rng = np.random.default_rng(1)
    stops = []
    for i in range(20_000):
        if i % 20 == 0:
            lat, lon = rng.uniform(-60, 70), rng.uniform(-180, 180)
        lat = float(np.clip(lat + rng.uniform(-3, 3), -85, 85))
        lon = float((lon + rng.uniform(-4, 4) + 180) % 360 - 180)
        stops.append(stop(i + 2, "P", f"R{i // 20}", i % 20, at=(lat, lon)))
    legs = build_legs(stops)
    assert len(legs) == 19_000
    assert all(abs(b[1] - a[1]) < 180 for g in legs for a, b in zip(g.path, g.path[1:]))


def test_leg_geometry_handles_a_leg_ending_on_the_seam():
    s = Stop(row=2, place="x")
    g = leg_geometry(Leg("r", 1, s, s, "air", "reported", 0.0, ((60.0, 170.0), (60.0, 180.0))))
    assert g.geom_type == "LineString" and list(g.coords) == [(170.0, 60.0), (180.0, 60.0)]


# --- sea legs by sea -----------------------------------------------------------------------------

SEVASTOPOL, TARTUS = (44.6167, 33.5254), (34.8890, 35.8866)


def _sea_leg(a, b, mode="sea"):
    (leg,) = build_legs([stop(2, "a", at=a), stop(3, "b", at=b, mode=mode)])
    return leg


def test_a_route_mixing_sea_and_land_legs_gives_each_leg_its_own_path():
    from geo.routes import PATH_GREAT_CIRCLE, PATH_NO_SEA, PATH_SEA

    # by road, by sea twice in a row, by sea to an inland town (no sea route), by road twice, by sea last
    ends = [((44.95, 34.10), None), (SEVASTOPOL, "road"), (TARTUS, "sea"), ((44.72, 37.77), "sea"),
            ((55.75, 37.62), "sea"), (PLACES["Kursk"], "road"), ((47.10, 37.55), "road"), ((46.48, 30.73), "sea")]
    legs = build_legs([stop(i + 2, f"p{i}", at=at, mode=mode) for i, (at, mode) in enumerate(ends)])
    alone = [_sea_leg(a, b, mode) for (a, _), (b, mode) in zip(ends, ends[1:])]
    assert [leg.path_kind for leg in legs] == [PATH_GREAT_CIRCLE, PATH_SEA, PATH_SEA, PATH_NO_SEA,
                                               PATH_GREAT_CIRCLE, PATH_GREAT_CIRCLE, PATH_SEA]
    assert [leg.path_kind for leg in legs] == [leg.path_kind for leg in alone]
    for leg, own in zip(legs, alone):  # the same points (a route's longitudes are unwrapped by a running sum)
        assert len(leg.path) == len(own.path) and np.allclose(leg.path, own.path, rtol=0, atol=2e-5)


def test_sea_leg_sevastopol_tartus_goes_by_sea_not_over_anatolia():
    from shapely.geometry import LineString, Point

    from geo.basemap import countries
    from geo.routes import PATH_SEA

    leg = _sea_leg(SEVASTOPOL, TARTUS)
    assert leg.path_kind == PATH_SEA
    assert leg.path[0] == SEVASTOPOL and leg.path[-1] == TARTUS  # ends at the ports
    turkey = countries().set_index("iso_a2").loc["TR", "geometry"]
    inland = turkey.buffer(-0.05)  # minus a coastal margin of ~5 km: the Bosporus is narrower than the outline's detail
    assert not any(inland.contains(Point(lon, lat)) for lat, lon in leg.path[1:-1])
    assert not LineString([(lon, lat) for lat, lon in leg.path]).intersects(inland)
    # The great circle, by contrast, crosses Anatolia: the test can tell the two apart.
    gc = _sea_leg(SEVASTOPOL, TARTUS, mode="road")
    assert LineString([(lon, lat) for lat, lon in gc.path]).intersects(inland)
    # Through the Bosporus and the Aegean: about 2,100 km by sea against 1,100 km straight.
    sea_km = sum(leg_km for leg_km in _lengths_km(leg.path))
    assert 1900 < sea_km < 2400 and 1000 < leg.distance_km < 1200


def _lengths_km(path):
    from pyproj import Geod

    lat, lon = np.array(path).T
    _, _, d = Geod(ellps="WGS84").inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    return np.asarray(d) / 1000.0


def test_sea_path_is_reproducible_and_cached():
    from geo import routes

    first = _sea_leg(SEVASTOPOL, TARTUS).path
    routes._SEA_CACHE.clear()
    assert _sea_leg(SEVASTOPOL, TARTUS).path == first


def test_seed_north_korea_to_vladivostok_goes_by_the_sea_of_japan():
    from geo.routes import PATH_SEA

    north_korea, vladivostok = (40.15221, 127.18673), (43.10562, 131.87353)  # the seed record's points
    leg = _sea_leg(north_korea, vladivostok)
    assert leg.path_kind == PATH_SEA
    assert leg.path[0] == north_korea and leg.path[-1] == vladivostok
    lat, lon = np.array(leg.path[1:-1]).T
    # East of the peninsula, not round it by the Yellow Sea and the Korea Strait.
    assert (lon > 128).all() and (lat > 38).all()


def test_inland_end_keeps_the_great_circle_and_says_why():
    from geo.routes import PATH_GREAT_CIRCLE, PATH_NO_SEA

    moscow = (55.7558, 37.6173)
    leg = _sea_leg(moscow, TARTUS)
    assert leg.path_kind == PATH_NO_SEA and "no sea route" in leg.path_kind
    assert leg.path == _sea_leg(moscow, TARTUS, mode="air").path
    assert _sea_leg(moscow, TARTUS, mode="air").path_kind == PATH_GREAT_CIRCLE


def test_sea_legs_keep_routes_connected_across_the_antimeridian():
    # Petropavlovsk-Kamchatsky -> Anchorage by sea, then on by road: one connected line.
    stops = [stop(2, "Petropavlovsk", at=(53.0167, 158.65)), stop(3, "Anchorage", mode="sea"),
             stop(4, "Fairbanks", at=(64.8378, -147.7164), mode="road")]
    sea, road = build_legs(stops)
    lon = np.array([p[1] for p in sea.path + road.path])
    assert np.abs(np.diff(lon)).max() < 180
    assert sea.path[-1] == road.path[0]


def test_sea_leg_the_long_way_round_is_found_beyond_the_bounded_search():
    # Tuktoyaktuk -> Pond Inlet with the Northwest Passage closed: some 24,000 km by sea against
    # 1,950 km straight, beyond the bounded first search (3x + 500 km), so the unbounded one finds it.
    from geo.routes import PATH_SEA

    leg = _sea_leg((69.44, -133.03), (72.70, -77.96))
    assert leg.path_kind == PATH_SEA
    assert sum(_lengths_km(leg.path)) > 3 * leg.distance_km + 500 and 1900 < leg.distance_km < 2000
