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

import os
import re
from collections.abc import Mapping, Sequence

from ..gazetteer.common import haversine_km
from .records import MOVING_ROLES, Reported, Resolved, Sentence
from .role_model import RoleModelError, _open_checked, per_thread
from .routes import (_CONTINUE, _LISTED, Routes, _chain_sentence, _key, _listed_after, _numbered, branches,
                     chain_routes, clause_of)
from .attribution import find_source
from .dates import find_date
from .what import MATERIEL, PEOPLE, find_what

MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "route_model.crfsuite")
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
#: A stop joins the route of the stop it is likeliest linked with when that probability is at least this (dev CV,
#: leave one theatre out: 0.5 route order 0.44, 0.35 and 0.25 0.46).
LINK = 0.35

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


def pair_features(text: str, items: Sequence[tuple[Reported, Resolved]], i: int, j: int,
                  info: dict) -> list[str]:
    """The features of the pair of moving stops *i* < *j* (indices into *items*, text order).

    *info* holds what is computed once per article (see :func:`_article_info`).
    """
    (ri, si), (rj, sj) = items[i], items[j]
    f = ["bias", f"roles={ri.role}>{rj.role}"]
    sa, sb = info["sent"][i], info["sent"][j]
    pa, pb = ri.sentence.paragraph, rj.sentence.paragraph
    if sa == sb:
        f.append("same.sentence")
        ca = clause_of(ri.sentence.text, ri.mention.start - ri.sentence.start)
        cb = clause_of(rj.sentence.text, rj.mention.start - rj.sentence.start)
        f.append("same.clause" if ca == cb else "other.clause")
        between = text[ri.mention.end:rj.mention.start]
        if _LISTED.fullmatch(between):
            f.append("listed")
            f.append(f"listed.{ri.role}>{rj.role}")
        if re.search(r"[;:]|\b(?:while|whereas|and\s+(?:then\s+)?(?:\w+\s+){0,2}?(?:sent|moved|flew|shipped))\b",
                     between):
            f.append("break.between")
    else:
        d = sb - sa
        f.append(f"sents={min(d, 4)}")
        f.append(f"pars={min(pb - pa, 3)}")
        st = rj.sentence.text
        if _CONTINUE.search(st):
            f.append("goes-on")
        if _PRONOUN.match(st):
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
                  sources: Mapping[Sentence, str | None] | None = None) -> dict:
    """What :func:`pair_features` needs of the whole article, worked out once; *sources*: each sentence's own source
    as the pipeline found it (:func:`geo.extract.attribution.find_source`), found here for a sentence it lacks."""
    sources = sources or {}
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
        kind[k] = find_what(r.sentence.text, r.mention.start - r.sentence.start)[1]
    movers, item = {}, {}
    for k in moving:
        r = items[k][0]
        if sent[k] not in movers:
            movers[sent[k]] = {_mover(w) for w in _MOVER.findall(r.sentence.text)}
            item[sent[k]] = bool(_ITEM.match(r.sentence.text))
    source = {}
    for k in moving:
        r = items[k][0]
        if sent[k] not in source:
            src = sources[r.sentence] if r.sentence in sources else find_source(r.sentence.text)
            source[sent[k]] = src or ""
    ends = {sent[k] for k in moving if items[k][0].role == "destination"}
    return {"moving": moving, "sent": sent, "ends": ends, "first_moving": first, "last_moving": last, "kind": kind, "source": source,
            "movers": movers, "item": item,
            "rules": chain_routes(items, article).numbered}


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
        _chain_sentence(items, idx, sent, None, -10, chains, keep_listed=True)
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


def _may_join(items, route: list[int], k: int) -> bool:
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
        if BRANCHES and any(items[m][0].sentence == rk.sentence and k in _listed_after(items, [m, k]) for m in route):
            return True  # "from Kidal and Tessalit to Bamako": another start of the same movement, a branch of it
        has_origin = any(items[m][0].role == "origin" for m in route)
        return not has_origin or _key(*items[route[-1]]) == _key(*items[k])
    return True


def _listed_head_route(items: Sequence[tuple[Reported, Resolved]], k: int, route_of: Mapping[int, int]) -> int | None:
    """The route of the place that stop *k* is listed after in its sentence, with the same role ("from Kharkiv and Sumy
    to Kupiansk": Sumy after Kharkiv), when that place has a route; else None.

    Places coordinated in one role share the movement, whatever the linker makes of the pair (the corpus annotates
    each listed end as a route of its own, so the pair's own examples are "no"): :func:`geo.extract.routes.branches`
    then makes each listed end a branch of the route.
    """
    rk = items[k][0]
    heads = sorted(m for m in route_of if m < k and items[m][0].sentence == rk.sentence
                   and items[m][0].role == rk.role)
    if heads and k in _listed_after(items, [*heads, k]):
        return route_of[heads[-1]]
    return None


class RouteModel:
    """The trained route linker at *path* (checked against its manifest first)."""

    def __init__(self, path: str = MODEL_PATH, link: float | None = None):
        self.path = path
        self.link = LINK if link is None else link
        self._tagger = _open_checked(path, FEATURES_VERSION, "route model")

    def p_link(self, feats: list[str]) -> float:
        tg = self._tagger
        tg.set([feats])
        return tg.marginal("link", 0) if "link" in tg.labels() else 0.0

    def chain(self, text: str, items: Sequence[tuple[Reported, Resolved]], article: str,
              sources: Mapping[Sentence, str | None] | None = None) -> Routes:
        """The routes as :func:`geo.extract.routes.chain_routes` gives them, the legs linked by the
        model; *sources*: each sentence's own source, if the caller has found them already."""
        info = _article_info(items, article, sources)
        route_of: dict[int, int] = {}
        routes: list[list[int]] = []
        best: dict[int, tuple[float, int]] = {}
        for i, j in candidate_pairs(items, info):
            p = self.p_link(pair_features(text, items, i, j, info))
            if j not in best or p > best[j][0]:
                best[j] = (p, i)
        rules = info["rules"]
        for k in info["moving"]:
            r = None
            if RULES_FIRST and k in rules:  # the rules' chain it is in, if an earlier stop of it has a route
                r = next((route_of[m] for m in info["moving"] if m < k and rules.get(m, ("",))[0] == rules[k][0]),
                         None)
            if r is None and LISTED_JOIN:
                r = _listed_head_route(items, k, route_of)
            if r is None and k in best and best[k][0] >= self.link:
                r = route_of[best[k][1]]
                if not _may_join(items, routes[r], k):
                    r = None
            if r is not None:
                routes[r].append(k)
                route_of[k] = r
            else:
                route_of[k] = len(routes)
                routes.append([k])
        chains = [order_route(items, members, info) for members in routes]
        if BRANCHES:
            chains = [b for c in chains for b in branches(items, c)]
        return _numbered(items, chains, article)


_shipped = per_thread(lambda: RouteModel(MODEL_PATH), MODEL_PATH)


def shipped() -> RouteModel | None:
    """The shipped route model for this thread, or None when the package has none (the rules then chain)."""
    return _shipped()


__all__ = ["RouteModel", "RoleModelError", "pair_features", "candidate_pairs", "order_route", "branches", "shipped"]
