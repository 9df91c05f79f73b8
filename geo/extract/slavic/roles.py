"""What a Russian or Ukrainian text reports at each place: the rules' proposal, which the role model then decides.

Russian and Ukrainian say where to and where at by case as much as by preposition: "в Курск"
(accusative) is where forces go, "в Курске" (locative) where they are; "под Купянск" and "под
Купянском" likewise; "из", "с", "от", "з", "від" (genitive) where they come from; "через" where
they pass. The rules read the preposition that governs the place (over the nouns that describe
it: "в приграничные районы Курской области", "до околиць Покровська") and its case, and
propose:

* **destination**, **origin**, **via** in a sentence about moving ("перебросили", "перекинули",
  "выдвигаются", "передислокували" ...), and **destination** for "в"/"на" (Ukrainian "у" too) and a
  place in an unambiguous accusative where forces are named and the clause's verb is one of motion
  (morph.motion_verb: "ввело в Мирноград", "тікали на Кремінну"). The phrase is not always where to: it is
  also the object of verbs that are no movement ("смотрят на", "превратили в", "уламки впали на"), and
  undeclined names ("в Шебекино", "у Сватове") only look accusative, so neither makes a destination alone;
* **presence** where forces, units or materiel are named ("находятся", "стоять", "бои" ...);
* **mention**, always, for a place in a dateline ("МОСКВА, 9 сентября. /ТАСС/.", "КИЇВ, 12 грудня
  –"), a photo or video credit ("Фото: Минобороны России/ТАСС"), a place standing for its
  government ("Москва заявила", "в Киеве официально не комментировали"), inside the name of an
  organisation or an office ("Минобороны России", "ГУР МО України", "Генштаб ВС РФ"), where
  somebody spoke ("на совещании в Кремле"), and an area that only contains the place before it
  ("Суджа Курской области").

Places listed together ("в Уссурийске, Хабаровске и Благовещенске") share the role of the first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from ..records import Mention, Reported, Sentence
from . import lexicon, morph

_MONTHS = (r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
           r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)")
_CAP = r"[А-ЯЁІЇЄҐ]"
# "МОСКВА, 9 августа. /ТАСС/.", "СЕУЛ, 18 октября. /Интерфакс/ -", "КИЇВ, 12 грудня –", "Москва, 9 сентября /ТАСС/"
_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_CAP}[\w'’ -]{{1,40}}?)(?:,[ \t]*(?P<date>\d{{1,2}}[ \t]+{_MONTHS}(?:[ \t]+\d{{4}})?"
    rf"(?:[ \t]+(?:г\.|года|року|р\.))?))?[ \t]*\.?[ \t]*(?:/(?P<agency>[^/\n]{{1,30}})/|\((?P<agency2>[^)\n]{{1,30}})\))?"
    rf"[ \t]*\.?[ \t]*(?:-|–|—|\.|$)")
_CREDIT = re.compile(r"(?im)(?:^|[|•]|📸|📷|🎥)[ \t]*(?:фото|відео|видео|источник|джерело|фото\s+и\s+видео|"
                     r"фото\s+і\s+відео|скриншот|автор(?:\s+фото)?|подпис)\b[^\n]*"
                     r"|\b(?:источник|джерело)[ \t]*(?:[-–—:])[ \t]*[«\"][^»\"\n]{1,60}[»\"]")
_LABELS = re.compile(r"(?im)^[ \t]*(?:теги|метки|мітки|читайте\s+также|читайте\s+також|подписаться|підписатися)"
                     r"\b[^\n]*")
_SPEECH_AFTER = re.compile(
    r"^[ \t]*(?:(?:официально|офіційно|уже|вже|также|також|ранее|раніше|прямо|публично|публічно|не|ни|сразу|"
    r"категорически|категорично|в\s+ответ|у\s+відповідь)[ \t]+){0,3}"
    r"(?:заяв|сообщ|повідом|опроверг|спросту|отрица|запереч|настаива|наполяга|счита|вважа|назва|назвав|ответ|"
    r"відпов|призва|заклика|призна|визна|обвин|звинува|пригроз|погроз|потребова|вимага|предупред|попереди|"
    r"отказа|відмов|согласи|погоди|подтверд|підтверд|комментир|коментув|объяв|оголос|протестова|осуди|засуди|"
    r"выраз|висловл|не\s+комментир|не\s+коментув|ответил|отреагир|відреагув|направил[аи]?\s+ноту|вызвал|"
    r"викликал|потребовал|подписал|підписал|заключил|уклал|объясн|поясн|требует|вимагає)\w*", re.I)
# "В Киеве ... назвали", "как подчёркивают и в Москве", "У Пхеньяні мовчать": a government's voice, impersonal
_SAY_PLURAL = re.compile(r"(?<![\w])(?:заяв|назва|назыв|назив|раскритик|розкритик|критик|утвержда|стверджу|подчерк|підкресл|"
                         r"мовч|молч|заговор|счита|вважа|отреагир|відреагув|реагу|коммент|комент|опаса|побою|говор|"
                         r"признают|визнають|отрица|запереч|настаива|наполяга|ответ|відпов|осуди|засуди|предупрежд|"
                         r"попереджа|пообещ|пообіця|намекн|натякн|пригроз|погрож|обвин|звинув|требу|вимага|"
                         r"выразил|висловил|сообщ|повідом|подтверд|підтверд|опроверг|спросту)"
                         r"\w*(?:ли|ют|ят|уть|"
                         r"ють|ять|ать)(?![\w])", re.I)
# Verbs of noting ("отметили", "відзначили", "уточнили"): a saying only with nothing after them in their clause but a
# complement ("отметили, что ...", "у Москві не уточнили"), never with an object ("в Джанкое отметили скопление
# техники", "в Севастополе отметили День ВМФ": something noticed or celebrated there) nor a subject of their own
# ("местные жители отметили": people who are there)
_NOTE_AFTER = re.compile(r"^[ \t]*(?:(?:не|ни|уже|вже|также|також|официально|офіційно|пока|поки|ще|еще|дополнительно|"
                         r"додатково)[ \t]+){0,3}(?:отмет|відзнач|зазнач|уточн)\w*(?:ли|ют|ят|уть|ють|ять|ать)(?![\w])"
                         r"[ \t]*(?:$|,[ \t]*(?:что|що|как|як|когда|коли|где|де|сколько|скільки|будут|будуть)(?![\w])|:)",
                         re.I)
_NOTE_BEFORE = re.compile(r"(?<![\w])(?:как|як)[ \t]+(?:(?:и|і|й|также|також|уже|вже|ранее|раніше)[ \t]+){0,2}"
                          r"(?:отмет|відзнач|зазнач|уточн)\w*(?:ли|ют|ят|уть|ють|ять|ать)[ \t]+"
                          r"(?:(?:и|і|й|также|також)[ \t]+)?(?:в|во|у)[ \t]+$", re.I)
_OFFICIAL = re.compile(r"(?:официальн\w+|офіційн\w+)[ \t]+$", re.I)
# the head of an organisation's or an office's name before a place in the genitive: "Минобороны России"; a
# nation's or its citizens' too ("народ Украины", "граждан России": a nationality, never where anyone is), but not
# its residents' ("Жители Иванкова" are there: a stop the model may read)
_ORG_HEADS = frozenset("""минобороны мид мзс генштаб генштабу генштаба вс всу зсу рф армия армии армії армію флот флота
    флоту служба службы служби министерство министерства міністерство міністерства ведомство ведомства
    посольство посольства посольстві правительство правительства уряд уряду президент президента
    президентом премьер прем'єр глава главы главой голова голови губернатор губернатора мэр мэра мер мера
    командование командования командування разведка разведки розвідка розвідки гур сбу фсб нгу росгвардия
    росгвардии погранслужба погранслужбы прикордонна сил силы сили войск войска військ вооруженных збройних
    посол посла представитель представителя представник делегация делегації парламент парламента рада
    ради дума думы администрация администрации офис офиса офіс адміністрація адміністрації главком главкома
    канцлер король король министр министра міністр міністра народ народа народу граждане граждан громадяни
    громадян посольство генконсульство консульство агентство агентства компания компанії компании
    сенат конгресс конгрес держдеп госдеп пентагон штаб штабу штаба управление управління спецслужби
    спецслужбы разведслужба мо минобороны ооо ао пао""".split())
_SAID_AT = re.compile(r"(?:брифинг|пресс-конференци|совещани|саммит|переговор|встреч|выступ|интервью|заседани|"
                      r"брифінг|пресконференц|прес-конференц|нарад|саміт|перемовин|зустріч|виступ|засідан|форум|"
                      r"(?:заявил|сказал|сообщил|заявив|сказав|повідомив)[аио]?)\w*[ \t]+(?:в|во|на|у)[ \t]+$",
                      re.I)
# "— каже пан Михайло з Великого Бурлука", "рассказал Иван из Валуек": the town a quoted speaker is from
_SPEAKER_FROM = re.compile(rf"(?<![\w])(?:каже|кажуть|сказав|сказала|сказал|говорит|говорить|говорят|розповідає|"
                           rf"розповів|розповіла|рассказывает|рассказал|рассказала|пише|пишет|додає|добавляет|"
                           rf"згадує|вспоминает)[ \t]+(?:[\w'’.-]+[ \t]+){{0,2}}{_CAP}[\w'’-]*[ \t]+"
                           rf"(?:з|із|зі|из|с|со)[ \t]+$")
_LIST_BETWEEN = re.compile(r"^[ \t]*(?:,[ \t]*(?:а[ \t]+также[ \t]+|а[ \t]+також[ \t]+|и[ \t]+|і[ \t]+|й[ \t]+|та[ \t]+)?|"
                           r"[ \t]+(?:и|і|й|та|или|або|чи|а\s+также|а\s+також)[ \t]+|[ \t]*/[ \t]*)"
                           r"(?:(?:в|во|на|у|из|с|з|до|через)[ \t]+)?$", re.I)
_CONTAINER_BETWEEN = re.compile(r"^[ \t]*[,(]?[ \t]*$")
# "Колосово под Столбцами", "Мачулищі під Мінськом": a town in the instrumental after "под"/"під" right after a
# place only says where that place lies (in the accusative it is a direction: "під Часів Яр")
_NEAR_BETWEEN = re.compile(r"^[ \t]*,?[ \t]*(?:под|подо|під)[ \t]+$", re.I)
# "Цель в Осиповичском районе", "Міллерово в Ростовській області": an area in the locative right after a place
_IN_BETWEEN = re.compile(r"^[ \t]*,?[ \t]*(?:в|во|у)[ \t]+$", re.I)
_AREA_NOUN = re.compile(r"(?:области|області|районе|районі|крае|краї|округе|окрузі|республике|республіці)$", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*|\d+|[^\w\s]")


# "Душанбе, 4 августа — «Хатлон-Инфо».", "Вільнюс 22.05.2025 15:10": a line that is only a place, a date and a time
_DATELINE_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_CAP}[\w'’-]{{1,30}}(?:[ \t]+{_CAP}[\w'’-]{{1,30}})?),?[ \t]+"
    rf"(?:\d{{1,2}}[ \t]+{_MONTHS}(?:[ \t]+\d{{4}})?|\d{{1,2}}\.\d{{2}}\.\d{{4}})(?:[ \t]+\d{{1,2}}:\d{{2}})?"
    rf"[ \t]*(?:(?:[-–—][ \t]*(?P<agency>[«\"][^»\"\n]{{1,40}}[»\"]|[^\s.]{{1,30}})?)[ \t]*\.?|$)")


# "ЕЙСК. На этой неделе ...": a town in capitals closed by a full stop, the paragraph's prose after it
_DATELINE_CAPS = re.compile(rf"(?m)^[ \t]*(?P<place>{_CAP}{{3,}}(?:[ \t-]{_CAP}{{2,}})?)\.[ \t]+(?={_CAP}[а-яёіїєґ])")
# "Вильнюс — За последнюю неделю ...": a town in plain letters and a dash opening the first paragraphs' prose
_DATELINE_DASH = re.compile(rf"(?m)^[ \t]*(?P<place>{_CAP}[а-яёіїєґ'’-]+(?:[ \t]+{_CAP}[а-яёіїєґ'’-]+)?)[ \t]+[—–-]"
                            rf"[ \t]+(?={_CAP}[а-яёіїєґ]|«)(?P<rest>[^\n]{{100,}})")
#: How many lines open an article (a headline, a lead, a byline) before the prose a plain dateline may head.
_DATELINE_LINES = 6


def dateline_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, agency)`` of each dateline that opens a line of *text*.

    A dateline is a place in capitals ("МОСКВА, 9 августа. /ТАСС/.", "ЕЙСК. На этой неделе ..."), a place with a
    date or an agency, or, in the article's first lines, a place in plain letters and a dash that open a
    paragraph of prose ("Вильнюс — За последнюю неделю ..."; a short line is a headline: "Покровськ — Мирноград").

    >>> dateline_spans("МОСКВА, 9 августа. /ТАСС/. Колонны выдвигаются.")
    [(0, 26, 'ТАСС')]
    >>> dateline_spans("КИЇВ, 12 грудня – Війська вийшли.")[0][2], dateline_spans("Москва заявила протест.")
    ('', [])
    >>> dateline_spans("ЕЙСК. На этой неделе в порт зашли корабли.")
    [(0, 5, '')]
    """
    out = []
    for m in _DATELINE.finditer(text[:20000]):
        place = m.group("place").strip()
        agency = (m.group("agency") or m.group("agency2") or "").strip()
        caps = place.replace(" ", "").replace("-", "").isupper() and len(place) > 2
        if not (m.group("date") or agency or (caps and re.search(r"[-–—][ \t]*$", m.group(0)))):
            continue
        if not caps and not (m.group("date") and agency):
            continue  # "Москва заявила ..." is no dateline; "Москва, 9 мая /ТАСС/" is
        out.append((m.start("place"), m.end(), agency))
    for m in _DATELINE_LINE.finditer(text[:20000]):
        if not any(a <= m.start("place") < b for a, b, _ag in out):
            out.append((m.start("place"), m.end(), (m.group("agency") or "").strip("«»\" ")))
    seen = 0  # the article's first non-empty lines: a town in capitals, or a plain one and a dash, head a dateline only
    # there (further on, "БАХМУТ. Российские войска ..." heads a digest's section: the model reads it)
    pos = 0
    for line in text[:20000].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _DATELINE_LINES:
            break
        m = _DATELINE_CAPS.match(line)
        if m and not any(a <= start + m.start("place") < b for a, b, _ag in out):
            out.append((start + m.start("place"), start + m.end("place") + 1, ""))  # the town and its full stop
            continue
        m = _DATELINE_DASH.match(line)
        # a dateline is a name, never a preposition and its place ("Под Авдеевкой — «настоящий ад»")
        if m and m.group("place").split()[0].lower() not in _ALL_PREPS \
                and not any(a <= start + m.start("place") < b for a, b, _ag in out):
            out.append((start + m.start("place"), start + m.start("rest"), ""))
    return sorted(out)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each photo or video credit and source line.

    >>> t = "Текст.\\nФото: Минобороны России/ТАСС"
    >>> [t[a:b] for a, b in credit_spans(t)]
    ['Фото: Минобороны России/ТАСС']
    """
    return [(m.start() + len(m.group(0)) - len(m.group(0).lstrip("|•📸📷🎥 \t\n")), m.end())
            for m in _CREDIT.finditer(text)]


def _inside(spans, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b, *_ in spans)


def governor(text: str, sent: Sentence, mention: Mention, lang: str) -> tuple[str, frozenset[str], str]:
    """``(preposition, cases, head)``: the preposition that governs *mention* in its sentence (over the nouns
    and adjectives that describe it: "в приграничные районы Курской области"), the cases of the word after the
    preposition, and the first noun of place between ("районы"), or ``("", cases of the mention, "")``.

    >>> from geo.extract.records import Sentence
    >>> t = "Колонны выдвигаются в приграничные районы Курской области."
    >>> p, cases, head = governor(t, Sentence(0, len(t), t), Mention(42, 57, "Курской области"), "ru")
    >>> p, sorted(cases), head
    ('в', ['accs', 'nomn'], 'районы')
    """
    prep, word, head = _governs(text, sent, mention, lang)
    return prep, morph.cases(word, lang), head


def _governs(text: str, sent: Sentence, mention: Mention, lang: str) -> tuple[str, str, str]:
    """``(preposition, word, head)`` as governor gives them, with the word whose cases it reads."""
    pre = text[sent.start:mention.start]
    words = _WORD.findall(pre)[-6:]
    head = ""
    after = mention.surface.split()[-1] if mention.surface.split() else mention.surface
    for k in range(len(words) - 1, -1, -1):
        w = words[k].lower()
        if w in _ALL_PREPS:
            nxt = words[k + 1] if k + 1 < len(words) else after
            return w, nxt, head
        if not words[k][:1].isalpha():
            if words[k] in "«»\"“”'":
                continue
            break
        rs = morph.readings(words[k], lang)
        if any(w.startswith(h) for h in lexicon.PLACE_HEADS):
            head = w
            continue
        if words[k][:1].islower() and rs and rs[0].pos in ("ADJF", "PRTF", "NUMR"):
            continue
        if words[k][:1].isupper() and k == len(words) - 1:
            continue  # a name's first word before a number ("Торнадо-С"), a title
        break
    return "", after, ""


_ALL_PREPS = (lexicon.ORIGIN_PREPS | lexicon.VIA_PREPS | lexicon.TOWARD_PREPS | lexicon.INTO_PREPS
              | lexicon.NEAR_PREPS | lexicon.UNTIL_PREPS)


@lru_cache(maxsize=4096)
def _says(sent_text: str) -> tuple[bool, bool]:
    """Whether a sentence is about moving, and whether it names forces, materiel or their being somewhere."""
    things = (lexicon.matches(tuple(lexicon.PEOPLE)).search(sent_text)
              or lexicon.matches(tuple(lexicon.MATERIEL)).search(sent_text) or lexicon.present(sent_text))
    return lexicon.move(sent_text) is not None, things is not None


_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?:а|но|але|однако|проте)\s")


def _clause_moves(pre: str, post: str, lang: str) -> bool:
    """Whether the clause around a place (*pre* and *post* its sentence's text before and after) has a verb of
    motion (morph.motion_verb: "зашли", "ввели", "тікали")."""
    clause = _CLAUSE_END.split(pre)[-1] + " " + _CLAUSE_END.split(post)[0]
    return any(w[:1].islower() and morph.motion_verb(w, lang) for w in _WORD.findall(clause))


def _role(prep: str, cases: frozenset[str], sent_text: str, lang: str, guessed: bool = False,
          goes: bool = False, close: bool = False) -> tuple[str, str]:
    """The role a preposition and case give, in a sentence about moving or about being somewhere; *guessed*: the
    place's accusative is only the dictionary's guess from an ending that a locative shares (Ukrainian "-у");
    *goes*: the place's clause has a verb of motion; *close*: the word right before the preposition is one."""
    moving, things = _says(sent_text)
    if not prep:
        return "mention", ""
    if prep in lexicon.ORIGIN_PREPS:
        if prep in ("с", "со", "з", "із", "зі") and not ({"gent", "gen2"} & cases):
            return "mention", f"{prep} (with)"  # "граница с Украиной", "кордон з Білоруссю"
        return ("origin", prep) if moving else ("mention", prep)
    if prep in lexicon.VIA_PREPS:
        return ("via", prep) if moving else ("mention", prep)
    if prep in lexicon.TOWARD_PREPS or prep in lexicon.UNTIL_PREPS:
        return ("destination", prep) if moving else ("mention", prep)
    if prep in lexicon.INTO_PREPS:
        # a form that may be either case ("в Коренево") goes where the sentence moves, or where a verb of motion
        # governs it ("зашедшие в Курахово")
        if {"loct", "loc2"} & cases and not ("accs" in cases and (moving or close)):
            return ("presence", prep) if things else ("mention", prep)
        if prep == "у" and lang == "ru" and {"gent"} & cases:
            return ("presence", prep) if things else ("mention", prep)
        if "accs" in cases or "nomn" in cases:
            # "в"/"на" (and Ukrainian "у") with a place in an unambiguous accusative, in a clause whose verb is one of
            # motion, says where to ("ввело в Мирноград", "тікали на Кремінну", "увійшли у Бородянку"), whether or
            # not the lexicon lists the verb's stem. It does not on its own: the phrase is also the object of verbs
            # that are no movement ("смотрят на", "превратили в", "уламки впали на", "влучила в", "потратили на"),
            # and a name may only look accusative: undeclined Russian "-ово/-ино" and Ukrainian "-ове/-не" ("в
            # Шебекино", "у Сватове": read as locatives above), a Ukrainian "-у"/"-ю" the dictionary does not know
            # ("у Фільзекку": a masculine locative the guesser misses). Russian "у" takes no accusative: "у
            # Коренево" is an undeclined genitive, near the place
            to = things and goes and not (prep == "у" and lang == "ru") and not guessed
            return ("destination", prep) if moving or to else (
                ("presence", prep) if things else ("mention", prep))
        return ("presence", prep) if things else ("mention", prep)
    if prep in lexicon.NEAR_PREPS:
        if prep in ("под", "подо", "під", "за") and "accs" in cases and moving:
            return "destination", prep
        return ("presence", prep) if things or moving else ("mention", prep)
    return "mention", ""


def _org_of(words: list[str], lang: str) -> bool:
    """Whether *words* end with a body's name whose head is followed by lower-case genitives ("Сили оборони",
    "Міністерства оборони", "Службы внешней разведки"): a place in the genitive after them is of the name."""
    for k in range(2, min(4, len(words)) + 1):
        if words[-k].lower() in _ORG_HEADS:
            # a preposition ends the name: the place after it is governed by it ("отряды Росгвардии из Орловской
            # области", "Войска прибыли из ..."), no genitive of the body's name
            return all(w.isalpha() and w.islower() and w.lower() not in _ALL_PREPS
                       and not any(r.pos == "PREP" for r in morph.readings(w, lang))
                       and morph.cases(w, lang) & {"gent", "gen2"} for w in words[-k + 1:])
    return False


def _yo(s: str) -> str:
    """*s* with ``ё`` written ``е``, as the patterns of saying spell their stems ("подчёркивают")."""
    return s.replace("ё", "е").replace("Ё", "Е")


def _said_there(pre: str, post: str) -> bool:
    """Whether "в X" sits in a clause whose verb is an impersonal saying ("в Вашингтоне решение раскритиковали",
    "как подчёркивают и в Москве"), with no movement in it: the place stands for its government."""
    clause_pre = re.split(r"[.;:!?]|,\s+(?:а|но|але|однако|проте)\s", pre)[-1][-80:]
    clause_post = re.split(r"[.;:!?]|,\s+(?:а|но|але|однако|проте)\s", post)[0][:80]
    around = _yo(clause_pre + " " + clause_post)
    # a movement counts only in the place's own stretch, between the commas around it, when the saying is in it too
    # ("Коли вони прибудуть до Росії, у Москві не уточнили": the arrival is another clause's);
    # else anywhere in the clause ("двинулась дальше, в Белгород, сообщают жители": the place is the movement's,
    # set off by commas; "как подчёркивают и в Москве, и в Минске": no movement at all)
    own = _yo(clause_pre.rsplit(",", 1)[-1] + " " + clause_post.split(",", 1)[0])
    if not (_SAY_PLURAL.search(own) or _NOTE_AFTER.match(_yo(clause_post))):
        own = around
    said = bool(_SAY_PLURAL.search(around) or _NOTE_AFTER.match(_yo(clause_post))
                or _NOTE_BEFORE.search(_yo(clause_pre)))
    return said and not lexicon.move(own)


# A place as the subject, or the agent, of saying: "це підтвердив і Пхеньян", "Київ не має підтверджень",
# "заявлена Мінськом".
_STANCE = re.compile(r"(?<![\w])(?:заяв|сообщ|повідом|подтверд|підтверд|опроверг|спрост|отрица|запереч|признал|визнав|"
                     r"настаива|наполяга|подякув|поблагодар|пообещ|пообіц|предупред|попереди|пригроз|погрож|"
                     r"обвин|звинув|осуди|засуди|отказ|відмов|согласил|погодил|объявил|оголосил|поддерж|підтрим|"
                     r"утвержда|стверджу|счита|вважа|назвал|назвав|ответил|відповів|требует|вимагає|молчит|мовчить|"
                     r"не\s+имеет\s+подтвержд|не\s+має\s+підтвердж|не\s+комментир|не\s+коментує)\w*", re.I)


def _speaks(mention: Mention, pre: str, post: str, lang: str) -> bool:
    """A place with no preposition, as the subject (nominative) or the agent (instrumental) of saying, in a clause
    with no movement: it stands for its government."""
    word = mention.surface.split()[-1]
    cases = morph.cases(word, lang)
    if not cases & {"nomn", "ablt"}:
        return False
    clause_pre = re.split(r"[.;:!?«»\"]|,\s+(?:а|но|але|однако|проте|что|що)\s", pre)[-1][-60:]
    clause_post = re.split(r"[.;:!?«»\"]|,\s", post)[0][:60]
    around = _yo(clause_pre + " " + clause_post)
    if lexicon.move(around):
        return False
    if "ablt" in cases and not cases & {"nomn"}:
        return bool(re.search(r"(?:заявлен|объявлен|оголошен|озвучен|подтвержден|підтвердж)\w*\s*$", clause_pre, re.I))
    return bool(_STANCE.search(around))


# The seats of governments, named for them ("решение будет приниматься в Кремле", "у Пентагоні заявили"): a palace or
# a ministry's house is where a government decides, never where forces go or stand.
_SEAT = re.compile(r"^(?:Кремл|Пентагон|Банков|Бел(?:ый|ого|ом|ому|ым)[ \t]+дом|Біл(?:ий|ого|ому|им)[ \t]+д[іо]м|"
                   r"Даунінг|Даунинг|Елисейск|Єлисейськ|Капитоли|Капітолі)", re.I)
# a passive participle ("переданих", "поставленных", "подписанная"): a place with no preposition after it, in the
# instrumental, is its agent ("M-ATV, переданих США": given by them)
_PASSIVE = re.compile(r"(?:[аяе]нн|[аяеє]н|т)(?:ый|ая|ое|ые|ых|ого|ой|ым|ыми|ую|ий|а|е|і|их|ої|ій|им|ими|у|ого)$", re.I)


# A verb of addressing a party: a place that is its object stands for its government ("закликали Белград і Приштину
# до стриманості", "обвинили Киев", "подякував Варшаві"), as English reads "urged Tokyo to" (the places of a list too).
_ADDRESS = re.compile(r"(?<![\w])(?i:заклика|призва|призыва|обвин|звинуват|звинувач|попереди|попереджа|предупред|"
                      r"раскритик|розкритик|критику|засуди|осуди|пригрози|погрози|поблагодар|подякува|упрекну|"
                      r"дорікну|поддержа|підтрима|признал|визнал|визнав)\w*[ \t]+"
                      rf"(?:(?i:официальн\w+|офіційн\w+)[ \t]+)?(?:{_CAP}[\w'’-]*(?:[ \t]*,|[ \t]+(?:и|і|й|та))[ \t]+)*$")


# The way a thing is carried, in the instrumental ("переброшенная Крымским мостом", "переправлена Дніпром",
# "Северным морским путём"): a route passed along, never the agent of the participle before it. A feature's name says
# it; a participle of carrying ("переведенные", "доставленные") takes a route, not a party ("переданих США" does).
_ROUTE = re.compile(r"(?<![\w])(?:мост|міст|канал|мор|пролив|протока|проток|шлях|пут|трасс|дорог|шосе|шоссе|"
                    r"рек|річк|залив|затока|магистрал|магістрал)\w*", re.I)
_CARRIED = re.compile(r"(?:переброш|перекинут|переправл|доставл|перевез|перевед|перемещ|переміщ|провед|провез|перегна|"
                      r"перегн|прогна|прогн)", re.I)  # "переведенные", "перевезені": carried along a way


def _bare_actor(word_before: str, cases: frozenset[str], lang: str, surface: str = "") -> bool:
    """Whether a place that no preposition governs, in *cases*, is a party rather than a place: a dative is a
    recipient or an addressee of the verb before it ("Пхеньян передав Москві ракети"; where forces go or stand always
    takes a preposition: "к Москве", "в Москве"), an instrumental after a passive participle its agent ("переданих
    США")."""
    if "datv" in cases and not cases & {"nomn", "accs", "gent", "ablt"}:
        # the dative of a verb ("передав Москві"), not of a list whose preposition stands before it ("по трассе и
        # Крымскому мосту") nor a place after a word the governor does not read ("в самому Торецьку")
        return word_before[:1].islower() and any(r.pos in ("VERB", "INFN", "GRND")
                                                 for r in morph.readings(word_before, lang))
    if "ablt" in cases and word_before[:1].islower() and _PASSIVE.search(_yo(word_before)) \
            and not _ROUTE.search(surface) and not _CARRIED.match(_yo(word_before)):
        rs = morph.readings(word_before, lang)
        return bool(rs) and rs[0].pos in ("PRTF", "PRTS", "ADJF") and (
            rs[0].pos != "ADJF" or re.search(r"(?:ан|ян|ен|єн|т)ий$", rs[0].lemma) is not None)
    return False


def assign_roles(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                 lang: str = "ru") -> list[Reported]:
    """Give every mention its sentence and the role the rules propose, in text order.

    >>> from geo.extract.slavic.sentences import split_sentences
    >>> t = "Москва заявила, что войска перебросили из Белгорода в Курск."
    >>> ms = [Mention(0, 6, "Москва"), Mention(42, 51, "Белгорода"), Mention(54, 59, "Курск")]
    >>> [(r.mention.surface, r.role, r.cue) for r in assign_roles(t, split_sentences(t), ms)]
    [('Москва', 'mention', 'metonymy'), ('Белгорода', 'origin', 'из'), ('Курск', 'destination', 'в')]
    """
    datelines = dateline_spans(text)
    from . import header

    credits = credit_spans(text) + list(header.read(text, lang).spans)  # a byline's town, a channel's name: no stops
    labels = [(m.start(), m.end()) for m in _LABELS.finditer(text)]
    starts = [s.start for s in sentences]
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Reported] = []
    prev: Reported | None = None
    for at, mention in enumerate(ordered):
        i = bisect_right(starts, mention.start) - 1
        sent = sentences[i] if i >= 0 and mention.start < sentences[i].end else \
            Sentence(mention.start, mention.end, mention.surface)
        if prev is not None and prev.sentence != sent:
            prev = None
        pre = text[sent.start:mention.start]
        post = text[mention.end:sent.end]
        words_before = _WORD.findall(pre)
        role, cue = "mention", ""
        last = words_before[-1].lower() if words_before else ""
        if _inside(datelines, mention.start, mention.end):
            cue = "dateline"
        elif _inside(credits, mention.start, mention.end):
            cue = "photo credit"
        elif _inside(labels, mention.start, mention.end):
            cue = "label"
        elif text[max(0, mention.start - 1):mention.start] == "#":
            cue = "hashtag"
        elif _SAID_AT.search(_yo(pre[-60:])) or _SPEAKER_FROM.search(pre[-80:]):
            cue = "where it was said"
        elif (last in _ORG_HEADS or _org_of(words_before, lang) or (len(words_before) > 1 and words_before[-1] in ")"
                                                                      and any(w.lower() in _ORG_HEADS
                                                                              for w in words_before[-5:]))) \
                and morph.cases(mention.surface.split()[-1], lang) & {"gent", "gen2"}:
            cue = "inside a name"  # "Минобороны России", "Генштаб ВС РФ", "разведка Южной Кореи"
        elif (_SPEECH_AFTER.match(_yo(post)) and (morph.cases(mention.surface.split()[0], lang) & {"nomn"}
                                              or last in ("в", "во", "у"))) or _OFFICIAL.search(pre) \
                or (last in ("в", "во", "у") and _said_there(pre, post)) \
                or (last not in _ALL_PREPS and _speaks(mention, pre, post, lang)) \
                or (_ADDRESS.search(_yo(pre[-90:])) and morph.cases(mention.surface.split()[-1], lang)
                    & {"accs", "datv"}):
            cue = "metonymy"  # "Москва заявила", "В Пхеньяне официально не комментировали", "официальный Минск"
        elif _SEAT.match(mention.surface):
            cue = "metonymy"  # "в Кремле", "у Пентагоні": a government's house
        elif prev is not None and _LIST_BETWEEN.match(text[prev.mention.end:mention.start]) \
                and prev.role != "mention":
            role, cue = prev.role, prev.cue
        else:
            prep, word, head = _governs(text, sent, mention, lang)
            cases = morph.cases(word, lang)
            if prep and morph.undeclined(word, lang):
                cases |= {"loct"}  # "в Шебекино", "у Сватове": where, unless the sentence moves
            guessed = lang == "uk" and word[-1:] in "уюУЮ" and not morph.known(word, lang)
            goes = _clause_moves(pre, text[mention.end:sent.end], lang)
            ws = _WORD.findall(pre)[-8:]
            at_prep = max((i for i, w in enumerate(ws) if w.lower() == prep), default=-1) if prep else -1
            close = at_prep > 0 and ws[at_prep - 1][:1].islower() and morph.motion_verb(ws[at_prep - 1], lang)
            role, cue = _role(prep, cases, sent.text, lang, guessed, goes, close)
            if not prep and not head and _bare_actor(last, cases, lang, mention.surface) and not (
                    prev is not None and _LIST_BETWEEN.match(text[prev.mention.end:mention.start])):
                role, cue = "mention", "metonymy"  # "передав Москві", "переданих США": a party, not a place
            if head and role != "mention":
                cue = f"{cue} {head}"
        # "Суджа Курской области", "у Валуйках Бєлгородської області": the area only says where the place is; not
        # an item of a list that goes on ("из Чхонджина, Хамхына и Мусудана": all three in the genitive of "из")
        nxt = ordered[at + 1] if at + 1 < len(ordered) else None
        listed = nxt is not None and nxt.start < sent.end and _LIST_BETWEEN.match(text[mention.end:nxt.start])
        if (prev is not None and prev.role != "mention" and out and out[-1] is prev and not listed
                and _CONTAINER_BETWEEN.match(text[prev.mention.end:mention.start])
                and morph.cases(mention.surface.split()[-1], lang) & {"gent"}
                and role in ("mention", prev.role)):
            role, cue = "mention", "container"
        elif prev is not None and out and out[-1] is prev and not listed and cue not in ("dateline", "photo credit"):
            between = text[prev.mention.end:mention.start]
            # the cases the name's words agree on ("Белгородской области": not the plural "области")
            own = frozenset.intersection(*(morph.cases(w, lang) or frozenset({"?"}) for w in mention.surface.split()))
            if _NEAR_BETWEEN.match(between) and "ablt" in own and "accs" not in own:
                role, cue = "mention", "landmark"
            elif (_IN_BETWEEN.match(between) and _AREA_NOUN.search(mention.surface) and own & {"loct", "loc2"}
                  and "accs" not in own):
                role, cue = "mention", "container"
        rep = Reported(mention, sent, role, cue)
        out.append(rep)
        prev = rep
    return out
