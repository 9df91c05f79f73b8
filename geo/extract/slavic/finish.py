"""What the whole of a Russian or Ukrainian article settles in its draft rows, once every sentence is read.

* A source named by its initials ("ДПСУ", "ГУР") is written with the name the article spells out for them
  ("Державна прикордонна служба України (ДПСУ)"): a reader of the draft knows who it is, and it is the same
  source whichever way another text names it.
* A source the article names short and in full ("Минобороны" in its headline, "Минобороны России" in its body)
  is written in full everywhere: one body is one source, never two that seem to corroborate each other.
* Then each stop's status, as the speaker's side and the status model weigh what the sentence and its source say
  (:mod:`geo.extract.slavic.status_model`): the source by its full name, as the model was trained.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_ACRONYM = re.compile(r"^[А-ЯЁІЇЄҐA-Z]{2,6}$")
#: Little words an acronym's letters may skip ("Міністерство оборони України" is МОУ, "служба безпеки" СБУ).
_SMALL = frozenset("и і й та в у по по-при з із от від для".split())


@lru_cache(maxsize=64)
def _expansions(text: str) -> dict[str, str]:
    """``{acronym: name}``: each acronym printed in *text* whose letters open the words of a name printed there
    ("Державна прикордонна служба України" for ДПСУ, "Оперативно-стратегічне угруповання військ" for ОСУВ)."""
    acronyms = {m.group() for m in re.finditer(r"(?<![\w])[А-ЯЁІЇЄҐA-Z]{2,6}(?![\w])", text)}
    if not acronyms:
        return {}
    words = list(_WORD.finditer(text))
    # the letters each word gives: "Оперативно-стратегічне" gives О and С
    out: dict[str, str] = {}
    for i, w in enumerate(words):
        first = w.group()
        if not first[:1].isupper() or first.isupper():
            continue
        letters = ""
        for j in range(i, min(len(words), i + 8)):
            if j > i and text[words[j - 1].end():words[j].start()].strip(" -"):
                break  # a comma, a bracket or a full stop ends the name
            word = words[j].group()
            if word.lower() in _SMALL and j > i:
                continue
            letters += "".join(p[:1].upper() for p in re.split(r"-", word) if p)
            if letters in acronyms and letters not in out and j > i:
                name = text[w.start():words[j].end()]
                out[letters] = name
            if not any(a.startswith(letters) for a in acronyms):
                break
    return out


def expand_source(source: str, text: str) -> str:
    """*source* with an acronym that names it whole written out as *text* spells it, the acronym kept.

    >>> t = "Державна прикордонна служба України продовжує моніторинг. За оцінкою ДПСУ, загроза невелика."
    >>> expand_source("ДПСУ", t)
    'Державна прикордонна служба України (ДПСУ)'
    >>> expand_source("речник ДПСУ", t), expand_source("ГУР", t)
    ('речник ДПСУ', 'ГУР')
    """
    if not _ACRONYM.match(source or ""):
        return source
    name = _expansions(text).get(source)
    return f"{name} ({source})" if name else source


def one_name_per_source(sources: list[str]) -> dict[str, str]:
    """``{short: full}`` for each source whose words open exactly one longer source of the same article.

    >>> one_name_per_source(["Минобороны", "Минобороны России", "Генштаб ВСУ"])
    {'Минобороны': 'Минобороны России'}
    >>> one_name_per_source(["Минобороны", "Минобороны России", "Минобороны Украины"])  # which one: left as is
    {}
    """
    words = {s: _WORD.findall(s.lower()) for s in dict.fromkeys(sources) if s}
    out = {}
    for short, sw in words.items():
        longer = [s for s, w in words.items() if len(w) > len(sw) and w[:len(sw)] == sw]
        if sw and len(longer) == 1:
            out[short] = longer[0]
    return out


def finish(rows: list[dict], text: str, lang: str = "ru") -> list[dict]:
    """The draft rows of an article as its whole text settles them (see the module's docstring)."""
    from . import status_model

    for r in rows:
        if r.get("source"):
            r["source"] = expand_source(r["source"], text)
    full = one_name_per_source([r.get("source") or "" for r in rows])
    for r in rows:
        if r.get("source") in full:
            r["source"] = full[r["source"]]
    # the status once each source has its full name ("ведомство" is "Минобороны России"), as the model was trained
    model = status_model.shipped()
    if model is not None:
        rows = model.settle(rows, text, lang)
    else:  # the rules alone: the speaker's side still settles what the words of a sentence leave open
        rows = status_model.settle_sides(rows, text, lang)
        for r in rows:
            r.pop("_side", None)
    return rows


__all__ = ["expand_source", "finish", "one_name_per_source"]
