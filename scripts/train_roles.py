"""Train the role tagger of geo/extract/role_model.py (a linear-chain CRF over an article's place mentions).

Data: the DEVELOPMENT theatres of our own corpus (tests/data/corpus, geo/extract/goldcorpus.py), English;
the test theatres are never read here. Each article is read as geo extract reads it (recogniser, the rules'
proposed roles, the gazetteer), and each mention is labelled with the role of the gold stop at it (see
labels()); every other mention is ``mention``.

Beside it, on the same drafts, the route linker (geo/extract/route_model.py) and the source model
(geo/extract/source_model.py: which of the voices a sentence could take says it; see source_examples()).

Training is deterministic (L-BFGS, fixed parameters, articles in index order): the same corpus gives the
same bytes.

Usage:
    python scripts/train_roles.py                 # the shipped model (all development theatres)
    python scripts/train_roles.py --cv            # leave-one-theatre-out on dev: rules alone vs the model
    python scripts/train_roles.py --cv --folds 10 # ten folds of whole theatres: quicker, for studies
    python scripts/train_roles.py --cv --param c2=0.1 --param c1=0.05
    python scripts/train_roles.py --cv --status-overrule 0.6 --status-overrule 0.8   # the status model's threshold
    python scripts/train_roles.py --cv --rule-sources   # the rules choose the sources

Beside the role model it trains a binary stop/none model on the same mentions (role_model.stop.crfsuite: the role
model reads a mention's probability of none as the mean of the two), the route linker and the status model
(geo/extract/status_model.py): the status model on the stops the shipped role model, linker and source model draft
on the development articles, labelled with the gold status of the stop each finds. In --cv the status model of each
left-out theatre is trained on the other theatres' held-out drafts (those of the role models that never saw them),
so that no step sees the theatre it is scored on.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from geo import gazetteer as gz  # noqa: E402
from geo.extract import goldcorpus, role_model, route_model, source_model, status_model  # noqa: E402
from geo.extract.routes import chain_routes  # noqa: E402
from geo.extract.pipeline import Options, extract_article, read_places  # noqa: E402
from geo.extract.records import Article  # noqa: E402

#: The role model's training parameters (c2 chosen by --cv with features 6: recall, precision 0.686, 0.731 with
#: c2 = 0.5; 0.697, 0.728 with 1.0).
PARAMS = {"c1": 0.1, "c2": 1.0, "max_iterations": 200, "feature.possible_transitions": True,
          "feature.minfreq": 1}


def labels(article: goldcorpus.CorpusArticle, items) -> list[str]:
    """The gold role of each mention of *items* (see the module's docstring).

    A stop's place named again elsewhere (its string, or a mention placed within 25 km of it) takes the role of
    the nearest gold row at that place: the scorer counts such a row as a repeat, neither right nor wrong, and a
    label of ``mention`` there would teach the model that the words of a movement name no stop. (Labelling only
    the repeats where the rules propose a stop was tried: dev CV recall 0.53 -> 0.40, precision 0.69 -> 0.76.)
    A mention at a gold row's own anchor takes that row's role, though: a place the annotator read there as no stop
    (the town that only places a facility, the country that only contains a stop, the place struck) is ``mention``
    even where the same place is a stop elsewhere (dev CV, threshold 0.5: recall 0.694 -> 0.649, precision
    0.653 -> 0.711, traps 16 -> 3, drafts told twice 719 -> 447).
    """
    return _labelled(article, items)[0]


def _labelled(article: goldcorpus.CorpusArticle, items) -> tuple[list[str], list[bool]]:
    """:func:`labels`, and for each mention whether its label is a stop's repeat (no gold row at it)."""
    out = ["mention"] * len(items)
    repeat = [False] * len(items)
    stops = [g for g in article.gold if g.stop]
    for k, (rep, res) in enumerate(items):
        if rep.cue in role_model.FIXED_CUES:
            continue
        a, b = rep.mention.start, rep.mention.end
        own = [g for g in article.gold if g.start < b and a < g.end]
        if own:
            out[k] = min(own, key=lambda g: (not g.stop, abs(g.start - a))).role
            continue
        best = None
        for g in stops:
            occ = [(m.start(), m.end()) for m in re.finditer(re.escape(g.place), article.text)]
            here = any(a < e and s < b for s, e in occ)
            near = (None not in (res.lat, g.lat)
                    and gz.haversine_km(g.lat, g.lon, float(res.lat), float(res.lon)) <= goldcorpus.REPEAT_KM)
            if here or near:
                d = (0 if a < g.end and g.start < b else 1, abs(g.start - a))
                if best is None or d < best[0]:
                    best = (d, g.role)
        if best:
            out[k], repeat[k] = best[1], True
    return out, repeat


def training_sequence(article: goldcorpus.CorpusArticle, items) -> tuple[list[list[str]], list[str]]:
    """The features and labels the English role model learns from in *article*: every mention but a stop's repeats.

    A stop's place named again where the annotator put no row (:func:`labels` gives it the stop's role, so that it
    is not taught as no stop) is left out of the sequence: read as a stop, it taught the model that sentences that
    move nothing name stops, and drafted the same place again and again. Its features are read with the whole
    article first, so its neighbours still see it. Development folds (ten, ``--cv --folds 10``, the rules chaining
    routes and giving statuses and sources), at the threshold each chose: repeats labelled, threshold 0.6, 2,076
    gold stops found, 656 false stops, 668 repeats; left out, 0.75: 2,100 found, 638 false, 550 repeats (0.6: 2,010,
    541, 428; 0.7: 2,076, 599, 505).
    """
    xs = role_model.features(article.text, items)
    ys, repeat = _labelled(article, items)
    keep = [k for k in range(len(items)) if not repeat[k]]
    return [xs[k] for k in keep], [ys[k] for k in keep]


def fit(sequences, out: str, params: dict, meta: dict) -> dict:
    """Train a CRF (L-BFGS, *params*) on *sequences* of (features, labels) and write it at *out*, then its manifest
    beside it (``.json``): *meta* with the model's name, SHA-256 and size. Returns the manifest."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.select("lbfgs")
    trainer.set_params(params)
    for xs, ys in sequences:
        trainer.append(xs, ys)
    trainer.train(out + ".tmp")
    os.replace(out + ".tmp", out)
    with open(out, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    manifest = {**meta, "model": os.path.basename(out), "sha256": digest, "bytes": os.path.getsize(out)}
    with open(re.sub(r"\.crfsuite$", "", out) + ".json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")
    return manifest


def counted(pairs, counts: dict) -> list[tuple[list[list[str]], list[str]]]:
    """*pairs* of (features, label) as sequences of one, their labels counted into *counts*."""
    for _f, y in pairs:
        counts[y] = counts.get(y, 0) + 1
    return [([f], [y]) for f, y in pairs]


#: The route linker's training parameters.
ROUTE_PARAMS = {"c1": 0.05, "c2": 1.0, "max_iterations": 200, "feature.minfreq": 1}


class _RouteRecorder:
    """Stands for the route model in extract_article: keeps every candidate pair's features, chains by the rules."""

    def __init__(self):
        self.pairs: list[tuple[int, int, int, list[str]]] = []  # (start of i, start of j, _, features)

    def chain(self, text, items, article, sources=None):
        info = route_model._article_info(items, article, sources)
        for i, j in route_model.candidate_pairs(items, info):
            self.pairs.append((items[i][0].mention.start, items[j][0].mention.start, 0,
                               route_model.pair_features(text, items, i, j, info)))
        return chain_routes(items, article)


_KEEP = object()


@contextlib.contextmanager
def choosers(source=_KEEP, status=_KEEP):
    """Draft with the source chooser *source* and the status model *status* (None: the rules') for the block.

    Both are module switches (``source_model.USE``, ``status_model.USE``) the pipeline reads; the old ones come back
    after the block, also when it fails. A chooser not given stays as it is.
    """
    old = source_model.USE, status_model.USE
    if source is not _KEEP:
        source_model.USE = source
    if status is not _KEEP:
        status_model.USE = status
    try:
        yield
    finally:
        source_model.USE, status_model.USE = old


def train_stop(arts, out: str, cache: dict, params: dict) -> dict:
    """Train the binary stop/none model beside the role model at *out* (:func:`geo.extract.role_model.stop_path`) on
    the role model's own sequences of *arts* (*cache*: the role model's examples), each label made stop or none; write
    it and its manifest. The role model reads a mention's probability of none as the mean of the two models'.

    Ten development folds (``--cv --folds 10``), the role model alone at its threshold against the mean at each:
    see :data:`geo.extract.role_model.THRESHOLD`.
    """
    counts: dict[str, int] = {}
    seqs = []
    for xs, ys in examples(arts, cache):
        if xs:
            ys = role_model.stop_labels(ys)
            seqs.append((xs, ys))
            for y in ys:
                counts[y] = counts.get(y, 0) + 1
    ids = sorted(a.id for a in arts)
    return fit(seqs, role_model.stop_path(out), params, {
        "features_version": role_model.FEATURES_VERSION,
        "trained_on": "tests/data/corpus, development theatres, English: the role model's mentions, stop or none",
        "articles": len(ids), "articles_sha256": hashlib.sha256("\n".join(ids).encode()).hexdigest(),
        "theatres": sorted({a.theatre for a in arts}), "mentions": sum(counts.values()), "labels": counts,
        "params": params, "gazetteer": gz.version()})


def route_examples(arts, model, sources: list | None = None) -> list[tuple[list[str], str]]:
    """``[(features, "link" | "no")]`` over the pairs of moving draft stops of *arts* (drafted with the role model
    *model*) that both find a gold stop: "link" when the gold puts them in one route. *sources*: a list to which the
    source model's examples of the same drafts are added (:func:`source_examples`)."""
    out = []
    for a in arts:
        rec = _RouteRecorder()
        recorder = source_model.Recorder()
        # the rules' statuses: routes and sources never read them, and a shipped status model of an older features
        # version (the one being retrained) would be refused
        with choosers(source=recorder, status=None):
            rows = extract_article(Article(a.name, a.text), Options(date=a.published or None), roles=model,
                                   routes=rec)
        choices = recorder.choices
        found = goldcorpus.pair(a, rows)
        if sources is not None:
            sources.extend(source_examples(a, rows, found, choices))
        routes_at = gold_routes_at(a, rows, found)
        for si, sj, _, f in rec.pairs:
            ri, rj = routes_at.get(si), routes_at.get(sj)
            if ri is None or rj is None:
                continue
            out.append((f, "link" if ri & rj else "no"))
    return out


#: Whether a draft stop's gold routes, for the route linker's examples, are those of every gold stop at its place's
#: anchor (a shared end is a row of each route it ends), not of the one gold row its copy was paired with.
SHARED_ENDS = True


def gold_routes_at(a: goldcorpus.CorpusArticle, rows: list[dict], found: dict) -> dict[int, frozenset]:
    """``{draft start: the gold routes of the stop drafted there}`` for the draft stops that find a gold stop
    (*found*: gold index -> row index). The gold writes a shared end once per route ("from Kursk and Bryansk to
    Belgorod": Belgorod in both), at one anchor: with :data:`SHARED_ENDS` a stop there is in each of those routes, so
    that the pair (Bryansk, Belgorod) is a link whichever gold copy of Belgorod the draft's one was paired with."""
    out: dict[int, set] = {}
    for gi, di in found.items():
        g = a.gold[gi]
        same = [h for h in a.gold if h.stop and (h.start, h.end) == (g.start, g.end)] if SHARED_ENDS else [g]
        out.setdefault(rows[di]["start"], set()).update(h.route for h in same if h.route)
    return {k: frozenset(v) for k, v in out.items()}


def source_examples(a: goldcorpus.CorpusArticle, rows: list[dict], found: dict,
                    choices: list) -> list[tuple[list[str], str]]:
    """``[(features, "yes" | "no")]``: each candidate source of each draft stop of *a* that finds a gold stop with a
    source (*found*: gold index -> row index), "yes" when it names the gold one (the scorer's
    :func:`geo.extract.goldcorpus.same_source`); *choices*: what the source model was asked, per sentence."""
    out = []
    for gi, di in sorted(found.items(), key=lambda t: t[1]):
        g, start = a.gold[gi], rows[di]["start"]
        ch = next((c for c in choices if c.span[0] <= start < c.span[1]), None)
        if not g.stop or not g.source or ch is None:
            continue
        if not any(goldcorpus.same_source(g.source, c.text) for c in ch.candidates):
            continue  # none of them is right: nothing to learn about choosing (dev CV: source 0.693 -> 0.696)
        for c in ch.candidates:
            out.append((source_model.features(ch, c), "yes" if goldcorpus.same_source(g.source, c.text) else "no"))
    return out


#: The source model's training parameters (chosen by the LOTO CV: see train_sources).
SOURCE_PARAMS = {"c1": 0.1, "c2": 1.0, "max_iterations": 200, "feature.minfreq": 1}


def train_routes(arts, model, out: str, params: dict, source_out: str | None = None) -> dict:
    """Train the route linker on the draft stops of *arts*; write it and its manifest. With *source_out*, train the
    source model on the same drafts too and write it there (its manifest under the returned one's "sources")."""
    counts: dict[str, int] = {}
    sources: list | None = [] if source_out else None
    seqs = counted(route_examples(arts, model, sources), counts)
    m = fit(seqs, out, params, {
        "features_version": route_model.FEATURES_VERSION,
        "trained_on": "tests/data/corpus, development theatres, English: pairs of draft stops that find gold stops",
        "articles": len(arts), "pairs": counts, "params": params, "gazetteer": gz.version()})
    if source_out:
        scounts: dict[str, int] = {}
        m["sources"] = fit(counted(sources, scounts), source_out, SOURCE_PARAMS, {
            "features_version": source_model.FEATURES_VERSION,
            "trained_on": "tests/data/corpus, development theatres, English: the candidate sources of the draft "
                          "stops that find gold stops, yes when the scorer's same_source names the gold one",
            "articles": len(arts), "candidates": scounts, "params": SOURCE_PARAMS, "gazetteer": gz.version()})
    return m


def examples(arts, cache: dict):
    for a in arts:
        if a.id not in cache:
            _s, items = read_places(a.text)
            cache[a.id] = training_sequence(a, items)
        yield cache[a.id]


def train(arts, out: str, cache: dict, params: dict, examples=examples, model=role_model,
          trained_on: str = "tests/data/corpus, development theatres, English") -> dict:
    """Train the role tagger *model* (a module: its features version) on *arts*, read by *examples*; write it and its
    manifest at *out*."""
    counts: dict[str, int] = {}
    seqs = [(xs, ys) for xs, ys in examples(arts, cache) if xs]
    for _xs, ys in seqs:
        for y in ys:
            counts[y] = counts.get(y, 0) + 1
    ids = sorted(a.id for a in arts)
    return fit(seqs, out, params, {
        "features_version": model.FEATURES_VERSION, "trained_on": trained_on, "articles": len(ids),
        "articles_sha256": hashlib.sha256("\n".join(ids).encode()).hexdigest(),
        "theatres": sorted({a.theatre for a in arts}), "mentions": sum(counts.values()), "labels": counts,
        "params": params, "gazetteer": gz.version()})


def score(arts, model, errors=None, routes=None, sources=None, keep: dict | None = None) -> goldcorpus.Score:
    """The corpus score of the drafts of *arts* with *model* (None: the rules alone).

    *errors*: a list to which each missed gold stop and false draft stop is added, with its cause
    (:func:`geo.extract.goldcorpus.diagnose`), as ``(article id, kind, cause, place, role, detail)``; *sources*:
    the source chooser (:data:`geo.extract.source_model.USE`; None: the rules); *keep*: a dict to which each
    article's draft rows are added, by its id.
    """
    total = goldcorpus.Score()
    refs = goldcorpus.gold_refs(arts)
    with choosers(source=sources):
        drafts = [extract_article(Article(a.name, a.text), Options(date=a.published or None, all=True),
                                  roles=model, routes=routes) for a in arts]
    for a, rows in zip(arts, drafts):
        total += goldcorpus.score_article(a, rows, refs.get(a.id))
        if errors is not None:
            errors.extend((a.id, *e) for e in goldcorpus.diagnose(a, rows, refs.get(a.id)))
        if keep is not None:
            keep[a.id] = rows
    return total


#: The status model's training parameters. Chosen on the enlarged corpus (twelfth session; --cv --folds 10, status
#: agreement at the best overrule): c2=0.1 0.688, c2=0.3 0.690, c2=1.0 0.696, c2=3.0 0.695 (c1=0.1); c1=0.3 with
#: c2=0.5 0.698, 1.0 0.699, 2.0 0.697; c1=0 with c2=1.0 0.697. The stronger prior fits the larger, more varied corpus.
STATUS_PARAMS = {"c1": 0.3, "c2": 1.0, "max_iterations": 200, "feature.minfreq": 1}


def status_pairs(arts, drafts: dict) -> list[tuple[list[str], str]]:
    """``[(features, gold status)]`` of each draft stop of *arts* that finds a gold stop, from *drafts* (each
    article's rows by its id, drafted with the rules' statuses)."""
    out = []
    refs = goldcorpus.gold_refs(arts)
    for a in arts:
        rows = drafts[a.id]
        for gi, di in sorted(goldcorpus.pair(a, rows, refs.get(a.id)).items()):
            out.append((status_model.features(rows[di], a.text), a.gold[gi].status or "reported"))
    return out


def draft_rules_status(arts, model, routes="shipped", sources="shipped") -> dict:
    """The draft rows of *arts* by their ids, drafted with the role *model*, the route linker *routes* and the source
    chooser *sources*, with the rules' statuses (no status model)."""
    with choosers(source=sources, status=None):
        return {a.id: extract_article(Article(a.name, a.text), Options(date=a.published or None), roles=model,
                                      routes=routes) for a in arts}


def train_status(arts, drafts: dict, out: str, params: dict) -> dict:
    """Train the status classifier on the draft stops of *arts* (*drafts*: their rows by article id, with the rules'
    statuses); write it and its manifest at *out*."""
    counts: dict[str, int] = {}
    seqs = counted(status_pairs(arts, drafts), counts)
    return fit(seqs, out, params, {
        "features_version": status_model.FEATURES_VERSION,
        "trained_on": "tests/data/corpus, development theatres, English: the draft stops that find gold stops, "
                      "labelled with the gold status",
        "articles": len(arts), "stops": counts, "params": params})


#: Theatres per held-out fold in --cv: 0 leaves one theatre out at a time; K > 0 makes K folds of whole theatres
#: (the sorted theatres dealt round-robin), a quicker study with each model trained on a little less.
FOLDS = 0


def theatre_folds(arts, folds: int | None = None) -> list[tuple[str, list, list]]:
    """The held-out folds of *arts*, each (name, held-out articles, the others): one theatre per fold, or *folds*
    (default FOLDS) folds of whole theatres, so that no theatre is ever both trained on and scored.

    >>> [n for n, _h, _r in theatre_folds([], 0)]
    []
    """
    folds = FOLDS if folds is None else folds
    theatres = sorted({a.theatre for a in arts})
    groups = [[t] for t in theatres] if not folds else [theatres[i::folds] for i in range(min(folds, len(theatres)))]
    out = []
    for i, group in enumerate(groups):
        name = group[0] if len(group) == 1 else f"fold{i + 1}({len(group)})"
        held = [a for a in arts if a.theatre in group]
        out.append((name, held, [a for a in arts if a.theatre not in group]))
    return out


def status_cv(arts, kept: dict, tmpdir: str, overrules: tuple[float, ...] = (), errors: list | None = None,
              params: dict | None = None) -> dict[float, goldcorpus.Score]:
    """Leave one development theatre out for the status model: for each theatre, a model trained on the held-out
    drafts of the others (*kept*: each article's rows, drafted by the models that never saw its theatre, with the
    rules' statuses) settles the statuses of its own held-out drafts. The scores, at the shipped overrule and at
    each of *overrules*; *errors* collects those at the shipped one."""
    import copy

    scores = {x: goldcorpus.Score() for x in (status_model.OVERRULE, *overrules)}
    refs = goldcorpus.gold_refs(arts)
    for t, held, rest in theatre_folds(arts):
        path = os.path.join(tmpdir, f"status-cv-{t}.crfsuite")
        train_status(rest, kept, path, params or STATUS_PARAMS)
        for x in scores:
            m = status_model.StatusModel(path, overrule=x)
            for a in held:
                rows = m.settle(copy.deepcopy(kept[a.id]), a.text)
                scores[x] += goldcorpus.score_article(a, rows, refs.get(a.id))
                if errors is not None and x == status_model.OVERRULE:
                    errors.extend((a.id, *e) for e in goldcorpus.diagnose(a, rows, refs.get(a.id)))
    return scores


def line(name: str, s: goldcorpus.Score) -> str:
    attrs = " ".join(f"{k}={s.attribute(k):.2f}" for k in goldcorpus.ATTRIBUTES if s.scored[k])
    return (f"{name:<24} arts={s.articles:>3} gold={s.gold:>4} drafted={s.drafted:>4} R={s.recall:.3f} "
            f"P={s.precision:.3f} A={s.attributes:.3f} traps={s.traps} repeats={s.repeats}  {attrs}")


#: Whether --cv trains the binary stop model beside each fold's role model (else the role model reads none alone).
STOP_CV = True
#: Whether --cv trains and scores the route linker too (else the rules chain the routes).
ROUTES_CV = True
#: Whether --cv trains and scores the status model too (else the rules give the statuses).
STATUS_CV = True
#: Whether --cv trains and scores the source model too (else the rules choose the sources).
SOURCES_CV = True


def cross_validate(arts, params: dict, tmpdir: str, threshold: float,
                   errors: list | None = None, also: tuple[float, ...] = (), links: tuple[float, ...] = (),
                   overrules: tuple[float, ...] = (),
                   movings: tuple[float, ...] = (), status_overrules: tuple[float, ...] = (),
                   kept: dict | None = None) -> tuple[goldcorpus.Score, goldcorpus.Score]:
    """Leave one development theatre out: (rules alone, model) summed over the held-out theatres.

    *errors* collects the model's errors on each held-out theatre (see :func:`score`). Each threshold of *also* is
    scored too, with the same models (the route linker trained beside the model at *threshold*), and printed; so is
    each probability of *links* at which the route linker joins a stop to a route, of *overrules* at which the
    model overrules the rules' stop or its role, of *movings* at which it makes a rules' presence a moving stop,
    and of *status_overrules* at which the status model overrules the rules' status. The per-theatre lines and
    those studies give the rules' statuses; "ALL model" the status model's (:func:`status_cv`), when STATUS_CV.
    *kept*: a dict that receives each article's held-out draft rows (with the rules' statuses).
    """
    kept = {} if kept is None else kept
    with choosers(status=None):  # the rules' statuses: the status model comes after
        rules, learnt = _cross_validate(arts, params, tmpdir, threshold, None if STATUS_CV else errors, also, links,
                                        overrules, movings, kept)
    if not STATUS_CV:
        return rules, learnt
    print(line("ALL model, rules' status", learnt))
    scores = status_cv(arts, kept, tmpdir, status_overrules, errors)
    for x in status_overrules:
        print(line(f"ALL model status@{x:g}", scores[x]))
    return rules, scores[status_model.OVERRULE]


def _cross_validate(arts, params, tmpdir, threshold, errors, also, links, overrules, movings, kept):
    cache: dict = {}
    rules, learnt = goldcorpus.Score(), goldcorpus.Score()
    other = {t: goldcorpus.Score() for t in also}
    linked = {x: goldcorpus.Score() for x in links if ROUTES_CV}
    overruled = {x: goldcorpus.Score() for x in overrules}
    moved = {x: goldcorpus.Score() for x in movings}
    rule_sources = goldcorpus.Score()
    for t, held, rest in theatre_folds(arts):
        path = os.path.join(tmpdir, f"roles-cv-{t}.crfsuite")
        train(rest, path, cache, params)
        if STOP_CV:
            train_stop(rest, path, cache, params)
        model = role_model.RoleModel(path, threshold)
        linker = chooser = None
        if ROUTES_CV or SOURCES_CV:
            rpath = os.path.join(tmpdir, f"routes-cv-{t}.crfsuite")
            spath = os.path.join(tmpdir, f"sources-cv-{t}.crfsuite")
            train_routes(rest, model, rpath, ROUTE_PARAMS, source_out=spath if SOURCES_CV else None)
            linker = route_model.RouteModel(rpath) if ROUTES_CV else None
            chooser = source_model.SourceModel(spath) if SOURCES_CV else None
        r, m = score(held, None, routes=None), score(held, model, errors, linker, chooser, keep=kept)
        print(line(f"{t} rules", r), flush=True)
        print(line(f"{t} model", m), flush=True)
        rules += r
        learnt += m
        if chooser is not None:  # the same models, the rules choosing the sources: what the source model changes
            rule_sources += score(held, model, routes=linker)
        for x in also:
            other[x] += score(held, role_model.RoleModel(path, x), routes=linker, sources=chooser)
        for x in linked:
            linked[x] += score(held, model, routes=route_model.RouteModel(rpath, link=x), sources=chooser)
        for x in overruled:
            overruled[x] += score(held, role_model.RoleModel(path, threshold, overrule=x), routes=linker,
                                  sources=chooser)
        for x in moved:
            moved[x] += score(held, role_model.RoleModel(path, threshold, moving_overrule=x), routes=linker,
                              sources=chooser)
    if SOURCES_CV:
        print(line("ALL model, rule sources", rule_sources))
    for x in also:
        print(line(f"ALL model @{x:g}", other[x]))
    for x in linked:
        print(line(f"ALL model link@{x:g}", linked[x]))
    for x in overruled:
        print(line(f"ALL model overrule@{x:g}", overruled[x]))
    for x in moved:
        print(line(f"ALL model moving@{x:g}", moved[x]))
    return rules, learnt


def write_errors(path: str, errors: list) -> None:
    """Write the cross-validation's errors (goldcorpus.diagnose rows with their article) to *path* as TSV, and print
    their count by kind and cause."""
    from collections import Counter

    with open(path, "w", encoding="utf-8") as f:
        f.write("article\tkind\tcause\tplace\trole\tdetail\n")
        for e in errors:
            f.write("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in e) + "\n")
    for (kind, cause), n in sorted(Counter((e[1], e[2]) for e in errors).items()):
        print(f"  {kind:<6}{cause:<22}{n:>5}")


def study(settings: list[str]) -> None:
    """Set each ``MODULE.NAME=VALUE`` of *settings* in geo.extract (``--set``: a study, not what ships)."""
    import importlib

    for kv in settings:
        name, v = kv.split("=", 1)
        mod, attr = name.rsplit(".", 1)
        m = importlib.import_module(f"geo.extract.{mod}")
        old = getattr(m, attr)
        setattr(m, attr, v.lower() in ("1", "true", "yes") if isinstance(old, bool) else type(old)(v))


def with_params(base: dict, overrides: list[str]) -> dict:
    """*base* training parameters with each ``NAME=VALUE`` of *overrides* (``--param``) in the type it had."""
    params = dict(base)
    for kv in overrides:
        k, v = kv.split("=", 1)
        params[k] = type(params[k])(v) if k in params else float(v)
    return params


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=goldcorpus.DEFAULT_ROOT)
    ap.add_argument("--out", default=role_model.MODEL_PATH)
    ap.add_argument("--cv", action="store_true", help="leave-one-theatre-out cross-validation on the dev theatres")
    ap.add_argument("--folds", type=int, default=0, metavar="K",
                    help="with --cv: K held-out folds of whole theatres instead of one theatre at a time (quicker)")
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help="override a crfsuite training parameter (for --cv studies; the shipped model uses PARAMS)")
    ap.add_argument("--threshold", type=float, default=None,
                    help="with --cv: a mention is a stop when its probability of being none is below this "
                         "(default: role_model.THRESHOLD, or THRESHOLD_ALONE with --no-stop-model)")
    ap.add_argument("--also", type=float, action="append", default=[], metavar="P",
                    help="with --cv: score this threshold too, with the same models (repeatable)")
    ap.add_argument("--link", type=float, action="append", default=[], metavar="P",
                    help="with --cv: score this route-linking probability too, with the same models (repeatable)")
    ap.add_argument("--overrule", type=float, action="append", default=[], metavar="P",
                    help="with --cv: score this least probability at which the model overrules a rules' stop too")
    ap.add_argument("--moving", type=float, action="append", default=[], metavar="P",
                    help="with --cv: score this least probability at which the model makes a rules' presence a "
                         "moving stop too")
    ap.add_argument("--errors", metavar="FILE.tsv",
                    help="with --cv: write each missed gold stop, false draft stop and disagreeing attribute of the "
                         "held-out theatres, with its cause (goldcorpus.diagnose)")
    ap.add_argument("--status-overrule", type=float, action="append", default=[], metavar="P",
                    help="with --cv: score this least probability at which the status model overrules the rules' "
                         "status too (repeatable)")
    ap.add_argument("--no-stop-model", action="store_true",
                    help="with --cv: the role model reads a mention's probability of none alone (no binary stop model)")
    ap.add_argument("--rule-routes", action="store_true", help="with --cv: the rules chain the routes")
    ap.add_argument("--rule-status", action="store_true", help="with --cv: the rules give the statuses")
    ap.add_argument("--rule-sources", action="store_true", help="with --cv: the rules choose the sources")
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE",
                    help="with --cv: study a setting of geo.extract (e.g. pipeline.DATE_CARRY=paragraph); what ships "
                         "is the module's own value")
    a = ap.parse_args()
    study(a.set)
    global ROUTES_CV, STATUS_CV, SOURCES_CV, FOLDS, STOP_CV
    STOP_CV = not a.no_stop_model
    ROUTES_CV, SOURCES_CV = not a.rule_routes, not a.rule_sources
    FOLDS = a.folds
    STATUS_CV = not a.rule_status
    params = with_params(PARAMS, a.param)
    arts = goldcorpus.articles(a.corpus, "dev", "en")
    if not arts:
        raise SystemExit(f"no development articles in {a.corpus!r}")
    t0 = time.process_time()
    if a.cv:
        import tempfile

        errors: list | None = [] if a.errors else None
        with tempfile.TemporaryDirectory() as d:
            rules, learnt = cross_validate(arts, params, d, a.threshold, errors, tuple(a.also), tuple(a.link),
                                          tuple(a.overrule), tuple(a.moving), tuple(a.status_overrule))
        if errors is not None:
            write_errors(a.errors, errors)
        print(line("ALL rules", rules))
        print(line("ALL model", learnt))
        print(f"params {json.dumps(params, sort_keys=True)}; {time.process_time() - t0:.0f} CPU-s")
        return
    cache: dict = {}
    m = train(arts, a.out, cache, params)
    m["stop"] = train_stop(arts, a.out, cache, params)
    # the route linker beside the role model (the shipped one beside the shipped one)
    # the source model on the same drafts, and the status model beside them, on the stops they draft (with the
    # rules' statuses)
    here = os.path.dirname(os.path.abspath(a.out))
    m["routes"] = train_routes(arts, role_model.RoleModel(a.out), os.path.join(here, "route_model.crfsuite"),
                               ROUTE_PARAMS, source_out=os.path.join(here, "source_model.crfsuite"))
    drafts = draft_rules_status(arts, role_model.RoleModel(a.out),
                                route_model.RouteModel(os.path.join(here, "route_model.crfsuite")),
                                source_model.SourceModel(os.path.join(here, "source_model.crfsuite")))
    m["status"] = train_status(arts, drafts, os.path.join(here, "status_model.crfsuite"), STATUS_PARAMS)
    m["cpu_seconds"] = round(time.process_time() - t0, 1)
    print(json.dumps(m, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
