"""Names the gazetteer lacks, read as places where the text says where they lie; "the island" named before."""

from __future__ import annotations

import pytest

from geo.extract.anaphora import find_anaphors
from geo.extract.recognize import find_places
from geo.extract.records import Mention, Resolved


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in find_places(text)]


@pytest.mark.parametrize("text, name", [
    ("Launchers were loaded onto flatcars at Sanitz, near Rostock, on 21 January.", "Sanitz"),
    ("Launchers were loaded onto flatcars at Sanitz, south-east of Rostock, on 21 January.", "Sanitz"),
    # "sent to", "close to" are phrases of whither and where, not of a person
    ("Two battalions were sent to Mubambiro, near Sake, on Monday.", "Mubambiro"),
    ("Fighting was reported close to Mubambiro, near Sake.", "Mubambiro"),
    # a distance before the side
    ("Two battalions were sent to Mubambiro, some 20 km west of Goma.", "Mubambiro"),
    ("The battalion marched from its permanent base at Zaslonovo, Vitebsk region, to the Yelsk district.",
     "Zaslonovo"),
    ("About 500 soldiers have been training volunteers at a camp at Bashiqa, north-east of Mosul.", "Bashiqa"),
    ("The jets were flown south to Kavumu, the airport serving Bukavu, on Monday.", "Kavumu"),
    ("The jets were flown south to Kavumu, outside Bukavu, on Monday.", "Kavumu"),
    ("The troops were confined to their bases at Mubambiro near Sake.", "Mubambiro"),
    ("Troops would be moved to the main base at Qasrak, in Hasakah province, they said.", "Qasrak"),
])
def test_an_unknown_name_the_text_locates_is_a_place(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    # where only a place can stand, but the text does not say where it is: no row the reviewer could place
    ("Launchers were loaded onto flatcars at Sanitz on 21 January.", "Sanitz"),
    # located, but after no word of where or whither
    ("The battalion praised Zaslonovo, Vitebsk region, for its help.", "Zaslonovo"),
    # a person the article names in full, after a word of whither
    ("Rebels met Lawrence Kanyuka in Goma. The video was brought to Kanyuka near Sake on Monday.", "Kanyuka"),
    # "according to" names a source, not a place
    ("The rebels are near Sake, according to Kanyuka, near Goma.", "Kanyuka"),
    # a month the gazetteer also holds is no anchor
    ("The trucks crossed into Somalia at Dolow in late June.", "Dolow"),
    # verbs take people and things as often as places: no cue for a word the gazetteer lacks
    ("Reporters reached Podolyak in Kyiv by phone on Tuesday.", "Podolyak"),
    ("Russian forces captured Tkachenko near Bakhmut, his brigade said.", "Tkachenko"),
    ("A shell wounded a medic and the blast left Kovalenko in hospital in Dnipro.", "Kovalenko"),
    ("The mutineers surrounded Surovikin in Rostov and demanded Gerasimov.", "Surovikin"),
    ("The crew abandoned Tsezar near Sevastopol after the drone attack.", "Tsezar"),
    # "X in <city>" without a comma is as often a body in it as a place
    ("The gas was sold to Naftogaz in Kyiv at a discount.", "Naftogaz"),
    ("Payments to the plant went through Ukrenergo in Kyiv last year.", "Ukrenergo"),
    ("The map was first published by bloggers close to the army and copied from Rybar in Moscow.", "Rybar"),
    # a description after the name places the description, not the name
    ("The contract went to Ukroboronprom, the state arms maker in the city of Kyiv.", "Ukroboronprom"),
])
def test_an_unknown_word_is_no_place_without_both_cues(text, name):
    assert name not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    # a town the gazetteer places, named close by: the drafts draw the name round it, to check
    ("Finnish soldiers crossed into Norway at Kilpisjärvi on 2 March and drove to Tromsø.", "Kilpisjärvi"),
    ("Launchers were loaded onto flatcars at Sanitz, a small town near Rostock, on 21 January.", "Sanitz"),
    ("The trucks crossed into Somalia at Dolow in late June and drove towards Baidoa.", "Dolow"),
    # the other rare words of its list are places too
    ("We left Kamanyola on Saturday night, drove south through Luvungi and Sange to Uvira.", "Luvungi"),
    ("We left Kamanyola on Saturday night, drove south through Luvungi and Sange to Uvira.", "Sange"),
])
def test_an_unknown_name_beside_a_town_is_a_place(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    # a capital is named as its government as often as a place: it places nothing
    ("The gas was sold to Naftogaz at a discount, officials in Kyiv said.", "Naftogaz"),
    # the list ends in a noun: kinds of a thing, not places
    ("Units moved through Luvungi and Sangeor tanks near Uvira.", "Sangeor"),
])
def test_an_unknown_name_beside_no_town_it_could_be_drawn_by(text, name):
    assert name not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("Reinforcements were sent to Zelvorka, Rhodes and Kos on Monday.", "Zelvorka"),
    ("Units crossed the river near Kupiansk and Zelvorka, the army said.", "Zelvorka"),
])
def test_an_unknown_name_listed_with_a_town_is_a_place(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    # a list that ends in a noun names kinds of a thing, not places
    ("Troops moved to Kupiansk and Zelvorka tanks.", "Zelvorka"),
    # after "wrote to": people
    ("He wrote to Zelvorka and Kupiansk.", "Zelvorka"),
])
def test_an_unknown_name_listed_with_a_town_is_no_place_in_other_lists(text, name):
    assert name not in _surfaces(text)


def test_a_settlement_s_name_after_its_noun_is_the_whole_run_of_capitalised_words():
    # the tags read "Malaya" (a region of Malaysia to the gazetteer): the noun says the whole names one village
    text = "Ukraine's General Staff said its forces had captured a group of fighters near the village of Malaya Loknya."
    assert "Malaya Loknya" in _surfaces(text)


def test_the_toponym_reading_is_unchanged():
    """The toponym sets' reading (vague=False) never adds unknown words."""
    text = "Launchers were loaded onto flatcars at Sanitz, near Rostock, on 21 January."
    assert "Sanitz" not in [m.surface for m in find_places(text, vague=False)]


@pytest.mark.parametrize("text, name", [
    ("Kadyrov said his battalions were storming Severodonetsk.", "Severodonetsk"),
    ("The enemy is reinforcing Kostiantynivka with shells delivered from Dnipro.", "Kostiantynivka"),
])
def test_a_known_name_after_a_verb_of_taking_a_place(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    # a name before a noun is its modifier: a weapon's make, not a place (the gazetteer has a village Bayraktar)
    ("Soldiers were reinforcing Bayraktar drones near Kyiv with new cameras.", "Bayraktar"),
    # "passed" takes players, bills and notes: no cue for a place (the gazetteer has a village Haaland)
    ("In the second half the defender passed Haaland near the box and scored.", "Haaland"),
])
def test_a_known_name_after_a_verb_that_also_takes_things(text, name):
    assert name not in _surfaces(text)


SNAKE = Resolved(45.255, 30.204, "UA", "point", ref="facilities.csv:Snake Island", name="Snake Island",
                 match="exact 0.97", kind="camp")
ODESA = Resolved(46.48, 30.73, "UA", "city", ref="geonames:698740", name="Odesa", match="exact 0.97")


def test_the_island_is_the_island_named_before():
    t = "Russian troops evacuated Zmiinyi overnight. Soldiers fled the island on two speedboats."
    out = find_anaphors(t, [(Mention(25, 32, "Zmiinyi"), SNAKE)])
    assert [(m.surface, r.name) for m, r in out] == [("island", "Snake Island")]


@pytest.mark.parametrize("text", [
    "Troops moved from Odesa. Soldiers fled the island on two speedboats.",  # no island named before
    "Snake Island was shelled. Smoke rose over the island's western side.",  # a part of it, not the island
])
def test_no_island_to_refer_to(text):
    items = [(Mention(text.index("Odesa"), text.index("Odesa") + 5, "Odesa"), ODESA)] if "Odesa" in text else \
        [(Mention(0, 12, "Snake Island"), SNAKE)]
    assert find_anaphors(text, items) == []


def _snake_then(text: str, other: str, where: Resolved) -> list[tuple[str, str]]:
    items = [(Mention(text.index("Snake Island"), text.index("Snake Island") + 12, "Snake Island"), SNAKE),
             (Mention(text.index(other), text.index(other) + len(other), other), where)]
    return [(m.surface, r.name) for m, r in find_anaphors(text, items)]


def test_the_island_is_not_one_named_before_another_place():
    """Another place named in between may be the island meant (Crete: the gazetteer does not call it an island)."""
    crete = Resolved(35.24, 24.9, "GR", "region", ref="geonames:1", name="Crete", match="exact 0.97")
    t = "Russian troops left Snake Island in June. In August, a ferry took tourists to Crete, and the island was calm."
    assert _snake_then(t, "Crete", crete) == []


def test_the_island_nation_is_a_country():
    japan = Resolved(36.65, 137.97, "JP", "country", ref="geonames:2", name="Japan", match="exact 0.99")
    t = "Russian troops left Snake Island in June. Meanwhile Japan raised its alert, and the island nation was calm."
    assert _snake_then(t, "Japan", japan) == []
    t = "Russian troops left Snake Island in June. The island nation raised its alert."
    items = [(Mention(20, 32, "Snake Island"), SNAKE)]
    assert find_anaphors(t, items) == []


def test_the_island_past_its_surroundings_and_actors():
    """Places named in between that are the island's surroundings (its coast's region) or a country named as an
    actor are no other island: "the island" still refers back."""
    odesa_region = Resolved(46.6, 30.4, "UA", "region", 80.0, ref="geonames:3", name="Odesa Oblast", match="exact 0.97")
    russia = Resolved(61.5, 105.3, "RU", "country", 2000.0, ref="geonames:4", name="Russia", match="exact 0.99")
    t = ("Soldiers stepped ashore on Snake Island, off the coast of the Odesa region. In May, Russia had tried to "
         "reinforce the island.")
    items = [(Mention(t.index("Snake Island"), t.index("Snake Island") + 12, "Snake Island"), SNAKE),
             (Mention(t.index("Odesa region"), t.index("Odesa region") + 12, "Odesa region"), odesa_region),
             (Mention(t.index("Russia"), t.index("Russia") + 6, "Russia"), russia)]
    assert [(m.surface, r.name) for m, r in find_anaphors(t, items)] == [("island", "Snake Island")]


def test_a_town_on_a_peninsula_far_from_its_middle_is_no_other_peninsula():
    crimea = Resolved(45.3, 34.4, "UA", "region", 60.0, ref="geonames:5", name="Crimean peninsula",
                      match="exact 0.97")
    kerch = Resolved(45.36, 36.47, "UA", "city", ref="geonames:6", name="Kerch", match="exact 0.97")
    t = "Russia reinforced the Crimean peninsula. Ferries left Kerch at night, and troops crossed the peninsula."
    items = [(Mention(t.index("Crimean peninsula"), t.index("Crimean peninsula") + 17, "Crimean peninsula"), crimea),
             (Mention(t.index("Kerch"), t.index("Kerch") + 5, "Kerch"), kerch)]
    assert [(m.surface, r.name) for m, r in find_anaphors(t, items)] == [("peninsula", "Crimean peninsula")]
