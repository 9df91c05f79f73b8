"""Source: seaports, from the port list the ``searoute`` package ships (about 3,900 ports with UN/LOCODE codes).

``searoute`` (Apache-2.0) is already a dependency for the map's sea paths; its ``ports.geojson``
names each port by its UN/LOCODE code ("RUVYP") and place name ("Vostochny"), at the code's point
(about a minute of arc). A port is found only with a facility noun ("the port of Vostochny",
"Vostochny port", :mod:`.facility_forms`), never by the bare name, which stays the town's.
Several rows share a code: a row more than 100 km from the first of its code is an error of the
list (UADNK, Dnipro, is also given to Poltava) and is left out. A row's country is its code's first
two letters, except where the list is wrong about it (:data:`COUNTRY_FIXES`); rows whose point is
wrong are left out (:data:`WRONG_POINTS`). Optional: without the package the gazetteer has no ports
of its own (the curated table still has the main naval ports).
"""

from __future__ import annotations

import json
import os

from ..geocoders.base import FACILITY_KINDS
from .common import haversine_km, package_dir
from .index import FAC_CIVIL, POINT

_PORT = FACILITY_KINDS.index("port") + 1
_SAME_CODE_KM = 100.0

#: Ports whose code names the wrong country, with the country their point lies in. Obsolete codes
#: (CS, Serbia and Montenegro; AN, the Netherlands Antilles) and slips of the list ("Panama" under
#: American Samoa, "Chernihiv" under Switzerland, "Zaporizhzhia" under South Africa). Found by
#: tests/test_gazetteer.py, which checks every port against its country's Natural Earth outline.
COUNTRY_FIXES = {
    "ASPGO": "PA", "CHERN": "UA", "ZAPOR": "UA", "IDCHN": "IE", "TKMRW": "TM", "USGUA": "GU",
    "CSBAR": "ME", "CSKOT": "ME", "CSZEL": "ME",
    "ANBUB": "CW", "ANCRB": "CW", "ANFUI": "CW", "ANSMB": "CW", "ANWIL": "CW",
    "ANKRA": "NL", "ANEUX": "NL", "ANPHI": "SX",
}
#: Rows whose point is far from their own port (a longitude without its sign puts San Jose, Costa
#: Rica, in the Indian Ocean): left out rather than placed there. Found by the same test.
WRONG_POINTS = frozenset({"CRSJO", "VCCRP", "IDKIJ"})


def read() -> list[tuple[str, str, str, float, float]]:
    """(UN/LOCODE, name, ISO country, lat, lon) of every port of searoute's list, in its order."""
    pkg = package_dir("searoute")
    path = os.path.join(pkg, "data", "ports.geojson") if pkg else ""
    if not path or not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        feats = json.load(f).get("features", [])
    out, first = [], {}
    for ft in feats:
        p, g = ft.get("properties") or {}, ft.get("geometry") or {}
        code, name = str(p.get("port") or ""), str(p.get("name") or "").strip()
        try:
            lon, lat = (float(x) for x in g["coordinates"][:2])
        except (KeyError, TypeError, ValueError):
            continue
        if len(code) != 5 or not name or code in WRONG_POINTS:
            continue
        if code in first and float(haversine_km(lat, lon, *first[code])) > _SAME_CODE_KM:
            continue
        first.setdefault(code, (lat, lon))
        out.append((code, name, COUNTRY_FIXES.get(code, code[:2]), lat, lon))
    return out


def add(b) -> None:
    """Add every port of :func:`read` to the builder *b*, found by its name with a port noun."""
    for code, name, cc, lat, lon in read():
        eid = b.add(POINT, f"Port of {name}", lat, lon, 0, 0.0, 0, cc, fac=_PORT | FAC_CIVIL, ref=f"searoute:{code}")
        b.fkey(name, "port", eid)
