"""Dates in Russian and Ukrainian articles: when a reported thing happened, as places.csv writes it.

"12 декабря", "12 грудня 2024 року" (a day), "с 8 по 13 октября", "8–13 жовтня" (a range), "в ночь
на 5 декабря" (the night: 4-5 December), "19.04" (with the article's year), "в октябре", "в конце
октября", "наприкінці жовтня", "протягом листопада", "весь март" (a month, ``YYYY-MM``), "с конца августа", "ще з
грудня", "з жовтня 2022 року" (open-ended: to the article's day), "осенью 2023-го", "упродовж осені" (a season),
"за последние трое суток" (the days before the article), "вчера", "накануне", "сегодня", "в пятницу",
"на прошлой неделе", "минулого тижня" (the calendar week before), "в минувшие выходные" (from the
article's date), "наступного дня", "на следующий день" (the day after the date named before), "в тот же день",
"тоді ж" (the date named before). The
first date of a sentence counts, unless it dates a saying ("сообщило в пятницу"); a date without its
year takes the one that puts it nearest before the article (a month ahead allowed, for announced
plans), or, in an account of an earlier year, the one nearest the last day named with its year; with no
article date it stays empty.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from ..dates import clause_start, listed, nearest_in_clause

#: The months in the genitive ("12 февраля", "12 лютого") and their numbers: the form a day of the month takes.
MONTHS_GEN = {m: i for i, ms in enumerate((
    ("января", "січня"), ("февраля", "лютого"), ("марта", "березня"), ("апреля", "квітня"), ("мая", "травня"),
    ("июня", "червня"), ("июля", "липня"), ("августа", "серпня"), ("сентября", "вересня"), ("октября", "жовтня"),
    ("ноября", "листопада"), ("декабря", "грудня")), 1) for m in ms}
_MONTHS_LOC = {m: i for i, ms in enumerate((
    ("январе", "січні"), ("феврале", "лютому"), ("марте", "березні"), ("апреле", "квітні"), ("мае", "травні"),
    ("июне", "червні"), ("июле", "липні"), ("августе", "серпні"), ("сентябре", "вересні"), ("октябре", "жовтні"),
    ("ноябре", "листопаді"), ("декабре", "грудні")), 1) for m in ms}
_GEN = "(?:" + "|".join(MONTHS_GEN) + ")"
_LOC = "(?:" + "|".join(_MONTHS_LOC) + ")"
_YEAR = (r"(?:[ \t]+(?P<y>(?:19|20)\d\d)(?:-?го\b|-?м\b|[ \t]*(?:г\.|года|году|р\.|року|рік))?|"
         r"[ \t]+(?P<py>прошлого[ \t]+года|минулого[ \t]+року))?")
_TO = r"[ \t]*(?:-|–|—|по|до)[ \t]*"
_WEEKDAYS = {w: i for i, ws in enumerate((("понедельник", "понеділок"), ("вторник", "вівторок"), ("среду", "середу"),
                                          ("четверг", "четвер"), ("пятницу", "п'ятницю", "пʼятницю", "п’ятницю"),
                                          ("субботу", "суботу"), ("воскресенье", "неділю"))) for w in ws}
_WD_ACC = (r"(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|"
           r"п['’ʼ]ятницю|суботу|неділю)")
# a part of a month in the locative after "в"/"у"/"на" ("в конце марта", "на початку квітня"), and with the adverbs
# that hold their preposition ("наприкінці березня"): one list for the "parts" and "month" patterns
_PART_LOC = r"конце|начале|середине|кінці|початку|середині"
_PART_IN = _PART_LOC + r"|наприкінці|напочатку"
# a year after the first month of a span ("в конце декабря 2021 — начале января 2022 года")
_YEAR1 = r"(?:[ \t]+(?P<y1>(?:19|20)\d\d)(?:[ \t]*(?:г\.|года|году|р\.|року))?)?"
_PATTERNS = [
    # "в ночь на вторник", "у ніч на суботу": the night before that day
    ("night-wd", re.compile(rf"(?<![\w])(?:в|у)[ \t]+(?:ночь|ніч)[ \t]+(?:с[ \t]+\w+[ \t]+)?на[ \t]+{_WD_ACC}(?![\w])", re.I)),
    # "в 2001–2003 годах", "у 1990–1992 роках": the years' span
    ("years", re.compile(r"(?<![\w])(?:в|у|с|з)[ \t]+(?P<y1>(?:19|20)\d\d)[ \t]*(?:-|–|—|по|до)[ \t]*(?P<y2>(?:19|20)\d\d)"
                         r"(?:-?(?:х|м))?[ \t]+(?:годах|годы|гг\.?|роках|роки|рр\.?)", re.I)),
    # "неделю назад", "два дня назад", "тиждень тому": back from the article's day
    ("ago", re.compile(r"(?<![\w])(?:(?P<n>\d{1,2}|два|две|три|четыре|пять|дві|чотири|п['’ʼ]ять)[ \t]+)?"
                       r"(?P<u>недел[юи]|дн(?:я|ей)|тижн(?:і|ів)|тиждень|дн(?:і|ів))[ \t]+(?:назад|тому)(?![\w])", re.I)),
    # "в январе — феврале 2025 года", "у січні-лютому", "у вересні та жовтні": from the first month's first day to the
    # second's last
    ("loc-m-m", re.compile(rf"(?<![\w])(?:в|у)[ \t]+(?P<m1>{_LOC})(?:[ \t]*(?:-|–|—)[ \t]*|[ \t]+(?:и|і|й|та)[ \t]+"
                           rf"(?:(?:в|у)[ \t]+)?)(?P<m2>{_LOC}){_YEAR}(?![\w])", re.I)),
    # "с 30 сентября", "после 16 августа", "з 10 жовтня": from that day to the article's ("від 8 вересня" dates an image)
    ("since-d", re.compile(rf"(?<![\w])(?:с|со|з|із|зі|после|після|начиная[ \t]+с|починаючи[ \t]+з)[ \t]+"
                           rf"(?P<d>\d{{1,2}})[ \t]+(?P<m>{_GEN}){_YEAR}(?![ \t]*(?:-|–|—|по|до)[ \t]*\d)", re.I)),
    # "в ночь на 5 декабря", "у ніч проти 26 листопада", "в ночь с 4 на 5 декабря", "у ніч на 26.11(.24)": the night
    # before that day
    ("night", re.compile(rf"(?<![\w])(?:в|у)[ \t]+(?:ночь|ніч)[ \t]+(?:(?:с|з)[ \t]+\d{{1,2}}[ \t]+)?(?:на|проти)[ \t]+"
                         rf"(?:(?P<d>\d{{1,2}})[ \t]+(?P<m>{_GEN}){_YEAR}|"
                         r"(?P<nd>[0-3]?\d)\.(?P<nm>[01]\d)(?:\.(?P<ny>(?:19|20)?\d\d))?(?![\d]|[.,]\d))", re.I)),
    ("dm-dm", re.compile(rf"(?<![\w\d:])(?:(?:с|з|від)[ \t]+)?(?P<d1>\d{{1,2}})[ \t]+(?P<m1>{_GEN}){_TO}"
                         rf"(?P<d2>\d{{1,2}})[ \t]+(?P<m2>{_GEN}){_YEAR}", re.I)),
    ("d-dm", re.compile(rf"(?<![\w\d:])(?:(?:с|з|від)[ \t]+)?(?P<d1>\d{{1,2}}){_TO}(?P<d2>\d{{1,2}})[ \t]+"
                        rf"(?P<m>{_GEN}){_YEAR}", re.I)),
    ("dm", re.compile(rf"(?<![\w\d.:])(?P<d>\d{{1,2}})[ \t]+(?P<m>{_GEN}){_YEAR}", re.I)),
    ("num", re.compile(r"(?<![\d.,:])(?P<d>[0-3]?\d)\.(?P<mm>[01]\d)(?:\.(?P<y>(?:19|20)\d\d))?(?![\d]|[.,]\d)")),
    # "в конце марта — начале апреля", "наприкінці березня та на початку квітня": a span from a part of one month to
    # a part of the next (the corpus's "A point in a month": such a span stays a range)
    ("parts", re.compile(rf"(?<![\w])(?:(?:в|у|на)[ \t]+)?(?P<p1>{_PART_IN})[ \t]+(?P<m1>{_GEN}){_YEAR1}[ \t]*"
                         rf"(?:-|–|—|и|і|й|та)[ \t]*(?:(?:в|у|на)[ \t]+)?(?P<p2>{_PART_IN})[ \t]+(?P<m2>{_GEN}){_YEAR}",
                         re.I)),
    ("month", re.compile(rf"(?<![\w])(?:(?:в|у)[ \t]+(?P<ml>{_LOC})|(?:в|у|на)[ \t]+(?:{_PART_LOC}|"
                         rf"последних[ \t]+числах|первых[ \t]+числах|останніх[ \t]+числах|"
                         rf"перших[ \t]+числах|первой[ \t]+половине|второй[ \t]+половине|першій[ \t]+половині|"
                         rf"другій[ \t]+половині|начало|початок)[ \t]+(?P<mg>{_GEN})|(?:в|у|на|за)[ \t]+(?:первые|"
                         rf"последние|перші|останні)[ \t]+(?:дни|дні)[ \t]+(?P<mg3>{_GEN})|(?:наприкінці|напочатку|в[ \t]+середині|"
                         rf"у[ \t]+середині|с[ \t]+начала|з[ \t]+початку|до[ \t]+конца|до[ \t]+кінця)[ \t]+"
                         rf"(?P<mg2>{_GEN})){_YEAR}", re.I)),
    ("rel", re.compile(r"(?<![\w])(?P<rel>позавчера|позавчора|вчера|вчора|накануне|напередодні|сегодня|сьогодні|"
                       r"за\s+(?:прошедшие|минувшие|последние)\s+сутки|за\s+(?:минулу|останню)\s+добу|"
                       r"минулої\s+доби|протягом\s+(?:минулої\s+)?доби|"
                       r"этой[ \t]+ночью|цієї[ \t]+ночі|минувшей[ \t]+ночью|минулої[ \t]+ночі|прошлой[ \t]+ночью)"
                       r"(?![\w])", re.I)),
    ("week", re.compile(r"(?<![\w])(?P<week>(?:на|в)[ \t]+(?:прошлой|минувшей|этой|текущей)[ \t]+неделе|"
                        r"(?:за|на)[ \t]+(?:прошлую|минувшую)[ \t]+неделю|(?:минулого|цього|поточного)[ \t]+тижня|"
                        r"(?:на|у)[ \t]+(?:минулому|цьому)[ \t]+тижні|за[ \t]+минулий[ \t]+тиждень|"
                        r"(?:в|у|на)[ \t]+(?:прошлые|минувшие|"
                        r"минулі)[ \t]+(?:выходные|вихідні)|минулих[ \t]+вихідних)(?![\w])", re.I)),
    ("next", re.compile(r"(?<![\w])(?:на[ \t]+следующий[ \t]+день|наступного[ \t]+дня|на[ \t]+наступний[ \t]+день|"
                        r"следующим[ \t]+утром|наступного[ \t]+ранку)(?![\w])", re.I)),
    # "в тот же день", "в ту же ночь", "того ж дня", "той же ночью", "тогда же", "тоді ж": the date named before (not
    # "в то же время", which as often means "on the other hand")
    ("same", re.compile(r"(?<![\w])(?:(?:в|у)[ \t]+(?:тот|ту|то|этот|эту|это|той|цей|цю|це|те)[ \t]+"
                        r"(?:же|ж|самый|самую|самое|самий|саму|саме)[ \t]+"
                        r"(?:день|ночь|вечер|утро|ніч|вечір|ранок|число)|"
                        r"(?:того|этого|той|этой|цього|цієї|тієї|тої)[ \t]+(?:же|ж|самого|самой|самої)[ \t]+"
                        r"(?:дня|вечера|вечора|утра|ранку|ночи|ночі|числа)|"
                        r"(?:той|этой|тією|цією)[ \t]+(?:же|ж)[ \t]+(?:ночью|ніччю|вечером|вечором|утром|ранком)|"
                        r"тогда[ \t]+же|тоді[ \t]+ж)(?![\w])", re.I)),
    ("wd", re.compile(r"(?<![\w])(?:в|во|у)[ \t]+(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|"
                      r"воскресенье|понеділок|вівторок|середу|четвер|п['’ʼ]ятницю|суботу|неділю)(?![\w])", re.I)),
]

def _lexeme_forms(lemmas: Sequence[str], lang: str, cases: tuple[str, ...]) -> set[str]:
    """Every singular form of each lemma in *cases*, from pymorphy3's dictionary (empty when it is missing)."""
    from . import morph

    a = morph.analyzer(lang)
    out: set[str] = set()
    if a is None:
        return out
    for lemma in lemmas:
        for p in a.parse(lemma):
            if p.normal_form != lemma or "NOUN" not in p.tag:
                continue
            out.update(f.word for f in p.lexeme if f.tag.case in cases and f.tag.number != "plur")
    return out


_MONTHS_NOM_RU = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                  "ноябрь", "декабрь")
_MONTHS_NOM_UK = ("січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень",
                  "жовтень", "листопад", "грудень")
#: a month's name in the genitive ("з жовтня") or the accusative ("весь март", "за листопад"), every spelling the
#: dictionaries give (the hand lists above when they are missing): the month's number
_MONTH_GEN_ALL = dict(MONTHS_GEN)
_MONTH_ACC_ALL: dict[str, int] = {}
for _i, (_ru, _uk) in enumerate(zip(_MONTHS_NOM_RU, _MONTHS_NOM_UK), 1):
    for _w in _lexeme_forms((_ru,), "ru", ("gent",)) | _lexeme_forms((_uk,), "uk", ("gent",)):
        _MONTH_GEN_ALL.setdefault(_w, _i)
    for _w in {_ru, _uk} | _lexeme_forms((_ru,), "ru", ("accs",)) | _lexeme_forms((_uk,), "uk", ("accs",)):
        _MONTH_ACC_ALL.setdefault(_w, _i)
_GEN_ALL = "(?:" + "|".join(sorted(_MONTH_GEN_ALL, key=len, reverse=True)) + ")"
_ACC_ALL = "(?:" + "|".join(sorted(_MONTH_ACC_ALL, key=len, reverse=True)) + ")"

#: the seasons: their first month and their words, the instrumental/adverb that says "in" it ("осенью", "восени"),
#: the genitive after "с", "з", "протягом", "в течение" ("с осени", "упродовж осені"), the accusative after "всю",
#: "все" ("всё лето", "всю осінь")
_SEASONS = {3: ("весна", "весна"), 6: ("лето", "літо"), 9: ("осень", "осінь"), 12: ("зима", "зима")}
_SEASON_IN: dict[str, int] = {"навесні": 3, "весною": 3, "весной": 3, "влітку": 6, "улітку": 6, "летом": 6,
                              "літом": 6, "восени": 9, "увосени": 9, "осенью": 9, "взимку": 12, "узимку": 12,
                              "зимой": 12, "зимою": 12}
_SEASON_GEN: dict[str, int] = {"весны": 3, "весни": 3, "лета": 6, "літа": 6, "осени": 9, "осені": 9, "зимы": 12,
                               "зими": 12}
_SEASON_ACC: dict[str, int] = {"весну": 3, "лето": 6, "літо": 6, "осень": 9, "осінь": 9, "зиму": 12}
for _first, (_ru, _uk) in _SEASONS.items():
    for _w in _lexeme_forms((_ru,), "ru", ("ablt",)) | _lexeme_forms((_uk,), "uk", ("ablt",)):
        _SEASON_IN.setdefault(_w, _first)
    for _w in _lexeme_forms((_ru,), "ru", ("gent",)) | _lexeme_forms((_uk,), "uk", ("gent",)):
        _SEASON_GEN.setdefault(_w, _first)
# a part of a month in the genitive, after "с", "з", "до" ("с конца августа"), and in the accusative after "по"
# ("по начало апреля"): the words of the part a span starts from and of the part it runs to
_PART_GEN = (r"начала|конца|середины|половины|початку|кінця|середини|половини|кінці|последних[ \t]+чисел|"
             r"останніх[ \t]+чисел")
_PART_ACC = r"начало|конец|середину|початок|кінець"
_PART_FROM = rf"(?P<p1>{_PART_GEN})"
_PART_TO = rf"(?P<p2>{_PART_GEN}|{_PART_ACC})"
_SINCE = r"(?:(?:еще|ещё|ще|уже|вже|начиная|починаючи)[ \t]+)?(?:с|со|з|із|зі|від)"
_DURING = (r"(?:протягом|упродовж|впродовж|продовж|в[ \t]+течение|на[ \t]+протяжении|в[ \t]+продолжение|"
           r"весь|всь?ого|увесь|цілий|за)")
_NUMBERS = {"два": 2, "две": 2, "двое": 2, "дві": 2, "двоє": 2, "три": 3, "трое": 3, "троє": 3, "четыре": 4,
            "четверо": 4, "чотири": 4, "пять": 5, "п'ять": 5, "п’ять": 5, "шесть": 6, "шість": 6,
            "семь": 7, "сім": 7, "десять": 10}
_SPAN_PATTERNS = [
    # "с октября 2022 года", "ще з грудня", "с конца августа", "з жовтня до грудня 2024 року"
    ("since", re.compile(rf"(?<![\w]){_SINCE}[ \t]+(?:{_PART_FROM}[ \t]+)?(?P<m1>{_GEN_ALL})"
                         rf"(?:{_TO}(?:{_PART_TO}[ \t]+)?(?P<m2>{_GEN_ALL}|{_ACC_ALL}))?{_YEAR}(?![\w])", re.I)),
    # "протягом листопада", "весь март", "в течение ноября – декабря 2024 года"
    ("during", re.compile(rf"(?<![\w]){_DURING}[ \t]+(?P<m1>{_GEN_ALL}|{_ACC_ALL})"
                          rf"(?:(?:{_TO}|[ \t]+(?:и|і|й|та)[ \t]+)(?P<m2>{_GEN_ALL}|{_ACC_ALL}))?{_YEAR}(?![\w])", re.I)),
    # "осенью 2023-го", "упродовж осені", "с весны", "всё лето", "прошлой осенью"
    ("season", re.compile(rf"(?<![\w])(?:(?P<prev>прошл\w+|минул\w+|прошедш\w+)[ \t]+)?(?:(?P<in>"
                          + "|".join(sorted(_SEASON_IN, key=len, reverse=True))
                          + rf")|(?P<since>{_SINCE}|{_DURING})[ \t]+(?P<gen>"
                          + "|".join(sorted(_SEASON_GEN, key=len, reverse=True))
                          + r")|(?:всю|всё|все|усе|ціле|цілу)[ \t]+(?P<acc>"
                          + "|".join(sorted(_SEASON_ACC, key=len, reverse=True))
                          + rf")){_YEAR}(?![\w])", re.I)),
    # "за последние трое суток", "за останні два тижні", "за останній тиждень"
    ("last", re.compile(r"(?<![\w])за[ \t]+(?:последн\w+|прошедш\w+|минувш\w+|останн\w+)[ \t]+(?:(?P<n>\d{1,2}|"
                        + "|".join(_NUMBERS) + r")[ \t]+(?P<u>сутки|суток|дн\w*|доб\w*|діб|нед\w+|тиж\w+)|"
                        r"(?P<w>недел\w+|тиж\w+))(?![\w])",
                        re.I)),
]
_PATTERNS[10:10] = _SPAN_PATTERNS

#: the dates that, right next to a verb of saying, date the saying and not the event
SAID_KINDS = ("wd", "rel", "week", "dm", "month", "num", "same")
#: of those, the ones that as often date the event the statement reports ("сообщило, что 12 декабря войска вошли"):
#: the saying's only when the verb is next to them with at most its speaker between ("12 декабря сообщило Минобороны")
SAID_ADJACENT_KINDS = ("dm", "month", "num")
# a date right next to a verb of saying dates the saying ("Об этом в пятницу сообщило Минобороны"). Not the verbs of
# slavic/attribution.py (SAYING_VERB), which name who speaks: these date a statement, so they take a statement's
# nouns and participles ("в заявлении", "опубликованный в понедельник") and leave out the verbs that as often tell
# the event or what is so ("зафіксували 08.09 на станції", "говорят, что утром", "считают", "передали танки")
_SAID = re.compile(r"(?<![\w])(?:сообщ\w*|заяв\w*|повідом\w*|доложил\w*|доповів\w*|написал\w*|написав\w*|"
                   r"опубликова\w*|опублікува\w*|рассказал\w*|розповів\w*|уточнил\w*|уточнив\w*|подтвердил\w*|"
                   r"підтвердив\w*|объявил\w*|оголосив\w*|отметил\w*|зазначив\w*|утвержда\w*|стверджу\w*|"
                   r"отчитал\w*|відзвітува\w*|опроверг\w*|спростува\w*|показал[оаи]?|показав|оприлюдни\w*|"
                   r"обнародова\w*)(?![\w])", re.I)
# ("показал", not the reflexive "показались": tanks that "appeared" at Kupiansk are a sighting, the event itself)
# what may stand between a date and the verb of saying it dates: a few words, the speaker ("Белый дом", "вона"),
# with no punctuation and no "что"/"що"/"чтобы", which open the reported clause the date may belong to
_SPEAKER_GAP = re.compile(r"[ \t]*(?:(?!(?:что|чтобы|що|щоб)(?![\w-]))[\w-]+[ \t]+){0,3}", re.I)


def _said_next_to(text: str, start: int, end: int) -> bool:
    """Whether a verb of saying follows the date at *start*:*end*, or comes just before it, with at most its speaker
    between them (then the date is the statement's): not across a comma or "что" ("сообщило, что 12 декабря ...")."""
    for v in _SAID.finditer(text):
        if v.start() >= end and _SPEAKER_GAP.fullmatch(text, end, v.start()):
            return True
        if v.end() <= start and _SPEAKER_GAP.fullmatch(text, v.end(), start):
            return True
    return False


#: Whether a month next to a verb of saying that reports about an event ("в мае сообщали о составах", "Про перекидання
#: бригади у жовтні повідомило командування") dates the event: at a month's precision, reports of a month tell what
#: happened in it. A day stays the saying's.
REPORTED_MONTH = True
# what a report is about: "о/об/про" + the event's noun, right after the verb ("сообщали о составах"; not "опубликовал
# данные о поставках", where what was published is named) or opening the clause before the date
# ("об этом", "о том", "про це": a pronoun points back to what a sentence before told, so the month is the saying's)
_BACK = r"(?!(?:этом|этого|это|том|того|всём|всем|нём|нем|ней|них|це|цього|цьому|те|того|тому|ньому|ній|них)(?![\w]))"
_ABOUT_AFTER = re.compile(r"[ \t]+(?:о|об|про)[ \t]+" + _BACK + r"[«\"„“]?\w", re.I)
_ABOUT_BEFORE = re.compile(r"(?:^|[,;:—–]|(?<![\w])(?:и|і|й|та|а))[ \t]*(?:о|об|про)[ \t]+" + _BACK + r"[^,;:.—–]*$",
                           re.I)


def _reports_about(text: str, start: int, end: int) -> bool:
    """Whether the verb of saying next to the date at *start*:*end* reports about an event: "о/об/про" + a noun
    right after the verb that follows the date ("в мае сообщали о нескольких составах"), or "о/про ..." opening the
    clause that holds the date ("Про перекидання бригади на Авдіївський напрямок у жовтні повідомило")."""
    if _ABOUT_BEFORE.search(text, 0, start):
        return True
    for v in _SAID.finditer(text, end):
        if _SPEAKER_GAP.fullmatch(text, end, v.start()):
            return bool(_ABOUT_AFTER.match(text, v.end()))
        break
    return False


_ARTICLE_DATE = re.compile(rf"(?<![\d])(?P<d>\d{{1,2}})[ \t]+(?P<m>{_GEN})[ \t]+(?P<y>(?:19|20)\d\d)|"
                           r"(?P<iso>(?:19|20)\d\d-\d\d-\d\d)|(?P<nd>[0-3]\d)\.(?P<nm>[01]\d)\.(?P<ny>(?:19|20)\d\d)")


def _complete(month: int, day: int, year: str | None, ref: dt.date | None) -> dt.date | None:
    try:
        if year:
            return dt.date(int(year), month, day)
        if ref is None:
            return None
        d = dt.date(ref.year, month, day)
        if d > ref + dt.timedelta(days=31):
            d = dt.date(ref.year - 1, month, day)
        return d
    except ValueError:
        return None


def _value(kind: str, m: re.Match, ref: dt.date | None, previous: str, narrative: dt.date | None = None) -> str | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    if g.get("py") and ref is not None:
        g["y"] = str(ref.year - 1)  # "в июне прошлого года", "у березні минулого року": the year before the article's
    if narrative and ref is not None and "y" in m.re.groupindex and not g.get("y") and not g.get("py") \
            and not g.get("y1"):
        year = _narrative_year(g, narrative, ref)  # "10–14 февраля" in an account of 2022 told in 2023: of 2022
        if year:
            g["y"] = str(year)
    if kind in ("since", "during", "season", "last"):
        return _span_value(kind, g, ref)
    if kind == "parts":
        return _span_value("since", g, ref)  # with its second month, a "since" is the span between the two
    if kind == "night":
        if g.get("nd"):
            if not (1 <= int(g["nd"]) <= 31 and 1 <= int(g["nm"]) <= 12):
                return None
            ny = g.get("ny")
            d = _complete(int(g["nm"]), int(g["nd"]), "20" + ny if ny and len(ny) == 2 else ny, ref)
        else:
            d = _complete(MONTHS_GEN[g["m"].lower()], int(g["d"]), g.get("y"), ref)
        return "" if d is None else f"{(d - dt.timedelta(days=1)).isoformat()}/{d.isoformat()}"
    if kind == "dm-dm":
        y = g.get("y")
        a = _complete(MONTHS_GEN[g["m1"].lower()], int(g["d1"]), y, ref)
        b = _complete(MONTHS_GEN[g["m2"].lower()], int(g["d2"]), y, ref)
        if a is None or b is None:
            return "" if ref is None and not y else None
        if b < a:
            a = a.replace(year=a.year - 1)
        return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"
    if kind == "d-dm":
        month = MONTHS_GEN[g["m"].lower()]
        a = _complete(month, int(g["d1"]), g.get("y"), ref)
        b = _complete(month, int(g["d2"]), g.get("y"), ref)
        if a is None or b is None:
            return "" if ref is None and not g.get("y") else None
        return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"
    if kind == "dm":
        d = _complete(MONTHS_GEN[g["m"].lower()], int(g["d"]), g.get("y"), ref)
        return "" if d is None and ref is None and not g.get("y") else (d.isoformat() if d else None)
    if kind == "num":
        day, month = int(g["d"]), int(g["mm"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        d = _complete(month, day, g.get("y"), ref)
        return "" if d is None and ref is None else (d.isoformat() if d else None)
    if kind == "month":
        name = (g.get("ml") or "").lower()
        month = _MONTHS_LOC.get(name) or MONTHS_GEN[(g.get("mg") or g.get("mg2") or g.get("mg3")).lower()]
        d = _complete(month, 1, g.get("y"), ref)
        return "" if d is None else f"{d.year:04d}-{d.month:02d}"
    if kind == "rel":
        if ref is None:
            return ""
        w = g["rel"].lower()
        back = 2 if w.startswith("позавч") else 0 if w in ("сегодня", "сьогодні") or "ноч" in w else 1
        # "за прошедшие сутки", "минулої доби": a daily summary's day, the one before it is published
        if "ноч" in w:  # "этой ночью": the night before the article's day
            return f"{(ref - dt.timedelta(days=1)).isoformat()}/{ref.isoformat()}"
        return (ref - dt.timedelta(days=back)).isoformat()
    if kind == "week":
        if ref is None:
            return ""
        w = g["week"].lower()
        monday = ref - dt.timedelta(days=ref.weekday())
        # the last Saturday and Sunday up to the article's day: written on a Sunday, the weekend ending that day
        if "выходн" in w or "вихідн" in w:
            sunday = ref - dt.timedelta(days=(ref.weekday() + 1) % 7)
            return f"{(sunday - dt.timedelta(days=1)).isoformat()}/{sunday.isoformat()}"
        if re.search(r"эт|текущ|цього|цьому|поточн", w):  # this week: Monday to the article's day
            return monday.isoformat() if monday == ref else f"{monday.isoformat()}/{ref.isoformat()}"
        last = monday - dt.timedelta(days=7)  # the calendar week before the article's
        return f"{last.isoformat()}/{(last + dt.timedelta(days=6)).isoformat()}"
    if kind == "next":
        if not previous:
            return ""
        try:
            last = dt.date.fromisoformat(previous.split("/")[-1])
        except ValueError:
            return ""
        return (last + dt.timedelta(days=1)).isoformat()
    if kind == "same":
        return previous
    if kind == "loc-m-m":
        m1, m2 = _MONTHS_LOC[g["m1"].lower()], _MONTHS_LOC[g["m2"].lower()]
        y = int(g["y"]) if g.get("y") else None  # "прошлого года" already set "y" (:func:`_value`)
        if y is None:
            if ref is None:
                return ""
            y = _complete(m2, 1, None, ref).year
        first = dt.date(y - 1 if m2 < m1 else y, m1, 1)
        return f"{first.isoformat()}/{_month_end(y, m2).isoformat()}"
    if kind == "since-d":
        d = _complete(MONTHS_GEN[g["m"].lower()], int(g["d"]), g.get("y"), ref)
        if d is None:
            return "" if ref is None and not g.get("y") else None
        return d.isoformat() if ref is None or d >= ref else f"{d.isoformat()}/{ref.isoformat()}"
    if kind == "night-wd":
        if ref is None:
            return ""
        w = re.sub(r"['’ʼ]", "'", g["wd"].lower())
        day = ref - dt.timedelta(days=(ref.weekday() - _WEEKDAYS[w]) % 7)
        return f"{(day - dt.timedelta(days=1)).isoformat()}/{day.isoformat()}"
    if kind == "years":
        y1, y2 = int(g["y1"]), int(g["y2"])
        return f"{y1:04d}-01-01/{y2:04d}-12-31" if y1 < y2 else None
    if kind == "ago":
        if ref is None:
            return ""
        n = g.get("n")
        n = int(n) if n and n.isdigit() else _NUMBERS.get(re.sub(r"['’ʼ]", "'", (n or "").lower()), 1)
        days = n * (7 if g["u"].lower().startswith(("нед", "тиж")) else 1)
        return (ref - dt.timedelta(days=days)).isoformat()
    if kind == "wd":
        if ref is None:
            return ""
        w = re.sub(r"['’ʼ]", "'", g["wd"].lower())
        back = (ref.weekday() - _WEEKDAYS[w]) % 7
        return (ref - dt.timedelta(days=back)).isoformat()
    return None


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))


def _part_day(part: str | None, year: int, month: int, end: bool) -> dt.date:
    """The first (or, *end*, the last) day a part of a month allows: the start from the 1st, the middle from the
    15th, the end from the 21st (the corpus's conventions)."""
    p = (part or "").lower()
    p = p[5:] if p.startswith("напри") else p[2:] if p.startswith("напоч") else p  # "наприкінці": "кінці"
    if p.startswith(("нач", "поч")):
        return dt.date(year, month, 10 if end else 1)
    if p.startswith(("серед", "полов")):
        return dt.date(year, month, 20 if end else 15)
    if p.startswith(("кон", "кін", "посл", "оста")):
        return _month_end(year, month) if end else dt.date(year, month, 21)
    return _month_end(year, month) if end else dt.date(year, month, 1)


def _span_value(kind: str, g: dict, ref: dt.date | None) -> str | None:
    """The value of the spans: since a month or season to the article's day, during a month or a season, the last
    days before the article; None when the words are not a date after all."""
    y = int(g["y"]) if g.get("y") else None  # "прошлого года" already set "y" (:func:`_value`)
    if kind in ("since", "during"):
        m1 = _MONTH_GEN_ALL.get(g["m1"].lower()) or _MONTH_ACC_ALL[g["m1"].lower()]
        m2 = (_MONTH_GEN_ALL.get(g["m2"].lower()) or _MONTH_ACC_ALL[g["m2"].lower()]) if g.get("m2") else None
        if y is None and ref is None:
            return ""
        last = m2 or m1
        if g.get("y1") and y is None:  # "в конце декабря 2021 — начале января": the second month follows the first
            y = int(g["y1"]) + (1 if m2 and m2 < m1 else 0)
        y2 = y if y is not None else _complete(last, 1, None, ref).year
        y1 = int(g["y1"]) if g.get("y1") else y2 - 1 if m2 and m2 < m1 else y2
        a = _part_day(g.get("p1"), y1, m1, False)
        if m2:
            b = _part_day(g.get("p2"), y2, m2, True)
            if g.get("p2") and ref is not None and a <= ref < b:
                b = ref  # "с начала марта по конец апреля" in an article of 18 April: what it reports, to its day
            return f"{a.isoformat()}/{b.isoformat()}"
        if kind == "during":
            return f"{y1:04d}-{m1:02d}"
        if ref is None or a > ref:
            return ""  # "since" a month not yet begun is no date
        return a.isoformat() if a == ref else f"{a.isoformat()}/{ref.isoformat()}"
    if kind == "season":
        word = (g.get("in") or g.get("gen") or g.get("acc")).lower()
        first = _SEASON_IN.get(word) or _SEASON_GEN.get(word) or _SEASON_ACC[word]

        def season(year: int) -> tuple[dt.date, dt.date]:  # winter YYYY: December before, to February
            start = dt.date(year - 1 if first == 12 else year, first, 1)
            return start, _month_end(start.year + (start.month + 1) // 12, (start.month + 1) % 12 + 1)

        if y is not None:
            a, b = season(y)
        elif ref is None:
            return ""
        else:
            year = ref.year + (1 if first == 12 and ref.month == 12 else 0)
            a, b = season(year)
            if a > ref:
                a, b = season(year - 1)
            if g.get("prev") and b >= ref:
                a, b = season(a.year + (1 if first == 12 else 0) - 1)
        since = (g.get("since") or "").lower()
        if since and not re.match(r"протяг|упродов|впродов|продов|в\s+теч|на\s+прот|в\s+прод|вес|вс|увес|ціл|за",
                                  since):
            b = ref if ref is not None and ref > a else b  # "с осени": from its first day to the article's
        elif ref is not None and a <= ref < b:
            b = ref  # the season the article is written in: up to its day
        return f"{a.isoformat()}/{b.isoformat()}"
    if kind == "last":
        if ref is None:
            return ""
        n = g.get("n")
        n = int(n) if n and n.isdigit() else _NUMBERS.get((n or "").lower().replace("’", "'"), 1)
        u = g.get("u", g.get("w", "")).lower()
        days = n * 7 if u.startswith(("нед", "тиж")) else n
        return f"{(ref - dt.timedelta(days=days)).isoformat()}/{ref.isoformat()}"
    return None


def find_date(text: str, article_date: str | None = None, previous: str = "", narrative: dt.date | None = None) -> str:
    """The date or range a sentence gives, as places.csv writes it, or "".

    Parameters
    ----------
    text : a sentence.
    article_date : ISO date of the article, which completes dates without a year.
    previous : the date named last before this sentence ("наступного дня" is the day after it).
    narrative : the day an account of an earlier year last named (:data:`NARRATIVE_YEAR`), which completes
        dates without a year instead of the article's date.

    >>> find_date("С 8 по 13 октября военнослужащих перевезли во Владивосток.", "2024-10-18")
    '2024-10-08/2024-10-13'
    >>> find_date("За даними ВМС ЗСУ, в ніч на 1 квітня фрегат вийшов з Новоросійська.", "2024-04-02")
    '2024-03-31/2024-04-01'
    >>> find_date("Об этом в пятницу сообщило Минобороны России.", "2024-08-09"), find_date("Снято 06.11 около 15:00.", "2024-11-07")
    ('', '2024-11-06')
    """
    for _start, _end, v in _event_dates(text, article_date, previous, narrative):
        if v is not None:
            return v
    return ""


def _event_dates(text: str, article_date: str | None, previous: str = "",
                 narrative: dt.date | None = None) -> list[tuple[int, int, str | None]]:
    """Every date the sentence gives that may be an event's, in text order: (start, end, value), value None when
    the words are no date after all."""
    ref = dt.date.fromisoformat(article_date) if article_date else None
    found = []
    for prio, (kind, rx) in enumerate(_PATTERNS):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, _p, b, _k, _m in found):
                continue
            if kind == "parts" and MONTHS_GEN[m.group("m2").lower()] != MONTHS_GEN[m.group("m1").lower()] % 12 + 1:
                continue  # "в начале апреля и в конце марта": no span from one month to the next; the first part
            found.append((m.start(), prio, m.end(), kind, m))
    found.sort(key=lambda f: (f[0], f[1]))
    out = []
    for start, _p, end, kind, m in found:
        if kind == "same" and any(k in _DAY_KINDS and re.fullmatch(r"[\s,—–-]*", text[b:start] if b <= start
                                                                     else text[end:a])
                                  for a, _q, b, k, _m in found):
            continue  # "В тот же день, 12 марта, колонна ...": the day it names in apposition
        if kind in SAID_ADJACENT_KINDS:
            if _said_next_to(text, start, end) and not (REPORTED_MONTH and kind == "month"
                                                        and _reports_about(text, start, end)):
                continue  # "12 декабря сообщило Минобороны", "в августе стверджував": the day it was said
        elif kind in SAID_KINDS and _SAID.search(text[max(0, start - 25):min(len(text), end + 25)]):
            continue  # "Об этом в пятницу сообщило Минобороны": the day it was said
        if FUTURE_TENSE and _future(text, start, end):
            continue  # "корабли вернутся ... в начале октября, планирует командование": what will be
        out.append((start, end, _value(kind, m, ref, previous, narrative)))
    return out


#: Whether a date without its year, told after a day that names an earlier year than the article's ("17 января 2022
#: года" in an article of February 2023), is of the year that puts it nearest that day (a day after it nearer than
#: one before: an account goes forward), as long as it is not more than a month after the article (as a date without
#: its year is completed, :func:`_complete`): an account of the past goes on from the day it last named, until a
#: day names another, or any date names the article's year (its date line, "осенью 2024-го"), which ends the
#: account. A sentence's own event date opens an account, and so does the day of a saying that the sentence does
#: not take as its own ("объявил 17 января 2022 года"); a day in passing beside another date does not, nor a day
#: the state since which the sentence tells ("с начала вторжения 24 февраля 2022 года бригада воюет"), background.
NARRATIVE_YEAR = True
#: the kinds whose year names a day, which an account goes on from
_DAY_KINDS = ("dm", "dm-dm", "d-dm", "night")
# what before a day makes it the start of a state that lasts, told as background ("С начала вторжения 24 февраля
# 2022 года бригада воюет", "Від 24 лютого 2022 року"): such a day opens no account of its year
_SINCE_BEFORE = re.compile(r"(?<![\w])(?:с|со|з|із|зі|від|после|після|начиная[ \t]+с|починаючи[ \t]+з)"
                           r"(?:[ \t]+(?:начала|начал|початку|момента|моменту)(?:[ \t]+[\w-]+){0,2})?[ \t]+$", re.I)


def _narrative_year(g: dict, anchor: dt.date, ref: dt.date) -> int | None:
    """The year that puts the first day of the date *g* (a match's groups) nearest the *anchor* day, a day before
    it counting twice its distance, not later than a month after *ref*; None when the words name no month."""
    name = next((g[k].lower() for k in ("m", "m1", "mg", "mg2", "mg3") if g.get(k)), None)
    month = (_MONTH_GEN_ALL.get(name) or _MONTH_ACC_ALL.get(name)) if name else None
    if name and not month:
        month = _MONTHS_LOC.get(name)
    if g.get("ml"):
        month = _MONTHS_LOC.get(g["ml"].lower())
    if g.get("mm"):
        month = int(g["mm"])
    if not month or not 1 <= month <= 12:
        return None
    day = int(g.get("d") or g.get("d1") or 1)
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February of a year that has none
        if d > ref + dt.timedelta(days=31):
            continue
        cost = (d - anchor).days if d >= anchor else 2 * (anchor - d).days
        if best is None or cost < best[0]:
            best = (cost, year)
    return None if best is None else best[1]


def _named_day(text: str, ref: dt.date) -> dt.date | None:
    """The last day of *text* that names its year ("10 февраля 2022 года", "с 15 по 23 февраля 2022 года"), or
    *ref* when the last date that names its year names the article's (a month, a season: "осенью 2024-го"), or None
    when none names it."""
    return _named(text, ref)[0]


def _named(text: str, ref: dt.date) -> tuple[dt.date | None, bool]:
    """:func:`_named_day`, and whether the day is the first of a month or a season of an earlier year
    (:data:`MONTH_ACCOUNTS`)."""
    last = None
    for kind, rx in _PATTERNS:
        if "y" not in rx.groupindex:
            continue
        for m in rx.finditer(text):
            if m.group("y") and (last is None or m.start() >= last[0]):
                if kind == "since-d" or _SINCE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                    continue  # "с 24 февраля 2022 года": background, neither an account nor its end
                if kind in _DAY_KINDS:
                    v = _value(kind, m, ref, "")
                    if v:
                        last = (m.start(), dt.date.fromisoformat(v.split("/")[0]), False)
                elif int(m.group("y")) >= ref.year:
                    last = (m.start(), ref, False)
                elif MONTH_ACCOUNTS and kind != "since" and not (kind == "season" and m.group("since")) \
                        and (v := _value(kind, m, ref, "")):
                    last = (m.start(), _first_day(v), True)  # "Навесні 2022 року", "наприкінці січня 2022-го"
    return (None, False) if last is None else (last[1], last[2])


#: Whether a month, a part of one or a season that names an earlier year than the article's ("Навесні 2022 року ...",
#: "наприкінці січня 2022-го", a paragraph headed "Лютий 2023-го:") opens an account of that year for the rest of its
#: paragraph (a heading's: for the paragraph under it), as a day naming its year does for the article
#: (:data:`NARRATIVE_YEAR`): a long read or an investigation tells an earlier year's movements by months and days
#: without their year ("у квітні", "9.02"). Not a span since a month ("з літа 2022 року"): background. (Opened for
#: the whole article, it dated later paragraphs' months of the article's own year in the earlier one: 9 stops right,
#: 20 wrong on the development drafts.)
MONTH_ACCOUNTS = True


def _first_day(value: str) -> dt.date:
    """The first day of a date *value* as :func:`_value` writes it ("2022-03", "2022-03-01/2022-05-31")."""
    first = value.split("/")[0]
    return dt.date.fromisoformat(first if len(first) > 7 else first + "-01")


#: Whether a date in a clause that tells what will be ("будет переброшена в декабре", "планує перекинути до 10
#: березня") dates no event, as in English (:data:`geo.extract.dates.FUTURE_TENSE`).
FUTURE_TENSE = True
# the words of a clause that tells what will be: only forms that mark the future. The future of "быть/бути"; the
# present of planning and expecting ("планирует", "планують", "ожидается", "намерен"); "собирается/збирається" and
# "має/мають" only with an infinitive ("собирается перебросить", "має прибути"). Past forms ("планировали",
# "ожидали") and "собирать/збирати" in its sense of massing ("войска собирались у границы") tell no future.
_INFINITIVE = r"[ \t]+\w+(?:ть|ти|чь)(?:ся|сь)?(?![\w])"
_FUTURE = re.compile(r"(?<![\w])(?:будет|будут|буде|будуть|будем|будемо|предстоит|"
                     r"планиру(?:ет|ют)|плану(?:є|ють|ємо)|ожида(?:ется|ются)|очіку(?:ється|ються)|намерен[аоы]?|"
                     r"(?:має|мають)[ \t]+намір|"
                     rf"(?:(?:собира(?:ется|ются)|збира(?:ється|ються)|має|мають){_INFINITIVE}))(?![\w])",
                     re.I)


def _future(text: str, start: int, end: int) -> bool:
    """Whether the clause of the date at *start*:*end* tells what will be."""
    stop = _CLAUSE_BREAK.search(text, end)
    return bool(_FUTURE.search(text, clause_start(_CLAUSE_BREAK, text, start), stop.start() if stop else len(text)))


#: Whether a stop in a sentence that names several dates takes the one in its own clause (else the sentence's
#: first), as in English (:func:`geo.extract.dates.find_date_at`).
NEAREST = True
#: What parts a stop's clause from a date: punctuation, "и", "і", "та", "а", "после", "після", "перед", "где", "де".
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|(?<![\w])(?:и|і|й|та|а|после|після|перед|где|де|когда|коли)(?![\w])", re.I)


def find_date_at(text: str, at: int, end: int | None = None, article_date: str | None = None,
                 kept: str | None = None, role: str | None = None) -> str:
    """The date of a stop at ``text[at:end]`` in a sentence that may name several: the nearest date in the stop's
    own clause; else the sentence's (:func:`find_date`). *kept*: the date the sentence was given in its article
    (:func:`find_dates`); when it is not the sentence's own, it stands.

    >>> t = "ВСУ вошли в Бучу 31 марта и в Гостомель 1–2 апреля."
    >>> find_date_at(t, t.index("Гостомель"), t.index("Гостомель") + 9, "2022-04-05")
    '2022-04-01/2022-04-02'
    """
    end = at if end is None else end
    first = find_date(text, article_date)
    if SAID_CLAUSE and first and (kept is None or kept == first):
        # "Во вторник Лукашенко заявил, что Беларусь уже получила ракеты": a stop in the clause a verb of saying
        # reports, when every date the sentence names is before it, takes the statement's day as no date of its own
        that = _SAID_THAT.search(text)
        if that and that.end() <= at and all(b <= that.start() for _a, b, v in _event_dates(text, article_date)
                                                if v is not None):
            return ""
    return nearest_in_clause(text, at, end, first, kept, lambda: _event_dates(text, article_date), _CLAUSE_BREAK,
                             NEAREST, ON_THE_WAY and role == "via")


#: Whether a via (*role*) whose clause names no date, between a date before it and a later one after it, takes the span
#: between them, as in English (:data:`geo.extract.dates.ON_THE_WAY`). Off: on the Russian and Ukrainian development
#: texts it changes two stops, one right ("вышел из Североморска 19 августа и, пройдя Баренцево море, ... 22 августа")
#: and one wrong ("ввечері того ж дня пройшов через Батайськ": "the same day" is a date of its own that the patterns
#: do not read).
ON_THE_WAY = False


#: Whether a sentence that reports what somebody said ("Канал утверждает, что колонна ушла на Купянск") and names no
#: date takes none from the sentence before it, as in English (:data:`geo.extract.dates.SAID_THAT`).
SAID_THAT = True
#: Whether a stop in the clause a dated saying reports takes no date from before it (:func:`find_date_at`).
SAID_CLAUSE = True
# a verb of saying and the "что"/"що" that opens what it reports ("заявил, что", "повідомило, що")
_SAID_THAT = re.compile(_SAID.pattern + r"[ \t]*,?[ \t]*(?:что|що)(?![\w])", re.I)


#: A paragraph's heading that is a month ("Серпень:", "Осень 2024:", "• Березень –"): the month its events are in.
_HEADING_MONTH = re.compile(r"^\W*(?P<m>январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
                            r"січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|"
                            r"грудень)(?:[ \t]+(?P<y>(?:19|20)\d\d))?[ \t]*[:—–.-]", re.I)
_MONTHS_NOM = {m: i for i, ms in enumerate((
    ("январь", "січень"), ("февраль", "лютий"), ("март", "березень"), ("апрель", "квітень"), ("май", "травень"),
    ("июнь", "червень"), ("июль", "липень"), ("август", "серпень"), ("сентябрь", "вересень"), ("октябрь", "жовтень"),
    ("ноябрь", "листопад"), ("декабрь", "грудень")), 1) for m in ms}
#: Present tense: what is so now has no date of its own (the corpus's convention "Present tense"), so a sentence that
#: tells it takes no date from the sentence before it.
_NOW = re.compile(r"(?<![\w])(?:сейчас|ныне|нынче|по-прежнему|до сих пор|остаётся|остается|остаются|находится|"
                  r"находятся|продолжает|продолжают|зараз|нині|наразі|досі|залишається|залишаються|перебуває|"
                  r"перебувають|продовжує|продовжують|тривають|идут|ідуть)(?![\w])", re.I)
#: Whether a sentence that tells what came before the events of the sentence before it ("До этого они проходили
#: подготовку на полигонах", "Раніше бригада стояла під Бахмутом") takes no date from it.
EARLIER = True
# "до этого", "перед цим" only opening their clause and not before a noun they point at ("дошли до этого села", "До
# этого района под Шебекино она добралась": a place): a comma, a pronoun, a verb in the past or a subject and its verb
# next ("До этого бригада стояла"); "раньше",
# "раніше" not in a comparison ("раньше срока", "раніше, ніж планувалося", "раньше всех": earlier than planned or
# than the others is still then), not "прежде всего" (first of all), not "earlier the same day / that morning" (that
# day), not before an adjective or participle ("ранее неизвестное подразделение": previously unknown)
_EARLIER = re.compile(r"(?:^|[,;:—–]|(?<![\w])(?:а|и|і|й|но|але|та))[ \t]*(?:до|перед)[ \t]+"
                      r"(?:этого|этим|тем|цього|цим|тим)"
                      r"(?=[ \t]*(?:[,;:.—–]|$|(?:они|она|он|оно|мы|их|его|её|ее|вони|вона|він|воно|ми|їх|його|її)"
                      r"(?![\w])|(?:\w+[ \t]+)?\w{3,}(?:л|ли|ла|ло|лась|лся|лись|лося|лися)(?![\w])))|"
                      r"(?<![\w])(?:ранее|раніше|прежде|раньше|до[ \t]+того[ \t]+как)(?![\w])"
                      r"(?![ \t]*,?[ \t]*(?:срок\w*|чем|ніж|за|від|терміну|запланован\w*|обычного|звичайного|"
                      r"всего|всех|всіх|усіх|других|інших|остальных|решти|времени|часу|графика|графіка|"
                      r"в[ \t]+(?:тот|этот)[ \t]+(?:же[ \t]+)?день|того[ \t]+(?:же|ж)[ \t]+дня|этого[ \t]+дня|"
                      r"цього[ \t]+дня|в[ \t]+цей[ \t]+день|тогда[ \t]+же|утром|вранці|днём|днем|вдень|вечером|"
                      r"ввечері|ночью|вночі|сегодня|сьогодні|не|"
                      r"\w{2,}(?:ый|ий|ій|ой|ая|яя|ое|ее|ые|ых|их|ого|его|ому|ему|ую|юю|ым|им|ими|ыми|[гкхжшчщ]ие))"
                      r"(?![\w]))",
                      re.I)
# "как и ранее", "як і раніше", "чем раньше", "ніж раніше": as before, or a comparison with before, tells of now
_AS_BEFORE = re.compile(r"(?<![\w])(?:как[ \t]+и|як[ \t]+і|так[ \t]+же[ \t]+как|так[ \t]+само[ \t]+як|чем|ніж)[ \t]*$",
                        re.I)
# a relative clause names something by what it did before ("техника со знаком, который ранее использовали
# подразделения бригады"): that is no time of the sentence's own event
_RELATIVE = re.compile(r"(?<![\w])(?:котор\w+|як(?:ий|а|е|і|ого|ому|их|им|ими|ою|у)|що)(?![\w])", re.I)


def _earlier(text: str) -> bool:
    """Whether *text* tells what came before the time it goes on from (:data:`EARLIER`): an "earlier" word not in a
    relative clause, nor in "as before" (:data:`_AS_BEFORE`)."""
    return any(not _RELATIVE.search(text, clause_start(_CLAUSE_BREAK, text, m.start()), m.start())
               and not _AS_BEFORE.search(text, 0, m.start())
               for m in _EARLIER.finditer(text))


#: Whether a sentence told in the present tense (its finite verbs all present: "свои подразделения направляют
#: Белоруссия, Армения ...", "далі техніку переганяють своїм ходом") takes no date from the sentence before it: what
#: is so now has no date of its own (the corpus's "Present tense" convention), as :data:`_NOW`'s words say.
PRESENT = True
_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*")


@lru_cache(maxsize=100_000)
def _tense(word: str, lang: str) -> str:
    """The tense of *word* as a finite verb: "past" if any reading is a past verb, else its best reading's ("pres",
    "futr"), else ""."""
    from .morph import analyzer, fold

    a = analyzer(lang)
    if a is None:
        return ""
    parses = a.parse(fold(word))
    if any(p.tag.POS == "VERB" and p.tag.tense == "past" for p in parses):
        return "past"  # "начала": a past verb in any reading (its best may be a noun's) tells the past
    t = parses[0].tag
    return str(t.tense or "") if t.POS == "VERB" else ""


#: Verbs of a thing moving or arriving ("колонна идёт", "на станцию прибывает эшелон", "колона рухається"): a
#: monitoring channel reports what it sees in the present, so told so, the sighting keeps the date before it. (A
#: transitive verb of sending or driving — "направляют", "переганяють" — tells a practice, and a verb of state
#: — "стоит" — what is so now.)
_MOVES = frozenset("идти ехать двигаться передвигаться перемещаться следовать направляться прибывать подходить "
                   "заходить въезжать выезжать проезжать проходить выдвигаться уходить уезжать возвращаться лететь "
                   "йти іти їхати рухатися пересуватися переміщатися прямувати прибувати підходити заходити "
                   "заїжджати в'їжджати виїжджати проїжджати проходити висуватися відходити повертатися "
                   "летіти".split())


@lru_cache(maxsize=100_000)
def _moves(word: str, lang: str) -> bool:
    """Whether *word* is a form of a verb of moving or arriving (:data:`_MOVES`)."""
    from .morph import analyzer, fold

    a = analyzer(lang)
    return a is not None and any(p.normal_form.replace("ʼ", "'").replace("’", "'") in _MOVES
                                 for p in a.parse(fold(word)) if p.tag.POS == "VERB")


def _present(text: str, lang: str) -> bool:
    """Whether the finite verbs of *text* (in *lang*, the article's language) are all in the present tense (one at
    least), none of them a verb of moving or arriving."""
    words = _WORD.findall(text)
    tenses = {_tense(w, lang) for w in words} - {""}
    return tenses == {"pres"} and not any(_moves(w, lang) for w in words)


def _language(texts: Sequence[str]) -> str:
    """The article's language for the morphology: Ukrainian if a third of its sentences at least have a letter
    Russian lacks (a short Ukrainian sentence may have none; a Russian article may quote a Ukrainian line)."""
    return "uk" if 3 * sum(bool(re.search(r"[іїєґІЇЄҐ]", t)) for t in texts) >= len(texts) else "ru"


#: A line that a time of day opens, then a dash ("▫️ 14:05 — проехали Кричев"): a post's timeline, whose times are of
#: the post's day (a liveblog's date heading above it, else the publication date).
_TIMED = re.compile(r"^[^\w\n]{0,8}(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*[—–-][ \t]*\w")
#: Whether a sentence that names no date, and takes none from the sentence before it, but tells the time of day
#: ("около 4 утра", "около 9:00", "ночью") is of the article's day (the night before it).
CLOCK = True
_CLOCK = re.compile(r"(?<![\w.:])(?:\d{1,2}:[0-5]\d(?![\w:])|\d{1,2}[ \t]+(?:утра|вечера|ночи|ранку|вечора|ночі)(?![\w]))",
                    re.I)
# (not "той же ночью", "тієї ж вночі": the night of the date named before; "уже ночью", "тоже ночью" are a night)
_NIGHT = re.compile(r"(?<![\w])(?<!той[ \t]же[ \t])(?<!тієї[ \t]ж[ \t])(?:ночью|вночі|уночі|всю[ \t]+ночь|всю[ \t]+ніч|"
                    r"минулої[ \t]+ночі|прошлой[ \t]+ночью)(?![\w])",
                    re.I)
#: Whether a sentence with no date of its own takes the date of the one before it in its paragraph (chosen on the
#: development theatres: the events a paragraph tells after a dated sentence are mostly of that date).
CARRY = True
#: Whether the items of a list take the date of the line that leads into them (:func:`geo.extract.dates.listed`).
LISTS = True


def find_dates(texts: Sequence[str], article_date: str | None = None,
               paragraphs: Sequence[int] | None = None) -> list[str]:
    """:func:`find_date` of each sentence of an article in turn, each knowing the date named before it; a sentence
    that names none takes the date of the sentence before it in its paragraph, or the month its paragraph's
    heading names ("Серпень: ..."); a line that a time of day opens ("14:05 — ...") takes the day of the post.

    >>> find_dates(["Колону помітили 19.04.", "Вона пройшла через Ізюм.", "Інше."], "2025-04-20", [0, 0, 1])
    ['2025-04-19', '2025-04-19', '']
    """
    out, previous = [], ""
    paragraphs = list(paragraphs) if paragraphs is not None else [None] * len(texts)
    ref = dt.date.fromisoformat(article_date) if article_date else None
    para_date: dict = {}
    heading = ""
    lang = ""  # the article's language (:func:`_language`), read when first needed
    # a liveblog heads its entries by dates: two headings at least (one alone is the article's own date line)
    liveblog = sum(1 for t in texts if _heading(t) and find_date(t, article_date)) >= 2
    lists = listed(texts, paragraphs) if LISTS and texts and paragraphs[0] is not None else [None] * len(texts)
    narrative = None  # the day an account of an earlier year last named (:data:`NARRATIVE_YEAR`)
    month_scope = None  # the last paragraph of an account a month opened (:data:`MONTH_ACCOUNTS`)
    for k, t in enumerate(texts):
        p = paragraphs[k]
        if month_scope is not None and (p is None or p > month_scope):
            narrative = month_scope = None
        d = own = find_date(t, article_date, previous, narrative)
        h = _HEADING_MONTH.match(t)
        if h and ref is not None:
            first = _complete(_MONTHS_NOM[h.group("m").lower()], 1, h.group("y"), ref)
            if first:
                para_date[p] = f"{first.year:04d}-{first.month:02d}"
                d = d or para_date[p]
                if MONTH_ACCOUNTS and NARRATIVE_YEAR and h.group("y") and first.year < ref.year:
                    narrative, month_scope = first, (p + 1 if own == "" else p)  # "Лютий 2023-го: ..." over a text
        if d and liveblog and _heading(t):
            heading = d  # "24 лютого, 21:40": a liveblog's entry heading dates the entries below it
        if not d and _TIMED.match(t):
            d = heading or (ref.isoformat() if ref is not None else "")
            if d and CLOCK and _NIGHT.search(t) and not _NOW.search(t) and not _FUTURE.search(t) \
                    and int(re.search(r"\d+", t).group()) < 18:
                # "09:10 — ... уночі прибули на Голанські висоти": the night before the post's day (a post of the
                # evening, "23:40 — Ночью войска наступают ...", tells of the night that begins; "08:00 — Ночью
                # ожидается переброска ..." of the night to come)
                d = f"{(dt.date.fromisoformat(d) - dt.timedelta(days=1)).isoformat()}/{d}"
        if not d and CARRY and p is not None and not _NOW.search(t) and not (SAID_THAT and _SAID_THAT.search(t)) \
                and not (EARLIER and _earlier(t)):
            carried = False  # from the sentence before, not as a list's item or under a heading
            if k > 0 and paragraphs[k - 1] == p and out[k - 1]:
                d, carried = out[k - 1], lists[k] is None
            elif p in para_date:
                d = para_date[p]
            elif LISTS and lists[k] is not None and out[lists[k]]:
                d = out[lists[k]]  # an item of a list takes the date of the line that leads into it
            if d and carried and PRESENT and _present(t, lang := lang or _language(texts)):
                d = ""  # what is so now (the morphology read only when there is a date to carry)
        if not d and CLOCK and ref is not None and not _NOW.search(t):
            night = _NIGHT.search(t)
            if night:  # "с аэродрома ночью ушли 4 Су-24": the night before the post
                d = f"{(ref - dt.timedelta(days=1)).isoformat()}/{ref.isoformat()}"
            elif _CLOCK.search(t) and re.search(r"[^\W\d_]", _CLOCK.sub(" ", t)):
                # "около 4 утра через Курчатов прошла колонна": the post's day (a time alone on its line is a stamp)
                d = heading or ref.isoformat()
        d = d or heading
        if NARRATIVE_YEAR and ref is not None:
            named, by_month = _named(t, ref)
            if named is not None and named.year >= ref.year:
                narrative = None
            elif named is not None and (not own or _first_day(own) == named):
                # the sentence's own date opens an account, or the day of a saying ("объявил 17 января 2022 года"),
                # not a day in passing beside another
                narrative, month_scope = named, (p if by_month else None)
        out.append(d)
        previous = d or previous
    return out


_HEADING_WORDS = re.compile(r"(?<![\w'’ʼ])(?:(?:19|20)\d\d|\d{1,2}[:.]\d\d|\d{1,2}|года?|году|року|рік|г|р|гг|UTC|МСК|"
                            + _GEN_ALL + "|" + "|".join(_WEEKDAYS) + r"|понедельник|пятница|суббота|воскресенье|"
                            r"п['’ʼ]ятниця|субота|неділя|середа|четвер|вівторок|вторник|среда|четверг|понеділок)"
                            r"(?![\w'’ʼ])", re.I)


def _heading(text: str) -> bool:
    """Whether *text* is a date heading alone ("24 лютого, 21:40", "12 декабря 2024 года:"): nothing but the day,
    its month, year, weekday and time."""
    rest = _HEADING_WORDS.sub(" ", text)
    return len(text) < 60 and not re.search(r"[^\W\d_]", rest)


def article_date(text: str, meta_date: str | None = None) -> str | None:
    """The article's publication date: from its metadata, else from a full date in its first lines, else None.

    >>> article_date("Обновлено 12 декабря 2024 года\\nВойска ...")
    '2024-12-12'
    """
    if meta_date:
        try:
            return dt.date.fromisoformat(meta_date[:10]).isoformat()
        except ValueError:
            pass
    m = _ARTICLE_DATE.search(text[:300])
    if not m:
        return None
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso")).isoformat()
        if m.group("nd"):
            return dt.date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))).isoformat()
        return dt.date(int(m.group("y")), MONTHS_GEN[m.group("m").lower()], int(m.group("d"))).isoformat()
    except ValueError:
        return None
