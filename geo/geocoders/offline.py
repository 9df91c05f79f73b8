"""The default geocoder: the offline gazetteer (:mod:`geo.gazetteer`), no network.

Matching, in order (the first step that finds anything wins):

1. the whole name, normalized (case, accents, punctuation, "St."/"Saint");
   upper-case codes ("US", "UK", "DPRK", "N.Y.") count only when written in capitals;
2. "Name, Container" / "Name (Container)": the container is resolved as a
   country or admin area and the name is looked up inside it;
3. region words ("Kursk region", "Oblast of X", "Rapides Parish"): only
   administrative areas qualify, never the city of the same name;
4. a direction ("western Russia", "northern Ohio"): the area, moved to that side
   of its member cities' extent, at region precision with half its radius;
5. a possessive ("Russia's") is dropped; a non-Latin name is transliterated (anyascii);
   a demonym is taken back to its place ("Ohioans", "Londoner"; towns of >= 50,000 only);
6. NARROW fuzzy matching, for names of >= 7 letters: known names of (nearly)
   the same length with the same first letter and sharing their first or last
   two letters, at most 1 edit (2 for names of >= 10 letters), within the
   hinted country if any; only the closest names compete. Anything looser is refused, with suggestions.

When only alternate names match (in steps 1 and 6, names of >= 7 letters), a place whose
own current name is within 1 edit of the text (2 from 10 letters) counts as named by it:
"Sloviansk" is Slovyansk, although the data also gives that spelling to Nikopol.

Disambiguation rule (scores are log10 units, highest wins):

* prior = log10(population) + a place-type bonus (water body +4.5, continent +4,
  airport +4, country +3, admin1 +1.5, admin2 -1 (a bare "Paris" is the city, not
  the département), city 0; without a region word, an area named like a town in or
  around it that holds a tenth of its people (matched by its own name, or both by an
  alternate one), or like its country's capital, drops just below that town
  ("Kursk", "Sevastopol", "Mykolaiv", "Berlin", "Washington"; Quebec City, a
  twentieth of its province, does not); areas get no bonus when matched only by an
  alias, so bare "Khabarovsk" is the city, not Khabarovskiy kray), minus 2 for
  an alternate (not the current primary) name — so "Pokrovsk" is the Ukrainian town, not Engels' former name,
  and a bare country name beats the state or town of the same name;
* a country hint keeps only candidates in that country (continents excepted), or in an
  area it holds (:data:`geo.borders.HELD`: Crimea under "RU");
* context (other places of the same document or route, or explicit
  ``context`` points): + up to 2 for lying in a country the other places lie
  in, + up to 2.5 for the same admin1, + 1.5 when the candidate's own county, state or
  country is itself named, + up to 2 for proximity (exp(-distance/250 km) to
  the nearest other place); and, in a document, + up to 2 for an area that contains
  possible readings of the other names ("Henry County" beside "Paris": Tennessee's),
  in proportion to their share of the document's names (full from a third).
  In :meth:`OfflineGeocoder.geocode_all` every name
  is first resolved alone (with the containment term), then twice re-resolved against the others' current
  choices (names identical to the one being resolved do not count); the sums
  come from per-document totals minus the name's own share and the nearest
  place from a grid, so a document costs time linear in its distinct names.

The raw score is the share of 10**score held by the winner and the candidates within
161 km of it (a town and its namesake district put the name in the same spot), times
0.95 for alternate names and 0.8 x the edit similarity for fuzzy matches.
Runner-ups farther away within a factor 10 are returned as ``candidates``. The
``score`` returned is the calibrated confidence (:mod:`.confidence`): below its
refusal threshold the name is refused with the best guess kept
(:attr:`UnresolvedPlace.guess`), in the "check" band the result says why in ``doubt``. A fuzzy
match is never "sure". In a document, a town read only through another of its names (or a
fuzzy match) that lies over 1,500 km from every other place and in none of their countries is
refused too ("Khasan", a border hamlet the gazetteer lacks, read as Hassan, India).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Sequence

import numpy as np

from .. import borders
from .. import gazetteer as gz
from ..errors import UnresolvedPlace
from . import confidence
from .base import Candidate, GeocodeResult, Geocoder, Query

# a town read through another of its names this far from every other place of its document, and in none of their
# countries, is refused (on the development halves: 9 such readings, 7 of them wrong)
_OUTLIER_KM = 1500.0
_SAME_SPOT_KM = 161.0  # readings this close put the name in the same spot (100 miles, the customary tolerance)
_NAMESAKE_SHARE = 0.1  # a town this big a part of a same-named area gave it its name (Quebec City: 0.06)
_CONTAINS_BONUS = 2.0  # an area holding readings of the document's other names ...
_CONTAINS_SHARE = 3.0  # ... in full when a third of them have one inside
# water bodies have no population: their bonus makes a bare "Atlantic" the ocean, not the
# Iowa town, unless the document's other places say otherwise
_TYPE_BONUS = {gz.CITY: 0.0, gz.ADMIN2: -1.0, gz.ADMIN1: 1.5, gz.COUNTRY: 3.0, gz.CONTINENT: 4.0,
               gz.WATER: 4.5, gz.POINT: 4.0}  # an airport by name: as sure as a town of 10,000
_LOCAL = (gz.CITY, gz.ADMIN2, gz.POINT)  # kinds whose distance to other places means something
_SUB_COUNTRY = (gz.CITY, gz.ADMIN2, gz.ADMIN1, gz.POINT)
_ALT_PENALTY = 2.0
_PRECISION = {gz.CITY: "city", gz.ADMIN2: "region", gz.ADMIN1: "region", gz.COUNTRY: "country",
              gz.CONTINENT: "continent", gz.WATER: "region", gz.POINT: "point"}
_DIRECTIONS = {
    "north": (1, 0), "northern": (1, 0), "south": (-1, 0), "southern": (-1, 0),
    "east": (0, 1), "eastern": (0, 1), "west": (0, -1), "western": (0, -1),
    "central": (0, 0), "northeast": (1, 1), "northeastern": (1, 1), "northwest": (1, -1),
    "northwestern": (1, -1), "southeast": (-1, 1), "southeastern": (-1, 1), "southwest": (-1, -1),
    "southwestern": (-1, -1), "north east": (1, 1), "north west": (1, -1), "south east": (-1, 1),
    "south west": (-1, -1), "north eastern": (1, 1), "north western": (1, -1),
    "south eastern": (-1, 1), "south western": (-1, -1),
}
_DIR_RE = re.compile(r"^(?:the\s+)?(%s)\s+(?:part\s+of\s+)?(.+)$" % "|".join(
    sorted((d.replace(" ", "[\\s-]?") for d in _DIRECTIONS), key=len, reverse=True)), re.I)
_LEADING_THE = re.compile(r"^(?:the)\s+", re.I)
_NON_LETTERS = re.compile(r"[\W_]")
_CONTAINER_RE = re.compile(r"^(.+?)\s*(?:,\s*(.+)|\((.+)\))\s*$")
#: Region words that name a first-level area (oblast, governorate) when a town's district bears the same name.
#: Not "province": Spain's and Italy's provinces are second-level areas.
_FIRST_LEVEL_WORDS = frozenset({"region", "oblast", "governorate"})
_REGION_PREFIX_RE = re.compile(r"^(?:the\s+)?(?:%s)\s+of\s+(.+)$" % "|".join(sorted(gz.REGION_WORDS)), re.I)


# Endings of demonyms and their places' endings, tried in order on a capitalised last word.
_DEMONYM_ENDINGS = (("ians", ("ia", "io")), ("ian", ("ia", "io")), ("ans", ("a", "", "as")),
                    ("an", ("a", "", "as")), ("ers", ("",)), ("er", ("",)), ("ites", ("",)),
                    ("ite", ("",)), ("ish", ("istan",)))
_DEMONYM_MIN_POP = 50_000  # only towns big enough to have a demonym in the news


def _demonym_stems(text: str) -> list[str]:
    """Place names a demonym may come from: "Ohioans" -> ["Ohioa", "Ohio", "Ohioas"].

    >>> _demonym_stems("New Londoners")
    ['New London']
    """
    head, _, last = text.rpartition(" ")
    if len(last) < 4 or not last[0].isupper() or not last.isalpha():
        return []
    for end, subs in _DEMONYM_ENDINGS:
        if last.endswith(end) and len(last) - len(end) >= 3:
            base = last[: -len(end)]
            return [(head + " " if head else "") + base + sub for sub in subs]
    return []


class _Cand:
    """A candidate entity for one query, with its prior score."""

    __slots__ = ("eid", "prior", "match", "sim", "alt")

    def __init__(self, eid: int, prior: float, match: str, sim: float = 1.0, alt: bool = False):
        self.eid, self.prior, self.match, self.sim, self.alt = eid, prior, match, sim, alt


class OfflineGeocoder(Geocoder):
    """Geocoder backed by the offline gazetteer; see the module docstring for the rules.

    >>> g = OfflineGeocoder()
    >>> g.geocode("Kursk region").precision
    'region'
    """

    name = "gazetteer"

    def __init__(self, index: gz.Index | None = None, *, calibrated: bool = True):
        self._idx = index
        # raw scores and no refusals when False: what scripts/bench_geocode.py --fit calibrates
        self.calibrated = calibrated
        # postings of a document's names, looked up in one vectorized batch by geocode_all
        # (exact postings, so a lookup that misses it, from any thread, only goes slower)
        self._prefetched: dict[str, tuple[int, ...]] = {}
        self._norm_memo: dict[str, str] = {}

    @property
    def idx(self) -> gz.Index:
        """The gazetteer index (loaded on first use)."""
        if self._idx is None:
            self._idx = gz.load()
        return self._idx

    # ------------------------------------------------------------------ candidates

    def _prior(self, eid: int, flags: int) -> float:
        idx = self.idx
        k = int(idx.kind[eid])
        p = math.log10(max(int(idx.pop[eid]), 1) + 1)
        if flags & gz.ALT:
            p -= _ALT_PENALTY
            if k in (gz.ADMIN1, gz.ADMIN2):
                return p  # "Khabarovsk" names the krai only by alias: the city, not the krai
        return p + _TYPE_BONUS[k]

    def _from_postings(self, posts, *, codes_ok: bool, region_only: bool, country: str | None,
                       match: str = "exact", container: int | None = None, sim: float = 1.0):
        idx = self.idx
        out: dict[int, _Cand] = {}
        for q in posts:
            e, fl = q >> 3, q & 7
            if fl & gz.CODE and not codes_ok:
                continue
            k = idx.kind[e]
            if region_only:
                if k not in (gz.ADMIN1, gz.ADMIN2):
                    continue
            elif fl & gz.REGION_ONLY:
                continue
            if country and k not in (gz.CONTINENT, gz.WATER) and not self._in_hint(e, country):
                continue
            if container is not None and not self._inside(e, container):
                continue
            m = match if match != "exact" else ("alias" if fl & (gz.ALT | gz.CODE) else "exact")
            pr = self._prior(e, fl & ~gz.CODE)
            if e not in out or out[e].prior < pr:
                out[e] = _Cand(e, pr, m, sim, bool(fl & gz.ALT))
        return list(out.values())

    def _area_of_its_capital(self, key: str, country: str | None) -> list[_Cand]:
        """The first-level area whose largest town is called *key*, as a candidate (or none).

        "The Gomel region", "the Odessa region": the oblast named after its capital, which the
        gazetteer knows only under another spelling (Homieĺskaja voblasć, Odeska oblast).
        """
        idx = self.idx
        towns = [c for c in self._from_postings(idx.postings(key), codes_ok=False, region_only=False,
                                                country=country) if idx.kind[c.eid] == gz.CITY]
        if not towns:
            return []
        town = max(towns, key=lambda c: (int(idx.pop[c.eid]), -c.eid))
        area = int(idx.adm1[town.eid])
        if area < 0:
            return []
        peers = np.flatnonzero((idx.adm1 == area) & (idx.kind == gz.CITY))
        if int(idx.pop[peers].max()) > int(idx.pop[town.eid]):
            return []  # a lesser town of the area: "X region" is then its district, if anything
        return [_Cand(area, self._prior(area, gz.ALT), "alias", alt=True)]

    def _in_hint(self, e: int, country: str) -> bool:
        """Whether entity *e* is in the hinted country, or in an area that country holds ("Sevastopol, RU")."""
        idx = self.idx
        if idx.country_code(e) == country:
            return True
        return country in borders.HELD and borders.held_by(country, float(idx.lat[e]), float(idx.lon[e]))

    def _inside(self, e: int, container: int) -> bool:
        idx = self.idx
        ck = idx.kind[container]
        if e == container:
            return False
        if ck == gz.COUNTRY:
            return idx.cc[e] == idx.cc[container] and idx.kind[e] in _SUB_COUNTRY
        if ck == gz.ADMIN1:
            return idx.adm1[e] == container and e != container
        if ck == gz.ADMIN2:
            return idx.adm2[e] == container
        return False

    def _norm(self, text: str) -> str:
        """gz.normalize, from the batch geocode_all folded beforehand when it has the text."""
        key = self._norm_memo.get(text)
        return gz.normalize(text) if key is None else key

    def _lookup(self, text: str, *, country: str | None, region_only: bool = False,
                container: int | None = None) -> list[_Cand]:
        """Exact/alias candidates for *text* (codes count only when written in capitals)."""
        key = self._norm(text)
        if not key:
            return []
        letters = _NON_LETTERS.sub("", text)
        codes_ok = letters.isupper() and len(letters) <= 5
        posts = self._prefetched.get(key)
        if posts is None:
            posts = self.idx.postings(key)
        return self._from_postings(posts, codes_ok=codes_ok, region_only=region_only,
                                   country=country, container=container)

    def _candidates(self, query: str, country: str | None) -> tuple[list[_Cand], str, dict]:
        """All candidates for *query* and how they were found ("exact", "fuzzy", ...)."""
        text = " ".join(query.split())
        had_the = bool(_LEADING_THE.match(text))
        text = _LEADING_THE.sub("", text)
        info: dict = {}
        if not text:
            return [], "empty", info
        # 1. whole name
        cands = self._lookup(text, country=country)
        if had_the:  # "the Atlantic", "the Balkans": the ocean or the region, never a town or county of that name
            wide = [c for c in cands if self.idx.kind[c.eid] in (gz.WATER, gz.CONTINENT)]
            cands = wide or cands
        key = self._norm(text)
        toks = key.split()
        # a region word next to a name ("Kursk region"); "Canton" alone is just a name
        has_region_word = any(t in gz.REGION_WORDS for t in toks) and not all(t in gz.REGION_WORDS for t in toks)
        whole = cands
        if cands and has_region_word:
            admin = [c for c in cands if self.idx.kind[c.eid] in (gz.ADMIN1, gz.ADMIN2, gz.COUNTRY)]
            if admin:
                return admin, "exact", info
        if cands and not has_region_word:
            if len(key) >= 7:  # as for fuzzy matching: shorter names are too close to too many
                self._own_names_first(cands, key, 1 if len(key) < 10 else 2)
            self._cities_over_areas(cands)
            return cands, "exact", info
        # 2. "Name, Container" / "Name (Container)"
        m = _CONTAINER_RE.match(text)
        if m:
            head, tail = m.group(1), m.group(2) or m.group(3)
            conts = [c for c in self._lookup(tail, country=None)
                     if self.idx.kind[c.eid] in (gz.ADMIN2, gz.ADMIN1, gz.COUNTRY)]
            if conts:
                best = max(conts, key=lambda c: c.prior)
                inner, how, _ = self._candidates(head, self.idx.country_code(best.eid))
                inner = [c for c in inner if self._inside(c.eid, best.eid)] or (
                    inner if self.idx.kind[best.eid] == gz.COUNTRY else [])
                if inner:
                    return inner, how, info
        # 3. region words: "Kursk region", "Rapides Parish", "Province of X"
        if has_region_word:
            core = " ".join(t for t in toks if t not in gz.REGION_WORDS)
            m2 = _REGION_PREFIX_RE.match(text)
            if m2:
                core = gz.normalize(m2.group(1))
            if core:
                cands = self._from_postings(self.idx.postings(core), codes_ok=False, region_only=True,
                                            country=country)
                if (toks[0] if m2 else toks[-1]) in _FIRST_LEVEL_WORDS:  # "the X region", "the region of X"
                    # "the Kharkiv region", "the Bryansk region": news means the oblast, not the
                    # district around the town, which bears the town's name as plainly.
                    cands = ([c for c in cands if self.idx.kind[c.eid] == gz.ADMIN1]
                             or self._area_of_its_capital(core, country) or cands)
                if cands:
                    return cands, "alias", info
            if whole:  # "State College", "Orange Parish Church": a name that merely contains one
                return whole, "exact", info
            return [], "region", info
        # 4. direction: "western Russia"
        m = _DIR_RE.match(text)
        if m:
            inner = [c for c in self._lookup(m.group(2), country=country)
                     if self.idx.kind[c.eid] in (gz.ADMIN1, gz.ADMIN2, gz.COUNTRY, gz.CONTINENT, gz.WATER)]
            if inner:
                info["direction"] = _DIRECTIONS[re.sub(r"[\s-]+", " ", m.group(1).lower())]
                return inner, "alias", info
        # 5. possessive, transliteration
        if re.search(r"['’]s$", text):
            c2, how, info2 = self._candidates(text[:-2], country)
            if c2:
                return c2, how, info2
        if not text.isascii():
            tk = gz.transliterate(text)
            if tk and tk != key:
                c2 = self._from_postings(self.idx.postings(tk), codes_ok=False, region_only=False,
                                         country=country, match="alias")
                if c2:
                    self._cities_over_areas(c2)
                    return c2, "alias", info
        # 6. a demonym the packages lack ("Ontarians", "Ohioans", "Texan", "Londoners")
        for stem in _demonym_stems(text):
            c2 = [c for c in self._lookup(stem, country=country) if not self.idx.kind[c.eid] == gz.CITY
                  or self.idx.pop[c.eid] >= _DEMONYM_MIN_POP]
            if c2:
                for c in c2:
                    c.match = "alias"
                return c2, "alias", info
        # 7. narrow fuzzy
        c2 = self._fuzzy(key, country)
        if c2:
            self._cities_over_areas(c2)
            return c2, "fuzzy", info
        return [], "none", info

    def _cities_over_areas(self, cands: list[_Cand]) -> None:
        """A bare name of a town and of the area named after it means the town.

        "Kursk", "Sevastopol", "Mykolaiv", "Berlin": without a region word ("Kursk
        region", "Tokyo prefecture") news names the town, not the district, oblast or
        state that bears its name. The town must lie in or around the area, be matched
        by its own current name (or the area too only by an alternate one: "Minnesota"
        is also an old name of Minneota, a village in Minnesota) and be big enough to
        have given the area its name (``_NAMESAKE_SHARE`` of its people); a national
        capital outranks a first-level area of its country with the same name
        ("Washington"). The area's prior drops just below the town's, so the other
        places of a document can still choose the area.
        """
        idx = self.idx
        areas = [c for c in cands if idx.kind[c.eid] in (gz.ADMIN1, gz.ADMIN2)]
        if not areas:
            return
        cities = [c for c in cands if idx.kind[c.eid] == gz.CITY]
        if not cities:
            return
        capitals = self._capital_set()
        for a in areas:
            e = a.eid
            floor = _NAMESAKE_SHARE * float(idx.pop[e])
            reach = max(float(idx.radius[e]), 50.0)
            best = None
            for c in cities:
                ce = c.eid
                if c.alt and not a.alt:
                    continue
                ok = ce in capitals and idx.cc[ce] == idx.cc[e]
                if not ok and idx.pop[ce] >= floor:
                    ok = (idx.adm1[ce] == e or idx.adm2[ce] == e or
                          _km(float(idx.lat[ce]), float(idx.lon[ce]), float(idx.lat[e]), float(idx.lon[e])) <= reach)
                if ok and (best is None or c.prior > best):
                    best = c.prior
            if best is not None:
                a.prior = min(a.prior, best - 0.5)

    def _capital_set(self) -> frozenset:
        """The national capitals' entity ids, as a set (cached per index)."""
        idx = self.idx
        cached = getattr(self, "_cap_cache", None)
        if cached is None or cached[0] is not idx:
            cached = self._cap_cache = (idx, frozenset(idx.capitals.tolist()))
        return cached[1]

    def _fuzzy(self, key: str, country: str | None) -> list[_Cand]:
        from rapidfuzz.distance import Levenshtein
        from rapidfuzz.process import extract_iter

        n = len(key)
        if n < 7 or not key.isascii():
            return []
        maxd = 1 if n < 10 else 2
        hits: dict[str, int] = {}
        blocks = self.idx.fuzzy_blocks
        first = key[0]
        for L in range(n - maxd, n + maxd + 1):
            for b in (blocks.get(("^" + key[:2], L), ()), blocks.get(("$" + key[-2:], L), ())):
                # rapidfuzz scans the pool in C and yields the keys within maxd edits, in pool order
                for k, d, _ in extract_iter(key, b, scorer=Levenshtein.distance, score_cutoff=maxd):
                    if k[0] == first and k not in hits:  # typos rarely hit the first letter
                        hits[k] = d
        if not hits:
            return []
        best_d = min(hits.values())
        out: dict[int, _Cand] = {}
        for k, d in hits.items():
            if d != best_d:
                continue
            sim = 1 - d / max(n, len(k))
            for c in self._from_postings(self.idx.postings(k), codes_ok=False, region_only=False,
                                         country=country, match="fuzzy", sim=sim):
                if c.eid not in out or out[c.eid].prior < c.prior:  # one entity, one candidate
                    out[c.eid] = c
        cands = list(out.values())
        self._own_names_first(cands, key, maxd + 1)
        return cands

    def _own_names_first(self, cands: list[_Cand], key: str, maxd: int) -> None:
        """Candidates matched by an alternate name that is a variant of their own name lose the alternate-name penalty.

        "Sloviansk" is an alternate name of Slovyansk and, by an error of the data, of
        Nikopol; "Novorosiisk" is one letter from spellings of Novorossiysk and of
        Krasnodar. When only alternate names match, the place whose own (current) name
        is within *maxd* edits of the text is the one it spells; an alias that is not
        near its place's own name (a former name, another language) keeps the penalty.
        """
        if len(cands) < 2 or not all(c.alt for c in cands):
            return  # a place named so by its own name is what the text names ("Pittsburgh", not Pittsburg)
        for c in cands:
            if c.alt and self._near_own_name(key, c.eid, maxd):
                c.prior, c.alt = self._prior(c.eid, 0), False

    def _near_own_name(self, key: str, e: int, maxd: int) -> bool:
        """Whether the normalized *key* is within *maxd* edits of entity *e*'s own (current) name."""
        from rapidfuzz.distance import Levenshtein

        own = self._norm(self.idx.names[e])
        return Levenshtein.distance(key, own, score_cutoff=maxd) <= maxd

    # ------------------------------------------------------------------ scoring

    def _context_scores(self, cands: list[_Cand], others: list[tuple[int, float]],
                        points: Sequence[tuple[float, float]] = ()) -> np.ndarray:
        """Context bonus per candidate from the other places' chosen entities (eid, weight)."""
        idx = self.idx
        bonus = np.zeros(len(cands))
        if not others and not points:
            return bonus
        ce = np.array([c.eid for c in cands])
        if others:
            oe = np.array([e for e, _ in others])
            ow = np.array([w for _, w in others])
            tot = ow.sum()
            cc_o, a1_o = idx.cc[oe], idx.adm1[oe]
            cc_c, a1_c = idx.cc[ce], idx.adm1[ce]
            kind_c = idx.kind[ce]
            same_cc = ((cc_c[:, None] == cc_o[None, :]) & (cc_o[None, :] != 0)) @ ow / tot
            same_a1 = ((a1_c[:, None] == a1_o[None, :]) & (a1_o[None, :] >= 0)) @ ow / tot
            same_a1[kind_c >= gz.ADMIN1] = 0.0  # a state is not "in" its own state
            named = set(oe.tolist())
            contained = np.array([
                (int(idx.adm1[e]) in named and int(idx.adm1[e]) != e) or
                (int(idx.adm2[e]) in named and int(idx.adm2[e]) != e) or
                (idx.kind[e] in _SUB_COUNTRY and idx.country_eid.get(idx.country_code(e) or "") in named)
                for e in ce.tolist()], float)
            bonus += 2.0 * same_cc + 2.5 * same_a1 + 1.5 * contained
            local = np.isin(idx.kind[oe], _LOCAL)
            if local.any():
                plat, plon = idx.lat[oe[local]], idx.lon[oe[local]]
                d = gz._haversine_km(idx.lat[ce][:, None], idx.lon[ce][:, None], plat[None, :], plon[None, :])
                near = np.exp(-d.min(axis=1) / 250.0)
                near[~np.isin(kind_c, _LOCAL)] = 0.0
                bonus += 2.0 * near
        if points:
            pts = np.array(points, float)
            d = gz._haversine_km(idx.lat[ce][:, None], idx.lon[ce][:, None], pts[None, :, 0], pts[None, :, 1])
            near = np.exp(-d.min(axis=1) / 250.0)
            near[~np.isin(idx.kind[ce], _LOCAL)] = 0.0
            bonus += 2.0 * near
        return bonus

    def _decide(self, query: str, cands: list[_Cand], how: str, info: dict,
                bonus: np.ndarray | None = None) -> GeocodeResult:
        idx = self.idx
        # plain floats: most names have a handful of candidates, where numpy only adds overhead
        tot = [c.prior for c in cands] if bonus is None else [c.prior + float(b) for c, b in zip(cands, bonus)]
        order = sorted(range(len(tot)), key=lambda i: -tot[i])  # stable: ties keep candidate order
        best = cands[order[0]]
        top = tot[order[0]]
        w = [10.0 ** (t - top) for t in tot]
        wsum = math.fsum(w)
        e = best.eid
        # the chance the *location* is right: readings within _SAME_SPOT_KM of the winner (the town and
        # the district named after it) place the name in the same spot, so they add to its share
        blat, blon = float(idx.lat[e]), float(idx.lon[e])
        share = math.fsum(w[j] for j in range(len(cands)) if j == order[0] or (
            w[j] > 1e-6 * w[order[0]] and
            _km(blat, blon, float(idx.lat[cands[j].eid]), float(idx.lon[cands[j].eid])) <= _SAME_SPOT_KM)) / wsum
        best_match = best.match
        factor = {"exact": 1.0, "alias": 0.95, "fuzzy": 0.8 * best.sim}.get(best.match, 1.0)
        lat, lon, radius = float(idx.lat[e]), float(idx.lon[e]), float(idx.radius[e])
        precision = _PRECISION[int(idx.kind[e])]
        name = idx.names[e]
        if "direction" in info:
            lat, lon, radius = self._directional(e, info["direction"])
            precision = "region"
            best_match = "alias"
            name = f"{name} ({query.split()[0].lower()} part)"
            factor *= 0.8
        runners = []
        for j in order[1:]:
            if w[j] < 0.1 * w[order[0]] or len(runners) == 3:
                break
            c = cands[j]
            if _km(blat, blon, float(idx.lat[c.eid]), float(idx.lon[c.eid])) <= _SAME_SPOT_KM:
                continue  # the same spot is no alternative a reader must weigh
            runners.append(Candidate(idx.names[c.eid], float(idx.lat[c.eid]), float(idx.lon[c.eid]),
                                     idx.country_code(c.eid), _PRECISION[int(idx.kind[c.eid])],
                                     round(w[j] / wsum, 3)))
        result = GeocodeResult(query=query, name=name, lat=lat, lon=lon, country_code=idx.country_code(e),
                               precision=precision, match=best_match, score=round(share * factor, 3),
                               source=self.name, radius_km=radius, ref=idx.ref(e), candidates=tuple(runners))
        if not self.calibrated:
            return result
        far = sum(1 for c in cands if _km(blat, blon, float(idx.lat[c.eid]), float(idx.lon[c.eid])) > _SAME_SPOT_KM)
        return self._judge(result, far)

    def _judge(self, r: GeocodeResult, far: int = 0) -> GeocodeResult | UnresolvedPlace:
        """The result with its calibrated confidence, marked doubtful, or refused (see :mod:`.confidence`).

        *far* counts the candidates beyond the same spot, named in the doubt when none is close enough to list.
        """
        p = confidence.confidence(r.score, r.match, r.precision)
        verdict = confidence.verdict(p)
        if verdict == "sure" and r.match == "fuzzy":
            verdict = "check"  # a name the gazetteer does not hold as printed is the reader's to confirm

        def where(x) -> str:  # namesakes differ by country, kind and place: say all three
            cc = f", {x.country_code}" if x.country_code else ""
            return f"{x.name}{cc} ({x.precision} at {x.lat:.2f}, {x.lon:.2f})"

        if r.match == "fuzzy":
            why = f"fuzzy match of {r.query!r} to {where(r)}"
        elif r.candidates:
            why = f"{r.query!r} read as {where(r)}, not {' or '.join(where(c) for c in r.candidates)}"
        elif r.match == "alias":
            why = f"{r.query!r} read as another name of {where(r)}"
        else:
            why = f"{r.query!r} read as {where(r)}"
        if far and not r.candidates and r.match != "fuzzy":
            why += f", over {far} less likely place{'s' if far > 1 else ''} of that name"
        why += f" (confidence {p:.2f})"
        r = dataclasses.replace(r, score=round(p, 3), doubt=why if verdict != "sure" else "")
        if verdict == "refuse":
            own = self._norm(r.query)
            names = [n for n in dict.fromkeys([r.name, *(c.name for c in r.candidates)]) if self._norm(n) != own]
            return UnresolvedPlace(r.query, f"too uncertain to place: {why}", names, guess=r)
        return r

    def _directional(self, e: int, d: tuple[int, int]) -> tuple[float, float, float]:
        """Point and radius of one side ("western") of area *e*.

        The point is the population-weighted mean of the area's member cities on
        that side of its centre (so "western Russia" lands in European Russia,
        where its people are); "central" takes the cities within half the radius.
        """
        idx = self.idx
        lat, lon, r = float(idx.lat[e]), float(idx.lon[e]), float(idx.radius[e])
        k = idx.kind[e]
        if k == gz.WATER:  # no cities to weigh: the centre moved half the radius that way
            dy, dx = d
            norm = math.hypot(dy, dx) or 1.0
            step = 0.5 * r / 111.2 / norm
            plat = max(-89.0, min(89.0, lat + dy * step))
            plon = ((lon + dx * step / max(math.cos(math.radians(lat)), 0.2)) + 180) % 360 - 180
            return plat, plon, r / 2
        city = idx.kind == gz.CITY
        if k == gz.COUNTRY:
            mask = city & (idx.cc == idx.cc[e])
        elif k == gz.ADMIN1:
            mask = city & (idx.adm1 == e)
        elif k == gz.ADMIN2:
            mask = city & (idx.adm2 == e)
        else:
            mask = city & (gz._haversine_km(lat, lon, idx.lat, idx.lon) < r)
        ids = np.flatnonzero(mask)
        la, lo = idx.lat[ids], idx.lon[ids]
        dlon = ((lo - lon + 180) % 360) - 180
        if d == (0, 0):
            sel = gz._haversine_km(lat, lon, la, lo) < r / 2
        else:
            sel = np.ones(len(ids), bool)
            if d[0]:
                sel &= d[0] * (la - lat) > 0
            if d[1]:
                sel &= d[1] * dlon > 0
        if not sel.any():
            return lat, lon, r / 2
        w = idx.pop[ids][sel].astype(float) + 1
        plat = float(np.average(la[sel], weights=w))
        plon = float(((lon + np.average(dlon[sel], weights=w)) + 180) % 360 - 180)
        return plat, plon, r / 2

    # ------------------------------------------------------------------ public API

    def _refuse(self, query: str, how: str, country: str | None) -> UnresolvedPlace:
        elsewhere = []
        if how == "region":
            reason = "no administrative area of that name"
        elif country:
            reason = f"no place of that name in {country}"
            elsewhere, _, _ = self._candidates(query, None)
            if elsewhere:  # the name exists, in another country: say where, so the hint can be checked
                e = max(elsewhere, key=lambda c: c.prior).eid
                reason += f" (the gazetteer's {self.idx.names[e]} is in {self.idx.country_code(e) or 'no country'})"
        else:
            reason = "no place of that name in the gazetteer"
        sugg = self.suggest(query, country=country)
        if not sugg and country and not elsewhere:
            sugg = self.suggest(query)
        return UnresolvedPlace(query, reason, sugg)

    def geocode(self, query: str, *, country: str | None = None,
                context: Sequence[tuple[float, float]] = ()) -> GeocodeResult:
        """Resolve one name; see the module docstring for matching and disambiguation.

        Parameters
        ----------
        query : the name as printed ("Kursk region", "Vladivostok, Russia", "DPRK").
        country : ISO alpha-2 hint; only places in that country are considered.
        context : (lat, lon) of other places of the same route/document (nearer wins).

        >>> OfflineGeocoder().geocode("Khabrovsk").name
        'Khabarovsk'
        """
        country = country.upper() if country else None
        cands, how, info = self._candidates(query, country)
        if not cands:
            raise self._refuse(query, how, country)
        bonus = self._context_scores(cands, [], context) if context else None
        result = self._decide(query, cands, how, info, bonus)
        if isinstance(result, UnresolvedPlace):
            raise result
        return result

    def geocode_all(self, queries: Iterable[Query]) -> list[GeocodeResult | UnresolvedPlace]:
        """Resolve the names of one document/route together, each using the others as context.

        Linear in the number of distinct names: each name is normalized once, the
        document is summarised once per pass (weights per country, admin1, entity
        and normalized name, and a grid of the chosen local places), and each
        candidate is scored against that summary minus its own name's share
        (see :meth:`_doc_bonus`); the answers are those of the pairwise rule in
        the module docstring.

        >>> g = OfflineGeocoder()
        >>> r = g.geocode_all([Query("Khabarovsk"), Query("Blagoveshchensk")])
        >>> r[1].ref
        'geonames:2026609'
        """
        qs = list(queries)
        qkeys = [(q.name, q.country.upper() if q.country else None) for q in qs]
        keys = list(dict.fromkeys(qkeys))
        texts = list(dict.fromkeys(" ".join(k[0].split()) for k in keys))
        stripped = [_LEADING_THE.sub("", t) for t in texts]
        norm = gz.normalize_list(stripped)
        self._norm_memo = dict(zip(stripped, norm))
        self._prefetched = dict(zip(norm, self.idx.postings_many(norm)))
        try:
            memo = {k: self._candidates(k[0], k[1]) for k in keys}
        finally:
            self._prefetched, self._norm_memo = {}, {}
        norm_of = dict(zip(texts, norm))  # normalize drops "the" anyway: the same key as the raw name
        norm_ids: dict[str, int] = {}
        kn = {k: norm_ids.setdefault(norm_of[" ".join(k[0].split())], len(norm_ids)) for k in keys}
        found = [k for k in keys if memo[k][0]]
        # the choice per distinct key with candidates: entity, weight, normalized-name id
        ch_eid = np.array([max(memo[k][0], key=lambda c: c.prior).eid if len(memo[k][0]) > 1
                           else memo[k][0][0].eid for k in found], np.int64)
        ch_w = np.ones(len(found))
        ch_norm = np.array([kn[k] for k in found], np.int64)
        # the keys still in question (>1 candidate), their candidates flattened
        multi = [i for i, k in enumerate(found) if len(memo[k][0]) > 1]
        sizes = np.array([len(memo[found[i]][0]) for i in multi], np.int64)
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)
        flat = [c for i in multi for c in memo[found[i]][0]]
        c_eid = np.array([c.eid for c in flat], np.int64)
        c_prior = np.array([c.prior for c in flat], float)
        grp = np.repeat(np.arange(len(multi)), sizes)
        c_norm = ch_norm[multi][grp] if multi else np.zeros(0, np.int64)
        multi_a = np.array(multi, np.int64)
        contains = np.zeros(len(c_eid))
        if multi:
            contains = _CONTAINS_BONUS * self._contains_other(memo, found, kn, c_eid, c_norm)
            c_prior = c_prior + contains
            # start from the choices this static evidence already makes (else "Paris" and
            # "Henry County" can flip each other between Georgia and Tennessee forever)
            gmax = np.maximum.reduceat(c_prior, starts)
            pos = np.where(c_prior == gmax[grp], np.arange(len(c_prior)), len(c_prior))
            ch_eid = ch_eid.copy()
            ch_eid[multi_a] = c_eid[np.minimum.reduceat(pos, starts)]
        bonus = has = None
        for it in range(3):
            bonus, has = self._doc_bonus(c_eid, c_norm, ch_eid, ch_w, ch_norm)
            if it == 2 or not multi:
                break
            tot = c_prior + bonus
            gmax = np.maximum.reduceat(tot, starts)
            pos = np.where(tot == gmax[grp], np.arange(len(tot)), len(tot))
            first = np.minimum.reduceat(pos, starts)
            w = 10.0 ** (tot - gmax[grp])
            share = w[first] / np.add.reduceat(w, starts)
            upd = has[starts]  # keys with no other names keep their choice
            ch_eid = ch_eid.copy()
            ch_w = ch_w.copy()
            ch_eid[multi_a[upd]] = c_eid[first[upd]]
            ch_w[multi_a[upd]] = share[upd]
        kbonus = {}
        total = bonus + contains
        for j, i in enumerate(multi):
            s0 = int(starts[j])
            if has[s0]:
                kbonus[found[i]] = total[s0:s0 + int(sizes[j])]
        results: dict = {}
        for k in keys:
            cands, how, info = memo[k]
            if not cands:
                results[k] = self._refuse(k[0], how, k[1])
            else:
                results[k] = self._decide(k[0], cands, how, info, kbonus.get(k))
        self._far_from_the_others(results)
        return [results[k] for k in qkeys]

    def _far_from_the_others(self, results: dict) -> None:
        """Refuse a town read only through another name of it, far from every other place of the document and
        in none of their countries ("Khasan", a hamlet on the Russian border the gazetteer lacks, read as
        Hassan, India, among Pyongyang and Kursk): the guess is kept for the reader."""
        placed = {k: r for k, r in results.items() if isinstance(r, GeocodeResult)}
        for k, r in placed.items():
            if r.match not in ("alias", "fuzzy") or r.precision not in ("city", "point"):
                continue
            others = [o for j, o in placed.items() if j[0] != k[0] and o.precision in ("city", "point", "region",
                                                                                        "country")]
            if len(others) < 2 or r.country_code in {o.country_code for o in others}:
                continue
            d, near = min((_km(r.lat, r.lon, o.lat, o.lon), o.name) for o in others)
            if d > _OUTLIER_KM:
                why = f"{r.doubt or r.query!r}; {d:,.0f} km from the nearest other place of the text ({near})"
                results[k] = UnresolvedPlace(r.query, f"too uncertain to place: {why}", [r.name], guess=r)

    def _contains_other(self, memo: dict, found: list, kn: dict, c_eid: np.ndarray,
                        c_norm: np.ndarray) -> np.ndarray:
        """How much each area candidate holds readings of the document's other names (0..1).

        "Paris" and "Henry County" together mean Paris, Tennessee, in Henry County,
        Tennessee, although the more populous Henry County is in Georgia: an area
        that holds a possible reading of another name is likelier meant. The
        share of the other names with a reading inside, times ``_CONTAINS_SHARE``,
        capped at 1.
        """
        idx = self.idx
        a_eid = np.array([c.eid for k in found for c in memo[k][0]], np.int64)
        a_norm = np.array([kn[k] for k in found for _ in memo[k][0]], np.int64)
        parents = np.concatenate([idx.adm1[a_eid], idx.adm2[a_eid]]).astype(np.int64)
        pnorm = np.concatenate([a_norm, a_norm])
        child = np.concatenate([a_eid, a_eid])
        ok = (parents >= 0) & (parents != child)
        big = np.int64(1 << 32)
        pairs = np.unique(parents[ok] * big + pnorm[ok])
        par = pairs // big
        ones = np.ones(len(pairs))
        n_other = _grouped_sum(par, ones, c_eid) - _grouped_sum(pairs, ones, c_eid * big + c_norm)
        is_area = np.isin(idx.kind[c_eid], (gz.ADMIN1, gz.ADMIN2))
        # in proportion to the document: in a file of 20,000 places every district holds a
        # reading of some other name, which then says nothing
        others = max(len(set(kn[k] for k in found)) - 1, 1)
        return np.where(is_area, np.minimum(1.0, _CONTAINS_SHARE * n_other / others), 0.0)

    def _doc_bonus(self, c_eid: np.ndarray, c_norm: np.ndarray, o_eid: np.ndarray, o_w: np.ndarray,
                   o_norm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Context bonus of candidates (entity, normalized-name id) against the document's choices.

        The same terms as :meth:`_context_scores` with ``others`` = the choices
        ``(o_eid, o_w)`` whose normalized name differs from the candidate's, but
        computed from per-document totals minus the candidate's own name's part,
        and the nearest other local place found through a grid
        (:func:`_nearest_other`): O((candidates + choices) log) per call.
        Returns the bonus and whether any other choice exists, per candidate.
        """
        idx = self.idx
        n = len(c_eid)
        if n == 0 or len(o_eid) == 0:
            return np.zeros(n), np.zeros(n, bool)
        nn = int(max(o_norm.max(), c_norm.max())) + 1
        cnt = len(o_eid) - np.bincount(o_norm, minlength=nn)[c_norm]
        has = cnt > 0
        tot = o_w.sum() - np.bincount(o_norm, weights=o_w, minlength=nn)[c_norm]
        tot = np.where(has, tot, 1.0)
        big = np.int64(1 << 32)

        def others_sum(o_key, valid, q_key, weights):
            """Sum of *weights* of choices with ``o_key == q_key``, minus those of the same name."""
            ok, ow, on = o_key[valid], weights[valid], o_norm[valid]
            return (_grouped_sum(ok, ow, q_key) - _grouped_sum(on * big + ok, ow, c_norm * big + q_key))

        cc_o, a1_o = idx.cc[o_eid].astype(np.int64), idx.adm1[o_eid].astype(np.int64)
        cc_c, a1_c = idx.cc[c_eid].astype(np.int64), idx.adm1[c_eid].astype(np.int64)
        kind_c = idx.kind[c_eid]
        same_cc = others_sum(cc_o, cc_o != 0, cc_c, o_w) / tot
        same_a1 = others_sum(a1_o, a1_o >= 0, a1_c, o_w) / tot
        same_a1[kind_c >= gz.ADMIN1] = 0.0  # a state is not "in" its own state
        ones = np.ones(len(o_eid))
        allv = np.ones(len(o_eid), bool)
        named_a1 = (a1_c >= 0) & (a1_c != c_eid) & (others_sum(o_eid, allv, a1_c, ones) > 0.5)
        a2_c = idx.adm2[c_eid].astype(np.int64)
        named_a1 |= (a2_c >= 0) & (a2_c != c_eid) & (others_sum(o_eid, allv, a2_c, ones) > 0.5)
        ce_c = self._country_eids()[cc_c]
        named_cc = np.isin(kind_c, _SUB_COUNTRY) & (ce_c >= 0) & (others_sum(o_eid, allv, ce_c, ones) > 0.5)
        bonus = 2.0 * same_cc + 2.5 * same_a1 + 1.5 * (named_a1 | named_cc)
        local = np.isin(idx.kind[o_eid], _LOCAL)
        want = np.flatnonzero(has & np.isin(kind_c, _LOCAL))
        if local.any() and want.size:
            pe = o_eid[local]
            best = _nearest_other(idx.lat[c_eid[want]], idx.lon[c_eid[want]], c_norm[want],
                                  idx.lat[pe], idx.lon[pe], o_norm[local])
            ok = best >= 0
            w2 = want[ok]
            d = gz._haversine_km(idx.lat[c_eid[w2]], idx.lon[c_eid[w2]], idx.lat[pe[best[ok]]],
                                 idx.lon[pe[best[ok]]])
            bonus[w2] += 2.0 * np.exp(-d / 250.0)
        return bonus, has

    def _country_eids(self) -> np.ndarray:
        """Entity id of each country index of ``idx.cc`` (-1 for none), cached per index."""
        idx = self.idx
        cached = getattr(self, "_ce_cache", None)
        if cached is not None and cached[0] is idx:
            return cached[1]
        arr = np.full(len(idx.ccodes), -1, np.int64)
        for i, code in enumerate(idx.ccodes):
            e = idx.country_eid.get(code) if code else None
            if e is not None:
                arr[i] = e
        self._ce_cache = (idx, arr)
        return arr

    def suggest(self, name: str, country: str | None = None, limit: int = 3) -> list[str]:
        """Closest known names to *name* (for "did you mean ...?"), best first.

        Looser than matching: up to 3 edits among names of similar length that
        share the first or last two letters; ties go to the more populous place.

        >>> OfflineGeocoder().suggest("Vladivostk")
        ['Vladivostok']
        """
        from rapidfuzz.distance import Levenshtein
        from rapidfuzz.process import extract_iter

        idx = self.idx
        key = gz.normalize(name)
        if not key.isascii():
            key = gz.transliterate(name)
        n = len(key)
        if n < 3:
            return []
        maxd = min(3, max(1, n // 3))
        blocks = idx.fuzzy_blocks
        scored: dict[str, tuple] = {}
        for L in range(n - maxd, n + maxd + 1):
            for b in (blocks.get(("^" + key[:2], L), ()), blocks.get(("$" + key[-2:], L), ())):
                for k, d, _ in extract_iter(key, b, scorer=Levenshtein.distance, score_cutoff=maxd):
                    if k in scored:
                        continue
                    best = None
                    for q in idx.postings(k):
                        e = q >> 3
                        if q & (gz.CODE | gz.REGION_ONLY):
                            continue
                        if country and not self._in_hint(e, country.upper()):
                            continue
                        p = self._prior(e, q & 7)
                        if best is None or p > best[0]:
                            best = (p, e)
                    if best:
                        scored[k] = (d, -best[0], idx.names[best[1]])
        names: list[str] = []
        for d, _, nm in sorted(scored.values()):
            if nm not in names and gz.normalize(nm) != key:
                names.append(nm)
            if len(names) >= limit:
                break
        return names


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points (scalars: no numpy overhead)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _grouped_sum(keys: np.ndarray, weights: np.ndarray, query: np.ndarray) -> np.ndarray:
    """For each value of *query*, the sum of *weights* whose key equals it (0 if none)."""
    if keys.size == 0:
        return np.zeros(len(query))
    uk, inv = np.unique(keys, return_inverse=True)
    sums = np.bincount(inv, weights=weights, minlength=len(uk))
    i = np.minimum(np.searchsorted(uk, query), len(uk) - 1)
    return np.where(uk[i] == query, sums[i], 0.0)


_EARTH_KM = 6371.0088
_GRID_LEVELS = (0.25, 1.0, 3.0, 15.0)  # cell sizes in degrees, finest first
_BRUTE_PAIRS = 4_000_000  # candidate x point pairs computed at once in the exhaustive fallback


def _unit(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)], axis=1)


def _nearest_other(clat, clon, cnorm, plat, plon, pnorm) -> np.ndarray:
    """Index of the nearest point whose name id differs from each candidate's (-1 if none).

    Exact: candidates are looked up in the 3x3 block of grid cells around them,
    finest grid first; an answer counts only when it is nearer than the block's
    edge (so nothing outside can be nearer); candidates left over after the
    coarsest grid are compared with every point, in chunks.
    """
    clat, clon = np.asarray(clat, float), np.asarray(clon, float)
    plat, plon = np.asarray(plat, float), np.asarray(plon, float)
    nc_, npt = len(clat), len(plat)
    best = np.full(nc_, -1, np.int64)
    if nc_ == 0 or npt == 0:
        return best
    cu, pu = _unit(clat, clon), _unit(plat, plon)
    todo = np.arange(nc_)
    if nc_ * npt > _BRUTE_PAIRS:
        for g in _GRID_LEVELS:
            if todo.size == 0:
                break
            nrow, ncol = int(math.ceil(180 / g)), int(round(360 / g))
            prow = np.clip(((plat + 90) // g).astype(np.int64), 0, nrow - 1)
            pcol = ((plon + 180) // g).astype(np.int64) % ncol
            pcell = prow * ncol + pcol
            order = np.argsort(pcell, kind="stable")
            scell = pcell[order]
            la, lo = clat[todo], clon[todo]
            row = np.clip(((la + 90) // g).astype(np.int64), 0, nrow - 1)
            col = ((lo + 180) // g).astype(np.int64) % ncol
            nb = []
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    r2 = row + dr
                    cell = np.where((r2 >= 0) & (r2 < nrow), r2 * ncol + (col + dc) % ncol, -1)
                    nb.append(cell)
            cells = np.stack(nb, axis=1).ravel()
            lo_i = np.searchsorted(scell, cells, "left")
            hi_i = np.searchsorted(scell, cells, "right")
            cnt = np.where(cells >= 0, hi_i - lo_i, 0)
            total = int(cnt.sum())
            owner = np.repeat(np.repeat(np.arange(todo.size), 9), cnt)
            within = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
            pts = order[np.repeat(lo_i, cnt) + within]
            ci = todo[owner]
            ch2 = ((cu[ci] - pu[pts]) ** 2).sum(axis=1)
            ch2[pnorm[pts] == cnorm[ci]] = np.inf
            m = np.full(todo.size, np.inf)
            np.minimum.at(m, owner, ch2)
            hit = np.isfinite(m)
            # first point reaching the minimum, per candidate
            at = np.flatnonzero(ch2 == m[owner])
            sel = np.full(todo.size, -1, np.int64)
            sel[owner[at[::-1]]] = pts[at[::-1]]
            dist = 2 * _EARTH_KM * np.arcsin(np.minimum(np.sqrt(m), 2.0) / 2)
            # distance from the candidate to the edge of its 3x3 block (lower bound beyond it)
            south = np.where(row - 1 > 0, la - ((row - 1) * g - 90), np.inf)
            north = np.where(row + 2 < nrow, ((row + 2) * g - 90) - la, np.inf)
            dlon = np.minimum(lo + 180 - (col - 1) * g, (col + 2) * g - (lo + 180))
            if 3 * g >= 360:
                dlon = np.full(todo.size, np.inf)
            east_west = np.where(np.isfinite(dlon),
                                 _EARTH_KM * np.arcsin(np.clip(np.cos(np.radians(la)) *
                                                               np.sin(np.radians(np.minimum(dlon, 90))), 0, 1)),
                                 np.inf)
            guard = np.minimum(np.minimum(south, north) * (math.pi / 180) * _EARTH_KM, east_west)
            done = hit & (dist < guard)
            best[todo[done]] = sel[done]
            todo = todo[~done]
    step = max(1, _BRUTE_PAIRS // npt)
    for s0 in range(0, todo.size, step):
        ci = todo[s0:s0 + step]
        ch2 = ((cu[ci][:, None, :] - pu[None, :, :]) ** 2).sum(axis=2)
        ch2[pnorm[None, :] == cnorm[ci][:, None]] = np.inf
        j = ch2.argmin(axis=1)
        okj = np.isfinite(ch2[np.arange(ci.size), j])
        best[ci[okj]] = j[okj]
    return best
