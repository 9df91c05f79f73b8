"""The status of a stop in a Russian or Ukrainian article, learnt from the corpus: confirmed, reported, claimed, denied.

The corpus's guidelines decide a status from who speaks and of whom: the moving side's own official word is
``confirmed``, one side's word about its adversary ``claimed``, media, monitors, third countries and anonymous
officials ``reported``, what the outlet verified itself (geolocation, satellite images) ``confirmed``, an
anonymous channel's or a flagged assertion ``claimed``, a denial ``denied``. The rules of
:mod:`geo.extract.slavic.attribution` read each piece of that (the words of denial, claim and confirmation; the
side a source speaks for; the side whose forces move; the adversary's names); a maximum-entropy classifier
(python-crfsuite, each stop a sequence of one) weighs them, with what kind of source it is (a ministry, an
intelligence service, a channel, a person, the outlet itself; named in the sentence, carried from before, or the
article's own voice), the hedges and verifications of the sentence, and the rules' own answer.

The speaker's side (:mod:`geo.extract.sides`, shared with English) is no weight to learn but the guideline's own
definition: where a sentence's words flag nothing, a side's statement about its adversary's forces is ``claimed``
and about its own ``confirmed`` (:func:`settle_sides`), and the model does not overrule it. A side's statement
that names nobody's forces takes the side of the forces the article named last before it (a General Staff post
opening "Ворог перекидає резерви ..." goes on about the enemy). The model decides the rest, with that side among
its features, so a retrained model cannot swing what the side decides.

Trained by ``scripts/train_roles_ru_uk.py`` with the role model, on the development theatres, and shipped beside
its manifest (``status_model.json``: SHA-256, features version), checked before the file is read. Without the
model file the rules decide.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from ..modelfile import open_checked
from ..role_model import RoleModelError, per_thread
from ..status_model import STATUSES, choose
from .. import sides
from . import attribution, header, morph

MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "status_model.crfsuite")
#: Bump whenever :func:`features` changes: a model trained on other features is refused.
FEATURES_VERSION = 7
#: The rules' status stands unless the model gives another at least this probability.
OVERRULE = 0.5

_HEDGE = re.compile(r"(?<![\w])(?:по\s+неподтвержд\w*|за\s+непідтвердж\w*|неподтвержд\w*|непідтвердж\w*|"
                    r"предположительно|ймовірно|імовірно|вероятно|возможно|можливо|скорее\s+всего|"
                    r"найімовірніше|судя\s+по|судячи\s+з|якобы|нібито|начебто|мол|будто|схоже|похоже|"
                    r"по\s+всей\s+видимости|очевидно|видимо|мабуть|не\s+исключ\w*|не\s+виключ\w*)(?![\w])", re.I)
_VERIFY = re.compile(r"(?<![\w])(?:геолоц\w*|геолок\w*|спутников\w*|супутников\w*|снимк\w*|знімк\w*|видео|відео|"
                     r"кадр\w*|фото\w*|записи?|трекер\w*|данны\w+\s+судов\w*|верифиц\w*|верифік\w*|"
                     r"провери\w*|перевіри\w*|проследил\w*|простежил\w*|установил\w*|встановил\w*)(?![\w])", re.I)
_WE = re.compile(r"(?<![\w])(?:мы|ми|нам|нас|наш\w*)(?![\w])", re.I)
_ANON = re.compile(r"(?<![\w])(?:источник\w*|джерел\w*|собеседник\w*|співрозмовник\w*|паблик\w*|паблік\w*|"
                   r"канал\w*|подписчик\w*|підписник\w*|очевид\w*|жител\w*|мешкан\w*|блогер\w*|военкор\w*|"
                   r"воєнкор\w*|мониторщик\w*|моніторщик\w*|мониторинг\w*|моніторинг\w*|агент\w*)(?![\w])", re.I)
_INTEL = re.compile(r"(?<![\w])(?:разведк\w*|розвідк\w*|гур|нср|nis|цру|фсб|сбу|спецслужб\w*|разведчик\w*|"
                    r"розвідник\w*|аеророзвід\w*|аэроразвед\w*)(?![\w])", re.I)
_OFFICIAL = re.compile(r"(?<![\w])(?:министерств\w*|міністерств\w*|минобороны|міноборони|мид|мзс|генштаб\w*|"
                       r"генеральн\w+\s+штаб\w*|штаб\w*|командовани\w*|командуванн\w*|пресс-служб\w*|"
                       r"прес-служб\w*|ведомств\w*|відомств\w*|служб\w*|губернатор\w*|президент\w*|"
                       r"правительств\w*|уряд\w*|администрац\w*|адміністрац\w*|ова|ода|осув|осгв|"
                       r"представител\w*|представник\w*|речник\w*|спикер\w*|пресс-секретар\w*|"
                       r"прес-секретар\w*|кремл\w*|песков\w*|пєсков\w*|группировк\w*|угрупован\w*)(?![\w])", re.I)
_MEDIA = re.compile(r"(?<![\w])(?:сми|змі|издани\w*|видан\w*|газет\w*|агентств\w*|тасс|интерфакс|інтерфакс|"
                    r"укрінформ|униан|уніан|reuters|риа|белта|ria|isw|rusi|csis|институт\w*|інститут\w*|"
                    r"аналитик\w*|аналітик\w*|эксперт\w*|експерт\w*|исследовател\w*|дослідник\w*)(?![\w])", re.I)


#: Whether the status model reads that the article's own voice speaks in a text that shows its own evidence.
ARTICLE_EVIDENCE = True
_EVIDENCE = re.compile(r"(?<![\w])(?:геолоц\w*|геолок\w*|спутников\w*\s+сним\w*|супутников\w*\s+знім\w*|"
                       r"сним\w*\s+(?:со\s+)?спутник\w*|знім\w*\s+(?:із\s+|з\s+)?супутник\w*|maxar|planet\s+labs|"
                       r"sentinel|ais|flightradar\w*|marinetraffic|трекер\w*|верифиц\w*|верифік\w*)(?![\w])", re.I)


@lru_cache(maxsize=64)
def _evidence(text: str) -> bool:
    """Whether *text* names evidence its outlet may have looked at itself (:data:`_EVIDENCE`)."""
    return bool(_EVIDENCE.search(text))


def _camp(party: str) -> str:
    """The camp *party* stands in, as :data:`geo.extract.sides.CAMPS` says (its parties joined: "BY+KP+RU"), "third"
    for a party in no camp, "none" for no party: what the model reads of who stands with whom.

    >>> _camp("BY"), _camp("UA"), _camp("WEST"), _camp("")
    ('BY+KP+RU', 'UA', 'third', 'none')
    """
    if not party:
        return "none"
    return next(("+".join(sorted(c)) for pair in sides.CAMPS for c in pair if party in c), "third")


def _party(s: str) -> str:
    """The party *s* names (its words for a side's voices or forces), or ""."""
    side = attribution._side(s)
    if side:
        return side
    found = [k for k, rx in attribution._PARTIES.items() if rx.search(s)]
    return found[0] if len(found) == 1 else ""


def _kind(source: str) -> list[str]:
    out = []
    for name, rx in (("anon", _ANON), ("intel", _INTEL), ("official", _OFFICIAL), ("media", _MEDIA)):
        if rx.search(source):
            out.append(name)
    if _WE.search(source):
        out.append("we")
    if re.search(r"[«\"]", source):
        out.append("quoted")
    words = source.split()
    if words and all(w[:1].isupper() for w in words[-2:]) and len(words) >= 2 and not source.isupper():
        out.append("person-or-org")
    return out or ["other"]


def features(row: dict, text: str, lang: str) -> list[str]:
    """What the status model reads of a draft stop *row* of an article *text* in *lang*."""
    note = row.get("note") or ""
    source = row.get("source") or ""
    h = header.read(text, lang)
    own = attribution.find_source(note, lang)
    f = ["bias", f"lang={lang}", f"rule={row.get('status') or 'reported'}", f"role={row.get('role')}",
         f"words={attribution.find_status(note)}"]
    if not source:
        f.append("src=none")
    elif own and (own in source or source in own):
        f.append("src=own")
    elif h.voice and source == h.voice:
        f.append("src=voice")
    elif attribution.is_own_label(source):
        f.append("src=label")  # the article's own word, no voice printed (attribution.own_label)
    else:
        f.append("src=carried")
    for k in _kind(source):
        f.append(f"kind={k}")
    voice = _party(source)
    forces = _party(note.replace(source, " ") if source else note)
    f.append(f"voice={voice or 'none'}")
    f.append(f"forces={forces or 'none'}")
    f.append(f"bloc={_camp(voice)}>{_camp(forces)}")
    f.append(f"sides={sides.relation(voice, [forces]) or 'none'}")
    f.append(f"side={side_of(row, text, lang=lang) or 'none'}")
    if attribution._ADVERSARY.search(note):
        f.append("adversary")
        f.append(f"adversary|voice={voice or 'none'}")
    if _HEDGE.search(note):
        f.append("hedge")
    if _VERIFY.search(note):
        f.append("verify")
    if _WE.search(note):
        f.append("we")
    if ARTICLE_EVIDENCE and {"src=voice", "src=label"} & set(f) and _evidence(text):
        # the article's own voice in a text that shows its own evidence (satellite images, geolocated videos, ship or
        # flight tracking): what it asserts unattributed it may have verified (the guideline's confirmed)
        f.append("voice_evidence")
    if h.outlet and not h.author and h.spans and h.spans[0][0] == 0:
        f.append("voice=channel")
    elif h.author or h.outlet:
        f.append("voice=byline")
    elif h.issuer:
        f.append("voice=issuer")
    if row.get("cue", "").startswith("learnt"):
        f.append("learnt")
    # the lemmas of the source's words
    for w in re.findall(r"[^\W\d_]+", source)[:4]:
        rs = morph.readings(w, lang)
        f.append(f"sw={rs[0].lemma if rs else morph.fold(w)}")
    return f


#: Whether a side's statement that names no one's forces takes the side of the forces the article named last before
#: it ("⚡️ Ворог перекидає резерви ..." heads a General Staff post whose later lines name no side).
CARRY_SIDE = True
#: How many paragraphs back the carried side may come from (None: the whole article before). Bounded, it costs status on
#: the development theatres left out in turn (role and status models retrained per fold, 2026-12-06): the whole article
#: 0.63, one paragraph back 0.62, three 0.61; recall and precision unchanged.
PARAGRAPHS_BACK = None
#: Whether a side's statement that names no one's forces but tells of places taken is about its own forces.
CAPTURE_IS_OWN = True
# ("освобождение"/"звільнення" of prisoners or hostages is their release, "звільнити позиції" is to vacate them: no
# places taken)
_CAPTURE = re.compile(r"(?<![\w])(?:(?:освобожд|освобод|звільн)\w*(?!\w)(?![ \t]+(?:[\w-]+[ \t]+)?(?:позиц|полонен|пленн|"
                      r"военнопленн|військовополонен|заложник|заручник))|взяти[еяю]\w*|взятт\w*|"
                      r"захоплен\w*|зачистк\w*|установил\w*\s+контроль|встановил\w*\s+контроль|"
                      r"взял\w*\s+под\s+контроль|взяли\s+під\s+контроль)", re.I)
#: Whether an intelligence service's statement that names no one's forces is about others' forces (its adversary's,
#: or, for a third country's service, foreign ones) rather than taking the side of the forces named before it.
INTELLIGENCE_ABOUT_OTHERS = True
#: Whether a status the speaker's side decides (:func:`decided_side`) stands against the model: the guideline
#: defines it, so a retrained model cannot swing it (else the side is one feature among the model's).
SIDE_DECIDES = True


@lru_cache(maxsize=8)
def _sentences(text: str):
    from .sentences import split_sentences

    return tuple(split_sentences(text))


def _forces_text(sentence: str, source: str, lang: str = "ru") -> str:
    """*sentence* without the words of *source* nor of the source it names itself ("за словами речника ОСУВ"): the
    voices are no forces."""
    rest = attribution.without_source(sentence, source)
    own = attribution.find_source(sentence, lang)
    return attribution.without_source(rest, own) if own and own != source else rest


def _forces_named(sentence: str, source: str, lang: str = "ru") -> bool:
    rest = _forces_text(sentence, source, lang)
    return bool(attribution._ADVERSARY.search(rest) or attribution.parties(rest))


def side_of(row: dict, text: str, sentences=None, lang: str = "ru") -> str:
    """How the speaker of stop *row* stands to the forces its sentence names (:func:`attribution.side`), else, for
    a sentence naming none, to those the article named last before it ("", when no side is known).

    >>> text = "Ворог перекидає резерви на Покровський напрямок.\\n\\nЗа даними Генштабу ЗСУ, колона рухалася до Курахового."
    >>> side_of({"source": "Генштаб ЗСУ", "note": text.split("\\n\\n")[1], "start": 90}, text)
    'adversary'
    """
    source, note = row.get("source") or "", row.get("note") or ""
    if not attribution.voice_party(source):
        return ""
    rel = attribution.side(source, note)
    if rel or not CARRY_SIDE or _forces_named(note, source, lang):
        return rel
    if INTELLIGENCE_ABOUT_OTHERS and _INTEL.search(source):
        # an intelligence service that names no one's forces speaks of others': a warring party's of its adversary's
        # (Ukraine's GUR on forces it does not name: 47 of 48 development stops claimed), a third country's of
        # foreign ones (South Korea's NIS: reported)
        voice = attribution.voice_party(source)
        warring = any(voice in camp for pair in sides.CAMPS for camp in pair)
        return sides.ADVERSARY if warring else sides.THIRD
    if CAPTURE_IS_OWN and _CAPTURE.search(note):
        # a side that announces places taken ("сообщало о «освобождении» сел", "заявило про «звільнення»") speaks
        # of its own forces, which took them (development gold: 8 of 8 such stops confirmed); an intelligence
        # service's word is read above, of others' forces
        return sides.SAME
    if sentences is None:
        sentences = _sentences(text)
    start = int(row.get("start") or 0)
    here = [x.paragraph for x in sentences if x.start <= start < max(x.end, x.start + 1)]
    # no further back than the paragraph before (as anaphora's PARAGRAPHS_BACK): an earlier part of the article
    # speaks of other forces
    first = here[0] - PARAGRAPHS_BACK if here and PARAGRAPHS_BACK is not None else 0
    before = [x for x in sentences if x.end <= start and x.paragraph >= first and x.text.strip() != note.strip()]
    for x in reversed(before):
        rest = _forces_text(x.text, source, lang)
        if attribution._ADVERSARY.search(rest) or attribution.parties(rest):
            return attribution.side(source, rest)
    return ""


def settle_sides(rows: list[dict], text: str, lang: str = "ru") -> list[dict]:
    """*rows* with the status the speaker's side gives each stop (:func:`side_of`) where the words of its sentence
    flag nothing (no denial, claim or confirmation): the rules' answer, before any model."""
    if not CARRY_SIDE:
        return rows
    for r in rows:
        if (r.get("role") or "mention") == "mention":
            continue
        rel = decided_side(r, text, lang=lang)
        if rel:
            r["status"] = sides.side_status("reported", rel, on_record=True)
            r["_side"] = rel
    return rows


def decided_side(row: dict, text: str, sentences=None, lang: str = "ru") -> str:
    """The speaker's side that decides stop *row*'s status (:func:`side_of`: its adversary's forces or its own), or
    "" when its sentence's words flag a denial, claim or confirmation, or its rules' status is neither reported nor
    confirmed, or the speaker is a third party or no side is known."""
    if not (CARRY_SIDE and SIDE_DECIDES) or row.get("status") not in ("reported", "confirmed"):
        return ""
    if attribution.find_status(row.get("note") or "") != "reported":
        return ""
    rel = side_of(row, text, sentences, lang)
    # a third party's word about others' forces is reported (the guideline: third countries report; South Korea's
    # intelligence on North Korea's troops in Russia, 42 of 42 development stops)
    return rel if rel in (sides.ADVERSARY, sides.SAME, sides.THIRD) else ""


class StatusModel:
    """The trained status classifier at *path* (checked against its manifest first)."""

    def __init__(self, path: str = MODEL_PATH, overrule: float | None = None):
        self.path = path
        self.overrule = OVERRULE if overrule is None else overrule
        self._tagger = open_checked(path, FEATURES_VERSION, "status model", RoleModelError,
                                    "python scripts/train_roles_ru_uk.py")

    def status(self, feats: list[str], rule: str) -> str:
        """The status the model gives a stop of features *feats*, where it is at least :attr:`overrule` sure of
        another than the rules' *rule*; else *rule*."""
        return choose(self._tagger, feats, rule, self.overrule)

    def settle(self, rows: list[dict], text: str, lang: str) -> list[dict]:
        """*rows* with each stop's status as the model reads it."""
        rows = settle_sides(rows, text, lang)
        for r in rows:
            if (r.get("role") or "mention") == "mention":
                continue
            if r.pop("_side", "") and SIDE_DECIDES:
                continue  # the speaker's side decided it
            r["status"] = self.status(features(r, text, lang), r.get("status") or "reported")
        return rows


#: The model :func:`shipped` gives: "shipped" (the package's), or, for a study, a model or None (the rules).
USE: object = "shipped"
_shipped = per_thread(lambda: StatusModel(MODEL_PATH), MODEL_PATH)


def shipped() -> StatusModel | None:
    """The shipped status model for this thread, or None when the package has none (the rules decide)."""
    return _shipped() if USE == "shipped" else USE  # type: ignore[return-value]


__all__ = ["StatusModel", "features", "shipped", "STATUSES"]
