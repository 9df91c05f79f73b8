"""geo/extract/rows.py: the draft's CSV, streamed and atomic; --append keeps the file and never duplicates."""

import csv
import io

import pytest

from geo.errors import GeoError
from geo.extract.rows import COLUMNS, DraftSink
from geo.places import read_places

ROW = {"route": "", "seq": None, "place": "Kursk region", "country": "RU", "lat": 51.71565, "lon": 36.21375,
       "precision": "region", "radius_km": 126.0, "date": "", "reported": "2024-10-28", "mode": "unknown",
       "troops": 1500, "what": "troops", "moved": "people", "status": "reported", "source": "NATO", "url": "", "note": 'He said "troops, here".',
       "article": "004.txt", "start": 215, "end": 231, "role": "destination", "cue": "to the",
       "gazetteer": "geonames:538555 Kursk Oblast", "match": "exact 1.00"}


def write(rows, out=None, append=None):
    """What `geo extract` does with a draft: stream the rows into the sink, then commit; how many were written."""
    sink = DraftSink(out=out, append=append)
    sink.write(rows)
    sink.commit()
    return sink.added


def test_header_and_cells():
    out = io.StringIO()
    DraftSink(stream=out).write([ROW])
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert next(csv.reader([lines[1]])) == [
        "", "", "Kursk region", "RU", "51.71565", "36.21375", "region", "126", "", "2024-10-28", "unknown", "1500",
        "troops", "people", "reported", "NATO", "", 'He said "troops, here".', "004.txt", "215", "231", "destination", "to the",
        "geonames:538555 Kursk Oblast", "exact 1.00"]


def test_a_draft_is_a_places_file(tmp_path):
    p = tmp_path / "d.csv"
    write([ROW], out=p)
    (stop,) = read_places(p)
    assert (stop.place, stop.lat, stop.precision, stop.troops, stop.note) == \
        ("Kursk region", 51.71565, "region", 1500, 'He said "troops, here".')
    assert dict(stop.extra)["role"] == "destination"


def test_a_draft_can_be_read_by_others_and_an_appended_file_keeps_its_mode(tmp_path):
    # written through a private temporary file (0600): the draft is a file to share, like the map
    new = tmp_path / "new.csv"
    write([ROW], out=new)
    assert new.stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "kept.csv"
    kept.write_text("place\nOrel\n", encoding="utf-8")
    kept.chmod(0o640)
    write([ROW], append=kept)
    assert kept.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("existing, delimiter", [
    ("route;seq;place;country\r\nA;1;Kursk;RU\r\n", ";"),
    ("\ufeffplace,status\nKursk,reported\n", ","),
])
def test_append_keeps_the_file_its_separator_and_skips_rows_already_there(tmp_path, existing, delimiter):
    p = tmp_path / "places.csv"
    p.write_bytes(existing.encode("utf-8"))
    assert write([ROW], append=p) == 1
    text = p.read_bytes().decode("utf-8")
    assert text.startswith(existing.split("\n")[0].rstrip("\r"))  # header (and BOM) kept, columns added at the end
    assert text.startswith("\ufeff") == existing.startswith("\ufeff")
    assert ("\r\n" in text) == ("\r\n" in existing)
    rows = list(csv.DictReader(text.lstrip("\ufeff").splitlines(), delimiter=delimiter))
    assert rows[0]["place"] == "Kursk" and rows[0]["article"] == ""
    assert rows[1]["place"] == "Kursk region" and rows[1]["note"] == 'He said "troops, here".'
    before = p.read_bytes()
    assert write([ROW], append=p) == 0
    assert p.read_bytes() == before


def test_two_rows_alike_in_one_draft_are_one(tmp_path):
    p = tmp_path / "places.csv"
    p.write_text("place\n", encoding="utf-8")
    assert write([ROW, dict(ROW)], append=p) == 1


def test_abort_leaves_nothing(tmp_path):
    p = tmp_path / "d.csv"
    sink = DraftSink(out=p)
    sink.write([ROW])
    sink.abort()
    assert list(tmp_path.iterdir()) == []


def test_unwritable_places_are_named(tmp_path):
    with pytest.raises(GeoError, match="cannot write the draft"):
        write([ROW], out=tmp_path / "missing-dir" / "d.csv")
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("place\nK\xf6ln\n".encode("latin-1"))
    with pytest.raises(OSError, match="cannot read the places file to append to"):
        write([ROW], append=bad)
