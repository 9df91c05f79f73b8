"""Dates in Russian and Ukrainian articles: when a reported thing happened, as places.csv writes it.

"12 декабря", "12 грудня 2024 року" (a day), "с 8 по 13 октября", "8–13 жовтня" (a range), "в ночь
на 5 декабря" (the night: 4-5 December), "19.04" (with the article's year), "в октябре", "в конце
октября", "наприкінці жовтня" (a month, ``YYYY-MM``), "вчера", "накануне", "сегодня", "в пятницу",
"на прошлой неделе", "минулого тижня" (the calendar week before), "в минувшие выходные" (from the
article's date), "наступного дня", "на следующий день" (the day after the date named before). The
first date of a sentence counts, unless it dates a saying ("сообщило в пятницу"); a date without its
year takes the one that puts it nearest before the article (a month ahead allowed, for announced
plans); with no article date it stays empty.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

_MONTHS_GEN = {m: i for i, ms in enumerate((
    ("января", "січня"), ("февраля", "лютого"), ("марта", "березня"), ("апреля", "квітня"), ("мая", "травня"),
    ("июня", "червня"), ("июля", "липня"), ("августа", "серпня"), ("сентября", "вересня"), ("октября", "жовтня"),
    ("ноября", "листопада"), ("декабря", "грудня")), 1) for m in ms}
_MONTHS_LOC = {m: i for i, ms in enumerate((
    ("январе", "січні"), ("феврале", "лютому"), ("марте", "березні"), ("апреле", "квітні"), ("мае", "травні"),
    ("июне", "червні"), ("июле", "липні"), ("августе", "серпні"), ("сентябре", "вересні"), ("октябре", "жовтні"),
    ("ноябре", "листопаді"), ("декабре", "грудні")), 1) for m in ms}
_GEN = "(?:" + "|".join(_MONTHS_GEN) + ")"
_LOC = "(?:" + "|".join(_MONTHS_LOC) + ")"
_YEAR = r"(?:[ \t]+(?P<y>(?:19|20)\d\d)(?:[ \t]*(?:г\.|года|году|р\.|року|рік))?)?"
_TO = r"[ \t]*(?:-|–|—|по|до)[ \t]*"
_WEEKDAYS = {w: i for i, ws in enumerate((("понедельник", "понеділок"), ("вторник", "вівторок"), ("среду", "середу"),
                                          ("четверг", "четвер"), ("пятницу", "п'ятницю", "пʼятницю", "п’ятницю"),
                                          ("субботу", "суботу"), ("воскресенье", "неділю"))) for w in ws}
_PATTERNS = [
    ("night", re.compile(rf"(?<![\w])(?:в|у)[ \t]+(?:ночь|ніч)[ \t]+на[ \t]+(?P<d>\d{{1,2}})[ \t]+(?P<m>{_GEN}){_YEAR}",
                         re.I)),
    ("dm-dm", re.compile(rf"(?<![\w\d])(?:(?:с|з|від)[ \t]+)?(?P<d1>\d{{1,2}})[ \t]+(?P<m1>{_GEN}){_TO}"
                         rf"(?P<d2>\d{{1,2}})[ \t]+(?P<m2>{_GEN}){_YEAR}", re.I)),
    ("d-dm", re.compile(rf"(?<![\w\d])(?:(?:с|з|від)[ \t]+)?(?P<d1>\d{{1,2}}){_TO}(?P<d2>\d{{1,2}})[ \t]+"
                        rf"(?P<m>{_GEN}){_YEAR}", re.I)),
    ("dm", re.compile(rf"(?<![\w\d.])(?P<d>\d{{1,2}})[ \t]+(?P<m>{_GEN}){_YEAR}", re.I)),
    ("num", re.compile(r"(?<![\d.,:])(?P<d>[0-3]?\d)\.(?P<mm>[01]\d)(?:\.(?P<y>(?:19|20)\d\d))?(?![\d]|[.,]\d)")),
    ("month", re.compile(rf"(?<![\w])(?:(?:в|у)[ \t]+(?P<ml>{_LOC})|(?:в|у|на)[ \t]+(?:конце|начале|середине|"
                         rf"кінці|початку|середині|последних[ \t]+числах|первых[ \t]+числах|останніх[ \t]+числах|"
                         rf"перших[ \t]+числах|первой[ \t]+половине|второй[ \t]+половине|першій[ \t]+половині|"
                         rf"другій[ \t]+половині)[ \t]+(?P<mg>{_GEN})|(?:наприкінці|напочатку|в[ \t]+середині|"
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
    ("wd", re.compile(r"(?<![\w])(?:в|во|у)[ \t]+(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|"
                      r"воскресенье|понеділок|вівторок|середу|четвер|п['’ʼ]ятницю|суботу|неділю)(?![\w])", re.I)),
]
# a date right next to a verb of saying dates the saying ("Об этом в пятницу сообщило Минобороны")
_SAID = re.compile(r"(?<![\w])(?:сообщ\w*|заяв\w*|повідом\w*|доложил\w*|доповів\w*|написал\w*|написав\w*|"
                   r"опубликова\w*|опублікува\w*|рассказал\w*|розповів\w*|уточнил\w*|уточнив\w*|подтвердил\w*|"
                   r"підтвердив\w*|объявил\w*|оголосив\w*|отметил\w*|зазначив\w*)(?![\w])", re.I)
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


def _value(kind: str, m: re.Match, ref: dt.date | None, previous: str) -> str | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    if kind == "night":
        d = _complete(_MONTHS_GEN[g["m"].lower()], int(g["d"]), g.get("y"), ref)
        return "" if d is None else f"{(d - dt.timedelta(days=1)).isoformat()}/{d.isoformat()}"
    if kind == "dm-dm":
        y = g.get("y")
        a = _complete(_MONTHS_GEN[g["m1"].lower()], int(g["d1"]), y, ref)
        b = _complete(_MONTHS_GEN[g["m2"].lower()], int(g["d2"]), y, ref)
        if a is None or b is None:
            return "" if ref is None and not y else None
        if b < a:
            a = a.replace(year=a.year - 1)
        return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"
    if kind == "d-dm":
        month = _MONTHS_GEN[g["m"].lower()]
        a = _complete(month, int(g["d1"]), g.get("y"), ref)
        b = _complete(month, int(g["d2"]), g.get("y"), ref)
        if a is None or b is None:
            return "" if ref is None and not g.get("y") else None
        return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"
    if kind == "dm":
        d = _complete(_MONTHS_GEN[g["m"].lower()], int(g["d"]), g.get("y"), ref)
        return "" if d is None and ref is None and not g.get("y") else (d.isoformat() if d else None)
    if kind == "num":
        day, month = int(g["d"]), int(g["mm"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        d = _complete(month, day, g.get("y"), ref)
        return "" if d is None and ref is None else (d.isoformat() if d else None)
    if kind == "month":
        name = (g.get("ml") or "").lower()
        month = _MONTHS_LOC.get(name) or _MONTHS_GEN[(g.get("mg") or g.get("mg2")).lower()]
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
    if kind == "wd":
        if ref is None:
            return ""
        w = re.sub(r"['’ʼ]", "'", g["wd"].lower())
        back = (ref.weekday() - _WEEKDAYS[w]) % 7
        return (ref - dt.timedelta(days=back)).isoformat()
    return None


def find_date(text: str, article_date: str | None = None, previous: str = "") -> str:
    """The date or range a sentence gives, as places.csv writes it, or "".

    Parameters
    ----------
    text : a sentence.
    article_date : ISO date of the article, which completes dates without a year.
    previous : the date named last before this sentence ("наступного дня" is the day after it).

    >>> find_date("С 8 по 13 октября военнослужащих перевезли во Владивосток.", "2024-10-18")
    '2024-10-08/2024-10-13'
    >>> find_date("За даними ВМС ЗСУ, в ніч на 1 квітня фрегат вийшов з Новоросійська.", "2024-04-02")
    '2024-03-31/2024-04-01'
    >>> find_date("Об этом в пятницу сообщило Минобороны России.", "2024-08-09"), find_date("Снято 06.11 около 15:00.", "2024-11-07")
    ('', '2024-11-06')
    """
    ref = dt.date.fromisoformat(article_date) if article_date else None
    found = []
    for prio, (kind, rx) in enumerate(_PATTERNS):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, _p, b, _k, _m in found):
                continue
            found.append((m.start(), prio, m.end(), kind, m))
    found.sort(key=lambda f: (f[0], f[1]))
    for start, _p, end, kind, m in found:
        if kind in ("wd", "rel", "week") and _SAID.search(text[max(0, start - 25):min(len(text), end + 25)]):
            continue  # "Об этом в пятницу сообщило Минобороны": the day it was said
        v = _value(kind, m, ref, previous)
        if v is not None:
            return v
    return ""


#: A paragraph's heading that is a month ("Серпень:", "Осень 2024:", "• Березень –"): the month its events are in.
_HEADING_MONTH = re.compile(r"^\W*(?P<m>январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
                            r"січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|"
                            r"грудень)(?:[ \t]+(?P<y>(?:19|20)\d\d))?[ \t]*[:—–.-]", re.I)
_MONTHS_NOM = {m: i for i, ms in enumerate((
    ("январь", "січень"), ("февраль", "лютий"), ("март", "березень"), ("апрель", "квітень"), ("май", "травень"),
    ("июнь", "червень"), ("июль", "липень"), ("август", "серпень"), ("сентябрь", "вересень"), ("октябрь", "жовтень"),
    ("ноябрь", "листопад"), ("декабрь", "грудень")), 1) for m in ms}
#: Whether a sentence with no date of its own takes the date of the one before it in its paragraph (chosen on the
#: development theatres: the events a paragraph tells after a dated sentence are mostly of that date).
CARRY = True


def find_dates(texts: Sequence[str], article_date: str | None = None,
               paragraphs: Sequence[int] | None = None) -> list[str]:
    """:func:`find_date` of each sentence of an article in turn, each knowing the date named before it; a sentence
    that names none takes the date of the sentence before it in its paragraph, or the month its paragraph's
    heading names ("Серпень: ...").

    >>> find_dates(["Колону помітили 19.04.", "Вона пройшла через Ізюм.", "Інше."], "2025-04-20", [0, 0, 1])
    ['2025-04-19', '2025-04-19', '']
    """
    out, previous = [], ""
    paragraphs = list(paragraphs) if paragraphs is not None else [None] * len(texts)
    ref = dt.date.fromisoformat(article_date) if article_date else None
    para_date: dict = {}
    for k, t in enumerate(texts):
        d = find_date(t, article_date, previous)
        p = paragraphs[k]
        h = _HEADING_MONTH.match(t)
        if h and ref is not None:
            first = _complete(_MONTHS_NOM[h.group("m").lower()], 1, h.group("y"), ref)
            if first:
                para_date[p] = f"{first.year:04d}-{first.month:02d}"
                d = d or para_date[p]
        if not d and CARRY and p is not None:
            if k > 0 and paragraphs[k - 1] == p and out[k - 1]:
                d = out[k - 1]
            elif p in para_date:
                d = para_date[p]
        out.append(d)
        previous = d or previous
    return out


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
        return dt.date(int(m.group("y")), _MONTHS_GEN[m.group("m").lower()], int(m.group("d"))).isoformat()
    except ValueError:
        return None
