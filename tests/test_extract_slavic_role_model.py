"""The Russian and Ukrainian role model's reading of each mention (geo/extract/slavic/role_model.py)."""

from __future__ import annotations

from geo.extract.pipeline import read_places
from geo.extract.slavic import role_model


def _features(text, lang):
    _s, items = read_places(text, lang=lang)
    return {rep.mention.surface: f for (rep, _res), f in zip(items, role_model.features(text, items))}


def test_a_country_holding_a_finer_place_named_beside_it_is_read_so():
    # "в Росії" beside "Курськ": the country may only say where the town is; the model is told so
    f = _features("Колону перекинули в Росії до Курська.", "uk")
    assert "contains.sent" in f["Росії"] and "inside.sent" in f["Курська"]


def test_a_place_named_again_and_a_capital_are_read_so():
    f = _features("Войска вышли из Белгорода. В Москве заявили, что войска вернулись в Белгород.", "ru")
    assert "capital" in f["Москве"] and "first" in f["Белгорода"] and "seen" in f["Белгород"]


def test_the_shipped_model_reads_these_features():
    model = role_model.shipped()
    assert model is not None and model.features_version == role_model.FEATURES_VERSION
