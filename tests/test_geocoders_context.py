"""The other places of a document as evidence (geo/geocoders/context.py): where the document is, not only its country.

True positions are from atlases, not from this code; each case names the document's places in the order printed.
"""

from __future__ import annotations

import numpy as np
import pytest

from geo.errors import UnresolvedPlace
from geo.gazetteer.common import haversine_km
from geo.geocoders.base import Query
from geo.geocoders.context import _cap_below_standing
from geo.geocoders.offline import OfflineGeocoder

CRIMEA = (45.3, 34.4)  # the peninsula's middle (Simferopol lies at 44.95, 34.10)


@pytest.fixture(scope="module")
def g():
    return OfflineGeocoder()


def _placed(g, names, i, where, km, precision):
    r = g.geocode_all([Query(n) for n in names])[i]
    assert not isinstance(r, UnresolvedPlace), f"{names[i]!r} beside {names!r} refused: {r}"
    assert r.precision == precision, (r.name, r.precision)
    assert haversine_km(where[0], where[1], r.lat, r.lon) <= km, (r.name, r.lat, r.lon)
    return r


# a first-level area of a name lying among the document's places is not beaten by a village of that name that lies
# nearer them: the village would gain for its region, its country and its nearness together a million times its weight
@pytest.mark.parametrize("names, where, km", [
    (["Ростов-на-Дону", "Крым"], CRIMEA, 150),  # not Krym, a village of 4,500 by Rostov
    (["Таганрог", "Крым"], CRIMEA, 150),
    (["Ростов-на-Дону", "Азов", "Крым"], CRIMEA, 150),
    (["Sheffield", "Wales"], (52.3, -3.7), 150),  # not the village of Wales by Sheffield
    (["Morelia", "Morelos"], (18.75, -99.07), 80),  # the Mexican state, not the village by Morelia
    (["Uruapan", "Morelos"], (18.75, -99.07), 80),
])
def test_an_area_of_standing_beats_a_village_near_the_other_places(g, names, where, km):
    _placed(g, names, len(names) - 1, where, km, "region")


# a town across a border from an area the document names is near the document: nearness counts, not only the country
@pytest.mark.parametrize("names, i, where, precision", [
    (["Taman", "Crimea"], 0, (45.21, 36.72), "city"),  # Taman, Russia, 80 km from Crimea's edge, not Tamán, Mexico
    (["Temryuk", "Crimea"], 0, (45.27, 37.38), "city"),
    (["Тамань", "Крым"], 1, CRIMEA, "region"),  # and Crimea with it, not refused for the village of Krym
    (["Troitsk", "Kostanay Region"], 0, (54.08, 61.57), "city"),  # on the Kazakh border, not Moscow's Troitsk
    (["Ivangorod", "Ida-Virumaa"], 0, (59.37, 28.21), "city"),  # the town across from Narva, not the crossing
    (["Ивангород", "Ида-Вирумаа"], 0, (59.37, 28.21), "city"),
])
def test_a_town_near_an_area_across_a_border(g, names, i, where, precision):
    _placed(g, names, i, where, 150 if precision == "region" else 25, precision)


# what the cap leaves alone: a town named like an area among the document's places, the area named after its town
@pytest.mark.parametrize("names, i, where, precision", [
    (["Kursk", "Sudzha"], 0, (51.73, 36.19), "city"),  # Kursk Oblast holds Sudzha; the bare name is the city
    (["Vancouver", "Victoria"], 1, (48.43, -123.37), "city"),  # a city of 90,000, not Australia's Victoria
    (["Курск", "Суджа"], 0, (51.73, 36.19), "city"),
])
def test_towns_that_stand_keep_their_context(g, names, i, where, precision):
    _placed(g, names, i, where, 25, precision)


def test_cap_below_standing_caps_only_towns_far_below_a_near_area():
    bonus = np.array([6.4, 0.5, 6.4, 3.0])
    among = np.array([False, True, False, False])
    local = np.array([True, False, True, True])
    standing = np.array([3.6, 7.8, 6.0, 3.6])  # a village, its area, a town of a million, a village of another name
    grp = np.array([0, 0, 0, 1])
    out = _cap_below_standing(bonus, among, local, standing, grp)
    # the village gains at most 2 (a factor of 100) over the area; the big town and the other name keep theirs
    assert out.tolist() == [2.5, 0.5, 6.4, 3.0]
    # an area not among the document's places caps nothing
    assert _cap_below_standing(bonus, np.zeros(4, bool), local, standing, grp).tolist() == bonus.tolist()


# the country's share says where the document is only near its towns of that country: a reading over 1,000 km from
# them gets no more for the country than a reading of its name near the document (none of "Октябрьское"'s readings
# by Rylsk is in the gazetteer under that name; Tsotsin-Yurt in Chechnya, 1,150 km off, was once Oktyabrskoye)
@pytest.mark.parametrize("names", [
    ["Суджа", "Рыльск", "Льгов", "Курская область", "Курчатов", "Октябрьское"],
    ["Суджа", "Рыльск", "Курчатов", "Октябрьское"],
    ["Суджа", "Льгов", "Курчатов", "Октябрьское"],
])
def test_a_namesake_far_from_the_documents_towns_of_its_country_gains_not_for_the_country(g, names):
    r = g.geocode_all([Query(n) for n in names])[-1]
    # no reading by Rylsk to choose, so the honest answer is a refusal, not a far namesake with a country's bonus
    assert isinstance(r, UnresolvedPlace), (r.name, r.lat, r.lon)
    assert "too uncertain" in str(r)
