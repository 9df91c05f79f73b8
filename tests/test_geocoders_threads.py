"""geo/geocoders/offline.py shared by threads: one call's batch of looked-up names is its own.

A Dask worker runs several threads in one process, and they share the process's geocoder
(geo.extract.resolve.default_geocoder). Two documents geocoded at once must each keep the names they
looked up together: the second must neither replace nor empty the first's.
"""

from __future__ import annotations

import threading

from geo.geocoders.base import Query
from geo.geocoders.offline import OfflineGeocoder


class _Recorded:
    """The gazetteer index, with every single lookup (one the batch did not have) recorded per thread."""

    def __init__(self, idx):
        self._idx, self.single = idx, []

    def postings(self, key):
        self.single.append((threading.current_thread().name, key))
        return self._idx.postings(key)

    def __getattr__(self, name):
        return getattr(self._idx, name)


class _Pausing(OfflineGeocoder):
    """Stops thread "first" as it comes to *name*, until told to go on (one interleaving, made to happen)."""

    def __init__(self, idx, name):
        super().__init__(idx)
        self.name_, self.paused, self.go_on = name, threading.Event(), threading.Event()

    def _candidates(self, query, country):
        if threading.current_thread().name == "first" and query == self.name_ and not self.paused.is_set():
            self.paused.set()
            assert self.go_on.wait(30)
        return super()._candidates(query, country)


def _first_lookups(g, names, meanwhile=()):
    """The single lookups and answers of geocode_all(*names*) in thread "first", with *meanwhile* geocoded by
    another thread while it is paused between its names."""
    out = {}
    t = threading.Thread(target=lambda: out.setdefault("r", g.geocode_all([Query(n) for n in names])), name="first")
    t.start()
    assert g.paused.wait(30)
    if meanwhile:
        g.geocode_all([Query(n) for n in meanwhile])  # this thread's whole document, start to end
    g.go_on.set()
    t.join(30)
    return sorted(k for who, k in g.idx.single if who == "first"), [(r.name, r.lat, r.lon) for r in out["r"]]


def test_a_document_geocoded_meanwhile_in_another_thread_leaves_this_ones_batch_alone():
    idx = OfflineGeocoder().idx
    names = ["Vladivostok", "Khabarovsk", "Blagoveshchensk"]
    alone = _first_lookups(_Pausing(_Recorded(idx), "Khabarovsk"), names)
    together = _first_lookups(_Pausing(_Recorded(idx), "Khabarovsk"), names, meanwhile=["Kursk", "Minsk"])
    assert together == alone
