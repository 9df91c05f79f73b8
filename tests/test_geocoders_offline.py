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
    ("Kursk region", "Kursk Oblast", "RU", "region", "exact"),
    ("Kursk Oblast", "Kursk Oblast", "RU", "region", "exact"),
    ("Kurskaya oblast'", "Kursk Oblast", "RU", "region", "exact"),
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
    ("NSW", "New South Wales", "AU", "region", "exact"),
    ("B.C.", "British Columbia", "CA", "region", "exact"),
    ("Ont.", "Ontario", "CA", "region", "exact"),
    ("Sask.", "Saskatchewan", "CA", "region", "exact"),
    ("Berlin", "Berlin", "DE", "city", "exact"),
    ("Baghdad", "Baghdad", "IQ", "city", "exact"),
    ("Tokyo prefecture", "Tokyo", "JP", "region", "alias"),
    ("Washington", "Washington", "US", "city", "exact"),
    ("Washington State", "Washington", "US", "region", "exact"),
    ("Quebec", "Quebec", "CA", "region", "exact"),
    ("Minnesota", "Minnesota", "US", "region", "exact"),
    ("Darfur", "Darfur", "SD", "region", "alias"),
    ("Korea", "Korean Peninsula", None, "continent", "alias"),
    ("Ohioans", "Ohio", "US", "region", "alias"),
    ("Londoner", "London", "GB", "city", "alias"),
    ("Central American", "Central America", None, "continent", "alias"),
    ("Latin America", "Latin America", None, "continent", "exact"),
    ("North Africa", "Northern Africa", None, "continent", "alias"),
])
def test_seed_and_trap_names(g, query, name, cc, precision, match):
    r = g.geocode(query)
    assert (r.name, r.country_code, r.precision, r.match) == (name, cc, precision, match)
    assert r.source == "gazetteer" and 0 < r.score <= 1
    assert r.ref.startswith(("geonames:", "gazetteer:"))
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


@pytest.mark.parametrize("order", [0, 1])
def test_a_county_and_a_town_in_it_choose_each_other(g, order):
    # the bigger Henry County is in Georgia, the best-known Paris in France: together they
    # are Paris, Tennessee, the seat of Henry County, Tennessee, whichever comes first
    names = ["Paris", "Henry County"][::1 if order == 0 else -1]
    res = {r.query: r for r in g.geocode_all([Query(n) for n in names])}
    assert res["Paris"].lat == pytest.approx(36.30, abs=0.05)
    assert res["Henry County"].lat == pytest.approx(36.37, abs=0.3)
    assert g.geocode("Henry County").lat != pytest.approx(36.37, abs=0.3)


@pytest.mark.parametrize("query, name", [
    ("Sea of Japan", "Sea of Japan"), ("East Sea", "Sea of Japan"), ("Atlantic", "Atlantic Ocean"),
    ("the Mediterranean", "Mediterranean Sea"), ("Lake Erie", "Lake Erie"),
])
def test_water_bodies_are_wide_regions(g, query, name):
    r = g.geocode(query)
    assert (r.name, r.precision, r.country_code) == (name, "region", None)
    assert r.radius_km >= 100


def test_a_town_named_like_an_ocean_wins_among_its_neighbours(g):
    res = g.geocode_all([Query("Atlantic"), Query("Des Moines"), Query("Iowa")])
    assert (res[0].name, res[0].country_code, res[0].precision) == ("Atlantic", "US", "city")


@pytest.mark.parametrize("query, name", [
    ("Heathrow Airport", "London Heathrow Airport"), ("Schiphol", "Amsterdam Airport Schiphol"),
    ("Vladivostok International Airport", "Vladivostok International Airport"),
])
def test_airports_are_points(g, query, name):
    r = g.geocode(query)
    assert (r.name, r.precision, r.radius_km) == (name, "point", 0)


def test_an_airport_never_stands_for_its_city(g):
    assert g.geocode("Vladivostok").precision == "city"
    assert g.geocode("Moscow").precision == "city"
    assert g.geocode("London").precision == "city"


def test_an_airport_by_its_short_name_needs_its_neighbours(g):
    res = g.geocode_all([Query("Heathrow"), Query("London"), Query("Hounslow")])
    assert res[0].name == "London Heathrow Airport"


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


# ---------------------------------------------------------------------- large documents
# geocode_all scores every name against document totals (minus the name's own share) and a
# grid of the chosen places instead of against every other name; the answers must be those of
# the plain pairwise rule, which the reference below spells out with _context_scores.

def _pairwise_geocode_all(g, names):
    """The disambiguation rule of the module docstring, computed pair by pair (quadratic)."""
    import numpy as np

    from geo import gazetteer as gz

    keys = list(dict.fromkeys(names))
    memo = {k: g._candidates(k, None) for k in keys}
    norm = {k: gz.normalize(k) for k in keys}
    idx = g.idx

    def contains(k):
        """The containment term: the area holds a candidate of a differently written name."""
        others = {norm[k2] for k2 in keys if norm[k2] != norm[k] and memo[k2][0]}
        out = []
        for c in memo[k][0]:
            inside = {norm[k2] for k2 in keys if norm[k2] != norm[k] for c2 in memo[k2][0]
                      if c2.eid != c.eid and c.eid in (int(idx.adm1[c2.eid]), int(idx.adm2[c2.eid]))}
            share = min(1.0, 3.0 * len(inside) / max(len(others), 1))
            out.append(2.0 * share if idx.kind[c.eid] in (gz.ADMIN1, gz.ADMIN2) else 0.0)
        return np.array(out)

    cont = {k: contains(k) if len(memo[k][0]) > 1 else np.zeros(len(memo[k][0])) for k in keys}
    choice = {k: (memo[k][0][int(np.argmax([c.prior for c in memo[k][0]] + cont[k]))].eid, 1.0)
              for k in keys if memo[k][0]}

    def others(k):
        return [v for k2, v in choice.items() if norm[k2] != norm[k]]

    for _ in range(2):
        new = {}
        for k in choice:
            cands, o = memo[k][0], others(k)
            if len(cands) == 1 or not o:
                new[k] = choice[k]
                continue
            tot = np.array([c.prior for c in cands]) + g._context_scores(cands, o) + cont[k]
            w = 10.0 ** (tot - tot.max())
            new[k] = (cands[int(tot.argmax())].eid, float(w[int(tot.argmax())] / w.sum()))
        choice = new
    out = {}
    for k in keys:
        cands, how, info = memo[k]
        if cands:
            o = others(k)
            out[k] = g._decide(k, cands, how, info, g._context_scores(cands, o) + cont[k] if o else None)
    return [out.get(k) for k in names]


def _sample_names(g, n, seed, ambiguous):
    """*n* distinct city names of the index whose key names several places (or exactly one)."""
    import random

    import numpy as np

    from geo import gazetteer as gz

    idx = g.idx
    rnd = random.Random(seed)
    cities = np.flatnonzero(idx.kind == gz.CITY).tolist()
    rnd.shuffle(cities)
    out, seen = [], set()
    for e in cities:
        nm = idx.names[e]
        key = gz.normalize(nm)
        if not key or key in seen or not nm.isascii() or "," in nm or "(" in nm:
            continue
        posts = idx.postings(key)
        if ambiguous != (len({p >> 3 for p in posts}) > 1):
            continue
        if not ambiguous and any(p & (gz.ALT | gz.CODE) for p in posts):
            continue
        seen.add(key)
        out.append(nm)
        if len(out) == n:
            break
    return out


@pytest.mark.parametrize("grid", [False, True], ids=["exhaustive", "grid"])
def test_geocode_all_matches_the_pairwise_rule(g, monkeypatch, grid):
    import geo.geocoders.offline as off

    names = _sample_names(g, 200, seed=7, ambiguous=True) + _sample_names(g, 60, seed=8, ambiguous=False)
    names += ["Blagoveshchensk", "Ufa", "Bashkortostan", "Paris", "Texas", "Georgia", "Russia", "Kursk region"]
    if grid:  # force the grid search even for this small document
        monkeypatch.setattr(off, "_BRUTE_PAIRS", 0)
    got = g.geocode_all([Query(n) for n in names])
    want = _pairwise_geocode_all(g, names)
    assert [(r.ref, r.score) for r in got] == [(r.ref, r.score) for r in want]
    # context really decided something here: not every answer is the name's best alone
    assert any(r.ref != g.geocode(n).ref for n, r in zip(names, got))


def test_nearest_other_grid_is_exact():
    import numpy as np

    import geo.geocoders.offline as off
    from geo import gazetteer as gz

    rnd = np.random.default_rng(5)
    # clusters, poles, the antimeridian, and uniform points
    plat = np.concatenate([rnd.uniform(-90, 90, 400), rnd.normal(50, 0.3, 300).clip(-90, 90),
                           [89.99, -89.99, 0, 0, 10, 10]])
    plon = np.concatenate([rnd.uniform(-180, 180, 400), rnd.normal(30, 0.3, 300),
                           [0, 120, 179.99, -179.99, 179.9, -179.9]])
    pnorm = rnd.integers(0, 40, plat.size)
    clat = np.concatenate([rnd.uniform(-90, 90, 300), plat[:100], [90, -90, 0, 10]])
    clon = np.concatenate([rnd.uniform(-180, 180, 300), plon[:100], [0, 0, 180, -180]])
    cnorm = rnd.integers(0, 40, clat.size)
    d = gz._haversine_km(clat[:, None], clon[:, None], plat[None, :], plon[None, :])
    d[cnorm[:, None] == pnorm[None, :]] = np.inf
    want = d.min(axis=1)
    for pairs in (0, 10**9):  # grid, exhaustive
        old = off._BRUTE_PAIRS
        off._BRUTE_PAIRS = pairs
        try:
            best = off._nearest_other(clat, clon, cnorm, plat, plon, pnorm)
        finally:
            off._BRUTE_PAIRS = old
        assert (best >= 0).all()
        assert d[np.arange(clat.size), best] == pytest.approx(want, abs=1e-6)
    assert (off._nearest_other(clat[:3], clon[:3], np.zeros(3, int), plat, plon, np.zeros(plat.size, int)) == -1).all()


def test_large_document_resolves_each_name_to_itself(g):
    """3,000 distinct real city names, each known by that name alone, come back in order."""
    from geo import gazetteer as gz

    idx = g.idx

    def own(n):
        return idx.ref(idx.postings(gz.normalize(n))[0] >> 3)

    # ("X Parish" alone is the parish, by the region-word rule: keep names that resolve alone to their place)
    names = [n for n in _sample_names(g, 3300, seed=11, ambiguous=False) if g.geocode(n).ref == own(n)][:3000]
    assert len(names) == 3000
    res = g.geocode_all([Query(n) for n in names] + [Query(names[0])])
    assert len(res) == 3001 and res[-1] == res[0]
    assert [r.ref for r in res[:-1]] == [own(n) for n in names]
    assert [r.query for r in res[:-1]] == names


@pytest.mark.parametrize("others, expected", [
    (["Vladivostok", "Khabrovsk", "Ussuriysk"], AMUR_BLAGOVESHCHENSK),
    (["Ufa", "Bashkortostan", "Sterlitamak"], BASHKIR_BLAGOVESHCHENSK),
])
def test_blagoveshchensk_context_holds_in_a_large_document(g, others, expected):
    """The seed rule inside ~3,000 names from outside Russia (neutral context)."""
    filler = [n for n in _sample_names(g, 3200, seed=12, ambiguous=False)
              if g.geocode(n).country_code != "RU"][:3000]
    doc = filler[:1500] + others + ["Blagoveshchensk"] + filler[1500:]
    res = g.geocode_all([Query(n) for n in doc])
    r = res[doc.index("Blagoveshchensk")]
    assert r.ref == expected
    if expected == AMUR_BLAGOVESHCHENSK:
        assert r.lon == pytest.approx(127.5, abs=0.2)
