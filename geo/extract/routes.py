"""Join origins and destinations into routes, in the order of travel.

A sentence's origins come before its destinations, and a place it passes through ("via Minsk")
before the others of its leg (in English a later verb of movement or "then" starts a later leg: "into Kousseri,
and then drove through Garoua to Douala" keeps Kousseri before Garoua). Of places listed together
("from Chongjin, Hamhung and Musudan", "to Khabarovsk and Blagoveshchensk") only the first is in the route's
travel order, since a list is no order of travel; each other is a branch of the route (:func:`branches`): a listed
destination reached from the stop before its list, a listed origin leaving for the stop after it, and one route per
pair of ends when both ends are lists ("from Kharkiv and Sumy to Kupiansk and Izium": four routes, as the corpus's
guideline asks). The route linker joins listed places to their list's route before it is asked
(geo.extract.route_model.LISTED_JOIN). A later sentence continues
the route when it says so ("Afterwards ...", "From there ...", "then") or
starts where the route ended (it leaves the last place reached); so "first
arrived in Vladivostok by sea. Afterwards ... flown to a military airfield in
western Russia" is one route of two stops. An after-clause names a stop reached first
("arrived in Havana after crossing the Atlantic"), but "after which" / "після чого" goes on in the order told. A
chain of one place is no route: the stop is kept, without a route, as are places where forces merely are.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .records import Reported, Resolved
from .what import find_what

_CONTINUE = re.compile(r"^\W*(?:afterwards|afterward|after\s+that|then|later|from\s+there|subsequently|next|"
                       r"thereafter|there|they\s+were\s+then|the\s+\w+\s+were\s+then|onwards?)\b|\b(?:then|"
                       r"afterwards|from\s+there|onward|subsequently|later|on\s+to|continu\w+\s+(?:on\s+)?to)\b", re.I)
# "arrived in Havana after crossing the Atlantic": a stop in an after-clause was reached first
_AFTER = re.compile(r"\b(?:after|having)\b", re.I)
# "after which", "після чого", "после которого", "after that", "после этого": an after-cue that refers back to what
# was told before it, so that what follows it comes later (not an after-clause, whose place was reached first). A
# demonstrative refers back unless a noun phrase it modifies follows it (_demonstrative_noun): "после этого марша к
# Соледару", "after that long march to Mykolaiv" are after-clauses whose place was reached first, while "after that it
# moved to Kupiansk", "після цього вона рушила до Куп'янська" keep the order told.
_AFTER_WHICH = re.compile(r"\s*(?:(?:which|чего|чого|котор(?:ого|ой|ых)|як(?:ого|ої|их))(?![\w])|"
                          r"(?:that|this|этого|цього)(?![\w])(?!\s+\w+)|(?P<dem>that|this|этого|цього)\s+(?P<next>[\w'’]+))",
                          re.I)
# Words after an English demonstrative that start a clause of their own (a pronoun, a determiner, an adverb) or are a
# verb: the demonstrative stands alone and refers back ("after that it moved", "after this the convoy drove").
_CLAUSE_START_EN = re.compile(r"(?:it|they|he|she|we|you|i|the|a|an|its|their|his|her|our|these|those|some|all|both|"
                              r"most|many|several|then|also|again|too|there|troops|forces|units|went|drove|flew|came|"
                              r"rode|ran|took|left|began|set|\w+ed)$", re.I)


def _demonstrative_noun(demonstrative: str, word: str) -> bool:
    """Whether *word*, right after "that/this/этого/цього", belongs to a noun phrase the demonstrative modifies
    ("that long march", "этого марша", "цього маршу"), so the after-cue is an after-clause. A Russian/Ukrainian word
    counts when it may be a genitive (agreeing with the demonstrative) and cannot be a nominative (a subject that starts a
    clause: "после этого она ушла", "після цього колона рушила"); an English one when it is lower-case and neither a
    pronoun, a determiner, an adverb nor a verb (a capitalised word is read as a subject: the default, referring back)."""
    if re.search(r"[а-яіїєґё]", word, re.I):
        from .slavic import morph  # only Cyrillic text needs the analyser
        cs = morph.cases(word, "uk" if demonstrative.lower() == "цього" else "ru")
        return "gent" in cs and "nomn" not in cs
    return word[:1].islower() and not _CLAUSE_START_EN.match(word)


#: Whether an after-cue that refers back ("after which", "після чого") keeps the place after it in the order of the
#: telling (else it was put before the place told ahead of it, as "arrived in Havana after crossing the Atlantic").
AFTER_WHICH = True


def _reached_first(between: str, cues: Cues) -> bool:
    """Whether *between* (the words between two ends of a sentence) says the later-named one was reached first: an
    after-clause ("arrived in Havana after crossing the Atlantic"), not "..., after which they drove on to ..."."""
    return any(not (AFTER_WHICH and _refers_back(between, m.end())) for m in cues.after.finditer(between))


def _refers_back(between: str, end: int) -> bool:
    """Whether the after-cue ending at *end* in *between* refers back to what was told before it ("after which",
    "after that it moved"), rather than opening an after-clause ("after that long march to Mykolaiv")."""
    m = _AFTER_WHICH.match(between, end)
    return bool(m) and not (m.group("dem") and _demonstrative_noun(m.group("dem"), m.group("next")))


# The cue of a place passed through on the way ("via Minsk", "passing through Belgorod").
_VIA = re.compile(r"(?:via|through|passing\s+through|by\s+way\s+of|transit\w*)\b", re.I)
# Where a sentence starts another movement: "sent to Tapa, with armoured vehicles shipped from Marchwood",
# "send 2,000 troops to Poland, and move 1,000 soldiers already in Germany to Romania".
_OWN_CLAUSE = re.compile(r",\s+(?:with|while|whereas)\s|;\s|,\s+and\s+(?=(?:\w+\s+){0,2}?(?:move|moved|moving|send|sent|"
                         r"deploy|deployed|transfer|transferred|fly|flew|flown|shift|shifted|relocate|relocated)\b)",
                         re.I)
# What, between two ends of a sentence, makes the later one a later leg, told in the order of travel: "into Kousseri,
# and then drove south through Garoua", "crosses into Donetsk region near Uspenka and runs through Ilovaisk", "to
# Dunai ... and sent on by rail to Tikhoretsk" (a coordinated verb of movement narrates the next leg).
_NEXT_LEG = re.compile(_CONTINUE.pattern + r"|\band\s+(?:\w+ly\s+)?(?:runs?|ran|drove|drives?|went|goes|moved|moves|sailed|"
                       r"sails|flew|flies|continued|continues|headed|heads|turned|turns|crossed|crosses|passed|passes|"
                       r"travell?ed|travels|was|were|is|are|sent|proceeded|proceeds|rolled|rolls|steamed|transited|"
                       r"entered)\b", re.I)
# What separates the places of a list: "from Chongjin, Hamhung and Musudan", "to Khabarovsk and Blagoveshchensk".
_LISTED = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as|&)\s+|\s*/\s*", re.I)


@dataclass(frozen=True)
class Cues:
    """The words of one language that chain a route: English by default (:data:`ENGLISH`); each language of
    ``geo extract`` has its own (:mod:`geo.extract.language`).

    ``goes_on``: a sentence that continues the route before it; ``after``: a stop reached before the one
    named ahead of it; ``via``: the cue of a place passed through; ``own_clause``: where a sentence starts
    another movement; ``listed``: what separates the places of a list; ``what``: what moved
    (:func:`geo.extract.what.find_what`); ``branches``: whether ends listed side by side are branches of the
    movement, one route each from (or to) the shared end (:func:`branches`), rather than stops without a route;
    ``paragraph``: whether a sentence of the same paragraph goes on with the route before it unless it starts
    another movement (an origin when the route has one) — the cue-less continuation of a report
    ("На аэродром Лунинец сели шесть Су-25. Прилетели из Миллерово."); ``next_leg``: what between two ends of a
    sentence makes the later one a later leg, so that a place passed through named after it is not put before the
    earlier end (None: a place passed through comes before every end of its sentence).
    """

    goes_on: re.Pattern = _CONTINUE
    after: re.Pattern = _AFTER
    via: re.Pattern = _VIA
    own_clause: re.Pattern = _OWN_CLAUSE
    listed: re.Pattern = _LISTED
    what: Callable = find_what
    branches: bool = False
    paragraph: bool = False
    next_leg: re.Pattern | None = None


ENGLISH = Cues(next_leg=_NEXT_LEG)


def _key(rep: Reported, res: Resolved) -> str:
    return res.ref or rep.mention.surface.lower()


#: Whether, of one place named twice in a row in a route, the mention that prints its name is the stop rather than a
#: noun that refers back to it ("the city"). Development theatres, leave one theatre out: route order 372 -> 376 of
#: 735 stops agree, nothing else changed.
TWIN_NAMED = True


#: Whether a sentence of the paragraph that only names places passed through (``Cues.paragraph``) puts them before
#: the route's end rather than after it.
VIA_BEFORE_END = True


#: Whether, of one place named twice in a row in a route, the mention told in one sentence with another stop of the
#: route is the stop rather than one told alone (the same place named in a sentence before: "Abéché, near the border
#: with Sudan, was bigger. ... a convoy left Abéché for N'Djamena"); a sentence that leaves the place the route reached
#: keeps that origin, which :func:`_numbered` makes one stop with the place reached. Development theatres, leave one
#: theatre out (English, linkers retrained): route order 393 -> 405 of 751 stops agree, role 1139 -> 1140.
TWIN_TOLD = True


#: Whether a route's branches leave from (or reach) the stop the route keeps where one place is named twice in a row
#: (:func:`one_stop_each`), not the first of the two: "перекидає до Курської області підрозділи ... знімає підрозділи з
#: Запорізького та Харківського напрямків і перекидає їх на Курщину" is Харківського -> Курщину, a branch of
#: Запорізького -> Курщину, not Харківського -> Курської області.
TWINS_FIRST = True


#: Whether the country a route's end lies in, named as a destination in a later sentence of its paragraph that names
#: only it and places passed through, is the way in to that end, not a later leg ("на станцію Осиповичі прибув ешелон
#: із Росії ... Состав зайшов до Білорусі через Оршу": Росія -> Орша -> Осиповичі).
COUNTRY_OF_END = True


# Onward, further in: a leg after the end, not the way to it.
_ONWARD = re.compile(r"(?<![\w])(?:вглубь|вглиб|углиб|дальше|далее|далі|onwards?|further|deeper)(?![\w])", re.I)


def _on_way_to(items: Sequence[tuple[Reported, Resolved]], i: int, end: int) -> bool:
    """Whether stop *i*, told after the route's *end* in its paragraph, is passed on the way to it: a place passed
    through, or (:data:`COUNTRY_OF_END`) the country the end lies in."""
    if items[i][0].role == "via":
        return True
    ri, re_ = items[i][1], items[end][1]
    if not (COUNTRY_OF_END and items[i][0].role == "destination" and ri.precision == "country"
            and re_.precision != "country" and bool(ri.country) and ri.country == re_.country):
        return False
    # the way in is told with the place it passed through ("зайшов до Білорусі через Оршу"), not as a total ("до
    # Білорусі з початку місяця прибуло 20 ешелонів") or an onward leg ("відправили вглиб Росії через Воронеж")
    sent = items[i][0].sentence
    return (not _ONWARD.search(sent.text)
            and any(rep.role == "via" and rep.sentence == sent for rep, _res in items))


def _told_with(items: Sequence[tuple[Reported, Resolved]], chain: Sequence[int], i: int) -> bool:
    """Whether stop *i* of *chain* shares its sentence with a stop of the chain at another place."""
    rep = items[i][0]
    return any(items[k][0].sentence == rep.sentence and _key(*items[k]) != _key(*items[i]) for k in chain)


def _anaphor(item: tuple[Reported, Resolved]) -> bool:
    return item[0].mention.kind == "anaphor"


def _listed_after(items: Sequence[tuple[Reported, Resolved]], idx: Sequence[int], cues: Cues = ENGLISH) -> set[int]:
    """The places of a sentence that follow another of the same role in a list ("Chongjin, Hamhung and Musudan").

    Places listed side by side are alternatives or branches, not stops one after the other, so no leg is drawn
    between them: the first of a list joins the route; the others become branches from (or to) the route's shared
    end where branches are read (the English linker, :attr:`Cues.branches`), and stay stops without a route otherwise.
    """
    order = sorted(idx, key=lambda i: items[i][0].mention.start)
    out = set()
    for a, b in zip(order, order[1:]):
        ra, rb = items[a][0], items[b][0]
        between = ra.sentence.text[ra.mention.end - ra.sentence.start:rb.mention.start - ra.sentence.start]
        # places passed through are named in the order of travel ("through Zinder and Nguigmi to Mao")
        if ra.role == rb.role != "via" and cues.listed.fullmatch(between):
            out.add(b)
    return out


def chain_routes(items: Sequence[tuple[Reported, Resolved]], article: str,
                 cues: Cues = ENGLISH) -> Routes:
    """The routes of an article's stops: :attr:`Routes.numbered`, ``{index: (route, seq)}`` for the items that are
    stops of a route (others are not in it), and :attr:`Routes.also` for a stop of several.

    Parameters
    ----------
    items : the article's reported places with where they resolved, in text order.
    article : the article's name, which makes route names unique across articles.
    cues : the words of the article's language.

    >>> from geo.extract.records import Mention, Sentence
    >>> s1, s2 = Sentence(0, 30, "Ships left Sevastopol for Novorossiysk.", 0), Sentence(31, 60, "Then ...", 0)
    >>> a = Reported(Mention(11, 21, "Sevastopol"), s1, "origin")
    >>> b = Reported(Mention(26, 38, "Novorossiysk"), s1, "destination")
    >>> chain_routes([(a, Resolved(44.6, 33.5)), (b, Resolved(44.7, 37.8))], "a.txt").numbered
    {0: ('Sevastopol → Novorossiysk (a.txt)', 1), 1: ('Sevastopol → Novorossiysk (a.txt)', 2)}
    """
    chains: list[list[int]] = []
    current: list[int] | None = None
    last_par = -10
    moved: dict[int, tuple[str, int]] = {}  # id(chain) -> (what moved on it, its last paragraph)
    by_sentence: dict = {}
    for i, (rep, _res) in enumerate(items):
        if rep.role in ("origin", "via", "destination"):
            by_sentence.setdefault((rep.sentence.start, rep.sentence.end), []).append(i)
    for (_start, _end), whole in by_sentence.items():
        sent = items[whole[0]][0].sentence
        for part, idx in enumerate(stops_by_clause(items, whole, sent, cues)):
            if part:  # "..., with vehicles shipped from Marchwood to Paldiski": another movement
                current = None
            own = clauses(sent.text, cues)
            a, b = own[part] if len(own) > part else (0, len(sent.text))
            kind = cues.what(sent.text[a:b], items[idx[0]][0].mention.start - sent.start - a)[1]
            if current is not None and cues.goes_on.search(sent.text) and moved.get(id(current), ("",))[0] != kind:
                # "Kim later flew to ...": the movement goes on with what moved on it, not a shipment named between
                same = [c for c in chains if moved.get(id(c), ("", -10))[0] == kind
                        and sent.paragraph - moved[id(c)][1] <= 2]
                if same:
                    current, last_par = same[-1], moved[id(same[-1])][1]
            current, last_par = _chain_sentence(items, idx, sent, current, last_par, chains, cues,
                                                keep_listed=cues.branches)
            moved[id(current)] = (moved.get(id(current), (kind,))[0], last_par)
    if cues.branches:
        chains = [b for c in chains for b in branches(items, c, cues)]
    return _numbered(items, chains, article)


def branches(items: Sequence[tuple[Reported, Resolved]], chain: list[int], cues: Cues = ENGLISH) -> list[list[int]]:
    """*chain* (travel order) without the places listed after another end of the same role in one sentence, and a
    branch for each of them: a listed destination is reached from the stop before its list's first one, a listed
    origin leaves for the stop after it ("from Kidal and Tessalit to Bamako": Kidal -> Bamako, Tessalit -> Bamako; "с
    аэродромов Чкаловский и Северный в Алма-Аты": Чкаловский -> Алма-Аты, Северный -> Алма-Аты).
    """
    by_sent: dict = {}
    for k in chain:
        by_sent.setdefault(items[k][0].sentence, []).append(k)
    listed: set[int] = set()
    for idx in by_sent.values():
        listed |= _listed_after(items, idx, cues)
    if not listed:
        return [chain]
    main = [k for k in chain if k not in listed]
    head_of: dict[int, int] = {}
    for k in sorted(listed):
        rk = items[k][0]
        # the first of its list: the nearest earlier stop of the sentence with its role that is no list item
        heads = [m for m in by_sent[rk.sentence] if m not in listed and items[m][0].role == rk.role
                 and items[m][0].mention.start < rk.mention.start]
        if not heads:
            continue  # cannot happen: _listed_after lists a place only after a first one of its role
        head = max(heads, key=lambda m: items[m][0].mention.start)
        if _key(*items[head]) == _key(*items[k]):
            continue  # the list names its head again ("to Brest and Brest to Grodno"): no leg of its own
        head_of[k] = head
    if TWINS_FIRST:
        # lists are read on the chain as told (a list's head named again before it stays its head); then one place
        # named twice in a row is one stop, and a branch leaves from (or reaches) the twin the route keeps
        kept = one_stop_each(items, main)
        head_of = {k: _kept_twin(items, main, kept, h) for k, h in head_of.items()}
        main = kept
    out = [main]
    for k, head in head_of.items():
        p = main.index(head)
        # a leg from the shared end (or to it), not the whole route again
        if items[k][0].role != "origin":
            out.append(main[max(p - 1, 0):p] + [k])
            continue
        out.append([k] + main[p + 1:p + 2])
        # lists at both ends ("from Kharkiv and Sumy to Kupiansk and Izium"): one route per pair of ends (the
        # corpus's guideline), so a listed origin leaves for the listed ends after its next stop too
        if p + 1 < len(main):
            out += [[k, d] for d, h in head_of.items() if h == main[p + 1] and items[d][0].role != "origin"]
    return out


def _kept_twin(items: Sequence[tuple[Reported, Resolved]], chain: Sequence[int], kept: Sequence[int], i: int) -> int:
    """The stop of *kept* (:func:`one_stop_each` of *chain*) that stop *i* of *chain* was made one with: the one of
    its run of the same place in *chain* that was kept."""
    p = chain.index(i)
    run = [chain[p]]
    for step in (-1, 1):
        q = p + step
        while 0 <= q < len(chain) and _one_place(items, chain[q], i):
            run.append(chain[q])
            q += step
    return next((k for k in run if k in kept), i)


def clauses(text: str, cues: Cues = ENGLISH) -> list[tuple[int, int]]:
    """The (start, end) offsets of the clauses of sentence *text*, each with a movement of its own."""
    cuts = [m.start() for m in cues.own_clause.finditer(text)]
    return list(zip([0, *cuts], [*cuts, len(text)]))


def clause_of(text: str, at: int, cues: Cues = ENGLISH) -> int:
    """Which clause of its own movement of sentence *text* offset *at* lies in (split at ", with", ", while", ";",
    ", and move ...").

    >>> t = "900 soldiers are being sent to Tapa, with vehicles shipped from Marchwood to Paldiski."
    >>> clause_of(t, t.index("Tapa")), clause_of(t, t.index("Paldiski"))
    (0, 1)
    """
    return bisect.bisect_left(_cuts(text, cues.own_clause), at)


@functools.lru_cache(maxsize=256)
def _cuts(text: str, own_clause: re.Pattern) -> tuple[int, ...]:
    """Where the clauses of *text* start (after the first): found once per sentence, as the route model asks
    :func:`clause_of` for every pair of stops (quadratic on a long unsplit line otherwise)."""
    return tuple(m.start() for m in own_clause.finditer(text))


def stops_by_clause(items: Sequence[tuple[Reported, Resolved]], idx: list[int], sent,
             cues: Cues = ENGLISH) -> list[list[int]]:
    """The stops of a sentence by clause of their own movement (:func:`clause_of`)."""
    parts: dict[int, list[int]] = {}
    for i in idx:
        parts.setdefault(clause_of(sent.text, items[i][0].mention.start - sent.start, cues), []).append(i)
    return [parts[k] for k in sorted(parts)]


def _chain_sentence(items: Sequence[tuple[Reported, Resolved]], idx: list[int], sent, current: list[int] | None,
                    last_par: int, chains: list[list[int]], cues: Cues = ENGLISH,
                    keep_listed: bool = False) -> tuple[list[int] | None, int]:
    """Add one clause's origins and destinations to the current route or to a new one (appended to *chains*).

    Returns the route now current and the paragraph of the sentence. With *keep_listed*, places listed after
    another stay in the chain (in text order), for a caller that decided they belong to it.
    """
    listed = set() if keep_listed else _listed_after(items, idx, cues)
    origins = [i for i in idx if items[i][0].role == "origin" and i not in listed]
    dests = [i for i in idx if items[i][0].role in ("via", "destination") and i not in listed]
    before: list[int] = []
    for k, i in enumerate(dests):
        if k > 0:
            between = sent.text[items[dests[k - 1]][0].mention.end - sent.start:
                                items[i][0].mention.start - sent.start]
            if _reached_first(between, cues):
                before.append(i)
    # "arrived in Benghazi from Damascus, travelling via Minsk": a place passed through comes before the end of its
    # leg; "crossed into Kousseri, and then drove south through Garoua ... to Douala": Kousseri ends an earlier leg
    legs: list[list[int]] = [[]]
    for i in dests:
        if i in before:
            continue
        if legs[-1] and cues.next_leg is not None:
            last = items[legs[-1][-1]][0]
            if cues.next_leg.search(sent.text[last.mention.end - sent.start:items[i][0].mention.start - sent.start]):
                legs.append([])
        legs[-1].append(i)
    dests = list(before)
    for leg in legs:
        via = [i for i in leg if items[i][0].role == "via" or cues.via.match(items[i][0].cue)]
        dests += via + [i for i in leg if i not in via]
    stops = origins + dests
    near = current is not None and sent.paragraph - last_par <= 1
    starts_at_end = near and origins and _key(*items[origins[0]]) == _key(*items[current[-1]])
    # "Kim later flew to ...": an explicit "later/then/afterwards" reaches a paragraph further
    goes_on = (current is not None and sent.paragraph - last_par <= 2 and dests and not origins
               and cues.goes_on.search(sent.text))
    # "На аэродром Лунинец сели шесть Су-25. Прилетели из Миллерово.": the report goes on in its paragraph
    same_par = (cues.paragraph and current is not None and sent.paragraph == last_par and stops
                and not (origins and any(items[i][0].role == "origin" for i in current)))
    if starts_at_end or goes_on:
        if starts_at_end and not TWIN_TOLD:
            stops = stops[1:]  # (else kept: :func:`_numbered` makes the two one stop, at the telling of the movement)
        current.extend(stops)
    elif same_par:
        current[:0] = origins
        if VIA_BEFORE_END and dests and items[current[-1]][0].role == "destination" \
                and all(_on_way_to(items, i, current[-1]) for i in dests):
            # "Колонна ушла на Купянск. Шла через Шевченково.": the places passed through come before the end
            current[-1:-1] = dests
        else:
            current.extend(dests)
    else:
        current = list(stops)
        chains.append(current)
    last_par = sent.paragraph
    return current, last_par


#: Whether two stops at one gazetteer entry named in a row in a route stay two stops when the text prints two different
#: names ("from southern Taiwan to concealed positions in central Taiwan", "from the western Mediterranean towards the
#: eastern Mediterranean", "through the Sudzha border checkpoint ... into Sudzha"), rather than one; a noun referring
#: back ("the city") is one stop with the name it refers to either way, and so are names in Cyrillic, whose words
#: change with their case ("Курская область", "Курской области"). Development theatres, ten folds (English, models
#: retrained in each fold, the rules' sources and statuses): route order 885 -> 903 of 1,439 stops agree (20 more in 8
#: articles, 2 fewer in one), recall and precision unchanged (the stops were drafted either way; only their routes
#: change); the Russian and Ukrainian drafts are unchanged.
TWIN_NAMES = True
#: Whether two names of one gazetteer entry that name the same place whole ("Kyiv" then "Kiev", "Donetsk region" then
#: "Donetsk Oblast": :func:`_one_naming`) are one stop all the same, as :data:`TWIN_NAMES` meant parts of a place
#: printed apart, not two spellings of it. Development theatres, ten folds (English, models retrained in each fold):
#: recall, precision and traps unchanged, route order 553 stops wrong either way (one stop of two articles better, as
#: many worse), mode 270 -> 271 wrong; the Russian and Ukrainian drafts print Cyrillic twins as one stop already.
TWIN_SPELLINGS = True

_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.I)


def _printed(item: tuple[Reported, Resolved]) -> str:
    """The name a stop is printed under, lower-cased, without a leading "the"."""
    return re.sub(r"^the\s+", "", " ".join(item[0].mention.surface.lower().split()))


def _one_naming(item: tuple[Reported, Resolved], other: tuple[Reported, Resolved]) -> bool:
    """Whether two mentions of one gazetteer entry print two names of the same place ("Kyiv" and "Kiev", "Donetsk
    region" and "Donetsk Oblast"), not two parts of it: each names the entry itself, not a described area round it
    (``vague``: "a base near Kursk"), nor a facility placed by the town it is named after, and the gazetteer read the
    same part of it ("Taiwan (southern part)" is not "Taiwan (central part)") and the same kind of place, each name
    matched itself (:func:`_matched_itself`)."""
    (ra, a), (rb, b) = item, other
    return (ra.mention.kind == rb.mention.kind == "place" and bool(a.name) and a.name == b.name and a.kind == b.kind
            and a.precision == b.precision and _matched_itself(a) and _matched_itself(b))


def _matched_itself(res: Resolved) -> bool:
    """Whether the gazetteer matched the printed name itself (exactly or as an alias), not a place it stands by: no
    facility placed at its town ("Mieso station"), nor a village it lacks placed near a town the text names."""
    return res.match.split(" ", 1)[0] in ("exact", "alias") and not re.search(r"\bplaced\b|named after", res.match)


def _one_place(items: Sequence[tuple[Reported, Resolved]], i: int, k: int) -> bool:
    """Whether stops *i* and *k*, named in a row in a route, are one stop (:data:`TWIN_NAMES`)."""
    if _key(*items[i]) != _key(*items[k]):
        return False
    a, b = _printed(items[i]), _printed(items[k])
    return (not TWIN_NAMES or a == b or _anaphor(items[i]) or _anaphor(items[k])
            or bool(_CYRILLIC.search(a) or _CYRILLIC.search(b))
            or (TWIN_SPELLINGS and _one_naming(items[i], items[k])))


def one_stop_each(items: Sequence[tuple[Reported, Resolved]], chain: Sequence[int]) -> list[int]:
    """*chain* with each run of one place named twice or more in a row made one stop: the mention that prints its
    name rather than a noun referring back (:data:`TWIN_NAMED`), the telling of the movement rather than a mention
    told alone (:data:`TWIN_TOLD`), else the first."""
    seen: list[int] = []
    for i in chain:
        if not seen or not _one_place(items, seen[-1], i):
            seen.append(i)
        elif TWIN_NAMED and _anaphor(items[seen[-1]]) and not _anaphor(items[i]):
            # "moved fighters from Khan Younis into Rafah after the IDF withdrew from the city": the stop is
            # where its name is printed, not the noun that refers back to it
            seen[-1] = i
        elif TWIN_TOLD and not _told_with(items, chain, seen[-1]) and _told_with(items, chain, i) \
                and _anaphor(items[i]) <= _anaphor(items[seen[-1]]):
            # "Abéché, near the border with Sudan, was bigger. ... a convoy left Abéché for N'Djamena": the stop is
            # the telling of the movement, the one that shares its sentence with another stop of the route
            seen[-1] = i
    return seen


@dataclass(frozen=True)
class Routes:
    """The routes of an article's stops: in :attr:`numbered` ``{index: (route, seq)}``, and in :attr:`also` the
    further routes of a stop that starts or ends several branches ("from Izium to Sviatohirsk and Lyman": Izium is
    the start of two routes), ``{index: [(route, seq)]}``; ``geo extract`` writes such a stop once per route."""

    numbered: dict[int, tuple[str, int]]
    also: dict[int, list[tuple[str, int]]]


def _label(item: tuple[Reported, Resolved]) -> str:
    """What a route's name calls its stop: the name as printed, or for a noun referring back ("the village") the
    place it names, as the stop's row gives it."""
    rep, res = item
    return res.name or rep.mention.surface if rep.mention.kind == "anaphor" else rep.mention.surface


def _numbered(items: Sequence[tuple[Reported, Resolved]], chains: list[list[int]],
              article: str) -> Routes:
    """Name each route of two stops or more and number its stops (a stop already in a route is filed under
    :attr:`Routes.also` for the next)."""
    numbered: dict[int, tuple[str, int]] = {}
    also: dict[int, list[tuple[str, int]]] = {}
    used: set[str] = set()
    for chain in chains:
        seen = one_stop_each(items, chain)
        if len(seen) < 2:
            continue
        base = f"{_label(items[seen[0]])} → {_label(items[seen[-1]])} ({article})"
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base} #{n}"
        used.add(name)
        for seq, i in enumerate(seen, 1):
            if i in numbered:
                also.setdefault(i, []).append((name, seq))
            else:
                numbered[i] = (name, seq)
    return Routes(numbered, also)
