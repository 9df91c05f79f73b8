"""Who says it: the source of a sentence's stops, chosen among the voices the article offers, learnt from the corpus.

A sentence that names its speaker ("..., the ministry said") is the easy case. Most sentences with a stop name
none, and the corpus's guideline gives them "the nearest attribution before" or, when the article asserts the
movement on its own, the article's voice (its byline, masthead, dateline's agency or the issuer of a statement).
Which of the two a sentence takes is what the rules of :mod:`geo.extract.pipeline` got wrong most often: carrying
the earlier attribution always fixes as many drafts as it breaks. Here each voice a sentence could take is a
:class:`Candidate`, and a maximum-entropy classifier (python-crfsuite, each candidate a sequence of one) gives each
the probability that it is the one; the likeliest is taken. The candidates:

* ``own``: the sentence's own attribution (:func:`geo.extract.attribution.find_source`);
* ``carried``: the rules' carry of the last one in its paragraph ("Afterwards, they ...", "..., the agency said");
* ``reference``: the words by which the sentence names a source it does not name ("the army said");
* ``quote``: the speaker of a quotation, named at its end;
* ``earlier``, ``earlier2``: the nearest attributions before, wherever they are, with how many sentences and
  paragraphs back;
* ``later``: the next attribution in the sentence's paragraph;
* ``voice``: the article's own voice;
* ``agency``: the dateline's agency, where the article's voice is another (a wire's lead source, a byline).

The same words from several of them are one candidate with all their kinds. The model reads the kinds, how far
back the words were said, what the sentence does (goes on with the one before, refers back, is a quotation, opens
a paragraph, says "we", names evidence), what kind of voice the article has and what kind of speaker the words
name (an official body, a person by name, anonymous officials, a channel, images); the rules' own choice is one
of its features, so it departs from them only where the corpus taught it to.

Trained by ``scripts/train_roles.py`` beside the role model (English, ``source_model.crfsuite``) and by
``scripts/train_roles_ru_uk.py`` (Russian and Ukrainian, ``slavic/source_model.crfsuite``), on the development
theatres, and shipped with its manifest (``source_model.json``: SHA-256, features version, gazetteer). Without the
model file the rules choose.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .memo import per_article
from .modelfile import open_checked
from .role_model import RoleModelError, per_thread

MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "source_model.crfsuite")
#: The Russian and Ukrainian articles' model (one for both languages, trained by ``scripts/train_roles_ru_uk.py``):
#: their voices are chosen among the same kinds of candidate, but what their rules carry and label differs.
SLAVIC_MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "slavic", "source_model.crfsuite")
#: Bump whenever :func:`features` or :class:`Choice` changes: a model trained on other features is refused.
FEATURES_VERSION = 3
#: The languages whose sources a model chooses (English with :data:`MODEL_PATH`, Russian and Ukrainian with
#: :data:`SLAVIC_MODEL_PATH`; without its file, or elsewhere, the rules choose).
LANGS = ("en", "ru", "uk")
#: The kinds of candidate, in the order the rules prefer them when the model is unsure of all.
KINDS = ("own", "carried", "reference", "quote", "later", "earlier", "earlier2", "voice", "agency")
#: Whether the dateline's agency is offered beside the article's voice when that is another (its lead's source,
#: its author): a study's switch.
AGENCY = True


@dataclass(frozen=True)
class Candidate:
    """A voice a sentence could take: its words, the *kinds* that offer them (:data:`KINDS`), how many sentences
    and paragraphs *back* it was named (negative: after; 0 for the sentence's own or the article's voice), and the
    sentence that named it (*where*, "" for the article's voice)."""

    text: str
    kinds: tuple[str, ...]
    back: int = 0
    paras: int = 0
    where: str = ""


@dataclass
class Choice:
    """What a sentence offers for its source: its *text*, where it stands (*first*: it opens its paragraph; *lead*:
    among the article's first three sentences), how it goes on (*refers_back*, *goes_on*, *in_quote*), the article's
    *voice_kind* (byline, masthead, relay, issuer, agency, given, none), the *rule*'s choice and the *candidates*."""

    text: str
    rule: str
    candidates: list[Candidate] = field(default_factory=list)
    first: bool = False
    lead: bool = False
    refers_back: bool = False
    goes_on: bool = False
    in_quote: bool = False
    voice_kind: str = "none"
    lang: str = "en"
    span: tuple[int, int] = (0, 0)  # where the sentence is in the article

    @property
    def saying(self) -> bool:
        """Whether the sentence has a verb of saying (its speaker named or not)."""
        return _said_in(self.text)[1]


class Recorder:
    """Stands for the source model in the pipeline: keeps each :class:`Choice` it is asked and lets the rules
    choose (what ``scripts/train_roles.py`` learns from)."""

    def __init__(self):
        self.choices: list[Choice] = []

    def choose(self, choice: Choice) -> str:
        self.choices.append(choice)
        return choice.rule


def candidates(offers: list[tuple[str, str, int, int, str]]) -> list[Candidate]:
    """One :class:`Candidate` per distinct words of *offers* ``(kind, words, back, paras, where)``, with every kind
    that offers them, nearest first; empty words are no offer.

    >>> [(c.text, c.kinds) for c in candidates([("own", "NATO", 0, 0, "s"), ("voice", "NATO", 0, 0, ""),
    ...                                         ("earlier", "Reuters", 2, 1, "t")])]
    [('NATO', ('own', 'voice')), ('Reuters', ('earlier',))]
    """
    out: dict[str, dict] = {}
    for kind, words, back, paras, where in offers:
        if not words:
            continue
        key = words.strip()
        c = out.setdefault(key, {"kinds": [], "back": back, "paras": paras, "where": where})
        if kind not in c["kinds"]:
            c["kinds"].append(kind)
        if kind != "voice" and (c["kinds"][0] == "voice" or abs(back) < abs(c["back"])):
            c["back"], c["paras"], c["where"] = back, paras, where
    return [Candidate(k, tuple(sorted(v["kinds"], key=KINDS.index)), v["back"], v["paras"], v["where"])
            for k, v in out.items()]


def _bucket(n: int) -> str:
    if n < 0:
        return "after"
    return str(n) if n <= 2 else "3-5" if n <= 5 else "6+"


# What kind of speaker words name (English and Russian/Ukrainian stems; lower-cased).
_SPEAKER_CLASSES = (
    ("official", re.compile(r"\b(?:ministry|ministers?|mod|defen[cs]e|command|pentagon|kremlin|government|army|navy|"
                            r"forces|general\s+staff|headquarters|press\s+service|spokes\w+|president|governor|"
                            r"council)\b|(?<!\w)(?:министерств|міністерств|минобороны|міноборони|генштаб|генеральн|"
                            r"штаб|командуван|командован|пресс-служб|прес-служб|губернатор|президент|правительств|"
                            r"уряд|речник|представител|представник|кремл|мзс|мид|всу|зсу|дпсу|гур)", re.I)),
    ("intel", re.compile(r"\b(?:intelligence|hur|gur|sbu|fsb|cia)\b|(?<!\w)(?:разведк|розвідк|гур|сбу|фсб)", re.I)),
    ("anon", re.compile(r"\b(?:officials?|sources?|people|residents?|witness\w*|diplomats?)\b|"
                        r"(?<!\w)(?:источник|джерел|собеседник|співрозмовник|жител|мешкан|очевид)", re.I)),
    ("channel", re.compile(r"\b(?:channels?|telegram|bloggers?|milbloggers?|posts?|users?|accounts?)\b|"
                           r"(?<!\w)(?:канал|паблик|паблік|блогер|телеграм)", re.I)),
    ("media", re.compile(r"\b(?:reuters|afp|ap|tass|ria|interfax|newspaper|media|outlet|agency|times|post|news|"
                         r"journal|desk|correspondents?|reporters?|editors?|team|staff|watch|monitor\w*)\b|"
                         r"(?<!\w)(?:сми|змі|издани|видан|газет|агентств|тасс|интерфакс|інтерфакс|укрінформ|"
                         r"уніан|униан|редакц|мониторинг|моніторинг)", re.I)),
    ("research", re.compile(r"\b(?:analysts?|experts?|researchers?|institute|isw|rusi|csis|think\s+tank|"
                            r"observers?|osint|investigators?)\b|(?<!\w)(?:аналитик|аналітик|эксперт|експерт|"
                            r"институт|інститут|исследовател|дослідник)", re.I)),
    ("evidence", re.compile(r"\b(?:images?|imagery|footage|videos?|photos?|photographs?|satellite|data|caption)\b|"
                            r"(?<!\w)(?:снимк|знімк|видео|відео|фото|кадр)", re.I)),
    ("pronoun", re.compile(r"^(?:he|she|they|it|we|the\s+(?:agency|ministry|official|spokes\w+|statement))$", re.I)),
)
_RANK = re.compile(r"\b(?:Sgt|Maj|Capt|Lt|Col|Gen|Adm|General|Colonel|Major|Captain|Lieutenant|Admiral)\b\.?")
_WE = re.compile(r"(?<!\w)(?:we|our|us|мы|наш\w*|ми|нам|нас)(?!\w)", re.I)
_SAYING = re.compile(r"\b(?:said|says|told|according\s+to|reported|claimed|announced|stated|added|wrote)\b|"
                     r"(?<!\w)(?:заявил|сообщил|сообщается|по\s+данным|по\s+словам|по\s+информации|заявив|повідомил|"
                     r"повідомляє|за\s+даними|за\s+словами|за\s+інформацією|написал|написав)", re.I)
_EVIDENCE = re.compile(r"\b(?:geolocat\w*|satellite|images?|imagery|footage|videos?|photos?|verified|tracking|"
                       r"ship[- ]tracking|flight[- ]tracking)\b|(?<!\w)(?:геолок\w*|геолоц\w*|спутник\w*|супутник\w*|"
                       r"снимк\w*|знімк\w*|видео|відео|фото\w*)", re.I)
_REPORTEDLY = re.compile(r"\b(?:reportedly|allegedly|apparently|reports?|reported)\b|"
                         r"(?<!\w)(?:якобы|нібито|по\s+сообщениям|за\s+повідомленнями|как\s+сообщается)", re.I)


def speaker_classes(words: str) -> list[str]:
    """What kind of speaker *words* name: official, intel, anon, channel, media, research, evidence, pronoun, a
    person by rank or by name, else "other".

    >>> speaker_classes("the Ministry of Defence"), speaker_classes("Two U.S. officials")
    (['official'], ['anon'])
    >>> speaker_classes("Sgt. Alyssa Montgomery-Hale")
    ['rank', 'name']
    """
    return list(_speaker_classes(words))


@lru_cache(maxsize=4096)  # a speaker's words, the same for many sentences and candidates
def _speaker_classes(words: str) -> tuple[str, ...]:
    out = [name for name, rx in _SPEAKER_CLASSES if rx.search(words)]
    if _RANK.search(words):
        out.append("rank")
    caps = [w for w in words.split() if w[:1].isalpha()]
    if 2 <= len(caps) <= 4 and all(w[:1].isupper() for w in caps) and not out:
        out.append("name")
    elif len(caps) >= 2 and all(w[:1].isupper() for w in caps[-2:]) and "rank" in out:
        out.append("name")
    return tuple(out or ["other"])


@per_article
def _said_in(text: str) -> tuple[bool, bool, bool, bool]:
    """Whether *text* says "we", has a verb of saying, names evidence, says "reportedly" (read once per sentence of
    an article, for every candidate of every choice)."""
    return (bool(_WE.search(text)), bool(_SAYING.search(text)), bool(_EVIDENCE.search(text)),
            bool(_REPORTEDLY.search(text)))


def features(choice: Choice, cand: Candidate) -> list[str]:
    """What the source model reads of candidate *cand* for the sentence of *choice*."""
    f = ["bias", f"lang={'en' if choice.lang == 'en' else 'slavic'}", f"voice_kind={choice.voice_kind}",
         f"n={min(len(choice.candidates), 4)}"]
    kinds = cand.kinds
    ctx = []
    if choice.first:
        ctx.append("first")
    if choice.lead:
        ctx.append("lead")
    if choice.refers_back:
        ctx.append("refers_back")
    if choice.goes_on:
        ctx.append("goes_on")
    if choice.in_quote:
        ctx.append("in_quote")
    we, saying, evidence, reportedly = _said_in(choice.text)
    if FEATURES >= 3:
        if choice.lang != "en":
            saying = saying or _slavic_saying(choice.text)
        if _pronoun_ref(choice.text):
            ctx.append("pronoun_ref")
    if we:
        ctx.append("we")
    if saying:
        ctx.append("saying")
    if evidence:
        ctx.append("evidence")
    if reportedly:
        ctx.append("reportedly")
    own = any("own" in c.kinds for c in choice.candidates)
    ctx.append("has_own" if own else "no_own")
    rule = cand.text == choice.rule
    f.append(f"rule={rule}")
    for k in kinds:
        f.append(f"kind={k}")
        f.append(f"kind={k}|rule={rule}")
        f.append(f"kind={k}|voice_kind={choice.voice_kind}")
        for c in ctx:
            f.append(f"kind={k}|{c}")
    f.append(f"kinds={'+'.join(kinds)}")
    if not set(kinds) <= {"voice", "agency"}:  # the article's voices are said nowhere in particular
        f.append(f"back={_bucket(cand.back)}")
        f.append(f"paras={_bucket(cand.paras)}")
        f.append(f"back={_bucket(cand.back)}|paras={_bucket(cand.paras)}")
        for c in ctx:
            f.append(f"paras={_bucket(cand.paras)}|{c}")
        if cand.where and _said_in(cand.where)[3]:
            f.append("where_reportedly")
    classes = _speaker_classes(cand.text)
    if FEATURES >= 3:
        classes = classes + _form_classes(cand.text)
    for c in classes:
        f.append(f"class={c}")
        f.append(f"class={c}|own={'own' in kinds}")
        f.append(f"class={c}|voice={'voice' in kinds}")
    words = cand.text.split()
    f.append(f"len={min(len(words), 6)}")
    if len(words) == 1 and words[0][:1].isupper():
        f.append("one_capital_word")  # "Kyiv", "Egyptian": a place or a people, seldom the speaker
    if words and words[0][:1].islower() and words[0].lower() not in _DETERMINERS:
        f.append("opens_lower")
    # the candidate's head named again in the sentence ("the ministry published video", "the people said")
    heads = [w for w in _words(cand.text) if w not in _GENERIC]
    if set(heads) & _content(choice.text):
        f.append("head_in_sentence")
        f.append(f"head_in_sentence|kinds={'+'.join(kinds)}")
    if cand.where and "own" not in kinds:
        shared = len(_content(cand.where) & _content(choice.text))
        f.append(f"overlap={min(shared, 4)}")
        f.append(f"overlap={min(shared, 4)}|paras={_bucket(cand.paras)}")
        if _scope(cand.where):
            f.append("where_scope")  # "According to X, ...", "X said that ...": what follows may go on with it
    if saying and not own:
        f.append(f"unnamed_saying|kinds={'+'.join(kinds)}")
    return f


#: Which of the features of :data:`FEATURES_VERSION` 3 are read (2: those of version 2; a study's switch).
FEATURES = 3
# "according to him", "по его словам", "за її даними": a source named by a pronoun, someone named before (or the
# sentence's own subject) speaks.
_PRONOUN_REF = re.compile(r"\baccording\s+to\s+(?:him|her|them)\b|\b(?:he|she|they)\s+(?:said|added|told|says)\b|"
                          r"(?<!\w)(?:по|за|на)\s+(?:его|её|ее|их|його|її|їх|їхн\w*)\s+(?:словам|данным|оценке|"
                          r"оценкам|мнению|информации|сведениям|словами|даними|оцінкою|оцінками|думку|інформацією)"
                          r"(?!\w)|"
                          r"(?<!\w)(?:он|она|они|він|вона|вони)\s+(?:\w+\s+)?(?:сказал|сказала|сказали|добавил|"
                          r"добавила|добавили|уточнил|уточнила|сказав|додав|додала|додали|уточнив)(?!\w)",
                          re.I)


@per_article
def _pronoun_ref(text: str) -> bool:
    return bool(_PRONOUN_REF.search(text))


@per_article
def _slavic_saying(text: str) -> bool:
    """Whether Russian or Ukrainian *text* has a verb of saying (:mod:`geo.extract.slavic.attribution`'s)."""
    from .slavic import attribution as sa

    return any(sa._VERB_RX.match(w) for w in re.findall(r"[^\W\d_]+", text))


@lru_cache(maxsize=4096)
def _form_classes(words: str) -> tuple[str, ...]:
    """What the printed form of a candidate's *words* says of it: a name in quotation marks (a channel's, an outlet's,
    a unit's), all in capitals (a heading, a masthead), the article's own label, a handle ("@name")."""
    out = []
    if re.search(r"[«»\"“”]", words):
        out.append("quoted")
    letters = re.sub(r"[^\w]|[\d_]", "", words)
    if len(letters) >= 4 and letters.isupper() and len(words.split()) >= 2:
        out.append("capitals")
    if re.search(r"\((?:the\s+outlet|редакция|редакція)\)\s*$|^(?:редакция|редакція)$", words, re.I):
        out.append("own_label")
    if words.startswith("@") or re.search(r"(?<!\w)@\w", words):
        out.append("handle")
    return tuple(out)


_DETERMINERS = frozenset("the a an two three four several some many most".split())
# Words too common among speakers' names to tie a sentence to one ("the ministry" ties; "the" does not).
_GENERIC = frozenset("said says told according report reported reports".split())
_STOP = frozenset("the and that this with from into have has had were was are been will would their there which "
                  "about after before over under they them then than also more most some such only other said says "
                  "told what when where while into onto upon near".split())


def _words(text: str) -> list[str]:
    """The content words of *text* in their order, lower-cased (four letters or more, not the commonest)."""
    return [w for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in _STOP]


@per_article
def _content(text: str) -> frozenset[str]:
    """The content words of *text* (:func:`_words`) as a set."""
    return frozenset(_words(text))


_SCOPE = re.compile(r"^\W*according\s+to\b|\bsaid\s+(?:on\s+\w+\s+)?that\b|(?<!\w)(?:по\s+данным|по\s+словам|"
                    r"за\s+даними|за\s+словами|по\s+информации|за\s+інформацією)", re.I)


@per_article
def _scope(text: str) -> bool:
    return bool(_SCOPE.search(text))


class SourceModel:
    """The trained source chooser at *path* (checked against its manifest first)."""

    def __init__(self, path: str = MODEL_PATH):
        self.path = path
        self._tagger = open_checked(path, FEATURES_VERSION, "source model", RoleModelError,
                                    "python scripts/train_roles.py")

    def p_right(self, feats: list[str]) -> float:
        tg = self._tagger
        tg.set([feats])
        return tg.marginal("yes", 0) if "yes" in tg.labels() else 0.0

    def choose(self, choice: Choice) -> str:
        """The words of the likeliest candidate of *choice* (the rules' choice when it offers none)."""
        if not choice.candidates:
            return choice.rule
        best = max(choice.candidates, key=lambda c: (self.p_right(features(choice, c)), c.text == choice.rule))
        return best.text


_shipped = per_thread(lambda: SourceModel(MODEL_PATH), MODEL_PATH)
_shipped_slavic = per_thread(lambda: SourceModel(SLAVIC_MODEL_PATH), SLAVIC_MODEL_PATH)


def shipped(lang: str = "en") -> SourceModel | None:
    """The shipped source model of *lang* for this thread, or None when the package has none (the rules then
    choose)."""
    return _shipped() if lang == "en" else _shipped_slavic() if lang in LANGS else None



#: Whether an outlet that gives statements whole, in translation ("Full text: ...", "Below is our translation of the
#: statement", "... (translation)"), has a kind of voice of its own (``relay``): what the statements say, their issuers
#: say, not the outlet.
RELAY = True
_RELAYS = re.compile(r"\b(?:full\s+(?:text|statement)|in\s+full|statements?\s+in\s+full|(?:our|an?|the)\s+(?:unofficial\s+)?"
                     r"translations?\s+of|translated\s+from|(?:published|issued|released)\s+the\s+following\s+"
                     r"statement|the\s+statement\s+reads)\b|\((?:unofficial\s+)?translation\)", re.I)


def voice_kind(text: str, lang: str, agency: str = "", given: str = "") -> str:
    """What kind of voice the article *text* has of its own: ``given`` (``--source``), ``relay`` (a byline or masthead
    over statements given whole in translation), ``byline``, ``masthead``,
    ``issuer``, ``lead`` (a Russian or Ukrainian wire speaking with its lead's source), ``agency`` (its dateline's),
    or ``none``.

    >>> voice_kind("Ships left\\n\\nBy the Maritime Desk | 10 September 2024\\n\\nText.", "en")
    'byline'
    """
    if given:
        return "given"
    if lang == "en":
        from . import attribution

        if RELAY and _RELAYS.search(text[:1000]) and (attribution.has_byline(text) or attribution.masthead(text)):
            return "relay"
        if attribution.has_byline(text):
            return "byline"
        if attribution.masthead(text):
            return "masthead"
        if attribution.issuer(text):
            return "issuer"
    else:
        from .slavic import attribution as sa, header

        h = header.read(text, lang)
        if h.author:
            return "byline"
        if h.outlet:
            return "masthead"
        if h.issuer:
            return "issuer"
        if sa._BYLINE.search(text[:1500]):
            return "byline"
        if sa.LEAD_VOICE and sa.lead_source(text, lang):
            return "lead"
    return "agency" if agency else "none"


#: The chooser the pipeline asks (:func:`chooser`): "shipped" (the package's model, if it has one), a model (anything
#: with ``choose(choice)``), or None for the rules alone.
USE: object = "shipped"


def chooser(lang: str = "en"):
    """The source chooser in use for *lang* (:data:`USE`), or None for the rules."""
    return shipped(lang) if USE == "shipped" else USE

__all__ = ["Candidate", "Choice", "Recorder", "SourceModel", "candidates", "chooser", "features", "shipped", "speaker_classes",
           "voice_kind"]
