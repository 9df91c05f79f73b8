"""Dates in articles: when a reported thing happened, and when the article was published.

Dates are found with patterns (a day and a month, with or without a year,
alone or as a range; "19.04"; a month alone, "in late October" or "March 2024", written ``YYYY-MM``; spans of
months, "between November and January"; a week of a month, "in the first week of October"; a season, "this summer",
"in the autumn of 2024" (its three months, up to the article's day when written in it);
"on Thursday", "yesterday", "at dawn", "overnight" from the article's date; spans back from it: "since Friday",
"since July", "from September onwards", "over the past two weeks", "last week", "on Friday night", "on Tuesday and Wednesday"); the parts a
pattern matched make the date directly, and ``dateparser`` reads the article's own date wherever it is printed.
The first date of a sentence counts, unless it dates a saying ("HUR said on Thursday that
...", "told lawmakers on 13.11 that ...") or tells what will be ("is due to leave on 10 March"): then the next one,
or none; a via takes a date only from its own clause or the sentence's opening words (:data:`VIA_CLAUSE`). Through
an article (:func:`find_dates`), "two days later" and "the next day"
count from the single day named before (never from a span, nor past the article's date), "the same day", "the same
week", "the following week", "later in the month" and "that month" from the date named last, in any paragraph, and
a sentence that names no time goes on with the date of the one before it in its paragraph. A date that lacks its year
takes it from the article's date (the year that puts it nearest before the
article, allowing a month ahead for announced plans); with no article date it
stays empty: a year is never guessed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from collections.abc import Iterator, Sequence

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?:19|20)\d\d)"
_TO = r"\s*(?:-|–|—|to|and|until|till|through|thru)\s*"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = "|".join(_WEEKDAYS)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
# Words a pattern cannot match without, by name. Each entry of _PATTERNS names the ones its pattern needs (and
# "digit": any digit); a sentence with no word of one of them is not scanned with it (most sentences name no date).
# Looked up in the sentence lower-cased (:func:`_folded`).
_NEED = {"month": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
         "since": ("since",), "from": ("from",), "past": ("past", "last"), "week": ("week",), "monthword": ("month",),
         "weeks": ("weeks",), "weekday": _WEEKDAYS, "rel": (*_WEEKDAYS, "yesterday", "today"),
         "tod": ("morning", "afternoon", "evening", "night", "dawn", "daybreak", "today", "now"),
         "after": ("next", "following", "later"), "season": ("spring", "summer", "autumn", "fall", "winter")}
#: (kind, the words it needs (names in :data:`_NEED`), pattern), in the order they are tried
_PATTERNS = [
    # "between November and January", "from March to early May 2024", "in March and early April": a span of months
    ("m-m", ("month",),
     re.compile(rf"\b(?:between|from|in|during)\s+(?:(?P<p1>early|mid|late)[\s-]+)?(?P<m>{_MONTH})(?P<y1>{_YEAR})?"
                rf"\s+(?:and|to|until|till|through)\s+(?:(?P<p2>early|mid|late)[\s-]+)?(?P<m2>{_MONTH})(?P<y>{_YEAR})?"
                rf"\b(?!\s*\d)", re.I)),
    # "in the first week of October", "the last week of February", "the last week in March": seven days of a month
    ("week-of", ("week", "month"),
     re.compile(rf"\b(?P<w>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+(?P<m>{_MONTH})(?P<y>{_YEAR})?"
                rf"\b(?!\s*\d)", re.I)),
    # "in the week of 24 March", "the week of March 24": the seven days from that day
    ("week-from", ("week", "month", "digit"),
     re.compile(rf"\bweek\s+(?:of|starting|beginning)\s+(?:(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})|"
                rf"(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}))\b(?P<y>{_YEAR})?", re.I)),
    # "since Friday", "since July", "since late June", "since 8 May": from then to the article's day; "since yesterday
    # evening", "since the night": from the day before; "since the afternoon", "since dawn": the article's day
    ("since", ("since",),
     re.compile(rf"\bsince\s+(?:the\s+)?(?:(?:night|morning|afternoon|evening)\s+of\s+)?"
                rf"(?P<x>(?P<day>yesterday(?:\s+(?:morning|afternoon|evening))?|"
                rf"(?:last\s+)?night|overnight|(?:this\s+)?(?:morning|afternoon|evening)|dawn|daybreak)\b"
                # not a part of another day ("since the night of 4 March", "since dawn on Tuesday"), nor a thing named
                # by it ("since the evening news", "since yesterday's attack"): the date after it counts
                rf"(?!['’]s\b|\s+(?:of|on|in|at|before|after|when|news|bulletin|briefing|update|report|attacks?|"
                rf"strikes?|raids?|shelling|assault|offensive)\b)|(?:{_WD})\b|"
                rf"(?:(?P<part>early|mid|late)[\s-]+)?{_MONTH}"
                rf"(?:\s+{_DAY}\b)?(?:{_YEAR})?\b|{_DAY}\s+(?:of\s+)?{_MONTH}(?:{_YEAR})?\b)", re.I)),
    # "from September onwards", "from late March 2022 on": open, like "since" (a plain "from October" is the month)
    ("since", ("from", "month"),
     re.compile(rf"\bfrom\s+(?P<x>(?:(?P<part>early|mid|late)[\s-]+)?{_MONTH}(?:{_YEAR})?)\s+on(?:wards?)?\b",
                re.I)),
    # "over the past two weeks", "in the last three days", "over the past 72 hours": back from the article's day
    # "in the first days of April", "the last weeks of June", "the final days of March 2022": the month
    ("month", ("month",),
     re.compile(rf"\b(?:first|last|final|closing|opening|early)\s+(?:few\s+)?(?:days|weeks)\s+of\s+"
                rf"(?P<m>{_MONTH})(?P<y>{_YEAR})?\b(?!\s*\d)", re.I)),
    ("past", ("past",),
     re.compile(r"\b(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+(?P<n>\d{1,2}|a|one|two|three|four|"
                r"five|six|seven|eight|nine|ten)?\s*(?P<unit>days?|weeks?|months?|hours)\b"
                # not the last hours or days of something else ("the last 24 hours of the siege", "the last 72 hours
                # before the fall of Avdiivka"): they are that thing's, not counted back from the article's day
                r"(?!\s+(?:of|before|after|until|till|leading|preceding|prior)\b)", re.I)),
    # "this week", "last week", "next week", "last weekend": the week (Monday to Sunday) of, before or after the
    # article's
    # ("over the next week" in a story's past is a week after the date before it, not after the article's)
    ("week", ("week",),
     # not a week of something else ("the offensive's last week", "its last week at the front", "during that last
     # week"); "said that last week troops entered ..." is the calendar's: "that" opens a clause there
     re.compile(r"(?<!\bthe\s)(?<!['’]s\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)"
                r"(?<!\bduring\sthat\s)(?<!\bin\sthat\s)(?<!\bover\sthat\s)(?<!\bfor\sthat\s)(?<!\bon\sthat\s)"
                r"(?<!\bthroughout\sthat\s)\b(?P<which>this|last|next|this\s+past|over\s+the|at\s+the)\s+"
                # not one the words go on to name ("over the weekend of 11-12 October": those days)
                r"(?P<unit>week(?:end)?)\b(?!\s+of\b)", re.I)),
    # "this month", "earlier this month", "last month": the article's month, or the one before or after it
    # ("for the next month" in a story's past counts from the date before it, as "over the next week" does)
    ("rmonth", ("monthword",),
     re.compile(r"(?<!\bthe\s)\b(?P<which>this|last|next)\s+month\b", re.I)),
    # "in recent weeks", "over the past few weeks": about a month before the article's day (the corpus's convention
    # "Open-ended spans")
    ("recent", ("weeks",),
     re.compile(r"\b(?:in|over|during|for|within)\s+(?:the\s+)?(?:recent|(?:past|last)\s+(?:few|several))"
                r"\s+weeks\b", re.I)),
    # "on Tuesday and Wednesday", "on Friday night", "on Sunday night and Monday": a span of days ("throughout
    # Monday": that day)
    ("wd-wd", ("weekday",),
     re.compile(rf"\b(?:on|late\s+on|last|throughout|during)\s+(?P<wd>{_WD})(?P<night>\s+night)?"
                rf"(?:\s+(?:and|to|through)\s+(?P<wd2>{_WD}))?\b(?!\s+(?:morning|afternoon|evening))", re.I)),
    # "between October 8 to the 13th", "from Oct. 8-13, 2024"
    ("md-d", ("month", "digit"),
     re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\b(?P<y>{_YEAR})?(?!\s*{_MONTH})",
                re.I)),
    # "8 to 13 October 2024"
    ("d-dm", ("month", "digit"),
     re.compile(rf"\b(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?P<y>{_YEAR})?\b", re.I)),
    # "October 28 to November 2", "28 October - 2 November 2024"
    ("md-md", ("month", "digit"),
     re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d1>{_DAY})(?P<y1>{_YEAR})?{_TO}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})"
                rf"(?P<y>{_YEAR})?\b", re.I)),
    ("dm-dm", ("month", "digit"),
     re.compile(rf"\b(?P<d1>{_DAY})\s+(?P<m>{_MONTH})(?P<y1>{_YEAR})?{_TO}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})"
                rf"(?P<y>{_YEAR})?\b", re.I)),
    ("iso", ("digit",),
     re.compile(r"\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b")),
    ("md", ("month", "digit"),
     re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d1>\d{{1,2}}(?:st|nd|rd|th)?)\b(?P<y>{_YEAR})?", re.I)),
    ("dm", ("month", "digit"),
     re.compile(rf"\b(?P<d1>\d{{1,2}}(?:st|nd|rd|th)?)\s+(?:of\s+)?(?P<m>{_MONTH})(?P<y>{_YEAR})?\b", re.I)),
    # "24-25.04", "24-25.04.2025": a range of days of one month
    ("num-d", ("digit",),
     re.compile(r"(?<![\d.,])(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<d2>[0-3]?\d)\.(?P<mm>[01]\d)"
                r"(?:\.(?P<yy>(?:19|20)\d\d))?(?![\d.]\d|\d)")),
    # "19.04" (the year elsewhere: the article's), "19.04.2024"; "(22/01)", "Sat 13/04": day first, as the dotted
    # form (a two-digit month: "24/7" is no date)
    ("num", ("digit",),
     # (a slashed day of one digit with no year is a date only in brackets or after a weekday, "on Sunday (8/12)",
     # "Sat 8/12": "9/11" and the "2/10 Marines" battalion are none)
     re.compile(r"(?<![\d.,/])(?:(?<=\()|(?<=(?i:mon|tue|wed|thu|fri|sat|sun|day)\s)|(?!\d/[01]\d(?!/(?:19|20)\d\d)))"
                r"(?P<d1>[0-3]?\d)(?P<sep>[./])(?P<mm>[01]\d)(?:(?P=sep)(?P<yy>(?:19|20)\d\d))?"
                r"(?![\d./]\d|\d)(?!\s*(?:[ap]\.?m\b|hours|hrs|GMT|UTC|local|km|%|of\b|scale))")),
    # "in late October", "in mid-November 2024", "since early March": the month is all the text says
    ("month", ("month",),
     re.compile(rf"\b(?:in|during|since|by|until|through|throughout|over|from|(?:the\s+)?(?:end|start|beginning|"
                rf"middle)\s+of|early|mid|late)[\s-]+(?:(?:early|mid|late)[\s-]+)?(?P<m>{_MONTH})"
                rf"(?P<y>{_YEAR})?\b(?!\s*\d)", re.I)),
    # "this summer", "in the autumn of 2024", "since the spring", "over the winter": a season, the vaguest time a
    # sentence names (:func:`_event_dates` prefers any other); not a thing named by it ("the fall of Avdiivka", "the
    # spring offensive") nor what recurs ("every summer", "in summer")
    ("season", ("season",),
     re.compile(r"\b(?:(?P<which>this|last|past)\s+|(?P<prep>in|during|over|through(?:out)?|since|from|by|until|till)"
                r"\s+(?P<the>the\s+)?(?:(?P<which2>this|last|past)\s+)?)(?P<s>spring|summer|autumn|fall|winter)"
                # "the spring and summer of 2023": both, of one year; "winter 2022-23": its two years; a year once
                # read stays read ("the summer 2024 offensive" is no summer without its year)
                r"(?:\s+(?:and|to|through)\s+(?:the\s+)?(?P<s2>spring|summer|autumn|fall|winter)(?=\s+(?:of\s+)?"
                r"(?:19|20)\d\d\b))?(?>(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?:[-/–](?P<y2>\d\d(?:\d\d)?)\b)?)?)"
                r"\b(?!\s+of\b|['’]s|\s+(?:offensive|campaign|exercises?|drills?|"
                r"session|months|holidays?|break|term|uniforms?|clothing|gear|conditions|weather|rains?)\b)", re.I)),
    # "March 2024" with no word before it: the month ("the Armistice Agreement of July 1953" names a thing)
    ("month-year", ("month", "digit"),
     re.compile(rf"(?<!\bof\s)\b(?P<m>{_MONTH})(?P<y>,?\s+(?:19|20)\d\d)\b", re.I)),
    ("rel", ("rel",),
     re.compile(r"\b(?:(?:on|last|this past|by|(?:early\s+)?hours\s+of)\s+(?P<wd>" + "|".join(_WEEKDAYS) +
                r")|(?P<rel>yesterday|today))\b",
                re.I)),
    # "on 19 July ... landing at Ugolny the next morning", "arriving the following evening": the day after the day the
    # sentence names before it (:func:`_times_of_day`); none when it names none (:func:`find_dates` counts from the
    # sentence before)
    ("after", ("after",),
     re.compile(r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|"
                r"(?P<n>\d|a|one|two|three|four|five|six)\s+days?\s+later)\b", re.I)),
    # "at dawn", "this afternoon": the article's own day; "overnight", "last night": the night before it. Only
    # when the sentence names no other date ("Overnight 24-25.04 ..." is that night).
    ("tod", ("tod",),
     re.compile(r"\b(?:(?P<today>this\s+(?:morning|afternoon|evening)|tonight|(?:at|before)\s+(?:dawn|daybreak)|"
                r"earlier\s+today|right\s+now)|(?P<night>overnight|last\s+night|during\s+the\s+night))\b", re.I)),
]
_DIGIT = re.compile(r"\d")


def _folded(text: str) -> str:
    """*text* lower-cased so that every word a pattern matches ignoring case is in it as written in :data:`_NEED`
    (the three letters that match an ASCII one ignoring case but lower-case to another: "İ", "ı", "ſ")."""
    low = text.lower()
    return low if text.isascii() else low.replace("i\u0307", "i").replace("\u0131", "i").replace("\u017f", "s")


_ARTICLE_DATE = re.compile(r"\b(?:date[d:]?|published(?:\s+on)?|updated(?:\s+on)?)[:\s]+"
                           rf"((?:19|20)\d\d-\d\d-\d\d|{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d"
                           rf"|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d)", re.I)
_FULL_DATE = re.compile(rf"\b(?:(?:19|20)\d\d-\d\d-\d\d|{_MONTH}\s+\d{{1,2}},\s+(?:19|20)\d\d"
                        rf"|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d)\b", re.I)


def _parse(text: str) -> dt.date | None:
    """One full date ("October 8 2024") to a date, via dateparser; None if it is not one."""
    import dateparser

    d = dateparser.parse(text, languages=["en"],
                         settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"})
    return d.date() if d else None


def _day(s: str) -> str:
    return re.sub(r"^the\s+|(st|nd|rd|th)$", "", s.strip(), flags=re.I)


_MONTHS = {m: k for k, ms in enumerate(("jan january", "feb february", "mar march", "apr april", "may",
                                        "jun june", "jul july", "aug august", "sep sept september", "oct october",
                                        "nov november", "dec december"), 1) for m in ms.split()}
# A date's word where a place's name could stand ("in March", "in Mar. 2022", "on Monday"): a month's or a day's full
# name as a word; a short one ("Mar", "Jun") only before a number, as "in Mar del Plata" is a place.
_FULL_CALENDAR = sorted({m for m in _MONTHS if len(m) > 3} | set(_WEEKDAYS) | {"may"}, key=len, reverse=True)
#: A pattern that matches where a date's word begins (use it as a lookahead, any case): "in March" is no area.
DATE_WORD = (rf"(?i:(?:{'|'.join(_FULL_CALENDAR)})(?![\w'’-])|"
             rf"(?:{'|'.join(m for m in _MONTHS if len(m) <= 3)})\.?[ \t]*\d)")


def date_word(s: str) -> bool:
    """Whether *s* is a date's word or begins with one (:data:`DATE_WORD`): a month, a day of the week.

    >>> date_word("March"), date_word("Monday"), date_word("Mar 2022"), date_word("Mar del Plata"), date_word("Marchi")
    (True, True, True, False, False)
    """
    return re.match(DATE_WORD, s) is not None


def _ymd(month: str, day: str, year: int) -> dt.date | None:
    """A date from the parts a pattern matched ("Oct.", "8th", 2024); None if there is no such day."""
    m = _MONTHS.get(_folded(month).rstrip("."))
    try:
        return dt.date(year, m, int(_day(day))) if m else None
    except ValueError:
        return None


def _complete(month: str, day: str, year: str | None, ref: dt.date | None) -> dt.date | None:
    if year:
        return _ymd(month, day, int(year.strip(", ")))
    if ref is None:
        return None
    d = _ymd(month, day, ref.year)
    if d and d > ref + dt.timedelta(days=31):
        d = _ymd(month, day, ref.year - 1)
    return d


def find_date(text: str, article_date: str | None = None) -> str:
    """The date or range a sentence gives, as places.csv writes it, or "".

    Parameters
    ----------
    text : a sentence.
    article_date : ISO date of the article, which completes dates without a year.

    >>> find_date("the initial tranche arrived between October 8 to the 13th.", "2024-10-28")
    '2024-10-08/2024-10-13'
    >>> find_date("the initial tranche arrived between October 8 to the 13th.")
    ''
    >>> find_date("Ships left Sevastopol on March 2, 2023.")
    '2023-03-02'
    >>> find_date("A column drove from Sumy towards Yunakivka last night.", "2025-04-15")
    '2025-04-14/2025-04-15'
    >>> find_date("Two landing craft put soldiers ashore overnight 24-25.04.", "2025-04-27")
    '2025-04-24/2025-04-25'
    """
    for _start, _end, value in _event_dates(text, article_date):
        if value is not None:
            return value
    return ""


@lru_cache(maxsize=256)  # find_date and find_date_at ask for the same sentence's dates
def _event_dates(text: str, article_date: str | None) -> tuple[tuple[int, int, str | None], ...]:
    """Every date the sentence gives that may be an event's, in the order :func:`find_date` prefers them: (start,
    end, value), value None when the words are no date after all."""
    ref = dt.date.fromisoformat(article_date) if article_date else None
    found = list(_all_dates(text, article_date))
    # "HUR said on Thursday that ...": the day it was said is not the day it happened
    told = [f for f in found if not _SAID_ON.search(text, max(0, f[0] - 40), f[0])
            and not _statement(text, f[0], f[2])]
    if ref is not None and FUTURE:
        # "where troops will remain until September 2026": a time months after the article is no event it reports
        late = (ref + dt.timedelta(days=FUTURE_DAYS)).isoformat()
        told = [(a, p, b, None if v and v[:10] > late else v) for a, p, b, v in told]
    if TOD_DAY and any(_PATTERNS[p][0] in ("tod", "after") for _a, p, _b, _v in told):
        told = _times_of_day(text, told, ref)
    # a time of day only when no date is named, a season (vaguer than the article's day) only when no other time is
    told.sort(key=lambda f: _RANK.get(_PATTERNS[f[1]][0], 0))
    return tuple((a, b, v) for a, _p, b, v in told)


#: How late :func:`_event_dates` takes a kind of date (a stable sort: text order within a rank): a time of day after
#: any date, a season last.
_RANK = {"tod": 1, "season": 2}


@lru_cache(maxsize=256)
def _all_dates(text: str, article_date: str | None) -> tuple[tuple[int, int, int, str | None], ...]:
    """Every date the sentence gives, in text order: (start, priority, end, value)."""
    ref = dt.date.fromisoformat(article_date) if article_date else None
    found = []  # (start, priority, end, value): every date the sentence gives
    low = _folded(text)
    has = {"digit": bool(_DIGIT.search(text))}
    for prio, (kind, needs, pattern) in enumerate(_PATTERNS):
        if not all(has[w] if w in has else has.setdefault(w, any(n in low for n in _NEED[w])) for w in needs):
            continue  # it lacks a word the pattern requires
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, _p, b, _v in found):
                continue  # inside a date found by a pattern before ("8 to 13 October" holds "13 October")
            said = (kind == "past" and _folded(m.group("unit")) == "hours" or kind == "since" and m.groupdict().get(
                "day")) and _SAID_DATE.search(text)
            if said:
                # "The ministry said on Thursday that over the past 72 hours ...": counted from the saying's day, not
                # from the article's; none when the saying's date is no single day
                days = [v for *_x, v in _all_dates(said.group("d"), article_date) if v and len(v) == 10]
                found.append((m.start(), prio, m.end(),
                              _value(kind, m, dt.date.fromisoformat(days[0])) if len(days) == 1 else None))
                continue
            if kind == "month" and re.fullmatch(r"(?:of\s+)?May", m.group(0), re.I):
                continue  # "in May" is a month; "of May" rarely is one without more
            if kind == "rel" and m.group(0)[:2].lower() == "by" and _deadline(text, m.start()):
                continue  # "ordered its troops to leave Kherson by Friday": a deadline, not when it happened
            found.append((m.start(), prio, m.end(), _value(kind, m, ref)))
    found.sort()
    return tuple(found)


# what makes "by <weekday>" a time limit: an order, a duty or a plan in its clause ("ordered its troops to leave",
# "must withdraw", "has to", "the deadline"); "to" with a verb, not with a plural noun ("moved to positions")
_DEADLINE = re.compile(r"\b(?:must|should|ought|order(?:s|ed)?|told|demand\w*|deadline|ultimatum|(?:has|have|had|is|are|was|"
                       r"were)\s+to|will|would)\b|(?-i:\bto\s+(?!(?:the|a|an|its|their|his|her|our)\b)[a-z]+(?<![^s]s)\b)", re.I)


def _deadline(text: str, at: int) -> bool:
    """Whether "by <weekday>" at ``text[at:]`` is a time limit ("must withdraw by Friday", "ordered ... to leave by
    Friday") rather than the time an event was done by: only when its clause holds an order, a duty or a plan
    (:data:`_DEADLINE`); "reached Pokrovsk by Friday", "had reached the base by Monday" date the event."""
    return bool(_DEADLINE.search(text, clause_start(_CLAUSE_BREAK, text, at), at))


#: Whether a span of months starts and ends where its parts say ("mid-December": the 15th, "late": the 21st; "early
#: April" ends on the 10th, "mid-January" on the 15th), the corpus's "Open-ended spans" days; else whole months.
PARTS = True
#: How "the second week of May" and "the last week of February" are counted: "calendar" (Monday-to-Sunday weeks:
#: the second starts on the first Monday after the 1st, the last is the last that ends in the month) or "days" (days
#: 8 to 14, the last seven days). "The first week" is days 1 to 7 either way.
WEEKS_OF_MONTH = "calendar"
#: Whether dates months after the article's are dropped (:func:`_event_dates`).
FUTURE = True
#: How many days after the article's a date must lie to be dropped (:data:`FUTURE`). On the English development
#: texts any bound from 30 to 180 days drops the same two dates ("until September 2026" in an August 2025 article,
#: "in March 2026" in another), both no date of a stop in the gold; 14 days drops 9 and 7 days 11, among them dates
#: of planned movements the gold keeps ("next month", "10 to 20 February"); 365 days keeps "in March 2026". The bound
#: sits in the flat middle: about two months. With it the English leave-one-theatre-out date figure is .67 (the two
#: dates are of no gold stop, so without it the figure can move by a few stops at most).
FUTURE_DAYS = 62
#: Whether a time of day counts from the day its sentence names ("on 8 June ... travelling overnight").
TOD_DAY = True


def _times_of_day(text: str, found: list, ref: dt.date | None) -> list:
    """*found* with each time of day ("overnight", "at dawn") counted from the day its sentence names before it (else
    the first it names), not from the article's; one a date follows ("overnight on 7-8 December") is that date's."""
    days = [(a, b, v) for a, p, b, v in found if _PATTERNS[p][0] != "tod" and v and len(v) == 10]
    dated = [(a, b) for a, p, b, v in found if _PATTERNS[p][0] != "tod" and v]
    out = []
    for a, p, b, v in found:
        if _PATTERNS[p][0] == "after":
            before = [d for d in days if d[1] <= a]
            if before:  # "on 15 February ... arriving the following evening"
                m = _PATTERNS[p][2].match(text, a)
                n = m.group("n") if m else None
                n = 1 if not n else int(n) if n.isdigit() else _NUMBERS[_folded(n)]
                v = (dt.date.fromisoformat(before[-1][2]) + dt.timedelta(days=n)).isoformat()
                if ref is not None and v > ref.isoformat():
                    v = None
        elif _PATTERNS[p][0] == "tod" and v:
            if any(0 <= c - b <= 12 and not re.search(r"[,;.]", text[b:c]) for c, _d in dated):
                v = None  # "overnight on December 7-8", "overnight 24-25.04": the date says which night
            elif days:
                day = max((d for d in days if d[1] <= a), default=days[0], key=lambda d: d[0])[2]
                d0 = dt.date.fromisoformat(day)
                v = day if "/" not in v else f"{d0}/{d0 + dt.timedelta(days=1)}"
        out.append((a, p, b, v))
    return out


@lru_cache(maxsize=256)
def _said_dates(text: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence dates a saying ("HUR said on Thursday that ..."): the spans of those dates."""
    if not _SAID_WORD.search(text):
        return ()
    out = []
    for m in _SAID_DATE.finditer(text):
        out.append((m.start("d"), m.end("d")))
    if STATEMENT or FUTURE_TENSE:
        out += [(a, b) for a, _p, b, _v in _all_dates(text, None) if _statement(text, a, b) and (a, b) not in out]
    return tuple(out)


#: Whether a stop in a sentence that names several dates takes the one in its own clause (else the sentence's
#: first). Chosen on the development theatres: of the 134 English gold stops in such sentences, 56 -> 84 right.
#: Tried and not taken (English dev gold stops dated right, of 2177; 1412 with this rule): a stop whose clause names
#: no date taking the nearest date before it (travel order) 1409, or none 1394; a "which"/"where" clause right after
#: the place counted as the place's own 1408 (such a clause mostly tells another event there: "landed at Hmeimim,
#: where an image taken on 10 April shows ...").
NEAREST = True


def find_date_at(text: str, at: int, end: int | None = None, article_date: str | None = None,
                 kept: str | None = None, role: str | None = None) -> str:
    """The date of a stop at ``text[at:end]`` in a sentence that may name several: the nearest date in the stop's
    own clause, with no comma, "and", "while", "where", "which", "after" or "before" between them ("Ukrainian
    forces entered Bucha on 31 March and Hostomel on 1 and 2 April": Hostomel's is 1-2 April); else the
    sentence's (:func:`find_date`), but for a via (*role* "via"), which takes a date only from its own clause (its
    list of names and inserts included) or one that opens the sentence, else at most the span :data:`ON_THE_WAY`
    gives (:data:`VIA_CLAUSE`), and for a stop in the clause of a dated saying, which takes none
    (:data:`SAID_CLAUSE`). *kept*: the date the sentence was given in its article (:func:`find_dates`); when it is
    not the sentence's own (a liveblog's day, a date carried), it stands.

    >>> t = "Ukrainian forces entered Bucha on 31 March and Hostomel on 1 and 2 April."
    >>> find_date_at(t, 47, 55, "2022-04-05"), find_date_at(t, 25, 30, "2022-04-05")
    ('2022-04-01/2022-04-02', '2022-03-31')
    """
    end = at if end is None else end
    first = find_date(text, article_date)
    if SAID_CLAUSE and (kept is None or kept == first) and _said_dates(text):
        # a stop told in the clause of a dated saying ("a channel claimed on 17 December that fighters had been
        # moved to X") takes no date from the rest of the sentence: the date near it is the statement's
        spans = [(a, b, "said") for a, b in _said_dates(text)] + [(a, b, v) for a, b, v in
                                                                  _event_dates(text, article_date)]
        own = [f for f in spans if _same_clause(text, f[0], f[1], at, end)]
        if own and min(own, key=lambda f: max(f[0] - end, at - f[1], 0))[2] == "said":
            return ""
    if APART and first and (kept is None or kept == first):
        found = [(a, b) for a, b, v in _event_dates(text, article_date) if v]
        if found and all(_apart(text, a, b, at, end) for a, b in found):
            return ""
    if PRESENT_CLAUSE and role == "presence" and first and (kept is None or kept == first) \
            and _present_clause(text, at, end) \
            and not any(_same_clause(text, a, b, at, end) for a, b, v in _event_dates(text, article_date) if v):
        return ""
    if VIA_CLAUSE and role == "via" and first and (kept is None or kept == first):
        found = [(a, b, v) for a, b, v in _event_dates(text, article_date) if v]
        if found and not any(_dates_via(text, a, b, at, end) for a, b, _v in found):
            return (ON_THE_WAY and _on_the_way(text, found, at, end)) or ""
    if INSERTED and NEAREST and (kept is None or kept == first):
        found = [(a, b, v) for a, b, v in _event_dates(text, article_date) if v is not None]
        if len({v for _a, _b, v in found}) >= 2 and all(found_v for _a, _b, found_v in found) \
                and not any(_same_clause(text, a, b, at, end) for a, b, _v in found):
            after = [(a, v) for a, _b, v in found if a >= end and _INSERTED.fullmatch(text, end, a)]
            if after:
                return after[0][1]
    return nearest_in_clause(text, at, end, first, kept, lambda: _event_dates(text, article_date), _CLAUSE_BREAK,
                             NEAREST, ON_THE_WAY and role == "via")


#: Whether a stop whose clause names none of its sentence's dates takes one that follows it past an insert between
#: commas ("reached the Malian army's base at Kati, north of Bamako, two days later").
INSERTED = True


#: Whether a presence told as now in its own clause ("instructors, who arrived in April, remain at Air Base 101",
#: "about 2,000 troops were now deployed along the Bryansk section, up from 1,200 in April") takes no date from another
#: clause of its sentence: the corpus's convention "Present tense" (the time of writing is ``reported``).
PRESENT_CLAUSE = True
_PRESENT_WORDS = re.compile(r"\b(?:now|remains?|still|currently|already)\b", re.I)


def _present_clause(text: str, at: int, end: int) -> bool:
    """Whether the clause of the stop at ``text[at:end]`` tells what is so now (:data:`_PRESENT_WORDS`)."""
    start = clause_start(_CLAUSE_BREAK, text, at)
    stop = _CLAUSE_BREAK.search(text, end)
    return bool(_PRESENT_WORDS.search(text, start, stop.start() if stop else len(text)))


#: Whether a stop takes no date from a sentence whose every date lies beyond a break that makes another statement
#: of it (:func:`_apart`).
APART = True
# a second statement of one saying ("said it had sent ..., and that ... had arrived on Monday")
_AND_THAT = re.compile(r"\band\s+that\b", re.I)
# a semicolon that opens a statement of its own, not a clause that goes on with the one before it ("transferred 1,500
# soldiers to Vladivostok; as the initial tranche arrived between October 8 to the 13th")
_NEW_STATEMENT = re.compile(r";(?!\s*(?:as|when|while|after|before|until|till|since|with|and|then)\b)", re.I)


def _apart(text: str, a: int, b: int, at: int, end: int) -> bool:
    """Whether the date at ``text[a:b]`` says nothing of the stop at ``text[at:end]``: a second statement of one
    saying lies between them ("KFOR said it had sent a company to Leposavic, and that 200 soldiers had arrived at Novo
    Selo on Monday"), or a semicolon that opens a statement of its own before a date after the stop ("taken by rail
    towards Dzhankoi; we geolocated a video filmed on 16 August"): a date dates what a sentence goes on with after a
    semicolon, not what came before (unless what follows goes on with it: "; as the tranche arrived on ...")."""
    if a >= end:
        return bool(_AND_THAT.search(text, end, a) or _NEW_STATEMENT.search(text, end, a))
    return bool(_AND_THAT.search(text, b, at))


#: Whether a via takes a date of its sentence only from its own clause or from the sentence's opening words (else
#: none, or the span :data:`ON_THE_WAY` gives): a date told with the departure ("left Pfungstadt on 11 May and
#: travelled by rail through Austria and Hungary to Iasi") or the arrival ("shipped from Bremerhaven to the port of
#: Oulu, then carried by train to Rovaniemi on the weekend of 1-2 March") is that stop's, and the development gold
#: leaves the places passed on the way undated (the corpus's "One date for a movement": a departure date printed
#: only at the origin, an arrival date only at the destination stay where they are). A date that opens the sentence
#: ("On 24 July, the four bombers took off and flew east over the Bering Sea", "- 9 April: the Il-76 ... flew south
#: over the Caspian") dates all it tells. English development stops (in-sample, shipped models): 38 right, 26 wrong
#: that were right (most of them vias told in a participle or relative clause of their own: "driving east towards
#: Baghdad", "which they took on September 8"). Only vias: origins and destinations so treated lose far more than
#: they gain (+53 -85, +63 -112), presences too (+53 -63); the same rule in Russian and Ukrainian changes 14 stops,
#: 7 right and 7 wrong, so it is English only.
VIA_CLAUSE = True
#: How many words at most may stand before a date that opens the sentence (:data:`VIA_CLAUSE`): "On", "Then, on",
#: "Starting on", "In the first days of".
VIA_OPENING = 4


def _dates_via(text: str, a: int, b: int, at: int, end: int) -> bool:
    """Whether the date at ``text[a:b]`` dates the via at ``text[at:end]`` (:data:`VIA_CLAUSE`): no clause break
    between them but the commas and "and"s of a list of names the via is one of ("through Tokmak, Vasylivka and
    Polohy on 3 March", "on 3 March through Melitopol and Tokmak"), or the date opens the sentence."""
    if _same_clause(text, a, b, at, end):
        return True
    gap = text[end:a] if a >= end else text[b:at]
    if len(gap) <= 200 and (_LISTED_BEFORE if a >= end else _LISTED_AFTER).fullmatch(gap):
        return True
    if VIA_WHERE and a >= end and _WHERE_AT.fullmatch(gap):
        return True
    return len(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text[:a])) <= VIA_OPENING  # "Ukraine's": one word


#: Whether a via takes the date of a "where" or "which" clause that opens right after it (:func:`_dates_via`): what
#: the clause tells happened at that place ("carried on through Minsk to Baranovichi, where tanks were unloaded on
#: Wednesday", "drove east to the Rusumo crossing, where it entered Tanzania on 30 April").
VIA_WHERE = True


#: Whether a via (*role*) whose clause names no date, told between a date before it and a later one after it, takes
#: the span between them (:func:`_on_the_way`): a place passed on the way from a dated departure to a dated arrival.
ON_THE_WAY = True
#: Whether a stop in the clause of a dated saying takes no date from elsewhere in its sentence.
SAID_CLAUSE = True


def nearest_in_clause(text: str, at: int, end: int, first: str, kept: str | None, events,
                      clause_break: re.Pattern, nearest: bool = True, between: bool = False) -> str:
    """Of the dates ``events()`` finds in *text* (``(start, end, value)``), the one nearest the stop at
    ``text[at:end]`` with no *clause_break* between them; *kept* when it is not *first* (the sentence's date: then
    the article gave the sentence another); else *first* when *nearest* is off, or the sentence names fewer than
    two dates, one it cannot read, or none in the stop's clause. Both languages' :func:`find_date_at` choose with it.

    >>> t = "in Bucha on 31 March and Hostomel on 1 April"
    >>> found = lambda: [(12, 20, "b"), (37, 44, "c")]
    >>> nearest_in_clause(t, 25, 33, "b", None, found, re.compile(r"\band\b"))
    'c'
    """
    if kept is not None and kept != first:
        return kept
    if not nearest:
        return first
    found = [(a, b, v) for a, b, v in events() if v is not None]
    if len({v for _a, _b, v in found}) < 2 or any(not v for _a, _b, v in found):
        return first
    own = [f for f in found if _same_clause(text, f[0], f[1], at, end, clause_break)]
    if not own:
        return (between and _on_the_way(text, found, at, end)) or first
    return min(own, key=lambda f: max(f[0] - end, at - f[1], 0))[2]


def _on_the_way(text: str, found, at: int, end: int) -> str:
    """The span from the last date before a stop to the first after it, when the stop's clause names none, both are
    days (or nights) in that order at most :data:`_TRIP_DAYS` apart within one year, and the later one is the arrival
    of the same movement (:data:`_ARRIVAL` between the stop and it, none of :data:`_NOT_ARRIVAL`): "left Bandar Abbas
    on Feb. 27 and sailed through the Gulf of Oman ... before it was intercepted on Tuesday"; else ""."""
    before = [(b, v) for _a, b, v in found if b <= at]
    after = [(a, v) for a, _b, v in found if a >= end]
    if not before or not after or ";" in text[before[-1][0]:after[0][0]]:
        return ""
    gap = text[end:after[0][0]]
    if not _ARRIVAL.search(gap) or _NOT_ARRIVAL.search(gap):
        return ""  # the later date is another ship's, event's, saying's or report's, not this movement's arrival
    before, after = [v for _b, v in before], [v for _a, v in after]
    if not all(len(x) == 10 for x in (*before[-1].split("/"), *after[0].split("/"))):
        return ""
    start, stop = before[-1].split("/")[0], after[0].split("/")[-1]
    if start[:4] != stop[:4] or not 0 < (dt.date.fromisoformat(stop) - dt.date.fromisoformat(start)).days <= _TRIP_DAYS:
        return ""
    return f"{start}/{stop}"


#: What parts a stop's clause from a date: punctuation, "and", "but", "while", "whereas", "where", "which", "after",
#: "before". One list for every use; :data:`_FUTURE_CLAUSE` adds the relative pronouns.
_CLAUSE_WORDS = r"and|but|while|whereas|where|which|after|before"
_CLAUSE_BREAK = re.compile(rf"[,;:()]|\[\d+\]|\b(?:{_CLAUSE_WORDS})\b", re.I)


def _same_clause(text: str, a: int, b: int, at: int, end: int, clause_break: re.Pattern = _CLAUSE_BREAK) -> bool:
    """Whether the date at ``text[a:b]`` and the stop at ``text[at:end]`` share a clause: no *clause_break* between
    them."""
    return not clause_break.search(text, *((end, a) if a >= end else (b, at)))

# a name in a list of places: capitalised words, "the" before them ("the Bosphorus", "Kherson Oblast")
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*"
# words that go on in the via's clause up to the date: a preposition, then no clause break ("to Polohy on")
_ON_TO_DATE = (r"(?:\s+(?:on|in|at|to|towards?|into|from|via|by|during|between|over|near|through|across|past|along|"
               rf"until|till|for|late|early)\b(?:(?!\b(?:{_CLAUSE_WORDS})\b)[^,;:()\[\]])*?)?\s*")
# an insert between commas ("Volnovakha, Donetsk region, on 3 March", "the Baltic Sea, escorted by Su-35 fighters,
# on 3 March"): a few words, no clause word, no verb of an arrival or departure (whose date is another stop's)
_NOT_IN_INSERT = rf"(?!(?:{_CLAUSE_WORDS}|arriv\w*|reach\w*|land\w*|dock\w*|enter\w*|left|leav\w*|depart\w*)\b)"
# from a via to the date of a clause about it (:data:`VIA_WHERE`): a place phrase or a short insert, the relative
# word (not "from where": the next leg's), then no other clause break
_WHERE_AT = re.compile(rf"(?:\s+(?:on|in|at|near)\s+[^,;:()\[\]]{{1,40}}?)?"
                       rf"(?:\s*,\s*{_NOT_IN_INSERT}[^,;:()\[\]]{{1,40}}?)?"
                       rf"\s*,?\s*(?<!\bfrom\s)(?:where|which)\b(?:(?!\b(?:{_CLAUSE_WORDS})\b)[^,;:()\[\]])*?\s*", re.I)
_INSERT = rf"\s*,\s*{_NOT_IN_INSERT}[\w'’.-]+(?:\s+{_NOT_IN_INSERT}[\w'’.-]+){{0,5}}\s*,"
# from a stop to a date after it: inserts between commas, then the words that lead to the date (:data:`INSERTED`)
_INSERTED = re.compile(rf"(?:{_INSERT})+{_ON_TO_DATE}", re.I)
# from a via to a date after it: the rest of its list of names and inserts, then the words that lead to the date
_LISTED_BEFORE = re.compile(rf"(?:\s*(?:,|\b(?:and|or)\b)\s*{_NAME}|{_INSERT})*{_ON_TO_DATE}", re.I)
# from a date to a via after it: words with no clause break, then the names listed before the via
_LISTED_AFTER = re.compile(rf"(?:(?!\b(?:{_CLAUSE_WORDS})\b)[^,;:()\[\]])*?(?:{_NAME}\s*(?:,|\b(?:and|or)\b)\s*)*"
                           r"(?:the\s+)?", re.I)


#: The verbs of saying whose date is the saying's, not the event's ("HUR said on Thursday that ...", "claiming on
#: Monday that ..."): one list for the three patterns below.
_SAID_VERBS = ("said|says|announced|reported|told|stated|claimed|claiming|confirmed|denied|wrote|posted|added|saying|"
               "announcing|reporting|stating")
#: Verbs of judging that, like saying, tell what somebody holds ("estimated in October that ..."): one list for
#: :data:`_STATE_VERBS` and :data:`_SAID_THAT`.
_JUDGE_VERBS = "estimated|assessed"
#: Words between the verb and its date ("said late on Monday", "announced publicly this Friday").
_SAID_ADV = (r"(?:\s+(?:late|early|also|publicly|officially|again))?"
             r"(?:\s+(?:in|at|during)\s+(?:a|an|its|his|her|their|the)"
             r"\s+(?:statement|briefing|interview|assessment|update|post|video|address|press\s+conference))?")
#: A verb of saying, and a date right after it (:func:`_said_dates`).
_SAID_WORD = re.compile(rf"\b(?:{_SAID_VERBS})\b", re.I)
_SAID_DATE = re.compile(rf"\b(?:{_SAID_VERBS}){_SAID_ADV}\s+(?P<d>(?:on|last|this)\s+(?:{_WD})|on\s+(?:{_MONTH}\s+"
                        rf"\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|\d{{1,2}}\.\d\d)|yesterday|today)\b", re.I)
#: A date right after a verb of saying dates the saying, not the event.
_SAID_ON = re.compile(rf"\b(?:{_SAID_VERBS}){_SAID_ADV}\s+(?:on\s+|last\s+|this\s+)?$", re.I)

# A via's span is a trip's: at most two weeks (the development spans are one to a few days; a longer gap between a
# "formed" and a "deployed" is no passage on the way)
_TRIP_DAYS = 14
# the verbs of arrival that date the end of the movement a via lies on ("before it was intercepted on Tuesday",
# "arriving the following evening", "landing ... the next day"), or its sighting told of the same subject ("before it
# was spotted in Armiansk today"; not "before a drone was spotted")
_ARRIVAL = re.compile(r"\b(?:arriv\w*|reach\w*|land(?:s|ed|ing)?|dock\w*|enter\w*|intercept\w*|moor\w*|berth\w*|"
                      r"return\w*|(?:it|they)\s+(?:was|were)\s+(?:spotted|seen|sighted|photographed|filmed))\b", re.I)
# what shows the later date is not that arrival: another clause of contrast, another subject ("a second ship"), a
# saying, a report or its publication
_NOT_ARRIVAL = re.compile(rf"\b(?:while|whereas|but|although|though|another|a\s+second|the\s+other|according|"
                          rf"report\w*|publish\w*|{_SAID_VERBS})\b", re.I)


#: Whether a date between a verb of saying and what was said ("told lawmakers on 13.11 that", "estimated in October
#: 2024 that", "asked on Wednesday whether"), is the statement's.
STATEMENT = True
#: Whether a date that opens a sentence whose subject then says or publishes ("On 13 March Russia's defence ministry
#: said its forces had recaptured Sudzha", "On Friday (09.09) the ministry published video of ...", "On 14 July the
#: ministry released video of ...") is the statement's: the corpus's convention "Statement days" (the event's date
#: stays empty unless the text gives it). A date that opens a sentence telling the event ("On 24 July, the bombers
#: took off ..., the ministry said") dates it: the verb after the date is the event's. "Released" and "published"
#: say only with a medium for object ("released video of"): "On 24 August Hamas released four hostages" tells the
#: movement itself; "told" only with "that" ("told reporters that"): "the commander told troops to withdraw" is an
#: order of that day, "fighters told of heavy losses" a telling of events. "Reported" and "posted" are left out: a
#: monitor that "reported a train crossing at Krichev" on a day tells a sighting of that day. Not taken: the day
#: footage was published ("Geolocated footage published on 12 August indicates that ... advanced"): the development
#: gold dates the advance by it (3 of 4 stops).
OPENING_SAYING = True
# before the date: nothing but a list's mark and "on"
_LEAD = re.compile(rf"\W*(?:(?:late|early)\s+)?(?:on\s+)?(?:the\s+)?(?:(?:{_WD})\s*\()?$", re.I)
# what a medium is: the object of "released"/"published" when they tell a statement
_MEDIUM = (r"video|videos|footage|images?|photos?|photographs?|pictures?|statements?|lists?|figures|data|"
           r"a\s+statement|an?\s+update|reports?|maps?|recordings?|clips?")
# after it: its number in brackets, the speaker (up to six words: no verb, no clause break; a capitalised word may
# end in -ed: "the United Nations", "Ukraine's Armed Forces"), then the verb of saying. Not after a comma: "On August
# 27, the fleet said, the convoy reached Kotelny" puts the saying aside, and the development gold dates the event by
# a date a comma sets off in all 5 such sentences ("On 31 March, Energoatom said that Russian troops ... had left").
_OPENS_SAYING = re.compile(
    r"\)?(?:\s*\(\d{1,2}\.\d\d(?:\.\d{2,4})?\))?\s+"
    r"(?:(?!(?:and|who|which|that|where|when|as|after|before|while|if|but|because|took|left|hit|struck|fled|drove|"
    r"flew|went|came|sent|shot|fought|led|held|began|ran|met|made|lost|won|brought|got|fell|rode|withdrew|"
    r"overran|retook|swept)\b)(?:(?-i:[A-Z])[\w'’.-]*|[\w'’.-]+(?<!ed))\s+){1,6}?"
    rf"(?:said|announced|stated|claimed|confirmed|wrote|denied|told\s+(?:[\w'’-]+\s+){{0,3}}?that|"
    rf"(?:released|published)\s+(?:(?:a|an|the|new|its|their|his|her|more)\s+){{0,2}}(?:{_MEDIUM}))\b", re.I)
#: Whether a sentence about the future ("will return ... in early October", "is due to leave on 10 March") dates no
#: event.
FUTURE_TENSE = True
_STATE_VERBS = _SAID_VERBS + f"|{_JUDGE_VERBS}|asked|briefed|published|publishes|tells|informed"
# the verb, up to five words (its object: "told lawmakers", "reported to Vladimir Putin"), then the date
_STATE_BEFORE = re.compile(rf"\b(?:{_STATE_VERBS})\b(?:\s+[\w'’.-]+){{0,5}}?\s+(?:on|in|last|this|during|at)?\s*$",
                           re.I)
# after the date (its part of day, a "(17.06)"): what was said
_STATE_AFTER = re.compile(r"^(?:\s+(?:morning|afternoon|evening|night))?\s*(?:\(\d{1,2}\.\d\d\))?\s*,?\s*"
                          r"(?:that|whether|:)", re.I)
# the words of a clause that tells what will be; "plans to" needs a subject ("Russia plans to", not "a plan to")
_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|set|planned)\s+to|"
                     r"(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bunder\s)plans?\s+to)\b", re.I)
# a future's clause ends where a stop's does, and also at a relative pronoun: "troops that will take part in the
# drills arrived ... on 5 March", "with ships that are expected to join it" tell a past event's date
_FUTURE_CLAUSE = re.compile(rf"[,;:()]|\[\d+\]|\b(?:{_CLAUSE_WORDS}|that|who)\b", re.I)
# a finite verb of the past with its complement ("arrived in", "sailed from", "left Tartus"): between a future word
# and the date, it is the verb the date belongs to ("... will take part in the drills arrived in Belarus on 5 March")
_PAST_VERB = re.compile(r"\b(?P<aux>(?:be|been|being|have|has|had|get|got)\s+(?:\w+ly\s+)?)?"
                        r"(?:\w{2,}ed|left|went|came|took|sent|flew|drove|rode|ran|began|fled|withdrew|crossed)\s+"
                        r"(?:(?:in|into|to|from|at|on|near|through|towards?|for|out|off|back|across|the|a|an|its|their)\b"
                        r"|\d|(?-i:[A-Z]))", re.I)


@lru_cache(maxsize=256)
def _break_ends(pattern: re.Pattern, text: str) -> tuple[int, ...]:
    """Where every match of *pattern* (a clause break) in *text* ends, found once per sentence."""
    return tuple(m.end() for m in pattern.finditer(text))


def clause_start(pattern: re.Pattern, text: str, at: int) -> int:
    """Where the clause holding offset *at* starts: the end of the last break a scan of *pattern* over ``text[:at]``
    finds (0 if none), without rescanning the whole prefix per date (quadratic on a long unsplit line).

    For a break pattern whose match attempts read no more than a clause word and the character after it (a
    footnote mark's digits end at the next break), a scan of the whole text finds the same breaks as one that stops
    at *at* up to the last break ending 16 characters before it: only the rest is scanned again, up to *at*.
    """
    ends = _break_ends(pattern, text)
    k = bisect.bisect_right(ends, at - 16)
    last = ends[k - 1] if k else 0
    for m in pattern.finditer(text, last, at):
        last = m.end()
    return last


def _future(text: str, a: int, b: int) -> bool:
    """Whether the date at ``text[a:b]`` is in a clause that tells what will be (:data:`FUTURE_TENSE`): the clause
    holds a future word, and when that word comes before the date, no past verb stands between them."""
    start = clause_start(_FUTURE_CLAUSE, text, a)
    stop = _FUTURE_CLAUSE.search(text, b)
    for m in _FUTURE.finditer(text, start, stop.start() if stop else len(text)):
        if m.start() >= b:
            # a finite past verb before the date is the verb it belongs to ("The soldiers who landed in Minsk on
            # 5 March are expected to stay"): the future word after it governs another verb
            if any(not v.group("aux") for v in _PAST_VERB.finditer(text, start, a)):
                continue
            return True
        if not any(not v.group("aux") for v in _PAST_VERB.finditer(text, m.end(), a)):
            return True
    return False


def _statement(text: str, a: int, b: int) -> bool:
    """Whether the date at ``text[a:b]`` is no event's the sentence reports: a statement's ("told lawmakers on 13.11
    that ...", "On 13 March the ministry said ...", :data:`STATEMENT`, :data:`OPENING_SAYING`) or one of what will
    be ("is due to leave on 10 March", :data:`FUTURE_TENSE`)."""
    before, after = text[max(0, a - 60):a], text[b:b + 60]
    verb = _STATE_BEFORE.search(before) if STATEMENT else None
    if verb and not re.search(r"[,;:.]", before[verb.start():]) and _STATE_AFTER.match(after):
        return True
    if OPENING_SAYING and _LEAD.match(text, 0, a) and _OPENS_SAYING.match(after):
        return True
    return FUTURE_TENSE and _future(text, a, b)


def _value(kind: str, m: re.Match, ref: dt.date | None) -> str | None:
    """The ISO date, range or month of one match; "" when its year cannot be known; None: not a date."""
    g = m.groupdict()
    if kind == "iso":
        try:
            return dt.date.fromisoformat(g["iso"]).isoformat()
        except ValueError:
            return None
    if kind == "rel":
        if ref is None:
            return ""
        if g.get("rel"):
            return (ref - dt.timedelta(days=1 if _folded(g["rel"]) == "yesterday" else 0)).isoformat()
        return _weekday(g["wd"], ref, not _folded(m.group(0)).startswith("on")).isoformat()
    if kind in ("since", "past", "week", "wd-wd"):
        return _span(kind, m, ref)
    if kind == "rmonth":
        if ref is None:
            return ""
        which = _folded(g["which"])
        first = _months_later(ref, {"this": 0, "last": -1, "next": 1}[which])
        return f"{first.year:04d}-{first.month:02d}"
    if kind == "season":
        return _season(m, ref)
    if kind == "recent":
        return "" if ref is None else f"{_months_before(ref, 1)}/{ref}"
    if kind == "after":
        return None  # counted from the day before it in its sentence, if any (:func:`_times_of_day`)
    if kind == "tod":
        if ref is None:
            return ""
        return ref.isoformat() if g.get("today") else f"{ref - dt.timedelta(days=1)}/{ref}"
    if kind == "num-d":
        first = _value("num", m, ref)
        if not first:
            return first
        try:
            last = dt.date.fromisoformat(first).replace(day=int(g["d2"])).isoformat()
        except ValueError:
            return None
        return f"{first}/{last}" if last > first else None
    if kind == "num":
        day, month = int(g["d1"]), int(g["mm"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        year = int(g["yy"]) if g.get("yy") else None
        if year is None:
            if ref is None:
                return ""
            year = ref.year
            try:
                if dt.date(year, month, day) > ref + dt.timedelta(days=31):
                    year -= 1
            except ValueError:
                return None
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind == "m-m":
        first = _complete(g["m"], "1", g.get("y1") or g.get("y"), ref)
        # "from March 2022 to May": the second month takes the first's year
        last = _complete(g["m2"], "1", g.get("y") or g.get("y1"), ref)
        if first is None or last is None:
            return ""
        if last < first:  # "between November and January", "from November 2022 to March": the span crosses a year
            if g.get("y1") or not g.get("y"):
                last = last.replace(year=first.year + 1)
            else:
                first = first.replace(year=last.year - 1)
        if PARTS:  # "between mid-December and mid-January", "in March and early April": the parts' days
            first = first.replace(day={"mid": 15, "late": 21}.get(_folded(g.get("p1") or ""), 1))
            end = {"early": 10, "mid": 15}.get(_folded(g.get("p2") or ""))
            return f"{first}/{last.replace(day=end) if end else _month_end(last)}"
        return f"{first}/{_month_end(last)}"
    if kind == "week-of":
        d = _complete(g["m"], "1", g.get("y"), ref)
        if d is None:
            return ""
        end = _month_end(d)
        w = _folded(g["w"])
        if w == "first":
            start = d
        elif WEEKS_OF_MONTH == "days":
            start = end - dt.timedelta(days=6) if w in ("last", "final") else \
                d + dt.timedelta(days=7 * ("first", "second", "third", "fourth").index(w))
        elif w in ("last", "final"):  # the last Monday-to-Sunday week that ends in the month
            start = end - dt.timedelta(days=6 + (end.weekday() + 1) % 7)
        else:  # a later week is a calendar one: the second starts on the month's first Monday after its 1st
            monday = d + dt.timedelta(days=(7 - d.weekday()) % 7 or 7)
            start = monday + dt.timedelta(days=7 * (("second", "third", "fourth").index(w)))
        return f"{start}/{start + dt.timedelta(days=6)}"
    if kind == "week-from":
        d = _complete(g.get("m") or g["m2"], g.get("d1") or g["d2"], g.get("y"), ref)
        return "" if d is None else f"{d}/{d + dt.timedelta(days=6)}"
    if kind in ("month", "month-year"):
        d = _complete(g["m"], "1", g.get("y"), ref)
        if d is None:
            return ""
        return f"{d.year:04d}-{d.month:02d}"
    year = g.get("y")
    first = _complete(g["m"], g["d1"], g.get("y1") or year, ref)
    if first is None:
        return ""
    if kind in ("md", "dm"):
        return first.isoformat()
    last = _complete(g.get("m2") or g["m"], g["d2"], year or (g.get("y1")), ref)
    if last is None:
        return ""
    if last < first and not g.get("m2"):
        # "between 6 a.m. on October 14 and 6 a.m. on October 15": "14 and 6" is no range of days; the first is a day
        return first.isoformat()
    if last < first and not year:  # "December 30 to January 2": the range crosses a year
        last = _complete(g.get("m2") or g["m"], g["d2"], str(first.year + 1), ref)
    return first.isoformat() if last == first else f"{first.isoformat()}/{last.isoformat()}"


#: The month each season starts in (winter: the December before the year it is named by).
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(m: re.Match, ref: dt.date | None) -> str | None:
    """The days of a season (:data:`_PATTERNS` "season"): with its year, that year's; else the last that began by
    the article's day ("last": the one before, when the article is written in it; "this": the current one, none
    before it begins; "until": the next not over, "by": the nearest). The one the article is written in, and one
    "since"/"from" (only with a year, "this" or "last": "since the autumn of 2023", "since last summer"), run up to
    the article's day. None without a year, "this", "last" or "the", for "since"/"from the spring" (a state's
    background), and for "the last summer before ..." (the final one before something, not the one before the
    article)."""
    g = m.groupdict()
    if g["s"][0].isupper() and re.match(r"\s+(?:of\s+)?[A-Z]", m.string[m.end("s"):]):
        return None  # "the Autumn Storm exercise", "the Winter Palace": a name's word
    prep = _folded(g.get("prep") or "")
    which = _folded(g.get("which") or g.get("which2") or "")
    if g.get("the") and which == "last" and re.match(r"\s+(?:before|after|when|until)\b", m.string[m.end():], re.I):
        return None  # "in the last summer before the invasion": the final one before it
    if not (g.get("y") or which or g.get("the") and prep not in ("since", "from")):
        # "in summer": what recurs; "where troops had been dug in since the spring": the background of a state, which
        # the development gold leaves undated (unlike "since the autumn of 2023")
        return None
    first = _SEASONS[_folded(g["s"])]

    def days(year: int) -> tuple[dt.date, dt.date]:
        start = dt.date(year - 1 if first == 12 else year, first, 1)
        return start, _month_end(_months_later(start, 2))

    if g.get("y"):
        year = int(g["y"])
        if first == 12 and g.get("y2") and int(g["y2"]) % 100 == (year + 1) % 100:
            year += 1  # "winter 2022-23": from December 2022
        a, b = days(year)
        if g.get("s2"):  # "the spring and summer of 2023": to the end of the second season after the first
            first, end = _SEASONS[_folded(g["s2"])], b
            b = days(year)[1]
            if b <= end:  # "the autumn and winter of 2023": the winter after it
                b = days(year + 1)[1]
    elif ref is None:
        return ""
    else:
        year = ref.year + (1 if first == 12 and ref.month == 12 else 0)
        a, b = days(year)
        if prep in ("until", "till"):
            if b < ref:  # "until the autumn": what lasts on to it, the next one not over by the article's day
                a, b = days(year + 1)
        elif prep == "by":
            # "by the summer": a limit, as often ahead of the article as behind it ("had reached ... by the summer"):
            # the season nearest its day (in March, the coming summer; in September, the one just past)
            a, b = min((days(y) for y in (year - 1, year, year + 1)),
                       key=lambda s: max((s[0] - ref).days, (ref - s[1]).days, 0))
        elif a > ref:
            if which == "this":
                return None  # "this summer" before it begins: to come, no event's time
            a, b = days(year - 1)
        if which == "last" and b >= ref:
            a, b = days(b.year - 1)
    if ref is not None and (prep in ("since", "from") or a <= ref < b):
        if a > ref:
            return None
        b = ref
    return f"{a}/{b}"


def _months_later(d: dt.date, n: int) -> dt.date:
    """The first day of the month *n* months after *d*'s."""
    m = d.year * 12 + d.month - 1 + n
    return dt.date(m // 12, m % 12 + 1, 1)


def _month_end(d: dt.date) -> dt.date:
    """The last day of *d*'s month."""
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _weekday(name: str, ref: dt.date, last: bool) -> dt.date:
    """The day called *name* on or before *ref*; with *last*, a week before when *ref* is that day ("last Tuesday" in
    a Tuesday's paper is a week ago; "on Tuesday" is that day)."""
    back = (ref.weekday() - _WEEKDAYS.index(_folded(name))) % 7
    return ref - dt.timedelta(days=7 if back == 0 and last else back)


def _months_before(ref: dt.date, n: int) -> dt.date:
    """The day *n* months before *ref* (the 28th when that month is shorter)."""
    month = ref.month - n
    year = ref.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    try:
        return ref.replace(year=year, month=month)
    except ValueError:
        return ref.replace(year=year, month=month, day=28)


def _span(kind: str, m: re.Match, ref: dt.date | None) -> str | None:
    """The range that a span relative to the article's day (*ref*) names; "" without *ref*; None: not one."""
    if ref is None:
        return ""
    g = m.groupdict()
    if kind == "since":
        x = g["x"]
        if g.get("day"):  # a part of the article's day, or of the day (the night) before it
            day = _folded(g["day"])
            return ref.isoformat() if not day.startswith(("yesterday", "last", "night", "overnight")) else \
                f"{ref - dt.timedelta(days=1)}/{ref}"
        if _folded(x) in _WEEKDAYS:
            start = _weekday(x, ref, False).isoformat()
        else:
            start = find_date(x, ref.isoformat()) or find_date(f"in {x}", ref.isoformat())
            if len(start) == 7:  # a month: its first, middle or last days
                start += {"mid": "-15", "late": "-21"}.get(_folded(g.get("part") or ""), "-01")
        if not start or "/" in start or start >= ref.isoformat():
            return None
        return f"{start}/{ref}"
    if kind == "past":
        if not g["n"] and _folded(g["unit"]).endswith("s"):
            return None  # "in the last days of the siege": no count, no span back from the article
        n = g["n"] or "1"
        n = int(n) if n.isdigit() else _NUMBERS[_folded(n)]
        unit = _folded(g["unit"]).rstrip("s")
        if unit == "hour":  # "over the past 72 hours": the days they reach back to (24 hours: the day before)
            return f"{ref - dt.timedelta(days=max(1, -(-n // 24)))}/{ref}" if n >= 24 else None
        if unit == "month":
            start = _months_before(ref, n)
        else:
            start = ref - dt.timedelta(days=n * (7 if unit == "week" else 1))
        return f"{start}/{ref}"
    if kind == "week":
        monday = ref - dt.timedelta(days=ref.weekday())
        which = _folded(g["which"])
        if which.startswith(("this past", "over", "at")):
            if _folded(g["unit"]) != "weekend":
                return None  # "over the week" says no more than the text around it
            which = "last"  # "over the weekend", "this past weekend": the last one before the article
        if _folded(g["unit"]) == "weekend":
            if which == "this":
                return None  # this weekend may be to come or past: the text says no more
            sat = monday - dt.timedelta(days=2) if which == "last" else monday + dt.timedelta(days=12)
            return f"{sat}/{sat + dt.timedelta(days=1)}"
        if which == "this":
            return f"{monday}/{ref}" if ref > monday else ref.isoformat()
        start = monday + dt.timedelta(days=-7 if which == "last" else 7)
        return f"{start}/{start + dt.timedelta(days=6)}"
    # "wd-wd"
    d1 = _weekday(g["wd"], ref, _folded(m.group(0)).startswith("last"))
    first = d1.isoformat()
    if g.get("wd2"):
        d2 = d1 + dt.timedelta(days=(_WEEKDAYS.index(_folded(g["wd2"])) - d1.weekday()) % 7)
        return f"{d1}/{d2}" if d2 > d1 else first
    if g.get("night"):
        return f"{first}/{dt.date.fromisoformat(first) + dt.timedelta(days=1)}"
    return first


#: How far a sentence's date carries to the sentences after it that name none: "none", "paragraph" (the sentences
#: after it in its paragraph) or "article".
#: Tried and not taken (session 11, in-sample dev stops whose date changes, right/wrong-now/wrong-both; the gold keeps
#: most undated stops undated): a route's stop with no date taking the date of the route's nearest dated stop, en
#: +14 -43 ~30, ru/uk +6 -33 ~6 (only within its paragraph, only from before it, only untimed sentences: all
#: negative; even with the gold's own routes en +23 -28); the date of the previous paragraph's last dated sentence,
#: en +28 -173, ru/uk +16 -139; the date of the next sentence of the paragraph, en +16 -44.
CARRY = "paragraph"


def find_dates(texts: Sequence[str], article_date: str | None = None,
               paragraphs: Sequence[int] | None = None) -> list[str]:
    """:func:`find_date` of each sentence of an article in turn; a sentence that names no date takes the date of the
    sentence before it in its paragraph (:data:`CARRY`): the events a paragraph tells after a dated sentence are
    mostly of that date.

    >>> find_dates(["A column was seen at Orsha on 19 April.", "It went on to Lida.", "Others stayed."],
    ...            "2025-04-20", [0, 0, 1])
    ['2025-04-19', '2025-04-19', '']
    """
    out: list[str] = []
    paragraphs = list(paragraphs) if paragraphs is not None else [0] * len(texts)
    last = ""  # the date named last before, in any paragraph
    named = ""  # the same, or a month
    # a liveblog's entries, each headed by its time ("11:10"), are of the day that heads them (the corpus's convention
    # "Present tense": "A liveblog or daily summary dates its entries by the day that heads them")
    # a stamp counts only when it heads an entry: a published line over an updated one ("12 March 2026, 09:15" /
    # "Updated 12 March 2026, 14:40") heads none, and two such datelines do not make an ordinary article a liveblog
    stamps = [_stamp(t, article_date) for t in texts]
    live = LIVEBLOG and sum(bool(s and k + 1 < len(texts) and not stamps[k + 1] or _OPENED.match(t))
                            for k, (s, t) in enumerate(zip(stamps, texts))) >= 2
    day = article_date[:10] if live and article_date else ""
    entry = False  # within an entry headed by a time
    lists = listed(texts, paragraphs) if LISTS else [None] * len(texts)
    for k, t in enumerate(texts):
        d = find_date(t, article_date)
        if live:
            if stamps[k]:
                entry = True
                if len(d) == 10:
                    day = d  # "17.10.2022 22:41": the entry's own day heads it
            elif len(d) == 10 and _heading(t, article_date):
                # a heading that names the day ("Thursday 8 August 2024."); not a short sentence that tells something
                # of a day ("The attack began on Monday.", "Al-Shabaab fighters attacked the town on Sunday.")
                day, entry = d, False
            elif _OPENED.match(t) and day:
                # an entry its time opens ("19:45 — The plane has landed at ..."): its words count from the day that
                # heads it ("overnight" is the night before that day), and what it tells happened that day
                if day != (article_date or "")[:10]:
                    d = find_date(t, day)
                if not d and not _LATER.search(t) and not _now_entry(t):
                    d = day
            elif entry and not d and not _LATER.search(t) and not _now_entry(t):
                # what happened (told in the past tense) or what the post sees happen as it writes ("is moving");
                # what is so now or will be keeps no date
                d = day
        # counted only from a single day or a span of days (a night "13 to 14 February", a range "13-16
        # February"): "since July ... Two weeks later" says nothing of when
        ends = last.split("/")
        later = _LATER.search(t) if not d and last and all(len(e) == 10 for e in ends) and LATER else None
        compared = bool(later and _COMPARED.search(t, 0, later.start()))
        if compared:
            # "double what it was a month earlier": a comparison with then, not when this happened; nor is it the
            # date before (no carry)
            later = None
        if later:  # "Two days later she was back in Novorossiysk": counted from the date before
            n = later.group("n")
            n = 1 if not n else int(n) if n.isdigit() else _NUMBERS[_folded(n)]
            if _folded(later.group("dir") or "later") == "earlier":
                n = -n  # "A day earlier, a Globemaster brought technicians": counted back from the date before
            # later from a span's last day ("the next day" after the night of 13 to 14 February is the 15th),
            # earlier from its first
            base = ends[-1] if n > 0 else ends[0]
            unit = _folded(later.group("unit") or "day")
            if len(ends) == 2 and not unit.startswith("month") and re.search(r"night", later.group(0), re.I):
                # "The next night" after a night (or a range of days) is the night that follows its last day: the
                # night of 14 to 15 February after that of 13 to 14
                d = f"{base}/{_shifted(base, 1, 'day')}"
            else:
                d = _shifted(base, n, unit)
            if article_date and d.split("/")[-1] > article_date[:len(d.split("/")[-1])]:
                d = ""  # an article reports nothing after its own date, and the day before is not this one
        back = _BACK.search(t) if BACK and not d and not later and not compared and named else None
        if back and _planned(t, back.start(), back.end()):
            back = None  # "will leave Minsk by the end of the month": a plan's time, not the date named before
        if back:  # "the same day", "the following week": the date named last, wherever it was named
            d = _back(back, named, article_date)
        if (not d and not later and not compared and k and out[k - 1] and (CARRY == "article" or CARRY == "paragraph"
                                            and paragraphs[k - 1] == paragraphs[k])
                and _untimed(t)):
            d = out[k - 1]
        elif not d and not later and not compared and lists[k] is not None and out[lists[k]] and _untimed(t):
            d = out[lists[k]]  # an item of a list takes the date of the line that leads into it
        elif (not d and not later and not compared and CLOCK and article_date and _CLOCK.search(t)
              and not _present(t)
              and re.search(r"[^\W\d_]", _CLOCK.sub(" ", t))):
            d = article_date[:10]  # "passed through the Bosphorus southbound at 07:50": the article's day
        out.append(d)
        if len(d) == 10 or "/" in d:
            last = d
        if d:
            named = d
    return out


#: Whether a sentence that names no date but points back to one ("on the same day", "that evening", "the same week",
#: "the following week", "later in the month") takes it from the day named last in the article, in any paragraph (the
#: paragraph's carry reaches only the sentences of the paragraph that named it). English development stops, in-sample
#: (shipped models): 11 right that were wrong, 3 wrong that were right (other stops of a sentence whose "the same day"
#: is one clause's); dev CV date errors 750 -> 746 with the day and week words alone.
BACK = True
# "that day", "the same day", "that same day": the words that name again a time named before (:data:`_BACK`, _THEN)
_SAME = r"(?:that(?:\s+same)?|the\s+same)\s+"
_PART_OF_DAY = r"(?:day|morning|afternoon|evening|night)"
_BACK = re.compile(rf"\b(?:(?P<day>{_SAME}{_PART_OF_DAY})|"
                   rf"(?P<week>{_SAME}week)|(?P<next>the\s+(?:following|next)\s+week)|"
                   r"(?P<rest>later\s+(?:in\s+the|that)\s+month)|"
                   rf"(?P<month>{_SAME}month|(?:at|by|towards?)\s+the\s+end\s+of\s+the\s+month))\b"
                   # "the day that ...", "the same day as the strike": a day the words go on to name, not the one before
                   r"(?!\s+(?:that|when|as|of|after|before)\b)", re.I)


# a clause that tells what may be ("could return to Minsk later in the month"); "may" in lower case, never the month
_MAYBE = re.compile(r"\b(?:(?i:could|would|might)|may)\b")


def _planned(text: str, a: int, b: int) -> bool:
    """Whether the words at ``text[a:b]`` are in a clause that tells what will or may be (:func:`_future`,
    :data:`_MAYBE`)."""
    if _future(text, a, b):
        return True
    stop = _FUTURE_CLAUSE.search(text, b)
    return bool(_MAYBE.search(text, clause_start(_FUTURE_CLAUSE, text, a), stop.start() if stop else len(text)))


def _back(m: re.Match, named: str, article_date: str | None) -> str:
    """The date that words pointing back (:data:`_BACK`) give from the date named last (*named*): that day, its week
    (Monday to Sunday), the week after it, or the rest of its month, from a single day; its month from a day or a
    month; never past the article's day; "" when *named* is not precise enough for the words."""
    if m.group("month"):
        return named[:7] if len(named) in (7, 10) else ""
    if len(named) != 10:
        return ""
    if m.group("day"):
        return named
    day = dt.date.fromisoformat(named)
    if m.group("rest"):
        start, end = day + dt.timedelta(days=1), _month_end(day)
    else:
        start = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7 if m.group("next") else 0)
        end = start + dt.timedelta(days=6)
    if article_date:
        end = min(end, dt.date.fromisoformat(article_date[:10]))
    if end < start:
        return ""  # after the article's day, or past the month's end ("later in the month" of the 31st)
    return f"{start}/{end}" if end > start else start.isoformat()


#: Whether the entries of a liveblog (headed by their times) are dated by the day that heads them.
LIVEBLOG = True
# An entry's time on a line of its own: "11:10", "09.36", "18:02 GMT".
_STAMP = re.compile(r"^\W*(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d,?\s+)?\d{1,2}[:.]\d{2}"
                    r"(?:\s*(?:GMT|UTC|CET|EET|MSK|local|Kyiv\s+time)?)\W*$", re.I)
# a time in a stamp ("21:14", "09.48"), not a date ("19.04.2024")
_CLOCK_STAMP = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:]|\.\d)")


def _stamp(text: str, article_date: str | None) -> bool:
    """Whether a line is a post's stamp: its time, with at most its day, weekday or an "UPD" ("11:10", "19.04 21:14",
    "🔴 10 January 2024 - 09:48", "⚠️ UPD 23:40 (29.07)", "23:48 (Tuesday)"), nothing that tells something."""
    if _STAMP.match(text):
        return True
    if len(text.split()) > 7 or not _CLOCK_STAMP.search(text):
        return False
    rest = list(text)
    for a, _p, b, v in _all_dates(text, article_date):
        if v is not None:
            rest[a:b] = " " * (b - a)
    rest = _CLOCK_STAMP.sub(" ", "".join(rest))
    rest = re.sub(rf"\b(?:{_WD}|upd|update[ds]?|GMT|UTC|CET|EET|MSK|BST|local|Kyiv|time)\b", " ", rest, flags=re.I)
    return not re.findall(r"[^\W\d_]+", rest)


# What a liveblog's day heading may hold besides its date: the day's name, its number in the war, the blog's words
# ("Channel posts, 5 September 2023", "Last updated: Wednesday 4 December 2024, 07:10 KST").
_HEADING_WORDS = re.compile(rf"\b(?:{_WD}|on|of|the|day|war|live|updates?|latest|news|blog|key|events|summary|"
                            r"last|updated|posts|posted|channel|feed|timeline|morning|afternoon|evening|night)\b|"
                            r"\d[\d,.:]*(?:\s*(?:GMT|UTC|CET|EET|MSK|KST))?", re.I)


def _heading(text: str, article_date: str | None) -> bool:
    """Whether a sentence is little more than a day's name, a liveblog's day heading ("Thursday 8 August 2024.",
    "Ukraine war live: Wednesday 4 December"): at most one word besides its dates and the heading's words."""
    if len(text.split()) > 8:
        return False
    rest = list(text)
    for a, _p, b, v in _all_dates(text, article_date):
        if v is not None:
            rest[a:b] = " " * (b - a)
    return len(re.findall(r"[^\W\d_]+", _HEADING_WORDS.sub(" ", "".join(rest)))) <= 1


# An entry that its time opens, then a dash: "09:10 — A chartered plane has left Nairobi", "10:40 - Serbia's ministry
# says ...".
_OPENED = re.compile(r"^\W{0,8}(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:GMT|UTC|CET|EET|MSK|local))?\s*[—–-]\s*\w")


#: Whether "the next day", "two days later" date a sentence from the date named before it (any time of that day,
#: as within a sentence: "the following afternoon", "the next night").
LATER = True
_LATER = re.compile(r"\b(?:(?:the|by\s+the)\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|"
                    r"(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?"
                    r"|months?)\s+(?P<dir>later|earlier)(?!\s+than\b))\b", re.I)
# "two days earlier than planned" compares with a plan; "what it was a month earlier", "than a week earlier",
# "compared with a year earlier" compare with then: neither counts back to the date of the sentence. A quantifier's
# "than" ("more than two weeks later", "no less than a month later") counts on as "two weeks later" does.
_COMPARED = re.compile(r"(?:\bwhat\s+(?:it|they|this|that)\s+(?:was|were|had\s+been)|(?<!more\s)(?<!less\s)"
                       r"(?<!fewer\s)\bthan(?:\s+(?:it|they)\s+"
                       r"(?:was|were|did|had))?|\bcompared\s+(?:with|to))\s+$", re.I)


def _shifted(day: str, n: int, unit: str) -> str:
    """*day* (ISO) moved by *n* days, weeks or months; by months, only the month, as precise as the words are."""
    d = dt.date.fromisoformat(day)
    if unit.startswith("month"):  # "a month earlier": the month
        first = _months_later(d, n)
        return f"{first.year:04d}-{first.month:02d}"
    return (d + dt.timedelta(days=n * 7 if unit.startswith("week") else n)).isoformat()


#: Whether the items of a list take the date of the line that leads into them ("In the period 19-21.06.2024 ...
#: in particular:", then "– units ... relocated to Komarin;").
LISTS = True
# A list's item: a dash, bullet, emoji or number opens it.
_ITEM = re.compile(r"^\s*(?:[-–—•▪▫►▸◦*·]|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]|\d{1,2}[.)](?!\d))")


def listed(texts: Sequence[str], paragraphs: Sequence) -> list[int | None]:
    """For each sentence, the sentence whose closing colon leads into the list it is part of, or None: the paragraph
    right after the colon, and each paragraph after that which a dash, bullet, emoji or number opens. Both
    languages' :func:`find_dates` carry the lead-in's date to its items.

    >>> listed(["Moved on 19.06:", "- units to Komarin;", "- launchers to Mazyr.", "Other news."], [0, 1, 2, 3])
    [None, 0, 0, None]
    """
    out: list[int | None] = []
    lead = None
    for k, t in enumerate(texts):
        if k and paragraphs[k] != paragraphs[k - 1] and lead is not None:
            # a new paragraph: still the list when it is the first after the lead-in, or an item
            if not (paragraphs[k - 1] == paragraphs[lead] or _ITEM.match(t)):
                lead = None
        out.append(lead if lead is not None and paragraphs[k] != paragraphs[lead] else None)
        if t.rstrip().endswith(":"):
            lead = k
    return out


#: Whether a sentence that names no date and takes none from before it, but tells the hour ("at 07:50", "at 4 a.m."),
#: is of the article's day.
CLOCK = True
_CLOCK = re.compile(r"(?<![\w.:])(?:\d{1,2}:[0-5]\d(?![\w:])|\d{1,2}(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))", re.I)


def _untimed(text: str) -> bool:
    """Whether *text* may take the date of the event it goes on with: it says "that day" or "by then", or it names
    no time of its own, is not in the present tense and reports no saying (:data:`SAID_THAT`)."""
    if SAID_THAT and _SAID_THAT.search(text) and not _THEN.search(text):
        return False  # "The channels also claimed that the group had flown ...": what was said, said when it says not
    return bool(_THEN.search(text)) or not (_present(text) or _TIMED.search(text))


#: Whether a sentence that reports what somebody said ("A milblogger claimed that units had been sent ...") and names no
#: time of its own does not take the date of the sentence before it.
SAID_THAT = True
_SAID_THAT = re.compile(rf"\b(?:{_SAID_VERBS}|believes?|{_JUDGE_VERBS})\s+(?:\w+\s+){{0,3}}?that\b", re.I)


#: Words that date a sentence by the one before it: "that afternoon", "the same day", "by then".
_THEN = re.compile(rf"\b(?:{_SAME}(?:{_PART_OF_DAY}|week)|by\s+then)\b", re.I)
#: Present tense: what is so now has no date of its own (the corpus's convention "Present tense"); so too what a place
#: holds as a rule, said in the main clause ("the base hosts radars", "Russia keeps its base in Tajikistan", "has its
#: headquarters in Nuuk"), and what recurs ("every summer", "fly daily sorties"): English development stops, in-sample,
#: 7 right that were wrong, none wrong that were right. Not a name ("the Daily Mail reported"), nor "every" of things
#: ("every available train was used"), nor what a relative clause says of a place or a unit ("moved to Brest, which
#: Russia controls", "the brigade, which has its own air defence, moved"): the event it goes on with is past; unless
#: it says where something is held ("Russia, which keeps its base in Tajikistan, said"): a standing presence there.
_NOW = re.compile(r"\b(?:now|remains?|still|currently|is|are|has\s+been|have\s+been|continues?|could|would|will|may|"
                  r"might|deni\w*|deny|(?-i:daily)(?!\s+(?-i:[A-Z]))|every\s+(?:other\s+|single\s+|few\s+|\d+\s+)?"
                  r"(?:day|night|morning|evening|week|weekend|month|year|summer|winter|spring|autumn|season|hour)s?|"
                  r"(?P<hold>hosts|houses|keeps|holds|controls|(?:has|have)\s+(?:its|their|his|her)))\b", re.I)
# what opens a relative clause before a verb of holding: a relative word, or a noun with its subject and no word
# between them ("the town it holds")
_RELATIVE = re.compile(r"\b(?:which|that|who|whom|whose|where)\b|\b(?:the|a|an)\s+\w+\s+(?:it|they|he|she|we)\s+$",
                       re.I)
_APPOSITION = re.compile(r"[,;:()\u2013\u2014]")  # where a relative clause may open
# a relative clause that says where something is held ("Russia, which keeps its 201st military base in Tajikistan"):
# a standing presence at that place, so the present still counts
_HELD_AT = re.compile(r"\b(?:in|at|on)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _now_words(text: str) -> Iterator[re.Match]:
    """The words of :data:`_NOW` in *text* that tell the present, a verb of holding only in a main clause."""
    for m in _NOW.finditer(text):
        if m.group("hold"):
            start = max((b.end() for b in _APPOSITION.finditer(text, 0, m.start())), default=0)
            stop = _APPOSITION.search(text, m.end())
            if (_RELATIVE.search(text, start, m.start())
                    and not _HELD_AT.search(text, m.end(), stop.start() if stop else len(text))):
                continue
        yield m


def _present(text: str) -> bool:
    """Whether *text* tells what is so now (:func:`_now_words`)."""
    return next(_now_words(text), None) is not None


# a progressive of the present of a verb of movement or of sight ("is moving", "are now reporting", "is being taken"):
# a post tells what it sees as it writes, so an entry told so is of its day. Only these verbs: a plan ("are preparing
# to", "is planning to", "is threatening to") has no date, and "is nothing", "is ongoing" are no progressive at all
_MOVING = (r"moving|heading|advancing|entering|crossing|leaving|arriving|withdrawing|retreating|redeploying|deploying|"
           r"rolling|driving|sailing|flying|passing|approaching|pushing|pulling|storming|patrolling|transiting|landing|"
           r"reporting")
_MOVED = r"taken|moved|transferred|loaded|unloaded|deployed|redeployed|sent|brought|driven|shipped|withdrawn|flown"
_PROGRESSIVE = re.compile(rf"\b(?:is|are)\s+(?:now\s+|already\s+)?(?:being\s+(?:{_MOVED})|{_MOVING})\b", re.I)
# "is"/"are" right before a "now" ("are now reporting"): the "now" belongs to that progressive
_BE_BEFORE = re.compile(r"\b(?:is|are)\s+$", re.I)


def _now_entry(text: str) -> bool:
    """Whether an entry of a liveblog tells what is so now, other than what its post sees happen (:data:`_NOW`
    without the present progressive of :data:`_PROGRESSIVE`)."""
    def seen(m: re.Match) -> bool:
        if m.group(0).lower() == "now":
            be = _BE_BEFORE.search(text, 0, m.start())
            return bool(be and _PROGRESSIVE.match(text, be.start()))
        return bool(_PROGRESSIVE.match(text, m.start()))
    return any(not seen(m) for m in _now_words(text))


#: A sentence that names a time of its own, though not one :func:`find_date` reads as the event's (a statement's day).
_TIMED = re.compile(rf"\b(?:{_WD}|{_MONTH}|yesterday|today|week|month|year|\d{{1,2}}\.\d\d)\b", re.I)


def article_date(text: str, meta_date: str | None = None) -> str | None:
    """The article's publication date: from its metadata, else from its opening lines, else None.

    >>> article_date(" date 2024-10-28 Russia-NATO hybrid war escalation")
    '2024-10-28'
    >>> article_date("KYIV, March 3 (Reuters) - Troops left.") is None
    True
    """
    if meta_date:
        try:
            return dt.date.fromisoformat(meta_date[:10]).isoformat()
        except ValueError:
            pass
    head = text[:400]
    m = _ARTICLE_DATE.search(head) or _FULL_DATE.search(head[:200])
    if m:
        d = _parse(m.group(1) if m.re is _ARTICLE_DATE else m.group(0))
        return d.isoformat() if d else None
    return None
