"""A KATOTTG village (geo/gazetteer/katottg.py: placed only near its hromada's centre, no population figure) is a
reading of a name only when the document supports it, and never beats another reading of the word
(Decision._gate_villages; the Slavic reader's choice of a case form's nominative).

True positions are from atlases, not from this code.
"""

from __future__ import annotations

import csv

import pytest

from geo import gazetteer as gz
from geo.errors import UnresolvedPlace
from geo.geocoders.base import Query
from geo.geocoders.offline import OfflineGeocoder


@pytest.fixture(scope="module")
def g():
    return OfflineGeocoder()


def _draft(tmp_path, text, lang):
    from geo.cli import main

    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    out = tmp_path / "draft.csv"
    assert main(["extract", str(art), "--lang", lang, "--date", "2024-08-20", "-o", str(out)]) == 0
    with open(out, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_russian_towns_in_ukrainian_case_forms_stay_in_kursk_oblast(tmp_path):
    # uk-kursk-01's sentence: L'gov (51.66, 35.27) and Glushkovo (51.34, 34.64), Kursk oblast; Ukraine's villages
    # Lhiv (Chernihiv oblast) and Hlushkiv (Ternopil oblast) are 290 and 717 km away
    rows = _draft(tmp_path, "Ешелони розвантажують на станціях у Курську та Льгові, далі техніка своїм ходом "
                            "рухається до Коренева й Глушкова.", "uk")
    got = {r["place"]: r for r in rows}
    for printed, (lat, lon) in {"Льгові": (51.66, 35.27), "Глушкова": (51.34, 34.64)}.items():
        r = got[printed]
        assert r["country"] == "RU" and not r["gazetteer"].startswith("katottg:")
        assert gz.haversine_km(lat, lon, float(r["lat"]), float(r["lon"])) < 25


def test_belarusian_towns_in_ukrainian_case_forms_stay_in_belarus(tmp_path):
    # Barysaw (54.23, 28.51) and Machulishchy (53.78, 27.59), not the villages Borysiv (Kyiv oblast) or
    # Machulyshcha (Sumy oblast)
    rows = _draft(tmp_path, "Білоруські підрозділи перекинули до Борисова, а літаки розмістили в Мачулищах.", "uk")
    got = {r["place"]: r for r in rows}
    for printed in ("Борисова", "Мачулищах"):
        r = got[printed]
        assert r["country"] == "BY" and not r["gazetteer"].startswith("katottg:")


def test_a_village_is_no_reading_without_a_place_of_the_document_beside_it(g):
    # Lhiv, Chernihiv oblast, 290 km from Kursk: a village alone beside a Russian town is refused, not placed
    got = g.geocode_all([Query("Курськ"), Query("Льгів")])
    assert isinstance(got[1], UnresolvedPlace)
    assert got[1].guess is not None and got[1].guess.ref.startswith("katottg:")


@pytest.mark.parametrize("name", ["Prut", "Прут"])
def test_a_lone_unique_village_name_is_refused(g, name):
    # the river Prut is no place; the village of Chernivtsi oblast is the name's only reading: alone, refused
    with pytest.raises(UnresolvedPlace) as err:
        g.geocode(name)
    assert "KATOTTG" in err.value.reason


def test_a_village_beside_a_place_of_its_oblast_stands(g):
    # the same Prut beside Chernivtsi (its oblast's centre): the village
    r = g.geocode_all([Query("Prut"), Query("Chernivtsi")])[0]
    assert r.ref.startswith("katottg:UA73")


def test_the_port_of_kavkaz_is_not_a_ukrainian_village(tmp_path):
    # the port Kavkaz on the Chushka spit (45.34, 36.67), Krasnodar krai; villages Kavkaz lie in Mykolaiv and Kyiv
    # oblasts, 366 and 664 km away
    rows = _draft(tmp_path, "За даними моніторингових каналів, пором упродовж вересня щонайменше тричі перевозив з "
                            "порту Кавказ до Керчі цистерни з пальним і вантажівки військового зразка.", "uk")
    for r in rows:
        if r["place"] == "Кавказ" and r["lat"]:
            assert not r["gazetteer"].startswith("katottg:")
            assert r["country"] != "UA"


def test_a_listed_facility_is_not_refused_for_a_town_without_a_figure_in_a_long_document(g):
    # Taipei Songshan Airport (25.07, 121.55) beside Taiwan's places: the town Songshan, China, has no population
    # figure; standing in its prior as one of 500 (review M2) it made the airport refused
    names = ["Songshan airport", "Taipei", "Taiwan", "Kaohsiung", "Hualien", "Penghu", "Fujian", "Xiamen", "Kinmen"]
    r = g.geocode_all([Query(n) for n in names])[0]
    assert not isinstance(r, UnresolvedPlace)
    assert gz.haversine_km(25.07, 121.55, r.lat, r.lon) < 5


@pytest.mark.parametrize("name", ["Kacha", "Кача"])
def test_a_settlement_the_index_places_is_not_added_again_across_an_oblast_line(name):
    # Kacha (44.78, 33.54): GeoNames files it under Sevastopol, the KATOTTG under Crimea; the village the KATOTTG
    # would add lies 27 km off with a 40 km circle. The index's town stands alone
    idx = gz.load()
    found = {p >> 3 for p in idx.postings(gz.normalize(name))}
    assert any(idx.ref(e) == "geonames:707281" for e in found)
    assert not any(idx.ref(e).startswith("katottg:") for e in found)
