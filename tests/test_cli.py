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
    monkeypatch.setattr("geo.build._geocoder_named", lambda name="gazetteer", **kw: geocoder)
    return geocoder


def test_geocode_prints_one_json_object_per_name_in_order(fake, capsys):
    assert main(["geocode", "Vladivostok", "vladivostok"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [
        {"query": q, **VLADIVOSTOK, "kind": "", "ref": "", "doubt": ""} for q in ("Vladivostok", "vladivostok")]
    assert list(json.loads(lines[0])) == ["query", "name", "lat", "lon", "country_code",
                                          "precision", "match", "score", "source", "kind", "ref", "doubt"]


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


def test_build_no_exports_writes_the_map_and_its_snapshot_alone(tmp_path, capsys):
    csv = tmp_path / "places.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    out = tmp_path / "out" / "map.html"
    assert main(["build", str(csv), "-o", str(out), "--no-exports"]) == 0
    assert sorted(p.name for p in out.parent.iterdir()) == ["map.html", "map.reports.json"]
    assert capsys.readouterr().out.startswith(f"{csv}: 2 stops, 1 legs, 0 left out -> {out}, "
                                              f"{out.parent / 'map.reports.json'} (")


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


def test_header_only_file_is_an_error_and_writes_nothing(tmp_path, capsys):
    csv = tmp_path / "places.csv"
    csv.write_text("route,seq,place,country\n\n", encoding="utf-8")
    assert main(["build", str(csv)]) == 1
    assert capsys.readouterr().err == (f"python -m geo: error: {csv}: the file has a header but no rows; "
                                       "add one row per reported stop under the header\n")
    assert [p.name for p in tmp_path.iterdir()] == ["places.csv"]


def test_every_problem_at_once_unresolved_names_included(fake, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("geo.build._geocoder_named", lambda name: fake)
    csv = tmp_path / "places.csv"
    csv.write_text("place,country,date\nVladivostok,RU,2024-10-08\nHmeimim air base,SY,\n"
                   "Vladivostokk,RU,yesterday\n", encoding="utf-8")
    assert main(["check", str(csv)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"python -m geo: error: 3 problems in {csv}:",
        f"  {csv}, row 3, column 'place': no place of that name (got 'Hmeimim air base'); did you mean "
        "'Vladivostok'? If not, pin it with lat/lon, or use --skip-unresolved",
        f"  {csv}, row 4, column 'date': not a date in the expected format (got 'yesterday'); write dates as "
        "YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD",
        f"  {csv}, row 4, column 'place': no place of that name (got 'Vladivostokk'); did you mean "
        "'Vladivostok'? If not, pin it with lat/lon, or use --skip-unresolved",
    ]


def test_swapped_coordinates_are_caught(tmp_path, capsys):
    csv = tmp_path / "places.csv"
    # Novorossiysk is at 44.72 N, 37.77 E; typed the other way round it lands in eastern Turkey
    csv.write_text("place,country,lat,lon\nNovorossiysk,RU,37.76,44.73\n", encoding="utf-8")
    assert main(["build", str(csv)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "outside RU" in err
    assert err.endswith("lat and lon look swapped: did you mean lat=44.73, lon=37.76?\n")
    assert [p.name for p in tmp_path.iterdir()] == ["places.csv"]


def test_online_geocoder_without_its_key_is_one_line(monkeypatch, capsys):
    monkeypatch.delenv("GEO_GOOGLE_API_KEY", raising=False)
    assert main(["geocode", "--geocoder", "google", "Kyiv"]) == 2
    assert capsys.readouterr().err == (
        "python -m geo: error: geocoder 'google' needs an API key: set the environment variable "
        "GEO_GOOGLE_API_KEY; the offline default (--geocoder gazetteer) needs neither a key nor a network\n")


def test_online_geocoder_key_comes_from_the_environment(monkeypatch, tmp_path):
    from geo.geocoders.online import make_geocoder

    monkeypatch.setenv("GEO_GOOGLE_API_KEY", "k-123")
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    assert make_geocoder("google").inner.client.api_key == "k-123"


def test_help_names_the_key_variables(capsys):
    assert main(["build", "--help"]) == 0
    assert "GEO_GOOGLE_API_KEY" in capsys.readouterr().out


def test_network_failure_says_the_offline_default_works(monkeypatch, tmp_path, capsys):
    from geopy import exc as gexc
    from geopy.geocoders import Nominatim

    from geo.geocoders import online

    def down(self, query, **kw):
        raise gexc.GeocoderUnavailable("Failed to establish a new connection")

    real = online.Polite.__init__
    monkeypatch.setattr(online.Polite, "__init__", lambda self, inner, **kw: real(self, inner, **{
        **kw, "sleep": lambda s: None}))
    monkeypatch.setattr(Nominatim, "geocode", down)
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    assert main(["geocode", "--geocoder", "nominatim", "Kyiv"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.endswith("the offline default (--geocoder gazetteer) needs neither a key nor a network\n")


def test_the_installed_command_calls_itself_geo(monkeypatch, capsys):
    monkeypatch.setattr("sys.argv", ["/usr/local/bin/geo"])
    assert main(["--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: geo ")


def test_geocode_shows_the_guess_of_a_name_refused_as_too_uncertain(capsys):
    # the capital and the state of Washington are 3,700 km apart: alone, the name is refused
    assert main(["geocode", "Washington"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["error"].startswith("too uncertain to place: 'Washington' read as Washington, US (city at 38.90, -77.04)")
    assert abs(out["guess"]["lat"] - 38.9072) < 0.2 and abs(out["guess"]["lon"] + 77.0369) < 0.2


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_troop_number_beyond_64_bits_is_one_row_error_for_check_and_build_alike(tmp_path, capsys, command):
    csv = tmp_path / "places.csv"
    csv.write_text("place,lat,lon,troops\nKursk,51.73,36.19,999999999999999999999999\n", encoding="utf-8")
    assert main([command, str(csv)]) == 1
    assert capsys.readouterr().err == (
        f"python -m geo: error: {csv}, row 2, column 'troops': troops is more than any army (100,000,000) "
        "(got '999999999999999999999999'); write the reported number of people; check for extra digits\n")
    assert [p.name for p in tmp_path.iterdir()] == ["places.csv"]


def _page_title(html_path):
    html = html_path.read_text(encoding="utf-8")
    return json.loads(html.split('<script type="application/json" id="geo-data">')[1].split("</script>")[0])["title"]


def test_a_rebuild_keeps_the_title_of_the_last_build_unless_given(tmp_path, capsys):
    csv = tmp_path / "places.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    page = tmp_path / "maps" / "places.html"
    assert main(["build", str(csv)]) == 0
    assert _page_title(page) == "Reported movements"
    assert main(["build", str(csv), "--title", "Troops to Kursk, October 2024"]) == 0
    assert _page_title(page) == "Troops to Kursk, October 2024"
    for argv in (["build", str(csv)], ["build", str(csv), "--no-exports"], ["build", str(csv)]):
        assert main(argv) == 0
        assert _page_title(page) == "Troops to Kursk, October 2024", argv
    assert main(["build", str(csv), "--no-exports", "--title", "Ships"]) == 0
    assert main(["build", str(csv)]) == 0
    assert _page_title(page) == "Ships"
    assert main(["build", str(csv), "--title", ""]) == 0  # back to the default
    assert _page_title(page) == "Reported movements"
    other = tmp_path / "other" / "map.html"  # another map of the same file has its own title
    assert main(["build", str(csv), "-o", str(other)]) == 0
    assert _page_title(other) == "Reported movements"
    capsys.readouterr()


def test_the_picture_takes_the_title_of_the_maps_last_build(tmp_path, capsys, monkeypatch):
    import geo.image

    titles = []
    real = geo.image.build_figure
    monkeypatch.setattr(geo.image, "build_figure", lambda *a, **kw: titles.append(kw["title"]) or real(*a, **kw))
    csv = tmp_path / "places.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    assert main(["image", str(csv)]) == 0
    assert main(["build", str(csv), "--no-exports", "--title", "Troops to Kursk"]) == 0
    assert main(["image", str(csv)]) == 0
    assert main(["image", str(csv), "--title", "For print"]) == 0
    assert titles == ["Reported movements", "Troops to Kursk", "For print"]
    capsys.readouterr()


@pytest.mark.parametrize("name, hint", [
    ("x.png", "; for a picture (.png, .svg, .pdf) use the image command: image {csv} -o {out}"),
    ("x.PDF", "; for a picture (.png, .svg, .pdf) use the image command: image {csv} -o {out}"),
    ("x.geojson", ""), ("x", ""),
])
def test_build_refuses_a_map_name_that_is_not_a_web_page(tmp_path, capsys, name, hint):
    csv = tmp_path / "places.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    out = tmp_path / "out" / name
    assert main(["build", str(csv), "-o", str(out)]) == 2
    assert capsys.readouterr().err == (f"python -m geo: error: the map is a web page: give -o a name ending in .html "
                                       f"(got {str(out)!r})" + hint.format(out=out, csv=csv) + "\n")
    assert [p.name for p in tmp_path.iterdir()] == ["places.csv"]


@pytest.mark.parametrize("name", ["x.html", "x.HTM"])
def test_build_takes_html_and_htm(tmp_path, capsys, name):
    csv = tmp_path / "places.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    assert main(["build", str(csv), "-o", str(tmp_path / name), "--no-exports"]) == 0
    assert (tmp_path / name).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    capsys.readouterr()


class UnsureGeocoder(Geocoder):
    """Places every name, always in the "check" band."""

    def geocode(self, query, *, country=None, context=()):
        return GeocodeResult(query, query, 50.0, 30.0, "UA", "city", "fuzzy", 0.8, "unsure",
                             doubt=f"fuzzy match of {query!r} (confidence 0.80)")


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_long_list_of_names_to_check_is_cut_and_written_whole_to_a_file(tmp_path, capsys, monkeypatch, command):
    monkeypatch.setattr("geo.build._geocoder_named", lambda name: UnsureGeocoder())
    csv = tmp_path / "big.csv"
    rows = ["Town 0"] * 30 + [f"Town {i}" for i in range(1, 25)]  # 25 names, the first on 30 rows
    csv.write_text("place\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert main([command, str(csv), *(["--no-exports"] if command == "build" else [])]) == 0
    captured = capsys.readouterr()
    listed = tmp_path / "big.check.txt"
    assert captured.err.splitlines() == [
        "check these (the map marks them uncertain; once checked, set accepted=yes on their row of big.geocoded.csv):",
        f"  {csv}, rows 2, 3, 4, 5, 6 and 25 more, 'Town 0': fuzzy match of 'Town 0' (confidence 0.80)",
        *(f"  {csv}, row {i + 31}, 'Town {i}': fuzzy match of 'Town {i}' (confidence 0.80)" for i in range(1, 20)),
        f"  … and 5 more names to check, all listed in {listed}",
    ]
    whole = listed.read_text(encoding="utf-8").splitlines()
    assert len(whole) == 26 and whole[1] == (f"  {csv}, rows {', '.join(map(str, range(2, 32)))}, 'Town 0': "
                                             "fuzzy match of 'Town 0' (confidence 0.80)")
    assert whole[-1] == f"  {csv}, row 55, 'Town 24': fuzzy match of 'Town 24' (confidence 0.80)"
    if command == "check":
        assert captured.out == f"{csv}: 54 stops, 0 legs, 0 left out; nothing written but {listed}\n"
    # a short list is printed whole, and the file of an earlier, longer one goes
    csv.write_text("place\nTown 1\nTown 2\n", encoding="utf-8")
    assert main([command, str(csv)]) == 0
    assert len(capsys.readouterr().err.splitlines()) == 3 and not listed.exists()


def test_a_long_list_of_rows_left_out_is_cut_and_written_whole_to_a_file(tmp_path, capsys, fake, monkeypatch):
    monkeypatch.setattr("geo.build._geocoder_named", lambda name: fake)
    csv = tmp_path / "big.csv"
    csv.write_text("place\n" + "".join(f"Nowhere {i}\n" for i in range(25)), encoding="utf-8")
    assert main(["check", str(csv), "--skip-unresolved"]) == 0
    err = capsys.readouterr().err.splitlines()
    listed = tmp_path / "big.check.txt"
    assert len(err) == 21
    assert err[0] == (f"left out: {csv}, row 2, column 'place': cannot resolve 'Nowhere 0': no place of that name; "
                      "did you mean 'Vladivostok'?")
    assert err[-1] == f"left out: … and 5 more rows, all listed in {listed}"
    assert len(listed.read_text(encoding="utf-8").splitlines()) == 25


@pytest.mark.parametrize("extra, code", [([], 0), (["--no-such-flag"], 2), (["--title"], 2)])
def test_the_console_command_leaves_quickly_with_its_output_and_status(tmp_path, extra, code):
    import subprocess
    import sys

    from conftest import ROOT

    csv = tmp_path / "places.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "geo", "build", str(csv), "--no-exports", *extra], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == code, done.stderr
    if code == 0:  # everything printed arrives, although the process skips its teardown
        assert done.stdout.splitlines() == [
            f"{csv}: 2 stops, 1 legs, 0 left out -> {tmp_path / 'maps' / 'places.html'}, "
            f"{tmp_path / 'maps' / 'places.reports.json'} ({done.stdout.split('(')[-1].split(')')[0]})",
            f"changes: none to show, this is the first build of {csv} here"]
        assert (tmp_path / "maps" / "places.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    else:
        assert done.stderr.startswith("usage: python -m geo")
    bad = tmp_path / "bad.csv"
    bad.write_text("place,status\nKursk,confimred\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "geo", "check", str(bad)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "did you mean 'confirmed'?" in done.stderr


def test_a_materiel_draft_from_extract_builds_to_a_map_exports_and_picture_that_say_what_moved(tmp_path, capsys):
    """Issue 18: munitions shipped from North Korea to Russia, drafted by `geo extract`, built and pictured."""
    import csv
    from pathlib import Path

    from test_render import data_blob

    article = Path(__file__).resolve().parent / "data" / "corpus" / "en" / "en-dprk-russia-01.txt"
    draft = tmp_path / "shells.csv"
    assert main(["extract", str(article), "-o", str(draft)]) == 0
    with open(draft, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert "materiel" in {r["moved"] for r in rows} and all(r["moved"] for r in rows if r["what"])
    assert main(["build", str(draft)]) == 0
    data = data_blob((tmp_path / "maps" / "shells.html").read_text(encoding="utf-8"))
    # every row's what and class, as drafted, on the page (stops in file order)
    assert [data["moved"][i] for i in data["st"]["wh"]] == [r["moved"] for r in rows]
    assert [data["s"][i] for i in data["st"]["wt"]] == [r["what"] for r in rows]
    features = json.loads((tmp_path / "maps" / "shells.geojson").read_bytes())["features"]
    assert [(f["properties"]["what"], f["properties"]["moved"]) for f in features] == [
        (r["what"], r["moved"]) for r in rows]
    assert main(["image", str(draft), "-o", str(tmp_path / "shells.svg")]) == 0
    svg = (tmp_path / "shells.svg").read_text(encoding="utf-8")
    assert "Diamond: materiel moved" in svg and "What moved, by report: materiel" in svg


def test_the_summary_line_counts_the_legs_inside_an_area_not_drawn():
    """A leg wholly inside a stand-in village's area (geo.render.legs_not_drawn) is counted on the summary line of
    check, build and image, so that the build does not say "1 legs" of a map that shows none (review M3)."""
    from test_image import _stand_in_map

    from geo.cli import _legs
    from geo.routes import build_legs

    stops = _stand_in_map()
    assert _legs(build_legs(stops)) == "2 legs (1 inside an area, not drawn)"
    assert _legs(build_legs(stops[:2])) == "1 legs"
