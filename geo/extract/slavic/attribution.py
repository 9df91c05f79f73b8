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

import functools
import itertools
import re

from .. import sides
from . import morph

_TITLE = (r"(?:глав[аыуе]|голов[аиуі]|министр[аеу]?|міністр[аеу]?|пресс-секретар[ья]|прес-секретар[ья]|спикер[а]?|"
          r"речник[а]?|представител[ья]|представник[а]?|командующ\w+|командувач[а]?|губернатор[а]?|мэр[а]?|мер[а]?|"
          r"генерал\w*|полковник[а]?|советник[а]?|радник[а]?|источник\w*|джерел\w*|аналитик\w*|аналітик\w*|"
          r"эксперт\w*|експерт\w*|блогер\w*|военкор\w*|воєнкор\w*|журналист\w*|журналіст\w*|директор[а]?|"
          r"руководител[ья]|керівник[а]?|начальник[а]?|посол|посла|депутат[а]?|нардеп[а]?|президент[а]?|"
          r"премьер\w*|прем'єр\w*|врио|в\.о\.|заместител[ья]|заступник[а]?|заступниц[яі]|заместительниц[аы]|офицер\w*|офіцер\w*|мониторинг\w*|"
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
_VERB = (r"(?:(?:сообщ|заяв|утвержд|подтверд|подтвержд|опроверг|опровер|отрица|пиш|писа|переда|доложи|доклад|уточн|"
         r"информир|объяв|отмет|отмеч|рассказ|указ|счита|призна|повідом|стверджу|стверджува|підтверд|підтвердж|"
         r"спросту|спростову|запереч|доповід|доповіл|оголос|оголошу|зазнач|розпов|вказ|вважа|визна|фіксу|зафіксува|"
         r"зафиксирова|фиксиру|опублікува|опубликова|публику|публіку|уточню|сказа|говор|отчита|оприлюдн|обнарод|"
         r"написа|вспомина|вспомни|згаду|пригаду|поясн)\w*?"
         r"(?:л|ил|ал|ял|ел|ыл|ул|ол|г|гл|ет|ёт|ют|ят|ит|ут|ав|ув|ив|ів|в|ує|ують|ає|ають|ить|ять|ать|еш|є|ють)"
         r"(?:а|о|и|ось|ся|сь)?"
         # "назвал сообщения фейком", "публиковали сообщения", "выкладывают видео" (not "показывает": what shows it
         # is seldom who says it, "геолокация одного из видео показывает"): never reflexive ("называется «Восток»"
         # names, it says nothing), no participle ("так называемого МГБ"); "выкладывать/викладати" only with what is
         # shown after it (:data:`_OBJECT_VERB`), a name in quotation marks after a verb of naming no speaker
         r"|(?:назва|называ|назива|публикова|выклады|виклада)\w*?"
         r"(?:л|ал|ял|ет|ют|ят|ав|ив|ів|в|ує|ують|ає|ають|ють|ять|є)(?:а|о|и)?"
         # "каже", "казав" (to say), "свідчать" (bear witness): their stems alone would match nouns ("сказка")
         r"|каже|кажуть|казав|казала|казали|свідчать|свідчить|свідчили|свідчив|свидетельствуют|свидетельствует)")
#: Words that name a source only by what it is: the one named before is meant.
_GENERIC = frozenset("ведомство відомство министерство міністерство служба штаб командование командування "
                     "источник джерело агентство проект проєкт издание видання канал округ".split())
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
    for k, w in enumerate(words):
        core = w.strip("«»\"(),.")
        if not head_done and _ORDINAL.match(core):  # "7-го корпусу" -> "7-й корпус": the ending of its noun's
            out.append(_ordinal_nominative(core, words[k + 1:k + 5], lang))
            continue
        rs = morph.readings(core, lang) if core and core[:1].isalpha() else ()
        gen = [r for r in rs if r.case in ("gent", "datv", "ablt", "loct")]
        if not head_done and gen and not core.isupper():
            r = gen[0]
            if r.pos in ("ADJF", "PRTF", "NPRO"):
                # the gender and number of the noun it describes ("нашего собеседника": masculine, not neuter)
                for nxt in words[k + 1:k + 4]:
                    nouns = [x for x in morph.readings(nxt.strip("«»\"(),."), lang)
                             if x.pos == "NOUN" and x.case in {g.case for g in gen}]
                    if nouns:
                        same = [g for g in gen if g.case == nouns[0].case] or gen
                        r = same[0]
                        r = morph.Reading(r.lemma, r.pos, r.case, nouns[0].gender or r.gender,
                                          nouns[0].number or r.number, r.geo, r.score)
                        break
                new = (morph.inflect(core, lang, frozenset({"nomn", r.number or "sing"} | (
                    {r.gender} if r.gender and r.number != "plur" else set())))
                    or morph.inflect(core, lang, frozenset({"nomn"} | ({r.number} if r.number else set()))))
            else:
                if r.person:  # a man's or a woman's name by the reading's gender
                    r = next((g for g in gen if g.case == "gent" and g.gender == "masc"), r)
                new = (morph.inflect(core, lang, frozenset({"nomn", r.number or "sing"}), like=r)
                       or morph.inflect(core, lang, frozenset({"nomn"} | ({r.number} if r.number else set())))
                       or r.lemma)
                head_done = r.pos == "NOUN" and not r.person
            out.append(w.replace(core, morph.restore_case(new, core)) if new else w)
            continue
        if head_done and gen and any(r.person for r in gen) and not core.isupper() and core[:1].isupper():
            r = next((g for g in gen if g.person and g.case == "gent" and g.gender == "masc"),
                     next(g for g in gen if g.person))
            new = morph.inflect(core, lang, frozenset({"nomn", "sing"}), like=r)
            out.append(w.replace(core, morph.restore_case(new, core)) if new else w)
            continue
        if rs and any(r.pos == "NOUN" for r in rs):
            head_done = True
        out.append(w)
    return " ".join(out)


def _ordinal_nominative(ordinal: str, after: list[str], lang: str) -> str:
    """An ordinal in digits with the nominative ending of the noun after it ("7-го" before "корпусу": "7-й")."""
    for w in after:
        nouns = [r for r in morph.readings(w.strip("«»\"(),."), lang) if r.pos == "NOUN"]
        if nouns:
            # the number the ordinal's own ending shows ("72-х": plural; "72-й", "5-го", "3-ї": singular), then an
            # oblique reading before the nominative one (after "по данным" "бригады" is a singular genitive, not
            # the plural nominative)
            want = "plur" if ordinal.endswith(("х", "ми")) else "sing"
            r = min(nouns, key=lambda x: (x.number != want, x.case == "nomn"))
            ending = ({"plur": "і" if lang == "uk" else "е"}.get(r.number or "") or
                      {"masc": "й", "femn": "а" if lang == "uk" else "я", "neut": "е"}
                      .get(r.gender or ""))
            return f"{ordinal.split('-')[0]}-{ending}" if ending else ordinal
    return ordinal


_LEAD = re.compile(r"^(?:(?:ранее|раніше|также|також|вчера|вчора|сегодня|сьогодні|накануне|напередодні|тогда|тоді|"
                   r"однако|проте|затем|потім|уже|вже|позже|пізніше|впоследствии|згодом|и|і|а|но|але)\s+)+", re.I)


_OBJECT_PRONOUNS = frozenset("его её ее их ему ей им него неё нее них його її їх йому їй їм нього неї них".split())


def _clean(s: str) -> str | None:
    s = _LEAD.sub("", s.strip(" \t,;:.\"“”«»—–-"))
    if s.count("«") > s.count("»"):
        s += "»"
    if len(s) < 2 or s.lower() in ("он", "она", "они", "він", "вона", "вони", "это", "це", "там", "тут") \
            or s.split()[-1].lower() in _OBJECT_PRONOUNS:
        # "Біля Кричева її зафіксували": a pronoun object ends no speaker's name
        return None
    return s


#: The words that open a source named after them ("по данным", "за словами", "со ссылкой на", "как сообщает").
_ANCHOR = re.compile(
    r"(?<![\w])(?:по\s+данным|по\s+словам|по\s+информации|по\s+сведениям|по\s+оценке|по\s+оценкам|"
    r"по\s+утверждению|по\s+заявлению|по\s+сообщению|по\s+сообщениям|согласно\s+данным|согласно|"
    r"со\s+ссылкой\s+на|ссылаясь\s+на|как\s+сообщает|как\s+сообщают|как\s+пишет|как\s+пишут|как\s+передает|"
    r"как\s+передаёт|за\s+даними|за\s+словами|за\s+інформацією|за\s+відомостями|за\s+оцінкою|за\s+оцінками|"
    r"за\s+твердженням|за\s+повідомленням|згідно\s+з\s+даними|згідно\s+з|з\s+посиланням\s+на|"
    r"посилаючись\s+на|як\s+повідомляє|як\s+повідомляють|як\s+пише|як\s+пишуть|як\s+передає|"
    r"говорится\s+в\s+(?:сообщении|заявлении|сводке|докладе|отчете|отчёте|обзоре|релизе|публикации)|"
    r"йдеться\s+(?:в|у)\s+(?:повідомленні|заяві|зведенні|доповіді|звіті|огляді|публікації))[ \t]+", re.I)
#: Whether the one told may stand between a verb of saying and the office that says it ("как сообщили «Курскому
#: вестнику» в пресс-службе Росгвардии", "як розповіли нам у бригаді"): an outlet in quotation marks, or an outlet,
#: its journalists or "us" in the dative.
ADDRESSEE_BETWEEN = True
_TOLD = (r"(?:(?:«[^»\n]{1,40}»|нам|мне|мені|журналистам|журналістам|редакции|редакції|изданию|виданню|"
         r"корреспонденту|кореспонденту)\s+)?" if ADDRESSEE_BETWEEN else "")
#: Where a source is named by the place of its office ("как уточнили в министерстве", "як повідомили в ГУР").
_ANCHOR_IN = re.compile(r"(?<![\w])(?:(?:как|як)\s+(?:" + _VERB + r")|(?:сообщили|уточнили|заявили|отметили|"
                        r"рассказали|подтвердили|добавили|пояснили|сообщают|заявляют|уточняют|отмечают|"
                        r"повідомили|уточнили|заявили|зазначили|розповіли|підтвердили|додали|пояснили|"
                        r"повідомляють|заявляють|зазначають))\s+(?:(?:в|у)\s+(?:понедельник|вторник|среду|"
                        r"четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п['’ʼ]ятницю|"
                        r"суботу|неділю)\s+)?" + _TOLD + r"(?:в|у|во|на)\s+(?=[\w«\"])", re.I)
_VERB_RX = re.compile(rf"^(?:{_VERB})$", re.I)
# the verbs of posting, which say something only of what is said or shown ("выкладывают видео", "викладають
# відео"), not of a subject taught ("викладає в академії")
_OBJECT_VERB = re.compile(r"^(?:выклады|виклада)", re.I)
# the verbs of naming: what they name stands after them in quotation marks ("бригаду называют «Восток»"), no speaker
_NAMING_VERB = re.compile(r"^(?:назва|называ|назива)", re.I)
_SAID_OBJECT = re.compile(r"(?<![\w])(?:сообщени|повідомлен|информаци|інформаці|данны|дані|даних|заявлени|заяв[аиуі]|"
                          r"видео|відео|фото|снимк|знімк|кадр|запис|ролик|пост|публикаци|публікаці|фейк|"
                          r"слух|чутк|новост|новин|материал|матеріал|карт|спис|цифр)\w*", re.I)
_STOK = re.compile(r"«[^»\n]{1,60}»|\"[^\"\n]{1,60}\"|\([^()\n]{1,40}\)|[^\W\d_]+(?:[-'’ʼ.][^\W\d_]+)*|"
                   r"\d+(?:-[^\W\d_]+)?|[^\w\s]")
#: Heads of a source that are no person: bodies, services, media, channels.
_ORG_LEMMAS = frozenset("""министерство міністерство минобороны міноборони мид мзс ведомство відомство штаб генштаб
    служба погранслужба прикордонслужба госпогранслужба держприкордонслужба разведка розвідка контрразведка
    командование командування управление управління канал телеграм-канал telegram-канал паблик паблік проект
    проєкт издание видання сми змі агентство власть власти влада правительство уряд администрация адміністрація
    пресс-служба прес-служба группировка угруповання войско войска війська військо сила силы сили флот армия армія
    центр институт інститут полиция поліція погранполиция сторона корпус округ бригада батальон подразделение
    підрозділ дивизия дивізія миссия місія совет рада комитет комітет офис офіс кремль пентагон ставка
    редакция редакція группа група источник джерело мониторинг моніторинг разведслужба спецслужба спецслужби
    спецслужбы ова ода осув осгв оук сбу гур фсб нато оон обсє обсе белый""".split())
#: Adjectives that stand for people ("военные", "місцеві"): a head of their own.
_PEOPLE_ADJ = re.compile(r"^(?:военн|військов|местн|місцев|российск|російськ|украинск|українськ|белорусск|"
                         r"білоруськ|западн|західн|американск|американськ|британск|британськ|официальн|"
                         r"офіційн)\w*$", re.I)
#: Words between a subject and its verb ("Минобороны ранее сообщило", "Генштаб у своєму телеграм-каналі повідомив").
_BETWEEN = frozenset("ранее раніше уже вже также також официально офіційно вчера вчора сегодня сьогодні накануне "
                     "напередодні тогда тоді впервые вперше затем потім позже пізніше публично публічно прямо "
                     "не ни".split())
_PREPS = frozenset("в во у на из изо з із зі с со от від до к ко по о об про за под під над при через для без "
                   "между між біля поблизу около возле вблизи близ неподалік навколо вокруг".split())
_POSSESSIVE = frozenset("наш наша наше наши наших нашим нашими нашего нашей нашему нашу свой своя свои своих своего "
                        "своей їхній їхні їхніх її его их".split())


def _tokens(text: str) -> list[re.Match]:
    return list(_STOK.finditer(text))


def _np(toks: list[re.Match], i: int, lang: str, limit: int | None = None) -> tuple[int, str, bool]:
    """A noun phrase from token *i* that may name who speaks: ``(end token, head kind, nominative)``.

    Head kinds: ``name`` (capitalised words, an acronym, a quoted name), ``noun`` (a person, a body, a medium or a
    channel), ``""`` (no such phrase: a common noun heads it, or it does not start as one).
    """
    n = len(toks) if limit is None else min(len(toks), limit)
    j, head, nom, numeral = i, "", True, False
    while j < n and j - i < 14:
        w = toks[j].group()
        if w[:1] in "«\"":
            inner = w.strip("«»\"").split()
            if not head:
                if not inner or not inner[0][:1].isupper():
                    return i, "", False  # «красный» уровень: a quoted word, no name
                last = morph.readings(inner[-1], lang)
                nom = not last or any(r.case in ("nomn", "") for r in last) or not morph.known(inner[-1], lang)
            head = head or "name"
            j += 1
            continue
        if w[:1] == "(":
            if not head:
                break
            j += 1
            continue
        if (_ORDINAL.match(w) and j + 1 < n and toks[j + 1].group()[:1].isalpha() and (head or j == i)
                and _unit_follows(toks, j + 1, n)):
            j += 1  # a unit's number: "пресслужби 7-го корпусу", "аеророзвідники 47-ї окремої механізованої бригади"
            continue
        if not w[:1].isalpha():
            break
        rs = morph.readings(w, lang)
        low = w.lower()
        if low in _POSSESSIVE or (rs and rs[0].lemma in ("наш", "наші", "свой", "свій", "їхній") and not head):
            j += 1  # "наших аеророзвідників", "своих источников"
            continue
        if head == "noun" and low in ("по", "в", "у", "при") and j + 1 < n and _workplace(toks[j + 1].group(), lang):
            j += 2  # "джерело в ДПСУ", "источники в Минобороны", "наших джерел у Силах оборони": where one who speaks
            continue  # by what they are works is part of who speaks (the preposition would end the phrase below)
        # a body's noun read first as one is no function word for a rare other reading ("уряд", also an adverb)
        org_noun = bool(rs) and rs[0].pos == "NOUN" and rs[0].lemma in _ORG_LEMMAS
        function = (any(r.pos in _CLOSED for r in rs) and not org_noun) or low in _SOME
        if function and (not w[:1].isupper() or j == i):
            if head:
                break
            return i, "", False  # "и", "в", "Как", "Як" (also a yak), "Одні"
        if w.isupper() and len(w) > 1 and len(w) <= 8:  # an acronym: "ГУР", "ВСУ", "ОСУВ"
            head = head or "name"
            j += 1
            continue
        if head:
            if w[:1].isupper() and not (rs and rs[0].pos in _FUNCTION_POS_SRC):
                j += 1  # a name after its title ("глава ГУР Кирилл Буданов", "Минобороны России")
                continue
            if low in _ONE and j + 1 < n and toks[j + 1].group().lower() in ("из", "з", "із"):
                j += 2  # "офицер одной из бригад"
                continue
            if low in ("по", "в", "у", "при") and j + 1 < n and (toks[j + 1].group()[:1] in "«\"" or
                                                             toks[j + 1].group()[:1].isupper()):
                j += 2  # "джерело в ДПСУ", "Управления Росгвардии по Курской области"
                continue
            if low in ("из", "з", "із") and numeral and j + 1 < n:
                j += 1  # "один из собеседников"
                numeral = False
                head = ""
                continue
            if rs and rs[0].pos == "NOUN" and rs[0].case == "nomn" and not rs[0].anim and not w[:1].isupper() and \
                    j - 1 > i and toks[j - 1].group()[:1].isupper():
                break  # a name and its complement end before a noun read first as no genitive: "підтвердив уряд
                # Соломонових Островів прибуття військ", "Генштаб ЗСУ перекидання військ"
            if any(r.case in ("gent", "gen2") and r.pos in ("NOUN", "ADJF", "PRTF", "NUMR") for r in rs):
                j += 1  # "разведка Южной Кореи", "пресс-служба Черноморского флота"
                continue
            if any(r.pos == "NOUN" and r.anim and r.case == "nomn" for r in rs) and any(
                    t.group()[:1].isupper() for t in toks[j + 1:min(n, j + 4)]):
                j += 1  # a title before the name: "... Вооруженных сил РФ генерал армии Валерий Герасимов"
                continue
            break
        if w[:1].isupper():
            first = rs[0] if rs else None
            common = first is not None and morph.known(w, lang) and first.pos in ("NOUN", "ADJF", "PRTF") and \
                not first.person and not first.geo and not any(t.group()[:1].isalnum() for t in toks[:j])
            # (the sentence's first word, after a dash or a bullet too: "— Косовська поліція стверджує"), unless a
            # place's or a person's name in the genitive or a quoted name follows it: "Оборона Києва повідомила"
            if common and j + 1 < n and (toks[j + 1].group()[:1] in "«\"" or toks[j + 1].group()[:1].isupper() and any(
                    r.case in ("gent", "gen2") and (r.geo or r.person) for r in morph.readings(toks[j + 1].group(), lang))):
                common = False
            if not common:
                head = "name"
                nom = not rs or any(r.case in ("nomn", "") for r in rs) or not morph.known(w, lang)
                j += 1
                continue
        if low in _POSSESSIVE:
            j += 1
            continue
        if rs and rs[0].pos == "NUMR" or low in _ONE:
            numeral = True
            j += 1
            if j < n and toks[j].group().lower() in ("из", "з", "із"):
                j += 1
                numeral = False
            continue
        nouns = [r for r in rs if r.pos == "NOUN"]
        adjs = [r for r in rs if r.pos in ("ADJF", "PRTF")]
        # an adjective that may stand as a noun ("місцеві", "военные") before a noun is that noun's adjective when it
        # reads first as one ("Місцеві жителі розповідають"): the phrase goes on to its noun
        if nouns and (nouns[0].anim or nouns[0].lemma in _ORG_LEMMAS) and not (
                adjs and (adjs[0].score > nouns[0].score or rs[0] is adjs[0]) and _next_noun(toks, j + 1, lang)):
            head = "noun"
            nom = any(r.case == "nomn" for r in nouns)
            j += 1
            continue
        if adjs:
            if _PEOPLE_ADJ.match(w) and not _next_noun(toks, j + 1, lang):
                head = "noun"
                nom = any(r.case == "nomn" for r in adjs)
                j += 1
                continue
            j += 1
            continue
        if nouns and low.startswith("телеграм"):
            head = "noun"
            j += 1
            continue
        return i, "", False
    return j, head, nom


# An ordinal written in digits with its ending ("7-го", "47-ї", "3-я"), as in a unit's name.
# A unit's noun after its number ("47-ї окремої механізованої бригади", "7-го корпусу", "5-го управління"); a date's
# ordinal is followed by a month ("24-го февраля") and is no part of a speaker's name.
_UNIT_NOUN = re.compile(r"^(?:корпус|бригад|арми|армі|полк|батальон|батальйон|дивизи|дивізі|управлін|управлен|отряд|загін|"
                        r"загон|флот|округ|рот[аиыу]|батаре|ескадр|эскадр|отдел|відділ|центр|омбр|ошбр|обр|"
                        r"омпбр|одшбр|мбр)", re.I)
_MONTH = re.compile(r"^(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|"
                    r"квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)", re.I)


def _unit_follows(toks, k: int, n: int) -> bool:
    """Whether a unit's noun follows an ordinal within its few adjectives, before any month."""
    for t in toks[k:min(n, k + 4)]:
        w = t.group().strip("«»\"")
        if _MONTH.match(w):
            return False
        if _UNIT_NOUN.match(w) or sum(c.isupper() for c in w) >= 2:  # or an acronym: "12-го ГУМО", "47-ї ОМБр"
            return True
    return False


_ORDINAL = re.compile(r"^\d{1,4}-(?:[иыоі]?[йяеіїєгм]\w{0,2})$")
_FUNCTION_POS_SRC = frozenset("PREP CONJ PRCL VERB INFN GRND PRTS ADVB NPRO PRED".split())
_ONE = frozenset("один одна одно одного одной одним одній одну одного двое двух двоє двоих двох".split())
_CLOSED = frozenset("PREP CONJ PRCL ADVB NPRO INTJ PRED".split())
#: Words that name some people, not a source ("Одні вважають", "Многие считают").
_SOME = frozenset("одни одні другие інші некоторые деякі многие багато все всі всё все кто-то хтось кое-кто "
                  "большинство більшість часть частина".split())


def _workplace(word: str, lang: str) -> bool:
    """Whether *word*, after "в/у" following a source named by what it is, names where they work: a body's name
    (capitalised, or quoted), not a place where they were nor a platform ("в Telegram")."""
    w = word.strip("«»\"")
    if not w or not (word[:1] in "«\"" or w[:1].isupper()) or not re.match(r"[А-ЯЁІЇЄҐ]", w):
        return False
    return not any(r.geo for r in morph.readings(w, lang)[:2]) or _a_body(w, lang)


def _next_noun(toks, j: int, lang: str) -> bool:
    """Whether a noun or an adjective follows at token *j* (so the adjective before it is no head of its own)."""
    if j >= len(toks) or not toks[j].group()[:1].isalpha():
        return False
    w = toks[j].group()
    if w[:1].isupper() or w.isupper():
        return False
    return any(r.pos in ("NOUN", "ADJF", "PRTF") for r in morph.readings(w, lang)[:2])


def _span(text: str, toks, i: int, j: int) -> str:
    return text[toks[i].start():toks[j - 1].end()]


def _after(text: str, at: int, lang: str) -> str | None:
    """The source named from offset *at* on ("по данным <украинской разведки>"), as printed, or None."""
    toks = _tokens(text[at:])
    j, head, _nom = _np(toks, 0, lang)
    if not head or j == 0:
        return None
    return _span(text[at:], toks, 0, j)


#: Whether the subject of a verb of saying is looked for before the adverbials between them: a gerund's or
#: participle's clause in commas ("Лукашенко, выступая на совещании, сообщил"), phrases of time, place and means
#: ("Разведка Великобритании в своей сводке ещё 4 октября написала", "Лукашенко ще в серпні стверджував").
ADVERBIALS = True
#: How many words of adverbials may stand between a subject and its verb.
ADVERBIAL_WORDS = 10


#: A common noun compounded with a brand's Latin name ("Telegram-канале", "YouTube-каналі"): no name of a speaker.
_BRANDED = re.compile(r"^[A-Za-z]+-[а-яёіїєґ]+$")
_STILL = frozenset("ещё еще ще всё все досі до сих пор".split())


#: Whether a clause in commas that a preposition or a relative pronoun opens stands between a subject and its verb
#: too ("Міноборони, зі свого боку, заперечує", "Жителі Ізюма, з якими вдалося зв'язатися, кажуть"), not only one
#: that a gerund or a participle opens.
INSERTIONS = True
_RELATIVE = frozenset("который которая которое которые котрий котра котре котрі який яка яке які".split())


def _insertion(toks, lang: str) -> bool:
    """Whether the tokens *toks* (between two commas) are an insertion that may stand between a subject and its
    verb: a gerund's or participle's clause, or (:data:`INSERTIONS`) a phrase a preposition opens or a relative
    clause ("в свою очередь", "с которыми мы говорили")."""
    first = morph.readings(toks[0].group(), lang)[:1]
    if any(r.pos in ("GRND", "PRTF") for r in first):
        return True
    if not INSERTIONS:
        return False
    words = [t.group().lower() for t in toks[:2]]
    return words[0] in _PREPS or words[0] in _RELATIVE or (len(words) > 1 and words[0] in _PREPS
                                                            and words[1] in _RELATIVE)


def _before_adverbials(toks, e: int, lang: str) -> int:
    """The token where the adverbials that end at token *e* begin (*e* itself when none do): adverbs, numbers,
    prepositional phrases of lower-case words, and a clause in commas that a gerund or participle opens."""
    start = e
    while e > 0 and start - e < ADVERBIAL_WORDS:
        w = toks[e - 1].group()
        low = w.lower()
        if w == "," and e > 1:  # ", выступая на совещании по вопросам безопасности,"
            k = e - 2
            while k > 0 and e - k <= ADVERBIAL_WORDS and toks[k].group() != "," and toks[k].group()[:1] not in ".;:—–-«»\"":
                k -= 1
            if k > 0 and toks[k].group() == "," and k + 1 < e - 1 and _insertion(toks[k + 1:e - 1], lang):
                e = k
                continue
            break
        if w[:1].isdigit() or low in _BETWEEN or low in _STILL or (w[:1].islower() and any(
                r.pos in ("ADVB", "PRCL") for r in morph.readings(w, lang)[:1])):
            e -= 1
            continue
        if w[:1].islower() and e > 1 and toks[e - 2].group()[:1].isdigit():
            e -= 2  # "4 октября"
            continue
        # a prepositional phrase of up to five words that a lower-case word opens after its preposition ("в своей
        # сводке", "в ответ на запрос NRK", "в интервью государственному телевидению")
        k = e - 1
        # (a capitalised word in it only an acronym: "в декабре Минобороны Беларуси" ends with the speaker; or a
        # common noun compounded with a brand: "в своём Telegram-канале")
        while k >= 0 and e - k <= 5 and toks[k].group().lower() not in _PREPS and (
                toks[k].group()[:1].islower() or toks[k].group()[:1].isdigit() or toks[k].group().isupper()
                or _BRANDED.match(toks[k].group())):
            k -= 1
        if 0 <= k < e - 1 and toks[k].group().lower() in _PREPS and toks[k].group()[:1].islower() and (
                toks[k + 1].group()[:1].islower() or toks[k + 1].group()[:1].isdigit()
                or _BRANDED.match(toks[k + 1].group())):
            e = k
            continue
        break
    return e


#: Verbs of saying in the impersonal plural ("в Генштабе уточнили": they said in the General Staff): the body named
#: after "в"/"у" before them speaks.
#: (any verb of :data:`_VERB` in the plural: past "-ли", present "-ют/-ят/-ють/-ять"; and "explained")
_IMPERSONAL = re.compile(rf"^(?:(?=(?:{_VERB})$)\w+(?:ли|ют|ят|ють|ять)|пояснили|поясняют|пояснюють)$", re.I)


#: Capitals that stand for their state's government ("В Киеве утверждают": the Ukrainian authorities; the corpus's
#: gold gives such a source as the capital), unlike any other town ("В Мариуполе рассказали").
# The capitals' noun forms only (nominative and oblique cases), so that their adjectives ("Минской области",
# "Московской") are no capital.
_CAPITALS = re.compile(r"^(?:москв(?:а|е|і|у|ы|и|ой|ою)|киев(?:е|а|у|ом)?|київ|києв(?:і|а|у|ом)|минск(?:е|а|у|ом)?|"
                       r"мінськ(?:у|а|ом)?|вашингтон(?:е|і|а|у|ом)?|пекин(?:е|а|у|ом)?|пекін(?:і|а|у|ом)?|"
                       r"пхеньян(?:е|і|а|у|ом)?|тегеран(?:е|і|а|у|ом)?|лондон(?:е|і|а|у|ом)?|париж(?:е|і|а|у|ем)?|"
                       r"берлин(?:е|а|у|ом)?|берлін(?:і|а|у|ом)?|варшав(?:а|е|і|у|ы|и|ой|ою)|"
                       r"анкар(?:а|е|і|у|ы|и|ой|ою)|брюссел(?:ь|е|і|я|ю|ем)|вильнюс(?:е|а|у|ом)?|"
                       r"вільнюс(?:і|а|у|ом)?|рига|ригу|риги|ризі|риге|таллинн?(?:е|а|у|ом)?|таллінн?(?:і|а|у|ом)?)$",
                       re.I)
# The state bodies' compounds, by their stems in full (Росгвардия, Госдума, Держприкордонслужба, Нацгвардия,
# Минобороны, Міноборони ...), not any word that starts like one ("Ростове", "Минской", "Государстве").
_BODY_STEMS = re.compile(r"^(?:рос(?:гвард|авиац|космос|атом|комнадзор|потребнадзор|погран|архив|сми)|"
                         r"гос(?:дум|погран|совет|департамент|служб)|"
                         r"держ(?:прикордон|спецзв|спецтрансп|служб|бюро|дум|авіа|аудит|митслужб)|"
                         r"нац(?:гвард|полиц|поліц|бюро|совет|рад)|"
                         r"мин(?:оборон|юст|ин|фин|здрав|транс|цифр|природ|энерг|обрнауки|сельхоз|промторг|эконом|"
                         r"труд|культ|просвещ|спорт)|"
                         r"мін(?:оборон|юст|фін|закордон|цифр|енерг|економ|інфраструкт|соцполіт|культ|реінтегр|"
                         r"внутрішніх|охорони))[а-яёіїєґ]*$", re.I)


def _a_body(word: str, lang: str) -> bool:
    """Whether *word*, the first of a name after "в/у", names who may speak: an acronym ("ГУР", "ВСУ"), a body's noun
    (:data:`_ORG_LEMMAS`, :data:`_ORG_WORDS`), a state body's compound ("Росгвардия", "Госдума",
    "Держприкордонслужба", "Минобороны") or a capital (:data:`_CAPITALS`); never another town, a region, nor a Latin
    brand ("Telegram")."""
    w = word.strip("«»\"")
    if not re.match(r"[А-ЯЁІЇЄҐ]", w):
        return False
    if w.isupper() and len(w) > 1 or _CAPITALS.match(w) or _BODY_STEMS.match(w):
        return True  # a capital stands for its government ("В Киеве утверждают"); the morphology may tag a body
        # ("Нацгвардії", "Держприкордонслужбі") a place
    readings = morph.readings(w, lang)[:2]
    if readings and readings[0].geo:
        return False  # another place ("В Ростове рассказали") names where it was said, not who said it
    lemmas = {r.lemma for r in readings} | {w.lower()}
    return bool(lemmas & (_ORG_LEMMAS | _ORG_WORDS))


def _body_before(text: str, toks, v: int, lang: str) -> str | None:
    """The body named in "в/у <name>" right before an impersonal verb of saying at token *v* ("В субботу в Генштабе
    уточнили": Генштаб; "У Міноборони Білорусі повідомили": Міноборони Білорусі), in the nominative; a capitalised
    name or a body's noun, not a place's common noun ("в городе говорят").

    Only a body speaks: its first word is an acronym or a body's noun ("Генштаб", "Минобороны", "Кремль",
    "Росгвардия"); a town, a region or a platform ("В Мариуполе рассказали", "В Курской области сообщили", "В Telegram
    сообщили") names where it was said, not who said it."""
    if not _IMPERSONAL.match(toks[v].group()):
        return None
    e = v
    while e > 0 and v - e < 2 and toks[e - 1].group().lower() in _BETWEEN:
        e -= 1
    for s in range(max(1, e - 5), e):
        if toks[s - 1].group().lower() not in ("в", "у", "во") or not toks[s].group()[:1].isupper():
            continue
        if not _a_body(toks[s].group(), lang):
            continue
        j, head, _nom = _np(toks, s, lang, limit=e)
        if head and j == e:
            return _nominative(_span(text, toks, s, j), lang)
    return None


def _subject_before(text: str, toks, v: int, lang: str) -> str | None:
    """The subject of the verb of saying at token *v*: the longest source phrase that ends right before it (over
    adverbs: "Минобороны ранее сообщило"), not governed by a preposition ("из России получены" names no source)."""
    e = v
    while e > 0 and v - e < 3 and (toks[e - 1].group().lower() in _BETWEEN or (
            toks[e - 1].group()[:1].islower() and
            any(r.pos in ("ADVB", "PRCL", "CONJ") for r in morph.readings(toks[e - 1].group(), lang)[:2]))):
        e -= 1  # "Москва й далі заперечує", "Минобороны ранее сообщило"
    if e > 1 and toks[e - 2].group().lower() in ("в", "у", "во") and toks[e - 1].group()[:1].islower():
        e -= 2  # "Генштаб у своєму телеграм-каналі повідомив" is too long to skip; "в пятницу" is not
    if ADVERBIALS:
        e = _before_adverbials(toks, e, lang)
    for s in range(max(0, e - 16), e):
        if s > 0 and (toks[s - 1].group().lower() in _PREPS or toks[s - 1].group()[:1].isdigit()):
            continue  # governed by a preposition, or a date's month ("16 лютого білоруські партизани")
        if s > 0 and toks[s - 1].group()[:1].isalpha() and toks[s - 1].group()[:1].isupper() and not any(
                r.pos in _CLOSED for r in morph.readings(toks[s - 1].group(), lang)):
            continue  # inside a longer name (not after "Ранее" opening the sentence)
        if s > 0 and toks[s].group()[:1].islower() and toks[s - 1].group()[:1].islower() and any(
                r.pos == "NOUN" for r in morph.readings(toks[s - 1].group(), lang)[:1]) and any(
                r.case in ("gent", "gen2") for r in morph.readings(toks[s].group(), lang)):
            continue  # a genitive after its noun ("генерал армии ..."): part of the phrase before
        j, head, nom = _np(toks, s, lang, limit=e)
        if head and j == e and nom:
            return _span(text, toks, s, j)
    return None


def find_source(text: str, lang: str = "ru") -> str | None:
    """The source *text* attributes its report to, in the nominative, or None.

    >>> find_source("По данным НСР, военнослужащих перевезли во Владивосток.", "ru")
    'НСР'
    >>> find_source("Об этом в пятницу сообщило Минобороны России, опубликовав видео.", "ru")
    'Минобороны России'
    >>> find_source("За даними наших аеророзвідників, техніку розвантажили.", "uk")
    'наші аеророзвідники'
    >>> find_source("Ещё в декабре Минобороны Беларуси сообщило, что из России получены комплексы.", "ru")
    'Минобороны Беларуси'
    >>> find_source("Пхеньян офіційно підтвердив відправлення своїх військ.", "uk")
    'Пхеньян'
    >>> find_source("Колонны вышли из Белгорода.", "ru") is None
    True
    """
    line = _HEADLINE_LEAD.sub("", text, count=1)
    m = _HEADLINE_SOURCE.match(line)
    # (what follows the colon in lower case too: a line in capitals is a heading, "ЗМЕИНЫЙ: ВСУ ГОТОВЯТ ДЕСАНТ")
    if (m and _organisation(m.group("s").split()[0], lang) and re.search(r"[а-яёіїєґa-z]", line[m.end("s"):])
            and not _topic_line(m.group("s"), lang)):
        said = _predicate(m.group("s"), lang)
        if not said:
            return m.group("s")
        if _VERB_RX.match(said) and (before := _without_adverbs(m.group("s")[:m.group("s").index(said)], lang)):
            return before  # "Минобороны опубликовало видео: ...": who published it
    for m in itertools.chain(_ANCHOR.finditer(text), _ANCHOR_IN.finditer(text)):
        s = _after(text, m.end(), lang)
        if s and (s := _clean(s)):
            s = _nominative(s, lang)
            if s.lower() in _GENERIC:
                return None  # "по данным ведомства": the one named before (refers_back)
            return s
    toks = _tokens(text)
    for v, t in enumerate(toks):
        if not t.group()[:1].isalpha() or not _VERB_RX.match(t.group()):
            continue
        if _OBJECT_VERB.match(t.group()) and not _SAID_OBJECT.search(text, t.end(), t.end() + 40):
            continue  # "викладає в академії": teaches, nothing said
        s = _subject_before(text, toks, v, lang)
        if s is None:
            s = _body_before(text, toks, v, lang)  # "в Генштабе уточнили", "у Міноборони повідомили"
        if s is None:  # "сообщило Минобороны России", "повідомляє Генштаб"
            k = v + 1
            while k < len(toks) and toks[k].group().lower() in _BETWEEN:
                k += 1
            if k < len(toks) and toks[k].group()[:1] != "(" and not (_NAMING_VERB.match(t.group())
                                                                       and toks[k].group()[:1] in "«\"„“"):
                j, head, nom = _np(toks, k, lang)
                if head and nom and j > k and not _addressee(toks[k:j], lang):
                    s = _span(text, toks, k, j)
        if s and (s := _clean(s)) and s.lower() not in _GENERIC:
            return s
    return None


def _addressee(phrase, lang: str) -> bool:
    """Whether a phrase right after a verb of saying is its addressee, in the dative, not its speaker ("рассказали
    нашей редакции", "розповіли редакції", "сообщили журналистам"): its first word reads only as an oblique case with
    the dative among them, or it is an editorial office or a journalist spoken to (whose dative reads also as a
    plural nominative: "редакции")."""
    w = phrase[0].group()
    if not w[:1].islower():
        return False  # a name ("сообщило Минобороны") speaks in any case
    rs = morph.readings(w, lang)
    if not any(r.case == "datv" for r in rs):
        return False
    return not any(r.case == "nomn" for r in rs) or any(r.lemma in _ADDRESSEES for r in rs)


#: Who is told rather than tells after a verb of saying, when its dative reads also as a nominative.
_ADDRESSEES = frozenset("редакция редакція журналист журналіст корреспондент кореспондент репортер репортёр".split())


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


# What may open a live blog's or a bulletin's line before the speaker and the colon: its time stamp, bullets, dashes
# and emoji ("23:00 Пресс-секретарь Кремля Дмитрий Песков: ...", "❗️ Заступниця міністра оборони Ганна Маляр: ...").
_HEADLINE_LEAD = re.compile(r"^(?:[\s\-–—•●▪◦*>\u2190-\u2bff\u2e00-\u2e7f\ufe0f\u200d\U0001f000-\U0001faff]+|"
                            r"\d{1,2}[:.]\d{2}(?=[ \t]))+")


# A live blog's entry titled by its topic ("Зеленский о Курской операции:", "Генштаб ЗСУ про втрати ворога:") or by
# forces and where they are ("ВСУ в Курской области:") names no speaker: a speaker's line ends with the speaker.
_TOPIC = frozenset("о об обо про щодо".split())
_WHERE_PREP = frozenset("в во у на под під біля возле около".split())


def _topic_line(span: str, lang: str) -> bool:
    """Whether a line's opening before its colon is a topic, not a speaker."""
    words = [w.lower() for w in span.split()[1:]]
    if any(w in _TOPIC for w in words):
        return True
    if any(w in _WHERE_PREP for w in words):
        last = span.split()[-1].strip("«»\"()")
        # "Представитель ВСУ на Херсонском направлении Владислав Волошин:": a person named last still speaks
        return not (last[:1].isupper() and any(r.person for r in morph.readings(last, lang)))
    return False


def _without_adverbs(words: str, lang: str) -> str:
    """*words* without the adverbs that end them ("Міністерство оборони Білорусі згодом" before "уточнило")."""
    ws = words.split()
    while ws and ws[-1][:1].islower() and (ws[-1].lower() in _BETWEEN or any(
            r.pos in ("ADVB", "PRCL") for r in morph.readings(ws[-1], lang)[:1])):
        ws.pop()
    return " ".join(ws)


def _predicate(words: str, lang: str) -> str:
    """The first word by which the words before a line's colon say something themselves ("Наш гарнизон на острове
    усилен: ...", "Минобороны опубликовало видео: ..."): a verb, a short participle or adjective; "" when none does
    (they name a speaker)."""
    for w in re.findall(r"[^\W\d_]+", words):
        rs = morph.readings(w, lang)[:1] if w[:1].islower() else []
        if rs and rs[0].pos in ("VERB", "PRTS", "INFN", "ADJS"):
            return w
    return ""


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


@functools.lru_cache(maxsize=1024)  # asked of each stop's sentence, several times per stop
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


#: How far a source carries to the sentences after it that name none, when the article prints its own voice
#: (a byline, a channel's name, an issuer) and when it does not: "article" (the nearest source named before,
#: wherever it is) or "paragraph" (only a sentence that goes on with it). With a voice, an unattributed sentence
#: is the article's own (the corpus's guideline).
CARRY_WITH_VOICE = "paragraph"
CARRY_WITHOUT_VOICE = "article"


def source_carry(text: str, lang: str = "ru") -> str:
    """How far the sources of *text* carry (see :data:`CARRY_WITH_VOICE`)."""
    from . import header

    return CARRY_WITH_VOICE if header.read(text, lang).voice or (LEAD_VOICE and lead_source(text, lang)) \
        else CARRY_WITHOUT_VOICE


def byline(text: str, lang: str = "ru") -> str:
    """The article's own voice: its author and outlet, a channel's name or a statement's issuer, as its top lines
    print them (:mod:`geo.extract.slavic.header`), else an "Автор: ..." line near its top, else the source its lead
    names, else (when no dateline's agency speaks either) the article's own label (:func:`own_label`), or ""."""
    from . import header
    from .roles import dateline_spans

    h = header.read(text, lang)
    # (an issuer is a body the headline names: "Сводка Министерства обороны ..." is the ministry's own bulletin,
    # relayed by TASS or not; "Сообщение о переброске войск ..." names none, and the dateline's agency speaks)
    if h.voice:
        return h.voice
    agency = any(agency for _a, _b, agency in dateline_spans(text[:600]))
    m = _BYLINE.search(text[:1500])
    if m:
        return m.group("s").strip()
    lead = lead_source(text, lang) if LEAD_VOICE else ""
    if agency or not OWN_LABEL:
        return lead  # (the dateline's agency: the pipeline's default after the byline)
    label = own_label(text, lang)
    if lead and (not label_printed(label) or _named(lead) and not _voices(text, lang, lead)):
        return lead  # somebody speaks: a body or a person the lead names, the one voice of the article
    # a lead that names nobody ("за словами партнерів", "місцеві мешканці"), or one voice of several an explainer
    # quotes, yields to the label the article prints: what it asserts unattributed is its own
    return label


def _voices(text: str, lang: str, lead: str) -> bool:
    """Whether the body of *text* (its first 3000 characters) quotes a named voice besides *lead*."""
    from .sentences import split_sentences

    return any(src and src != lead and _named(src) and src.lower() not in _GENERIC
               for s in split_sentences(text[:3000]) if s.paragraph > 0 for src in (find_source(s.text, lang),))


def _named(source: str) -> bool:
    """Whether *source* names a body or a person ("Минобороны России", "речник ВМС"), not a kind of people
    ("партнери", "місцеві мешканці")."""
    return bool(re.search(r"[A-ZА-ЯЁІЇЄҐ]", source))


def label_printed(label: str) -> bool:
    """Whether *label* (:func:`own_label`) is a label the article prints, not the outlet alone ("редакция")."""
    return label not in (m.strip(" ()") for m in OUTLET_MARK.values())


#: Whether an article that prints no voice, no agency and no source in its lead speaks with its own label
#: (:func:`own_label`): the corpus's guideline "source is never empty on a stop" (the label is the source only of
#: what nobody else asserts).
OWN_LABEL = True
#: What marks the article's own label as the outlet ("Пояснюємо (редакція)"), by language.
OUTLET_MARK = {"ru": " (редакция)", "uk": " (редакція)"}


def is_own_label(source: str) -> bool:
    """Whether *source* is the article's own label (:func:`own_label`), not a voice printed in it.

    >>> is_own_label("Пояснюємо (редакція)"), is_own_label("редакция"), is_own_label("Генштаб ЗСУ")
    (True, True, False)
    """
    low = source.lower()
    return any(low.endswith(m) or low == m.strip(" ()") for m in OUTLET_MARK.values())


@functools.lru_cache(maxsize=1)
def _label_patterns():
    from .header import HEADLINE_LABELS, KNOWN_LABELS, LABELS

    # a label on a line of its own, perhaps before a date ("РАССЛЕДОВАНИЕ", "Пояснюємо • 20 серпня 2024"); a
    # headline opened by an unambiguous label and a colon ("Пояснюємо: що відомо ..."), or by what is known
    # ("Что известно о ..."); a headline closed by one after a full stop ("... в Киргизии. Коротко")
    # (a label before a colon alone on its line heads a list: "Головне:", no label)
    alone = re.compile(rf"^\W*(?P<l>{LABELS})[^\w:]*(?:$|[•|·].*$)", re.I)
    head = re.compile(rf"^\W*(?:(?P<l>{HEADLINE_LABELS})\s*:\s|(?P<k>{KNOWN_LABELS})(?:\s*:\s|\s+(?:о|об|про)\s))",
                      re.I)
    end = re.compile(rf"[.:]\s*(?P<l>{LABELS})\W*$", re.I)
    return alone, head, end


def _headline_block(text: str) -> list[str]:
    """The article's first lines before its body (at most three; a body's line is long or opens with a bullet)."""
    out = []
    for ln in text[:600].splitlines():
        ln = ln.strip()
        if not ln:
            continue
        if len(out) >= 3 or re.match(r"[•·—–-]", ln) or len(ln.split()) > 14:
            break
        out.append(ln)
    return out


def own_label(text: str, lang: str = "ru") -> str:
    """The article's own label, marked as the outlet: what the corpus's guideline takes as the source of what an
    article asserts unattributed when it prints no byline, outlet or agency ("Пояснюємо (редакція)"); the outlet
    alone ("редакция") when it prints no label. A label is a kind of piece standing alone on a line of the
    headline's block, or opening the headline unambiguously, never a word of a line that names a speaker.

    >>> own_label("РАССЛЕДОВАНИЕ\\n\\nИз Конакри в Бамако\\n\\nТекст.")
    'РАССЛЕДОВАНИЕ (редакция)'
    >>> own_label("Пояснюємо: що відомо\\n\\nТекст.", "uk")
    'Пояснюємо (редакція)'
    >>> own_label("Что известно об учениях. Коротко\\n\\nТекст."), own_label("Войска ушли\\n\\nТекст.")
    ('Что известно (редакция)', 'редакция')
    """
    mark = OUTLET_MARK.get(lang, OUTLET_MARK["ru"])
    alone, head, end = _label_patterns()
    lines = [ln for ln in _headline_block(text) if not find_source(ln, lang)]
    m = next((m for ln in lines if (m := alone.match(ln) or head.match(ln))), None) or (
        end.search(lines[0]) if lines else None)
    if m:
        return re.sub(r"\s+", " ", m.group("l") or m.group("k")) + mark
    return mark.strip(" ()")


#: Whether an article that prints no voice of its own speaks with the source its lead names (a wire relaying a
#: ministry's statement: "МОСКВА, 9 февраля. /ТАСС/. ... — говорится в сообщении пресс-службы флота").
LEAD_VOICE = True
#: How many sentences of the body make its lead.
LEAD_SENTENCES = 3


def lead_source(text: str, lang: str = "ru") -> str:
    """The first source named in the first sentences of the body (after the headline), or ""."""
    from .sentences import split_sentences

    sents = split_sentences(text[:3000])
    body = [s for s in sents if s.paragraph > 0 and len(s.text) > 40] or sents
    for s in body[:LEAD_SENTENCES]:
        src = find_source(s.text, lang)
        if src and src.lower() not in _GENERIC:
            return src
    return ""


#: Whether the two sides' leaders, commanders and spokespeople named by their surnames speak for their side
#: ("Путин заявил", "за словами Плетенчука", "Кадыров сообщил"), as their ministries and general staffs do.
SIDE_NAMES = True
# (surnames that name one person of the war in its reporting, in the nominative, Russian and Ukrainian spelling)
_RU_SURNAMES = ("Путин", "Путін", "Лавров", "Захарова", "Медведев", "Кадыров", "Кадиров", "Пригожин", "Гладков",
                "Развожаев", "Розважаєв", "Аксенов", "Аксёнов", "Аксьонов", "Алаудинов", "Алаудінов", "Богомаз",
                "Хинштейн", "Хінштейн", "Суровикин", "Суровікін", "Лапин", "Лапін", "Марочко", "Пушилин", "Пушилін",
                "Сальдо")
_UA_SURNAMES = ("Залужный", "Залужний", "Умеров", "Умєров", "Резников", "Рєзніков", "Кулеба", "Сибига", "Сибіга",
                "Подоляк", "Ермак", "Єрмак", "Маляр", "Игнат", "Ігнат", "Плетенчук", "Демченко", "Череватый",
                "Череватий", "Трегубов", "Наев", "Наєв", "Юсов", "Шмыгаль", "Шмигаль", "Лисак", "Прокудин", "Прокудін")
# The endings a surname of each shape takes in either language, after the letters its nominative drops (a woman's
# "-ова" as "-ов"'s feminine; a name on a consonant or on "-о" declined as a man's, or not at all, as a woman's): the
# name is a whole word, never the start of a longer one ("малярия", "Игнатьев", "Ермаков").
_SURNAME_ENDINGS = (
    (r"(?:ов|ев|ёв|єв|ин|ін|ын)", "", r"(?:|а|у|ым|им|ом|ім|е|і|ові|ой|ою|ої|ій|ы|и|ых|их|ыми|ими)"),
    (r"ова", "а", r"(?:а|ой|ою|у|ої|ій|ы|і)"),
    (r"(?:ый|ий|ой)", "ый", r"(?:ый|ий|ого|ому|ым|им|ом|ім|ая|а|ой|ої|ую|у)"),
    (r"а", "а", r"(?:а|ы|и|і|е|у|ой|ою|ої)"),
    (r"о", "о", r"(?:о|а|у|ом|ові|і)"),
    (r"ь", "ь", r"(?:ь|я|ю|ем|еві|і|е)"),
    (r"", "", r"(?:|а|у|ом|ем|е|ові|еві|і|ы|и)"),
)
# what a surname of the first shape gives its men and its adjective ("кадыровцы", "путинский режим"): its side's
_SURNAME_DERIVED = r"(?:ц[ыиі]\w*|цев|ців|ск\w*|ськ\w*)"


def _surname_pattern(name: str, derived: bool = False) -> str:
    """A regular expression for the forms of the surname *name* (nominative): its stem, then an ending its shape
    takes (:data:`_SURNAME_ENDINGS`); with *derived*, the words made of it instead (:data:`_SURNAME_DERIVED`), "" for
    a name of no such shape.

    >>> bool(re.fullmatch(_surname_pattern("Маляр"), "Маляра", re.I)), bool(re.fullmatch(_surname_pattern("Маляр"),
    ...     "Малярия", re.I)), bool(re.fullmatch(_surname_pattern("Путин"), "Путиным", re.I))
    (True, False, True)
    """
    low = name.lower()
    for shape, drop, endings in _SURNAME_ENDINGS:
        if re.search(shape + "$", low):
            stem = low[:len(low) - len(drop)]
            if derived:
                return re.escape(stem) + _SURNAME_DERIVED if shape == _SURNAME_ENDINGS[0][0] else ""
            return re.escape(stem) + endings
    raise AssertionError(name)


def _surnames(names: tuple[str, ...], more: str = "", derived: bool = False) -> re.Pattern | None:
    """The surnames *names* (and the pattern *more*) as whole words in any case (with *derived*, the words made of
    them), or None when :data:`SIDE_NAMES` is off."""
    alts = [p for n in names if (p := _surname_pattern(n, derived))] + [more] * bool(more)
    if not SIDE_NAMES or not alts:
        return None
    return re.compile(r"(?<![\w'’ʼ-])(?:" + "|".join(alts) + r")(?![\w'’ʼ-])", re.I)


@functools.lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """Whether a dictionary knows *word* (lower-cased) as a common noun, not only as a person's name ("маляр" a
    painter, "сальдо" a balance): a surname that is one is a person's only where it is written with its capital."""
    return any(r.pos == "NOUN" and not r.person and morph.known(word, lang)
               for lang in ("ru", "uk") for r in morph.readings(word, lang))


class _Voices:
    """A side's words for its voices and forces (one pattern), and the surnames of its people (and the words made of
    them): a surname counts where it is written with its capital, or where no dictionary reads the word as a common
    noun ("путін" as some Ukrainian outlets print it, never "маляр" nor "сальдо")."""

    def __init__(self, words: re.Pattern, names: re.Pattern | None, derived: re.Pattern | None = None):
        self.words, self.names, self.derived = words, names, derived

    def finditer(self, s: str):
        names = () if self.names is None else (
            m for m in self.names.finditer(s) if m.group()[:1].isupper() or not _common_word(m.group().lower()))
        derived = () if self.derived is None else self.derived.finditer(s)
        return iter(sorted(itertools.chain(self.words.finditer(s), names, derived), key=lambda m: m.start()))

    def search(self, s: str):
        return next(self.finditer(s), None)


# The sides of a war, by the words that name their official voices and their forces. A side's statement about its own
# movements is confirmed, about its adversary's claimed (the corpus's annotation guidelines).
_SIDE_WORDS = {
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
#: Each side's voices: its words (:data:`_SIDE_WORDS`) and its people's surnames.
_SIDES = {"RU": _Voices(_SIDE_WORDS["RU"], _surnames(_RU_SURNAMES), _surnames(_RU_SURNAMES, derived=True)),
          "UA": _Voices(_SIDE_WORDS["UA"], _surnames(_UA_SURNAMES, r"кім\s+віталі\w*"),
                        _surnames(_UA_SURNAMES, derived=True))}
_VERIFIED = re.compile(r"(?<![\w])(?:геолоцир\w*|геолокаци\w*|геолокова\w*|геолокува\w*|спутников\w+\s+сним\w*|"
                       r"супутников\w+\s+знім\w*|снимк\w+\s+спутник\w*|знімк\w+\s+супутник\w*|"
                       r"верифицир\w*|верифікова\w*)", re.I)


#: The parties a source may speak for, or whose forces a sentence names, besides Russia's and Ukraine's own
#: (attribution's sides): Russia's allies and third countries.
_PARTIES = {
    "BY": re.compile(r"(?<![\w])(?:белорус\w*|білорус\w*|беларус\w*|лукашенк\w*|хренин\w*|хреніна?|минск\w*|мінськ\w*)",
                     re.I),
    "KP": re.compile(r"(?<![\w])(?:кндр|северокорейск\w*|північнокорейськ\w*|пхеньян\w*|цтак|ким\s+чен|кім\s+чен|"
                     r"корейск\w+\s+народн\w*|корейськ\w+\s+народн\w*|трудов\w+\s+парти\w*)", re.I),
    "KR": re.compile(r"(?<![\w])(?:южнокорейск\w*|південнокорейськ\w*|южн\w+\s+коре\w*|південн\w+\s+коре\w*|"
                     r"республик\w+\s+корея|нср|nis|сеул\w*)", re.I),
    "WEST": re.compile(r"(?<![\w])(?:американск\w*|американськ\w*|сша|пентагон\w*|цру|британск\w*|британськ\w*|"
                       r"великобритан\w*|нато|isw|rusi|csis|институт\w*\s+изучения|інститут\w*\s+вивчення|"
                       r"герман\w*|німеч\w*|німецьк\w*|немецк\w*|франц\w*|польск\w*|польськ\w*|литов\w*)", re.I),
}


@functools.lru_cache(maxsize=1024)  # asked of each stop's sentence and source, several times per stop
def _side(s: str) -> str:
    """The side whose voice (or forces) *s* names: "RU", "UA", or ""."""
    found = [k for k, rx in _SIDES.items() if rx.search(s)]
    return found[0] if len(found) == 1 else ""


_ADVERSARY = re.compile(r"(?<![\w])(?:противник\w*|враг\w*|вражеск\w*|ворог\w*|ворож\w*|окупант\w*|оккупант\w*|"
                        r"неприятел\w*|супротивник\w*)", re.I)


def parties(s: str) -> set[str]:
    """The parties of :data:`geo.extract.sides.CAMPS` (and others) whose voices or forces *s* names: Russia's and
    Ukraine's by :data:`_SIDES`, their allies' and third countries' by :data:`_PARTIES`.

    >>> sorted(parties("Российские войска и северокорейские военные"))
    ['KP', 'RU']
    """
    return set(_parties(s))


# a stop's sentence is read for parties several times per stop, and a long line holds many stops: read it once
@functools.lru_cache(maxsize=1024)
def _parties(s: str) -> frozenset[str]:
    found = {k for k, rx in _SIDES.items() if rx.search(s)}
    return frozenset(found | {k for k, rx in _PARTIES.items() if rx.search(s)})


# The names of the two sides' states, which name a source's side wherever they stand in it ("украинская разведка",
# "Генеральний штаб Збройних Сил України", "Министерство обороны РФ") but, in a sentence, often only a place.
_STATE_VOICES = {
    "RU": re.compile(r"(?<![\w])(?:росси\w*|росії|россі\w*|російськ\w*|российск\w*|рф|москв\w*)(?![\w])", re.I),
    "UA": re.compile(r"(?<![\w])(?:украин\w*|україн\w*|киев(?!щин)\w*|київ(?!щин)\w*)(?![\w])", re.I),
}


def voice_party(source: str) -> str:
    """The one party *source* speaks for, or "" (none, or several).

    >>> voice_party("украинская разведка"), voice_party("Министерство обороны РФ"), voice_party("Беларускі Гаюн")
    ('UA', 'RU', '')
    """
    if _NOT_A_VOICE.search(source):
        return ""
    found = parties(source) | {k for k, rx in _STATE_VOICES.items() if rx.search(source)}
    return found.pop() if len(found) == 1 else ""


# Who speaks of a side without speaking for it: its media, monitors, analysts, partisans ("Беларускі Гаюн",
# "білоруські моніторингові канали", "Белорусский радар"): they report (the guideline).
_NOT_A_VOICE = re.compile(r"(?<![\w])(?:сми|змі|издани\w*|видан\w*|газет\w*|агентств\w*|мониторинг\w*|"
                          r"моніторинг\w*|канал\w*|радар\w*|гаюн|партизан\w*|независим\w*|незалежн\w*|"
                          r"проект\w*|проєкт\w*|аналитик\w*|аналітик\w*|эксперт\w*|експерт\w*|"
                          r"исследовател\w*|дослідник\w*|журналист\w*|журналіст\w*|блогер\w*|"
                          r"оппозици\w*|опозиці\w*)(?![\w])", re.I)


def side(source: str, text: str) -> str:
    """How the speaker *source* of the sentence *text* stands to the forces it names
    (:func:`geo.extract.sides.relation`): "adversary" when it calls them the enemy ("противник", "ворог").

    >>> side("Генштаб ЗСУ", "Ворог перекинув до Куп'янська два батальйони."), side("НСР", "Войска прибыли.")
    ('adversary', '')
    """
    voice = voice_party(source)
    if not voice:
        return ""
    rest = without_source(text, source)
    enemy = _ADVERSARY.search(rest)
    if enemy:
        own = [m.start() for k, rx in (_SIDES | _PARTIES).items()
               if sides.allies(voice, k) for m in rx.finditer(rest)]
        # the forces that move decide, not every force word: the subject, named first ("Российские войска отбросили
        # противника и вошли в Волчанск" is the speaker's own side)
        return sides.ADVERSARY if not own or enemy.start() < min(own) else sides.SAME
    return sides.relation(voice, parties(rest))


def without_source(text: str, source: str) -> str:
    """*text* without the words of *source* in whatever case they are inflected ("за даними Генштабу ЗСУ" for
    "Генштаб ЗСУ"): what is left names the forces, not the voice.

    >>> without_source("За даними Генштабу ЗСУ, колона рухалася.", "Генштаб ЗСУ")
    'За даними    , колона рухалася.'
    """
    # the same sentence and source come back for every stop of the sentence, several times each (side, the forces
    # it names): on a long line the per-word stem match below would be redone hundreds of times
    return _without_source(text, source, ACRONYM_IS_VOICE)


@functools.lru_cache(maxsize=1024)
def _without_source(text: str, source: str, acronym_is_voice: bool) -> str:
    """:func:`without_source`, once per *text*, *source* and setting of :data:`ACRONYM_IS_VOICE`."""
    stems = {w.lower()[:5] for w in re.findall(r"[^\W\d_]+", source) if len(w) >= 3}
    if not stems:
        return text
    # only the source's own span: the run of its words joined by spaces or quotes alone that names most of them
    # (the first such), not every word sharing a stem ("По данным Минобороны России, российские войска" keeps
    # "российские"); none when no run names more than half of them (a source carried from an earlier sentence:
    # "Российские войска ..." of "Минобороны России" are forces). That guard costs status on the development
    # theatres (0.63 without it, 0.62 with it), but without it the own forces of a carried source were read as none.
    # a word of the text is the source's when it starts with one of its stems: a stem of a short word is the whole
    # word, which its other cases lengthen ("штаб" -> "штабу", "Генштабу")
    def stem(word: str) -> str | None:
        low = word.lower()
        # or a case that is shorter, or ends otherwise after the stem's first three letters and before its last
        # ("Сил оборони" of "Сили оборони", "наших військових" of "наші військові")
        return next((st for st in stems if low.startswith(st) or (
            len(low) >= 3 and len(_common(low, st)) >= max(3, min(len(low), len(st)) - 1))), None)

    runs, run = [], []
    for m in re.finditer(r"[^\W\d_]+", text):
        if stem(m.group(0)):
            if run and text[run[-1].end():m.start()].strip(" \t«»\"'“”„") != "":
                runs.append(run)
                run = []
            run.append(m)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    covered = [len({stem(m.group(0)) for m in r}) for r in runs]
    if runs and 2 * max(covered) > len(stems):
        best = runs[covered.index(max(covered))]
        a, b = best[0].start(), best[-1].end()
        text = text[:a] + re.sub(r"[^\W\d_]+", " ", text[a:b]) + text[b:]
    # (else the source is not named here: its side's words here are forces, "Российские войска")
    acr = _acronyms(source) if acronym_is_voice else set()
    if acr:
        # the source's own short name ("Головне управління розвідки (ГУР)", "ГУР МО України") names the voice
        # wherever it stands alone ("за даними ГУР"), though it covers too few of the full name's words to count as
        # its run: the speaker's acronym is no forces
        text = re.sub(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(acr, key=len, reverse=True))) +
                      r")(?![\w-])", lambda m: m.group(0) if _UNIT_BEFORE.search(text[:m.start()])
                      else " " * len(m.group(0)), text)
    return text


#: A noun of fighters or units right before an acronym: the acronym names whose they are ("бійці ГУР", "підрозділи
#: ДПСУ", "подразделения НГУ"), the forces the body commands, not the voice.
_UNIT_BEFORE = re.compile(
    r"(?<![\w-])(?:бійц\w*|боєць|бойц\w*|боец|підрозділ\w*|подразделени\w*|спецпризначен\w*|спецназ\w*|"
    r"прикордонник\w*|пограничник\w*|військ\w*|войск\w*|військов\w*|военн\w*|воїн\w*|воин\w*|"
    r"розвідник\w*|разведчик\w*|десантник\w*|штурмовик\w*|гвардійц\w*|гвардейц\w*|частин\w*|част(?:и|ей|ям|ями)|"
    r"груп\w*|групп\w*|загон\w*|отряд\w*|екіпаж\w*|экипаж\w*|оператор\w*|сил(?:и|ы|ам|ами|ах)?)[ \t]+$", re.I)
#: Whether the source's own acronym names the voice (not forces) wherever it stands in the sentence.
ACRONYM_IS_VOICE = True
# the party words that name a side's forces as well as a voice: an acronym of these in a source ("Генштаб ЗСУ") is
# the forces' name, not the voice's own
_FORCE_ACRONYMS = frozenset("ЗСУ ВСУ ВС РФ МО ВКС ВМФ ВМС ВДВ ССО ЧФ".split())


def _acronyms(source: str) -> set[str]:
    """The short names *source* gives itself: an acronym in brackets ("Головне управління розвідки (ГУР)",
    "Институт изучения войны (ISW)") or an acronym heading it ("ГУР МО України"), not the acronym of the forces it
    commands ("Генштаб ЗСУ").

    >>> sorted(_acronyms("Головне управління розвідки (ГУР)")), sorted(_acronyms("ГУР МО України"))
    (['ГУР'], ['ГУР'])
    >>> _acronyms("Генштаб ЗСУ"), _acronyms("ЗСУ")
    (set(), set())
    """
    out = set(re.findall(r"\(([A-ZА-ЯЁІЇЄҐ]{2,6})\)", source))
    head = source.split()[0].strip("«»\"(),.") if source.split() else ""
    if re.fullmatch(r"[A-ZА-ЯЁІЇЄҐ]{2,6}", head):
        out.add(head)
    return out - _FORCE_ACRONYMS


def _common(a: str, b: str) -> str:
    """The longest prefix of *a* and *b*."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def settle_status(status: str, source: str, text: str) -> str:
    """The status of a sentence once its source is known (the corpus's guidelines): a statement of the moving side
    about its own forces, or of an outlet about what it verified itself, is ``confirmed``; of one side about its
    adversary's ("противник", "ворог", or the other side named), ``claimed`` (:mod:`geo.extract.sides`); a side's
    statement (Russia's or Ukraine's) that names no forces is taken as about its own; words of denial, claim or confirmation in the
    sentence decide first.

    >>> settle_status("reported", "Генштаб ЗСУ", "Ворог перекинув до Куп'янська два батальйони.")
    'claimed'
    >>> settle_status("reported", "Минобороны России", "Колонны выдвигаются в Курскую область.")
    'confirmed'
    >>> settle_status("reported", "НСР", "Военнослужащих перевезли во Владивосток.")
    'reported'
    >>> settle_status("reported", "Генштаб ЗСУ", "Северокорейские военные прибыли в Курскую область.")
    'claimed'
    """
    if status != "reported":
        return status
    if _VERIFIED.search(text) or _VERIFIED.search(source):
        return "confirmed"
    rel = side(source, text)
    if rel:
        return sides.side_status(status, rel, on_record=True)
    if _ANONYMOUS.search(source):
        return "claimed"
    # a statement of Russia's or Ukraine's own voices that names no one's forces is about their own
    return "confirmed" if _side(source) else status


# The guideline's "the only source is an anonymous channel" (the corpus's convention 'Channels'): "наши источники",
# "наші агенти", "блогеры", "паблики". A channel that names itself and relays its subscribers reports.
# A source "in the ministry" unnamed is an anonymous official, who reports: only a channel's own ("наши источники")
# are its channel's word.
# An outlet's interlocutor ("наш собеседник", "наші співрозмовники") is a witness it names by role, who reports.
_ANONYMOUS = re.compile(r"(?<![\w])(?:наш\w*\s+(?:источник\w*|джерел\w*|джерело|агент(?:ы|и|ов|ів)?|"
                        r"разведчик\w*|розвідник\w*|аеророзвідник\w*)|"
                        r"блогер\w*|паблик\w*|паблік\w*)(?![\w])", re.I)
