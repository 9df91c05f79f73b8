"""Which reports tell of the same movement, and how many independent sources say so.

Two legs are the same movement when they join the same places in the same
order, by compatible modes (equal, or one of them not stated) and at
compatible dates (overlapping intervals, or one of them undated). They are
then drawn once on the map, weighted by the number of *independent* sources:
distinct sources after folding case, spaces and punctuation, so the same
source repeated (or spelt with another capital letter) is one source, not
corroboration. The strongest status of the group is the one drawn; every
report stays in the popup, and the map can show them separately again.

The rules live here, in Python, so they can be tested; :mod:`geo.render`
passes the result to the page as columns of the map data (each leg's group,
each stop's source identity), and the page counts the independent sources
among the reports its filters show, as :func:`group_summary` and
:func:`place_sources` do for all of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .model import STATUSES, Leg, Stop

__all__ = ["source_key", "place_key", "leg_groups", "place_sources"]

_NOT_WORD = re.compile(r"[\W_]+")


def source_key(source: str | None) -> str:
    """The identity of a source: case, accents, spaces and punctuation folded ("" when none).

    >>> source_key("Ukraine's  HUR") == source_key("ukraine’s hur")
    True
    """
    text = unicodedata.normalize("NFKD", source or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def place_key(stop: Stop) -> tuple[float, float]:
    """Where a stop was placed, to about 100 m: the same key means the same place.

    >>> from geo.geocoders.base import GeocodeResult
    >>> loc = GeocodeResult("V", "V", 43.11667, 131.9, "RU", "city", "manual", 1.0, "csv")
    >>> place_key(Stop(row=2, place="V", location=loc))
    (43.117, 131.9)
    """
    loc = stop.location
    if loc is None:
        raise ValueError(f"stop of row {stop.row} ({stop.place!r}) has no location; geocode it first")
    return (round(loc.lat, 3), round(loc.lon, 3))


def _interval(stop: Stop) -> tuple[str, str] | None:
    if not stop.date_start:
        return None
    return (stop.date_start, stop.date_end or stop.date_start)


def _compatible(a: Leg, b: Leg) -> bool:
    ma, mb = a.mode or "unknown", b.mode or "unknown"
    if ma != mb and "unknown" not in (ma, mb):
        return False
    ia, ib = _interval(a.end), _interval(b.end)
    if ia is None or ib is None:
        return True
    # ISO dates of equal length compare as text; a month "2024-10" starts before its days.
    return ia[0][:len(ib[1])] <= ib[1] and ib[0][:len(ia[1])] <= ia[1]


def leg_groups(legs: Sequence[Leg]) -> list[int]:
    """For each leg, the index of the first leg of its group (itself when alone).

    A leg joins the first earlier group with the same places in the same order
    whose every member is compatible with it (mode and dates); a leg's source
    is its end stop's, the report of the arrival.

    >>> from geo.geocoders.base import GeocodeResult
    >>> def s(n, lat, src, date=None):
    ...     loc = GeocodeResult(n, n, lat, 130.0, "RU", "city", "manual", 1.0, "csv")
    ...     return Stop(row=int(lat), place=n, source=src, date_start=date, location=loc)
    >>> a, b = s("A", 40, "x"), s("B", 43, "y", "2024-10-08")
    >>> legs = [Leg("r1", 1, a, b, "sea", "reported", 1.0, ()), Leg("r2", 1, a, s("B", 43, "z"), "unknown", "claimed", 1.0, ()),
    ...         Leg("r3", 1, s("B", 43, "z"), a, "sea", "claimed", 1.0, ())]
    >>> leg_groups(legs)
    [0, 0, 2]
    """
    groups: dict[tuple, list[list[int]]] = {}
    out: list[int] = []
    for i, leg in enumerate(legs):
        key = (place_key(leg.start), place_key(leg.end))
        for members in groups.setdefault(key, []):
            if all(_compatible(legs[m], leg) for m in members):
                members.append(i)
                out.append(members[0])
                break
        else:
            groups[key].append([i])
            out.append(i)
    return out


def group_summary(legs: Sequence[Leg], groups: Sequence[int]) -> dict[int, tuple[int, str]]:
    """{first leg of a group: (number of independent sources, strongest status)}.

    >>> group_summary([], [])
    {}
    """
    sources: dict[int, set[str]] = {}
    best: dict[int, int] = {}
    rank = {s: i for i, s in enumerate(STATUSES)}
    for leg, g in zip(legs, groups):
        sources.setdefault(g, set()).add(source_key(leg.end.source))
        r = rank.get(leg.status, rank["reported"])
        best[g] = min(best.get(g, r), r)
    return {g: (len(sources[g]), STATUSES[best[g]]) for g in sources}


def place_sources(stops: Sequence[Stop]) -> dict[tuple[float, float], int]:
    """Number of independent sources that report each place (see :func:`place_key`).

    >>> from geo.geocoders.base import GeocodeResult
    >>> loc = GeocodeResult("V", "V", 43.1, 131.9, "RU", "city", "manual", 1.0, "csv")
    >>> place_sources([Stop(row=2, place="V", source="NYT", location=loc),
    ...                Stop(row=3, place="V", source="nyt ", location=loc)])
    {(43.1, 131.9): 1}
    """
    seen: dict[tuple[float, float], set[str]] = {}
    for s in stops:
        seen.setdefault(place_key(s), set()).add(source_key(s.source))
    return {k: len(v) for k, v in seen.items()}
