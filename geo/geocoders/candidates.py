"""Finding the candidates of a name: the places of the gazetteer it may mean, each with its prior.

The name forms news prints are tried in order (whole name, "Name, Container", region words, a
direction, a possessive or another script, a demonym, a narrow fuzzy match); see
:mod:`.offline`'s docstring for the rules and :mod:`.rules` for their numbers.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re

import numpy as np

from .. import borders
from .. import gazetteer as gz
from ..gazetteer import facility_forms
from ..gazetteer.common import haversine_km
from .base import FACILITY_KINDS, display_name
from .rules import (ALT_PENALTY, APPROX_FLOOR_POP, AROUND_AFTER, AROUND_BEFORE, AROUND_KM, AROUND_REGION_WORDS, BEARING_RE, CAMEL_CASE,
                    CONTAINER_RE, CROSSING_CLOSE_KM, CROSSING_EDGE_KM, CROSSING_SIDE_KM, CYRILLIC, CYRILLIC_COUNTRIES, DEMONYM_MIN_POP,
                    DIRECTIONS, DIR_RE,
                    FACILITY_ALT_PENALTY, FACILITY_CITY_POP, FACILITY_FUZZY_MIN, FACILITY_FUZZY_TOWN_POP,
                    FACILITY_NEAR_KM, FACILITY_POP_WEIGHT, FACILITY_POP_WEIGHT_BY_KIND, FACILITY_QUALIFIER,
                    FACILITY_QUALIFIER_KM, FACILITY_SAME_SPOT_KM, FEATURE_WORDS, FIRST_LEVEL_WORDS, LEADING_THE, NAMED_FEATURE_WORDS, NAMESAKE_SHARE, NON_LETTERS, NOUN_FIT,
                    PAIR_KM, PAIR_SPLIT, PLURAL_REGION_WORDS, PORT_SAME_SPOT_KM, RIVAL_REFUSE, REGION_PREFIX_RE, SUB_COUNTRY, TOWN_WORD_POP,
                    TOWN_WORDS,
                    TYPE_BONUS, Cand, demonym_stems)

_AIR, _PORT, _NAVAL, _CROSS, _PLANT = "airbase", "port", "naval-base", "crossing", "plant"
#: The nouns airfields' and ports' own names end or begin with (for the typo pools).
_TRAILING_NOUNS = re.compile(r"(?:\s+(?:international|regional|municipal|national|military|naval|army|marine\s+corps|"
                             r"air\s+force|air|airport|airfield|air\s*base|base|aerodrome|station|field|facility|"
                             r"heliport|airstrip))+$", re.I)
_PORT_OF = re.compile(r"^port\s+of\s+", re.I)
#: Countries of the towns whose adjective Russian or Ukrainian news puts before a facility, when GeoNames lacks the
#: town's Cyrillic name (the former Soviet Union's and Mongolia's; rules.CYRILLIC_COUNTRIES write Cyrillic themselves).
ADJECTIVE_COUNTRIES = frozenset("RU UA BY KZ KG TJ UZ TM MD GE AM AZ MN".split())
#: Countries whose towns news names by their Russian names (the former Soviet Union's).
RUSSIAN_NAMED = ADJECTIVE_COUNTRIES - {"MN"}
#: Countries whose towns Russian and Ukrainian news names by a Cyrillic name of their own (or their Russian one).
CYRILLIC_WORLD = CYRILLIC_COUNTRIES | ADJECTIVE_COUNTRIES
#: Kinds of places a machine romanisation may meet by chance abroad (areas, seas and countries keep their names).
LOCAL_KINDS = (gz.CITY, gz.POINT)
#: The articles a town's own name may begin with, which news drops ("Naqoura" for En Nâqoûra, "Arish" for El Arish).
_ARTICLE_WORDS = frozenset("al el en an ad ar as ash at az ed er es et ez ul ur us le la les".split())
#: The Arabic article as Russian and Ukrainian write it before a name ("Эль-Камышлы", "Ар-Ракка", "Ель-Хасака").
_CYRILLIC_ARTICLES = ("эль", "аль", "эр", "ар", "эс", "ас", "эд", "ад", "эт", "ат", "эш", "аш", "эн", "ан", "эз", "аз",
                      "ель", "ер", "ес", "ед", "ет", "еш", "ен", "ез")
#: Kinds a noun names loosely (:meth:`Candidates._akin`).
_AKIN = (frozenset({"camp", "range", "depot", "airbase", "naval-base"}), frozenset({"port", "naval-base"}))
#: "the Rafah border", "Torkham border": read as the crossing at the place only when the gazetteer has one.
#: A checkpoint by the noun alone (not a border's, a customs' or an entry's): it may stand on a front line or a
#: road into a town, away from any border
CHECKPOINT_ONLY = re.compile(r"check\s*-?\s*point", re.I)
BORDER_RE = re.compile(r"^(?P<core>.+?)\s+border$", re.I)


class Candidates:
    """The candidate-finding part of :class:`~geo.geocoders.offline.OfflineGeocoder` (a mixin: needs ``self.idx``)."""

    def _prior(self, eid: int, flags: int) -> float:
        idx = self.idx
        k = int(idx.kind[eid])
        pop = int(idx.pop[eid])
        if k == gz.CITY and pop < APPROX_FLOOR_POP and idx.radius[eid] > 0:
            # a settlement placed only near where it is (a KATOTTG village, which reaches a decision only where the
            # document supports it: Decision._gate_villages) stands as one of its floor; a town of the list without a
            # figure keeps its own prior (as one of 500 only among its namesakes, Decision._unknown_pop): as one of
            # 500 here it made real towns refused in long documents (Trostianets, Moscow in a Russian case form)
            pop = APPROX_FLOOR_POP
        p = math.log10(max(pop, 1) + 1)
        if flags & gz.ALT:
            p -= ALT_PENALTY
            if k in (gz.ADMIN1, gz.ADMIN2):
                return p  # "Khabarovsk" names the krai only by alias: the city, not the krai
        return p + TYPE_BONUS[k]

    def _from_postings(self, posts, *, codes_ok: bool, region_only: bool, country: str | None,
                       match: str = "exact", container: int | None = None, sim: float = 1.0):
        idx = self.idx
        out: dict[int, Cand] = {}
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
                out[e] = Cand(e, pr, m, sim, bool(fl & gz.ALT))
        return list(out.values())

    def _area_of_its_capital(self, key: str, country: str | None) -> list[Cand]:
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
        return [Cand(area, self._prior(area, gz.ALT), "alias", alt=True)]

    def _in_hint(self, e: int, country: str) -> bool:
        """Whether entity *e* is in the hinted country, or in an area that country holds ("Sevastopol, RU")."""
        idx = self.idx
        if idx.country_code(e) == country:
            return True
        lat, lon = float(idx.lat[e]), float(idx.lon[e])
        if country in borders.HELD and borders.held_by(country, lat, lon):
            return True
        # a crossing lies on the border of two countries, and news names it after either side ("Cilvegozu
        # crossing, Turkey" is the Turkish side of Syria's Bab al-Hawa): a hint of the neighbour across it accepts
        # it, not a third country that happens to lie near ("Rafah, IL": the crossing joins Gaza and Egypt); a
        # crossing with no foreign town found near (high passes: Torugart, Khunjerab) is not refused for that
        return (idx.facility_kind(e) == _CROSS and borders.km_outside(country, lat, lon) <= CROSSING_SIDE_KM
                and self._across(e) in (country, None))

    def _across(self, e: int) -> str | None:
        """The country across the border from crossing *e*: that of the nearest town (within about 50 km) of
        another country than its own (the countries' simplified outlines are too coarse to tell, at Rafah, Egypt's
        edge from Israel's)."""
        memo = self.__dict__.setdefault("_across_memo", {})
        if e in memo:
            return memo[e]
        idx = self.idx
        lat, lon, own = float(idx.lat[e]), float(idx.lon[e]), idx.country_code(e)
        dlon = 0.5 / max(math.cos(math.radians(lat)), 0.2)  # about 50 km each way
        box = np.flatnonzero((idx.kind == gz.CITY) & (np.abs(idx.lat - lat) < 0.5)
                             & (np.abs(((idx.lon - lon + 180) % 360) - 180) < dlon))
        other = [(haversine_km(lat, lon, float(idx.lat[t]), float(idx.lon[t])), idx.country_code(int(t)))
                 for t in box if idx.country_code(int(t)) not in (own, None, "")]
        memo[e] = min(other)[1] if other else None
        return memo[e]

    def _inside(self, e: int, container: int) -> bool:
        idx = self.idx
        ck = idx.kind[container]
        if e == container:
            return False
        if ck == gz.COUNTRY:
            return idx.cc[e] == idx.cc[container] and idx.kind[e] in SUB_COUNTRY
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
                container: int | None = None) -> list[Cand]:
        """Exact/alias candidates for *text* (codes count only when written in capitals)."""
        key = self._norm(text)
        if not key:
            return []
        letters = NON_LETTERS.sub("", text)
        codes_ok = letters.isupper() and len(letters) <= 5
        posts = self._prefetched.get(key)
        if posts is None:
            posts = self.idx.postings(key)
        return self._from_postings(posts, codes_ok=codes_ok, region_only=region_only,
                                   country=country, container=container)

    def _candidates(self, query: str, country: str | None) -> tuple[list[Cand], str, dict]:
        """All candidates for *query* and how they were found ("exact", "fuzzy", ...)."""
        text = " ".join(query.split())
        had_the = bool(LEADING_THE.match(text))
        text = LEADING_THE.sub("", text)
        info: dict = {}
        if not text:
            return [], "empty", info
        # 1. whole name
        cands = self._lookup(text, country=country)
        if text.lower() in FEATURE_WORDS:
            # a feature's word alone, capitalised at a sentence's start or in a title ("Channel", "Dam", "Island"): a
            # town that bears it as its own name ("Gap", France), never a typo of a town's name or another name of a
            # place ("Channel" is no Chandel, "Island" no Iceland)
            own = [c for c in cands if c.match == "exact" and not c.alt]
            return (own, "exact", info) if own else ([], "feature_word", info)
        if had_the:  # "the Atlantic", "the Balkans": the ocean or the region, never a town or county of that name
            wide = [c for c in cands if self.idx.kind[c.eid] in (gz.WATER, gz.CONTINENT)]
            cands = wide or cands
        key = self._norm(text)
        toks = key.split()
        # a region word next to a name ("Kursk region", "Laurel County")
        has_region_word = any(t in gz.REGION_WORDS for t in toks)
        whole = cands
        if cands and has_region_word:
            admin = [c for c in cands if self.idx.kind[c.eid] in (gz.ADMIN1, gz.ADMIN2, gz.COUNTRY)]
            if admin:
                return admin, "exact", info
        if cands and not has_region_word and all(c.alt and self.idx.kind[c.eid] == gz.CITY for c in cands):
            # a people's adjective of a place known by its own name, which towns bear only as another name ("Gazan":
            # Gaza, not Jizan or an Iranian village spelt so), when that place is bigger than each of them (a
            # country's or an area's word, as "Georgian" of Georgia, is its own: those are no towns)
            dem = self._demonym(text, country)
            most = max(int(self.idx.pop[c.eid]) for c in cands)
            dem = [c for c in dem if not c.alt and int(self.idx.pop[c.eid]) > most]
            if dem:
                return dem, "alias", info
        if cands and not has_region_word:
            if len(key) >= 7:  # as for fuzzy matching: shorter names are too close to too many
                self._own_names_first(cands, key, 1 if len(key) < 10 else 2)
            if CYRILLIC.search(text):
                cands += self._with_arabic_article(cands, text, country)
                self._own_cyrillic_names(cands, text)
            cands = self._towns_over_facilities(cands, text, country)
            self._cities_over_areas(cands)
            if cands and all(c.alt and self.idx.kind[c.eid] == gz.CITY for c in cands):
                form = facility_forms.split(text)
                if form is not None and form.named and not any(
                        self._near_own_name(key, c.eid, 1 if len(key) < 10 else 2) for c in cands):
                    # a base's name that towns bear only as another name, a former one ("Fort George": Astoria,
                    # Oregon; "Fort Victoria": Masvingo): which fort of the name is meant, nothing says
                    info["base_name_of_town"] = True
            return cands, "exact", info
        # 1b. a facility: "Engels air base", "the port of Vostochny", "Camp Lemonnier", and where it is: "Engels air
        # base in Saratov region", "Hmeimim air base (Syria)"
        q = FACILITY_QUALIFIER.match(text)
        qform = facility_forms.split(q.group("head")) if q else None
        # (a name before the noun, not a description: "the naval aviation airfield at Yeysk" is Yeysk's, read below)
        if qform and (qform.named or not qform.core.isascii() or qform.core[:1].isupper()):
            fc, how, finfo = self._facility_in(q.group("head"), q.group("tail"), country)
            if fc:
                return fc, how, finfo
        form = facility_forms.split(text)
        facility_how = ""
        if form:
            fc, how, finfo = self._facility(form, country)
            if fc:
                return fc, how, finfo
            facility_how = how
        else:  # 1c. a curated facility's own name, however transliterated ("Ayn al-Assad": Ain al-Asad)
            fc = self._from_postings(self.idx.postings(facility_forms.facility_key(key, facility_forms.NAMED)),
                                     codes_ok=False, region_only=False, country=country, match="alias")
            if fc:
                return fc, "alias", info
            # 1d. a facility named by its town's adjective ("Энгельсский аэродром", "Моздокского полигона")
            adj = facility_forms.adjective_split(text)
            if adj:
                fc, how, finfo = self._adjective_facility(*adj, country)
                if fc:
                    return fc, how, finfo
            # 1e. "X border": the crossing at X, when the gazetteer has one ("the Rafah border"); else as before
            m = BORDER_RE.match(text)
            if m and m.group("core")[:1].isupper():
                form = facility_forms.FacilityForm(m.group("core"), (_CROSS,), None, "border")
                fc = self._facility_by_name(facility_forms.variants(form.core), form, country)
                if fc:
                    return fc, "exact", {"facility": form}
                form = None
        # 2. "Name, Container" / "Name (Container)"
        m = CONTAINER_RE.match(text)
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
                    info["within"] = best.eid  # written with its area: a village so named is supported
                    return inner, how, info
        # 2b. a bearing from a place: "north of Kupiansk", "5 km north-east of Sudzha"
        m = BEARING_RE.match(text)
        if m and m.group("core")[:1].isupper():
            inner = [c for c in self._candidates(m.group("core"), country)[0] if self.idx.kind[c.eid] != gz.CONTINENT]
            if inner:
                km = float(m.group("km").replace(",", ".")) if m.group("km") else None
                info["bearing"] = (re.sub(r"[\s-]+", " ", m.group("dir").lower()), km)
                return inner, "alias", info
        if not whole and len(toks) > 1 and toks[-1] in PLURAL_REGION_WORDS:  # "the Kursk and Bryansk regions"
            return self._candidates(text.rsplit(None, 1)[0] + " " + PLURAL_REGION_WORDS[toks[-1]], country)
        # 3. region words: "Kursk region", "Laurel County", "Province of X"
        if has_region_word:
            core = " ".join(t for t in toks if t not in gz.REGION_WORDS)
            m2 = REGION_PREFIX_RE.match(text)
            if m2:
                core = gz.normalize(m2.group(1))
            if core:
                cands = self._from_postings(self.idx.postings(core), codes_ok=False, region_only=True,
                                            country=country)
                if (toks[0] if m2 else toks[-1]) in FIRST_LEVEL_WORDS:  # "the X region", "the region of X"
                    # "the Kharkiv region", "the Bryansk region": news means the oblast, not the
                    # district around the town, which bears the town's name as plainly.
                    cands = ([c for c in cands if self.idx.kind[c.eid] == gz.ADMIN1]
                             or self._area_of_its_capital(core, country) or cands)
                if cands:
                    return cands, "alias", info
            if whole:  # "State College", "Orange Parish Church": a name that merely contains one
                return whole, "exact", info
            # a typo of an area's name ("Zaporizhia Oblast": Zaporizka oblast), when the name without its region word
            # is long enough to be read fuzzily, as a name alone (fuzzy matching's floor) and is a name at all
            fz = ([c for c in self._fuzzy(key, country) if self.idx.kind[c.eid] in (gz.ADMIN1, gz.ADMIN2)]
                  if len(core) >= 7 and text[:1].isupper() else [])
            if fz:
                return fz, "fuzzy", info
            word = toks[0] if m2 else toks[-1]
            # the name without its region word, which may be joined by a hyphen ("Stolin-district")
            rest = text[m2.start(1):] if m2 else re.sub(r"[\s-]*[^\s-]+$", "", text)
            if core and word in AROUND_REGION_WORDS and rest and rest != text:  # "Stolin district": no such area
                c2, how, info2 = self._around(rest, word, country, fallback=True)
                if c2:
                    return c2, how, info2
            return [], "region", info
        # 3b. the area around a town: "the Pokrovsk direction", "Kupiansk axis", "the outskirts of Bakhmut"; the town
        # called a town: "Belgorod city", "the town of Mahagi"
        m = AROUND_AFTER.match(text) or AROUND_BEFORE.match(text)
        if m:
            c2, how, info2 = self._around(m.group("core"), (m.group("word") or m.group("town")).lower(), country)
            if c2:
                return c2, how, info2
        # 4. direction: "western Russia"
        m = DIR_RE.match(text)
        if m:
            inner = [c for c in self._lookup(m.group(2), country=country)
                     if self.idx.kind[c.eid] in (gz.ADMIN1, gz.ADMIN2, gz.COUNTRY, gz.CONTINENT, gz.WATER)]
            if inner:
                info["direction"] = DIRECTIONS[re.sub(r"[\s-]+", " ", m.group(1).lower())]
                return inner, "alias", info
        # 5. possessive, transliteration
        if re.search(r"['’]s$", text):
            c2, how, info2 = self._candidates(text[:-2], country)
            if c2:
                return c2, how, info2
        if not text.isascii():
            c2, how = self._other_script(text, key, country)
            if c2:
                self._cities_over_areas(c2)
                return c2, how, info
        # 5b. words run together, as a hashtag prints them: "AinAlAsad", "MalayaLoknya"
        if " " not in text and CAMEL_CASE.search(text):
            c2, how, info2 = self._candidates(CAMEL_CASE.sub(" ", text), country)
            if c2:
                return c2, how, info2
        # 6. a demonym the packages lack ("Ontarians", "Ohioans", "Texan", "Londoners")
        c2 = self._demonym(text, country)
        if c2:
            return c2, "alias", info
        # 7. narrow fuzzy (not for a base whose name another base bears after another word: "FOB Liberty" is no
        # typo of Fort Liberty)
        c2 = self._fuzzy(key, country) if facility_how != "otherwise" else []
        if c2:
            self._cities_over_areas(c2)
            return c2, "fuzzy", info
        # why a facility name found nothing: its towns lie inland, or only a typo of a town matched
        return [], facility_how if facility_how in ("inland", "typo", "weak", "otherwise") else "none", \
            info

    def _around(self, core: str, word: str, country: str | None,
                fallback: bool = False) -> tuple[list[Cand], str, dict]:
        """The towns *core* names, read as the area around them (:data:`~.rules.AROUND_KM`, at a region's precision:
        "the Pokrovsk direction", "Stolin district") or, for a town's own word, as the towns ("Belgorod city").

        *fallback*: the name has a region word whose area the gazetteer does not hold; the result says that it is
        placed around the town instead (``info["around"]``, read by :meth:`Decision._decide`).
        """
        if not core[:1].isupper():  # "the outskirts of the port", "border districts": a description, no town
            return [], "none", {}
        cands, how, _ = self._candidates(core, country)
        towns = [c for c in cands if self.idx.kind[c.eid] == gz.CITY]
        if not towns or how == "fuzzy" and word in NAMED_FEATURE_WORDS:
            # a feature bears a name of its own, often no town's: a name a letter from a town's ("the Philadelphi
            # corridor", not Philadelphia's) is another name, not a typo of the town's ("Bakhmutt outskirts" is)
            return [], "none", {}
        if word in TOWN_WORDS:  # "Belgorod city", "the town of Mahagi"; "Harbor City" is no city called Harbor
            return [t for t in towns if not t.alt and t.match == "exact" and int(self.idx.pop[t.eid]) >= TOWN_WORD_POP], \
                how, {}
        return towns, ("fuzzy" if how == "fuzzy" else "alias"), {"around": (word, AROUND_KM, fallback)}

    def _other_script(self, text: str, key: str, country: str | None) -> tuple[list[Cand], str]:
        """Candidates of a name in another script that the gazetteer does not hold as written, and how found.

        In order, the first that finds anything: the name romanised (:func:`geo.gazetteer.transliterations`:
        anyascii's, and for Cyrillic Russian's and Ukrainian's romanisations, "Ейск": Yeysk); a Russian or
        Ukrainian case form read back to the nominatives it may come from
        (:func:`~geo.gazetteer.facility_forms.nominatives`: "Борисова": Борисов), as written then romanised; a
        narrow fuzzy match of the romanised name, then of the nominatives' ("Шебекине", the Ukrainian spelling of
        Shebekino; "Новоросійськ"). The nominatives and the fuzzy matches are aliases and fuzzy matches, which the
        calibration never rates sure.
        """
        idx = self.idx

        def by_keys(keys: list[str]) -> list[Cand]:
            out: dict[int, Cand] = {}
            for k in keys:
                for c in self._from_postings(idx.postings(k), codes_ok=False, region_only=False, country=country,
                                             match="alias"):
                    if c.eid not in out or out[c.eid].prior < c.prior:
                        out[c.eid] = c
            return list(out.values())

        cyrillic = bool(CYRILLIC.search(text))
        romans = [k for k in gz.transliterations(text) if k != key]
        found = by_keys(romans)
        if found:
            if cyrillic:
                found = self._cyrillic_world_first(found)
            self._own_cyrillic_names(found, text)
            return found, "alias"
        noms = facility_forms.nominatives(text) if cyrillic else []
        for nom in noms:
            # a case ending taken off is a guess: it may land on a village abroad that Russian happens to spell so
            # ("Кореи" read back as "Коре": Coray, France), so only a town a reader knows counts there
            found = [c for c in by_keys([self._norm(nom)]) or by_keys(gz.transliterations(nom))
                     if not self._small_abroad(c)]
            if found:
                self._own_cyrillic_names(found, nom)
                return found, "alias"
        for form in [text, *noms]:
            out: dict[int, Cand] = {}
            for k in gz.transliterations(form):
                for c in self._fuzzy(k, country):
                    if c.eid not in out or out[c.eid].prior < c.prior:
                        out[c.eid] = c
            fz = self._cross_script_fuzzy(list(out.values())) if cyrillic else list(out.values())
            if fz:
                return fz, "fuzzy"
        return [], "none"

    def _with_arabic_article(self, cands: list[Cand], text: str, country: str | None) -> list[Cand]:
        """The towns a Cyrillic name is filed under with an Arabic article before it, when no town it reads names
        by its own name ("Камышлы": Al Qāmishlī, Syria, whose Russian name GeoNames gives as "Эль-Камышлы", against
        Kamyshlov, Russia, which bears "Камышлы" only as another name): Russian and Ukrainian news drop the article.
        Found by another name, they weigh as such; the likelier of all wins."""
        idx = self.idx
        if any(self._own_cyrillic(c, text) for c in cands):
            return []
        have = {c.eid for c in cands}
        out: dict[int, Cand] = {}
        for art in _CYRILLIC_ARTICLES:
            for c in self._from_postings(idx.postings(self._norm(f"{art}-{text}")), codes_ok=False, region_only=False,
                                         country=country, match="alias"):
                if c.eid in have or idx.kind[c.eid] != gz.CITY:
                    continue
                if c.eid not in out or out[c.eid].prior < c.prior:
                    out[c.eid] = c
        return list(out.values())

    def _own_cyrillic(self, c: Cand, text: str) -> bool:
        """Whether Cyrillic *text* names town *c* by its own name: not by another name, or its romanisation's
        (:meth:`_romanised_own`)."""
        if self.idx.kind[c.eid] != gz.CITY:
            return False
        return not c.alt or self._romanised_own(c.eid, gz.transliterations(text))

    def _romanised_own(self, e: int, keys: list[str]) -> bool:
        """Whether one of a Cyrillic name's romanisations *keys* spells the current name of *e*, in a country that
        writes Cyrillic (within one edit from seven letters, two from ten: :meth:`_spelled`)."""
        return self.idx.country_code(e) in CYRILLIC_COUNTRIES and any(self._spelled(k, e) for k in keys)

    def _small_abroad(self, c: Cand) -> bool:
        """Whether *c* is a town of under :data:`~.rules.FACILITY_FUZZY_TOWN_POP` people outside the countries whose
        towns Russian and Ukrainian news names in Cyrillic as their own (:data:`CYRILLIC_WORLD`)."""
        idx = self.idx
        return (idx.kind[c.eid] == gz.CITY and idx.country_code(c.eid) not in CYRILLIC_WORLD
                and int(idx.pop[c.eid]) < FACILITY_FUZZY_TOWN_POP)

    def _cyrillic_world_first(self, cands: list[Cand]) -> list[Cand]:
        """A Cyrillic name romanised by machine spells a place of :data:`CYRILLIC_WORLD` by its own name, not a place
        abroad whose Latin name the romanisation happens to meet: when both are found, the towns and facilities abroad drop out
        (Russian transcribes a foreign name by its sound, which the romanisation does not give back); areas, countries
        and seas keep their places."""
        idx = self.idx

        def abroad(c: Cand) -> bool:
            return idx.kind[c.eid] in LOCAL_KINDS and idx.country_code(c.eid) not in CYRILLIC_WORLD

        if all(abroad(c) or idx.kind[c.eid] not in LOCAL_KINDS for c in cands):
            return cands
        return [c for c in cands if not abroad(c)]

    def _cross_script_fuzzy(self, cands: list[Cand]) -> list[Cand]:
        """What a fuzzy match of a Cyrillic name's romanisation may read as: two guesses in a row (the romanisation,
        then the typo), so only a town a reader knows or a first-level area, country or sea (:data:`~.rules.FACILITY_FUZZY_TOWN_POP`; a village one
        letter from the name is another village as often as not: "Синьківка" is no Senkivka), of the Cyrillic
        world when one is found there, and only by its own name (or a spelling of it, :meth:`_own_names_first`): a
        third guess, another name of the place, is one too many ("Новоросійськ": Novorossiysk, not Dnipro, which bore
        that name from 1796 to 1802; "Туманган": not Tulangan Utara, Java, also called Tulangan).
        """
        idx = self.idx
        # (a district or a facility named after a village is as much a guess as the village: "Туманган" is not
        # Tumanyan Municipality, "Гончарівка" not the Honcharivske base)
        out = [c for c in cands if idx.kind[c.eid] in (gz.ADMIN1, gz.COUNTRY, gz.WATER, gz.CONTINENT)
               or (idx.kind[c.eid] == gz.CITY and int(idx.pop[c.eid]) >= FACILITY_FUZZY_TOWN_POP)]
        return [c for c in self._cyrillic_world_first(out) if not c.alt]

    def _own_cyrillic_names(self, cands: list[Cand], text: str) -> None:
        """Among the towns a Cyrillic name reads as, those it names by their own name come first: a town in a
        country that writes Cyrillic whose current name the text romanises to (:data:`~.rules.CYRILLIC_COUNTRIES`)
        keeps its place, and the towns it names only by an exonym or a former name drop by the alternate-name
        penalty once more ("Саки": Saky in Crimea, not Saki, Nigeria; "Покровск": Pokrovsk, not Engels, so named
        until 1931).

        GeoNames files every Cyrillic name of a town as an alternate of its Latin one, the town's own among the
        exonyms and former names: romanised, the own name is the one that meets the current name (within one edit
        from seven letters, two from ten, as :meth:`_own_names_first` reads Latin names). Areas are left as they are
        (their Cyrillic names are alternates too, and "Крым" is Crimea, not the village of Krym).
        """
        idx = self.idx
        towns = [c for c in cands if c.alt and idx.kind[c.eid] == gz.CITY]
        if len(towns) < 2:
            return
        keys = gz.transliterations(text)
        mine = [self._romanised_own(c.eid, keys) for c in towns]
        if any(mine) and not all(mine):
            for c, m in zip(towns, mine):
                if not m:
                    c.prior -= ALT_PENALTY

    def _towns_over_facilities(self, cands: list[Cand], text: str, country: str | None) -> list[Cand]:
        """A bare name of a town is the town's, not a facility's named after it: a facility that a town of the name
        lies by (within :data:`~.rules.FACILITY_NEAR_KM`) drops just below the best such town ("Mozdok", "Моздок":
        the town, not Mozdok air base; "Mozdok air base" and "аэродром Моздок" are the field), as an area below the
        town it is named after (:meth:`_cities_over_areas`). A name only a facility bears ("Hmeimim"), or a town far
        away, leaves the facility as it is.

        A town counts when the name is its own, a spelling of it ("Kuchurgan" of Kuchurhan) or a name in another
        script; not when it is another name of a place whose own name differs ("Diego Garcia" is also the name of
        the island's settlement, Downtown: the base keeps it). A name in another script reaches a town also through
        its romanisations ("Суджа" is Sudzha however GeoNames spells it in Cyrillic, if at all): when only they find
        the town that lies by the facility, they join the candidates.
        """
        idx = self.idx
        if not idx.fac.size:
            return cands
        facs = [c for c in cands if idx.kind[c.eid] == gz.POINT and idx.fac[c.eid]]
        if not facs:
            return cands
        key = self._norm(text)
        latin = text.isascii()

        def named(c: Cand) -> bool:
            if not c.alt or not latin:
                return True
            return self._near_own_name(key, c.eid, 0 if len(key) < 7 else 1 if len(key) < 10 else 2)

        def best_town_by(f: Cand, towns: list[Cand]) -> float | None:
            lat, lon = float(idx.lat[f.eid]), float(idx.lon[f.eid])
            near = [t.prior for t in towns
                    if haversine_km(lat, lon, float(idx.lat[t.eid]), float(idx.lon[t.eid])) <= FACILITY_NEAR_KM]
            return max(near) if near else None

        towns = [c for c in cands if idx.kind[c.eid] == gz.CITY and named(c)]
        extra: list[Cand] = []
        if not latin and any(best_town_by(f, towns) is None for f in facs):
            have = {c.eid for c in cands}
            for k in gz.transliterations(text):
                for c in self._from_postings(idx.postings(k), codes_ok=False, region_only=False, country=country,
                                             match="alias"):
                    if idx.kind[c.eid] == gz.CITY and c.eid not in have:
                        have.add(c.eid)
                        extra.append(c)
            if not any(best_town_by(f, extra) is not None for f in facs):
                extra = []
        for f in facs:
            top = best_town_by(f, towns + extra)
            if top is not None:
                f.prior = min(f.prior, top - 0.5)
        return cands + extra

    def _facility_in(self, head: str, tail: str, country: str | None) -> tuple[list[Cand], str, dict]:
        """The facility *head* where *tail* says it is: a country is a hint; an area or a town keeps the readings
        that lie in or near it (within its radius, at least FACILITY_QUALIFIER_KM), when any does."""
        idx = self.idx
        where = [c for c in self._candidates(tail, country)[0]
                 if idx.kind[c.eid] in (gz.COUNTRY, gz.ADMIN1, gz.ADMIN2, gz.CITY, gz.POINT)]
        if not where:  # a place the gazetteer lacks does not hide a facility it holds ("HMNB Clyde at Faslane")
            return self._candidates(head, country)
        form = facility_forms.split(head)
        if form is not None and len(where) > 1:
            # namesake towns of the place: the facility noun says which, when only some have such a facility by them
            # ("the Russian air base near Kant": Kant in Kyrgyzstan, not Kānt in India, the larger town)
            by = [c for c in where if idx.kind[c.eid] == gz.CITY and self._nearest_facility(c.eid, form) >= 0]
            if by and len(by) < len(where):
                where = by
        best = max(where, key=lambda c: c.prior)
        w = best.eid
        if idx.kind[w] == gz.COUNTRY:
            return self._candidates(head, idx.country_code(w))
        cands, how, info = self._candidates(head, country)
        reach = max(float(idx.radius[w]), FACILITY_QUALIFIER_KM)
        near = [c for c in cands if haversine_km(float(idx.lat[w]), float(idx.lon[w]), float(idx.lat[c.eid]),
                                                 float(idx.lon[c.eid])) <= reach]
        if not near and form is not None and idx.kind[w] == gz.CITY and not self._names_a_facility(form):
            # no reading of it there, and only describing words before the noun: the facility of its kind by the
            # town, a guess said so ("the Russian drone base at Kursk": Khalino). A name the gazetteer lacks ("the
            # Foo missile base near Kursk") is not another facility of the town: the town, below
            e = self._nearest_facility(w, form)
            if e >= 0:
                return [Cand(e, best.prior + self._noun_fit(e, form.military), "alias", best.sim, best.alt)], "alias", \
                    {"facility": form, "near": idx.names[w], "near_town": {e: idx.names[w]}, "dropped": [],
                     "guessed": head}
        if not near and (idx.kind[w] in (gz.CITY, gz.POINT) or float(idx.radius[w]) <= AROUND_KM):
            # the text says where the facility is, and no reading of it lies there: the place it names, said so
            # ("Foo test site on Kwajalein" with no such site: the atoll, not a town called Foo), or a small area
            # (a reading of it elsewhere makes the text's place one to check: "Hmeimim air base near Damascus")
            return [Cand(w, best.prior, "alias", best.sim, best.alt)], "alias", {"placed_at": head,
                                                                                "elsewhere": bool(cands)}
        if near and len(near) < len(cands):
            info = dict(info)
            info.pop("rival", None)  # the place named beside it has chosen among the namesakes
        return (near or cands), how, info

    def _names_a_facility(self, form: facility_forms.FacilityForm) -> bool:
        """Whether the words before *form*'s noun name a facility: a base's prefix ("RAF X"), or a capitalised word
        other than a country's name, code or demonym ("the Foo missile base"; not "the Russian naval base", "a
        US base", "the Iranian-run drone base"). Lower-case words only describe."""
        if form.named:
            return True
        for word in form.core.split():
            if not word[:1].isupper():
                continue
            key = gz.normalize(word.split("-")[0])
            if not any(self.idx.kind[p >> 3] == gz.COUNTRY for p in self.idx.postings(key)):
                return True
        return False

    def _facility(self, form: facility_forms.FacilityForm, country: str | None) -> tuple[list[Cand], str, dict]:
        """Candidates of a name read as a facility (:func:`geo.gazetteer.facility_forms.split`).

        1. The facilities filed under the name and the first kind the noun allows that has any ("the port of
           Vostochny": Vostochny's port; "Tartus port": the naval base, Tartus having no port of its own in
           the data; "Fort Polk": also the base's whole name, which an airfield's town may bear). A military noun
           ("air base") ranks military fields up and civil ones down by :data:`NOUN_FIT`, a civil one
           ("airport") the other way round: "Baltimore air base" is Voronezh's, "Baltimore airport" Maryland's.
        2. Else the name is read as a town (exactly or by another of its names) and each town stands for its
           nearest facility of those kinds within :data:`FACILITY_NEAR_KM` ("Kherson airfield": Chornobaivka),
           keeping the town's standing among its namesakes; towns without one drop out, so a facility noun never
           lands on a namesake elsewhere. A name a base bears as its own ("Camp X", "MCAS X") has no town.
           ``info["by_town"]`` marks a facility found through its town, here or in step 1 (filed under the town's
           name only as its town): :meth:`_by_town_doubt` says whether it is what the name means.
        3. Else a typo of a facility's name ("Engles airbase", "Al Udied air base": one edit, a swap counting as
           one, among the names of facilities of that kind only), as a fuzzy match.
        4. Else a crossing named by the towns on both sides ("Brest-Terespol crossing": the readings of the two
           that lie within :data:`PAIR_KM` of each other), or a big city and the field's own name ("Pskov Kresty
           airfield": Kresty if filed, else the city's field).
        5. Else a typo of a town, as in 2.
        6. Else the towns themselves, with ``info["fallback"]`` saying so: the result has a town's precision
           and a note (:meth:`Decision._decide`).
        Steps 2 and 6 weigh the towns of the name against each other with :data:`FACILITY_POP_WEIGHT`: which of
        several Alekseyevkas holds "the Alekseyevka depot" the size of the town says little.
        """
        idx = self.idx
        info: dict = {"facility": form}
        names = facility_forms.variants(form.core) + ([form.whole] if form.named else [])
        found = self._facility_by_name(names, form, country)
        if found and form.named:
            # "Camp Liberty" is not Fort Liberty: a base whose names bear the name only after another naming word
            # is another base, met through the part of its name they share
            other = [c for c in found if self._named_otherwise(c.eid, form)]
            if other and len(other) == len(found):
                return [], "otherwise", info
            found = [c for c in found if c not in other]
        if not found and not form.named:  # "Buechel air base": Büchel's, before any town called Buechel
            found = self._facility_by_name([u for n in names for u in facility_forms.umlaut_variants(n)], form,
                                           country)
        if found:
            if all(c.alt for c in found) and form.kinds[0] not in (_PORT, _NAVAL) and not (
                    form.named and form.kinds == (_AIR,)):
                # (an air station named by its noun first, "MCAS Cherry Point", "Air Force Base Waterkloof", bears
                # the name as its own: a military field the data file under that name as its town is the station,
                # and the name's namesake towns elsewhere are no rivals, the noun having said it is no town)
                # filed only under its town's name ("Kursk airfield", an airfield whose town is Kursk): a
                # reading through that town, among the town's namesakes
                towns = self._rival_towns(found, facility_forms.variants(form.core)[-1], form, country)
                info["rival"], info["rival_towns"] = math.fsum(w for w, _ in towns), towns
                info["by_town"] = facility_forms.variants(form.core)[-1]  # which of its town's? (Decision._decide)
            # (a plant as a port: filed under the name news gives it, often its region's, not one of many a town has:
            # "Kursk nuclear plant" is Kursk's, by Kurchatov, whatever other Kursks there are; found only when the
            # noun says its sort or its own name is said (:meth:`_plant_fits`), which weighing the namesake towns
            # would only doubt: every probe named so, "Kursk NPP" and "Tula arms plant" too, became one to check)
            elif not form.named and form.kinds[0] not in (_PORT, _NAVAL, _CROSS, _PLANT) and all(
                    self._named_for_town(c.eid, form) for c in found):
                # its own name is the town's and the noun ("Sosnovka Airfield"): the data knows one such facility,
                # but not every airstrip or depot of every namesake town, so those of comparable standing make it
                # one to check, never a refusal (the noun is the evidence that chose it), unless :meth:`_capped_rival`
                towns = self._rival_towns(found, facility_forms.variants(form.core)[-1], form, country)
                info["rival"] = self._capped_rival(math.fsum(w for w, _ in towns), found, form)
                info["rival_towns"] = towns
            return found, "exact", info
        if form.named:  # "Camp David" is no camp of a town called David
            fz = self._facility_fuzzy(form.core, form, country)
            return (fz, "fuzzy", info) if fz else ([], "none", info)
        core = facility_forms.variants(form.core)[-1]  # "Engels-2" with no such facility: the town of Engels
        towns, how = self._facility_towns(core, country)
        if how == "fuzzy":  # a typo of a town a reader knows, not of a village ("Jasionka" is no "Jasionna")
            towns = [t for t in towns if int(idx.pop[t.eid]) >= FACILITY_FUZZY_TOWN_POP]
        # "нефтебаза в Клинцах": Клинцы; "Schoenefeld airport": Schönefeld
        for nom in facility_forms.nominatives(core) + facility_forms.umlaut_variants(core) if not towns else ():
            found = self._facility_by_name([nom], form, country)
            if found:
                return found, "alias", info
            towns, how = self._facility_towns(nom, country)
            if towns:
                core = nom
                break
        if not towns:
            # a name only a curated facility bears, under a noun of a kind akin to its own ("Tze'elim range" for the
            # training base; news's nouns are loose): that facility, as another name of it
            named = [c for c in self._from_postings(
                idx.postings(facility_forms.facility_key(self._norm(core), facility_forms.NAMED)), codes_ok=False,
                region_only=False, country=country, match="alias") if self._akin(form.kinds[0], idx.facility_kind(c.eid))]
            if named:
                return named, "alias", info
        if not towns or how == "fuzzy":
            fz = self._facility_fuzzy(core, form, country)
            if fz:
                return fz, "fuzzy", info
            parts = self._facility_parts(core, form, country, info)
            if parts is not None:
                towns, how, found = parts
                if found:
                    return found, "alias", info
        if towns and form.kinds[0] == _CROSS:  # a crossing lies on a border: inland towns are no readings
            edge = [t for t in towns if self._near_edge(t.eid)]
            if edge:
                towns = [t for t in edge if self._near_edge(t.eid, CROSSING_CLOSE_KM)] or edge
            elif not CHECKPOINT_ONLY.fullmatch(form.noun):
                return [], "inland", info
            # else a checkpoint, which need not be a border's (a front line's, a city's entry: "Maryinka
            # checkpoint"): read through its town as any facility noun is, falling back to the town, said so;
            # a border crossing, post or border checkpoint is still a border's ("Tambov border crossing": refused)
        if not towns:
            akin = self._akin_by_name(core, form, country)
            if akin:
                info["akin"] = core
                return akin, "alias", info
            return [], how, info
        weight = FACILITY_POP_WEIGHT_BY_KIND.get(form.kinds[0], FACILITY_POP_WEIGHT)
        for t in towns:  # which namesake holds a depot or a range, its size says little
            t.prior -= (1.0 - weight) * math.log10(max(int(idx.pop[t.eid]), 1) + 1)
        near: dict[int, Cand] = {}  # one candidate per facility, however many namesake towns lie by it
        kept_towns, dropped = [], []
        for t in towns:
            e = self._nearest_facility(t.eid, form)
            if e < 0:
                dropped.append(t)
                continue
            kept_towns.append(t)
            c = Cand(e, t.prior + self._noun_fit(e, form.military), "fuzzy" if t.match == "fuzzy" else "alias",
                     t.sim, t.alt)
            if e not in near or near[e].prior < c.prior:
                near[e] = c
        def own(t: Cand) -> bool:  # named by its own name (or, in the former Soviet Union, its Russian one)
            return t.match != "fuzzy" and (not t.alt or idx.country_code(t.eid) in RUSSIAN_NAMED)

        mine = [t for t in dropped if own(t)]
        if near and mine and not any(own(t) for t in kept_towns) and (
                max(t.prior for t in mine) > max(t.prior for t in kept_towns)):
            # the facility of a town the name is only another name of never beats the town of that very name: the
            # data lacks the facility there ("Reni port", a Danube port of Ukraine, is not the port of Lipari by
            # Leni, which Italian sources also spell Reni); the town, said so
            info["fallback"] = core
            return mine, how, info
        # (and so before a facility by such a town: "Yarmouk military complex" is no range of Damascus, by al-Yarmūk)
        akin = self._akin_away(core, form, country, towns) if near else []
        if akin:
            info["akin"] = core
            return akin, "alias", info
        if near:
            info["near"] = core
            by = {e: max((t for t in kept_towns if self._nearest_facility(t.eid, form) == e), key=lambda t: t.prior).eid
                  for e in near}
            info["near_town"] = {e: idx.names[t] for e, t in by.items()}
            info["by_town"], info["town_of"] = core, by  # the facility by a town, named otherwise? (Decision._decide)
            info["dropped"] = sorted(dropped, key=lambda t: -t.prior)
            # towns of the name with no such facility nearby drop out, but they were readings of the name: those
            # of comparable standing make the choice by elimination a namesake's (Decision._decide)
            # (not for a port: the ports of the data are the seaports, and a town without one has none)
            kept = max(t.prior for t in kept_towns)
            if form.kinds[0] not in (_PORT, _NAVAL):
                info["rival"] = math.fsum(10.0 ** (t.prior - kept) for t in dropped)
            return list(near.values()), ("fuzzy" if how == "fuzzy" else "alias"), info
        # no facility of the noun's kinds by the name or by its towns, and no town bears the name as its own (only
        # as another of its names): a facility of a kind akin to the noun's that bears the name as its own, away from
        # those towns, is the likelier reading ("Yarmouk military complex": the Yarmouk arms factory, a depot, by
        # Khartoum, not al-Yarmūk, Damascus, 2,000 km away), to check (Decision._decide); a town of that very name
        # stays the reading, and so does one beside such a facility ("Hama depot": Hama, not its air base)
        akin = self._akin_away(core, form, country, towns)
        if akin:
            info["akin"] = core
            return akin, "alias", info
        if how == "fuzzy":  # a town guessed from a typo, without the facility to confirm it: too little to go on
            return [], "typo", info
        if core.isascii():
            # placed at a town for want of the facility, the name must be the town's own (or a spelling of it): a
            # name a town bears only as another (an exonym, a former name: "Pechi" of Pécs) is no evidence that the
            # facility is by it, and carries the name abroad ("Pechi training ground", a range in Belarus)
            key = self._norm(core)
            # (a spelling: one edit even in a short name, "Basra" of Al Başrah, its article dropped). In the former
            # Soviet Union a town's Russian name is its name in the region's common language, as news romanises
            # it ("Mogilev station", "Molodechno junction": Mahilyow, Maladzyechna)
            maxd = 1 if len(key) < 10 else 2
            own = [t for t in towns if not t.alt or self.idx.country_code(t.eid) in RUSSIAN_NAMED
                   or self._near_own_name(key, t.eid, maxd, articles=True)]
            if not own:
                return [], "weak", info
            towns = own
            # a facility is the likelier the bigger the town: the largest town of the name, named exactly, stands
            # alone against towns that only a spelling of their own name reads ("Proletarsk oil depot": Proletarsk,
            # Rostov oblast, not Proletar, Tajikistan); exact namesakes still weigh against each other
            exact = [t for t in towns if t.match == "exact" and not t.alt]
            if exact and len(exact) < len(towns) and (max(int(idx.pop[t.eid]) for t in exact)
                                                       >= max(int(idx.pop[t.eid]) for t in towns)):
                towns = exact
        info["fallback"] = core
        return towns, how, info

    def _adjective_facility(self, lemma: str, form: facility_forms.FacilityForm,
                            country: str | None) -> tuple[list[Cand], str, dict]:
        """A facility named by its town's adjective (:func:`~geo.gazetteer.facility_forms.adjective_split`): the
        facility filed under the first town the adjective may come from that has one ("Ейский порт": Ейск's), else
        the facility read through the first of those names that is a town, as "X <noun>" would be (:meth:`_facility`).
        """
        from ..extract.slavic.recognize import town_keys

        # the adjective may be the town's own name ("Хмельницкий аэропорт"); "Ей" of "ейский" is no town
        # and a village or a stanitsa whose name is the adjective itself, neuter or feminine ("Тоцкий полигон":
        # Тоцкое; "Кущёвский аэродром": Кущёвская), which town_keys lacks
        itself = [lemma[:-2] + "ое", lemma[:-2] + "ая"] if lemma.endswith(("ский", "цкий", "зкий")) else []
        names = [k[:1].upper() + k[1:] for k in dict.fromkeys([lemma, *town_keys(lemma), *itself]) if len(k) >= 4]
        for name in names:
            f = dataclasses.replace(form, core=name)
            if self._facility_by_name([name], f, country):
                return self._facility(f, country)
        for name in names:
            towns = [c for c in self._lookup(name, country=country) if self.idx.kind[c.eid] == gz.CITY]
            if not towns and len(name) >= 5:  # GeoNames may lack the Cyrillic: a town's own name, romanised
                towns = [c for c in self._lookup(gz.transliterate(name).title(), country=country)
                         if self.idx.kind[c.eid] == gz.CITY and not c.alt
                         and (country or self.idx.country_code(c.eid) in ADJECTIVE_COUNTRIES)]
            if towns:  # read as the town's own name ("Ейск": Yeysk), as news in Latin letters would write it
                town = self.idx.names[max(towns, key=lambda c: c.prior).eid]
                return self._facility(dataclasses.replace(form, core=display_name(town)), country)
        return [], "none", {}

    def _facility_towns(self, core: str, country: str | None) -> tuple[list[Cand], str]:
        """The towns (and districts) *core* may name, for a facility read through its town, and how found.

        Every namesake counts, however the name is transliterated: the towns bearing another spelling of a
        Russian adjective ending ("Oktyabrsky", "Oktyabr'skiy") and those named by a variant of their own name
        ("Petrovka" of a Petrivka) are readings as good as the one named exactly.
        """
        idx = self.idx
        towns, how, _ = self._candidates(core, country)
        towns = [c for c in towns if self._town_kind(c.eid)]
        key = self._norm(core)
        if how == "fuzzy" or not towns:  # another spelling of the ending, else the typo's towns
            other = []
            for v in facility_forms.ending_variants(key):
                other += [c for c in self._from_postings(idx.postings(v), codes_ok=False, region_only=False,
                                                         country=country, match="alias")
                          if self._town_kind(c.eid)]
            if not other:
                return towns, how
            towns, how = [], "alias"
        seen = {c.eid for c in towns}
        for v in facility_forms.ending_variants(key):
            for c in self._from_postings(idx.postings(v), codes_ok=False, region_only=False, country=country,
                                         match="alias"):
                if c.eid not in seen and self._town_kind(c.eid):
                    seen.add(c.eid)
                    towns.append(c)
        if len(key) >= 7:
            maxd = 1 if len(key) < 10 else 2
            for c in towns:
                if c.alt and self._near_own_name(key, c.eid, maxd):
                    c.prior, c.alt = self._prior(c.eid, 0), False
        return towns, how

    def _town_kind(self, e: int) -> bool:
        """Whether entity *e* is a town or a district a facility may be read through: not a settlement placed only
        near where it is (:mod:`geo.gazetteer.katottg`'s villages: no facility can be looked for by it, nor put at
        it; "Pechi training ground" is not a Ukrainian village called Pechi)."""
        k = self.idx.kind[e]
        return k == gz.ADMIN2 or k == gz.CITY and not self._approximate(e)

    def _approximate(self, e: int) -> bool:
        """Whether entity *e* is a settlement placed only near where it is (a town with a radius:
        :mod:`geo.gazetteer.katottg`'s villages, at their hromada's centre)."""
        return bool(self.idx.kind[e] == gz.CITY and self.idx.radius[e] > 0)

    def _named_otherwise(self, e: int, form: facility_forms.FacilityForm) -> bool:
        """Whether curated facility *e* bears *form*'s name only after another word that names a base ("Fort
        Liberty" for "Camp Liberty", "FOB Liberty"): never bare ("Liberty"), after a noun ("Liberty base") or after
        the query's own word ("Camp Liberty")."""
        names = self._curated_names().get(self.idx.ref(e))
        if not names:
            return False
        key = facility_forms.fold(self._norm(form.core))
        words = set()
        for n in names:
            f = facility_forms.split(n)
            while f is not None and f.named and facility_forms.split(f.core) is not None:
                f = facility_forms.split(f.core)  # "Marine Corps Base Camp Lejeune": Camp Lejeune
            if facility_forms.fold(self._norm(f.core if f else n)) != key:
                continue
            if f is None or not f.named:
                return False
            words.add(self._norm(f.noun).rsplit(" ", 1)[-1])
        # the noun in another case, after a preposition ("на заводе Антонов" of "завод Антонов") is the same word
        said = self._norm(form.noun).rsplit(" ", 1)[-1]
        return bool(words) and not any(said == w or (len(w) >= 4 and said.startswith(w)) for w in words)

    def _curated_names(self) -> dict[str, list[str]]:
        """Every name of each curated facility (its own and its aliases), by its reference ("facilities.csv:X")."""
        cached = getattr(self, "_curated_memo", None)
        if cached is None:
            from ..gazetteer import facilities

            cached = self._curated_memo = {
                f"facilities.csv:{r['name']}": [r["name"], *(a.strip() for a in r["aliases"].split("|") if a.strip())]
                for r in facilities.read()}
        return cached

    def _akin_away(self, core: str, form: facility_forms.FacilityForm, country: str | None,
                   towns: list[Cand]) -> list[Cand]:
        """:meth:`_akin_by_name`'s facilities farther than :data:`~.rules.FACILITY_NEAR_KM` from every one of the
        *towns* the name reads as, when the name is none's own (only another name of each)."""
        idx = self.idx
        if any(not t.alt for t in towns):
            return []
        return [a for a in self._akin_by_name(core, form, country)
                if not any(haversine_km(float(idx.lat[a.eid]), float(idx.lon[a.eid]), float(idx.lat[t.eid]),
                                        float(idx.lon[t.eid])) <= FACILITY_NEAR_KM for t in towns)]

    def _akin_by_name(self, core: str, form: facility_forms.FacilityForm, country: str | None) -> list[Cand]:
        """Facilities of kinds akin to the noun's but not among them (:meth:`_akin`) that bear *core* as their own
        name, noun stripped (not only as their town's), as other names of them: news's nouns are loose."""
        if form.named:
            return []
        idx = self.idx
        out: dict[int, Cand] = {}
        for kind in FACILITY_KINDS:
            if kind in form.kinds or not self._akin(form.kinds[0], kind) or kind == _AIR and "camp" in form.kinds:
                continue  # (a camp after its name is quarters, which a noun allowing no field says: "Kalma camp")
            for c in self._from_postings(idx.postings(facility_forms.facility_key(self._norm(core), kind)),
                                         codes_ok=False, region_only=False, country=country, match="alias"):
                if c.alt or idx.facility_kind(c.eid) != kind:
                    continue  # filed under its town's name, or found under a kind it is only also filed under
                c.prior += self._noun_fit(c.eid, form.military)
                if c.eid not in out or out[c.eid].prior < c.prior:
                    out[c.eid] = c
        return list(out.values())

    @staticmethod
    def _akin(noun_kind: str, kind: str) -> bool:
        """Whether a facility of *kind* may be what a noun of *noun_kind* names loosely: the military grounds (a
        base, a range, a depot, a field) among themselves, the waterside ones (a port, a naval base) likewise."""
        return any(noun_kind in g and kind in g for g in _AKIN)

    def _near_edge(self, e: int, km: float = CROSSING_EDGE_KM) -> bool:
        """Whether entity *e* lies within *km* of its country's edge (a border or the coast)."""
        cc = self.idx.country_code(e)
        if not cc or not borders.known(cc):
            return True
        return borders.km_to_edge(cc, float(self.idx.lat[e]), float(self.idx.lon[e])) <= km

    def _capped_rival(self, rival: float, found: list[Cand], form: facility_forms.FacilityForm) -> float:
        """How much the namesake towns (*rival*) of a facility named as a town and a noun weigh: short of a refusal
        (the noun is the evidence that chose it), unless the noun is military, every field found is only an airport
        and the namesakes together outweigh it ("Sokol airfield": Magadan's Sokol Airport, by a town of 4,000, among
        Sokols of 42,000 and 57,000; the data lacks their military fields, so the airport is no better a reading)."""
        if rival >= 1.0 and form.military and all(self._noun_fit(c.eid, True) < 0 for c in found):
            return rival
        return min(rival, 0.99 * RIVAL_REFUSE)

    def _named_for_town(self, e: int, form: facility_forms.FacilityForm) -> bool:
        """Whether facility *e*'s own name is only a name and a facility noun ("Sosnovka Airfield"); whether the name
        is a town's, :meth:`_town_rivals` finds (none, no rivals)."""
        f = facility_forms.split(self.idx.names[e])
        return f is not None and self._norm(f.core) == self._norm(form.core)

    def _town_rivals(self, found: list[Cand], core: str, form: facility_forms.FacilityForm,
                     country: str | None) -> float:
        """The weight of the towns called *core* with none of the *found* facilities nearby, against the likeliest
        town that has one (a town of 1,000 people when the data has none by that name): their namesakes."""
        return math.fsum(w for w, _ in self._rival_towns(found, core, form, country))

    def _rival_towns(self, found: list[Cand], core: str, form: facility_forms.FacilityForm,
                     country: str | None) -> list[tuple[float, int]]:
        """(weight, entity) of each town :meth:`_town_rivals` counts, the weightiest first."""
        idx = self.idx
        towns, how = self._facility_towns(core, country)
        if not towns or how == "fuzzy":
            return []
        weight = FACILITY_POP_WEIGHT_BY_KIND.get(form.kinds[0], FACILITY_POP_WEIGHT)
        fl = np.array([float(idx.lat[c.eid]) for c in found])
        fo = np.array([float(idx.lon[c.eid]) for c in found])
        kept, dropped = [], []
        for t in towns:
            p = t.prior - (1.0 - weight) * math.log10(max(int(idx.pop[t.eid]), 1) + 1)
            near = haversine_km(float(idx.lat[t.eid]), float(idx.lon[t.eid]), fl, fo).min() <= FACILITY_NEAR_KM
            if near:
                kept.append(p)
            else:
                dropped.append((p, t.eid))
        best = max(kept) if kept else weight * 3.0 + TYPE_BONUS[gz.CITY]
        return sorted(((10.0 ** (p - best), e) for p, e in dropped), key=lambda x: (-x[0], x[1]))

    def _facility_by_name(self, names: list[str], form: facility_forms.FacilityForm,
                          country: str | None) -> list[Cand]:
        """The facilities filed under one of *names* and the first kind of *form* that has any (step 1 above)."""
        idx = self.idx
        for kind, name in ((k, n) for n in names for k in form.kinds):
            letters = NON_LETTERS.sub("", name)
            codes_ok = letters.isupper() and len(letters) <= 5
            # a name in another script under each of its romanisations ("станція Лиман": Lyman's junction)
            keys = [gz.normalize(name)] + (list(gz.transliterations(name)) if not name.isascii() else [])
            found: dict[int, Cand] = {}
            for key in dict.fromkeys(k for k in keys if k):
                for c in self._from_postings(idx.postings(facility_forms.facility_key(key, kind)), codes_ok=codes_ok,
                                             region_only=False, country=country, match="exact"):
                    if c.eid not in found or found[c.eid].prior < c.prior:
                        found[c.eid] = c
            if found and kind == _AIR and form.generic_base:
                found = {e: c for e, c in found.items() if self._base_field(e)}
            if found and form.countries:  # "RAF Mount Pleasant": the Falklands' field, not Canada's or Michigan's
                found = {e: c for e, c in found.items() if idx.country_code(e) in form.countries} or found
            if found and kind == _PLANT and not form.named:  # "Kursk steel works" is no Kursk nuclear power plant
                found = {e: c for e, c in found.items() if self._plant_fits(e, form, name, country)}
            if found:
                cands = list(found.values())
                for c in cands:
                    # filed under its town's name ("Voronezh air base": Baltimor) is how news names a facility
                    # with a noun: a smaller penalty than another name's (c.alt still says so, for the namesakes)
                    c.prior = (self._prior(c.eid, 0) - (FACILITY_ALT_PENALTY if c.alt else 0.0)
                               + self._noun_fit(c.eid, form.military))
                    c.match = "alias" if codes_ok else "exact"  # the name and noun whole, or a code ("LTK airport")
                if len(cands) > 1 and kind in (_PORT, _NAVAL):
                    self._port_towns(cands, keys[0], country)
                return cands
        return []

    def _port_towns(self, cands: list[Cand], key: str, country: str | None) -> None:
        """Ports of one name weigh as the towns of that name they serve: "the port of Odesa" is the city's, not
        the Odessa of Washington state's (ports bear their town's name; the bigger town is the one news means)."""
        idx = self.idx
        towns = [c.eid for c in self._from_postings(idx.postings(key), codes_ok=False, region_only=False,
                                                     country=country) if idx.kind[c.eid] == gz.CITY]
        if not towns:
            return
        tl, to, tp = idx.lat[towns], idx.lon[towns], idx.pop[towns].astype(float)
        for c in cands:
            d = haversine_km(float(idx.lat[c.eid]), float(idx.lon[c.eid]), tl, to)
            pop = float(tp[d <= FACILITY_NEAR_KM].max(initial=0.0))
            c.prior += FACILITY_POP_WEIGHT * math.log10(pop + 1)

    def _facility_parts(self, core: str, form: facility_forms.FacilityForm, country: str | None,
                        info: dict | None = None):
        """Step 4 of :meth:`_facility`: (towns, how, facilities found) from the parts of *core*, or None; the city's
        own field standing in for a field the gazetteer lacks is noted in *info* ("guessed"), for a doubt.

        "Brest-Terespol": the readings of "Brest" and of "Terespol" within PAIR_KM of each other (the towns on
        both sides of a crossing, or the two ends a station joins). "Pskov Kresty": the facility filed as
        "Kresty", else the field of the city of Pskov (a city of FACILITY_CITY_POP people or more names its
        fields so: "Chelyabinsk Shagol", "Moscow Sheremetyevo").
        """
        idx = self.idx
        pair = [p.strip() for p in PAIR_SPLIT.split(core) if p.strip()]
        if len(pair) == 2:
            ta, tb = ([c for c in self._candidates(p, country)[0] if idx.kind[c.eid] in (gz.CITY, gz.ADMIN2)]
                      for p in pair)
            near = {}
            for a in ta:
                for b in tb:
                    if haversine_km(float(idx.lat[a.eid]), float(idx.lon[a.eid]), float(idx.lat[b.eid]),
                                    float(idx.lon[b.eid])) <= PAIR_KM:
                        for c in (a, b):
                            if c.eid not in near or near[c.eid].prior < c.prior:
                                near[c.eid] = Cand(c.eid, c.prior, "alias", c.sim, c.alt)
            return (list(near.values()), "alias", []) if near else None
        words = core.split()
        if 2 <= len(words) <= 4:
            found = self._facility_by_name([" ".join(words[1:])], form, country)
            # the first word a place, the field must lie by it: "Vologda Sokol airfield" is no Sokol Airport of
            # Magadan, 2,000 km east, nor "Moscow Kresty" the Kresty of Pskov (then the city's own field, below)
            places = [c for c in self._lookup(words[0], country=country)
                      if idx.kind[c.eid] in (gz.CITY, gz.ADMIN1, gz.ADMIN2)] if found else []
            if places:
                found = [f for f in found if any(
                    haversine_km(float(idx.lat[f.eid]), float(idx.lon[f.eid]), float(idx.lat[p.eid]),
                                 float(idx.lon[p.eid])) <= max(FACILITY_QUALIFIER_KM, float(idx.radius[p.eid]))
                    for p in places)]
            if found:
                for c in found:
                    c.match = "alias"
                return [], "alias", found
            # by its own name ("Bir" is another name of Beed, India: no city of "Bir Tawil"), and only its field:
            # a city without one is no reading of a name it only begins
            city = [c for c in self._lookup(words[0], country=country)
                    if idx.kind[c.eid] == gz.CITY and not c.alt and int(idx.pop[c.eid]) >= FACILITY_CITY_POP]
            near, towns_of = {}, {}
            for c in city:
                e = self._nearest_facility(c.eid, form)
                if e >= 0 and (e not in near or near[e].prior < c.prior):
                    near[e] = Cand(e, c.prior + self._noun_fit(e, form.military), "alias", c.sim, c.alt)
                    towns_of[e] = idx.names[c.eid]
            if near:
                if info is not None:  # no field of that name: the city's, a guess said so (Decision._decide)
                    info.update(near=next(iter(towns_of.values())), near_town=towns_of, dropped=[],
                                guessed=" ".join(words[1:]))
                return [], "alias", list(near.values())
        return None

    def _facility_fuzzy(self, core: str, form: facility_forms.FacilityForm, country: str | None) -> list[Cand]:
        """Facilities of the first kind of *form* whose name is one edit from *core* (two from 10 letters; a swap
        of two letters is one edit), among the names of facilities of that kind only; fuzzy candidates."""
        from rapidfuzz.distance import OSA
        from rapidfuzz.process import extract_iter

        key = facility_forms.fold(gz.normalize(core) if core.isascii() else gz.transliterate(core))
        n = len(key.replace(" ", ""))
        if n < FACILITY_FUZZY_MIN:
            return []
        maxd = 1 if n < 10 else 2
        pools = self._facility_pools()
        for kind in form.kinds:
            pool = pools.get(kind, {})
            hits = [(d, k) for k, d, _ in extract_iter(key, list(pool), scorer=OSA.distance, score_cutoff=maxd)
                    if k[:1] == key[:1]]
            if not hits:
                continue
            best_d = min(d for d, _ in hits)
            out: dict[int, Cand] = {}
            for d, k in hits:
                if d != best_d:
                    continue
                sim = 1 - d / max(len(key), len(k))
                for c in self._from_postings(self.idx.postings(facility_forms.facility_key(k, kind)), codes_ok=False,
                                             region_only=False, country=country, match="fuzzy", sim=sim):
                    if kind == _AIR and form.generic_base and not self._base_field(c.eid):
                        continue
                    c.prior += self._noun_fit(c.eid, form.military)
                    if c.eid not in out or out[c.eid].prior < c.prior:
                        out[c.eid] = c
            if out:
                return list(out.values())
        return []

    def _facility_pools(self) -> dict[str, dict[str, None]]:
        """Per kind, the folded names facilities are filed under (for typos): the curated table's names and
        aliases, airfields' names without their nouns (military ones and those airlines serve), ports' names."""
        idx = self.idx
        cached = getattr(self, "_fac_pools", None)
        if cached is not None and cached[0] is idx:
            return cached[1]
        from ..gazetteer import facilities

        pools: dict[str, dict[str, None]] = {k: {} for k in FACILITY_KINDS}

        def put(kind: str, name: str) -> None:
            for core in facility_forms.bare_cores(name):
                for c in (core, facility_forms.last_words(core)):  # "Rzeszow-Jasionka": also "Jasionka"
                    k = gz.normalize(c) if c.isascii() else ""
                    if k and len(k) >= FACILITY_FUZZY_MIN:
                        pools[kind][facility_forms.fold(k)] = None

        for r in facilities.read():
            for name in [r["name"], *r["aliases"].split("|")]:
                put(r["kind"], name.strip())
        fac = idx.fac.astype(np.int64) if idx.fac.size else np.zeros(0, np.int64)
        e = np.flatnonzero((fac & gz.FAC_KIND_MASK) & ~(fac & gz.FAC_CURATED)
                           & ((fac & (gz.FAC_MILITARY | gz.FAC_CIVIL)) > 0))
        kinds, names = [], []
        for i in e.tolist():  # airfields and ports: their nouns stripped by one pattern (split() is slower)
            name = _TRAILING_NOUNS.sub("", _PORT_OF.sub("", idx.names[i]))
            if name.isascii():
                kinds += [idx.facility_kind(i)] * 2
                names += [name, facility_forms.last_words(name)]
        for kind, k in zip(kinds, gz.normalize_list(names)):
            if len(k) >= FACILITY_FUZZY_MIN:
                pools[kind][facility_forms.fold(k)] = None
        self._fac_pools = (idx, pools)
        return pools

    def _same_country(self, a: int, b: int) -> bool:
        """Whether entities *a* and *b* lie in one country (Crimea's places are filed under UA and RU alike)."""
        ca, cb = self.idx.country_code(a), self.idx.country_code(b)
        return ca == cb or not ca or not cb or {ca, cb} == {"UA", "RU"}

    def _base_field(self, e: int) -> bool:
        """Whether facility *e* may be what a bare "base" means when it is a field: a military one or ours."""
        return bool(int(self.idx.fac[e]) & (gz.FAC_MILITARY | gz.FAC_CURATED))

    def _noun_fit(self, e: int, military: bool | None) -> float:
        """How a facility fits its noun: +/- NOUN_FIT for a military or civil field under a military or civil noun."""
        if military is None:
            return 0.0
        f = int(self.idx.fac[e])
        is_mil, is_civ = bool(f & gz.FAC_MILITARY), bool(f & gz.FAC_CIVIL)
        if is_mil and is_civ:  # a military field airlines also serve ("Dover AFB"): what a military noun means
            return NOUN_FIT if military else 0.0
        if is_mil == is_civ:
            return 0.0
        return NOUN_FIT if is_mil == military else -NOUN_FIT

    def _nearest_facility(self, town: int, form: facility_forms.FacilityForm) -> int:
        """The facility of the kinds *form* allows nearest to entity *town*, within FACILITY_NEAR_KM (-1 if none).

        The first kind the noun allows that has one wins (a naval noun's own kind only); among those, the best fit
        to the noun, then the nearest.
        """
        found = self._facilities_by(town, form, first_kind=True)
        return found[0] if found else -1

    def _facilities_by(self, town: int, form: facility_forms.FacilityForm, first_kind: bool = False) -> list[int]:
        """The facilities of the kinds *form* allows within FACILITY_NEAR_KM of entity *town*, the best fit to the
        noun first, then the nearest; with *first_kind*, those of the first kind that has any only."""
        idx = self.idx
        table = self._facility_table()
        lat, lon = float(idx.lat[town]), float(idx.lon[town])
        dlat = FACILITY_NEAR_KM / 111.0
        lo, hi = np.searchsorted(table[1], [lat - dlat, lat + dlat])
        if hi <= lo:
            return []
        eids, lats, lons, kinds = table[0][lo:hi], table[1][lo:hi], table[2][lo:hi], table[3][lo:hi]
        d = haversine_km(lat, lon, lats, lons)
        out: list[int] = []
        # a naval base by a town is the navy's, not the nearest city's port ("Simon's Town naval base" is not the
        # port of Cape Town, 27 km off): with none, the town itself
        for kind in form.kinds[:1] if form.kinds[0] == _NAVAL else form.kinds:
            ok = np.flatnonzero((kinds == FACILITY_KINDS.index(kind) + 1) & (d <= FACILITY_NEAR_KM))
            if kind == _AIR and form.generic_base:
                ok = np.array([i for i in ok.tolist() if self._base_field(int(eids[i]))], dtype=np.int64)
            if kind != _CROSS and ok.size:  # a town's base is in its country ("Naqoura base": not Israel's Meron)
                ok = np.array([i for i in ok.tolist() if self._same_country(town, int(eids[i]))], dtype=np.int64)
            if kind == _PLANT and ok.size and not form.named:  # a town's works of the sort the noun says, if any
                ok = np.array([i for i in ok.tolist() if self._plant_sort_fits(int(eids[i]), form)], dtype=np.int64)
            if ok.size:
                fit = np.array([self._noun_fit(int(e), form.military) for e in eids[ok]])
                out += [int(eids[i]) for i in ok[np.lexsort((d[ok], -fit))]]
                if first_kind:
                    break
        return out

    def _by_town_doubt(self, e: int, town: int, form: facility_forms.FacilityForm) -> tuple[bool, list[int]]:
        """Whether facility *e*, read as the facility of *form*'s noun by the town *town* (-1: none known), bears
        the town's name, and the other facilities of the noun's kinds by the town (at other spots than *e*).

        A facility bears the town's name when it is filed under it as a name of its own ("Kherson airport" of
        Chornobaivka; not only as the town it lies by) or one of its names holds the town's name as a word
        ("Kursk Khalino"); "Stanytsia Luhanska bridge" does not bear Luhansk's, nor "Kleber Kaserne" alone
        Kaiserslautern's. :meth:`Decision._decide` makes a reading that does not, or that has others beside it, one
        to check.
        """
        idx = self.idx
        names = {self._norm(form.core)}
        if town >= 0:
            names.add(self._norm(idx.names[town]))
        names = {n for n in names if n}
        for n in names:
            for k in form.kinds:
                if any(q >> 3 == e and not q & gz.ALT for q in idx.postings(facility_forms.facility_key(n, k))):
                    return True, []  # its own name is the town's: what the name means
        words = [self._norm(x).split() for x in [idx.names[e], *self._curated_names().get(idx.ref(e), [])]]
        bears = any(f" {n} " in f" {' '.join(w)} " for n in names for w in words)
        if not bears and town >= 0:  # the town's name in another spelling ("Port of Nikolaev" of Mykolaiv) ...
            def names_town(w: list[str], i: int, j: int) -> bool:
                return any(q >> 3 == town for q in idx.postings(" ".join(w[i:j])))

            def names_other(w: list[str], i: int, j: int) -> bool:
                return any(q >> 3 != town and idx.kind[q >> 3] == gz.CITY for q in idx.postings(" ".join(w[i:j])))

            # ... not inside another town's name ("Stanytsia Luhanska" is no Luhansk)
            bears = any(names_town(w, i, j) and not any(
                names_other(w, a, b) for a in range(max(0, j - 4), i + 1) for b in range(j, min(a + 4, len(w)) + 1)
                if (a, b) != (i, j))
                for w in words for i in range(len(w)) for j in range(i + 1, min(i + 4, len(w)) + 1))
        if town < 0:  # no town of the name by it: the name is the facility's own ("Shagol" of Chelyabinsk Shagol)
            return bears, []
        spot = PORT_SAME_SPOT_KM if idx.facility_kind(e) == _PORT else FACILITY_SAME_SPOT_KM
        elat, elon = float(idx.lat[e]), float(idx.lon[e])
        others = [o for o in self._facilities_by(town, form)
                  if haversine_km(elat, elon, float(idx.lat[o]), float(idx.lon[o])) > spot]
        # one of several facilities at one spot (an airfield's two entries) is one place
        distinct: list[int] = []
        for o in others:
            if all(haversine_km(float(idx.lat[o]), float(idx.lon[o]), float(idx.lat[x]), float(idx.lon[x])) > spot
                   for x in distinct):
                distinct.append(o)
        return bears, distinct

    def _plant_sorts_of(self, e: int) -> frozenset[str]:
        """The sorts of plant facility *e* is, by its own names (:func:`~geo.gazetteer.facility_forms.plant_sorts`);
        a military works whose names say nothing is an arms works; empty when nothing says."""
        memo = self.__dict__.setdefault("_plant_sorts_memo", {})
        if e not in memo:
            idx = self.idx
            named = [facility_forms.plant_sorts(n) for n in [idx.names[e], *self._curated_names().get(idx.ref(e), [])]]
            either = frozenset({"nuclear", "thermal"})
            sorts = frozenset().union(*(s for s in named if s != either))  # "power plant" only when nothing says more
            sorts = sorts or frozenset().union(*named)
            if not sorts and int(idx.fac[e]) & gz.FAC_MILITARY:
                sorts = frozenset({"arms"})
            memo[e] = sorts
        return memo[e]

    def _plant_sort_fits(self, e: int, form: facility_forms.FacilityForm) -> bool:
        """Whether *form*'s noun says a sort of plant (:func:`~geo.gazetteer.facility_forms.plant_sorts`) that plant
        *e* is, or any sort when *e*'s names say none; a noun that says no sort ("Kursk plant") fits no plant read
        through its town, so it falls back to the town."""
        said = facility_forms.plant_sorts(form.said or form.noun)
        own = self._plant_sorts_of(e)
        return bool(said) and (not own or bool(said & own))

    def _plant_fits(self, e: int, form: facility_forms.FacilityForm, name: str, country: str | None) -> bool:
        """Whether *form*'s noun may name plant *e*, found under *name*: a town has many works, so the noun's sort
        of plant (nuclear, thermal, steel, chemical, arms) must be one of the plant's own (a plant whose names say
        none fits any). A noun that says no sort ("Kursk plant", "Курский завод", "Zaporizhzhia works") fits only a
        plant named by its own name ("Azovstal plant", not a town's) or by its whole name ("Votkinsk plant")."""
        if facility_forms.plant_sorts(form.said or form.noun):
            return self._plant_sort_fits(e, form)
        whole = self._norm(f"{name} {form.noun}")
        if any(self._norm(n) == whole for n in [self.idx.names[e], *self._curated_names().get(self.idx.ref(e), [])]):
            return True
        towns, how = self._facility_towns(name, country)
        return not towns or how == "fuzzy"

    def _noun_misfit(self, e: int, form: facility_forms.FacilityForm) -> str:
        """The facility noun of facility *e*'s own names that *form*'s noun does not name ("space center" of a civil
        launch site, read as the range by its town for "X training ground"), or "" when none.

        The data file several sorts of place under one kind (a range: test sites, ranges, launch sites and
        research centres; a depot: arsenals, fuel depots and refineries), so a kind alone does not say the facility
        found is the one the noun names. A military
        noun ("training ground", "range") does not name a facility the data do not hold as military when none of
        the nouns of its own names (its name and aliases, read by :func:`~geo.gazetteer.facility_forms.split`) fits
        it: a noun fits when the two share a word ("ammunition depot" and "depot") or a word of each names, alone,
        a kind the other's does too ("arsenal" and "ammunition depot", "airfield" and "airport"). A facility whose
        names carry no noun is not misfit, nor any under a noun that does not say it is military ("port", "станция")
        or that is part of a base's own name ("RAF Mount Pleasant").
        """
        idx = self.idx
        if form.military is not True or form.named or int(idx.fac[e]) & gz.FAC_MILITARY:
            return ""
        memo = self.__dict__.setdefault("_own_nouns_memo", {})
        if e not in memo:
            nouns: list[str] = []
            for n in [idx.names[e], *self._curated_names().get(idx.ref(e), [])]:
                own = facility_forms.split(n)
                if own is not None and not own.named and own.noun.lower() not in nouns:
                    nouns.append(own.noun.lower())
            memo[e] = nouns
        nouns = memo[e]
        if not nouns:
            return ""
        query = form.noun.lower().split()
        for noun in nouns:
            words = noun.split()
            if set(words) & set(query) or _word_kinds(tuple(words)) & _word_kinds(tuple(query)):
                return ""
        return nouns[0]

    def _town_by(self, e: int, core: str, country: str | None) -> int:
        """The likeliest town called *core* within FACILITY_NEAR_KM of facility *e* (-1 if none)."""
        idx = self.idx
        towns, how = self._facility_towns(core, country)
        near = [t for t in towns if how != "fuzzy" and haversine_km(
            float(idx.lat[t.eid]), float(idx.lon[t.eid]), float(idx.lat[e]), float(idx.lon[e])) <= FACILITY_NEAR_KM]
        return max(near, key=lambda t: t.prior).eid if near else -1

    def _facility_table(self) -> tuple[np.ndarray, ...]:
        """(entity ids, lats, lons, kinds) of every facility, sorted by latitude (cached per index)."""
        idx = self.idx
        cached = getattr(self, "_fac_cache", None)
        if cached is None or cached[0] is not idx:
            e = np.flatnonzero(idx.fac & gz.FAC_KIND_MASK) if idx.fac.size else np.zeros(0, np.int64)
            e = e[np.argsort(idx.lat[e], kind="stable")]
            cached = self._fac_cache = (idx, (e, idx.lat[e], idx.lon[e], idx.fac[e] & gz.FAC_KIND_MASK))
        return cached[1]

    def _cities_over_areas(self, cands: list[Cand]) -> None:
        """A bare name of a town and of the area named after it means the town.

        "Kursk", "Sevastopol", "Mykolaiv", "Berlin": without a region word ("Kursk
        region", "Tokyo prefecture") news names the town, not the district, oblast or
        state that bears its name. The town must lie in or around the area, be matched
        by its own current name (or the area too only by an alternate one: "Minnesota"
        is also an old name of Minneota, a village in Minnesota) and be big enough to
        have given the area its name (``NAMESAKE_SHARE`` of its people); a national
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
            floor = NAMESAKE_SHARE * float(idx.pop[e])
            reach = max(float(idx.radius[e]), 50.0)
            best = None
            for c in cities:
                ce = c.eid
                if c.alt and not a.alt:
                    continue
                named = idx.pop[ce] >= floor and (idx.adm1[ce] == e or idx.adm2[ce] == e or haversine_km(
                    float(idx.lat[ce]), float(idx.lon[ce]), float(idx.lat[e]), float(idx.lon[e])) <= reach)
                if named or (ce in capitals and idx.cc[ce] == idx.cc[e]):
                    if best is None or c.prior > best:
                        best = c.prior
                    a.named_after = a.named_after or bool(named)
            if best is not None:
                a.prior = min(a.prior, best - 0.5)

    def _capital_set(self) -> frozenset:
        """The national capitals' entity ids, as a set (cached per index)."""
        idx = self.idx
        cached = getattr(self, "_cap_cache", None)
        if cached is None or cached[0] is not idx:
            cached = self._cap_cache = (idx, frozenset(idx.capitals.tolist()))
        return cached[1]

    def _demonym(self, text: str, country: str | None) -> list[Cand]:
        """The places *text* is a people's word of ("Ohioans", "Texan", "Gazan"): the first stem of
        :func:`~.rules.demonym_stems` that names an area, or a town of DEMONYM_MIN_POP people or more."""
        for stem in demonym_stems(text):
            c2 = [c for c in self._lookup(stem, country=country) if not self.idx.kind[c.eid] == gz.CITY
                  or self.idx.pop[c.eid] >= DEMONYM_MIN_POP]
            if c2:
                for c in c2:
                    c.match = "alias"
                return c2
        return []

    def _fuzzy(self, key: str, country: str | None) -> list[Cand]:
        from rapidfuzz.distance import OSA
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
                # (a swap of two neighbours is one edit: "Mykoaliv", "Sevatsopol")
                for k, d, _ in extract_iter(key, b, scorer=OSA.distance, score_cutoff=maxd):
                    if k[0] == first and k not in hits:  # typos rarely hit the first letter
                        hits[k] = d
        if not hits:
            return []
        best_d = min(hits.values())
        out: dict[int, Cand] = {}
        for k, d in hits.items():
            if d != best_d:
                continue
            sim = 1 - d / max(n, len(k))
            for c in self._from_postings(self.idx.postings(k), codes_ok=False, region_only=False,
                                         country=country, match="fuzzy", sim=sim):
                if c.eid not in out or out[c.eid].prior < c.prior:  # one entity, one candidate
                    out[c.eid] = c
        # a typo is of a name a reader knows: never of a settlement placed only near where it is (the pools hold
        # none of their names, but a town's alternate name may be one: "Mykoaliv" is Mykolayiv, not a village)
        cands = [c for c in out.values() if not self._approximate(c.eid)]
        self._own_names_first(cands, key, maxd + 1)
        return cands

    def _own_names_first(self, cands: list[Cand], key: str, maxd: int) -> None:
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

    def _spelled(self, key: str, e: int) -> bool:
        """Whether the normalized *key* spells entity *e*'s own name (as :meth:`_own_names_first` reads it)."""
        maxd = 0 if len(key) < 7 else 1 if len(key) < 10 else 2
        return self._near_own_name(key, e, maxd)

    def _near_own_name(self, key: str, e: int, maxd: int, articles: bool = False) -> bool:
        """Whether the normalized *key* is within *maxd* edits of entity *e*'s own (current) name (*articles*: or
        of that name without its leading article, "Naqoura" of En Nâqoûra)."""
        from rapidfuzz.distance import Levenshtein

        own = self._norm(self.idx.names[e])
        if Levenshtein.distance(key, own, score_cutoff=maxd) <= maxd:
            return True
        head, _, rest = own.partition(" ")
        return (articles and bool(rest) and head in _ARTICLE_WORDS and not key.startswith(head + " ")
                and Levenshtein.distance(key, rest, score_cutoff=maxd) <= maxd)


    def suggest(self, name: str, country: str | None = None, limit: int = 3) -> list[str]:
        """Closest known names to *name* (for "did you mean ...?"), best first.

        Looser than matching: up to 3 edits among names of similar length that
        share the first or last two letters; ties go to the more populous place.

        >>> from geo.geocoders.offline import OfflineGeocoder
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


@functools.lru_cache(maxsize=1024)
def _word_kinds(words: tuple[str, ...]) -> frozenset[str]:
    """The kinds the words of a facility noun name each alone, after a name or before it ("ammunition depot": a
    depot's; "аэродром": an air base's; "training ground", "nuclear plant": none, their words being no nouns alone)."""
    kinds: set[str] = set()
    for w in words:  # beside a name any reader takes for a place's ("Kursk"), so that the noun is all that is read
        for form in (facility_forms.split(f"Kursk {w}"), facility_forms.split(f"{w} Kursk")):
            if form is not None and form.noun.lower() == w:  # the word itself, not a noun it is a typo of
                kinds.update(form.kinds)
    return frozenset(kinds)
