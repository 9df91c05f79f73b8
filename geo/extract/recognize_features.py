"""Tokens of an article and what the gazetteer and word frequencies say about them.

Shared by the rules and the trained tagger of :mod:`geo.extract.recognize` and by
``scripts/train_recognizer.py``, so that training and tagging see the very same features.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .. import gazetteer as gz

# Abbreviations with inner dots ("U.S.", "D.C."), short ones with a final dot ("St.", "Mt."),
# words (apostrophes inside; a possessive "'s" is split off), any other character.
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|(?:St|Ste|Mt|Ft|Pt)\.(?=\s[A-Z])"
    # abbreviated US states and Canadian provinces keep their dot, as printed ("Ga.", "Conn.", "Man.")
    r"|(?:Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nebr|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo|Alta|Ont|Que|Sask|Man)\.(?!\w)"
    # a hyphen is a token of its own: the gold sets mark the place in "Sydney-based", "Asia-Pacific"
    r"|\w+(?:['’](?![sS]\b)\w+)*"
    r"|[^\w\s]")

#: Words after which a capitalised word is usually a place.
LOCATIVE = frozenset("in at to from near into towards toward across outside inside around via through "
                     "throughout between within of visiting reached entered".split())
#: Directions that make a place a vague area ("western Russia").
DIRECTIONS = frozenset("north south east west northern southern eastern western central northeast "
                       "northwest southeast southwest northeastern northwestern southeastern "
                       "southwestern north-east north-west south-east south-west north-eastern "
                       "north-western south-eastern south-western".split())
#: Words naming a kind of area after a name ("the Kursk region", "Rapides Parish").
REGION_WORDS = frozenset(gz.REGION_WORDS | {"regions", "oblast", "krai", "kray"})
_MAX_NGRAM = 5
#: Lower-case words that may sit inside a place name ("Isle of Wight", "Rio de Janeiro", "Jammu and Kashmir").
JOINERS = frozenset("of de del della da do dos das du la le les el al upon on sur sous au aux en am an der den van "
                    "von y and".split())
#: More lower-case particles inside names, read only by the recogniser's longest-name step
#: (:func:`geo.extract.recognize.find_places`), not by the tagger's features, which were trained without them:
#: the Arabic article's other forms ("Dar es Salaam", "Deir ez-Zor", "Ras at-Tin"), "bin"/"ibn" ("Ksar ibn
#: Ghazi"), the Persian ezafe ("Mazar-i-Sharif", "Bandar-e Anzali"), Italian, Dutch, Romanian and Czech particles
#: ("Castel di Sangro", "Bergen op Zoom", "Alphen aan den Rijn", "Vadul lui Vodă", "Náměšť nad Oslavou").
PARTICLES = frozenset("es ez ed er ad ar as ash at az ul bin ibn bint i e di op aan lui nad pod".split())
#: An elided article or preposition before a capital ("Côte d'Ivoire", "L'Aquila").
_ELIDED = re.compile(r"[dl]['’][A-Z]")


class Token(NamedTuple):
    """A token of the text: ``text[start:end] == word``."""

    start: int
    end: int
    word: str


def tokenize(text: str) -> list[Token]:
    """Split *text* into tokens with their character offsets.

    >>> [t.word for t in tokenize("Troops in the U.S. and Ukraine's east.")]
    ['Troops', 'in', 'the', 'U.S.', 'and', 'Ukraine', "'", 's', 'east', '.']
    """
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


def is_cap(w: str) -> bool:
    """True for a word that starts with a capital letter ("Kursk", "U.S.", "McAllen")."""
    return w[:1].isupper()


@lru_cache(maxsize=1)
def _zipf():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is in requirements.txt
        return lambda w: 0.0
    return lambda w: zipf_frequency(w, "en")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """How common *word* is in English, lower-cased (wordfreq's Zipf scale, 0 = unknown, 7 = "the")."""
    return _zipf()(word.lower())


@dataclass(frozen=True, slots=True)
class GazHit:
    """What the gazetteer knows of a token span: the best reading's kind, population, flags."""

    i: int  # first token
    j: int  # one past the last token
    kind: int  # gz kind of the best reading
    logpop: float  # log10(population + 1) of the best reading
    primary: bool  # the best reading is by the entity's primary name
    region: bool  # only with a region word ("Kursk region")
    demonym: bool = False  # a people's adjective of a country or area ("Russian", "North Korean")
    particle: bool = False  # joined by one of PARTICLES ("Dar es Salaam"): no feature of the tagger


_DEMONYM_END = re.compile(r"(?:an|ans|ian|ians|ese|ish|i|is|ic|ch|ine|er|ers)$")


def _best(idx, posts, *, upper: bool, region_word: bool, key: str = ""):
    """The strongest valid reading among postings: (kind, logpop, primary, demonym) or None.

    A demonym is a name that only aliases a country or area, ends like a people's adjective
    and is not the start of the area's own name ("Russian", "Chinese"; not "Anhui" of
    "Anhui Sheng", nor "Dubai", which is also a city's own name).
    """
    best = None
    named = False
    for p in posts:
        flags = p & 7
        if flags & gz.CODE and not upper:
            continue
        if flags & gz.REGION_ONLY and not region_word:
            continue
        e = p >> 3
        kind = int(idx.kind[e])
        lp = math.log10(float(idx.pop[e]) + 1.0)
        named = named or not flags & gz.ALT and (lp > 0 or kind != gz.CITY)
        rank = (kind in (gz.COUNTRY, gz.CONTINENT, gz.WATER, gz.ADMIN1), not flags & gz.ALT, lp)
        if best is None or rank > best[0]:
            best = (rank, kind, lp, not flags & gz.ALT, e)
    if best is None:
        return None
    kind, e = best[1], best[4]
    demonym = (not named and kind in (gz.COUNTRY, gz.ADMIN1, gz.CONTINENT) and bool(_DEMONYM_END.search(key))
               and not gz.normalize(idx.names[e]).startswith(key))
    return kind, best[2], best[3], demonym


def gazetteer_hits(text: str, toks: list[Token], idx=None, *, particles: bool = False) -> list[GazHit]:
    """Every span of up to five tokens, starting with a capitalised word, that names a gazetteer entry.

    A span ending in a region word ("Kursk region", "Rapides Parish") is also looked up
    without it, as an administrative area. With *particles*, spans joined by one of
    :data:`PARTICLES` ("Dar es Salaam") too, flagged ``particle``. One batched index lookup per text.
    """
    idx = idx if idx is not None else gz.load()
    joiners = JOINERS | PARTICLES if particles else JOINERS
    spans, keys = [], []
    n = len(toks)
    for i in range(n):
        w = toks[i].word
        if not is_cap(w) or not (w[0].isalpha()):
            continue
        for j in range(i + 1, min(n, i + _MAX_NGRAM) + 1):
            last = toks[j - 1].word
            if j - 1 > i and not (is_cap(last) or last.lower() in joiners or last in "-'’." or
                                  last.lower() in REGION_WORDS or _ELIDED.match(last)):
                break
            if last in ",;:()\"“”!?":
                break
            if not last[-1].isalnum() and not (len(last) > 1 and last[-1] == "."):
                continue  # a span never ends in punctuation ("France'")
            if j - 1 > i and last in joiners:
                continue  # nor in a joining word ("Jammu and")
            s = text[toks[i].start:toks[j - 1].end]
            key = gz.normalize(s)
            if not key:
                continue
            region_word = j - 1 > i and last.lower() in REGION_WORDS
            spans.append((i, j, s.isupper(), region_word))
            keys.append(key)
            if region_word:
                core = gz.core_name(key)
                if core and core != key:
                    spans.append((i, j, s.isupper(), True))
                    keys.append(core)
    hits = {}
    for (i, j, upper, rw), key, posts in zip(spans, keys, idx.postings_many(keys)):
        if not posts:
            continue
        b = _best(idx, posts, upper=upper, region_word=rw, key=key)
        if b is None:
            continue
        part = particles and any(t.word.lower() in PARTICLES and t.word.lower() not in JOINERS
                                 for t in toks[i + 1:j - 1])
        h = GazHit(i, j, b[0], b[1], b[2], rw and b[0] in (gz.ADMIN1, gz.ADMIN2), b[3], part)
        old = hits.get((i, j))
        if old is None or (h.kind >= gz.ADMIN1, h.logpop) > (old.kind >= gz.ADMIN1, old.logpop):
            hits[(i, j)] = h
    return sorted(hits.values(), key=lambda h: (h.i, -(h.j - h.i)))


#: Words that end names of organisations, events and buildings ("Auckland Zoo", "Washington Post").
ORG_WORDS = frozenset("times post daily journal news herald tribune gazette press telegraph chronicle "
                      "university college school academy institute hospital clinic centre center "
                      "museum zoo library church cathedral mosque temple bank company corporation corp inc "
                      "ltd group council committee commission ministry department bureau agency authority "
                      "service services office police court party club team fc united airlines airport "
                      "stadium arena hotel festival cup games olympics award awards foundation association "
                      "union federation board network channel radio tv magazine review".split())
#: Titles before people's names ("Mr. Trapani", "Judge Flores").
TITLES = frozenset("mr mrs ms dr sen rep gov judge president minister secretary general sir lord lady "
                   "mayor chief officer sheriff detective sgt lt capt col coach rev father saint".split())

#: Bump when the features change: a model trained on other features is refused.
FEATURES_VERSION = 5

_DEMONYM_SUFFIX = re.compile(r"(?:an|ans|ian|ians|ese|ish|i|is|ic|ch)$")


def shape(w: str) -> str:
    """A word's shape: "Xx" (capitalised), "X" (all capitals), "x", "d" (digits), "X.X." (initials), "p" ..."""
    if w.isalpha():
        if w.isupper():
            return "X" if len(w) > 1 else "X1"
        if w.islower():
            return "x"
        if w[0].isupper():
            return "Xx" if w[1:].islower() else "XxX"
        return "xX"
    if w.isdigit():
        return "d"
    if "." in w and w[0].isalpha():
        return "X.X."
    if w[0].isalnum():
        return "Xx-" if w[0].isupper() else ("x-" if w[0].isalpha() else "d-")
    return "p"


_KIND_NAMES = gz.KIND_NAMES


def token_features(text: str, toks: list[Token], idx=None, hits: list[GazHit] | None = None) -> list[list[str]]:
    """The features of every token, for the tagger (the same in training and use).

    Word identity and shape, neighbouring words and word pairs ("in|kursk", "kursk|region"),
    whether the text starts a sentence, how common the word is in English, and what the
    gazetteer says of the spans it belongs to
    (begin/inside/end of a hit, the best reading's kind, population class, name or alias),
    plus two document-level cues: the word also occurs in lower case ("march"), or after
    a locative preposition ("in X") elsewhere in the article.
    """
    idx = idx if idx is not None else gz.load()
    n = len(toks)
    words = [t.word for t in toks]
    lows = [w.lower() for w in words]
    hits = gazetteer_hits(text, toks, idx) if hits is None else hits
    find = text.find
    starts = [k == 0 or words[k - 1] in ".!?|\"“”" or find("\n", toks[k - 1].end, toks[k].start) >= 0
              for k in range(n)]
    starts_at = starts.__getitem__
    cover: list[list[str]] = [[] for _ in range(n)]
    longest = [0] * n
    for h in hits:
        L = h.j - h.i
        desc = [f"k={_KIND_NAMES[h.kind]}", f"p={int(h.logpop)}", "pri" if h.primary else "alt"]
        if h.region:
            desc.append("reg")
        if h.demonym:
            desc.append("dem")
        for k in range(h.i, h.j):
            pos = "S" if L == 1 else "B" if k == h.i else "E" if k == h.j - 1 else "I"
            if L > longest[k]:
                longest[k] = L
                cover[k] = [f"g{pos}"] + [f"g{pos}{d}" if d.startswith("k=") else "g" + d for d in desc]
    lower_seen = {w for w in lows if w.isalpha()} & {w for w in words if w.islower()}
    # names of people and organisations: a capitalised word seen elsewhere in the article as the
    # last ("Elizabeth Fairfield") or the first ("Paris Public Library") of a run of capitalised
    # words that the gazetteer does not know as a whole
    hit_spans = {(h.i, h.j) for h in hits}
    in_last, in_first = set(), set()
    k = 0
    while k < n:
        if not is_cap(words[k]) or not words[k][0].isalpha():
            k += 1
            continue
        j = k + 1
        while j < n and is_cap(words[j]) and words[j][0].isalpha():
            j += 1
        if j - k >= 2 and (k, j) not in hit_spans and not starts_at(k):
            in_last.add(lows[j - 1])
            in_first.add(lows[k])
        k = j
    after_loc = {lows[k] for k in range(1, n) if lows[k - 1] in LOCATIVE and is_cap(words[k])}

    info = [_word_info(w) for w in words]
    # what a token says of the hit it is in as the neighbour one before (-1) or after (+1) another, made once
    as_prev = [[f"g-1={c[0]}", *(f"g-1{x}" for x in c[1:2])] if c else c for c in cover]
    as_next = [[f"g1={c[0]}", *(f"g1{x}" for x in c[1:2])] if c else c for c in cover]
    org = [w in ORG_WORDS for w in lows]
    out = []
    for k in range(n):
        ik = info[k]
        lw, sh, base, cap = ik[:4]
        f = list(base)
        if starts[k]:
            f.append("sent0")
        if cap:
            f.append(ik[4])
            if lw in lower_seen:
                f.append("lowseen")
            if lw in after_loc:
                f.append("docloc")
            if ik[5]:
                f.append("demsuf")
            if lw in in_last:
                f.append("doclast")
            if lw in in_first:
                f.append("docfirst")
        f.extend(cover[k])
        # the neighbours two before to two after, in that order (the order the features were trained in)
        if k >= 2:
            f.extend(info[k - 2][6])
        else:
            f.append("w-2=<>")
        if k >= 1:
            f.extend(info[k - 1][7])
            f.extend(as_prev[k - 1])
        else:
            f.append("w-1=<>")
        if k + 1 < n:
            f.extend(info[k + 1][8])
            f.extend(as_next[k + 1])
        else:
            f.append("w1=<>")
        if k + 2 < n:
            f.extend(info[k + 2][9])
        else:
            f.append("w2=<>")
        if k + 1 < n and org[k + 1] or k + 2 < n and org[k + 2]:
            f.append("org+")
        if k >= 2 and lows[k - 1] == "of" and org[k - 2]:
            f.append("org-of")
        if k > 0:
            low1 = lows[k - 1]
            if low1 in TITLES:
                f.append("title-")
            f.append(f"w-1|sh={low1}|{sh}")
        if k + 1 < n:
            f.append(f"sh|w+1={sh}|{lows[k + 1]}")
            f.append(f"bg+={lw}|{lows[k + 1]}")
        if k > 0:
            f.append(f"bg-={low1}|{lw}")
        out.append(f)
    return out


_INFO: dict[str, tuple] = {}


def _word_info(w: str) -> tuple:
    """What a word contributes wherever it stands (memoised: words repeat across articles)."""
    got = _INFO.get(w)
    if got is None:
        if len(_INFO) > 500_000:  # bounded memory over a long corpus
            _INFO.clear()
        lw, sh = w.lower(), shape(w)
        cap = sh in ("Xx", "X", "XxX", "X.X.", "Xx-")
        got = _INFO[w] = (lw, sh, (f"w={lw}", f"sh={sh}", f"s3={lw[-3:]}", f"p3={lw[:3]}"), cap,
                          f"z={int(zipf(w))}" if cap else "", bool(_DEMONYM_SUFFIX.search(lw)),
                          *((f"w{d}={lw}", f"sh{d}={sh}") for d in (-2, -1, 1, 2)))
    return got
