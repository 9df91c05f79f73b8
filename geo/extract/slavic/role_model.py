"""Roles learnt from annotated Russian and Ukrainian articles: the design of :mod:`geo.extract.role_model`.

The rules of :mod:`geo.extract.slavic.roles` propose a role for every mention and keep the final
word on what is never a stop (datelines, credits, labels, places standing for their governments,
places inside names, where somebody spoke); a linear-chain CRF over the mentions of an article
then decides ``origin`` / ``via`` / ``destination`` / ``presence`` / ``mention`` for the others.
It reads what Russian and Ukrainian say by case and by word: the preposition that governs the
place and the case it is in, the noun of place between them ("в район", "до околиць"), the
lemmas of the words around it and of the nearest verb, what its sentence says (moving, being
somewhere, saying, people, materiel, a condition, a negation), the verb of its clause (its tense and aspect
from pymorphy3: "перебросили" is past perfective, "стоят" present; moving, being somewhere or saying), whether
the place is the subject of saying, whether the sentence tells background ("ранее", "нагадаємо", a year before
the article's latest), a condition ("могла б"), a question, a comparison, a strike or civilians, what kind of place it is, where
it stands (a headline, a bullet, a hashtag, a quote, a list), the rules' proposal, and, as the
English model reads it, what the article's other mentions say of it (a country or region holding a
finer place named beside it, a town beside its country, the same place named before, a national
capital), and what the article's story says of it: how often the place is named, whether its headline names
it, whether the rules read it as a stop elsewhere, how many sentences lie between it and the nearest word of
movement, a unit's home ("базировавшейся в", a unit's town in brackets) and a noun's genitive of a place ("ВКС
РФ", "Министерством обороны России": whose, not where). One model reads both languages (each word's lemma
in its own language; the language is a feature).

Trained by ``scripts/train_roles_ru_uk.py`` on the development theatres of the corpus's Russian
and Ukrainian articles; it ships beside its manifest (``role_model.json``: SHA-256, features
version), checked before the file is read. Without the model file the rules decide.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Sequence

from ..language import detect
from ..records import Reported, Resolved
from ..role_model import FIXED_CUES as _EN_FIXED
from ..role_model import RoleModel, _context, per_thread, story
from ..resolve import capitals
from . import anaphora, lexicon, morph
from .roles import _LIST_BETWEEN, governor

#: The shipped model and its manifest beside it.
MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "role_model.crfsuite")
#: Bump whenever :func:`features` changes: a model trained on other features is refused.
FEATURES_VERSION = 10
#: How sure the model must be that a place the rules call a stop is none, or another role, to overrule them; and the
#: probability of none below which a place the rules call none becomes a stop (English's levels are 0.9 and 0.6).
#: Chosen by the development theatres' leave-one-theatre-out runs (scripts/train_roles_ru_uk.py --cv --overrule P
#: --threshold T), where most false stops are the rules' (background, comparisons, places standing for others).
#: Recall, precision: overrule 0.9 0.717, 0.722; 0.8 0.707, 0.739; 0.7 0.694, 0.745; 0.7 with threshold 0.5
#: 0.688, 0.752; 0.7 trained with c1 = c2 = 0.1 0.703, 0.746, but that model dropped "12 серпня її перекинули
#: на Курщину" after a background sentence (its probability of none 0.73): so 0.8, and the training's 0.05.
#: Features 7 (the article's story, :func:`_story`) moved the CV from recall, precision 0.727, 0.749 (traps 4) to
#: 0.722, 0.761 (traps 4); Russian 0.721, 0.731 -> 0.711, 0.740, Ukrainian 0.733, 0.765 -> 0.731, 0.780. Tried
#: with them (before hashtags were left out of the story and Ukrainian "до" out of the genitive): a paragraph that
#: began telling background (0.724, 0.763 against 0.724, 0.766 without), the story's main country (0.722, 0.767),
#: both (0.721, 0.765, traps 3), overruling at 0.7 (0.713, 0.772, traps 3: recall lost more than gained).
#: The model is trained with c2 = 0.5 since (scripts/train_roles_ru_uk.py's PARAMS: recall on unseen theatres),
#: which makes it less sure: overruling at 0.7 then gave 0.743, 0.765 (traps 3) against 0.8's 0.763, 0.757 (traps 4).
#: Tried with it: the places of one list taking the role of the list's first stop after the model (where the model
#: made "в Курской и Белгородской областях" half a stop): recall, precision 0.766, 0.753 against 0.763, 0.757
#: without; 16 more stops drafted, 4 of them gold: not shipped.
#: Features 8 (a route told with dashes, taking ground, a country as the subject of sending, the sentence before)
#: with the recogniser's and the rules' fixes of session 16 (an oblast's town, a preposition after a body's name) moved
#: the eight-fold CV (scripts/train_roles_ru_uk.py --cv --folds 8) from recall, precision, attributes 0.739, 0.779,
#: 0.755 to 0.745, 0.778, 0.756 (traps 2, 2); Russian 0.721, 0.746, 0.754 -> 0.732, 0.743, 0.755, Ukrainian 0.755,
#: 0.808, 0.756 -> 0.757, 0.810, 0.756. The features alone, without those fixes nor the subject of sending: 0.742,
#: 0.778, 0.756 (Russian 0.726, 0.744; Ukrainian 0.755, 0.809).
#: On the eight folds of the grown corpus (6077d61: recall, precision, attributes 0.741, 0.785, 0.757, traps 1), a
#: place the rules read as reached by a verb of arriving (:func:`arrived`) kept as a destination where the model reads
#: no stop gave 0.741, 0.785, 0.758 (one more gold stop, two false: "не собирается входить в Косово", "прибули до
#: Білорусі після «маршу на Москву»"); kept only where the verb reaches it outright (:func:`reached`), one more gold
#: stop and no false one (studied on features that read a word of movement by its verbal reading, "прибыли" as
#: "прибыть" and not the noun "прибыль": those features alone moved 0.741, 0.785, 0.757 to 0.739, 0.787, 0.758,
#: Russian 0.724, 0.757 -> 0.723, 0.756: not shipped).
OVERRULE = 0.8
THRESHOLD = 0.6
#: Feature families left out (a study through ``--set slavic.role_model.DROP=b5,a5``: the prefixes before "=" or
#: ".", comma-separated); what ships is empty unless the CV chose otherwise.
DROP = ""
#: Cues of the rules that the model never overrules: these places are never stops.
FIXED_CUES = _EN_FIXED | {"container", "landmark", "photo credit", "label"}

_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*|\d+|[^\w\s]")
_IF = re.compile(r"(?<![\w])(?:могут|может|могли|смогут|если|якщо|можуть|може|могли\s+бы|планиру\w*|плану\w*|"
                 r"намерен\w*|намір\w*|собира\w*|збира\w*|готов\w*|готу\w*|должн\w*|мають|має|будут|будуть|"
                 r"ожида\w*|очіку\w*|возможн\w*|можлив\w*|вероятн\w*|ймовірн\w*)(?![\w])", re.I)
_NOT = re.compile(r"(?<![\w])(?:не|ни|ні|нет|немає|нема)(?![\w])", re.I)
_SAY = lexicon.matches(tuple(lexicon.SAY))
_PEOPLE = lexicon.matches(tuple(lexicon.PEOPLE))
_MATERIEL = lexicon.matches(tuple(lexicon.MATERIEL))
_MOVE = lexicon.matches(tuple(lexicon.MOVE))
_PRESENT = lexicon.matches(tuple(lexicon.PRESENT))
_TAKE_WORD = re.compile(lexicon.matches(tuple(lexicon.TAKE)).pattern + r"(?![\w-])(?!\s+(?:участ|в\s+плен|в\s+полон))",
                        re.I)
_VERBAL = ("VERB", "INFN", "PRTF", "PRTS", "GRND")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _taking(word: str, lang: str) -> bool:
    """Whether *word*, of :data:`lexicon.TAKE`'s stems, reads first as a verb form ("взяли", "освобожденный"), not as
    a noun ("занятия", "займа", "освобождение")."""
    rs = morph.readings(word, lang)
    return bool(rs) and rs[0].pos in _VERBAL


class _Take:
    """Taking ground, as :func:`_cues` reads a cue (``search``, ``fullmatch``): a verb of :data:`lexicon.TAKE`, not
    "взяли участь" (took part), "взяли в плен", nor one whose object is a person ("Зеленський звільнив
    командувача": a dismissal; "освободили заложников")."""

    def __init__(self, lang: str = ""):
        self.lang = lang

    def search(self, text: str, pos: int = 0):
        for mt in _TAKE_WORD.finditer(text, pos):
            if not _taking(mt.group(), self.lang):
                continue
            nxt = _NEXT_WORD.match(text, mt.end())
            if nxt and nxt.group(1)[:1].islower():
                rs = morph.readings(nxt.group(1), self.lang)
                if rs and rs[0].pos == "NOUN" and rs[0].anim and not rs[0].geo:
                    continue
            return mt
        return None

    def fullmatch(self, word: str):
        mt = _TAKE_WORD.fullmatch(word)
        return mt if mt and _taking(word, self.lang) else None


_TAKES = {lang: _Take(lang) for lang in ("ru", "uk")}
_FACILITY = re.compile(r"(?<![\w])(?:аэродром|аеродром|авиабаз|авіабаз|порт|база|базы|базі|базе|полигон|полігон|"
                       r"станци|станці|склад|арсенал|пункт|мост|міст|переправ|лагер|табор)\w*", re.I)


def _cues(lang: str) -> tuple:
    """What a sentence may say, by name: moving, being somewhere, saying, people, materiel, taking ground (read in
    the article's language, as a verb)."""
    return (("move", _MOVE), ("present", _PRESENT), ("say", _SAY), ("people", _PEOPLE), ("materiel", _MATERIEL),
            ("take", _TAKES.get(lang) or _Take(lang)))


#: The classes of a clause's verb: moving, being somewhere, saying, taking ground.
_VERB_CLASSES = ("move", "present", "say", "take")
#: What a sentence says of its time and its truth beyond its verb: background ("ранее", "нагадаємо", "в советское
#: время"), a condition ("могла б"), a question, a comparison, a strike on a place, civilians.
_SENT_CUES = tuple((name, re.compile(rx, re.I)) for name, rx in (
    ("background", r"(?<![\w])(?:ранее|раньше|раніше|прежде|нагадаємо|напомним|нагадуємо|напомню|тогда|тоді|колись|"
                   r"когда-то|советск\w*|радянськ\w*|СССР|СРСР|в\s+свое\s+время|свого\s+часу)(?![\w])"),
    ("would", r"(?<![\w])(?:бы|б)(?![\w])"),
    ("question", r"\?|(?<![\w])чи(?![\w])"),
    ("compare", r"(?<![\w])(?:для\s+сравнения|для\s+порівняння|по\s+сравнению|порівняно|в\s+отличие|на\s+відміну)"
                r"(?![\w])"),
    ("strike", r"(?<![\w])(?:удар|уражен|ураж|поражен|обстрел|обстріл|атак|взрыв|вибух|сбит|збит|влуч|попадан)\w*"),
    ("civil", r"(?<![\w])(?:эвакуац|евакуац|беженц|біженц|жител|мешканц|мирн|цивільн|гуманитар|гуманітар)\w*"),
))
_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20[0-4]\d)(?!\d)")
_BACKGROUND, _CIVIL = (rx for name, rx in _SENT_CUES if name in ("background", "civil"))
# forces as a clause names them: people or materiel, or the words for an army the lexicon's people lack ("войска",
# "армія"), kept apart from the features' cues
_FORCES = re.compile(_PEOPLE.pattern + "|" + lexicon.matches(("войск", "військ", "арми", "армі", "гварди", "гварді"))
                     .pattern + "|" + _MATERIEL.pattern, re.I)
# movers that are no forces, besides the civilians of the sentence cue: the press, observers, delegations
_CIVILIANS = lexicon.matches(("журналист", "журналіст", "корреспондент", "кореспондент", "репортер", "наблюдател",
                              "спостерігач", "делегаци", "делегаці", "турист", "паломник", "прочан"))
# where a clause ends: a full stop, a dash between words, a comma before a conjunction or a relative word
_CLAUSE = re.compile(r"[.;:!?…]|\s[—–-]\s|,\s+(?:что|чтобы|що|щоб|котор\w*|який|яка|яке|які|якого|якій|яких|где|де|"
                     r"куда|куди|когда|коли|а|но|але|однако|проте|хотя|хоча|если|якщо|поскольку|оскільки|пока|поки)"
                     r"(?![\w])", re.I)


def _verb_class(word: str, lang: str, clause: str = "") -> str:
    """The class of a clause's verb (:data:`_VERB_CLASSES`), or "other"; a verb of taking ground only where the
    *clause* it stands in reads it so ("взяли участь" is taking part)."""
    for name, rx in _cues(lang):
        if name in _VERB_CLASSES and rx.fullmatch(word):
            if name == "take" and clause and not any(mt.group() == word for mt in _finditer(rx, clause)):
                continue
            return name
    return "other"


def _finditer(rx, text: str):
    """Every match of *rx* (a pattern or :class:`_Take`) in *text*."""
    pos = 0
    while (mt := rx.search(text, pos)) is not None:
        yield mt
        pos = mt.end()


def _clause_verbs(words: list[str], lang: str) -> list[tuple[str, str, str, str]]:
    """``(word, lemma, tense, aspect)`` of each verb among *words*."""
    out = []
    for w in words:
        if w[:1].isalpha() and w[:1].islower():
            v = morph.verb_form(w, lang)
            if v:
                out.append((w, *v))
    return out


def _lemma(word: str, lang: str) -> str:
    if not word[:1].isalpha():
        return word
    rs = morph.readings(word, lang)
    return rs[0].lemma if rs else morph.fold(word)


def _verb(words: list[str], lang: str, before: bool) -> str:
    """The lemma of the nearest verb (or verbal noun of movement) to the place, over at most 8 words."""
    seq = reversed(words[-8:]) if before else words[:8]
    for w in seq:
        if not w[:1].isalpha():
            if w in ".;:!?":
                break
            continue
        rs = morph.readings(w, lang)
        if rs and rs[0].pos in ("VERB", "INFN", "PRTF", "PRTS", "GRND"):
            return rs[0].lemma
    return "none"


def features(text: str, items: Sequence[tuple[Reported, Resolved]]) -> list[list[str]]:
    """The features of each mention of a Russian or Ukrainian article, in the order of *items* (text order)."""
    lang = detect(text)
    flags: dict = {}  # what each sentence says
    # the article's latest year: a sentence naming only years before it tells of the past
    latest = max((int(y) for y in _YEAR.findall(text)), default=0)
    out: list[list[str]] = []
    n = len(items)
    story = _story(text, items)
    cues = _cues(lang)
    before_sentence = _before_sentences(text, items)
    for k, (rep, res) in enumerate(items):
        m, sent = rep.mention, rep.sentence
        pre = text[max(sent.start, m.start - 160):m.start]
        post = text[m.end:min(sent.end, m.end + 100)]
        before, after = _WORD.findall(pre), _WORD.findall(post)
        prep, cases, head = governor(text, sent, m, lang)
        own = morph.cases(m.surface.split()[-1] if m.surface.split() else m.surface, lang)
        if not prep and own & {"gent", "gen2"} and before and len(before[-1]) > 2 and before[-1][:1].isalpha():
            # a noun's genitive ("Министерством обороны России", "ВКС РФ"): whose, not where
            rs = morph.readings(before[-1], lang)
            if rs and rs[0].pos == "NOUN" and not any(r.pos == "PREP" for r in rs):
                story[k].append("of-noun")
        cue = (rep.cue or "").split(" ")[0].lower()
        f = ["bias", f"lang={lang}", f"rule={rep.role}", f"cue={cue}", f"prep={prep or 'none'}",
             f"prec={res.precision or 'none'}", f"kind={m.kind}", f"head={head[:5] if head else 'none'}",
             f"resolved={res.lat is not None}", f"sector={bool(getattr(m, 'sector', 0))}"]
        for c in sorted(cases):
            f.append(f"case={c}")
            f.append(f"prep|case={prep or 'none'}|{c}")
        for c in sorted(own):
            f.append(f"own={c}")
        for j in range(1, 4):
            w = before[-j] if len(before) >= j else "<s>"
            f.append(f"w-{j}={_lemma(w, lang)}")
        f.append(f"w-2|w-1={_lemma(before[-2], lang) if len(before) > 1 else '<s>'}|"
                 f"{_lemma(before[-1], lang) if before else '<s>'}")
        for j in range(1, 3):
            w = after[j - 1] if len(after) >= j else "</s>"
            f.append(f"w+{j}={_lemma(w, lang)}")
        f.append(f"verb-={_verb(before, lang, True)}")
        f.append(f"verb+={_verb(after, lang, False)}")
        # the words around, cut to their first five letters (their lemma's, roughly, and no dictionary lookup)
        for w in sorted({morph.fold(w)[:5] for w in before[-10:] if w[:1].isalpha()}):
            f.append(f"b5={w}")
        for w in sorted({morph.fold(w)[:5] for w in after[:6] if w[:1].isalpha()}):
            f.append(f"a5={w}")
        st = sent.text
        if sent not in flags:
            flags[sent] = [name for name, rx in cues if rx.search(st)]
        f += [f"sent.{name}" for name in flags[sent]]
        for name, rx in cues:
            if name not in flags[sent]:
                continue
            if rx.search(pre[-80:]):
                f.append(f"near.{name}")
            if rx.search(post[:60]):
                f.append(f"after.{name}")
        f += _clause_features(text, sent, m, pre, post, lang, prep, own, flags, latest)
        if _IF.search(pre[-70:]):
            f.append("if")
        if _NOT.search(pre[-50:]):
            f.append("not")
        if _FACILITY.search(m.surface) or _FACILITY.search(pre[-25:]):
            f.append("facility")
        if m.kind == "anaphor":
            # the noun that names a place again ("город", "станции"): a town's noun is a stop more often than a
            # station's or a works' (the features of other mentions are unchanged)
            f.append(f"anaphor={anaphora.lemma(m.surface, lang)}")
        query = getattr(m, "query", "") or ""
        if len(m.surface.split()) == 1 and len(query.split()) > 1:
            # one word read as a longer name: an adjective of a list with the noun after it ("в Житомирській,
            # Київській ... областях"), a quoted name with its facility's noun ("аэропорт «Антонов»")
            f.append("longer-query")
        line_start = text.rfind("\n", 0, m.start) + 1
        line = text[line_start:m.start].lstrip()
        if line[:1] in "-•*–—·▫▪🔹🔸📍🔺" or re.match(r"^[^\w\s]{1,3}", line):
            f.append("bullet")
        if text[max(0, m.start - 1):m.start] == "#":
            f.append("hashtag")
        if not re.search(r"[.!?…][\"'”’»)\]]*$|[\"”»]$", st):
            f.append("no-stop")
        if line_start == 0 or text.rfind("\n", 0, line_start - 1) < 0:
            f.append("first-line")
        if pre.count("«") > pre.count("»") or pre.count('"') % 2:
            f.append("quote")
        same = [j for j in range(n) if items[j][0].sentence == sent]
        pos = same.index(k)
        f.append(f"pos={'only' if len(same) == 1 else 'first' if pos == 0 else 'last' if pos == len(same) - 1 else 'mid'}")
        if k > 0:
            prev = items[k - 1][0]
            between = text[prev.mention.end:m.start]
            if prev.sentence == sent:
                f.append(f"prev.rule={prev.role}")
                if re.fullmatch(r"\s*(?:,|и|і|й|та|или|або|/)?\s*(?:и\s+|і\s+|та\s+)?", between):
                    f.append("listed")
                if len(between) < 40 and re.search(r"(?<![\w])(?:в|во|на|до|к|через)\s", between):
                    f.append("prev.then")
                if _DASHED.fullmatch(between):
                    f.append("dashed")  # "Орша — Минск — Барановичи": a route's stops, or a crossing's two sides
            else:
                f.append("prev.other-sentence")
        if k + 1 < n:
            nxt = items[k + 1][0]
            if nxt.sentence == sent:
                f.append(f"next.rule={nxt.role}")
                if _DASHED.fullmatch(text[m.end:nxt.mention.start]):
                    f.append("next.dashed")
        f += before_sentence.get(sent, [])
        if rep.cue in FIXED_CUES:
            f.append("fixed")
        # what the article's other mentions say of this one (English's reading): a country or region holding a finer
        # place named beside it, a town beside its country, the same place named before, a capital
        f += _context(items, k, sent)
        f += story[k]
        if DROP:
            drop = tuple(DROP.split(","))
            f = [x for x in f if re.split(r"[=.|]", x, maxsplit=1)[0] not in drop]
        out.append(f)
    return out


_DASHED = re.compile(r"\s*[—–-]\s*")


def _before_sentences(text: str, items: Sequence[tuple[Reported, Resolved]]) -> dict:
    """What the sentence before each mention's says, where a report goes on over sentences ("Колонну перебросили в
    г. Белгород. Затем она вошла в ..."): whether it tells a movement, and whether the rules read a stop in it. The
    sentences are the splitter's (abbreviations such as "г." end none); each is read once."""
    from .sentences import split_sentences

    sents = split_sentences(text)
    ends = [s.end for s in sents]
    roles: dict = {}
    for r, _s in items:
        roles.setdefault((r.sentence.start, r.sentence.end), []).append(r.role)
    out: dict = {}
    for r, _s in items:
        sent = r.sentence
        if sent in out:
            continue
        i = bisect.bisect_right(ends, sent.start) - 1
        f = []
        if i >= 0:
            prev = sents[i]
            if _MOVE.search(prev.text):
                f.append("prevsent.move")
            rs = roles.get((prev.start, prev.end), [])
            if rs:
                f.append(f"prevsent.rule={rs[-1]}")
                if any(x != "mention" for x in rs):
                    f.append("prevsent.stop")
        out[sent] = f
    return out


#: Where a unit is based ("базировавшейся в", "базується в", "пункт постоянной дислокации"): its home, often no stop.
_HOME = re.compile(r"(?<![\w])(?:базир\w*|базу\w*|дислоц\w*|дислок\w*|ППД|расквартир\w*|розквартир\w*)(?![\w])", re.I)
_BREAK = re.compile(r"[.!?…]\s|\n")


def _break_counter(text: str):
    """A function of (a, b) that counts the sentence breaks ``len(_BREAK.findall(text, a, b))``, with the breaks
    found once per article: counting them again between every word of movement and every sentence is quadratic in
    the article's length (minutes on a long unsplit line).

    >>> count = _break_counter("Один. Два!\\nТри")
    >>> count(0, 15), count(5, 15), count(6, 15)
    (2, 1, 1)
    """
    spans = [mt.span() for mt in _BREAK.finditer(text)]
    starts, ends = [s for s, _ in spans], [e for _, e in spans]

    def breaks(a: int, b: int) -> int:
        # the whole text's breaks inside a..b, and a line break at a whose full stop, just before a, the whole text's
        # scan took with it (". \n" is one break there, the scan from a sees one)
        i = bisect.bisect_left(starts, a)
        n = max(0, bisect.bisect_right(ends, b) - i)
        if i and spans[i - 1] == (a - 1, a + 1) and a < b and text[a] == "\n":
            n += 1
        return n

    return breaks


def _story(text: str, items: Sequence[tuple[Reported, Resolved]]) -> list[list[str]]:
    """What the article as a whole says of each mention (the English model's :func:`~..role_model.story`), read
    with the Russian/Ukrainian words of movement, sentence breaks and homes ("базировавшейся в"). (A noun's
    genitive of a place, "ВКС РФ", is read in :func:`features`, beside the governing preposition.)"""
    moves = [mt.start() for mt in _MOVE.finditer(text)]
    breaks = _break_counter(text)

    def distance(sent) -> int:
        # sentences to the nearest word of movement, before or after
        dist = []
        for p in moves:
            a, b = (p, sent.start) if p < sent.start else (sent.end, p)
            dist.append(breaks(a, b))
        return min(dist, default=9)

    return story(text, items, fixed=FIXED_CUES, moves=moves, distance=distance, home=_HOME)


def _clause_features(text, sent, m, pre, post, lang, prep, own, flags, latest) -> list[str]:
    """What the clause of a mention and its sentence say of time and truth: the clause's verbs (tense, aspect,
    moving, being somewhere or saying), a place that is the subject of saying, background, a condition, a question,
    a comparison, a strike, civilians, and years before the article's latest."""
    f = []
    cpre = _CLAUSE.split(pre)[-1]
    cpost = _CLAUSE.split(post)[0]
    vb = _clause_verbs(_WORD.findall(cpre), lang)
    va = _clause_verbs(_WORD.findall(cpost), lang)
    near = vb[-1] if vb else va[0] if va else None
    clause = cpre + m.surface + cpost
    if near:
        w, lemma, tense, aspect = near
        cls = _verb_class(w, lang, clause)
        f += [f"cv.tense={tense}", f"cv.aspect={aspect}", f"cv.class={cls}", f"cv.tense|class={tense}|{cls}",
              f"cv.lemma={lemma}", f"cv.side={'before' if vb else 'after'}"]
    else:
        f.append("cv.none")
    for _w, _l, tense, _a in vb + va:
        f.append(f"clause.{tense}")
    if not prep and "nomn" in own and any(_verb_class(w, lang, clause) == "say" for w, *_ in vb + va):
        f.append("subject-of-saying")
    if (not prep and "nomn" in own and near and cls == "move"
            and ("accs" not in own or not (vb and _subject_before(_WORD.findall(cpre), vb[-1][0], lang)))):
        # a country that sends ("свои подразделения направляют Белоруссия, Армения"); not the object of a verb
        # after its subject, where the place reads the same in both cases ("Колонны прошли Курск")
        f.append("subject-of-moving")
    if not prep and "accs" in own and vb and _verb_class(vb[-1][0], lang, clause) == "take":
        f.append("taken")  # the object of taking ground ("освободила Малую Рогань"): forces now hold it
    key = ("clause-cues", sent)
    if key not in flags:
        st = sent.text
        years = [int(y) for y in _YEAR.findall(st)]
        cues = [f"s.{name}" for name, rx in _SENT_CUES if rx.search(st)]
        if years:
            cues.append("s.year=old" if max(years) < latest else "s.year=latest")
        flags[key] = cues
    f += flags[key]
    return f


def _subject_before(words: list[str], verb: str, lang: str) -> bool:
    """Whether a noun that may be nominative stands before the last *verb* among the clause's *words*."""
    last = len(words) - 1 - words[::-1].index(verb) if verb in words else 0
    for w in words[:last]:
        if w[:1].isalpha() and any(r.pos in ("NOUN", "NPRO") and r.case == "nomn" for r in morph.readings(w, lang)):
            return True
    return False


#: Verbs of arriving: a place they reach ("прибыли во Льгов", "зайшли до порту") is its leg's destination, whatever
#: follows (the corpus's guideline: one route holds several destinations when the text tells them in travel order).
ARRIVE = frozenset("""прибыть прибывать прибути прибувати прийти приходить дойти доходить дійти доходити
    достичь достигать досягти досягнути досягати добраться добиратися дістатися діставатися зайти заходить заходити
    войти входить увійти входити въехать в'їхати заехать заїхати вступить вступити приземлиться приземлитися
    причалить пришвартоваться пришвартуватися""".split())


#: Verbs of holding ground: forces that hold, defend or repel an attack at a place ("відбили атаку під Роботиним",
#: "утримують позиції біля Сеньківки") are there (the corpus's presence: "holding a captured place").
HOLD = frozenset("""відбити відбивати отбить отбивать отразить отражать утримати утримувати удержать удерживать
    обороняти оборонятися оборонять обороняться стримати стримувати сдержать сдерживать""".split())


def _verb_of(text: str, rep: Reported, lang: str, lemmas: frozenset[str]) -> bool:
    """Whether the verb of *rep*'s place, the nearest before it in its clause or else the first after it ("в Ізюм
    увійшли": the order of words is free), is one of *lemmas* (any reading of the word: "прибыли" reads first as the
    noun "прибыль")."""
    m, sent = rep.mention, rep.sentence
    cpre = _CLAUSE.split(text[max(sent.start, m.start - 160):m.start])[-1]
    cpost = _CLAUSE.split(text[m.end:min(sent.end, m.end + 100)])[0]
    for words in (reversed(_WORD.findall(cpre)), _WORD.findall(cpost)):
        for w in words:
            if not (w[:1].isalpha() and w[:1].islower()):
                continue
            if any(r.pos in _VERBAL and r.lemma in lemmas for r in morph.readings(w, lang)):
                return True
            if morph.verb_form(w, lang):
                return False
    return False


def arrived(text: str, rep: Reported, lang: str) -> bool:
    """Whether the nearest verb before *rep*'s place in its clause is one of arriving (:data:`ARRIVE`)."""
    return _verb_of(text, rep, lang, ARRIVE)


_NEGATION = frozenset(("не", "ни", "ні"))


def reached(text: str, rep: Reported, lang: str) -> bool:
    """Whether a verb of arriving (:func:`arrived`) reaches *rep*'s place outright: the nearest verb before the place
    in its clause (after it only where none stands before) is one, finite and not negated ("не собирается входить в
    Косово": an intention denied), with no noun of movement between them that governs the place instead ("прибули до
    Білорусі після «маршу на Москву»"); and forces arrive now: the clause names no civilians without forces
    ("Журналисты прибыли в Курск"), the sentence no background cue and no year before the article's latest ("В 2008
    году российские войска вошли в Грузию")."""
    m, sent = rep.mention, rep.sentence
    st = sent.text
    years = [int(y) for y in _YEAR.findall(st)]
    if _BACKGROUND.search(st) or (years and max(years) < max(map(int, _YEAR.findall(text)))):
        return False
    pre = _CLAUSE.split(text[max(sent.start, m.start - 160):m.start])[-1]
    post = _CLAUSE.split(text[m.end:min(sent.end, m.end + 100)])[0]
    clause = pre + " " + post
    if (_CIVIL.search(clause) or _CIVILIANS.search(clause)) and not _FORCES.search(clause):
        return False
    cpre, cpost = _WORD.findall(pre), _WORD.findall(post)
    for words, before in ((cpre[::-1], True), (cpost, False)):
        for i, w in enumerate(words):
            if not (w[:1].isalpha() and w[:1].islower()):
                continue
            rs = morph.readings(w, lang)
            verbal = [r for r in rs if r.pos in _VERBAL and r.lemma in ARRIVE]
            if verbal:
                prev = words[i + 1] if before and i + 1 < len(words) else (words[i - 1] if not before and i else "")
                return any(r.pos != "INFN" for r in verbal) and prev.lower() not in _NEGATION
            if morph.verb_form(w, lang) or (rs and rs[0].pos == "NOUN" and _MOVE.fullmatch(w)):
                return False
    return False


#: An attack from the air ("ПВО отразили атаку беспилотников над Белгородом", "відбили атаку дронів"): the place is
#: struck (the corpus's mention), and air defence that repels it holds no ground there.
_AIR = re.compile(r"(?<![\w])(?:пво|ппо|зрк|беспилот|безпілот|бпла|бпла|дрон|ракет|авиа|авіа|налет|наліт|удар|"
                  r"шахед|герань|герані|крылат|крилат|баллистич|балістич|над)\w*", re.I)


def holds(text: str, rep: Reported, lang: str) -> bool:
    """Whether the nearest verb before *rep*'s place in its clause is one of holding ground (:data:`HOLD`), against a
    ground assault: repelling an attack from the air (:data:`_AIR`) is no presence."""
    m, sent = rep.mention, rep.sentence
    clause = _CLAUSE.split(text[max(sent.start, m.start - 160):m.start])[-1] + " " + \
        _CLAUSE.split(text[m.end:min(sent.end, m.end + 100)])[0]
    return not _AIR.search(clause.replace("ё", "е")) and _verb_of(text, rep, lang, HOLD)


#: Verbs of passing or leaving a place, whose object is the place (no preposition): "пройти Киев", "минуя Минск",
#: "оставили Москву", "залишили Київ" (those of movement are lexicon.MOVE's).
PASS = frozenset("""миновать минуть минути минать проходить пройти пройтися проходити обойти обходить обійти
    обходити пересечь пересекать перетнути перетинати покинуть покидать покинути покидати оставить оставлять
    залишити залишати проехать проезжать проїхати проїжджати проследовать""".split())


def _passes(words: list[str], lang: str) -> bool:
    """Whether the nearest verb (or gerund) among the last four *words* is one of movement, passing or leaving."""
    for w in list(reversed(words))[:4]:
        if not (w[:1].isalpha() and w[:1].islower()):
            continue
        rs = morph.readings(w, lang)
        if any(r.pos in _VERBAL for r in rs):
            return bool(lexicon.move(w.replace("ё", "е"))) or any(r.lemma.replace("ё", "е") in PASS for r in rs)
    return False


def bare_capital(text: str, items: Sequence[tuple[Reported, Resolved]], k: int, lang: str) -> bool:
    """Whether item *k* is a national capital that no preposition governs, as a subject, an object or an addressee
    ("Кишинів не погодиться", "Пхеньян відправив до Росії", "закликали Белград і Приштину"): it stands for its
    government, since where forces go or stand a preposition says ("в Кишинів", "з Пхеньяна"). Not the object of a
    verb of moving, passing or leaving ("прошли Киев", "минуя Минск", "залишили Київ"): a place passed or left."""
    rep, res = items[k]
    if not res.ref or res.ref not in capitals().refs:
        return False
    m, sent = rep.mention, rep.sentence
    prep, cases, head = governor(text, sent, m, lang)
    if prep or head or not cases & {"nomn", "accs", "datv", "ablt"}:
        return False
    before = _WORD.findall(text[sent.start:m.start])[-1:]
    if before and before[0][:1].islower() and any(r.pos == "NOUN" for r in morph.readings(before[0], lang)[:1]):
        return False  # a noun's genitive ("в аэропорту Душанбе": an indeclinable name reads in every case)
    # the object of a verb of passing, leaving or reaching ("прошли Киев", "оставили Москву", "минуя Минск"): the
    # accusative of a place passed or left, a via or an origin; its government's voice is a subject or an addressee
    if cases & {"accs"} and _passes(_WORD.findall(_CLAUSE.split(text[max(sent.start, m.start - 120):m.start])[-1]),
                                    lang):
        return False
    # an item of a list that a preposition before it governs ("из Москвы и Минска") is no bare name
    return not any(items[j][0].sentence == sent and _LIST_BETWEEN.match(text[items[j][0].mention.end:m.start])
                   for j in range(k) if items[j][0].mention.end <= m.start)


class SlavicRoleModel(RoleModel):
    """The role tagger of Russian and Ukrainian articles at *path* (:class:`geo.extract.role_model.RoleModel`)."""

    featurize = staticmethod(features)
    features_version = FEATURES_VERSION
    fixed_cues = FIXED_CUES
    moving_level = None  # one overrule level for every change of a rules' stop: no other chosen by their CV
    uses_margin = False  # the rules' role stands unless OVERRULE sure: no margin chosen by their CV
    uses_stop_model = False  # no binary stop model is trained for these languages
    continent_level = 0.0  # a continent is never a stop of the model's alone: no level chosen by their CV

    @staticmethod
    def governs(text: str, rep: Reported, res: Resolved) -> bool:
        """English subjects are none of these languages': their capitals are read by :func:`bare_capital`."""
        return False

    def __init__(self, path: str = MODEL_PATH, threshold: float | None = None, overrule: float | None = None):
        super().__init__(path, THRESHOLD if threshold is None else threshold,
                         OVERRULE if overrule is None else overrule)

    def relabel(self, text: str, items: Sequence[tuple[Reported, Resolved]],
                lang: str | None = None) -> list[tuple[Reported, Resolved]]:
        """The model's roles (:meth:`RoleModel.relabel`), within two facts of the language: a national capital that
        no preposition governs is never a stop (:func:`bare_capital`), and a place the rules read as reached by a
        verb of arriving stays its leg's destination (:func:`arrived`), never a place passed through or only stood at
        ("в Ізюм увійшли українські підрозділи"), nor, where the verb reaches it outright (:func:`reached`), a place
        only named ("Солдаты прибыли в Курскую область": the model read "прибыли" as the noun "прибыль"); and one
        where the rules read forces holding ground stays theirs (:func:`holds`). *lang* is the article's (``ru`` or
        ``uk``, as the pipeline chose it); without it, the language of its Cyrillic letters."""
        out = super().relabel(text, items)
        if not out:
            return out
        lang = lang if lang in ("ru", "uk") else _slavic(text)
        fixed = []
        for k, ((rep, res), (old, _r)) in enumerate(zip(out, items)):
            if rep.role != "mention" and old.role == "mention" and bare_capital(text, items, k, lang):
                rep = Reported(rep.mention, rep.sentence, "mention", "metonymy")
            elif rep.role in ("via", "presence") and old.role == "destination" and arrived(text, old, lang):
                rep = old
            elif rep.role == "mention" and old.role == "destination" and reached(text, old, lang):
                rep = old  # the model reads no stop where the text says forces arrived
            elif rep.role == "mention" and old.role == "presence" and holds(text, old, lang):
                rep = old
            fixed.append((rep, res))
        return fixed


def _slavic(text: str) -> str:
    """``ru`` or ``uk``: the language of *text*'s Cyrillic (a Russian article with many Latin URLs or quotes is no
    English one)."""
    lang = detect(text)
    return lang if lang != "en" else detect(re.sub(r"[A-Za-z]", "", text))


class _Bound:
    """The shipped model with the language the pipeline chose for the article (:meth:`SlavicRoleModel.relabel`)."""

    def __init__(self, model: SlavicRoleModel, lang: str):
        self.model, self.lang = model, lang

    def relabel(self, text: str, items: Sequence[tuple[Reported, Resolved]]) -> list[tuple[Reported, Resolved]]:
        return self.model.relabel(text, items, self.lang)


def shipped_for(lang: str) -> _Bound | None:
    """The shipped model that reads *lang*'s articles (``ru`` or ``uk``), or None when there is none."""
    model = shipped()
    return None if model is None else _Bound(model, lang)


_shipped = per_thread(lambda: SlavicRoleModel(MODEL_PATH), MODEL_PATH)


def shipped() -> SlavicRoleModel | None:
    """The shipped Russian and Ukrainian role model for this thread, or None when there is none (the rules decide)."""
    return _shipped()
