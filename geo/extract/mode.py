"""How a movement went, from the words of its sentence: sea, air, rail, road, or unknown.

A cue is a word of the movement or of its vehicle ("by sea", "flown", "jets", "C-17s", "flatcars", "convoy"),
never the kind of a place ("the port city of Vladivostok", "the T4 air base" say nothing of how forces got there).
The cue nearest to the place wins ("first arrived in Vladivostok by sea" -> sea); with
none near it, a cue at the start of the sentence, its subject, names the mover ("The
convoys, carrying ..., reached Rylsk" -> road); with no cue the answer is ``unknown``,
never a guess.
"""

from __future__ import annotations

import re

_CUES = {
    "sea": r"by\s+sea|sea\s*lift|ships?|warships?|navy|"
           # "naval" of a kind of place or troops says nothing of how they went ("the naval aviation airfield at
           # Yeysk", "naval infantry"), as a place noun does not
           r"naval(?!\s+(?:aviation|air|bases?|stations?|infantry|ports?|facilit(?:y|ies)|yards?|dockyards?)\b)|vessels?|ferr(?:y|ies|ied)|sail(?:ed|ing|s)?|"
           r"flotillas?|destroyers?|frigates?|cruisers?|corvettes?|submarines?|fleet|"
           # a carrier is a ship only as an aircraft carrier or its strike group: "missile carriers" are bombers
           # (Tu-95MS, Tu-22M3), "tank carriers" road transporters, "national carrier Belavia" an airline
           r"landing\s+craft|aircraft\s+carriers?|carrier\s+strike\s+groups?|"
           r"(?:speed|gun|patrol)?boats?|shipped|shipping|seaborne",
    "air": r"by\s+air|flown|fly|flew|flying|flights?|airlift(?:s|ed|ing)?|air\s*lift|"
           r"aircraft|planes?|airliners?|helicopters?|"
           # the vehicle names the mode (the corpus's convention "Mode from the vehicle"): jets, bombers, transports
           r"jets?|bombers?|airlifters?|tiltrotors?|Ospreys?|A400Ms?|"
           # a designation ("C-17s", "Il-76", "IL-76"); E- and P- only as the aircraft they name (E-3, E-7, P-3, P-8),
           # as "the E-40" and "the P-06" are roads
           r"(?-i:(?:(?:C|KC|B|F|FA|MV|CH|AH|UH|Tu|Su|MiG|J|Y|Mi|Ka|An|AN|Il|IL|CF)-\d{1,3}[A-Z]{0,3}\d?|"
           r"(?:E-[37]|P-[38])[A-Z]{0,3})s?)",
    "rail": r"by\s+rail|rail(?:way|road)?s?|trains?|echelons?|rolling\s+stock|flatcars?|wagons|railheads?",
    "road": r"by\s+road|convoys?|columns?|trucks?|lorr(?:y|ies)|buses|bus|vehicles|drove|driven|driving|"
            r"highways?|motorcades?|coach(?:es)?|road|"
            # a unit's march is made on roads ("completed a march of 300 km"; not "tanks", which also come as cargo)
            # lower case and no day after it: "a March 3 statement" is the month
            r"(?:a|road)\s+(?-i:march(?:es)?)\b(?!\s+\d)",
}
_CUE = re.compile("|".join(f"(?P<{mode}>(?<!anti-)\\b(?:{words})\\b)" for mode, words in _CUES.items()), re.I)
#: The modes, in the order places.csv documents them.
MODES = ("sea", "air", "rail", "road", "unknown")


#: Words before a cue that make it the load of the mover named before them.
_CARGO = re.compile(r"\b(?:carry|carries|carrying|carried|loaded\s+with|laden\s+with|transporting|hauling|"
                    # "docked at Tartus to load military vehicles", "unloading vehicles": the vehicles are the load
                    # ("loaded onto flatcars" names the carrier: a preposition after the verb)
                    r"(?:un)?load(?:s|ing)?(?=\s+(?!onto|into|on|aboard|at|in|from)))\s+(?:[\w-]+\s+){0,3}$", re.I)

_BY = re.compile(r"\bby\s", re.I)

#: Where one leg of a journey ends and the next begins, each leg with its own vehicle: "driven by bus to Kigali,
#: and flown home to Bucharest", "fly from Moscow to Chisinau, and then go by road to Tiraspol", "to Baranovichi,
#: where tanks were unloaded and driven to the range", "flown to airfields in western Russia and from there moved by
#: road", "bombers had left Saky ..., and that two Su-30SM had flown to Yeysk".
_LEG = re.compile(r"\b(?:and\s+)?then\b|,\s+where\b|;|\bfrom\s+there\b|,\s+and\s+that\b|"
                  r",?\s+and\s+(?=(?:[\w-]+\s+){0,2}?(?:moved|sent|flown|flew|driven|drove|driving|shipped|sailed|"
                  r"carried|taken|transported|went|go|goes)\b)", re.I)

#: A word before a capitalised cue that makes it the start of a sentence or clause, not a name.
_OPENS = re.compile(r"(?:^|[.!?:;\"“‘(•\-–—])\W*$")


def _named(text: str, m: re.Match) -> bool:
    """Whether the cue *m* is a word of a name: a common word written with a capital inside the sentence
    ("the Black Sea Fleet", "Naval Station Rota"); a designation ("C-17", "Il-76")
    is always a vehicle.

    >>> _named("the Black Sea Fleet", _CUE.search("the Black Sea Fleet"))
    True
    >>> _named("Ships left Tartus.", _CUE.search("Ships left Tartus."))
    False
    """
    word = m.group()
    if word.lower() == "navy":  # a navy goes by sea, whatever its name ("the Iranian Navy boarded ...")
        return False
    if not word[0].isupper() or any(c.isdigit() for c in word) or word.lower() != word[0].lower() + word[1:]:
        return False
    # only the non-word run just before the cue matters: a bounded look keeps a long unsplit line linear
    return not _OPENS.search(text, max(0, m.start() - 40), m.start())

#: How far (characters) a cue may be from the place and still count: the same clause, roughly (chosen on the
#: development theatres once place nouns stopped being cues: mode 0.776 at 80, 0.785 at 100, 0.784 at 120).
NEAR = 100
#: A cue this near the start of the sentence names its subject, the mover, wherever the place is:
#: "The convoys, carrying about 2,000 soldiers, reportedly left Belgorod ... and reached Rylsk".
SUBJECT = 30


def find_mode(text: str, at: int | None = None) -> str:
    """The mode the words of *text* give, the cue nearest to offset *at* winning; else ``"unknown"``.

    Parameters
    ----------
    text : a sentence.
    at : offset of the place in *text* (default: the first cue wins); a cue more than
        :data:`NEAR` characters away belongs to another clause and does not count.

    >>> find_mode("NYT sources claim that the North Korean troops first arrived in Vladivostok by sea.")
    'sea'
    >>> find_mode("They were allegedly flown to a military airfield in western Russia.")
    'air'
    >>> find_mode("A convoy left Belgorod.")
    'road'
    >>> find_mode("Troops were deployed to the Kursk region.")
    'unknown'
    >>> find_mode("A train carrying armoured vehicles passed through Belgorod.", 50)
    'rail'
    """
    if at is not None:  # the leg of the place first: a cue in another leg tells that leg's vehicle
        cuts = [m.start() for m in _LEG.finditer(text)]
        if cuts:
            lo = max((c for c in cuts if c <= at), default=0)
            hi = min((c for c in cuts if c > at), default=len(text))
            leg = _mode_at(text, at, lo, hi)
            if leg != "unknown":
                return leg
    return _mode_at(text, at)


def _mode_at(text: str, at: int | None, lo: int = 0, hi: int | None = None) -> str:
    """:func:`find_mode` over the cues between offsets *lo* and *hi* of *text*."""
    best, best_d, subject = "unknown", None, None
    said = None  # the nearest "by bus", "by sea": said outright, it outranks a place noun nearer by
    for m in _CUE.finditer(text, lo, len(text) if hi is None else hi):
        if _CARGO.search(text, max(0, m.start() - 60), m.start()):
            continue  # "a train carrying armoured vehicles": the vehicles are its load, not how it went
        if _named(text, m):
            continue  # "the Black Sea Fleet", "XVIII Airborne Corps", "Naval Station Rota": a name, not how it went
        if at is None:
            return m.lastgroup
        d = m.start() - at if m.start() >= at else at - m.end()
        if d <= NEAR and (best_d is None or d < best_d):
            best, best_d = m.lastgroup, d
        if d <= NEAR and _BY.search(text, max(0, m.start() - 3), m.end()) and (said is None or d < said[1]):
            said = (m.lastgroup, d)
        if subject is None and m.end() <= min(at, SUBJECT):
            subject = m.lastgroup
    if said is not None:
        return said[0]
    return best if best_d is not None or subject is None else subject
