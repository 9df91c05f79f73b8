"""Who publishes a Russian or Ukrainian article, from the lines around its headline.

News sites, channels and agencies print who they are in a few short lines at the top: a byline
("Алеся Мирончик, «Окно»", "Лонгрід • Марта Левченко • 10 квітня 2025", "Текст: Анна Лебедева"),
an outlet with the kind of piece ("Расследование «Новой карты»", "Крим.Реалії | Розслідування |
18 вересня 2024", "«Ледокол» · Большой материал"), an agency after a place and a date ("Київ,
18.07.2023 11:05. Укрінформ"), or a channel's name on the first line of a post ("Крымский бриз 🌊",
"Развожаев | Севастополь"). An official statement names its issuer in its headline
("Державна прикордонна служба України: ситуація на кордоні", "Заява Генерального штабу ЗСУ ...").

:func:`read` gives the article's own voice (the source of what it asserts without attribution:
the corpus's guideline) and the spans of those lines: nothing in them is a stop (a place in a
byline is where the article was written, a place in a channel's name is its name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import morph

_MONTHS = (r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
           r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)")
_WEEKDAYS = (r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|"
             r"четвер|п['’ʼ]ятниця|субота|неділя)")
#: A part of a byline line that is a date or a time ("12 октября 2023", "13.05.2024, 18:20", "Пятница, 9 августа").
_DATE_PART = re.compile(rf"^(?:[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+\.?,?\s+(?=\d))?(?:{_WEEKDAYS},?\s*)?(?:\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?(?:\s*(?:г\.?|года|року|р\.?))?|"
                        rf"\d{{1,2}}\.\d{{2}}(?:\.\d{{2,4}})?|\d{{4}})?(?:[,.]?\s*\d{{1,2}}:\d{{2}})?\.?$", re.I)
#: The kinds of piece an outlet labels its own texts with ("Пояснюємо", "РАССЛЕДОВАНИЕ", "Что известно", "Хроніка"):
#: the corpus's guideline takes the label as printed for the source of what such a piece asserts unattributed
#: (attribution.own_label). Shared by the byline's parts (:data:`_GENRE`) and the label.
LABELS = (r"расследование|розслідування|пояснюємо|объясняем|поясняем|коротко|довге\s+читання|длинное\s+чтение|"
          r"лонгрид|лонгрід|репортаж|аналитика|аналітика|анализ|аналіз|что\s+известно|що\s+відомо|"
          r"главное|головне|обзор|огляд|хроника|хроніка|explainer")
#: The labels no headline opens with in another sense, before a colon ("Пояснюємо: що відомо про ...").
HEADLINE_LABELS = r"расследование|розслідування|пояснюємо|объясняем|поясняем|аналитика|аналітика|explainer"
#: The labels that open a headline on what is known ("Что известно о переброске ...", "Що відомо: ...").
KNOWN_LABELS = r"что\s+известно|що\s+відомо"
#: The kind of piece or its reading time ("Расследование", "Лонгрід", "12 минут чтения", "Оновлено о 21:40").
_GENRE = re.compile(rf"^(?:{LABELS}|большой\s+материал|"
                    r"прямой\s+эфир|пряма\s+трансляція|онлайн|обновляется|"
                    r"оновлюється|новости(?:\s+.*)?|новини(?:\s+.*)?|колонка|мнение|думка|блог|"
                    r"интервью|інтерв['’ʼ]ю|фронт|война|війна|политика|політика|мир|світ|общество|суспільство|"
                    r"дайджест|щоденний\s+дайджест(?:\s+редакції)?|ежедневный\s+дайджест|"
                    r"(?:читати\s+)?\d+\s*(?:минут[аы]?|мин\.?|хв\.?|хвилин[аи]?)(?:\s+(?:чтения|читання))?|"
                    r"(?:обновлено|оновлено)(?:\s+(?:в|о|об))?\s*\d{1,2}:\d{2}|эксклюзив|ексклюзив|"
                    r"фото|відео|видео|оглядач|обозреватель|спецкор|корреспондент|кореспондент|"
                    r"(?:еженедельный|ежедневный|щоденний|щотижневий)\s+(?:обзор|огляд))\.?$", re.I)
#: Words before an author's names ("Текст: ...", "Автор: ...").
_AUTHOR_LEAD = re.compile(r"^(?:текст|автор|автори|авторы|автор\s+текста|текст\s+и\s+фото|підготував|"
                          r"підготувала|подготовил|подготовила)\s*[:—–-]\s*(?P<s>.+)$", re.I)
#: Words that name a team rather than its members ("Геолокация: команда «Новой карты»").
_TEAM_LEAD = re.compile(r"^(?:геолокация|геолокація|данные|дані|инфографика|інфографіка|редактор|редакторка|"
                        r"карта|карты|мапа)\s*:\s*(?P<s>.+)$", re.I)
_QUOTED = re.compile(r"«[^»\n]{1,40}»|\"[^\"\n]{1,40}\"")
_SEP = re.compile(r"\s+[|•·]\s+|\s*\|\s*|\s+[—–]\s+|(?<=\d)\.\s+(?=[«\"A-ZА-ЯЁІЇЄҐ])")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d\U000E0000-\U000E007F"
                    r"\u2190-\u21FF\u2300-\u23FF✙]+")
_CAP_WORD = re.compile(r"^[A-ZА-ЯЁІЇЄҐ][\w'’ʼ.-]*$")
_FUNCTION = frozenset("PREP CONJ PRCL VERB INFN GRND PRTS ADVB NPRO PRED".split())


#: Whether an article of an outlet and its authors speaks with the outlet's name alone ("«Перевал»", not "Анна
#: Соколова, Дмитрий Ерохин, «Перевал»"): the development gold names the outlet in 196 of its 364 stops of such
#: articles, and never the authors without it.
OUTLET_SPEAKS = True


@dataclass(frozen=True)
class Header:
    """What the top lines of an article say of who publishes it.

    ``author`` (names as printed), ``outlet`` (a site, a paper, a channel or an agency), ``issuer`` (the body an
    official statement is of), ``spans`` (start, end) of the lines read (no stops in them), ``personal`` (the author
    speaks for herself: a column, a ranked author, a body in the first person).
    """

    author: str = ""
    outlet: str = ""
    issuer: str = ""
    spans: tuple[tuple[int, int], ...] = ()
    personal: bool = False

    @property
    def voice(self) -> str:
        """The article's own voice: the outlet (its authors write for it), else the author, else the issuer of a
        statement, else "". An author who speaks for herself (``personal``: a column, a ranked author, a body in the
        first person) speaks beside her outlet ("Юлия Латынина, «Новая газета»")."""
        if self.author and self.outlet and (self.personal or not OUTLET_SPEAKS) and \
                morph.fold(self.outlet.strip("«»")) not in morph.fold(self.author):
            return f"{self.author}, {self.outlet}"
        return self.outlet or self.author or self.issuer


def _lines(text: str, n: int) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((at, at + len(line), line))
            if len(out) >= n:
                break
        at += len(line) + 1
    return out


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", _EMOJI.sub(" ", s)).strip(" \t.,;:—–-")


def _first_name(word: str, lang: str) -> bool:
    return any(r.person and r.pos == "NOUN" for r in morph.readings(word, lang)[:3]) or \
        any(r.person for r in morph.readings(word, "ru" if lang == "uk" else "uk")[:2])


#: A military rank before an author's name in a military paper's byline ("Капитан 2 ранга Андрей Гаврилов").
_RANK = re.compile(r"^(?:(?:капитан|капітан)\s+[1-3](?:-?го)?\s+(?:ранга|рангу)|(?:старший\s+|младший\s+|"
                   r"молодший\s+)?(?:лейтенант|сержант)|(?:генерал|контр|вице|віце)-[\w]+|генерал|полковник|"
                   r"подполковник|підполковник|майор|капитан|капітан)\s+(?-i:(?=[A-ZА-ЯЁІЇЄҐ]))", re.I)
# (the name after the rank, in capitals whatever the rank's case: "Капитан корабля" is no rank before a name)
#: The separators of a list of names ("Олег Петренко та майор Іван Сидоренко").
_NAMES_SEP = re.compile(r"(,\s*|\s+(?:и|і|та)\s+)")


def _unranked(part: str) -> str:
    """*part* without the military rank before each name it lists ("Капитан 2 ранга Андрей Гаврилов" -> "Андрей
    Гаврилов", "Полковник Олег Петренко та майор Іван Сидоренко" -> "Олег Петренко та Іван Сидоренко")."""
    return "".join(x if k % 2 else _RANK.sub("", x, count=1) for k, x in enumerate(_NAMES_SEP.split(part)))


def _ranked_alone(line: str) -> bool:
    """Whether *line* is only a ranked person's name ("Генерал Валерий Залужный"): an author only with a byline's
    cue beside it (an outlet or a date on the next line), else a headline or a subtitle naming its subject."""
    s = _clean(line)
    return bool(_RANK.match(s)) and not _SEP.search(s) and "," not in s


def _person(part: str, lang: str) -> bool:
    """Whether *part* is a person's name or a list of them ("Анна Соколова, Дмитрий Ерохин", "Ольга Вершинина"),
    each perhaps after a military rank ("Капитан 2 ранга Андрей Гаврилов")."""
    names = [_unranked(p.strip()) for p in _NAMES_SEP.split(part)[::2] if p.strip()]
    if not names:
        return False
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(_CAP_WORD.match(w) and not w.isupper() for w in words):
            return False
        if not _first_name(words[0], lang):
            return False
    return True


def _place(part: str, lang: str) -> bool:
    """Whether *part* is only a place's name (the town a byline says the article was written in)."""
    from .recognize import find_places

    ms = find_places(part, lang)
    return len(ms) == 1 and ms[0].start == 0 and ms[0].end >= len(part.rstrip(" ."))


def _outlet(part: str, lang: str, alone: bool = False) -> str:
    """The outlet a part of a byline names ("«Окно»", "Крим.Реалії", "Слобожанский вестник"), or "".

    Unquoted, only beside other parts of a byline (*alone*: the part is a whole line, where it may be a heading).
    """
    q = _QUOTED.fullmatch(part)
    if q:
        return part
    m = _QUOTED.search(part)
    if m and re.match(r"^(?:(?:расследование|розслідування|отдел\s+данных|редакция|редакція|оглядач|обозреватель|"
                      r"корреспондент|кореспондент|команда|osint-групи|osint-группы|проект|проєкт|"
                      r"[а-яёіїєґ-]+)\s+){1,3}$", part[:m.start()], re.I) and not part[m.end():].strip(" ."):
        # (a few words before the name: a sentence that ends on a quoted name, "... называет передвижения «плановыми
        # учениями».", names no outlet)
        return _nominative(m.group(0), lang)
    words = part.split()
    if alone:
        return ""
    if 1 <= len(words) <= 4 and all(_CAP_WORD.match(w) or w.isdigit() or w.isupper() for w in words[:1]) \
            and not any(r.pos in _FUNCTION for w in words for r in morph.readings(w, lang)[:1]) \
            and re.search(r"[A-Za-zА-ЯЁІЇЄҐа-яёіїєґ]{2,}", part):
        return part
    return ""


def _common_word(words: list[str], lang: str) -> bool:
    """Whether *words* are one common noun the dictionary of *lang* knows ("Цель — остров Змеиный": a post's line, no
    outlet; "Defense Express | Авіація": a rubric)."""
    if len(words) != 1 or words[0].isupper():
        return False
    rs = morph.readings(words[0], lang)
    return bool(rs) and rs[0].pos == "NOUN" and not rs[0].person and not rs[0].geo and morph.known(words[0], lang)


def _nominative(quoted: str, lang: str) -> str:
    """«Новой карты» -> «Новая карта»: a quoted name in the genitive put into the nominative, up to its first noun
    (the words after it stay: «Карты дня» -> «Карта дня»)."""
    inner = quoted.strip("«»\"")
    out = []
    done = False
    for w in inner.split():
        rs = [r for r in morph.readings(w, lang) if r.case in ("gent", "gen2")]
        if done or not rs or w.isupper():
            out.append(w)
            continue
        done = rs[0].pos == "NOUN"
        r = rs[0]
        g = frozenset({"nomn", r.number or "sing"} | ({r.gender} if r.pos in ("ADJF", "PRTF") and r.gender
                                                           and r.number != "plur" else set()))
        new = morph.inflect(w, lang, g)
        out.append(morph.restore_case(new, w) if new else w)
    return "«" + " ".join(out) + "»"


def _byline(line: str, lang: str, after_date: bool = False) -> tuple[str, str] | None:
    """(author, outlet) of a byline line, or None when the line is not one (every part must be a date, a genre,
    a place, an author or an outlet, and one of them an author or an outlet). *after_date*: the line before was a
    place and a date, after which an agency's name stands alone ("Київ 03.01.2025 16:42" / "Укрінформ")."""
    lead = re.match(r"^(?:расследование|розслідування)\s+(?:[\w-]+\s+)?(?P<q>«[^»\n]{1,40}»)\.\s", line, re.I)
    if lead:  # "Расследование «Новой карты». По видео местных жителей ...": the outlet, then the lead
        return "", _nominative(lead.group("q"), lang)
    s = _clean(line)
    if not s or len(s) > 110 or s.endswith("!"):
        return None  # (an exclamation is an address or a call, "Шановні жителі Сумщини!", never a byline)
    m = _AUTHOR_LEAD.match(s)
    if m:
        names = re.split(r"\.\s+", m.group("s"))[0]
        rest = m.group("s")[len(names):]
        t = _TEAM_LEAD.match(_clean(rest)) if rest.strip(". ") else None
        out = _QUOTED.search(t.group("s")) if t else None
        parts = [p.strip() for p in _SEP.split(names)]
        who = [p for p in parts if _person(p, lang)]
        outlet = next((o for p in parts if not _person(p, lang) and (o := _outlet(p, lang))), "")
        return (", ".join(who), outlet or (_nominative(out.group(0), lang) if out else ""))
    if _TEAM_LEAD.match(s):
        return None
    author, outlet, other = [], "", 0
    parts = [p.strip(" ,.") for p in _SEP.split(s) if p.strip(" ,.")]
    expanded = []
    for p in parts:  # "Алеся Мирончик, «Окно»", "«Новая Европа», 15 мая 2025"
        expanded += [x.strip() for x in re.split(r",\s+(?=[«\"A-ZА-ЯЁІЇЄҐ\d])", p)] if "," in p else [p]
    alone = len(expanded) == 1
    for p in expanded:
        if _DATE_PART.match(p) or _GENRE.match(p):
            other += 1
        elif _person(p, lang):
            author.append(_unranked(p))
        elif not alone and _place(p, lang):
            other += 1
        elif (o := _outlet(p, lang, alone and not after_date)) and not outlet:
            outlet = o
        elif outlet and _common_word(p.split(), lang):
            other += 1  # the outlet's rubric after it ("Defense Express | Авіація")
        else:
            return None
    if not author and not outlet:
        return None
    if not author and _common_word(outlet.split(), lang):
        return None  # "Цель — остров Змеиный": a post's line, no outlet (beside an author, "Тиждень" is one)
    return ", ".join(author), outlet


def _cue(line: str, lang: str) -> bool:
    """Whether *line* is a byline's outlet or date ("«Красная звезда», 14 сентября 2021 г.", "12 мая 2023")."""
    s = _clean(line)
    if _DATE_PART.match(s) and re.search(r"\d", s):
        return True
    got = _byline(line, lang)
    return bool(got and got[1])


def _channel(line: str, lang: str) -> str:
    """A channel's name on the first line of a post ("Крымский бриз 🌊", "Курск 46 | Новости"), or the name before
    the bar of a line that goes on with the post's headline ("🔥 АТЕШ | Окупанти виводять ..."), or ""."""
    s = _clean(line)
    barred = len(s) > 40 and "|" in s
    if barred:
        s = _clean(s.split("|", 1)[0])  # the name, then the headline
    if "|" in s:  # "ТОРЕЦКОЕ НАПРАВЛЕНИЕ | 22.10": the post's date is no part of the channel's name
        s = " | ".join(p for p in re.split(r"\s*\|\s*", s) if p and not _DATE_PART.match(p))
    if not s or len(s) > 40 or re.search(r"[.:!?;]$|[:!?]", s):
        return ""
    words = [w for w in re.split(r"\s+|\s*\|\s*", s) if w]
    if not 1 <= len(words) <= 4 or not _CAP_WORD.match(words[0]):
        return ""
    for w in words:
        if w.isdigit() or len(w) == 1 or (barred and w.isupper()):
            continue  # a name in capitals before the bar is no verb ("АТЕШ" is no form of "асти")
        rs = morph.readings(w, lang)
        if rs and rs[0].pos in _FUNCTION:
            return ""
    return s


def _post(text: str) -> bool:
    """Whether *text* looks like a channel's post: hashtags, a view count, or emoji here and there."""
    return bool(re.search(r"(?:^|\s)#\w|👁", text)) or len(_EMOJI.findall(text)) >= 3


_ORG = re.compile(r"(?:министерств|міністерств|минобороны|міноборони|генштаб|генеральн\w+\s+штаб|штаб|служб|"
                  r"командуван|командовани|управлін|управлени|сил[иы]?\b|войск|військ|флот|адміністрац|"
                  r"администрац|прокуратур|пресс-служб|прес-служб|ведомств|відомств|угрупован|группировк|"
                  r"гур\b|сбу\b|фсб\b|дпсу\b|зсу\b|всу\b|мид\b|мзс\b|осув|осгв|вмс\b)", re.I)


# the prepositions that open a bulletin's topic ("о ходе ...", "про ситуацію", "станом на 08:00", "від Генштабу")
_TOPIC_PREP = (r"щодо|про|о|об|по|от|від|з\s+приводу|в\s+связи|в\s+зв['’ʼ]язку|станом\s+на|по\s+состоянию\s+на|"
               r"на|в|у|из|із|з")


def _issuer(headline: str, lang: str) -> str:
    """The body an official statement's headline names as its author ("Державна прикордонна служба України: ...",
    "Заява Генерального штабу Збройних Сил України щодо ..."), or ""."""
    s = _clean(headline)
    m = re.match(r"^(?P<s>[^:]{3,90}):\s+\S", s)
    if m and _ORG.search(m.group("s")) and not re.search(r"[.!?,]", m.group("s")) and not any(
            r.pos in _FUNCTION - {"PREP"} for w in m.group("s").split() for r in morph.readings(w, lang)[:1]):
        return m.group("s").strip()
    m = re.search(r"\s[—–-]\s+(?P<s>[^—–]{2,80})$", s)  # "... перекинула під Куп’янськ бригаду – речник ОСУВ «Хортиця»"
    if m and (_ORG.search(m.group("s")) or _person_in(m.group("s"), lang)) and not any(
            r.pos in ("VERB", "INFN") for w in m.group("s").split() for r in morph.readings(w, lang)[:1]):
        return m.group("s").strip()
    # a statement, a bulletin or a summary titled by its issuer ("Заява Генерального штабу ЗСУ щодо ...",
    # "Сводка Министерства обороны Российской Федерации о ходе ...", "Оперативна інформація ВМС ЗСУ станом на ...")
    # (the issuer follows the bulletin's word at once, up to the first preposition: "Сообщение о переброске войск"
    # and "Зведення про ситуацію ... від Генштабу" name a topic, not an issuer)
    # (a briefing too, "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 16 мая 2024 года": its
    # issuer up to the comma, before the place and the date, or up to a bracket: "Сводка ... (10 мая 2024 года)")
    m = re.match(rf"^(?:заява|звернення|заявление|обращение|сводка|сообщение|повідомлення|зведення|брифинг|брифінг|"
                 rf"оперативн(?:ая|а)\s+(?:информация|інформація))\s+(?!(?:{_TOPIC_PREP})\s)(?P<s>[^,(]+?)"
                 rf"(?:\s+(?:{_TOPIC_PREP})\s.*|\s*[,(].*)?$", s, re.I)
    # (an organisation or a person at the issuer's head: "Министерства ...", "Департамента ... Министерства обороны",
    # "ТАСС", "начальника ... Володимира Артюха", "официального представителя МИД России")
    if m and (_ORG.match(m.group("s")) or re.match(r"[A-ZА-ЯЁІЇЄҐ]{2,}(?!\w)", m.group("s")) or
              m.group("s")[:1].isupper() and _ORG.search(m.group("s")) or _person_in(m.group("s"), lang) or
              _SPOKESMAN.match(m.group("s")) and _ORG.search(m.group("s"))):
        from .attribution import _nominative as nominative

        return nominative(m.group("s"), lang)
    return ""


#: Whether a statement whose first line is only its issuer's name, a letterhead ("Министерство обороны Российской
#: Федерации", "Пресс-служба Центрального военного округа", "Генеральний штаб Збройних Сил України інформує"),
#: speaks with that issuer, as one whose headline names it does.
LETTERHEAD = True
# The offices a letterhead names at its head: a ministry, a staff, a service, a command, an administration, a
# department ("Департамент информации ... Министерства обороны"), a press service, an intelligence or security
# agency. Forces are no office: "Флот России", "Войска Беларуси", "Силы обороны Украины" alone on a line are a
# headline (what moves), not who issues the text.
_OFFICE = re.compile(r"(?:министерств|міністерств|минобороны|міноборони|генштаб|генеральн\w+\s+штаб|штаб|служб|"
                     r"командуван|командовани|управлін|управлени|адміністрац|администрац|прокуратур|пресс-служб|"
                     r"прес-служб|ведомств|відомств|департамент|гур\b|сбу\b|фсб\b|дпсу\b|мид\b|мзс\b|осув|осгв)",
                     re.I)
# "інформує", "сообщает": a letterhead may close with its issuer's verb of informing
_INFORMS = re.compile(r"\s+(?:інформує|информирует|повідомляє|сообщает|заявляє|заявляет)$", re.I)


def _letterhead(line: str, text: str, lang: str) -> str:
    """The issuer *line* names when it is the first line of *text* alone in its paragraph and only an office's name
    (an office's noun at its head, :data:`_OFFICE`, after its adjectives only; no verb nor preposition, no punctuation
    of a sentence), else "": a force's name alone is a headline.

    >>> _letterhead("Пресс-служба Центрального военного округа", "Пресс-служба Центрального военного округа\\n\\nМарш.",
    ...             "ru")
    'Пресс-служба Центрального военного округа'
    >>> _letterhead("Минобороны объявило о выводе", "Минобороны объявило о выводе\\n\\nТекст.", "ru")
    ''
    >>> _letterhead("Флот России", "Флот России\\n\\nТекст.", "ru")
    ''
    """
    s = _INFORMS.sub("", _clean(line))
    words = s.split()
    first = text.lstrip()
    if not 2 <= len(words) <= 10 or re.search(r"[.,:;!?|•·—–]", s) or not re.match(r"[А-ЯЁІЇЄҐ]", s):
        return ""
    if not first.startswith(line.strip()) or not re.match(r"[ \t]*\n[ \t]*\n", first[len(line.strip()):]):
        return ""  # a letterhead stands alone, a blank line under it
    # the body's noun heads the name, after its adjectives only ("Державна прикордонна служба"): "Колонна войск
    # Росгвардии" and "Новая бригада ВСУ" name what moves, a headline
    head = next((n for n, w in enumerate(words[:3]) if not any(r.pos in ("ADJF", "PRTF")
                                                               for r in morph.readings(w, lang)[:1])), None)
    if head is None or not _OFFICE.match(" ".join(words[head:])):
        return ""
    if any(r.pos in _FUNCTION - {"CONJ"} for w in words for r in morph.readings(w.strip("«»\""), lang)[:1]):
        return ""  # "Минобороны объявило о выводе ...", "Флот уходит ...", "Звартноц без ФСБ": a headline
    return s


# who speaks for a body, at the head of a briefing's issuer ("официального представителя МИД России")
_SPOKESMAN = re.compile(r"^(?:официальн\w+\s+|офіційн\w+\s+)?(?:представител|представник|речник|спикер|"
                        r"пресс-секретар|прес-секретар)\w*\s", re.I)


def _person_in(s: str, lang: str) -> bool:
    words = s.split()
    return any(_first_name(w, lang) for w in words if w[:1].isupper())


# "«Сигнал» изучил спутниковые снимки ...": an outlet telling what it did
_RESEARCH = re.compile(r"(?:^|[.!?]\s+)(?P<q>«[^»\n]{1,40}»)\s+(?:изучил|проследил|проанализировал|установил|выяснил|"
                       r"восстановил|сравнил|собрал|нашел|нашёл|геолоцировал|вивчив|простежив|проаналізував|"
                       r"встановив|з['’ʼ]ясував|відновив|порівняв|зібрав|знайшов|геолокував)\w*", re.I)


@lru_cache(maxsize=64)
def read(text: str, lang: str = "ru") -> Header:
    """What the top lines of *text* say of who publishes it (see the module's docstring).

    >>> read("Учения\\n\\nАлеся Мирончик, «Окно»\\n20 февраля 2023\\n\\nГод назад ...", "ru").voice
    '«Окно»'
    >>> read("Крымский бриз 🌊\\n🚨 Подписчики сообщают, 19.05:\\n\\nДжанкой — эшелон. #Крым", "ru").voice
    'Крымский бриз'
    >>> h = read("Т-62 едут на запад\\n\\nРасследование «Перевала»\\nТекст: Анна Соколова\\n12 мая 2023\\n\\n...", "ru")
    >>> h.author, h.voice
    ('Анна Соколова', '«Перевал»')
    """
    # read once per article and shared (lru_cache): what it returns cannot change
    lines = _lines(text, 7)
    if not lines:
        return Header()
    outlet = ""
    spans: list[tuple[int, int]] = []
    authors: list[str] = []
    after_date = ranked = False
    for k, (a, b, line) in enumerate(lines[:6]):
        if k == 0 and len(lines) > 1 and _post(text):
            ch = _channel(line, lang)
            if ch:
                outlet = ch
                spans.append((a, b))
                continue
        got = _byline(line, lang, after_date) if k > 0 or len(_clean(line)) < 60 else None
        after_date = bool(_DATE_PART.match(_clean(line))) and bool(re.search(r"\d", line))
        if after_date and k > 0 and not re.match(r"[A-ZА-ЯЁІЇЄҐ]", _clean(line)):
            spans.append((a, b))  # a date or a time alone (a place and a date are a dateline: roles.dateline_spans)
        if got is None:
            if not outlet and k < 4 and (m := _RESEARCH.search(line)):
                outlet = _nominative(m.group("q"), lang)
            continue
        author, by = got
        if author and _ranked_alone(line) and not any(
                _cue(lines[j][2], lang) for j in (k - 1, k + 1) if 0 <= j < len(lines)):
            continue  # "Генерал Валерий Залужный" over an interview: whom it is about, not who wrote it
        if author:
            authors.append(author)
            ranked = ranked or bool(_RANK.match(_clean(line)))
        if by and not outlet:
            outlet = by
        spans.append((a, b))
    personal = bool(authors and outlet) and (ranked or any(_COLUMN.match(_clean(ln)) for _a, _b, ln in lines[:4])
                                             or _first_person(text[spans[-1][1]:spans[-1][1] + 2000] if spans else ""))
    if SIGNATURE and not outlet and not authors and _post(text) and (sig := _signature(text)):
        outlet = sig[0]
        spans.append(sig[1])  # a place in the call to subscribe ("Харьковская область, подписывайтесь") is no stop
    issuer = _issuer(lines[0][2], lang)
    if not issuer and LETTERHEAD and not outlet and not authors and (issuer := _letterhead(lines[0][2], text, lang)):
        spans.insert(0, lines[0][:2])  # the issuer's name is no stop ("Республики Беларусь" of its ministry's)
    return Header(", ".join(dict.fromkeys(authors)), outlet, issuer, tuple(spans), personal)


#: Whether a channel's post that prints no name at its top speaks with the name its closing call to subscribe gives
#: ("Подписывайтесь на «Флотский вестник»", "Підписатися 👉 Північний рубіж", "Подписывайтесь 👉 @zmey_front").
SIGNATURE = True
_SUBSCRIBE = re.compile(r"(?:подписывайтесь|подпишитесь|подписаться|підписуйтесь|підписуйтеся|підпишіться|підписатися)"
                        r"[^\w«@|\n]*(?:(?:на|в|у)\s+(?:канал\s+|наш\s+канал\s+)?)?(?P<n>«[^»\n]{2,40}»|@\w{3,40}|"
                        r"(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’ʼ.-]*(?:[ \t]+[\w'’ʼ.-]+){0,3}?)"
                        r"(?=[ \t]*(?:$|[|,.!👇👈⚓️🔥\U0001F000-\U0001FAFF]))",
                        re.I | re.M)


def _signature(text: str) -> tuple[str, tuple[int, int]] | None:
    """The channel's name a post's closing call to subscribe gives, and its line's span, or None.

    >>> _signature("Колонна прошла.\\n\\nПодписывайтесь на «Флотский вестник», у нас всё раньше ⚓️\\n#ВМФ")[0]
    '«Флотский вестник»'
    >>> _signature("Колона.\\n\\nПідписатися 👉 Північний рубіж")[0], _signature("Колона.\\n👉 Підписатися | Інфо")
    ('Північний рубіж', None)
    >>> _signature("Колонна.\\n\\nПодписывайтесь на нас!"), _signature("Колонна.\\n\\nПодпишитесь на Рыбарь.")[0]
    (None, 'Рыбарь')
    """
    at = max(0, len(text) - 400)
    m = None
    for m in _SUBSCRIBE.finditer(text, at):
        pass
    if m is None or not re.search(r"[^\W\d_]{3}", m.group("n")):
        return None
    a = text.rfind("\n", 0, m.start()) + 1
    b = text.find("\n", m.end())
    return m.group("n").rstrip("."), (a, len(text) if b < 0 else b)  # (a sentence's full stop is no part of it)


#: The kinds of piece in which an author speaks for herself ("Мнение", "Колонка", "Блог", "Интервью").
_COLUMN = re.compile(r"^(?:колонка|мнение|думка|блог|интервью|інтерв['’ʼ]ю|точка\s+зору|точка\s+зрения)\.?$", re.I)
#: The first person singular ("Я сама видела", "мне рассказали", "я бачив").
_I = re.compile(r"(?<![\w-])(?:я|мне|меня|мной|мною|мені|мене)(?![\w-])", re.I)


def _first_person(body: str) -> bool:
    """Whether the author of *body* speaks in the first person singular, outside a quote (a sentence with no
    quotation marks and no dash of dialogue)."""
    for sent in re.split(r"(?<=[.!?…])\s+|\n+", body):
        if _I.search(sent) and not re.search(r"[«»\"“”„]|^\s*[—–-]|\s[—–]\s", sent):
            return True
    return False


__all__ = ["Header", "read"]
