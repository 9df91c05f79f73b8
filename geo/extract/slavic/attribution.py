"""Who says so, and how sure, in Russian and Ukrainian: the source of a sentence and its status.

``source`` is who the sentence attributes its report to, put into the nominative where it was
inflected ("по данным НСР" -> "НСР", "за словами речника ВМС" -> "речник ВМС", "как утверждают
в ведомстве" -> "ведомство"): "по данным / по словам / по информации / согласно / со ссылкой на
X", "за даними / за словами / за інформацією / згідно з / з посиланням на X", "X сообщил(о)",
"сообщило X", "X заявив", "повідомляє X", "говорится в сообщении X". ``status`` from the words:
``denied`` ("опроверг", "спростував", "заперечує", "фейк"), ``claimed`` ("утверждает",
"стверджує", "якобы", "нібито", "по утверждению"), ``confirmed`` ("подтвердил", "підтвердили",
"официально", when not negated), else ``reported``.
"""

from __future__ import annotations

import re

from . import morph

_TITLE = (r"(?:глав[аыуе]|голов[аиуі]|министр[аеу]?|міністр[аеу]?|пресс-секретар[ья]|прес-секретар[ья]|спикер[а]?|"
          r"речник[а]?|представител[ья]|представник[а]?|командующ\w+|командувач[а]?|губернатор[а]?|мэр[а]?|мер[а]?|"
          r"генерал\w*|полковник[а]?|советник[а]?|радник[а]?|источник\w*|джерел\w*|аналитик\w*|аналітик\w*|"
          r"эксперт\w*|експерт\w*|блогер\w*|военкор\w*|воєнкор\w*|журналист\w*|журналіст\w*|директор[а]?|"
          r"руководител[ья]|керівник[а]?|начальник[а]?|посол|посла|депутат[а]?|нардеп[а]?|президент[а]?|"
          r"премьер\w*|прем'єр\w*|врио|в\.о\.|заместител[ья]|заступник[а]?|офицер\w*|офіцер\w*|мониторинг\w*|"
          r"моніторинг\w*|телеграм-канал\w*|канал\w*|разведк\w*|розвідк\w*|пограничник\w*|прикордонник\w*|"
          r"военн\w+|військов\w+|местн\w+|місцев\w+|жител\w+|мешканц\w+|очевид\w+|свидетел\w+|свідк\w+|"
          r"волонтер\w*|волонтёр\w*|партизан\w*|аеророзвідник\w*|аэроразведчик\w*|наш\w*|ведомств\w*|"
          r"відомств\w*|министерств\w*|міністерств\w*|штаб\w*|командовани\w*|командуванн\w*|служб\w*|"
          r"агентств\w*|издани\w*|видан\w+|газет\w+|проект\w*|проєкт\w*|группировк\w+|угрупован\w+)")
# A source as printed: capitalised words, acronyms, titles, and the words of an organisation's name.
_NAME = (rf"(?:(?:{_TITLE}|[А-ЯЁІЇЄҐA-Z][\w'’.«»\"-]*|\([А-ЯЁІЇЄҐA-Z][\w.]*\)|[«\"][^»\"\n]{{1,40}}[»\"])"
         rf"(?:[ \t]+(?:{_TITLE}|[А-ЯЁІЇЄҐA-Z][\w'’.-]*|\([А-ЯЁІЇЄҐA-Z][\w.]*\)|[«\"][^»\"\n]{{1,40}}[»\"]|"
         rf"ВС|РФ|ЗСУ|ВСУ|России|Росії|Украины|України|[а-яёіїєґ]+(?:ой|ого|ей|ых|их|ої|ої|ого|ої|ий|ый|ая|ей|ів|ов|"
         rf"ы|и|і|а|я|у|ю|е|ом|ем|ям|ам)(?=[ \t]+[А-ЯЁІЇЄҐA-Z(«]))){{0,8}})")
_PHRASE = re.compile(
    r"(?:(?<![\w])(?:по\s+данным|по\s+словам|по\s+информации|по\s+сведениям|по\s+оценке|по\s+оценкам|"
    r"по\s+утверждению|по\s+заявлению|согласно\s+данным|согласно|со\s+ссылкой\s+на|как\s+сообщает|"
    r"как\s+сообщили\s+в|как\s+сообщили|как\s+сообщил[аио]?|как\s+заявил[аио]?|как\s+рассказал[аио]?|"
    r"как\s+заявили\s+в|як\s+повідомив|як\s+повідомила|як\s+повідомило|як\s+заявив|як\s+заявила|как\s+утверждают\s+в|как\s+пишет|как\s+передает|"
    r"как\s+передаёт|за\s+даними|за\s+словами|за\s+інформацією|за\s+відомостями|за\s+оцінкою|за\s+оцінками|"
    r"за\s+твердженням|згідно\s+з\s+даними|згідно\s+з|з\s+посиланням\s+на|як\s+повідомляє|як\s+повідомили\s+в|"
    r"як\s+повідомили\s+у|як\s+повідомили|як\s+заявили\s+в|як\s+стверджують\s+у|як\s+стверджують\s+в|"
    r"як\s+пише|як\s+передає|говорится\s+в\s+(?:сообщении|заявлении|сводке|докладе|отчете|отчёте)|"
    r"йдеться\s+в\s+(?:повідомленні|заяві|зведенні|доповіді|звіті)|йдеться\s+у\s+(?:повідомленні|заяві|"
    r"зведенні|доповіді|звіті))[ \t]+)(?P<s>" + _NAME + ")", re.I)
# Verbs of saying, any person and tense (a stem, then a verb's ending: "заявил", "заявляют", "стверджує", never the
# noun "заявление").
_VERB = (r"(?:сообщ|заяв|утвержд|подтверд|подтвержд|опроверг|опровер|отрица|пиш|писа|переда|доложи|доклад|уточн|"
         r"информир|объяв|отмет|отмеч|рассказ|указ|счита|призна|повідом|стверджу|стверджува|підтверд|підтвердж|"
         r"спросту|спростову|запереч|доповід|доповіл|оголос|оголошу|зазнач|розпов|вказ|вважа|визна|фіксу|зафіксува|"
         r"зафиксирова|фиксиру|опублікува|опубликова|публику|публіку|уточню)\w*?"
         r"(?:л|ил|ал|ял|ел|ыл|ул|ол|г|гл|ет|ёт|ют|ят|ит|ут|ав|ув|ив|ів|в|ує|ують|ає|ають|ить|ять|ать|еш|є|ють)"
         r"(?:а|о|и|ось|ся|сь)?")
_AFTER_VERB = re.compile(rf"(?<![\w])(?P<v>{_VERB})(?:[ \t]+(?:в|у|во)[ \t]+\w+(?:у|ю|е|і|ницю|ту|ік))?"
                         rf"(?:[ \t]+(?:в\s+пятницу|в\s+понедельник|во\s+вторник|в\s+среду|в\s+четверг|в\s+субботу|"
                         rf"в\s+воскресенье|вчера|сегодня|накануне|вчора|сьогодні|напередодні|ранее|раніше|"
                         rf"официально|офіційно|также|також))*[ \t]+(?P<s>{_NAME})", re.I)
_BEFORE_VERB = re.compile(rf"(?:^|[,.;:][ \t]*|[ \t][—–-][ \t]*|[»\"][ \t]*[,—–-]?[ \t]*|\b(?:что|що|но|але|а)[ \t]+)"
                          rf"(?P<s>{_NAME})(?:[ \t]+(?:ранее|раніше|уже|вже|также|також|официально|офіційно|"
                          rf"(?:в|у)[ \t]+(?:своём|своем|своему|своєму|своїй|своей)[ \t]+[\w-]+|"
                          rf"в\s+\w+|у\s+\w+|вчера|вчора|сегодня|сьогодні)){{0,2}}[ \t]+(?:{_VERB})\b")
#: Words that name a source only by what it is: the one named before is meant.
_GENERIC = frozenset("ведомство відомство министерство міністерство служба штаб командование командування "
                     "источник джерело агентство".split())
_REFERS = re.compile(r"(?<![\w])(?:(?:по\s+данным|по\s+словам|по\s+информации|за\s+даними|за\s+словами|"
                     r"за\s+інформацією)\s+(?:ведомства|відомства|министерства|міністерства|службы|служби|штаба|"
                     r"штабу)|(?P<ref>(?:в|у)\s+(?:ведомстве|відомстві|министерстве|міністерстві|штабе|штабі|"
                     r"разведке|розвідці|командовании|командуванні|службе|службі)|(?:ведомство|відомство|"
                     r"министерство|міністерство|штаб|разведка|розвідка|командование|командування|служба|"
                     r"источник|джерело|агентство))(?:\s+\w+){0,2}?\s+(?:уточнил|уточнили|добавил|добавили|додали|"
                     r"додав|сообщил|сообщили|повідомили|повідомив|заявили|заявив|отметил|зазначили|утверждают|"
                     r"стверджують|не\s+уточнили|не\s+уточнює|не\s+уточнил|не\s+уточнили)\w*"
                     r"|[,»\"]\s*[—–-]?\s*(?:сообщил|сообщила|сообщили|добавил|добавила|добавили|додав|додала|додали|"
                     r"заявил|заявила|заявили|заявив|уточнил|уточнила|уточнили|уточнив|отметил|отметила|зазначив|"
                     r"зазначила|пишет|пише|говорится|йдеться)\w*\s+(?:он|она|они|він|вона|вони|в\s+\w+|у\s+\w+))",
                     re.I)

_DENIED = re.compile(r"(?<![\w])(?:опроверг\w*|опровержени\w*|отрица\w*|спросту\w*|спростов\w*|запереч\w*|фейк\w*|"
                     r"дезинформаци\w*|дезінформаці\w*|неправд\w*|ложь|лжив\w*|брехн\w*|не\s+соответству\w*\s+"
                     r"действительности|не\s+відповіда\w*\s+дійсності|непроверенн\w*\s+информаци\w*|"
                     r"неперевірен\w*\s+інформаці\w*|провокаци\w*|провокаці\w*|вброс\w*|вкид\w*|"
                     r"(?:не\s+видит|не\s+бачить)\s+оснований)", re.I)
_CLAIMED = re.compile(r"(?<![\w])(?:утвержда\w*|утверждени\w*|стверджу\w*|твердженн\w*|якобы|нібито|начебто|"
                      r"будто\s+бы|мол|дескать|по\s+версии|за\s+версією|заявляет\s+о|ймовірно|вероятно|"
                      r"предположительно|імовірно|предположени\w*|припущенн\w*)", re.I)
_CONFIRMED = re.compile(r"(?<![\w])(?:подтверд\w*|підтверд\w*|подтвержд\w*|підтвердж\w*|официально\s+(?:сообщ|заяв|"
                        r"объяв)\w*|офіційно\s+(?:повідом|заяв|оголос)\w*|верифицир\w*|верифіку\w*|"
                        r"геолокаци\w*|геолокува\w*)", re.I)
_NOT = re.compile(r"(?<![\w])(?:не|ни|ні|нельзя|неможливо|невозможно|пока|поки|ещё|ще|еще)(?:\s+\w+){0,2}\s*$", re.I)
_BYLINE = re.compile(r"(?m)^[ \t]*(?:Автор|Автор текста|Текст|Автори?)[:\s]+(?P<s>[А-ЯЁІЇЄҐ][^\n|,;]{1,60}?)[ \t]*(?:\||,|;|$)")


def _nominative(s: str, lang: str) -> str:
    """A source as the subject of a sentence would name it: its head put into the nominative, the genitive that
    follows left as it is ("наших аеророзвідників" -> "наші аеророзвідники", "Минобороны России" as it is,
    "главы ГУР Кирилла Буданова" -> "глава ГУР Кирилл Буданов")."""
    words = s.split()
    out = []
    head_done = False
    for w in words:
        core = w.strip("«»\"(),.")
        rs = morph.readings(core, lang) if core and core[:1].isalpha() else ()
        gen = [r for r in rs if r.case in ("gent", "datv", "ablt", "loct")]
        if not head_done and gen and not core.isupper():
            r = gen[0]
            if r.pos in ("ADJF", "PRTF", "NPRO"):
                new = (morph.inflect(core, lang, frozenset({"nomn", r.number or "sing"} | (
                    {r.gender} if r.gender and r.number != "plur" else set())))
                    or morph.inflect(core, lang, frozenset({"nomn"} | ({r.number} if r.number else set()))))
            else:
                new = (morph.inflect(core, lang, frozenset({"nomn", r.number or "sing"}))
                       or morph.inflect(core, lang, frozenset({"nomn"} | ({r.number} if r.number else set())))
                       or r.lemma)
                head_done = r.pos == "NOUN" and not r.person
            out.append(w.replace(core, morph.restore_case(new, core)) if new else w)
            continue
        if head_done and gen and any(r.person for r in gen) and not core.isupper():
            new = morph.inflect(core, lang, frozenset({"nomn", "sing"}))
            out.append(w.replace(core, morph.restore_case(new, core)) if new else w)
            continue
        if rs and any(r.pos == "NOUN" for r in rs):
            head_done = True
        out.append(w)
    return " ".join(out)


_LEAD = re.compile(r"^(?:(?:ранее|раніше|также|також|вчера|вчора|сегодня|сьогодні|накануне|напередодні|тогда|тоді|"
                   r"однако|проте|затем|потім|уже|вже|позже|пізніше|впоследствии|згодом|и|і|а|но|але)\s+)+", re.I)


def _clean(s: str) -> str | None:
    s = _LEAD.sub("", s.strip(" \t,;:.\"“”«»—–-"))
    if s.count("«") > s.count("»"):
        s += "»"
    if len(s) < 2 or s.lower() in ("он", "она", "они", "він", "вона", "вони", "это", "це", "там", "тут"):
        return None
    return s


def find_source(text: str, lang: str = "ru") -> str | None:
    """The source *text* attributes its report to, in the nominative, or None.

    >>> find_source("По данным НСР, военнослужащих перевезли во Владивосток.", "ru")
    'НСР'
    >>> find_source("Об этом в пятницу сообщило Минобороны России, опубликовав видео.", "ru")
    'Минобороны России'
    >>> find_source("За даними наших аеророзвідників, техніку розвантажили.", "uk")
    'наші аеророзвідники'
    >>> find_source("Колонны вышли из Белгорода.", "ru") is None
    True
    """
    m = _HEADLINE_SOURCE.match(text)
    if m and _organisation(m.group("s").split()[0], lang):
        return m.group("s")
    for rx in (_PHRASE, _AFTER_VERB, _BEFORE_VERB):
        for m in rx.finditer(text):
            s = _clean(m.group("s"))
            if not s:
                continue
            if re.match(r"(?:о|об|в|во|у|про|из|з|на|для|по|от|від|с|до|к)\s", s, re.I):
                continue  # "сообщил о перегруппировке": what was said, not who
            if rx is _PHRASE:
                s = _nominative(s, lang)
                if s.lower() in _GENERIC:
                    return None  # "по данным ведомства": the one named before (refers_back)
                return s
            if _subject(s, lang):
                return s
    return None


def _subject(s: str, lang: str) -> bool:
    """Whether *s* may be the subject of its verb: its first word is an acronym, a name, or a noun in the nominative
    ("доложил президенту" names whom it was told to, not who told; "Он", "Первые кадры", "Как" name no source)."""
    first = s.split()[0].strip("«»\"(")
    if not first or first.isupper() or not first[:1].isalpha():
        return True
    rs = morph.readings(first, lang)
    if rs and rs[0].pos in ("NPRO", "ADVB", "CONJ", "PRCL", "PREP", "ADJF", "PRTF", "NUMR", "VERB", "INFN", "GRND"):
        return bool(re.match(_TITLE, first, re.I))  # "Военные", "Местные жители" name people; "Первые кадры" none
    return not rs or any(r.case == "nomn" or not r.case for r in rs)


def _organisation(word: str, lang: str) -> bool:
    """Whether a headline's first word before a colon names who speaks ("Минобороны:", "ГУР:", "Генштаб:")."""
    w = word.strip("«»\"")
    return w.isupper() and len(w) > 1 or bool(re.fullmatch(_TITLE, w, re.I)) or w.lower() in _ORG_WORDS


_ORG_WORDS = frozenset("минобороны мид мзс генштаб кремль пентагон нато оон белый ставка ссо сбу гур фсб песков "
                       "зеленский зеленський путин путін лукашенко шойгу белоусов сырский сирський буданов залужный "
                       "залужний умеров умєров конашенков".split())


_ABOUT = re.compile(r"^\W*(?:об\s+этом|о\s+том|про\s+це|як\s+про\s+це|как\s+об\s+этом|такие\s+данные|"
                    r"такі\s+дані|эти\s+данные|ці\s+дані)(?![\w])", re.I)
# A headline's "Минобороны: в Курскую область выдвигаются колонны": the source before a colon.
_HEADLINE_SOURCE = re.compile(r"^(?P<s>(?:[А-ЯЁІЇЄҐA-Z][\w'’.-]*|" + _TITLE + r")(?:[ \t]+[\w'’.«»-]+){0,5}):[ \t]+\S")


def about_before(text: str) -> bool:
    """Whether sentence *text* names the source of the sentences before it ("Об этом сообщило Минобороны России").

    >>> about_before("Об этом в пятницу сообщило Минобороны России."), about_before("Минобороны сообщило о переброске.")
    (True, False)
    """
    return bool(_ABOUT.match(text))


def refers_back(text: str) -> bool:
    """Whether *text* names its source only by reference ("..., уточнили в ведомстве"): the last one named.

    >>> refers_back("Откуда выдвигаются колонны, в министерстве не уточнили.")
    True
    """
    return bool(_REFERS.search(text))


def reference(text: str) -> str | None:
    """The words by which *text* names a source it does not name ("ведомство"), for want of a better one."""
    m = _REFERS.search(text)
    if m and m.group("ref"):
        return _nominative(re.sub(r"^(?:в|у)\s+", "", m.group("ref"), flags=re.I), "ru")
    return None


def find_status(text: str) -> str:
    """``denied``, ``claimed``, ``confirmed`` or ``reported``, from the words of *text*.

    >>> find_status("Песков назвал сообщения «порцией непроверенной информации».")
    'denied'
    >>> find_status("Как утверждают в ведомстве, удары наносятся по резервам.")
    'claimed'
    >>> find_status("Генштаб ЗСУ підтвердив переміщення.")
    'confirmed'
    >>> find_status("Минобороны не подтвердило переброску.")
    'reported'
    """
    if _DENIED.search(text):
        return "denied"
    if _CLAIMED.search(text):
        return "claimed"
    for m in _CONFIRMED.finditer(text):
        if not _NOT.search(text[max(0, m.start() - 30):m.start()]):
            return "confirmed"
    return "reported"


def byline(text: str, lang: str = "ru") -> str:
    """The article's own voice: its author and outlet, a channel's name or a statement's issuer, as its top lines
    print them (:mod:`geo.extract.slavic.header`), else an "Автор: ..." line near its top, or ""."""
    from . import header

    voice = header.read(text, lang).voice
    if voice:
        return voice
    m = _BYLINE.search(text[:1500])
    return m.group("s").strip() if m else ""


# The sides of a war, by the words that name their official voices and their forces. A side's statement about its own
# movements is confirmed, about its adversary's claimed (the corpus's annotation guidelines).
_SIDES = {
    "RU": re.compile(r"(?<![\w])(?:минобороны\s+росси\w*|мо\s+рф|минобороны\s+рф|генштаб\w*\s+вс\s+рф|"
                     r"генштаб\w*\s+росси\w*|кремл\w*|песков\w*|конашенков\w*|шойгу|белоусов\w*|герасимов\w*|"
                     r"вс\s+рф|росгвард\w*|черноморск\w+\s+флот\w*|чорноморськ\w+\s+флот\w*|"
                     r"(?:центральн|западн|южн|восточн|ленинградск|московск)\w+\s+военн\w+\s+округ\w*|"
                     r"группировк\w+\s+(?:войск\s+)?«\w+»|губернатор\w*\s+(?:курск|белгородск|брянск)\w*|"
                     r"міноборони\s+рф|міністерство\s+оборони\s+рф|міністерство\s+оборони\s+росії|"
                     r"російськ\w+\s+міноборони|российск\w+\s+(?:войск|военн|сил|подразделен|армия)\w*|"
                     r"росси\w+\s+войск\w*|рашист\w*|росіян\w*|"
                     r"російськ\w+\s+(?:військ|військов|сил|підрозділ|армі)\w*|вагнер\w*|африканск\w+\s+корпус\w*)",
                     re.I),
    "UA": re.compile(r"(?<![\w])(?:генштаб\w*\s+(?:зсу|всу)|генеральн\w+\s+штаб\w*\s+(?:зсу|всу)|гур|сбу|"
                     r"вмс\s+(?:зсу|всу)|військово-морськ\w+\s+сил\w*|сил\w*\s+оборони|зсу|всу|осув|оув|"
                     r"повітрян\w+\s+сил\w*|воздушн\w+\s+сил\w*\s+(?:всу|украин\w*)|ова|ова\b|"
                     r"державн\w+\s+прикордонн\w+\s+служб\w*|дпсу|госпогранслужб\w*|зеленськ\w*|зеленск\w*|"
                     r"сирськ\w*|сырск\w*|буданов\w*|синєгубов\w*|українськ\w+\s+(?:військ|військов|сил|"
                     r"підрозділ|бригад|армі)\w*|украинск\w+\s+(?:войск|военн|сил|подразделен|бригад|армия)\w*|"
                     r"наш\w*\s+(?:бійц|військов|підрозділ|сил|захисник|воїн)\w*|оперативн\w+\s+штаб\w*)", re.I),
}
_VERIFIED = re.compile(r"(?<![\w])(?:геолоцир\w*|геолокаци\w*|геолокова\w*|геолокува\w*|спутников\w+\s+сним\w*|"
                       r"супутников\w+\s+знім\w*|снимк\w+\s+спутник\w*|знімк\w+\s+супутник\w*|"
                       r"верифицир\w*|верифікова\w*)", re.I)


def _side(s: str) -> str:
    """The side whose voice (or forces) *s* names: "RU", "UA", or ""."""
    found = [k for k, rx in _SIDES.items() if rx.search(s)]
    return found[0] if len(found) == 1 else ""


_ADVERSARY = re.compile(r"(?<![\w])(?:противник\w*|враг\w*|вражеск\w*|ворог\w*|ворож\w*|окупант\w*|оккупант\w*|"
                        r"неприятел\w*|супротивник\w*)", re.I)


def settle_status(status: str, source: str, text: str) -> str:
    """The status of a sentence once its source is known (the corpus's guidelines): a statement of the moving side
    about its own forces, or of an outlet about what it verified itself, is ``confirmed``; of one side about its
    adversary's ("противник", "ворог", or the other side named), ``claimed``; words of denial, claim or
    confirmation in the sentence decide first.

    >>> settle_status("reported", "Генштаб ЗСУ", "Ворог перекинув до Куп'янська два батальйони.")
    'claimed'
    >>> settle_status("reported", "Минобороны России", "Колонны выдвигаются в Курскую область.")
    'confirmed'
    >>> settle_status("reported", "НСР", "Военнослужащих перевезли во Владивосток.")
    'reported'
    """
    if status != "reported":
        return status
    if _VERIFIED.search(text) or _VERIFIED.search(source):
        return "confirmed"
    voice = _side(source)
    if not voice:
        return status
    if _ADVERSARY.search(text):
        return "claimed"
    rest = text.replace(source, " ") if source else text
    forces = _side(rest)
    return "claimed" if forces and forces != voice else "confirmed"


def _forces(text: str) -> str:
    """Whose forces a sentence's movement is of, by the words it names them with, or ""."""
    return _side(text)
