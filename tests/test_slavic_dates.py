"""geo/extract/slavic/dates.py: when it happened, in Russian and Ukrainian."""

import pytest

from geo.extract.slavic.dates import article_date, find_date, find_dates


@pytest.mark.parametrize("text, ref, date", [
    ("Колонна вошла в Курск 12 декабря.", "2024-12-20", "2024-12-12"),
    ("Колонна вошла в Курск 12 декабря 2023 года.", "2024-12-20", "2023-12-12"),
    ("Колона зайшла 12 грудня.", "2025-01-05", "2024-12-12"),            # the year that puts it before the article
    ("Удар нанесли в ночь на 5 декабря.", "2024-12-06", "2024-12-04/2024-12-05"),
    ("Удар завдали в ніч на 1 квітня.", "2024-04-02", "2024-03-31/2024-04-01"),
    ("Эшелон сняли 19.04 около 15:00.", "2025-04-20", "2025-04-19"),
    ("С 8 по 13 октября их перевезли во Владивосток.", "2024-10-18", "2024-10-08/2024-10-13"),
    ("Колону помітили 8–13 жовтня.", "2024-10-18", "2024-10-08/2024-10-13"),
    ("В конце октября войска перебросили.", "2024-11-10", "2024-10"),
    ("Колона рухалася вчора зранку.", "2025-01-14", "2025-01-13"),
    ("За прошедшие сутки ВСУ пытались продвинуться.", "2024-08-09", "2024-08-08"),
    ("Колонна вошла в Курск 12 декабря.", None, ""),                      # a year is never guessed
])
def test_find_date(text, ref, date):
    assert find_date(text, ref) == date


@pytest.mark.parametrize("text, ref, date", [
    # the calendar week before the article's (a Friday, a Monday)
    ("На прошлой неделе бригады перебросили под Купянск.", "2024-09-20", "2024-09-09/2024-09-15"),
    ("Упродовж минулого тижня колони рухалися до кордону.", "2024-08-26", "2024-08-19/2024-08-25"),
    # this week: its Monday to the article's day
    ("На этой неделе эшелоны шли на запад.", "2024-09-20", "2024-09-16/2024-09-20"),
    # the last weekend before the article's day (a Wednesday, a Monday)...
    ("В минувшие выходные колонны шли на юг.", "2021-08-04", "2021-07-31/2021-08-01"),
    ("Минулих вихідних колона пройшла через Ізюм.", "2024-09-16", "2024-09-14/2024-09-15"),
    # ...or, written on a Sunday, the weekend that ends that day, not the one before it
    ("В минувшие выходные колонны шли на юг.", "2024-09-15", "2024-09-14/2024-09-15"),
    ("Минулих вихідних колона пройшла через Ізюм.", "2024-09-15", "2024-09-14/2024-09-15"),
    ("На прошлой неделе колонны шли на юг.", None, ""),
])
def test_a_week_named_from_the_article_date(text, ref, date):
    assert find_date(text, ref) == date


def test_a_week_that_dates_a_saying_is_no_date_of_the_event():
    assert find_date("Министр заявил на прошлой неделе, что войска ушли.", "2024-09-20") == ""


def test_a_date_of_saying_is_no_date_of_the_event():
    assert find_date("Об этом в пятницу сообщило Минобороны.", "2024-08-09") == ""
    assert find_date("В пятницу колонна вошла в Курск.", "2024-08-09") == "2024-08-09"


def test_the_next_day_is_the_day_after_the_date_named_before():
    assert find_dates(["Колона рухалася 19.04 трасою.", "Наступного дня її помітили під Куп'янськом."],
                      "2025-04-20") == ["2025-04-19", "2025-04-20"]


def test_article_date():
    assert article_date("Обновлено 12 декабря 2024 года\nВойска") == "2024-12-12"
    assert article_date("МОСКВА, 9 августа. /ТАСС/.") is None


@pytest.mark.parametrize("text, ref, date", [
    # open-ended spans run to the publication date, from the first day the words allow
    ("На аеродромі Мачулищі з жовтня 2022 року базувалися МіГ-31К.", "2024-12-06", "2022-10-01/2024-12-06"),
    ("С августа 2023-го КНДР отправила в Россию снаряды.", "2024-02-20", "2023-08-01/2024-02-20"),
    ("З кінця березня до Феодосії морем доставляють пальне.", "2024-04-02", "2024-03-21/2024-04-02"),
    ("Ещё с середины января колонны идут через Гомель.", "2025-02-10", "2025-01-15/2025-02-10"),
    ("Войска стояли там с мая по август 2023 года.", "2024-12-06", "2023-05-01/2023-08-31"),
    ("Авиагруппа находилась в Сирии с конца сентября прошлого года.", "2016-03-15", "2015-09-21/2016-03-15"),
    # seasons, in every case the dictionaries give
    ("Восени 2022 року Росія перекинула до Білорусі угруповання.", "2024-12-06", "2022-09-01/2022-11-30"),
    ("Упродовж осені Росія нарощувала сили на Куп’янському напрямку.", "2024-12-06", "2024-09-01/2024-11-30"),
    ("CSIS ещё осенью 2023-го зафиксировал вагоны на станции Туманган.", "2024-12-06", "2023-09-01/2023-11-30"),
    ("Влітку колони йшли через Вугледар.", "2024-07-20", "2024-06-01/2024-07-20"),  # the season it is written in
    # a month named as a whole, one month or two
    ("Весь март российские подразделения закреплялись в Цыркунах.", "2022-05-20", "2022-03"),
    ("Протягом листопада противник перемістив підрозділи до Борової.", "2024-12-06", "2024-11"),
    ("Упродовж листопада – грудня 2024 року Пхеньян передав Росії гармати.", "2025-01-20", "2024-11-01/2024-12-31"),
    # the last days before the article
    ("За последние трое суток ВСУ перебросили к Купянску до батальона.", "2024-10-18", "2024-10-15/2024-10-18"),
    ("За останній тиждень з казарм вивезли частину особового складу.", "2025-02-13", "2025-02-06/2025-02-13"),
    ("За прошедшие сутки ВСУ пытались продвинуться.", "2024-08-09", "2024-08-08"),   # a daily summary's day
    # a year alone stays empty; a span of years is a range of days like any other (the development gold's)
    ("В 2001–2003 годах здесь стояла авиабаза.", "2024-12-06", "2001-01-01/2003-12-31"),
    ("В 2003 году здесь стояла авиабаза.", "2024-12-06", ""),
    ("С 2017 года батальон стоит в Риге.", "2024-12-06", ""),
])
def test_spans_seasons_and_whole_months(text, ref, date):
    assert find_date(text, ref) == date


def test_a_liveblog_heading_dates_the_entries_below_it():
    texts = ["24 лютого, 21:40", "Колона техніки пройшла через Ізюм.", "Ще одна колона стоїть біля Куп’янська.",
             "25 лютого, 08:10", "Танки вийшли з Бєлгорода."]
    assert find_dates(texts, "2024-02-26", [0, 1, 2, 3, 4]) == [
        "2024-02-24", "2024-02-24", "2024-02-24", "2024-02-25", "2024-02-25"]
    # one date line alone is the article's own, not a liveblog's heading
    assert find_dates(["20 декабря 2024", "Колонна прошла через Изюм."], "2024-12-20", [0, 1]) == ["2024-12-20", ""]
    # a sentence that names a date and goes on is no heading: the paragraphs after it keep their own
    assert find_dates(["12 декабря колонна вошла в Курск.", "Танки стоят в Льгове."], "2024-12-20", [0, 1]) == [
        "2024-12-12", ""]


@pytest.mark.parametrize("text, ref, date", [
    # the day or month of a statement is not the event's: the event's own date, or none
    ("18 жовтня 2024 року вона повідомила, що з 8 по 13 жовтня кораблі перевезли військових до Владивостока.",
     "2024-10-20", "2024-10-08/2024-10-13"),
    ("В октябре 2023 года Белый дом опубликовал данные о поставках через Раджин.", "2024-10-20", ""),
    ("Лукашенко ще в серпні стверджував, що комплекс «уже в Білорусі».", "2025-10-01", ""),
])
def test_a_statement_day_or_month_is_no_date_of_the_event(text, ref, date):
    assert find_date(text, ref) == date


@pytest.mark.parametrize("text, date", [
    # the date of the reported event, after "что"/"що" or before the comma of "..., сообщило": the event's
    ("Минобороны сообщило, что 12 декабря войска вошли в Курахово.", "2024-12-12"),
    ("Генштаб повідомив, що 5 жовтня колона прибула до Курська.", "2024-10-05"),
    ("В ГУР заявили, что в октябре КНДР отправила войска во Владивосток.", "2024-10"),
    ("Войска вошли в Курахово 12 декабря, сообщило Минобороны.", "2024-12-12"),
    # next to the verb, with only the speaker between: the statement's
    ("12 декабря сообщило Минобороны, что войска вошли в Курахово.", ""),
    ("Минобороны сообщило 12 декабря, что войска вошли в Курахово.", ""),
])
def test_a_date_in_the_reported_clause_is_the_events(text, date):
    assert find_date(text, "2024-12-15") == date


def test_a_sentence_in_the_present_tense_takes_no_date_from_the_one_before():
    texts = ["В марте российские подразделения закреплялись в Цыркунах.", "Волчанск остаётся оккупированным.",
             "Колона пройшла 19.04 через Ізюм.", "Частина техніки досі стоїть у Балаклії."]
    assert find_dates(texts, "2022-05-20", [0, 0, 1, 1]) == ["2022-03", "", "2022-04-19", ""]
    assert find_dates(texts[:1] + ["Оттуда артиллерия била по Салтовке."], "2022-05-20", [0, 0]) == ["2022-03"] * 2


def test_a_line_opened_by_a_time_of_day_is_of_the_posts_day():
    # a Telegram post's timeline: each time is of the day the post was published
    texts = ["Маршрут по данным наших мониторщиков:", "▫️ 14:05 — трасса Р-43, проехали Кричев",
             "▫️ 18:30 — движутся на Осиповичи", "14:35 – колона пройшла через Ізюм."]
    assert find_dates(texts, "2023-07-15", [0, 1, 2, 3]) == ["", "2023-07-15", "2023-07-15", "2023-07-15"]
    # under a liveblog's date heading, the heading's day; a date of its own still counts
    texts = ["24 лютого, 21:40", "Колона пройшла через Ізюм.", "25 лютого, 08:10", "09:15 — танки вийшли з Бєлгорода.",
             "10:20 — 23 лютого колона стояла біля Куп’янська."]
    assert find_dates(texts, "2024-02-26", [0, 1, 2, 3, 4])[3:] == ["2024-02-25", "2024-02-23"]
    # no publication date: nothing to take; a time alone on its line, or within a sentence, is no timeline
    assert find_dates(["14:05 — проехали Кричев."], None, [0]) == [""]
    assert find_dates(["08:55", "Колонна прошла через Льгов."], "2024-08-09", [0, 1]) == ["", ""]


def test_the_minutes_of_a_time_are_no_day():
    assert find_date("10:20 — 23 лютого колона стояла біля Куп’янська.", "2024-02-26") == "2024-02-23"
    assert find_date("Около 14:30 5 декабря колонна вошла в Курск.", "2024-12-06") == "2024-12-05"


@pytest.mark.parametrize("place, expected", [("Гостомель", "2022-04-01/2022-04-02"), ("Бучу", "2022-03-31")])
def test_a_stop_takes_the_date_of_its_own_clause_when_a_sentence_names_several(place, expected):
    from geo.extract.slavic.dates import find_date_at

    text = "ВСУ вошли в Бучу 31 марта и в Гостомель 1–2 апреля."
    at = text.index(place)
    assert find_date_at(text, at, at + len(place), "2022-04-05") == expected


@pytest.mark.parametrize("text, ref, expected", [
    # the night before a weekday
    ("«В ночь на вторник по трассе на Первомайск шли БТРы.", "2022-04-28", "2022-04-25/2022-04-26"),
    ("У ніч на суботу колона пройшла через Ізюм.", "2024-05-20", "2024-05-17/2024-05-18"),
    # a span of years
    ("В 2001–2003 годах часть боеприпасов вывезли в Россию.", "2024-03-05", "2001-01-01/2003-12-31"),
    ("Лише у 1990–1992 роках до Колбасни прибуло кілька сотень вагонів.", "2024-03-05", "1990-01-01/1992-12-31"),
    # back from the article's day
    ("Неделю назад на окраине Курчатова появились два «Панциря».", "2024-08-24", "2024-08-17"),
    ("Два дні тому колона пройшла через Суми.", "2024-08-24", "2024-08-22"),
    ("Неделю назад на окраине Курчатова появились два «Панциря».", None, ""),
    # two months, joined by a dash or "и"/"і"/"та": from the first's first day to the second's last
    ("В январе — феврале 2025 года в Россию прибыли еще около 3 тыс. военнослужащих.", "2025-04-28",
     "2025-01-01/2025-02-28"),
    ("У січні-лютому до Курської області прибуло поповнення.", "2025-03-08", "2025-01-01/2025-02-28"),
    ("Противник перекинув сюди з Курщини у вересні–жовтні.", "2024-11-30", "2024-09-01/2024-10-31"),
    ("В приграничье Курской области за апрель и май были переброшены части.", "2025-06-06", "2025-04-01/2025-05-31"),
    ("В январе в Россию прибыли военнослужащие.", "2025-04-28", "2025-01"),
    # since a day, or after it: to the article's day; a range of days stays one
    ("Авиагруппа выполняет задачи в Сирии с 30 сентября по просьбе президента.", "2015-11-26",
     "2015-09-30/2015-11-26"),
    ("Вертолёты после 16 августа были переведены на север полуострова.", "2022-08-20", "2022-08-16/2022-08-20"),
    ("С 8 по 13 октября военнослужащих перевезли во Владивосток.", "2024-10-18", "2024-10-08/2024-10-13"),
    # "від 8 вересня" dates an image, not the start of a span
    ("На супутниковому знімку від 8 вересня біля Джанкоя видно кілька вагонів.", "2024-09-18", "2024-09-08"),
])
def test_nights_before_a_weekday_spans_of_years_and_days_ago(text, ref, expected):
    assert find_date(text, ref) == expected


def test_the_items_of_a_list_take_the_date_of_the_line_that_leads_into_it():
    texts = ["🚨 Подписчики сообщают, 19.05, поздний вечер:", "📍 Джанкой — на станцию пришёл эшелон.",
             "📍 Трасса «Таврида»: колонна двигалась в сторону Феодосии.", "Куда — пока не знаем, следим.",
             "Конец сводки."]
    assert find_dates(texts, "2024-05-20", [0, 1, 2, 2, 3]) == ["2024-05-19"] * 4 + [""]


@pytest.mark.parametrize("text, place, expected", [
    # what a dated saying reports ("заявил, что ..."), every date before the verb: the statement's day, no date of the stop
    ("Ещё раньше, во вторник, Александр Лукашенко заявил, что Беларусь уже получила ракеты.", "Беларусь", ""),
    ("Увечері 1 жовтня угруповання «Хортиця» повідомило, що командування дозволило відвести підрозділи з Вугледара.",
     "Вугледара", ""),
    # a date in what is reported is the event's
    ("Минобороны сообщило, что 12 декабря войска вошли в Курск.", "Курск", "2024-12-12"),
    # no verb of saying: the sentence's date
    ("Ещё во вторник колонна вошла в Беларусь.", "Беларусь", "2023-06-13"),
])
def test_a_stop_in_what_a_dated_saying_reports_takes_no_date_from_before_it(text, place, expected):
    from geo.extract.slavic.dates import find_date_at

    at = text.index(place)
    ref = "2023-06-17" if "Беларусь" in text else "2024-10-20" if "Вугледар" in text else "2024-12-20"
    assert find_date_at(text, at, at + len(place), ref) == expected


def test_a_time_of_day_with_no_date_is_of_the_posts_day():
    # a post that tells the hour ("около 4 утра", "около 9:00"), or the night, and no date: the day it was posted, or
    # the night before it; a sentence after it in its paragraph goes on with it
    texts = ["❗️Подписчики сообщают: около 4 утра через Курчатов прошла большая колонна.",
             "Колонна шла по трассе со стороны Курска и зашла во Льгов.", "▪️ из Ясиноватой ночью подошли резервы."]
    assert find_dates(texts, "2024-08-10", [0, 0, 1]) == ["2024-08-10", "2024-08-10", "2024-08-09/2024-08-10"]
    # a date of its own, or the sentence before's, wins; a length is no hour; what is so now keeps no date
    texts = ["5 августа колонна вышла из Курска.", "Около 9:00 она прошла Льгов.", "Колонна длиной около 64 км.",
             "Около 9:00 войска остаются в Судже."]
    assert find_dates(texts, "2024-08-10", [0, 0, 1, 2]) == ["2024-08-05", "2024-08-05", "", ""]
    assert find_dates(["Около 4 утра колонна прошла Курчатов."], None, [0]) == [""]


def test_an_article_with_no_sentences_has_no_dates():
    assert find_dates([], "2024-01-01", []) == [] and find_dates([], None) == []


@pytest.mark.parametrize("text, expected", [
    # a date in a clause that tells what will be dates no event yet (as in English)
    ("Бригада будет переброшена в Беларусь в декабре.", ""),
    ("Колона має прибути до Мозиря 10 березня.", ""),
    ("Командование планирует перебросить полк в Брест 5 декабря.", ""),
    # what happened keeps its date; a future in another clause leaves it
    ("Бригада переброшена в Беларусь в декабре.", "2024-12"),
    ("Колона прибула до Мозиря 10 березня, а наступна буде в квітні.", "2025-03-10"),
])
def test_a_date_in_a_clause_that_tells_the_future_dates_no_event(text, expected):
    assert find_date(text, "2025-03-20" if "березня" in text else "2024-12-20") == expected


@pytest.mark.parametrize("second, expected", [
    # what somebody said, told with no date of its own, takes none from the sentence before it
    ("Канал утверждает, что колонна ушла на Изюм.", ""),
    ("Джерела повідомили, що колона пішла на Ізюм.", ""),
    ("Колонна ушла на Изюм.", "2024-11-12"),
])
def test_a_reported_saying_with_no_date_of_its_own_takes_none_from_before(second, expected):
    assert find_dates(["Колонна вошла в Купянск 12 ноября.", second], "2024-11-20", [0, 0])[1] == expected


@pytest.mark.parametrize("text, expected", [
    # past forms, and "собирать/збирати" as massing, tell no future: the date stays
    ("10 марта войска собирались у границы с Украиной.", "2024-03-10"),
    ("10 березня техніку збирали біля Бєлгорода.", "2024-03-10"),
    ("10 марта в Белгороде ожидали прибытия колонны.", "2024-03-10"),
    ("10 березня росіяни планували перекинути полк до Бреста.", "2024-03-10"),
    # the forms that mark the future still do
    ("Россия собирается перебросить полк в Брест 5 декабря.", ""),
    ("Командування планує перекинути полк до Бреста 5 грудня.", ""),
    ("Колона має прибути до Мозиря 10 березня.", ""),
])
def test_only_forms_that_mark_the_future_make_a_clause_future(text, expected):
    assert find_date(text, "2024-12-20") == expected


@pytest.mark.parametrize("text, ref, expected", [
    # the first or last days of a month, and "as of the start of" a month, are the month
    ("За последние дни августа Россия перебросила в Курскую область два батальона.", "2024-09-20", "2024-08"),
    ("У перші дні серпня росіяни перекинули техніку до Льгова.", "2024-09-20", "2024-08"),
    ("На начало ноября в Курской области находилось 11 тысяч военных.", "2025-05-02", "2024-11"),
    ("На початок листопада в Курській області перебувало 11 тисяч військових.", "2025-05-02", "2024-11"),
    # days without a month name no month
    ("В последние дни в Кучурган зашли военные.", "2022-04-28", ""),
])
def test_the_first_or_last_days_of_a_month_are_the_month(text, ref, expected):
    assert find_date(text, ref) == expected


@pytest.mark.parametrize("text, expected", [
    # a month next to a report about an event ("сообщали о составах", "Про перекидання ... повідомило") dates it
    ("Мониторинговые каналы в мае сообщали о нескольких составах, прошедших через Оршу.", "2023-05"),
    ("Про перекидання бригади до Авдіївки у травні повідомило командування.", "2023-05"),
    # a month next to a saying of what it says, and a day next to any saying, stay the saying's
    ("«Флот залишається в Севастополі», – заявив він у травні.", ""),
    ("В мае Минобороны сообщило, что комплексы получены.", ""),
    ("12 мая сообщили о нескольких составах, прошедших через Оршу.", ""),
])
def test_a_month_next_to_a_report_about_an_event_dates_the_event(text, expected):
    assert find_date(text, "2023-06-17") == expected


@pytest.mark.parametrize("second, expected", [
    # told in the present tense: what is so now takes no date from the sentence before
    ("Помимо России, свои подразделения направляют Белоруссия и Армения.", ""),
    ("Далі техніку переганяють своїм ходом через Уразове до кордону.", ""),
    # told in the past, or with a past verb beside a present one, it goes on with the date before
    ("Далі техніку перегнали своїм ходом через Уразове до кордону.", "2024-10-05"),
    ("Как утверждает Сырский, Россия начала перебрасывать войска в Курскую область.", "2024-10-05"),
])
def test_a_sentence_in_the_present_tense_takes_no_date_from_before(second, expected):
    texts = ["Эшелоны разгрузили в Валуйках 5 октября.", second]
    assert find_dates(texts, "2024-10-10", [0, 0])[1] == expected


@pytest.mark.parametrize("texts, paragraphs, expected", [
    # a thing seen moving or arriving, told in the present (a monitoring channel's sighting), keeps the date before
    # it (review H3)
    (["5 октября в Валуйках заметили колонну.", "Колонна идёт в сторону Белгорода, в ней около 30 единиц техники."],
     [0, 0], "2024-10-05"),
    (["Эшелоны разгрузили в Валуйках 5 октября.", "Техника движется в сторону Уразово."], [0, 0], "2024-10-05"),
    (["5 жовтня у Валуйках розвантажили ешелони.", "Колона рухається в бік Уразового."], [0, 0], "2024-10-05"),
    # an item of a list takes the date of the line that leads into it, in any tense
    (["🚨 Подписчики сообщают, 19.05, поздний вечер:", "📍 Джанкой — на станцию прибывает эшелон с танками."],
     [0, 1], "2024-05-19"),
    (["🚨 Подписчики сообщают, 19.05, поздний вечер:", "📍 Джанкой — на станции стоят танки."], [0, 1], "2024-05-19"),
    # what is so now, or a practice, told in the present, still takes none
    (["Вчера ночью в Джанкое разгрузили эшелон.", "Техника стоит на станции."], [0, 0], ""),
    (["5 октября в Валуйках разгрузили эшелон.", "По словам очевидцев, на платформах стоят танки Т-72."], [0, 0], ""),
])
def test_a_present_sighting_of_a_thing_moving_or_a_list_item_keeps_the_date_before(texts, paragraphs, expected):
    assert find_dates(texts, "2024-10-10", paragraphs)[1] == expected


@pytest.mark.parametrize("second, expected", [
    # a short Ukrainian sentence without і/ї/є/ґ is read by the article's language, not guessed Russian (review L3)
    ("Танки везуть до Курська.", ""),
    ("Танки везли до Курська.", "2024-10-05"),
])
def test_the_tense_of_a_sentence_is_read_in_the_articles_language(second, expected):
    texts = ["5 жовтня у Валуйках розвантажили ешелони з військовою технікою.", second]
    assert find_dates(texts, "2024-10-10", [0, 0])[1] == expected


@pytest.mark.parametrize("text, expected", [
    # "об этом / про це" points back to a sentence before: the month is the saying's, in any word order (review M2)
    ("Об этом в мае сообщило Минобороны России.", ""),
    ("Про це у травні повідомив Генштаб.", ""),
    ("В мае об этом сообщил Зеленский.", ""),
    ("В мае сообщили о том, что колонна ушла.", ""),
    # a report about an event named with its noun still dates it
    ("О переброске бригады в мае сообщал Генштаб.", "2023-05"),
    ("Про перекидання бригади у травні повідомив Генштаб.", "2023-05"),
])
def test_a_month_next_to_a_report_about_this_is_the_sayings(text, expected):
    assert find_date(text, "2023-06-17") == expected


def test_a_clause_starts_where_a_scan_of_the_whole_prefix_says():
    from geo.extract.dates import clause_start
    from geo.extract.slavic import dates as slavic_dates
    text = ("Войска будут переброшены в Брест 10 марта, а колонна прибыла в Минск 5 марта — и після того "
            "техніка де коли та й ще\n") * 30
    for at in range(0, len(text) + 1, 1 if len(text) < 500 else 7):  # 7: every offset of a repeated clause
        starts = [m.end() for m in slavic_dates._CLAUSE_BREAK.finditer(text, 0, at)]
        assert clause_start(slavic_dates._CLAUSE_BREAK, text, at) == (starts[-1] if starts else 0)


@pytest.mark.parametrize("text, date", [
    # the day a video was shown or made public is the statement's, as any saying's next to its verb
    ("Ще 9 вересня російське Міноборони показало відео, на якому колони техніки рухаються до Куп'янська.", ""),
    ("9 сентября Минобороны обнародовало видео колонн у Купянска.", ""),
    # a date away from the verb, in what the video shows, is the event's
    ("Минобороны показало видео, на котором 9 сентября колонны входят в Купянск.", "2022-09-09"),
])
def test_a_day_a_video_was_shown_is_no_date_of_the_event(text, date):
    assert find_date(text, "2022-09-11") == date


@pytest.mark.parametrize("text, ref, date", [
    # the night before a day written in figures, as before one written in words
    ("Підписники повідомляють: у ніч на 26.11 через Чонгар у бік Олешок пройшла колона.", "2026-11-27",
     "2026-11-25/2026-11-26"),
    ("В ночь на 29.09.2024 состав пересёк границу через Успенскую.", "2024-10-15", "2024-09-28/2024-09-29"),
    ("В ночь на 29 сентября состав пересёк границу.", "2024-10-15", "2024-09-28/2024-09-29"),
    # a date in figures with no night before it is that day; no day 35
    ("26.11 колона пройшла Чонгар.", "2026-11-27", "2026-11-26"),
    ("У ніч на 35.11 колона пройшла Чонгар.", "2026-11-27", ""),
])
def test_the_night_before_a_day_in_figures(text, ref, date):
    assert find_date(text, ref) == date


def test_a_post_line_its_time_opens_that_tells_of_the_night_is_the_night_before_the_posts_day():
    texts = ["09:10 — ЦАХАЛ повідомив, що резервісти уночі прибули на Голанські висоти з півдня Лівану.",
             "10:00 — Колона пройшла Кацрин.", "11:00 — Бригада нині залишається під Кунейтрою вночі й удень."]
    # the night before the post's day; a line with no night is of the day, and so is one that tells what is so now
    # ("нині залишається ... вночі й удень": no night of a move)
    assert find_dates(texts, "2026-11-21", [0, 1, 2]) == ["2026-11-20/2026-11-21", "2026-11-21", "2026-11-21"]


@pytest.mark.parametrize("text", [
    # "показались" (appeared) tells a sighting, the event itself: no verb of saying
    "5 декабря у Купянска показались российские танки, которые шли из Двуречной.",
    "5 декабря над Харьковом показались вражеские дроны.",
])
def test_what_appeared_on_a_day_keeps_that_day(text):
    assert find_date(text, "2024-12-06") == "2024-12-05"


@pytest.mark.parametrize("text, date", [
    ("У ніч проти 26 листопада дрони атакували Київ.", "2024-11-25/2024-11-26"),
    ("В ночь с 4 на 5 декабря дроны атаковали Киев.", "2024-12-04/2024-12-05"),
    ("У ніч на 26.11.24 дрони атакували Київ.", "2024-11-25/2024-11-26"),
])
def test_the_night_against_or_from_one_day_to_the_next(text, date):
    assert find_date(text, "2024-12-06") == date


def test_an_evening_post_that_tells_of_the_night_is_of_the_night_that_begins():
    out = find_dates(["23:40 — Ночью российские войска наступают от Курахово к Дачному.",
                      "08:00 — Ночью ожидается переброска войск из Курска в Белгород.",
                      "09:10 — Уночі війська прибули до Покровська."], "2024-12-06", [0, 1, 2])
    assert out == ["2024-12-06", "2024-12-06", "2024-12-05/2024-12-06"]


@pytest.mark.parametrize("second, expected", [
    # what came before the time the paragraph tells of takes none of its date
    ("До этого бригада стояла под Борисовым.", ""),
    ("Раніше бригада стояла під Бахмутом.", ""),
    ("Российские источники ранее сообщали о переброске батальона в Лиду.", ""),
    ("За даними розвідки, до цього вони проходили підготовку на полігоні Сергіївський.", ""),
    # "earlier" in a relative clause names a thing by what it did: the sentence's event goes on from the date before
    ("Колонна, которую ранее видели в Борисове, ушла на Лиду.", "2025-04-19"),
    ("Техніку, яку раніше бачили в Борисові, відправили до Ліди.", "2025-04-19"),
    ("Затем колонна ушла на Лиду.", "2025-04-19"),
    # not a place reached ("до этого села"), nor a comparison ("раньше срока": earlier than planned is still then)
    ("Колонна дошла до этого села к вечеру.", "2025-04-19"),
    ("Колонна прибыла в Лиду раньше срока.", "2025-04-19"),
    ("Бригада прибула до Ліди раніше, ніж планувалося.", "2025-04-19"),
])
def test_what_came_before_takes_no_date_from_the_sentence_before(second, expected):
    assert find_dates(["19 апреля колонна прошла через Оршу.", second], "2025-04-20", [0, 0]) == [
        "2025-04-19", expected]


@pytest.mark.parametrize("second", [
    # review H5: "earlier" of the same day or morning names that day
    "Ранее в тот же день она прошла через Шебекино.",
    "Раніше того ж дня вона пройшла через Шебекіно.",
    "Ранее утром техника прошла через Шебекино.",
    # an adjective or participle: "previously unknown" is no time of the event
    "Ранее неизвестное подразделение вошло в Суджу.",
    "Раніше невідомий підрозділ зайшов у Коренево.",
    # "as before", "first of all", "first of all units": no earlier time
    "Как и ранее, она прошла через Шебекино.",
    "Як і раніше, колона пройшла через Коренево.",
    "Прежде всего, колонна прошла через Шебекино.",
    "Раньше всех в Коренево прибыла 810-я бригада.",
    # a demonstrative before its noun is a place ("this area"), not "before that"
    "До этого района под Шебекино она добралась к вечеру.",
    "До этого села войска дошли к вечеру.",
])
def test_earlier_words_of_the_same_day_comparisons_and_adjectives_keep_the_date_before(second):
    assert find_dates(["5 марта колонна вышла из Белгорода.", second], "2026-03-12", [0, 0]) == [
        "2026-03-05", "2026-03-05"]


@pytest.mark.parametrize("second", [
    "В тот же день колонна прибыла в Курск.",
    "Того ж дня колона зайшла до Ізюма.",
    "Тогда же бригаду перебросили под Купянск.",
    "Тоді ж частину кораблів перевели до Феодосії.",
])
def test_the_same_day_takes_the_date_named_before(second):
    # in another paragraph, so the date is the one named before, not carried by the paragraph
    assert find_dates(["Эшелон вышел из Ростова 12 марта.", second], "2024-03-20", [0, 1]) == [
        "2024-03-12", "2024-03-12"]


def test_the_same_day_next_to_a_verb_of_saying_dates_the_saying():
    # "опроверг": a denial is a saying too
    texts = ["ВСУ вошли в Суджу 6 августа.", "Генштаб в тот же день опроверг заявления о выходе из Курской области."]
    assert find_dates(texts, "2025-04-26", [0, 1]) == ["2024-08-06", ""]


def test_the_same_day_with_no_date_before_is_no_date():
    assert find_dates(["В тот же день колонна прибыла в Курск."], "2024-03-20", [0]) == [""]


def test_an_account_of_an_earlier_year_dates_in_the_year_it_named():
    texts = ["Год назад, 10 февраля 2022 года, в Беларуси начались учения.", "20 февраля 2023",
             "Первые эшелоны пришли 17 января 2022 года.", "На снимках от 10–14 февраля видно лагеря под Речицей.",
             "В январе эшелоны разгружались под Барановичами.", "Ранним утром 24 февраля колонны пересекли границу."]
    assert find_dates(texts, "2023-02-20", list(range(6))) == [
        "2022-02-10", "2023-02-20", "2022-01-17", "2022-02-10/2022-02-14", "2022-01", "2022-02-24"]


def test_an_account_goes_forward_from_the_day_it_named():
    # a day after the one named is nearer than one before it: March after August is the next year's
    texts = ["Операція почалася вранці 6 серпня 2024 року.", "8 березня штурмовики вийшли на околиці Суджі."]
    assert find_dates(texts, "2025-04-10", [0, 1]) == ["2024-08-06", "2025-03-08"]


def test_the_article_year_or_a_month_alone_opens_no_account():
    # the date line ends the account; a year named with a month or a season only ("осенью 2022 года") is background
    assert find_dates(["Бригада находится под Угледаром с осени 2022 года.", "В конце августа её вывели."],
                      "2024-09-20", [0, 1]) == ["2022-09-01/2024-09-20", "2024-08"]
    assert find_dates(["Учения начались 10 февраля 2022 года.", "20 февраля 2023", "С 15 по 23 февраля шли эшелоны."],
                      "2023-02-20", [0, 1, 2]) == ["2022-02-10", "2023-02-20", "2023-02-15/2023-02-23"]


@pytest.mark.parametrize("text, date", [
    ("В июне прошлого года бригаду перебросили под Бахмут.", "2022-06"),
    ("У березні минулого року бригада вийшла з Херсона.", "2022-03"),
])
def test_last_year_is_the_year_before_the_article(text, date):
    assert find_date(text, "2023-06-20") == date


def test_a_month_of_the_article_year_ends_the_account():
    texts = ["Перші ешелони прийшли 17 січня 2023 року.", "Восени 2024-го фронт змістився.",
             "У лютому бригаду перекинули під Покровськ."]
    # after "восени 2024-го" (the article's year), February is the one before the article, not 2023's
    assert find_dates(texts, "2024-10-20", [0, 1, 2])[2] == "2024-02"


@pytest.mark.parametrize("texts, dates", [
    (["С начала вторжения 24 февраля 2022 года бригада воюет на востоке.", "12 апреля колонна вошла в Купянск."],
     ["2022-02-24", "2025-04-12"]),
    (["Від 24 лютого 2022 року бригада воює на сході.", "10 квітня колона увійшла в Куп'янськ."],
     ["2022-02-24", "2025-04-10"]),
    (["Бригада, которая воюет с 24 февраля 2022 года, стоит под Бахмутом.", "12 апреля колонна вошла в Купянск."],
     ["2022-02-24/2025-04-15", "2025-04-12"]),
])
def test_a_day_since_which_a_state_lasts_opens_no_account(texts, dates):
    # background ("since the invasion of 24 February 2022") is no account of that year: later dates are the article's
    assert find_dates(texts, "2025-04-15", [0, 1]) == dates


def test_an_account_passes_over_29_february_of_a_year_without_it():
    # the anchor's year has no 29 February: the next year that has one is nearest, not no year at all
    texts = ["Учения начались 10 февраля 2023 года.", "29 февраля колонна вошла в Курск."]
    assert find_dates(texts, "2025-03-15", [0, 0]) == ["2023-02-10", "2024-02-29"]


@pytest.mark.parametrize("text", ["В ту же ночь колонна вошла в Курск.", "В тот же вечер колонна вошла в Курск.",
                                  "Того же числа колонна вошла в Курск.", "Той же ночью колонна вошла в Курск.",
                                  "Тієї ж ночі колона увійшла в Курськ."])
def test_the_same_night_or_evening_is_the_date_before(text):
    assert find_dates(["Колонна вышла 1 марта.", text], "2024-03-20", [0, 1]) == ["2024-03-01", "2024-03-01"]
    assert find_dates([text], "2024-03-20", [0]) == [""]


@pytest.mark.parametrize("text", ["Колонна уже ночью вошла в Курск.", "Колонна тоже ночью вошла в Курск."])
def test_already_or_also_at_night_is_a_night_of_its_own(text):
    # only "той же" / "тієї ж" point back at the night of a date named before
    assert find_dates([text], "2024-03-20", [0]) == ["2024-03-19/2024-03-20"]


def test_a_day_in_apposition_to_the_same_day_wins():
    text = "В тот же день, 12 марта, колонна вошла в Курск."
    assert find_dates(["Колонна вышла 1 марта.", text], "2024-03-20", [0, 1]) == ["2024-03-01", "2024-03-12"]
    assert find_dates([text], "2024-03-20", [0]) == ["2024-03-12"]


def test_the_day_of_a_saying_in_an_earlier_year_opens_an_account():
    # the day is the saying's, no event's, but the account of that year goes on from it
    texts = ["Лукашенко объявил о проверке 17 января 2022 года.", "Первые эшелоны прибыли 18–19 января."]
    assert find_dates(texts, "2023-02-20", [0, 1]) == ["", "2022-01-18/2022-01-19"]


@pytest.mark.parametrize("text, date", [
    ("В конце марта — начале апреля российские части ушли в Беларусь.", "2022-03-21/2022-04-10"),
    ("Наприкінці березня та на початку квітня частини пішли до Білорусі.", "2022-03-21/2022-04-10"),
    ("В середине марта и в начале апреля части ушли.", "2022-03-15/2022-04-10"),
    ("С конца марта по начало апреля части уходили в Беларусь.", "2022-03-21/2022-04-10"),
    ("В конце декабря — начале января части ушли.", "2021-12-21/2022-01-10"),  # the span crosses a year
    ("В конце марта части ушли.", "2022-03"),  # one part of one month stays the month
])
def test_a_span_from_a_part_of_one_month_to_a_part_of_the_next_stays_a_range(text, date):
    assert find_date(text, "2022-04-18") == date


@pytest.mark.parametrize("text, date", [
    # review S11: two parts of months that are not one month and the next make no span: the first part's month
    ("В конце марта и в начале марта части ушли.", "2022-03"),
    ("В начале апреля и в конце марта части ушли.", "2022-04"),
    ("В начале января и в конце марта части ушли.", "2022-01"),
    # review S12: a year after the first month
    ("В конце декабря 2021 — начале января 2022 года части ушли.", "2021-12-21/2022-01-10"),
    ("В конце декабря 2021 года — начале января части ушли.", "2021-12-21/2022-01-10"),
    # review N13: a span to a part of a month runs up to the article's day, as "с начала марта" does
    ("С начала марта по конец апреля части уходили.", "2022-03-01/2022-04-18"),
    ("С начала марта части уходили.", "2022-03-01/2022-04-18"),
    ("С конца марта по начало апреля части уходили в Беларусь.", "2022-03-21/2022-04-10"),
])
def test_a_span_of_month_parts_needs_the_next_month_takes_a_first_year_and_stops_at_the_articles_day(text, date):
    assert find_date(text, "2022-04-18") == date


def test_a_month_of_an_earlier_year_opens_an_account_of_that_year_for_its_paragraph():
    # an investigation of 2024 telling 2022: the days and months without their year that follow in the paragraph
    texts = ["Ешелони бригади виходили зі станції Печенга наприкінці січня 2022-го.",
             "Перші платформи прибули до Валуйок 9.02.", "У березні її підрозділи стояли під Харковом.",
             "У березні бригаду вивели на відновлення."]
    assert find_dates(texts, "2024-04-03", [0, 0, 0, 1]) == ["2022-01", "2022-02-09", "2022-03", "2024-03"]
    # a heading of a month and its year dates the paragraph under it
    texts = ["Лютий 2023-го: «танкове кладовище»", "Наприкінці січня противник перекинув під Вугледар бригаду.",
             "У лютому до Вугледара перекинули гаубиці."]
    assert find_dates(texts, "2024-10-20", [0, 1, 2]) == ["2023-02", "2023-01", "2024-02"]


def test_a_span_since_a_month_of_an_earlier_year_opens_no_account():
    texts = ["З літа 2022 року оборону тут тримала бригада.", "У лютому її перекинули до Вугледара."]
    assert find_dates(texts, "2024-10-20", [0, 0])[1] == "2024-02"
