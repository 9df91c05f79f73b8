"""Calibrated confidence: how likely a gazetteer decision is right, and what the build does with it.

The gazetteer's raw score (the winner's share of the candidates' weight, times a
factor for alias and fuzzy matches) ranks candidates well but is not a
probability. A logistic model maps it, with the kind of match and of place, to
the chance that the decision is right (the true point within 161 km, or inside
the area returned). The model and its two thresholds are fitted by
``scripts/bench_geocode.py --fit`` on the development half of the public gold sets
only (``scripts/goldsets.py``) and stored in ``calibration.json`` beside this module;
the benchmark reports the test half, which the fit never saw.

* below ``refuse_below`` a name is refused, with its best guess and the suggestions;
* below ``check_below`` it is used, but the build lists it under "check these" and
  the map marks it as uncertain, with the reason (:attr:`GeocodeResult.doubt`);
* otherwise it is used as sure.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

#: The model's inputs, in the order of its weights.
FEATURES = ("bias", "logit_score", "alias", "fuzzy", "area")
_PATH = Path(__file__).with_name("calibration.json")


def features(score: float, match: str, precision: str) -> list[float]:
    """The model's inputs for a raw *score*, a match kind and a precision.

    >>> features(0.5, "fuzzy", "city")
    [1.0, 0.0, 0.0, 1.0, 0.0]
    """
    s = min(max(score, 1e-4), 1 - 1e-4)
    return [1.0, math.log(s / (1 - s)), float(match == "alias"), float(match == "fuzzy"),
            float(precision not in ("city", "point"))]


@functools.cache
def model() -> dict:
    """The fitted model: ``weights`` (by feature), ``refuse_below``, ``check_below`` and provenance."""
    return json.loads(_PATH.read_text(encoding="utf-8"))


def confidence(score: float, match: str, precision: str) -> float:
    """The calibrated chance (0..1) that a decision with this raw score, match and precision is right.

    >>> 0.0 < confidence(0.7, "fuzzy", "city") < confidence(1.0, "exact", "city") < 1.0
    True
    """
    w = model()["weights"]
    z = sum(w[f] * x for f, x in zip(FEATURES, features(score, match, precision)))
    return 1.0 / (1.0 + math.exp(-z))


def verdict(p: float) -> str:
    """``"refuse"``, ``"check"`` or ``"sure"`` for a calibrated confidence *p*.

    >>> verdict(0.0), verdict(1.0)
    ('refuse', 'sure')
    """
    m = model()
    if p < m["refuse_below"]:
        return "refuse"
    return "check" if p < m["check_below"] else "sure"
