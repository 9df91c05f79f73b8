"""Roles learnt from annotated articles: a linear-chain CRF over the place mentions of an article.

The hand-written reading of :mod:`geo.extract.roles` proposes a role for every mention (and
keeps the final word on what is never a stop: datelines, credits, labels, places standing for
their governments, places inside names, where somebody spoke). The model then decides
``origin`` / ``via`` / ``destination`` / ``presence`` / ``mention`` for the others from what
surrounds each mention: the preposition that governs it, the words before and after it
(whole and cut to their first five letters, so "shuttling" and "shuttled" share a weight),
what its sentence says (movement, presence, saying, people, materiel, a condition, a
negation), what kind of place it is (a country, a region, a town, a facility, a described
area, a noun naming a place again) and which of the gazetteer's sources placed it (a water
body, the facility table, an airport), where it stands (a headline, a bullet, a hashtag, a
quote, a list) and the proposal of the rules. The chain runs over the mentions of the whole
article, so neighbours inform each other: places listed together, an origin before a destination. What the
article as a whole says of a place (how often and where else it is named, how far the nearest word of movement is)
is read too.

The model is trained by ``scripts/train_roles.py`` on the development theatres of our own
corpus (``tests/data/corpus``) and ships beside its manifest (``role_model.json``: SHA-256,
features version), checked before the file is read. Without the model file the rules decide. Beside it lies a binary
stop/none model trained on the same mentions (``role_model.stop.crfsuite``, with its own manifest): whether a mention
is a stop at all is read from the mean of the two models' probabilities of none.
"""

from __future__ import annotations

import bisect
import os
import re
import threading
from collections.abc import Callable, Sequence

from ..errors import GeoError
from . import what
from .modelfile import open_checked
from .records import MOVING_ROLES, ROLES, Reported, Resolved
from .resolve import capitals
from .roles import subject_verb
from .routes import ENGLISH

#: The shipped model and its manifest beside it.
MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "role_model.crfsuite")
#: Bump whenever :func:`features` changes: a model trained on other features is refused.
FEATURES_VERSION = 8
#: Features 8: the rules' role of a mention paired with where its sentence's words of movement stand
#: (:data:`MOVE_SIDES`). Ten development folds (scripts/train_roles.py --cv --folds 10, at c3f8e3d): recall 0.740 ->
#: 0.740, precision 0.788 -> 0.789, attributes 0.772 -> 0.774, traps 9 -> 9; route order 0.64 -> 0.66 (553 -> 528
#: stops wrong), role 564 -> 549 wrong, places missed as no stop 303 -> 304.
#: Features 7: the rules' role of a mention paired with the moving roles they read in the rest of its sentence
#: (:data:`SENTENCE_ROLES`).
#: Features 6 (the article's story, :func:`_story`, ported from the Russian/Ukrainian model: how often the place
#: is named, in the headline, as a stop of the rules elsewhere, sentences to the nearest word of movement, a unit's
#: home, a place in brackets) moved the development theatres' leave-one-theatre-out CV (scripts/train_roles.py --cv)
#: from recall 0.697, precision 0.724, attributes 0.721, traps 3 to 0.686, 0.731, 0.722, traps 2 with the training's
#: c2 = 0.5, and to 0.697, 0.728, 0.723, traps 2 with c2 = 1.0 (shipped).
#: A mention is a stop when the model's probability that it is none is below this (chosen by cross-validation on
#: the development theatres: scripts/train_roles.py --cv --also P). It acts on the places the rules read as no stop
#: (the rules' stops are kept unless the model is :data:`OVERRULE` sure). Leave one theatre out, with labels at the
#: annotators' anchors: 0.5 recall 0.649, precision 0.711; 0.6: 0.669, 0.697; 0.7: 0.685, 0.680 (0.6: the best F1).
#: Since the model learns without the stops' repeats (scripts/train_roles.py's training_sequence) it reads fewer
#: mentions as stops, and 0.75 is chosen (ten development folds, the rules chaining routes and giving statuses and
#: sources: 0.6 recall 0.692, precision 0.788; 0.7: 0.715, 0.776; 0.75: 0.723, 0.767; 0.8: 0.732, 0.756; with the
#: repeats learnt, as before, 0.6: 0.715, 0.760).
#: (The threshold of the role model read alone, without the binary stop model beside it.)
THRESHOLD_ALONE = 0.75
#: With the binary stop/none model beside the role model (:func:`stop_path`, trained on the same mentions), a mention's
#: probability of none is the mean of the two models' (:meth:`RoleModel.none`), and this is its threshold. Ten
#: development folds (scripts/train_roles.py --cv --folds 10, both models trained inside each fold; the rules'
#: statuses): the role model alone at 0.75, recall 0.727, precision 0.770, attributes 0.764, traps 10; the mean at
#: 0.7: 0.724, 0.776, traps 8; 0.72: 0.727, 0.773, traps 9; 0.73: 0.731, 0.770, 0.764, traps 10; 0.74: 0.733, 0.768;
#: 0.75: 0.734, 0.766; 0.8: 0.744, 0.749, traps 13. Each model errs on other mentions, so the mean lies a little above
#: either model's own recall/precision curve (on the held-out mentions of the rules' non-stops the two are within a
#: few stops of each other's curve; a second-stage logistic model over both probabilities and the same place's
#: other mentions was no better). Shipped, 0.73 with CONTINENT_THRESHOLD, the status model giving statuses: recall
#: 0.727 -> 0.732, precision 0.770 -> 0.770, attributes 0.767 -> 0.767, traps 10 -> 10.
THRESHOLD = 0.73
#: A continent (or a region the gazetteer places as one: "the Middle East", "South-East Asia") the rules read as no
#: stop becomes a stop of the model's alone only below this probability of none (:meth:`RoleModel.none`), not
#: THRESHOLD: a continent is most often named in passing ("Europe's security"), and a stop there is rare. Chosen
#: on the ten development folds' held-out mentions (scripts/train_roles.py's folds, the role model alone): below 0.5,
#: 4 gold stops (the carrier ordered "to the Middle East", destroyers sailing via "South-East Asia", tankers moved
#: to bases in "Europe") and 1 place named in passing; below 0.75, the same 4 and 5 (0: never, as before).
CONTINENT_THRESHOLD = 0.5
#: The least probability of another role that overrules a stop the rules read: it drops the stop (the model sure of
#: none) and, where the language uses no ROLE_MARGIN (Russian/Ukrainian: :attr:`RoleModel.uses_margin`), changes
#: its role. In English a change from one stop role to another needs only ROLE_MARGIN, except a rules' movement made
#: a presence, which still needs this level. Chosen by the development theatres' leave-one-theatre-out runs
#: (scripts/train_roles.py --cv --overrule P), with labels at the annotators' anchors:
#: 0.9 recall 0.668, precision 0.699, order 0.47; 0.97 recall 0.672, precision 0.685, order 0.45. At 0.9 the model
#: drops "passing through Baghdad" of an invented probe article (its probability of none 0.958); the probe does not
#: choose the threshold.
OVERRULE = 0.9
#: How much likelier than the role the rules read the model must find another stop role to give it to a stop both the
#: rules and the model keep. The rules say well whether a place is a stop; which role it plays the model reads better
#: ("the bodies travel west by rail to the Iowa Army Ammunition Plant ..., where they are filled": a via, where the
#: rules read "to"), unless the two roles are nearly as likely. Chosen on the development theatres (leave one theatre
#: out, scripts/train_roles.py --cv and a faster study of the same folds): the role kept unless OVERRULE or
#: MOVING_OVERRULE sure, role 0.739, order 0.526; the likeliest role at any margin, 0.745 and 0.568; margin 0.1,
#: 0.750 and 0.552; 0.2, 0.745 and 0.528 (recall and precision the same). English only
#: (:attr:`RoleModel.uses_margin`): another language's model keeps the rules' role unless OVERRULE sure, until its
#: own CV chooses a margin.
ROLE_MARGIN = 0.1
#: A presence the rules read from a verb that says the forces stay there ("they are staying ... at sites such as
#: Ussuriysk", "stationed in", "based at") keeps its role unless the model is OVERRULE sure of another (English, with
#: ROLE_MARGIN): the verb says it outright, where a noun of forces beside a place ("troops ... in") leaves the role
#: to be read.
_STAYING = re.compile(r"(?:stay|stayed|staying|stays|stationed|based|garrisoned|posted|positioned|remain|remains|"
                      r"remained|remaining|housed|quartered|camped|parked)\b", re.I)
#: The least probability of a moving role (origin, via, destination) that overrules a presence the rules read: the
#: rules' presence is their default reading of "in/at/near X" beside forces, so the model may make it a stop of a
#: movement ("the brigades ... have been sent to reinforce positions in Sumy oblast") on less evidence than it needs
#: to change any other reading. The other way (a rules' destination read as a presence, the seed's "deployed to the
#: Kursk region") still needs OVERRULE. Chosen by the development theatres' leave-one-theatre-out runs
#: (scripts/train_roles.py --cv --moving P), with the shipped model's features, labels at the annotators' anchors:
#: 0.9 (the one level as before) recall 0.678, precision 0.707, attributes 0.687, order 0.46; 0.6: 0.688, order 0.48;
#: 0.5: 0.690, 0.49; 0.4: 0.692, 0.51 (precision 0.706; traps 3 at every level); 0.4 with the route linker trained
#: beside it, as shipped: recall 0.678, precision 0.706, attributes 0.693, order 0.51. A study of clause features (the
#: verb, auxiliary and time word of a mention's clause, a relative clause, the rules' roles in its sentence, its
#: later mentions, an older year) gave recall 0.672, precision 0.713, attributes 0.688 and one more trap: not shipped.
MOVING_OVERRULE = 0.4

# A second study of clause evidence (ten development folds, base recall 0.729, precision 0.769, traps 4, role errors
# 455, places missed as "not a stop" 312), none shipped: the class of the verb (or noun of movement) governing a
# place with its preposition ("move|from", "present|in"), a passive, a later member of a list reading its first
# member's preposition ("to Chihuahua, Baja California and Sonora"), and a capitalised word read as no verb
# ("the Bering Sea", "Russia's") gave 0.726, 0.767, traps 4 (role errors 452, missed 319; at threshold 0.8: 0.736,
# 0.756, traps 7); with the verb's own word too 0.721, 0.768, traps 5 (role errors 441, missed 331); with a "from"
# paired with a "to" in the sentence ("ordered from X to Y") 0.724, 0.766, traps 6; the list and capital fixes
# alone 0.729, 0.769, traps 5. The Russian/Ukrainian model with its clause verb's class joined to the preposition
# and case ("move|из|gent", a sending verb's nominative subject) and list members reading their first's
# preposition moved 0.748, 0.776 to 0.741, 0.773 (missed 184 -> 199). The CRF reads these already from the
# governing word, the verb lemma and the words around: joined, they move which stop role is read, not whether.
# A third study (sixteenth session), of the places the model reads as no stop where the annotator put a stop (ten
# development folds: 332 of 3,108 gold stops; 281 of them with a probability of none of 0.8 or more): a sentence
# word class of holding or taking ground, guarding, patrolling, drilling ("had taken Andriivka", "now hold five
# villages", "practised repelling a landing on Iturup") moved recall 0.725 -> 0.727, precision 0.771 -> 0.770,
# attributes 0.765, traps 8 (missed 332 -> 325, role errors 465 -> 476): not shipped. On the held-out mentions
# (gold stops found / false stops at THRESHOLD, base 2,276 / 1,001) that class gave 2,285 / 999, the verb a place
# is the subject of ("France sent") 2,278 / 996, the previous sentence's movement, forces and stops 2,279 / 1,000,
# the three 2,279 / 997, the class with one of evidence ("geolocated", "footage", "shows") 2,283 / 997, every word
# of the sentence (5 letters) 2,253 / 956, c2 = 2.0 2,305 / 1,064: each on the base model's own recall/precision curve
# (its thresholds 0.7 and 0.8: 2,241 / 920 and 2,330 / 1,113). So are a binary stop/none CRF deciding stops
# (0.7: 2,277 / 992) and a listed neighbour of a drafted stop made a stop (7 gold stops, 15 none below 0.95).
# The mean of the two models' probabilities of none (the same folds, the rules chaining routes and giving sources
# and statuses: recall 0.723 -> 0.729, precision 0.772 -> 0.768, traps 8 -> 9) trades a little better than a
# higher THRESHOLD: shipped in the seventeenth session, with a threshold of its own (THRESHOLD).
# The seventeenth session's look at the 354 gold stops the drafts read as no stop (ten folds, 6077d61): 133 are
# presences, 221 moving stops; 55 are in bullets or tables, 4 in captions, 1 in a headline; 148 name a place named
# again in the article (100 of them a gold stop elsewhere too). 55 the role model reads as stops: 41 are names the
# gazetteer cannot place (a model's stop must be placed: goldcorpus.diagnose now calls them unplaced), 3 continents
# (CONTINENT_THRESHOLD), 11 stops the pipeline's container/landmark demotions drop. Of the rest, most sentences do
# tell the movement or the holding, in words the features see ("towed ... to Ashdod", "now hold ... Novenke",
# "pulled back from ... the Sumy region"); few (about 20) tell it only in another sentence, a table or a list. A
# feature of the same place's model probability elsewhere (stacked on held-out probabilities) lay on the curve too.
# In the 0.75-0.9 band of the rules' non-stops no feature marks a group with more stops than not (a water body
# 0.44, a facility 0.39, 146 stops and 503 none in all): what is missed needs words these features do not see.

# The nineteenth session's study beside features 8 (the ten folds' held-out mentions, both models trained in each
# fold, the shipped thresholds; gold stops found / false stops / right role of those found, base 2,810 / 1,158 /
# 2,295; features 8 alone 2,811 / 1,155 / 2,307): the moving roles the rules read before and after a mention in its
# sentence apart, 2,812 / 1,165 / 2,293; with features 8, words of leaving ("left", "withdrew", "flew from") and of
# arriving just before it, 2,812 / 1,157 / 2,308; words of going on after it ("then", "before continuing",
# "onward"), 2,813 / 1,157 / 2,308; both, 2,809 / 1,160 / 2,308; the sentence's words shared with the headline,
# 2,807 / 1,163 / 2,291, or with the sentences the rules read movements in, 2,804 / 1,157 / 2,299: none shipped.

#: Cues of the rules that the model never overrules: these places are never stops. "distance" (a place a distance is
#: measured from, :mod:`geo.extract.roles`): left to the model, it learnt false presences from the new cue (a study of
#: the development theatres' folds: precision 0.743 against 0.746 fixed, recall 0.707 and 0.706).
FIXED_CUES = frozenset({"dateline", "photo credit", "label", "metonymy", "inside a name", "where it was said",
                        "distance", "river", "possessive", "range"})


# Three guards of the seventeenth session, each a fact of English the model must not overrule, measured on the ten
# development folds of the grown corpus (6077d61) with the fold models trained once and the rules' statuses (base:
# recall 0.727, precision 0.770, attributes 0.764, traps 10, role errors 499, gold stops taken by another 108): one
# role per list of stops (RoleModel._one_role_per_list) 0.728, 0.771, 0.764, traps 10, role 498, taken 106; a capital
# acting after a verb of saying or "what" (RoleModel.governs) 0.727, 0.771, 0.764, traps 8; a model-alone stop's
# role by its preposition (_ROLES_BY_PREP) 0.727, 0.770, 0.764, role 497; the three 0.728, 0.771, 0.765, traps 8,
# role 495. The preposition's guard restricting "near X" to a via or a presence too made role errors 501 ("sent by
# rail to an ammunition depot near Tikhoretsk": a destination): not shipped.

#: What opens a clause without a conjunction of its own: a verb of saying or thinking ("Seoul says Moscow has sent",
#: "officials believe Minsk ordered"), a free relative's "what" ("what Minsk and Moscow called").
_OPENS_CLAUSE = re.compile(r"\b(?:says|said|say|claims?|claimed|believes?|believed|thinks?|thought|insists?|insisted|"
                           r"warns?|warned|fears?|feared|suspects?|suspected|knows?|knew|what)[ \t]*$", re.I)
#: The stop roles a preposition leaves to a place the model alone makes a stop: "to X" never names where forces leave
#: from, nor "from X" where they go or stand. ("Near X" names no role of its own: "sent by rail to an ammunition depot
#: near Tikhoretsk" is a destination, "withdrawn from positions near Shebekino" an origin.) A "to" of a preposition
#: that is no place's (_NOT_TOWARDS: "due to", "according to") restricts nothing; one of a phrase of location
#: (_BESIDE: "close to X", "next to X") is no direction: see :func:`_prep_roles`.
_TOWARDS = ("via", "destination", "presence")
_ROLES_BY_PREP = {"to": _TOWARDS, "into": _TOWARDS, "towards": _TOWARDS, "toward": _TOWARDS, "onto": _TOWARDS,
                  "from": ("origin", "via"), "out of": ("origin", "via")}
#: What makes "to" part of a preposition that says no direction nor place ("due to", "according to", "prior to").
_NOT_TOWARDS = frozenset("due according prior owing thanks relative".split())
#: What makes "to" part of a phrase of location ("close to", "next to", "near to"): where something is, or passes.
_BESIDE = frozenset("close next near".split())
#: The roles a phrase of location leaves by itself: ships seen (or sailing) close to a port are there, or pass by
#: (the corpus's presence and via), they neither go to it nor leave it.
_BESIDE_ROLES = ("presence", "via")


def _prep_roles(text: str, rep: Reported) -> tuple[str, ...] | None:
    """The stop roles :data:`_ROLES_BY_PREP` allows the place of *rep*, or None where its preposition says none.

    After a phrase of location (:data:`_BESIDE`), a presence or a via (:data:`_BESIDE_ROLES`), and the roles of the
    preposition that governs what the phrase describes: "withdrawn from a base next to the airport" (an origin too),
    "sent to a depot next to the station" (a destination too); "ship movements close to a port" a presence or a via.
    """
    before = _words(text[max(rep.sentence.start, rep.mention.start - 80):rep.mention.start])
    gov = _governing(before)
    if gov == "to" and "to" in before:
        k = len(before) - 1 - before[::-1].index("to")
        if k and before[k - 1] in _NOT_TOWARDS:
            return None
        if k and before[k - 1] in _BESIDE:
            outer = _ROLES_BY_PREP.get(_governing(before[:k - 1]), ())
            return _BESIDE_ROLES + tuple(x for x in outer if x not in _BESIDE_ROLES)
    return _ROLES_BY_PREP.get(gov)


class RoleModelError(GeoError, RuntimeError):
    """The role model is altered or made for other features."""


_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[^\w\s]")
_PREPS = frozenset("from to into towards toward via through across at in near around outside inside within "
                   "between onto off along past over for out of by on under beyond throughout".split())
_FILLER = frozenset("the a an its their his her of port city town capital region province oblast krai village "
                    "military naval air base bases airfield airbase airport border northern southern eastern "
                    "western central north south east west occupied frontline front area district republic "
                    "coast coastal harbour harbor seaport garrison training camp camps ground grounds site sites "
                    "facility facilities depot junction station range".split())
_MOVE = re.compile(r"\b(?:sen[dt]|deploy|dispatch|transfer|mov(?:e|ed|ing|ement)|ship|ferr|fl(?:ew|own|y|ight)|"
                   r"airlift|transport|relocat|arriv|head|travel|return|brought|bring|rush|march|drove|driv|sail|"
                   r"reinforc|evacuat|withdr|convoy|column|route|carr(?:y|ied)|deliver|land|dock|leav|left|depart|"
                   r"cross|enter|journey|shuttl|redeploy|rotat|transit|pass|reach|unload|roll|trek|push)\w*", re.I)
_PRESENT = re.compile(r"\b(?:station|stay|based|garrison|posted|position|mass|gather|concentrat|train|fight|fought|"
                      r"seen|spotted|observed|present|located|camp|bases|barracks|remain|park|housed|quarter|hid|"
                      r"dug|entrench|build-?up|operat|deployed)\w*", re.I)
_SAY = re.compile(r"\b(?:said|says|say|told|tells|announced|claimed|claims|denied|denies|stated|wrote|reported|"
                  r"according|statement|warned)\b", re.I)
_PEOPLE_RE, _MATERIEL_RE = what.PEOPLE_WORD, what.MATERIEL_WORD  # what's own noun lists, not a copy
_IF = re.compile(r"\b(?:could|would|might|may|if|unless|whether|plans?|planned|intends?|will)\b", re.I)
_NOT = re.compile(r"\b(?:not|never|no|n't|denied|denies|deny)\b", re.I)
#: What a sentence (and the words just before a mention) may say, by the name of its feature.
_SENTENCE_WORDS = (("move", _MOVE), ("present", _PRESENT), ("say", _SAY), ("people", _PEOPLE_RE),
                   ("materiel", _MATERIEL_RE))
_FACILITY = re.compile(r"\b(?:air\s*base|airbase|airfield|airport|base|port|harbou?r|depot|junction|station|"
                       r"range|camp|crossing|checkpoint|terminal|arsenal|plant|bridge)s?\b", re.I)


def _source_kind(ref: str | None) -> str:
    """Which of the gazetteer's sources placed the mention: a water body, a facility of the curated table, an
    airport, a sea route's point, a country's part, a GeoNames place ("gazetteer:water:Bering Sea" -> water)."""
    if not ref:
        return "none"
    head, _, rest = ref.partition(":")
    return rest.partition(":")[0] if head == "gazetteer" else head.split(".")[0]


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def _governing(before: list[str]) -> str:
    """The preposition (or verb) nearest before a place, over the words that describe it."""
    for k in range(len(before) - 1, max(-1, len(before) - 7), -1):
        w = before[k]
        if w == "of" and k > 0 and before[k - 1] in _FILLER:
            continue  # "the port of Conakry", "the town of X": what governs the noun governs the place
        if w in _PREPS:
            two = f"{before[k - 1]} {w}" if k > 0 and before[k - 1] in ("out", "back", "onward", "way") else w
            return two
        if w in _FILLER or w[:1].isdigit() or w in ("-", "'", "’"):
            continue
        if not w.isalpha():
            return "punct"
        if w.endswith(("ed", "ing", "s")) or _MOVE.match(w) or _PRESENT.match(w):
            return "verb:" + w[:5]
        # a capitalised word in the original may be part of a longer name: go on
    return "none"


def features(text: str, items: Sequence[tuple[Reported, Resolved]]) -> list[list[str]]:
    """The features of each mention of an article, in the order of *items* (text order).

    >>> from geo.extract.records import Mention, Sentence
    >>> t = "Trucks drove from Conakry to Bamako."
    >>> s = Sentence(0, len(t), t)
    >>> its = [(Reported(Mention(18, 25, "Conakry"), s, "origin", "from"), Resolved(9.5, -13.7, precision="city")),
    ...        (Reported(Mention(29, 35, "Bamako"), s, "destination", "to"), Resolved(12.6, -8.0, precision="city"))]
    >>> f = features(t, its)
    >>> "gov=from" in f[0] and "rule=origin" in f[0] and "gov=to" in f[1] and "prev.rule=origin" in f[1]
    True
    """
    out: list[list[str]] = []
    n = len(items)
    # what a sentence says and which mentions it holds, read once per sentence, not once per mention in it
    said: dict = {}
    members: dict = {}
    for j, (r, _res) in enumerate(items):
        members.setdefault(r.sentence, []).append(j)
    story = _story(text, items)
    for k, (rep, res) in enumerate(items):
        m, sent = rep.mention, rep.sentence
        pre = text[max(sent.start, m.start - 160):m.start]
        post = text[m.end:min(sent.end, m.end + 100)]
        before, after = _words(pre), _words(post)
        cue = (rep.cue or "").split(" ")[0].lower()
        f = ["bias", f"rule={rep.role}", f"cue={cue}", f"gov={_governing(before)}",
             f"prec={res.precision or 'none'}", f"kind={m.kind}", f"src={_source_kind(res.ref)}"]
        for j in range(1, 4):
            w = before[-j] if len(before) >= j else "<s>"
            f.append(f"w-{j}={w}")
        f.append(f"w-2|w-1={before[-2] if len(before) > 1 else '<s>'}|{before[-1] if before else '<s>'}")
        for j in range(1, 3):
            w = after[j - 1] if len(after) >= j else "</s>"
            f.append(f"w+{j}={w}")
        for w in sorted(set(before[-10:])):
            if w.isalpha():
                f.append(f"b5={w[:5]}")
        for w in sorted(set(after[:6])):
            if w.isalpha():
                f.append(f"a5={w[:5]}")
        st = sent.text
        if sent not in said:
            said[sent] = {name for name, rx in _SENTENCE_WORDS if rx.search(st)}
            if not re.search(r"[.!?][\"'”’)\]]*$|[\"”]$", st):
                said[sent].add("no-stop")
        for name, rx in _SENTENCE_WORDS:
            if name in said[sent]:
                f.append(f"sent.{name}")
            if rx.search(pre[-80:]):
                f.append(f"near.{name}")
        if _IF.search(pre[-60:]):
            f.append("if")
        if _NOT.search(pre[-50:]):
            f.append("not")
        if _FACILITY.search(m.surface) or _FACILITY.match(post.lstrip()):
            f.append("facility")
        line_start = text.rfind("\n", 0, m.start) + 1
        line = text[line_start:m.start].lstrip()
        if line[:1] in "-•*–—·":
            f.append("bullet")
        if text[max(0, m.start - 1):m.start] == "#":
            f.append("hashtag")
        if "no-stop" in said[sent]:
            f.append("no-stop")  # a headline, a caption, a bullet without a final stop
        if pre.count('"') % 2 or pre.count("“") > pre.count("”"):
            f.append("quote")
        same = members[sent]
        pos = same.index(k)
        f.append(f"pos={'only' if len(same) == 1 else 'first' if pos == 0 else 'last' if pos == len(same) - 1 else 'mid'}")
        if k > 0:
            prev = items[k - 1][0]
            between = text[prev.mention.end:m.start]
            if prev.sentence == sent:
                f.append(f"prev.rule={prev.role}")
                if re.fullmatch(r"\s*(?:,|and|or|&|/)?\s*(?:and\s+|or\s+)?", between):
                    f.append("listed")
            else:
                f.append("prev.other-sentence")
        if k + 1 < n:
            nxt = items[k + 1][0]
            if nxt.sentence == sent:
                f.append(f"next.rule={nxt.role}")
        if rep.cue in FIXED_CUES:
            f.append("fixed")
        if SENTENCE_ROLES:
            # "troops stationed in Balakliia ... regrouped to the Donetsk direction": a place the rules read as where
            # forces are, in a sentence whose other places they read as a movement's, is often where it started
            others = sorted({items[j][0].role for j in same if j != k and items[j][0].role in MOVING_ROLES})
            f.append(f"rule={rep.role}|others={'+'.join(others) or 'none'}")
        if MOVE_SIDES:
            # "a unit stationed in Vilseck ... is moving to Romania": the rules' presence of a place named before the
            # sentence's word of movement is often where the movement starts; "moved by road to ... Komarin": after
            # it, where it goes. The words before (w-1..w-3, b5) reach only a few words back.
            f.append(f"rule={rep.role}|move={_move_sides(st, m.start - sent.start, m.end - sent.start)}")
        f += _context(items, k, sent)
        f += story[k]
        out.append(f)
    return out


#: Whether a mention's features pair the rules' role of it with the moving roles the rules read in the rest of its
#: sentence. Development theatres, ten folds (scripts/train_roles.py --cv --folds 10), with the route rule
#: routes.TWIN_NAMES: recall 0.740 -> 0.741, precision 0.787 either way, attributes 0.766 -> 0.767, traps 7 either
#: way; route order 0.62 -> 0.64 (554 -> 525 stops wrong), role 542 -> 538 wrong.
SENTENCE_ROLES = True

#: Whether a mention's features pair the rules' role of it with where its sentence's words of movement stand: before
#: it, after it, both or neither (:func:`_move_sides`): which role the model reads (an origin before the movement, a
#: destination after it), hardly whether. Figures: the eighth features' at :data:`FEATURES_VERSION`.
MOVE_SIDES = True


def _move_sides(sentence: str, start: int, end: int) -> str:
    """Where the words of movement (:data:`_MOVE`) of *sentence* stand beside the mention at *start*:*end* (offsets
    in the sentence): ``before``, ``after``, ``both`` or ``none``.

    >>> _move_sides("Troops based in Vilseck are moving to Romania.", 16, 23)
    'after'
    """
    before, after = bool(_MOVE.search(sentence, 0, start)), bool(_MOVE.search(sentence, end))
    return "both" if before and after else "before" if before else "after" if after else "none"


#: Where a unit is based ("based in", "its home base in", "garrisoned in"): its home, often no stop.
_HOME = re.compile(r"\b(?:based|home|homeport|headquartered|garrisoned|permanently)\b", re.I)
_BREAK = re.compile(r"[.!?]\s|\n")


def _story(text: str, items: Sequence[tuple[Reported, Resolved]]) -> list[list[str]]:
    """What the article as a whole says of each mention (see :func:`story`), read with the English words of
    movement, sentence breaks and homes ("based in")."""
    moves = [mt.start() for mt in _MOVE.finditer(text)]
    breaks = [mt.start() for mt in _BREAK.finditer(text)]

    def distance(sent) -> int:
        # sentence breaks to the nearest word of movement, before or after
        i = bisect.bisect_left(moves, sent.start)
        dist = []
        if i > 0:
            dist.append(bisect.bisect_left(breaks, sent.start) - bisect.bisect_left(breaks, moves[i - 1]))
        if i < len(moves):
            dist.append(bisect.bisect_left(breaks, moves[i]) - bisect.bisect_left(breaks, sent.end))
        return min(dist, default=9)

    return story(text, items, fixed=FIXED_CUES, moves=moves, distance=distance, home=_HOME)


def story(text: str, items: Sequence[tuple[Reported, Resolved]], *, fixed: frozenset[str], moves: Sequence[int],
          distance: Callable[..., int], home: re.Pattern) -> list[list[str]]:
    """What the article as a whole says of each mention, shared by the English and the Russian/Ukrainian models:
    how often its prose names the same place, whether the headline names it, whether the rules read it as a stop
    elsewhere (and what its next mention is read as), how many sentences its sentence is from the nearest word of
    movement, whether it is a unit's home, a place in brackets.

    Parameters: ``fixed``, the cues a model never overrules (a dateline: no part of the prose); ``moves``, the
    offsets of the language's words of movement; ``distance(sentence)``, the sentence breaks from a sentence
    without one to the nearest (9 when there is none); ``home``, the language's words of a unit's home, looked
    for in the 40 characters before a mention.
    """
    # the prose's mentions only: a hashtag or a dateline repeating a place tells nothing of its story
    keys = [None if text[max(0, rep.mention.start - 1):rep.mention.start] == "#" or rep.cue in fixed
            else res.ref or rep.mention.surface.lower() for rep, res in items]
    out = []
    for k, (rep, _res) in enumerate(items):
        m, sent = rep.mention, rep.sentence
        f = []
        others = [j for j in range(len(items)) if j != k and keys[k] is not None and keys[j] == keys[k]]
        f.append(f"times={min(len(others) + 1, 3)}")
        if sent.paragraph != 0 and any(items[j][0].sentence.paragraph == 0 for j in others):
            f.append("in-headline")
        later = [items[j][0].role for j in others if j > k]
        if later:
            f.append(f"later.rule={later[0]}")
        if any(items[j][0].role != "mention" for j in others):
            f.append("stop-elsewhere")
        if not any(sent.start <= p < sent.end for p in moves):
            d = distance(sent)
            f.append(f"move.dist={'1' if d <= 1 else '2' if d == 2 else 'far'}")
        if home.search(text[max(sent.start, m.start - 40):m.start]):
            f.append("home")
        if text[max(0, m.start - 1):m.start] == "(" and text[m.end:m.end + 1] == ")":
            f.append("bracketed")
        out.append(f)
    return out


_FINER = {"country": ("region", "city", "point", "area"), "region": ("city", "point"), "continent": (
    "country", "region", "city", "point", "area")}


def _context(items: Sequence[tuple[Reported, Resolved]], k: int, sent) -> list[str]:
    """What the other mentions of the article say of this one: a country or region with a finer place of its
    own inside it named in the same sentence or paragraph (it may only contain it), a town with its country
    beside it, the same place named before (and in what role the rules read it then)."""
    rep, res = items[k]
    f = []
    finer = _FINER.get(res.precision or "", ())
    par = sent.paragraph
    for j, (r, s) in enumerate(items):
        if j == k or not res.country or s.country != res.country:
            continue
        where = "sent" if r.sentence == sent else "par" if r.sentence.paragraph == par else ""
        if not where:
            continue
        if s.precision in finer:
            f.append(f"contains.{where}")
            if r.role != "mention":
                f.append(f"contains.{where}.stop")
        elif res.precision in ("city", "point") and s.precision in ("country", "region"):
            f.append(f"inside.{where}")
    key = res.ref or rep.mention.surface.lower()
    before = [r for r, s in items[:k] if (s.ref or r.mention.surface.lower()) == key]
    if before:
        f.append("seen")
        f.append(f"seen.rule={before[-1].role}")
        if before[-1].sentence.paragraph == par:
            f.append("seen.par")
    else:
        f.append("first")
    if par <= 4:
        f.append("lead")
    if res.ref and res.ref in capitals().refs:
        f.append("capital")
    return sorted(set(f))


class RoleModel:
    """The trained role tagger at *path* (checked against its manifest first).

    Not shared between threads (crfsuite's tagger keeps state): :func:`shipped` gives one per thread.
    """

    #: What the model reads of each mention, and its version: a language's model sets its own.
    featurize = staticmethod(features)
    features_version = FEATURES_VERSION
    fixed_cues = FIXED_CUES
    #: The language's level of :data:`MOVING_OVERRULE` (None: the one level :attr:`overrule` for every change).
    moving_level: float | None = MOVING_OVERRULE
    #: Whether the language's model gives a stop both keep the role it finds :data:`ROLE_MARGIN` likelier than the
    #: rules' one (else the rules' role stands unless the model is :attr:`overrule` sure of another). Each language
    #: states its own, apart from its ``moving_level``, so a model retrained with other levels never takes up the
    #: English margin unawares (Russian/Ukrainian: off, until its own CV chooses a margin).
    uses_margin: bool = True

    #: Whether the language's model reads a mention's probability of none with the binary stop/none model beside it
    #: (:func:`stop_path`), when that file is there (Russian/Ukrainian: no such model is trained).
    uses_stop_model: bool = True
    #: The language's :data:`CONTINENT_THRESHOLD` (0: a continent is never a stop of the model's alone).
    continent_level: float = CONTINENT_THRESHOLD

    def __init__(self, path: str = MODEL_PATH, threshold: float | None = None, overrule: float | None = None,
                 moving_overrule: float | None = None, role_margin: float | None = None):
        self.path = path
        stop = stop_path(path)
        self._stop = _open_checked(stop, self.features_version, "stop model") if (
            self.uses_stop_model and os.path.exists(stop)) else None
        self.threshold = (threshold if threshold is not None else THRESHOLD if self._stop is not None
                          else THRESHOLD_ALONE)
        self.overrule = OVERRULE if overrule is None else overrule
        self.moving_overrule = (moving_overrule if moving_overrule is not None
                                else self.moving_level if self.moving_level is not None else self.overrule)
        self._tagger = _open(path, self.features_version)
        self.role_margin = role_margin if role_margin is not None else ROLE_MARGIN if self.uses_margin else None

    @staticmethod
    def governs(text: str, rep: Reported, res: Resolved) -> bool:
        """Whether the mention is a national capital that starts its clause as the subject of a verb ("Moscow has
        sent", "Beijing deployed", "that Cairo called"): its government, never a stop, even of a verb of sending,
        where a country that sends its forces is their origin ("France sent two Rafale jets"), as the corpus reads
        them (metonymy: "Moscow sent", "Pyongyang has sent")."""
        if not res.ref or res.ref not in capitals().refs:
            return False
        pre, post = text[rep.sentence.start:rep.mention.start], text[rep.mention.end:rep.sentence.end]
        # a clause reported without "that" ("Seoul says Moscow has sent") or a free relative ("what Minsk and Moscow
        # called") starts after its verb of saying or its "what" as after a comma
        v = subject_verb("" if _OPENS_CLAUSE.search(pre) else pre, post)
        return bool(v) and v.lower() not in ("is", "was", "has", "does")

    def labels(self, text: str, items: Sequence[tuple[Reported, Resolved]]) -> list[str]:
        """The role of each item: a stop's likeliest role when the probability of none is below the threshold."""
        tg = self._tagger
        xs = self.featurize(text, items)
        labels = tg.tag(xs)
        if self._stop is not None:
            self._stop.set(xs)
        if self.threshold >= 1.0 - 1e-9:
            return labels
        out = []
        known = set(tg.labels())
        for k, label in enumerate(labels):
            if label == "mention" and self.none(k) < self.threshold:
                label = max((x for x in ROLES if x != "mention" and x in known), key=lambda x: tg.marginal(x, k))
            out.append(label)
        return out

    def none(self, k: int) -> float:
        """The probability that the *k*-th mention of the sequence last labelled is no stop: the role model's, or,
        with the binary stop model beside it, the mean of the two models' (each errs on other mentions)."""
        p = self._tagger.marginal("mention", k)
        if self._stop is None:
            return p
        return (p + self._stop.marginal(STOP_NONE, k)) / 2

    def relabel(self, text: str, items: Sequence[tuple[Reported, Resolved]]) -> list[tuple[Reported, Resolved]]:
        """*items* with the roles the model gives; the rules' fixed cues keep their ``mention``.

        A stop the rules read stays a stop unless the model is :attr:`overrule` sure of none, and plays the stop role
        the model finds likeliest when it is :data:`ROLE_MARGIN` likelier than the rules' one (Russian/Ukrainian: the
        rules' role, unless the model is :attr:`overrule` sure of another; English, as there too: a presence becomes
        a moving stop when the model is :attr:`moving_overrule` sure of it)."""
        if not items:
            return list(items)
        labels = self.labels(text, items)
        tg = self._tagger
        stops = [x for x in ROLES if x != "mention" and x in set(tg.labels())]
        out = []
        for k, ((rep, res), label) in enumerate(zip(items, labels)):
            if rep.role != "mention" and label != rep.role:
                least = (self.moving_overrule if rep.role == "presence" and label in MOVING_ROLES
                         and not (self.role_margin is not None and _STAYING.match(rep.cue)) else self.overrule)
                if tg.marginal(label, k) < least:
                    label = rep.role  # the rules' reading stands unless the model is sure of another
            if (self.role_margin is not None and rep.role != "mention" and label == rep.role
                    and rep.cue not in self.fixed_cues and not (rep.role == "presence" and _STAYING.match(rep.cue))):
                # a stop both keep plays the role the model finds clearly likelier than the rules' one
                best = max(stops, key=lambda x: tg.marginal(x, k))
                # a movement the rules read stays a movement ("deployed to the Kursk region"): that change still needs
                # OVERRULE, as the other way needs only MOVING_OVERRULE
                if (tg.marginal(best, k) >= tg.marginal(label, k) + self.role_margin
                        and not (label in MOVING_ROLES and best == "presence")):
                    label = best
            if rep.role == "mention" and label != "mention" and (allowed := _prep_roles(text, rep)) \
                    and label not in allowed:
                label = max((x for x in allowed if x in stops), key=lambda x: tg.marginal(x, k), default=label)
            if rep.role == "mention" and (res.lat is None or (res.precision == "continent"
                                                             and self.none(k) >= self.continent_level)):
                label = "mention"  # a stop of the model's alone is one the gazetteer can place; a continent, when sure
            if rep.role == "mention" and label != "mention" and self.governs(text, rep, res):
                out.append((Reported(rep.mention, rep.sentence, "mention", "metonymy"), res))
            elif rep.cue in self.fixed_cues or label == rep.role:
                out.append((rep, res))
            else:
                cue = rep.cue if rep.role != "mention" or label == "mention" else f"learnt ({rep.cue or 'no cue'})"
                out.append((Reported(rep.mention, rep.sentence, label, cue if label != "mention" else "learnt"),
                            res))
        if self.role_margin is not None:
            out = self._one_role_per_list(text, items, out)
        return _headlines_repeat(out)

    def _one_role_per_list(self, text: str, items: Sequence[tuple[Reported, Resolved]],
                           out: list[tuple[Reported, Resolved]]) -> list[tuple[Reported, Resolved]]:
        """*out* with the places the rules read as one list of stops ("to Minsk and Brest": coordinated under one
        preposition, the same role) playing one role: the stop role the model finds likeliest over the list's
        members it keeps as stops. A list plays one part in a movement (the corpus's guideline: lists at both ends,
        one route per pair of ends), where the role margin, weighing each member alone, can split it (Minsk a via
        beside the destination Brest). A list the rules read as moving never becomes a presence (nor does a member
        under the margin), and one a later leg follows ("Engels and Morozovsk, then on to Crimea") keeps its members'
        own roles: they may be a route's stops."""
        tg = self._tagger
        stops = [x for x in ROLES if x != "mention" and x in set(tg.labels())]
        groups: list[list[int]] = []
        for k, (rep, _res) in enumerate(items):
            prev = items[k - 1][0] if k else None
            if (prev is not None and groups and groups[-1][-1] == k - 1 and prev.sentence == rep.sentence
                    and prev.role == rep.role != "mention" and prev.cue == rep.cue
                    and ENGLISH.listed.fullmatch(text, prev.mention.end, rep.mention.start)):
                groups[-1].append(k)
            else:
                groups.append([k])
        out = list(out)
        for group in groups:
            kept = [k for k in group if out[k][0].role != "mention" and out[k][0].cue not in self.fixed_cues]
            if len({out[k][0].role for k in kept}) < 2:
                continue
            last = items[group[-1]][0]
            if _CONTINUED.match(text, last.mention.end, last.sentence.end):
                continue  # "to Engels and Morozovsk, then on to Crimea": the list's members may be a route's stops
            # a list the rules read as moving stays moving, as the margin keeps each member ("deployed to X")
            allowed = [x for x in stops if not (x == "presence" and items[group[0]][0].role in MOVING_ROLES)]
            role = max(allowed, key=lambda x: sum(tg.marginal(x, k) for k in kept))
            for k in kept:
                rep, res = items[k]
                out[k] = (rep, res) if role == rep.role else (
                    Reported(rep.mention, rep.sentence, role, rep.cue), res)
        return out


# what goes on after a list, as a later leg: "Engels and Morozovsk, then on to Crimea", "Gao and Timbuktu, and later
# to Menaka"
_CONTINUED = re.compile(r"\s*,?\s*(?:and\s+)?(?:then|later|afterwards|subsequently|on\s+to|onward|onwards)\b", re.I)


def _headlines_repeat(items: list[tuple[Reported, Resolved]]) -> list[tuple[Reported, Resolved]]:
    """A headline (or a caption) tells again what the body reports: a stop the model made of a place in one is no
    stop of its own when the body makes that place a stop."""
    def key(rep, res):
        return res.ref or rep.mention.surface.lower()

    body = {key(r, s) for r, s in items if r.role != "mention" and not r.cue.startswith("learnt (headline")}
    return [(Reported(r.mention, r.sentence, "mention", "headline"), s)
            if r.role != "mention" and r.cue.startswith("learnt (headline") and key(r, s) in body else (r, s)
            for r, s in items]


#: The binary model's labels: a mention is a stop (any role) or none.
STOP_NONE, STOP_STOP = "none", "stop"


def stop_path(path: str) -> str:
    """Where the binary stop/none model of the role model at *path* lies: beside it, ``role_model.stop.crfsuite``
    (its manifest ``role_model.stop.json``)."""
    return re.sub(r"\.crfsuite$", "", path) + ".stop.crfsuite"


def stop_labels(labels: Sequence[str]) -> list[str]:
    """The binary model's labels of the role *labels*: ``none`` for ``mention``, ``stop`` for every stop role.

    >>> stop_labels(["origin", "mention", "presence"])
    ['stop', 'none', 'stop']
    """
    return [STOP_NONE if y == "mention" else STOP_STOP for y in labels]


def _open(path: str, version: int = FEATURES_VERSION):
    return _open_checked(path, version, "role model")


def _open_checked(path: str, version: int, what: str):
    """A crfsuite tagger of the model at *path*, once its manifest's SHA-256 and features *version* agree."""
    return open_checked(path, version, what, RoleModelError, "python scripts/train_roles.py")


def per_thread(make, path: str):
    """A function that gives this thread's model, made by ``make()`` on first use, or None when *path* (the shipped
    file) does not exist, so that the rules decide. A crfsuite tagger is not shared between threads."""
    local = threading.local()

    def get():
        if not os.path.exists(path):
            return None
        model = getattr(local, "model", None)
        if model is None:
            model = local.model = make()
        return model

    return get


_shipped = per_thread(lambda: RoleModel(MODEL_PATH), MODEL_PATH)


def shipped() -> RoleModel | None:
    """The shipped role model for this thread, or None when the package has none (the rules then decide)."""
    return _shipped()
