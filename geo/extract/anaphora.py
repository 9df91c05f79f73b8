"""Places named again by a noun alone: "the town", "the airport", "the base" (English).

"Russian forces entered Vuhledar from the east. A column was destroyed as it left the town": the town is
Vuhledar, and a stop of its own. Each such noun, after "the" and not followed by "of" ("the range of the
missiles", "the town of Pavlivka"), is read as the nearest place named before it, in its paragraph or the one
before, that it can stand for: a town for "the town", "the city" or "the village"; a facility named with that
noun ("Kant air base ... the base"), else a facility of a kind the noun can name (:data:`NOUN_KINDS`: "the
base" a camp, air base, naval base, range or depot; "the crossing" only a crossing), else, for an airport, a
port or a harbour, the town it serves. A paragraph is a line of the text, as the sentence splitter counts
them (:func:`geo.extract.sentences.split_sentences`; blank lines are no paragraph): in hard-wrapped text, the
"paragraph before" is the line before; a landform's noun ("the island", "the spit") reaches back to the text's
start, for a landform named with it is what the text is about. A noun with no such place before it is no
mention. The mention keeps the noun as printed (``kind="anaphor"``, so the role model can weigh it apart) and
the place of the one it refers to, with a ``match`` that says so for the reviewer and a confidence no higher
than the geocoder's "check" band (:func:`check_top`): a guess at what a noun refers to is never as sure as a
name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..gazetteer.common import haversine_km
from ..geocoders.base import FACILITY_KINDS
from .records import Mention, Resolved
from .rows import to_check

#: The facility kinds a noun of a base ("the base", "the camp", "база") can stand for, in every language.
BASE_KINDS = ("camp", "airbase", "naval-base", "range", "depot")
#: The nouns read, each with the facility kinds (:data:`FACILITY_KINDS`) it can stand for; a
#: settlement noun stands for a town.
NOUN_KINDS = {
    "town": (), "city": (), "village": (),
    "airport": ("airbase",), "airfield": ("airbase",), "air base": ("airbase",), "airbase": ("airbase",),
    "base": BASE_KINDS, "camp": BASE_KINDS, "garrison": BASE_KINDS,
    "port": ("port", "naval-base"), "harbour": ("port", "naval-base"), "harbor": ("port", "naval-base"),
    "crossing": ("crossing",),
    "range": ("range",), "training ground": ("range",),
    "depot": ("depot",), "arsenal": ("depot",),
    # an island only as an island named before ("Snake Island" ... "the island"), whatever the gazetteer's kind; so
    # the other land features a name carries ("Kinburn Spit" ... "the spit", "Scarborough Shoal" ... "the shoal")
    "island": (), "islands": (), "spit": (), "shoal": (), "peninsula": (), "isthmus": (),
    # a plant is no base: "the base" never refers back to one
    "plant": ("plant",), "power plant": ("plant",), "nuclear plant": ("plant",), "nuclear power plant": ("plant",),
    "power station": ("plant",), "factory": ("plant",),
    "coke plant": ("plant",), "steel plant": ("plant",), "chemical plant": ("plant",),
}
SETTLEMENT_NOUNS = frozenset("town city village".split())
#: Nouns that refer back only to a place named with them ("Snake Island", or "Zmiinyi" the gazetteer names so;
#: "Kinburn spit", "Scarborough Shoal"): the gazetteer has no kind for an island or another landform.
NAMED_ONLY = frozenset("island islands spit shoal peninsula isthmus".split())
#: Nouns that name a town's own facility: a town named before can be what they refer to ("redeployed to Avdiivka
#: ... in the area of the coke plant": the works of Avdiivka).
OF_A_TOWN = frozenset(["airport", "port", "harbour", "harbor", "plant", "factory", "coke plant", "steel plant",
                       "chemical plant", "power plant", "power station"])

_NOUN = re.compile(r"\b[Tt]he[ \t]+(?P<noun>"
                   + "|".join(sorted((n.replace(" ", r"[ \t]+") for n in NOUN_KINDS), key=len, reverse=True))
                   + r")\b"
                   # "the town of Kupiansk", "the range of the missiles", "the port city", "the city council":
                   # not the noun alone
                   r"(?![ \t]+of\b)(?![-‐])(?<!island(?=['’]s\b))"
                   r"(?![ \t]+(?:city|town|authorit\w*|officials?|command\w*|council|mayor|administration|residents|"
                   r"police|governor|hall|limits|itself|area|areas|district|region|commander|"
                   # "the island nation", "the island state": a country, not the island named before
                   r"nations?|states?|country|countries|chains?|republic|kingdom)\b)")
#: How many paragraphs back the place referred to may be named (0: its own paragraph only). Chosen on the
#: development theatres (leave one theatre out): 1 over 0, recall 0.660 -> 0.663, precision 0.643 both.
PARAGRAPHS_BACK = 1
#: Whether a noun of :data:`NAMED_ONLY` ("the island", "the spit") may refer to a place named with it anywhere before
#: it: a landform named with its noun is what the article is about, and a live report names it once at the top
#: ("Snake Island ... [three entries later] taken off the island").
NAMED_ANYWHERE_BEFORE = True


def _paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of *text* starts: each line, blank lines joined to the break before them."""
    return [0] + [m.end() for m in re.finditer(r"\n\s*", text)]


def _facility_kind(r: Resolved) -> str:
    """The facility kind of *r* ("airbase", "port" ...), or "" for a place that is no facility."""
    return r.kind if r.kind in FACILITY_KINDS else ""


@dataclass(frozen=True)
class Lexicon:
    """The nouns one language reads and what each can stand for (English: the module's tables).

    ``kinds``: each noun with the facility kinds it can stand for; ``settlements``: the nouns that stand for a town;
    ``named_only``: the nouns that refer back only to a place named with them; ``of_a_town``: the nouns that name a
    town's own facility; ``islands``: the nouns another place named in between may be meant by; ``named``: whether
    a mention is named with a noun (the noun, the mention, its place and the text); ``refuse``: a place no noun is
    read as, even the nearest that fits (None: every place may be).
    """

    kinds: Mapping[str, tuple[str, ...]]
    settlements: frozenset
    named_only: frozenset
    of_a_town: frozenset
    islands: frozenset
    named: Callable[[str, Mention, Resolved, str], bool]
    refuse: Callable[[Resolved], bool] | None = None


def _named_en(noun: str, m: Mention, r: Resolved, text: str) -> bool:
    """Whether *m* (placed at *r*) is named with *noun*: the noun among its words ("air base" also as "airbase"); a
    landform's noun among its words or its place's."""
    if noun in NAMED_ONLY:
        return noun in m.surface.lower().split() or noun in (r.name or "").lower().split()
    word = "air base" if noun in ("airbase", "air base") else noun
    return bool(re.search(rf"\b{word}\b", m.surface.lower())) or (word == "base" and "airbase" in m.surface.lower())


def _fits(noun: str, m: Mention, r: Resolved, lex: Lexicon | None = None, text: str = "") -> int:
    """How well the place of *m* fits *noun*: 2 named with that noun, 1 of the right kind, 0 not at all.

    A facility fits only a noun that can stand for its kind: "the crossing" never a base, "the range" never
    an airport.
    """
    lex = lex or ENGLISH
    if r.lat is None or m.kind == "anaphor":
        return 0
    kind = _facility_kind(r)
    if noun in lex.named_only:
        return 2 if lex.named(noun, m, r, text) else 0
    if noun in lex.settlements:
        return 1 if r.precision == "city" and not kind else 0
    if kind and kind not in lex.kinds[noun]:
        return 0
    if lex.named(noun, m, r, text):
        return 2
    if kind:
        return 1
    if noun in lex.of_a_town and r.precision == "city":
        return 1
    return 0


#: How far (km) from the island named before a place named after it may lie and still be its surroundings ("35 km off
#: the coast of the Odesa region", "Kotelny island in the New Siberian Islands", its airfield), not another island.
ISLAND_SURROUNDINGS_KM = 150.0
#: The nouns of :data:`NAMED_ONLY` that another place named before them may be meant by (:func:`_another_island`).
_ISLANDS = frozenset(("island", "islands"))


def _another_island(island: Resolved, r: Resolved) -> bool:
    """Whether a place *r*, named between an island and "the island", may itself be the island meant: placed, no
    country (countries are named as actors, "Russia tried", "Ukraine said"; "the island nation" is no island here)
    and away from the island's surroundings."""
    if r.lat is None or r.precision in ("country", "continent"):
        return False
    d = float(haversine_km(island.lat, island.lon, r.lat, r.lon))
    return d > ISLAND_SURROUNDINGS_KM + (r.radius_km or 0.0)


def find_anaphors(text: str, items: Sequence[tuple[Mention, Resolved]]) -> list[tuple[Mention, Resolved]]:
    """The nouns of *text* that name again a place of *items* (its mentions and their places, in text order).

    >>> t = "Russian forces entered Vuhledar. A column left the town at night."
    >>> its = [(Mention(23, 31, "Vuhledar"), Resolved(47.78, 37.25, "UA", "city", ref="geonames:1", name="Vuhledar"))]
    >>> [(m.surface, m.kind, r.name) for m, r in find_anaphors(t, its)]
    [('town', 'anaphor', 'Vuhledar')]
    """
    nouns = ((h.start("noun"), h.end("noun"), re.sub(r"[ \t]+", " ", h.group("noun").lower()))
             for h in _NOUN.finditer(text))
    return refer_back(text, items, nouns, ENGLISH)


def refer_back(text: str, items: Sequence[tuple[Mention, Resolved]], nouns: Iterable[tuple[int, int, str]],
               lex: Lexicon) -> list[tuple[Mention, Resolved]]:
    """Each noun of *nouns* (start, end, the noun of *lex*) read as the place of *items* it names again, if any.

    The language's own reader finds the nouns (:func:`find_anaphors`, English;
    :func:`geo.extract.slavic.anaphora.find_anaphors`); which place each refers to is decided here, the same way.
    """
    if not items:
        return []
    starts = _paragraph_starts(text)
    taken = [(m.start, m.end) for m, _ in items]
    out = []
    for a, b, noun in nouns:
        if any(s < b and a < e for s, e in taken):
            continue
        par = sum(1 for s in starts if s <= a) - 1
        lo = 0 if noun in lex.named_only and NAMED_ANYWHERE_BEFORE else starts[max(0, par - PARAGRAPHS_BACK)]
        best, fit = None, 0
        for m, r in items:
            if m.end > a:
                break
            if m.start < lo:
                continue
            f = _fits(noun, m, r, lex, text)
            if f and f >= fit:  # the nearest of the best fit
                best, fit = (m, r), f
        if best is None:
            continue
        m, r = best
        if lex.refuse is not None and lex.refuse(r):
            continue
        if noun in lex.islands and any(m.end <= m2.start and m2.end <= a and _another_island(r, r2)
                                       for m2, r2 in items):
            # "left Snake Island ... took tourists to Crete, and the island": a place named in between that the
            # gazetteer does not call an island (Crete) may be the island meant; not for a peninsula, a spit or an
            # isthmus, whose towns lie on them however far from their middle ("the Crimean peninsula ... Kerch ...
            # the peninsula"), and which no other place named so stands for
            continue
        # a guess at what the noun refers to is never as sure as the name itself: at most the top of the
        # geocoder's "check" band
        out.append((Mention(a, b, text[a:b], "anaphor", 0.5),
                    replace(r, match=to_check(f"refers to {m.surface!r} before it", r.match),
                            score=None if r.score is None else min(r.score, check_top()))))
    return out


def check_top() -> float:
    """The highest confidence the geocoder still calls "check" (:func:`geo.geocoders.confidence.verdict`).

    >>> from geo.geocoders.confidence import verdict
    >>> verdict(check_top())
    'check'
    """
    from ..geocoders.confidence import model

    return round(model()["check_below"] - 0.001, 3)


#: English's nouns (the tables above).
ENGLISH = Lexicon(NOUN_KINDS, SETTLEMENT_NOUNS, NAMED_ONLY, OF_A_TOWN, _ISLANDS, _named_en)
