"""Facilities as places of their own: air bases, ports, depots, ranges, crossings, junctions and camps.

True points are from public references (the article named beside each), not from the gazetteer's data.
"""

from __future__ import annotations

import json

import pytest

from conftest import load_script

from geo.errors import GazetteerError, UnresolvedPlace
from geo.gazetteer import facilities, facility_forms
from geo.gazetteer.common import haversine_km as _km
from geo.geocoders.base import FACILITY_KINDS, GeocodeResult, Query, display_name
from geo.geocoders.offline import OfflineGeocoder


@pytest.fixture(scope="module")
def g():
    return OfflineGeocoder()


@pytest.mark.parametrize("text, core, kinds", [
    ("Engels air base", "Engels", ("airbase",)),
    ("Saky airfield", "Saky", ("airbase",)),
    ("the port of Vostochny", "Vostochny", ("port", "naval-base")),
    ("Tartus naval base", "Tartus", ("naval-base", "port")),
    ("the Tikhoretsk ammunition depot", "Tikhoretsk", ("depot",)),
    ("Kapustin Yar test range", "Kapustin Yar", ("range",)),
    ("Upper Lars border crossing", "Upper Lars", ("crossing",)),
    ("Orsha junction", "Orsha", ("rail",)),
    ("Camp Lemonnier", "Lemonnier", ("camp", "airbase", "naval-base", "range")),
    ("авиабаза Хмеймим", "Хмеймим", ("airbase",)),
    ("порт Восточный", "Восточный", ("port", "naval-base")),
    ("قاعدة حميميم الجوية", "حميميم", ("airbase",)),
    ("معبر رفح", "رفح", ("crossing",)),
    ("Masyaf weapons facility", "Masyaf", ("range",)),
    ("the Pavlohrad missile facility", "Pavlohrad", ("range",)),
    ("Jamraya military research centre", "Jamraya", ("range",)),
    ("Homs chemical weapons facility", "Homs", ("range",)),
])
def test_facility_nouns_are_read_before_and_after_the_name(text, core, kinds):
    form = facility_forms.split(text)
    assert (form.core, form.kinds) == (core, kinds)


@pytest.mark.parametrize("text", ["Kursk", "Kursk region", "the airfield", "a military base", "Port Sudan",
                                  "Washington Post", "Brandenburg Gate", "Scotland Yard"])
def test_names_without_a_facility_noun_are_not_facilities(text):
    form = facility_forms.split(text)
    assert form is None or text == "Port Sudan"  # "Port X" is a town's name: found whole before any noun


# (query, kind, true lat, lon, reference)
@pytest.mark.parametrize("query, kind, lat, lon", [
    ("Hmeimim air base", "airbase", 35.4011, 35.9486),  # Wikipedia: Khmeimim Air Base
    ("Khmeimim airbase", "airbase", 35.4011, 35.9486),
    ("авиабаза Хмеймим", "airbase", 35.4011, 35.9486),
    ("قاعدة حميميم", "airbase", 35.4011, 35.9486),
    ("Engels air base", "airbase", 51.4806, 46.2111),  # Wikipedia: Engels-2
    ("Engels-2", "airbase", 51.4806, 46.2111),
    ("al-Jufra air base", "airbase", 29.1981, 16.0008),  # Wikipedia: Al Jufra Air Base
    ("Mihail Kogalniceanu air base", "airbase", 44.3622, 28.4883),  # not the commune in Ialomița
    ("the port of Vostochny", "port", 42.76, 133.07),  # Wikipedia: Vostochny Port, not the Stavropol village
    ("Tartus naval base", "naval-base", 34.8947, 35.8706),  # Wikipedia: Russian naval facility in Tartus
    ("ميناء طرطوس", "naval-base", 34.8947, 35.8706),
    ("the Tikhoretsk ammunition depot", "depot", 45.86, 40.10),  # Wikipedia: Tikhoretsk
    ("Kapustin Yar test range", "range", 48.57, 45.75),
    ("Upper Lars border crossing", "crossing", 42.741, 44.632),  # Wikipedia: Verkhny Lars
    ("Kerem Shalom crossing", "crossing", 31.2285, 34.2842),
    ("Orsha junction", "rail", 54.51, 30.42),
    ("Camp Lemonnier", "camp", 11.5467, 43.1594),
    ("Baltimore air base", "airbase", 51.6167, 39.1375),  # Voronezh's Baltimor, not Maryland's airports
    ("Kherson airfield", "airbase", 46.675, 32.5067),  # the town's airfield: Chornobaivka
    ("McConnell Air Force Base", "airbase", 37.6227, -97.2673),  # the FAA's "Mc Connell Afb Airport", Wichita
    ("Dover Air Force Base", "airbase", 39.1295, -75.4660),
])
def test_facilities_as_news_prints_them(g, query, kind, lat, lon):
    r = g.geocode(query)
    assert r.kind == kind and r.precision == "point" and r.radius_km == 0
    assert _km(lat, lon, r.lat, r.lon) <= 12, (r.name, r.lat, r.lon)
    assert r.ref.split(":")[0] in ("airportsdata", "searoute", "facilities.csv")


def test_the_source_of_each_fact_is_in_ref(g):
    assert g.geocode("Bassel al-Assad airport").ref == "airportsdata:OSLK"
    assert g.geocode("OSLK").ref == "airportsdata:OSLK"  # an ICAO code, written in capitals
    assert g.geocode("Vladivostok port").ref == "searoute:RUVVO"  # its UN/LOCODE
    assert g.geocode("Camp Lemonnier").ref == "facilities.csv:Camp Lemonnier"


def test_a_bare_iata_code_is_not_an_airport(g):
    """SDF is Louisville's code but the news' acronym: only with a noun ("SDF airport") is it an airport."""
    with pytest.raises(UnresolvedPlace):
        g.geocode("SDF")
    assert g.geocode("CIA airport").ref == "airportsdata:LIRA"  # Ciampino


def test_a_military_noun_prefers_military_fields_and_a_civil_one_civil(g):
    assert g.geocode("Baltimore air base").country_code == "RU"
    with pytest.raises(UnresolvedPlace) as ei:  # two airports serve Baltimore: which one the text must say
        g.geocode("Baltimore airport")
    assert ei.value.guess.ref == "airportsdata:KBWI" and ei.value.guess.candidates[0].country_code == "US"


@pytest.mark.parametrize("query, town, lat, lon", [
    ("Kursk junction", "Kursk", 51.7304, 36.1926),
    ("the Ussuriysk arsenal", "Ussuriysk", 43.7972, 131.9519),
    # a site of weapons or research, a noun of no kind of the data's (read as a range's), by a town without one
    ("Pavlohrad missile facility", "Pavlohrad", 48.5167, 35.8667),
    ("Homs chemical weapons facility", "Homs", 34.7308, 36.7094),
    ("Dnipro missile facility", "Dnipro", 48.4500, 34.9833),
])
def test_a_facility_the_gazetteer_lacks_falls_back_to_its_town_and_says_so(g, query, town, lat, lon):
    r = g.geocode(query)
    assert (r.name, r.kind, r.precision) == (town, "", "city") and _km(lat, lon, r.lat, r.lon) <= 25
    assert r.doubt.startswith(f"no ") and f"of {town!r} in the gazetteer: placed at the town, {town}" in r.doubt


@pytest.mark.parametrize("query, chosen, town", [
    ("Luhansk checkpoint", "Stanytsia Luhanska bridge", "Luhansk"),  # 20 km off, another town's crossing
    ("Muizenberg naval base", "Simon's Town naval base", "Muizenberg"),  # 10 km off, the next town's
    ("Nairobi barracks", "Kahawa Barracks", "Nairobi"),
    ("Kinshasa camp", "Camp Kokolo", "Kinshasa"),
    ("Ouagadougou camp", "Camp Guillaume Ouedraogo", "Ouagadougou"),
    ("Khabarovsk base", "Eastern Military District headquarters", "Khabarovsk"),
])
def test_a_facility_by_a_town_that_bears_another_name_is_to_check(g, query, chosen, town):
    # "<town> <noun>" read as a facility by the town that is named otherwise: nothing says the text means that one
    r = g.geocode(query)
    assert r.name == chosen and r.doubt, r
    assert f"by {town}, which bears another name" in r.doubt
    assert town in [c.name for c in r.candidates]  # the town itself is the other reading, listed


@pytest.mark.parametrize("query, town", [
    ("Kaiserslautern base", "Kaiserslautern"),  # Kleber Kaserne, Sembach, Landstuhl ... (news mostly means Ramstein)
    ("Ouagadougou camp", "Ouagadougou"),
    ("Khabarovsk base", "Khabarovsk"),
    ("Luhansk checkpoint", "Luhansk"),
])
def test_one_of_several_facilities_by_a_town_is_to_check_with_the_others_listed(g, query, town):
    r = g.geocode(query)
    assert r.doubt and f"by {town}" in r.doubt and " within 30 km of it" in r.doubt, r
    others = [c for c in r.candidates if c.precision == "point"]
    assert others and all(c.name != r.name and c.name in r.doubt for c in others)


@pytest.mark.parametrize("query, name", [
    ("Engels air base", "Engels"),
    ("Hmeimim air base", "Khmeimim Air Base"),
    ("Tartus naval base", "Tartus naval facility"),
    ("Kursk Khalino", "Khalino air base"),
    ("Kursk airfield", "Khalino air base"),  # filed under its town only, but named after it ("Kursk Khalino")
    ("Kherson airfield", "Chornobaivka airfield"),  # "Kherson airport" is a name of its own
    ("Tikhoretsk ammunition depot", "Tikhoretsk arsenal"),
    ("Shagol air base", "Chelyabinsk Shagol Airport"),  # its own name, no town's
    ("Mykolaiv port", "Port of Nikolaev"),  # the town's name in another spelling
])
def test_a_facility_that_bears_its_towns_name_stays_sure(g, query, name):
    r = g.geocode(query)
    assert name in r.name and not r.doubt, r


@pytest.mark.parametrize("query, plant", [
    # a nuclear plant is a plant, no range: a military noun never lands on one, sure or not (when the data filed
    # them as ranges, these were the plant, to check); the town, said so, or a refusal
    ("Kursk training ground", "Kursk Nuclear Power Plant"),
    ("Smolensk training ground", "Smolensk Nuclear Power Plant"),
    ("Balakovo range", "Balakovo Nuclear Power Plant"),
    ("Zaporizhzhia training ground", "Zaporizhzhia Nuclear Power Plant"),
    ("Enerhodar training ground", "Zaporizhzhia Nuclear Power Plant"),  # the plant's town
    ("Kursk barracks", "Kursk Nuclear Power Plant"),
    ("Kurchatov military base", "Kursk Nuclear Power Plant"),  # the plant's town
])
def test_a_military_noun_never_lands_on_a_plant(g, query, plant):
    try:
        r = g.geocode(query)
    except UnresolvedPlace:
        return
    assert r.name != plant and r.kind != "plant" and r.doubt, r


@pytest.mark.parametrize("query, plant", [
    # a town has many works: a plant of another sort, or a noun that says no sort, is none of them, never sure
    # (each was that plant, sure, when any noun of the kind fitted any plant of the town's name)
    ("Kursk steel works", "Kursk Nuclear Power Plant"),
    ("Kursk tank plant", "Kursk Nuclear Power Plant"),
    ("Kursk ammunition plant", "Kursk Nuclear Power Plant"),
    ("Kursk chemical plant", "Kursk Nuclear Power Plant"),
    ("Kursk thermal power plant", "Kursk Nuclear Power Plant"),
    ("Курский завод", "Kursk Nuclear Power Plant"),
    ("Курская ТЭЦ", "Kursk Nuclear Power Plant"),
    ("Smolensk aircraft plant", "Smolensk Nuclear Power Plant"),
    ("Смоленский авиационный завод", "Smolensk Nuclear Power Plant"),
    ("Zaporizhzhia steel works", "Zaporizhzhia Nuclear Power Plant"),
    ("Zaporizhzhia factory", "Zaporizhzhia Nuclear Power Plant"),
    ("Zaporizhzhia plant", "Zaporizhzhia Nuclear Power Plant"),
    ("Zaporizhzhia steel works", "Motor Sich"),  # the plant by the town: not of the sort said either
    ("Запорожский завод", "Zaporizhzhia Nuclear Power Plant"),
    ("Rivne steel works", "Rivne Nuclear Power Plant"),
    ("Tula power plant", "Tula Arms Plant"),
    ("Pavlohrad power plant", "Pavlohrad Chemical Plant"),
])
def test_a_plant_never_answers_for_another_sort_of_plant(g, query, plant):
    try:
        r = g.geocode(query)
    except UnresolvedPlace:
        return
    assert r.name != plant and r.kind != "plant" and r.doubt, r


@pytest.mark.parametrize("query, name", [
    # a plant named by its own sort, its own name or its whole name stays sure
    ("Kursk nuclear power plant", "Kursk Nuclear Power Plant"),
    ("Kursk NPP", "Kursk Nuclear Power Plant"),
    ("Курская АЭС", "Kursk Nuclear Power Plant"),
    ("Zaporizhzhia nuclear power plant", "Zaporizhzhia Nuclear Power Plant"),
    ("Tula arms plant", "Tula Arms Plant"),
    ("Тульский оружейный завод", "Tula Arms Plant"),
    ("Pavlohrad chemical plant", "Pavlohrad Chemical Plant"),
    ("Брянский химический завод", "Bryansk Chemical Plant"),
    ("Kazan aircraft plant", "Kazan Aviation Plant"),
    ("Burshtyn power plant", "Burshtyn TPP"),
    ("Avdiivka coke plant", "Avdiivka Coke Plant"),
    ("Azovstal plant", "Azovstal"),  # its own name, no town's: any noun of the kind
    ("Votkinsk plant", "Votkinsk Plant"),  # its whole name
    ("Воткинский завод", "Votkinsk Plant"),
    ("на заводе Антонов", "Antonov plant"),  # "завод X": the works' own name
])
def test_a_plant_named_by_its_sort_or_its_own_name_stays_sure(g, query, name):
    r = g.geocode(query)
    assert r.name == name and r.kind == "plant" and not r.doubt, r


@pytest.mark.parametrize("query", ["завод Малышева", "заводе Малышева", "завод имени Малышева"])
def test_the_name_after_zavod_is_the_works_or_its_namesake_person_never_a_town(g, query):
    # Kharkiv's Malyshev works, named for a person: no reading of the town of Malysheva
    with pytest.raises(UnresolvedPlace):
        g.geocode(query)


def test_plant_sorts_read_the_qualifier_not_the_head():
    ps = facility_forms.plant_sorts
    assert ps("plant") == ps("works") == ps("завод") == ps("factory") == frozenset()
    assert ps("ammunition plant") == ps("tank plant") == ps("авиационный завод") == {"arms"}
    assert ps("steel works") == {"metal"} and ps("chemical plant") == {"chemical"}
    assert ps("nuclear power plant") == ps("АЭС") == {"nuclear"} and ps("ТЭЦ") == ps("thermal power plant") == {"thermal"}
    assert ps("power plant") == {"nuclear", "thermal"}


def test_one_table_of_kind_nouns():
    from geo.geocoders import decision
    assert decision.KIND_NOUNS is facility_forms.KIND_NOUNS and set(decision.KIND_NOUNS) == set(FACILITY_KINDS)


@pytest.mark.parametrize("query, name", [
    ("Engels air base", "Engels"),  # "air base" and "Airbase": no word shared, a kind of their words is
    ("Tikhoretsk arsenal", "Tikhoretsk arsenal"),
    ("Kursk airfield", "Khalino air base"),  # "airfield" and "air base"
    ("Kursk air base", "Khalino air base"),
    ("Engels depot", "Engels airfield oil depot"),  # a civil depot, but a depot: "depot" is a word of its noun
    ("Kursk nuclear plant", "Kursk Nuclear Power Plant"),  # its own noun
    ("Natanz nuclear site", "Natanz enrichment facility"),  # a plant: "nuclear site" names one (or a test site)
    ("port of Odesa", "Port of Odessa"),
    ("RAF Mount Pleasant", "Mount Pleasant"),  # a naming noun is the base's name, not a sort of place
    ("авиабаза Морозовск", "Morozovsk air base"),
    ("нефтебаза Клинцы", "Klintsy oil depot"),  # a civil depot under a noun in another script
])
def test_a_facility_under_a_noun_of_its_own_sort_stays_sure(g, query, name):
    r = g.geocode(query)
    assert name in r.name and not r.doubt, r


def test_a_facility_read_through_its_town_is_to_check_in_a_document_too(g):
    r = g.geocode_all([Query("Khabarovsk base"), Query("Vladivostok")])[0]
    assert r.name == "Eastern Military District headquarters" and r.doubt


def test_a_facility_noun_never_lands_on_a_namesake_elsewhere(g):
    """Of the towns called Vostochny only the one with a port is read for "Vostochny port"."""
    r = g.geocode("Vostochny port")
    assert r.kind == "port" and _km(42.76, 133.07, r.lat, r.lon) <= 15


@pytest.mark.parametrize("query, at_least", [("Vostochny", 2), ("Vostochny, RU", 2), ("Moscow airport", 2)])
def test_namesakes_of_comparable_standing_are_refused_with_their_candidates(g, query, at_least):
    with pytest.raises(UnresolvedPlace) as ei:
        g.geocode(query)
    guess = ei.value.guess
    assert guess is not None and len(guess.candidates) + 1 >= at_least
    assert "too uncertain" in ei.value.reason and " not " in ei.value.reason


def test_namesakes_are_never_sure_without_the_rule_they_could_be(g):
    """The rule, not the calibration, refuses 'Vostochny': without it the village alone would be placed."""
    assert isinstance(OfflineGeocoder(namesakes=False).geocode("Kursk"), GeocodeResult)
    with pytest.raises(UnresolvedPlace):
        g.geocode("Vostochny")


def test_context_decides_between_namesakes(g):
    res = g.geocode_all([Query("Vostochny"), Query("Nakhodka"), Query("Vladivostok")])
    assert isinstance(res[0], GeocodeResult) and _km(42.76, 133.07, res[0].lat, res[0].lon) <= 15


# "the Friendship Bridge" is what each of these crossings is called where it stands (their references' names):
# the places named with it decide which (true points from the Wikipedia article of each bridge)
@pytest.mark.parametrize("context, lat, lon", [
    (["Khasan", "Vladivostok"], 42.42, 130.64),  # Korea–Russia Friendship Bridge
    (["Myawaddy", "Mae Sot"], 16.70, 98.52),  # Thai–Myanmar Friendship Bridge
    (["Bucharest", "Constanta"], 43.88, 25.99),  # Giurgiu–Ruse Friendship Bridge
    (["Termez", "Mazar-i-Sharif"], 37.23, 67.43),  # Afghanistan–Uzbekistan Friendship Bridge
    (["Dandong", "Sinuiju"], 40.12, 124.39),  # Sino-Korean Friendship Bridge
])
def test_the_friendship_bridge_is_the_one_by_the_places_named_with_it(g, context, lat, lon):
    r = g.geocode_all([Query("Friendship Bridge")] + [Query(n) for n in context])[0]
    assert isinstance(r, GeocodeResult) and r.kind == "crossing" and _km(lat, lon, r.lat, r.lon) <= 15


def test_the_friendship_bridge_alone_is_one_of_several(g):
    with pytest.raises(UnresolvedPlace) as ei:
        g.geocode("Friendship Bridge")
    assert ei.value.guess is not None and len(ei.value.guess.candidates) >= 2


@pytest.mark.parametrize("query", ["Black Sea", "the Mediterranean", "Kerch Strait", "Lake Baikal"])
def test_water_bodies_have_the_water_kind(g, query):
    assert g.geocode(query).kind == "water"


def test_towns_and_areas_have_no_kind(g):
    assert g.geocode("Vladivostok").kind == "" and g.geocode("Kursk region").kind == ""


@pytest.mark.parametrize("name, label", [("Ţarţūs", "Tartus"), ("Kursk Oblast", "Kursk Oblast"),
                                         ("Хабаровск", "Khabarovsk"), ("Kraków", "Krakow")])
def test_display_names_are_latin_without_diacritics(name, label):
    assert display_name(name) == label


def test_a_result_label_is_its_english_form(g):
    r = g.geocode("Tartous")
    assert r.label.isascii() and "Tartus" in r.label


def test_the_kind_survives_the_geocoding_record(tmp_path):
    from geo.decisions import canonical, format_record, read_record

    r = GeocodeResult("Hmeimim air base", "Khmeimim Air Base", 35.401, 35.949, "SY", "point", "exact", 0.97,
                      "gazetteer", ref="facilities.csv:Khmeimim Air Base", kind="airbase")
    assert canonical(r).kind == "airbase"
    path = tmp_path / "x.geocoded.csv"
    path.write_text(format_record({("Hmeimim air base", ""): r}), encoding="utf-8")
    back = read_record(path)[("Hmeimim air base", "")]
    assert back.kind == "airbase" and back.ref == r.ref


def test_geocode_command_prints_the_kind(capsys):
    from geo.cli import main

    assert main(["geocode", "Hmeimim air base", "Kursk junction"]) == 0
    base, town = map(json.loads, capsys.readouterr().out.splitlines())
    assert (base["kind"], base["ref"], base["doubt"]) == ("airbase", "facilities.csv:Khmeimim Air Base", "")
    assert (town["kind"], town["precision"]) == ("", "city") and town["doubt"].startswith("no junction of 'Kursk'")


def test_extract_places_facilities_through_the_same_geocoder():
    from geo.extract.records import Mention
    from geo.extract.resolve import resolve

    text = "Troops were flown from Hmeimim airbase to the port of Vostochny."
    i, j = text.index("Hmeimim airbase"), text.index("the port of Vostochny")
    r = resolve([Mention(i, i + 15, "Hmeimim airbase"), Mention(j, j + 21, "the port of Vostochny")], text=text)
    assert r[0].ref == "facilities.csv:Khmeimim Air Base" and r[0].precision == "point"
    assert _km(42.76, 133.07, r[1].lat, r[1].lon) <= 15


def test_every_curated_facility_has_a_kind_a_point_and_a_source():
    rows = facilities.read()
    assert len(rows) >= 150
    assert {r["kind"] for r in rows} == set(FACILITY_KINDS)
    assert all(r["source"] and -90 <= float(r["lat"]) <= 90 for r in rows)
    assert len({r["name"] for r in rows}) == len(rows)


def test_a_bad_row_of_the_curated_table_names_the_file_row_and_value(tmp_path):
    p = tmp_path / "f.csv"
    p.write_text(",".join(facilities.COLUMNS) + "\nX base,fortress,RU,50,40,,,yes,a book\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"f.csv, row 2, column 'kind': is not a known kind \(got 'fortress'\); "
                                             r"write one of "):
        facilities.read(str(p))


def test_the_curated_table_is_package_data_and_part_of_the_index_version(tmp_path):
    """`pip install .` ships the table, and an edited table never reuses a cached index built without the edit."""
    import tomllib
    from pathlib import Path

    from geo.gazetteer import cache

    root = Path(__file__).resolve().parent.parent
    patterns = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["geo"]
    assert any(Path("gazetteer/facilities.csv").match(p) for p in patterns)
    import shutil

    folder = tmp_path / "gazetteer"
    shutil.copytree(Path(cache.__file__).parent, folder, ignore=shutil.ignore_patterns("__pycache__"))
    digest = cache._code_digest(str(folder))
    assert digest == cache._code_digest()
    with open(folder / "facilities.csv", "a", encoding="utf-8") as f:
        f.write("Another base,camp,RU,50.0,40.0,,,yes,a reference\n")
    assert cache._code_digest(str(folder)) != digest


# --- the general rules (each checked on names of no single row of the table: forms, fallbacks, namesakes) ---

@pytest.mark.parametrize("text, core, kinds, named", [
    ("MCAS Iwakuni", "Iwakuni", ("airbase",), True),  # a base's name that begins with what it is
    ("HMNB Devonport", "Devonport", ("naval-base", "port"), True),
    ("NSA Bahrain", "Bahrain", ("naval-base", "port"), True),
    ("San Ysidro port of entry", "San Ysidro", ("crossing",), False),  # not "the port of Entry"
    ("Vaalimaa border station", "Vaalimaa", ("crossing",), False),
    ("залізничний вузол Фастів", "Фастів", ("rail",), False),
    ("Przemyśl Główny", "Przemyśl", ("rail",), False),  # the main station
    ("Rostov-Glavny", "Rostov", ("rail",), False),
    ("Anniston Army Depot", "Anniston", ("depot",), False),
    ("Scranton Army Ammunition Plant", "Scranton", ("plant", "depot"), False),
    ("Tuapse oil refinery", "Tuapse", ("depot",), False),
    ("нефтебаза Клинцы", "Клинцы", ("depot",), False),
    ("Kerch ferry", "Kerch", ("crossing", "port"), False),
    ("Yavoriv military base", "Yavoriv", ("camp", "airbase", "naval-base", "range"), False),
    ("the Russian naval base at Tartus", "Tartus", ("naval-base", "port"), False),  # whose, then where
    ("Niamey Air Base 101", "Niamey", ("airbase",), False),  # a number after the noun
    ("нефтебаза в Клинцах", "Клинцах", ("depot",), False),  # "in" and the town's case
])
def test_more_facility_forms(text, core, kinds, named):
    form = facility_forms.split(text)
    assert (form.core, form.kinds, form.named) == (core, kinds, named)


@pytest.mark.parametrize("text", ["Nas Daily", "Jb Hifi", "Fsb"])  # acronyms name a base only in capitals
def test_acronyms_before_a_name_count_only_in_capitals(text):
    assert facility_forms.split(text) is None


def test_facility_keys_meet_across_transliterations():
    from geo.gazetteer import normalize

    key = lambda s: facility_forms.facility_key(normalize(s), "airbase")  # noqa: E731
    assert key("Ayn al-Assad") == key("Ain al-Asad") == key("Ain Asad")  # the article, doubled letters, ay/ai
    assert key("Shaykovka") == key("Shaikovka") and key("Chkalovskiy") == key("Chkalovsky")
    assert key("Odesa") != key("Odessa")  # doubled letters fold only in Arabic names: the Texan Odessa stays apart


def test_russian_and_ukrainian_case_forms_go_back_to_the_town():
    assert facility_forms.nominatives("Клинцах") == ["Клинцы"]
    assert facility_forms.nominatives("Торопцом")[0] == "Торопец"
    assert "Харків" in facility_forms.nominatives("Харкові")


@pytest.mark.parametrize("query, country, lat, lon", [
    ("UKFB", None, 44.688, 33.574),  # a curated row's ICAO code (Belbek), in capitals; airportsdata lacks it
    ("Ayn al-Assad", "IQ", 33.786, 42.441),  # a curated name without a noun, however transliterated
    ("Engels air base in Saratov region", None, 51.48, 46.21),  # where it is, said after it
    ("Hmeimim air base (Syria)", None, 35.401, 35.949),
    ("Jasionka airport", None, 50.11, 22.02),  # the field's own name after the city's (Rzeszow-Jasionka)
    ("Lipetsk Tsentralny airfield", None, 52.70, 39.54),  # a big city and a field name the data lacks: its field
    ("port of Odesa", None, 46.50, 30.75),  # ports weigh as their towns: not the port of Odessa, Washington
    ("Odesa airport", None, 46.43, 30.68),
    ("Voronezh air base", None, 51.617, 39.138),  # the military field filed under the town: Baltimor
    ("Fort Polk", "US", 31.05, -93.21),  # renamed Fort Johnson; a base's whole name
])
def test_facilities_found_by_the_general_rules(g, query, country, lat, lon):
    r = g.geocode(query, country=country)
    assert r.kind and _km(lat, lon, r.lat, r.lon) <= 25, (r.name, r.lat, r.lon)


@pytest.mark.parametrize("query, lat, lon", [("Engles airbase", 51.48, 46.21), ("Al Udied air base", 25.117, 51.315),
                                             ("Jasiomka airport", 50.11, 22.02)])
def test_a_typo_of_a_facility_name_is_a_fuzzy_match_among_facilities(g, query, lat, lon):
    r = g.geocode(query)
    assert r.match == "fuzzy" and r.doubt.startswith("fuzzy match") and _km(lat, lon, r.lat, r.lon) <= 15


def test_a_crossing_named_by_the_towns_on_both_sides(g):
    """Cahul (Moldova) and Oancea (Romania) are the two towns of a crossing the table lacks: the readings of both
    that lie near each other."""
    r = g.geocode("Cahul-Oancea crossing")
    assert _km(45.90, 28.19, r.lat, r.lon) <= 25 and r.doubt.startswith("no crossing of 'Cahul-Oancea'")
    # Ungheni (Moldova) and Iasi (Romania): the table's crossing at Ungheni, not the Ungheni of Mures county
    r = g.geocode("Ungheni-Iasi crossing")
    assert r.kind == "crossing" and _km(47.21, 27.80, r.lat, r.lon) <= 5


def test_a_crossing_lies_on_a_border(g):
    for query in ("Tambov border crossing", "Tambov border checkpoint", "Bryansk customs checkpoint"):
        with pytest.raises(UnresolvedPlace, match="no town of that name lies near a border"):
            g.geocode(query)
    r = g.geocode("Izmail crossing")  # on the Danube, the Romanian border, with no crossing in the data: the town
    assert r.name == "Izmayil" and r.precision == "city" and "placed at the town" in r.doubt


@pytest.mark.parametrize("query, country, town, lat, lon", [
    ("Maryinka checkpoint", "UA", "Mar'yinka", 47.9425, 37.5050),  # on the Donbas front line
    ("Kramatorsk checkpoint", None, "Kramatorsk", 48.7231, 37.5564),
    ("Tambov checkpoint", None, "Tambov", 52.7317, 41.4433),
])
def test_a_checkpoint_need_not_lie_on_a_border(g, query, country, town, lat, lon):
    """A checkpoint by the noun alone may be a front line's or a road's into a town: with no crossing of the name,
    the town, said so (a border crossing, a border or customs checkpoint is still a border's)."""
    r = g.geocode(query, country=country)
    assert (r.name, r.precision) == (town, "city") and _km(lat, lon, r.lat, r.lon) <= 10
    assert r.doubt.startswith(f"no checkpoint of {query.split()[0]!r} in the gazetteer: placed at the town")


def test_a_weapons_site_the_data_file_as_a_research_centre_is_found(g):
    r = g.geocode("Masyaf weapons facility")  # the Scientific Studies and Research Centre's site by Masyaf
    assert r.name == "Masyaf research centre" and _km(35.065, 36.345, r.lat, r.lon) <= 5


@pytest.mark.parametrize("query, country", [("the Alekseevka ammunition depot", None), ("Pervomaisky garrison", "RU"),
                                            ("Mikhailovka air base", None), ("Nikolaevka training ground", None),
                                            ("Kamenka depot", "RU")])
def test_a_facility_read_through_a_town_of_many_namesakes_is_refused_with_them(g, query, country):
    """Which of many Alekseyevkas (or Pervomayskiys, however the ending is spelt) holds the depot, its size says
    little: the towns without such a facility in the data count as namesakes, and the refusal lists them."""
    with pytest.raises(UnresolvedPlace) as ei:
        g.geocode(query, country=country)
    guess = ei.value.guess
    assert guess is not None and len(guess.candidates) >= 2 and "too uncertain" in ei.value.reason


def test_a_station_or_port_weighs_its_towns_by_their_size(g):
    """A rail hub is in the bigger town: Pokrovsk (Donetsk) before Pokrovsk (Yakutia), though only to check (its
    station is in the table since the third writer's rows; the namesake town still makes it one to check)."""
    r = g.geocode("Pokrovsk rail hub")
    assert _km(48.28, 37.18, r.lat, r.lon) <= 25 and r.kind == "rail" and "Pokrovsk, RU" in r.doubt


def test_the_curated_table_passes_its_checks(tmp_path):
    """scripts/check_facilities.py: every row lies in its country and near its town; a mistyped coordinate is
    caught (Toropets a degree too far south)."""
    check = load_script("check_facilities")
    errors, _ = check.problems()
    assert errors == []
    bad = tmp_path / "f.csv"
    bad.write_text(",".join(facilities.COLUMNS) + "\nToropets arsenal,depot,RU,55.50,31.64,Toropets,,yes,a book\n",
                   encoding="utf-8")
    errors, _ = check.problems(str(bad))
    assert len(errors) == 1 and "from the nearest town called 'Toropets'" in errors[0]


# A bare name is the town when a town of that name exists, in every script; the facility named after it needs its
# noun. (query, true lat, lon of the town: Wikipedia's article on each town)
@pytest.mark.parametrize("query, lat, lon", [
    ("Sudzha", 51.19, 35.27), ("Суджа", 51.19, 35.27),
    ("Yeysk", 46.71, 38.27), ("Ейск", 46.71, 38.27), ("Єйськ", 46.71, 38.27),
    ("Novorossiysk", 44.72, 37.77), ("Новороссийск", 44.72, 37.77), ("Новоросійськ", 44.72, 37.77),
    ("Engels", 51.50, 46.12), ("Энгельс", 51.50, 46.12), ("Енгельс", 51.50, 46.12),
    ("Mozdok", 43.73, 44.65), ("Моздок", 43.73, 44.65),
    ("Tartus", 34.89, 35.89), ("Тартус", 34.89, 35.89), ("طرطوس", 34.89, 35.89),
    ("Orsha", 54.51, 30.42), ("Орша", 54.51, 30.42),
    ("Valuyki", 50.21, 38.10), ("Валуйки", 50.21, 38.10), ("Валуйки, RU", 50.21, 38.10),
    ("Шебекино", 50.41, 36.90), ("Шебекине", 50.41, 36.90),  # the Ukrainian spelling, romanised
])
def test_a_bare_name_is_the_town_not_the_facility_named_after_it(g, query, lat, lon):
    name, _, cc = query.partition(", ")
    r = g.geocode(name, country=cc or None)
    assert r.kind == "" and r.precision == "city", (r.name, r.kind)
    assert _km(lat, lon, r.lat, r.lon) < 15, r.name


@pytest.mark.parametrize("query, kind, lat, lon", [
    ("Mozdok air base", "airbase", 43.79, 44.61), ("аэродром Моздок", "airbase", 43.79, 44.61),
    ("авіабаза Моздок", "airbase", 43.79, 44.61), ("Yeysk air base", "airbase", 46.68, 38.21),
    ("аэродром Ейск", "airbase", 46.68, 38.21), ("Tartus naval base", "naval-base", 34.90, 35.87),
    ("Sudzha border crossing", "crossing", 51.17, 35.28), ("Orsha junction", "rail", 54.51, 30.42),
    ("Hmeimim", "airbase", 35.40, 35.95), ("Khmeimim", "airbase", 35.40, 35.95), ("Хмеймим", "airbase", 35.40, 35.95),
    ("Kulbakino", "airbase", 46.93, 32.10),  # a field's own name, which no town bears
])
def test_a_facility_by_its_noun_or_its_own_distinctive_name(g, query, kind, lat, lon):
    r = g.geocode(query)
    assert r.kind == kind and _km(lat, lon, r.lat, r.lon) < 10, (r.name, r.kind)


def test_a_bare_name_of_a_town_in_a_document_stays_the_town(g):
    rs = g.geocode_all([Query(n) for n in ("Моздок", "Энгельс", "аэродром Моздок", "Ейск")])
    assert [r.kind for r in rs] == ["", "", "airbase", ""]


def test_a_facility_whose_name_only_a_far_town_bears_stays_the_facility():
    # the rule drops a facility only for a town that lies by it: a namesake town elsewhere is a namesake, weighed
    idx = OfflineGeocoder().idx
    g = OfflineGeocoder(idx)
    cands, _, _ = g._candidates("Kulbakino", None)
    assert any(idx.facility_kind(c.eid) == "airbase" for c in cands)


@pytest.mark.parametrize("query, cc, lat, lon", [
    ("Саки", "UA", 45.13, 33.60),  # Saky, Crimea; Saki, Nigeria has the Russian exonym too
    ("Покровск", "UA", 48.28, 37.18),  # Pokrovsk, Donetsk oblast; Engels bore the name until 1931
    ("Покровськ", "UA", 48.28, 37.18),
])
def test_a_cyrillic_name_is_the_own_name_of_a_town_that_writes_cyrillic(g, query, cc, lat, lon):
    r = g.geocode(query)
    assert r.country_code == cc and _km(lat, lon, r.lat, r.lon) < 15, r.name


@pytest.mark.parametrize("query, lat, lon", [
    ("Борисова", 54.23, 28.50),  # genitive of Борисов (Barysaw)
    ("Новоросійська", 44.72, 37.77),  # Ukrainian genitive of Novorossiysk
    ("Валуйках", 50.21, 38.10),  # locative of Валуйки
])
def test_a_russian_or_ukrainian_case_form_is_read_back_to_its_town(g, query, lat, lon):
    r = g.geocode(query)
    assert r.match in ("alias", "fuzzy") and _km(lat, lon, r.lat, r.lon) < 15, r.name


@pytest.mark.parametrize("alias, town, its", [
    ("Ейск", "Yeysk", True), ("Tartous", "Tartus", True), ("Тартус", "Tartus", True),
    ("Новоросійськ", "Novorossiysk", True), ("Kuchurgan", "Kuchurhan", True),
    ("Hmeimim", "Latakia", False), ("Engels-2", "Engels", False), ("Bassel al-Assad", "Latakia", False),
])
def test_a_facility_name_that_is_its_towns_in_any_spelling_or_script_is_filed_as_the_towns(alias, town, its):
    from geo.gazetteer.facilities import _towns_name
    from geo.gazetteer.names import normalize

    assert _towns_name(alias, normalize(town)) is its


@pytest.mark.parametrize("query, kind, lat, lon", [
    ("the naval aviation airfield at Yeysk", "airbase", 46.68, 38.21),  # two words before the noun
    ("Novorossiysk's naval harbour", "naval-base", 44.71, 37.80),
    ("the air base near Kursk", "airbase", 51.75, 36.30),  # no base of a place called Air
])
def test_more_ways_news_names_a_facility(g, query, kind, lat, lon):
    r = g.geocode(query)
    assert r.kind == kind and _km(lat, lon, r.lat, r.lon) < 10, r.name


# --- air forces' and navies' acronyms, adjectives of towns, "X border", a bare "base" ---

@pytest.mark.parametrize("text, core, kinds", [
    ("RAAF Tindal", "Tindal", ("airbase",)),  # beside "RAF X": other air forces' acronyms, with or without "Base"
    ("RNZAF Base Ohakea", "Ohakea", ("airbase",)),
    ("PAF Base Masroor", "Masroor", ("airbase",)),
    ("RMAF Kuantan", "Kuantan", ("airbase",)),
    ("JASDF Naha Air Base", "Naha", ("airbase",)),  # the noun after the name says it again
    ("HMAS Stirling", "Stirling", ("naval-base", "port", "airbase", "camp")),  # a navy's shore establishment
    ("INS Kadamba", "Kadamba", ("naval-base", "port", "airbase", "camp")),
])
def test_air_force_and_navy_acronyms_before_a_name(text, core, kinds):
    form = facility_forms.split(text)
    assert (form.core, form.kinds, form.named) == (core, kinds, True)


@pytest.mark.parametrize("text", ["Raaf Tindal", "Paf Masroor", "Ins Kadamba", "Hmas Stirling"])
def test_air_force_and_navy_acronyms_count_only_in_capitals(text):
    form = facility_forms.split(text)
    assert form is None or not form.named


@pytest.mark.parametrize("query, lat, lon", [
    ("RAAF Tindal", -14.52, 132.38),
    ("RNZAF Base Ohakea", -40.21, 175.39),
    ("PAF Base Masroor", 24.89, 66.94),
    ("HMAS Stirling", -32.23, 115.69),
])
def test_a_base_named_by_an_acronym_is_found(g, query, lat, lon):
    r = g.geocode(query)
    assert r.kind and _km(lat, lon, r.lat, r.lon) <= 10, (r.name, r.lat, r.lon)


@pytest.mark.parametrize("text, lemma, kinds", [
    ("Миллеровского аэродрома", "миллеровский", ("airbase",)),  # any case
    ("Балтийской военно-морской базы", "балтийский", ("naval-base", "port")),
    ("Кульбакінський аеродром", "кульбакінський", ("airbase",)),  # Ukrainian
    ("Тихорецкому арсеналу", "тихорецкий", ("depot",)),
    ("Энгельсский военный аэродром", "энгельсский", ("airbase",)),  # a word saying it is military between
])
def test_an_adjective_of_a_town_before_a_facility_noun(text, lemma, kinds):
    got, form = facility_forms.adjective_split(text)
    assert (got, form.kinds) == (lemma, kinds)


@pytest.mark.parametrize("text", ["Курская область", "Покровское направление", "Азовское море", "Kursk airfield",
                                  "Красная площадь"])
def test_other_adjectives_are_no_facility(text):
    assert facility_forms.adjective_split(text) is None


@pytest.mark.parametrize("query, kind, lat, lon", [
    ("Миллеровского аэродрома", "airbase", 48.95, 40.30),  # Millerovo, the town an "-ovo" name
    ("Балтийской военно-морской базы", "naval-base", 54.65, 19.90),  # Baltiysk
    ("Кульбакінському аеродромі", "airbase", 46.93, 32.10),  # Kulbakino by Mykolaiv
    ("Шайковская авиабаза", "airbase", 54.23, 34.37),  # Shaykovka, an "-ovka" name
    ("Моздокский аэродром", "airbase", 43.79, 44.61),
])
def test_a_facility_named_by_its_towns_adjective_is_the_facility(g, query, kind, lat, lon):
    r = g.geocode(query)
    assert r.kind == kind and _km(lat, lon, r.lat, r.lon) <= 10, (r.name, r.lat, r.lon)


def test_a_facility_named_by_its_towns_adjective_falls_back_to_the_town_and_says_so(g):
    r = g.geocode("Торжокского арсенала")  # Torzhok has a field, no depot in the gazetteer
    assert r.kind == "" and _km(57.04, 34.96, r.lat, r.lon) <= 10 and "no depot of 'Torzhok'" in r.doubt


@pytest.mark.parametrize("query, lat, lon", [("Torkham border", 34.10, 71.10), ("the Sudzha border", 51.17, 35.28),
                                             ("Rafah border", 31.25, 34.26)])
def test_x_border_is_the_crossing_at_x_when_the_gazetteer_has_one(g, query, lat, lon):
    r = g.geocode(query)
    assert r.kind == "crossing" and _km(lat, lon, r.lat, r.lon) <= 10, (r.name, r.lat, r.lon)


@pytest.mark.parametrize("query", ["Kursk border", "Polish border", "Belgorod border"])
def test_x_border_without_a_crossing_at_x_is_read_as_before(g, query):
    with pytest.raises(UnresolvedPlace):  # a border, not a place: no town, no crossing of a town near it
        g.geocode(query)


def test_a_bare_base_is_never_an_airport_that_is_only_an_airport(g):
    # Kalgoorlie has an airport airlines serve and no base: "Camp Kalgoorlie" names no place of the gazetteer,
    # and "the Kalgoorlie army base" is read through the town (at a town's precision), not placed on the airport
    with pytest.raises(UnresolvedPlace):
        g.geocode("Camp Kalgoorlie")
    r = g.geocode("Kalgoorlie army base")
    assert r.kind == "" and "no army base of 'Kalgoorlie'" in r.doubt
    assert g.geocode("Kalgoorlie airport").kind == "airbase"  # an airport noun still finds it
    assert g.geocode("Hmeimim base").kind == "airbase"  # and a base noun a military field


def _check_script():
    return load_script("check_facilities")


def test_an_air_base_far_from_airportsdatas_point_for_the_same_field_is_an_error(tmp_path):
    """The same field by its name without nouns and honorifics ("Incirlik"), or by its ICAO code; a mistyped
    latitude (half a degree) is caught, a namesake field far away is not the same field."""
    check = _check_script()
    bad = tmp_path / "f.csv"
    bad.write_text(",".join(facilities.COLUMNS) + "\n"
                   "Incirlik Air Base,airbase,TR,37.502,35.426,,Incirlik,yes,a reference\n"
                   "Shaheed Sultan Field,airbase,SA,25.063,47.581,,OEPS,yes,a reference\n"
                   "Donskoye airfield,airbase,RU,54.940,19.970,,,yes,a reference\n", encoding="utf-8")
    errors = check.airport_offsets(facilities.read(str(bad)))
    assert len(errors) == 2 and "airportsdata's LTAG" in errors[0] and "airportsdata's OEPS" in errors[1], errors
    assert check.field_key("Al Shaheed Muwaffaq Salti Air Base") == check.field_key("Muwaffaq Salti AB")


def test_a_row_at_airportsdatas_point_read_as_degrees_and_minutes_is_no_error(tmp_path):
    # airportsdata writes Brussels Airport at "50.5405, 4.2904": 50°54.05', 4°29.04' read as decimals
    check = _check_script()
    ok = tmp_path / "f.csv"
    ok.write_text(",".join(facilities.COLUMNS) + "\nBrussels Airport,airbase,BE,50.901,4.484,,EBBR,no,a reference\n",
                  encoding="utf-8")
    assert check.airport_offsets(facilities.read(str(ok))) == []


@pytest.mark.parametrize("query, lat, lon", [("EBBL", 51.168, 5.470), ("Kleine Brogel air base", 51.168, 5.470),
                                             ("Brussels airport", 50.901, 4.484), ("Florennes air base", 50.243, 4.646)])
def test_a_field_airportsdata_misplaces_is_our_rows(g, query, lat, lon):
    # Wikipedia's points; airportsdata puts each 20 to 45 km off (its degrees and minutes read as decimals)
    assert {"EBBL", "EBBR", "EBFS"} <= facilities.field_points().keys()
    r = g.geocode(query)
    assert r.ref.startswith("facilities.csv:") and _km(lat, lon, r.lat, r.lon) <= 2


def test_a_town_stands_for_a_facility_of_its_own_country_only(g):
    # Phuntsholing has no base in the gazetteer; the nearest military field, 17 km away, is India's at Hashimara
    r = g.geocode("Phuntsholing base")
    assert r.country_code == "BT" and r.kind == "" and _km(26.85, 89.39, r.lat, r.lon) <= 5
    assert g.geocode("Naqoura base").country_code == "LB"  # UNIFIL's headquarters, since the table has it
    assert g.geocode("Narva crossing").kind == "crossing"  # a crossing is both sides'


def test_a_camp_after_its_name_is_no_airfield(g):
    # "X camp", "X barracks": troops', refugees' or prisoners' quarters; a field filed under X is no reading
    assert facility_forms.split("Kalma camp").kinds == ("camp", "range", "naval-base")
    assert facility_forms.split("Camp Kalma").kinds == ("camp", "airbase", "naval-base", "range")  # a base's name
    try:
        r = g.geocode("Kalma camp")
    except UnresolvedPlace:
        return
    assert r.kind != "airbase", r.name  # not Wonsan Kalma airport, 10,000 km from the Darfur camp
    # the table has no camp of that name: a town read through the name is said to be one, never a sure camp
    assert "placed at the town" in r.doubt, r


@pytest.mark.parametrize("query, lat, lon", [("the Jenin camp", 32.461, 35.288), ("Maghazi refugee camp", 31.42, 34.39),
                                             ("Zaatari refugee camp", 32.295, 36.325)])
def test_refugee_camps_are_camps(g, query, lat, lon):
    r = g.geocode(query)
    assert r.kind == "camp" and _km(lat, lon, r.lat, r.lon) <= 5, (r.name, r.lat, r.lon)


# --- Russian and Ukrainian nouns in any case, with a preposition; "X terminal"; "missile defence base" ---

@pytest.mark.parametrize("text, core, kinds", [
    ("на аэродроме Ивановка", "Ивановка", ("airbase",)),  # a preposition, the noun in the locative
    ("аеродромі Степове", "Степове", ("airbase",)),
    ("в порту Приморск", "Приморск", ("port", "naval-base")),
    ("вузлова станція Заводська", "Заводська", ("rail",)),  # a junction station, several words
    ("узловая станция Заводская", "Заводская", ("rail",)),
    ("с полигона Лесной", "Лесной", ("range",)),
    ("Lesnoy terminal", "Lesnoy", ("port", "airbase", "naval-base")),  # a terminal alone: a port's or a field's
    ("Lesnoy missile defence base", "Lesnoy", ("camp", "airbase", "naval-base", "range")),
    ("Lesnoy rail terminal", "Lesnoy", ("rail",)),  # a terminal with a word saying whose keeps that word's kind
    ("Lesnoy fuel terminal", "Lesnoy", ("depot",)),
    ("Lesnoy oil terminal", "Lesnoy", ("port", "naval-base")),
])
def test_russian_nouns_in_any_case_a_terminal_and_a_missile_defence_base(text, core, kinds):
    form = facility_forms.split(text)
    assert (form.core, form.kinds) == (core, kinds)


@pytest.mark.parametrize("text", ["в Москве", "портал Мир", "базар Ош", "на станции", "Lesnoy bus terminal",
                                  "Lesnoy coach terminal"])
def test_a_preposition_or_a_lookalike_word_is_no_facility_noun(text):
    assert facility_forms.split(text) is None


@pytest.mark.parametrize("query, kind, lat, lon", [
    ("на аэродроме Моздок", "airbase", 43.79, 44.61), ("аеродромі Кульбакіно", "airbase", 46.93, 32.10),
    ("в порту Тартус", "port", 34.89, 35.88), ("узловая станция Орша", "rail", 54.51, 30.42),
    ("на станції Фастів", "rail", 50.08, 29.92), ("Kavkaz terminal", "port", 45.34, 36.67),
    ("Deveselu missile defence base", "camp", 44.08, 24.41),
])
def test_facilities_named_with_these_nouns_are_found(g, query, kind, lat, lon):
    r = g.geocode(query)
    assert r.kind == kind and _km(lat, lon, r.lat, r.lon) < 10, r.name


@pytest.mark.parametrize("query, country", [("Medyka crossing", "UA"), ("Shehyni crossing", "PL"),
                                            ("Medyka crossing", "PL")])
def test_a_crossing_is_accepted_with_a_hint_of_either_side(g, query, country):
    r = g.geocode(query, country=country)  # the crossing filed in Poland, named from the Ukrainian side too
    assert r.kind == "crossing" and _km(49.80, 22.94, r.lat, r.lon) < 10, r.name


def test_a_crossing_is_refused_with_a_hint_of_a_country_far_from_it(g):
    with pytest.raises(UnresolvedPlace, match="is in PL"):
        g.geocode("Medyka crossing", country="DE")


def test_a_naval_base_by_a_town_is_never_the_port_of_a_city_nearby(g):
    # the port of Cape Town lies 17 km off: no naval base; Simon's Town's naval base, 10 km south, is Muizenberg's
    # nearest (Wikipedia: Naval Base Simon's Town, -34.19, 18.43; in the table since the third writer's rows)
    r = g.geocode("Muizenberg naval base")
    assert r.kind == "naval-base" and _km(-34.19, 18.43, r.lat, r.lon) <= 5
    assert g.geocode("Muizenberg port").kind == "port"  # a port noun still takes the port nearby


@pytest.mark.parametrize("text, out", [("Noervenich", ["Nörvenich"]), ("Jaegerhof", ["Jägerhof"]),
                                       ("Albuquerque", []), ("Kursk", []), ("Кюрдамир", [])])
def test_umlauts_written_as_two_letters_are_read_back(text, out):
    assert facility_forms.umlaut_variants(text) == out


def test_a_facility_named_with_umlauts_written_out_is_found(g):
    r = g.geocode("Noervenich air base")  # airportsdata's "Norvenich": Nörvenich with its umlaut written out
    assert r.kind == "airbase" and _km(50.83, 6.66, r.lat, r.lon) < 5, r.name
    assert g.geocode("Buechel").country_code == "US"  # a bare name is untouched: the Kentucky place
    assert g.geocode("Puerto Cabello port").country_code == "VE"  # "ue" that is no umlaut still reads as written


def test_a_facility_through_an_exonym_is_not_placed_abroad(g):
    # "Pechi" is only another name of Pécs, Hungary: no training ground there, and no reason to put one there
    with pytest.raises(UnresolvedPlace, match="no town bears the name as its own"):
        g.geocode("Pechi training ground")
    # a Russian name of a town of the former Soviet Union is its name in news: the town, said so
    r = g.geocode("Mogilev station")
    assert r.country_code == "BY" and "placed at the town" in r.doubt
    # an article dropped or a final h is a spelling of the town's own name
    assert g.geocode("Naqoura base").country_code == "LB"
    assert g.geocode("Basra port").country_code == "IQ"


def test_a_facility_fallback_prefers_the_largest_town_named_exactly(g):
    r = g.geocode("Proletarsk training ground")  # Proletarsk, Rostov oblast; not Proletar, Tajikistan
    assert r.country_code == "RU" and "placed at the town" in r.doubt


def test_a_facility_named_as_a_common_town_and_a_noun_is_to_check(g):
    r = g.geocode("Sosnovka airfield")  # the data knows one such field, not every namesake's airstrip
    assert r.kind == "airbase" and ", not Sosnovka, RU (city at " in r.doubt  # the namesakes, named
    assert any(c.name == "Sosnovka" for c in r.candidates)
    assert not g.geocode("Engels air base").doubt  # a town with no namesakes of standing: sure


def test_a_facility_noun_in_capitals_reads_as_in_lower_case(g):
    # NAVAL is the noun's word, not an organisation's acronym: no naval base of Kursk, so its town, said so
    upper, lower = g.geocode("KURSK NAVAL BASE"), g.geocode("Kursk naval base")
    assert (upper.name, upper.kind, upper.lat, upper.lon) == (lower.name, lower.kind, lower.lat, lower.lon)
    assert upper.kind != "airbase" and "placed at the town" in upper.doubt


def test_the_memo_of_a_facility_name_s_rival_towns_grows_with_names_not_spellings(g):
    before = set(g.__dict__.get("_named_rivals", {}))
    results = {(r.name, r.doubt.split(" read as ", 1)[1]) for r in map(
        g.geocode, ["Sosnovka  airfield", "SOSNOVKA AIRFIELD", "the Sosnovka airfield"])}
    assert len(results) == 1 and len(set(g.__dict__["_named_rivals"]) - before) <= 1


def test_a_crossing_is_refused_with_a_hint_of_a_third_country_near_it(g):
    # Rafah joins Gaza and Egypt; Israel's border is 3 km off, but a user hinting Israel means no such crossing
    with pytest.raises(UnresolvedPlace, match="is in PS"):
        g.geocode("Rafah crossing", country="IL")
    assert g.geocode("Rafah crossing", country="EG").kind == "crossing"  # the side across
    assert g.geocode("Cilvegozu crossing", country="TR").kind == "crossing"
    # a high pass with no foreign town within 50 km is no third country's: the hint of its far side holds
    r = g.geocode("Torugart Pass", country="CN")
    assert r.kind == "crossing" and r.country_code == "KG" and _km(40.56, 75.395, r.lat, r.lon) < 5
    assert g.geocode("Khunjerab Pass", country="CN").kind == "crossing"


@pytest.mark.parametrize("query, kind, lat, lon", [
    ("Kapikule", "crossing", 41.717, 26.357), ("Kapitan Andreevo border crossing", "crossing", 41.717, 26.357),
    ("port of Alat", "port", 39.955, 49.415), ("Alyat port", "port", 39.955, 49.415),
    ("Olya port", "port", 45.78, 47.55), ("port of Anzali", "port", 37.475, 49.46),
    ("Tine border crossing", "crossing", 15.04, 22.80), ("Sarp border crossing", "crossing", 41.52, 41.548),
    ("Astara border crossing", "crossing", 38.442, 48.874), ("Krichev junction", "rail", 53.71, 31.70),
    ("Omidiyeh air base", "airbase", 30.835, 49.535), ("Leuseni border crossing", "crossing", 46.80, 28.16),
    ("the Karni crossing", "crossing", 31.47, 34.475), ("Ramtha crossing", "crossing", 32.60, 36.06),
    ("Luzhanka crossing", "crossing", 48.165, 22.57), ("Kybartai crossing", "crossing", 54.64, 22.755)])
def test_the_wider_table_finds_its_rows_in_their_forms(g, query, kind, lat, lon):
    r = g.geocode(query)
    assert r.kind == kind and _km(lat, lon, r.lat, r.lon) < 5, r.name


@pytest.mark.parametrize("text, core, kinds", [
    ("Dover Air Force Base", "Dover", ("airbase",)),
    ("Naqoura UNIFIL headquarters", "Naqoura", ("camp", "airbase", "naval-base", "range")),  # an acronym before it
    ("Abqaiq oil facility", "Abqaiq", ("depot",)),
    ("Madama fort", "Madama", ("camp", "range", "naval-base")),
    ("military base Gyumri", "Gyumri", ("camp", "airbase", "naval-base", "range")),
    ("102nd military base Gyumri", "Gyumri", ("camp", "airbase", "naval-base", "range")),  # a unit's number
    ("Air Base 101 Niamey", "Niamey", ("airbase",)),  # the base's number between noun and town
    ("Kulbakino airfeild", "Kulbakino", ("airbase",)),  # a noun one edit off
    ("Sevastopol navel base", "Sevastopol", ("naval-base", "port")),
    ("Yavoriv trainig ground", "Yavoriv", ("range",)),
    ("Armavir radar station", "Armavir", ("camp", "airbase", "naval-base", "range")),  # the forces', not a railway's
    ("Norfolk Navy Yard", "Norfolk", ("naval-base", "port")),
    ("Mellitah oil and gas complex", "Mellitah", ("depot",)),
    ("the Yavoriv military training ground", "Yavoriv", ("range",)),  # lower-case words describe, not name
    ("Morozovsk bomber base", "Morozovsk", ("camp", "airbase", "naval-base", "range")),
    ("the Ukrainian port city of Odesa", "Odesa", ("port", "naval-base")),
    ("KURSK NAVAL BASE", "KURSK", ("naval-base", "port")),  # all capitals: NAVAL is the noun's, no acronym
    ("Kursk NAVAL base", "Kursk", ("naval-base", "port")),
    ("KURSK AIR BASE", "KURSK", ("airbase",)),
])
def test_more_noun_forms_are_read(text, core, kinds):
    form = facility_forms.split(text)
    assert (form.core, form.kinds) == (core, kinds)


@pytest.mark.parametrize("text", ["La Grange", "East Orange", "Port Orange"])
def test_a_capitalised_word_one_edit_from_a_noun_is_a_name_not_a_typo(text):
    assert facility_forms.split(text) is None  # towns, not a range of "La"


@pytest.mark.parametrize("text", ["Stanton", "Rangers", "Gustaf III"])
def test_a_name_near_a_noun_is_no_noun(text):
    assert facility_forms.split(text) is None


def test_a_data_name_keeps_its_acronym_and_ordinal():
    # the index reads the data's names as written: "Linkoping SAAB Airport" is filed under "Linkoping SAAB"
    assert facility_forms.bare_cores("Linkoping SAAB Airport") == ["Linkoping SAAB"]
    assert facility_forms.bare_cores("102nd Military Base") == ["102nd"]


def test_a_national_prefix_says_whose_base(g):
    assert facility_forms.split("RAF Mount Pleasant").countries[:2] == ("GB", "FK")
    assert facility_forms.split("NAS Sigonella").countries == ()  # US prefixes name bases the world over
    r = g.geocode("RAF Mount Pleasant")  # the Falklands' field, not Mount Pleasant, Nova Scotia's
    assert r.country_code == "FK" and _km(-51.82, -58.45, r.lat, r.lon) < 10


def test_a_military_field_airlines_also_serve_fits_a_military_noun(g):
    r = g.geocode("Dover Air Force Base")  # Dover AFB, not the airstrips of other towns called Dover
    assert r.kind == "airbase" and _km(39.13, -75.47, r.lat, r.lon) < 5


def test_a_place_after_at_or_on_says_where_the_facility_is(g):
    r = g.geocode("HMNB Clyde at Faslane")
    assert r.kind == "naval-base" and _km(56.07, -4.82, r.lat, r.lon) < 5
    r = g.geocode("Reagan Test Site on Kwajalein")
    assert r.kind == "range" and _km(8.72, 167.73, r.lat, r.lon) < 10
    # a facility the gazetteer lacks, at a place it holds: the place, said so (not a town called Foo elsewhere)
    r = g.geocode("Foo Test Site on Kwajalein")
    assert r.country_code == "MH" and "where the text puts it" in r.doubt
    r = g.geocode("the naval aviation airfield at Yeysk")  # a description before "at" is no name
    assert r.kind == "airbase"
    # a name the gazetteer lacks, at a town with a facility of its kind: the town, said so, not whichever facility
    # of the town ("Foo" names one the data does not hold; "Shahed" may name the drones, but it is not known)
    for query, town in [("the Foo missile base near Kursk", "Kursk"), ("the Zzyzx depot at Engels", "Engels"),
                        ("the Shahed drone base at Primorsko-Akhtarsk", "Primorsko-Akhtarsk")]:
        r = g.geocode(query)
        assert (r.name, r.kind) == (town, ""), query
        assert r.doubt.startswith(f"no {query.split(' ', 1)[1].rsplit(' ', 2)[0]!r} by {town} in the gazetteer: "
                                  f"placed at {town}"), r.doubt
    # only describing words before the noun: the town's facility of its kind, a guess a reader must check
    r = g.geocode("the Russian drone base at Kursk")
    assert r.kind == "airbase" and _km(51.75, 36.30, r.lat, r.lon) < 5
    assert r.doubt.startswith("no facility named 'Russian drone base' by Kursk in the gazetteer: read as Khalino air "
                              "base, the air base by Kursk"), r.doubt


def test_a_port_through_another_name_of_a_town_yields_to_the_town_so_named(g):
    # Reni, a Danube port of Ukraine the port list lacks, is not the port of Lipari by Leni ("Reni" in one source)
    r = g.geocode("Reni port")  # the town's port, in the table since the third writer's rows (Reni: 45.45 N 28.29 E)
    assert r.country_code == "UA" and _km(45.45, 28.29, r.lat, r.lon) <= 10
    assert g.geocode("Izmail port").kind == "port"  # a port the list holds is unchanged


def test_a_civil_airport_under_a_military_noun_is_refused_among_weightier_namesakes(g):
    # Sokol Airport (Magadan, a town of 4,000) is no better a reading of "Sokol airfield" than the Sokols of 42,000
    # and 57,000, whose fields the data lacks: refused, with them listed
    with pytest.raises(UnresolvedPlace) as exc:
        g.geocode("Sokol airfield")
    assert len(exc.value.guess.candidates) >= 2 and "Sokol, RU" in exc.value.reason
    # lighter namesakes (Hindon, a village of 560 in England): to check, not refused
    assert g.geocode("Hindon air base").doubt
    assert g.geocode("Sokol airport").kind == "airbase"  # a civil noun: the airport it names


def test_a_russian_adjective_of_a_village_named_as_an_adjective(g):
    r = g.geocode("Тоцкий полигон")  # Тоцкое: the neuter of the adjective
    assert r.kind == "range" and _km(52.53, 52.75, r.lat, r.lon) < 10
    r = g.geocode("Кущёвский аэродром")  # Кущёвская, a stanitsa: the feminine
    assert r.kind == "airbase" and _km(46.567, 39.56, r.lat, r.lon) < 10


def test_a_crossing_through_a_town_is_the_namesake_on_the_border(g):
    # two villages called Martuni in Armenia, 9 and 33 km from its edge: in so small a country both lie within the
    # 50 km a crossing's town may, and the one on the border is the crossing's (placed there, the table lacking it)
    from geo import borders

    r = g.geocode("Martuni crossing", country="AM")
    assert borders.km_to_edge("AM", r.lat, r.lon) <= 10 and "placed at the town" in r.doubt


@pytest.mark.parametrize("query, lat, lon", [
    ("Kamina air base", -8.642, 25.253),  # airportsdata's "Kamina Base Airport", not Kamina / Ville, 30 km off
    ("Barksdale air base", 32.50, -93.66),  # "Barksdale Afb Airport"
])
def test_a_field_named_as_a_base_airport_is_found_by_its_town(g, query, lat, lon):
    r = g.geocode(query)
    assert r.kind == "airbase" and _km(lat, lon, r.lat, r.lon) < 5, r.name


def test_two_points_of_one_port_are_one_place(g):
    # searoute's "Port of Ras Tanura" and the table's terminal lie 12 km apart: one port, not two namesakes
    r = g.geocode("Ras Tanura port")
    assert r.kind == "port" and not r.doubt
    with pytest.raises(UnresolvedPlace):
        g.geocode("Tripoli port")  # Libya's and Lebanon's are two


def test_a_name_only_a_facility_bears_is_found_under_an_akin_noun(g):
    # Tze'elim is filed as a base; news also calls it a range or a training area
    assert g.geocode("Tze'elim range").ref == "facilities.csv:Tze'elim base"
    with pytest.raises(UnresolvedPlace):
        g.geocode("Tze'elim port")  # a port is no kind of training base


def test_a_cyrillic_facility_name_is_looked_up_under_each_romanisation(g):
    # "Лиман" is Liman in Russian's romanisation and Lyman in Ukraine's, under which the junction is filed
    r = g.geocode("станція Лиман")
    assert r.kind == "rail" and _km(48.99, 37.81, r.lat, r.lon) < 5


# the Yarmouk arms factory south of Khartoum (Wikipedia: Yarmouk Military Industrial Complex, about 15.51 N 32.55 E)
YARMOUK_KHARTOUM = (15.51, 32.55)


def test_a_military_complex_with_no_range_of_the_name_is_the_works_of_the_name(g):
    # no range called Yarmouk: not al-Yarmūk (Damascus, 2,000 km away, "Yarmouk" only another name of it), but the
    # arms factory that bears the name, a plant (a military complex is a range's, else a works')
    r = g.geocode("Yarmouk military complex")
    assert _km(*YARMOUK_KHARTOUM, r.lat, r.lon) <= 25 and r.kind == "plant"


def test_a_training_ground_is_never_the_works_of_the_name(g):
    # a plant is no training base, however loose news's nouns (when the data filed the factory as a depot, it was)
    try:
        r = g.geocode("Yarmouk training ground")
    except UnresolvedPlace:
        return
    assert r.kind != "plant" and _km(*YARMOUK_KHARTOUM, r.lat, r.lon) > 25 and r.doubt


@pytest.mark.parametrize("text, kinds", [("Yarmouk arms factory", ("plant", "depot")),
                                         ("Yarmouk military factory", ("plant", "depot")),
                                         ("the Yarmouk military-industrial complex", ("plant", "depot")),
                                         ("Ekaterinburg defence plant", ("plant", "depot"))])
def test_arms_factories_are_facility_nouns(g, text, kinds):
    form = facility_forms.split(text)
    assert form is not None and form.kinds == kinds and form.military


@pytest.mark.parametrize("text, town", [("Arish depot", "Arīsh"), ("Hama depot", "Ḩamāh")])
def test_a_town_of_the_name_keeps_a_facility_noun_it_has_no_facility_for(g, text, town):
    # an akin facility never displaces the town named by its own name, nor one beside the town (Hama Air Base)
    r = g.geocode(text)
    assert r.name == town and r.doubt.startswith(f"no depot of")


@pytest.mark.parametrize("text, town, km, guessed", [
    ("Vologda Sokol airfield", (59.22, 39.89), 100, True),  # not Magadan's Sokol Airport, 2,000 km east
    ("Kharkiv Sokol airfield", (49.99, 36.23), 100, True),  # not Magadan's either
    ("Grozny Severny airfield", (43.39, 45.70), 25, True),  # Grozny's northern airport (Wikipedia: Grozny Airport)
    ("Pskov Kresty airfield", (57.78, 28.40), 25, False),  # the field named after the city's district: found as before
])
def test_a_field_named_after_its_city_and_its_own_name_lies_by_that_city(g, text, town, km, guessed):
    # "City Name airfield": the field called Name only where it lies by the city, else the city's own field, a
    # stand-in for a field the gazetteer lacks, said so
    r = g.geocode(text)
    assert r.kind == "airbase" and _km(*town, r.lat, r.lon) <= km, r
    city, name = text.split()[:2]
    assert (f"no facility named {name!r} by {city}" in r.doubt) == guessed, r.doubt


@pytest.mark.parametrize("text, town", [("AWE", "Awe"), ("BARC", "Barc")])
def test_a_facilitys_bare_acronym_leaves_the_town_of_that_name(g, text, town):
    # three or four capitals are many things (AWE Aldermaston, BARC Trombay): no alias of a facility alone
    assert g.geocode(text).name == town


@pytest.mark.parametrize("text", ["ТЕЦ-6", "MDL", "GSL", "KRL", "BIW", "HSW", "JSMC", "DBO"])
def test_a_bare_acronym_or_numbered_label_names_no_facility(g, text):
    # several cities have a CHP no. 6; MDL and DBO are Mandalay's and Dubbo's airport codes: none is an alias
    with pytest.raises(UnresolvedPlace):
        g.geocode(text)


@pytest.mark.parametrize("text", ["Київська ТЕЦ-6", "Kyiv TPP-6", "BARC Trombay", "KRL Kahuta"])
def test_an_acronym_or_numbered_label_with_its_place_names_the_facility(g, text):
    r = g.geocode(text)
    assert r.kind in FACILITY_KINDS and r.score >= 0.9, r


@pytest.mark.parametrize("text", ["Kyiv CHP-5", "Kharkiv TPP-5", "Moscow CHP-6"])
def test_an_acronym_and_its_number_is_no_airfield_code(g, text):
    # a power plant's number ("CHP-5": combined heat and power plant no. 5), not a numbered field like "Engels-2":
    # never the city's airfield (Vasylkiv, Kharkiv North, Tushino); the gazetteer has no such plant
    assert facility_forms.split(text) is None
    with pytest.raises(UnresolvedPlace):
        g.geocode(text)


@pytest.mark.parametrize("text, other", [("Camp Bragg", "Fort Liberty"), ("FOB Liberty", "Fort Liberty"),
                                         ("Fort Lejeune", "Camp Lejeune"), ("Camp Cavazos", "Fort Cavazos")])
def test_a_base_named_after_another_word_is_another_base(g, text, other):
    # Fort Liberty (Fort Bragg) is in North Carolina, Camp Lejeune a Marine base: another naming word, another base
    with pytest.raises(UnresolvedPlace) as e:
        g.geocode(text)
    assert other in e.value.reason


@pytest.mark.parametrize("text, name", [("Camp Lejeune", "Camp Lejeune"),
                                        ("Marine Corps Base Camp Lejeune", "Camp Lejeune"),
                                        ("Fort Liberty", "Fort Liberty"), ("Fort Hood", "Fort Cavazos"),
                                        ("Camp Victory", "Victory Base Complex"),
                                        ("Camp Liberty", "Camp Liberty")])  # Baghdad's, not Fort Liberty
def test_a_base_by_its_own_naming_word_is_still_found(g, text, name):
    assert g.geocode(text).name == name


@pytest.mark.parametrize("text", ["Fort George", "Fort Victoria"])
def test_a_base_name_that_a_town_bore_is_only_to_check(g, text):
    # Astoria, Oregon, was Fort George; Masvingo was Fort Victoria: which fort of the name is meant, nothing says
    r = g.geocode(text)
    assert r.doubt and r.kind == ""


@pytest.mark.parametrize("text", ["Fort St. John", "Fort Portal", "Fort Worth"])
def test_a_town_named_fort_by_its_own_name_stays_sure(g, text):
    assert not g.geocode(text).doubt


def test_a_facility_put_where_the_gazetteer_has_none_of_it_is_to_check_when_it_has_one_elsewhere(g):
    # the text says where; the gazetteer's Hmeimim lies 250 km from Damascus: the text's place, to check
    r = g.geocode("Hmeimim air base near Damascus")
    assert r.name == "Damascus" and "only elsewhere" in r.doubt
    r = g.geocode("Foo test site on Kwajalein")  # no such site anywhere: the atoll, as sure as before
    assert r.country_code == "MH" and "where the text puts it" in r.doubt and "elsewhere" not in r.doubt


def test_a_research_centre_alone_is_no_facility_noun(g):
    # "research centre" alone says nothing of what is researched: no range, no plant of Kursk
    with pytest.raises(UnresolvedPlace):
        g.geocode("Kursk research centre")


# --- numbered bases, submarine bases, freeports and ranges with a describing word, as Russian, Ukrainian and English
# news print them ---

@pytest.mark.parametrize("text, core, kinds", [
    ("база подводных лодок Гаджиево", "Гаджиево", ("naval-base", "port")),  # the noun is three words
    ("базы атомных подводных лодок Гаджиево", "Гаджиево", ("naval-base", "port")),
    ("база підводних човнів Гаджиєве", "Гаджиєве", ("naval-base", "port")),
    ("військовий полігон Десна", "Десна", ("range",)),  # a word saying what sort of range, before the noun
    ("на общевойсковом полигоне Мулино", "Мулино", ("range",)),
    ("навчальний полігон Яворів", "Яворів", ("range",)),
    ("Freeport of Riga", "Riga", ("port", "naval-base")),
    ("Ventspils free port", "Ventspils", ("port", "naval-base")),
])
def test_longer_russian_nouns_and_freeports_are_read(text, core, kinds):
    form = facility_forms.split(text)
    assert (form.core, form.kinds) == (core, kinds)


@pytest.mark.parametrize("text", ["Freeport", "free port", "военный полигон", "база подводных лодок"])
def test_a_noun_without_a_name_is_still_no_facility(text):
    form = facility_forms.split(text)
    assert form is None or form.core.lower() not in {"free", "военный", "подводных лодок"}


@pytest.mark.parametrize("text, want", [
    ("201-я российская военная база", "201st military base"),
    ("102-я военная база", "102nd military base"),
    ("4-я гвардейская военная база", "4th military base"),
    ("102-га російська військова база", "102nd military base"),
    ("7-ма військова база", "7th military base"),
    ("the 201st Russian military base", "201st military base"),
    ("Russia's 102nd military base", None),  # read already: "Russia's" is whose, before the number
    ("201-я школа", None),
    ("11-я военная база", "11th military base"),
    ("112-я военная база", "112th military base"),
    ("102-я российская военная база Гюмри", "102nd military base Гюмри"),  # the place after it stays
])
def test_a_numbered_base_reads_as_the_data_name_it(text, want):
    assert facility_forms.numbered_base(text) == want


# (query, country hint, true lat, lon): references in the comments
@pytest.mark.parametrize("query, hint, lat, lon", [
    ("201-я российская военная база", "TJ", 38.56, 68.78),  # Wikipedia: 201st Military Base, Dushanbe
    ("201-я российская военная база", None, 38.56, 68.78),
    ("102-я военная база", None, 40.79, 43.84),  # Wikipedia: 102nd Military Base, Gyumri
    ("102-га російська військова база", None, 40.79, 43.84),
    ("102-я российская военная база в Гюмри", None, 40.79, 43.84),  # "in" and the town in its case
    ("102-га російська військова база у Гюмрі", None, 40.79, 43.84),
    ("the 201st Russian military base", None, 38.56, 68.78),
    ("база подводных лодок Гаджиево", None, 69.255, 33.335),  # Wikipedia: Gadzhiyevo
    ("військовий полігон Десна", "UA", 50.931, 30.757),  # Wikipedia: Desna, Chernihiv Oblast
    ("Freeport of Riga", None, 56.99, 24.08),  # Wikipedia: Freeport of Riga
])
def test_numbered_and_submarine_bases_freeports_and_ranges_are_placed(g, query, hint, lat, lon):
    r = g.geocode(query, country=hint)
    assert _km(lat, lon, r.lat, r.lon) <= 25, (r.name, r.lat, r.lon)


# barracks and garrisons of the curated table (Wikipedia, by name): the barracks, not a town of the name far away
@pytest.mark.parametrize("query, lat, lon", [
    ("Wellington Barracks", 51.499, -0.138),  # London, not Wellington in Shropshire
    ("Hyde Park Barracks", 51.501, -0.163),
    ("Thiepval Barracks", 54.507, -6.053),
    ("Victoria Barracks Sydney", -33.886, 151.219),
    ("Molkino training ground", 44.81, 38.87),
    ("полигон Кадамовский", 47.60, 40.10),
    ("Okno space surveillance station", 38.281, 69.225),
    ("King Faisal Air Base", 28.365, 36.619),  # Tabuk, not the King Faisal Naval Base in Jeddah, 820 km off
    ("Eastleigh air base", -1.277, 36.862),  # Nairobi's Moi Air Base, not Hampshire's Eastleigh
])
def test_barracks_and_ranges_of_the_table_are_found(g, query, lat, lon):
    r = g.geocode(query)
    assert r.kind and _km(lat, lon, r.lat, r.lon) <= 5, (r.name, r.lat, r.lon)


@pytest.mark.parametrize("query, lat, lon", [
    ("вайсковы палігон Асіповічы", 53.30, 28.70),  # Belarusian: Asipovichy's range (Wikipedia: Asipovichy)
    ("палігон Асіповічы", 53.30, 28.70),
    ("вайсковы палігон Барысаў", 54.30, 28.65),  # Wikipedia: Barysaw (training ground)
])
def test_a_belarusian_range_is_read_as_a_range(g, query, lat, lon):
    r = g.geocode(query)
    assert r.kind == "range" and _km(lat, lon, r.lat, r.lon) <= 25, (r.name, r.lat, r.lon)


def test_the_facility_noun_chooses_among_namesakes_of_the_place_it_is_by(g):
    # Kānt in India is the larger town; only Kant in Kyrgyzstan has an air base by it (Wikipedia: Kant Air Base)
    r = g.geocode("the Russian air base near Kant")
    assert r.country_code == "KG" and r.kind == "airbase" and r.doubt
    r = g.geocode("the naval base in Alexandria")  # Egypt's, not a namesake town without one
    assert r.country_code == "EG"


def test_barracks_is_a_military_noun(g):
    # barracks are quarters, never the town's nuclear power plant (a plant): no sure reading of one
    assert facility_forms.split("Kursk barracks").military is True
    assert facility_forms.split("Kalma camp").military is None  # a camp may be refugees' or prisoners'
    r = g.geocode("Kursk barracks")
    assert r.kind == "" or r.doubt, (r.name, r.doubt)


# --- plants: power and nuclear plants, enrichment and reactor sites, arms and other works (kind "plant") ---

@pytest.mark.parametrize("text, core, kinds", [
    ("Zaporizhzhia nuclear power plant", "Zaporizhzhia", ("plant",)),
    ("Zaporizhzhia NPP", "Zaporizhzhia", ("plant",)),
    ("Burshtyn power plant", "Burshtyn", ("plant",)),
    ("Novocherkassk power station", "Novocherkassk", ("plant",)),  # a power station is no railway's
    ("Kurakhove TPP", "Kurakhove", ("plant",)),
    ("Kyiv CHP", "Kyiv", ("plant",)),
    ("Shatura GRES", "Shatura", ("plant",)),
    ("Kakhovka HPP", "Kakhovka", ("plant",)),
    ("Kursk nuclear plant", "Kursk", ("plant",)),
    ("Dimona reactor", "Dimona", ("plant",)),
    ("Fordow enrichment plant", "Fordow", ("plant",)),
    ("Isfahan uranium conversion facility", "Isfahan", ("plant",)),
    ("Natanz nuclear facility", "Natanz", ("plant", "range")),  # a nuclear site may be a test site
    ("Punggye-ri nuclear test site", "Punggye-ri", ("range",)),  # which is a range
    ("Tula arms factory", "Tula", ("plant", "depot")),  # an arms works, then a depot of the town
    ("McAlester Army Ammunition Plant", "McAlester", ("plant", "depot")),
    ("Azovstal steel plant", "Azovstal", ("plant",)),
    ("Bryansk chemical plant", "Bryansk", ("plant",)),
    ("Motor Sich plant", "Motor Sich", ("plant",)),
    ("Votkinsk factory", "Votkinsk", ("plant",)),
    ("Kalashnikov works", "Kalashnikov", ("plant",)),
    ("завод Малышева", "Малышева", ("plant",)),
    ("на заводе Антонов", "Антонов", ("plant",)),
    ("Tuapse oil refinery", "Tuapse", ("depot",)),  # a refinery stays a depot
    ("Abqaiq oil processing plant", "Abqaiq", ("depot",)),  # so does an oil plant
    ("Severodvinsk shipyard", "Severodvinsk", ("naval-base", "port")),  # and a shipyard a naval base
])
def test_plant_nouns_read_as_a_plant(text, core, kinds):
    form = facility_forms.split(text)
    assert (form.core, form.kinds) == (core, kinds)


@pytest.mark.parametrize("text", ["the power plant", "power station", "a chemical plant", "the arms factory",
                                  "thermal power plant", "heat and power plant", "Nuclear Power Plant", "coal plant"])
def test_a_plant_noun_alone_names_no_place(text):
    # "power station" is no station of a place called Power (nor "the power plant" a plant of it)
    assert facility_forms.split(text) is None


@pytest.mark.parametrize("text, lemma", [("Запорожская АЭС", "запорожский"), ("Запорізька АЕС", "запорізький"),
                                         ("Бурштинська ТЕС", "бурштинський"), ("Киевской ТЭЦ", "киевский"),
                                         ("Каховская ГЭС", "каховский"), ("Брянский химический завод", "брянский")])
def test_a_towns_adjective_before_a_plant_noun_reads_as_a_plant(text, lemma):
    got, form = facility_forms.adjective_split(text)
    assert (got, form.kinds) == (lemma, ("plant",))


@pytest.mark.parametrize("name", ["Zaporizhzhia Nuclear Power Plant", "Kursk Nuclear Power Plant",
                                  "Bushehr nuclear power plant", "Natanz enrichment facility",
                                  "Yongbyon Nuclear Scientific Research Center", "Sellafield", "Yuzhmash",
                                  "Tula Arms Plant", "McAlester Army Ammunition Plant", "Azovstal", "Burshtyn TPP",
                                  "Kyiv CHP-6", "Moldavskaya GRES", "Uralvagonzavod", "Alabuga drone factory"])
def test_plants_are_filed_as_plants(name):
    assert {r["name"]: r["kind"] for r in facilities.read()}[name] == "plant"


@pytest.mark.parametrize("name, kind", [
    ("Punggye-ri Nuclear Test Site", "range"), ("Tuapse refinery", "depot"), ("Yantar Shipyard", "naval-base"),
    ("Kakhovka Dam", "crossing"), ("Tikhoretsk arsenal", "depot"), ("Kapustin Yar", "range"),
])
def test_what_is_no_plant_keeps_its_kind(name, kind):
    assert {r["name"]: r["kind"] for r in facilities.read()}[name] == kind


@pytest.mark.parametrize("query, name, lat, lon", [
    ("Zaporizhzhia nuclear power plant", "Zaporizhzhia Nuclear Power Plant", 47.512, 34.586),  # Wikipedia
    ("Zaporizhzhia NPP", "Zaporizhzhia Nuclear Power Plant", 47.512, 34.586),
    ("Запорожская АЭС", "Zaporizhzhia Nuclear Power Plant", 47.512, 34.586),
    ("Kursk NPP", "Kursk Nuclear Power Plant", 51.675, 35.605),
    ("Natanz nuclear facility", "Natanz enrichment facility", 33.724, 51.727),
    ("Burshtyn power plant", "Burshtyn TPP", 49.210, 24.665),
    ("Бурштинська ТЕС", "Burshtyn TPP", 49.210, 24.665),
    ("Tula arms plant", "Tula Arms Plant", 54.200, 37.630),
])
def test_a_plant_as_news_names_it_is_a_plant(g, query, name, lat, lon):
    r = g.geocode(query)
    assert (r.name, r.kind, r.precision) == (name, "plant", "point") and _km(lat, lon, r.lat, r.lon) < 3, r


# (query, true lat, lon): names printed noun first, the noun being part of the base's own name
@pytest.mark.parametrize("query, lat, lon", [
    ("Air Force Base Waterkloof", -25.83, 28.22),  # Wikipedia: Air Force Base Waterkloof (FAWK), by Pretoria
    ("Waterkloof Air Force Base", -25.83, 28.22),
    ("Marine Corps Air Station Cherry Point", 34.90, -76.88),  # Wikipedia: MCAS Cherry Point (KNKT), Havelock NC
    ("MCAS Cherry Point", 34.90, -76.88),  # not Cherry Point, British Columbia
])
def test_an_air_station_named_noun_first_is_the_station(g, query, lat, lon):
    r = g.geocode(query)
    assert r.kind == "airbase" and r.precision == "point"
    assert _km(lat, lon, r.lat, r.lon) <= 12, (r.name, r.lat, r.lon)


@pytest.mark.parametrize("query", ["Air Force Base", "the Air Force Base", "Marine Corps Air Station",
                                   "Naval Air Station", "Air Base", "Naval Station", "Joint Base"])
def test_a_naming_noun_without_its_name_is_no_place(g, query):
    """What a reader leaves of "Air Force Base Waterkloof" cut short: "Air Force Base" had been Hoedspruit's field,
    300 km from Waterkloof, by an alias."""
    with pytest.raises(UnresolvedPlace, match="a facility's noun without its name"):
        g.geocode(query)
