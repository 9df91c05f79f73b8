"""Train a small English dependency parser (UDPipe 1: a MorphoDiTa tagger and a Parsito parser) on UD English-EWT.

This is the parser of the study in the README (*No parser.*): parse features for the English role model. The study
did not ship it (the figures are in the README), so the package holds no parser and nothing reads this model; the
script stays so that the study can be repeated, or the parser shipped, from the treebank alone.

Data: Universal Dependencies English-EWT (https://github.com/UniversalDependencies/UD_English-EWT, CC BY-SA 4.0: a
model trained on it is shared under the same terms). Give the treebank's directory: its ``en_ewt-ud-train.conllu``,
or, when that file is absent (a checkout without its large files), the training documents
``not-to-release/sources/<file>`` in the order of ``not-to-release/file-lists/files.train`` (their concatenation is
the released file: it holds byte for byte for the dev file). The test file is read only with ``--evaluate``
(UPOS, UAS, LAS and words per CPU-second, printed, never used to choose).

The model reads words already split (no tokenizer is trained), tags them with universal parts of speech (no lemmas,
no XPOS, no features; the tagger's dictionary is not enriched by its guesser: in a trial trained on the dev file,
tagging some 15 times faster for 1.2 points of UPOS) and parses them (projective transitions, a feed-forward network with 64 hidden units). UDPipe's
training is deterministic: the same treebank and options give the same bytes.

Needs ``pip install -r scripts/requirements.txt`` (it pins ufal.udpipe==1.4.0.1, MPL 2.0; not a dependency of the package).

Usage:
    python scripts/train_parser.py --treebank UD_English-EWT --out parser_en.udpipe             # and parser_en.json
    python scripts/train_parser.py --treebank UD_English-EWT --out parser_en.udpipe --evaluate  # scored on test
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time

TAGGER = ("models=1;iterations=3;guesser_enrich_dictionary=0;guesser_suffix_rules=4;provide_lemma=0;use_lemma=0;"
          "provide_xpostag=0;use_xpostag=0;provide_feats=0;use_feats=0")
PARSER = ("iterations=3;hidden_layer=64;embedding_feats=0;embedding_xpostag=0;embedding_upostag=20;"
          "embedding_form=50;embedding_lemma=0;embedding_deprel=20")


def training_text(treebank: str) -> str:
    """The treebank's training CoNLL-U (see the module's docstring)."""
    released = os.path.join(treebank, "en_ewt-ud-train.conllu")
    if os.path.exists(released):
        with open(released, encoding="utf-8") as f:
            return f.read()
    lst = os.path.join(treebank, "not-to-release", "file-lists", "files.train")
    parts = []
    with open(lst, encoding="utf-8") as f:
        for name in f.read().split():
            with open(os.path.join(treebank, "not-to-release", "sources", name), encoding="utf-8") as g:
                parts.append(g.read())
    return "".join(parts)


def read_conllu(text: str):
    """The sentences of CoNLL-U *text* as UDPipe reads them (an error names the treebank's bad line)."""
    from ufal import udpipe

    fmt = udpipe.InputFormat.newConlluInputFormat()
    fmt.setText(text)
    out = udpipe.Sentences()
    err = udpipe.ProcessingError()
    while True:
        s = udpipe.Sentence()
        if not fmt.nextSentence(s, err):
            break
        out.append(s)
    if err.occurred():
        raise SystemExit(f"CoNLL-U: {err.message}")
    return out


def evaluate(model_path: str, text: str) -> dict:
    """UAS/LAS (and UPOS) of the model on gold-tokenised *text*, predicted tags (punctuation counted)."""
    from ufal import udpipe

    model = udpipe.Model.load(model_path)
    gold = read_conllu(text)
    n = uas = las = upos = 0
    words = 0
    t = time.process_time()
    for g in gold:
        s = udpipe.Sentence()
        for w in list(g.words)[1:]:
            s.addWord(w.form)
        model.tag(s, udpipe.Model.DEFAULT)
        model.parse(s, udpipe.Model.DEFAULT)
        for gw, pw in zip(list(g.words)[1:], list(s.words)[1:]):
            n += 1
            upos += gw.upostag == pw.upostag
            if gw.head == pw.head:
                uas += 1
                las += gw.deprel.split(":")[0] == pw.deprel.split(":")[0]
        words += len(g.words) - 1
    cpu = time.process_time() - t
    return {"words": n, "UPOS": round(upos / n, 4), "UAS": round(uas / n, 4), "LAS": round(las / n, 4),
            "words_per_cpu_s": round(words / cpu)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--treebank", required=True, help="a directory of UD_English-EWT")
    ap.add_argument("--out", required=True, help="the model file (its manifest is written beside it, .json)")
    ap.add_argument("--evaluate", action="store_true", help="also print UAS/LAS on the treebank's test file")
    args = ap.parse_args(argv)
    from ufal import udpipe

    train_text = training_text(args.treebank)
    train = read_conllu(train_text)
    err = udpipe.ProcessingError()
    t = time.process_time()
    model = udpipe.Trainer.train("morphodita_parsito", train, udpipe.Sentences(), "none", TAGGER, PARSER, err)
    if err.occurred():
        raise SystemExit(f"training failed: {err.message}")
    with open(args.out, "wb") as f:
        f.write(model)
    manifest = {
        "model": os.path.basename(args.out),
        "bytes": len(model),
        "sha256": hashlib.sha256(model).hexdigest(),
        "treebank": "Universal Dependencies English-EWT, training file",
        "treebank_sha256": hashlib.sha256(train_text.encode("utf-8")).hexdigest(),
        "licence": "CC BY-SA 4.0 (trained on UD English-EWT; the model file is shared under the same terms)",
        "trainer": f"ufal.udpipe {udpipe.Version.current().major}.{udpipe.Version.current().minor}."
                   f"{udpipe.Version.current().patch}",
        "tagger": TAGGER,
        "parser": PARSER,
    }
    with open(os.path.splitext(args.out)[0] + ".json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {args.out}: {len(model)} bytes, {time.process_time() - t:.0f} CPU-s", file=sys.stderr)
    if args.evaluate:
        with open(os.path.join(args.treebank, "en_ewt-ud-test.conllu"), encoding="utf-8") as f:
            print(json.dumps(evaluate(args.out, f.read())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
