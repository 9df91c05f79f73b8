"""Our own annotated corpus (``tests/data/corpus/``): read it, and score drafts against it.

The format is fixed in ``tests/data/corpus/README.md``: ``index.csv`` (one row per article),
``splits.csv`` (each theatre wholly ``dev`` or ``test``), and per article ``<lang>/<id>.txt``
with its gold rows ``<lang>/<id>.csv``. :func:`articles` reads one split at a time and
:func:`score` scores draft rows (as :func:`geo.extract.pipeline.extract_article` makes them)
against the gold rows. Test articles are read only when asked for by name
(``split="test"``): development work never needs them.

Scoring (the README's rule, with the details decided here):

* A gold **stop** is a row whose role is not ``mention``. It is *found* by a draft row whose
  role is not ``mention`` that lies within 161 km of it (for an ``area``, within its radius plus
  161 km; a ``country`` by a draft of that country, ``precision=country``, wherever its point)
  and whose span overlaps an occurrence of the gold row's ``place`` in the text, or whose
  gazetteer entry is the one the gold place string reads as. Pairs are made one to one, best
  first: the anchored occurrence, then any occurrence, then the same entry, nearest first. The
  gold copies of a shared route end (one row per route, on one anchor) each take, among the draft
  rows on one span that find them equally well, the row in the draft route holding most of the
  other found stops of its gold route.
* A draft stop that finds nothing but lies at the place of a gold stop that another draft row
  found (its span overlaps an occurrence of that stop's place, or it is within 25 km of it) is a
  **repeat** (the same stop drafted twice, which a reviewer merges): neither right nor wrong,
  counted apart.
* recall = found / gold stops; precision = draft stops that found one / (draft stops - repeats).
* A draft stop whose span overlaps the anchored occurrence of a ``mention`` row with ``why`` in
  dateline, credit or metonymy is a **trap**: a false stop, also counted apart (the goal is none).
* Attributes, over the found stops (each scored where the gold row says something):
  ``role`` equal (``via`` is its own role); ``order``: for a stop of a gold route of which another
  stop was found too, the draft puts it in one route with every other found stop of that gold
  route, in the same order (a route of which one stop was found has no order to get right);
  ``date`` equal as written (a one-day range is that day); ``mode`` equal for via and
  destination rows (empty = unknown); ``troops`` equal (empty = none); ``moved`` equal;
  ``status`` equal; ``source``: both empty, or one's words (lower-cased, without "the"; a Russian or
  Ukrainian word by its lemma) all in the other's, or half of the words of the shorter shared.
"""

from __future__ import annotations

import csv
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..errors import GeoError
from ..gazetteer.common import haversine_km
from .records import ROLES

#: Where the corpus lives in this repository.
DEFAULT_ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                            "tests", "data", "corpus")
WHY = ("dateline", "credit", "metonymy", "speaker", "unit", "ship", "road", "container", "landmark", "other")
#: Mentions that must never become stops.
TRAPS = ("dateline", "credit", "metonymy")
MOVED = ("people", "materiel", "both")
STATUSES = ("confirmed", "reported", "claimed", "denied")
MODES = ("sea", "air", "rail", "road", "unknown")
ATTRIBUTES = ("role", "order", "date", "mode", "troops", "moved", "status", "source")
#: How far (km) a draft may be from a gold stop and still find it.
FOUND_KM = 161.0
#: How near (km) an unmatched draft stop must be to a gold stop to count as a repeat of it.
REPEAT_KM = 25.0


class CorpusError(GeoError, ValueError):
    """A corpus file that does not follow the format; the message names the file, row, column and value."""


@dataclass(frozen=True)
class GoldRow:
    """One gold row, anchored in the text: ``text[start:end] == place``."""

    place: str
    start: int
    end: int
    role: str
    route: str = ""
    seq: int | None = None
    why: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    precision: str = ""
    radius_km: float | None = None
    kind: str = ""
    date: str = ""
    reported: str = ""
    mode: str = ""
    troops: int | None = None
    what: str = ""
    moved: str = ""
    status: str = ""
    source: str = ""
    row: int = 0  # the line of the .csv (header = 1), for messages

    @property
    def stop(self) -> bool:
        return self.role != "mention"


@dataclass(frozen=True)
class CorpusArticle:
    """One article of the corpus with its gold rows."""

    id: str
    lang: str
    style: str
    theatre: str
    split: str
    published: str
    title: str
    text: str
    gold: tuple[GoldRow, ...]

    @property
    def name(self) -> str:
        return f"{self.id}.txt"


def _read_csv(path: str) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            return [{(k or "").strip(): (v or "").strip() for k, v in r.items()} for r in csv.DictReader(f)]
    except OSError as exc:
        raise CorpusError(f"{path!r}: cannot read: {exc.strerror or exc}") from None


def splits(root: str = DEFAULT_ROOT) -> dict[str, str]:
    """``{theatre: "dev" | "test"}`` from ``splits.csv``.

    >>> splits()["dprk-russia"]
    'dev'
    """
    path = os.path.join(root, "splits.csv")
    out = {}
    for n, r in enumerate(_read_csv(path), 2):
        if r.get("split") not in ("dev", "test"):
            raise CorpusError(f"{path!r}, row {n}, column 'split': {r.get('split')!r} is neither 'dev' nor 'test'")
        out[r["theatre"]] = r["split"]
    return out


def index(root: str = DEFAULT_ROOT) -> list[dict[str, str]]:
    """The rows of ``index.csv``, each with its theatre's ``split`` added, in file order."""
    path = os.path.join(root, "index.csv")
    theatres = splits(root)
    out = []
    ids: set[str] = set()
    for n, r in enumerate(_read_csv(path), 2):
        if r.get("id") in ids:
            raise CorpusError(f"{path!r}, row {n}, column 'id': {r.get('id')!r} is listed twice")
        ids.add(r.get("id"))
        if r.get("theatre") not in theatres:
            raise CorpusError(f"{path!r}, row {n}, column 'theatre': {r.get('theatre')!r} is not in splits.csv")
        out.append({**r, "split": theatres[r["theatre"]]})
    return out


def _number(path: str, n: int, col: str, v: str, kind=float):
    if not v:
        return None
    try:
        x = kind(v.replace(",", "")) if kind is int else kind(v)
    except ValueError:
        raise CorpusError(f"{path!r}, row {n}, column {col!r}: {v!r} is not a number") from None
    if kind is float and not math.isfinite(x):
        raise CorpusError(f"{path!r}, row {n}, column {col!r}: {v!r} is not a number")
    return x


def read_gold(path: str, text: str) -> list[GoldRow]:
    """The gold rows of one article's ``.csv``, anchored in *text* by their ``occurrence``.

    Raises :class:`CorpusError` naming the row and column of the first problem.
    """
    out = []
    for n, r in enumerate(_read_csv(path), 2):
        place = r.get("place", "")
        if not place:
            raise CorpusError(f"{path!r}, row {n}, column 'place': empty")
        role = r.get("role", "")
        if role not in ROLES:
            raise CorpusError(f"{path!r}, row {n}, column 'role': {role!r} is not one of {', '.join(ROLES)}")
        occ = _number(path, n, "occurrence", r.get("occurrence", "") or "1", int)
        if occ is None or occ < 1:
            raise CorpusError(f"{path!r}, row {n}, column 'occurrence': {r.get('occurrence')!r} must be 1 or more")
        at = -1
        for _ in range(occ):
            at = text.find(place, at + 1)
            if at < 0:
                raise CorpusError(f"{path!r}, row {n}, column 'place': {place!r} does not occur {occ} time(s) "
                                  f"in the text")
        for col, allowed in (("why", WHY), ("moved", MOVED), ("status", STATUSES), ("mode", MODES)):
            if r.get(col) and r[col] not in allowed:
                raise CorpusError(f"{path!r}, row {n}, column {col!r}: {r[col]!r} is not one of "
                                  f"{', '.join(allowed)}")
        out.append(GoldRow(
            place=place, start=at, end=at + len(place), role=role, route=r.get("route", ""),
            seq=_number(path, n, "seq", r.get("seq", ""), int), why=r.get("why", ""), country=r.get("country", ""),
            lat=_number(path, n, "lat", r.get("lat", "")), lon=_number(path, n, "lon", r.get("lon", "")),
            precision=r.get("precision", ""), radius_km=_number(path, n, "radius_km", r.get("radius_km", "")),
            kind=r.get("kind", ""), date=r.get("date", ""), reported=r.get("reported", ""), mode=r.get("mode", ""),
            troops=_number(path, n, "troops", r.get("troops", ""), int), what=r.get("what", ""),
            moved=r.get("moved", ""), status=r.get("status", ""), source=r.get("source", ""), row=n))
    return out


def articles(root: str = DEFAULT_ROOT, split: str = "dev", lang: str = "en") -> list[CorpusArticle]:
    """The articles of one split (``dev`` or ``test``) and language, in ``index.csv`` order.

    An article listed in the index whose files are not there yet is skipped (the corpus is
    written progressively); a file that is there must be well formed.
    """
    if split not in ("dev", "test"):
        raise ValueError(f"split is 'dev' or 'test', got {split!r}")
    out = []
    for r in index(root):
        if r["split"] != split or (lang and r.get("lang") != lang):
            continue
        base = os.path.join(root, r["lang"], r["id"])
        if not (os.path.exists(base + ".txt") and os.path.exists(base + ".csv")):
            continue
        with open(base + ".txt", encoding="utf-8-sig") as f:
            text = f.read()
        gold = tuple(read_gold(base + ".csv", text))
        out.append(CorpusArticle(r["id"], r["lang"], r.get("style", ""), r["theatre"], split,
                                 r.get("published", ""), r.get("title", ""), text, gold))
    return out


# --- scoring ---------------------------------------------------------------------------------------------------


def _f(v) -> float | None:
    try:
        x = float(v)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _occurrences(text: str, s: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(s), text)] if s else []


def _overlaps(a: int, b: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


_SOURCE_STOP = frozenset("the a an of 's ’s".split())


def _words(s: str) -> list[str]:
    return [_lemma(w) for w in re.findall(r"[\w]+", s.lower()) if w not in _SOURCE_STOP]


def _lemma(word: str) -> str:
    """A Cyrillic word's lemma ("разведчиков" and "разведчики" name the same people); other words as they are."""
    if not re.search(r"[\u0400-\u04ff]", word):
        return word
    from .slavic import morph

    lang = "uk" if re.search(r"[іїєґ']", word) else "ru"
    rs = morph.readings(word, lang)
    return rs[0].lemma if rs else word


def same_source(gold: str, draft: str) -> bool:
    """Whether a draft's source names the gold one (see the module's docstring).

    >>> same_source("Ukraine's military intelligence (HUR)", "Ukraine's military intelligence")
    True
    >>> same_source("RUSI", "Reuters"), same_source("", "")
    (False, True)
    """
    g, d = _words(gold), _words(draft)
    if not g or not d:
        return not g and not d
    if set(g) <= set(d) or set(d) <= set(g):
        return True
    short = min(len(set(g)), len(set(d)))
    return len(set(g) & set(d)) * 2 >= short and short > 1


def _date(s: str) -> str:
    s = (s or "").strip()
    if "/" in s:
        a, b = s.split("/", 1)
        if a == b:
            return a
    return s


@dataclass
class Score:
    """Counts of one scoring, addable across articles; ratios as properties."""

    gold: int = 0
    drafted: int = 0
    found: int = 0
    right: int = 0  # draft stops that found a gold stop
    repeats: int = 0
    traps: int = 0
    agree: Counter = field(default_factory=Counter)
    scored: Counter = field(default_factory=Counter)
    articles: int = 0

    def __iadd__(self, o: "Score") -> "Score":
        self.gold += o.gold
        self.drafted += o.drafted
        self.found += o.found
        self.right += o.right
        self.repeats += o.repeats
        self.traps += o.traps
        self.agree.update(o.agree)
        self.scored.update(o.scored)
        self.articles += o.articles
        return self

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else float("nan")

    @property
    def precision(self) -> float:
        d = self.drafted - self.repeats
        return self.right / d if d else float("nan")

    @property
    def attributes(self) -> float:
        n = sum(self.scored.values())
        return sum(self.agree.values()) / n if n else float("nan")

    def attribute(self, name: str) -> float:
        return self.agree[name] / self.scored[name] if self.scored[name] else float("nan")


def _stop(r: dict) -> bool:
    return (r.get("role") or "mention") != "mention"


def _int(v) -> int | None:
    try:
        return int(float(v)) if v not in (None, "") else None
    except (TypeError, ValueError):
        return None


def pair(article: CorpusArticle, drafts: Sequence[dict], refs: dict[str, str] | None = None) -> dict[int, int]:
    """``{gold index: draft index}``: which draft stop finds which gold stop (one to one).

    *refs* maps a gold place string to the gazetteer reference it reads as (optional).
    """
    text = article.text
    cands = []
    for gi, g in enumerate(article.gold):
        if not g.stop or g.lat is None or g.lon is None:
            continue
        occ = _occurrences(text, g.place)
        reach = FOUND_KM + ((g.radius_km or 0.0) if g.precision in ("area", "region", "country") else 0.0)
        gref = (refs or {}).get(g.place, "")
        for di, d in enumerate(drafts):
            lat, lon = _f(d.get("lat")), _f(d.get("lon"))
            if not _stop(d) or lat is None or lon is None:
                continue
            km = haversine_km(g.lat, g.lon, lat, lon)
            # a country is where its borders are: two points standing for one country (the gold's and the
            # gazetteer's) may lie hundreds of km apart, and a draft of that country finds it
            country = (g.precision == "country" and d.get("precision") == "country" and bool(g.country)
                       and (d.get("country") or "").upper() == g.country.upper())
            if km > reach and not country:
                continue
            a, b = _int(d.get("start")), _int(d.get("end"))
            anchored = a is not None and b is not None and a < g.end and g.start < b
            anywhere = a is not None and b is not None and _overlaps(a, b, occ)
            dref = (d.get("gazetteer") or "").split(" ", 1)[0]
            same = bool(gref) and dref == gref
            if anchored or anywhere or same:
                cands.append((0 if anchored else 1 if anywhere else 2, km, gi, di))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _rank, _km_, gi, di in sorted(cands):
        if gi not in out and di not in used:
            out[gi] = di
            used.add(di)
    return _order_ties(article, drafts, out, {(gi, di): (rank, km) for rank, km, gi, di in cands})


def _order_ties(article: CorpusArticle, drafts: Sequence[dict], found: dict[int, int],
                cands: dict[tuple[int, int], tuple[int, float]]) -> dict[int, int]:
    """*found* with the copies of a shared route end re-paired, each to the copy in the draft route of its gold route.

    A shared end of several routes (two origins to one destination) is a row of each route in the gold and in a
    draft that follows the guidelines; its copies lie on one span at one point, so the best-first pairing ties and
    would take the first copy for every gold copy, whichever route each is in. Whole routes are matched instead:
    each gold route goes to the draft route that holds most of its found stops that are no such copy (ties by the
    route's name), and each gold copy takes the row of that draft route among the rows that find it equally well.
    Only where the gold itself has two copies or more at one anchor (one gold stop may not move to a spare draft
    copy, which would let a wrong extra row rescue the order), only among draft rows anchored on one span, and
    only among rows unpaired or paired to those copies; a draft whose rows never tie is paired as before.
    """
    out = dict(found)
    gold = article.gold
    copies: dict[tuple[int, int], list[int]] = {}
    for gi in sorted(out):
        g = gold[gi]
        if g.route and g.seq is not None and cands[(gi, out[gi])][0] == 0:
            copies.setdefault((g.start, g.end), []).append(gi)
    copies = {k: v for k, v in copies.items() if len(v) > 1}
    if not copies:
        return out
    tied = {gi for v in copies.values() for gi in v}
    held: dict[str, Counter] = {}
    for gi, di in out.items():
        r = drafts[di].get("route")
        if gi not in tied and gold[gi].route and r:
            held.setdefault(gold[gi].route, Counter())[r] += 1
    home = {route: min(c.items(), key=lambda kv: (-kv[1], str(kv[0])))[0] for route, c in held.items()}
    rows_of: dict[int, list[int]] = {}
    for gi, di in cands:
        if gi in tied:
            rows_of.setdefault(gi, []).append(di)

    def span(di: int) -> tuple:
        return _int(drafts[di].get("start")), _int(drafts[di].get("end"))

    for group in copies.values():
        by_span: dict[tuple, list[int]] = {}
        for gi in group:
            by_span.setdefault(span(out[gi]), []).append(gi)
        for at, members in by_span.items():
            key = cands[(members[0], out[members[0]])]
            if any(cands[(gi, out[gi])] != key for gi in members):
                continue
            mine = {out[gi] for gi in members}
            taken = set(out.values()) - mine
            pool = sorted({di for gi in members for di in rows_of[gi]
                           if di not in taken and span(di) == at and all(cands.get((h, di)) == key for h in members)})
            if not mine <= set(pool):
                continue
            free, left = list(pool), []
            # a copy whose route has another found stop claims its route's row; the others keep what remains
            for gi in sorted(members, key=lambda gi: not _order_scored(article, out, gi)):
                want = home.get(gold[gi].route)
                di = next((d for d in free if want is not None and drafts[d].get("route") == want), None)
                if di is None:
                    left.append(gi)
                else:
                    out[gi] = di
                    free.remove(di)
            moved = [gi for gi in left if out[gi] not in free]
            for gi in left:
                if gi not in moved:
                    free.remove(out[gi])
            for gi in moved:
                out[gi] = free.pop(0)
    return out


def _order_scored(article: CorpusArticle, found: dict[int, int], gi: int) -> bool:
    """Whether gold stop *gi*'s order is scored: its gold route has another found stop (a route of which one stop
    was found has no order to get right)."""
    g = article.gold[gi]
    return bool(g.route) and any(h.route == g.route and hi != gi and hi in found for hi, h in enumerate(article.gold))


def _order_agrees(article: CorpusArticle, drafts: Sequence[dict], found: dict[int, int], gi: int) -> bool:
    g = article.gold[gi]
    d = drafts[found[gi]]
    if not d.get("route"):
        return False
    for hi, h in enumerate(article.gold):
        if hi == gi or hi not in found or h.route != g.route or h.seq is None or g.seq is None:
            continue
        e = drafts[found[hi]]
        if e.get("route") != d.get("route"):
            return False
        ds, es = _int(d.get("seq")), _int(e.get("seq"))
        if ds is None or es is None or (ds < es) != (g.seq < h.seq) or ds == es:
            return False
    return True


def score_article(article: CorpusArticle, drafts: Sequence[dict], refs: dict[str, str] | None = None) -> Score:
    """Score one article's draft rows against its gold rows (see the module's docstring).

    >>> g = GoldRow("Kursk", 17, 22, "destination", lat=51.73, lon=36.19, status="reported")
    >>> a = CorpusArticle("en-x-01", "en", "wire", "x", "dev", "2024-10-28", "", "Troops were sent to Kursk.", (g,))
    >>> d = {"place": "Kursk", "start": 20, "end": 25, "role": "destination", "lat": 51.7, "lon": 36.2,
    ...      "status": "reported"}
    >>> s = score_article(a, [d]); (s.recall, s.precision, s.attribute("role"), s.attribute("status"))
    (1.0, 1.0, 1.0, 1.0)
    """
    s = Score(articles=1)
    gold_stops = [i for i, g in enumerate(article.gold) if g.stop]
    s.gold = len(gold_stops)
    stops = [i for i, d in enumerate(drafts) if _stop(d)]
    s.drafted = len(stops)
    found = pair(article, drafts, refs)
    s.found = s.right = len(found)
    matched = set(found.values())
    text = article.text
    traps = [(g.start, g.end) for g in article.gold if g.role == "mention" and g.why in TRAPS]
    for di in stops:
        d = drafts[di]
        a, b = _int(d.get("start")), _int(d.get("end"))
        if a is not None and b is not None and _overlaps(a, b, traps):
            s.traps += 1
            continue
        if di in matched:
            continue
        lat, lon = _f(d.get("lat")), _f(d.get("lon"))
        for gi in found:  # the same stop drafted again
            g = article.gold[gi]
            near = None not in (lat, lon, g.lat, g.lon) and haversine_km(g.lat, g.lon, lat, lon) <= REPEAT_KM
            if near or (a is not None and b is not None and _overlaps(a, b, _occurrences(text, g.place))):
                s.repeats += 1
                break
    for gi, di in found.items():
        g, d = article.gold[gi], drafts[di]
        checks = {"role": g.role == d.get("role"),
                  "status": (g.status or "reported") == (d.get("status") or "reported"),
                  "troops": g.troops == _int(d.get("troops")),
                  "source": same_source(g.source, d.get("source") or "")}
        if _order_scored(article, found, gi):
            checks["order"] = _order_agrees(article, drafts, found, gi)
        if g.role != "mention":
            checks["date"] = _date(g.date) == _date(d.get("date") or "")
        if g.role in ("via", "destination"):
            checks["mode"] = (g.mode or "unknown") == (d.get("mode") or "unknown")
        if g.moved:
            checks["moved"] = g.moved == (d.get("moved") or "")
        for k, ok in checks.items():
            s.scored[k] += 1
            s.agree[k] += bool(ok)
    return s


def _read_as(place: str, lang: str) -> str:
    """The name a gold place string is geocoded by: as printed, or, in an inflected language, the nominative
    its recogniser reads it as ("Курской области" -> "Курская область")."""
    if lang in ("ru", "uk"):
        from .language import stages

        found = stages(lang).find_places(place)
        if found and getattr(found[0], "query", ""):
            return found[0].query
    return place


def gold_refs(arts: Sequence[CorpusArticle], geocoder=None) -> dict[str, dict[str, str]]:
    """``{article id: {gold place: gazetteer reference}}``: what the gazetteer reads each gold place string as."""
    from ..errors import UnresolvedPlace
    from ..geocoders.base import Query
    from .resolve import default_geocoder

    geocoder = geocoder or default_geocoder()
    out = {}
    for a in arts:
        names = sorted({g.place for g in a.gold if g.stop})
        res = geocoder.geocode_all([Query(_read_as(n, a.lang)) for n in names]) if names else []
        out[a.id] = {n: r.ref for n, r in zip(names, res) if not isinstance(r, UnresolvedPlace) and r.ref}
    return out


# --- diagnosis -------------------------------------------------------------------------------------------------

#: Why a gold stop was missed, by stage: the recogniser did not read the name; the geocoder could not place it or
#: placed it too far; the roles read it as no stop; a draft stop there was paired with another gold stop (the
#: place is a stop twice, and the draft has it once).
MISS_CAUSES = ("unrecognised", "unplaced", "elsewhere", "not a stop", "taken")


def diagnose(article: CorpusArticle, drafts: Sequence[dict], refs: dict[str, str] | None = None) -> list[tuple]:
    """Every missed gold stop and every false draft stop of one article, with its cause, for error analysis.

    *drafts* are the article's rows with every mention (``Options(all=True)``), so a missed name read as no stop
    can be told from one never recognised. Returns ``(kind, cause, place, role, detail)`` tuples: kind ``miss``
    (cause in :data:`MISS_CAUSES`), ``false`` (``mention:<why>``, ``unannotated``, ``elsewhere``,
    ``unplaced`` or ``trap:<why>``) or ``attr`` (cause: the attribute of a found stop that disagrees).
    """
    found = pair(article, drafts, refs)
    text = article.text
    out = []
    for gi, g in enumerate(article.gold):
        if not g.stop or gi in found:
            continue
        occ = _occurrences(text, g.place)
        at = [d for d in drafts if _int(d.get("start")) is not None
              and _overlaps(_int(d["start"]), _int(d["end"]), [(g.start, g.end)])]
        anywhere = [d for d in drafts if _int(d.get("start")) is not None
                    and _overlaps(_int(d["start"]), _int(d["end"]), occ)]
        near = at or anywhere
        if not near:
            out.append(("miss", "unrecognised", g.place, g.role, ""))
            continue
        stops = [d for d in near if _stop(d)]
        if not stops:
            d = near[0]
            if all(_f(x.get("lat")) is None or _f(x.get("lon")) is None for x in near):
                # the geocoder's stage failed before the roles': a name it cannot place is never a stop of the model
                # (role_model.RoleModel.relabel), and would be no found stop if it were
                out.append(("miss", "unplaced", g.place, g.role, f"no stop, cue={d.get('cue', '')!s}"))
            else:
                out.append(("miss", "not a stop", g.place, g.role, f"cue={d.get('cue', '')!s}"))
            continue
        d = stops[0]
        lat, lon = _f(d.get("lat")), _f(d.get("lon"))
        if lat is None or lon is None:
            out.append(("miss", "unplaced", g.place, g.role, str(d.get("match", ""))[:60]))
        elif g.lat is not None and haversine_km(g.lat, g.lon, lat, lon) > FOUND_KM + (g.radius_km or 0.0):
            out.append(("miss", "elsewhere", g.place, g.role,
                        f"{haversine_km(g.lat, g.lon, lat, lon):.0f} km ({d.get('gazetteer', '')})"))
        else:
            out.append(("miss", "taken", g.place, g.role, ""))
    for gi, di in found.items():
        g, d = article.gold[gi], drafts[di]
        checks = {"role": (g.role, d.get("role") or ""),
                  "status": (g.status or "reported", d.get("status") or "reported"),
                  "troops": (g.troops, _int(d.get("troops"))), "date": (_date(g.date), _date(d.get("date") or ""))}
        if g.role in ("via", "destination"):
            checks["mode"] = (g.mode or "unknown", d.get("mode") or "unknown")
        if g.moved:
            checks["moved"] = (g.moved, d.get("moved") or "")
        for k, (gv, dv) in checks.items():
            if gv != dv:
                out.append(("attr", k, g.place, g.role, f"gold={gv!r} draft={dv!r}"))
        if not same_source(g.source, d.get("source") or ""):
            out.append(("attr", "source", g.place, g.role, f"gold={g.source!r} draft={d.get('source')!r}"))
        if _order_scored(article, found, gi) and not _order_agrees(article, drafts, found, gi):
            out.append(("attr", "order", g.place, g.role,
                        f"gold={g.route}/{g.seq} draft={d.get('route')!r}/{d.get('seq')}"))
    matched = set(found.values())
    golds = [(g.start, g.end, g) for g in article.gold]
    for di, d in enumerate(drafts):
        if not _stop(d) or di in matched:
            continue
        a, b = _int(d.get("start")), _int(d.get("end"))
        if a is None or b is None:
            continue
        lat, lon = _f(d.get("lat")), _f(d.get("lon"))
        repeat = any((None not in (lat, lon, article.gold[gi].lat, article.gold[gi].lon)
                      and haversine_km(article.gold[gi].lat, article.gold[gi].lon, lat, lon) <= REPEAT_KM)
                     or _overlaps(a, b, _occurrences(text, article.gold[gi].place)) for gi in found)
        here = [g for s, e, g in golds if a < e and s < b]
        mention = next((g for g in here if not g.stop), None)
        if mention is not None and mention.why in TRAPS:
            out.append(("false", f"trap:{mention.why}", d.get("place", ""), d.get("role", ""), d.get("cue", "")))
        elif repeat:
            continue
        elif mention is not None:
            out.append(("false", f"mention:{mention.why or 'other'}", d.get("place", ""), d.get("role", ""),
                        d.get("cue", "")))
        elif any(g.stop for g in here) or any(g.stop and _overlaps(a, b, _occurrences(text, g.place))
                                              for g in article.gold):
            out.append(("false", "unplaced" if lat is None else "elsewhere", d.get("place", ""), d.get("role", ""),
                        f"{d.get('gazetteer', '')}"))
        else:
            out.append(("false", "unannotated", d.get("place", ""), d.get("role", ""), d.get("cue", "")))
    return out
