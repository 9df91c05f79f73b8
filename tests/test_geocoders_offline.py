"""The default offline geocoder, on the names of the seed articles and the classic traps."""

from __future__ import annotations

import dataclasses

import pytest

from geo.errors import UnresolvedPlace
from geo.geocoders.base import GeocodeResult, Query
from geo.geocoders.offline import OfflineGeocoder

AMUR_BLAGOVESHCHENSK = "geonames:2026609"
BASHKIR_BLAGOVESHCHENSK = "geonames:576116"


@pytest.fixture(scope="module")
def g():
    return OfflineGeocoder()


@pytest.mark.parametrize("query, name, cc, precision, match", [
    ("Vladivostok", "Vladivostok", "RU", "city", "exact"),
    ("Ussuriysk", "Ussuriysk", "RU", "city", "exact"),
    ("Khabarovsk", "Khabarovsk", "RU", "city", "exact"),
    ("Khabrovsk", "Khabarovsk", "RU", "city", "fuzzy"),
    ("Khaarovsk", "Khabarovsk", "RU", "city", "fuzzy"),
    ("Kursk", "Kursk", "RU", "city", "exact"),
    ("Kursk region", "Kurskaya oblast'", "RU", "region", "exact"),
    ("Kursk Oblast", "Kurskaya oblast'", "RU", "region", "exact"),
    ("DPRK", "North Korea", "KP", "country", "alias"),
    ("North Korea", "North Korea", "KP", "country", "exact"),
    ("N. Korea", "North Korea", "KP", "country", "alias"),
    ("North Korean", "North Korea", "KP", "country", "alias"),
    ("Vladivostok, Russia", "Vladivostok", "RU", "city", "exact"),
    ("Vladivostok (Russia)", "Vladivostok", "RU", "city", "exact"),
    ("Владивосток", "Vladivostok", "RU", "city", "alias"),
    ("블라디보스토크", "Vladivostok", "RU", "city", "alias"),
    ("Russian", "Russia", "RU", "country", "alias"),
    ("U.S.", "United States", "US", "country", "alias"),
    ("US", "United States", "US", "country", "alias"),
    ("UK", "United Kingdom", "GB", "country", "alias"),
    ("Pokrovsk", "Pokrovsk", "UA", "city", "exact"),
    ("Africa", "Africa", None, "continent", "exact"),
    ("Paris, Tex.", "Paris", "US", "city", "exact"),
])
def test_seed_and_trap_names(g, query, name, cc, precision, match):
    r = g.geocode(query)
    assert (r.name, r.country_code, r.precision, r.match) == (name, cc, precision, match)
    assert r.source == "gazetteer" and 0 < r.score <= 1
    assert r.ref.startswith("geonames:")
    assert (r.radius_km == 0) == (precision == "city")


def test_vladivostok_coordinates(g):
    r = g.geocode("Vladivostok")
    assert r.lat == pytest.approx(43.106, abs=0.01) and r.lon == pytest.approx(131.874, abs=0.01)
    assert r.ref == "geonames:2013348"


def test_blagoveshchensk_alone_is_the_bigger_one(g):
    assert g.geocode("Blagoveshchensk").ref == AMUR_BLAGOVESHCHENSK


@pytest.mark.parametrize("others, expected", [
    (["Vladivostok", "Khabarovsk", "Ussuriysk"], AMUR_BLAGOVESHCHENSK),
    (["Ufa", "Bashkortostan", "Sterlitamak"], BASHKIR_BLAGOVESHCHENSK),
])
def test_blagoveshchensk_by_document_context(g, others, expected):
    res = g.geocode_all([Query(n) for n in others] + [Query("Blagoveshchensk")])
    assert res[-1].ref == expected


def test_context_points_pick_the_nearby_namesake(g):
    ufa = (54.74, 55.97)
    assert g.geocode("Blagoveshchensk", context=[ufa]).ref == BASHKIR_BLAGOVESHCHENSK


def test_close_choice_lists_candidates(g):
    r = g.geocode("Blagoveshchensk")
    assert any(c.lat == pytest.approx(55.04, abs=0.1) for c in r.candidates)


def test_country_hint_restricts_to_that_country(g):
    assert g.geocode("Pokrovsk").country_code == "UA"
    assert g.geocode("Pokrovsk", country="RU").country_code == "RU"
    assert g.geocode("Paris", country="US").country_code == "US"


def test_country_hint_without_match_is_refused(g):
    with pytest.raises(UnresolvedPlace) as ei:
        g.geocode("Vladivostok", country="FR")
    assert "FR" in ei.value.reason


@pytest.mark.parametrize("query", ["Xyzzyville", "Khbrvsk", "Kursk regio n", "Qqqq region"])
def test_unresolvable_names_are_refused_not_guessed(g, query):
    with pytest.raises(UnresolvedPlace):
        g.geocode(query)


def test_refusal_suggests_the_closest_name(g):
    with pytest.raises(UnresolvedPlace) as ei:
        g.geocode("Khbrvsk")  # three letters off: too far to guess
    assert "Khabarovsk" in ei.value.suggestions
    assert "did you mean" in str(ei.value) and "'Khabarovsk'" in str(ei.value)


def test_suggest(g):
    assert "Khabarovsk" in g.suggest("Khbrvsk")
    assert g.suggest("Vladivostk", limit=1) == ["Vladivostok"]
    assert len(g.suggest("Springfeld", limit=2)) <= 2


def test_region_word_never_falls_back_to_a_city(g):
    r = g.geocode("Kursk region")
    assert r.precision == "region" and r.radius_km > 20
    assert r.ref != g.geocode("Kursk").ref


def test_directional_form_is_a_region_of_the_country(g):
    r = g.geocode("western Russia")
    assert r.precision == "region" and r.country_code == "RU"
    assert r.lon < 60  # European Russia, not the country's centre at 100 E


def test_geocode_all_returns_failures_in_place(g):
    res = g.geocode_all([Query("Vladivostok"), Query("Xyzzyville"), Query("Khabrovsk")])
    assert isinstance(res[0], GeocodeResult) and isinstance(res[1], UnresolvedPlace)
    assert res[2].name == "Khabarovsk"


def test_result_is_immutable(g):
    r = g.geocode("Vladivostok")
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.lat = 0.0  # type: ignore[misc]
