"""The other places of a document or route as evidence: which candidates they make likelier.

A candidate gains for lying in a country or first-level area the document's other choices lie in,
for its own area or country being named, for nearness to the other places, and (an area) for
holding readings of the other names. The country's part says where the document is, not anywhere in
the country: a town far from all the document's towns of its country gains no more for it than a
reading of its name that lies among them (:func:`_cap_far_namesakes`); and where the document is does
not stop at a border: a town is near a first-level area of another country that the document names as
it is near that area's edge ("Taman" beside "Crimea", filed under Ukraine). Nearness says little among
readings that all lie where the document is: a town gains at most a factor of 100 over a first-level area
of its name, a thousand times its standing, that lies among the document's places
(:func:`_cap_below_standing`: "Крым" beside "Ростов-на-Дону" is Crimea, not a village by Rostov).
:meth:`Context._doc_bonus` computes these from per-document totals and a grid of the chosen places, so
a document costs time linear in its distinct names.
"""

from __future__ import annotations

from collections.abc import Sequence
import math

import numpy as np

from .. import gazetteer as gz
from ..gazetteer.common import EARTH_KM, haversine_km
from .rules import (AMONG_KM, CONTAINS_SHARE, FAR_NAMESAKE_KM, LOCAL, STANDING_CAP, STANDING_GAP, SUB_COUNTRY,
                    TYPE_BONUS, Cand)


_TYPE_BONUS = np.zeros(max(TYPE_BONUS) + 1)  # TYPE_BONUS by kind, for arrays
for _k, _v in TYPE_BONUS.items():
    _TYPE_BONUS[_k] = _v


class Context:
    """The context-scoring part of :class:`~geo.geocoders.offline.OfflineGeocoder` (a mixin: it needs ``self.idx``)."""

    def _context_scores(self, cands: list[Cand], points: Sequence[tuple[float, float]]) -> np.ndarray:
        """Context bonus per candidate from the caller's *points* (lat, lon): nearness, for towns and smaller.

        A document's other names weigh in through :meth:`_doc_bonus` instead.
        """
        idx = self.idx
        if not points:
            return np.zeros(len(cands))
        ce = np.array([c.eid for c in cands])
        pts = np.array(points, float)
        d = haversine_km(idx.lat[ce][:, None], idx.lon[ce][:, None], pts[None, :, 0], pts[None, :, 1])
        near = np.exp(-d.min(axis=1) / 250.0)
        near[~np.isin(idx.kind[ce], LOCAL)] = 0.0
        return 2.0 * near

    def _contains_other(self, memo: dict, found: list, kn: dict, c_eid: np.ndarray,
                        c_norm: np.ndarray) -> np.ndarray:
        """How much each area candidate holds readings of the document's other names (0..1).

        "Paris" and "Henry County" together mean Paris, Tennessee, in Henry County,
        Tennessee, although the more populous Henry County is in Georgia: an area
        that holds a possible reading of another name is likelier meant. The
        share of the other names with a reading inside, times ``CONTAINS_SHARE``,
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
        n_other -= self._own_readings(parents[ok], pnorm[ok], child[ok], a_eid, a_norm, c_eid, c_norm, is_area)
        # in proportion to the document: in a file of 20,000 places every district holds a
        # reading of some other name, which then says nothing
        others = max(len(set(kn[k] for k in found)) - 1, 1)
        return np.where(is_area, np.minimum(1.0, CONTAINS_SHARE * n_other / others), 0.0)

    @staticmethod
    def _own_readings(par: np.ndarray, pnorm: np.ndarray, child: np.ndarray, a_eid: np.ndarray, a_norm: np.ndarray,
                      c_eid: np.ndarray, c_norm: np.ndarray, is_area: np.ndarray) -> np.ndarray:
        """Per candidate, the other names counted by :meth:`_contains_other` whose readings inside the area are all
        readings of the candidate's own name too: no evidence for the area ("Pokrovsk" beside "the Pokrovsk
        direction": the town both names read as lies in Pokrovsk Raion, which the second does not make likelier).

        Only the readings shared by two names are looked at (few), so a large document costs no more.
        """
        out = np.zeros(len(c_eid))
        if not is_area.any() or not len(child):
            return out
        big = np.int64(1 << 32)
        cand = np.unique(a_norm * big + a_eid)  # every (name, reading) of the document
        per_eid = np.unique(cand % big, return_counts=True)
        shared = per_eid[0][per_eid[1] > 1]  # readings of two names or more
        sel = np.isin(child, shared)
        if not sel.any():
            return out
        cand = cand[np.isin(cand % big, shared)]  # a reading of one name only is no other name's
        cand_set = set(cand.tolist())
        norms_of: dict[int, list[int]] = {}
        for k in cand.tolist():
            norms_of.setdefault(k % big, []).append(k // big)
        areas = {(int(e), int(n)): i for i, (e, n, a) in enumerate(zip(c_eid, c_norm, is_area)) if a}
        tainted: set[tuple[int, int, int]] = set()  # (area, its name, the other name)
        for p, m, ch in zip(par[sel].tolist(), pnorm[sel].tolist(), child[sel].tolist()):
            for n in norms_of.get(ch, ()):
                if n != m and (p, n) in areas:
                    tainted.add((p, n, m))
        if not tainted:
            return out
        keys = par * big + pnorm
        for p, n, m in tainted:
            children = child[keys == p * big + m].tolist()
            if all(n * big + c in cand_set for c in children):
                out[areas[(p, n)]] += 1
        return out

    def _doc_bonus(self, c_eid: np.ndarray, c_norm: np.ndarray, o_eid: np.ndarray, o_w: np.ndarray,
                   o_norm: np.ndarray, c_grp: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Context bonus of candidates (entity, normalized-name id) against the document's choices.

        The country, area and nearness terms for the choices ``(o_eid, o_w)``
        whose normalized name differs from the candidate's, computed from per-document totals minus the candidate's own name's part,
        and the nearest other local place found through a grid
        (:func:`_nearest_other`): O((candidates + choices) log) per call.
        *c_grp* tells which candidates are readings of one name (by default, those of one normalized name), among
        which :func:`_cap_far_namesakes` looks for a reading near the others.
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
        named_cc = np.isin(kind_c, SUB_COUNTRY) & (ce_c >= 0) & (others_sum(o_eid, allv, ce_c, ones) > 0.5)
        # the country's part: what the document's places say of where it is (see _cap_far_namesakes)
        country = 2.0 * same_cc + 1.5 * (named_cc & ~named_a1)
        bonus = 2.5 * same_a1 + 1.5 * named_a1
        local = np.isin(idx.kind[o_eid], LOCAL)
        local_c = np.isin(kind_c, LOCAL)
        want = np.flatnonzero(has & local_c)
        dmin = np.full(n, np.inf)  # a town's distance to the nearest other local place (inf where unknown)
        if local.any() and want.size:
            pe = o_eid[local]
            best = _nearest_other(idx.lat[c_eid[want]], idx.lon[c_eid[want]], c_norm[want],
                                  idx.lat[pe], idx.lon[pe], o_norm[local])
            ok = best >= 0
            w2 = want[ok]
            dmin[w2] = haversine_km(idx.lat[c_eid[w2]], idx.lon[c_eid[w2]], idx.lat[pe[best[ok]]],
                                    idx.lon[pe[best[ok]]])
        # a first-level area of the document is near a town as its edge is (the area's radius): in its own
        # country the country's and the named area's terms say so already, across a border only nearness does
        # ("Taman" beside "Crimea", filed under Ukraine: Taman, Russia, 80 km from Crimea's edge)
        d_edge = self._abroad_edge_km(c_eid[want], c_norm[want], cc_c[want], o_eid, o_norm)
        bonus[want] += 2.0 * np.exp(-np.minimum(dmin[want], d_edge) / 250.0)
        if local.any() and want.size:
            grp = c_norm if c_grp is None else c_grp
            # the places chosen far from the others for names with a reading near them: no evidence of where the
            # document is (see _cap_far_namesakes)
            close = local_c & (dmin <= AMONG_KM)
            big = np.int64(1 << 32)
            in_doubt = np.isin(o_norm, c_norm[close]) & ~np.isin(o_norm * big + o_eid,
                                                                 c_norm[close] * big + c_eid[close])
            settled = local & ~in_doubt
            lcc, lnorm, le = cc_o[settled], o_norm[settled], o_eid[settled]

            def own_km(sel: np.ndarray) -> np.ndarray:
                """Distance from candidates *sel* to the nearest settled local place of their own country (inf if
                none)."""
                out = np.full(sel.size, np.inf)
                for cc in np.unique(cc_c[sel]).tolist():
                    at, pts = np.flatnonzero(cc_c[sel] == cc), np.flatnonzero(lcc == cc)
                    if not pts.size:
                        continue
                    ci = c_eid[sel[at]]
                    nb = _nearest_other(idx.lat[ci], idx.lon[ci], c_norm[sel[at]], idx.lat[le[pts]],
                                        idx.lon[le[pts]], lnorm[pts])
                    ok = nb >= 0
                    p = le[pts[nb[ok]]]
                    out[at[ok]] = haversine_km(idx.lat[ci[ok]], idx.lon[ci[ok]], idx.lat[p], idx.lon[p])
                return out

            country = _cap_far_namesakes(country, dmin, local_c, grp, own_km)
        total = bonus + country
        area_c = (kind_c == gz.ADMIN1) & has
        if area_c.any() and local.any() and local_c.any():
            # a first-level area lies among the document's places as near as its edge is to the nearest other
            # local place (0 when inside it): its towns and villages of a name gain at most so much over it
            sel = np.flatnonzero(area_c)
            pe = o_eid[local]
            best = _nearest_other(idx.lat[c_eid[sel]], idx.lon[c_eid[sel]], c_norm[sel], idx.lat[pe], idx.lon[pe],
                                  o_norm[local])
            ok = best >= 0
            sel = sel[ok]
            d = haversine_km(idx.lat[c_eid[sel]], idx.lon[c_eid[sel]], idx.lat[pe[best[ok]]], idx.lon[pe[best[ok]]])
            among = np.zeros(n, bool)
            among[sel] = d - idx.radius[c_eid[sel]] <= AMONG_KM
            standing = np.log10(np.maximum(idx.pop[c_eid], 1.0)) + _TYPE_BONUS[kind_c]
            total = _cap_below_standing(total, among, local_c, standing, c_norm if c_grp is None else c_grp)
        return total, has

    def _abroad_edge_km(self, t_eid: np.ndarray, t_norm: np.ndarray, t_cc: np.ndarray, o_eid: np.ndarray,
                        o_norm: np.ndarray) -> np.ndarray:
        """Distance from each town *t_eid* to the edge of the first-level area among the document's choices whose
        centre is nearest (the centre's distance less the area's radius, 0 inside), inf where that area is of the
        town's own country (whose terms speak for it), or there is none; areas of the town's own name (*t_norm*)
        do not count."""
        idx = self.idx
        out = np.full(len(t_eid), np.inf)
        areas = np.flatnonzero(idx.kind[o_eid] == gz.ADMIN1)
        if not areas.size or not len(t_eid):
            return out
        ae = o_eid[areas]
        best = _nearest_other(idx.lat[t_eid], idx.lon[t_eid], t_norm, idx.lat[ae], idx.lon[ae], o_norm[areas])
        ok = best >= 0
        ok[ok] = idx.cc[ae[best[ok]]] != t_cc[ok]
        a = ae[best[ok]]
        d = haversine_km(idx.lat[t_eid[ok]], idx.lon[t_eid[ok]], idx.lat[a], idx.lon[a])
        out[ok] = np.maximum(d - idx.radius[a], 0.0)
        return out

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



def _cap_far_namesakes(country: np.ndarray, dmin: np.ndarray, local: np.ndarray, grp: np.ndarray,
                       own_km) -> np.ndarray:
    """The country's part of each candidate's bonus (*country*), a far namesake's cut to that of a near reading.

    The share of the document's places in a country, and the country being named, say where the document is: where
    its places of that country are, not anywhere in a country that may span continents. A local place over
    ``FAR_NAMESAKE_KM`` from every local place of the document in its own country gets for its country no more than
    the best reading of its name (same *grp*) that lies within ``AMONG_KM`` of one of the document's local places
    (*dmin*: the nearest, inf where unknown). "Покровск" among Kupiansk, Sudzha, Yeysk and Moscow, with Russia
    named, is the Ukrainian town 150 km from Kupiansk, not Pokrovsk in Yakutia, 5,000 km from the document's
    Russian towns, which Russia's share would otherwise choose; "Октябрьское" among Sudzha, Rylsk and Kurchatov is
    not Tsotsin-Yurt in Chechnya, 1,150 km off, once Oktyabrskoye. A reading keeps its country's part when no reading
    of its name lies among the document's places (then the country is all the document says), when its country has
    no town in the document (a country named alone: "Washington" beside "U.S." and "Cambridge"), and against a near
    reading of its own country (which gets the same part).

    ``own_km(indices)`` gives the distance to the nearest local place of the candidate's own country, inf where
    there is none; it leaves out the places chosen for names that have a reading near the document's places but
    were read far from them: two far namesakes chosen at first (Yakutia's Pokrovsk, Amur's Konstantinovka, 1,300
    km apart) must not keep each other in, while Blagoveshchensk on the Amur keeps Khabarovsk, 600 km away.
    """
    close = local & (dmin <= AMONG_KM)
    if not close.any():
        return country
    _, inv = np.unique(grp, return_inverse=True)
    cap = np.full(int(inv.max()) + 1, -np.inf)
    np.maximum.at(cap, inv[close], country[close])
    sel = np.flatnonzero(local & ~close & np.isfinite(cap[inv]) & (country > cap[inv]))
    if not sel.size:
        return country
    d_own = np.asarray(own_km(sel), float)
    far = sel[np.isfinite(d_own) & (d_own > FAR_NAMESAKE_KM)]  # inf: no town of its country
    out = country.copy()
    out[far] = cap[inv[far]]
    return out


def _cap_below_standing(bonus: np.ndarray, among: np.ndarray, local: np.ndarray, standing: np.ndarray,
                        grp: np.ndarray) -> np.ndarray:
    """Context bonus per candidate (*bonus*), a town's capped at ``STANDING_CAP`` over that of a first-level area of
    its name (same *grp*) that lies *among* the document's places and stands ``STANDING_GAP`` above it.

    Such an area is where the document is as much as the town: the other places say little of which is meant, the
    standing (people and kind, *standing*) much. A village by the document's towns would otherwise gain for its
    region, its country and its nearness together a factor of a million over the area: "Крым" beside
    "Ростов-на-Дону" is Crimea, 340 km from Rostov, not the village of Krym (4,500 people) by Rostov.
    """
    if not among.any():
        return bonus
    _, inv = np.unique(grp, return_inverse=True)
    m = int(inv.max()) + 1
    g = inv[among]
    high = np.full(m, -np.inf)
    np.maximum.at(high, g, standing[among])
    # of the areas of a group's greatest standing, the least bonus
    top = np.full(m, np.inf)
    at = among & (standing == high[inv])
    np.minimum.at(top, inv[at], bonus[at])
    small = local & (standing <= high[inv] - STANDING_GAP)
    return np.where(small, np.minimum(bonus, top[inv] + STANDING_CAP), bonus)


def _grouped_sum(keys: np.ndarray, weights: np.ndarray, query: np.ndarray) -> np.ndarray:
    """For each value of *query*, the sum of *weights* whose key equals it (0 if none)."""
    if keys.size == 0:
        return np.zeros(len(query))
    uk, inv = np.unique(keys, return_inverse=True)
    sums = np.bincount(inv, weights=weights, minlength=len(uk))
    i = np.minimum(np.searchsorted(uk, query), len(uk) - 1)
    return np.where(uk[i] == query, sums[i], 0.0)


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
            dist = np.full(todo.size, np.inf)
            dist[hit] = haversine_km(la[hit], lo[hit], plat[sel[hit]], plon[sel[hit]])
            # distance from the candidate to the edge of its 3x3 block (lower bound beyond it): along its
            # meridian to the edge rows, and across to the edge columns' meridians (a point-to-line distance)
            south = np.where(row - 1 > 0, la - ((row - 1) * g - 90), np.inf)
            north = np.where(row + 2 < nrow, ((row + 2) * g - 90) - la, np.inf)
            dlon = np.minimum(lo + 180 - (col - 1) * g, (col + 2) * g - (lo + 180))
            if 3 * g >= 360:
                dlon = np.full(todo.size, np.inf)
            east_west = np.where(np.isfinite(dlon),
                                 EARTH_KM * np.arcsin(np.clip(np.cos(np.radians(la)) *
                                                               np.sin(np.radians(np.minimum(dlon, 90))), 0, 1)),
                                 np.inf)
            guard = np.minimum(np.minimum(south, north) * (math.pi / 180) * EARTH_KM, east_west)
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

