"""The command line, run in-process: exact output and exit codes."""

import json

import pytest

from geo.cli import main
from geo.errors import UnresolvedPlace
from geo.geocoders.base import GeocodeResult, Geocoder

VLADIVOSTOK = dict(name="Vladivostok", lat=43.10562, lon=131.87353, country_code="RU",
                   precision="city", match="exact", score=1.0, source="fake")


class FakeGeocoder(Geocoder):
    """Knows Vladivostok; records what it was asked."""

    name = "fake"

    def __init__(self):
        self.asked = []

    def geocode(self, query, *, country=None, context=()):
        self.asked.append((query, country))
        if query.casefold() == "vladivostok":
            return GeocodeResult(query=query, **VLADIVOSTOK)
        raise UnresolvedPlace(query, "no place of that name", ["Vladivostok"])


@pytest.fixture
def fake(monkeypatch):
    geocoder = FakeGeocoder()
    monkeypatch.setattr("geo.geocoders.online.make_geocoder", lambda name="gazetteer", **kw: geocoder)
    return geocoder


def test_geocode_prints_one_json_object_per_name_in_order(fake, capsys):
    assert main(["geocode", "Vladivostok", "vladivostok"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [
        {"query": "Vladivostok", **VLADIVOSTOK}, {"query": "vladivostok", **VLADIVOSTOK}]
    assert list(json.loads(lines[0])) == ["query", "name", "lat", "lon", "country_code",
                                          "precision", "match", "score", "source"]


def test_unresolved_name_gives_error_object_and_exit_1(fake, capsys):
    assert main(["geocode", "Vladivostok", "Vladivostokk"]) == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out[1] == {"query": "Vladivostokk", "error": "no place of that name", "suggestions": ["Vladivostok"]}


def test_dash_reads_names_from_stdin(fake, capsys, monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO("Vladivostok\n\nVladivostok\n"))
    assert main(["geocode", "-", "--country", "ru"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert fake.asked == [("Vladivostok", "RU")] * 2


@pytest.mark.parametrize("argv", [
    [], ["geocode"], ["frobnicate"], ["geocode", "--country", "Russia", "Kursk"], ["build", "--no-such-flag"],
])
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "error" in capsys.readouterr().err


def test_unknown_geocoder_is_a_usage_error_with_suggestion(capsys):
    assert main(["geocode", "--geocoder", "nominatimm", "Kursk"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "did you mean 'nominatim'?" in err


@pytest.mark.parametrize("command", ["geocode", "build", "check"])
def test_every_command_has_help(command, capsys):
    assert main([command, "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: python -m geo " + command)


def test_top_level_help_lists_commands_with_one_line_each(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("geocode", "build", "check"):
        assert any(line.split()[:1] == [command] and len(line.split()) > 1 for line in out.splitlines())


GOOD_CSV = ("route,seq,place,lat,lon,status,source\n"
            "r,1,Vladivostok,43.10562,131.87353,reported,Ukrainian intelligence\n"
            "r,2,an airfield in western Russia,55,40,claimed,NYT\n")


def test_check_validates_and_writes_nothing(tmp_path, capsys):
    csv = tmp_path / "places.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    assert main(["check", str(csv)]) == 0
    assert capsys.readouterr().out == f"{csv}: 2 stops, 1 legs, 0 left out; nothing written\n"
    assert [p.name for p in tmp_path.iterdir()] == ["places.csv"]


def test_build_writes_the_map_and_exports(tmp_path, capsys):
    csv = tmp_path / "places.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    out = tmp_path / "out" / "map.html"
    assert main(["build", str(csv), "-o", str(out)]) == 0
    assert out.exists() and (out.parent / "map.geojson").exists() and (out.parent / "map.gpkg").exists()
    assert capsys.readouterr().out.startswith(f"{csv}: 2 stops, 1 legs, 0 left out -> {out}, ")


def test_build_no_exports_writes_only_the_map(tmp_path, capsys):
    csv = tmp_path / "places.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    out = tmp_path / "out" / "map.html"
    assert main(["build", str(csv), "-o", str(out), "--no-exports"]) == 0
    assert sorted(p.name for p in out.parent.iterdir()) == ["map.html"]
    assert capsys.readouterr().out.startswith(f"{csv}: 2 stops, 1 legs, 0 left out -> {out} (")


def test_bad_rows_exit_1_with_every_problem_and_no_map(tmp_path, capsys):
    csv = tmp_path / "places.csv"
    csv.write_text(GOOD_CSV + "r,3,Kursk,51.7,36.2,confimred,NATO\nr,4,,51.7,36.2,reported,NATO\n", encoding="utf-8")
    assert main(["build", str(csv)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"python -m geo: error: 2 problems in {csv}:",
        f"  {csv}, row 4, column 'status': not a valid status (one of 'confirmed', 'reported', 'claimed', "
        "'denied') (got 'confimred'); did you mean 'confirmed'?",
        f"  {csv}, row 5, column 'place': the place is empty (got ''); write the place name as reported, "
        "or delete the row",
    ]
    assert not (tmp_path / "maps").exists()


def test_missing_file_is_a_data_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.csv")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.csv" in err
