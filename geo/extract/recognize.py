"""Find the place names in a text: named places as printed, and vaguely described areas.

:func:`find_places` is the one entry point. Named places are tagged by a linear-chain CRF
(python-crfsuite) that we train ourselves with ``scripts/train_recognizer.py`` on the
development halves of four public toponym gold sets; its features
(:mod:`geo.extract.recognize_features`) are the words, their shapes and neighbours, how
common a word is in English (wordfreq) and what the offline gazetteer knows of every
capitalised span (kind, population, name or alias, demonym). The model file ships in this
package beside its manifest (``recognize_model.json``), whose SHA-256 is checked before the
file is loaded. Misspellings the tagger leaves ("Khabrovsk") are added by the geocoder's
narrow fuzzy match where the context says a place follows ("in X", "such as X, Y and Z"),
and a rare word the gazetteer lacks where only a place can stand ("near Robotyne").
Tagged parts of one name are made whole ("Rio Grande do Sul", "Kvemo-Kartli"); a place name
that names a disease ("Hong Kong flu") or a currency ("$US"), and the name of an institution
or a building ("Stoke Mandeville Hospital"), are dropped. A name tagged once is a place
wherever else the article puts it after "in", "near", "to" ... .
On top of the named places, described areas become ``kind="vague"`` mentions: "western
Russia", "a military airfield in western Russia", "a North Korean port".

``Recognizer(None)`` is the rules alone (gazetteer hits filtered by hand-written rules),
kept as the baseline the model is measured against.
"""

from __future__ import annotations

import os
import re
import threading
from functools import lru_cache

from .. import gazetteer as gz
from ..errors import GeoError
from .dates import _MONTHS as _MONTH_NUMBERS, _WEEKDAYS
from .modelfile import open_checked
from .records import Mention
from .recognize_features import (DIRECTIONS, FEATURES_VERSION, JOINERS, LOCATIVE, ORG_WORDS, PARTICLES, REGION_WORDS,
                                 GazHit, Token, gazetteer_hits, is_cap, token_features, tokenize, zipf)

#: The shipped model (trained by scripts/train_recognizer.py) and its manifest beside it.
MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "recognize_model.crfsuite")


class RecognizerError(GeoError, RuntimeError):
    """The place-name model is missing, altered or made for other features."""


#: Nouns of a described place ("a military airfield in ...", "a North Korean port").
FEATURE_NOUNS = frozenset("airfield airfields airbase airport base bases port ports harbour harbor city town "
                          "village villages region area areas camp camps site sites facility facilities "
                          "border frontier province district territory coast island islands settlement front "
                          "location locations training ground grounds range".split())
_ARTICLES = frozenset("a an".split())
#: Nouns of an edge of a country, an area whether it takes "a" or "the" ("the Belarusian border").
_EDGE_NOUNS = frozenset("border borders frontier coast coastline".split())
_SENTENCE_END = frozenset(".!?\"“”|")
_FUZZY_MIN = 6  # shorter unknown words are too often names of people or things
#: Words after which a rare capitalised word the gazetteer cannot place is still a place ("near Robotyne").
_UNKNOWN_CUES = frozenset("near outside towards toward".split())
_SETTLEMENTS = frozenset("village town settlement city hamlet".split())
_UNKNOWN_ZIPF = 2.5  # rarer than this in English: no common word or well-known name
#: Words after which a place name names a disease or a pathogen ("Hong Kong flu", "Reston ebolavirus").
DISEASE_WORDS = frozenset("virus viruses ebolavirus flu influenza fever disease strain encephalitis".split())


@lru_cache(maxsize=1)
def _geocoder():
    from ..geocoders.offline import OfflineGeocoder

    return OfflineGeocoder()


def _sentence_start(toks: list[Token], i: int, text: str) -> bool:
    if i == 0:
        return True
    p = toks[i - 1]
    return p.word in _SENTENCE_END or "\n" in text[p.end:toks[i].start]


_PEOPLE_END = re.compile(r"(?:an|ans|ese|ish|i|is|inos|ons)$")


def _is_demonym(toks: list[Token], h: GazHit) -> bool:
    """"Russian", "North Korean": a country or area read through its people's adjective.

    Besides the gazetteer's demonyms, an alias of a country or continent that ends like one
    ("Korean" of the Korean Peninsula, "Britons", "Filipinos").
    """
    return h.demonym or (not h.primary and h.kind in (gz.COUNTRY, gz.CONTINENT)
                         and bool(_PEOPLE_END.search(toks[h.j - 1].word)))


def _named(text: str, toks: list[Token], hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """Token spans (i, j, score) of named places by the rules alone, non-overlapping, in order."""
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
    return out


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


def _joined(text: str, toks: list[Token], k: int) -> bool:
    """Token *k* is a hyphen inside a word, between two capitalised parts ("Vest-Agder")."""
    return (0 < k < len(toks) - 1 and toks[k].word == "-" and toks[k - 1].end == toks[k].start
            and toks[k].end == toks[k + 1].start and is_cap(toks[k - 1].word) and is_cap(toks[k + 1].word)
            and toks[k - 1].word.isalpha() and toks[k + 1].word.isalpha())


def _one_printed_word(toks: list[Token], i: int, j: int) -> bool:
    """Whether toks[i:j] are three or more tokens printed without a space ("Rostov-on-Don", "al-Qusayr")."""
    return j - i >= 3 and all(toks[k].end == toks[k + 1].start for k in range(i, j - 1))


def _whole_names(text: str, toks: list[Token], spans: list[tuple[int, int, float]],
                 hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """Tagged parts of one name made whole.

    A place the gazetteer knows as one hyphenated word ("Rostov-on-Don"); a country or state
    the gazetteer names in words joined by a lower-case one ("Rio Grande do Sul", "Jammu and
    Kashmir") when the tags cover only parts of it; and a
    hyphenated name both of whose parts are tagged ("Kvemo-Kartli") unless each part is a
    place of its own ("India-Pakistan", "Asia-Pacific").
    """
    if not spans:
        return spans
    known = {(h.i, h.j) for h in hits}
    for h in hits:
        if _one_printed_word(toks, h.i, h.j):
            # one printed word the gazetteer knows whole ("Rostov-on-Don"): never cut into "Rostov" and "Don"
            inner = [s for s in spans if s[0] < h.j and h.i < s[1]]
            if inner and all(h.i <= s[0] and s[1] <= h.j for s in inner) and [s[:2] for s in inner] != [(h.i, h.j)]:
                spans = sorted([s for s in spans if s not in inner] + [(h.i, h.j, max(s[2] for s in inner))])
            continue
        # only names with a lower-case word inside, which the tags tend to break ("do", "and");
        # not "Dublin City" or "Kursk region", whose first word is what the gold sets mark
        if (h.j - h.i < 3 or h.kind not in (gz.COUNTRY, gz.ADMIN1) or not h.primary
                or not all(t.word.isalpha() for t in toks[h.i:h.j])
                or not any(t.word.islower() for t in toks[h.i + 1:h.j - 1])
                or toks[h.j - 1].word.lower() in REGION_WORDS):
            continue
        inner = [s for s in spans if s[0] < h.j and h.i < s[1]]
        if inner and all(h.i <= s[0] and s[1] <= h.j for s in inner) and (h.i, h.j) not in {s[:2] for s in inner}:
            sc = max(s[2] for s in inner)
            spans = sorted([s for s in spans if s not in inner] + [(h.i, h.j, sc)])
    out: list[tuple[int, int, float]] = []
    for s in spans:
        if out and out[-1][1] + 1 == s[0] and _joined(text, toks, s[0] - 1):
            a, b = out[-1], s  # both parts tagged: one name unless both are places of their own
            if not ((a[0], a[1]) in known and (b[0], b[1]) in known):
                out[-1] = (a[0], b[1], max(a[2], b[2]))
                continue
        out.append(s)
    return out


#: Lower-case words that join the parts of one name ("Dar es Salaam", "Stratford-upon-Avon", "Paredes de Nava").
#: Not the English "of" and "and": "State of Ohio", "West Bank and Gaza" are what the gold sets mark as two places
#: (:func:`_whole_names` reads a country's or a state's name joined by them, "Jammu and Kashmir").
_NAME_PARTICLES = frozenset((JOINERS | PARTICLES) - {"and", "y", "of"})


def _particled(toks: list[Token], h: GazHit) -> bool:
    """Whether the gazetteer's name toks[h.i:h.j] joins capitalised words by lower-case particles, or by hyphens
    or apostrophes printed inside a word ("Sharm el-Sheikh"; not "COLUMBIA -- The")."""
    words = [t.word for t in toks[h.i:h.j]]
    if len(words) < 2 or all(is_cap(w) for w in words) or words[-1].lower() in REGION_WORDS:
        return False  # "Dublin City", "Kursk region": the gold sets mark the first word
    for k in range(h.i + 1, h.j):
        w = toks[k].word
        if w in ("-", "'", "’"):
            if not (toks[k - 1].end == toks[k].start and k + 1 < h.j and toks[k].end == toks[k + 1].start):
                return False
        elif not (is_cap(w) or w.lower() in _NAME_PARTICLES or w[:2].lower() in ("d'", "l'", "d’", "l’")):
            return False
    return True


def _longest_known(toks: list[Token], spans: list[tuple[int, int, float]],
                   hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """A name the tags cut short is the longest name the gazetteer knows around it when what they left out are
    lower-case particles, hyphens or apostrophes and the capitalised words they join: "Dar es Salaam" (not
    "Dar"), "Sharm el-Sheikh", "Ain al-Asad", "Deir ez-Zor", "Stratford-upon-Avon".

    Only a name the tags touched, and only when every tagged part lies inside it.
    """
    if not spans:
        return spans
    out = list(spans)
    for h in sorted(hits, key=lambda h: (-(h.j - h.i), h.i)):
        if h.demonym or h.j - h.i < 2 or not _particled(toks, h):
            continue
        inside = [s for s in out if s[0] < h.j and h.i < s[1]]
        if not inside or any(s[0] < h.i or s[1] > h.j or s[:2] == (h.i, h.j) for s in inside):
            continue
        out = sorted([s for s in out if s not in inside] + [(h.i, h.j, max(s[2] for s in inside))])
    return out


#: Last words of the names of institutions and buildings ("Stoke Mandeville Hospital", "Seoul City Hall").
#: Not airports: troops are flown to them, and the gazetteer places 28,000 of them.
FACILITY_WORDS = frozenset(ORG_WORDS - {"union", "federation", "bank", "united", "authority", "party", "group",
                                        "airport"}
                           | {"hall", "racecourse", "elementary", "laboratory", "laboratories"})


def _facilities(toks: list[Token], spans: list[tuple[int, int, float]],
                hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """Without the names of institutions and buildings ("Frederick Memorial Hospital", "Lancaster
    University", "Seoul City Hall"): an organisation, or a building that the gazetteer cannot place.

    Not "West Bank", "European Union", "Russian Federation" (those words also end places), nor a
    name the gazetteer itself holds. Of "University of California" the place "California" stays.
    """
    known = {(h.i, h.j) for h in hits}
    out = []
    for i, j, sc in spans:
        if (i, j) in known:
            out.append((i, j, sc))
            continue
        if j - i > 1 and toks[j - 1].word.lower() in FACILITY_WORDS and is_cap(toks[j - 1].word):
            continue
        # "University of California": the place is what follows "of"
        k = i + 2 + (i + 2 < j and toks[i + 2].word == "the")
        if k < j and toks[i].word.lower() in FACILITY_WORDS and toks[i + 1].word == "of":
            i = k
        out.append((i, j, sc))
    return out


#: Last words of the names of newspapers, universities, zoos and companies that begin with a place's name
#: ("the New York Times", "Auckland Zoo", "Kenya Broadcasting Corporation"). Not ministries, councils or
#: police: those name the place's own government, which gold sets mark as often as not.
NAMESAKE_ORG_WORDS = frozenset("times post daily journal herald tribune gazette chronicle telegraph star mail "
                               "university college zoo museum corporation company broadcasting".split())


def in_organisation(toks: list[Token], i: int, j: int) -> bool:
    """Whether the place name toks[i:j] begins or ends the name of a newspaper, a university, a zoo or a company.

    "the New York Times", "Auckland Zoo", "Michigan State University", "University of Georgia".
    """
    k, n = j, len(toks)
    while k < n and k < j + 4 and is_cap(toks[k].word) and toks[k].word.isalpha():
        if toks[k].word.lower() in NAMESAKE_ORG_WORDS:
            return True
        k += 1
    return (i >= 2 and toks[i - 1].word == "of" and toks[i - 2].word in ("University", "College", "Museum")
            or i >= 3 and toks[i - 1].word == "the" and toks[i - 2].word == "of"
            and toks[i - 3].word in ("University", "College", "Museum"))


#: Titles before a person's name that no place name follows ("Mr. Trapani", "Judge Flores").
PERSON_TITLES = frozenset("mr mrs ms miss dr sen rep gov judge sheriff detective sgt lt capt col coach rev "
                          "mayor officer deputy trooper".split())


def _not_people(toks: list[Token], spans: list[tuple[int, int, float]],
                hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """Without a one-word name that the article gives a person elsewhere ("Mr. Trapani", "Judge Austin").

    A country or a state keeps its place ("Mr. Jordan visited Jordan"), as does a name followed
    by its state or country ("Rep. Jackson ... in Jackson, Mississippi").
    """
    people = set()
    n = len(toks)
    for k, t in enumerate(toks):
        if t.word.lower() in PERSON_TITLES and is_cap(t.word):
            j = k + 1 + (k + 1 < n and toks[k + 1].word == ".")
            e = j
            while e < n and is_cap(toks[e].word) and toks[e].word.isalpha():
                e += 1
            if e > j:
                people.add(toks[e - 1].word)
    if not people:
        return spans
    big = {(h.i, h.j) for h in hits if h.kind in (gz.COUNTRY, gz.ADMIN1, gz.CONTINENT)}
    # "Jackson, Mississippi": a name followed by its state or country is the place
    placed = {s for s in spans if s[1] + 1 < n and toks[s[1]].word == "," and any(i == s[1] + 1 for i, _ in big)}
    return [s for s in spans if s in placed
            or not (s[1] - s[0] == 1 and toks[s[0]].word in people and s[:2] not in big)]


def _not_a_place(text: str, toks: list[Token], i: int, j: int) -> bool:
    """A currency ("US$58", "$US 1.5 billion"), a disease named after a place ("Hong Kong flu"), or a name after a
    word that makes what follows "to" a person or a body ("He wrote to Austin", "according to Kyiv")."""
    if text[toks[j - 1].end:toks[j - 1].end + 1] == "$" or text[toks[i].start - 1:toks[i].start] == "$":
        return True
    if (i >= 2 and toks[i - 1].word.lower() == "to" and toks[i - 2].word.lower() in _TO_A_PERSON
            and not (j < len(toks) and toks[j].word in ("'", "’"))):  # "according to Ukraine's army": its army's
        return True
    return (j < len(toks) and toks[j].word.lower() in DISEASE_WORDS
            and not text[toks[j - 1].end:toks[j].start].strip())


def _fuzzy_places(text: str, toks: list[Token], spans: list[tuple[int, int, float]],
                  hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """Add misspelt places ("Khabrovsk") where the context says a place follows, and rare words the
    gazetteer lacks where only a place can stand ("near Robotyne", "the village of Synkivka")."""
    covered = {k for h in hits for k in range(h.i, h.j)}
    taken = {k for i, j, _ in spans for k in range(i, j)}
    ends = {j for _, j, _ in spans}
    extra = []
    for k, t in enumerate(toks):
        w = t.word
        if (k in taken or k in covered or not is_cap(w) or not w.isalpha() or len(w) < _FUZZY_MIN
                or _sentence_start(toks, k, text) or zipf(w) >= 3.0):  # "in January"
            continue
        if k + 1 < len(toks) and is_cap(toks[k + 1].word) and toks[k + 1].word.isalpha():
            continue  # part of a longer name
        prev = toks[k - 1].word.lower() if k else ""
        listed = prev in (",", "and", "or") and any(e in ends for e in range(k - 3, k))
        if not (prev in LOCATIVE or listed):
            continue
        try:
            r = _geocoder().geocode(w)
        except GeoError:  # UnresolvedPlace: not a place we can read
            # "near Robotyne", "the village of Synkivka": a rare word where only a place can stand is
            # drafted for the reviewer to place, rather than lost
            if (prev in _UNKNOWN_CUES or k >= 2 and toks[k - 1].word == "of"
                    and toks[k - 2].word.lower() in _SETTLEMENTS) and zipf(w) < _UNKNOWN_ZIPF:
                extra.append((k, k + 1, 0.4))
            continue
        if r.match == "fuzzy":
            extra.append((k, k + 1, round(float(r.score), 3)))
    return sorted(spans + extra)


def _named_in_full(toks: list[Token], spans: list[tuple[int, int, float]],
                   hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """An airport or air base the gazetteer names in full after "from", "to", "at" ... ("from RAF Brize Norton"),
    and a hyphenated name it knows whole ("around al-Qusayr"), which the tagger, trained on news of other things,
    tends to leave out."""
    taken = {k for i, j, _ in spans for k in range(i, j)}
    extra = []
    for h in hits:
        i = h.i
        if (i >= 3 and toks[i - 1].word == "-" and toks[i - 2].word in _ARABIC_ARTICLES
                and toks[i - 2].end == toks[i - 1].start and toks[i - 1].end == toks[i].start):
            i -= 2  # "al-Qusayr": the article belongs to the name as printed
        elif h.j - h.i < 2:
            continue
        if i == 0 or toks[i - 1].word.lower() not in LOCATIVE or any(k in taken for k in range(i, h.j)):
            continue
        if h.kind == gz.POINT or _one_printed_word(toks, i, h.j):
            extra.append((i, h.j, 0.5))
            taken.update(range(i, h.j))
    return sorted(spans + extra) if extra else spans


#: The Arabic article as news prints it before a place name ("al-Qusayr", "ad-Dawr").
_ARABIC_ARTICLES = frozenset("al el ad ar as ash at az an ed er es".split())


#: The least score of a tagged name that makes its other occurrences after "in", "near" ... places too.
_CONSISTENT_LEAST = 0.5


def _consistent(toks: list[Token], spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A name tagged elsewhere in the article is a place wherever a locative preposition introduces it.

    ("... mass near Kupiansk" in the headline, then "troops near Kupiansk in the Kharkiv Oblast",
    which the tagger alone leaves out.) Not when it starts a longer name ("in Kupiansk District").
    """
    names: dict[tuple[str, ...], float] = {}
    for i, j, sc in spans:
        if sc >= _CONSISTENT_LEAST:
            key = tuple(t.word for t in toks[i:j])
            names[key] = max(names.get(key, 0.0), sc)
    if not names:
        return spans
    taken = {k for i, j, _ in spans for k in range(i, j)}
    extra = []
    n = len(toks)
    firsts = {key[0] for key in names}
    at: dict[str, list[int]] = {}
    for k in range(1, n):
        if toks[k].word in firsts:
            at.setdefault(toks[k].word, []).append(k)
    for key, sc in names.items():
        L = len(key)
        for k in at.get(key[0], ()):
            if tuple(t.word for t in toks[k:k + L]) != key:
                continue
            if any(q in taken for q in range(k, k + L)) or toks[k - 1].word.lower() not in LOCATIVE:
                continue
            if k + L < n and is_cap(toks[k + L].word) and toks[k + L].word.isalpha():
                continue
            extra.append((k, k + L, sc))
            taken.update(range(k, k + L))
    return sorted(spans + extra)


def _agency_acronyms(toks: list[Token], spans: list[tuple[int, int, float]],
                     hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """An acronym that names no place is no place, for the drafts: one the gazetteer does not know ("NIS"), or the
    initials of a name the text spells out that is no place itself ("National Intelligence Service" ... "the NIS").

    Places' acronyms stay: the gazetteer knows the countries' ("UAE", "DPRK"), and one the text defines after a
    place's name ("New South Wales (NSW)") is read by :func:`_acronyms`.
    """
    acr = {k for k, (i, j, _sc) in enumerate(spans) if j == i + 1 and 2 <= len(toks[i].word) <= 6
           and toks[i].word.isupper() and toks[i].word.isalpha()}
    if not acr:
        return spans
    known = {(h.i, h.j) for h in hits}
    # the initials of a place named in full ("United Arab Emirates" ... "the UAE") are that place's
    placed = {"".join(t.word[0] for t in toks[i:j] if t.word[:1].isupper()) for i, j, _ in spans if j - i > 1}
    initials: set[str] = set()
    run: list[str] = []
    for t in [*toks, None]:
        if t is not None and t.word[:1].isupper() and t.word.isalpha() and not t.word.isupper():
            run.append(t.word)
            continue
        for a in range(len(run)):
            for b in range(a + 2, min(len(run), a + 6) + 1):
                initials.add("".join(w[0] for w in run[a:b]))
        run = []
    out = []
    for k, (i, j, sc) in enumerate(spans):
        w = toks[i].word
        if k in acr and ((i, j) not in known or (w in initials and w not in placed)):
            continue
        out.append((i, j, sc))
    return out


def _acronyms(toks: list[Token], spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A place's acronym defined in the text ("New South Wales (NSW)") is that place wherever it stands."""
    defined: dict[str, float] = {}
    for i, j, sc in spans:
        if j + 2 < len(toks) and toks[j].word == "(" and toks[j + 2].word == ")":
            acr = toks[j + 1].word
            initials = "".join(t.word[0] for t in toks[i:j] if t.word[:1].isupper())
            if len(acr) >= 2 and acr.isupper() and acr.isalpha() and acr == initials:
                defined[acr] = sc
    if not defined:
        return spans
    taken = {k for i, j, _ in spans for k in range(i, j)}
    extra = [(k, k + 1, defined[t.word]) for k, t in enumerate(toks) if t.word in defined and k not in taken]
    return sorted(spans + extra)


#: Nouns of a facility printed after its name ("Hmeimim airbase", "the Kerem Shalom crossing", "Tumangang station"),
#: longest first; a facility's name is passed whole, with its noun, to the geocoder.
FACILITY_NOUNS = tuple(tuple(n.split()) for n in sorted((
    "port", "seaport", "harbour", "harbor", "airbase", "airfield", "airport", "air base", "air field", "airstrip",
    "naval base", "base", "military base", "crossing", "border crossing", "checkpoint", "training ground",
    "training grounds", "training area", "range", "firing range", "test site", "launch site", "depot",
    "ammunition depot", "arms depot", "fuel depot", "arsenal", "junction", "railway junction", "rail junction",
    "railway station", "station", "rail station", "terminal", "container terminal", "bridge", "dam", "camp",
    "garrison", "cosmodrome", "shipyard", "pier",
    # plants (kind plant): a power station, a nuclear site, a works of any sort
    "plant", "power plant", "nuclear power plant", "nuclear plant", "thermal power plant", "power station",
    "nuclear power station", "reactor", "factory", "works", "steelworks", "steel works", "steel plant",
    "chemical plant", "ammunition plant", "tank plant", "aircraft plant", "coke plant"), key=lambda n: -len(n.split())))
#: Words that open a facility's or a feature's name ("Port of Ashdod", "RAF Akrotiri", "Joint Base Langley-Eustis",
#: "Air Force Base Waterkloof", "Marine Corps Air Station Cherry Point", "Cape Tarkhankut"): the name is read whole,
#: never cut to its noun (which the geocoder refuses as no name: "Air Force Base" had been Hoedspruit's, "Cape" the
#: Cape province). For one first word, the longer opener first.
_FACILITY_OPENERS = (("port", "of"), ("raf",), ("joint", "base"), ("naval", "air", "station"),
                     ("naval", "air", "facility"), ("naval", "station"), ("naval", "base"), ("air", "force", "base"),
                     ("air", "force", "station"), ("air", "base"), ("marine", "corps", "air", "station"),
                     ("camp",), ("fort",), ("cfb",), ("nas",), ("cape", "of"), ("cape",))
#: The openers by their first word, in the order above (tried only where a token could open one: a tenth of the time).
_OPENERS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _opener in _FACILITY_OPENERS:
    _OPENERS_BY_FIRST[_opener[0]] = _OPENERS_BY_FIRST.get(_opener[0], ()) + (_opener,)


#: Openers that name a facility by a number after them ("Air Base 101", "Camp 22"); not "RAF 2 Squadron".
_NUMBERED_OPENERS = (("air", "base"), ("naval", "base"), ("naval", "station"), ("camp",))


_FACILITY_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _noun in FACILITY_NOUNS:
    _FACILITY_BY_FIRST.setdefault(_noun[0], ())
    _FACILITY_BY_FIRST[_noun[0]] += (_noun,)


def _facility_at(toks: list[Token], k: int) -> int:
    """How many tokens from *k* name a facility noun ("air base": 2), or 0."""
    for noun in _FACILITY_BY_FIRST.get(toks[k].word.lower(), ()):
        if k + len(noun) <= len(toks) and all(toks[k + q].word.lower() == w for q, w in enumerate(noun)):
            return len(noun)
    return 0


def _name_run(text: str, toks: list[Token], end: int) -> int:
    """Where the run of capitalised words (and "al-", hyphens) ending before token *end* starts, or *end*."""
    i = end
    while i > 0 and end - i < 5:
        w = toks[i - 1].word
        if is_cap(w) and (w.isalpha() or w.replace("-", "").isalnum()):
            i -= 1
        elif (w == "-" and i >= 2 and toks[i - 2].end == toks[i - 1].start and toks[i - 1].end == toks[i].start
              and (toks[i - 2].word.lower() in _ARABIC_ARTICLES or is_cap(toks[i - 2].word))):
            i -= 2  # "al-Khadim", "Langley-Eustis"
        else:
            break
        if "\n" in text[toks[i].end:toks[min(i + 1, end - 1)].start]:
            break
    while i < end and toks[i].word == "-":
        i += 1
    return i


def _facility_names(text: str, toks: list[Token], spans: list[tuple[int, int, float]],
                    hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """Facilities named whole, with their noun: "Hmeimim airbase", "Shahid Rajaee port", "the Orsha junction",
    "Port of Ashdod", "RAF Akrotiri"; a name the tagger missed is added when its noun says it is a facility.

    The noun is evidence of what the place is, and the geocoder reads the facility by it.
    """
    out = list(spans)
    taken = {k: n for n, (i, j, _s) in enumerate(out) for k in range(i, j)}
    n = len(toks)
    for k in range(1, n):
        size = _facility_at(toks, k)
        if not size or not toks[k].word.islower() and not (k + size - 1 < n and toks[k + size - 1].word.islower()):
            if not (size and is_cap(toks[k].word) and toks[k - 1].word[:1].isupper()):
                continue
        i = _name_run(text, toks, k)
        if i == k or "\n" in text[toks[k - 1].end:toks[k].start]:
            continue
        if _sentence_start(toks, i, text) and i + 1 == k and zipf(toks[i].word) > 3.5:
            continue  # "The port ...", "Our base ..."
        if toks[k - 1].word.lower() in ORG_WORDS or any(toks[q].word.lower() in FACILITY_WORDS for q in range(i, k)):
            continue
        if any(h.i <= i and k <= h.j and _is_demonym(toks, h) for h in hits):
            continue  # "the last North Korean station": a station of the country, unnamed
        inside = sorted({taken[q] for q in range(i, k) if q in taken})
        if inside:
            a = min(out[q][0] for q in inside)
            if a < i or any(out[q][1] > k for q in inside):
                continue
            sc = max(out[q][2] for q in inside)
            for q in inside:
                out[q] = None
        else:
            sc = 0.5
        out = [x for x in out if x is not None]
        out.append((i, k + size, sc))
        taken = {q: m for m, (a, b, _s) in enumerate(out) for q in range(a, b)}
    # "Port of Ashdod", "RAF Akrotiri", "Joint Base Langley-Eustis"
    for k in range(n):
        for opener in _OPENERS_BY_FIRST.get(toks[k].word.lower(), ()):
            L = len(opener)
            if k + L >= n or not all(toks[k + q].word.lower() == w for q, w in enumerate(opener)):
                continue
            numbered = (opener in _NUMBERED_OPENERS and is_cap(toks[k].word) and toks[k + L].word.isdigit()
                        and len(toks[k + L].word) <= 4)
            if not numbered and (not (is_cap(toks[k].word) or opener == ("port", "of")) or not is_cap(toks[k + L].word)):
                continue  # "Port of Ashdod", "the port of Vostochny"; not "a camp Kherson"
            if numbered:  # "Air Base 101", "Camp 22": a facility named by its number
                out = [x for x in out if not (k <= x[0] and x[1] <= k + L)]
                if any(x[0] < k + L + 1 and k < x[1] for x in out):
                    continue
                out.append((k, k + L + 1, 0.5))
                break
            e = k + L
            while e < n and (is_cap(toks[e].word) or toks[e].word == "-" and e + 1 < n and is_cap(toks[e + 1].word)
                             and toks[e].start == toks[e - 1].end):
                e += 1
            inside = [x for x in out if x[0] < e and k < x[1]]
            if any(x[0] < k or x[1] > e for x in inside):
                continue
            out = [x for x in out if x not in inside] + [(k, e, max([x[2] for x in inside], default=0.5))]
            break
    return sorted(out)


#: Verbs whose object is a place: a rare name the gazetteer knows after one is a place.
_TAKES_PLACE = frozenset("retook recaptured captured seized liberated stormed entered left leaving leave leaves reached "
                         "reaching reach crossed abandoned evacuated encircled surrounded shelled occupied held holds "
                         "hold besieged taken take took towards toward past beyond outside claimed claims claiming "
                         "defended defending storming reinforcing reinforced".split())
#: Verbs of :data:`_TAKES_PLACE` that as often take a thing named after its maker or type ("reinforcing Bayraktar
#: drones", "storming Leopard tanks"): a name after them is a place only if it ends its noun phrase.
_TAKES_PLACE_OR_A_THING = frozenset("storming reinforcing reinforced".split())


#: Whether two rare names the gazetteer knows, joined by "and"/"or", are places without a word before them.
PAIRED = True
#: How common in English (wordfreq's Zipf) a name the gazetteer knows may be and still be read as a place when it is
#: listed, after a word that takes a place, with a place found already ("toward Lyman and Svatove") or in a list a
#: preposition of where or whither opens ("sent to Kastellorizo, Rhodes and Kos"); names rarer than 3.0 need no list.
LISTED_ZIPF = 4.0


#: Lower-case words that may follow a noun phrase without belonging to it: prepositions, conjunctions, auxiliaries,
#: relatives and adverbs ("Novenke and Basivka were taken", "... and Basivka, where ..."). Another lower-case word
#: right after two names is most often the noun they modify ("Pantsir and Buk systems").
AFTER_A_PHRASE = LOCATIVE | frozenset("and or but nor as on by for with without over under after before during since "
                                       "until against were was are is be been being have has had will would could "
                                       "may might can which where who that also too now still again both each "
                                       "respectively".split())


def _pair_ends_its_phrase(toks: list[Token], j: int) -> bool:
    """Whether the word at *j*, after a pair of names, leaves them whole: no word, punctuation, a capital, a function
    word, or an "-ed" form (a verb: "Novenke and Basivka captured last week ...")."""
    if j >= len(toks):
        return True
    w = toks[j].word
    return not (w.isalpha() and w.islower()) or w in AFTER_A_PHRASE or w.endswith("ed")


#: Prepositions of where and whither, after which a rare capitalised word the gazetteer lacks can only be a place
#: ("at Mubambiro", "to Eteringbang"). No verb: the verbs that take a place take people and things as often
#: ("reached Podolyak", "captured Tkachenko", "left Kovalenko in hospital", "abandoned Tsezar", a ship) - they serve
#: only names the gazetteer knows (:data:`_TAKES_PLACE`). Not "of", "between", "with", "by": people follow those.
_UNKNOWN_PLACE_CUES = frozenset("in at to from near into towards toward across outside inside around via "
                                "through".split())
#: Plural nouns of settlements before "of" and a list of names ("the villages of Sverdlikovo and Makhnovka").
_SETTLEMENTS_OF = frozenset("villages towns settlements districts hamlets localities".split())
#: Words before "to" that make what follows a person or a body, not a whither ("according to Kanyuka").
#: Not "sent to", "close to": those are among the commonest phrases of whither and where.
_TO_A_PERSON = frozenset("according loyal told said letter talked spoke wrote addressed".split())
_LIST_MAX = 4  # names of one list besides a name, at most ("to Kastellorizo, Rhodes and Kos")
_LIST_JOINERS = (",", "and", "or")


def _list_of(text: str, toks: list[Token], i: int, j: int) -> tuple[int, list[tuple[int, int]]]:
    """The list of names that the name at tokens *i* to *j* stands in: the index of the word that opens it ("the"
    skipped; -1 at the text's start) and the members' spans in order, the name's among them. Members are runs of
    capitalised words joined by ",", "and", "or", ", and": "to Chasiv Yar, Rhodes, and Kos"."""
    members = [(i, j)]
    n = len(toks)
    a = i
    while len(members) <= _LIST_MAX:
        p = a - 1
        if p < 1 or toks[p].word not in _LIST_JOINERS:
            break
        if toks[p].word != "," and toks[p - 1].word == ",":
            p -= 1  # the serial comma: "Svatove, Kreminna, and Lyman"
        if p < 1 or not _run_word(toks[p - 1].word):
            break
        a = _run_start(text, toks, p - 1)
        members.insert(0, (a, p))
    b = j
    while len(members) <= _LIST_MAX and b < n and toks[b].word in _LIST_JOINERS:
        q = b + (toks[b].word == "," and b + 1 < n and toks[b + 1].word in ("and", "or"))
        if q + 1 >= n or not _run_word(toks[q + 1].word):
            break
        b = _run_end(text, toks, q + 1)
        if b <= q + 1:
            break
        members.append((q + 1, b))
    o = members[0][0] - 1
    if o > 0 and toks[o].word.lower() == "the":
        o -= 1
    return o, members


#: Words that open a list of names that are places though they are common words or surnames too ("toward Lyman
#: and Svatove"): prepositions of where and whither and the verbs that take a place - not "from", "between", "of",
#: "with", after which units and bodies stand as often ("fighters from Chechnya and Wagner", "between Kyiv and Hamas"),
#: except "from" after a verb and "out of" (:data:`_LEFT_FROM`).
_LIST_OPENERS = ((_UNKNOWN_PLACE_CUES - {"from"}) | _TAKES_PLACE) - _TAKES_PLACE_OR_A_THING
#: Verbs of leaving in other forms than "-ed" or "-wn" that make "from" open a list of places.
_LEFT_FROM = frozenset(("left", "fled", "came", "went", "withdrew", "drew", "flew", "sent", "brought", "out", "away",
                        "back", "leave", "leaving", "withdraw", "withdrawing", "retreat", "retreating"))


def _known_after_locative(text: str, toks: list[Token], spans: list[tuple[int, int, float]],
                          hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """A rare name the gazetteer knows (of one to three words), right after a word that takes a place ("in", "near",
    "from", "towards", "retook Sudzha", "leave Zeebrugge", "moved to the UAE") or listed after a place ("the bases at
    Kidal and Tessalit"), which the tagger, trained on news of other things, left out: a place for the drafts."""
    taken = {k for i, j, _ in spans for k in range(i, j)}
    ends = {j for _i, j, _ in spans}
    extra = []

    def rare(h, most: float = 3.0) -> bool:  # a rare name the gazetteer knows, standing alone
        k, j = h.i, h.j
        words = [t.word for t in toks[k:j]]
        if (k == 0 or sum(map(is_cap, words)) > 3 or h.demonym or h.kind == gz.CONTINENT
                or _sentence_start(toks, k, text)):
            return False
        if not words[-1][:1].isalpha() or not (j - k == 1 or all(is_cap(w) for w in words) or _particled(toks, h)):
            return False
        if len(words) == 1 and (not words[0].isalpha() or zipf(words[0]) >= most
                                or (words[0].isupper() and h.kind != gz.COUNTRY)):
            return False  # a common word, or an acronym that is no country's
        return not (j < len(toks) and is_cap(toks[j].word) and toks[j].word.isalpha())  # part of a longer name

    cands = [h for h in hits if rare(h)]
    rare_at = {(h.i, h.j) for h in cands}
    # a member that is a place already or as likely one as the name: a name found that the gazetteer knows (not one
    # the tagger alone read as a place: "went to Zelensky, Macron and Rhodes"), or a name the gazetteer knows that is
    # rare or listable itself ("sent to Kastellorizo, Rhodes and Kos": Rhodes and Kos stand for each other)
    known = {k for h in hits for k in range(h.i, h.j)}
    placed = {(i, j) for i, j, _ in spans if any(k in known for k in range(i, j))}
    placed |= {(h.i, h.j) for h in hits if rare(h, LISTED_ZIPF)} if LISTED_ZIPF > 3.0 else rare_at
    people = None

    def listed_with_a_place(h) -> bool:
        """The name stands in a list that a word taking a place opens, with a place besides it, and the list ends
        its phrase and names no one the article shows is a person: "toward Lyman and Svatove", "sent to Leros,
        Rhodes and Kos"; not "Columns left Belgorod and Wagner units followed", "wrote to Austin and Sullivan"."""
        nonlocal people
        o, members = _list_of(text, toks, h.i, h.j)
        if o < 0 or len(members) < 2 or not any(m in placed for m in members if m != (h.i, h.j)):
            return False
        opener = toks[o].word.lower()
        before = toks[o - 1].word.lower() if o > 0 else ""
        # "from" after a verb ("withdrew from Svatove and Lyman", "pulled out of"), not after a noun ("Fighters from
        # Chechnya and Wagner"): where forces left, not who they are
        left = opener == "from" and (before.endswith(("ed", "wn")) or before in _LEFT_FROM) or \
            opener == "of" and before == "out"
        if not (opener in _LIST_OPENERS or left or opener == "of" and before in _SETTLEMENTS_OF):
            return False
        if opener == "to" and o > 0 and toks[o - 1].word.lower() in _TO_A_PERSON:
            return False
        if not _pair_ends_its_phrase(toks, members[-1][1]):
            return False
        if people is None:
            people = _people_words(text, toks, hits, taken)
        return not any(t.word in people for a, b in members for t in toks[a:b])

    # "toward Lyman and Svatove", "sent to Leros, Rhodes and Kos": a name the gazetteer knows that is also a
    # surname or a word (Lyman, Rhodes) is a place when it stands in one list with a place
    if LISTED_ZIPF > 3.0:
        cands += [h for h in hits if (h.i, h.j) not in rare_at and rare(h, LISTED_ZIPF) and listed_with_a_place(h)]
    # "among them Novenke and Basivka": two rare names the gazetteer knows, joined by "and" or "or", stand for each
    # other as places (people's names are rarely both in the gazetteer and rare words)
    # - unless a common noun follows the pair: "Pantsir and Buk launchers", "Bradley and Abrams vehicles" name kinds
    # of a thing, and the two names are its modifiers (materiel, units, ships), not places
    paired = set()
    for h in cands if PAIRED else ():
        if h.j + 1 < len(toks) and toks[h.j].word in ("and", "or"):
            for g in cands:
                if g.i == h.j + 1 and _pair_ends_its_phrase(toks, g.j):
                    paired |= {(h.i, h.j), (g.i, g.j)}
    for h in sorted(cands, key=lambda h: (h.i, -(h.j - h.i))):
        k, j = h.i, h.j
        if any(q in taken for q in range(k, j)):
            continue
        b = k - 1
        if toks[b].word.lower() == "the" and b > 0:
            b -= 1
        before = toks[b].word.lower()
        # after a place found in the same list ("the bases at Kidal and Tessalit"), or in a list with a place
        listed = before in _LIST_JOINERS and (any(e in ends for _a, e in _list_of(text, toks, k, j)[1] if e <= b)
                                              or listed_with_a_place(h))
        if before not in LOCATIVE and before not in _TAKES_PLACE and not listed and (k, j) not in paired:
            continue
        if before in _TAKES_PLACE_OR_A_THING and not _pair_ends_its_phrase(toks, j):
            continue  # "reinforcing Bayraktar drones": the name modifies a noun, a weapon's make
        extra.append((k, j, 0.45))
        taken.update(range(k, j))
        ends.add(j)  # "near Deir ez-Zor and Wadi al-Dawasir": a list goes on after a name found here
    return sorted(spans + extra) if extra else spans


#: Verbs of saying after a name: the name speaks, and is a person or a body ("Kanyuka said", "Rybar wrote").
_SAYING = frozenset("said says told wrote writes added claimed claims stated reported reports posted "
                    "announced confirmed denied".split())


#: Ranks and offices before a person's name, besides :data:`PERSON_TITLES`: "Gen. Zaluzhny", "General Valerii
#: Zaluzhny", "Minister Reznikov" make the name a person's wherever else the article prints it.
NAME_TITLES = PERSON_TITLES | frozenset("gen general maj major colonel lieutenant lieut adm admiral brig brigadier "
                                        "cmdr commander cpl corporal sergeant captain president minister governor "
                                        "premier chancellor ambassador spokesman spokeswoman".split())
#: The short forms of :data:`NAME_TITLES` written with a period ("Gen. Zaluzhny", "Lt. Col. Smith"): a full word
#: before a period ends a sentence ("... said the regional governor. Lyman was shelled").
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr sen rep gov sgt lt capt col rev gen maj lieut adm brig cmdr cpl".split())
#: Ranks that are adjectives too ("General Staff", "Major Lyman roads", "General Kupiansk direction"): at a
#: sentence's start, where every word is capitalised, they make a name the gazetteer knows a person's only as a full
#: name ("General Muhoozi Kainerugaba") or before a verb of saying, not a place named as a noun's modifier.
ADJECTIVE_TITLES = frozenset("general major".split())


def _people_words(text: str, toks: list[Token], hits: list[GazHit], taken: set[int]) -> set[str]:
    """Capitalised words the article itself shows are people or bodies: any word after another capitalised word
    that is not read as a place nor a nationality ("Lawrence Kanyuka", though Lawrence is a town too; at a sentence's
    start only after a word no common one nor any place's name: "Valerii Zaluzhny ordered", not "Troops Bakhmut"),
    a word after a title or a rank (:data:`NAME_TITLES`: "Gen. Syrskyi") or before a verb of saying ("Kanyuka said")
    or, one the gazetteer lacks, before ", who", a possessor ("Peskov's")."""
    # a name the gazetteer has is a first name unless the tagger read it as a place (*taken*): "Lawrence Kanyuka"
    # is a person, "the Vitebsk Zaslonovo" or "Belarusian Osinovka" not
    covered = {k for h in hits if h.demonym or h.kind in (gz.COUNTRY, gz.CONTINENT) for k in range(h.i, h.j)}
    covered |= taken
    named = {k for h in hits for k in range(h.i, h.j)}
    out = set()
    n = len(toks)
    for k in range(1, n):
        w = toks[k].word
        if not is_cap(w) or not w.isalpha():
            continue
        p = toks[k - 1].word
        # (a sentence opens on any capitalised word: a first name there is one rare as a word and no place's)
        # a rank or an office only with its capital ("a major Lyman road", "the general Bakhmut direction" are no
        # titles), and after a period only as an abbreviation ("Gen. Zaluzhny", not "... the governor. Lyman was")
        if (is_cap(p) and p.isalpha() and k - 1 not in covered
                and (not _sentence_start(toks, k - 1, text) or k - 1 not in named and zipf(p) < LISTED_ZIPF)
                and "\n" not in text[toks[k - 1].end:toks[k].start]) or p.lower().rstrip(".") in PERSON_TITLES \
                or is_cap(p) and p.lower().rstrip(".") in NAME_TITLES \
                and not _adjective_before_a_place(toks, k, text, named) \
                or p == "." and k >= 2 and toks[k - 2].word.lower() in TITLE_ABBREVIATIONS \
                and toks[k - 2].end == toks[k - 1].start:
            out.add(w)
        if k + 1 < n and (toks[k + 1].word in _SAYING or toks[k + 1].word in ("'s", "’s", "'", "’")):
            out.add(w)
        # "the order came from Gerasimov, who said ...": "who" takes a person ("whose" takes places too); only a name
        # the gazetteer lacks, as "the troops in Lyman, who held out" is said of the troops
        if k + 2 < n and k not in named and toks[k + 1].word == "," and toks[k + 2].word.lower() in ("who", "whom"):
            out.add(w)
    return out


def _adjective_before_a_place(toks: list[Token], k: int, text: str, named: set[int]) -> bool:
    """Whether the word at *k* is a name the gazetteer knows after a rank that opens its sentence as an adjective
    would (:data:`ADJECTIVE_TITLES`), and no capitalised word follows it to make a full name."""
    if toks[k - 1].word.lower() not in ADJECTIVE_TITLES or k not in named or not _sentence_start(toks, k - 1, text):
        return False
    return not (k + 1 < len(toks) and is_cap(toks[k + 1].word) and toks[k + 1].word.isalpha())


#: Months (with their short forms) and days, which the gazetteer also holds as places ("at Dolow in late June"): no
#: anchor of a place. The names are dates.py's, one list for every stage, as numbers.py's are.
_CALENDAR = frozenset(_MONTH_NUMBERS) | frozenset(_WEEKDAYS)
#: Words that say where a name lies, right after it, as the drafts' context rules place by (pipeline
#: ``_NEAR_BETWEEN``: "Mubambiro near Sake", "Sanitz, outside Rostock"); "in" only after a comma (resolve ``_IN``:
#: "Qasrak, in Hasakah province"), since "X in <city>" is as often a person or a body in it ("Naftogaz in Kyiv").
_LOCATING = frozenset("near outside".split())
#: A distance before a side ("Mubambiro, some 20 km west of Goma"), as resolve ``_SIDE_OF`` reads it.
_ABOUT = frozenset("about some around roughly nearly almost".split())
_KM = frozenset("km kilometres kilometers".split())


def _located_after(text: str, toks: list[Token], k: int, covered: set[int]) -> bool:
    """Whether the text says where the word at *k* lies, right after it, in a form the drafts then place it by:
    "near Rostock", ", in Hasakah province", ", north-east of Mosul", ", some 20 km west of Goma", ", Vitebsk
    region" - a name the gazetteer knows right after the locating words (or "the")."""
    n = len(toks)
    q = k + 1
    comma = q < n and toks[q].word == ","
    if comma:
        q += 1
    if q >= n:
        return False
    w = toks[q].word.lower()

    def named(a: int) -> bool:
        """A name the gazetteer knows at *a*, or after "the" ("near the Glushkovo district"); not a month."""
        r = a + 1 if a < n and toks[a].word.lower() == "the" else a
        t = toks[r].word if r < n else ""
        return (r < n and r in covered and is_cap(t) and t.lower() not in _CALENDAR
                and "\n" not in text[toks[a - 1].end:toks[r].start])

    if w in _LOCATING or w == "in" and comma:
        return named(q + 1)
    if w == "close" and q + 1 < n and toks[q + 1].word == "to":
        return named(q + 2)
    if not comma:
        return False
    if w in _ABOUT:
        q += 1
    if q + 1 < n and toks[q].word.isdigit() and toks[q + 1].word.lower() in _KM:
        q += 2
    elif q < n and toks[q].word.lower().endswith("km") and toks[q].word[:-2].isdigit():  # "20km"
        q += 1
    w = toks[q].word.lower() if q < n else ""
    if w in DIRECTIONS or w.replace("-", "") in DIRECTIONS:
        r = q + 1
        while r < n and (toks[r].word == "-" or toks[r].word.lower() in DIRECTIONS):  # "north-east"
            r += 1
        return r < n and toks[r].word == "of" and named(r + 1)
    if is_cap(toks[q].word) and q in covered and q == k + 2:
        e = q + 1  # ", Vitebsk region": the area it lies in
        while e < n and is_cap(toks[e].word):
            e += 1
        return e < n and toks[e].word.lower() in REGION_WORDS
    return _described_in(text, toks, k, covered)


@lru_cache(maxsize=1)
def _described_in_re() -> re.Pattern:
    """The drafts' own pattern of a description naming the area a place is in (pipeline ``_DESCRIBED_IN``)."""
    from .pipeline import _DESCRIBED_IN  # late: the pipeline imports this module

    return re.compile(_DESCRIBED_IN, re.I)


def _described_in(text: str, toks: list[Token], k: int, covered: set[int]) -> bool:
    """Whether a description the drafts place by follows the word at *k*, naming a place the gazetteer knows:
    "Kavumu, the airport serving Bukavu", "Gornal, a village in Kursk region". Not "near"/"outside" in it ("Sanitz, a
    small town near Rostock"): that description is read as a place of its own, and the name before it stays
    unplaced; nor a description the drafts do not read ("Ukroboronprom, the state arms maker in the city of Kyiv")."""
    hit = _described_in_re().match(text, toks[k].end)
    if not hit or re.search(r"\b(?:near|outside)[ \t]+(?:the[ \t]+)?$", hit.group(0), re.I):
        return False
    r = next((q for q in range(k + 1, len(toks)) if toks[q].start >= hit.end()), None)
    return (r is not None and toks[r].start == hit.end() and r in covered and is_cap(toks[r].word)
            and toks[r].word.lower() not in _CALENDAR)


def _unknown_after_cue(text: str, toks: list[Token], spans: list[tuple[int, int, float]],
                       hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """A rare capitalised word the gazetteer lacks, where only a place can stand and that the text locates, is a place
    for the drafts: "at Mubambiro near Sake", "from its base at Zaslonovo, Vitebsk region", "loaded at Sanitz, near
    Rostock", "flown to Kavumu, the airport serving Bukavu".

    The word must be rarer than any common word or well-known name (:data:`_UNKNOWN_ZIPF`), stand alone (no
    capitalised word on either side), follow a word of where or whither (:data:`_UNKNOWN_PLACE_CUES`) or "the
    villages of", and be located by the text right after one of its occurrences (:func:`_located_after`) or named
    close to a town the gazetteer places (:data:`UNKNOWN_BESIDE_A_TOWN`): what the text locates, the reviewer can
    place; the other rare words of its list come with it (:data:`UNKNOWN_LIST_MATES`). Not a word the article shows
    is a person's or a body's (:func:`_people_words`), nor after "according to", "told" ...
    """
    covered = {k for h in hits for k in range(h.i, h.j)}
    taken = {k for i, j, _ in spans for k in range(i, j)}
    people = None
    cands = []
    n = len(toks)
    for k in range(1, n):
        w = toks[k].word
        if (k in taken or k in covered or not is_cap(w) or not w.isalpha() or w.isupper() or len(w) < 4
                or _sentence_start(toks, k, text) or zipf(w) >= _UNKNOWN_ZIPF):
            continue
        if k + 1 < n and (is_cap(toks[k + 1].word) and toks[k + 1].word.isalpha() or _glued_hyphen(toks, k + 1)
                          or _run_particle(toks, k + 1)):
            continue  # part of a longer name ("Minet el-Beida")
        p = toks[k - 1]
        if is_cap(p.word) and p.word.isalpha():
            continue
        prev = p.word.lower()
        cue = prev in _UNKNOWN_PLACE_CUES and not (prev == "to" and k >= 2 and toks[k - 2].word.lower() in _TO_A_PERSON)
        of_places = prev == "of" and k >= 2 and toks[k - 2].word.lower() in _SETTLEMENTS_OF
        listed = UNKNOWN_LISTED and _listed_with_a_town(text, toks, k, spans, hits)
        if not (cue or of_places or listed):
            continue
        if people is None:
            people = _people_words(text, toks, hits, taken)
        if w in people:
            continue
        cands.append((k, listed))
    if not cands:
        return spans
    words = {toks[k].word for k, _ in cands}
    located = {t.word for q, t in enumerate(toks) if t.word in words and _located_after(text, toks, q, covered)}
    towns = _town_starts(text, toks, spans) if UNKNOWN_BESIDE_A_TOWN else []
    extra = [(k, k + 1, 0.4) for k, listed in cands if listed or toks[k].word in located
             or any(abs(s - toks[k].start) <= BESIDE_A_TOWN_CHARS for s in towns)]
    if UNKNOWN_LIST_MATES and extra:
        extra += _unknown_mates(text, toks, [k for k, _e, _s in extra], covered | taken, people or set())
    return sorted(set(spans + extra)) if extra else spans


#: Whether a rare word the gazetteer lacks, after a word of where or whither, is a place when the text names a town
#: the gazetteer places close to it (:data:`BESIDE_A_TOWN_CHARS`): the drafts then draw it round that town, to check
#: (pipeline ``_place_near_named``), as news names a village with the towns around it ("crossed into Somalia at
#: Dolow ... towards Baidoa"), whether or not the words right after it say where it lies.
UNKNOWN_BESIDE_A_TOWN = True
#: How close (characters) that town must be named: the pipeline's reach for a name it places near a town.
BESIDE_A_TOWN_CHARS = 400
#: Whether the other rare words the gazetteer lacks in a list with a word read so are places too ("through Luvungi
#: and Sange", "the villages of Fanaseyevka and Ulanok"): villages are listed together.
UNKNOWN_LIST_MATES = True


def _town_starts(text: str, toks: list[Token], spans: list[tuple[int, int, float]]) -> list[int]:
    """Where the names already read that the geocoder places as a town or a facility start; not a capital's, named as
    its government as often as a place (the pipeline places nothing by one)."""
    from .resolve import is_capital  # late: resolve imports this module
    from .records import Resolved

    out = []
    for i, j, _sc in spans:
        r = _placed_whole(text[toks[i].start:toks[j - 1].end])
        if r is not None and r.precision in ("city", "point") and not is_capital(Resolved(r.lat, r.lon)):
            out.append(toks[i].start)
    return out


def _unknown_mates(text: str, toks: list[Token], read: list[int], skip: set[int], people: set[str]) -> list[tuple]:
    """The single rare words the gazetteer lacks that stand in one list with a word at *read*, when the list ends its
    phrase: "through Luvungi and Sange to Uvira", not "to Kaikan and Arau tanks". Not a word of *skip* (a name the
    gazetteer or the tags read) nor of *people*."""
    out = []
    for k in read:
        _o, members = _list_of(text, toks, k, k + 1)
        if len(members) < 2 or not _pair_ends_its_phrase(toks, members[-1][1]):
            continue
        for a, b in members:
            w = toks[a].word
            if (b - a != 1 or a == k or a in skip or a in read or not w.isalpha() or w.isupper() or len(w) < 4
                    or zipf(w) >= _UNKNOWN_ZIPF or w in people):
                continue
            out.append((a, b, 0.4))
    return out


#: Whether a rare word the gazetteer lacks, listed with a town it knows after a word of where or whither, is a place
#: (:func:`_listed_with_a_town`).
UNKNOWN_LISTED = True


def _listed_with_a_town(text: str, toks: list[Token], k: int, spans: list[tuple[int, int, float]],
                        hits: list[GazHit]) -> bool:
    """Whether the word at *k* stands in a list of names with a town or a facility the gazetteer knows and the tags
    read as a place, a list that a word taking a place opens and that ends its phrase: "sent to Kastellorizo, Rhodes
    and Kos", "near the villages of Ak-Sai and Arka". Villages listed together lie together: the drafts draw the word
    near the town (resolve ``_listed_near``). Not a list that "from" opens after a noun ("fighters from Chechnya and
    Wagner"), nor one after "wrote to", nor one that modifies a noun ("to Kupiansk and Zelvorka tanks"), nor a last
    name a verb follows ("to Bakhmut and Prigozhin thanked ...")."""
    o, members = _list_of(text, toks, k, k + 1)
    if o < 1 or len(members) < 2:
        return False
    town = {q for h in hits if h.kind in (gz.CITY, gz.ADMIN2, gz.POINT) and not h.demonym for q in range(h.i, h.j)}
    read = {q for i, j, _ in spans for q in range(i, j)}
    mates = [(a, b) for a, b in members if a != k and any(q in town and q in read for q in range(a, b))]
    if not any(_placed_town(text[toks[a].start:toks[b - 1].end]) for a, b in mates):
        return False  # the drafts could not draw the word: no row the reviewer could place
    opener = toks[o].word.lower()
    before = toks[o - 1].word.lower()
    left = opener == "from" and (before.endswith(("ed", "wn")) or before in _LEFT_FROM) or \
        opener == "of" and before == "out"
    if not (opener in _LIST_OPENERS or left or opener == "of" and before in _SETTLEMENTS_OF):
        return False
    if opener == "to" and before in _TO_A_PERSON:
        return False
    end = members[-1][1]
    if k == members[-1][0] and end < len(toks) and toks[end].word.islower() and toks[end].word.endswith("ed") \
            and toks[end].word not in AFTER_A_PHRASE:
        return False  # the last name a verb's subject, a clause of its own: "sent to Bakhmut and Prigozhin thanked"
    return _pair_ends_its_phrase(toks, end)


#: Whether :func:`_unknown_after_cue` runs (the drafts' recogniser; the toponym sets' reading never does).
UNKNOWN_AFTER_CUE = True
#: Whether a name with a landform noun after it (:data:`_LANDFORM_NOUNS`) is tried as a place without a word
#: that takes a place before it (:func:`_geocoded_runs`).
LANDFORMS_ANYWHERE = True


#: Lower-case nouns of a landform or a facility that may end a name the gazetteer knows with them ("the Chonhar
#: isthmus", "the Rusumo border post"); the geocoder, not this list, decides whether the whole is a place.
_NAME_NOUNS = frozenset("isthmus gap pass strait straits peninsula bay cape island islands river valley corridor "
                        "spit shoal post checkpoint crossing barracks garrison airbase airfield airport base "
                        "port range ground grounds station camp depot headquarters".split())
#: The landforms of :data:`_NAME_NOUNS`: a capitalised name with one after it, which the geocoder reads whole ("the
#: narrow Chonhar isthmus", "Russia reinforces Kinburn spit"), is a place wherever it stands - a facility noun is
#: not enough ("the Rusumo border post" only where a place can stand: "Wagner base" is a unit's base).
_LANDFORM_NOUNS = frozenset("isthmus gap pass strait straits peninsula bay cape island islands spit shoal".split())
#: Lower-case words of time or rank between "the" and a facility's name ("the former Tsugol training range", "the
#: main Hmeimim air base").
_THEN_AND_NOW = frozenset("former old new main".split())
#: Words between a name and its noun ("the Rusumo border post", "Hmeimim air base").
_NOUN_MODIFIERS = frozenset("border military air naval army training".split())
_RUN_MAX = 4  # capitalised words (with their particles and hyphens) of one name, at most
#: The ends of a people's adjective ("South Korean", "Chinese"), of which a run read as a place may be no more; not
#: "-i" ("Yemeni"), which "North Sinai" ends in too.
_PEOPLE_ADJ = re.compile(r"(?:an|ans|ese|ish)$")


#: Last words of the names of bodies, not places, that follow "in", "from", "to" as places do ("from the Armed
#: Forces", "to the Pacific Fleet"): never tried as places by :func:`_geocoded_runs`.
_BODY_WORDS = frozenset((ORG_WORDS | set("forces force army navy guard guards fleet commander commission assembly "
                                         "nations labs defence defense ministry".split())) - _NAME_NOUNS)


def _placed_town(name: str) -> bool:
    """Whether the geocoder places *name* alone as a town or a facility."""
    r = _placed_whole(name)
    return r is not None and r.precision in ("city", "point")


@lru_cache(maxsize=4096)
def _placed_whole(name: str):
    """The geocoder's answer for a name read whole, or None when it refuses it (the same name recurs across an
    article and across articles: asked once)."""
    try:
        return _geocoder().geocode(name)
    except GeoError:  # UnresolvedPlace: no place, or none sure enough
        return None


def _run_word(w: str) -> bool:
    """A capitalised word of a name's run: not one letter, not a word in capitals ("KHARKIV FRONT", a heading)."""
    return (is_cap(w) and len(w) > 1 and not w.isupper()
            and (w.isalpha() or w.replace("'", "").replace("’", "").isalpha()))


def _glued_hyphen(toks: list[Token], k: int) -> bool:
    """Token *k* is a hyphen printed inside a word ("al-Arab"), between tokens that exist."""
    return (0 < k < len(toks) - 1 and toks[k].word == "-" and toks[k - 1].end == toks[k].start
            and toks[k].end == toks[k + 1].start and toks[k + 1].word[:1].isalpha())


def _run_particle(toks: list[Token], k: int) -> bool:
    """Token *k* is a particle inside a name ("Deir ez-Zor", "Vadul lui Vodă"): one that is no common English word,
    or one glued by a hyphen to what follows ("Ras at-Tin"); never "on", "at" or "of" between words
    ("Bagram Airfield on Friday", "Pope Army Airfield at Fort Bragg")."""
    w = toks[k].word
    if w.lower() not in _NAME_PARTICLES or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].word
    return _glued_hyphen(toks, k + 1) or zipf(w) < 5.5 and is_cap(nxt)


def _run_end(text: str, toks: list[Token], k: int) -> int:
    """Where a run of capitalised words starting at token *k* ends: capitalised words joined by spaces, by the
    particles of names ("Deir ez-Zor"), or by hyphens printed inside a word ("Ain al-Arab"); never over a line."""
    e, n = k, len(toks)
    while e < n and e - k < _RUN_MAX * 2:
        w = toks[e].word
        if e > k and "\n" in text[toks[e - 1].end:toks[e].start]:
            break
        if _run_word(w):
            e += 1
        elif e > k and e + 1 < n and (_glued_hyphen(toks, e) or _run_particle(toks, e)):
            e += 1  # "ez" of "Deir ez-Zor", "-" of "al-Arab": only between parts of the name
        else:
            break
    while e > k and not is_cap(toks[e - 1].word):  # never end on a particle or a hyphen
        e -= 1
    return e


def _geocoded_runs(text: str, toks: list[Token], spans: list[tuple[int, int, float]],
                   hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """A name of several words, where only a place can stand, that the tagger left out and the geocoder places:
    "moved to Tal Tamr", "in western Zaporizhia Oblast", "in Deir ez-Zor Province", "in North Sinai", "across the
    Chonhar isthmus", "at the Rusumo border post".

    The gazetteer's plain hits miss such names (a transliteration, a region word after the name, a direction or a
    landform that is part of it, a facility named with its noun); the geocoder reads all of them. Only after a
    word that takes a place ("in", "to", "near", "retook" ...) or listed after a place found already, not at a
    sentence's start, and only names of two or more words (single words are :func:`_fuzzy_places`' and
    :func:`_known_after_locative`'s); a lower-case landform or facility noun right after the capitalised words
    (:data:`_NAME_NOUNS`) is tried with them first. A name with a landform noun (:data:`_LANDFORM_NOUNS`: "Kinburn
    spit") is tried with it wherever it stands. What the geocoder refuses is no place here.
    """
    taken = {k for i, j, _ in spans for k in range(i, j)}
    ends = {j for _i, j, _ in spans}
    # "U.S. and South Korean troops": a people's adjective alone is no name here ("North Sinai" is one)
    peoples = {(h.i, h.j) for h in hits if _is_demonym(toks, h) and _PEOPLE_ADJ.search(toks[h.j - 1].word)}
    n = len(toks)
    extra = []
    k = 0
    while k < n:
        w = toks[k].word
        if k in taken or not is_cap(w):
            k += 1
            continue
        cued = False
        if k > 0 and not _sentence_start(toks, k, text):
            b = k - 1
            if toks[b].word.lower() in DIRECTIONS and b > 0:
                b -= 1  # "in western Zaporizhia Oblast"
            if toks[b].word in _THEN_AND_NOW and b > 1 and toks[b - 1].word.lower() == "the":
                b -= 1  # "returned to the former Tsugol training range"
            if toks[b].word.lower() == "the" and b > 0:
                b -= 1
            before = toks[b].word.lower()
            # after a place found in the same list: "in Kherson, Zaporizhia, and Donetsk Oblast"
            listed = before in _LIST_JOINERS and any(x in ends for _a, x in _list_of(text, toks, b + 1, k + 1)[1][:-1])
            cued = before in LOCATIVE or before in _TAKES_PLACE or listed
        e = _run_end(text, toks, k)
        q = e + (e + 1 < n and toks[e].word in _NOUN_MODIFIERS)  # "the Rusumo border post"
        landform = LANDFORMS_ANYWHERE and e > k and q == e and q < n and toks[q].word in _LANDFORM_NOUNS
        if not cued and not landform:
            k += 1
            continue
        if (e == k or any(q in taken for q in range(k, e)) or (e < n and toks[e].word[:1].isdigit())
                or (k, e) in peoples):
            k = max(e, k + 1)
            continue
        tries = []
        if q < n and toks[q].word in _NAME_NOUNS and not any(x in taken for x in range(e, q + 1)):
            tries.append((k, q + 1))  # "the Chonhar isthmus": the name with its noun first
            if landform:  # "Yesterday Kinburn spit", "On Tuesday Kinburn spit", "The Kinburn spit": shorter names
                tries += [(s, q + 1) for s in range(k + 1, e) if _run_word(toks[s].word)
                          and toks[s - 1].word not in _NAME_PARTICLES and not _glued_hyphen(toks, s - 1)]
                tries = [(s, x) for s, x in tries if toks[s].word != "The" and toks[s].word not in _CALENDAR]
        # the longest name first, each ending where a capitalised word does and no other follows: "Deir ez-Zor
        # Province" of "in Deir ez-Zor Province on Friday", never "Kim Jong" of "Kim Jong Un"; without a word that
        # takes a place, only the name with its landform
        if cued:
            tries += [(k, x) for x in range(e, k + 1, -1)
                      if is_cap(toks[x - 1].word) and (x == e or not is_cap(toks[x].word))]
        for k0, end in tries:
            if any(x in taken for x in range(k0, end)) or toks[end - 1].word.lower() in _BODY_WORDS:
                continue  # "the Armed Forces", "the Pacific Fleet", "the National Guard": a body, not a place
            r = _placed_whole(text[toks[k0].start:toks[end - 1].end])
            if r is None:
                continue
            if r.precision == "continent" or r.precision == "city" and toks[end - 1].word.lower() in _NAME_NOUNS:
                continue  # "Lucknow Barracks" read as the town of Lucknow: the barracks are not there to be found
            if r.match == "fuzzy" and any(zipf(t.word) >= 4.0 and t.word.lower() not in r.name.lower()
                                          for t in toks[k0:end] if t.word.isalpha()):
                continue  # "the Western Army" is no misspelt "Western Area": a common word is no typo
            extra.append((k0, end, 0.45))
            taken.update(range(k0, end))
            ends.add(end)
            break
        k = max(e, k + 1)
    return sorted(spans + extra) if extra else spans


def _run_start(text: str, toks: list[Token], i: int) -> int:
    """Where the run of capitalised words (with the particles and hyphens of names) that token *i* ends starts:
    "Jabal al-Zawiya" before "Zawiya"; never over a line or a sentence's end, never over "The"."""
    a = i
    while a > 0 and i - a < _RUN_MAX * 2:
        p = toks[a - 1]
        if "\n" in text[p.end:toks[a].start] or _sentence_start(toks, a, text):
            break
        if _run_word(p.word) and p.word != "The":
            a -= 1
        elif a >= 2 and (_glued_hyphen(toks, a - 1) or _run_particle(toks, a - 1)) and (
                _run_word(toks[a - 2].word) or toks[a - 2].word.lower() in _NAME_PARTICLES):
            a -= 1
        else:
            break
    while a < i and not is_cap(toks[a].word):
        a += 1
    return a


#: Whether a name after "the village of", "the town of" ... is the whole run of capitalised words there.
SETTLEMENT_NAMED_WHOLE = True


def _cut_short(text: str, toks: list[Token], spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A name the tags cut short is the whole run of capitalised words around it when the geocoder places that
    whole: "Ain al-Arab" (not "Ain", a French département), "Vadul lui Vodă" (not "Vadul"), "Jabal al-Zawiya"
    (not "Zawiya" in Libya). What the geocoder cannot place whole keeps the tags' reading ("Kherson" of "Kherson
    Oblast Military Administration")."""
    out = list(spans)
    for n, (i, j, sc) in enumerate(spans):
        a, e = _run_start(text, toks, i), max(_run_end(text, toks, i), j)
        if (a, e) == (i, j) or any(x[0] < e and a < x[1] and x[:2] != (i, j) for x in out):
            continue
        if (SETTLEMENT_NAMED_WHOLE and a == i and i >= 2 and toks[i - 1].word == "of"
                and toks[i - 2].word.lower() in _SETTLEMENTS | _SETTLEMENTS_OF):
            # "near the village of Malaya Loknya": the noun says the whole run names one settlement, whatever the
            # gazetteer makes of its first word (Malaya, a region of Malaysia)
            out[n] = (a, e, sc)
            continue
        # only where the tags stopped at a particle or a hyphen inside the name: "Ain" of "Ain al-Arab", not
        # "Kyiv" of "Kyiv Axis" or "Donetsk" of "Donetsk City", which the tags read as the gold sets do
        if not any(toks[q].word == "-" or toks[q].word.lower() in _NAME_PARTICLES for q in (*range(a, i), *range(j, e))):
            continue
        r = _placed_whole(text[toks[a].start:toks[e - 1].end])
        if r is None:
            continue
        if r.precision == "continent" or r.match == "fuzzy" and any(
                zipf(t.word) >= 4.0 and t.word.lower() not in r.name.lower() for t in toks[a:e] if t.word.isalpha()):
            continue
        out[n] = (a, e, sc)
    return sorted(out)


def _hashtags(text: str, toks: list[Token], spans: list[tuple[int, int, float]],
              hits: list[GazHit]) -> list[tuple[int, int, float]]:
    """A hashtag that names a place the gazetteer knows ("#Rajin", "#MajdalShams") is that place."""
    taken = {k for i, j, _ in spans for k in range(i, j)}
    known = {(h.i, h.j) for h in hits if not h.demonym}
    extra = []
    for k in range(1, len(toks)):
        if toks[k - 1].word != "#" or toks[k - 1].end != toks[k].start or k in taken or not is_cap(toks[k].word):
            continue
        if (k, k + 1) in known or _camel_known(toks[k].word):
            extra.append((k, k + 1, 0.6))
    return sorted(spans + extra) if extra else spans


def _camel_known(word: str) -> bool:
    parts = re.findall(r"[A-Z][a-z'’-]+", word)
    if len(parts) < 2 or "".join(parts) != word:
        return False
    idx = gz.load()
    return bool(idx.postings(gz.normalize(" ".join(parts))))


def _mention(text: str, toks: list[Token], i: int, j: int, kind: str, score: float) -> Mention:
    s, e = toks[i].start, toks[j - 1].end
    return Mention(s, e, text[s:e], kind, score)


def _widen(text: str, toks: list[Token], spans: list[tuple[int, int, float]], hits: list[GazHit]) -> list[Mention]:
    """Named spans as printed, with their described surroundings ("the Kursk region", "western Russia")."""
    out: list[Mention] = []
    used_until = 0
    hit_at = {(h.i, h.j): h for h in hits}
    for i, j, sc in spans:
        if i < used_until:
            continue
        if j < len(toks) and toks[j].word.islower() and toks[j].word in REGION_WORDS:
            h = hit_at.get((i, j + 1))  # "Kursk" + "region": the region, as printed
            if h is not None and h.kind in (gz.ADMIN1, gz.ADMIN2) and (j + 1 >= len(toks) or
                                                                      toks[j + 1].start >= toks[j].end):
                j += 1
        a, kind = i, "place"
        if toks[j - 1].word.lower() in REGION_WORDS and i > 0 and toks[i - 1].word.lower() == "the":
            a = i - 1  # "the Kursk region": a named region, as printed
        elif i > 0 and toks[i - 1].word.lower() in DIRECTIONS:
            a, kind = i - 1, "vague"  # "western Russia"
            if a > 1 and toks[a - 1].word == "-" and toks[a - 2].word.lower() in DIRECTIONS:
                a -= 2  # "north-east England"
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
        if out and toks[a].start < out[-1].end:  # never over the mention before
            a = i
        m = _mention(text, toks, a, j, kind, sc)
        out.append(m)
        used_until = j
    return out


#: Nouns after a place noun that make it a modifier: "border guard", "port authority", "base commander".
_MODIFIED = frozenset("guard guards guardsman guardsmen police service services force authority authorities "
                      "commander commanders official officials agency spokesman spokeswoman spokesperson "
                      "workers worker".split())


def _described(text: str, toks: list[Token], taken: list[Mention], hits: list[GazHit]) -> list[Mention]:
    """"a North Korean port": an indefinite article, a demonym and a place noun; "the Belarusian border"."""
    out = []
    hits = [h for h in hits if _is_demonym(toks, h)]
    starts = {m.start for m in taken}
    for h in hits:
        art = toks[h.i - 1].word.lower() if h.i else ""
        if art not in _ARTICLES and art != "the":
            continue
        k = h.j
        while k < len(toks) and k < h.j + 3 and toks[k].word.islower() and toks[k].word not in FEATURE_NOUNS:
            k += 1
        # "the Belarusian border": a border is an area whichever article it takes; "the Russian port" is one place
        if k < len(toks) and toks[k].word in (FEATURE_NOUNS if art != "the" else _EDGE_NOUNS):
            nxt = toks[k + 1].word.lower() if k + 1 < len(toks) else ""
            if nxt in ("of", "in", "near") and k + 2 < len(toks) and toks[k + 2].start in starts:
                continue  # "a Russian city of Kursk": the named place is the mention
            if nxt in _MODIFIED:
                continue  # "a Ukrainian border guard spokesman", "the Russian port authority": no place
            out.append(_mention(text, toks, h.i - 1, k + 1, "vague", 0.8))
    return out


class Recognizer:
    """A place-name recogniser: the CRF model at *model_path*, or the rules alone when it is None.

    A capitalised word is a place when the best tag sequence says so or when its own
    probability of starting a place is at least *threshold* (0.4, chosen by cross-validation
    inside the development halves: recall +2 points for a point of precision).

    The model's manifest (the ``.json`` beside it) must name the features this code computes
    and the file's SHA-256; anything else raises :class:`RecognizerError` before the file is read
    by crfsuite. Not shared between threads (crfsuite's tagger keeps state): one per thread.

    >>> Recognizer().find("Units moved to Khabrovsk.")[0].surface
    'Khabrovsk'
    """

    def __init__(self, model_path: str | None = MODEL_PATH, threshold: float = 0.4):
        self.model_path = model_path
        self.threshold = threshold
        self._tagger = None
        if model_path is not None:
            self._tagger = _open_model(model_path)

    def find(self, text: str, *, vague: bool = True, demonyms: bool = False,
             organisations: bool = False) -> list[Mention]:
        """The place mentions of *text*: see :func:`find_places`."""
        idx = gz.load()
        toks = tokenize(text)
        if not toks:
            return []
        # the hits joined by PARTICLES are no feature of the tagger (trained without them): only the longest-name
        # steps read them
        all_hits = gazetteer_hits(text, toks, idx, particles=True)
        hits = [h for h in all_hits if not h.particle]
        spans = self._tagged(text, toks, idx, hits) if self._tagger is not None else _named(text, toks, hits)
        spans = _whole_names(text, toks, spans, hits)
        spans = _longest_known(toks, spans, all_hits)
        spans = _facilities(toks, spans, hits)
        spans = _not_people(toks, spans, hits)
        spans = [s for s in spans if not _not_a_place(text, toks, s[0], s[1])]
        if not demonyms:
            dem = {(h.i, h.j) for h in hits if _is_demonym(toks, h)}
            spans = [s for s in spans if (s[0], s[1]) not in dem]
        if not organisations:
            spans = [s for s in spans if not in_organisation(toks, s[0], s[1])]
        spans = _acronyms(toks, spans)
        spans = _consistent(toks, spans)
        # a name read as a place elsewhere is still no place where it names a person ("He wrote to Austin" beside
        # "left Austin for Fort Hood")
        spans = [s for s in spans if not _not_a_place(text, toks, s[0], s[1])]
        spans = _named_in_full(toks, spans, hits)
        spans = _fuzzy_places(text, toks, spans, hits)
        if not vague:
            return [_mention(text, toks, i, j, "place", sc) for i, j, sc in spans]
        spans = _agency_acronyms(toks, spans, hits)
        spans = _hashtags(text, toks, spans, hits)
        spans = _known_after_locative(text, toks, spans, all_hits)
        spans = _geocoded_runs(text, toks, spans, hits)
        if UNKNOWN_AFTER_CUE:
            spans = _unknown_after_cue(text, toks, spans, all_hits)
        spans = _cut_short(text, toks, spans)
        spans = _facility_names(text, toks, spans, hits)
        out = _widen(text, toks, spans, hits)
        for m in _described(text, toks, out, hits):
            if not any(o.start < m.end and m.start < o.end for o in out):
                out.append(m)
        return sorted(out, key=lambda m: m.start)

    def _tagged(self, text: str, toks: list[Token], idx, hits: list[GazHit]) -> list[tuple[int, int, float]]:
        tg = self._tagger
        labels = tg.tag(token_features(text, toks, idx, hits))
        spans, k, n = [], 0, len(labels)
        while k < n:
            if labels[k] == "O":
                k += 1
                continue
            j = k + 1
            # a name never runs over a line break ("... near Japan" / "TOKYO — ...": a headline, then a dateline)
            while j < n and labels[j] == "I-LOC" and "\n" not in text[toks[j - 1].end:toks[j].start]:
                j += 1
            # a leading "The" belongs to the sentence, not the name (the gold sets agree)
            a = k + 1 if j - k > 1 and toks[k].word in ("The", "the") else k
            spans.append((a, j, round(tg.marginal(labels[k], k), 3)))
            k = j
        if self.threshold < 0.5:
            spans = self._likely(toks, labels, spans)
        return spans

    def _likely(self, toks: list[Token], labels: list[str], spans: list[tuple[int, int, float]]):
        """Add the capitalised words that the best path leaves out but that are places with probability >= threshold.

        ("A convoy left Belgorod": 0.499 on the best path's terms.)
        """
        tg, th, n = self._tagger, self.threshold, len(toks)
        extra = []
        k = 0
        while k < n:
            w = toks[k].word
            if labels[k] != "O" or not is_cap(w) or w.isupper():  # acronyms off the path are rarely places
                k += 1
                continue
            p = tg.marginal("B-LOC", k)
            if p < th:
                k += 1
                continue
            j = k + 1
            while j < n and labels[j] == "O" and tg.marginal("I-LOC", j) >= th:
                j += 1
            extra.append((k, j, round(p, 3)))
            k = j
        return sorted(spans + extra) if extra else spans


def _open_model(path: str):
    """A crfsuite tagger for *path*, after checking the manifest's features version and SHA-256."""
    return open_checked(path, FEATURES_VERSION, "place-name model", RecognizerError,
                        "python scripts/train_recognizer.py")


_local = threading.local()


def find_places(text: str, *, vague: bool = True, demonyms: bool = False,
                organisations: bool = False) -> list[Mention]:
    """Find the place names in *text*, as printed.

    Parameters
    ----------
    text : the article's text; offsets index it unchanged.
    vague : also describe areas ("western Russia", "a military airfield in western Russia",
        "a North Korean port") as ``kind="vague"`` mentions and keep "the" of a named region
        ("the Kursk region"). With ``vague=False`` only the named places themselves are
        returned ("Russia", "Kursk region"): what toponym gold sets annotate.
    demonyms : also return a people's adjective as a place ("Russian", "North Korean"),
        as three of the four public gold sets annotate them; by default they are left out.
    organisations : also return a place name that begins or ends the name of a newspaper,
        a university, a zoo or a company ("New York" of "the New York Times"). By default they
        are left out: no draft maps them, and the four public sets' annotators leave out 31 of
        the 51 such names of their development halves (GeoVirus all 13, LGL 10 of 24,
        GeoWebNews 8 of 13; TR-News marks its one).

    Returns
    -------
    Mentions sorted by start, non-overlapping, with ``text[m.start:m.end] == m.surface``.

    >>> [m.surface for m in find_places("Troops flew from Vladivostok to a military airfield in western Russia.")]
    ['Vladivostok', 'a military airfield in western Russia']
    """
    rec = getattr(_local, "rec", None)
    if rec is None:
        rec = _local.rec = Recognizer()
    return rec.find(text, vague=vague, demonyms=demonyms, organisations=organisations)
