"""Find the place names in a text: named places as printed, and vaguely described areas.

:func:`find_places` is the one entry point. Named places come from the gazetteer
(:mod:`geo.gazetteer`): capitalised word sequences that name an entry, filtered by
simple rules (people's names, common words, sentence starts), plus misspellings
("Khabrovsk") found by the geocoder's narrow fuzzy match where the context says a
place follows ("in X", "such as X, Y and Z"). On top of the named places, described
areas become ``kind="vague"`` mentions: "western Russia", "a military airfield in
western Russia", "a North Korean port".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import gazetteer as gz
from .records import Mention
from .recognize_features import (DIRECTIONS, LOCATIVE, REGION_WORDS, GazHit, Token, gazetteer_hits,
                                 is_cap, tokenize, zipf)

#: Nouns of a described place ("a military airfield in ...", "a North Korean port").
FEATURE_NOUNS = frozenset("airfield airfields airbase airport base bases port ports harbour harbor city town "
                          "village villages region area areas camp camps site sites facility facilities "
                          "border province district territory coast island islands settlement front "
                          "location locations training ground grounds range".split())
_ARTICLES = frozenset("a an".split())
_SENTENCE_END = frozenset(".!?\"“”|")
_DEMONYM_END = re.compile(r"(?:an|ans|ian|ians|ese|ish|i|ic)$")
_FUZZY_MIN = 6  # shorter unknown words are too often names of people or things


@lru_cache(maxsize=1)
def _geocoder():
    from ..geocoders.offline import OfflineGeocoder

    return OfflineGeocoder()


def _sentence_start(toks: list[Token], i: int, text: str) -> bool:
    if i == 0:
        return True
    p = toks[i - 1]
    return p.word in _SENTENCE_END or "\n" in text[p.end:toks[i].start]


def _is_demonym(toks: list[Token], h: GazHit) -> bool:
    """"Russian", "North Korean": a country or area read through its people's adjective."""
    last = toks[h.j - 1].word
    return not h.primary and h.kind >= gz.ADMIN1 and bool(_DEMONYM_END.search(last))


def _named(text: str, toks: list[Token], idx) -> list[tuple[int, int, float]]:
    """Token spans (i, j, score) of named places, non-overlapping, in order."""
    hits = gazetteer_hits(text, toks, idx)
    by_start: dict[int, list[GazHit]] = {}
    for h in hits:
        by_start.setdefault(h.i, []).append(h)  # longest first
    covered = set()
    for h in hits:
        covered.update(range(h.i, h.j))
    out: list[tuple[int, int, float]] = []
    i, n = 0, len(toks)
    while i < n:
        for h in by_start.get(i, ()):
            ok = _accept(text, toks, h, covered)
            if ok:
                out.append((h.i, h.j, 1.0))
                i = h.j
                break
            if ok is None:
                i = h.j
                break
        else:
            i += 1
    return _fuzzy_places(text, toks, out, covered)


def _accept(text: str, toks: list[Token], h: GazHit, covered: set) -> bool | None:
    """Whether a gazetteer hit is a place here; None: not a place, and no shorter part of it is."""
    words = [t.word for t in toks[h.i:h.j]]
    if _is_demonym(toks, h):
        return None  # "North Korean": nor is "North"
    single = h.j - h.i == 1
    w = words[0]
    if single and len(w) < 2:
        return False
    if h.j < len(toks):  # "Vladimir Putin", "Korea Armed Forces": part of a longer name
        nxt = toks[h.j].word
        if is_cap(nxt) and nxt.isalpha() and nxt.lower() not in REGION_WORDS:
            return None
    if h.i > 0 and not _sentence_start(toks, h.i, text):  # "Unholy Alliance", "Jong Un"
        prv = toks[h.i - 1].word
        if is_cap(prv) and prv.isalpha() and (h.i - 1) not in covered:
            return None
    if single and w.isupper():  # codes: "US", "UK", "DPRK", "EU"; not "NATO", "NIS"
        return h.kind >= gz.ADMIN1 and h.logpop >= 6
    locative = h.i > 0 and toks[h.i - 1].word.lower() in LOCATIVE
    if single and not locative:
        common = zipf(w)
        if h.kind == gz.CITY:
            if _sentence_start(toks, h.i, text) and common > 4.0 and h.logpop < 6:
                return False
            if common > 4.0 and h.logpop < 5:
                return False
            if not h.primary and h.logpop < 4:
                return False
            if h.logpop < 3:
                return False
        elif h.kind != gz.COUNTRY:
            if common > 4.95 and h.logpop < 6.5:  # "Western troops"
                return False
            if _sentence_start(toks, h.i, text) and common > 4.0 and h.logpop < 6:  # "Pool photo"
                return False
    return True


def _fuzzy_places(text: str, toks: list[Token], spans: list[tuple[int, int, float]],
                  covered: set) -> list[tuple[int, int, float]]:
    """Add misspelt places ("Khabrovsk") where the context says a place follows."""
    taken = {k for i, j, _ in spans for k in range(i, j)}
    ends = {j for _, j, _ in spans}
    extra = []
    for k, t in enumerate(toks):
        w = t.word
        if (k in taken or k in covered or not is_cap(w) or not w.isalpha() or len(w) < _FUZZY_MIN
                or _sentence_start(toks, k, text)):
            continue
        if k + 1 < len(toks) and is_cap(toks[k + 1].word) and toks[k + 1].word.isalpha():
            continue  # part of a longer name
        prev = toks[k - 1].word.lower() if k else ""
        listed = prev in (",", "and", "or") and any(e in ends for e in range(k - 3, k))
        if not (prev in LOCATIVE or listed):
            continue
        try:
            r = _geocoder().geocode(w)
        except Exception:  # UnresolvedPlace: not a place we can read
            continue
        if r.match == "fuzzy":
            extra.append((k, k + 1, round(float(r.score), 3)))
    return sorted(spans + extra)


def _mention(text: str, toks: list[Token], i: int, j: int, kind: str, score: float) -> Mention:
    s, e = toks[i].start, toks[j - 1].end
    return Mention(s, e, text[s:e], kind, score)


def _widen(text: str, toks: list[Token], spans: list[tuple[int, int, float]], idx) -> list[Mention]:
    """Named spans as printed, with their described surroundings ("the Kursk region", "western Russia")."""
    out: list[Mention] = []
    named_ends = {i: (j, sc) for i, j, sc in spans}
    used_until = 0
    for i, j, sc in spans:
        if i < used_until:
            continue
        a, kind = i, "place"
        if toks[j - 1].word.lower() in REGION_WORDS and i > 0 and toks[i - 1].word.lower() == "the":
            a = i - 1  # "the Kursk region": a named region, as printed
        elif i > 0 and toks[i - 1].word.lower() in DIRECTIONS:
            a, kind = i - 1, "vague"  # "western Russia"
            if a > 0 and toks[a - 1].word.lower() == "the":
                a -= 1
        # "a military airfield in western Russia": an unnamed place described by a named one
        b = a - 1
        if b > 0 and toks[b].word.lower() in ("in", "near", "outside"):
            k = b - 1
            nouns = 0
            while k >= 0 and k >= b - 4 and toks[k].word.islower() and toks[k].word not in _ARTICLES:
                nouns += toks[k].word in FEATURE_NOUNS
                k -= 1
            if nouns and k >= 0 and toks[k].word.lower() in _ARTICLES and toks[b - 1].word in FEATURE_NOUNS:
                a, kind = k, "vague"
        if out and a < len(text) and toks[a].start < out[-1].end:
            a = i
        m = _mention(text, toks, a, j, kind, sc)
        out.append(m)
        used_until = j
    del named_ends
    return out


def _described(text: str, toks: list[Token], taken: list[Mention], idx) -> list[Mention]:
    """"a North Korean port": an indefinite article, a demonym and a place noun."""
    out = []
    hits = [h for h in gazetteer_hits(text, toks, idx) if _is_demonym(toks, h)]
    starts = {m.start for m in taken}
    for h in hits:
        if h.i == 0 or toks[h.i - 1].word.lower() not in _ARTICLES:
            continue
        k = h.j
        while k < len(toks) and k < h.j + 3 and toks[k].word.islower() and toks[k].word not in FEATURE_NOUNS:
            k += 1
        if k < len(toks) and toks[k].word in FEATURE_NOUNS:
            nxt = toks[k + 1].word.lower() if k + 1 < len(toks) else ""
            if nxt in ("of", "in", "near") and k + 2 < len(toks) and toks[k + 2].start in starts:
                continue  # "a Russian city of Kursk": the named place is the mention
            out.append(_mention(text, toks, h.i - 1, k + 1, "vague", 0.8))
    return out


def find_places(text: str, *, vague: bool = True) -> list[Mention]:
    """Find the place names in *text*, as printed.

    Parameters
    ----------
    text : the article's text; offsets index it unchanged.
    vague : also describe areas ("western Russia", "a military airfield in western Russia",
        "a North Korean port") as ``kind="vague"`` mentions and keep "the" of a named region
        ("the Kursk region"). With ``vague=False`` only the named places themselves are
        returned ("Russia", "Kursk region"): what toponym gold sets annotate.

    Returns
    -------
    Mentions sorted by start, non-overlapping, with ``text[m.start:m.end] == m.surface``.

    >>> [m.surface for m in find_places("Troops flew from Vladivostok to a military airfield in western Russia.")]
    ['Vladivostok', 'a military airfield in western Russia']
    """
    idx = gz.load()
    toks = tokenize(text)
    spans = _named(text, toks, idx)
    if not vague:
        return [_mention(text, toks, i, j, "place", sc) for i, j, sc in spans]
    out = _widen(text, toks, spans, idx)
    for m in _described(text, toks, out, idx):
        if not any(o.start < m.end and m.start < o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)
