"""Routes learnt from annotated articles: which stops are legs of one movement.

The rules of :mod:`geo.extract.routes` chain a sentence's stops and carry a route on to the
next sentence only on a few cue words ("then", "from there"). Here a maximum-entropy classifier
(python-crfsuite, each pair a sequence of one) decides for every pair of an article's moving stops
(origins, places passed through, destinations) within a few paragraphs of each other whether they
are legs of one movement, from what lies between and around them: the same sentence or clause or
how many sentences and paragraphs apart, their roles, whether they are listed side by side, whether
the later one's sentence goes on with the earlier one's report ("They were then flown ...", "From
there ...") or starts where it ended, whether what moved is of one kind, whether their sentences name one
source or two (a movement told by two sources is two routes), whether their sentences name the same mover
("the convoy" ... "the convoy") or different ones, whether they are items of a list, how far apart the two places
are, how many movements start between them, and the rules' own reading (the same route or not). The rules' chains stand; each stop in text order
that the rules chain to no earlier stop joins the route of the stop it is likeliest linked with, when
that is likely enough; otherwise it starts a route of its own. Within a route, the first origin comes first, then the stops in the order of
their sentences, each sentence's as the rules order them (origins, places reached after others,
places passed through, destinations). Ends listed side by side that the linker joins ("from Izium to Sviatohirsk and
Kupiansk") are branches: one route per listed end, the shared end a stop of each. A place listed after another of
its role joins that one's route whatever the linker says ("from Kharkiv and Sumy to Kupiansk": Kharkiv -> Kupiansk
and Sumy -> Kupiansk).

Trained by ``scripts/train_roles.py`` with the role model, on the development theatres of our own
corpus, and shipped beside its manifest (``route_model.json``: SHA-256, features version), checked
before the file is read. Without the model file the rules chain the routes.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..gazetteer.common import haversine_km
from .records import MOVING_ROLES, Reported, Resolved, Sentence
from .role_model import RoleModelError, _open_checked, per_thread
from .routes import (_CONTINUE, ENGLISH, Cues, Routes, _chain_sentence, _key, _listed_after, _numbered, branches,
                     chain_routes, clause_of)
from .attribution import find_source
from .dates import find_date
from .what import MATERIEL, PEOPLE

MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "route_model.crfsuite")
#: The Russian and Ukrainian linker (one model reads both, as their role model does), trained by
#: ``scripts/train_roles_ru_uk.py``.
SLAVIC_MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "slavic", "route_model.crfsuite")
#: Bump whenever :func:`pair_features` changes: a model trained on other features is refused.
FEATURES_VERSION = 5
#: How many paragraphs apart two stops may be and still be considered legs of one movement.
WINDOW = 3
#: Whether the stops of two clauses of one sentence, each with a movement of its own, are never one route (the rules'
#: reading). Off: on the development theatres (leave-one-theatre-out, before RULES_FIRST) it cost route order
#: 0.42 -> 0.39.
CLAUSES_APART = False
#: Whether the rules' chains stand (the model only joins a stop the rules left out of every chain, or the first stop
#: of a chain, to an earlier route). On the development theatres (leave-one-theatre-out) route order 0.39 -> 0.42.
RULES_FIRST = True
#: Whether an origin starts a new movement unless its route has none yet or it leaves where the route ended (no
#: change on the development theatres; a route has one start).
ORIGIN_STARTS = True
#: How near (km) an origin may be to the place its route reached and still leave from there (0: only the same place):
#: "stopped at the NATO pier in Souda Bay, on Crete ... From Crete she ran south-east to Port Said" goes on. Ten folds
#: (LINK 0.05): route order errors 378 -> 374 of 1016, mode 194 -> 192, stops found 1926 -> 1925, false 639 -> 640.
ORIGIN_NEAR_KM = 50.0
#: A stop joins the route of the stop it is likeliest linked with when that probability is at least this (dev CV,
#: leave one theatre out: 0.5 route order 0.44, 0.35 and 0.25 0.46). Session 13, ten folds, mode carried only over
#: sure links (SURE): route order errors 401 (0.35), 395 (0.2), 387 (0.1), 378 (0.05) of 1016; mode errors 195, 195,
#: 196, 194 of 1001; stops found 1925 -> 1926, false 638 -> 639.
LINK = 0.05
#: A link at least this likely is sure: a route's mode carries on over it to the stop it joins (the corpus's
#: convention, "a route's mode carries on to its later legs"); a stop joined by a weaker link takes only its own
#: sentence's or paragraph's mode, as a stop of a route of its own would (:attr:`geo.extract.routes.Routes.runs`).
#: Ten folds at LINK 0.05: mode errors 194 of 1001 (195 at LINK 0.35; carried over every link, LINK 0.05 cost 18).
SURE = 0.35
#: The same for the Russian/Ukrainian linker (eight folds, train_roles_ru_uk.py --cv --folds 8; no linker on main:
#: route order errors 330, mode 225 of ~770): 0.35 329/222, 0.15 317/220, 0.05 317/218, moved 346 either way, found
#: 1409 -> 1407, false ~426 -> 427.
SLAVIC_LINK = 0.05
SLAVIC_SURE = 0.35

#: Whether places listed side by side as the ends of one movement are branches of it ("from Izium to Sviatohirsk and
#: Kupiansk": Izium -> Sviatohirsk and Izium -> Kupiansk, not Izium -> Sviatohirsk -> Kupiansk), the shared end written
#: once per branch. Development theatres, leave one theatre out: route order 376/735 -> 382/741 of stops agree (the
#: gain is the 6 added copies of shared ends), recall
#: 0.6959 -> 0.6973, precision 0.7245 -> 0.7242 (a copy of a false shared end is false again).
BRANCHES = True

#: Whether a stop listed after another of its role in one sentence joins that one's route ("from Kharkiv and Sumy to
#: Kupiansk": Sumy is a branch to Kupiansk, not a stop without a route), before the linker is asked. Development
#: theatres, leave one theatre out: route order 374/738 -> 378/740 of stops agree, recall 0.697 -> 0.698 (the
#: branches' copies of the shared end), precision 0.728 either way.
LISTED_JOIN = True

#: Whether a later sentence of a route that names no destination of its own tells the way to the end already told
#: (its places passed through before that end, its origin first): "The aircraft landed at Baranovichi on 16 December
#: ... the fighters made refuelling stops at Novosibirsk and Kazan" is Irkutsk -> Novosibirsk -> Kazan ->
#: Baranovichi. On the development gold's routes told over several sentences (text order of sentences otherwise) it
#: puts 16 more of 202 English routes in travel order and none out of it. Not when the later sentence moves on from
#: the end (a forward cue or a later date: :func:`_moves_on`). The same rule in the Russian/Ukrainian rules' chains was
#: not kept: the cue it needed ("затем", "далі") is one of moving on.
WAY_BEFORE_END = True

#: The words that name what moves: the head nouns of people and materiel of :mod:`geo.extract.what`.
_MOVER = re.compile(rf"\b(?:{PEOPLE}|{MATERIEL})\b", re.I)


def _mover(word: str) -> str:
    """*word* of :data:`_MOVER` in one form whatever its number ("ship" and "ships", "lorry" and "lorries" are one):
    two sentences that name the same mover tell one movement more often."""
    w = " ".join(word.lower().split())
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w


#: A line that is an item of a list: a bullet, or a numbered post ("2/", "3.", "- ").
_ITEM = re.compile(r"^\s*(?:[-•*–—·]|\d{1,2}\s*[/.)])\s")

_PRONOUN = re.compile(r"^\W*(?:they|it|he|she|the\s+(?:\w+\s+){0,2}?(?:ships?|convoys?|columns?|troops|soldiers|"
                      r"units?|aircraft|planes?|trains?|vessels?|flotilla|brigade|battalion|group|men|fighters|"
                      r"vehicles|trucks|shipment|cargo|echelon|force))\b", re.I)

# A clause between two stops of one sentence that starts another movement ("; ", ", while", "..., and sent"), English
_BREAK_EN = re.compile(r"[;:]|\b(?:while|whereas|and\s+(?:then\s+)?(?:\w+\s+){0,2}?(?:sent|moved|flew|shipped))\b")
# ... and Russian/Ukrainian ("; ", "тогда как", "в то время как", "а также", "тем временем")
_BREAK_SLAVIC = re.compile(r"[;:]|(?<![\w])(?:а\s+также|а\s+також|тогда\s+как|тоді\s+як|в\s+то\s+время\s+как|"
                           r"у\s+той\s+час\s+як|тем\s+временем|тим\s+часом|одновременно|одночасно)(?![\w])", re.I)
# The stems of the words that name what moves in Russian and Ukrainian: columns, trains, ships, aircraft, vehicles and
# the units and men they carry ("колонна" ... "колонна", "ешелон" ... "ешелон": one mover named again)
_MOVER_SLAVIC = re.compile(r"(?<![\w])(?:состав(?:а|у|ом|е|і|ы|ів|ов)?(?![\w])|(?:колон|эшелон|ешелон|поезд|потяг|корабл|судн|фрегат|подлод|підчов|"
                           r"самол|літак|вертол|гелікоп|борт|техник|технік|грузовик|вантажів|автобус|камаз|фур|танк|"
                           r"бмп|бтр|войск|військ|подраздел|підрозділ|бригад|батальон|полк|дивизи|дивізі|солдат|"
                           r"бойц|бійц|военнослуж|військовослуж|десант|наемник|найманц|вагнер)\w*)", re.I)


def _movers_en(text: str) -> set[str]:
    return {_mover(w) for w in _MOVER.findall(text)}


# Words that name one mover ("эшелон" ... "состав", "колонна" ... "техника"), by the stem they are told apart by
_SAME_MOVER = {"эшело": "train", "ешело": "train", "соста": "train", "поезд": "train", "потяг": "train",
               "корабл": "ship", "судн": "ship", "фрега": "ship", "самол": "aircraft", "літак": "aircraft",
               "борт": "aircraft", "вертол": "helicopter", "гелік": "helicopter"}


def _movers_slavic(text: str) -> set[str]:
    out = set()
    for m in _MOVER_SLAVIC.finditer(text):
        w = m.group().lower()
        out.add(next((v for k, v in _SAME_MOVER.items() if w.startswith(k)), w[:5]))
    return out


@dataclass(frozen=True)
class Reading:
    """The words of one language the linker's features read: its route cues (goes on, listed, clauses, what moved),
    a sentence that refers back to the mover before ("They ...", "Они ..."), a clause break between two stops of a
    sentence, the movers a sentence names, and a sentence's source where the caller found none."""

    cues: Cues
    pronoun: re.Pattern
    break_between: re.Pattern
    movers: Callable[[str], set]
    find_source: Callable[[str], str | None]


def reading(lang: str = "en") -> Reading:
    """The :class:`Reading` of *lang* (``en``, ``ru`` or ``uk``)."""
    if lang in ("ru", "uk"):
        from .language import stages

        st = stages(lang)
        return Reading(st.route_cues, st.goes_on, _BREAK_SLAVIC, _movers_slavic, st.find_source)
    return Reading(ENGLISH, _PRONOUN, _BREAK_EN, _movers_en, find_source)


def pair_features(text: str, items: Sequence[tuple[Reported, Resolved]], i: int, j: int,
                  info: dict) -> list[str]:
    """The features of the pair of moving stops *i* < *j* (indices into *items*, text order).

    *info* holds what is computed once per article (see :func:`_article_info`).
    """
    (ri, si), (rj, sj) = items[i], items[j]
    f = ["bias", f"roles={ri.role}>{rj.role}"]
    sa, sb = info["sent"][i], info["sent"][j]
    pa, pb = ri.sentence.paragraph, rj.sentence.paragraph
    lang = info["lang"]
    if sa == sb:
        f.append("same.sentence")
        ca = clause_of(ri.sentence.text, ri.mention.start - ri.sentence.start, lang.cues)
        cb = clause_of(rj.sentence.text, rj.mention.start - rj.sentence.start, lang.cues)
        f.append("same.clause" if ca == cb else "other.clause")
        between = text[ri.mention.end:rj.mention.start]
        if lang.cues.listed.fullmatch(between):
            f.append("listed")
            f.append(f"listed.{ri.role}>{rj.role}")
        if lang.break_between.search(between):
            f.append("break.between")
    else:
        d = sb - sa
        f.append(f"sents={min(d, 4)}")
        f.append(f"pars={min(pb - pa, 3)}")
        st = rj.sentence.text
        if lang.cues.goes_on.search(st):
            f.append("goes-on")
        if lang.pronoun.match(st):
            f.append("pronoun")
        if info["first_moving"].get(sb) == j:
            f.append("first-of-sentence")
        if info["last_moving"].get(sa) == i:
            f.append("last-of-sentence")
    if _key(ri, si) == _key(rj, sj):
        f.append("same.place")
    elif si.lat is not None and sj.lat is not None and si.country and si.country == sj.country:
        f.append("same.country")
    # starts where the earlier one ended: the later sentence's origin is the earlier one's place
    if rj.role == "origin" and _key(ri, si) == _key(rj, sj) and sa != sb:
        f.append("starts-at-end")
    if sa != sb:
        # "The aircraft landed at Baranovichi ... The fighters made refuelling stops at Novosibirsk and Kazan": a later
        # sentence that names no end of its own after an end told tells the way to it
        if ri.role == "destination" and sb not in info["ends"]:
            f.append("way-to-end")
        # "... anchored in the port of Rio de Janeiro. From Brazil, the flotilla crossed ...": the later origin is the
        # country or region the earlier stop lies in
        if rj.role == "origin" and _key(ri, si) != _key(rj, sj) and sj.precision in ("country", "region") \
                and si.country and si.country == sj.country:
            f.append("starts-around-end")
    # the same mover named in both sentences ("the convoy" ... "the convoy"), or two different ones
    ma, mb = info["movers"][sa], info["movers"][sb]
    if sa != sb:
        f.append("movers.none" if not (ma and mb) else "movers.shared" if ma & mb else "movers.apart")
        ia, ib = info["item"][sa], info["item"][sb]
        if ia or ib:
            f.append("items.both" if ia and ib else "items.one")
    # how far apart the two places are: the legs of one movement join up, the places of two movements are often
    # far apart (or the same place told twice)
    if si.lat is not None and sj.lat is not None and _key(ri, si) != _key(rj, sj):
        km = haversine_km(si.lat, si.lon, sj.lat, sj.lon)
        f.append("km<50" if km < 50 else "km<300" if km < 300 else "km<1500" if km < 1500 else "km>1500")
    ka, kb = info["kind"][i], info["kind"][j]
    f.append("kind.same" if ka == kb and ka else "kind.none" if not (ka and kb) else "kind.other")
    origins = sum(1 for k in info["moving"] if i < k < j and items[k][0].role == "origin")
    f.append(f"origins.between={min(origins, 2)}")
    n = sum(1 for k in info["moving"] if i < k < j)
    f.append(f"stops.between={min(n, 3)}")
    f.append(f"rules.{'same' if info['rules'].get(i, (None,))[0] == info['rules'].get(j, (0,))[0] else 'other'}")
    # told by two sources, it is two routes
    a, b = info["source"].get(sa), info["source"].get(sb)
    f.append("src.none" if not (a or b) else "src.one" if not (a and b) else
             "src.same" if a.lower() == b.lower() else "src.other")
    return f


def _article_info(items: Sequence[tuple[Reported, Resolved]], article: str,
                  sources: Mapping[Sentence, str | None] | None = None, lang: str = "en") -> dict:
    """What :func:`pair_features` needs of the whole article, worked out once; *sources*: each sentence's own source
    as the pipeline found it (:func:`geo.extract.attribution.find_source`), found here for a sentence it lacks;
    *lang*: the article's language (:func:`reading`)."""
    sources = sources or {}
    rd = reading(lang)
    moving = [k for k, (r, _s) in enumerate(items) if r.role in MOVING_ROLES]
    sent = {}
    order: dict = {}
    first, last = {}, {}
    for k in moving:
        r = items[k][0]
        s = order.setdefault((r.sentence.start, r.sentence.end), len(order))
        sent[k] = s
        first.setdefault(s, k)
        last[s] = k
    kind = {}
    for k in moving:
        r = items[k][0]
        kind[k] = rd.cues.what(r.sentence.text, r.mention.start - r.sentence.start)[1]
    movers, item = {}, {}
    for k in moving:
        r = items[k][0]
        if sent[k] not in movers:
            movers[sent[k]] = rd.movers(r.sentence.text)
            item[sent[k]] = bool(_ITEM.match(r.sentence.text))
    source = {}
    for k in moving:
        r = items[k][0]
        if sent[k] not in source:
            src = sources[r.sentence] if r.sentence in sources else rd.find_source(r.sentence.text)
            source[sent[k]] = src or ""
    ends = {sent[k] for k in moving if items[k][0].role == "destination"}
    return {"moving": moving, "sent": sent, "ends": ends, "first_moving": first, "last_moving": last, "kind": kind, "source": source,
            "movers": movers, "item": item, "lang": rd,
            "rules": chain_routes(items, article, rd.cues).numbered}


def candidate_pairs(items, info) -> list[tuple[int, int]]:
    """The pairs of moving stops the model decides on: within :data:`WINDOW` paragraphs, earlier first."""
    mv = info["moving"]
    return [(i, j) for a, i in enumerate(mv) for j in mv[a + 1:]
            if items[j][0].sentence.paragraph - items[i][0].sentence.paragraph <= WINDOW]


# a sentence that tells the way on from the end, not the way to it: "It then continued through Lgov", "moved on
# through", "Затем колонна прошла через Льгов", "Звідти вона рушила через Льгів"
_ON_FROM_END = re.compile(_CONTINUE.pattern + r"|\b(?:mov|went|go|press|driv|drove|sail|flew|fly|roll|head)\w*\s+on\b|"
                          r"(?:^|\W)(?:затем|потом|далее|дальше|оттуда|позже|позднее|впоследствии|після\s+цього|"
                          r"потім|далі|звідти|згодом|пізніше)(?=\W|$)", re.I)
# a fixed reference year for comparing two sentences' dates of one article
_REF = "2000-06-15"


def _moves_on(text: str, end_text: str) -> bool:
    """Whether a sentence told after a route's end tells the way on from it (a forward cue, :data:`_ON_FROM_END`,
    or a date later than that of the sentence holding the end) rather than the way to it."""
    if _ON_FROM_END.search(text):
        return True
    later, end = find_date(text, _REF)[:10], find_date(end_text, _REF)[:10]
    return bool(later and end and later > end)


def order_route(items, members: list[int], info: dict) -> list[int]:
    """The travel order of a route's stops: its first origin, then sentence by sentence as the rules order a
    sentence's stops."""
    by_sent: dict[int, list[int]] = {}
    for k in members:
        by_sent.setdefault(info["sent"][k], []).append(k)
    out: list[int] = []
    # the sentence that names the route's last end
    last_end = max((s for s, ks in by_sent.items() if any(items[k][0].role == "destination" for k in ks)), default=-1)
    for s in sorted(by_sent):
        idx = sorted(by_sent[s])
        sent = items[idx[0]][0].sentence
        chains: list[list[int]] = []
        _chain_sentence(items, idx, sent, None, -10, chains, info["lang"].cues, keep_listed=True)
        ordered = [k for c in chains for k in c]
        ordered += [k for k in idx if k not in ordered]
        if WAY_BEFORE_END and s > last_end and out and items[out[-1]][0].role == "destination" \
                and not _moves_on(sent.text, items[out[-1]][0].sentence.text):
            # "The aircraft landed at Baranovichi ... The fighters made refuelling stops at Novosibirsk and Kazan": a
            # sentence told after the route's last end, naming no end of its own, tells the way to that end
            out[:0] = [k for k in ordered if items[k][0].role == "origin"]
            out[-1:-1] = [k for k in ordered if items[k][0].role != "origin"]
        else:
            out += ordered
    origins = [k for k in out if items[k][0].role == "origin"]
    if origins and out[0] != origins[0]:
        out.remove(origins[0])
        out.insert(0, origins[0])
    return out


def _may_join(items, route: list[int], k: int, cues: Cues = ENGLISH) -> bool:
    """What the rules keep the last word on: a clause with a movement of its own is a route of its own
    (", with vehicles shipped from Marchwood to Paldiski"), and an origin starts a new movement unless the route
    has none yet or it leaves the place the route reached."""
    rk = items[k][0]
    for m in route if CLAUSES_APART else ():
        rm = items[m][0]
        if rm.sentence == rk.sentence and clause_of(rk.sentence.text, rk.mention.start - rk.sentence.start) != \
                clause_of(rm.sentence.text, rm.mention.start - rm.sentence.start):
            return False
    if rk.role == "origin" and ORIGIN_STARTS:
        if BRANCHES and any(items[m][0].sentence == rk.sentence and k in _listed_after(items, [m, k], cues)
                            for m in route):
            return True  # "from Kidal and Tessalit to Bamako": another start of the same movement, a branch of it
        has_origin = any(items[m][0].role == "origin" for m in route)
        return not has_origin or _leaves_end(items[route[-1]], items[k])
    return True


def _leaves_end(end: tuple[Reported, Resolved], origin: tuple[Reported, Resolved]) -> bool:
    """Whether *origin* leaves the place a route reached at *end*: the same place, or (:data:`ORIGIN_NEAR_KM`) a place
    next to it or the area it lies in."""
    if _key(*end) == _key(*origin):
        return True
    a, b = end[1], origin[1]
    if not ORIGIN_NEAR_KM or a.lat is None or b.lat is None:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= max(ORIGIN_NEAR_KM, b.radius_km or 0.0)


def _listed_head_route(items: Sequence[tuple[Reported, Resolved]], k: int, route_of: Mapping[int, int],
                       cues: Cues = ENGLISH) -> int | None:
    """The route of the place that stop *k* is listed after in its sentence, with the same role ("from Kharkiv and Sumy
    to Kupiansk": Sumy after Kharkiv), when that place has a route; else None.

    Places coordinated in one role share the movement, whatever the linker makes of the pair (the corpus annotates
    each listed end as a route of its own, so the pair's own examples are "no"): :func:`geo.extract.routes.branches`
    then makes each listed end a branch of the route.
    """
    rk = items[k][0]
    heads = sorted(m for m in route_of if m < k and items[m][0].sentence == rk.sentence
                   and items[m][0].role == rk.role)
    if heads and k in _listed_after(items, [*heads, k], cues):
        return route_of[heads[-1]]
    return None


class RouteModel:
    """The trained route linker at *path* (checked against its manifest first)."""

    def __init__(self, path: str = MODEL_PATH, link: float | None = None, sure: float | None = None):
        self.path = path
        self.link = LINK if link is None else link
        self.sure = SURE if sure is None else sure
        self._tagger = _open_checked(path, FEATURES_VERSION, "route model")

    def p_link(self, feats: list[str]) -> float:
        tg = self._tagger
        tg.set([feats])
        return tg.marginal("link", 0) if "link" in tg.labels() else 0.0

    def chain(self, text: str, items: Sequence[tuple[Reported, Resolved]], article: str,
              sources: Mapping[Sentence, str | None] | None = None, lang: str = "en") -> Routes:
        """The routes as :func:`geo.extract.routes.chain_routes` gives them, the legs linked by the
        model; *sources*: each sentence's own source, if the caller has found them already; *lang*: the article's."""
        info = _article_info(items, article, sources, lang)
        cues = info["lang"].cues
        route_of: dict[int, int] = {}
        routes: list[list[int]] = []
        best: dict[int, tuple[float, int]] = {}
        for i, j in candidate_pairs(items, info):
            p = self.p_link(pair_features(text, items, i, j, info))
            if j not in best or p > best[j][0]:
                best[j] = (p, i)
        rules = info["rules"]
        run: dict[int, int] = {}  # the stop that starts each stop's run of sure links
        for k in info["moving"]:
            r = None
            run[k] = k
            if RULES_FIRST and k in rules:  # the rules' chain it is in, if an earlier stop of it has a route
                m = next((m for m in info["moving"] if m < k and rules.get(m, ("",))[0] == rules[k][0]), None)
                if m is not None:
                    r, run[k] = route_of[m], run[m]
            if r is None and LISTED_JOIN:
                r = _listed_head_route(items, k, route_of, cues)
                if r is not None:
                    run[k] = run[routes[r][-1]]
            if r is None and k in best and best[k][0] >= self.link:
                r = route_of[best[k][1]]
                if not _may_join(items, routes[r], k, cues):
                    r = None
                elif best[k][0] >= self.sure:
                    run[k] = run[best[k][1]]
            if r is not None:
                routes[r].append(k)
                route_of[k] = r
            else:
                route_of[k] = len(routes)
                routes.append([k])
        chains = [order_route(items, members, info) for members in routes]
        if BRANCHES:
            chains = [b for c in chains for b in branches(items, c, cues)]
        numbered = _numbered(items, chains, article)
        if self.sure <= self.link:
            return numbered  # every link is sure: a route is one run
        return dataclasses.replace(numbered, runs=run)


_shipped = per_thread(lambda: RouteModel(MODEL_PATH), MODEL_PATH)
_shipped_slavic = per_thread(lambda: RouteModel(SLAVIC_MODEL_PATH, SLAVIC_LINK, SLAVIC_SURE), SLAVIC_MODEL_PATH)


def shipped(lang: str = "en") -> RouteModel | None:
    """The shipped route model of *lang* for this thread, or None when the package has none (the rules then
    chain)."""
    return _shipped_slavic() if lang in ("ru", "uk") else _shipped()


__all__ = ["RouteModel", "RoleModelError", "pair_features", "candidate_pairs", "order_route", "branches", "shipped"]
