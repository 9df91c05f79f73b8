"""Corroboration rules: same places in the same order, compatible mode and dates, independent sources."""

from __future__ import annotations

import pytest

from geo.corroborate import Evidence, group_summary, leg_groups, place_sources, source_key
from geo.geocoders.base import GeocodeResult
from geo.records import Leg, Stop
from geo.render import map_data


def _stop(name, lat, lon, source="A", date=None, end=None, row=2):
    loc = GeocodeResult(name, name, lat, lon, "RU", "city", "manual", 1.0, "test")
    return Stop(row=row, place=name, source=source, date_start=date, date_end=end or date, location=loc)


NK = (40.1, 127.2)
VL = (43.11667, 131.9)


def _leg(src_a, src_b, *, mode="sea", status="reported", date=None, end=None, reverse=False, route="r"):
    a, b = _stop("North Korea", *NK, src_a), _stop("Vladivostok", *VL, src_b, date, end)
    if reverse:
        a, b = b, a
    return Leg(route, 1, a, b, mode, status, 900.0, ())


@pytest.mark.parametrize("a,b,same", [
    ("NYT", "nyt", True),
    ("Ukraine's HUR", "ukraine’s  hur", True),
    ("Agence France-Presse", "agence france presse", True),
    ("Pravda", "Právda", True),
    ("NYT", "NIS", False),
    ("", "NYT", False),
])
def test_source_key(a, b, same):
    assert (source_key(a) == source_key(b)) is same


def test_two_sources_one_movement():
    legs = [_leg("NIS", "HUR", date="2024-10-08", end="2024-10-13", route="one"),
            _leg("NYT", "NYT", mode="sea", status="claimed", route="two")]
    groups = leg_groups(legs)
    assert groups == [0, 0]
    assert group_summary(legs, groups) == {0: Evidence(2, 0, "reported")}


def test_same_source_twice_is_one_source():
    legs = [_leg("x", "NYT", route="one"), _leg("y", "N.Y.T", route="two"), _leg("z", "nyt", route="three")]
    groups = leg_groups(legs)
    assert groups == [0, 0, 0]
    summary = group_summary(legs, groups)
    assert summary[0].support == 2  # "NYT" and "nyt" are one source; "N.Y.T" folds to "n y t", another spelling


def test_repeated_source_alone_is_not_corroboration():
    legs = [_leg("x", "NYT", route="one"), _leg("y", "NYT", route="two")]
    assert group_summary(legs, leg_groups(legs)) == {0: Evidence(1, 0, "reported")}


def test_different_order_is_a_different_movement():
    legs = [_leg("a", "HUR"), _leg("b", "NYT", reverse=True)]
    assert leg_groups(legs) == [0, 1]


@pytest.mark.parametrize("kw_a,kw_b,same", [
    ({"mode": "sea"}, {"mode": "air"}, False),
    ({"mode": "sea"}, {"mode": "unknown"}, True),
    ({"date": "2024-10-08", "end": "2024-10-13"}, {"date": "2024-10-10"}, True),
    ({"date": "2024-10-08", "end": "2024-10-13"}, {"date": "2024-10-20"}, False),
    ({"date": "2024-10-08"}, {}, True),
    ({"date": "2024-10"}, {"date": "2024-10-20"}, True),
    ({"date": "2024-09"}, {"date": "2024-10-20"}, False),
])
def test_compatible_mode_and_dates(kw_a, kw_b, same):
    legs = [_leg("s", "HUR", **kw_a), _leg("s", "NYT", **kw_b)]
    assert (leg_groups(legs) == [0, 0]) is same


def test_strongest_status_wins_and_a_denial_is_no_source_of_it():
    legs = [_leg("s", "HUR", status="claimed"), _leg("s", "NYT", status="confirmed"), _leg("s", "AP", status="denied")]
    summary = group_summary(legs, leg_groups(legs))
    assert summary == {0: Evidence(2, 1, "confirmed")}
    assert summary[0].contested and summary[0].text() == "2 independent sources report it, 1 denies it"


def test_denials_are_counter_evidence_not_corroboration():
    """Issue 16's repro: Rajin -> Vladivostok claimed once and denied twice is contested, with one source."""
    legs = [_leg("a", "Rybar", status="claimed", route="1"), _leg("b", "Kremlin", status="denied", route="2"),
            _leg("c", "Russian MoD", status="denied", route="3")]
    summary = group_summary(legs, leg_groups(legs))
    assert summary == {0: Evidence(1, 2, "claimed")}
    assert summary[0].text() == "1 independent source reports it, 2 deny it"


def test_denied_only_is_not_contested():
    legs = [_leg("a", "Kremlin", status="denied"), _leg("b", "kremlin", status="denied")]
    assert group_summary(legs, leg_groups(legs)) == {0: Evidence(0, 1, "denied")}
    assert not group_summary(legs, leg_groups(legs))[0].contested


def test_place_sources_counts_independent_sources():
    stops = [_stop("V", *VL, "HUR"), _stop("V", *VL, "hur"), _stop("V", *VL, "NYT"), _stop("U", 43.8, 131.95, "HUR")]
    assert place_sources(stops) == {(43.117, 131.9): Evidence(2, 0, "reported"), (43.8, 131.95): Evidence(1, 0, "reported")}


def test_the_seed_maps_russia_does_not_count_putins_denial_among_its_sources(tmp_path):
    import shutil
    from pathlib import Path

    from geo.build import prepare

    root = Path(__file__).resolve().parent.parent
    for name in ("places.csv", "places.geocoded.csv"):
        shutil.copy(root / name, tmp_path / name)
    located, _ = prepare(tmp_path / "places.csv")
    russia = [s for s in located.stops if s.place == "Russia"]
    assert [s.status for s in russia] == ["reported", "claimed", "denied"]
    assert place_sources(russia) == {place_sources(russia[:1]).popitem()[0]: Evidence(2, 1, "reported")}


def test_map_data_carries_groups_and_source_ids():
    legs = [_leg("NIS", "HUR", route="one"), _leg("NYT", "NYT", route="two"), _leg("a", "b", reverse=True)]
    stops = [s for leg in legs for s in (leg.start, leg.end)]
    d = map_data(stops, legs, title="t", build_note={})
    assert d["lg"]["cg"] == [0, 0, 2]
    sk = d["st"]["sk"]
    assert len(sk) == len(d["st"]["pl"])
    ends = [sk[b] for b in d["lg"]["b"]]
    assert ends[0] != ends[1]


def test_stop_without_location_is_an_error():
    with pytest.raises(ValueError, match="row 7"):
        leg_groups([Leg("r", 1, Stop(row=7, place="X"), Stop(row=8, place="Y"), "sea", "reported", 0.0, ())])


def test_the_first_stop_without_location_is_named():
    a = _stop("North Korea", *NK, row=7)
    legs = [Leg("r", 1, a, Stop(row=8, place="Y"), "sea", "reported", 0.0, ()),
            Leg("r", 2, Stop(row=9, place="Z"), a, "sea", "reported", 0.0, ())]
    with pytest.raises(ValueError, match="row 8"):
        leg_groups(legs)


@pytest.mark.parametrize("legs,groups", [
    ([], []),
    ([_leg("A", "B"), _leg("A", "B", reverse=True), _leg("C", "D")], [0, 1, 0]),
    ([_leg("A", "B", reverse=True), _leg("A", "B", mode="rail"), _leg("A", "B", mode="unknown"), _leg("A", "B", mode="air")],
     [0, 1, 1, 3]),
])
def test_legs_group_only_with_legs_joining_the_same_places(legs, groups):
    assert leg_groups(legs) == groups
