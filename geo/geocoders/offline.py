"""The default geocoder: the offline gazetteer (:mod:`geo.gazetteer`), no network.

The code, one module per stage of a decision: :mod:`.candidates` finds what a name may mean,
:mod:`.context` weighs the other places of a document, :mod:`.decision` chooses, judges the
confidence (:mod:`.confidence`) and refuses when unsure; :mod:`.rules` holds their numbers and
patterns; this module joins them behind the :class:`~geo.geocoders.base.Geocoder` interface.
``geo geocode``, ``geo build`` and ``geo extract`` all call :meth:`OfflineGeocoder.geocode_all`.

Matching, in order (the first step that finds anything wins):

0. a single character or a word of the sentence ("ї", "at", "the"; :func:`~.rules.not_a_name`) is refused with
   that reason, whatever a gazetteer files under it (an alternate name "At" of Ath, "ї" romanised to "i");

1. the whole name, normalized (case, accents, punctuation, "St."/"Saint");
   upper-case codes ("US", "UK", "DPRK", "N.Y.", an airfield's ICAO code "OSLK") count only
   when written in capitals;
1b. a facility: a place name with a facility noun before or after it ("Engels air base",
   "Engels-2", "the port of Vostochny", "the Tikhoretsk ammunition depot", "Camp Lemonnier",
   "MCAS Iwakuni", "авиабаза Хмеймим", "нефтебаза в Клинцах", "ميناء طرطوس"; and where it is, "Engels air
   base in Saratov region"; :mod:`geo.gazetteer.facility_forms`): the facilities of the first kind the
   noun allows filed under that name (its own, another, its town's, its ICAO code); else the name read as
   a town, the nearest facility of that kind within 30 km of each such town, towns without one dropping
   out but counting as namesakes (never a namesake elsewhere; a crossing's town near a border); else a
   typo of a facility's name among facilities of that kind; else a crossing named by the towns on both
   sides, or a big city and its field's name; else the towns themselves, at a town's precision, with a
   note saying that the facility is not in the gazetteer; a town the name is only another name of (an exonym, a
   former name: "Pechi" of Pécs) is no such reading, except a Russian name in the former Soviet Union ("Mogilev
   station"), and when the largest town is named exactly, the towns only a spelling reads drop ("Proletarsk oil
   depot": Proletarsk, not Proletar). A hint accepts a crossing in the hinted country or the one across it (the
   country of the nearest town abroad), not a third country near it ("Rafah crossing, IL" is refused). In
   readings through a town its people count with the power 0.5 (1 for a station or a port), and all its
   namesakes weigh against the choice; of a crossing's namesakes near a border, those within 10 km of it stand
   alone; a facility of a town the name is only another name of yields to the town of that very name ("Reni
   port": Reni); "X at/on Y" places X where Y is when no reading of X lies there, said so; a national prefix
   ("RAF", "RAAF", "INS") keeps its country's bases; a noun misspelt by one edit is the noun; a facility of a kind
   akin to the noun's that bears the name as its own comes before towns the name is only another name of, to check
   ("Yarmouk military complex": the arms factory by Khartoum, not al-Yarmūk in Damascus); a base named after
   another word is another base ("Camp Liberty" is not Fort Liberty: refused); "City Name airfield" is the field
   called Name only where it lies by the city ("Vologda Sokol airfield" is not Magadan's Sokol). A
   military noun ("air base") favours military fields, a civil one ("airport") airports airlines serve,
   by a factor of 10;
1c. a curated facility's own name however transliterated ("Ayn al-Assad" for Ain al-Asad);
2. "Name, Container" / "Name (Container)": the container is resolved as a
   country or admin area and the name is looked up inside it;
2b. a bearing from a place ("north of Kupiansk", "5 km north-east of Sudzha"): that far, else 25 km, from
   a town or a facility that way; an area's side of it ("north of Kharkiv region"); region precision;
3. region words ("Kursk region", "Oblast of X", "Laurel County", a list's plural "the Kursk and Bryansk
   regions"): only administrative areas qualify, never the city of the same name; else a typo of an
   area's name ("Zaporizhia Oblast", fuzzy); else a district, area or township the gazetteer lacks
   ("Stolin district", "the Sudzha area") is the area around its town (25 km), with a note saying so;
3b. the area around a town named by a front's or a town's words ("the Pokrovsk direction", "Kupiansk axis",
   "the outskirts of Bakhmut") or by a feature of the front named after it ("the Chonhar isthmus",
   "Suwałki Gap"): 25 km around the town, at region precision; "Belgorod city", "the town of X": the town
   (of 15,000 people or more, by its own name); the name before such a word must be capitalised;
4. a direction ("western Russia", "northern Ohio"): the area, moved to that side
   of its member cities' extent, at region precision with half its radius;
5. a possessive ("Russia's") is dropped; a non-Latin name is romanised (anyascii; Cyrillic also by
   BGN/PCGN and Ukraine's national system: "Ейск" Yeysk, "Шебекине" Shebekyne), a Russian or Ukrainian
   case form read back to its nominatives ("Борисова": Борисов), then fuzzily as in step 6 ("Новоросійськ":
   Novorossiysk); words run together are split ("AinAlAsad"); a demonym is taken back to its place
   ("Ohioans", "Londoner"; towns of >= 50,000 only);
6. NARROW fuzzy matching, for names of >= 7 letters: known names of (nearly)
   the same length with the same first letter and sharing their first or last
   two letters, at most 1 edit, a swap of neighbours counting as one (2 for names of >= 10 letters), within the
   hinted country if any; only the closest names compete. Anything looser is refused, with suggestions.

When only alternate names match (in steps 1 and 6, names of >= 7 letters), a place whose
own current name is within 1 edit of the text (2 from 10 letters) counts as named by it:
"Sloviansk" is Slovyansk, although the data also gives that spelling to Nikopol. A name in Cyrillic is
likewise the own name of a town in a country that writes Cyrillic when it romanises to the town's current
name; the towns it names only by an exonym or a former name drop by the alternate-name penalty ("Саки":
Saky, not Saki, Nigeria; "Покровск": Pokrovsk, not Engels).

**A bare name is the town.** Without a facility noun, a name that a town bears (by its own name, a
spelling of it, or a name in another script, found as written or romanised) is that town, not the facility
named after it: a facility that such a town lies by (30 km) drops just below the town ("Mozdok",
"Моздок", "Ейск", "Суджа", "Тартус": the towns; "Mozdok air base", "аэродром Моздок": the field). A facility
is found without its noun only by its own distinctive name ("Hmeimim", "Khmeimim", "Kulbakino").

Disambiguation rule (scores are log10 units, highest wins):

* prior = log10(population) + a place-type bonus (water body +4.5, continent +4,
  facility +4, country +3, admin1 +1.5, admin2 -1 (a bare "Paris" is the city, not
  the département), city 0; without a region word, an area named like a town in or
  around it that holds a tenth of its people (matched by its own name, or both by an
  alternate one), or like its country's capital, drops just below that town
  ("Kursk", "Sevastopol", "Mykolaiv", "Berlin", "Washington"; Quebec City, a
  twentieth of its province, does not; such an area gains nothing for holding the document's
  other places, which its town is as near: "Pokrovsk" beside "Avdiivka" is the town, not Pokrovsk
  Raion); areas get no bonus when matched only by an
  alias, so bare "Khabarovsk" is the city, not Khabarovskiy kray), minus 2 for
  an alternate (not the current primary) name — so "Pokrovsk" is the Ukrainian town, not Engels' former name,
  and a bare country name beats the state or town of the same name;
* a country hint keeps only candidates in that country (continents excepted), or in an
  area it holds (:data:`geo.borders.HELD`: Crimea under "RU");
* context (other places of the same document or route, or explicit
  ``context`` points): + up to 2 for lying in a country the other places lie
  in, + up to 2.5 for the same admin1, + 1.5 when the candidate's own county, state or
  country is itself named, + up to 2 for proximity (exp(-distance/250 km) to
  the nearest other place); the country's part (its share and its being named) says where the document is, so
  a town over 1,000 km (:data:`~.rules.FAR_NAMESAKE_KM`) from every town of its country in the document gets no
  more of it than a reading of its name within 500 km of the document's towns ("Покровск" among Kupiansk, Sudzha
  and Moscow, Russia named: the Ukrainian town, not Yakutia's; :func:`~.context._cap_far_namesakes`); nearness does
  not stop at a border: a town near the edge of a first-level area abroad that the document names is as near it
  ("Taman" beside "Crimea", filed under Ukraine); a town gains at most a factor of 100 over a first-level area of
  its name a thousand times its standing that lies among the document's places ("Крым" beside "Ростов-на-Дону":
  Crimea, not the village by Rostov; :func:`~.context._cap_below_standing`); and, in a document, + up to 2 for an
  area that contains
  possible readings of the other names ("Henry County" beside "Paris": Tennessee's),
  in proportion to their share of the document's names (full from a third).
  In :meth:`OfflineGeocoder.geocode_all` every name
  is first resolved alone (with the containment term), then twice re-resolved against the others' current
  choices (names identical to the one being resolved do not count); the sums
  come from per-document totals minus the name's own share and the nearest
  place from a grid, so a document costs time linear in its distinct names.

The raw score is the share of 10**score held by the winner and the candidates within
161 km of it (a town and its namesake district put the name in the same spot; for a
facility, 10 km: two airfields of one city are two places), times 0.95 for alternate names
and 0.8 x the edit similarity for fuzzy matches. Runner-ups farther away within a factor 10
are returned as ``candidates``. The ``score`` returned is the calibrated confidence
(:mod:`.confidence`): below its refusal threshold the name is refused with the best guess kept
(:attr:`UnresolvedPlace.guess`), in the "check" band the result says why in ``doubt``. A fuzzy
match is never "sure". **Namesakes are never sure**: a reading with a namesake beyond the same
spot that has a tenth of its weight (after the context) is at most to check, and one with half
its weight is refused with its candidates ("Vostochny": a port, a cosmodrome, villages), whatever
the calibration says (it rates an area or an alias sure at shares where the public sets' names were
mostly right). For a town by its bare name the namesakes' weights add up (a town of 14,000 among a dozen
villages of its name is no surer than one of two), and its namesakes include the towns filed under the spellings the
name takes in their languages ("Mykolaivka": Mykolayivka, Nikolayevka; "Berezovka": Berezivka; "Al-Hamidiyah":
Hamidiya), a town whose own name is such a spelling weighing as if named exactly, a listed town without a population
figure as one of 500 (in its prior too), a settlement placed only near where it is (Ukraine's villages from the
KATOTTG, at their hromada's centre, read at region precision with a note saying so) as one of 100; a refusal lists up
to five of them. A name alone (geocoded by itself, its document's only
name, or a name whose readings the document's other places favour none of: "Gaza" beside "Israel") counts the namesakes within a thirtieth of the winner's weight by their ratio to the power 0.6 ("Novo Selo",
"Pervomaisk": refused), and, where a town of 50,000 or more or a first-level area elsewhere bears it as its own
name, is refused unless its winner has 17 times the people of the name's towns of 15,000 or more and areas together,
a state standing by its people, not its kind ("Tripoli", "Jacksonville", "Victoria": refused; "Saint Petersburg",
"Donetsk": to check); a name in Cyrillic counts them as its romanisation does ("Миколаївка" as "Mykolaivka"). A facility whose own name is only a town's name and a noun
("Sosnovka airfield") is at most to check when the town has namesakes of comparable standing (refused when the noun
is military, the field only an airport and its namesakes outweigh it: "Sokol airfield"). A facility read through
its town (filed under the town's name only as the town it lies by, or the nearest of the noun's kinds) is sure only
when it bears the town's name (in any spelling: "Kursk Khalino", "Port of Nikolaev" of Mykolaiv) and no other
facility of the noun's kinds lies within 30 km of the town at another spot; else it is to check, its doubt naming
the others and, for a facility named otherwise, the town ("Luhansk checkpoint": the Stanytsia Luhanska bridge, or
Luhansk; "Kaiserslautern base": Kleber Kaserne, one of several). In a document, a
town read only through another of its names (or a fuzzy match) that lies over 1,500 km from every other place and
in none of their countries is refused too
("Bombay" among Pyongyang, Vladivostok and Kursk).

Which rules saw the test halves. The matching rules up to the split of the public gold sets
(``scripts/goldsets.py``) were written by studying failures on all four sets, test halves included
(the README's Benchmarks says so); since the split, rules are chosen on the development halves. Of
the examples this code once gave, "Rapides Parish", "New Londoners", "Canton" and "Lake Titicaca"
occur only in test-half articles: the rule that a name made only of region words ("Canton") is no
region word was written for a test name and changes nothing on the development halves, so it is
gone, as is Lake Titicaca from the water list; the demonym step is kept, re-justified on the
development halves (6 decisions right with it, none wrong: "Ohioans", "Ontarians", "Gazans").
Hand lists keep entries that occur only in test articles where the list is a standard complete
one (AP's state abbreviations, UN regions, the great lakes) or a theatre of this tool (Crimea, the
Urals, the Baltic Sea).
"""


from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextvars import ContextVar
from types import MappingProxyType

import numpy as np

from .. import gazetteer as gz
from ..errors import UnresolvedPlace
from .base import GeocodeResult, Geocoder, Query
from .candidates import Candidates
from .context import Context
from .decision import Decision
from .rules import CONTAINS_BONUS, LEADING_THE, not_a_name

#: The batch of the geocode_all call running in this thread (a context variable: each thread has its own, so a Dask
#: worker's threads sharing the process's geocoder cannot replace or empty one another's): (geocoder, normalized form
#: of each name, postings of each normalized name).
_BATCH: ContextVar[tuple[object, Mapping[str, str], Mapping[str, tuple[int, ...]]] | None] = \
    ContextVar("geocode_all batch", default=None)
_NONE: Mapping = MappingProxyType({})
#: How many names' candidates a geocoder keeps (OfflineGeocoder._found) before it starts afresh.
CANDIDATE_CACHE = 20000


class OfflineGeocoder(Candidates, Context, Decision, Geocoder):
    """Geocoder backed by the offline gazetteer; see the module docstring for the rules.

    >>> g = OfflineGeocoder()
    >>> g.geocode("Kursk region").precision
    'region'
    """

    name = "gazetteer"

    def __init__(self, index: gz.Index | None = None, *, calibrated: bool = True, namesakes: bool = True):
        self._idx = index
        # raw scores and no refusals when False: what scripts/bench_geocode.py --fit calibrates
        self.calibrated = calibrated
        # namesakes are never sure (see Decision._judge); False only to measure what that rule costs
        self.namesakes = namesakes

    # The postings of a document's names, looked up in one vectorized batch by geocode_all, and their normalized
    # forms: the running call's, in this thread (exact, so a lookup that misses them only goes slower).
    @property
    def _prefetched(self) -> Mapping[str, tuple[int, ...]]:
        batch = _BATCH.get()
        return batch[2] if batch is not None and batch[0] is self else _NONE

    @property
    def _norm_memo(self) -> Mapping[str, str]:
        batch = _BATCH.get()
        return batch[1] if batch is not None and batch[0] is self else _NONE

    @property
    def idx(self) -> gz.Index:
        """The gazetteer index (loaded on first use)."""
        if self._idx is None:
            self._idx = gz.load()
        return self._idx

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
        junk = self.calibrated and not_a_name(query)  # (uncalibrated: raw scores, no refusals)
        if junk:
            raise UnresolvedPlace(query, junk)
        found = self._found()
        got = found[0].get((query, country))
        if got is None:
            got = found[0][(query, country)] = self._candidates(query, country)
        cands, how, info = got
        if not cands:
            raise self._refused(query, how, country, found[3])
        cands = self._gate_villages(query, cands, how, info, [(-1, float(la), float(lo)) for la, lo in context])
        if isinstance(cands, UnresolvedPlace):
            raise cands
        bonus = self._context_scores(cands, context) if context else None
        result = self._decide(query, cands, how, info, bonus, country, alone=not context)
        if isinstance(result, UnresolvedPlace):
            raise result
        return result

    def _found(self) -> tuple[dict, dict, dict, dict]:
        """What :meth:`geocode_all` found before for a name: its candidates, how, and their notes, per (name, country
        hint); each name's normalized form; whether it is a word, not a name (:func:`~.rules.not_a_name`); why it
        was refused, if it was (per name, how and hint). The names of news repeat from one article to the next, and
        an article's names are geocoded again beside its other names (resolve). Kept for the loaded index (a new
        index starts afresh) and emptied when one part grows past CANDIDATE_CACHE names. Each is a function of the
        name, the hint and the index alone, and nothing after :meth:`_candidates` changes the candidates; a refusal
        is made anew from what was found (an exception is raised, and carries its traceback)."""
        idx = self.idx
        cached = getattr(self, "_found_cache", None)
        if cached is None or cached[0] is not idx or any(len(d) > CANDIDATE_CACHE for d in cached[1:]):
            cached = self._found_cache = (idx, {}, {}, {}, {})
        return cached[1:]

    def _refused(self, query: str, how: str, country: str | None, found: dict) -> UnresolvedPlace:
        """:meth:`_refuse`, a new exception each time, of what *found* keeps of the first."""
        key = (query, how, country)
        got = found.get(key)
        if got is None:
            r = self._refuse(query, how, country)
            got = found[key] = (r.reason, r.suggestions, r.guess is None)
            if not got[2]:
                del found[key]
                return r
        return UnresolvedPlace(query, got[0], got[1])

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
        cands_of, norm_of, junk_of, refusals = self._found()
        new = [t for t in texts if t not in norm_of]
        if new:
            stripped = [LEADING_THE.sub("", t) for t in new]
            norm = gz.normalize_list(stripped)
            norm_of.update(zip(new, norm))  # normalize drops "the" anyway: the same key as the raw name
        junk = set()
        if self.calibrated:
            for k in keys:
                j = junk_of.get(k[0])
                if j is None:
                    j = junk_of[k[0]] = not_a_name(k[0]) or ""
                if j:
                    junk.add(k)
        todo = [k for k in keys if k not in junk and k not in cands_of]
        if todo:
            # the names not met before, their postings in one batch
            tt = list(dict.fromkeys(" ".join(k[0].split()) for k in todo))
            stripped = [LEADING_THE.sub("", t) for t in tt]
            norm = [norm_of[t] for t in tt]
            token = _BATCH.set((self, dict(zip(stripped, norm)), dict(zip(norm, self.idx.postings_many(norm)))))
            try:
                for k in todo:
                    cands_of[k] = self._candidates(k[0], k[1])
            finally:
                _BATCH.reset(token)
        memo = {k: ([], "junk", {}) if k in junk else cands_of[k] for k in keys}
        norm_ids: dict[str, int] = {}
        kn = {k: norm_ids.setdefault(norm_of[" ".join(k[0].split())], len(norm_ids)) for k in keys}
        # a village placed only near where it is needs the document's other places beside it (Decision._gate_villages):
        # each other name's likeliest reading that is no such village
        anchor: dict = {}
        for k in keys:
            real = [c for c in memo[k][0] if not self._approximate(c.eid)]
            if real:
                e = max(real, key=lambda c: c.prior).eid
                anchor[k] = (e, float(self.idx.lat[e]), float(self.idx.lon[e]))
        refused: dict = {}
        for k in keys:
            cands, how, info = memo[k]
            if cands and any(self._approximate(c.eid) for c in cands):
                got = self._gate_villages(k[0], cands, how, info,
                                          [a for o, a in anchor.items() if kn[o] != kn[k]])
                if isinstance(got, UnresolvedPlace):
                    refused[k] = got
                    got = []
                memo[k] = (got, how, info)
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
            contains = CONTAINS_BONUS * self._contains_other(memo, found, kn, c_eid, c_norm)
            # an area named after a town of the same name's readings holds what the town is near: no evidence
            # against the town ("Pokrovsk" beside "Avdiivka": the town, not Pokrovsk Raion, which holds both)
            contains[np.array([c.named_after for c in flat], bool)] = 0.0
            c_prior = c_prior + contains
            # start from the choices this static evidence already makes (else "Paris" and
            # "Henry County" can flip each other between Georgia and Tennessee forever)
            gmax = np.maximum.reduceat(c_prior, starts)
            pos = np.where(c_prior == gmax[grp], np.arange(len(c_prior)), len(c_prior))
            ch_eid = ch_eid.copy()
            ch_eid[multi_a] = c_eid[np.minimum.reduceat(pos, starts)]
        bonus = has = None
        for it in range(3):
            bonus, has = self._doc_bonus(c_eid, c_norm, ch_eid, ch_w, ch_norm, grp)
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
        placed = {kn[k] for k in found}
        for k in keys:
            cands, how, info = memo[k]
            if how == "junk":
                results[k] = UnresolvedPlace(k[0], junk_of[k[0]])
            elif k in refused:
                results[k] = refused[k]
            elif not cands:
                results[k] = self._refused(k[0], how, k[1], refusals)
            else:
                # a name is alone when the document names no other place the gazetteer knows (an unknown word or
                # the name again in another case is no context), or when the places it names favour no reading of
                # the name over another ("Gaza" beside "Israel": neither Gaza, PS, nor Gaza province, MZ, is in or
                # near a place of the document, so its standing alone would choose Mozambique's, as sure)
                kb = kbonus.get(k)
                blind = kb is not None and float(np.ptp(kb)) < 1e-9
                results[k] = self._decide(k[0], cands, how, info, kb, k[1], alone=placed <= {kn[k]} or blind)
        self._far_from_the_others(results)
        return [results[k] for k in qkeys]

