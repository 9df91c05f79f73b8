"""Ukraine's settlements from the KATOTTG (geo/gazetteer/katottg.py): approximate places at their hromada's centre.

True positions are from atlases, not from this code.
"""

from __future__ import annotations

import math

import pytest

from geo import gazetteer as gz
from geo.gazetteer import katottg
from geo.errors import UnresolvedPlace
from geo.geocoders.base import Query
from geo.geocoders.offline import OfflineGeocoder


@pytest.fixture(scope="module")
def g():
    return OfflineGeocoder()


def _km(lat1, lon1, lat2, lon2):
    return gz.haversine_km(lat1, lon1, lat2, lon2)


@pytest.mark.parametrize("name", ["Robotyne", "Роботине"])
def test_a_village_below_the_town_list_is_found_near_its_hromadas_centre(g, name):
    # Robotyne (47.449, 35.839), a village of Tokmak hromada, Zaporizhzhia oblast, is not in GeoNames' cities500;
    # read beside a place of its oblast (Orikhiv, 20 km north)
    r = g.geocode_all([Query(name), Query("Orikhiv")])[0]
    assert r.ref.startswith("katottg:UA23") and r.name == "Robotyne" and r.country_code == "UA"
    assert r.precision == "region" and r.radius_km >= 8  # drawn as an area, not a point
    assert _km(47.449, 35.839, r.lat, r.lon) <= r.radius_km  # the true point lies in the drawn area
    assert "Tokmatska hromada" in r.doubt and "Zaporizka oblast" in r.doubt and "exact point unknown" in r.doubt


@pytest.mark.parametrize("name", ["Robotyne", "Роботине"])
def test_a_village_alone_is_refused_with_its_reading_as_the_guess(g, name):
    # a village known only near where it is needs the document's support: alone, the name is refused, the village kept
    # as the guess for the analyst
    with pytest.raises(UnresolvedPlace) as err:
        g.geocode(name)
    assert err.value.guess is not None and err.value.guess.ref.startswith("katottg:UA23")
    assert isinstance(g.geocode_all([Query(name)])[0], UnresolvedPlace)


@pytest.mark.parametrize("query", ["Robotyne, Zaporizhzhia Oblast", "Robotyne (Zaporizhzhia Oblast)"])
def test_a_village_named_with_its_oblast_stands_alone(g, query):
    r = g.geocode(query)
    assert r.ref.startswith("katottg:UA23") and _km(47.449, 35.839, r.lat, r.lon) <= r.radius_km


def test_the_approximate_village_carries_its_hromada_and_oblast_in_the_index():
    idx = gz.load()
    e = next(p >> 3 for p in idx.postings("klishchiivka") if idx.ref(p >> 3).startswith("katottg:"))
    assert idx.kind[e] == gz.CITY and idx.radius[e] > 0 and idx.pop[e] == 0
    assert idx.names[idx.adm2[e]] == "Bakhmutska hromada" and idx.names[idx.adm1[e]] == "Donetska oblast"
    # the hromada is an area of its own, found by its name in both scripts
    assert idx.adm2[e] in {p >> 3 for p in idx.postings(gz.normalize("Бахмутська громада"))}
    assert idx.adm2[e] in {p >> 3 for p in idx.postings("bakhmutska hromada")}


@pytest.mark.parametrize("village, context, lat, lon", [
    # two villages of one name, none in cities500: Krasnohirske of Huliaipole hromada (Zaporizhzhia), and of
    # Aromatne hromada (Crimea); Karasivka of Zolochiv hromada (Kharkiv oblast), and of Krynychne hromada (Crimea)
    ("Krasnohirske", "Huliaipole", 47.66, 36.26),
    ("Karasivka", "Kharkiv", 50.10, 35.80),
])
def test_a_village_namesake_is_told_by_a_place_of_the_same_document(g, village, context, lat, lon):
    got = g.geocode_all([Query(village), Query(context)])
    r = got[0]
    assert r.ref.startswith("katottg:") and r.precision == "region"
    assert _km(lat, lon, r.lat, r.lon) <= 60


def test_a_village_beats_a_town_of_its_name_elsewhere_when_the_document_is_beside_it(g):
    # Stepove by Avdiivka (48.2, 37.7): a village of Ocheretyne hromada the town list lacks; the list's three
    # Stepoves (1,869, 1,549 and 586 people) lie 300-500 km west. Alone, the name is not the village.
    got = g.geocode_all([Query("Avdiivka"), Query("Berdychi"), Query("Stepove"), Query("Tonenke")])
    r = got[2]
    assert r.ref.startswith("katottg:") and "Ocheretynska hromada" in r.doubt
    assert _km(48.2, 37.7, r.lat, r.lon) <= r.radius_km
    try:
        alone = g.geocode("Stepove")
    except UnresolvedPlace:
        return
    assert not alone.ref.startswith("katottg:")


@pytest.mark.parametrize("name", ["Andriivka", "Андріївка", "Krasnohirske"])
def test_a_bare_name_of_many_villages_is_refused_with_its_candidates(g, name):
    with pytest.raises(UnresolvedPlace) as err:
        g.geocode(name)
    # the best guess kept, and its namesakes named
    assert err.value.guess is not None and (" not " in err.value.reason or "villages" in err.value.reason)


def test_a_village_never_beats_a_town_of_its_name_without_context(g):
    # Kreminna, the town of 18,000 in Luhansk oblast, and a village of the name in Khmelnytskyi oblast
    r = g.geocode("Kreminna")
    assert r.ref.startswith("geonames:") and r.precision == "city" and not r.doubt
    assert _km(49.05, 38.22, r.lat, r.lon) < 10


def test_the_index_places_exactly_stay_exact(g):
    # Urozhaine by Staromaiorske is in cities500: read with its neighbour, the exact point, not a KATOTTG namesake
    got = g.geocode_all([Query("Urozhaine"), Query("Staromaiorske")])
    assert got[0].ref.startswith("geonames:") and got[0].precision == "city"
    assert _km(47.75, 36.82, got[0].lat, got[0].lon) < 5
    # towns the KATOTTG also lists are not filed twice: one entity of each such name in its oblast
    idx = gz.load()
    for key in ("tokmak", "bakhmut", "orikhiv", "kupiansk"):
        assert not [p for p in idx.postings(key) if idx.ref(p >> 3).startswith("katottg:")], key


def test_a_facility_is_not_read_through_an_approximate_village(g):
    # Pechi, a village of Chernihiv oblast, is no town to look for a training ground by (the Pechi range is in
    # Belarus, which the gazetteer lacks)
    with pytest.raises(UnresolvedPlace):
        g.geocode("Pechi training ground")


def test_a_typo_never_lands_on_an_approximate_village(g):
    # "Mykoaliv": the city of Mykolaiv, not the four villages whose romanised name is one swap away
    r = g.geocode("Mykoaliv")
    assert r.match == "fuzzy" and r.ref == "geonames:700569"


def test_the_stats_of_the_build_are_plausible():
    from geo.gazetteer import katottg

    rows = katottg.read()
    cats = {r[4] for r in rows}
    assert {"O", "P", "H", "C", "X", "M"} <= cats
    assert sum(r[4] == "C" for r in rows) > 25_000


@pytest.mark.parametrize("adj, members, centre", [
    ("Великоновосілківська", [("1", "C", "Урожайне"), ("2", "X", "Велика Новосілка"), ("3", "C", "Времівка")],
     "Велика Новосілка"),
    ("Токмацька", [("1", "C", "Роботине"), ("2", "M", "Токмак")], "Токмак"),
    ("Андріївська", [("1", "C", "Андріївка"), ("2", "C", "Андріяшівка")], "Андріївка"),
    ("Бахмутська", [("1", "C", "Кліщіївка"), ("2", "C", "Іванівське")], None),  # the centre is not listed
])
def test_a_hromadas_centre_is_the_settlement_it_is_named_after(adj, members, centre):
    from geo.gazetteer.katottg import _centre

    got = _centre(adj, members)
    assert (got[2] if got else None) == centre


@pytest.mark.parametrize("name, latin", [
    ("Велика Новосілка", "Velyka Novosilka"), ("Згурівка", "Zghurivka"), ("Їжакевичі", "Yizhakevychi"),
    ("Знам'янка", "Znamianka"), ("Кліщіївка", "Klishchiivka"), ("Урожайне", "Urozhaine"), ("Яготин", "Yahotyn"),
])
def test_ukrainian_names_are_romanised_by_the_national_system(name, latin):
    from geo.gazetteer.names import romanise_uk

    assert romanise_uk(name) == latin


@pytest.mark.parametrize("lang, text, printed", [
    ("uk", "Сили оборони відбили атаку під Роботиним на Запоріжжі, повідомив Генштаб ЗСУ 12 грудня.", "Роботиним"),
    ("en", "Ukrainian troops advanced from Orikhiv to Robotyne on Tuesday, the General Staff said.", "Robotyne"),
])
def test_geo_extract_drafts_a_village_as_an_approximate_stop(tmp_path, lang, text, printed):
    # the readers find the village through the gazetteer (the Ukrainian case form read back to its nominative), and
    # the draft carries the approximate place: region precision, its radius, the KATOTTG's reference
    import csv

    from geo.cli import main

    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    out = tmp_path / "draft.csv"
    assert main(["extract", str(art), "--lang", lang, "--date", "2023-08-29", "-o", str(out)]) == 0
    with open(out, encoding="utf-8", newline="") as f:
        (row,) = [r for r in csv.DictReader(f) if r["place"] == printed]
    assert row["precision"] == "region" and float(row["radius_km"]) >= 8
    assert row["gazetteer"].startswith("katottg:UA23") and row["role"] != "mention"


@pytest.mark.parametrize("russian, ukrainian", [
    ("Работино", "Роботине"),      # unstressed о written а, Ukrainian -е of a neuter
    ("Плетеневка", "Плетенівка"),  # Ukrainian і where Russian has е
    ("Кисловка", "Кислівка"),      # ... or о
    ("Табаевка", "Табаївка"),      # ї (й + і) where Russian has е after a vowel
    ("Клещеевка", "Кліщіївка"),
    ("Урожайное", "Урожайне"),     # an adjective's ending of one or two vowels
    ("Казачья Лопань", "Козача Лопань"),
])
def test_a_russian_spelling_shares_the_cross_key_of_its_ukrainian_name(russian, ukrainian):
    assert katottg.cross_key(russian) == katottg.cross_key(ukrainian) != ""


def test_short_names_have_no_cross_key():
    # "Київ", "Ціль": three consonants or fewer than three are shared by too many names
    assert katottg.cross_key("Київ") == katottg.cross_key("Ціль") == ""


@pytest.mark.parametrize("russian, name", [("Работино", "Robotyne"), ("Клещеевка", "Klishchiivka"),
                                            ("Казачья Лопань", "Kozacha Lopan")])
def test_katottg_settlements_are_filed_under_their_cross_key(russian, name):
    # an added village (Robotyne, Klishchiivka) and a town of GeoNames that stands for a settlement (Kozacha Lopan)
    idx = gz.load()
    assert name in {idx.names[p >> 3] for p in idx.postings(katottg.cross_key(russian))}
