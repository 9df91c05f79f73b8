"""Geographic features as places: straits, passes, corridors, isthmuses, spits, peninsulas, islands and heights.

The points of ``test_features_as_news_prints_them`` are from public references (the Wikipedia article named beside
each), but most equal the table's own numbers: they show that a name finds its row, not that the row's point is right.
``test_a_features_point_lies_by_the_towns_on_its_banks`` checks the points against an independent fact: the towns
GeoNames places at the feature (on either side of a strait, at a pass or an isthmus), none of them from the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script

from geo.errors import GazetteerError, TableError, UnresolvedPlace
from geo.gazetteer import facilities, features
from geo.gazetteer.common import haversine_km as _km
from geo.geocoders.base import Query
from geo.geocoders.offline import OfflineGeocoder

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def g():
    return OfflineGeocoder()


def test_every_feature_has_a_kind_a_point_a_radius_and_a_source():
    rows = features.read()
    assert len(rows) >= 150
    assert {r["kind"] for r in rows} == set(features.KINDS)
    assert all(r["source"] and float(r["radius_km"]) > 0 for r in rows)
    assert len({r["name"] for r in rows}) == len(rows)


def test_a_bad_row_of_the_table_names_the_file_row_and_value(tmp_path):
    p = tmp_path / "f.csv"
    p.write_text(",".join(features.COLUMNS) + "\nX Pass,volcano,AF,34.0,71.0,10,,,a book\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"f.csv, row 2, column 'kind': is not a known kind \(got 'volcano'\); "
                                         r"write one of strait, pass"):
        features.read(str(p))
    p.write_text(",".join(features.COLUMNS) + "\nX Pass,pass,AF,34.0,71.0,0,,,a book\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"row 2, column 'radius_km': is not above 0"):
        features.read(str(p))


def _with_line_12_broken(src: str, dst: Path) -> Path:
    """The table with its file line 12 (a row below the comment lines) given a longitude '35x', as a slip of the
    keyboard: the reviewer's reproduction."""
    lines = Path(src).read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0].startswith("#") and not lines[11].startswith("#")
    cells = lines[11].split(",")
    cells[4] = "35x"
    lines[11] = ",".join(cells)
    dst.write_text("".join(lines), encoding="utf-8")
    return dst


@pytest.mark.parametrize("module", [features, facilities])
def test_a_bad_row_is_named_by_its_line_in_the_file_with_the_column_and_a_fix(tmp_path, module):
    """The row is the file's line as an editor shows it, the comment lines counted (they had been dropped before
    numbering: line 12 was "row 3"); the column and a fix are named. One reader serves both tables."""
    bad = _with_line_12_broken(module.PATH, tmp_path / "t.csv")
    with pytest.raises(TableError) as exc:
        module.read(str(bad))
    pr = exc.value.problem
    assert (pr.row, pr.column, pr.value) == (12, "lon", "35x") and pr.suggestion
    assert isinstance(exc.value, GazetteerError) and str(exc.value).startswith(f"{bad}, row 12, column 'lon'")


@pytest.mark.parametrize("script, module", [("check_features.py", features), ("check_facilities.py", facilities)])
def test_a_check_script_says_a_bad_row_in_one_line_and_fails(tmp_path, script, module):
    import subprocess
    import sys

    bad = _with_line_12_broken(module.PATH, tmp_path / "t.csv")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / script), str(bad)], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stdout.strip().splitlines() == [f"ERROR {bad}, row 12, column 'lon': is not a number (got '35x'); "
                                               "write a decimal number with a point, as 35.25"]


def test_the_table_is_package_data():
    import tomllib

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["geo"]
    assert any(Path("gazetteer/features.csv").match(p) for p in patterns)


def _check():
    return load_script("check_features")


def test_the_table_passes_its_checks(tmp_path):
    """scripts/check_features.py: every row lies in or by its countries, no name is a far town's or a common word;
    a mistyped coordinate, a bare town's name and a common word are caught."""
    check = _check()
    errors, _ = check.problems()
    assert errors == []
    bad = tmp_path / "f.csv"
    bad.write_text(",".join(features.COLUMNS) + "\n"
                   "Salang Pass,pass,AF,25.32,69.03,10,,Salang Tunnel,Wikipedia: Salang Pass\n"  # ten degrees south
                   "Sinjar Mountains,height,IQ,36.37,41.70,40,,Sinjar,Wikipedia: Sinjar Mountains\n"  # the town, 0 km
                   "Øresund,strait,DK|SE,55.80,12.70,40,,Sound,Wikipedia: Øresund\n"  # a common word
                   "Berezan Island,island,UA,46.60,31.41,3,,Berezan,Wikipedia: Berezan Island\n"  # a far town's
                   # a Russian adjective alone ("boiler") and its romanisation
                   "Kotelny Island,island,RU,75.40,139.50,100,,Kotelny|Котельный|остров Котельный,Wikipedia\n",
                   encoding="utf-8")
    errors, warnings = check.problems(str(bad))
    assert any("'Salang Pass'" in e and "outside AF" in e for e in errors)
    assert any("'Sound' is a common English word" in e for e in errors)
    assert any("'Berezan' is also the town" in e for e in errors)
    adjectives = [e for e in errors if "adjective alone" in e]
    assert len(adjectives) == 2
    assert any("'Котельный'" in e for e in adjectives) and any("'Kotelny'" in e for e in adjectives)
    assert not any("'Sinjar' is" in e for e in errors) and any("'Sinjar' is also the town" in w for w in warnings)


# (query, lat, lon of the reference, km, kind of the result)
@pytest.mark.parametrize("query, lat, lon, km, kind", [
    ("Khyber Pass", 34.08, 71.21, 15, ""),  # Wikipedia: Khyber Pass
    ("the Salang Pass", 35.32, 69.03, 15, ""),  # Wikipedia: Salang Pass
    ("Strait of Messina", 38.25, 15.63, 20, "water"),  # Wikipedia: Strait of Messina
    ("the Great Belt", 55.5, 10.95, 40, "water"),  # Wikipedia: Great Belt
    ("Vilkitsky Strait", 77.9, 104.0, 60, "water"),  # Wikipedia: Vilkitsky Strait
    ("Kara Gates", 70.4, 58.3, 40, "water"),  # Wikipedia: Kara Strait
    ("the Volga-Don Canal", 48.6, 44.0, 60, "water"),  # Wikipedia: Volga–Don Canal
    ("Suwałki Gap", 54.2, 23.2, 40, ""),  # Wikipedia: Suwałki Gap
    ("Lachin corridor", 39.6, 46.5, 40, ""),  # Wikipedia: Lachin corridor
    ("the Wakhan Corridor", 37.0, 73.0, 150, ""),  # Wikipedia: Wakhan Corridor
    ("Philadelphi corridor", 31.24, 34.25, 10, ""),  # Wikipedia: Philadelphi Route
    ("Kinburn Spit", 46.53, 31.6, 25, ""),  # Wikipedia: Kinburn Peninsula
    ("Кинбурнская коса", 46.53, 31.6, 25, ""),
    ("Арабатська стрілка", 45.75, 35.1, 60, ""),  # Wikipedia: Arabat Spit
    ("Isthmus of Perekop", 46.1, 33.7, 20, ""),  # Wikipedia: Isthmus of Perekop
    ("Kola Peninsula", 67.5, 36.5, 300, ""),  # Wikipedia: Kola Peninsula
    ("Spratly Islands", 10.0, 114.0, 300, ""),  # Wikipedia: Spratly Islands
    ("Senkaku Islands", 25.75, 123.5, 40, ""),  # Wikipedia: Senkaku Islands
    ("Novaya Zemlya", 74.0, 57.0, 500, ""),  # Wikipedia: Novaya Zemlya
    ("Crete", 35.2, 24.9, 130, ""),  # Wikipedia: Crete (not the Illinois town)
    ("Socotra", 12.5, 53.9, 70, ""),  # Wikipedia: Socotra (the island, not its airport alone)
    ("Golan Heights", 33.0, 35.8, 40, ""),  # Wikipedia: Golan Heights
    ("Mount Hermon", 33.42, 35.86, 15, ""),  # Wikipedia: Mount Hermon (not the Californian hamlet)
])
def test_features_as_news_prints_them(g, query, lat, lon, km, kind):
    r = g.geocode(query)
    assert _km(lat, lon, r.lat, r.lon) <= km, (r.name, r.lat, r.lon)
    assert r.kind == kind and r.ref.startswith("features.csv:")
    # an area-like place: drawn as approximate, as a region is
    assert r.precision == "region" and r.radius_km > 0


@pytest.mark.parametrize("query", ["the Channel", "the channel", "pass", "the Pass", "the Gap", "the strait",
                                   "the corridor", "the Heights", "the island", "the peninsula", "the cape"])
def test_a_features_word_alone_is_no_place(g, query):
    """Not a typo of a town either: "the Channel" had been Chandel, India."""
    with pytest.raises(UnresolvedPlace, match="a feature's word without its name"):
        g.geocode(query)


def test_a_capitalised_word_alone_is_read_but_is_never_a_feature(g):
    """"Gap" may be the French town; it is never a feature's bare word."""
    try:
        r = g.geocode("Gap")
    except UnresolvedPlace as exc:
        r = exc.guess
    assert r is None or not r.ref.startswith("features.csv:")


@pytest.mark.parametrize("query", ["Channel", "Dam", "Island", "Strait", "Pass", "Channels", "Cape"])
def test_a_capitalised_features_word_alone_is_no_typo_nor_other_name_of_a_far_place(g, query):
    """At a sentence's start or in a title: "Channel" had been Chandel, India (fuzzy), "Dam" Dome, Ghana and
    "Island" Iceland (other names), "Cape" (left of "Cape Tarkhankut") the Cape province of South Africa; only a town
    bearing the word as its own name may be read."""
    with pytest.raises(UnresolvedPlace, match="a feature's word without its name") as exc:
        g.geocode(query)
    assert exc.value.guess is None and not exc.value.suggestions
    assert isinstance(g.geocode_all([Query(query), Query("Kursk")])[0], UnresolvedPlace)


def test_a_town_that_bears_a_features_word_as_its_own_name_is_read(g):
    # Gap, Hautes-Alpes, 44.56 N 6.08 E (Wikipedia: Gap, Hautes-Alpes), 80 km from Grenoble
    r = g.geocode_all([Query("Gap"), Query("Grenoble"), Query("Briançon")])[0]
    assert not isinstance(r, UnresolvedPlace) and r.precision == "city"
    assert _km(44.56, 6.08, r.lat, r.lon) <= 10


@pytest.mark.parametrize("query", ["Котельный", "Kotelny"])
def test_a_russian_adjective_alone_is_not_the_island_named_by_it(g, query):
    """"котельный" (boiler) capitalised at a sentence's start had been Kotelny Island at 0.99; the island keeps its
    noun in every script."""
    try:
        r = g.geocode(query)
    except UnresolvedPlace as exc:
        r = exc.guess
    assert r is None or not r.ref.startswith("features.csv:")
    for named in ("остров Котельный", "Kotelny Island"):
        r = g.geocode(named)
        assert r.ref == "features.csv:Kotelny Island" and 74 < r.lat < 77  # the New Siberian Islands, 74-77 N


# (feature, [(town that lies at it, at most km from the feature's point), ...]): the towns from GeoNames, not the table
@pytest.mark.parametrize("query, towns", [
    ("Strait of Messina", [("Messina", 20), ("Reggio Calabria", 20)]),  # facing each other across the strait
    ("the Great Belt", [("Nyborg", 30), ("Korsør", 30)]),  # the ferry ports on Funen and Zealand, 25 km apart
    ("Khyber Pass", [("Landi Kotal", 15)]),  # the town at the top of the pass
    ("Isthmus of Perekop", [("Armyansk", 10)]),  # the town on the isthmus
    ("Philadelphi corridor", [("Rafah", 10)]),  # the corridor runs along Rafah's border
    ("Kinburn Spit", [("Ochakiv", 20)]),  # across the estuary's mouth from the spit
    ("Shipka Pass", [("Shipka", 10)]),  # the village below the pass
    ("Golan Heights", [("Katzrin", 25)]),  # the heights' main town
])
def test_a_features_point_lies_by_the_towns_on_its_banks(g, query, towns):
    f = g.geocode(query)
    assert f.ref.startswith("features.csv:")
    for town, km in towns:
        t = g.geocode_all([Query(town), Query(query)])[0]
        assert t.ref.startswith("geonames:") and t.precision == "city"
        assert _km(f.lat, f.lon, t.lat, t.lon) <= km, (f.name, town, round(_km(f.lat, f.lon, t.lat, t.lon)))


# (town, lat, lon of the town): a town named like a feature, or whose name a feature bears, stays the town
@pytest.mark.parametrize("query, lat, lon", [
    ("Shipka", 42.71, 25.33),  # the Bulgarian town below the Shipka Pass
    ("Kerch", 45.36, 36.47),  # not the Kerch Strait
    ("Messina", 38.19, 15.55),  # not the Strait of Messina
    ("Suwałki", 54.1, 22.93),  # not the Suwałki Gap
])
def test_a_town_named_like_a_feature_stays_the_town(g, query, lat, lon):
    r = g.geocode(query)
    assert r.precision == "city" and _km(lat, lon, r.lat, r.lon) <= 15 and not r.ref.startswith("features.csv:")


def test_a_document_reads_a_town_beside_a_feature_of_its_name(g):
    out = g.geocode_all([Query("Shipka Pass"), Query("Shipka"), Query("Kazanlak")])
    assert out[0].ref == "features.csv:Shipka Pass"
    assert out[1].precision == "city" and _km(42.71, 25.33, out[1].lat, out[1].lon) <= 15


# --- demonyms: an adjective of a place is not a place of another country ---

@pytest.mark.parametrize("query", ["Gazan", "Gazans"])
def test_a_peoples_word_is_its_place_not_another_countrys_namesake(g, query):
    """"Gazan" is another name of Jizan (Saudi Arabia) and of a village in Iran: the adjective of Gaza, a bigger
    place by its own name, reads as Gaza (alone still refused between Gaza's namesakes, as "Gaza" is)."""
    try:
        r = g.geocode(query)
    except UnresolvedPlace as exc:
        r = exc.guess
    assert r is not None and r.country_code == "PS"


def test_a_peoples_word_beside_its_place_is_placed_there(g):
    out = g.geocode_all([Query("Gazan"), Query("Gaza Strip"), Query("Khan Younis")])
    assert out[0].country_code == "PS"


def test_a_place_known_by_another_name_stays_itself_when_it_is_the_bigger(g):
    """"Milan" is another name of Milano, and "Mila" a town of Algeria: the city of 1.4 million stays."""
    r = g.geocode("Milan")
    assert r.country_code == "IT"


def test_a_countrys_word_stays_the_countrys(g):
    """"Georgian" is the country's word, not the American state's (bigger, but no town bears the word)."""
    assert g.geocode("Georgian").country_code == "GE"


def test_gaza_beside_the_gaza_strip_is_the_palestinian_city(g):
    out = g.geocode_all([Query("Gaza"), Query("Gaza Strip")])
    assert out[0].country_code == "PS" and _km(31.5, 34.47, out[0].lat, out[0].lon) <= 20


# --- a feature's own name is not a typo of a far town's ---

def test_a_feature_named_a_letter_from_a_far_town_is_not_the_towns_area(g):
    """"Philadelphi" is the Philadelphi Route's own name; "Philadelphi gap" (no row of the table) had been read as the
    area around Philadelphia, a fuzzy match across a different name. A front's word after a typo still reads it."""
    with pytest.raises(UnresolvedPlace):
        g.geocode("Philadelphi gap")
    r = g.geocode("Bakhmutt outskirts")
    assert r.match == "fuzzy" and _km(48.59, 38.0, r.lat, r.lon) <= 30
