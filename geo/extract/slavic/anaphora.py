"""Places named again by a noun alone in Russian and Ukrainian: "город", "на аэродроме", "з порту", "на косі".

"ВСУ вошли в Угледар с востока. Колонну уничтожили на выезде из города": "города" is Угледар, and a stop of its
own. A noun is read by its lemma (:mod:`geo.extract.slavic.morph`, every inflection at once) and stands, as in
English (:mod:`geo.extract.anaphora`, whose rules decide which place it refers to), for the nearest place named
before it, in its paragraph or the one before, that it can stand for: a town for "город", "місто", "село"; a
facility named with that noun, else one of a kind the noun can name (:data:`NOUN_KINDS`), else, for an airport, a
port, a station or a works, the town it serves; a landform's noun ("остров", "коса") only a place named with it,
anywhere before. Russian and Ukrainian have no article: what keeps a noun from being a place named again is what
stands beside it: a name of its own after it ("порт Оля", "город Покровск", "аэропорт «Антонов»": another place,
the recogniser's to read), a word before it that means another place ("соседнее село", "інше місто", "каждый
город"), or its plural ("аеродромів": several, none of them named). The mention keeps the noun as printed
(``kind="anaphor"``), so the role model (:mod:`geo.extract.slavic.role_model`) weighs it apart and decides
whether it is a stop.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..anaphora import BASE_KINDS, Lexicon, refer_back
from ..records import Mention, Resolved
from . import morph
from .recognize import tokenize

_AIR = ("airbase",)
_PORT = ("port", "naval-base")
#: The nouns of a settlement, which stand for a town.
SETTLEMENT_NOUNS = frozenset("город місто село поселок селище деревня станица станиця".split())
#: The nouns of a landform, which refer back only to the place named with them.
NAMED_ONLY = frozenset("остров острів архипелаг архіпелаг коса полуостров півострів перешеек перешийок".split())
#: The nouns read (lemmas, both languages), each with the facility kinds
#: (:data:`geo.geocoders.base.FACILITY_KINDS`) it can stand for.
NOUN_KINDS = {
    **{n: () for n in SETTLEMENT_NOUNS},
    **{n: _AIR for n in "аэродром аеродром авиабаза авіабаза аэропорт аеропорт".split()},
    **{n: BASE_KINDS for n in "база лагерь табір гарнизон гарнізон".split()},
    **{n: _PORT for n in "порт гавань".split()},
    **{n: ("range",) for n in "полигон полігон".split()},
    **{n: ("crossing",) for n in "переправа".split()},
    **{n: ("depot",) for n in "арсенал".split()},
    **{n: ("plant",) for n in "завод комбинат комбінат".split()},
    **{n: ("rail", "plant") for n in "станция станція".split()},
    **{n: ("rail",) for n in "вокзал".split()},
    # landforms only as the place named with them ("остров Змеиный" ... "на острове", "Кінбурнська коса" ... "на косі")
    **{n: () for n in NAMED_ONLY},
}
#: The nouns a place named in between may be meant by (:func:`geo.extract.anaphora.refer_back`).
ISLANDS = frozenset("остров острів архипелаг архіпелаг".split())
#: Nouns of a town's own facility: a town named before can be what they refer to.
OF_A_TOWN = frozenset("аэропорт аеропорт порт гавань завод комбинат комбінат станция станція вокзал".split())
#: Nouns of one facility, whichever of them names it ("авиабаза Кант" ... "на аэродроме").
_SAME = (frozenset("аэродром аеродром авиабаза авіабаза".split()), frozenset("база авиабаза авіабаза".split()),
         frozenset("лагерь табір база".split()), frozenset("станция станція вокзал".split()))
#: Lemmas the dictionaries give some forms of the nouns by (Ukrainian "селі" as "сель", "косі" as "кос"): a
#: mudflow and a plait are no places a report of movements names.
ALIASES = {"сель": "село", "кос": "коса"}
#: Words before a noun that make it another place than one named before ("соседнее село", "інше місто").
OTHER = frozenset("другой інший иной соседний сусідній каждый кожний кожен любой будь-який некоторый деякий "
                  "один какой-то якийсь ряд несколько кілька многие багато родной рідний".split())
#: What after a noun starts a name of its own ("порт «Оля»", "полигон 'Эдельвейс'"), besides a capital or a number.
_NAME_START = "«„“\"'"


def _lemmas(word: str, lang: str, singular: bool = False) -> set[str]:
    """The lemmas of *word* as a noun of :data:`NOUN_KINDS` (*singular*: only its singular readings)."""
    out = set()
    for r in morph.readings(word, lang):
        lemma = ALIASES.get(r.lemma, r.lemma)
        if r.pos == "NOUN" and lemma in NOUN_KINDS and not (singular and r.number == "plur"):
            out.add(lemma)
    return out


def lemma(word: str, lang: str) -> str:
    """The lemma of *word* as a noun that may name a place again ("none" if it is none).

    >>> lemma("аэродроме", "ru"), lemma("селі", "uk"), lemma("дом", "ru")
    ('аэродром', 'село', 'none')
    """
    found = _lemmas(word, lang)
    return min(found) if found else "none"


def _same(a: str, b: str) -> bool:
    return a == b or any(a in s and b in s for s in _SAME)


def _named(lang: str):
    def named(noun: str, m: Mention, r: Resolved, text: str) -> bool:
        """Whether *m* is named with *noun* (or a noun of the same facility): among its words or the word before."""
        before = text[max(0, m.start - 40):m.start].split()[-1:]
        words = m.surface.split() + before
        return any(_same(noun, lemma) for w in words if w[:1].isalpha() for lemma in _lemmas(w.strip("«»\"'"), lang))
    return named


def _capital(r: Resolved) -> bool:
    """Whether *r* is a national capital: named as its government as often as a place ("Москва заявила", "в Киеве
    не комментировали"), a noun after it is another town more often than the capital ("в Кишиневе заявили ...
    аэропорт"); on the development folds, a trap (a metonymy's airport) and most of the capitals' nouns no stop."""
    from ..resolve import is_capital

    return r.lat is not None and is_capital(r)


#: Whether a noun whose nearest fitting place is a capital is read as no place at all (not as a town further back).
REFUSE_CAPITALS = True
_LEXICONS = {lang: Lexicon(NOUN_KINDS, SETTLEMENT_NOUNS, NAMED_ONLY, OF_A_TOWN, ISLANDS, _named(lang),
                           _capital if REFUSE_CAPITALS else None) for lang in ("ru", "uk")}


def nouns(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The nouns of *text* that may name a place again: (start, end, lemma).

    >>> [(text[a:b], n) for text in ["Войска вошли в город, а потом в город Изюм."] for a, b, n in nouns(text, "ru")]
    [('город', 'город')]
    """
    toks = tokenize(text)
    out = []
    for i, t in enumerate(toks):
        if not t.alpha or (t.cap and i and toks[i - 1].word not in ".!?…:—–-" and "\n" not in
                           text[toks[i - 1].end:t.start]):
            continue
        found = _lemmas(t.word, lang, singular=True)
        if not found:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and text[t.end:nxt.start] in (" ", "\u00a0") and (
                nxt.cap or nxt.word[:1].isdigit() or nxt.word in _NAME_START):
            continue  # a name of its own follows: another place, read by the recogniser if it is one
        if i and toks[i - 1].alpha and any(r.lemma in OTHER for r in morph.readings(toks[i - 1].word, lang)):
            continue
        out.append((t.start, t.end, min(found)))
    return out


def find_anaphors(text: str, items: Sequence[tuple[Mention, Resolved]], lang: str = "ru"
                  ) -> list[tuple[Mention, Resolved]]:
    """The nouns of *text* that name again a place of *items* (its mentions and their places, in text order).

    >>> t = "Российские войска вошли в Угледар. Колонна покинула город ночью."
    >>> its = [(Mention(26, 33, "Угледар"), Resolved(47.78, 37.25, "UA", "city", ref="geonames:1", name="Vuhledar"))]
    >>> [(m.surface, m.kind, r.name) for m, r in find_anaphors(t, its)]
    [('город', 'anaphor', 'Vuhledar')]
    """
    return refer_back(text, items, nouns(text, lang), _LEXICONS[lang])
