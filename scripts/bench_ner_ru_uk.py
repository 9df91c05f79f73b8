"""Score the Russian and Ukrainian place-name recogniser (geo/extract/slavic/recognize.py) on public NER data.

* Russian: factRuEval-2016 (Dialogue Evaluation, MIT licence; github.com/dialogue-evaluation/factRuEval-2016),
  its test set (``--half test``, default) or its demonstration set (``--half dev``, for studies). The protocol is
  the one natasha's evaluation (naeval) publishes its figures with: gold LOC are the ``loc_name`` spans of the
  ``Location`` and ``LocOrg`` objects (PER: the whole ``Person`` object; ORG: the ``org_name`` spans of ``Org``;
  overlapping spans dropped, the earlier and longer kept), and F1 is counted per token (IO tags over razdel's
  tokens), our mentions taken as they are (the set marks "Курской области" sometimes whole, sometimes without its
  "области": leaving the noun out scored lower on the demonstration set). Printed beside ours: natasha's NER alone (its ``LOC`` spans), scored the same
  way; natasha publishes LOC F1 0.915 on factRuEval-2016 (slovnet's README).
* Ukrainian: lang-uk's ner-uk v2.0 (CC BY-NC-SA 4.0; github.com/lang-uk/ner-uk; used here to evaluate only, never
  to train), its standard test split (``dev-test-split.txt``): LOC F1 by exact span match and per token.

Usage:
    python scripts/bench_ner_ru_uk.py --factru DIR [--half test|dev]     # DIR: a checkout of factRuEval-2016
    python scripts/bench_ner_ru_uk.py --ner-uk DIR [--half test|dev]     # DIR: a checkout of ner-uk
Speed is documents per CPU-second of this process (one core).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

#: Words after a name that factRuEval marks as a description (loc_descr), not as part of the name.
def _read(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


def factru_docs(root: str, half: str):
    """(id, text, {type: [(start, end)]}) of each factRuEval document of *half* (testset or devset)."""
    d = os.path.join(root, "testset" if half == "test" else "devset")
    for name in sorted(os.listdir(d)):
        if not (name.startswith("book_") and name.endswith(".txt")):
            continue
        base = os.path.join(d, name[:-4])
        text = _read(base + ".txt")
        spans = {}
        for line in _read(base + ".spans").splitlines():
            if not line.strip():
                continue
            sid, typ, start, size = line.split()[:4]
            spans[sid] = (typ, int(start), int(start) + int(size))
        sel = []
        for line in _read(base + ".objects").splitlines():
            parts = line.split("#")[0].split()
            if len(parts) < 3:
                continue
            typ, ids = parts[1], [p for p in parts[2:] if p in spans]
            if not ids:
                continue
            if typ == "Person":
                sel.append(("PER", min(spans[i][1] for i in ids), max(spans[i][2] for i in ids)))
            elif typ == "Org":
                sel += [("ORG", spans[i][1], spans[i][2]) for i in ids if spans[i][0] == "org_name"]
            elif typ in ("Location", "LocOrg"):
                sel += [("LOC", spans[i][1], spans[i][2]) for i in ids if spans[i][0] == "loc_name"]
        kept: list[tuple[str, int, int]] = []
        for t, a, b in sorted(sel, key=lambda s: (s[1], -(s[2] - s[1]))):
            if not any(a < kb and ka < b for _t, ka, kb in kept):
                kept.append((t, a, b))
        yield name[:-4], text, {"LOC": [(a, b) for t, a, b in kept if t == "LOC"]}


def ner_uk_docs(root: str, half: str):
    """(id, text, {"LOC": [(start, end)]}) of each ner-uk v2.0 document of *half*."""
    data = os.path.join(root, "v2.0", "data")
    ids, part = {"dev": [], "test": []}, None
    for line in _read(os.path.join(data, "dev-test-split.txt")).splitlines():
        w = line.strip()
        if w in ("DEV", "TEST"):
            part = w.lower()
        elif w and part:
            ids[part].append(w)
    for doc in ids[half]:
        for sub in ("bruk", "ng"):
            base = os.path.join(data, sub, doc)
            if os.path.exists(base + ".txt"):
                text = _read(base + ".txt")
                locs = []
                for line in _read(base + ".ann").splitlines():
                    m = re.match(r"T\d+\tLOC[\t ](\d+)[\t ](?:\d+;\d+[\t ])*(\d+)\t", line)
                    if m:
                        locs.append((int(m.group(1)), int(m.group(2))))
                yield doc, text, {"LOC": locs}
                break


def _tokens(text: str) -> list[tuple[int, int]]:
    from razdel import tokenize

    return [(t.start, t.stop) for t in tokenize(text)]


class F1:
    def __init__(self):
        self.tp = self.pred = self.gold = 0

    def add(self, pred: set, gold: set) -> None:
        self.tp += len(pred & gold)
        self.pred += len(pred)
        self.gold += len(gold)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _inside(tokens, spans) -> set[int]:
    return {k for k, (a, b) in enumerate(tokens) if any(s <= a and b <= e for s, e in spans)}


def _ours(lang: str):
    from geo.extract.slavic.recognize import find_places

    def run(text: str) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in find_places(text, lang)]
    return run


def _natasha():
    from natasha import NewsEmbedding, NewsNERTagger
    from threadpoolctl import threadpool_limits

    ner = NewsNERTagger(NewsEmbedding())

    def run(text: str) -> list[tuple[int, int]]:
        with threadpool_limits(1, user_api="blas"):  # as ours runs it (recognize._ner_spans): speeds compare
            return [(s.start, s.stop) for s in ner(text).spans if s.type == "LOC"]
    return run


def bench(name: str, docs, systems: dict) -> None:
    print(f"{name}: {len(docs)} documents, {sum(len(g['LOC']) for _i, _t, g in docs)} gold LOC")
    print(f"{'system':<22}{'tok P':>7}{'tok R':>7}{'tok F1':>8}{'span P':>8}{'span R':>8}{'span F1':>9}{'docs/CPU-s':>12}")
    for label, run in systems.items():
        run(docs[0][1])  # load models outside the timing
        tok, span = F1(), F1()
        cpu = 0.0
        for _id, text, gold in docs:
            t0 = time.process_time()
            pred = run(text)
            cpu += time.process_time() - t0
            toks = _tokens(text)
            tok.add(_inside(toks, pred), _inside(toks, gold["LOC"]))
            span.add(set(pred), set(gold["LOC"]))
        print(f"{label:<22}" + "".join(f"{v:>7.3f}" for v in tok.prf()) + " " +
              "".join(f"{v:>8.3f}" for v in span.prf()) + f"{len(docs) / cpu:>12.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factru", metavar="DIR", help="a checkout of factRuEval-2016")
    ap.add_argument("--ner-uk", metavar="DIR", help="a checkout of lang-uk/ner-uk")
    ap.add_argument("--half", choices=("test", "dev"), default="test")
    ap.add_argument("--no-natasha", action="store_true", help="do not score natasha's NER alone beside ours")
    a = ap.parse_args()
    if not (a.factru or a.ner_uk):
        ap.error("give --factru DIR and/or --ner-uk DIR")
    if a.factru:
        systems = {"geo (ru)": _ours("ru")}
        if not a.no_natasha:
            systems["natasha NER alone"] = _natasha()
        bench(f"factRuEval-2016 {a.half}set, LOC", list(factru_docs(a.factru, a.half)), systems)
    if a.ner_uk:
        systems = {"geo (uk)": _ours("uk")}
        if not a.no_natasha:
            systems["natasha NER alone"] = _natasha()
        bench(f"ner-uk v2.0 {a.half}, LOC", list(ner_uk_docs(a.ner_uk, a.half)), systems)
    print("factRuEval: per-token F1 is natasha's published protocol (naeval); span F1: exact boundaries. "
          "docs/CPU-s: this process, one core.")


if __name__ == "__main__":
    main()
