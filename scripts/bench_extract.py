"""Score the place-name recogniser (geo.extract.recognize) on the four public toponym gold sets.

Protocol (EUPEG, Wang & Hu 2019): a predicted toponym matches a gold one when the strings agree
ignoring case and their midpoints are less than 10 characters apart (one-to-one). Gold toponyms
without coordinates are left out of both sides: they are not in the gold, and a prediction that
matches one is dropped. GeoVirus and some TR-News offsets are shifted by one character, so the
gold string is the annotated one (``Toponym.name``), never the text at its offsets. Reported per
set: precision, recall, F1, then acc@161 km of the matched toponyms (all mentions of an article
geocoded together with ``OfflineGeocoder().geocode_all``; unresolved = miss; ``+guess``: a name refused
as too uncertain counted at the geocoder's guess), and articles per
CPU-second (this process, one core: wall time is meaningless on a shared machine) of the
recogniser alone and with the geocoding. The split is scripts/goldsets.py's:
report the test half, study failures on the dev half (``--half dev --errors``).

Every headline row uses the one configuration geo extract ships (find_places' defaults: demonyms
left out, place names inside the names of organisations returned). With ``--per-set``, each set's
own guideline instead: demonyms ("Chinese") returned on LGL, TR-News and GeoWebNews, whose
annotators mark them, not on GeoVirus; names inside organisations' names ("New York" of "the New
York Times") left out on GeoVirus: extra rows, labelled, never the headline.

On our own corpus (``--corpus [dev|test]``): stop recall, precision, attributes and traps per theatre, as
geo/extract/goldcorpus.py scores them; the test split is read once, at the end.

Usage: python scripts/bench_extract.py --corpus [dev|test] [--lang en|ru|uk] [--roles shipped|rules|PATH] [--errors 1]
       python scripts/bench_extract.py [--half test|dev] [--sets LGL,GeoVirus,...] [--model PATH]
       [--loco DIR] [--rules] [--threshold P] [--half dev --fold K/N --errors N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import goldsets  # noqa: E402
from geo.errors import UnresolvedPlace  # noqa: E402
from geo.gazetteer.common import haversine_km  # noqa: E402
from geo.geocoders.base import Query  # noqa: E402
from geo.geocoders.offline import OfflineGeocoder  # noqa: E402

_FILES = {"LGL": ("lgl.xml", "toponym", "phrase", ".//lat", ".//lon"),
          "TR-News": ("TR-News.xml", "toponym", "phrase", ".//lat", ".//lon"),
          "GeoVirus": ("GeoVirus.xml", "location", "name", "lat", "lon"),
          "GeoWebNews": ("GeoWebNews.xml", "toponym", "extractedName", "latitude", "longitude")}
PUBLISHED = {"LGL": 0.713, "GeoVirus": 0.917, "TR-News": 0.803, "GeoWebNews": 0.739}
GOALS = {"LGL": 0.80, "GeoVirus": 0.93, "TR-News": 0.85, "GeoWebNews": 0.80}


def uncoordinated(set_name: str, sets_dir: str) -> list[list[tuple[int, int, str]]]:
    """Per article (file order), the gold toponyms WITHOUT coordinates: (start, end, name)."""
    fname, tag, name_tag, lat, lon = _FILES[set_name]
    out = []
    for art in ET.parse(os.path.join(sets_dir, fname)).getroot().iter("article"):
        rows = []
        for t in art.iter(tag):
            has = goldsets._float(t.find(lat)) is not None and goldsets._float(t.find(lon)) is not None
            name = (t.findtext(name_tag) or "").strip()
            if not has and name:
                rows.append((int(t.findtext("start")), int(t.findtext("end")), name))
        out.append(rows)
    return out


def match(pred: list[tuple[int, int, str]], gold: list[tuple[int, int, str]]) -> dict[int, int]:
    """EUPEG's rule, one-to-one: {pred index: gold index} (nearest midpoints first)."""
    pairs = []
    for i, (ps, pe, pn) in enumerate(pred):
        pm, pl = (ps + pe) / 2, pn.lower()
        for j, (gs, ge, gn) in enumerate(gold):
            d = abs(pm - (gs + ge) / 2)
            if d < 10 and gn.lower() == pl:
                pairs.append((d, i, j))
    out, used = {}, set()
    for _, i, j in sorted(pairs):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def score(arts, skip, recognise, geocoder, errors: Counter | None = None) -> dict:
    """P, R, F1, acc@161 of matched, articles/s (recogniser; recogniser + geocoding)."""
    tp = npred = ngold = 0
    dist, dist_guess = [], []
    t_rec = t_geo = 0.0
    for a in arts:
        t0 = time.process_time()
        ms = recognise(a.text)
        t_rec += time.process_time() - t0
        pred = [(m.start, m.end, m.surface) for m in ms]
        gold = [(t.start, t.end, t.name) for t in a.toponyms]
        m_gold = match(pred, gold)
        m_skip = match([p for i, p in enumerate(pred) if i not in m_gold], skip[a.index])
        rest = [i for i in range(len(pred)) if i not in m_gold]
        dropped = {rest[k] for k in m_skip}
        npred += len(pred) - len(dropped)
        ngold += len(gold)
        tp += len(m_gold)
        t0 = time.process_time()
        res = geocoder.geocode_all([Query(m.surface) for m in ms]) if ms else []
        t_geo += time.process_time() - t0
        for i, j in m_gold.items():
            r, g = res[i], a.toponyms[j]
            dist.append(20039.0 if isinstance(r, UnresolvedPlace) else float(haversine_km(g.lat, g.lon, r.lat, r.lon)))
            r = getattr(r, "guess", None) if isinstance(r, UnresolvedPlace) else r  # refused as too uncertain
            dist_guess.append(20039.0 if r is None else float(haversine_km(g.lat, g.lon, r.lat, r.lon)))
        if errors is not None:
            for i, p in enumerate(pred):
                if i not in m_gold and i not in dropped:
                    errors["FP " + p[2]] += 1
            hit = set(m_gold.values())
            for j, g in enumerate(gold):
                if j not in hit:
                    errors["FN " + g[2]] += 1
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    d = np.array(dist)
    return {"articles": len(arts), "gold": ngold, "pred": npred, "tp": tp, "P": p, "R": r, "F1": f,
            "acc161": float((d <= 161).mean()) if d.size else float("nan"),
            "acc161g": float((np.array(dist_guess) <= 161).mean()) if d.size else float("nan"),
            "aps_rec": len(arts) / t_rec if t_rec else float("inf"),
            "aps_all": len(arts) / (t_rec + t_geo) if t_rec + t_geo else float("inf")}


#: Each set's annotation guideline on demonyms ("Chinese"): GeoVirus leaves them out, the others mark them.
DEMONYMS = {"LGL": True, "GeoVirus": False, "TR-News": True, "GeoWebNews": True}
#: ... and on place names inside the names of newspapers, universities, zoos and companies ("New York" of
#: "the New York Times", recognize.in_organisation), as measured on the development halves (tagged by
#: 2-fold models): GeoVirus marks none of 13, LGL 14 of 24, GeoWebNews 5 of 13 (F1 the same either way),
#: TR-News 1 of 1.
ORGANISATIONS = {"LGL": True, "GeoVirus": False, "TR-News": True, "GeoWebNews": True}


def recogniser(model: str | None, set_name: str, rules: bool = False, threshold: float | None = None,
               per_set: bool = False):
    """find_places(text, vague=False) with the configuration geo extract ships (its defaults), or, with *per_set*,
    as the set's guideline asks (labelled extra rows); with the shipped model, *model*, or the rules."""
    import inspect

    from geo.extract import recognize

    rec = recognize.Recognizer(None if rules else (model or recognize.MODEL_PATH))
    if threshold is not None:
        rec.threshold = threshold
    if per_set:
        dem, org = DEMONYMS[set_name], ORGANISATIONS[set_name]
    else:  # what geo extract ships: find_places' own defaults
        defaults = inspect.signature(recognize.find_places).parameters
        dem, org = defaults["demonyms"].default, defaults["organisations"].default
    return lambda text: rec.find(text, vague=False, demonyms=dem, organisations=org)


def sets_dir() -> str:
    """goldsets' directory (``$GEO_SHARED`` names the shared folder when this checkout is not beside it)."""
    return goldsets.sets_dir()


def header() -> str:
    return (f"{'set':<11}{'half':>5}{'arts':>6}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}"
            f"{'goal':>6}{'publ.':>7}{'acc161':>8}{'+guess':>8}{'art/s rec':>11}{'art/s +geo':>11}")


def row(name: str, half: str, r: dict) -> str:
    return (f"{name:<11}{half:>5}{r['articles']:>6}{r['gold']:>6}{r['pred']:>6}{r['P']:>7.3f}{r['R']:>7.3f}"
            f"{r['F1']:>7.3f}{GOALS[name]:>6.2f}{PUBLISHED[name]:>7.3f}{r['acc161']:>8.3f}{r['acc161g']:>8.3f}"
            f"{r['aps_rec']:>11.0f}{r['aps_all']:>11.0f}")


#: Goals on our own corpus (issue 18): stop recall, precision, attributes; and no dateline/credit/metonymy stop.
CORPUS_GOALS = {"recall": 0.90, "precision": 0.85, "attributes": 0.85}


def corpus_bench(split: str, root: str, roles: str, errors: bool = False, lang: str = "en", passes: int = 1) -> None:
    """Score geo extract's drafts on our own corpus, per theatre and in all (see geo/extract/goldcorpus.py),
    for the articles of one language (``en``, ``ru`` or ``uk``)."""
    from geo.extract import goldcorpus
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article
    from geo.extract.role_model import RoleModel
    from geo.extract.slavic.role_model import SlavicRoleModel

    model = "shipped" if roles == "shipped" else None if roles == "rules" else \
        (RoleModel if lang == "en" else SlavicRoleModel)(roles)
    arts = goldcorpus.articles(root, split, lang)
    if not arts:
        raise SystemExit(f"no {split} articles in {root!r}")
    refs = goldcorpus.gold_refs(arts)
    extract_article(Article("warm", arts[0].text), roles=model, lang=lang)
    for _ in range(passes - 1):  # earlier passes fill the caches of word forms: the last pass is timed
        for a in arts:
            extract_article(Article(a.name, a.text), Options(date=a.published or None), roles=model, lang=lang)
    by: dict[str, goldcorpus.Score] = {}
    cpu = 0.0
    for a in arts:
        t0 = time.process_time()
        rows = extract_article(Article(a.name, a.text), Options(date=a.published or None), roles=model, lang=lang)
        cpu += time.process_time() - t0
        sc = goldcorpus.score_article(a, rows, refs.get(a.id))
        by.setdefault(a.theatre, goldcorpus.Score())
        by[a.theatre] += sc
        if errors:
            found = goldcorpus.pair(a, rows, refs.get(a.id))
            for gi, g in enumerate(a.gold):
                if g.stop and gi not in found:
                    print(f"    MISS {a.id} {g.role:<11} {g.place!r}")
            hit = set(found.values())
            for di, r in enumerate(rows):
                if r.get("role") != "mention" and di not in hit:
                    print(f"    DRAFT {a.id} {r['role']:<11} {r['place']!r} ({r['cue']})")
    total = goldcorpus.Score()
    print(f"{'theatre':<26}{'arts':>5}{'gold':>6}{'drafted':>8}{'R':>7}{'P':>7}{'attr':>7}{'traps':>6}  "
          + " ".join(f"{k:>6}" for k in goldcorpus.ATTRIBUTES))
    for t in sorted(by):
        s = by[t]
        total += s
        print(_corpus_row(t, s))
    print(_corpus_row("ALL", total))
    print(f"goals: recall >= {CORPUS_GOALS['recall']}, precision >= {CORPUS_GOALS['precision']}, attributes >= "
          f"{CORPUS_GOALS['attributes']}, traps = 0; split {split}; language {lang}; roles {roles}; "
          f"{len(arts) / cpu:.1f} articles per CPU-second (extract_article, this process)")


def _corpus_row(name: str, s) -> str:
    from geo.extract import goldcorpus

    return (f"{name:<26}{s.articles:>5}{s.gold:>6}{s.drafted:>8}{s.recall:>7.3f}{s.precision:>7.3f}"
            f"{s.attributes:>7.3f}{s.traps:>6}  " + " ".join(f"{s.attribute(k):>6.2f}" for k in goldcorpus.ATTRIBUTES))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", nargs="?", const="dev", choices=("dev", "test"),
                    help="score the drafts on our own corpus (tests/data/corpus): the dev split (default) or, once, "
                         "at the end, the test split")
    ap.add_argument("--corpus-dir", default=None, help="the corpus (default: tests/data/corpus)")
    ap.add_argument("--lang", choices=("en", "ru", "uk"), default="en",
                    help="with --corpus: the articles of this language (default: en)")
    ap.add_argument("--passes", type=int, default=1, metavar="N",
                    help="with --corpus: read the articles N times and time the last (caches warm, as in a long run)")
    ap.add_argument("--roles", default="shipped", metavar="shipped|rules|PATH",
                    help="with --corpus: the shipped role model, the rules alone, or a model file")
    ap.add_argument("--sets-dir", default=sets_dir())
    ap.add_argument("--sets", default=",".join(goldsets.SETS))
    ap.add_argument("--half", choices=("test", "dev"), default="test")
    ap.add_argument("--model", help="a recogniser model file (default: the one shipped)")
    ap.add_argument("--loco", metavar="DIR",
                    help="leave-one-corpus-out: score each set with DIR/loco-<set>.crfsuite "
                         "(trained by scripts/train_recognizer.py --loco DIR without that set)")
    ap.add_argument("--fold", metavar="K/N", help="dev half only: score fold K of N (see train_recognizer.py --fold)")
    ap.add_argument("--threshold", type=float, help="a place's least probability (studies; default: the recogniser's)")
    ap.add_argument("--rules", action="store_true", help="the rules alone, without the model (the baseline)")
    ap.add_argument("--per-set", action="store_true",
                    help="each set's own guideline on demonyms and organisations' names (extra rows, labelled; the "
                         "headline figures are the configuration geo extract ships)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print the N most frequent false positives and negatives (dev half only)")
    a = ap.parse_args()
    if a.corpus:
        from geo.extract import goldcorpus

        if a.errors and a.corpus != "dev":
            ap.error("--errors studies failures: only on the dev split")
        corpus_bench(a.corpus, a.corpus_dir or goldcorpus.DEFAULT_ROOT, a.roles, bool(a.errors), a.lang, a.passes)
        return
    if (a.errors or a.fold) and a.half != "dev":
        ap.error("--errors and --fold study failures: only with --half dev")
    g = OfflineGeocoder()
    g.idx
    names = [s for s in a.sets.split(",") if s]
    print(header())
    for name in names:
        arts = list(goldsets.articles(name, a.sets_dir))
        dev, test = goldsets.split(arts)
        half = test if a.half == "test" else dev
        if a.fold:
            k, n = map(int, a.fold.split("/"))
            if not 0 <= k < n:
                ap.error(f"--fold K/N counts folds from 0: K must be 0 to {n - 1}, got {a.fold!r}")
            half = [x for p, x in enumerate(half) if p % n == k]
        skip = uncoordinated(name, a.sets_dir)
        model = os.path.join(a.loco, f"loco-{name}.crfsuite") if a.loco else a.model
        rec = recogniser(model, name, a.rules, a.threshold, a.per_set)
        rec(half[0].text)  # load the model and gazetteer outside the timing
        errs = Counter() if a.errors else None
        r = score(half, skip, rec, g, errs)
        print(row(name, a.half, r), flush=True)
        if errs:
            for k, v in errs.most_common(a.errors):
                print(f"    {v:>4}  {k}")
    print("protocol: EUPEG match (same string ignoring case, midpoints < 10 chars apart); gold toponyms "
          "without coordinates left out of both sides; acc161 = matched toponyms within 161 km "
          "(geocode_all per article; a name refused as too uncertain is a miss, or its guess under +guess); "
          "art/s = articles per CPU-second of this process (one core; the machine is shared); "
          + ("each set's guideline on demonyms and organisations' names (PER-SET SETTINGS, not what ships)"
             if a.per_set else "the configuration geo extract ships (find_places' defaults) on every set")
          + (f"; models {a.loco}/loco-<set>" if a.loco else ""))


if __name__ == "__main__":
    main()
