"""The offline geocoder keeps what it found for a name (OfflineGeocoder._found): the answers must be those of a
geocoder that never met the names, and a new index must start afresh."""
import copy

from geo.geocoders.base import GeocodeResult, Query, UnresolvedPlace
from geo.geocoders.offline import OfflineGeocoder

_NAMES = ("Kupiansk", "Kharkiv", "Paris", "Henry County", "Palmyra", "Homs", "Kursk region", "Khabrovsk", "Foobarovo")


def _key(r):
    return (type(r).__name__, getattr(r, "ref", None), getattr(r, "precision", None), getattr(r, "score", None),
            getattr(r, "match", None), getattr(r, "doubt", None), str(r) if isinstance(r, UnresolvedPlace) else "")


def test_names_met_before_answer_as_if_met_first():
    seen = OfflineGeocoder()
    seen.geocode_all([Query(n) for n in _NAMES])  # each name met once, in another document
    for doc in (_NAMES[:2], _NAMES[2:4], _NAMES[4:6], ("Palmyra",), _NAMES[6:], _NAMES):
        qs = [Query(n) for n in doc] + [Query("Homs", country="sy")]
        assert [_key(r) for r in seen.geocode_all(qs)] == [_key(r) for r in OfflineGeocoder().geocode_all(qs)]


def test_a_new_index_forgets_what_the_old_one_found():
    g = OfflineGeocoder()
    assert isinstance(g.geocode_all([Query("Kupiansk")])[0], GeocodeResult)
    blind = copy.copy(g.idx)  # the same gazetteer without the name
    blind.postings = lambda key: () if key == "kupiansk" else type(g.idx).postings(blind, key)
    blind.postings_many = lambda keys: [blind.postings(k) for k in keys]
    g._idx = blind
    assert isinstance(g.geocode_all([Query("Kupiansk")])[0], UnresolvedPlace)
    assert isinstance(OfflineGeocoder(blind).geocode_all([Query("Kupiansk")])[0], UnresolvedPlace)


def test_a_name_asked_alone_answers_as_if_asked_first():
    seen = OfflineGeocoder()
    seen.geocode_all([Query(n) for n in _NAMES + ("Engles airbase", "at")])
    fresh = OfflineGeocoder()
    for n in ("Kupiansk", "Khabrovsk", "Engles airbase", "Foobarovo", "at"):
        got = []
        for g in (seen, fresh, seen):
            try:
                got.append(_key(g.geocode(n)))
            except UnresolvedPlace as e:
                got.append(_key(e))
        assert got[0] == got[1] == got[2], n
