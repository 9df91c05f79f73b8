"""Tests for geo.places: reading places.csv and reporting every problem with row, column and fix."""

from __future__ import annotations


import pytest

from geo.errors import PlacesFileError
from geo.records import Stop
from geo.places import check_places, inspect_places, read_places


def write(tmp_path, text, name="places.csv", encoding="utf-8", newline="\n"):
    p = tmp_path / name
    p.write_bytes(text.replace("\n", newline).encode(encoding))
    return p


def one_problem(tmp_path, header, row):
    """The single problem of a one-row file."""
    _, problems = check_places(write(tmp_path, f"{header}\n{row}\n"))
    assert len(problems) == 1, problems
    return problems[0]


def test_full_row_is_read_into_a_stop(tmp_path):
    p = write(tmp_path, "route,seq,place,country,lat,lon,date,reported,mode,troops,status,source,url,note,"
                        "precision,radius_km,Unit\n"
                        "Far East,1,Vladivostok,ru,43.1155,131.8855,2024-10-08/2024-10-13,2024-10-20,Sea,"
                        '"1,500",Confirmed,Reuters,https://example.org/a,"said ""soon""",area,150,3rd\n')
    (stop,) = read_places(p)
    assert stop == Stop(row=2, place="Vladivostok", route="Far East", seq=1, country="RU", lat=43.1155,
                        lon=131.8855, date_start="2024-10-08", date_end="2024-10-13", reported="2024-10-20",
                        mode="sea", troops=1500, status="confirmed", source="Reuters",
                        url="https://example.org/a", note='said "soon"', precision="area", radius_km=150.0,
                        extra=(("Unit", "3rd"),))


def test_only_place_is_required_and_defaults_apply(tmp_path):
    (stop,) = read_places(write(tmp_path, "place\nKursk\n"))
    assert stop == Stop(row=2, place="Kursk")
    assert stop.status == "reported" and stop.mode is None and stop.extra == ()


@pytest.mark.parametrize("encoding,newline,sep", [("utf-8-sig", "\r\n", ","), ("utf-8", "\n", ";"),
                                                  ("utf-8-sig", "\r\n", ";"), ("utf-8", "\n", "\t")])
def test_bom_crlf_semicolon_and_tab_files(tmp_path, encoding, newline, sep):
    text = sep.join([" Place ", "ROUTE", "Seq", "lat", "lon", "note"]) + "\n" + \
        sep.join(["  Kyïv ", "A", "1", "50,45", "30,52", "x, y"]) + "\n"
    if sep == ",":
        text = text.replace("50,45", '"50,45"').replace("30,52", '"30,52"').replace("x, y", '"x, y"')
    (stop,) = read_places(write(tmp_path, text, encoding=encoding, newline=newline))
    assert (stop.place, stop.route, stop.seq, stop.lat, stop.lon, stop.note) == ("Kyïv", "A", 1, 50.45, 30.52, "x, y")


def test_blank_lines_are_skipped_but_rows_keep_spreadsheet_numbers(tmp_path):
    stops = read_places(write(tmp_path, "place,note\nA,\n\n , \nB,\n"))
    assert [(s.row, s.place) for s in stops] == [(2, "A"), (5, "B")]


@pytest.mark.parametrize("troops,expected", [("1500", 1500), ("1,500", 1500), ("1 500", 1500),
                                             ("1\u00a0500", 1500), ("12,000,000", 12_000_000), ("0", 0)])
def test_troops_accepts_thousands_separators(tmp_path, troops, expected):
    (stop,) = read_places(write(tmp_path, f'place,troops\nX,"{troops}"\n'))
    assert stop.troops == expected


@pytest.mark.parametrize("date,start,end", [("2024-10-08", "2024-10-08", "2024-10-08"),
                                            ("2024-10-08/2024-10-13", "2024-10-08", "2024-10-13"),
                                            ("2024-10-08 / 2024-10-08", "2024-10-08", "2024-10-08")])
def test_dates_and_ranges(tmp_path, date, start, end):
    (stop,) = read_places(write(tmp_path, f"place,date\nX,{date}\n"))
    assert (stop.date_start, stop.date_end) == (start, end)


# (header, row, column, value, message part, suggestion part)
BAD_ROWS = [
    ("place,status", "X,confimred", "status", "confimred", "not a valid status", "did you mean 'confirmed'?"),
    ("place,status", "X,unconfirmed", "status", "unconfirmed", "not a valid status", "did you mean 'reported'?"),
    ("place,mode", "X,rial", "mode", "rial", "not a valid mode", "did you mean 'rail'?"),
    ("place,mode", "X,train", "mode", "train", "not a valid mode", "did you mean 'rail'?"),
    ("place,precision", "X,cty", "precision", "cty", "not a valid precision", "did you mean 'city'?"),
    ("place,date", "X,2024-13-01", "date", "2024-13-01", "not a valid date", "YYYY-MM-DD"),
    ("place,date", "X,8 October 2024", "date", "8 October 2024", "expected format", "e.g. '2024-10-08'"),
    ("place,date", "X,2024-10-13/2024-10-08", "date", "2024-10-13/2024-10-08", "ends before it starts",
     "'2024-10-08/2024-10-13'"),
    ("place,reported", "X,2024-10-08/2024-10-09", "reported", "2024-10-08/2024-10-09", "expected format",
     "YYYY-MM-DD"),
    ("place,lat,lon", "X,43.1,", "lon", "", "lat given without lon", "give both lat and lon"),
    ("place,lat,lon", "X,,131.9", "lat", "", "lon given without lat", "give both lat and lon"),
    ("place,lat,lon", "X,131.9,43.1", "lat", "131.9", "out of range", "did you mean lat=43.1, lon=131.9?"),
    ("place,lat,lon", "X,95,100", "lat", "95", "out of range", "between -90 and 90"),
    ("place,lat,lon", "X,43.1,181", "lon", "181", "out of range", "between -180 and 180"),
    ("place,lat,lon", "X,43°N,131.9", "lat", "43°N", "not a number", "decimal degrees"),
    ("place,lat,lon", "X,nan,131.9", "lat", "nan", "not a number", "decimal degrees"),
    ("place,country", "X,Russia", "country", "Russia", "not an ISO 3166-1 alpha-2", "did you mean 'RU'?"),
    ("place,country", "X,RUS", "country", "RUS", "not an ISO 3166-1 alpha-2", "did you mean 'RU'?"),
    ("place,country", "X,ZZ", "country", "ZZ", "not an ISO 3166-1 alpha-2", "two-letter code"),
    ("place,route,seq", "X,A,1.5", "seq", "1.5", "not a whole number", "1, 2, 3"),
    ("place,seq", "X,1", "seq", "1", "seq given without a route", "write the route"),
    ("place,troops", "X,about 500", "troops", "about 500", "not a whole number", "in note"),
    ("place,troops", "X,-500", "troops", "-500", "cannot be negative", "1500"),
    # beyond 64 bits (the GeoPackage's integers) and beyond any army: caught here, not by the exports
    ("place,troops", "X,999999999999999999999999", "troops", "999999999999999999999999",
     "troops is more than any army (100,000,000)", "check for extra digits"),
    ("place,troops", 'X,"100,000,001"', "troops", "100,000,001", "more than any army", "extra digits"),
    ("place,troops", "X," + "9" * 5000, "troops", "9" * 5000, "more than any army", "extra digits"),  # int() refuses
    ("place,route,seq", "X,A,9007199254740992", "seq", "9007199254740992",
     "seq is too large (at most 9,007,199,254,740,991 either way)", "1, 2, 3"),
    ("place,route,seq", "X,A,-" + "9" * 5000, "seq", "-" + "9" * 5000, "seq is too large", "1, 2, 3"),
    ("place,url", "X,javascript:alert(1)", "url", "javascript:alert(1)", "only http and https", "https://"),
    ("place,url", "X,www.example.org/a", "url", "www.example.org/a", "no http:// or https://",
     "did you mean 'https://www.example.org/a'?"),
    ("place,url", "X,ftp://example.org", "url", "ftp://example.org", "only http and https", ""),
    ("place,radius_km", "X,0", "radius_km", "0", "greater than 0", "kilometres"),
    ("place,radius_km", "X,wide", "radius_km", "wide", "not a number", "kilometres"),
    ("place,radius_km", "X,20000.5", "radius_km", "20000.5", "more than 20,000 (a circle that wide covers the "
     "whole Earth)", "precision=country"),
    ("place,precision,radius_km", "X,area,100", "precision", "area", "needs lat, lon", "give lat, lon and radius_km"),
    ("place,note", ",just a note", "place", "", "the place is empty", "delete the row"),
    ("place,note", "X,a,b", None, "b", "3 values but the header only 2", "quote values containing a comma"),
    ("place,moved", "X,peeple", "moved", "peeple", "not a valid class of what moved", "did you mean 'people'?"),
    ("place,moved", "X,equipment", "moved", "equipment", "one of 'people', 'materiel', 'both'",
     "did you mean 'materiel'?"),
    ("place,moved", "X,mixed", "moved", "mixed", "not a valid class of what moved", "did you mean 'both'?"),
    ("place,moved", "X,ships", "moved", "ships", "not a valid class of what moved", "write one of 'people'"),
    ("place,what", 'X,"1,500"', "what", "1,500", "what is only a number", "the number of people goes in troops"),
    ("place,what,troops", "X,~ 300,", "what", "~ 300", "what is only a number", "'20 tanks'"),
]


@pytest.mark.parametrize("header,row,column,value,message,suggestion", BAD_ROWS,
                         ids=[f"{r[2]}:{r[3]}" for r in BAD_ROWS])
def test_bad_value_names_row_column_value_and_fix(tmp_path, header, row, column, value, message, suggestion):
    p = one_problem(tmp_path, header, row)
    assert (p.row, p.column, p.value) == (2, column, value)
    assert message in p.message
    assert suggestion in p.suggestion
    assert p.path.endswith("places.csv")


@pytest.mark.parametrize("header,column,suggestion", [
    ("place,staus", "staus", "did you mean 'status'?"),
    ("place,Latitude,lon", "Latitude", "did you mean 'lat'?"),
    ("place,sorce", "sorce", "did you mean 'source'?"),
])
def test_unknown_header_close_to_a_known_one(tmp_path, header, column, suggestion):
    p = one_problem(tmp_path, header, "X," + ",".join([""] * header.count(",")))
    assert (p.row, p.column, p.suggestion) == (1, column, suggestion)


def test_a_header_of_more_columns_than_a_map_can_carry(tmp_path):
    header = "place," + ",".join(f"c{i}" for i in range(1, 1001))
    p = one_problem(tmp_path, header, "X" + "," * 1000)
    assert (p.row, p.column, p.value) == (1, "c1000", "c1000")
    assert p.message == "the header has 1,001 columns, more than the 1,000 a map can carry"


def test_the_largest_values_a_row_may_give_are_read():
    import geo.places as places

    assert places._troops("100,000,000") == places.MAX_TROOPS
    assert places._seq(str(places.MAX_SEQ)) == places.MAX_SEQ and places._seq(f"-{places.MAX_SEQ}") == -places.MAX_SEQ
    assert places._radius("20000") == places.MAX_RADIUS_KM


def test_a_long_value_is_shown_cut_in_the_message(tmp_path):
    p = one_problem(tmp_path, "place,date", "X," + "y" * 100_000)
    assert p.value == "y" * 100_000  # kept whole
    assert str(p).endswith("(got 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…' "
                           "(100,000 characters)); write dates as YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD")


def test_unknown_headers_are_extra_columns_in_file_order(tmp_path):
    (stop,) = read_places(write(tmp_path, "Unit,place,Notes,note,Commander\n3rd,X,n1,n2,Ivanov\n"))
    assert stop.extra == (("Unit", "3rd"), ("Notes", "n1"), ("Commander", "Ivanov"))
    assert stop.note == "n2"


def test_missing_place_column(tmp_path):
    _, problems = check_places(write(tmp_path, "name,route\nKursk,A\n"))
    assert [(p.row, p.column) for p in problems] == [(1, "name"), (1, "place")]
    assert problems[0].suggestion == "did you mean 'place'?"
    assert "missing" in problems[1].message


def test_duplicate_seq_and_mixed_seq_within_a_route(tmp_path):
    text = "route,seq,place\nA,1,a\nA,2,b\nA,2,c\nB,1,d\nB,,e\nC,1,f\n"
    stops, problems = check_places(write(tmp_path, text))
    assert [(p.row, p.column, p.value) for p in problems] == [(4, "seq", "2"), (6, "seq", "")]
    assert "already used by row 3 in route 'A'" in problems[0].message
    assert "route 'B'" in problems[1].message
    assert [s.place for s in stops] == ["a", "b", "d", "f"]  # rows with problems are left out


def test_all_problems_reported_at_once_in_row_order(tmp_path):
    text = ("place,status,date,lat,lon,url\n"
            "A,confimred,2024-10-08,,,\n"
            "B,reported,8 October 2024,91,10,javascript:x\n"
            ",,,,,\n"
            ",denied,,,,\n")
    with pytest.raises(PlacesFileError) as info:
        read_places(write(tmp_path, text))
    got = [(p.row, p.column) for p in info.value.problems]
    assert got == [(2, "status"), (3, "date"), (3, "lat"), (3, "url"), (5, "place")]
    assert str(info.value).startswith("5 problems in")
    assert "row 3, column 'lat'" in str(info.value)


def test_missing_file_is_one_problem_naming_it(tmp_path):
    with pytest.raises(PlacesFileError) as info:
        read_places(tmp_path / "nope.csv")
    (p,) = info.value.problems
    assert p.path == str(tmp_path / "nope.csv") and "cannot read" in p.message


def test_not_utf8_names_the_row(tmp_path):
    p = tmp_path / "places.csv"
    p.write_bytes("place\nKursk\nK\xf6ln\n".encode("latin-1"))
    (problem,) = check_places(p)[1]
    assert problem.row == 3 and "UTF-8" in problem.message


@pytest.mark.parametrize("data,row", [
    (b"place\nA\x00\nB\n\xff\n", 4),  # a NUL the CSV reader refuses comes first: the bytes are still named
    (b"place\nA\n\xff\nB\x00\n", 3),
    (b"place\xff\nA\n", 1),
    (b"place,lat\n" + b"x" * 9000 + b"\xc3,1\n", 2),  # a character cut short, far beyond the reader's first bytes
])
def test_not_utf8_is_named_before_other_problems(tmp_path, data, row):
    p = tmp_path / "places.csv"
    p.write_bytes(data)
    (problem,) = check_places(p)[1]
    assert (problem.row, problem.message) == (row, "the file is not UTF-8 text")


@pytest.mark.parametrize("data,expected", [
    (b"place,note\rKursk,a\rOrel,b\r", [("Kursk", "a"), ("Orel", "b")]),  # old Mac line ends
    (b'\xef\xbb\xbfplace;note\r\nKursk;"two\r\nlines \xf0\x9f\x9a\x80"\r\nOrel;x\n',
     [("Kursk", "two\r\nlines \U0001F680"), ("Orel", "x")]),
    # characters Python's splitlines() would cut at are inside a row, as the CSV reader sees them
    (b"place,note\nKursk,a\xc2\x85b\nOrel,\xe2\x80\xa8c\xe2\x80\xa8d\n", [("Kursk", "a\x85b"), ("Orel", "c\u2028d")]),
])
def test_rows_are_cut_where_a_csv_reader_cuts_them(tmp_path, data, expected):
    p = tmp_path / "places.csv"
    p.write_bytes(data)
    assert [(s.place, s.note) for s in read_places(p)] == expected


def test_only_placeerrors_escape(tmp_path):
    p = tmp_path / "places.csv"
    p.write_bytes(b"place\x00,x\nA\x00,b\n")
    with pytest.raises(PlacesFileError):
        read_places(p)


def test_many_rows_are_read_column_by_column_correctly(tmp_path):
    # Speed is measured by scripts/bench_scale.py; this checks the batched path gives the right records.
    rows = [f"R{i // 20},{i % 20 + 1},Place {i % 5000},RU,{40 + i % 30}.5,{30 + i % 100}.25,2024-10-{i % 28 + 1:02d},"
            f"rail,\"1,{i % 1000:03d}\",confirmed,Reuters,https://example.org/{i % 50},a note,3rd"
            for i in range(2_000)]
    p = write(tmp_path, "route,seq,place,country,lat,lon,date,mode,troops,status,source,url,note,unit\n"
              + "\n".join(rows) + "\n")
    stops = read_places(p)
    assert len(stops) == 2_000 and stops[-1].troops == 1999 and stops[-1].seq == 20
    assert stops[-1].extra == (("unit", "3rd"),) and stops[-1].lat == 59.5 and stops[-1].date_start == "2024-10-12"


# a good file; one the csv module refuses (a field beyond its limit); one that is not UTF-8
@pytest.mark.parametrize("data", [b"place\nKursk\n", b'place\n"' + b"x" * 200_000 + b'"\n', b"\xff\xfe"])
@pytest.mark.parametrize("collecting", [True, False])
def test_reading_leaves_the_garbage_collector_as_it_was(tmp_path, data, collecting):
    import gc

    path = tmp_path / "places.csv"
    path.write_bytes(data)
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        inspect_places(path)
        assert gc.isenabled() == collecting
    finally:
        (gc.enable if was else gc.disable)()


# --- what moved: the columns what and moved (issue 18) ---------------------------------------------------

@pytest.mark.parametrize("what,moved,troops,expected", [
    ("S-400 components", "", "", ("materiel", "what")),
    ("about 1,500 special forces", "", "1500", ("people", "what")),
    ("16,000 containers of shells", "", "", ("materiel", "what")),
    ("troops and tanks", "", "", ("both", "what")),
    ("20 tanks", "", "300", ("both", "what and troops")),  # a troop number is people: they moved too
    ("", "", "1500", ("people", "troops")),
    ("Oreshnik", "", "", ("", "")),  # no noun to class it by: not stated, not guessed
    ("колонны с танками и бронетранспортёрами", "", "", ("materiel", "what")),  # read as extract reads Russian
    ("S-400 components", "People", "", ("people", "")),  # the row's own class wins, normalised
    ("", "both", "", ("both", "")),
    ("", "", "", ("", "")),
    ("-", "", "", ("", "")),  # a placeholder is no number: read as written, nothing derived
])
def test_what_moved_is_read_and_a_missing_class_derived(tmp_path, what, moved, troops, expected):
    (stop,) = read_places(write(tmp_path, f'place,what,moved,troops\nX,"{what}",{moved},{troops}\n'))
    assert (stop.what, stop.moved, stop.moved_from) == (what, *expected)
    assert stop.extra == ()  # known columns now, no longer extra ones


def test_a_class_is_derived_as_extract_classes_its_drafts(tmp_path):
    from geo.extract.what import find_what
    from geo.places import moved_of

    for text in ("Russian navy ships have transferred 1,500 North Korean special operations forces to Vladivostok.",
                 "Russia moved S-400 components to Belarus by rail.", "About 1,500 special forces and 20 tanks were shipped."):
        what, moved = find_what(text)
        assert moved_of(what, None) == (moved, "what")


def test_either_column_alone_is_enough_to_derive(tmp_path):
    a, b = read_places(write(tmp_path, "place,moved,troops\nX,,1500\nY,materiel,\n"))
    assert (a.what, a.moved, a.moved_from) == ("", "people", "troops")
    assert (b.moved, b.moved_from) == ("materiel", "")


def test_a_file_without_the_columns_reads_as_it_always_did(tmp_path):
    (stop,) = read_places(write(tmp_path, "place,troops,Removed\nX,1500,yes\n"))
    # nothing derived from the troops, and a column of its own named like 'moved' is no typo of it
    assert (stop.what, stop.moved, stop.moved_from) == ("", "", "")
    assert stop.extra == (("Removed", "yes"),)
