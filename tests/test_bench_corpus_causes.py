"""scripts/bench_geocode.py --corpus: the causes a missed gold stop of the corpus is put under."""

from __future__ import annotations

import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts"))
import bench_geocode  # noqa: E402

from geo.geocoders.offline import OfflineGeocoder  # noqa: E402


@pytest.fixture(scope="module")
def g():
    return OfflineGeocoder()


def _row(place, query=None, lang="en", gold=(0.0, 0.0), answer=None, **kw):
    return {"place": place, "query": query or place, "lang": lang, "gold": gold, "tol": 161.0, "country": "",
            "precision": kw.pop("precision", "city"), "kind": kw.pop("kind", ""), "answer": answer, **kw}


def test_causes(g):
    assert bench_geocode.corpus_cause(g, _row("buffer zone")) == "not a name"
    assert bench_geocode.corpus_cause(g, _row("Zzyqxville")) == "missing"
    # Kursk is known, the answer elsewhere: another reading was chosen
    assert bench_geocode.corpus_cause(g, _row("Kursk", gold=(51.73, 36.19), answer="Kursk", a_precision="city",
                                              a_kind="")) == "namesake"
    # a field placed for a town
    assert bench_geocode.corpus_cause(g, _row("Mozdok", gold=(43.74, 44.65), answer="Mozdok air base",
                                              a_precision="point", a_kind="airbase")) == "facility vs town"
    # a Ukrainian genitive the query kept, whose nominative is known
    assert bench_geocode.corpus_cause(g, _row("Бахмута", query="Бахмутаааа", lang="uk", gold=(48.60, 38.00))) \
        == "inflection"


def test_the_corpus_measure_reads_the_development_split_only(monkeypatch, g):
    from geo.extract import goldcorpus

    seen = []
    real = goldcorpus.articles

    def spy(*a, **kw):
        seen.append(kw.get("split", a[1] if len(a) > 1 else "dev"))
        return real(*a, **kw)[:1]

    monkeypatch.setattr(goldcorpus, "articles", spy)
    rows = bench_geocode.corpus_rows(g)
    assert set(seen) == {"dev"} and rows
