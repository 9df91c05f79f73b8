"""What moved: the people or materiel a movement carries, as the text names it.

``what`` is the noun phrase as printed ("about 1,500 special forces", "S-400 components",
"16,000 containers of shells"), and ``moved`` its class: ``people`` (troops, units, crews,
civilians ...), ``materiel`` (weapons, munitions, vehicles, aircraft, ships, equipment) or
``both`` when the clause names both ("troops and tanks"). A phrase is found by its head
noun, extended to its left over numbers, quantifiers and modifiers ("about 1,500 North
Korean special forces") and to its right over "of ..." ("containers of shells"). Of
several, the one nearest before the place wins: the mover is named before where it went.
"""

from __future__ import annotations

import re

from .attribution import _SEEING as _SHOWING_VERBS
from .attribution import _VERBS as _SAYING_VERBS
from .memo import per_article
from .numbers import find_troops

#: Head nouns of people under arms or on the move.
PEOPLE = ("troops|soldiers|forces|servicemen|servicewomen|service\\s+members|personnel|fighters|marines|"
          "paratroopers|sailors|airmen|mercenaries|units?|brigades?|battalions?|regiments?|divisions?|"
          "companies|platoons|squadrons?|contingents?|detachments?|battlegroups?|battle\\s+groups?|"
          "crews?|members|militants|insurgents|militias?|militiamen|gunmen|volunteers|recruits|commandos|"
          "conscripts|reservists|contractors|instructors|advis[eo]rs|trainers|pilots|specialists|"
          "officers|guards|guardsmen|infantry(?!\\s+fighting\\s+vehicles?)|infantrymen|sappers|engineers|snipers|"
          "gunners|peacekeepers|"
          "refugees|civilians|evacuees|workers|delegation|staff|special\\s+forces|operators|"
          "fighters|combatants|men|people|rebels|reinforcements|garrisons?|reserves|corps")
#: Head nouns of materiel: weapons, munitions, vehicles, aircraft, ships, equipment.
MATERIEL = ("shells|ammunition|munitions|rounds|missiles?|rockets?|warheads?|bombs|drones?|UAVs?|"
            "weapons?|arms|artillery|howitzers?|guns|launchers?|systems?|batteries|components|parts|"
            "equipment|materiel|hardware|(?:infantry\\s+|airborne\\s+)?fighting\\s+vehicles?|vehicles?|tanks?|trucks?|"
            "lorries|armou?r|APCs|IFVs|"
            "armou?red\\s+vehicles|aircraft|planes?|jets?|fighters\\s+jets|bombers?|helicopters?|"
            "transports?|airlifters|ships?|vessels?|warships?|frigates?|destroyers?|corvettes?|"
            "submarines?|cruisers?|carriers?|flotillas?|fleet|task\\s+force|landing\\s+ships?|boats?|"
            "tankers?|freighters?|containers?|cargo|shipments?|consignments?|deliveries|supplies|"
            "fuel|echelons?|wagons|railcars|convoys?|columns?")
#: A head noun of :data:`PEOPLE` anywhere in a text (``PEOPLE_WORD.search(text)``), for other stages that ask whether
#: a text names people on the move without copying the list.
PEOPLE_WORD = re.compile(rf"\b(?:{PEOPLE})\b", re.I)
#: A head noun of :data:`MATERIEL` anywhere in a text, likewise.
MATERIEL_WORD = re.compile(rf"\b(?:{MATERIEL})\b", re.I)
_HEAD = re.compile(rf"\b(?:(?P<people>{PEOPLE})|(?P<materiel>{MATERIEL}))\b", re.I)
#: Whether a materiel noun inside a unit's name ("Guards Tank Army", "Combined Arms Army", "Missile Brigade") names
#: the unit, not a load.
UNIT_NAMES = True
# A unit noun after a materiel noun: the materiel noun is part of the unit's name.
_UNIT_AFTER = re.compile(r"[ \t]+(?-i:Arm(?:y|ies)|Brigades?|Divisions?|Regiments?|Battalions?|Corps|Group|"
                         r"Compan(?:y|ies)|Squadrons?|Flotillas?|Fleet|Forces)\b")
# What may stand before a head noun inside its phrase: numbers, quantifiers, modifiers, names.
_LEFT_WORD = re.compile(r"(?:[\d][\d,.]*(?:-strong)?|about|around|some|nearly|almost|roughly|approximately|over|"
                        r"more|than|up|to|at|least|several|dozens?|hundreds?|thousands?|millions?|tens|of|a|an|"
                        r"additional|extra|further|new|more|other|two|three|four|five|six|seven|eight|nine|ten|"
                        r"twelve|twenty|thirty|forty|fifty|hundred|thousand|million|"
                        r"(?!\w+ly$|\w+ing$|\w+ed$)[a-z][a-z-]+|armou?red|guided|unmanned|self-propelled|tracked|wheeled|"
                        r"mechani[sz]ed|motori[sz]ed|advanced|upgraded|modified|combined|trained|seasoned|special|heavy|light|"
                        r"main|battle|air|sea|land|transport|cargo|combat|assault|long-range|short-range|ballistic|cruise|anti-\w+|"
                        r"(?-i:[A-Z][\w'’./-]*)|[\w]+-[\w-]+|\d+mm|mm)$", re.I)
# "1,500 North Korean troops and 300 tanks": a second head joined to the first.
# "about 1,000 troops, with armoured vehicles", "units reinforced with armour", "lorries packed with soldiers": a force
# named with its vehicles is one load too (the corpus's convention on vehicles named with people).
_AND_HEAD = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|plus|along\s+with|together\s+with|with|(?:reinforced|backed|"
                       r"supported|packed|loaded|laden|equipped)\s+(?:with|by)|including)\s+(?:\w+\s+){0,2}?", re.I)
#: Whether the items of a list ("armoured personnel carriers, trucks and artillery") are one load, as heads joined by
#: "and" are (:func:`find_what`).
LISTED = True
# a list's comma between two heads: nothing but the comma (the next item's own words are in its phrase). A comma
# joins heads only in a real list, one that ends with "and"/"or" ("carriers, trucks and artillery"): a bare comma
# may close a fronted phrase ("Behind the tanks, infantry moved") or open an aside ("The convoy, soldiers said, ...").
_LIST_GAP = re.compile(r"[ \t]*,[ \t]*")
_LIST_END = re.compile(r"[ \t]*,?[ \t]*(?:and|or)[ \t]+", re.I)
# a preposition of comparison, position or exception before the first head: the head is in a fronted phrase, which
# the comma closes, not the first item of a list ("Instead of tanks, soldiers were sent"; "Unlike the soldiers, ...")
_FRONTED = re.compile(r"\b(?:behind|instead[ \t]+of|unlike|besides|apart[ \t]+from|except(?:[ \t]+for)?|like|despite|"
                      r"alongside|ahead[ \t]+of|in[ \t]+front[ \t]+of|in[ \t]+addition[ \t]+to|among|against|"
                      r"without|beside|than|after|before)[ \t]+(?:[\w-]+[ \t]+){0,2}$", re.I)
# "flew to Bamako on the same aircraft", "aboard chartered aircraft": a vehicle named as the means of a movement.
_MEANS = re.compile(r"\b(?:on|aboard|on\s+board|by|in|via)\s+(?:(?:the|a|an|their|its|same|chartered|military|"
                    r"commercial|civilian|two|three|several)\s+)*$", re.I)
# How far before a phrase _ARMED and _MEANS (anchored at its start) look: longer than either's words.
_LOOK_BACK = 120
# A verb of saying right after a phrase: the phrase names who spoke.
_SPEAKS = re.compile(r"[ \t]+(?:said|say|says|told|reported|claimed|added|stated|wrote|noted|confirmed)\b", re.I)
# "200 soldiers armed with small arms": what people are armed with is no load of theirs.
_ARMED = re.compile(r"\barmed\s+with\s+$", re.I)
# A carrier's verb: what follows is its load.
_CARRIES = re.compile(r"\s+(?:\w+\s+){0,2}?(?:carr(?:y|ied|ying|ies)|transport(?:ed|ing|s)?|ferr(?:y|ied|ying|ies)|"
                      r"loaded\s+with|laden\s+with|bringing|brought|delivered|delivering|hauling)\b", re.I)
_OF_AFTER = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,3}?(?P<h>(?:" + PEOPLE + "|" + MATERIEL + r"))\b", re.I)
# A word that stops the phrase on the left: a verb or a preposition of the sentence.
_STOP_LEFT = frozenset("the its their his her our this these those that which who were was are is be been being "
                       "had has have will would could said says by from for into onto in on with and or but "
                       "sent send deployed moved transferred shipped flown carried delivered handed supplied provided received launched "
                       "fired spotted seen saw brought pulled withdrew withdrawn relocated redeployed airlifted ferried "
                       "positioned stationed massed moving sending shipping deploying transferring delivering carrying "
                       "including include includes not no also as aboard at via through across over toward towards keeps keep kept holds held maintains maintained "
                       "dispatched dispatch reportedly allegedly reinforced".split())


#: Nouns that a load's noun may modify: then it names a place or a plant, not what moved.
_MODIFIES = re.compile(r"[ \t]+(?:depots?|factor(?:y|ies)|plants?|dumps?|stores|storage|base|bases|facilit(?:y|ies)|"
                       r"warehouses?|sites?|port|terminal|production|maker|makers|manufacturer|programme|program|"
                       r"industry|deal|sales?|exports?|imports?)\b", re.I)
_QUANTITY = re.compile(r"(?:about|around|some|nearly|almost|roughly|approximately|over|more|up|at|several|"
                       r"dozens|hundreds|thousands|tens|\d[\d,.]*)\b", re.I)


_WORD_RUN = re.compile(r"[^\s]+")


def _last_words(text: str, end: int, n: int) -> list[re.Match]:
    """The last *n* words of ``text[:end]`` (matches with offsets in *text*), read from a window before *end*: a
    whole prefix per phrase is quadratic on a long unsplit line. The window widens until it holds a word more than
    asked for (so the first one kept starts after a space, not inside the cut) or reaches the start of the text."""
    width = 256
    while True:
        lo = max(0, end - width)
        words = list(_WORD_RUN.finditer(text, lo, end))
        if lo == 0 or len(words) > n:
            return words[-n:]
        width *= 4


def _left_edge(text: str, start: int) -> int:
    """Where the phrase whose head starts at *start* begins: over the modifiers before it."""
    pos = start
    for w in reversed(_last_words(text, start, 8)):
        word = w.group(0).strip("“”\"'(),;:")
        if not word or w.group(0).endswith((",", ";", ":", ")", "”", '"')) or word.lower() in _STOP_LEFT \
                or not _LEFT_WORD.match(word):
            break
        pos = w.start()
    # "has sent Russia about 6,700 containers": a name before the quantity is no part of the load
    words = list(re.finditer(r"[^\s]+", text[pos:start]))
    for k in range(1, len(words)):
        if (_QUANTITY.match(words[k].group(0)) and words[k - 1].group(0)[:1].isupper()
                and not _QUANTITY.match(words[k - 1].group(0))):
            pos += words[k].start()
            break
    while True:  # a phrase never starts with "of", "to", "than" ...
        m = re.match(r"(?:of|to|than|at|up)\s+", text[pos:start], re.I)
        if not m:
            return pos
        pos += m.end()


def phrases(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, moved)`` of every phrase naming what moves in *text*, in order (a new list on every call).

    >>> [(text[a:b], m) for text in ["Ships carried about 1,500 special forces and S-400 components."]
    ...  for a, b, m in phrases(text)]
    [('Ships', 'materiel'), ('about 1,500 special forces', 'people'), ('S-400 components', 'materiel')]
    """
    return list(_phrases(text))


@per_article  # the pipeline, the route rules and the route model each ask for the same clauses
def _phrases(text: str) -> tuple[tuple[int, int, str], ...]:
    return _parse(text)


def _parse(text: str) -> tuple[tuple[int, int, str], ...]:
    out: list[tuple[int, int, str]] = []
    for m in _HEAD.finditer(text):
        kind = "people" if m.group("people") else "materiel"
        if out and m.start() < out[-1][1]:
            continue
        if _MODIFIES.match(text, m.end()):
            continue  # "an ammunition depot", "a drone factory": a place or a plant, not a load
        word = m.group(0).lower()
        if UNIT_NAMES and kind == "materiel" and _UNIT_AFTER.match(text, m.end()):
            continue  # "the 1st Guards Tank Army": the unit moves, named after its tanks
        if word in ("men", "people", "staff", "systems", "parts", "guns", "units", "unit") and not _counted(text, m):
            continue  # "people said", "air-defence systems" alone are too common to mean a load
        end = m.end()
        of = _OF_AFTER.match(text, end)
        start = _left_edge(text, m.start())
        if of:  # "16,000 containers of shells", "a battalion of marines", "a squadron of Su-35 fighters"
            end = of.end()
            h = of.group("h")
            of_kind = "people" if re.fullmatch(PEOPLE, h, re.I) else "materiel"
            unit = _UNIT_AFTER.match(text, end) if UNIT_NAMES and of_kind == "materiel" else None
            if unit:  # "units of the 6th Combined Arms Army": of a unit, not of arms
                end, h, of_kind = unit.end(), unit.group(0).strip(), "people"
            if REFINE:
                of_kind = _refine(text, of.start(), end, h, of_kind)
            # materiel of a unit ("helicopters of the 5th Combat Helicopter Regiment"): the materiel (OF_UNIT_BOTH)
            if kind == "materiel" and of_kind == "people" and _UNIT_OF.search(h):
                kind = "both" if OF_UNIT_BOTH else "materiel"
            else:
                kind = of_kind
        elif REFINE:
            kind = _refine(text, start, end, word, kind)
        if out and start < out[-1][1]:  # "artillery systems": the last noun is the head of one phrase
            out[-1] = (out[-1][0], end, kind)
        else:
            out.append((start, end, kind))
    return tuple(out)


#: Whether materiel of a unit ("helicopters of the 5th Combat Helicopter Regiment", "Stryker armoured vehicles of a
#: brigade", "the ships of the detachment") is ``both``, as the corpus's convention on vehicles reads "tanks of the 6th
#: Army", or ``materiel``, the vehicles named, as the English development gold marks them (8 such phrases
#: ``materiel``, none ``both`` but those that also name soldiers; the Russian/Ukrainian gold follows the convention and
#: its reader, slavic/facts.py, is untouched). Shipped-model English development drafts: moved 1820 -> 1827 of 2272
#: (9 rows right, none wrong).
OF_UNIT_BOTH = False
#: Whether a phrase's class looks past its head noun (:func:`_refine`): fighters that are aircraft, a force's
#: columns, an armoured unit.
REFINE = True
# An aircraft's designation or kind: "Su-35S fighters", "F-35 fighters", "multirole fighters", "fighter jets".
_AIRCRAFT = re.compile(r"(?-i:\b[A-Z][A-Za-z]{0,3}-\d)|\b(?:jets?|multirole|interceptors?|sukhoi|mig|squadron|aircraft|"
                       r"air\s+force)\b", re.I)
# Words of a sentence about aircraft: fighters there are planes.
_FLYING = re.compile(r"\b(?:air\s*bases?|airbase|airfields?|air\s+force\s+base|aprons?|dispersal|hangars?|runways?|"
                     r"refuell?ing|took\s+off|take\s+off|taking\s+off|scrambled|sorties?|aircraft|airspace)\b", re.I)
# What says a column is of vehicles: "armoured columns", "a column of 40 trucks" (read by "of" before this).
_VEHICLES = re.compile(rf"\b(?:armou?red|tanks?|trucks?|lorries|vehicles?|rail|railway|supply|logistics?|fuel|ammunition|"
                       rf"{MATERIEL})\b", re.I)
# A unit that fights with its vehicles: "the 401st Armored Brigade", "mechanised battalions", "a tank division".
_ARMOURED_UNIT = re.compile(r"\b(?:armou?red|tank|mechani[sz]ed|motori[sz]ed|motor\s+rifle|artillery|missile|"
                            r"air[\s-]+defen[cs]e)\b", re.I)
# A head noun of materiel: "fuel reserves" are a stock.
_MATERIEL = MATERIEL_WORD
# A formation that materiel may belong to: "tanks of the 6th Army", "the ships of the detachment".
_UNIT_OF = re.compile(r"^(?:brigades?|divisions?|regiments?|battalions?|units?|battlegroups?|battle\s+groups?|corps|army|"
                      r"detachments?|contingents?|companies|platoons|squadrons?|garrisons?)$", re.I)
_UNIT = re.compile(r"(?:brigades?|divisions?|regiments?|battalions?|units?|battlegroups?|battle\s+groups?|corps|army)",
                   re.I)


def _refine(text: str, start: int, end: int, head: str, kind: str) -> str:
    """The class of the phrase *text[start:end]* with head noun *head*, past what its head alone says (the corpus's
    conventions): fighters named as aircraft are ``materiel``; a column or convoy not described by its vehicles is a
    force's, ``both``; a unit named as armoured, mechanised, artillery or missile moves with its weapons, ``both``;
    reserves of materiel ("fuel reserves") are ``materiel``.

    >>> [_refine(t, 0, len(t), h, k) for t, h, k in [("Su-35S fighters", "fighters", "people"),
    ...  ("Wagner fighters", "fighters", "people"), ("Russian columns", "columns", "materiel"),
    ...  ("armoured columns", "columns", "materiel"), ("the 401st Armored Brigade", "brigade", "people")]]
    ['materiel', 'people', 'both', 'materiel', 'both']
    """
    phrase = text[start:end]
    head = head.lower()
    if head == "fighters":
        # "U.S. fighters (F-16s and F-35s)": the brackets after the phrase say what they are too; so does a
        # sentence about flying ("the fighters made refuelling stops", "fighters launched from Eielson Air Force Base")
        after = re.match(r"\s*\(([^()]{1,60})\)", text[end:])
        return "materiel" if (_AIRCRAFT.search(phrase) or (after and _AIRCRAFT.search(after.group(1)))
                              or _FLYING.search(text)) else kind
    if re.fullmatch(r"convoys?|columns?", head):
        return kind if _VEHICLES.search(text[start:end - len(head)]) else "both"
    if _UNIT.fullmatch(head) and _ARMOURED_UNIT.search(phrase):
        return "both"
    if head == "reserves" and _MATERIEL.search(text[start:end - len(head)]):
        return "materiel"  # "fuel reserves", "ammunition reserves": stocks, not reservists
    return kind


#: Whether a weak head noun also counts after a word that says more of a force came ("additional units", "fresh
#: units") or what kind of force it is ("tank units", "armoured units"), as after a number (:func:`_counted`).
QUANTIFIED = True
# a number or a modifier, up to two words before the weak head ("2,000 men", "S-400 air defence systems")
_COUNTS = re.compile(r"(?:\d[\d,.]*|(?-i:[A-Z])[\w-]*|\b(?:hundreds|thousands|dozens|missile|defen[cs]e|rocket|"
                     r"weapons?))\s+(?:[\w-]+\s+){0,2}$")
# the words of QUANTIFIED, up to two words before it ("additional airborne units", "mechanized infantry units"),
# except "tank" and "artillery": they are nouns as often as modifiers, and with a gap they would count across a verb
# ("artillery struck units"), so they count only right before it
_KIND_OF_FORCE = re.compile(r"\b(?:(?:additional|fresh|extra|further|armou?red|mechani[sz]ed|motori[sz]ed)\s+"
                            r"(?:[\w-]+\s+){0,2}|(?:tank|artillery)\s+)$", re.I)


def _counted(text: str, m: re.Match) -> bool:
    """A weak head noun counts only with a number or a modifier before it ("2,000 men", "S-400 systems")."""
    before = text[max(0, m.start() - 25):m.start()]
    return bool(_COUNTS.search(before) or (QUANTIFIED and _KIND_OF_FORCE.search(before)))


def _kinds(text: str, group: list[tuple[int, int, str]]) -> set[str]:
    """The classes of a load named by the phrases of *group*: each phrase's, except that a column or convoy read as a
    force's (``both``: not described by its vehicles) is described by the vehicles named with it ("The column, about
    40 vehicles including armoured carriers"): only materiel then."""
    kinds = {k for _a, _b, k in group}
    if kinds == {"both", "materiel"} and group[0][2] == "both" and \
            re.search(r"\b(?:convoys?|columns?)$", text[group[0][0]:group[0][1]], re.I):
        return {"materiel"}
    return kinds


def _fronted(text: str, first: tuple[int, int, str]) -> bool:
    """Whether the phrase *first* follows a preposition of comparison or position ("Behind the tanks", "Instead of
    tanks"), so that a comma after it closes that phrase."""
    a, b, _k = first
    head = text.rfind(" ", a, b) + 1 or a  # the phrase's last word: what comes before it may be in the phrase
    return bool(_FRONTED.search(text, max(0, a - 40), head))


def _real_list(text: str, group: list[tuple[int, int, str]], commas: list[int]) -> list[list[tuple[int, int, str]]]:
    """*group* as joined, if each bare comma in it is part of a list that "and"/"or" ends ("A, B and C"); else split at
    the commas that none ends ("The convoy, soldiers said, ...")."""
    if not commas:
        return [group]
    ends = [k for k in range(1, len(group)) if k not in commas and _LIST_END.fullmatch(text, group[k - 1][1], group[k][0])]
    cut = [k for k in commas if not any(e > k for e in ends)]
    if not cut:
        return [group]
    bounds = [0, *cut, len(group)]
    return [group[i:j] for i, j in zip(bounds, bounds[1:])]


def find_what(text: str, at: int | None = None, after: bool = False) -> tuple[str, str]:
    """``(what, moved)`` of the movement of sentence (or clause) *text* at offset *at*; ``("", "")`` if none.

    Parameters
    ----------
    text : a sentence or the clause of its movement.
    at : the place's offset in *text*: the phrase nearest before it wins (a phrase after the place names
        what is there, not what went: "flew to X, where he toured an aircraft factory").
    after : with none before, the first phrase after the place ("Kursk received 1,000 troops").

    >>> find_what("Russia moved S-400 components to Belarus by rail.", 37)
    ('S-400 components', 'materiel')
    >>> find_what("About 1,500 special forces and 20 tanks were shipped to Vladivostok.", 57)
    ('About 1,500 special forces and 20 tanks', 'both')
    >>> find_what("The minister visited Kursk.", 21)
    ('', '')
    """
    found = phrases(text)
    if not found:
        return "", ""
    # a carrier before its load ("Ships carried 1,500 marines"): the load is what moved
    found = [p for k, p in enumerate(found) if not (k + 1 < len(found) and _CARRIES.match(text, p[1]))] or found
    # the look-backs end at the phrase: a short window before it will do (a whole prefix per phrase is quadratic)
    found = [p for p in found if not _ARMED.search(text, max(0, p[0] - _LOOK_BACK), p[0])] or found
    # the subject of a verb of saying is its speaker ("The convoy, soldiers said, drove to Kidal"): another phrase
    # is the load, if there is one
    found = [p for p in found if not _SPEAKS.match(text, p[1])] or found
    if BENEFICIARY:  # "tanks for Germany's new brigade arrived", "stopped for fuel at Rota": for whom or for what the
        # movement is, not what moved, when something else is named (as "пальне для угруповання" in Russian)
        found = [p for p in found if p not in _beneficiaries(text, found)] or found
    # a vehicle named as the means ("flew to Bamako on the same aircraft", "aboard chartered aircraft") is how the
    # load went, not the load: it counts only when nothing else is named
    found = [p for p in found if not (p[2] == "materiel" and _MEANS.search(text, max(0, p[0] - _LOOK_BACK), p[0]))] or found
    # heads named together ("troops and tanks") are one load
    groups: list[list[tuple[int, int, str]]] = []
    commas: list[list[int]] = []  # per group, where a bare comma joined an item
    for p in found:
        gap = text[groups[-1][-1][1]:p[0]] if groups else ""
        if groups and _AND_HEAD.fullmatch(gap):
            groups[-1].append(p)
        elif groups and LISTED and _LIST_GAP.fullmatch(gap) and not _fronted(text, groups[-1][0]):
            commas[-1].append(len(groups[-1]))
            groups[-1].append(p)
        else:
            groups.append([p])
            commas.append([])
    groups = [part for g, c in zip(groups, commas) for part in _real_list(text, g, c)]
    spans = [(g[0][0], g[-1][1], _kinds(text, g)) for g in groups]
    if at is None:
        chosen = spans[0]
    else:
        before = [s for s in spans if s[1] <= at]
        if not before:
            if not after:
                return "", ""
            later = [s for s in spans if s[0] >= at]
            if not later:
                return "", ""
            before = later[:1]
        chosen = before[-1]
    a, b, kinds = chosen
    moved = "both" if len(kinds) > 1 else next(iter(kinds))
    if LOAD_AFTER and at is not None and b <= at and kinds == {"materiel"}:
        # "military transport planes landed at Lashio, bringing soldiers", "the aircraft flew to Sittwe, carrying 184
        # soldiers": a carrier whose load is told after the place, as before it ("Ships carried ..."): the load moved.
        # The load is the whole coordinated phrase ("carrying 200 marines and 30 tanks"), as its group gives it.
        load = next((s for s in spans if s[0] >= at and _LOAD_AFTER.fullmatch(text, at, s[0])), None)
        if load and "people" in load[2]:
            if _AIR_OR_SEA.search(text, a, b):
                return text[load[0]:load[1]].strip(" ,;:"), "both" if len(load[2]) > 1 else "people"
            # a convoy, trucks or tanks carrying troops went with them: the corpus's 'both' (its study of the gold:
            # aircraft carrying soldiers are 'people', convoys carrying troops 'both'), the vehicles kept as the span
            return text[a:b].strip(" ,;:"), "both"
    if WITH_AFTER and at is not None and chosen[0] < at and moved != "both":
        # "instructors arrived in Niamey in April with an air-defence system", "the frigate sailed from Zeebrugge with
        # about 150 crew": what went with the mover, told after the place, is part of the load (the corpus's 'both')
        w = _WITH_AFTER.match(text, at)
        if w and ("people" if w.group("p") else "materiel") != moved:
            moved = "both"
    return text[a:b].strip(" ,;:"), moved


#: Whether a clause cut off at ", with" whose with-phrase has no verb ("about 1,000 troops, with armoured vehicles, had
#: been moved to Podlasie", "flew 46 aircraft to Termez, with 585 servicemen on board") is read with its neighbour for
#: what moved (:func:`load_span`): such a phrase names more of the same load, not a movement of its own.
WITH_LOAD = True
_WITH_CUT = re.compile(r",\s+with\s", re.I)
# What may stand around the load phrases of a with-phrase that is only a load: a determiner before them, "on board"
# and the like after them. Anything else makes it an absolute construction about something else ("with Ukrainian
# soldiers in pursuit", "with the rest of the tanks due in May") or a movement of its own ("with vehicles shipped
# from Marchwood").
_WITH_LEAD = re.compile(r"(?:(?:the|its|their|his|her|our|some|all)[ \t]+)?", re.I)
_WITH_TAIL = re.compile(r"[ \t]*(?:(?:on[ \t]+board|aboard|in[ \t]+tow)[ \t]*)?[.;]?[ \t]*", re.I)


def _bare_with(text: str) -> bool:
    """Whether clause *text* starts with ", with" and its with-phrase (up to the next comma) is nothing but a load:
    load phrases joined as a list, with at most a determiner before and "on board" after."""
    m = _WITH_CUT.match(text)
    if not m:
        return False
    rest = text[m.end():].split(",", 1)[0]
    found = phrases(rest)
    if not found or not _WITH_LEAD.fullmatch(rest, 0, found[0][0]) or not _WITH_TAIL.fullmatch(rest, found[-1][1]):
        return False
    return all(_AND_HEAD.fullmatch(rest, p[1], q[0]) or _LIST_END.fullmatch(rest, p[1], q[0])
               for p, q in zip(found, found[1:]))


# A determiner that points back at a force already named ("the detachment", "these units", "that", "those", "both
# ships", "the brigade's ships"): not a new one. A proper name's possessive ("Russia's troops") may name a new force;
# a common noun's ("the detachment's ships") is the force named before.
_DEFINITE = re.compile(r"(?:\b(?:the|this|these|that|those|both)|(?<![\w'’])(?-i:[a-z]+)['’]s)[ \t]+$", re.I)
_DEFINITE_HEAD = re.compile(r"(?:both|same)\b", re.I)
# A possessive pronoun that opens the sentence ("Its soldiers reached Valuyki") points back at the force of the
# sentences before; within it, it is more often the speaker's or the subject's ("the ministry said its forces ...",
# "Burundi withdrew its last soldiers"), a force of its own; "our" is the outlet's ("Our sources", "Our people").
_OPENING_POSSESSIVE = re.compile(r"[\W\d_]*(?:its|their|his|her)[ \t]+$", re.I)
# A phrase in a with-phrase of the subject ("The brigade, with its tanks, reached"): the subject is before it.
_WITH_BEFORE = re.compile(r",[ \t]*with[ \t]+(?:[\w'’-]+[ \t]+)?$", re.I)


# What may stand between a subject and its object: a verb of one to three words ("brought", "had sent"), no
# punctuation, conjunction, preposition, nor a verb of saying or showing (the attribution module's): such a verb
# opens a clause of its own, whose subject is the mover ("The Pentagon believes 3,000 soldiers reached Kursk").
_VERB_GAP = re.compile(r"[ \t]+(?:(?!(?:and|or|but|that|which|who|with|of|from|to|into|in|at|on|by|for|as|near|after|"
                       rf"before|while|when|including|than|{_SAYING_VERBS}|{_SHOWING_VERBS})\b)"
                       r"[a-z][\w'’-]*[ \t]+){1,3}", re.I)
# Such a verb within a phrase that reaches left over it ("The report shows Russian troops"): the subject after it.
_SAYING_IN = re.compile(rf"\b(?:{_SAYING_VERBS}|{_SHOWING_VERBS})[ \t]+", re.I)


def new_force(text: str, at: int) -> bool:
    """Whether sentence *text* names, before offset *at* (the place), a mover of its own that is not a force named
    before: the subject of the place's clause (its last phrase before the place, or the phrase whose verb that one
    is the object of, never across a verb of saying) without a determiner that points back (the, this, these, that,
    those, both, same, a common noun's possessive, a possessive pronoun opening the sentence: :data:`_DEFINITE`)
    ("Ukrainian forces entered Izium", "About 300 soldiers were redeployed to Kandi"), not a pronoun or a definite
    noun ("She crossed the Mediterranean", "The detachment passed the Vilkitsky Strait", "Its soldiers reached
    Valuyki", "Both ships", "The brigade brought 20 tanks to Valuyki"). Such a sentence tells another movement, so the vehicle of the sentences before it is not its own
    (:func:`geo.extract.pipeline._carry_modes`).

    >>> new_force("Ukrainian forces entered Izium on 10 September.", 24)
    True
    >>> new_force("The detachment crossed the Kara Sea.", 28)
    False
    >>> new_force("She crossed the Mediterranean to Gibraltar.", 35)
    False
    """
    before = [p for p in phrases(text) if p[1] <= at]
    if not before:
        return False
    k = len(before) - 1
    while k > 0 and (_VERB_GAP.fullmatch(text, before[k - 1][1], before[k][0])
                     or _WITH_BEFORE.search(text, before[k - 1][1], before[k][0])):
        k -= 1  # "The brigade brought 20 tanks to Valuyki", "The brigade, with its tanks, reached": the brigade's
    a = before[k][0]
    said = [m.end() for m in _SAYING_IN.finditer(text, a, before[k][1])]
    a = said[-1] if said else a  # "The Pentagon believes 3,000 soldiers": the soldiers, no definite noun
    return not (_DEFINITE.search(text, max(0, a - 24), a) or _DEFINITE_HEAD.match(text, a)
                or _OPENING_POSSESSIVE.fullmatch(text, 0, a))


def load_span(text: str, spans: list[tuple[int, int]], k: int) -> tuple[int, int]:
    """The stretch of sentence *text* read for what moved in its clause *k* (*spans*: its clauses): the clause, with
    a neighbour that a verbless with-phrase joins to it (:data:`WITH_LOAD`).

    >>> t = "About 1,000 troops, with armoured vehicles, had been moved to Podlasie."
    >>> a, b = load_span(t, [(0, 18), (18, len(t))], 1); t[a:b] == t
    True
    >>> t = "900 soldiers are being sent to Tapa, with vehicles shipped from Marchwood to Paldiski."
    >>> load_span(t, [(0, 35), (35, len(t))], 0)
    (0, 35)
    """
    a, b = spans[k]
    if not WITH_LOAD:
        return a, b
    if k > 0 and _bare_with(text[a:b]):
        a = spans[k - 1][0]
    if k + 1 < len(spans) and _bare_with(text[spans[k + 1][0]:spans[k + 1][1]]):
        b = spans[k + 1][1]
    return a, b


#: Whether a carrier's load told after the place ("landed at Lashio, bringing soldiers") is what moved, as a load told
#: before it is (:func:`find_what`).
LOAD_AFTER = True
# From the place to a carrier's load: the same clause, a carrier's verb, then at most three words of the load's phrase.
_LOAD_AFTER = re.compile(r"(?:(?!,[ \t]*(?:where|which|who|whom|whose|when|while|after|before|but|as)\b)[^.;])*?"
                         r"\b(?:carrying|bringing|ferrying|transporting|flying[ \t]+in|evacuating)[ \t]+"
                         r"(?:home[ \t]+|back[ \t]+|in[ \t]+)?", re.I)


# The carriers whose load alone moved when they carry people (aircraft and ships: the corpus's 'people'), unlike
# convoys, trucks and armour, which go with the troops they carry ('both').
_AIR_OR_SEA = re.compile(r"\b(?:aircraft|(?:air)?planes?|jets?|airlifters?|transports?|helicopters?|flights?|ships?|"
                         r"vessels?|warships?|frigates?|destroyers?|corvettes?|cruisers?|carriers?|fleet|flotillas?|"
                         r"boats?|ferr(?:y|ies)|tankers?|freighters?)\b", re.I)


#: Whether a phrase after "for" (for whom or for what a movement is) yields to another phrase of the clause
#: (:func:`find_what`).
BENEFICIARY = True
_FOR_BEFORE = re.compile(r"\bfor[ \t]+(?:(?:the|a|an|its|their|his|her|our|these|those)[ \t]+)?$", re.I)
# A possessive after the phrase ("for the troops' evacuation", "for the brigade's new battalion"): the phrase
# modifies the noun after it, which is what the movement is for. If that noun is no phrase of a load ("evacuation"),
# the possessive's phrase may itself be what moved; if it is one ("battalion"), both are for whom the movement is.
_POSSESSIVE = re.compile(r"['\u2019]")
_POSSESSED = re.compile(r"['\u2019]s?[ \t]+(?:[\w-]+[ \t]+){0,2}")


def _beneficiaries(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The phrases of *found* that say for whom or what a movement is: one after "for" and those coordinated with it
    ("for 3,000 troops and 40 tanks" is one phrase after "for") or possessed by it ("for the brigade's battalion")."""
    out: list[tuple[int, int, str]] = []
    for k, p in enumerate(found):
        gap = (found[k - 1][1], p[0]) if k else (0, 0)
        if out and out[-1] == found[k - 1] and (_AND_HEAD.fullmatch(text, *gap) or _LIST_GAP.fullmatch(text, *gap)
                                                  or _POSSESSED.fullmatch(text, *gap)):
            out.append(p)
        elif _FOR_BEFORE.search(text, max(0, p[0] - 20), p[0]) and (
                not _POSSESSIVE.match(text, p[1])
                or (k + 1 < len(found) and _POSSESSED.fullmatch(text, p[1], found[k + 1][0]))):
            out.append(p)
    return out


#: Whether people or materiel named with the mover after the place ("... to Termez with 585 servicemen") make the
#: load ``both`` (:func:`find_what`).
WITH_AFTER = True
# What went with the mover, after the place, in the same clause: "with 11 tanks", "together with Mi-24 helicopters",
# "as well as their weapons"; not those it met ("clashed with Ukrainian forces"), nor what people are armed with.
# (the words up to "with" cross no clause ("..., where they clashed ...") and no verb of meeting or arming, with or
# without an adverb: "clashed fiercely with Ukrainian troops", "equipped with", "in talks with")
_WITH_AFTER = re.compile(r"(?:(?!,[ \t]*(?:where|which|who|whom|whose|when|while|after|before|but|as)\b)"
                         r"(?!\b(?:clashed|clashing|fought|fighting|met|meeting|engaged|linked[ \t]+up|armed|equipped|"
                         r"talks|contact|battles?|clash(?:es)?|fighting)(?:[ \t]+\w+ly)?[ \t]+with\b)[^.;])*?"
                         rf"[ \t]+(?:together[ \t]+with|along[ \t]+with|as[ \t]+well[ \t]+as|with)[ \t]+"
                         rf"(?:[\w,'’-]+[ \t]+){{0,4}}?(?:(?P<p>{PEOPLE})|(?P<m>{MATERIEL}))\b", re.I)


#: How a stop whose clause, paragraph and route name nothing that moved gets its mover (:func:`fill`): ``""``
#: (left empty), ``"nearest"`` (the mover of the nearest stop before it in the text, else after it) or ``"article"``
#: (what the article's stops most often carry, as named at the nearest such stop). Chosen on the development
#: theatres (shipped models; the corpus's gold gives every stop a ``moved``): agreement of ``moved`` in English
#: 0.704 ("") -> 0.778 ("nearest") -> 0.780 ("article"), Russian/Ukrainian 0.547 -> 0.673 -> 0.698.
FILL = "article"


#: How a stop's count comes with what moved (:func:`carry_counts`): "" (only its own clause's), "what" (from the
#: phrase of its mover when the phrase was carried from another sentence: "About 800 paratroopers landed. They flew
#: on to B" gives 800 at B), or "route" (that, and along its route: the corpus gives a movement's count on every row
#: of its route, as it does ``what``). Only sentences about the whole force (:data:`_WHOLE`) take it: carried to every
#: stop of a draft route, counts went to other movements' stops (troops agreement on the development theatres, shipped
#: models: 1556 stops without a carry, 1534 carried to every stop of a route, 1554 "what" to any sentence, 1558 "what"
#: and 1560 "route" to sentences about the whole force; leave-one-theatre-out troops 0.93 with "route").
COUNTS = "route"


# A sentence about the whole of a force named before, by a pronoun or a definite noun ("They flew on to Bamako", "The
# paratroopers landed at ..."), not a part of it ("Some have since moved on", "Roughly 4,000 of them").
# The words between "the" and the noun (``mods``) must name the same force: see :func:`_about_whole`.
_WHOLE = re.compile(rf"^[\W\d]*(?:they|the\s+(?P<mods>(?:[\w-]+\s+){{0,2}}?)(?:{PEOPLE}))\b(?!\s+of\b)", re.I)
# Words that point back at a force without describing it ("the same troops", "the whole brigade").
_BACK = {"same", "whole", "entire"}


def _about_whole(note: str, counted: str) -> bool:
    """Whether the sentence *note* goes on about the whole force whose phrase is *counted*: a pronoun or a definite
    noun (:data:`_WHOLE`) whose modifiers are all words of *counted* ("The Ukrainian troops" after "About 1,000
    Ukrainian troops"), not another force's ("The Russian troops then withdrew" after "About 1,000 Ukrainian
    troops")."""
    m = _WHOLE.match(note)
    if not m:
        return False
    words = {w.lower() for w in re.findall(r"[\w-]+", counted)}
    return all(w.lower() in words or w.lower() in _BACK for w in (m.group("mods") or "").split())


#: Whether a stop whose sentence is about the whole of a force (:data:`_WHOLE`) takes the count of the force counted
#: in the nearest sentence before it that has stops, whatever route the linker drew ("About 800 paratroopers arrived
#: in Latvia. They flew from Vicenza to Riga" gives 800 at Vicenza and Riga), when that sentence counts one force only.
FOLLOW = True


def _follow_force(stops: list[dict]) -> None:
    """Give each stop of *stops* without ``troops`` whose sentence goes on about the whole force counted in the
    nearest earlier sentence with stops that count, when that sentence counts one force only (:data:`FOLLOW`)."""
    def at(r: dict) -> int:
        return int(r.get("start") or 0)
    for r in stops:
        note = r.get("note") or ""
        if r.get("troops") is not None or not _WHOLE.match(note):
            continue
        before = [s for s in stops if at(s) < at(r) and (s.get("note") or "") != note]
        if not before:
            continue
        prev = (max(before, key=at).get("note") or "")
        counted = {(s["troops"], s.get("what") or prev) for s in stops
                   if (s.get("note") or "") == prev and s.get("troops") is not None}
        # two counts (or one count under two phrases) in that sentence: "they" could be either force
        if len({c for c, _w in counted}) == 1 and all(_about_whole(note, w) for _c, w in counted):
            r["troops"] = next(iter(counted))[0]


def carry_counts(rows: list[dict], roles: tuple[str, ...] = ("origin", "via", "destination", "presence")) -> None:
    """Give each stop of *rows* that has no ``troops`` the count of its mover (:data:`COUNTS`), in place: the count
    its ``what`` names when that phrase is not its own sentence's (``note``) and the sentence is about the whole force
    (:data:`_WHOLE`), else the first count of its route, in another clause of that count's sentence or in a sentence
    about the whole force.

    >>> rows = [{"role": "origin", "route": "r1", "what": "about 800 paratroopers", "troops": None, "note": "They left."},
    ...         {"role": "destination", "route": "r1", "what": "", "troops": None, "note": "The troops flew on."},
    ...         {"role": "presence", "route": "", "what": "tanks", "troops": None}]
    >>> carry_counts(rows); [r["troops"] for r in rows]
    [800, 800, None]
    """
    if not COUNTS:
        return
    stops = [r for r in rows if r.get("role") in roles]
    for r in stops:
        # a phrase of the stop's own sentence was read there with its context ("on September 10 shows soldiers")
        if r.get("troops") is None and r.get("what") and r["what"] not in (r.get("note") or "") \
                and _about_whole(r.get("note") or "", r["what"]):
            found = find_troops(r["what"])
            if found:
                r["troops"] = found[0]
    if COUNTS != "route":
        return
    counts: dict[str, tuple[int, str, str]] = {}
    for r in stops:
        if r.get("route") and r.get("troops") is not None:
            counts.setdefault(r["route"], (r["troops"], r.get("note") or "", r.get("what") or r.get("note") or ""))
    for r in stops:
        if r.get("route") and r.get("troops") is None and r["route"] in counts:
            # another clause of the count's sentence, or a sentence that goes on about the same whole force
            count, where, counted = counts[r["route"]]
            if (r.get("note") or "") == where or _about_whole(r.get("note") or "", counted):
                r["troops"] = count
    if FOLLOW:
        _follow_force(stops)


def fill(rows: list[dict], roles: tuple[str, ...] = ("origin", "via", "destination", "presence")) -> dict[int, str]:
    """Give each stop of *rows* (draft rows of one article, with ``what``, ``moved``, ``start`` and ``role``) that
    names no mover the kind of the article's mover (:data:`FILL`), in place: a stop is always a stop of something
    that moved or is there, and an article is mostly about one kind of force ("the units camped near Khoiniki" after
    "troops and armour arrived in Belarus"). Only ``moved`` (people/materiel/both) is filled; ``what`` stays empty,
    because the phrase and its count are another sentence's and this stop's sentence may name someone else ("Putin
    flew to Kazan" after "1,500 North Korean special forces were shipped"): a map reader would take a copied phrase
    for what this sentence said. Returns the carried phrase of each filled row (by ``id``), for studies: the
    pipeline prints none of it and takes no mode from it (another movement's vehicle is not this stop's).

    >>> rows = [{"role": "destination", "start": 10, "what": "1,500 troops", "moved": "people"},
    ...         {"role": "presence", "start": 90, "what": "", "moved": ""},
    ...         {"role": "destination", "start": 200, "what": "S-400 components", "moved": "materiel"},
    ...         {"role": "origin", "start": 300, "what": "2,000 soldiers", "moved": "people"}]
    >>> fill(rows)[id(rows[1])], rows[1]["what"], rows[1]["moved"]
    ('1,500 troops', '', 'people')
    """
    carry_counts(rows, roles)
    carried: dict[int, str] = {}
    if not FILL:
        return carried
    named = [r for r in rows if r.get("role") in roles and r.get("moved")]
    if not named:
        return carried
    counts: dict[str, int] = {}
    for r in named:
        counts[r["moved"]] = counts.get(r["moved"], 0) + 1
    top = max(counts, key=lambda k: (counts[k], -[r["moved"] for r in named].index(k)))
    for r in rows:
        if r.get("role") not in roles or r.get("moved"):
            continue
        at = int(r.get("start") or 0)
        pool = named if FILL == "nearest" else [n for n in named if n["moved"] == top]
        before = [n for n in pool if int(n.get("start") or 0) <= at]
        src = max(before, key=lambda n: int(n.get("start") or 0)) if before else \
            min(pool, key=lambda n: int(n.get("start") or 0))
        r["moved"] = src["moved"]  # the kind only: the phrase is another sentence's, so ``what`` stays empty
        carried[id(r)] = src["what"]
    return carried
