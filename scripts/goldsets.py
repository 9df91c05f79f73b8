"""The four public toponym gold sets, read one way, and split once into development and test halves.

Every benchmark that scores on these sets (``bench_geocode.py``, ``bench_extract.py``) reads them
here, so they all agree on what an article is and which half it belongs to. The split is by
article, per set, with a fixed seed: study failures on ``dev`` only, report ``test``.

>>> arts = list(articles("GeoVirus"))           # doctest: +SKIP
>>> dev, test = split(arts)                     # doctest: +SKIP
"""

from __future__ import annotations

import os
import random
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

#: Where the sets live in this workplace (``--sets DIR`` in the scripts overrides it).
DEFAULT_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                           "..", "shared", "benchmarks", "toponyms")
SETS = ("LGL", "GeoVirus", "GeoWebNews", "TR-News")

#: The split's seed: changing it re-deals every article, so never change it.
SEED = 20261201


def sets_dir() -> str:
    """The sets' directory: ``$GEO_SHARED/benchmarks/toponyms`` when that variable names the shared folder (a
    checkout that is not beside it, such as a git worktree), else :data:`DEFAULT_DIR`."""
    shared = os.environ.get("GEO_SHARED")
    return os.path.join(shared, "benchmarks", "toponyms") if shared else DEFAULT_DIR


@dataclass(frozen=True)
class Toponym:
    """One gold toponym: its span in the article's text, the string as annotated, its true point."""

    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Article:
    """One annotated article: which set, its position in the set's file, its text and toponyms."""

    set: str
    index: int
    text: str
    toponyms: tuple[Toponym, ...]


def _float(el) -> float | None:
    try:
        return float(el.text) if el is not None and (el.text or "").strip() else None
    except ValueError:
        return None


def _xml(path: str, set_name: str, tag: str, name_tag: str, lat: str, lon: str) -> Iterator[Article]:
    for i, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter(tag):
            la, lo = _float(t.find(lat)), _float(t.find(lon))
            name = (t.findtext(name_tag) or "").strip()
            if la is None or lo is None or not name:
                continue  # gold toponyms without coordinates are left out of every score
            tops.append(Toponym(int(t.findtext("start")), int(t.findtext("end")), name, la, lo))
        yield Article(set_name, i, text, tuple(tops))


def articles(set_name: str, sets_dir: str = DEFAULT_DIR) -> Iterator[Article]:
    """Every article of one set, in file order, with its gold toponyms that have coordinates."""
    p = lambda f: os.path.join(sets_dir, f)  # noqa: E731
    if set_name == "LGL":
        return _xml(p("lgl.xml"), set_name, "toponym", "phrase", ".//lat", ".//lon")
    if set_name == "TR-News":
        return _xml(p("TR-News.xml"), set_name, "toponym", "phrase", ".//lat", ".//lon")
    if set_name == "GeoVirus":
        return _xml(p("GeoVirus.xml"), set_name, "location", "name", "lat", "lon")
    if set_name == "GeoWebNews":
        return _xml(p("GeoWebNews.xml"), set_name, "toponym", "extractedName", "latitude", "longitude")
    raise ValueError(f"unknown set {set_name!r}; the sets are {', '.join(SETS)}")


def test_indices(set_name: str, n: int) -> frozenset[int]:
    """The positions, among a set's *n* articles, dealt to the test half (fixed seed)."""
    order = list(range(n))
    random.Random(f"{SEED}:{set_name}").shuffle(order)
    return frozenset(order[n // 2:])


def split(arts: Sequence[Article]) -> tuple[list[Article], list[Article]]:
    """(development, test): each set's articles dealt into two halves with the fixed seed."""
    dev: list[Article] = []
    test: list[Article] = []
    by_set: dict[str, list[Article]] = {}
    for a in arts:
        by_set.setdefault(a.set, []).append(a)
    for name, group in by_set.items():
        test_ids = test_indices(name, len(group))
        for k, a in enumerate(group):
            (test if k in test_ids else dev).append(a)
    return dev, test
