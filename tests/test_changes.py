"""What changed since the last build: identity, new/changed/removed, the snapshot, the build's report."""

import json

import pytest

from geo.changes import Changes, Snapshot, compare, read_snapshot, snapshot, snapshot_path, write_snapshot
from geo.cli import main
from geo.records import Stop


def s(row, place, **kw):
    return Stop(row=row, place=place, **kw)


BEFORE = [s(2, "Vladivostok", route="r", seq=1, source="NIS", status="reported", troops=1500,
            date_start="2024-10-08", date_end="2024-10-13"),
          s(3, "Khabarovsk", route="r", seq=2, source="NIS"),
          s(4, "Russia", source="Putin", status="denied")]


def test_first_build_has_nothing_to_compare_with():
    c = compare(None, snapshot(BEFORE))
    assert c.first and c.new_rows == [] and c.lines("p.csv") == [
        "changes: none to show, this is the first build of p.csv here"]


def test_the_same_reports_are_no_change_even_when_rows_move():
    moved = [Stop(**{**_fields(BEFORE[2]), "row": 2}),
             Stop(**{**_fields(BEFORE[0]), "row": 3}),
             Stop(**{**_fields(BEFORE[1]), "row": 4})]
    c = compare(snapshot(BEFORE), snapshot(moved))
    assert (c.added, c.changed, c.removed, c.first) == ([], [], [], False)
    assert c.lines("p.csv") == ["changes since the last build of p.csv: none"]


def _fields(stop):
    return {k: getattr(stop, k) for k in stop.__slots__}


@pytest.mark.parametrize("edit, kind", [
    ({"status": "confirmed"}, "changed"),  # what it says
    ({"troops": 2000}, "changed"),
    ({"note": "a corrected quote"}, "changed"),
    ({"lat": 43.1, "lon": 131.9}, "changed"),
    ({"place": "Vladivostok port"}, "new+removed"),  # which report it is
    ({"source": "GUR"}, "new+removed"),
    ({"date_start": "2024-10-09", "date_end": "2024-10-09"}, "new+removed"),
    ({"seq": 5}, "new+removed"),
])
def test_identity_is_place_route_seq_date_source(edit, kind):
    after = [Stop(**{**_fields(BEFORE[0]), **edit}), *BEFORE[1:]]
    c = compare(snapshot(BEFORE), snapshot(after))
    if kind == "changed":
        assert (len(c.added), len(c.changed), len(c.removed)) == (0, 1, 0)
        old, new, diff = c.changed[0]
        assert set(diff) == {k for k in edit} and old["row"] == new["row"] == 2
        assert c.new_rows == []
    else:
        assert (len(c.added), len(c.changed), len(c.removed)) == (1, 0, 1)
        assert c.new_rows == [2] and c.removed[0]["place"] == "Vladivostok"


def test_repeated_identities_are_matched_in_order():
    twice = [s(2, "Ussuriysk", source="NIS"), s(3, "Ussuriysk", source="NIS")]
    c = compare(snapshot(twice), snapshot([*twice, s(4, "Ussuriysk", source="NIS")]))
    assert c.new_rows == [4] and not c.changed and not c.removed
    c = compare(snapshot(twice), snapshot(twice[:1]))
    assert [e["row"] for e in c.removed] == [3]


def test_long_lists_are_cut_and_counted():
    c = compare(snapshot([]), snapshot([s(r, f"Place {r}") for r in range(2, 32)]))
    lines = c.lines("p.csv", limit=3)
    assert lines == ["changes since the last build of p.csv: 30 new, 0 changed, 0 removed",
                     "  new: row 2, 'Place 2'", "  new: row 3, 'Place 3'", "  new: row 4, 'Place 4'",
                     "  … and 27 more new"]


def test_snapshot_round_trip_is_deterministic(tmp_path):
    stops = [*BEFORE, s(5, "Kyiv \"<b>\"", extra=(("article", "seeds/000"),), lat=50.45, lon=30.52, url="x")]
    a = write_snapshot(tmp_path / "a.reports.json", snapshot(stops))
    b = write_snapshot(tmp_path / "b.reports.json", snapshot(list(reversed(stops))))
    assert a.read_bytes() == b.read_bytes()
    assert json.loads(a.read_text(encoding="utf-8"))["format"] == 2
    back = read_snapshot(a)
    c = compare(back, snapshot(stops))
    assert (c.added, c.changed, c.removed) == ([], [], [])


def test_odd_values_read_back_as_the_same_report(tmp_path):
    # A lone surrogate (undecodable bytes) and an integer beyond 64 bits: orjson writes neither.
    odd = [s(2, "Kursk \udc80", troops=10**20, note="\u2028"), s(3, "Sumy", troops=2**63 - 1)]
    p = write_snapshot(tmp_path / "odd.reports.json", snapshot(odd))
    c = compare(read_snapshot(p), snapshot(odd))
    assert (c.added, c.changed, c.removed) == ([], [], [])
    assert read_snapshot(p).entries()[0]["troops"] == 10**20


@pytest.mark.parametrize("text", ["", "{", '{"format": 99, "fields": [], "reports": []}', "[]",
                                  '{"format": 2, "fields": ["row", "place"], "reports": [[2, "Kursk"]]}'])
def test_unreadable_snapshot_counts_as_none(tmp_path, text):
    p = tmp_path / "x.reports.json"
    p.write_text(text, encoding="utf-8")
    assert read_snapshot(p) is None
    assert read_snapshot(tmp_path / "missing.json") is None


def test_snapshot_path_is_beside_the_map():
    assert snapshot_path("maps/places.html").as_posix() == "maps/places.reports.json"


def test_changes_default_is_empty():
    assert Changes().lines("p.csv") == ["changes since the last build of p.csv: none"]


CSV = ("route,seq,place,lat,lon,date,status,troops,source\n"
       "r,1,Vladivostok,43.10562,131.87353,2024-10-08,reported,1500,Ukrainian intelligence\n"
       "r,2,Khabarovsk,48.48,135.07,,reported,,NIS\n"
       ",,Russia,61,99,,denied,,Putin\n")
EDITED = ("route,seq,place,lat,lon,date,status,troops,source\n"
          "r,1,Vladivostok,43.10562,131.87353,2024-10-08,confirmed,1500,Ukrainian intelligence\n"
          "r,2,Khabarovsk,48.48,135.07,,reported,,NIS\n"
          "r,3,Kursk region,51.7,36.2,2024-10-28,reported,,NATO\n")


def test_cli_build_twice_prints_what_changed_and_the_map_marks_it(tmp_path, capsys):
    csv = tmp_path / "places.csv"
    csv.write_text(CSV, encoding="utf-8")
    assert main(["build", str(csv)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == [f"changes: none to show, this is the first build of {csv} here"]
    assert (tmp_path / "maps" / "places.reports.json").exists()

    assert main(["build", str(csv)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [f"changes since the last build of {csv}: none"]

    csv.write_text(EDITED, encoding="utf-8")
    assert main(["build", str(csv)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        f"changes since the last build of {csv}: 1 new, 1 changed, 1 removed",
        "  new: row 4, 'Kursk region' (route 'r', seq 3), 2024-10-28, source 'NATO'",
        "  changed: row 2, 'Vladivostok' (route 'r', seq 1), 2024-10-08, source 'Ukrainian intelligence': "
        "status 'reported' -> 'confirmed'",
        "  removed: 'Russia', source 'Putin' (was row 4)",
    ]
    html = (tmp_path / "maps" / "places.html").read_text(encoding="utf-8")
    data = json.loads(html.split('<script type="application/json" id="geo-data">')[1].split("</script>")[0])
    assert data["st"]["nw"] == [0, 0, 1]  # rows 2, 3, 4: only the Kursk report is new

    # The next build compares with this one: nothing new any more.
    assert main(["build", str(csv)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [f"changes since the last build of {csv}: none"]


def test_failed_build_keeps_the_previous_snapshot(tmp_path, capsys):
    csv = tmp_path / "places.csv"
    csv.write_text(CSV, encoding="utf-8")
    assert main(["build", str(csv)]) == 0
    before = (tmp_path / "maps" / "places.reports.json").read_bytes()
    csv.write_text(EDITED.replace("confirmed", "confimred"), encoding="utf-8")
    assert main(["build", str(csv)]) == 1
    assert (tmp_path / "maps" / "places.reports.json").read_bytes() == before
    capsys.readouterr()


def _located(stop, lat, lon):
    from geo.geocoders.base import GeocodeResult

    loc = GeocodeResult(stop.place, stop.place, lat, lon, "RU", "city", "exact", 1.0, "gazetteer")
    return Stop(**{**_fields(stop), "location": loc})


def test_a_report_drawn_somewhere_else_is_changed():
    before = [_located(BEFORE[1], 48.48271, 135.08379)]
    after = [_located(BEFORE[1], 48.5, 135.1)]
    c = compare(snapshot(before), snapshot(after))
    assert (len(c.added), len(c.changed), len(c.removed)) == (0, 1, 0)
    assert c.lines("p.csv")[1] == ("  changed: row 3, 'Khabarovsk' (route 'r', seq 2), source 'NIS': "
                                   "position (48.48271, 135.08379) -> (48.5, 135.1)")
    same = compare(snapshot(before), snapshot([_located(BEFORE[1], 48.48271, 135.08379)]))
    assert not (same.added or same.changed or same.removed)


def test_a_snapshot_of_the_first_format_is_compared_on_what_it_has(tmp_path):
    old = tmp_path / "old.reports.json"
    keys = ["row", "place", "route", "seq", "date", "source", "country", "lat", "lon", "precision", "radius_km",
            "reported", "mode", "troops", "status", "url", "note", "extra"]
    old.write_text(json.dumps({"format": 1, "fields": keys, "reports": [
        [3, "Khabarovsk", "r", 2, "", "NIS", None, None, None, None, None, None, None, None, "reported", "", "",
         []]]}), encoding="utf-8")
    previous = read_snapshot(old)
    assert previous.title is None
    c = compare(previous, snapshot([_located(BEFORE[1], 48.5, 135.1)]))
    assert not (c.added or c.changed or c.removed)  # not "changed" for want of a position to compare with
    c = compare(previous, snapshot([_located(Stop(**{**_fields(BEFORE[1]), "status": "denied"}), 48.5, 135.1)]))
    assert [d for _, _, d in c.changed] == [("status",)]


def test_the_title_is_kept_in_the_snapshot(tmp_path):
    p = write_snapshot(tmp_path / "t.reports.json", snapshot(BEFORE, "Troops \"north\" — 2024"))
    assert read_snapshot(p).title == 'Troops "north" — 2024'
    assert isinstance(read_snapshot(p), Snapshot)
    assert read_snapshot(write_snapshot(tmp_path / "u.reports.json", snapshot(BEFORE))).title is None


def test_cli_moving_a_place_in_the_geocoding_record_is_a_change(tmp_path, capsys, monkeypatch):
    from geo.errors import UnresolvedPlace
    from geo.geocoders.base import GeocodeResult, Geocoder

    class Table(Geocoder):
        def geocode(self, query, *, country=None, context=()):
            if query != "Khabarovsk":
                raise UnresolvedPlace(query, "no place of that name")
            return GeocodeResult(query, "Khabarovsk", 48.48271, 135.08379, "RU", "city", "exact", 0.99, "table")

    monkeypatch.setattr("geo.build._geocoder_named", lambda name: Table())
    csv = tmp_path / "places.csv"
    csv.write_text("route,seq,place,lat,lon,country,source\nr,1,Vladivostok,43.1,131.9,,NIS\n"
                   "r,2,Khabarovsk,,,RU,NIS\n", encoding="utf-8")
    assert main(["build", str(csv), "--no-exports"]) == 0
    record = tmp_path / "places.geocoded.csv"
    record.write_text(record.read_text(encoding="utf-8").replace("48.48271,135.08379", "48.5,135.1"),
                      encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(csv), "--no-exports"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        f"changes since the last build of {csv}: 0 new, 1 changed, 0 removed",
        "  changed: row 3, 'Khabarovsk' (route 'r', seq 2), source 'NIS': position (48.48271, 135.08379) -> "
        "(48.5, 135.1)"]
    assert main(["build", str(csv), "--no-exports"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [f"changes since the last build of {csv}: none"]


def test_a_snapshot_with_a_corrupt_report_counts_as_none(tmp_path):
    p = write_snapshot(tmp_path / "x.reports.json", snapshot(BEFORE, "T"))
    p.write_bytes(p.read_bytes().replace(b'"Khabarovsk"', b'"Khabarovsk'))
    previous = read_snapshot(p)
    assert previous.title == "T"  # the first line is whole
    assert compare(previous, snapshot(BEFORE)).first


def test_the_same_reports_in_new_rows_compare_as_lines():
    moved = [Stop(**{**_fields(stop), "row": stop.row + 10}) for stop in BEFORE]
    previous = snapshot(BEFORE)
    c = compare(previous, snapshot(moved))
    assert (c.added, c.changed, c.removed, c.first) == ([], [], [], False)


def test_each_report_is_one_line_of_its_own_json(tmp_path):
    from geo.changes import _line

    stops = [s(2, "A", extra=(("unit", "],[3"), ("b", "x"))), s(3, "B ],[4", note="],[\n5"),
             s(4, "C", extra=(("k", "v"),))]
    for snap in (snapshot(stops), snapshot([*stops, s(5, "D", troops=10**20)])):  # one orjson call; json's
        assert snap.lines == [_line(r) for r in snap.rows]
        assert [json.loads(line) for line in snap.lines] == snap.rows
    text = write_snapshot(tmp_path / "l.reports.json", snapshot(stops)).read_text(encoding="utf-8")
    assert len(text.splitlines()) == 1 + 3 + 1  # the title and fields, a line per report, the end


def test_what_moved_is_what_a_report_says():
    said = [Stop(**{**_fields(BEFORE[0]), "what": "1,500 special forces", "moved": "people"}), *BEFORE[1:]]
    assert "what" not in snapshot(BEFORE).fields  # a file without the columns: the snapshot it always had
    assert snapshot(said).entries()[0]["what"] == "1,500 special forces"
    c = compare(snapshot(said), snapshot([Stop(**{**_fields(said[0]), "what": "S-400 components", "moved": "materiel"}),
                                          *said[1:]]))
    assert [d for _, _, d in c.changed] == [("what", "moved")] and not (c.added or c.removed)
    c = compare(snapshot(BEFORE), snapshot(said))  # a file that gains the column: its reports now say it
    assert [d for _, _, d in c.changed] == [("what", "moved")]


def test_what_moved_kept_as_extra_columns_by_an_earlier_build_is_no_change(tmp_path):
    # Before places.csv knew them, a draft's what and moved were extra columns, kept in the snapshot's extra.
    old = [Stop(**{**_fields(BEFORE[0]), "extra": (("what", "1,500 special forces"), ("moved", "people"),
                                                   ("article", "x.txt"))}), *BEFORE[1:]]
    path = write_snapshot(tmp_path / "m.reports.json", snapshot(old))
    now = [Stop(**{**_fields(BEFORE[0]), "what": "1,500 special forces", "moved": "people",
                   "extra": (("article", "x.txt"),)}), *BEFORE[1:]]
    c = compare(read_snapshot(path), snapshot(now))
    assert (c.added, c.changed, c.removed) == ([], [], [])
    c = compare(read_snapshot(path), snapshot([Stop(**{**_fields(now[0]), "moved": "both"}), *now[1:]]))
    assert [d for _, _, d in c.changed] == [("moved",)]
