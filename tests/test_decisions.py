"""The geocoding record: written by a build, reused by the next, editable by hand."""

import pytest

from geo.decisions import read_record, record_path, write_record
from geo.files import write_atomic
from geo.errors import PlacesFileError
from geo.geocoders.base import GeocodeResult


def result(**kw):
    base = dict(query="Khabrovsk", name="Khabarovsk", lat=48.48271, lon=135.08379, country_code="RU",
                precision="city", match="fuzzy", score=0.912, source="gazetteer", radius_km=0.0,
                ref="geonames:2022890")
    base.update(kw)
    return GeocodeResult(**base)


def test_record_round_trips(tmp_path):
    path = tmp_path / "places.geocoded.csv"
    entries = {("Khabrovsk", "RU"): result(), ("Kursk region", ""): result(
        query="Kursk region", name="Kursk Oblast", lat=51.5, lon=36.1, precision="region",
        match="alias", radius_km=120.0, ref="geonames:538555")}
    write_record(path, entries)
    back = read_record(path)
    assert back.keys() == entries.keys()
    assert back[("Khabrovsk", "RU")] == result(score=0.912)
    assert back[("Kursk region", "")].radius_km == 120.0


def test_record_is_sorted_so_diffs_stay_small(tmp_path):
    path = tmp_path / "r.csv"
    write_record(path, {("b", ""): result(query="b"), ("a", ""): result(query="a")})
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[0] for line in lines] == ["place", "a", "b"]


def test_missing_record_is_empty(tmp_path):
    assert read_record(tmp_path / "nope.csv") == {}


def test_hand_edit_pins_a_place(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("place,country,name,lat,lon,match\nKhabrovsk,RU,Khabarovsk,48.5,135.1,manual\n", encoding="utf-8")
    r = read_record(path)[("Khabrovsk", "RU")]
    assert (r.lat, r.lon, r.match, r.precision) == (48.5, 135.1, "manual", "point")


@pytest.mark.parametrize("line, column, message", [
    ("Kursk,,Kursk,north,36.2,city", "lat", "not a number"),
    ("Kursk,,Kursk,95,36.2,city", "lat", "coordinates out of range"),
    ("Kursk,,Kursk,51.7,36.2,town", "precision", "must be one of"),
])
def test_bad_hand_edit_names_row_and_column(tmp_path, line, column, message):
    path = tmp_path / "r.csv"
    path.write_text("place,country,name,lat,lon,precision\n" + line + "\n", encoding="utf-8")
    with pytest.raises(PlacesFileError) as info:
        read_record(path)
    (problem,) = info.value.problems
    assert (problem.row, problem.column) == (2, column)
    assert message in str(problem)
    assert str(path) in str(info.value)


def test_record_path_sits_beside_the_places_file(tmp_path):
    assert record_path(tmp_path / "places.csv") == tmp_path / "places.geocoded.csv"


def test_atomic_write_keeps_old_file_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr("geo.decisions.os.replace", boom)
    with pytest.raises(OSError):
        write_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_refused_guess_is_kept_for_review_but_not_used(tmp_path):
    path = tmp_path / "r.csv"
    guess = result(query="Novorosiisk", doubt="fuzzy match of 'Novorosiisk' to Novorossiysk (confidence 0.41)")
    write_record(path, {}, {("Novorosiisk", "RU"): guess})
    assert path.read_text(encoding="utf-8").splitlines()[1].endswith(",no")
    assert read_record(path) == {}  # not used until the analyst accepts it


def test_accepted_doubt_is_used_and_says_so(tmp_path):
    path = tmp_path / "r.csv"
    write_record(path, {}, {("Novorosiisk", "RU"): result(query="Novorosiisk", doubt="fuzzy match")})
    path.write_text(path.read_text(encoding="utf-8").replace(",no\n", ",yes\n"), encoding="utf-8")
    r = read_record(path)[("Novorosiisk", "RU")]
    assert r.doubt == "checked and accepted by the analyst: fuzzy match"
    write_record(path, {("Novorosiisk", "RU"): r})  # the next build keeps the analyst's word
    assert path.read_text(encoding="utf-8").splitlines()[1].endswith(",fuzzy match,yes")


def test_bad_accepted_value_names_row_and_column(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("place,lat,lon,accepted\nKursk,51.7,36.2,maybe\n", encoding="utf-8")
    with pytest.raises(PlacesFileError) as info:
        read_record(path)
    assert (info.value.problems[0].row, info.value.problems[0].column) == (2, "accepted")


def test_record_is_readable_by_all_like_the_map(tmp_path):
    import stat

    path = write_record(tmp_path / "r.csv", {("Khabrovsk", "RU"): result()})
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_the_kind_of_place_is_kept(tmp_path):
    path = tmp_path / "r.csv"
    entries = {("Hmeimim air base", "SY"): result(query="Hmeimim air base", name="Hmeimim", lat=35.4, lon=35.95,
                                                   country_code="SY", precision="point", kind="airbase"),
               ("Black Sea", ""): result(query="Black Sea", name="Black Sea", lat=43.0, lon=35.0, country_code=None,
                                         precision="region", kind="water"),
               ("Khabrovsk", "RU"): result()}
    write_record(path, entries)
    assert path.read_text(encoding="utf-8").splitlines()[0].split(",")[11:14] == ["ref", "kind", "doubt"]
    back = read_record(path)
    assert {k: r.kind for k, r in back.items()} == {("Hmeimim air base", "SY"): "airbase", ("Black Sea", ""): "water",
                                                    ("Khabrovsk", "RU"): ""}
    assert back == entries


def test_a_record_from_before_kinds_is_read(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("place,country,name,lat,lon,country_code,precision,match,score,source,radius_km,ref,doubt,"
                    "accepted\nKhabrovsk,RU,Khabarovsk,48.48271,135.08379,RU,city,fuzzy,0.912,gazetteer,0.0,"
                    "geonames:2022890,,\n", encoding="utf-8")
    assert read_record(path) == {("Khabrovsk", "RU"): result()}


def test_a_kind_edited_by_hand_must_be_one_we_know(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("place,lat,lon,kind\nHmeimim,35.4,35.95,air base\n", encoding="utf-8")
    with pytest.raises(PlacesFileError) as info:
        read_record(path)
    (problem,) = info.value.problems
    assert (problem.row, problem.column, problem.value) == (2, "kind", "air base")
    assert "must be empty (a town or an area) or one of water, airbase, naval-base" in problem.message


def test_canonical_keeps_the_kind():
    from geo.decisions import canonical

    assert canonical(result(kind="port", lat=43.123456789)).kind == "port"
