"""The map's symbols for facilities: one definition for the page and the picture.

A facility (an air base, a port, a depot ...: :data:`geo.geocoders.base.FACILITY_KINDS`,
a result's ``kind``) is drawn as a small square in its status colour with a white
glyph of its kind, where a town is a dot. Each glyph is a few polylines in a square
from -1 to 1 (x to the right, y downwards, as on a screen); the page draws them
(``templates/geomap/style.js``, from the map data) and so does ``geo image``
(:mod:`geo.image`, as matplotlib path markers), so the two look alike.

>>> from geo.geocoders.base import FACILITY_KINDS
>>> sorted(FACILITIES) == sorted(FACILITY_KINDS)  # a symbol for every kind the geocoder may give
True
"""

from __future__ import annotations

import math

__all__ = ["FACILITIES", "symbol_data"]


def _ring(cx: float, cy: float, r: float, n: int = 16) -> list[float]:
    return [round(v, 3) for k in range(n + 1)
            for v in (cx + r * math.cos(2 * math.pi * k / n), cy + r * math.sin(2 * math.pi * k / n))]


#: kind -> (what the legend and popups call it, its glyph as polylines [x0, y0, x1, y1, ...]).
FACILITIES: dict[str, tuple[str, list[list[float]]]] = {
    "airbase": ("Air base", [[0, -0.9, 0, 0.9], [-0.9, 0.2, 0, -0.25, 0.9, 0.2], [-0.4, 0.85, 0, 0.6, 0.4, 0.85]]),
    "naval-base": ("Naval base", [[0, -0.5, 0, 0.85], [-0.45, -0.25, 0.45, -0.25],
                                  [-0.75, 0.3, -0.6, 0.62, -0.3, 0.82, 0, 0.88, 0.3, 0.82, 0.6, 0.62, 0.75, 0.3],
                                  _ring(0, -0.7, 0.2, 8)]),
    "port": ("Port", [[-0.85, 0.25, -0.55, 0.75, 0.55, 0.75, 0.85, 0.25, -0.85, 0.25], [0, 0.25, 0, -0.85],
                      [0, -0.75, 0.55, 0.05, 0, 0.05]]),
    "depot": ("Depot", [[-0.65, -0.3, -0.65, 0.75, 0.65, 0.75, 0.65, -0.3], [-0.85, -0.2, 0, -0.85, 0.85, -0.2],
                        [-0.65, 0.2, 0.65, 0.2]]),
    "range": ("Range", [_ring(0, 0, 0.7), [-0.95, 0, 0.95, 0], [0, -0.95, 0, 0.95]]),
    "crossing": ("Crossing", [[-0.85, -0.3, 0.85, -0.3], [0.45, -0.65, 0.85, -0.3, 0.45, 0.05],
                              [0.85, 0.35, -0.85, 0.35], [-0.45, 0, -0.85, 0.35, -0.45, 0.7]]),
    "rail": ("Railway", [[-0.4, -0.95, -0.4, 0.95], [0.4, -0.95, 0.4, 0.95], [-0.75, -0.55, 0.75, -0.55],
                         [-0.75, 0, 0.75, 0], [-0.75, 0.55, 0.75, 0.55]]),
    "camp": ("Camp", [[-0.9, 0.75, 0, -0.8, 0.9, 0.75, -0.9, 0.75], [-0.25, 0.75, 0, 0.25, 0.25, 0.75]]),
    # a works with a saw-tooth roof and a chimney: no other glyph has a flat foot under teeth
    "plant": ("Plant", [[-0.8, 0.65, -0.8, 0, -0.4, -0.35, -0.4, 0, 0, -0.35, 0, 0, 0.3, 0, 0.3, -0.8, 0.65, -0.8,
                         0.65, 0.65, -0.8, 0.65]]),
}


def symbol_data(kinds) -> dict[str, dict]:
    """The symbols of the facility *kinds* present, as the page reads them: ``{kind: {"label", "lines"}}``.

    >>> symbol_data(["", "water", "port"])["port"]["label"]
    'Port'
    """
    return {k: {"label": FACILITIES[k][0], "lines": FACILITIES[k][1]} for k in sorted(set(kinds)) if k in FACILITIES}
