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
