"""A noun alone that names a place again ("the town", "the airport") is read as that place."""

import pytest

from geo.extract.anaphora import find_anaphors
from geo.extract.pipeline import read_places
from geo.extract.records import Mention, Resolved

VUHLEDAR = Resolved(47.78, 37.25, "UA", "city", ref="geonames:703561", name="Vuhledar", match="exact 0.97")
KANT = Resolved(42.85, 74.85, "KG", "point", ref="facilities.csv:Kant air base", name="Kant air base", match="exact")
KYRGYZSTAN = Resolved(41.0, 75.0, "KG", "country", ref="geonames:1527747", name="Kyrgyzstan", match="exact")


def _found(text, items):
    return [(m.surface, text[m.start:m.end], r.name) for m, r in find_anaphors(text, items)]


def test_the_town_is_the_town_named_before():
    t = "Russian forces entered Vuhledar from the east. A column was destroyed as it left the town."
    out = find_anaphors(t, [(Mention(23, 31, "Vuhledar"), VUHLEDAR)])
    assert [(m.surface, m.kind, r.name, r.lat) for m, r in out] == [("town", "anaphor", "Vuhledar", 47.78)]
    assert "refers to 'Vuhledar'" in out[0][1].match


def test_the_base_is_the_facility_named_with_that_noun_not_the_country_after_it():
    t = "Jets landed at Kant air base in Kyrgyzstan. The base hosts Russian aircraft."
    items = [(Mention(15, 28, "Kant air base"), KANT), (Mention(32, 42, "Kyrgyzstan"), KYRGYZSTAN)]
    assert _found(t, items) == [("base", "base", "Kant air base")]


@pytest.mark.parametrize("text", [
    "Troops took Vuhledar. The town of Pavlivka was shelled.",  # the noun before a name: the name is the place
    "Troops took Vuhledar. The city council met.",  # the noun describes something else
    "Troops took Vuhledar.\n\nCivilians fled.\n\nThe town was quiet.",  # named two paragraphs before
    "The town was quiet before troops took Vuhledar.",  # nothing named before it
])
def test_no_place_to_refer_to(text):
    assert find_anaphors(text, [(Mention(text.index("Vuhledar"), text.index("Vuhledar") + 8, "Vuhledar"),
                                 VUHLEDAR)]) == []


def test_a_base_is_never_a_country_and_a_town_never_a_facility():
    t = "Forces gathered in Kyrgyzstan and at Kant air base. The town and the base were sealed."
    items = [(Mention(19, 29, "Kyrgyzstan"), KYRGYZSTAN), (Mention(37, 50, "Kant air base"), KANT)]
    assert _found(t, items) == [("base", "base", "Kant air base")]


def test_read_places_gives_the_noun_its_role_and_place():
    t = "Russian forces entered Vuhledar on Monday. A Ukrainian column was destroyed as it left the town."
    _s, items = read_places(t)
    town = [(r, s) for r, s in items if r.mention.kind == "anaphor"]
    assert len(town) == 1
    rep, res = town[0]
    assert rep.mention.surface == "town" and res.name == "Vuhledar" and res.country == "UA"


def test_a_draft_row_names_the_place_and_points_at_the_noun():
    from geo.extract.pipeline import extract_article
    from geo.extract.records import Article

    t = "Russian forces entered Vuhledar on Monday. A Ukrainian column was destroyed as it left the town."
    rows = extract_article(Article("a.txt", t), roles=None, routes=None)
    town = [r for r in rows if t[r["start"]:r["end"]] == "town"]
    assert len(town) == 1
    assert town[0]["place"] == "Vuhledar" and town[0]["role"] == "origin" and town[0]["country"] == "UA"
    assert "refers to 'Vuhledar'" in town[0]["match"]


def test_the_place_may_be_named_in_the_paragraph_before():
    t = "Russian forces entered Vuhledar on Monday.\n\nOn Tuesday a column left the town."
    assert _found(t, [(Mention(23, 31, "Vuhledar"), VUHLEDAR)]) == [("town", "town", "Vuhledar")]
