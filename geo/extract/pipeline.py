"""One article in, draft rows out: the stages joined, evidence carried along.

text -> sentences -> place mentions -> roles -> resolved places -> routes ->
rows. Each stage is its own module and testable alone; this one only joins
them and decides which facts of a sentence go to which of its places.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..gazetteer.common import haversine_km
from ..geocoders.base import Geocoder
from .language import Stages, detect, stages
from .records import MOVING_ROLES, REPORTED_ROLES, Article, Mention, Reported, Resolved, Sentence
from .resolve import LIST_JOIN, is_capital, lacks_place, resolve
from .route_model import shipped as shipped_routes
from .routes import chain_routes, clause_of, clauses, stops_by_clause
from .rows import to_check
from . import memo, source_model
from .attribution import own_label
from .dates import date_word
from .what import fill as fill_what, load_span, new_force


# A sentence that goes on with the report of the one before ("Afterwards, they were flown ..."),
# and so with its source.
_GOES_ON = re.compile(r"^\W*(?:they|them|their|he|she|it|its|afterwards?|after\s+that|then|later|from\s+there|"
                      r"there|subsequently|also|additionally|in\s+addition|these|those|this|the\s+same|"
                      r"once|meanwhile)\b", re.I)


def _undated(sent: Sentence, datelines) -> str:
    """The sentence with any dateline blanked out: "KYIV, March 3 (Reuters) -" dates the article, not the event."""
    text = sent.text
    for a, b, _agency in datelines:
        if a < sent.end and b > sent.start:
            lo, hi = max(a, sent.start) - sent.start, min(b, sent.end) - sent.start
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


#: Whether a sentence that names its source by what it is ("..., the fleet said") carries the body named so before
#: ("the Pacific Fleet") rather than whoever spoke last (English).
REFERENCE_NAMED = True


def _named_before(src: str, reporting: list[tuple[int, str]]) -> str | None:
    """The fuller name an article gave before to the body *src* names by what it is ("Russia's defence ministry" for
    "the defence ministry"), or None."""
    words = src.split()
    if len(words) < 2 or words[0].lower() != "the" or not all(w.islower() for w in words[1:]):
        return None
    tail = " " + " ".join(words[1:]).lower()
    for _k, name in reversed(reporting):
        if name.lower().endswith(tail) and name.lower() != src.lower():
            return name
    return None


def _in_quote(text: str, sentences: Sequence[Sentence], k: int) -> bool:
    """Whether sentence *k* is (inside) a quotation: it opens one, or one opened before it in its paragraph is open."""
    sent = sentences[k]
    if sent.text[:1] in "\"“‘«„":
        return True
    first = k
    while first > 0 and sentences[first - 1].paragraph == sent.paragraph:
        first -= 1
    before = text[sentences[first].start:sent.start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»")


def _choose_source(choose, sentences: Sequence[Sentence], sources: list, k: int, reporting: list[tuple[int, str]],
                   offers: list, rule: str, voice: str, kind_of_voice: str, st: Stages, text: str,
                   agency: str = "") -> str:
    """The source the chooser *choose* takes for sentence *k* among the voices on offer (:mod:`source_model`):
    the rules' *offers*, the two nearest attributions before it (*reporting*), the next one in its paragraph, the
    article's *voice* and its dateline's *agency*; *rule* is what the rules chose."""
    sent = sentences[k]
    offers = list(offers)
    named = [(j, s) for j, s in reporting if j < k]
    seen: set[str] = set()
    for j, s in reversed(named):
        if s in seen:
            continue
        seen.add(s)
        offers.append(("earlier" if len(seen) == 1 else "earlier2", s, k - j,
                       sent.paragraph - sentences[j].paragraph, sentences[j].text))
        if len(seen) == 2:
            break
    for j in range(k + 1, len(sentences)):
        if sentences[j].paragraph != sent.paragraph:
            break
        if sources[j]:
            offers.append(("later", sources[j], k - j, 0, sentences[j].text))
            break
    if not any(o[0] in ("own", "reference") for o in offers) and (named_here := st.reference(sent.text)):
        if REFERENCE_NAMED and st.lang == "en":
            # "according to the channels": the channels named before, by their full name (which says what they are)
            named_here = _named_before(named_here, named) or named_here
        offers.append(("reference", named_here, 0, 0, sent.text))  # "The army said ...", with others named before
    # the article's own label is no voice: it is offered only where the sentence, its carry or its quote's speaker
    # gives none (a speaker printed in the sentence is never set aside for it)
    if not (kind_of_voice == "label" and any(o[0] in ("own", "carried", "reference", "quote") for o in offers)):
        offers.append(("voice", voice, 0, 0, ""))
    if agency and agency != voice and source_model.AGENCY:
        # a wire that speaks with its lead's source (or its author's) still reports on its own what nobody is said
        # to say: the dateline's agency is a voice too
        offers.append(("agency", agency, 0, 0, ""))
    first = k == 0 or sentences[k - 1].paragraph != sent.paragraph
    choice = source_model.Choice(
        text=sent.text, rule=rule, candidates=source_model.candidates(offers), first=first, lead=k < 3,
        refers_back=bool(st.refers_back(sent.text)), goes_on=bool(st.goes_on.match(sent.text)),
        in_quote=_in_quote(text, sentences, k), voice_kind=kind_of_voice, lang=st.lang, span=(sent.start, sent.end))
    return choose.choose(choice) or rule


#: How far a source carries to the sentences after it that name none: "article" (the nearest attribution before,
#: wherever it is), "paragraph" (only the sentences that go on with it, in its paragraph, or refer back to it), or
#: "voice": "paragraph" when the article prints a voice of its own (a byline, a masthead, the dateline's agency,
#: ``--source``), which then speaks for the sentences nobody is said to say (the corpus's guideline), else
#: "article". Chosen on the corpus's development theatres: source agreement 0.49 ("article") -> 0.55 ("voice");
#: carrying to the whole paragraph when there is a voice instead gains nothing (0.55), "paragraph" alone 0.52.
#: Where the source model chooses (English, :mod:`geo.extract.source_model`), this rule's choice is one of the
#: candidates and one of its features.
SOURCE_CARRY = "voice"
#: How many sentences before a statement are read for the forces it speaks of when it names none
#: (:func:`geo.extract.attribution.settle_status`, English).
CONTEXT_BEFORE = 1
#: What moved, when its clause names it only after the place or not at all: the first phrase after the place, else
#: the last one named before in the paragraph, else the route's (chosen on the corpus's development theatres:
#: agreement of ``moved`` 0.52 -> 0.61), else the article's (:func:`geo.extract.what.fill`).
WHAT_FALLBACK = True
#: When a stop's sentence says nothing of how it went: "none" (unknown) or "route" (the mode of the other stops of
#: its route, else of the sentences before it in its paragraph). Chosen on the development theatres
#: (leave-one-theatre-out): mode agreement 0.61 -> 0.70.
MODE_CARRY = "route"
#: Whether a stop whose sentence names a new force of its own ("Ukrainian forces entered Izium", "About 300 soldiers
#: were redeployed to Kandi": no "the", no pronoun; :func:`geo.extract.what.new_force`, English) keeps ``unknown``
#: rather than the vehicle of the sentences before it in its paragraph, which tell another movement. Its route's mode
#: still carries (tried also for the route: it lost). Shipped-model development drafts: mode 993 -> 1002 of 1159
#: (12 rows right, 3 wrong).
NEW_FORCE = True


#: Whether a noun alone that names a place again ("the town", "the airport") is read as that place
#: (:mod:`geo.extract.anaphora`; Russian and Ukrainian: :mod:`geo.extract.slavic.anaphora`, as its stages say).
ANAPHORA = True


@dataclass(frozen=True)
class Options:
    """What the command line adds to every article: ``--date``, ``--source``, ``--url``, ``--all``, ``--lang``
    (None: each article's own, :func:`geo.extract.language.detect`)."""

    date: str | None = None
    source: str = ""
    url: str = ""
    all: bool = False
    lang: str | None = None


def _finder() -> Callable[[str], list[Mention]]:
    from .recognize import find_places

    return find_places


def _within(place: Resolved, region: Resolved) -> bool:
    """Whether *place* may lie inside *region* (a country: the same country, which the caller checks; a region: within
    its radius of its point, a fifth more for its shape)."""
    if region.precision != "region" or not region.radius_km or place.lat is None or region.lat is None:
        return True
    return float(haversine_km(place.lat, place.lon, region.lat, region.lon)) <= 1.2 * region.radius_km


def _approximate_town(res: Resolved) -> bool:
    """Whether *res* is a settlement the gazetteer places only near where it is (:mod:`geo.gazetteer.katottg`'s
    villages, drawn with region precision round their hromada's centre, which is often the very town named beside
    them): a town, not an area that may contain another place."""
    return (res.precision == "region" and (res.ref or "").startswith("katottg:")
            and not (res.name or "").lower().endswith(("hromada", "громада")))


def _demote_containers(items: list[tuple[Reported, Resolved]], text: str,
                       between: frozenset = frozenset((",", "in", ", in"))) -> list[tuple[Reported, Resolved]]:
    """A country (or a region) reported with a place inside it in the same sentence only contains it.

    "deployed in Russia ... at military bases in Vladivostok": the row is Vladivostok.
    "Khabarovsk, Russia", "Gomel in Belarus": the country says where the town is; so does a
    described area right after a place ("deployed to Dzhankoi in northern Crimea").
    """
    out = list(items)
    for i, (rep, res) in enumerate(items):
        if rep.role not in REPORTED_ROLES or res.precision not in ("country", "region", "area") or not res.country:
            continue
        if _approximate_town(res):
            continue  # a village drawn round its hromada's centre contains nothing ("near Hlyboke, north of Lyptsi")
        finer = ("city", "point", "region", "area") if res.precision == "country" else ("city", "point")
        # An area may be a stop of its own elsewhere in the sentence ("... then to a camp in western Russia").
        inside = [] if res.precision == "area" else [
            r for j, (r, s) in enumerate(items) if j != i and r.sentence == rep.sentence
            and r.role == rep.role and s.country == res.country and s.precision in finer and _within(s, res)]
        # only a finer place before it, and one inside it: "Воронежской, Липецкой и Тамбовской областей" is a list
        # of three regions, "под Тихорецк, в Брянскую область" two stops
        comma = i > 0 and text[items[i - 1][0].mention.end:rep.mention.start].strip() in between \
            and items[i - 1][1].country == res.country and items[i - 1][0].role in REPORTED_ROLES \
            and items[i - 1][1].precision in finer and _within(items[i - 1][1], res)
        if inside or comma:
            out[i] = (Reported(rep.mention, rep.sentence, "mention", "container"), res)
    return out


# What lies between a stop and the town it is placed by: "the Machulishchy air base near Minsk".
_NEAR_BETWEEN = re.compile(r"(?:[ \t]+(?:air[ \t]*base|airbase|base|airfield|airport|camp|port|village|town|"
                           r"training[ \t]+ground|range|depot|station|region|oblast|province|district))*[ \t]*,?[ \t]*"
                           r"(?:near|outside|close[ \t]+to)"
                           r"[ \t]+(?:the[ \t]+)?(?:(?:border|frontier)[ \t]+(?:with|of)[ \t]+(?:the[ \t]+)?)?")
#: How near (km) the town a stop is placed by must be to read as a landmark rather than a second stop.
_LANDMARK_KM = 150.0
#: The radius (km) of the area drawn for a place the gazetteer lacks, "near" a town the text names.
_NEAR_KM = 30.0


def _demote_landmarks(items: list[tuple[Reported, Resolved]], text: str,
                      near: re.Pattern | None = None) -> list[tuple[Reported, Resolved]]:
    """A town named only to place the stop before it is no stop of its own.

    "landed at the Machulishchy air base near Minsk": the row is Machulishchy; Minsk says where it is.
    """
    out = list(items)
    for i in range(1, len(items)):
        (prev, pres), (rep, res) = out[i - 1], items[i]
        if (prev.role not in REPORTED_ROLES or prev.sentence != rep.sentence
                or not (near or _NEAR_BETWEEN).fullmatch(text, prev.mention.end, rep.mention.start)):
            continue
        if pres.lat is None:
            # "the Maaten al-Sarra air base near the border with Chad": the stop is the facility, which the gazetteer
            # lacks; what it is near is no stop (a town it is near places it, roughly, for the reviewer to check),
            # whatever role the town was read in ("normally based at Dzyomgi, near Komsomolsk-on-Amur")
            # not by a possessive ("near Kinshasa's front line"), nor by a capital read as no stop, which is named
            # as its government more often than as a place (see resolve.is_capital)
            if (res.lat is not None and res.precision in ("city", "point")
                    and not _POSSESSIVE.match(text, rep.mention.end)
                    and (rep.role in REPORTED_ROLES or not is_capital(res))):
                out[i - 1] = (prev, Resolved(res.lat, res.lon, res.country, "area", _NEAR_KM, res.ref, res.name,
                                             to_check(pres.match, f"placed near {res.name}, where the text puts it"),
                                             res.score))
            if rep.role in REPORTED_ROLES:
                out[i] = (Reported(rep.mention, rep.sentence, "mention", "landmark"), res)
            continue
        if rep.role not in REPORTED_ROLES:
            continue
        # an area ("near the Ukrainian border") places the stop anywhere within its reach
        reach = _LANDMARK_KM + ((res.radius_km or 0.0) if res.precision in ("area", "region") else 0.0)
        if res.lat is None or float(haversine_km(pres.lat, pres.lon, res.lat, res.lon)) > reach:
            continue
        out[i] = (Reported(rep.mention, rep.sentence, "mention", "landmark"), res)
    return out


# A facility named before the place that says where it is: "took off from Mozdok air base in North Ossetia", "a stop
# at Lajes Field in the Azores", "Rose Barracks in Vilseck", "the Kharb-Maidon training ground in the Khatlon region".
# The facility's name is capitalised words, a number among them after the first ("the Tower 22 outpost", "Air Base
# 101"), before a word of facility, or a word of facility before them ("Camp Fuji", "Fort Lee", "Port Irene"); a count
# is no name ("deployed 300 troops to 2 bases in Tajikistan": the country is the stop). A word of nationality before
# it names no facility ("the Polish air base at Rzeszów", where Rzeszów is the base), nor does an owner's abbreviation
# ("U.S. bases in Hasakah", "the UN camps in Kidal": the town is the stop). A command is a facility where it is a
# seat ("the navy's Western Command in Palawan", "the Armor Training Command at Hukou"), but no facility as the body
# something belongs to ("troops of the Joint Forces Command in Kramatorsk": the town is where its forces are); a
# zone only as a naval or military one ("the First Naval Zone in Bandar Abbas", not "the operation zone in Donbas").
_FACILITY_WORD = (r"(?:air[ \t]*base|air[ \t]+station|air[ \t]+field|airport|airfield|airstrip|field|naval[ \t]+base|"
                  r"base|port|harbou?r|range|training[ \t]+(?:ground|area|range|cent(?:re|er))|camp|barracks|station|"
                  r"depot|arsenal|plant|shipyard|outpost|crossing|checkpoint|terminal|(?:naval|military)[ \t]+zone|command)s?")
_CAP_WORD = (r"(?-i:(?<![\w'’.-])(?!(?:[A-Z][a-z]*(?:ian|ean|ish|ese)|American|African|Mexican|Israeli|Iraqi|Pakistani|Saudi|"
             r"Emirati|Yemeni|Kuwaiti|Qatari|Omani|Somali|French|Dutch|Thai|Greek|Czech)\b|[A-Z][A-Z.]+(?![\w'’-]))"
             r"[A-Z][\w'’.-]*)")
_NAME_WORD = rf"(?:{_CAP_WORD}|\d+)"
_NAMED_FACILITY_BEFORE = re.compile(
    rf"(?:{_CAP_WORD}(?:[ \t]+{_NAME_WORD})*[ \t]+{_FACILITY_WORD}"
    rf"|(?-i:Camp|Fort|Port|RAF|Naval[ \t]+Station|Joint[ \t]+Base|Air[ \t]+Base)(?:[ \t]+{_NAME_WORD})+)"
    rf"[ \t]*,?[ \t]+(?:in|at|near|outside|close[ \t]+to)[ \t]+(?:the[ \t]+)?$", re.I)
_FACILITY_IN_NAME = re.compile(rf"\b{_FACILITY_WORD}\b", re.I)
# "of the Joint Forces Command": a command named as the body something belongs to, no seat
_COMMAND = re.compile(r"\bcommands?\b", re.I)
_OF_BODY = re.compile(r"\bof[ \t]+(?:the[ \t]+)?(?:[\w'’.-]+[ \t]+){0,5}$", re.I)
#: Whether a place named right after a named facility ("Mozdok air base in North Ossetia") is read as only placing it
#: (English; a study's switch).
FACILITY_TOWNS = True


def _demote_facility_towns(items: list[tuple[Reported, Resolved]], text: str) -> list[tuple[Reported, Resolved]]:
    """A place named only to say where a named facility is, is no stop of its own (the corpus's ``landmark``).

    "the Il-76 took off from Mozdok air base in North Ossetia": the stop is the air base; North Ossetia says where it
    is. A place that is a facility itself ("headquarters at Camp Courtney") or one the gazetteer places as a point
    stays.
    """
    out = list(items)
    for i, (rep, res) in enumerate(items):
        if rep.role not in REPORTED_ROLES or res.precision == "point" or _FACILITY_IN_NAME.search(rep.mention.surface):
            continue
        lo = max(rep.sentence.start, rep.mention.start - 90)
        m = _NAMED_FACILITY_BEFORE.search(text, lo, rep.mention.start)
        if m and not (_COMMAND.search(m.group(0)) and _OF_BODY.search(text, max(rep.sentence.start, m.start() - 60),
                                                                        m.start())):
            out[i] = (Reported(rep.mention, rep.sentence, "mention", "landmark"), res)
    return out


# The place a strike or an attack is aimed at ("missiles have struck the rail yards at Melitopol", "Ukrainian shelling
# of Belgorod", "strikes on targets around Hodeidah", "an operation targeting Ben Gurion airport"). Not where the
# attackers are ("units attacked south-east of Sudzha", "attacked near the villages of ...": no object), nor a place
# the words between say forces hold ("attacked SDF positions at the Tishrin Dam": the defenders are present), nor
# where vehicles "hit roadside bombs" on their way; no preposition of movement stands between.
_STRUCK = re.compile(r"\b(?:strikes?[ \t]+(?:on|against)|attacks?[ \t]+(?:on|against)|raids?[ \t]+on|"
                     r"fired[ \t]+(?:on|at)|(?:shelling|bombing)[ \t]+of|"
                     r"(?:struck|hit|hits|shelled|shelling|bombed|bombing|attacked|targeted|targeting|targets)"
                     r"(?![ \t]+(?:near|in|at|around|outside|inside|along|across|over|towards?|from|into|back|"
                     r"[\w-]*(?:north|south|east|west)[\w-]*|roadside|mines?|bombs?|IEDs?)\b))"
                     r"(?:[ \t]+(?!(?:from|to|into|towards?|via|through|and|or|positions?|troops|forces|units|soldiers|"
                     r"fighters|convoys?|columns?|vehicles)\b)[\w'’-]+,?){0,4}[ \t]+$", re.I)
# Where a missile, rocket or drone was launched from ("a missile launched from Yemen"): the launch area, no origin unless
# launchers were moved there.
_LAUNCHED_FROM = re.compile(r"\b(?:missiles?|rockets?|drones?|projectiles?|munitions?)\b[^.;:]{0,40}?"
                            r"\b(?:launched|fired)[ \t]+from(?:[ \t]+[\w'’-]+){0,3}?[ \t]+$", re.I)
#: Whether the place struck and the launch area are read as no stops (English; a study's switch).
STRUCK = True
# a verb of striking in the passive ("Russian troops were shelled by Ukrainian artillery in Kupiansk", "a convoy was
# hit by drones outside Pokrovsk"): its subject is struck where it is, so the place is where forces are, no target
_STRUCK_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|got|get|gets)[ \t]+(?:\w+ly[ \t]+)?$", re.I)
_STRUCK_VERB = re.compile(r"(?:struck|hit|shelled|bombed|attacked|targeted|fired)\b", re.I)
_STRUCK_BY = re.compile(r"(?:struck|hit|shelled|bombed|attacked|targeted|fired[ \t]+(?:on|at))[ \t]+by\b", re.I)


def _struck_before(text: str, lo: int, at: int) -> bool:
    """Whether the words before ``text[at:]`` (from *lo*) say the place is struck (:data:`_STRUCK`), not where forces
    that were struck are (a verb of striking in the passive, or followed by "by")."""
    m = _STRUCK.search(text, lo, at)
    if not m or _STRUCK_BY.match(text, m.start()):
        return False
    return not (_STRUCK_VERB.match(text, m.start()) and _STRUCK_PASSIVE.search(text, lo, m.start()))


def _demote_struck(items: list[tuple[Reported, Resolved]], text: str) -> list[tuple[Reported, Resolved]]:
    """The place a strike is aimed at, and the area a missile was launched from, are no stops (the corpus's
    guideline: strikes and attacks are no movements of forces)."""
    out = list(items)
    for i, (rep, res) in enumerate(items):
        if rep.role not in REPORTED_ROLES:
            continue
        lo = max(rep.sentence.start, rep.mention.start - 80)
        if _struck_before(text, lo, rep.mention.start) or _LAUNCHED_FROM.search(text, lo, rep.mention.start):
            out[i] = (Reported(rep.mention, rep.sentence, "mention", "struck"), res)
    return out


#: Whether, in a clause that names where a movement started but no place it went to or through, the one place where
#: forces are said to be after that origin is where the movement ended: "выдвинулись из района Клещеевки и закрепились
#: на западной окраине Часова Яра", "перевела часть флота из Севастополя на базу в Новороссийске" (the corpus draws an
#: origin and a destination, one route; the role model reads the second place as a presence, which left the origin a
#: route of one stop). Not past a new subject or a clause told by someone (:data:`_PRESENCE_APART`).
PRESENCE_ENDS = True

#: What, between an origin and a place where forces are, says the place is another force's position or another
#: clause, not where the movement ended: "Russian forces left Kherson, and Ukrainian troops remain in Mykolaiv",
#: "withdrew from Bakhmut while Wagner stayed in Soledar", "..., the commander said, adding that other units are
#: still in Pokrovsk", a quotation; "ушли из Херсона, а украинские подразделения остаются в Николаеве", "...,
#: сообщил командир, добавив, что другие части ... в Покровске".
_PRESENCE_APART = re.compile(
    r"""["\u201c\u201d\u201e\u00ab\u00bb]"""
    r"|\b(?:while|whereas|but|adding|added|said|says|say|told|according|others)\b"
    # another force, not "the other side of the river"
    r"|\b(?:other|another)\s+(?:units?|troops|forces|brigades?|battalions?|soldiers|ships|vessels)\b"
    r"|,\s+and\s+(?:(?:the|a|an|its|their|his|her|other|some|many)\b|[A-Z]|\w+\s+(?:troops|forces|units|soldiers)\b)"
    r"|,\s+(?:а|но|але|однак|однако)\b|\b(?:тогда|тоді)\s+(?:как|як)\b|\bв\s+то\s+время\s+как\b|\bпоки\b"
    r"|\b(?:добавив|додавши|додав|другие|другими|інші|іншими)\b"
    r"|\b(?:сообщил|сообщила|сообщили|заявил|заявила|заявили|сказал|сказала|сказали|отметил|отметила|передает"
    r"|передаёт|говорит|по\s+словам|по\s+данным|повідомив|повідомила|повідомили|заявив|сказав|зазначив"
    r"|зазначила|каже|за\s+словами|за\s+даними)\b")


def _presence_ends(items: list[tuple[Reported, Resolved]], cues) -> list[tuple[Reported, Resolved]]:
    """*items* with the presence an origin's movement ended at made its destination (:data:`PRESENCE_ENDS`)."""
    by_sentence: dict[int, tuple[Sentence, list[int]]] = {}
    for i, (rep, _res) in enumerate(items):
        if rep.role in REPORTED_ROLES:
            by_sentence.setdefault(rep.sentence.start, (rep.sentence, []))[1].append(i)
    out = list(items)
    for sent, idx in by_sentence.values():
        for part in stops_by_clause(items, idx, sent, cues):
            roles = [items[i][0].role for i in part]
            if "origin" not in roles or "via" in roles or "destination" in roles:
                continue
            first = min((items[i][0] for i in part if items[i][0].role == "origin"), key=lambda r: r.mention.start)
            after = [i for i in part
                     if items[i][0].role == "presence" and items[i][0].mention.start > first.mention.start]
            if len(after) != 1:
                continue
            rep, res = items[after[0]]
            if _PRESENCE_APART.search(sent.text, first.mention.end - sent.start, rep.mention.start - sent.start):
                continue
            out[after[0]] = (Reported(rep.mention, rep.sentence, "destination", rep.cue), res)
    return out


def _carry_modes(rows: list[dict], sentences: Sequence[Sentence], find_mode: Callable[..., str],
                 new_force: Callable[[str, int], bool] | None = None) -> None:
    """A moving stop whose sentence says nothing of how it went takes its route's mode, else its paragraph's (not when
    *new_force* says its sentence names a force of its own).

    "Launchers were loaded onto flatcars at Sanitz. They reached Wedrzyn on 24 January": rail.
    """
    # a route's mode carries on to its later legs until the text names another (the corpus's convention), never
    # back to the legs before it (a stop told before the vehicle is named takes its paragraph's mode, if any)
    last: dict[str, str] = {}
    carried: list[tuple[dict, str]] = []
    for r in rows:
        own = r["mode"] not in ("", "unknown")
        if r["route"] and own:
            last[r["route"]] = r["mode"]
        if r["role"] in ("via", "destination") and not own:
            carried.append((r, last.get(r["route"], "") if r["route"] else ""))
    for r, mode in carried:
        if not mode:  # the sentences before in its paragraph, nearest first
            at = r["start"]
            k = next((k for k, s in enumerate(sentences) if s.start <= at < s.end), None)
            if k is not None and NEW_FORCE and new_force is not None and new_force(sentences[k].text,
                                                                                   at - sentences[k].start):
                k = None  # a new force of its own: another movement than the sentences before tell
            if k is not None:
                for j in range(k - 1, -1, -1):
                    if sentences[j].paragraph != sentences[k].paragraph:
                        break
                    m = find_mode(sentences[j].text)
                    if m != "unknown":
                        mode = m
                        break
        if mode:
            r["mode"] = mode


# What joins a place to the area after it that says where it is: "Zaslonovo, Vitebsk region", "Kremyanoe in the
# Kursk region", "Lebedevka, in Sumy oblast", "the Goli border post in Nebbi district" (the facility's noun outside
# its name), "Paletwa township in neighbouring Chin state".
_IN_WORDS = (r"(?:[ \t]+(?:air[ \t]*base|airbase|base|airfield|airstrip|airport|camp|port|village|town|"
             r"training[ \t]+(?:ground|area)|range|depot|station|border[ \t]+(?:post|crossing)|crossing|checkpoint))*"
             r"[ \t]*(?:,[ \t]*)?(?:(?:in|inside|within)[ \t]+)?(?:(?:the|neighbouring|neighboring)[ \t]+)?")
# "Hpa-an, the capital of Karen State", "Kavumu, the airport serving Bukavu", "Zelvo, a village in Nebbi district":
# a description of the place, naming the area it is in or the town it serves
# (a few words that describe the place itself before its noun; not "the sister city of", "the largest town outside")
_DESCRIBING = (r"(?:(?:small|smaller|little|border|frontline|front-line|nearby|neighbouring|neighboring|key|strategic|"
               r"provincial|district|regional|rural|coastal|mountain|mining|garrison|port|military|southern|northern|"
               r"eastern|western|south-eastern|south-western|north-eastern|north-western|southeastern|southwestern|"
               r"northeastern|northwestern|central|main|local|former|nearest|remote|tiny)[ \t]+){0,2}")
_DESCRIBED_IN = (r"[ \t]*,[ \t]*(?:a|an|the)[ \t]+" + _DESCRIBING + r"(?:capital|town|city|village|settlement|suburb|"
                 r"district|airport|airfield|air[ \t]*base|base|port|harbou?r|crossing)[ \t]+"
                 r"(?:of|in|serving|near|outside)[ \t]+(?:the[ \t]+)?")
_IN_BETWEEN = re.compile(f"{_IN_WORDS}|{_DESCRIBED_IN}", re.I)
# "Tamanrasset's Aguenar air base": a town's possessive before a place names the town it belongs to
_OWNER_BETWEEN = re.compile(r"['’]s[ \t]+")
# Russian and Ukrainian: "в", "у", "на" before an area in the locative ("полигон Харб-Майдон в Хатлонской области",
# "станция Вишестеблиевская на Таманском полуострове", "авіабаза Ель-Лібертадор у Маракаї"); in the accusative the
# area is where a movement goes ("из Параку в Маланвиль"), no container.
_IN_BETWEEN_SLAVIC = re.compile(r"[ \t]*,?[ \t]*(?:в|во|у|на)[ \t]+", re.I)
# A facility's noun right before the place: only a facility is put "in" a city ("авиабаза Эль-Либертадор в Маракае")
_SLAVIC_FACILITY_BEFORE = re.compile(r"(?:полигон|полігон|аэродром|аеродром|авиабаз|авіабаз|база|базу|базы|базі|базе|"
                                     r"станци|станці|порт|городок|городка|городке|гарнизон|гарнізон|"
                                     r"военн\w*[ \t]+город)"
                                     r"\w*[ \t]*[«\"]?$", re.I)
# "Kinshasa's front line", "Kigali’s allies", "the Marines' base": a possessive, no place something is in or near
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])(?!\w)")


def _contains(text: str, inner: Mention, area: Mention, lang: str, area_precision: str = "") -> bool:
    """Whether the text puts *inner* in *area*, named right after it ("Zaslonovo, Vitebsk region"; in Russian and
    Ukrainian "в"/"у"/"на" and an area whose words agree only on the locative: "в Хатлонской области", not
    "в Маланвиль", whose words may be an accusative)."""
    if _POSSESSIVE.match(text, area.end):
        return False  # "the first town in Uvira's path": the area only qualifies the place's real head
    if date_word(area.surface):
        return False  # "Kupiansk, Izium and Lyman in March": a date, whatever the gazetteer holds of the name
    if _IN_BETWEEN.fullmatch(text, inner.end, area.start):
        return True
    if lang not in ("ru", "uk") or not _IN_BETWEEN_SLAVIC.fullmatch(text, inner.end, area.start):
        return False
    if "," in text[inner.end:area.start]:
        return False  # ", в Москве это назвали ...": a new clause, where something was said or done
    if area_precision == "city" and not _SLAVIC_FACILITY_BEFORE.search(text, max(0, inner.start - 40), inner.start):
        return False  # a village is rarely "in" a city; statements are often made "в Москве"
    from .slavic import morph

    own = frozenset.intersection(*(morph.cases(w, lang) or frozenset({"?"}) for w in area.surface.split()))
    return bool(own & {"loct", "loc2"}) and "accs" not in own


#: Whether the area after a list of names places the list's earlier names the gazetteer lacks too.
LIST_IN_CONTAINER = True


def _place_by_container(items: list[tuple[Reported, Resolved]], text: str,
                        lang: str = "en") -> list[tuple[Reported, Resolved]]:
    """A stop the gazetteer cannot place is drawn as the area the text puts it in, for the reviewer to pin.

    "from its permanent base at Zaslonovo, Vitebsk region": Zaslonovo is drawn as the Vitebsk region (an area of
    its size), its ``match`` saying so; the region, which only says where it is, is no stop of its own.
    """
    out = list(items)
    for i in range(len(items) - 1):
        (rep, res), (nxt, nres) = out[i], out[i + 1]
        if nxt.role in REPORTED_ROLES and nres.lat is None and _OWNER_BETWEEN.fullmatch(text, rep.mention.end,
                                                                                      nxt.mention.start):
            # "Tamanrasset's Aguenar air base": the town before is the one the place belongs to
            (rep, res), (nxt, nres), i_stop, i_area = (nxt, nres), (rep, res), i + 1, i
        elif (rep.role in REPORTED_ROLES and res.lat is None
              and _contains(text, rep.mention, nxt.mention, lang, nres.precision)):
            i_stop, i_area = i, i + 1
        else:
            continue
        if nxt.sentence != rep.sentence or nres.lat is None or nres.precision not in ("region", "city", "area"):
            continue
        radius = nres.radius_km if nres.precision in ("region", "area") and nres.radius_km else _NEAR_KM
        placed = [i_stop]
        # "the villages of Medvezhye and Novy Put in the Glushkovo district": the area holds the whole list
        while (LIST_IN_CONTAINER and i_stop == i and placed[-1] > 0 and out[placed[-1] - 1][1].lat is None
               and out[placed[-1] - 1][0].role in REPORTED_ROLES and out[placed[-1] - 1][0].sentence == rep.sentence
               and LIST_JOIN.fullmatch(text, out[placed[-1] - 1][0].mention.end,
                                             out[placed[-1]][0].mention.start)):
            placed.append(placed[-1] - 1)
        for q in placed:
            stop, sres = out[q]
            out[q] = (stop, Resolved(nres.lat, nres.lon, nres.country, "area", radius, nres.ref, nres.name,
                                     to_check(sres.match, f"placed in {nxt.mention.surface} ({nres.name}), where "
                                                          f"the text puts it"), nres.score))
        if nxt.role in REPORTED_ROLES:
            out[i_area] = (Reported(nxt.mention, nxt.sentence, "mention", "container"), nres)
    return out


#: Whether a stop the gazetteer lacks, that the text locates in no other way, is drawn near the town named
#: closest to it (:func:`_place_near_named`).
NAMED_NEARBY = True
#: How close in the text (characters) that town must be named: the same sentence or the next, roughly.
NAMED_NEARBY_CHARS = 400
#: Whether a name the gazetteer holds among namesakes it could not choose from is drawn so too (by a town of its own
#: sentence only).
NAMED_NEARBY_UNCERTAIN = True
#: Whether a movement's other end in the stop's own sentence places nothing ("from Luvungi to Bukavu").
NAMED_NEARBY_NO_END = True


def _place_near_named(items: list[tuple[Reported, Resolved]], text: str,
                      datelines: Sequence[tuple[int, int, str]] = ()) -> list[tuple[Reported, Resolved]]:
    """A stop the gazetteer lacks altogether, that the text places by no container, side or list, is drawn as an
    area round the town or facility named closest to it in the text (within :data:`NAMED_NEARBY_CHARS`), to check:
    news names a village with the towns around it ("entered the village of Jubata al-Khashab ... near Quneitra").
    Never by a capital, named as its government as often (see :func:`resolve.is_capital`), nor by a dateline's town
    (*datelines*: where the reporter writes, not where the village lies), nor by a movement's other end in its own
    sentence; a name with namesakes the geocoder refused to choose from only by a town of its own sentence.

    It draws the stops of every language's drafts (English, Russian, Ukrainian: :func:`extract_article` calls it
    whatever the stages). Its only figures are English: on the ten English folds, with the resolve and recognize steps
    of the change that brought it, recall 0.727 -> 0.740, precision 0.770 -> 0.784, unplaced misses 86 -> 23, misses
    placed elsewhere 81 -> 110; no figure of the Russian and Ukrainian folds is recorded for it alone."""
    pins = [(rep, res) for rep, res in items if res.lat is not None and res.precision in ("city", "point")
            and rep.mention.kind != "vague" and not is_capital(res)
            and not any(a <= rep.mention.start < b for a, b, _agency in datelines)]
    out = list(items)
    for i, (rep, res) in enumerate(items):
        m = rep.mention
        if (res.lat is not None or rep.role not in REPORTED_ROLES or m.kind == "vague"
                or not (lacks_place(res.match) or NAMED_NEARBY_UNCERTAIN and "too uncertain" in res.match)):
            continue
        # a name the gazetteer holds among namesakes it could not choose from: only by a town of its own sentence
        # ("Palmyra" is Tadmur, not a town of Deir ez-Zor named in the sentence before)
        lacked = lacks_place(res.match)
        near = [(abs(p.mention.start - m.start), p.mention.start, p.mention, r) for p, r in pins
                if p.mention.surface != m.surface and abs(p.mention.start - m.start) <= NAMED_NEARBY_CHARS
                and (lacked or p.sentence == rep.sentence)
                and not (NAMED_NEARBY_NO_END and p.sentence == rep.sentence and p.role in MOVING_ROLES)]
        if not near:
            continue
        _d, _s, p, r = min(near, key=lambda x: x[:2])
        out[i] = (rep, Resolved(r.lat, r.lon, r.country, "area", _NEAR_KM, r.ref, r.name,
                                to_check(res.match, f"placed near {r.name}, named beside it in the text"), r.score))
    return out


def read_places(text: str, *, find: Callable[[str], Sequence[Mention]] | None = None,
                geocoder: Geocoder | None = None,
                lang: str | Stages = "en") -> tuple[list[Sentence], list[tuple[Reported, Resolved]]]:
    """The sentences of *text* and its place mentions, each with the role the rules propose and where it is.

    What the role model reads (:mod:`geo.extract.role_model`), in text order; *lang* chooses the stages.
    """
    st = lang if isinstance(lang, Stages) else stages(lang)
    sentences = st.split_sentences(text)
    mentions = list((find or (_finder() if st.lang == "en" else st.find_places))(text))
    if ANAPHORA and st.find_anaphors:
        ordered = sorted(mentions, key=lambda m: (m.start, m.end))  # as assign_roles orders them
        placed = list(zip(ordered, resolve(ordered, geocoder, text)))
        placed += st.find_anaphors(text, placed)  # "the town", "город": the place it names again
        where = dict(placed)
        reported = st.assign_roles(text, sentences, [m for m, _ in placed])
        return sentences, [(r, where[r.mention]) for r in reported]
    reported = st.assign_roles(text, sentences, mentions)
    resolved = resolve([r.mention for r in reported], geocoder, text)
    return sentences, list(zip(reported, resolved))


def extract_article(article: Article, options: Options = Options(), *,
                    find: Callable[[str], Sequence[Mention]] | None = None,
                    geocoder: Geocoder | None = None, roles="shipped", lang: str | None = None,
                    routes="shipped", sources="shipped") -> list[dict]:
    """The draft rows of one article, in text order (a route's stops together, in travel order).

    Parameters
    ----------
    article : as read by :func:`geo.extract.read.read_article`.
    options : the command line's ``--date``, ``--source``, ``--url`` and ``--all``.
    find : the recogniser (default :func:`geo.extract.recognize.find_places`).
    geocoder : default: the offline gazetteer.
    roles : the role model (:class:`geo.extract.role_model.RoleModel`): ``"shipped"`` (the package's, if it
        has one), a model, or None for the rules alone.
    lang : ``en``, ``ru`` or ``uk`` (default: ``options.lang``, else the article's own).
    routes : the route linker (:class:`geo.extract.route_model.RouteModel`, English): ``"shipped"``, a model
        (anything with its ``chain(text, items, article, sources=...)``, *sources* each sentence's own source as
        found here), or None for the rules of :mod:`geo.extract.routes`.
    sources : who says it, where a sentence could take several voices (:mod:`geo.extract.source_model`,
        English, Russian and Ukrainian): ``"shipped"`` (:func:`geo.extract.source_model.chooser`), a chooser
        (anything with its ``choose(choice)``), or None for the rules.

    >>> from geo.extract.records import Mention
    >>> t = "Ships carried 2,000 marines from Sevastopol to Novorossiysk on March 2, the navy said."
    >>> find = lambda text: [Mention(33, 43, "Sevastopol"), Mention(47, 59, "Novorossiysk")]
    >>> rows = extract_article(Article("a.txt", t), find=find)
    >>> [(r["seq"], r["place"], r["mode"], r["troops"], r["role"]) for r in rows]
    [(1, 'Sevastopol', '', 2000, 'origin'), (2, 'Novorossiysk', 'sea', 2000, 'destination')]
    """
    # the phrases of what moved, and what attribution reads of a text, computed once per article, kept from no other
    with memo.one_article():
        return _extract(article, options, find, geocoder, roles, lang, routes, chooser=sources)


def _extract(article: Article, options: Options, find: Callable[[str], Sequence[Mention]] | None,
             geocoder: Geocoder | None, roles, lang: str | None, routes, chooser="shipped") -> list[dict]:
    text = article.text
    st = stages(lang or options.lang or detect(text))
    cues = st.route_cues
    date = options.date or st.article_date(text, article.date)
    url = options.url or article.url
    sentences, proposed = read_places(text, find=find, geocoder=geocoder, lang=st)
    model = st.role_model() if roles == "shipped" else roles
    if model is not None:
        proposed = model.relabel(text, proposed)
    items = _demote_landmarks(_demote_containers(proposed, text, st.container_between), text, st.near_between)
    if st.lang == "en" and FACILITY_TOWNS:
        items = _demote_facility_towns(items, text)
    if st.lang == "en" and STRUCK:
        items = _demote_struck(items, text)
    items = _place_by_container(items, text, st.lang)
    datelines = st.dateline_spans(text)
    if NAMED_NEARBY:
        items = _place_near_named(items, text, datelines)
    if PRESENCE_ENDS:
        items = _presence_ends(items, cues)
    # each sentence's own source, found once: the route linker weighs it too (two sources, two movements)
    found = [st.find_source(s.text) for s in sentences]
    linker = (shipped_routes() if st.lang == "en" else None) if routes == "shipped" else routes
    routes = (linker.chain(text, items, article.name, sources=dict(zip(sentences, found))) if linker is not None
              else chain_routes(items, article.name, cues))
    agency = next((a for _s, _e, a in datelines if a), "")
    # the article's own voice: the one it says wrote it, else the agency of its dateline
    default_source = options.source or st.byline(text) or agency
    # the source is never empty on a stop: an article that prints no voice asserts what nobody else says itself
    fallback_source = default_source or (own_label(text) if st.lang == "en" else "")

    carry = st.source_carry(text) if st.source_carry else SOURCE_CARRY
    if carry == "voice":
        carry = "paragraph" if default_source else "article"

    facts: dict[Sentence, dict] = {}
    sources = list(found)
    for k, sent in enumerate(sentences):  # "Об этом сообщило Минобороны": the source of the sentences before it
        if sources[k] and st.about_before(sent.text):
            j = k - 1
            while j >= 0 and not sources[j] and sentences[j].paragraph >= sent.paragraph - 1:
                sources[j] = sources[k]
                j -= 1
    # the sentences that give a row: only they need their facts (a sentence without one still passes its source on)
    rowed = {rep.sentence for rep, _res in items if rep.role in REPORTED_ROLES or options.all}
    undated = [_undated(s, datelines) for s in sentences]
    dates = st.find_dates(undated, date, [s.paragraph for s in sentences])
    index = {s: k for k, s in enumerate(sentences)}
    last_source: tuple[int, str, str] | None = None  # paragraph, source, status
    reporting: list[tuple[int, str]] = []  # the sources named so far, with their sentence
    choose = ((source_model.chooser(st.lang) if chooser == "shipped" else chooser) if st.lang in source_model.LANGS
              else None)
    kind_of_voice = "" if choose is None else (source_model.voice_kind(text, st.lang, agency, options.source)
                                               if default_source else "label" if fallback_source else "none")
    for k, sent in enumerate(sentences):
        src = sources[k]
        if not src and sent not in rowed:
            continue  # it names no source and gives no row: it changes nothing
        status = st.find_status(sent.text)
        offers: list[tuple[str, str, int, int, str]] = []  # what the source model chooses among
        carried_status = None
        if src and (earlier := _named_before(src, reporting)):
            src = earlier  # "the defence ministry said" after "Russia's defence ministry said": the same body
        if src:
            last_source = (sent.paragraph, src, status)
            reporting.append((k, src))
            offers.append(("own", src, 0, 0, sent.text))
        elif last_source and (st.refers_back(sent.text) or (last_source[0] == sent.paragraph
                                                            and st.goes_on.match(sent.text))):
            src = last_source[1]
            if status == "reported" and not st.refers_back(sent.text):
                carried_status = status = last_source[2]
            elif REFERENCE_NAMED and st.lang == "en" and (ref := st.reference(sent.text)) \
                    and (named := _named_before(ref, reporting)):
                src = named  # "the fleet said": the fleet named before, not whoever spoke last
            offers.append(("carried", src, 0, 0, ""))
        elif not last_source and (named := st.reference(sent.text)):  # "The army said ...", none named before
            src = named
            offers.append(("reference", src, 0, 0, sent.text))
        elif _in_quote(text, sentences, k):  # a quote first, its speaker at the end of the paragraph
            for j in range(k + 1, len(sentences)):
                if sentences[j].paragraph != sent.paragraph:
                    break
                if sources[j]:
                    src = sources[j]
                    offers.append(("quote", src, k - j, 0, sentences[j].text))
                    break
                if last_source and st.refers_back(sentences[j].text):  # '..., the minister said.'
                    src = last_source[1]
                    offers.append(("quote", src, 0, 0, ""))
                    break
        if sent not in rowed:
            continue
        if not src and carry == "article" and reporting:
            src = reporting[-1][1]  # the nearest attribution before, wherever it is
        if choose is not None:
            chosen = _choose_source(choose, sentences, sources, k, reporting, offers, src or fallback_source,
                                    fallback_source, kind_of_voice, st, text, agency)
            if carried_status is not None and last_source and chosen != last_source[1]:
                status = st.find_status(sent.text)  # the carried status goes with the carried source only
            src = chosen
        # each clause with a movement of its own has its own number ("send 2,000 troops to Poland, and move
        # 1,000 soldiers ... to Romania")
        troops = [st.find_troops(sent.text[a:b]) for a, b in clauses(sent.text, cues)]
        # English: a statement that names no forces is about those named last before it (the CONTEXT_BEFORE sentences before it)
        context = ({"before": " ".join(s.text for s in sentences[max(0, k - CONTEXT_BEFORE):k])}
                   if st.lang == "en" else {})
        facts[sent] = {"source": src or fallback_source, "status": st.settle_status(status, src or fallback_source,
                                                                                      sent.text, **context),
                       "date": dates[k],
                       "troops": [t[0] if t else None for t in troops]}

    rows: list[tuple[tuple, dict]] = []
    route_start: dict[str, tuple[int, int]] = {}  # route -> (its first mention's offset, its index)
    last_what: dict[int, tuple[str, str]] = {}
    moving = {r.sentence for r, _res in items if r.role in MOVING_ROLES}  # the sentences with a movement
    for i, (rep, res) in enumerate(items):
        if rep.role not in REPORTED_ROLES and not options.all:
            continue
        sent = rep.sentence
        f = facts.get(sent) or {"source": fallback_source, "status": st.find_status(sent.text), "date": "",
                                "troops": [None]}
        movers = sent in moving
        troops = None
        what = moved = ""
        if rep.role in (MOVING_ROLES if movers else ("presence",)):
            k = clause_of(sent.text, rep.mention.start - sent.start, cues)
            troops = f["troops"][k]
        if rep.role in REPORTED_ROLES:
            k = clause_of(sent.text, rep.mention.start - sent.start, cues)
            spans = clauses(sent.text, cues)
            # English: a ", with ..." that is only a load is more of the clause's load, not a clause of its own
            a, b = load_span(sent.text, spans, k) if st.lang == "en" else spans[k]
            what, moved = st.find_what(sent.text[a:b], rep.mention.start - sent.start - a)
            if not what and WHAT_FALLBACK:  # named after the place, or in the sentence before, in its paragraph
                what, moved = st.find_what(sent.text[a:b], rep.mention.start - sent.start - a, after=True)
                if not what:
                    what, moved = last_what.get(sent.paragraph, ("", ""))
            if what:
                last_what[sent.paragraph] = (what, moved)
        day = f["date"] if rep.role in REPORTED_ROLES else ""
        if day and st.find_date_at is not None and sent in index:  # a sentence naming several dates
            day = st.find_date_at(undated[index[sent]], rep.mention.start - sent.start, rep.mention.end - sent.start,
                                  date, day, role=rep.role)
        route, seq = routes.numbered.get(i, ("", None))
        if rep.role in ("via", "destination") or (route and seq and seq > 1):
            mode = st.find_mode(sent.text, rep.mention.start - sent.start)
        else:
            mode = ""
        # a noun that names a place again ("the town") is drawn under the name of the place it names
        place = res.name or rep.mention.surface if rep.mention.kind == "anaphor" else rep.mention.surface
        row = {"route": route, "seq": seq, "place": place, "country": res.country,
               "lat": res.lat, "lon": res.lon, "precision": res.precision, "radius_km": res.radius_km,
               "date": day, "reported": date or "", "mode": mode,
               "troops": troops, "what": what, "moved": moved, "status": f["status"], "source": f["source"], "url": url, "note": sent.text,
               "article": article.name, "start": rep.mention.start, "end": rep.mention.end, "role": rep.role,
               "cue": rep.cue, "gazetteer": f"{res.ref} {res.name}".strip(), "match": res.match}
        if route:
            first = route_start.setdefault(route, (rep.mention.start, len(route_start)))
            order = (first[0], 0, first[1], seq)
        else:
            order = (rep.mention.start, 1, 0, 0)
        rows.append((order, row))
        # the shared end of branches: once per route, the same mention read the same way (its role and mode are the
        # text's; a route's first stop ends no leg, so the mode of a copy that starts a branch draws nothing)
        for other, n in routes.also.get(i, ()):
            first = route_start.setdefault(other, (rep.mention.start, len(route_start)))
            rows.append(((first[0], 0, first[1], n), {**row, "route": other, "seq": n}))
    rows.sort(key=lambda t: t[0])
    out = [r for _o, r in rows]
    if WHAT_FALLBACK:  # the stops of a route carry what moved along it
        carried: dict[str, tuple[str, str]] = {}
        for r in out:
            if r["route"] and r["what"]:
                carried.setdefault(r["route"], (r["what"], r["moved"]))
        for r in out:
            if r["route"] and not r["what"] and r["route"] in carried:
                r["what"], r["moved"] = carried[r["route"]]
        fill_what(out)
    if st.vehicle_mode:  # the mode from the vehicle that moved along the stop's own route, where its words give
        for r in out:   # none; never another movement's vehicle ("#Покровськ" after a frigate's voyage is no sea)
            if r["role"] in ("via", "destination") and r["mode"] in ("", "unknown"):
                r["mode"] = st.vehicle_mode(r["what"]) or r["mode"]
    if MODE_CARRY == "route":
        _carry_modes(out, sentences, st.find_mode, new_force if st.lang == "en" else None)
    return st.finish(out, text) if st.finish else out
