"""Join the stops of each route into legs, with distances and map-ready paths.

Rules:

* Routes are taken in order of first appearance in the stops. Within a route,
  stops are sorted by ``(seq, row)`` if any stop has a ``seq`` (stops without
  one follow in file order; ``places`` reports such a mixture as a problem),
  otherwise they keep their order in the input.
* A leg's ``mode`` is its end stop's mode (how the movement *reached* it), or
  ``"unknown"``; its ``status`` is the weaker of its two stops' statuses in
  :data:`geo.records.STATUSES` order: a leg is only as sure as its least sure end.
* ``distance_km`` is the geodesic distance on the WGS84 ellipsoid.
* ``path`` is the great circle between the stops, one point about every
  :data:`STEP_KM` km (at most :data:`MAX_SEGMENTS` segments), rounded to
  5 decimals (about 1 m). Longitudes are unwrapped along the whole route: every
  leg starts at the longitude where the previous leg of its route ended, so
  a route crossing the antimeridian is one connected line in Leaflet. The first
  stop of a route keeps its longitude in [-180, 180]; later stops may be
  shifted by a multiple of 360°, so a renderer should place stop markers at
  ``leg.path[0]`` / ``leg.path[-1]`` to stay on the same copy of the world.
* A leg whose mode is ``sea`` follows the shortest path on the maritime
  network that the ``searoute`` package ships (Eurostat's SeaRoute network),
  from the stop to the nearest network node, along the network, and on to the
  next stop: ``path_kind`` is then :data:`PATH_SEA`, since no report gives the
  real track. An end farther than :data:`SNAP_KM` from the network (an inland
  place) keeps the great circle, and ``path_kind`` says why (:data:`PATH_NO_SEA`).
  Paths are computed for all sea legs at once (one bounded Dijkstra per
  distinct start node, SciPy's) and cached per pair of ends; other legs pay
  nothing. Between two equally short paths (exactly equal km, rare) the one
  SciPy's search meets first is kept: the same input gives the same path.
* :func:`split_paths` turns the paths into RFC 7946 geometry for exports: split
  at ±180°, longitudes in [-180, 180].

Coordinates are (lat, lon) throughout; :func:`to_lonlat` is the single place
where they become (x=lon, y=lat) for shapely and GeoJSON.

Everything is computed for all legs at once with numpy and one batched pyproj
call, so 100,000 stops take a fraction of a second.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from pyproj import Geod

from .records import STATUSES, Leg, Stop, legs_from_columns

#: Aim for one path point about every STEP_KM kilometres ...
STEP_KM = 75.0
#: ... but never more than this many segments per leg (a 20,000 km leg then
#: has a point every 200 km, still smooth at world zoom).
MAX_SEGMENTS = 100
_GEOD = Geod(ellps="WGS84")
_RANK = {s: i for i, s in enumerate(STATUSES)}

#: What a leg's path is (``Leg.path_kind``): no report gives the real track.
PATH_GREAT_CIRCLE = "great circle"
PATH_SEA = "sea route (computed, not reported)"
#: A sea leg's end farther than this (km) from the maritime network keeps the great circle.
SNAP_KM = 250.0
PATH_NO_SEA = (f"great circle (no sea route found: an end lies over {SNAP_KM:.0f} km from the sea lanes, "
               "or no sea way joins them)")
#: Passages closed to the computed sea routes, as searoute closes them by default.
_CLOSED_PASSAGES = frozenset({"northwest"})
#: Sea paths already computed in this process, per (lat1, lon1, lat2, lon2).
_SEA_CACHE: dict[tuple[float, float, float, float], np.ndarray | None] = {}


def to_lonlat(lat, lon):
    """Return ``(lon, lat)``: the one boundary where (lat, lon) becomes (x, y).

    Works on numbers and numpy arrays alike.

    >>> to_lonlat(43.1155, 131.8855)
    (131.8855, 43.1155)
    """
    return lon, lat


def build_legs(stops: Sequence[Stop]) -> list[Leg]:
    """Join consecutive stops of every route into legs.

    Parameters
    ----------
    stops : located stops (``stop.location`` set); stops without a route are
        single places and make no leg.

    Raises
    ------
    ValueError : a stop of a route has no location.

    >>> from geo.geocoders.base import GeocodeResult
    >>> def at(row, place, lat, lon, **kw):
    ...     loc = GeocodeResult(place, place, lat, lon, "RU", "city", "manual", 1.0, "manual")
    ...     return Stop(row=row, place=place, route="Far East", location=loc, **kw)
    >>> legs = build_legs([at(2, "Vladivostok", 43.1155, 131.8855, status="confirmed"),
    ...                    at(3, "Khabarovsk", 48.4814, 135.0721, mode="rail")])
    >>> leg = legs[0]
    >>> leg.index, leg.start.place, leg.end.place, leg.mode, leg.status
    (1, 'Vladivostok', 'Khabarovsk', 'rail', 'reported')
    >>> round(leg.distance_km), leg.path[0], leg.path[-1]
    (646, (43.1155, 131.8855), (48.4814, 135.0721))
    """
    routes: dict[str, list[Stop]] = {}
    for s in stops:
        if s.route:
            routes.setdefault(s.route, []).append(s)
    pairs: list[tuple[str, int, Stop, Stop]] = []
    route_of_leg: list[int] = []  # route number of each leg, to unwrap longitudes per route
    for r, (name, members) in enumerate(routes.items()):
        if any(s.seq is not None for s in members):
            members = sorted(members, key=lambda s: (s.seq is None, s.seq or 0, s.row))
        for s in members:
            if s.location is None:
                raise ValueError(f"row {s.row}: {s.place!r} has no location; geocode every stop before build_legs")
        for i in range(1, len(members)):
            pairs.append((name, i, members[i - 1], members[i]))
            route_of_leg.append(r)
    if not pairs:
        return []

    lat1 = np.fromiter((p[2].location.lat for p in pairs), float, len(pairs))
    lon1 = np.fromiter((p[2].location.lon for p in pairs), float, len(pairs))
    lat2 = np.fromiter((p[3].location.lat for p in pairs), float, len(pairs))
    lon2 = np.fromiter((p[3].location.lon for p in pairs), float, len(pairs))
    _, _, dist_m = _GEOD.inv(lon1, lat1, lon2, lat2)
    dist_km = np.asarray(dist_m) / 1000.0
    nseg = np.clip(np.ceil(dist_km / STEP_KM), 1, MAX_SEGMENTS).astype(np.int64)
    plat, plon = _great_circles(lat1, lon1, lat2, lon2, nseg)
    npts = nseg + 1
    kinds = [PATH_GREAT_CIRCLE] * len(pairs)
    sea = [i for i, p in enumerate(pairs) if p[3].mode == "sea"]
    if sea:
        plat, plon, npts = _with_sea_paths(sea, lat1, lon1, lat2, lon2, plat, plon, npts, kinds)
    plon = _unwrap_routes(plon, np.repeat(np.asarray(route_of_leg), npts))
    points = list(zip(np.round(plat, 5).tolist(), np.round(plon, 5).tolist()))
    ends = np.cumsum(npts).tolist()
    names, indexes, firsts, lasts = zip(*pairs)
    rank = _RANK.get
    return legs_from_columns({  # a Leg() per leg took a tenth of a second at 100,000 stops
        "route": names, "index": indexes, "start": firsts, "end": lasts,
        "mode": [b.mode or "unknown" for b in lasts],
        "status": [a.status if rank(a.status, 0) >= rank(b.status, 0) else b.status for a, b in zip(firsts, lasts)],
        "distance_km": dist_km.tolist(),
        "path": [tuple(points[i:j]) for i, j in zip([0, *ends], ends)],
        "path_kind": kinds})


def _with_sea_paths(sea, lat1, lon1, lat2, lon2, plat, plon, npts, kinds):
    """Replace the great circles of the sea legs *sea* (indexes, in order) by sea paths where one is found."""
    found = sea_paths(np.column_stack([lat1[sea], lon1[sea], lat2[sea], lon2[sea]]))
    starts = (np.cumsum(npts) - npts).tolist()
    npts = npts.copy()
    # the points of the legs between two sea paths are kept as one piece (sea is in leg order)
    pieces_lat, pieces_lon, kept = [], [], 0
    for i, path in zip(sea, found):
        if path is None:
            kinds[i] = PATH_NO_SEA
            continue
        pieces_lat += (plat[kept:starts[i]], path[:, 0])
        pieces_lon += (plon[kept:starts[i]], path[:, 1])
        kept = starts[i] + int(npts[i])
        npts[i] = len(path)
        kinds[i] = PATH_SEA
    pieces_lat.append(plat[kept:])
    pieces_lon.append(plon[kept:])
    return np.concatenate(pieces_lat), np.concatenate(pieces_lon), npts


@functools.cache
def _sea_network():
    """searoute's maritime network: node (lon, lat), unit vectors, the graph (a sparse matrix of km), an R-tree.

    Reading searoute's network (a 1.8 MB Python module) takes most of a second;
    the arrays are kept in a checked cache file (:mod:`geo.cachefile`: plain
    numbers, never unpickled) whose version names searoute's version, the
    layout and the closed passages; a corrupt or foreign file is rebuilt with
    one line on stderr saying why. Edges are undirected (both directions
    stored), weighted in km as searoute weighs them.
    """
    import hashlib
    import json
    from importlib.metadata import version as package_version

    from . import cachefile
    from .gazetteer import cache_dir

    version = {"format": _NETWORK_FORMAT, "data": f"searoute {package_version('searoute')}",
               "closed": sorted(_CLOSED_PASSAGES)}
    key = hashlib.sha256(json.dumps(version, sort_keys=True).encode()).hexdigest()[:16]
    path = Path(cache_dir()) / f"sea-network-{key}.cache"
    arrays, why = cachefile.read(path, "sea-network", version, _network_from_arrays)
    if arrays is None:
        if why:
            cachefile.say("rereading searoute's sea network", path, why)
        arrays = _read_searoute_network()
        try:
            cachefile.write(path, "sea-network", version, cachefile.pack_arrays(
                dict(zip(("xy", "indptr", "indices", "weights"), arrays))))
        except OSError:  # a read-only cache costs time, never correctness
            pass
    xy, indptr, indices, weights = arrays
    import shapely
    from scipy.sparse import csr_matrix

    tree = shapely.STRtree(shapely.points(xy[:, 0], xy[:, 1]))
    # csgraph takes stored zeros as edges: searoute joins the two sides of the antimeridian by 0 km edges
    graph = csr_matrix((weights, indices, indptr), shape=(len(xy), len(xy)))
    return xy, _unit(xy[:, 1], xy[:, 0]), graph, tree


def _network_from_arrays(payload: memoryview):
    """The cached network's arrays (copied out of the file's bytes), checked so that no index points outside."""
    from . import cachefile

    a = cachefile.unpack_arrays(payload)
    xy = np.array(a["xy"], dtype=float)
    indptr = np.array(a["indptr"], dtype=np.int64)
    indices = np.array(a["indices"], dtype=np.int64)
    weights = np.array(a["weights"], dtype=float)
    n = len(xy)
    if (xy.ndim != 2 or xy.shape[1:] != (2,) or indptr.shape != (n + 1,) or indptr[0] != 0
            or (np.diff(indptr) < 0).any() or indptr[-1] != len(indices) or weights.shape != indices.shape
            or (len(indices) and (indices.min() < 0 or indices.max() >= n)) or not np.isfinite(xy).all()
            or not (weights >= 0).all()):
        raise ValueError("the arrays do not make a network")
    return xy, indptr, indices, weights


#: Bump when the cached network's layout changes.
_NETWORK_FORMAT = 3


def _read_searoute_network():
    from searoute.data.marnet_dict import edge_list, node_list

    nodes = list(node_list)
    index = {n: i for i, n in enumerate(nodes)}
    best: dict[tuple[int, int], float] = {}
    for a, nbrs in edge_list.items():
        for b, attr in nbrs.items():
            if attr.get("passage") in _CLOSED_PASSAGES:
                continue
            w = float(attr.get("weight", 0.0))
            for key in ((index[a], index[b]), (index[b], index[a])):
                best[key] = min(w, best.get(key, w))
    uv = np.array(sorted(best), dtype=np.int64).reshape(-1, 2)
    weights = np.array([best[tuple(k)] for k in uv.tolist()], dtype=float)
    indptr = np.searchsorted(uv[:, 0], np.arange(len(nodes) + 1)).astype(np.int64)
    return np.array(nodes, dtype=float), indptr, uv[:, 1].copy(), weights


def sea_paths(ends: np.ndarray) -> list[np.ndarray | None]:
    """Sea paths between pairs of points: for each row (lat1, lon1, lat2, lon2), (lat, lon) points or None.

    A path goes from point 1 to the nearest node of the maritime network, along
    the network's shortest path, and on to point 2; it is None when an end lies
    farther than :data:`SNAP_KM` from the network, or no path joins them. Both
    ends snapping to the same node gives the straight pair of points. Results
    are cached per pair for the life of the process.

    >>> path = sea_paths(np.array([[44.6167, 33.5254, 34.8890, 35.8866]]))[0]  # Sevastopol -> Tartus
    >>> path[0].tolist(), path[-1].tolist(), 25 < len(path) < 120
    ([44.6167, 33.5254], [34.889, 35.8866], True)
    """
    ends = np.asarray(ends, dtype=float).reshape(-1, 4)
    keys = [tuple(r) for r in np.round(ends, 5).tolist()]
    todo = sorted({k for k in keys if k not in _SEA_CACHE})
    if todo:
        _SEA_CACHE.update(zip(todo, _compute_sea_paths(np.array(todo, dtype=float))))
    return [_SEA_CACHE[k] for k in keys]


def _nearest_nodes(tree, xy: np.ndarray, unit_nodes: np.ndarray, lat: np.ndarray, lon: np.ndarray):
    """(node index, distance in km) of the network node nearest to each point, or (-1, inf) beyond SNAP_KM.

    Candidates are the nodes in a box of SNAP_KM around each point (an R-tree
    query, on every copy of the world the box touches), then the nearest by
    great-circle distance; ties go to the lower node number.
    """
    import shapely

    from .gazetteer.common import EARTH_KM, haversine_km  # the package's one distance, loaded with the sea network

    pts, inverse = np.unique(np.column_stack([lat, lon]), axis=0, return_inverse=True)
    dlat = np.degrees(SNAP_KM / EARTH_KM)
    dlon = np.minimum(180.0, dlat / np.maximum(0.01, np.cos(np.radians(np.minimum(89.9, np.abs(pts[:, 0]) + dlat)))))
    hits_p, hits_n = [], []
    for shift in (-360.0, 0.0, 360.0):
        boxes = shapely.box(pts[:, 1] - dlon + shift, pts[:, 0] - dlat, pts[:, 1] + dlon + shift, pts[:, 0] + dlat)
        p_ix, n_ix = tree.query(boxes, predicate="intersects")
        hits_p.append(p_ix)
        hits_n.append(n_ix)
    p_ix, n_ix = np.concatenate(hits_p), np.concatenate(hits_n)
    dot = np.einsum("ij,ij->i", _unit(pts[p_ix, 0], pts[p_ix, 1]), unit_nodes[n_ix])
    order = np.lexsort((n_ix, -dot, p_ix))  # per point: largest dot product (nearest) first, then node number
    p_ix, n_ix, dot = p_ix[order], n_ix[order], dot[order]
    first = np.flatnonzero(np.concatenate([[True], p_ix[1:] != p_ix[:-1]])) if len(p_ix) else np.zeros(0, int)
    node = np.full(len(pts), -1, dtype=np.int64)
    km = np.full(len(pts), np.inf)
    node[p_ix[first]] = n_ix[first]
    near = n_ix[first]
    km[p_ix[first]] = haversine_km(pts[p_ix[first], 0], pts[p_ix[first], 1], xy[near, 1], xy[near, 0])
    inverse = inverse.ravel()
    return node[inverse], km[inverse]


def _compute_sea_paths(ends: np.ndarray) -> list[np.ndarray | None]:
    from scipy.sparse.csgraph import dijkstra

    xy, unit_nodes, graph, tree = _sea_network()
    n = len(ends)
    # one look-up for both ends: a route's sea legs share their inner ends
    node, km = _nearest_nodes(tree, xy, unit_nodes, np.concatenate([ends[:, 0], ends[:, 2]]),
                              np.concatenate([ends[:, 1], ends[:, 3]]))
    node_a, node_b = node[:n], node[n:]
    near = (km[:n] <= SNAP_KM) & (km[n:] <= SNAP_KM)
    out: list[np.ndarray | None] = [None] * n
    # Most sea legs are short: a search bounded a little beyond what a detour
    # could need settles them at a fraction of a full search's cost (so one
    # search per start, each with its own bound, not one search bounded by the
    # longest leg); the few a bounded search misses (a long way round) are
    # searched again without bound.
    a_xy, b_xy = xy[node_a], xy[node_b]
    _, _, gc_m = _GEOD.inv(a_xy[:, 0], a_xy[:, 1], b_xy[:, 0], b_xy[:, 1])
    bound = 3.0 * np.asarray(gc_m) / 1000.0 + 500.0
    by_source: dict[int, list[int]] = {}
    for i in np.flatnonzero(near).tolist():
        by_source.setdefault(int(node_a[i]), []).append(i)
    for source in sorted(by_source):
        pairs = by_source[source]
        targets = node_b[pairs]
        _, pred = dijkstra(graph, indices=source, limit=bound[pairs].max(), return_predecessors=True)
        if ((pred[targets] < 0) & (targets != source)).any():
            _, pred = dijkstra(graph, indices=source, return_predecessors=True)
        for i in pairs:
            walk = [int(node_b[i])]
            while walk[-1] != source and walk[-1] >= 0:
                walk.append(int(pred[walk[-1]]))
            if walk[-1] < 0:  # no path at all
                continue
            a, b = ends[i, :2], ends[i, 2:]
            out[i] = np.vstack([a, xy[walk[::-1]][:, ::-1], b]) if len(walk) > 1 else np.vstack([a, b])
    return out


def _great_circles(lat1, lon1, lat2, lon2, nseg):
    """Points along the great circles from 1 to 2, ``nseg[i] + 1`` per leg, all legs at once.

    Spherical interpolation (slerp) between unit vectors; the few nearly
    antipodal legs, whose great circle the endpoints alone do not fix, follow
    the WGS84 geodesic from pyproj instead.
    """
    leg = np.repeat(np.arange(len(nseg)), nseg + 1)
    first = np.concatenate([[0], np.cumsum(nseg + 1)[:-1]])
    t = (np.arange(len(leg)) - first[leg]) / nseg[leg]  # 0 … 1 along each leg
    a, b = _unit(lat1, lon1), _unit(lat2, lon2)
    omega = np.arctan2(np.linalg.norm(np.cross(a, b), axis=1), np.einsum("ij,ij->i", a, b))
    sin_o = np.sin(omega)
    safe = sin_o > 1e-9
    # For (nearly) identical points slerp is 0/0; plain linear interpolation is exact enough there.
    wa = np.where(safe[leg], np.sin((1 - t) * omega[leg]) / np.where(safe, sin_o, 1.0)[leg], 1 - t)
    wb = np.where(safe[leg], np.sin(t * omega[leg]) / np.where(safe, sin_o, 1.0)[leg], t)
    p = a[leg] * wa[:, None] + b[leg] * wb[:, None]
    lat = np.degrees(np.arctan2(p[:, 2], np.hypot(p[:, 0], p[:, 1])))
    lon = np.degrees(np.arctan2(p[:, 1], p[:, 0]))
    for i in np.flatnonzero(~safe & (omega > 1.0)):  # antipodal: any great circle would do, take the geodesic
        n = int(nseg[i])
        mid = _GEOD.npts(lon1[i], lat1[i], lon2[i], lat2[i], n - 1) if n > 1 else []
        lon[first[i]:first[i] + n + 1] = [lon1[i], *(x for x, _ in mid), lon2[i]]
        lat[first[i]:first[i] + n + 1] = [lat1[i], *(y for _, y in mid), lat2[i]]
    # Exact endpoints: interpolation rounding must not move a stop.
    last = first + nseg
    lat[first], lon[first], lat[last], lon[last] = lat1, lon1, lat2, lon2
    return lat, lon


def _unit(lat, lon):
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


def _unwrap_routes(lon, group):
    """Unwrap longitudes so consecutive points of a group never differ by more than 180°.

    Each group (route) starts at its first longitude as given.
    """
    step = np.diff(lon)
    step = (step + 180.0) % 360.0 - 180.0  # the short way round
    step[np.diff(group) != 0] = 0.0  # no carry-over between routes ...
    out = lon[0] + np.concatenate([[0.0], np.cumsum(step)])
    starts = np.flatnonzero(np.concatenate([[True], np.diff(group) != 0]))
    # ... and each route restarts at its own first longitude.
    offset = lon[starts] - out[starts]
    return out + np.repeat(offset, np.diff(np.append(starts, len(lon))))


def round5(a: np.ndarray) -> np.ndarray:
    """``round(v, 5)`` of every value, exactly as Python's correctly rounded ``round`` does.

    ``np.round`` scales by 1e5 first, which can tip a value lying within a few
    ulps of a half the wrong way; those few are redone with Python's round.
    """
    a = np.asarray(a, dtype=float)
    out = np.round(a, 5)
    scaled = a * 1e5
    near = np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6)
    for i in near.tolist():
        out[i] = round(float(a[i]), 5)
    return out


def split_paths(legs: Sequence[Leg]):
    """RFC 7946 geometry of all legs at once: split at ±180°, longitudes in [-180, 180], 5 decimals.

    Returns ``(x, y, part_start, leg_parts)``: the coordinates of all parts
    one after another, part *k* being ``x[part_start[k]:part_start[k + 1]]``,
    and leg *i* made of parts ``leg_parts[i]`` to ``leg_parts[i + 1] - 1``
    (one part: a LineString; several: a MultiLineString).

    Rules, per leg: a piece ends where the path crosses the seam at
    lon = 180 + 360k (the crossing's latitude interpolated linearly, points
    are close); each piece is shifted back into [-180, 180] by the multiple
    of 360° its mean longitude calls for; coordinates are rounded to 5
    decimals; a piece of a split leg is dropped if it starts where it ends.
    """
    n = np.fromiter((len(g.path) for g in legs), np.int64, len(legs))
    if not len(legs):
        e = np.zeros(0)
        return e, e, np.zeros(1, np.int64), np.zeros(1, np.int64)
    flat = np.array([p for g in legs for p in g.path], dtype=float).reshape(-1, 2)
    x, y = to_lonlat(flat[:, 0], flat[:, 1])
    leg_start = np.concatenate([[0], np.cumsum(n)[:-1]])
    leg_of = np.repeat(np.arange(len(legs)), n)
    world = np.floor((x + 180.0) / 360.0)  # which copy of the world each point lies on
    cross = np.flatnonzero((world[1:] != world[:-1]) & (leg_of[1:] == leg_of[:-1])) + 1
    if len(cross):
        seam = 180.0 + 360.0 * np.minimum(world[cross], world[cross - 1])
        f = (seam - x[cross - 1]) / (x[cross] - x[cross - 1])
        ys = y[cross - 1] + f * (y[cross] - y[cross - 1])
        at = np.repeat(cross, 2)
        x, y = np.insert(x, at, np.repeat(seam, 2)), np.insert(y, at, np.repeat(ys, 2))
        leg_start = leg_start + 2 * np.searchsorted(cross, leg_start)
        piece_start = np.sort(np.concatenate([leg_start, cross + 2 * np.arange(len(cross)) + 1]))
    else:
        piece_start = leg_start
    lens = np.diff(np.append(piece_start, len(x)))
    mean = np.add.reduceat(x, piece_start) / lens
    shift = 360.0 * np.floor((mean + 180.0) / 360.0)  # bring each piece back to [-180, 180]
    x = round5(x - np.repeat(shift, lens))
    y = round5(y)
    piece_leg = np.searchsorted(leg_start, piece_start, side="right") - 1
    pieces_per_leg = np.bincount(piece_leg, minlength=len(legs))
    last = piece_start + lens - 1
    keep = ((lens >= 2) & ((x[piece_start] != x[last]) | (y[piece_start] != y[last]))) | (pieces_per_leg[piece_leg] == 1)
    if not keep.all():
        point_keep = np.repeat(keep, lens)
        x, y = x[point_keep], y[point_keep]
        piece_leg, lens = piece_leg[keep], lens[keep]
    part_start = np.concatenate([[0], np.cumsum(lens)])
    leg_parts = np.concatenate([[0], np.cumsum(np.bincount(piece_leg, minlength=len(legs)))])
    return x, y, part_start, leg_parts
