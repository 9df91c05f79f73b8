"""Train the place-name tagger of geo/extract/recognize.py (a linear-chain CRF, python-crfsuite).

Data: the DEVELOPMENT halves of the four public gold sets (scripts/goldsets.py's split by
article, fixed seed), in the sets' file order; the test halves are never read here. Labels:
B-LOC / I-LOC / O per token of geo.extract.recognize_features.tokenize, from the gold spans
(located by the annotated string, as GeoVirus and some TR-News offsets are shifted by one);
gold toponyms without coordinates are labelled too when capitalised (they are places, only
unresolved by their annotators). GeoVirus's annotators left demonyms ("Chinese") out while
the other three sets mark them, so demonyms the gazetteer knows are labelled as places in
every set, and find_places(..., demonyms=...) decides afterwards whether to return them.

Training is deterministic: L-BFGS, fixed parameters, features and articles in a fixed order.

Usage:
    python scripts/train_recognizer.py                    # the shipped model (all four dev halves)
    python scripts/train_recognizer.py --loco DIR         # DIR/loco-<set>.crfsuite without that set
    python scripts/train_recognizer.py --out PATH --sets LGL,TR-News
    python scripts/train_recognizer.py --out /tmp/f.crfsuite --fold 0/2   # to study failures on dev
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import goldsets  # noqa: E402
from bench_extract import sets_dir, uncoordinated  # noqa: E402
from geo import gazetteer as gz  # noqa: E402
from geo.extract import recognize  # noqa: E402
from geo.extract.recognize_features import FEATURES_VERSION, token_features, tokenize  # noqa: E402

PARAMS = {"c1": 0.02, "c2": 0.2, "max_iterations": 200, "feature.possible_transitions": True,
          "feature.minfreq": 1}


def _locate(text: str, s: int, e: int, name: str) -> tuple[int, int] | None:
    """The real offsets of an annotated string near (s, e): the sets' offsets may be shifted."""
    low = name.lower()
    for d in (0, -1, 1, -2, 2):
        if text[s + d:e + d].lower() == low:
            return s + d, e + d
    return None


def labels(text: str, toks, spans) -> list[str]:
    """BIO labels of *toks* from gold (start, end, name) *spans*; overlapping spans: the first wins."""
    out = ["O"] * len(toks)
    for s, e, name in spans:
        loc = _locate(text, s, e, name)
        if loc is None:
            continue
        s, e = loc
        ks = [k for k in range(len(toks)) if toks[k].start >= s and toks[k].end <= e]
        if not ks or toks[ks[0]].start != s or any(out[k] != "O" for k in ks):
            continue
        out[ks[0]] = "B-LOC"
        for k in ks[1:]:
            out[k] = "I-LOC"
    return out


def _demonyms(text: str, toks, idx) -> list[tuple[int, int, str]]:
    """Spans of demonyms the gazetteer knows ("Chinese", "North Korean"), as the sets that mark them do."""
    from geo.extract.recognize_features import gazetteer_hits

    return [(toks[h.i].start, toks[h.j - 1].end, text[toks[h.i].start:toks[h.j - 1].end])
            for h in gazetteer_hits(text, toks, idx) if h.demonym]


def dev_fold(dev: list, fold: str | None, held_out: bool) -> list:
    """The development articles of fold "K/N" (every N-th from the K-th) or, if not *held_out*, the others."""
    if not fold:
        return dev
    k, n = map(int, fold.split("/"))
    if not 0 <= k < n:
        raise SystemExit(f"--fold K/N counts folds from 0: K must be 0 to {n - 1}, got {fold!r}")
    return [a for p, a in enumerate(dev) if (p % n == k) == held_out]


def examples(set_names, directory: str, idx, fold: str | None = None):
    """(features, labels) of every development-half article of *set_names*, in a fixed order."""
    for name in set_names:
        arts = list(goldsets.articles(name, directory))
        dev, _ = goldsets.split(arts)
        skip = uncoordinated(name, directory)
        for a in dev_fold(dev, fold, held_out=False):
            toks = tokenize(a.text)
            gold = [(t.start, t.end, t.name) for t in a.toponyms]
            extra = [x for x in skip[a.index] if x[2][:1].isupper()]
            dem = _demonyms(a.text, toks, idx)
            y = labels(a.text, toks, gold + extra + dem)
            yield token_features(a.text, toks, idx), y


def train(set_names, out: str, directory: str, fold: str | None = None) -> dict:
    """Train on the dev halves of *set_names*; write *out* and its ``.json`` manifest; return the manifest."""
    import pycrfsuite

    idx = gz.load()
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.select("lbfgs")
    trainer.set_params(PARAMS)
    n_art = n_tok = n_loc = 0
    for xs, ys in examples(set_names, directory, idx, fold):
        trainer.append(xs, ys)
        n_art += 1
        n_tok += len(ys)
        n_loc += ys.count("B-LOC")
    t_feat = time.perf_counter() - t0
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = out + ".tmp"
    trainer.train(tmp)
    with open(tmp, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    os.replace(tmp, out)
    manifest = {"model": os.path.basename(out), "sha256": digest, "features_version": FEATURES_VERSION,
                "trained_on": [f"{s} dev half" + (f" without fold {fold}" if fold else "")
                               for s in set_names], "split_seed": goldsets.SEED,
                "articles": n_art, "tokens": n_tok, "places": n_loc, "params": PARAMS, "gazetteer": gz.version(),
                "bytes": os.path.getsize(out)}
    with open(re.sub(r"\.crfsuite$", "", out) + ".json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")
    manifest["seconds"] = round(time.perf_counter() - t0, 1)
    manifest["feature_seconds"] = round(t_feat, 1)
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets-dir", default=sets_dir())
    ap.add_argument("--sets", default=",".join(goldsets.SETS))
    ap.add_argument("--out", default=recognize.MODEL_PATH)
    ap.add_argument("--loco", metavar="DIR", help="train the four leave-one-corpus-out models into DIR")
    ap.add_argument("--fold", metavar="K/N", help="for studying failures: train without the dev articles "
                    "of fold K of N (score them with bench_extract.py --half dev --fold K/N)")
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help="override a crfsuite training parameter (for studies; the shipped model uses PARAMS)")
    a = ap.parse_args()
    for kv in a.param:
        k, v = kv.split("=", 1)
        PARAMS[k] = type(PARAMS[k])(v) if k in PARAMS else float(v)
    names = [s for s in a.sets.split(",") if s]
    if a.loco:
        for left in names:
            m = train([s for s in names if s != left], os.path.join(a.loco, f"loco-{left}.crfsuite"), a.sets_dir)
            print(f"without {left}: {m['articles']} articles, {m['tokens']} tokens, {m['bytes']:,} bytes, "
                  f"{m['seconds']} s", flush=True)
        return
    m = train(names, a.out, a.sets_dir, a.fold)
    print(json.dumps(m, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
