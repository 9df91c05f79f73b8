"""geo.borders: points against their country, at true coordinates of real places."""

import pytest

from geo import borders

# (country, lat, lon): true positions (city centres, from atlases), inland and on coasts
INSIDE = [
    ("RU", 55.7558, 37.6173),   # Moscow
    ("RU", 43.1155, 131.8855),  # Vladivostok, on the coast
    ("RU", 44.7239, 37.7708),   # Novorossiysk, on the coast
    ("RU", 54.7104, 20.4522),   # Kaliningrad, the exclave
    ("RU", 44.6166, 33.5254),   # Sevastopol: held by Russia, drawn in Ukraine by Natural Earth
    ("RU", 45.3566, 36.4683),   # Kerch, likewise
    ("UA", 44.6166, 33.5254),   # Sevastopol
    ("UA", 49.9935, 36.2304),   # Kharkiv
    ("SY", 34.8890, 35.8866),   # Tartus, on the coast
    ("SY", 35.5317, 35.7915),   # Latakia
    ("GE", 41.6168, 41.6367),   # Batumi
    ("GE", 43.0015, 41.0234),   # Sukhumi
    ("KP", 39.0392, 125.7625),  # Pyongyang
    ("ES", 35.8894, -5.3213),   # Ceuta: an exclave the simplified outline loses
    ("MA", 27.1536, -13.2033),  # Laayoune, Western Sahara: held by Morocco
]
OUTSIDE = [
    ("RU", 37.76, 44.73),       # Novorossiysk swapped: eastern Turkey
    ("RU", 49.9935, 36.2304),   # Kharkiv is not in Russia
    ("SY", 55.7558, 37.6173),   # Moscow
    ("UA", 44.7239, 37.7708),   # Novorossiysk
]


@pytest.mark.parametrize("cc, lat, lon", INSIDE)
def test_true_positions_lie_in_their_country(cc, lat, lon):
    assert borders.outside(cc, [lat], [lon]) == []


@pytest.mark.parametrize("cc, lat, lon", OUTSIDE)
def test_points_elsewhere_are_outside(cc, lat, lon):
    assert borders.outside(cc, [lat], [lon]) == [0]


def test_held_area_stops_at_the_isthmus():
    assert borders.held_by("RU", 44.6166, 33.5254)  # Sevastopol
    assert borders.held_by("RU", 46.1152, 33.6919)  # Armiansk, at the isthmus of Perekop
    assert not borders.held_by("RU", 46.1729, 34.8137)  # Henichesk, Kherson oblast
    assert not borders.held_by("RU", 46.1161, 32.9112)  # Skadovsk, Kherson oblast
    assert not borders.held_by("UA", 44.6166, 33.5254)  # only the holder's hint is widened


def test_swap_is_named_with_the_fix():
    message, suggestion = borders.explain("RU", 37.76, 44.73)
    assert "km outside RU" in message
    assert suggestion == "lat and lon look swapped: did you mean lat=44.73, lon=37.76?"


def test_far_point_is_not_called_a_swap():
    message, suggestion = borders.explain("SY", 55.7558, 37.6173)
    assert "outside SY" in message and "swapped" not in suggestion


def test_unknown_code_checks_nothing():
    assert not borders.known("XX") and borders.outside("XX", [0.0], [0.0]) == []


def test_full_outline_is_cached_as_checked_arrays(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    borders._full.cache_clear()
    read = borders._full("ES")  # from Natural Earth, then written to the cache
    (path,) = tmp_path.glob("outline-full-*.cache")
    borders._full.cache_clear()
    assert borders._full("ES").wkb == read.wkb  # from the cache: exactly the same outline
    assert borders.outside("ES", [35.8894], [-5.3213]) == []  # Ceuta
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    borders._full.cache_clear()
    assert borders._full("ES").wkb == read.wkb  # a tampered file is not trusted: read anew
    assert "is corrupt (checksum mismatch)" in capsys.readouterr().err
    borders._full.cache_clear()
