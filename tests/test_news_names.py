"""Held-out style check: news spellings of places in Ukraine, Russia, Syria and Georgia, at true coordinates.

``tests/data/news_names.csv`` was written by hand from atlases, not from this code: each name (misspelt,
transliterated, or a town beside the district named after it) with its true position, or the
expectation that it is refused. The offline geocoder must get at least 98% of them right.
"""

import csv
from pathlib import Path

import pytest

from geo.errors import UnresolvedPlace
from geo.gazetteer.common import haversine_km as _km
from geo.geocoders.offline import OfflineGeocoder

DATA = Path(__file__).with_name("data") / "news_names.csv"


def _rows():
    with DATA.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def judge(g, row) -> tuple[bool, str]:
    """(right, what happened) for one row of the list."""
    try:
        r = g.geocode(row["name"], country=row["country"] or None)
    except UnresolvedPlace as exc:
        return row["expect"] == "refused", f"refused: {exc}"
    if row["expect"] == "refused":
        return False, f"placed at {r.name} ({r.lat}, {r.lon})"
    km = _km(float(row["lat"]), float(row["lon"]), r.lat, r.lon)
    return km <= float(row["km"]), f"{r.name} {r.match} {km:.0f} km off (confidence {r.score})"


@pytest.fixture(scope="module")
def judged():
    g = OfflineGeocoder()
    return [(row, *judge(g, row)) for row in _rows()]


def test_the_list_is_large_and_mixed():
    rows = _rows()
    assert len(rows) >= 100
    assert sum(r["expect"] == "refused" for r in rows) >= 1
    assert {r["country"] for r in rows} >= {"UA", "RU", "SY", "GE", ""}


def test_at_least_98_percent_are_right(judged):
    wrong = [f"{row['name']!r} ({row['country'] or 'no hint'}): {what}" for row, ok, what in judged if not ok]
    assert 1 - len(wrong) / len(judged) >= 0.98, "\n".join(wrong)


def test_names_the_gazetteer_lacks_are_refused(judged):
    assert all(ok for row, ok, _ in judged if row["name"] == "Xyzzyville")


@pytest.mark.parametrize("name", ["Hmeimim air base", "Hmeimim", "Khmeimim air base"])
def test_an_air_base_once_refused_is_now_placed(judged, name):
    """Hmeimim was refused (pin it) until the gazetteer held facilities; now it is the air base near Latakia."""
    assert all(ok for row, ok, _ in judged if row["name"] == name)
