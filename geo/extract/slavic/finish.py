"""What the whole of a Russian or Ukrainian article settles in its draft rows, once every sentence is read.

* A source named by its initials ("ДПСУ", "ГУР") is written with the name the article spells out for them
  ("Державна прикордонна служба України (ДПСУ)"): a reader of the draft knows who it is, and it is the same
  source whichever way another text names it.
* A source the article names short and in full ("Минобороны" in its headline, "Минобороны России" in its body)
  is written in full everywhere: one body is one source, never two that seem to corroborate each other.
* A sentence that names no source of its own, right after one that does in the same paragraph, goes on with that
  source (:func:`carried_sources`): "Генштаб ЗСУ повідомив ... Колона рухалася ..." are both the General Staff's.
  Its status is not carried: the new sentence's is settled on its own words, as the article's voice would say it.
* Then each stop's status, as the speaker's side and the status model weigh what the sentence and its source say
  (:mod:`geo.extract.slavic.status_model`): the source by its full name, as the model was trained.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import attribution

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


#: Whether a sentence that names no source goes on with the source of the sentence right before it in its paragraph,
#: where the article prints a voice of its own (which would else speak for it): see :func:`carried_sources`.
CARRY_NEXT = 1
#: Whether the sources written once the status is settled (a carried source, a channel's own agents) are written:
#: the status model is trained on the rows without them (scripts/train_roles_ru_uk.py), as it meets them here.
LATE_SOURCES = True


def carried_sources(rows: list[dict], text: str, lang: str = "ru") -> dict[int, str]:
    """``{index: source}`` for each of *rows* whose sentence names no source, which the article's own voice would
    speak for, and whose sentence right before it in its paragraph names its own: that one's source.

    >>> t = "ЦАПЛІЄНКО | Новини\\n\\nГенштаб ЗСУ повідомив про переміщення. Колона рухалася до Курахового."
    >>> row = {"source": "ЦАПЛІЄНКО", "status": "reported", "note": "Колона рухалася до Курахового.", "start": 80}
    >>> carried_sources([row], t, "uk")
    {0: 'Генштаб ЗСУ'}
    """
    if not CARRY_NEXT or not rows:
        return {}
    voice = attribution.byline(text, lang)
    if not voice or attribution.source_carry(text, lang) != attribution.CARRY_WITH_VOICE:
        return {}  # without a voice the nearest source before already speaks (CARRY_WITHOUT_VOICE)
    from .status_model import _sentences  # split once per article, shared with the status's side

    sents = _sentences(text)
    own: dict[int, str | None] = {}

    def source_of(k: int) -> str | None:
        if k not in own:
            own[k] = attribution.find_source(sents[k].text, lang)
        return own[k]

    out = {}
    for i, r in enumerate(rows):
        if r.get("source") != voice:
            continue  # its own, or carried on by the pipeline's rules (goes on, refers back, about before)
        start = int(r.get("start") or 0)
        k = next((j for j, x in enumerate(sents) if x.start <= start < x.end), None)
        if not k or sents[k - 1].paragraph != sents[k].paragraph or source_of(k) \
                or attribution.refers_back(sents[k].text):
            continue
        j = k - 1  # back over the sentences of the paragraph that name none, up to CARRY_NEXT of them
        while j > 0 and k - j < CARRY_NEXT and sents[j - 1].paragraph == sents[k].paragraph and not source_of(j):
            j -= 1
        before = source_of(j)
        if before and before != voice:
            out[i] = before
    return out


def finish(rows: list[dict], text: str, lang: str = "ru") -> list[dict]:
    """The draft rows of an article as its whole text settles them (see the module's docstring)."""
    from . import status_model

    carried = carried_sources(rows, text, lang)
    channel = _channel_voice(text, lang)
    ours = next((r["source"] for r in rows if _OURS.match(r.get("source") or "")), "") if channel else ""
    if ours:
        # a channel's post whose stops its own agents tell speaks with them where it names none: its sentences are
        # the anonymous channel's word
        for i, r in enumerate(rows):
            if r.get("source") == channel and i not in carried:
                carried[i] = ours
    for i, src in list(carried.items()):
        if _OURS.match(src):
            # a channel's own agents go on speaking: the anonymous channel's word (attribution.settle_status), settled
            # again for this sentence with them
            del carried[i]
            r = rows[i]
            r["source"] = src
            note = r.get("note") or ""
            r["status"] = attribution.settle_status(attribution.find_status(note), src, note)
    for r in rows:
        if r.get("source"):
            r["source"] = expand_source(r["source"], text)
    carried = {i: expand_source(s, text) for i, s in carried.items()}
    full = one_name_per_source([r.get("source") or "" for r in rows] + list(carried.values()))
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
    if not LATE_SOURCES:
        return rows
    # the carried source last: the status stays the one the sentence's own words and the article's voice give
    for i, src in carried.items():
        rows[i]["source"] = full.get(src, src)
    # a channel's "наші агенти" are the channel speaking: written with its name (their status, the anonymous
    # channel's, was settled above)
    if channel:
        for r in rows:
            if _OURS.match(r.get("source") or ""):
                r["source"] = channel
    return rows


#: A source in the first person plural of whoever publishes the text: its agents, sources, scouts.
_OURS = re.compile(r"^(?:наш\w*)\s+(?:источник\w*|джерел\w*|джерело|агент\w*|разведчик\w*|розвідник\w*|"
                   r"аеророзвідник\w*)$", re.I)


def _channel_voice(text: str, lang: str) -> str:
    """The name of the channel whose post *text* is, as its first line prints it, or ""."""
    from . import header

    h = header.read(text, lang)
    return h.outlet if h.outlet and not h.author and header._post(text) else ""


__all__ = ["carried_sources", "expand_source", "finish", "one_name_per_source"]
