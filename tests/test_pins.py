"""geo.pins: a row's own lat/lon against the gazetteer's reading of its name (swaps are errors, far pins are
checked)."""

import subprocess
import sys

import pytest

from geo.cli import main
from geo.pins import check_pins
from geo.places import read_places

from conftest import ROOT


def write(tmp_path, rows, header="place,country,lat,lon"):
    path = tmp_path / "places.csv"
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_cli_swapped_coordinates_without_a_country_are_an_error_with_the_swap(tmp_path, capsys):
    csv = write(tmp_path, ["Kursk,,36.18,51.73"])  # near Tehran, the other way round
    for command in ("check", "build"):
        assert main([command, str(csv)]) == 1
        assert capsys.readouterr().err == (
            f"python -m geo: error: {csv}, row 2, column 'lat': the point lies 2,120 km from Kursk, RU (city at "
            "51.73, 36.18), the gazetteer's reading of 'Kursk' (got 'lat=36.18, lon=51.73'); lat and lon look "
            "swapped: did you mean lat=51.73, lon=36.18?\n")
    assert [p.name for p in tmp_path.iterdir()] == ["places.csv"]


@pytest.mark.parametrize("row, swap", [
    ("Yekaterinburg,RU,60.6,56.84", "lat=56.84, lon=60.6"),  # both ways round inside Russia
    ("Kursk region,,36.2,51.7", "lat=51.7, lon=36.2"),  # an area: its edge counts
])
def test_swaps_are_found_inside_the_country_and_for_areas(tmp_path, row, swap):
    problems, doubts = check_pins(str(tmp_path / "p.csv"), read_places(write(tmp_path, [row])))
    (problem,) = problems
    assert problem.suggestion == f"lat and lon look swapped: did you mean {swap}?" and not doubts


def test_the_swap_is_never_suggested_out_of_the_rows_country(tmp_path, capsys):
    # inside Iran, as the row says; swapped it would be Kursk, Russia: not what a row saying IR means
    csv = write(tmp_path, ["Kursk,IR,36.18,51.73"])
    assert main(["check", str(csv)]) == 0
    assert capsys.readouterr().err == ""


def test_a_pin_far_from_the_name_without_a_country_is_drawn_and_marked_to_check(tmp_path, capsys):
    csv = write(tmp_path, ["Kursk,,55.75,37.62", "Orel,,52.97,36.07"])  # Kursk pinned in Moscow
    assert main(["build", str(csv), "--no-exports"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "check these pins (the map marks them uncertain):",
        f"  {csv}, row 2, 'Kursk': pinned 457 km from Kursk, RU (city at 51.73, 36.18), the gazetteer's reading of "
        "'Kursk': check lat and lon, or give the row's country to confirm the pin"]
    from geo.build import prepare

    located, _ = prepare(csv, geocoder=None)
    kursk, orel = located.stops
    assert kursk.location.doubt.startswith("pinned 457 km from Kursk, RU") and orel.location.doubt == ""
    assert (kursk.location.lat, kursk.location.lon) == (55.75, 37.62)  # drawn where the row says


def test_a_country_confirms_a_deliberate_pin(tmp_path, capsys):
    csv = write(tmp_path, ["Kursk,RU,55.75,37.62"])
    assert main(["check", str(csv)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("row", [
    "an airfield in western Russia,,36.18,51.73",  # no reading of the name
    "Kursk,,51.7304,36.1926",  # right
    "Kursk,,51.5,36.9",  # 55 km off: an airfield outside the town
    "Paris,,33.66,-95.55",  # a namesake the gazetteer knows (Paris, Texas)
])
def test_pins_that_agree_with_some_reading_or_name_nothing_known_pass(tmp_path, row):
    assert check_pins("p.csv", read_places(write(tmp_path, [row]))) == ([], {})


def test_a_vague_area_is_not_compared(tmp_path):
    path = write(tmp_path, ["Kursk,,36.18,51.73,area,300"], header="place,country,lat,lon,precision,radius_km")
    assert check_pins("p.csv", read_places(path)) == ([], {})


def test_correct_pins_are_checked_without_the_geocoder(tmp_path):
    # the first stage, a lookup of every reading of the names, settles them: no geocoder is loaded
    csv = write(tmp_path, ["Kursk,,51.7304,36.1926", "Vladivostok,RU,43.1155,131.8855", "Sumy,,50.9077,34.7981"])
    code = ("import sys\nfrom geo.pins import check_pins\nfrom geo.places import read_places\n"
            "assert check_pins('p', read_places(sys.argv[1])) == ([], {})\n"
            "assert 'geo.geocoders.offline' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code, str(csv)], cwd=ROOT, check=True, timeout=120)
