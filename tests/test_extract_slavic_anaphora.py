"""A Russian or Ukrainian noun alone that names a place again ("город", "на аэродроме", "з порту") is read as that
place (geo/extract/slavic/anaphora.py)."""

from __future__ import annotations

import pytest


from geo.extract.pipeline import read_places
from geo.extract.records import Mention, Resolved
from geo.extract.slavic.anaphora import find_anaphors, nouns

VUHLEDAR = Resolved(47.78, 37.25, "UA", "city", ref="geonames:703561", name="Vuhledar", match="exact 0.97")
KANT = Resolved(42.85, 74.85, "KG", "point", ref="facilities.csv:Kant Air Base", name="Kant Air Base",
                match="exact 0.97", score=0.97, kind="airbase")
KYRGYZSTAN = Resolved(41.0, 75.0, "KG", "country", ref="geonames:1527747", name="Kyrgyzstan", match="exact")
SPIT = Resolved(46.5, 31.5, "UA", "area", 10.0, ref="facilities.csv:Kinburn Spit", name="Kinburn Spit",
                match="exact 0.97")


def _at(text, surface, place, occurrence=1):
    at = -1
    for _ in range(occurrence):
        at = text.index(surface, at + 1)
    return Mention(at, at + len(surface), surface), place


def _read(text, lang):
    """The pipeline's reading of *text*, as geo extract reads it."""
    return read_places(text, lang=lang)


def _found(text, items, lang):
    return [(m.surface, m.kind, r.name) for m, r in find_anaphors(text, items, lang)]


@pytest.mark.parametrize("text, lang, noun", [
    ("Войска вошли в Угледар. Колонну уничтожили на выезде из города.", "ru", "города"),
    ("Войска вошли в Угледар. Бои идут в городе.", "ru", "городе"),
    ("Війська увійшли до Вугледара. Колона вийшла з міста вночі.", "uk", "міста"),
    ("Війська увійшли до Вугледара. Штурмовики закріпилися в селі.", "uk", "селі"),  # "селі": the dictionary's "сель"
])
def test_a_settlement_noun_in_any_case_is_the_town_named_before(text, lang, noun):
    items = [_at(text, "Угледар" if lang == "ru" else "Вугледара", VUHLEDAR)]
    assert _found(text, items, lang) == [(noun, "anaphor", "Vuhledar")]


def test_a_facility_noun_is_the_facility_named_with_a_noun_of_its_kind_not_the_country_after_it():
    t = "Самолёты прибыли на авиабазу Кант в Киргизии. На аэродроме их встретили."
    items = [_at(t, "Кант", KANT), _at(t, "Киргизии", KYRGYZSTAN)]
    assert _found(t, items, "ru") == [("аэродроме", "anaphor", "Kant Air Base")]


def test_a_landform_noun_is_only_the_landform_named_with_it_anywhere_before():
    t = "Десант высадился на Кинбурнскую косу.\n\nВ Угледаре тихо.\n\nНа косе продолжаются бои."
    items = [_at(t, "Кинбурнскую косу", SPIT), _at(t, "Угледаре", VUHLEDAR)]
    assert _found(t, items, "ru") == [("косе", "anaphor", "Kinburn Spit")]
    t = "Войска вошли в Угледар. На острове тихо."
    assert _found(t, [_at(t, "Угледар", VUHLEDAR)], "ru") == []


@pytest.mark.parametrize("text", [
    "Войска вошли в Угледар. Затем они вошли в город Покровск.",  # a name of its own after the noun
    "Войска вошли в Угледар. Затем они заняли соседнее село.",  # another place
    "Войска вошли в Угледар. Удары пришлись по нескольким аэродромам.",  # several, none named
    "Войска вошли в Угледар.\n\nЖители ушли.\n\nВ городе тихо.",  # named two paragraphs before
    "В городе тихо, а войска вошли в Угледар.",  # nothing named before it
])
def test_no_place_named_again(text):
    items = [_at(text, "Угледар", VUHLEDAR)]
    assert _found(text, items, "ru") == []


def test_nouns_are_read_by_lemma_and_a_capital_only_at_a_sentence_start():
    t = "Город взят. Бои шли за Город Мастеров и у аэродромов, а потом на аэродроме."
    assert [t[a:b] for a, b, _n in nouns(t, "ru")] == ["Город", "аэродроме"]


def test_the_pipeline_reads_the_noun_with_a_role_of_its_own():
    _s, items = _read("Российские войска вошли в Угледар. Колонну уничтожили при выезде из города.", "ru")
    got = {rep.mention.surface: (rep.mention.kind, res.name) for rep, res in items}
    assert got["города"][0] == "anaphor" and got["города"][1] == got["Угледар"][1]


def test_a_capital_is_no_place_a_noun_names_again():
    # "в Кишиневе заявили ... аэропорт": a capital is named as its government as often as a place
    chisinau = Resolved(47.0056, 28.8575, "MD", "city", ref="geonames:618426", name="Chisinau", match="exact 0.97")
    t = "В Кишиневе заявили о переброске. Самолёты сели в аэропорту."
    assert _found(t, [_at(t, "Кишиневе", chisinau)], "ru") == []


def test_the_role_model_reads_the_noun_apart():
    from geo.extract.slavic import role_model

    t = "Российские войска вошли в Угледар. Колонну уничтожили при выезде из города."
    _s, items = _read(t, "ru")
    f = {rep.mention.surface: feats for (rep, _r), feats in zip(items, role_model.features(t, items))}
    assert {"kind=anaphor", "anaphor=город"} <= set(f["города"]) and "kind=anaphor" not in f["Угледар"]


def test_geo_extract_reads_the_noun():
    _s, items = read_places("Российские войска вошли в Угледар. Колонну уничтожили при выезде из города.", lang="ru")
    assert [r.name for rep, r in items if rep.mention.kind == "anaphor"] == ["Vuhledar"]
