"""The models we train ourselves, as the package ships them: a crfsuite file is opened only when the manifest
beside it (``<name>.json``: its SHA-256 and the features version it was trained on) vouches for it."""

from __future__ import annotations

import hashlib
import json
import re


def open_checked(path: str, version: int, what: str, error: type[Exception], retrain: str):
    """A crfsuite tagger of the model at *path*, once its manifest's SHA-256 and features *version* agree.

    *what* names the model in messages, *error* is the exception raised otherwise, and *retrain* the command
    that rebuilds the model (said in the message).
    """
    manifest = re.sub(r"\.crfsuite$", "", path) + ".json"
    try:
        with open(manifest, encoding="utf-8") as f:
            meta = json.load(f)
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
    except (OSError, ValueError) as e:
        raise error(f"cannot read the {what} {path!r} or its manifest {manifest!r}: {e}; "
                    f"retrain it with: {retrain}") from e
    if meta.get("sha256") != digest:
        raise error(f"the {what} {path!r} does not match its manifest's sha256 "
                    f"({digest[:12]}... != {str(meta.get('sha256'))[:12]}...); retrain it with: {retrain}")
    if meta.get("features_version") != version:
        raise error(f"the {what} {path!r} was trained on features version "
                    f"{meta.get('features_version')!r}, this code computes {version}; retrain it with: {retrain}")
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger
