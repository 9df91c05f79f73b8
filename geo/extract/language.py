"""Which language an article is written in: English, Russian or Ukrainian.

``geo extract`` reads each article with the stages of its language (:mod:`geo.extract.slavic`
for Russian and Ukrainian); the language is told apart by its letters, which is all a news
article needs: Latin or Cyrillic first, then the letters only one of the two Cyrillic
languages has (Ukrainian ``і ї є ґ`` and the apostrophe inside a word; Russian ``ы э ъ ё``),
and, for a text too short to show any, its commonest words. ``--lang`` forces the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

#: The languages ``geo extract`` reads.
LANGUAGES = ("en", "ru", "uk")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]|(?<=[\u0400-\u04ff])['’ʼ](?=[\u0400-\u04ff])")
_RU_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")
_UK_WORDS = re.compile(r"(?i)(?<!\w)(?:та|що|це|від|після|також|який|яка|які|вже|був|була|були|через|щодо|"
                       r"україни|росії|й|ще|між|коли|тому)(?!\w)")
_RU_WORDS = re.compile(r"(?i)(?<!\w)(?:что|это|от|после|также|который|которая|уже|был|была|были|через|"
                       r"украины|россии|еще|между|когда|поэтому|как)(?!\w)")


class LanguageError(ValueError):
    """A language ``geo extract`` does not read."""


def detect(text: str, *, sample: int = 20000) -> str:
    """``"en"``, ``"ru"`` or ``"uk"``: the language *text* is written in (its first *sample* characters).

    >>> detect("Troops were sent to Kursk."), detect("Войска перебросили в Курскую область."), detect("Війська перекинули на Харківщину.")
    ('en', 'ru', 'uk')
    """
    head = text[:sample]
    cyr = len(_CYRILLIC.findall(head))
    if cyr <= len(_LATIN.findall(head)):
        return "en"
    uk, ru = len(_UK_LETTERS.findall(head)), len(_RU_LETTERS.findall(head))
    if uk == ru:
        uk, ru = len(_UK_WORDS.findall(head)), len(_RU_WORDS.findall(head))
    return "uk" if uk > ru else "ru"


def check(lang: str | None) -> str | None:
    """*lang* if ``geo extract`` reads it (or None: detect it per article); else :class:`LanguageError`.

    >>> check("uk"), check(None)
    ('uk', None)
    """
    if lang is None or lang in LANGUAGES:
        return lang
    raise LanguageError(f"language {lang!r} is not read: use one of {', '.join(LANGUAGES)}")


@dataclass(frozen=True)
class Stages:
    """The language-specific stages of ``geo extract`` for one language; :mod:`geo.extract.pipeline` joins them.

    Each attribute has the signature of the English stage it stands for (the English module in brackets):
    ``split_sentences`` (sentences), ``find_places`` (recognize: text -> mentions), ``assign_roles`` (roles),
    ``role_model`` (role_model.shipped: a model or None), ``dateline_spans`` (roles), ``byline``,
    ``find_source``, ``find_status``, ``refers_back``, ``reference`` (attribution), ``about_before``
    (whether a sentence's source also speaks for the sentences before it: "Об этом сообщило X"),
    ``settle_status`` (a sentence's status once its source is known: a side's statement of its own movements is
    confirmed, of its adversary's claimed),
    ``find_dates`` (the dates of an article's sentences in turn, each knowing the one before, and their
    paragraphs), ``article_date``
    (dates), ``find_troops`` (numbers), ``find_mode`` (mode), ``find_what`` (what);
    ``route_cues`` (routes.Cues); ``goes_on``: a sentence that goes on with the report before it;
    ``container_between``: what may stand between a place and the area that only contains it ("Gomel in
    Belarus", "Суджа Курской области"); ``near_between``: what stands between a stop and the town that
    only places it ("air base near Minsk"); ``source_carry``: how far an article's sources carry to the
    sentences after them that name none ("article" or "paragraph"; None: the pipeline's ``SOURCE_CARRY``);
    ``vehicle_mode``: the mode the vehicle a stop's mover is (its ``what``) gives, for a stop whose words give none
    (None: not read);
    ``finish``: the article's draft rows and text in, the rows as the language's own reading of the whole
    article settles them out (None: as they are); ``find_date_at``: the date of a stop in a sentence that names
    several (None: the sentence's first); ``find_anaphors``: the nouns that name a place again ("город", "на
    аэродроме"), from the text and its placed mentions (:func:`geo.extract.anaphora.find_anaphors`; None: not read).
    """

    lang: str
    split_sentences: Callable
    find_places: Callable
    assign_roles: Callable
    role_model: Callable
    dateline_spans: Callable
    byline: Callable
    find_source: Callable
    find_status: Callable
    refers_back: Callable
    reference: Callable
    about_before: Callable
    settle_status: Callable
    find_dates: Callable
    article_date: Callable
    find_troops: Callable
    find_mode: Callable
    find_what: Callable
    route_cues: object
    goes_on: re.Pattern
    container_between: frozenset
    near_between: re.Pattern
    source_carry: Callable | None = None
    finish: Callable | None = None
    find_date_at: Callable | None = None
    vehicle_mode: Callable | None = None
    find_anaphors: Callable | None = None


@lru_cache(maxsize=None)
def stages(lang: str) -> Stages:
    """The stages of *lang* (``en``, ``ru`` or ``uk``), made once per process.

    >>> stages("en").lang, stages("uk").lang
    ('en', 'uk')
    """
    check(lang)
    if lang in ("ru", "uk"):
        from .slavic.stages import make

        return make(lang)
    from . import attribution, dates, mode, numbers, pipeline, role_model, roles, routes, sentences, status_model, what
    from .anaphora import find_anaphors
    from .recognize import find_places

    return Stages("en", sentences.split_sentences, find_places, roles.assign_roles, role_model.shipped,
                  roles.dateline_spans, attribution.byline, attribution.find_source, attribution.find_status,
                  attribution.refers_back, attribution.reference, lambda text: False,
                  attribution.settle_status, dates.find_dates, dates.article_date,
                  numbers.find_troops, mode.find_mode, what.find_what, routes.ENGLISH, pipeline._GOES_ON,
                  frozenset((",", "in", ", in")), pipeline._NEAR_BETWEEN, finish=status_model.finish,
                  find_date_at=dates.find_date_at, find_anaphors=find_anaphors)
