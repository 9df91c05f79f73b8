"""Which reports tell of the same movement, and how many independent sources say so.

Two legs are the same movement when they join the same places in the same
order, by compatible modes (equal, or one of them not stated) and at
compatible dates (overlapping intervals, or one of them undated). They are
then drawn once on the map, weighted by the number of *independent* sources:
distinct sources after folding case, spaces and punctuation, so the same
source repeated (or spelt with another capital letter) is one source, not
corroboration. A denial is counter-evidence, not corroboration: only the
sources that confirm, report or claim a movement (or a place) count as its
sources, those that deny it are counted apart, and a movement or place with
both is *contested*, which the map and the picture show. The strongest status
of the group is the one drawn; every report stays in the popup, and the map
can show them separately again.

The rules live here, in Python, so they can be tested; :mod:`geo.render`
passes the result to the page as columns of the map data (each leg's group,
each stop's source identity), and the page counts the independent sources
among the reports its filters show, as :func:`group_summary` and
:func:`place_sources` do for all of them.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .records import STATUSES, Leg, Stop

__all__ = ["source_key", "place_key", "leg_groups", "group_summary", "place_sources", "Evidence", "SUPPORTING"]

#: The statuses that tell of a movement or a place; "denied" tells against it.
SUPPORTING = ("confirmed", "reported", "claimed")

_NOT_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=65536)
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


def _first_day(text: str) -> int:
    """Ordinal of the first day of an ISO date, month or year ("2024-10-08", "2024-10", "2024")."""
    t = text.strip()
    if len(t) >= 10:
        return _dt.date.fromisoformat(t[:10]).toordinal()
    return _dt.date(int(t[:4]), int(t[5:7]) if len(t) >= 7 else 1, 1).toordinal()


def _last_day(text: str) -> int:
    """Ordinal of the last day of an ISO date, month or year."""
    t = text.strip()
    if len(t) >= 10:
        return _dt.date.fromisoformat(t[:10]).toordinal()
    if len(t) >= 7:
        y, m = int(t[:4]), int(t[5:7])
        return (_dt.date(y + m // 12, m % 12 + 1, 1) - _dt.timedelta(days=1)).toordinal()
    return _dt.date(int(t[:4]), 12, 31).toordinal()


@functools.lru_cache(maxsize=4096)
def _days(start: str | None, end: str | None) -> tuple[int, int] | None:
    """(first, last) day of a stop's dates, or None when undated or unreadable."""
    if not start:
        return None
    try:
        return _first_day(start), _last_day(end or start)
    except ValueError:
        return None


def leg_groups(legs: Sequence[Leg]) -> list[int]:
    """For each leg, the index of the first leg of its group (itself when alone).

    A leg joins the first earlier group with the same places in the same order
    whose every member is compatible with it: the same mode (or one not
    stated), and dates that overlap (or one undated); a leg's dates are its
    end stop's, the report of the arrival. Intervals that overlap pairwise
    share a common part, so each group keeps only its stated mode and the
    latest start and earliest end of its members' dates.

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
    pairs = _place_pairs(legs)
    _, inverse, counts = np.unique(pairs, return_inverse=True, return_counts=True)
    out = list(range(len(legs)))  # a leg whose places no other leg shares is its own group
    groups: dict[int, list[list]] = {}  # places -> [[first leg, stated mode, latest start, earliest end], ...]
    for i in np.flatnonzero(counts[inverse] > 1).tolist():
        leg = legs[i]
        mode = leg.mode if leg.mode and leg.mode != "unknown" else None
        end = leg.end
        days = _days(end.date_start, end.date_end) if end.date_start else None
        same = groups.get(pair := int(pairs[i]))
        if same is None:
            groups[pair] = [[i, mode, *(days or (None, None))]]
            continue
        for g in same:
            if mode is not None and g[1] is not None and mode != g[1]:
                continue
            if days is not None and g[2] is not None and not (days[0] <= g[3] and g[2] <= days[1]):
                continue
            if g[1] is None:
                g[1] = mode
            if days is not None:
                g[2] = days[0] if g[2] is None else max(g[2], days[0])
                g[3] = days[1] if g[3] is None else min(g[3], days[1])
            out[i] = g[0]
            break
        else:
            same.append([i, mode, *(days or (None, None))])
    return out


def _place_pairs(legs: Sequence[Leg]) -> np.ndarray:
    """For each leg, a number that names its (start, end) pair of place keys.

    :func:`place_key` runs once per distinct location, in the order the legs
    meet them (so a missing location is reported for the first stop that
    lacks one): stops share locations, and most stops end one leg and start
    the next.
    """
    ids = np.array([(id(leg.start.location), id(leg.end.location)) for leg in legs], dtype=np.uint64).reshape(-1)
    _, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
    number: dict[tuple[float, float], int] = {}  # place key -> its number
    place = np.empty(len(first), dtype=np.int64)  # distinct location -> number of its place key
    for j in np.argsort(first, kind="stable").tolist():
        leg = legs[first[j] // 2]
        place[j] = number.setdefault(place_key(leg.end if first[j] % 2 else leg.start), len(number))
    ends = place[inverse.reshape(-1)].reshape(-1, 2)
    return ends[:, 0] * max(1, len(number)) + ends[:, 1]


@dataclass(frozen=True)
class Evidence:
    """Who says so: independent sources that report (confirm, report or claim) it, and that deny it.

    ``status`` is the strongest status among the reports (a supporting one
    whenever there is any). Contested: reported *and* denied.

    >>> Evidence(2, 1, "reported").contested, Evidence(2, 1, "reported").text()
    (True, '2 independent sources report it, 1 denies it')
    """

    support: int
    deny: int
    status: str

    @property
    def contested(self) -> bool:
        return self.support > 0 and self.deny > 0

    def text(self) -> str:
        """In words, as the page's popups say it (``templates/geomap/rules.js``, evidenceText)."""
        said = []
        if self.support:
            said.append(f"{self.support} independent source{'s report' if self.support > 1 else ' reports'} it")
        if self.deny:
            said.append(f"{self.deny} den{'y' if self.deny > 1 else 'ies'} it")
        return ", ".join(said)


def evidence(reports: Iterable[tuple[str | None, str]]) -> Evidence:
    """The :class:`Evidence` of some (source, status) reports: the same source twice is one source.

    >>> evidence([("NIS", "reported"), ("Zelenskyy", "claimed"), ("Putin", "denied"), ("nis", "reported")])
    Evidence(support=2, deny=1, status='reported')
    """
    rank = {s: i for i, s in enumerate(STATUSES)}
    support: set[str] = set()
    deny: set[str] = set()
    best = len(STATUSES) - 1
    for source, status in reports:
        status = status if status in rank else "reported"
        (deny if status == "denied" else support).add(source_key(source))
        best = min(best, rank[status])
    return Evidence(len(support), len(deny), STATUSES[best])


def group_summary(legs: Sequence[Leg], groups: Sequence[int]) -> dict[int, Evidence]:
    """{first leg of a group: its :class:`Evidence`}, a leg's source being its end's (the report of the arrival).

    >>> group_summary([], [])
    {}
    """
    members: dict[int, list[tuple[str, str]]] = {}
    for leg, g in zip(legs, groups):
        members.setdefault(g, []).append((leg.end.source, leg.status))
    return {g: evidence(reports) for g, reports in members.items()}


def place_sources(stops: Sequence[Stop]) -> dict[tuple[float, float], Evidence]:
    """The :class:`Evidence` of each place (see :func:`place_key`): its sources that report it and deny it.

    >>> from geo.geocoders.base import GeocodeResult
    >>> loc = GeocodeResult("V", "V", 43.1, 131.9, "RU", "city", "manual", 1.0, "csv")
    >>> place_sources([Stop(row=2, place="V", source="NYT", location=loc),
    ...                Stop(row=3, place="V", source="nyt ", location=loc),
    ...                Stop(row=4, place="V", source="Kremlin", status="denied", location=loc)])
    {(43.1, 131.9): Evidence(support=1, deny=1, status='reported')}
    """
    seen: dict[tuple[float, float], list[tuple[str, str]]] = {}
    for s in stops:
        seen.setdefault(place_key(s), []).append((s.source, s.status))
    return {k: evidence(v) for k, v in seen.items()}
