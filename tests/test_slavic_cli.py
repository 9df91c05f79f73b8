"""python -m geo extract on Russian and Ukrainian articles, end to end in-process: rows, exit codes, --lang,
a folder of articles in three languages (local processes and a Dask cluster), and a map of a draft."""

import csv
import shutil
from pathlib import Path

import pytest

from geo.cli import main

DATA = Path(__file__).parent / "data" / "slavic"
RU, UK = DATA / "ru_statement.txt", DATA / "uk_telegram.txt"


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def stops(rows):
    return [r for r in rows if r["role"] != "mention"]


@pytest.fixture(scope="module")
def ru_rows(tmp_path_factory):
    out = tmp_path_factory.mktemp("ru") / "draft.csv"
    assert main(["extract", str(RU), "--date", "2024-12-12", "-o", str(out)]) == 0
    return read(out)


@pytest.fixture(scope="module")
def uk_rows(tmp_path_factory):
    out = tmp_path_factory.mktemp("uk") / "draft.csv"
    assert main(["extract", str(UK), "--date", "2025-04-20", "-o", str(out)]) == 0
    return read(out)


def test_russian_route_with_its_facts(ru_rows):
    (lgov,) = [r for r in ru_rows if r["place"] == "Льгов"]
    assert (lgov["role"], lgov["troops"], lgov["date"], lgov["country"]) == \
        ("destination", "1500", "2024-12-09/2024-12-10", "RU")
    assert abs(float(lgov["lat"]) - 51.66) < 0.1 and abs(float(lgov["lon"]) - 35.27) < 0.1
    route = [r for r in ru_rows if r["route"] == lgov["route"]]
    assert [r["place"] for r in route][0] == "Севастополя" and route[0]["role"] == "origin"
    assert lgov["note"].startswith("По данным ведомства") and lgov["source"] == "Минобороны России"
    (sudzha,) = [r for r in ru_rows if r["place"] == "Суджу"]
    assert (sudzha["role"], sudzha["mode"]) == ("destination", "road")
    (yeysk,) = [r for r in ru_rows if r["place"] == "Ейска"]
    assert yeysk["mode"] == "sea" and yeysk["moved"] == "materiel"


def test_russian_claims_and_what_is_never_a_stop(ru_rows):
    (kup,) = [r for r in ru_rows if r["place"] == "Купянска"]
    assert (kup["role"], kup["status"], kup["source"]) == ("origin", "claimed", "Генштаб ВСУ")
    places = {r["place"] for r in stops(ru_rows)}
    assert not places & {"МОСКВА", "Киеве", "Ямал", "России"}  # dateline, metonymy, a ship, inside a name
    assert not any("Севастопольск" in p for p in places)       # an honorary unit name


def test_the_quote_is_the_sentence_and_offsets_point_into_the_article(ru_rows):
    text = RU.read_text(encoding="utf-8")
    for r in ru_rows:
        assert text[int(r["start"]):int(r["end"])] == r["place"] and r["note"] in text


def test_ukrainian_rows(uk_rows, tmp_path):
    by = {r["place"]: r for r in uk_rows}
    assert (by["Донецька"]["role"], by["Курахового"]["role"]) == ("origin", "destination")
    assert by["Донецька"]["route"] == by["Курахового"]["route"] != ""
    assert by["Курахового"]["date"] == "2025-04-19" and by["Курахового"]["source"] == "Генштаб ЗСУ"
    kup = by["Куп’янська"]
    assert (kup["role"], kup["date"], kup["mode"], kup["moved"]) == ("destination", "2025-04-20", "rail", "people")
    assert by["Бєлгородщини"]["precision"] == "region" and by["Бєлгородщини"]["role"] == "origin"
    # the headline's sector is read as an area with its radius, a stop or not (since the role model's features 7 the
    # headline's only prose mention of Pokrovsk is no stop; the row stays with --all)
    out = tmp_path / "all.csv"
    assert main(["extract", str(UK), "--date", "2025-04-20", "--all", "-o", str(out)]) == 0
    (sector,) = [r for r in read(out) if r["place"] == "Покровський напрямок"]
    assert sector["precision"] == "area" and float(sector["radius_km"]) >= 25


def test_a_hashtag_stop_takes_no_mode_from_another_movements_vehicle(uk_rows):
    # the post's frigate sailed from Sevastopol; "#Покровськ" is a stop of the reserves' move, by no sea: a stop that
    # names no mover gets the article's kind of mover, never its vehicle's mode
    pok = [r for r in uk_rows if r["place"] == "Покровськ"]
    assert pok and all(r["mode"] != "sea" for r in pok)


def test_ukrainian_names_that_are_never_stops(uk_rows):
    places = {r["place"] for r in stops(uk_rows)}
    assert not places & {"КИЇВ", "Ессен", "Адмірал Ессен", "Москва"}
    assert not any("Харбін" in p or "Краснодар" in p for p in places)


def test_lang_forces_the_language(tmp_path):
    out = tmp_path / "en.csv"
    assert main(["extract", str(RU), "--lang", "en", "-o", str(out)]) == 0
    assert stops(read(out)) == []  # read as English, a Russian text names no place
    assert main(["extract", str(RU), "--lang", "ru", "-o", str(out)]) == 0
    assert stops(read(out))


def test_an_unknown_language_is_a_usage_error(capsys):
    assert main(["extract", str(RU), "--lang", "de"]) == 2
    assert "--lang" in capsys.readouterr().err


@pytest.fixture
def mixed_folder(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    shutil.copy(RU, d / "a_ru.txt")
    shutil.copy(UK, d / "b_uk.txt")
    (d / "c_en.txt").write_text("About 1,500 special forces were shipped from Rajin to Vladivostok, "
                                "South Korea's intelligence service said.\n", encoding="utf-8")
    return d


def test_a_folder_in_three_languages(mixed_folder, tmp_path):
    out = tmp_path / "draft.csv"
    assert main(["extract", str(mixed_folder), "--date", "2025-04-20", "--workers", "2", "-o", str(out)]) == 0
    rows = read(out)
    assert {"a_ru.txt", "b_uk.txt"} <= {r["article"] for r in stops(rows)}
    assert "Vladivostok" in {r["place"] for r in rows if r["article"] == "c_en.txt"}
    one = tmp_path / "one.csv"
    assert main(["extract", str(mixed_folder), "--date", "2025-04-20", "--workers", "1", "-o", str(one)]) == 0
    assert one.read_bytes() == out.read_bytes()


def test_a_folder_in_three_languages_on_dask(mixed_folder, tmp_path):
    distributed = pytest.importorskip("distributed")
    one, dask = tmp_path / "one.csv", tmp_path / "dask.csv"
    assert main(["extract", str(mixed_folder), "--date", "2025-04-20", "--workers", "1", "-o", str(one)]) == 0
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        assert main(["extract", str(mixed_folder), "--date", "2025-04-20", "--dask", cluster.scheduler_address,
                     "-o", str(dask)]) == 0
    assert one.read_bytes() == dask.read_bytes()


def test_a_russian_draft_builds_into_a_map_with_its_cyrillic_quotes(ru_rows, tmp_path):
    draft = tmp_path / "draft.csv"
    assert main(["extract", str(RU), "--date", "2024-12-12", "-o", str(draft)]) == 0
    html = tmp_path / "map.html"
    assert main(["build", str(draft), "-o", str(html), "--no-exports", "--skip-unresolved"]) == 0
    page = html.read_text(encoding="utf-8")
    assert "Льгов" in page and "По данным ведомства" in page


def test_the_picture_draws_cyrillic_with_the_fonts_matplotlib_ships(tmp_path, recwarn):
    draft = tmp_path / "draft.csv"
    assert main(["extract", str(UK), "--date", "2025-04-20", "-o", str(draft)]) == 0
    png = tmp_path / "map.png"
    assert main(["image", str(draft), "-o", str(png), "--skip-unresolved", "--title", "Куп’янськ, Харківщина"]) == 0
    assert png.stat().st_size > 10_000
    assert not [w for w in recwarn if "missing from font" in str(w.message)]


def test_an_empty_or_nameless_russian_article_gives_no_rows(tmp_path):
    empty, plain = tmp_path / "empty.txt", tmp_path / "plain.txt"
    empty.write_text("", encoding="utf-8")
    plain.write_text("колонна шла всю ночь, сообщили очевидцы.\n", encoding="utf-8")
    out = tmp_path / "draft.csv"
    assert main(["extract", str(empty), str(plain), "--lang", "ru", "-o", str(out)]) == 0
    assert read(out) == []


def test_the_same_article_gives_the_same_draft_in_every_process(tmp_path):
    # Python salts str hashes per process: an answer that followed a set's order changed from run to run
    # (the town behind "Курахівському напрямку" was Kurakhove in one process, a village in another)
    import os
    import subprocess
    import sys

    art = tmp_path / "uk.txt"
    art.write_text("Найзапекліші бої тривають на Покровському та Курахівському напрямках, повідомив Генштаб ЗСУ. "
                   "На Курахівському напрямку противник зосередив зусилля. Підрозділи прибули на Сватівський "
                   "напрямок з Луганська.\n", encoding="utf-8")
    outs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"draft{seed}.csv"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "geo", "extract", str(art), "-o", str(out)], env=env,
                              capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parent.parent)
        assert done.returncode == 0, done.stderr
        outs.append(out.read_bytes())
    assert b"\xd0\x9a\xd1\x83\xd1\x80\xd0\xb0\xd1\x85" in outs[0]  # "Кура": the sector is drafted
    assert outs[0] == outs[1] == outs[2]


def test_a_source_named_short_and_in_full_is_one_source(ru_rows):
    # the headline's "Минобороны" and the body's "Минобороны России": one body, never two corroborating sources
    ministry = {r["source"] for r in stops(ru_rows) if r["source"].startswith("Минобороны")}
    assert ministry == {"Минобороны России"}
