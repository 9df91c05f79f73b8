"""A noun alone that names a place again ("the town", "the airport") is read as that place."""

from dataclasses import replace

import pytest

from geo.extract.anaphora import find_anaphors
from geo.extract.pipeline import read_places
from geo.extract.records import Mention, Resolved
from geo.extract.rows import doubt_of

VUHLEDAR = Resolved(47.78, 37.25, "UA", "city", ref="geonames:703561", name="Vuhledar", match="exact 0.97")
KANT = Resolved(42.85, 74.85, "KG", "point", ref="facilities.csv:Kant Air Base", name="Kant Air Base", match="exact 0.97",
                score=0.97, kind="airbase")
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
    assert _found(t, items) == [("base", "base", "Kant Air Base")]


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
    assert _found(t, items) == [("base", "base", "Kant Air Base")]


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


def test_a_plant_named_with_its_noun_is_the_plant_and_the_plant_refers_back_to_it():
    from geo.extract.pipeline import extract_article
    from geo.extract.records import Article

    # the destination was the city of Zaporizhzhia, 55 km off, when "nuclear power plant" was no facility noun
    t = ("Russian troops moved from Enerhodar to the Zaporizhzhia nuclear power plant on Friday. "
         "They were stationed at the plant for a week.")
    rows = extract_article(Article("a.txt", t), roles=None, routes=None)
    plant = [r for r in rows if t[r["start"]:r["end"]].startswith("Zaporizhzhia")]
    assert [r["place"] for r in plant] == ["Zaporizhzhia nuclear power plant"]
    assert abs(float(plant[0]["lat"]) - 47.512) < 0.05 and abs(float(plant[0]["lon"]) - 34.586) < 0.05
    back = [r for r in rows if t[r["start"]:r["end"]] == "plant"]
    assert len(back) == 1 and "refers to 'Zaporizhzhia nuclear power plant'" in back[0]["match"]


def test_the_place_may_be_named_in_the_paragraph_before():
    t = "Russian forces entered Vuhledar on Monday.\n\nOn Tuesday a column left the town."
    assert _found(t, [(Mention(23, 31, "Vuhledar"), VUHLEDAR)]) == [("town", "town", "Vuhledar")]


#: The kind the geocoder gives each facility of these tests.
_KINDS = {"facilities.csv:Kant Air Base": "airbase", "airportsdata:UUMU": "airbase",
          "facilities.csv:Rafah Border Crossing": "crossing", "facilities.csv:Tartus naval facility": "naval-base",
          "facilities.csv:Kapustin Yar": "range", "facilities.csv:Toropets arsenal": "depot",
          "facilities.csv:Orsha junction": "rail", "facilities.csv:Kursk Nuclear Power Plant": "plant"}


def _facility(name, ref):
    return Resolved(50.0, 40.0, "RU", "point", ref=ref, name=name, match="exact 0.97", score=0.97, kind=_KINDS[ref])


def test_a_noun_before_of_is_never_the_place_named_before():
    from geo.extract.pipeline import extract_article
    from geo.extract.records import Article

    t = ("Russian Su-34 jets were moved to Kant air base last week. "
         "The range of the missiles they carry covers all of Central Asia.")
    rows = extract_article(Article("a.txt", t))  # the shipped models, which drafted "range" as a destination
    assert [(t[r["start"]:r["end"]], r["role"]) for r in rows] == [("Kant air base", "destination")]


@pytest.mark.parametrize("after", ["The base of support was wide.", "The crossing of the river took a day.",
                                   "The range of the missiles is 500 km.", "The town of Pavlivka was shelled."])
def test_a_noun_followed_by_of_is_no_anaphor(after):
    t = "Jets landed at Kant air base. " + after
    assert _found(t, [(Mention(15, 28, "Kant air base"), KANT)]) == []


@pytest.mark.parametrize(("name", "ref", "noun", "fits"), [
    ("Kant air base", "facilities.csv:Kant Air Base", "crossing", False),  # an air base is no crossing
    ("Kant air base", "facilities.csv:Kant Air Base", "range", False),
    ("Kant air base", "facilities.csv:Kant Air Base", "depot", False),
    ("Kant air base", "facilities.csv:Kant Air Base", "port", False),
    ("Kant air base", "facilities.csv:Kant Air Base", "airfield", True),
    ("Kant air base", "facilities.csv:Kant Air Base", "garrison", True),
    ("Chkalovsky", "airportsdata:UUMU", "airport", True),
    ("Chkalovsky", "airportsdata:UUMU", "harbour", False),
    ("Rafah", "facilities.csv:Rafah Border Crossing", "crossing", True),
    ("Rafah", "facilities.csv:Rafah Border Crossing", "base", False),
    ("Tartus", "facilities.csv:Tartus naval facility", "port", True),  # a naval base is a port
    ("Tartus", "facilities.csv:Tartus naval facility", "base", True),
    ("Tartus", "facilities.csv:Tartus naval facility", "airport", False),
    ("Kapustin Yar", "facilities.csv:Kapustin Yar", "training ground", True),
    ("Kapustin Yar", "facilities.csv:Kapustin Yar", "airfield", False),
    ("Toropets", "facilities.csv:Toropets arsenal", "arsenal", True),
    ("Toropets", "facilities.csv:Toropets arsenal", "depot", True),
    ("Toropets", "facilities.csv:Toropets arsenal", "range", False),
    ("Toropets", "facilities.csv:Toropets arsenal", "town", False),  # a facility is never "the town"
    ("Orsha", "facilities.csv:Orsha junction", "base", False),  # a rail junction is no base
    # a plant is no base, range, depot or garrison: a military noun never refers back to one
    ("the Kursk nuclear plant", "facilities.csv:Kursk Nuclear Power Plant", "base", False),
    ("the Kursk nuclear plant", "facilities.csv:Kursk Nuclear Power Plant", "range", False),
    ("the Kursk nuclear plant", "facilities.csv:Kursk Nuclear Power Plant", "depot", False),
    ("the Kursk nuclear plant", "facilities.csv:Kursk Nuclear Power Plant", "garrison", False),
    # ... but "the plant" does
    ("the Kursk nuclear plant", "facilities.csv:Kursk Nuclear Power Plant", "plant", True),
    ("the Kursk nuclear plant", "facilities.csv:Kursk Nuclear Power Plant", "power plant", True),
    ("Toropets", "facilities.csv:Toropets arsenal", "plant", False),
])
def test_a_facility_fits_only_a_noun_that_names_its_kind(name, ref, noun, fits):
    t = f"Troops were seen at {name} on Monday. The {noun} was struck."
    out = _found(t, [(Mention(20, 20 + len(name), name), _facility(name, ref))])
    assert out == ([(noun, noun, name)] if fits else [])


def test_a_noun_names_a_kind_it_fits_over_a_nearer_facility_it_does_not():
    t = "Trucks left Toropets arsenal and crossed at Rafah. The depot burned."
    items = [(Mention(12, 28, "Toropets arsenal"), _facility("Toropets arsenal", "facilities.csv:Toropets arsenal")),
             (Mention(44, 49, "Rafah"), _facility("Rafah", "facilities.csv:Rafah Border Crossing"))]
    assert _found(t, items) == [("depot", "depot", "Toropets arsenal")]


def test_the_reading_of_a_noun_is_never_sure():
    from geo.geocoders.confidence import verdict

    t = "Jets landed at Kant air base. The base hosts Russian aircraft."
    [(_m, r)] = find_anaphors(t, [(Mention(15, 28, "Kant air base"), KANT)])
    assert KANT.score == 0.97 and verdict(KANT.score) == "sure"
    assert verdict(r.score) == "check" and r.score < KANT.score
    # marked to check for the build (geo.extract.rows.CHECK), the noun's reading first, then the name's
    assert doubt_of(r.match) == "refers to 'Kant air base' before it; exact 0.97"
    assert (r.lat, r.lon, r.ref) == (KANT.lat, KANT.lon, KANT.ref)


def test_a_paragraph_is_a_line_in_hard_wrapped_text():
    # the place may be named on the line before the noun, not two lines before it (a line is a paragraph)
    near = "Russian forces entered\nVuhledar on Monday and\nleft the town at night."
    far = "Russian forces entered\nVuhledar on Monday and\nheld it for a day, then\nleft the town at night."
    vuhledar = (Mention(23, 31, "Vuhledar"), VUHLEDAR)
    assert near[23:31] == far[23:31] == "Vuhledar"
    assert _found(near, [vuhledar]) == [("town", "town", "Vuhledar")]
    assert _found(far, [vuhledar]) == []


@pytest.mark.parametrize("noun", ["coke plant", "plant", "factory", "steel plant"])
def test_a_works_of_a_town_named_before_is_that_town(noun):
    # Avdiivka's coke plant, never named: the town it stands in, to check
    avdiivka = Resolved(48.14, 37.74, "UA", "city", ref="geonames:713174", name="Avdiivka", match="exact 0.97")
    t = f"Units were redeployed to Avdiivka. They held the area of the {noun} and left the {noun} at night."
    out = _found(t, [(Mention(25, 33, "Avdiivka"), avdiivka)])
    assert out == [(noun, noun, "Avdiivka"), (noun, noun, "Avdiivka")]


def test_a_works_refers_to_a_plant_named_before_over_a_town_named_after_it():
    t = ("Russian troops moved to the Zaporizhzhia nuclear power plant near Enerhodar on Friday. "
         "They were stationed at the plant for a week.")
    assert [r.name for m, r in read_places(t)[1] if m.mention.kind == "anaphor"] == [
        "Zaporizhzhia Nuclear Power Plant"]


KINBURN = Resolved(46.5, 31.6, "UA", "region", ref="features.csv:Kinburn Spit", name="Kinburn Spit", match="exact 0.97")
OCHAKIV = Resolved(46.61, 31.54, "UA", "city", ref="geonames:698131", name="Ochakiv", match="exact 0.97")


@pytest.mark.parametrize("noun", ["spit", "shoal", "peninsula", "isthmus", "islands"])
def test_a_landform_noun_refers_back_only_to_a_place_named_with_it(noun):
    t = f"Russia reinforced the Kinburn {noun}. Boats left Ochakiv at night. They landed on the {noun} at dawn."
    named = Mention(t.index("Kinburn"), t.index("Kinburn") + 8 + len(noun), t[t.index("Kinburn"):][:8 + len(noun)])
    ochakiv = Mention(t.index("Ochakiv"), t.index("Ochakiv") + 7, "Ochakiv")
    kinburn = replace(KINBURN, name=f"Kinburn {noun.title()}")
    assert _found(t, [(named, kinburn), (ochakiv, OCHAKIV)]) == [(noun, noun, f"Kinburn {noun.title()}")]
    # a town alone is never a landform
    assert _found(t, [(ochakiv, OCHAKIV)]) == []


def test_a_landform_named_with_its_noun_is_referred_to_from_anywhere_before():
    # a live report names the island at its top and says "the island" entries later; "the town" does not reach so far
    t = ("Russia pulls garrison off Snake Island\n\n08:12 Troops left Vylkove.\n\n09:30 Shelling went on.\n\n"
         "10:05 The garrison was taken off the island and the town was quiet.")
    snake = Resolved(45.255, 30.204, "UA", "point", ref="features.csv:Snake Island", name="Snake Island",
                     match="exact 0.97")
    vylkove = Resolved(45.40, 29.59, "UA", "city", ref="geonames:690548", name="Vylkove", match="exact 0.97")
    items = [(Mention(t.index("Snake"), t.index("Snake") + 12, "Snake Island"), snake),
             (Mention(t.index("Vylkove"), t.index("Vylkove") + 7, "Vylkove"), vylkove)]
    assert _found(t, items) == [("island", "island", "Snake Island")]
