"""Which language an article is written in: English, Russian or Ukrainian.

``geo extract`` reads each article with the stages of its language (:mod:`geo.extract.slavic`
for Russian and Ukrainian); the language is told apart by its letters, which is all a news
article needs: Latin or Cyrillic first, then the letters only one of the two Cyrillic
languages has (Ukrainian ``і ї є ґ`` and the apostrophe inside a word; Russian ``ы э ъ ё``),
and, for a text too short to show any, its commonest words. ``--lang`` forces the answer.
"""

from __future__ import annotations

import re

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
