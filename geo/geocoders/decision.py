"""Deciding among the candidates: the winner, its share, its calibrated confidence, and a refusal when unsure.

See :mod:`.confidence` for the calibration and :mod:`.offline`'s docstring for the rules.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from .. import gazetteer as gz
from ..errors import UnresolvedPlace
from ..gazetteer import facility_forms, katottg
from ..gazetteer.common import haversine_km
from . import confidence
from .base import Candidate, GeocodeResult
from .rules import (ALT_PENALTY, AROUND_KM, CYRILLIC, DIRECTIONS, FACILITY_NEAR_KM, FACILITY_SAME_SPOT_KM,
                    KNOWN_POP, LEADING_THE, NAMESAKE_POWER_ALONE, NAMESAKE_SPAN, NAMESAKES_LISTED, NOTABLE_LEAD,
                    NOTABLE_POP, OUTLIER_KM, PORT_SAME_SPOT_KM, PRECISION, RIVAL_CHECK, RIVAL_REFUSE, SAME_SPOT_KM,
                    TOWN_FLOOR_POP, TYPE_BONUS, VILLAGE_SUPPORT_KM, Cand)


def _towards(lat: float, lon: float, d: tuple[int, int], km: float) -> tuple[float, float]:
    """The point *km* from (lat, lon) towards compass direction *d* ((1, 0) north, (1, 1) north-east ...), on the
    sphere."""
    from ..gazetteer.common import EARTH_KM

    theta = math.atan2(d[1], d[0])
    p1, l1, delta = math.radians(lat), math.radians(lon), km / EARTH_KM
    p2 = math.asin(math.sin(p1) * math.cos(delta) + math.cos(p1) * math.sin(delta) * math.cos(theta))
    l2 = l1 + math.atan2(math.sin(theta) * math.sin(delta) * math.cos(p1),
                         math.cos(delta) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540.0) % 360.0 - 180.0


#: Facility kinds in words, for messages (one table with the facility names' reader's).
KIND_NOUNS = facility_forms.KIND_NOUNS


class Decision:
    """The deciding part of :class:`~geo.geocoders.offline.OfflineGeocoder` (a mixin: it needs ``self.idx``)."""

    def _decide(self, query: str, cands: list[Cand], how: str, info: dict,
                bonus: np.ndarray | None = None, country: str | None = None,
                alone: bool = False) -> GeocodeResult:
        idx = self.idx
        # plain floats: most names have a handful of candidates, where numpy only adds overhead
        tot = [c.prior for c in cands] if bonus is None else [c.prior + float(b) for c, b in zip(cands, bonus)]
        order = sorted(range(len(tot)), key=lambda i: -tot[i])  # stable: ties keep candidate order
        best = cands[order[0]]
        top = tot[order[0]]
        w = [10.0 ** (t - top) for t in tot]
        wsum = math.fsum(w)
        e = best.eid
        # the chance the *location* is right: readings within SAME_SPOT_KM of the winner (the town and
        # the district named after it) place the name in the same spot, so they add to its share
        blat, blon = float(idx.lat[e]), float(idx.lon[e])
        # a facility is a point: another one 10 km away is another place ("Moscow airport": which of six?)
        spot = FACILITY_SAME_SPOT_KM if idx.fac.size and idx.fac[e] else SAME_SPOT_KM
        if spot == FACILITY_SAME_SPOT_KM and idx.facility_kind(e) == "port":
            spot = PORT_SAME_SPOT_KM
        share = math.fsum(w[j] for j in range(len(cands)) if j == order[0] or (
            w[j] > 1e-6 * w[order[0]] and
            haversine_km(blat, blon, float(idx.lat[cands[j].eid]), float(idx.lon[cands[j].eid])) <= spot)) / wsum
        best_match = best.match
        factor = {"exact": 1.0, "alias": 0.95, "fuzzy": 0.8 * best.sim}.get(best.match, 1.0)
        lat, lon, radius = float(idx.lat[e]), float(idx.lon[e]), float(idx.radius[e])
        precision = PRECISION[int(idx.kind[e])]
        if precision == "city" and radius > 0:  # a settlement placed only near where it is (katottg's): an area
            precision = "region"
        name = idx.names[e]
        if "direction" in info:
            lat, lon, radius = self._directional(e, info["direction"])
            precision = "region"
            best_match = "alias"
            name = f"{name} ({query.split()[0].lower()} part)"
            factor *= 0.8
        if "bearing" in info:  # "north of Kupiansk", "5 km north-east of Sudzha"
            word, km = info["bearing"]
            d = DIRECTIONS[word]
            if km is None and int(idx.kind[e]) not in (gz.CITY, gz.POINT):
                lat, lon, radius = self._directional(e, d)  # an area's side of it: "north of Kharkiv region"
            else:
                lat, lon = _towards(lat, lon, d, AROUND_KM if km is None else km)
                radius = max(AROUND_KM, (km or 0.0) / 2)
            precision, best_match = "region", "alias"
            name = f"{word.replace(' ', '-')} of {name}"
            factor *= 0.8
        if "around" in info:  # "the Pokrovsk direction", "Stolin district": the area around the town
            word, km, _ = info["around"]
            precision, radius = "region", max(radius, km)
            best_match = "alias" if best_match == "exact" else best_match
            name = f"{name} ({word})"
        runners = []
        rival = 0.0  # the weight of the likeliest namesake beyond the same spot, the winner's being 1
        for j in order[1:]:
            if w[j] < RIVAL_CHECK * w[order[0]] or len(runners) == 3:
                break
            c = cands[j]
            if haversine_km(blat, blon, float(idx.lat[c.eid]), float(idx.lon[c.eid])) <= spot:
                continue  # the same spot is no alternative a reader must weigh
            rival = max(rival, w[j] / w[order[0]])
            runners.append(Candidate(idx.names[c.eid], float(idx.lat[c.eid]), float(idx.lon[c.eid]),
                                     idx.country_code(c.eid), PRECISION[int(idx.kind[c.eid])],
                                     round(w[j] / wsum, 3)))
        near_note = ""
        if "near" in info:  # a facility read through a town: say which, and list the namesake towns without one
            form = info["facility"]
            town = info["near_town"].get(e, info["near"])
            dropped = info["dropped"]
            noun = KIND_NOUNS[form.kinds[0]]
            near_note = f"the {noun} by {town}"
            if dropped:
                near_note += (f", one of {len(dropped) + 1} places called {info['near']!r}, the others without "
                              f"{'an' if noun[0] in 'aeiou' else 'a'} {noun} in the gazetteer")
            total = wsum * (1.0 + info.get("rival", 0.0))
            for t in dropped[: max(0, 3 - len(runners))]:
                runners.append(Candidate(idx.names[t.eid], float(idx.lat[t.eid]), float(idx.lon[t.eid]),
                                         idx.country_code(t.eid), PRECISION[int(idx.kind[t.eid])],
                                         round(10.0 ** (t.prior - top) / total, 3)))
        kind = idx.facility_kind(e) or ("water" if idx.kind[e] == gz.WATER else "")
        result = GeocodeResult(query=query, name=name, lat=lat, lon=lon, country_code=idx.country_code(e),
                               precision=precision, match=best_match, score=round(share * factor, 3),
                               source=self.name, radius_km=radius, ref=idx.ref(e), candidates=tuple(runners),
                               kind=kind)
        note = ""
        if "fallback" in info:  # "Orsha junction" with no junction of Orsha in the data: the town, said so
            form = info["facility"]
            noun = (form.noun or form.kinds[0]).removesuffix(" of")  # "the port of X": "no port of X"
            note = f"no {noun} of {info['fallback']!r} in the gazetteer: placed at the town, {name}"
        elif "guessed" in info:  # "the Russian drone base at Kursk": no facility so named, the town's of its kind
            note = (f"no facility named {info['guessed']!r} by {info['near']} in the gazetteer: read as {name}, "
                    f"the {KIND_NOUNS.get(kind, 'facility')} by {info['near']}")
        elif "akin" in info:  # "Yarmouk military complex": the Yarmouk arms factory
            noun = (info["facility"].noun or info["facility"].kinds[0]).removesuffix(" of")
            note = (f"no {noun} of {info['akin']!r} in the gazetteer: read as {name}, the "
                    f"{KIND_NOUNS.get(kind, 'facility')} of that name")
        elif "placed_at" in info:  # "X air base near Y": no X by Y in the gazetteer
            only = ", only elsewhere" if info.get("elsewhere") else ""
            note = (f"no {info['placed_at']!r} by {name} in the gazetteer{only}: placed at {name}, where the text "
                    f"puts it")
        elif info.get("around", (0, 0, False))[2]:  # "Stolin district" with no such district in the gazetteer
            word = info["around"][0]
            note = f"no {word} of {idx.names[e]!r} in the gazetteer: placed around the town, {idx.names[e]}"
        approx = katottg.note(idx, e)
        if approx:
            note = f"{note}; {approx}" if note else approx
        if not self.calibrated:
            return dataclasses.replace(result, doubt=note) if note else result
        far_w = [w[j] for j in range(len(cands))
                 if haversine_km(blat, blon, float(idx.lat[cands[j].eid]), float(idx.lon[cands[j].eid])) > spot]
        far = len(far_w)
        if "near" in info or "fallback" in info:
            # a facility read through a town: every namesake town counts ("the Alekseyevka depot": which of the
            # many?), and so does every town dropped for want of such a facility nearby
            rival = math.fsum(far_w) / w[order[0]] + info.get("rival", 0.0)
        elif "facility" not in info and idx.fac.size and idx.fac[e]:
            # a facility named by its whole name, which is only a town's name and a noun ("Sosnovka airfield"):
            # as :meth:`~.candidates.Candidates._facility` reads it when found through the noun
            # the data's, the same for every lookup: keyed by the name read, not the query's text, so that it
            # grows with the names of the facilities found, not with the ways of writing them
            memo = self.__dict__.setdefault("_named_rivals", {})
            form = facility_forms.split(query)
            k = (e, country, form and (gz.normalize(form.core), form.kinds, form.military, form.named))
            if k not in memo:
                towns = (self._rival_towns([best], facility_forms.variants(form.core)[-1], form, country)
                         if form and not form.named
                         and form.kinds[0] not in ("port", "naval-base", "crossing", "plant")
                         and self._named_for_town(e, form) else [])
                memo[k] = (self._capped_rival(math.fsum(w for w, _ in towns), [best], form) if towns else 0.0, towns)
            named_rival, towns = memo[k]
            rival = max(rival, named_rival)
            if named_rival >= RIVAL_CHECK and towns:  # the namesake towns, listed as when found through the noun
                total = 1.0 + math.fsum(w for w, _ in towns)
                extra = [Candidate(idx.names[t], float(idx.lat[t]), float(idx.lon[t]), idx.country_code(t),
                                   PRECISION[int(idx.kind[t])], round(w / total, 3))
                         for w, t in towns[: max(0, NAMESAKES_LISTED - len(runners))]]
                result = dataclasses.replace(result, candidates=tuple(runners + extra))
        elif "rival" in info:
            # a facility filed under a town's name, or named as a town and a noun ("Sokol airfield"), found through
            # its noun: the town's namesakes (:meth:`~.candidates.Candidates._facility`), listed
            rival = max(rival, info["rival"])
            if rival >= RIVAL_CHECK and info.get("rival_towns"):
                total = 1.0 + info["rival"]
                extra = [Candidate(idx.names[t], float(idx.lat[t]), float(idx.lon[t]), idx.country_code(t),
                                   PRECISION[int(idx.kind[t])], round(w / total, 3))
                         for w, t in info["rival_towns"][: max(0, NAMESAKES_LISTED - len(runners))]]
                result = dataclasses.replace(result, candidates=tuple(runners + extra))
        elif "facility" not in info and int(idx.kind[e]) in (gz.CITY, gz.ADMIN1, gz.ADMIN2):
            # a town by its bare name: all its namesakes of comparable standing together (:meth:`_namesakes`); an
            # area so named too, against the towns of its name outside it ("San Jose": Uruguay's department of
            # 100,000 is no likelier than San Jose, California, or Costa Rica's capital)
            # a name of a document is in its context even with one reading, which earns no bonus ("Бусра" beside
            # "Дераа": Basra, found only through the romanisation, has no share of that context)
            mass, others = self._namesakes(query, cands, tot, order[0], blat, blon, bonus is not None or not alone,
                                           country,
                                           alone)
            if mass > rival:
                rival = mass
                have = {(c.name, round(c.lat, 2), round(c.lon, 2)) for c in runners}
                extra = [c for c in others if (c.name, round(c.lat, 2), round(c.lon, 2)) not in have]
                if extra and len(runners) < NAMESAKES_LISTED:
                    result = dataclasses.replace(result, candidates=tuple(
                        runners + extra[: NAMESAKES_LISTED - len(runners)]))
        # a facility whose own names say it is another sort of place than the query's noun names ("Kursk training
        # ground": Kursk Nuclear Power Plant, which the data file as a range) is no sure reading of it
        misfit = (self._noun_misfit(e, info["facility"]) if "facility" in info and idx.fac.size and idx.fac[e]
                  and not {"fallback", "guessed", "akin", "placed_at"} & info.keys() else "")
        misfit_note = (f"{'an' if misfit[0] in 'aeiou' else 'a'} {misfit}, which the noun "
                       f"'{info['facility'].noun}' does not name" if misfit else "")
        if misfit and "by_town" not in info:
            rival = max(rival, RIVAL_CHECK)
            near_note = f"{misfit_note}, {near_note}" if near_note else misfit_note
        if "by_town" in info:
            # a facility read through its town ("Kaiserslautern base", "Luhansk checkpoint", "Muizenberg naval
            # base"): what the name means only when the facility bears the town's name and no other of the noun's
            # kinds lies by the town; else to check, the others (and the town, for a facility named otherwise) listed
            form = info["facility"]
            town = info.get("town_of", {}).get(e)
            memo = self.__dict__.setdefault("_by_town_memo", {})
            k = (e, town, gz.normalize(info["by_town"]), country, form.kinds, form.military, form.generic_base)
            if k not in memo:
                if town is None:
                    town = self._town_by(e, info["by_town"], country)
                memo[k] = (town, *self._by_town_doubt(e, town, form))
            town, bears, others = memo[k]
            if not bears or others or misfit:
                rival = max(rival, RIVAL_CHECK)
                noun = KIND_NOUNS[form.kinds[0]]
                town_name = idx.names[town] if town >= 0 else info["by_town"]
                head = f"the {noun} by {info['near_town'].get(e, town_name) if 'near_town' in info else town_name}"
                # said right after the town, before what the town's namesakes add ("one of 3 places called ...")
                why = (f", {misfit_note}" if misfit else "") + (
                    ", which bears another name" if not bears else "") + (
                    f", one of {len(others) + 1} {noun}s within {FACILITY_NEAR_KM:.0f} km of it" if others else "")
                near_note = head + why + (near_note[len(head):] if near_note.startswith(head) else "")
                have = {(c.name, round(c.lat, 2), round(c.lon, 2)) for c in result.candidates}
                alts = [o for o in others + ([town] if (not bears or misfit) and town >= 0 else [])
                        if (idx.names[o], round(float(idx.lat[o]), 2), round(float(idx.lon[o]), 2)) not in have]
                extra = [Candidate(idx.names[o], float(idx.lat[o]), float(idx.lon[o]), idx.country_code(o),
                                   PRECISION[int(idx.kind[o])], 0.0)
                         for o in alts[: max(0, NAMESAKES_LISTED - len(result.candidates))]]
                result = dataclasses.replace(result, candidates=result.candidates + tuple(extra))
        if "akin" in info or "base_name_of_town" in info or info.get("elsewhere"):
            # a facility of another kind than the noun says, a town that bore a base's name, or the place a text
            # puts a facility the gazetteer holds elsewhere: nothing says the facility named is there, only to check
            rival = max(rival, RIVAL_CHECK)
        judged = self._judge(result, far, rival if self.namesakes else 0.0, near_note)
        if note and isinstance(judged, GeocodeResult):
            judged = dataclasses.replace(judged, doubt=f"{note}; {judged.doubt}" if judged.doubt else note)
        return judged

    def _gate_villages(self, query: str, cands: list[Cand], how: str, info: dict,
                       anchors: list[tuple[int, float, float]]) -> list[Cand] | UnresolvedPlace:
        """*cands* less the settlements placed only near where they are (:mod:`geo.gazetteer.katottg`'s villages,
        at their hromada's centre, with no population figure) that the document does not support, or a refusal when
        nothing else is left.

        Such a village is a reading of the name only when another place of the document (*anchors*: (entity or -1,
        lat, lon) of the other names' readings, or the context's points) lies in its oblast, is its hromada, or lies
        within :data:`~.rules.VILLAGE_SUPPORT_KM` of it, or when the name is written with its area ("Robotyne,
        Zaporizhzhia oblast"). And it never beats another reading of the same word (a town, a facility, a feature,
        an area; the reading of another case form's lemma) that the document supports better (a place of the
        document within that distance of it against only one in the village's oblast; for a place outside Ukraine, a
        place of its country counts as one of its oblast); as well supported, the two compete as any readings do
        (several Pavlivkas of the town list in Donetsk oblast, and the village by Vuhledar): "Льгові" in an article on Kursk oblast is
        L'gov, not Lhiv in Chernihiv oblast 290 km away; "Борисова" beside Minsk is Barysaw. Alone, or unsupported,
        a village is never the answer: the refusal keeps its best reading as the guess, for the analyst.
        """
        idx = self.idx
        villages = [c for c in cands if self._approximate(c.eid)]
        if not villages:
            return cands

        def region(a: int) -> int:
            return a if int(idx.kind[a]) == gz.ADMIN1 else int(idx.adm1[a])

        def backing(e: int, abroad: bool) -> int:
            """How the document supports reading *e*: 2 a place of it within VILLAGE_SUPPORT_KM, 1 in its oblast
            (its hromada for a village; abroad, a place of its country), 0 none."""
            a1, a2 = int(idx.adm1[e]), int(idx.adm2[e])
            lat, lon = float(idx.lat[e]), float(idx.lon[e])
            cc = idx.country_code(e)
            level = 0
            for a, la, lo in anchors:
                if a == e:
                    continue
                if (a < 0 or int(idx.kind[a]) not in (gz.COUNTRY, gz.CONTINENT)) and \
                        haversine_km(lat, lon, la, lo) <= VILLAGE_SUPPORT_KM:
                    return 2
                if a >= 0 and (a1 >= 0 and (region(a) == a1 or a == a2) or abroad and cc and idx.country_code(a) == cc):
                    level = 1
            return level

        others = [c for c in cands if not self._approximate(c.eid)]
        # the best support another reading of the word has: a village less supported than it is dropped, one as
        # supported competes with it (several Pavlivkas of the list in the oblast, and the one by Vuhledar)
        rival = max((backing(c.eid, idx.country_code(c.eid) != "UA") for c in others), default=0)
        kept_v = [c for c in villages
                  if "within" in info or (lvl := backing(c.eid, False)) >= 1 and lvl >= rival]
        keep = {id(c) for c in others + kept_v}
        out = [c for c in cands if id(c) in keep]
        if out:
            return out
        guess = self._decide(query, villages, how, info, None, None, alone=True)
        guess = guess if isinstance(guess, GeocodeResult) else guess.guess
        where = sorted({idx.names[int(idx.adm1[c.eid])] for c in villages if int(idx.adm1[c.eid]) >= 0})
        return UnresolvedPlace(query, f"only {'a village' if len(villages) == 1 else f'{len(villages)} villages'} "
                                      f"of that name known only near where {'it lies' if len(villages) == 1 else 'they lie'} "
                                      f"({', '.join(where)}; KATOTTG), and no other place of the text in "
                                      f"{'its oblast' if len(villages) == 1 else 'their oblasts'} or within "
                                      f"{VILLAGE_SUPPORT_KM:.0f} km", guess=guess)

    def _namesakes(self, query: str, cands: list[Cand], tot: list[float], win: int, blat: float, blon: float,
                   in_context: bool, country: str | None, alone: bool = False) -> tuple[float, list[Candidate]]:
        """How much the bare name's other towns weigh together against the winner, and the likeliest of them.

        A town's namesakes of comparable standing make the name ambiguous together, not only the largest of them
        ("Mykolaivka": a town of 14,000 and dozens of villages). Its namesakes are the towns beyond the same spot
        (:data:`~.rules.SAME_SPOT_KM`) that bear the name or one of the spellings it takes in the languages of the
        places that bear it (:func:`geo.gazetteer.names.namesake_keys`: Berezovka and Berezivka, Al-Hamidiyah and
        Hamidiya). Each weighs as its reading would (population, and the alternate-name penalty for a name that is
        not its own), except that a town whose own name is a spelling of the name (within the edits
        :meth:`_own_names_first` allows) weighs as if named exactly: Mykolayivka is as much a Mykolaivka as the
        one so filed. Their weights add up, relative to the winner's (its context included, so the document's
        other places and a country hint still decide). Namesakes found only through another spelling count only
        without a document's context, which they have no share of. A name *alone* (geocoded by itself, the only
        name of its document, or one whose readings the document's other places favour none of) counts its namesakes within :data:`~.rules.NAMESAKE_SPAN` of the winner, each by its
        relative weight to the power :data:`~.rules.NAMESAKE_POWER_ALONE` ("Novo Selo", "Pervomaisk": refused); and
        where a notable place bears it too (a town of 50,000 or more, a first-level area), it is refused unless its
        winner has 17 times the people of the name's towns and areas a reader knows together
        (:meth:`_known_namesakes`, :data:`~.rules.NOTABLE_LEAD`; "Tripoli", "Jacksonville", "Victoria": refused,
        "Saint Petersburg", "Donetsk": placed, to check).
        """
        idx = self.idx
        winner = cands[win]
        text = LEADING_THE.sub("", " ".join(query.split()))
        key = self._norm(text)
        keys = [key]
        # the floor for the winner as for its namesakes, and, as for them, no penalty for a name that spells its own
        # ("Lugansk": Luhansk, 398,000, files it as another name, Lugansk in Kazakhstan, 1,700, as its own)
        top = (tot[win] + self._unknown_pop(winner.eid)
               + (ALT_PENALTY if winner.alt and key.isascii() and self._spelled(key, winner.eid) else 0.0))
        cyrillic = bool(key) and not key.isascii() and bool(CYRILLIC.search(text))
        if cyrillic:
            # a name in Cyrillic counts its namesakes as its romanisations would ("Миколаївка" as Mykolaivka): the
            # one nearest the winner's own name first, the others' spellings too ("Николаевка": Nikolayevka and
            # Mykolaivka). GeoNames files every Cyrillic name as an alternate, so the weights are taken afresh: the
            # winner as named by it (the reading chose it: "Москва" is Moscow), a town of the Cyrillic world whose own
            # name the romanisation spells as named too (Mykolayivka, Pokrovsk in Yakutia), any other (an exonym, a
            # former name, a transcription abroad: Saki, Nigeria, of "Саки") as by another name
            from rapidfuzz.distance import Levenshtein

            from .candidates import CYRILLIC_WORLD

            own = self._norm(idx.names[winner.eid])
            keys = sorted((k for k in gz.transliterations(text) if k.replace(" ", "").isalpha()),
                          key=lambda k: Levenshtein.distance(k, own))
            if not keys:
                return 0.0, []
            key = keys[0]

            def named(t: int) -> bool:
                return idx.country_code(t) in CYRILLIC_WORLD and any(self._spelled(k, t) for k in keys)

            def prior(t: int) -> float:
                return self._prior(t, 0 if named(t) else gz.ALT)

            top = self._prior(winner.eid, 0) + tot[win] - winner.prior + self._unknown_pop(winner.eid)
        if not key or not key.replace(" ", "").isalpha() or not key.isascii():
            return 0.0, []
        weights: dict[int, float] = {}
        own: set[int] = set()  # the namesakes that bear the name (or a spelling of it) as their own
        for j, c in enumerate(cands):
            if idx.kind[c.eid] != gz.CITY or c.eid == winner.eid:
                continue
            if cyrillic:  # its context kept, its prior afresh
                weights[c.eid] = prior(c.eid) + tot[j] - c.prior + self._unknown_pop(c.eid)
                if named(c.eid):
                    own.add(c.eid)
                continue
            spelled = c.alt and self._spelled(key, c.eid)
            weights[c.eid] = tot[j] + (ALT_PENALTY if spelled else 0.0) + self._unknown_pop(c.eid)
            if not c.alt or spelled:
                own.add(c.eid)
        if not in_context:
            read = set(weights)
            # (a Latin name's own key found the candidates; a Cyrillic name's romanisations did not)
            spellings = [k for r in keys for k in gz.namesake_keys(r)] if cyrillic else gz.namesake_keys(key)[1:]
            for k in dict.fromkeys(spellings):
                for q in idx.postings(k):
                    t, fl = q >> 3, q & 7
                    if t in read or t == winner.eid or idx.kind[t] != gz.CITY or fl & (gz.CODE | gz.REGION_ONLY):
                        continue
                    if country and not self._in_hint(t, country):
                        continue  # a hint keeps its country's towns only
                    alt = bool(fl & gz.ALT) and not self._spelled(k, t)
                    # a town under several of the spellings weighs as by the best of them (Mirnyy: an alternate
                    # "Mirnyj", its own "Mirnyy")
                    p = (prior(t) if cyrillic else self._prior(t, gz.ALT if alt else 0)) + self._unknown_pop(t)
                    weights[t] = max(weights.get(t, p), p)
                    if named(t) if cyrillic else not alt:
                        own.add(t)
        power = NAMESAKE_POWER_ALONE if alone else 1.0
        area = int(idx.kind[winner.eid]) != gz.CITY  # its own towns are no namesakes (Durango, the state's capital)
        far = [(p, t) for t, p in weights.items() if p > top - (NAMESAKE_SPAN if alone else 2.0) and
               haversine_km(blat, blon, float(idx.lat[t]), float(idx.lon[t])) > SAME_SPOT_KM and
               not (area and self._inside(t, winner.eid))]
        known = self._known_namesakes(own, cands, winner, blat, blon) if alone else []
        if not far and not known:
            return 0.0, []
        far.sort(key=lambda x: (-x[0], x[1]))
        mass = math.fsum(10.0 ** (power * (p - top)) for p, _ in far)
        if known and max(s for s, _ in known) >= math.log10(NOTABLE_POP + 1):
            # a notable place of the name: the winner must lead all those a reader knows by its standing, its people
            # (less for a name that is only another of its names), not its kind's bonus (a state of 12 million
            # against cities of a million)
            lead = top - TYPE_BONUS[int(idx.kind[winner.eid])] - math.log10(math.fsum(10.0 ** s for s, _ in known))
            if lead < NOTABLE_LEAD:
                mass = max(mass, RIVAL_REFUSE)
                have = {t for _, t in far}
                far += [(s + TYPE_BONUS[int(idx.kind[t])], t) for s, t in known if t not in have]
                far.sort(key=lambda x: (-x[0], x[1]))
        total = 1.0 + mass
        return mass, [Candidate(idx.names[t], float(idx.lat[t]), float(idx.lon[t]), idx.country_code(t),
                                PRECISION[int(idx.kind[t])], round(10.0 ** (power * (p - top)) / total, 3))
                      for p, t in far[:NAMESAKES_LISTED]]

    def _known_namesakes(self, own: set[int], cands: list[Cand], winner: Cand, blat: float,
                         blon: float) -> list[tuple[float, int]]:
        """(standing, entity) of the namesakes of a bare name that a reader knows (:data:`~.rules.KNOWN_POP`): the
        towns of *own* (those that bear the name, or a spelling of it, as their own) with that many people or more,
        and the first-level areas among *cands* that bear it as their own name, beyond the same spot, neither holding
        the winner nor held by it; a place's standing is log10 of its people, whatever its kind."""
        idx = self.idx
        area = int(idx.kind[winner.eid]) != gz.CITY  # its own towns are none (Durango, the state's capital)
        out = []
        for t in own:
            if (int(idx.pop[t]) >= KNOWN_POP and not (area and self._inside(t, winner.eid))
                    and haversine_km(blat, blon, float(idx.lat[t]), float(idx.lon[t])) > SAME_SPOT_KM):
                out.append((math.log10(int(idx.pop[t]) + 1), t))
        for c in cands:
            t = c.eid
            if (t != winner.eid and int(idx.kind[t]) == gz.ADMIN1 and not c.alt and int(idx.pop[t]) >= KNOWN_POP
                    and not self._inside(winner.eid, t)
                    and haversine_km(blat, blon, float(idx.lat[t]), float(idx.lon[t])) > SAME_SPOT_KM):
                out.append((math.log10(int(idx.pop[t]) + 1), t))
        return out

    def _unknown_pop(self, e: int) -> float:
        """What an entity without a population figure lacks in its prior to stand as a town of the list's floor
        (:data:`~.rules.TOWN_FLOOR_POP`) among a name's namesakes. The town list (GeoNames cities500) holds only towns
        of 500 people or more and the seats of areas, so a town in it without a figure ("Al Hamidiyah", Syria) is no
        hamlet of one. A settlement placed only near where it is already stands in its prior as one of
        :data:`~.rules.APPROX_FLOOR_POP` (:meth:`~.candidates.Candidates._prior`): nothing is added."""
        if self.idx.kind[e] == gz.CITY and self.idx.radius[e] > 0:
            return 0.0
        p = int(self.idx.pop[e])
        return math.log10(TOWN_FLOOR_POP + 1) - math.log10(p + 1) if p < TOWN_FLOOR_POP else 0.0

    def _judge(self, r: GeocodeResult, far: int = 0, rival: float = 0.0,
               how: str = "") -> GeocodeResult | UnresolvedPlace:
        """The result with its calibrated confidence, marked doubtful, or refused (see :mod:`.confidence`).

        *far* counts the candidates beyond the same spot, named in the doubt when none is close enough to list.
        *rival* is the weight of the likeliest namesake beyond the same spot (the winner's being 1, after the
        context): namesakes are never sure. From RIVAL_CHECK on the reading is only to check, from
        RIVAL_REFUSE on it is refused with its candidates, whatever the calibrated confidence says (an area
        or an alias can be "sure" at a share the calibration rates high on the public sets). *how* says how a
        facility was read through a town ("the depot by Alekseyevka, one of 9 places called ...").
        """
        p = confidence.confidence(r.score, r.match, r.precision)
        verdict = confidence.verdict(p)
        if rival >= RIVAL_REFUSE:
            verdict = "refuse"
        elif rival >= RIVAL_CHECK and verdict == "sure":
            verdict = "check"
        if verdict == "sure" and r.match == "fuzzy":
            verdict = "check"  # a name the gazetteer does not hold as printed is the reader's to confirm

        def where(x) -> str:  # namesakes differ by country, kind and place: say all three
            cc = f", {x.country_code}" if x.country_code else ""
            return f"{x.name}{cc} ({x.precision} at {x.lat:.2f}, {x.lon:.2f})"

        if how:
            others = f", not {' or '.join(where(c) for c in r.candidates)}" if r.candidates else ""
            why = f"{r.query!r} read as {where(r)}, {how}{others}"
        elif r.match == "fuzzy":
            why = f"fuzzy match of {r.query!r} to {where(r)}"
        elif r.candidates:
            why = f"{r.query!r} read as {where(r)}, not {' or '.join(where(c) for c in r.candidates)}"
        elif r.match == "alias":
            why = f"{r.query!r} read as another name of {where(r)}"
        else:
            why = f"{r.query!r} read as {where(r)}"
        if far and not r.candidates and r.match != "fuzzy" and not how:
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
            mask = city & (haversine_km(lat, lon, idx.lat, idx.lon) < r)
        ids = np.flatnonzero(mask)
        la, lo = idx.lat[ids], idx.lon[ids]
        dlon = ((lo - lon + 180) % 360) - 180
        if d == (0, 0):
            sel = haversine_km(lat, lon, la, lo) < r / 2
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


    def _refuse(self, query: str, how: str, country: str | None) -> UnresolvedPlace:
        elsewhere = []
        if how == "region":
            reason = "no administrative area of that name"
        elif how == "inland":
            reason = "no crossing of that name in the gazetteer, and no town of that name lies near a border"
        elif how == "weak":
            reason = ("no facility of that name in the gazetteer, and no town bears the name as its own (only as "
                      "another of its names, which says nothing of a facility by it)")
        elif how == "otherwise":  # "Camp Liberty": the base called Fort Liberty shares only the name
            form = facility_forms.split(query)
            others = [self.idx.names[c.eid] for c in self._facility_by_name(facility_forms.variants(form.core), form,
                                                                           country)] if form else []
            reason = (f"no facility of that name in the gazetteer; {' and '.join(dict.fromkeys(others)) or 'another'}"
                      f" bear{'s' if len(set(others)) <= 1 else ''} the name after another word, a different base")
        elif how == "typo":
            reason = ("no facility of that name in the gazetteer, and a town it may misspell has none of that kind "
                      "nearby")
        elif how == "feature_word":  # "Channel", "Island": no town bears the word as its own name
            return UnresolvedPlace(query, "a feature's word without its name (a strait, a pass, an island...), and "
                                          "no town bears it as its own name")
        elif country:
            reason = f"no place of that name in {country}"
            elsewhere, _, _ = self._candidates(query, None)
            if elsewhere:  # the name exists, in another country: say where, so the hint can be checked
                e = max(elsewhere, key=lambda c: c.prior).eid
                reason += f" (the gazetteer's {self.idx.names[e]} is in {self.idx.country_code(e) or 'no country'})"
        else:
            reason = "no place of that name in the gazetteer"
        form = facility_forms.split(query)
        name = form.core if form else query  # "Engles airbase": did you mean Engels?
        sugg = self.suggest(name, country=country)
        if not sugg and country and not elsewhere:
            sugg = self.suggest(name)
        return UnresolvedPlace(query, reason, sugg)

    def _far_from_the_others(self, results: dict) -> None:
        """Refuse a town read only through another name of it, far from every other place of the document and
        in none of their countries ("Khasan", a hamlet on the Russian border the gazetteer once lacked, read as
        Hassan, India, among Pyongyang and Kursk): the guess is kept for the reader."""
        placed = {k: r for k, r in results.items() if isinstance(r, GeocodeResult)}
        for k, r in placed.items():
            # a town, a point, or the area around a town ("the Philadelphi corridor" read as Philadelphia's)
            local = r.precision in ("city", "point") or r.precision == "region" and r.radius_km <= AROUND_KM
            if r.match not in ("alias", "fuzzy") or not local:
                continue
            others = [o for j, o in placed.items() if j[0] != k[0] and o.precision in ("city", "point", "region",
                                                                                        "country")]
            if len(others) < 2 or r.country_code in {o.country_code for o in others}:
                continue
            d, near = min((haversine_km(r.lat, r.lon, o.lat, o.lon), o.name) for o in others)
            if d > OUTLIER_KM:
                why = f"{r.doubt or r.query!r}; {d:,.0f} km from the nearest other place of the text ({near})"
                results[k] = UnresolvedPlace(r.query, f"too uncertain to place: {why}", [r.name], guess=r)

