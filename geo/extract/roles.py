"""What the text reports at each place: destination, origin, presence, or a mere mention.

Read from the words around the place in its sentence:

* **destination**: "sent/deployed/flown ... to (the) X", "arrived in X", "bound for X";
* **origin**: "from X", "out of X", "left X";
* **presence**: forces or people are there: "stationed/staying/based/gathered ... in X",
  "troops in X", "bases in X";
* **mention**: anything else, and always, whatever the words, a place in a dateline
  ("KYIV, March 3 (Reuters) -"), in a photo credit ("Photo: ... from Jackson Heights, usa"),
  used for its government (metonymy: "Seoul says", "Moscow denied", "Kyiv had seen no sign"),
  inside the name of an organisation or a person ("Armed Forces of Ukraine", "The New York
  Times"), or only the container of a place named with it ("the Kursk region of Russia",
  "sites in Russia such as Ussuriysk"), or a place a distance is measured from ("about 15 km
  from the Ukrainian border").

Places listed together ("in Ussuriysk, Khabrovsk and Blagoveshchensk") share the role of the
first.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Sequence

from .records import MOVING_ROLES, Mention, Reported, Sentence
from .what import MATERIEL, PEOPLE

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "LONDON, Oct 12 -", "KYIV, March 3 (Reuters) -", "MOSCOW (AP) —", "Kyiv, Ukraine, March 3 (Reuters) -"
_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:(?P<caps>[A-Z][A-Z.'’ -]{{1,40}}[A-Z.])|(?P<city>[A-Z][\w.'’ -]{{1,40}}))"
    rf"(?:,[ \t]*[A-Z][\w.'’ -]{{1,30}}?)?"
    rf"(?:,?[ \t]*(?P<date>{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?|\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?))?"
    rf"[ \t]*(?:\((?P<agency>[A-Za-z][\w .&/-]{{0,30}})\))?[ \t]*(?:-|–|—|--)[ \t]")
_CREDIT = re.compile(r"(?i)(?:\b(?:photo|image|picture|photograph|video|footage)s?(?:\s+credit)?\s*"
                     r"(?::|\bby\b|\bcourtesy\b|©)"
                     r"|\bcredit\s*:|©|(?m:^)[ \t]*\(?(?:by|(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|"
                     r"compiled\s+by)\s+(?-i:[A-Z])"
                     # "Hannah Kerr reported from Seoul and Kyiv."
                     r"|(?-i:[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]+(?:reported|contributed\s+reporting)"
                     r"[ \t]+from[ \t]+(?=(?-i:[A-Z])))[^\n|]*"
                     # a masthead: "Kyiv Defence Digest | Sunday, 18 February 2024", "Podlasie Courier | Region | ..."
                     r"|(?m:^)[ \t]*(?-i:[A-Z])[^\n|]{2,50}\|[^\n]*\b(?:19|20)\d\d\b[^\n]*")
_SPEECH = (r"says|said|say|den(?:y|ies|ied)|claims?|claimed|warn(?:s|ed)|insist(?:s|ed)|believes?|believed|"
           r"confirm(?:s|ed)|announc(?:es|ed)|accus(?:es|ed)|reject(?:s|ed)|condemn(?:s|ed)|dismiss(?:es|ed)|"
           r"respond(?:s|ed)|argu(?:es|ed)|stat(?:es|ed)|told|tells|urg(?:es|ed)|call(?:s|ed)\s+(?:on|for)|"
           r"vow(?:s|ed)|sign(?:s|ed)|agree(?:s|d)|seen|sees|saw|welcom(?:es|ed)|protest(?:s|ed)|"
           r"demand(?:s|ed)|threaten(?:s|ed)|consider(?:s|ed)|maintain(?:s|ed)|refus(?:es|ed)|declin(?:es|ed)|"
           r"hope[sd]?|fear(?:s|ed)?|want(?:s|ed)?|plan(?:s|ned)?|expects?|expected|wants|knows|knew|"
           r"approv(?:es|ed)|sanction(?:s|ed)|summon(?:s|ed)|responds|reacted|reacts|views|regards")
# The saying after a subject: "say", "has also warned", ", meanwhile, denied", "on Monday said".
_SAYS = (rf"(?:[ \t]*,[ \t]*(?:meanwhile|however|for\s+its\s+part|in\s+turn|too),)?"
         rf"(?:[ \t]+(?:has|have|had|is|was|would|will|also|has\s+also|had\s+also|repeatedly|both|"
         rf"previously|officially|publicly|quickly|strongly|not|never|so\s+far|yet|already|"
         rf"on\s+\w+day)){{0,3}}[ \t]+(?:{_SPEECH})\b")
_METONYMY = re.compile(rf"(?:['’]s[ \t]+(?:government|leadership|foreign\s+ministry|defen[cs]e\s+ministry|"
                       rf"position|response|officials|envoy|ambassador|embassy|decision|stance)\b"
                       # "a drone of the Kinshasa regime", "the Kyiv government": the place names its rulers
                       rf"|[ \t]+(?:regime|government|leadership)\b"
                       rf"|{_SAYS})")
# "Damascus and Moscow say ...": the first of two names that say something together. Only when the first name starts
# its clause (see _SUBJECT_START): in "US troops arrived in Poland and President Biden said" the "and" joins two
# clauses and Poland stays where the troops arrived.
_CO_SUBJECT = re.compile(rf"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[\w'’.-]*"
                         rf"(?:[ \t]+(?-i:[A-Z])[\w'’.-]*){{0,2}}{_SAYS}")
# The text before a name that starts its clause: nothing, a quote or bracket, a comma, colon, semicolon or dash, or
# a word that opens a clause ("Meanwhile, Minsk and Moscow called", "while Kyiv and Warsaw say", "said that Berlin
# and Paris ..."), with an optional "the".
_SUBJECT_START = re.compile(r"(?:^|[,;:•#(\"“‘—–-]|\b(?:and|but|while|as|that|when|because|since|after|"
                            r"before|whereas|although|though|so|which|if|instead|meanwhile|however|now|both))"
                            r"[ \t]*(?:the[ \t]+)?$", re.I)
_ORG_AFTER = re.compile(r"[ \t]+(?:Armed\s+Forces|Forces|Force|Army|Navy|Air\s+Force|Party|Times|Post|Journal|"
                        r"University|Institute|Ministry|Airlines|Airways|Express|Herald|News|Daily|Today|Tribune|"
                        r"Gazette|Telegraph|Command|Council|Bank|Group|Corporation|Company|Railways|Television|"
                        r"Radio|Review|Monitor|Observer|Guardian|Chronicle|Agency|Service|Committee|Federation|"
                        r"Embassy|Fleet|Street\s+Journal|Stock\s+Exchange|Airport|Institute|Center|Centre|"
                        r"Corps|Brigade|Division|Regiment|Battalion|Legion)\b")
_ORG_BEFORE = re.compile(r"(?:\b(?:Forces|Force|Army|Navy|Party|Republic|University|Ministry|Bank|Council|"
                         r"Institute|Department|Committee|Command|Guard|Agency|Service|Union|Academy|Church|"
                         r"Museum|Court|Embassy|Office|Government|President|Prime\s+Minister|Minister|Governor|"
                         r"Mayor|Ambassador|Bishop|Duke|King|Queen|Prince|Princess|Chamber|School|College|"
                         r"Workers['’]|People['’]s|Front|Organi[sz]ation|Association|Board)[ \t]+(?:of|for)[ \t]+"
                         r"(?:the[ \t]+)?)$")
_POSSESSIVE_ORG = re.compile(r"['’]s[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}"
                             r"(?:Intelligence|Service|Ministry|Agency|Army|Forces|"
                             r"President|Prime\s+Minister|Minister|Foreign|Defen[cs]e|Military|Navy|Council|"
                             r"Secretary|General|Parliament|Government|Embassy|Command|Office|Security)\b")
# "arrived in Havana's harbour", "Kursk's outskirts": the possessive of a part of the place itself, which is where
# things happen (unlike "Moscow's decision").
_PART_OF_PLACE = re.compile(r"['’]s[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?:harbou?r|port|seaport|docks?|airport|airfield|"
                            r"air[ \t]?base|naval[ \t]+base|base|outskirts|suburbs?|centre|center|streets|border|"
                            r"coast|waters|railway[ \t]+station|station|train[ \t]+station|bay|region|province|"
                            r"district|area|tip|flank|edge|shore|coastline|frontier|territory|airspace|"
                            r"(?:air[ \t]+defen[cs]e[ \t]+)?(?:identification[ \t]+)?zone)s?\b")
# What joins a place to the area after it that contains it ("the Kursk region of Russia", "Kursk, in the west
# of Russia"); not "… to the village of Synkivka", where the village is the place itself.
_CONTAINER_BETWEEN = re.compile(r"[ \t]*,?[ \t]*(?:in[ \t]+the[ \t]+)?(?:(?:region|province|oblast|krai|republic|"
                                r"district|part|parts|north|south|east|west|border|coast|outskirts)[ \t]+)?of[ \t]+"
                                r"(?:the[ \t]+)?", re.I)
# What joins an area to the place inside it that it names: "the Bekaa Valley town of Hermel".
_NAMED_PLACE_OF = re.compile(r"[ \t]+(?:town|city|village|port|settlement|district|region|province)[ \t]+of[ \t]+",
                             re.I)
_CONTAINER_AFTER = re.compile(r"^,?[ \t]+(?:such\s+as|including|like)\b")
_LIST_BEFORE = re.compile(r"^(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|as\s+well\s+as|&)[ \t]+|"
                          r"[ \t]*,?[ \t]+(?:such\s+as|including|like)[ \t]+|[ \t]*/[ \t]*)$")
# Words allowed between a preposition and the place: "to the Russian port city of Vladivostok".
_FILLER = (r"(?:the|a|an|of|its|their|his|her|port|city|town|capital|region|province|oblast|krai|village|"
           r"bases?|military|naval|air|airfield|airbase|border|northern|southern|eastern|western|central|"
           r"north|south|east|west|occupied|annexed|frontline|front|area|areas|district|republic|peninsula|"
           r"coast|coastal|harbou?r|seaport|garrison|training|camps?|grounds?|sites?|facilit(?:y|ies)|near|outside|in|"
           r"rear|suburbs?|positions?|river|banks?|"
           r"with|"
           r"field|outskirts|airport|military\s+airfield|"
           r"(?-i:[A-Z][\w'’.-]*))")
_GAP = rf"(?:[ \t]+{_FILLER}){{0,5}}[ \t]+$"
_DEST_PREP = re.compile(rf"\b(?:to|into|towards?|onward\s+to|back\s+to|bound\s+for|headed\s+(?:to|for)|via|"
                        rf"through|passing\s+through|by\s+way\s+of|"
                        rf"heading\s+(?:to|for)|en\s+route\s+to|(?:leaving|left|set\s+(?:off|out)|departed|"
                        rf"sailed|sailing|bound|flew|flying|headed|heading)"
                        # "departed Zhanjiang for the Gulf of Aden": the place left, then where to
                        rf"(?:\s+(?:from\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){{0,3}})?\s+for){_GAP}",
                        re.I)
# A place passed through on the way: "via Minsk", "passing through Belgorod", "transiting Bosphorus".
_VIA = re.compile(r"(?:via|through|passing\s+through|by\s+way\s+of|transit\w*)\b", re.I)
_DEST_VERB_PREP = re.compile(rf"\b(?:arriv(?:ed|ing|es|e)|land(?:ed|ing|s)?|dock(?:ed|ing|s)?|disembark(?:ed|ing)?|"
                             rf"reach(?:ed|ing|es)?|enter(?:ed|ing|s)?|crossed|cross(?:ing)?|relocated|redeployed|"
                             rf"moved|transferred|brought|shipped|flown|airlifted|sent|unloaded|offloaded|delivered|"
                             rf"captur(?:ed|ing|es)|seized|retook|recaptured|liberated|stormed|took\s+control\s+of)"
                             rf"(?:[ \t]+(?:to|in|at|into|"
                             rf"inside|over))?{_GAP}", re.I)
_ORIGIN_PREP = re.compile(rf"\b(?:from|out\s+of|leaving|left|depart(?:ed|ing|s)?(?:[ \t]+from)?|"
                          rf"withdr[ae]wn?\s+from|pulled\s+out\s+of|evacuated\s+from){_GAP}", re.I)
_PRESENCE_PREP = re.compile(rf"\b(?:in|at|near|around|outside|inside|across|throughout|within|off){_GAP}", re.I)
# "close to X", "according to X", "threat to X": a "to" that is no movement.
_NOT_DEST = re.compile(r"\b(?:close|next|near|due|according|similar|threat|threats|addition|up|compared|relation|"
                       r"response|regard|respect|contrary|prior|thanks|add|adds|added|belong|belongs|belonging|"
                       r"allegiance|loyal|loyalty|aid|help|support|assistance|letter|message|visit|trip)$", re.I)
# "NATO could send its troops to Ukraine": what might happen is not reported as happening.
_HYPOTHETICAL = re.compile(r"\b(?:could|would|might|may|if|unless|whether)\b(?![^,;]*\b(?:have|has)\s+been\b)", re.I)
# Trade moves no forces: "Russia sent grain to Syria", "oil exports to China" (materiel does: "Pyongyang has sent
# millions of artillery shells to Russia" is drafted, what moved being the shells).
_CARGO = re.compile(r"\b(?:grain|wheat|oil|crude|gas|LNG|coal|fertili[sz]ers?|food|humanitarian\s+aid|aid|goods|"
                    r"exports?|imports?|trade|tourists?|passengers)\b", re.I)
_PEOPLE = re.compile(r"\b(?:troops|soldiers|forces|servicemen|personnel|fighters|marines|paratroopers|sailors|"
                     r"mercenaries|units|brigades?|battalions?|regiments?|divisions?|convoys?|columns?|crews?|"
                     r"members|militants|insurgents|militia|militiamen|gunmen|volunteers|recruits|commandos|"
                     r"conscripts|reservists|contractors|"
                     r"officers|men|people|refugees|civilians|evacuees|workers|delegation|leader|president|"
                     r"minister|he|she|they|them|we)\b", re.I)
_MATERIEL = re.compile(rf"\b(?:{MATERIEL})\b", re.I)
_VEHICLES = re.compile(r"\b(?:ships?|vessels?|warships?|flotillas?|fleet|task\s+force|aircraft|planes?|jets?|"
                       r"helicopters?|tanks?|vehicles?|trucks?|armou?r|artillery|howitzers?)\b", re.I)
# Lines that are no report: labels, tags and links at the foot of a blog post.
_BOILERPLATE = re.compile(r"(?im)^[ \t]*(?:labels|tags|topics|related|read\s+more|see\s+also|share|categories)\b"
                          r"[^\n]*")
_MOVE = re.compile(r"\b(?:send(?:s|ing)?|sent|deploy(?:s|ed|ing|ment|ments)?|dispatch(?:es|ed|ing)?|"
                   r"transfer(?:s|red|ring)?|mov(?:e|es|ed|ing|ement|ements)|ship(?:s|ped|ping)?|ferr(?:y|ied|ies)|"
                   r"fl(?:own|ew|y|ies|ying)|flights?|airlift(?:s|ed|ing)?|transport(?:s|ed|ing)?|"
                   r"redeploy(?:s|ed|ing|ment)?|relocat(?:e|es|ed|ing|ion)|arriv(?:e|es|ed|ing|al)|"
                   r"head(?:s|ed|ing)?|bound|travel(?:s|led|ed|ling|ing)?|return(?:s|ed|ing)?|brought|bring(?:s|ing)?|"
                   r"rush(?:es|ed|ing)?|pour(?:s|ed|ing)?|march(?:es|ed|ing)?|drove|driv(?:e|es|en|ing)|"
                   r"sail(?:s|ed|ing)?|reinforc(?:e|es|ed|ing|ements)|evacuat(?:e|es|ed|ing|ion)|"
                   r"withdr(?:aw|ew|awn|awing|awal)|tranche|convoys?|columns?|routed|carr(?:y|ies|ied|ying)|"
                   r"deliver(?:s|ed|ing|y)?|dispatch|land(?:s|ed|ing)|dock(?:s|ed|ing)|leav(?:e|es|ing)|left|"
                   r"depart(?:s|ed|ing|ure)?|cross(?:es|ed|ing)?|enter(?:s|ed|ing)?|went|gone|going|came|coming|"
                   r"join(?:s|ed|ing)?|tak(?:e|es|en|ing)|took|bus(?:s)?ed|trucked|passing|transit(?:ed|ing)?|"
                   r"fled|flee(?:s|ing)?|escap(?:e|es|ed|ing)|advanc(?:e|es|ed|ing))\b", re.I)
# Words of going, escorting and towing: anyone goes, police escort protesters ("Foreign ministers will go to Geneva",
# "Police escorted the protesters to Lviv"), so these move forces or materiel only when the sentence names some, as
# the route linker asks of its movers ("The rest of the Marines are to go to Hawaii", "The tanker was escorted to
# the port of Bandar-e-Jask", "The damaged frigate was towed to Sevastopol").
_MOVE_FORCES = re.compile(r"\b(?:go(?:es)?|escort(?:s|ed|ing)?|tow(?:s|ed|ing)?)\b", re.I)
# Forces and materiel: the head nouns of what.py less the civilians and bodies that travel as anyone does.
_CIVIL = frozenset(("refugees", "civilians", "evacuees", "workers", "delegation", "staff", "people"))
_FORCES = re.compile(r"\b(?:%s|%s)\b" % ("|".join(a for a in PEOPLE.split("|") if a not in _CIVIL), MATERIEL),
                     re.I)


def _moves(sent: str) -> bool:
    """Whether *sent* is about moving: a word that moves anything, or one of going, escorting or towing with forces
    or materiel named in it."""
    return bool(_MOVE.search(sent) or (_MOVE_FORCES.search(sent) and _FORCES.search(sent)))


_PRESENT = re.compile(r"\b(?:station(?:ed|ing)?|stay(?:s|ed|ing)?|based|garrison(?:ed|s)?|deployed|posted|positioned|"
                      r"mass(?:ing|ed)|gather(?:ed|ing|ings)?|concentrat(?:ed|ing|ion)|train(?:ing|ed)|"
                      r"fighting|fought|seen|spotted|observed|present|presence|located|camps?|bases?|"
                      r"barracks|troops|soldiers|forces|units|personnel|servicemen|mercenaries|instructors|"
                      r"fighters|members|militants|insurgents|militiamen|gunmen|marines|paratroopers|commandos|"
                      r"positions|entrenched|dug\s+in|"
                      r"brigades?|battalions?|operating|operate|remain(?:s|ed|ing)?|arrived|build-?up|"
                      r"sighted|housed|quartered|hiding|parked|vehicles|tanks|warships|jets|equipment|vessels|ships|submarines|"
                      r"keeps?|kept)\b", re.I)


_DATELINE_SEP = re.compile(r"[ \t]+(?:--|-|–|—)[ \t]+|[ \t]*(?:–|—)[ \t]*|:[ \t]+|[ \t]+--?[ \t]*(?=[A-Z])")
_DATELINE_DATE = re.compile(rf"(?:,?[ \t]*(?:{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]*\d{{4}})?|\d{{1,2}}[ \t]+{_MONTH}"
                            rf"(?:[ \t]+\d{{4}})?))[ \t]*$", re.I)
_DATELINE_AGENCY = re.compile(r"[ \t]*\((?P<agency>[A-Za-z][\w .&/-]{0,30})\)[ \t]*$")
_PLACE_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


def _dateline_head(head: str, colon: bool = False) -> tuple[bool, str]:
    """Whether *head* (what opens a line before its dash or colon) is a dateline, and its agency."""
    agency = ""
    m = _DATELINE_AGENCY.search(head)
    if m:
        agency, head = m.group("agency"), head[:m.start()]
    m = _DATELINE_DATE.search(head)
    dated = bool(m)
    if m:
        head = head[:m.start()]
    parts = [p.strip() for p in head.split(",")]
    if not parts or len(parts) > 3 or not parts[0]:
        return False, ""
    places = re.split(r"[ \t]*/[ \t]*", parts[0])  # "WASHINGTON/JERUSALEM"
    words = [w for p in places for w in p.split()]
    if not words or len(words) > 6 or not all(_PLACE_WORD.fullmatch(w) for w in words):
        return False, ""
    if any(not p.split()[0][:1].isupper() for p in places if p.split()):
        return False, ""
    caps = all(p.split()[0].isupper() and len(p.split()[0]) > 1 for p in places if p.split())
    if caps and colon and not (dated or agency):
        # "LANDI KOTAL:" but not "UPDATE:", "EXCLUSIVE:": a place the gazetteer knows
        from .. import gazetteer as gz

        caps = bool(gz.load().postings(gz.normalize(places[0])))
    return (caps or dated or bool(agency)), agency


# A place that acts, as the subject of its clause: "Moscow has not commented", "Manila has filed a protest",
# "Russia invaded Ukraine" (not one that is acted on: "Kursk was shelled"; nor one that moves forces: a movement's
# places are read from its prepositions).
_CLAUSE_START = re.compile(r"(?:^|[,;:•#—–(]|\b(?:and|but|while|as|that|when|because|since|after|before|"
                           r"whereas|although|though|so|which|if|in\s+return|instead|meanwhile|however|now))[ \t]*$",
                           re.I)
_ACTS = re.compile(r"[ \t]+(?P<aux>(?:(?:has|have|had|is|was|were|are|would|will|did|does|do|also|not|never|both|"
                   r"initially|first|repeatedly|now|still|previously|officially|publicly|quickly|strongly|already|"
                   r"so\s+far|yet|since|itself|reportedly|then|later|once)[ \t]+){0,3})"
                   r"(?P<v>(?-i:[a-z]+(?:ed|s)|built|sold|made|held|took|gave|won|lost|saw|knew|told|paid|said|kept|met|"
                   r"led|sought|chose|spent|felt|got|thought|meant|struck|bought|brought|understood|sent)"
                   r"|(?-i:[a-z]+ing))\b", re.I)
_CO_SUBJECTS = re.compile(r"^(?:[ \t]*(?:,|and|or|&)[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)+")
_BE = re.compile(r"\b(?:is|was|were|are|been|being|be)\b", re.I)
# "urged Tokyo to ...", "protests from Beijing", "coordinated with Seoul": a place that stands for its government.
_POLITICAL_OBJECT = re.compile(r"\b(?:urg(?:ed|es|e|ing)|warn(?:ed|s|ing)?|accus(?:ed|es|ing)|press(?:ed|es|ing)|"
                               r"anger(?:ed|ing|s)?|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|condemn(?:ed|s|ing)?|"
                               r"call(?:ed|s)?\s+on|message\s+to|pressure\s+from|protests?\s+from|delay\s+in|"
                               r"coordinated\s+with|talks\s+with|ties\s+with|relations\s+with|disputed\s+in|"
                               r"support\s+from|backed\s+by|allied\s+with|according\s+to|sanctions\s+on|"
                               r"promised\s+by|pledged\s+by|demanded\s+by|"
                               # "delegations from Moscow", "the message from N'Djamena", "an agreement reached in
                               # January with Moscow", "authorities in Tiraspol", "signed in Pyongyang"
                               r"(?:delegations?|envoys?|emissar(?:y|ies)|diplomats|messages?|orders?|requests?|"
                               r"invitations?|reactions?|responses?|statements?|indications?|word|signals?|"
                               r"confirmation|approval|protests?)[ \t]+from|"
                               r"(?:correspondents?|bureau|debated|level|capitals?)[ \t]+in|"
                               r"(?:agreements?|deals?|treat(?:y|ies)|accords?|talks|negotiations|contracts?|"
                               r"understanding)(?:[ \t]+(?!with\b)[\w'’-]+){0,5}?[ \t]+with|"
                               r"(?:authorities|government|leadership|regime|administration|officials)[ \t]+in|"
                               r"(?:signed|agreed|negotiated|concluded)[ \t]+in)[ \t]+(?:the[ \t]+)?$", re.I)


#: Words ending like a verb's "-s" that are never verbs ("near #Guevo this morning", "through Razdelnaya towards").
_NO_VERBS = frozenset("this thus its his hers ours yours theirs towards afterwards upwards downwards westwards "
                      "eastwards northwards southwards overseas across unless plus perhaps always besides "
                      "whereas as us".split())
#: A name listed after another ("the Brest and Gomel ...", "Volyn, Rivne, ..."): one of several subjects, if any.
_LISTED_AFTER = re.compile(r"[A-Z][\w'’.-]*[ \t]*(?:,|and|or|&)[ \t]*$")


def subject_verb(pre: str, post: str) -> str:
    """The verb the place is the subject of, at the start of its clause (see _ACTS), or "" when it is none.

    *pre* is the sentence's text before the mention, *post* the text after it. Names listed together take no verb
    in "-s" ("Jordan and Iraq have closed", never "... closes"): after a list of names ("the Brest and Gomel
    regions", "the Kuźnica and Bobrowniki crossings") a word in "-s" is the plural noun they qualify, and the places
    are no subjects.

    >>> subject_verb("", " has sent them"), subject_verb("troops from ", " arrived"), subject_verb("", " was shelled")
    ('sent', '', '')
    """
    if not _CLAUSE_START.search(pre):
        return ""
    stripped = _CO_SUBJECTS.sub("", post, count=1)  # "Jordan and Iraq have closed ..."
    listed = stripped != post or bool(_LISTED_AFTER.search(pre))
    m = _ACTS.match(stripped)
    if not m:
        return ""
    v = m.group("v")
    if v.lower() in _NO_VERBS:
        return ""
    if listed and not m.group("aux") and v.endswith("s") and not v.endswith(("ss", "ed")):
        return ""  # "the Belgorod and Kursk regions": a plural noun, not "Kursk regions" as Moscow "says"
    if _BE.search(m.group("aux")) and v.endswith("ed"):
        return ""  # "Kursk was shelled": acted on
    if v.endswith("ing") and not _BE.search(m.group("aux")):
        return ""  # "Kursk being ...", a participle: only "Moscow was struggling" acts
    return v


def _acts(pre: str, post: str) -> bool:
    """The place is the subject of a verb of its own, at the start of its clause, which no verb of moving or
    standing is (see :func:`subject_verb`): "France sent jets" may name where they came from."""
    v = subject_verb(pre, post)
    return bool(v) and not (_MOVE.fullmatch(v) or _MOVE_FORCES.fullmatch(v) or _PRESENT.fullmatch(v)
                            or v.lower() in ("is", "was", "has", "does"))


def dateline_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, agency)`` of each dateline that opens a line of *text*.

    A line opens with a dateline when, before its first dash or colon, it names a place in capitals
    ("BIAŁYSTOK -", "LANDI KOTAL:", "WASHINGTON/JERUSALEM, Oct 15 (Reuters) -", "FORT McCOY, Wis. —"), or
    a place with a date or an agency ("Kyiv (AP) -", "Moscow, April 26 --"); a line that is only a place and a
    date ("Minsk, 18 August 2024") is one too.

    >>> dateline_spans("KYIV, March 3 (Reuters) - Troops left Belgorod.")
    [(0, 26, 'Reuters')]
    >>> dateline_spans("Troops left Belgorod - the army said.")
    []
    >>> [len(dateline_spans(t)) for t in ("BIAŁYSTOK - Trains.", "Moscow, April 26 -- From", "Minsk, 18 August 2024")]
    [1, 1, 1]
    """
    out = []
    pos = 0
    for line in text[:20000].split("\n"):
        start = pos
        pos += len(line) + 1
        lead = len(line) - len(line.lstrip())
        body = line[lead:]
        if not body[:1].isupper():
            continue
        m = _DATELINE_SEP.search(body, 0, 90)
        if m and m.start() > 0:
            ok, agency = _dateline_head(body[:m.start()], m.group(0).strip() == ":")
            if ok:
                out.append((start + lead, start + lead + m.end(), agency))
                continue
        if len(body) <= 60 and _DATELINE_DATE.search(body):  # "Minsk, 18 August 2024" on a line of its own
            head = _DATELINE_DATE.sub("", body)
            if head and "," in body and \
                    all(_PLACE_WORD.fullmatch(w) for w in head.replace(",", " ").split()) and len(head.split()) <= 4:
                out.append((start + lead, start + len(line), ""))
    return out


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of label, tag and link lines ("Labels: North Korea/Russian Alliance, ...").

    >>> boilerplate_spans("Troops left.\\nLabels: Russia, Ukraine")
    [(13, 36)]
    """
    return [(m.start(), m.end()) for m in _BOILERPLATE.finditer(text)]


#: What may follow a sentence's final stop: footnote marks ("[5]"), a remark in brackets ("(unconfirmed)"), emoji.
_TRAILER = re.compile(r"(?:[ \t]*(?:\[\d{1,3}\]|\([^()\n]{1,60}\)|[^\w\s.!?:;\"'”’)\]]+))+[ \t]*$")


def _headline(sent: Sentence) -> bool:
    """A line without a final stop: a headline, a caption or a label, which repeat or caption the report.

    The stop may come before footnote marks, a remark in brackets or emoji ("... on the same aircraft.[7]",
    "... the city administration. (unconfirmed)", "pulling back towards #Yunakivka. 🇷🇺💪"); a line that ends
    in a colon or a semicolon leads into a list or is an item of one, and reports as a sentence does.
    """
    t = _TRAILER.sub("", sent.text.rstrip())
    return not re.search(r"[.!?:;][\"'”’)\]]*$|[\"”]$", t)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each photo or video credit in *text*.

    >>> t = "Photo: flickr.com by jennybento from Jackson Heights, usa, CC BY-SA 2.0"
    >>> credit_spans(t) == [(0, len(t))]
    True
    >>> t = "Photo: A Russian soldier at the airport in Timbuktu, March 2024. Photo: handout"
    >>> [t[a:b] for a, b in credit_spans(t)]
    ['Photo: handout']
    >>> credit_spans("By Tuesday evening the rebels held the airport, where at least two jets were left on the apron.")
    []
    """
    out = []
    for m in _CREDIT.finditer(text):
        a, b = m.start(), m.end()
        head = text[a:b]
        if re.match(r"[ \t]*\(?by[ \t]", head, re.I) and len(head) > 80:
            continue  # "By Tuesday evening the rebels held the airport, ...": a sentence, not a byline
        if _CAPTION_OPEN.match(head):
            # "Photo: Danish soldiers unload equipment at Kangerlussuaq, 10 September. (Danish Defence)": the
            # caption says what the picture shows; only what names who took it is a credit
            later = _CAPTION_CREDIT.search(head, 8)
            if later:
                a = a + later.start()
            elif not (re.search(r"\bby\b|/|©", head[6:]) or len(head) <= 60):
                continue
        out.append((a, b))
    return out


#: A line that opens with what it shows ("Photo: ..."), and what in it names who took it: a second "Photo:", a
#: "photo by", a copyright sign, a credit in brackets at the end of the line.
_CAPTION_OPEN = re.compile(r"[ \t]*(?:photo|image|picture|photograph|video|footage)s?[ \t]*:", re.I)
_CAPTION_CREDIT = re.compile(r"\b(?:photo|image|picture|photograph|video|footage)s?(?:[ \t]+credit)?[ \t]*(?::|by\b)"
                             r"|©|\bcredit[ \t]*:|\([^()\n]*\)[ \t.]*$", re.I)


def _inside(spans, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b, *_ in spans)


def _present(s: str) -> re.Match | None:
    """The first word of *s* saying forces are there, not one inside a name ("United States Forces Korea")."""
    for m in _PRESENT.finditer(s):
        if not (m.group(0)[:1].isupper() and re.search(r"[A-Z][\w.'’-]*[ \t]+$", s[:m.start()])):
            return m
    return None


def _gap_ok(pre: str, m: re.Match) -> bool:
    """No clause boundary between the cue and the place."""
    return not re.search(r"[;:()\"“”]|,\s+(?:and|but|which|who|while|where)\b", pre[m.start():])


# "alarmed governments from Tokyo to Canberra", "stretching from Kharkiv to Kherson": a range, no movement.
_RANGE = re.compile(r"\b(?:governments|capitals|countries|nations|allies|leaders|officials|everyone|people|"
                    r"ranging|stretching|spanning|extending)[ \t]+from(?:[ \t]+(?-i:[A-Z][\w'’.-]*)){0,3}"
                    r"(?:[ \t]+to)?[ \t]*$", re.I)


# "told reporters in Tallinn", "speaking in Brussels": where somebody spoke, not where forces are.
_SAYING = (r"told|tells|telling|briefed|briefing|addressed|addressing|speaking|spoke|said|says|announced|"
           r"wrote")
_SPOKE_IN = re.compile(rf"\b(?:{_SAYING})(?:[ \t]+(?:reporters|journalists|the[ \t]+press|a[ \t]+news[ \t]+"
                       r"conference|a[ \t]+press[ \t]+conference|lawmakers|parliament|on[ \t]+\w+day|on[ \t]+"
                       r"\w+)){0,2}[ \t]+(?:in|at|from)[ \t]+(?:the[ \t]+)?$", re.I)


# The same, with words between the saying and the place ("spoke to the Drum from the region's headquarters in
# Winnipeg", "said on Wednesday during a visit to the Western Command's headquarters in Puerto Princesa", "told the
# Duhok Post by telephone from Sulaimani", "said in a phone call from Bloemfontein"): up to eight words that say
# where, when or to whom it was said (a preposition among them), nothing of what was said, so no clause of its own
# ("that", a verb, an auxiliary) and no forces, materiel or movement ("said troops had arrived in Kursk", "told
# reporters the brigade in Kursk ...", "said it would deploy troops in Kursk", "says the offensive in the Sumy region"
# keep their reading).
_SPOKE_AT = re.compile(rf"\b(?:{_SAYING}|stated)(?P<gap>(?:[ \t]+[\w'’.-]+){{1,8}}?)[ \t]+(?:in|at|from)"
                       r"(?:[ \t]+the)?[ \t]+$", re.I)
_NOT_SPOKEN_GAP = re.compile(r"\b(?:that|who|which|where|whether|if|is|are|was|were|be|been|being|had|has|have|"
                             r"will|would|could|can|may|might|should|must|to[ \t]+(?!the\b|a\b|an\b|(?-i:[A-Z]))\w+|"
                             r"[a-z]+ed|(?!(?:speaking|during|morning|evening|briefing|meeting|building)\b)"
                             r"[a-z]+ing)\b", re.I)


# Where forces say something from, the place is theirs ("The soldiers said from their trenches in Avdiivka", "He
# spoke by phone from Kherson, where his unit is dug in"): the speakers are forces, the gap names a fighting position,
# or the place is followed by a "where" clause that puts forces there.
_POSITION = re.compile(r"\b(?:trench(?:es)?|positions?|dugouts?|bunkers?|foxholes?|front[ \t-]*lines?|"
                       r"front|bases?|outposts?|checkpoints?)\b", re.I)
# A new noun phrase in the gap after a complete phrase ("said in a statement the 82nd Airborne in", "said on Monday
# the Ford strike group in", "said on Sunday Russia's 58th Army at"): that is the subject of what was said, so the
# place is theirs, not where it was said.
_PREPOSITIONS = frozenset("to at on in by during over via with from of for after before about into near".split())
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
_TIME_WORDS = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|morning|"
                         r"afternoon|evening|night|week|weekend|month|year", re.I)


def _new_phrase(gap: str) -> bool:
    """Whether *gap* starts a new noun phrase after a complete phrase (see _PREPOSITIONS)."""
    words = gap.split()
    for prev, word in zip(words, words[1:]):
        low, prev_low = word.lower(), prev.lower()
        if prev_low in _PREPOSITIONS or prev_low in _DETERMINERS or low in _PREPOSITIONS:
            continue
        if _TIME_WORDS.fullmatch(prev_low) and not _TIME_WORDS.fullmatch(low):
            return True  # "on Monday the ...", "on Sunday Russia's ..."
        if low in _DETERMINERS or (word[:1].isupper() and prev == prev_low):
            return True  # "in a statement the ...", "in a statement Wagner ..."
    return False


def _spoke_at(pre_tail: str, post: str = "") -> bool:
    """Whether the place after *pre_tail* is where somebody spoke, some words after the saying (see _SPOKE_AT)."""
    m = _SPOKE_AT.search(pre_tail)
    if not m:
        return False
    gap = m.group("gap")
    if not re.search(r"\b(?:to|at|on|in|by|during|over|via|with|from)\b", gap, re.I):
        return False  # "says the Russian offensive in ...": what was said, not where
    speaker = re.split(r"[,;:.]", pre_tail[:m.start()])[-1]
    where = re.match(r"[ \t]*,[ \t]*where\b([^,.;]{0,60})", post)
    if _FORCES.search(speaker) or _POSITION.search(gap) or (where and (_FORCES.search(where.group(1))
                                                                        or _PRESENT.search(where.group(1)))):
        return False
    return not (_NOT_SPOKEN_GAP.search(gap) or _FORCES.search(gap) or _MOVE.search(gap) or _PRESENT.search(gap)
                or _MATERIEL.search(gap) or _VEHICLES.search(gap) or _new_phrase(gap))


# "about 290 km (180 miles) from the Ukrainian border", "a few hours' sail from the Russian border", "across the
# Strait from Taiwan", "five miles from Kursk": a measure of how far something is from a place, which only locates it;
# no origin, unless a destination follows ("the 4-km crossing from Port Kavkaz ... to Crimea"). Numbers in words count
# as in digits ("several kilometres", "tens of kilometres", "twenty-five miles").
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
_AMOUNT = (rf"(?:\d[\d,.]*|{_NUMBER_WORD}(?:[ \t-]+(?:{_NUMBER_WORD}|and))*|(?:a[ \t]+)?(?:few|couple[ \t]+of|dozen|hundred)|"
           r"several|many|(?:tens|dozens|hundreds)[ \t]+of)")
_DISTANCE_FROM = re.compile(rf"(?:\b{_AMOUNT}[ \t]*-?[ \t]*(?:km|kilomet(?:re|er)s?|miles?|nautical[ \t]+miles|"
                            r"metres|meters|m)\b(?:[ \t]*\([^()]{1,30}\))?"
                            r"|\b(?:hours?|minutes?|days?)['’]?[ \t]+(?:drive|walk|flight|sail|sailing|journey|march)"
                            r"|\bacross[ \t]+the[ \t]+(?:border|strait|gulf|bay|river|sea|lake|channel|frontier)"
                            r")[ \t]+from[ \t]+(?:the[ \t]+)?$", re.I)
# A measure right after a verb of movement is the length of the path, not where something stands ("drove 60 km from
# Belgorod", "pulled back 15 km from Kupiansk", "were ferried across the river from Kherson"): the place stays where the
# movement began. Between them may stand a particle of moving away or on, and words of degree ("about", "another");
# not "up" ("moved up across the border from Sumy": moved up to a line that the measure locates).
_PATH_VERB = re.compile(
    r"\b(?:drove|driv(?:e|es|en|ing)|advanc(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|fl(?:ew|own|y|ies|ying)|"
    r"sail(?:s|ed|ing)?|steam(?:s|ed|ing)?|march(?:es|ed|ing)?|travel(?:s|led|ed|ling|ing)?|ferr(?:y|ies|ied|ying)|"
    r"push(?:es|ed|ing)?|pull(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)|retreat(?:s|ed|ing)?|roll(?:s|ed|ing)?|"
    r"walk(?:s|ed|ing)?|transport(?:s|ed|ing)?|ship(?:s|ped|ping)?|truck(?:s|ed|ing)|airlift(?:s|ed|ing)?|"
    r"redeploy(?:s|ed|ing)?|relocat(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing)|head(?:s|ed|ing)?|went|go(?:es|ne|ing)?|"
    r"came|com(?:e|es|ing)|return(?:s|ed|ing)?|rush(?:es|ed|ing)?|penetrat(?:e|es|ed|ing)|"
    r"progress(?:es|ed|ing)?|swept|sweep(?:s|ing)?|fled|flee(?:s|ing)?|carri(?:ed|es)|carry(?:ing)?|tow(?:s|ed|ing)?)"
    r"(?:[ \t]+(?:back|away|forward|ahead|on|onward|off|out|further|farther|deeper|inland))?"
    r"(?:[ \t]+(?:about|some|nearly|almost|roughly|around|approximately|over|just|only|another|a[ \t]+further|"
    r"an(?:other)?[ \t]+additional|more[ \t]+than|less[ \t]+than|up[ \t]+to|at[ \t]+least|a|an))*[ \t]+$", re.I)


def _measured_from(pre_tail: str, post: str) -> bool:
    """Whether the place after *pre_tail* is one a distance is measured from, which locates something and is no
    origin: a measure before "from", not right after a verb of movement (then it is the path's length), and no
    destination after the place."""
    m = _DISTANCE_FROM.search(pre_tail)
    if not m or _PATH_VERB.search(pre_tail[:m.start()]):
        return False
    return not _then_to(post)


def _then_to(post: str) -> bool:
    """Whether a destination follows within 40 characters: "to", "into" or "towards" a name (or "onward"), not a
    "to" of another sense ("according to", "close to the front", "due to")."""
    for t in re.finditer(r"\b(?:onward|to|into|towards?)\b", post[:60], re.I):
        if t.start() > 40 or re.search(r"[.;:]", post[:t.start()]):
            return False
        if t.group(0).lower() == "onward":
            return True
        after = post[t.end():]
        before = post[:t.start()].rstrip()
        if re.match(r"[ \t]+(?:the[ \t]+)?[A-Z]", after) and not _NOT_DEST.search(before) \
                and not re.search(r"\b(?:owing|used|continues?|continued|able|order)$", before, re.I):
            return True
    return False


def _role(pre: str, post: str, sent: str) -> tuple[str, str]:
    """The role from the words before (*pre*) and after (*post*) the place in its sentence."""
    pre_tail = pre[-120:]
    if _RANGE.search(pre_tail):
        return "mention", "range"
    if _measured_from(pre_tail, post):
        return "mention", "distance"
    if _SPOKE_IN.search(pre_tail) or _spoke_at(pre_tail, post):
        return "mention", "where it was said"
    role, cue = _role_words(pre_tail, post, sent)
    if role != "mention" and _HYPOTHETICAL.search(pre_tail[-70:]):
        return "mention", "hypothetical"
    if role != "mention" and re.search(r"\b(?:not|never|no\s+longer|n't)\b", pre_tail[-50:], re.I):
        return "mention", "negated"  # "a person who has not travelled to Mexico"
    if role in MOVING_ROLES and _CARGO.search(sent) and not _PEOPLE.search(sent) and not _MATERIEL.search(sent):
        return "mention", "trade, not forces"
    return role, cue


def _role_words(pre_tail: str, post: str, sent: str) -> tuple[str, str]:
    m = _ORIGIN_PREP.search(pre_tail)
    if m and _gap_ok(pre_tail, m) and (not re.match(r"from|out", m.group(0), re.I) or _moves(sent)):
        # a bare "from" is an origin only in a sentence about moving ("officials from Germany said" is not)
        return "origin", m.group(0).strip()
    m = _DEST_VERB_PREP.search(pre_tail)
    if m and _gap_ok(pre_tail, m):
        return "destination", m.group(0).strip()
    m = _DEST_PREP.search(pre_tail)
    if m and _gap_ok(pre_tail, m) and _moves(sent) and not _NOT_DEST.search(pre_tail[:m.start()].rstrip()):
        return ("via" if _VIA.match(m.group(0)) else "destination"), m.group(0).strip()
    m = _PRESENCE_PREP.search(pre_tail)
    # presence of forces or people, not of firms or property ("a company based in Oak Brook")
    if m and _gap_ok(pre_tail, m) and (_PEOPLE.search(sent) or _VEHICLES.search(sent)):
        cue = _present(pre_tail[:m.start()][-90:]) or _present(post[:60])
        if cue:
            return "presence", f"{cue.group(0)} … {m.group(0).strip()}"
    m = re.match(r",?[ \t]+where\b", post)  # "Kursk, where North Korean troops are fighting"
    if m:
        cue = _PRESENT.search(post[m.end():m.end() + 80])
        if cue:
            return "presence", f"where … {cue.group(0)}"
    return "mention", ""


def assign_roles(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Reported]:
    """Give every mention its sentence and role, in text order.

    Parameters
    ----------
    text : the article as read (offsets of *sentences* and *mentions* point into it).
    sentences : from :func:`geo.extract.sentences.split_sentences`.
    mentions : from the recogniser; a mention outside every sentence gets an empty one.

    >>> from geo.extract.sentences import split_sentences
    >>> t = "Seoul says troops were sent to Vladivostok."
    >>> ms = [Mention(0, 5, "Seoul"), Mention(31, 42, "Vladivostok")]
    >>> [(r.mention.surface, r.role, r.cue) for r in assign_roles(t, split_sentences(t), ms)]
    [('Seoul', 'mention', 'metonymy'), ('Vladivostok', 'destination', 'sent to')]
    """
    datelines = dateline_spans(text)
    credits = credit_spans(text)
    labels = boilerplate_spans(text)
    starts = [s.start for s in sentences]
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Reported] = []
    prev: Reported | None = None  # the previous mention of the sentence, with the role it gives a list
    headline = functools.cache(_headline)  # each sentence read once (in this article only), not once per mention
    for k, mention in enumerate(ordered):
        i = bisect_right(starts, mention.start) - 1
        sent = sentences[i] if i >= 0 and mention.start < sentences[i].end else \
            Sentence(mention.start, mention.end, mention.surface)
        if prev is not None and prev.sentence != sent:
            prev = None
        pre = text[sent.start:mention.start]
        post = text[mention.end:sent.end]
        role, cue = "mention", ""
        if _inside(datelines, mention.start, mention.end):
            cue = "dateline"
        elif _inside(credits, mention.start, mention.end):
            cue = "photo credit"
        elif _inside(labels, mention.start, mention.end):
            cue = "label"
        elif (_METONYMY.match(post) or (_CO_SUBJECT.match(post) and _SUBJECT_START.search(pre))
              or _acts(pre, post) or _POLITICAL_OBJECT.search(pre[-60:])):
            cue = "metonymy"
        elif (_ORG_AFTER.match(post) or _ORG_BEFORE.search(pre) or _POSSESSIVE_ORG.match(post)
              or re.match(r"[-‐]based\b", post)):
            cue = "inside a name"
        elif re.match(r"[ \t]+river\b", post, re.I) or re.search(r"[ \t]river$", mention.surface, re.I):
            cue = "river"  # "crossed the Dnipro river": a river, which the gazetteer would read as its city
        elif headline(sent):
            cue = "headline"
        elif _PART_OF_PLACE.match(post):  # "arrived in Havana's harbour": the place, read past its part
            role, cue = _role(pre, post[_PART_OF_PLACE.match(post).end():], sent.text)
        elif re.match(r"['’]s\b", post):
            cue = "possessive"
        elif prev is not None and _LIST_BEFORE.match(text[prev.mention.end:mention.start]):
            role, cue = prev.role, prev.cue
        else:
            role, cue = _role(pre, post, sent.text)
        listed = Reported(mention, sent, role, cue)
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if role != "mention" and _CONTAINER_AFTER.match(post) and nxt is not None and nxt.start < sent.end \
                and nxt.start - mention.end < 40:
            # "sites in Russia such as Ussuriysk": Russia only contains the places that follow
            role, cue = "mention", "container"
        elif (prev is not None and prev.role != "mention"
              and _CONTAINER_BETWEEN.fullmatch(text, prev.mention.end, mention.start)):
            role, cue = "mention", "container"  # "the Kursk region of Russia"
        elif (out and prev is out[-1] and prev.role == role != "mention"
              and _NAMED_PLACE_OF.fullmatch(text, prev.mention.end, mention.start)):
            # "the Bekaa Valley town of Hermel": the first only says where the second is
            out[-1] = Reported(prev.mention, prev.sentence, "mention", "container")
        out.append(Reported(mention, sent, role, cue))
        prev = listed if role == "mention" and cue == "container" and listed.role != "mention" else \
            out[-1]
    return out
