"""Places named again by a noun alone: "the town", "the airport", "the base" (English).

"Russian forces entered Vuhledar from the east. A column was destroyed as it left the town": the town is
Vuhledar, and a stop of its own. Each such noun, after "the", is read as the nearest place named before it, in
its paragraph or the one before, that it can stand for: a town for "the town", "the city" or "the village"; a
facility named with that noun for "the base" or "the airport" ("Kant air base ... the base"), else any
facility, else, for an airport, a port or a harbour, the town it serves. A noun with no such place before it
is no mention. The mention keeps the noun as printed (``kind="anaphor"``, so the role model can weigh it apart)
and the place of the one it refers to, with a ``match`` that says so for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import Mention, Resolved

#: The nouns read, and what each can stand for.
SETTLEMENT_NOUNS = frozenset("town city village".split())
FACILITY_NOUNS = frozenset("airport airfield airbase base port harbour harbor camp depot crossing range".split())
#: Nouns that name a town's own facility: a town named before can be what they refer to.
OF_A_TOWN = frozenset("airport port harbour harbor".split())

_NOUN = re.compile(r"\b[Tt]he[ \t]+(?P<noun>town|city|village|airport|airfield|air[ \t]base|airbase|base|port|"
                   r"harbou?r|camp|depot|crossing|range)\b"
                   # "the town of Kupiansk", "the port city", "the city council": not the noun alone
                   r"(?![ \t]+of[ \t]+(?:the[ \t]+)?[A-Z])(?![-‐])"
                   r"(?![ \t]+(?:city|town|authorit\w*|officials?|command\w*|council|mayor|administration|residents|"
                   r"police|governor|hall|limits|itself|area|areas|district|region|commander|of[ \t]+origin)\b)")
#: How many paragraphs back the place referred to may be named (0: its own paragraph only). Chosen on the
#: development theatres (leave one theatre out): 1 over 0, recall 0.660 -> 0.663, precision 0.643 both.
PARAGRAPHS_BACK = 1
#: The facility sources of the gazetteer (a curated facility, an airport).
_FACILITY_REFS = ("facilities.csv:", "airportsdata:")


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*", text)]


def _fits(noun: str, m: Mention, r: Resolved) -> int:
    """How well the place of *m* fits *noun*: 2 named with that noun, 1 of the right kind, 0 not at all."""
    if r.lat is None or m.kind == "anaphor":
        return 0
    surface = m.surface.lower()
    facility = r.ref.startswith(_FACILITY_REFS)
    if noun in SETTLEMENT_NOUNS:
        return 1 if r.precision == "city" and not facility else 0
    word = "air base" if noun in ("airbase", "air base") else noun
    if re.search(rf"\b{word}\b", surface) or (word == "base" and "airbase" in surface):
        return 2
    if facility:
        return 1
    if noun in OF_A_TOWN and r.precision == "city":
        return 1
    return 0


def find_anaphors(text: str, items: Sequence[tuple[Mention, Resolved]]) -> list[tuple[Mention, Resolved]]:
    """The nouns of *text* that name again a place of *items* (its mentions and their places, in text order).

    >>> t = "Russian forces entered Vuhledar. A column left the town at night."
    >>> its = [(Mention(23, 31, "Vuhledar"), Resolved(47.78, 37.25, "UA", "city", ref="geonames:1", name="Vuhledar"))]
    >>> [(m.surface, m.kind, r.name) for m, r in find_anaphors(t, its)]
    [('town', 'anaphor', 'Vuhledar')]
    """
    if not items:
        return []
    starts = _paragraph_starts(text)
    taken = [(m.start, m.end) for m, _ in items]
    out = []
    for hit in _NOUN.finditer(text):
        a, b = hit.start("noun"), hit.end("noun")
        if any(s < b and a < e for s, e in taken):
            continue
        noun = re.sub(r"[ \t]+", " ", hit.group("noun").lower())
        par = sum(1 for s in starts if s <= a) - 1
        lo = starts[max(0, par - PARAGRAPHS_BACK)]
        best, fit = None, 0
        for m, r in items:
            if m.end > a:
                break
            if m.start < lo:
                continue
            f = _fits(noun, m, r)
            if f and f >= fit:  # the nearest of the best fit
                best, fit = (m, r), f
        if best is None:
            continue
        m, r = best
        out.append((Mention(a, b, text[a:b], "anaphor", 0.5),
                    Resolved(r.lat, r.lon, r.country, r.precision, r.radius_km, r.ref, r.name,
                             f"refers to {m.surface!r} before it: {r.match}", r.score)))
    return out
