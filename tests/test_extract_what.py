"""geo/extract/what.py: what moved; its phrases parsed once per article, never shared with a caller."""

import re

import pytest

from geo.extract import what
from geo.extract.pipeline import extract_article
from geo.extract.records import Article, Mention

TEXT = ("Ships carried about 1,500 special forces from Rajin to Vladivostok, the agency said. "
        "They were then flown to Khabarovsk with S-400 components.")


def find(text):
    return sorted((Mention(m.start(), m.end(), n) for n in ("Rajin", "Vladivostok", "Khabarovsk")
                   for m in re.finditer(n, text)), key=lambda m: m.start)


def test_a_caller_that_changes_the_phrases_it_was_given_changes_no_later_answer():
    first = what.phrases(TEXT)
    assert [TEXT[a:b] for a, b, _m in first] == ["Ships", "about 1,500 special forces", "S-400 components"]
    first.clear()
    assert [TEXT[a:b] for a, b, _m in what.phrases(TEXT)] == ["Ships", "about 1,500 special forces",
                                                             "S-400 components"]


def test_an_articles_clauses_are_parsed_once_and_parsed_again_in_the_next_article(monkeypatch):
    parsed, asked = [], []
    parse, ask = what._parse, what.phrases
    monkeypatch.setattr(what, "_parse", lambda text: parsed.append(text) or parse(text))
    monkeypatch.setattr(what, "phrases", lambda text: asked.append(text) or ask(text))
    extract_article(Article("a.txt", TEXT), find=find, roles=None)
    # the pipeline, the route rules and the route model all asked for the phrases of the same clauses
    assert len(asked) > len(set(asked)) and sorted(parsed) == sorted(set(asked))
    once = list(parsed)
    # the same text again, as a benchmark's second pass reads it: nothing is kept from the article before
    extract_article(Article("a.txt", TEXT), find=find, roles=None)
    assert parsed == once + once
    # nor outside an article
    what.phrases(TEXT)
    what.phrases(TEXT)
    assert parsed[-2:] == [TEXT, TEXT]



@pytest.mark.parametrize("text, expected", [
    # fighters named as aircraft are materiel; fighters of a group are people
    ("Four Su-35S fighters landed at Baranovichi.", ("Four Su-35S fighters", "materiel")),
    ("U.S. fighters (F-16s and F-35s) flew to Aviano.", ("U.S. fighters", "materiel")),
    ("About 2,000 Hezbollah fighters moved to Qusayr.", ("About 2,000 Hezbollah fighters", "people")),
    ("Some 300 M23 fighters entered Goma.", ("Some 300 M23 fighters", "people")),
    # a force's columns not described by what they carry are both; a column of vehicles is materiel
    ("Russian columns crossed into Sumy.", ("Russian columns", "both")),
    ("A convoy of 40 trucks drove to Gomel.", ("A convoy of 40 trucks", "materiel")),
    ("Armoured columns drove to Gomel.", ("Armoured columns", "materiel")),
    # an armoured, mechanised or artillery unit moves with its weapons
    ("Two mechanised battalions were sent to Kupiansk.", ("Two mechanised battalions", "both")),
    ("Two infantry battalions were sent to Kupiansk.", ("Two infantry battalions", "people")),
    # a force named with its vehicles is one load of both
    ("About 1,000 troops, with armoured vehicles, moved to Kursk.", ("About 1,000 troops, with armoured vehicles", "both")),
    ("Thirty army lorries packed with soldiers crossed at Gatumba.", ("Thirty army lorries packed with soldiers", "both")),
    # movers the head nouns did not know
    ("Rebels advanced towards Butembo.", ("Rebels", "people")),
    ("Reinforcements were sent to Kidal.", ("Reinforcements", "people")),
    # stocks of materiel are no reservists; what people are armed with is no load (review M2)
    ("Russia moved fuel reserves to Belgorod.", ("fuel reserves", "materiel")),
    ("Ammunition reserves were moved to Belgorod.", ("Ammunition reserves", "materiel")),
    ("Russian reserves were moved to Belgorod.", ("Russian reserves", "people")),
    ("200 soldiers armed with small arms arrived in Kidal.", ("200 soldiers", "people")),
])
def test_what_moved_by_more_than_its_head_noun(text, expected):
    assert what.find_what(text, len(text) - 2) == expected


@pytest.mark.parametrize("text, at, expected", [
    # fighters in a sentence about flying are aircraft; fighters of a group on the ground stay people
    ("The fighters made refuelling stops at Novosibirsk and Kazan.", "Kazan", ("fighters", "materiel")),
    ("Russia moved its remaining fighters from Belbek air base to Krymsk.", "Krymsk",
     ("fighters", "materiel")),
    ("Wagner fighters entered the centre of Bakhmut.", "Bakhmut", ("Wagner fighters", "people")),
    # after "of", the noun after it says what they are ("a squadron of Su-35 fighters" are aircraft)
    ("A squadron of Su-35 fighters will move to Baranovichi.", "Baranovichi",
     ("A squadron of Su-35 fighters", "materiel")),
    ("A battalion of marines moved to Kursk.", "Kursk", ("A battalion of marines", "people")),
    # materiel of a unit is the materiel named: the unit only says whose it is, the vehicles are what moved
    # (what.OF_UNIT_BOTH off)
    ("The ships of the detachment will return to Severomorsk.", "Severomorsk", ("ships of the detachment", "materiel")),
    ("Helicopters of the 5th Combat Helicopter Regiment landed at Pau.", "Pau",
     ("Helicopters of the 5th Combat Helicopter Regiment", "materiel")),
    # a vehicle named as the means is how the load went, not the load
    ("The group of instructors flew from Ouagadougou to Bamako on the same aircraft.", "Bamako",
     ("group of instructors", "people")),
    ("About 500 soldiers flew aboard chartered aircraft to Constanța.", "Constanța", ("About 500 soldiers", "people")),
    ("They flew aboard chartered aircraft to Constanța.", "Constanța", ("aircraft", "materiel")),  # nothing else
    ("Tanks were shipped to Tartus by ship.", "Tartus", ("Tanks", "materiel")),
])
def test_what_moved_by_its_context(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


def test_other_stages_test_a_word_with_whats_own_lists():
    from geo.extract import role_model

    assert what.PEOPLE_WORD.search("about 300 paratroopers") and not what.PEOPLE_WORD.search("300 tanks")
    assert what.MATERIEL_WORD.search("S-400 components") and not what.MATERIEL_WORD.search("special forces")
    # the role model's mover features read what's lists, not a copy that drifts ("mercenaries", "howitzers")
    assert role_model._PEOPLE_RE is what.PEOPLE_WORD and role_model._MATERIEL_RE is what.MATERIEL_WORD


@pytest.mark.parametrize("lang, text, place", [
    ("en", "About 2,000 Russian troops were sent to Gomel in Belarus last week, the defence ministry said.\n\n"
           "Satellite images from Friday show that they have also arrived in Mozyr, near the Ukrainian border.",
     "Mozyr"),
    ("ru", "Российские войска перебросили в Гомель около 2 тыс. военнослужащих, сообщило министерство.\n\n"
           "Спутниковые снимки показывают, что они прибыли и в Мозырь.", "Мозырь"),
])
def test_a_stop_that_names_no_mover_carries_the_articles_mover(lang, text, place):
    # every stop is a stop of something that moved: "they" in a later paragraph are the troops named before; only
    # the kind is carried, the phrase is the other sentence's
    rows = {r["place"]: r for r in extract_article(Article("t.txt", text), lang=lang)}
    assert rows[place]["moved"] == "people"
    assert rows[place]["what"] == ""


@pytest.mark.parametrize("lang, text, place, other", [
    ("en", "SEOUL, October 18, 2024 (Reuters) - About 1,500 North Korean special forces were shipped from Chongjin "
           "to Vladivostok between 8 and 13 October, South Korea's spy agency said.\n\n"
           "Russian President Vladimir Putin flew to Kazan on Tuesday for the BRICS summit, the Kremlin said.",
     "Kazan", "About 1,500 North Korean special forces"),
    ("ru", "Российские войска перебросили в Курск около 2 тыс. военнослужащих, сообщило министерство.\n\n"
           "Командующий Суровикин и генерал Лапин прибыли в Белгород на совещание.",
     "Белгород", "Российские войска"),
])
def test_a_stop_whose_sentence_names_another_subject_gets_no_copied_phrase(lang, text, place, other):
    # Putin, or two generals, are not the special forces or the troops of another paragraph: the stop's popup must
    # not print that phrase (nor its count) as if its own sentence said it
    rows = {r["place"]: r for r in extract_article(Article("t.txt", text), lang=lang)}
    assert rows[place]["what"] != other
    assert rows[place]["what"] == ""
    assert "1,500" not in rows[place]["what"] and "2 тыс" not in rows[place]["what"]


def test_the_articles_mover_is_what_its_stops_carry_most_often():
    rows = [{"role": "destination", "start": 0, "what": "S-400 components", "moved": "materiel"},
            {"role": "destination", "start": 50, "what": "1,500 troops", "moved": "people"},
            {"role": "origin", "start": 90, "what": "2,000 soldiers", "moved": "people"},
            {"role": "presence", "start": 120, "what": "", "moved": ""},
            {"role": "mention", "start": 150, "what": "", "moved": ""}]
    what.fill(rows)
    assert [(r["what"], r["moved"]) for r in rows[3:]] == [("", "people"), ("", "")]


@pytest.mark.parametrize("text, want", [
    ("Additional units of the 6th Combined Arms Army moved to Vovchansk.",
     ("Additional units of the 6th Combined Arms Army", "people")),
    ("Elements of the 51st Combined Arms Army were moved to Pokrovsk.",
     ("Elements of the 51st Combined Arms Army", "")),
])
def test_a_materiel_noun_in_a_units_name_is_no_load(text, want):
    # "Arms" names the unit that moved, not what it carried
    got = what.find_what(text, text.rindex(" ") + 1)
    assert got == want or (want[1] == "" and got[1] != "materiel")


@pytest.mark.parametrize("text, place, troops", [
    # the count of a force named a sentence before goes on with it to the stops of "they" or "the paratroopers"
    ("About 800 paratroopers of the 173rd Airborne Brigade arrived in Latvia on Monday, the army said. "
     "They flew from Vicenza to Riga on chartered aircraft.", "Vicenza", 800),
    ("About 800 paratroopers of the 173rd Airborne Brigade arrived in Latvia on Monday, the army said. "
     "They flew from Vicenza to Riga on chartered aircraft.", "Riga", 800),
    # a part of it is not the whole: its count is not known
    ("About 800 paratroopers of the 173rd Airborne Brigade arrived in Latvia on Monday, the army said. "
     "Some of them flew on from Riga to Tallinn.", "Tallinn", None),
])
def test_a_forces_count_goes_on_with_it_to_the_next_sentence(text, place, troops):
    rows = {r["place"]: r for r in extract_article(Article("t.txt", text))}
    assert rows[place]["troops"] == troops


@pytest.mark.parametrize("note, troops", [
    ("The troops flew on to Riga.", 800),        # the whole force, by a definite noun
    ("They flew on to Riga.", 800),              # or a pronoun
    ("Some flew on to Riga.", None),             # a part of it
    ("Putin flew to Riga.", None),               # someone else
])
def test_a_routes_count_reaches_only_sentences_about_the_whole_force(note, troops):
    rows = [{"role": "origin", "route": "r1", "what": "about 800 paratroopers", "troops": 800,
             "note": "About 800 paratroopers left Vicenza."},
            {"role": "destination", "route": "r1", "what": "", "troops": None, "note": note}]
    what.carry_counts(rows)
    assert rows[1]["troops"] == troops


@pytest.mark.parametrize("note, troops", [
    # another force is not the counted one: its stop takes no count
    ("The Russian troops then withdrew from Kupiansk to Svatove.", None),
    ("The Belarusian soldiers withdrew to Svatove.", None),
    # the same force, named again with its own words or by a pointing word
    ("The Ukrainian troops then went on to Svatove.", 1000),
    ("The same troops then went on to Svatove.", 1000),
    ("The troops then went on to Svatove.", 1000),
])
def test_a_forces_count_does_not_go_to_another_forces_stop(note, troops):
    rows = [{"role": "origin", "route": "r1", "what": "About 1,000 Ukrainian troops", "troops": 1000,
             "note": "About 1,000 Ukrainian troops moved from Kharkiv to Kupiansk on Monday."},
            {"role": "destination", "route": "r1", "what": "", "troops": None, "note": note}]
    what.carry_counts(rows)
    assert rows[1]["troops"] == troops


@pytest.mark.parametrize("first, note, troops", [
    # the whole force counted in the sentence before, whatever route the linker drew
    ([("About 800 paratroopers", 800)], "They flew from Vicenza to Riga.", 800),
    ([("About 800 paratroopers", 800)], "The paratroopers flew from Vicenza to Riga.", 800),
    # a part of it, another force, or someone else: no count
    ([("About 800 paratroopers", 800)], "Some of them flew from Vicenza to Riga.", None),
    ([("About 1,000 Ukrainian troops", 1000)], "The Russian troops withdrew to Svatove.", None),
    ([("About 800 paratroopers", 800)], "Putin flew to Riga.", None),
    # two forces counted there: "they" could be either
    ([("About 800 paratroopers", 800), ("300 marines", 300)], "They flew from Vicenza to Riga.", None),
])
def test_a_forces_count_follows_it_to_the_next_sentence_off_its_route(first, note, troops):
    said = "About 800 paratroopers arrived in Latvia and 300 marines in Estonia."
    rows = [{"role": "destination", "route": "", "what": w, "troops": n, "note": said, "start": 10 + k}
            for k, (w, n) in enumerate(first)]
    rows.append({"role": "destination", "route": "r1", "what": "aircraft", "troops": None, "note": note,
                 "start": 100})
    what.carry_counts(rows)
    assert rows[-1]["troops"] == troops


def test_a_count_does_not_follow_past_a_sentence_that_counts_nothing():
    # the nearest sentence before with stops names another, uncounted force: "they" are those
    rows = [{"role": "destination", "route": "", "what": "About 800 paratroopers", "troops": 800,
             "note": "About 800 paratroopers arrived in Latvia.", "start": 10},
            {"role": "destination", "route": "", "what": "Russian troops", "troops": None,
             "note": "Russian troops massed near Pskov.", "start": 50},
            {"role": "destination", "route": "", "what": "", "troops": None,
             "note": "They later moved to Ostrov.", "start": 90}]
    what.carry_counts(rows)
    assert rows[-1]["troops"] is None


def test_another_forces_stop_takes_no_count_end_to_end():
    text = ("About 1,000 Ukrainian troops moved from Kharkiv to Kupiansk on Monday. "
            "The Russian troops then withdrew from Kupiansk to Svatove.")
    rows = [r for r in extract_article(Article("t.txt", text)) if r["place"] == "Svatove"]
    assert rows and all(r["troops"] is None for r in rows)


@pytest.mark.parametrize("text, place, expected", [
    # what went with the mover, told after the place, is part of the load
    ("Russian military instructors arrived in Niamey in April with an air-defence system.", "Niamey", "both"),
    ("The frigate sailed from Zeebrugge on 10 March with about 150 crew.", "Zeebrugge", "both"),
    ("Su-25 crews were redeployed to airfields in Tajikistan, together with Mi-24 and Mi-8 helicopters.",
     "Tajikistan", "both"),
    ("Troops crossed into Kursk region from Sumy region on Tuesday morning with 11 tanks.", "Kursk", "both"),
    # not those the mover met or fought, nor what people are armed with, nor a "with" that names no load
    ("Russian tanks advanced to Avdiivka and clashed with Ukrainian forces.", "Avdiivka", "materiel"),
    ("Soldiers reached Kupiansk armed with rifles.", "Kupiansk", "people"),
    ("Troops crossed into Kursk region with the help of local guides.", "Kursk", "people"),
    ("Troops crossed into Kursk region. Tanks with crews stayed in Sumy.", "Kursk", "people"),
])
def test_a_load_named_with_the_mover_after_the_place(text, place, expected):
    assert what.find_what(text, text.find(place))[1] == expected


@pytest.mark.parametrize("text, place, expected", [
    # those the mover met, with an adverb before "with", or in another clause, are no load
    ("Russian tanks arrived in Kursk, where they clashed fiercely with Ukrainian troops.", "Kursk", "materiel"),
    ("Russian tanks arrived in Kursk and were equipped with new crews.", "Kursk", "materiel"),
    ("Russian tanks arrived in Kursk, which Ukraine had held with 300 troops.", "Kursk", "materiel"),
    ("Russian tanks arrived in Kursk and fought briefly with Ukrainian soldiers.", "Kursk", "materiel"),
    # what went with the mover, in its own clause (the rule's gain)
    ("The frigate sailed from Zeebrugge on 10 March with about 150 crew.", "Zeebrugge", "both"),
    ("Su-25 crews were redeployed to airfields in Tajikistan, together with Mi-24 and Mi-8 helicopters.",
     "Tajikistan", "both"),
])
def test_a_load_after_the_place_stays_in_its_clause(text, place, expected):
    assert what.find_what(text, text.find(place))[1] == expected


@pytest.mark.parametrize("text, at, expected", [
    # the items of a list are one load, as heads joined by "and" are
    ("A battle group with Mamba armoured personnel carriers, trucks and artillery crossed from Uganda at Goli.",
     "Uganda", ("A battle group with Mamba armoured personnel carriers, trucks and artillery", "both")),
    ("The Joint Arctic Command in Greenland has a few hundred personnel, three inspection ships and an aircraft "
     "at Nuuk.", "Nuuk", ("a few hundred personnel, three inspection ships and an aircraft", "both")),
    ("The convoy, more than 100 vehicles carrying soldiers, weapons and ammunition, crossed into Rwanda.", "Rwanda",
     ("soldiers, weapons and ammunition", "both")),
    # a column described by the vehicles named with it is materiel, not a force's column
    ("The column, about 40 vehicles including armoured carriers and trucks, crossed from Romania at Leușeni.",
     "Leușeni", ("column, about 40 vehicles including armoured carriers and trucks", "materiel")),
    # no list: a comma that ends a clause parts two loads, and one kind alone stays one kind
    ("Tanks were unloaded at Lida, and soldiers marched to Baranovichi.", "Baranovichi", ("soldiers", "people")),
    ("Trucks, tankers and armoured vehicles drove to Kidal.", "Kidal",
     ("Trucks, tankers and armoured vehicles", "materiel")),
])
def test_the_items_of_a_list_are_one_load(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


@pytest.mark.parametrize("text, at, expected", [
    # "units" counts as a load after a word that says more of a force came, or what kind of force it is
    ("The ministry said additional units with armoured vehicles had been sent from Osh to Batken.", "Batken",
     ("additional units with armoured vehicles", "both")),
    ("Russia was moving more reserves, including tank units and rocket artillery, towards Kursk.", "Kursk",
     ("more reserves, including tank units and rocket artillery", "both")),
    # "units" alone after a plain word is too common to mean a load
    ("The trucks left first, and all units then moved to Kursk.", "Kursk", ("trucks", "materiel")),
])
def test_units_count_after_a_word_of_more_or_of_their_kind(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


@pytest.mark.parametrize("text, at, expected", [
    # a bare comma joins heads only in a list that "and"/"or" ends (review H5): not after a fronted phrase ...
    ("Behind the tanks, infantry moved into Robotyne.", "Robotyne", ("infantry", "people")),
    ("Instead of tanks, soldiers were sent to Kursk.", "Kursk", ("soldiers", "people")),
    ("Behind the tanks, infantry and engineers moved into Robotyne.", "Robotyne", ("infantry and engineers", "people")),
    # ... nor around an aside
    ("The convoy, soldiers said, drove to Kidal.", "Kidal", ("convoy", "both")),
    ("The column, 300 soldiers, moved to Kidal.", "Kidal", ("300 soldiers", "people")),
    # a real list is one load
    ("Tanks, trucks and soldiers moved to Kursk.", "Kursk", ("Tanks, trucks and soldiers", "both")),
])
def test_a_bare_comma_joins_loads_only_in_a_list_that_and_ends(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


@pytest.mark.parametrize("text, at, expected", [
    # a word of a kind of force counts "units" only right before it: not across a verb (review M3) ...
    ("Ukrainian artillery struck units near Kursk.", "Kursk", ("Ukrainian artillery", "materiel")),
    ("Russian tank crews shelled units near Kursk.", "Kursk", ("Russian tank crews", "people")),
    # right before it, it does
    ("Russia sent tank units to Kursk.", "Kursk", ("tank units", "both")),
    ("Russia sent artillery units to Kursk.", "Kursk", ("artillery units", "both")),
])
def test_a_word_of_a_kind_of_force_counts_units_only_right_before_them(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


@pytest.mark.parametrize("text, at, expected", [
    # the subject of a verb of saying is its speaker, not the load, when another phrase names one
    ("The convoy, soldiers said, drove to Kidal.", "Kidal", ("convoy", "both")),
    ("The convoy, residents reported, carried 300 soldiers to Kidal.", "Kidal", ("300 soldiers", "people")),
    # alone, it may be speaking of itself
    ("Soldiers said they moved to Kursk.", "Kursk", ("Soldiers", "people")),
])
def test_who_speaks_is_no_load(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


@pytest.mark.parametrize("text, at, expected", [
    # modifiers with no noun reading count up to two words before the weak head (REVIEW5 H4)
    ("Russia sent additional airborne units to Kreminna on Saturday.", 41,
     ("additional airborne units", "people")),
    ("Russia sent fresh motorized rifle units to Avdiivka on Friday, officials said.", 43,
     ("fresh motorized rifle units", "both")),
    ("Russia sent mechanized infantry units to Avdiivka on Friday, officials said.", 41,
     ("mechanized infantry units", "both")),
    # "tank" and "artillery" only right before it: not across a verb
    ("Ukrainian artillery struck units near Kursk.", 39, ("Ukrainian artillery", "materiel")),
])
def test_kind_of_force_words_count_with_a_gap_except_nouns(text, at, expected):
    from geo.extract.what import find_what

    assert find_what(text, at) == expected


# --- a long unsplit line (an article pasted without full stops): the same phrases as its sentences read apart ------

_SENTENCES = ["Russia moved S-400 components to Belarus by rail",
              "About 1,500 special forces and 20 tanks were shipped to Vladivostok",
              "Ships carried about 1,500 marines from Baltiysk to Tartus",
              "The minister visited Kursk",
              "has sent Russia about 6,700 containers of shells via Rajin"]


def test_a_long_unsplit_line_gives_each_sentence_the_phrases_it_has_alone():
    line, shifted = "", []
    for k in range(60):  # about 4,000 characters, clauses joined by semicolons
        s = _SENTENCES[k % len(_SENTENCES)]
        shifted += [(a + len(line), b + len(line), m) for a, b, m in what.phrases(s)]
        line += s + "; "
    assert what.phrases(line) == shifted


@pytest.mark.parametrize("text", [
    "tanks", "  the 200 tanks", "a " * 300 + "few tanks", "x" * 600 + " about 40 tanks",
    "word " * 3 + "x" * 900 + " " + "y " * 7 + "tanks", "\n".join("troops moved" for _ in range(200)),
])
def test_the_last_words_before_a_phrase_are_those_of_the_whole_prefix(text):
    # the window before a phrase must see the same last words as the whole text before it, however long
    for end in range(0, len(text) + 1, 7):
        whole = [(w.start(), w.group()) for w in re.finditer(r"[^\s]+", text[:end])][-8:]
        assert [(w.start(), w.group()) for w in what._last_words(text, end, 8)] == whole


@pytest.mark.parametrize("text, at, expected", [
    # "infantry fighting vehicles" are vehicles, not infantry
    ("Sweden sent 20 CV90 infantry fighting vehicles to Poland.", "Poland",
     ("20 CV90 infantry fighting vehicles", "materiel")),
    ("The brigade's Bradley fighting vehicles reached Stepove.", "Stepove", ("Bradley fighting vehicles", "materiel")),
    # infantry alone are people
    ("Infantry moved into Robotyne.", "Robotyne", ("Infantry", "people")),
    ("Mechanized infantry units moved to Avdiivka.", "Avdiivka", ("Mechanized infantry units", "both")),
])
def test_infantry_fighting_vehicles_are_vehicles(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


@pytest.mark.parametrize("text, at, expected", [
    # what a movement is for is no load when something else is named ...
    ("A train with 22 Leopard 2A8 tanks for Germany's new brigade arrived at Rukla.", "Rukla",
     ("tanks", "materiel")),
    ("The frigate stopped for fuel at Rota.", "Rota", ("frigate", "materiel")),
    # ... and is the load when nothing else is
    ("Supplies for the troops arrived at Rukla.", "Rukla", ("Supplies", "materiel")),
    ("Exercises for territorial defence troops began at Asipovichy.", "Asipovichy",
     ("territorial defence troops", "people")),
])
def test_what_a_movement_is_for_is_no_load(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


@pytest.mark.parametrize("text, at, expected", [
    # a carrier's load told after the place is what moved, as one told before it
    ("Military transport planes landed at Lashio several times a day, bringing soldiers from Mandalay.", "Lashio",
     ("soldiers", "people")),
    ("The same aircraft made two flights to Sittwe, carrying 184 soldiers home.", "Sittwe", ("184 soldiers", "people")),
    # not a load of materiel, not across a new clause, not a vehicle that carries nothing
    ("The fleet left Baltiysk on Monday, carrying 25 armoured personnel carriers.", "Baltiysk", ("fleet", "materiel")),
    ("Trucks drove to Kidal, where soldiers unloaded them.", "Kidal", ("Trucks", "materiel")),
    ("Two Il-76 transport planes landed at Hmeimim.", "Hmeimim", ("Two Il-76 transport planes", "materiel")),
])
def test_a_carriers_load_after_the_place_is_what_moved(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


def _rows(text, *names):
    def find(t):
        return sorted((Mention(m.start(), m.end(), n) for n in names for m in re.finditer(re.escape(n), t)),
                      key=lambda m: m.start)
    rows = extract_article(Article("a.txt", text), find=find, roles=None)
    return {r["place"]: (r["what"], r["moved"]) for r in rows if r["role"] != "mention"}


def test_a_verbless_with_phrase_is_more_of_the_clauses_load():
    # the route cues cut ", with ..." as a clause of its own; without a verb it names more of the same load
    rows = _rows("About 1,000 troops, with armoured vehicles, had been moved to Podlasie.", "Podlasie")
    assert rows["Podlasie"] == ("About 1,000 troops, with armoured vehicles", "both")
    rows = _rows("Pilots flew 46 aircraft from Mazar-i-Sharif to Termez, with 585 servicemen on board.",
                 "Mazar-i-Sharif", "Termez")
    assert rows["Termez"][1] == "both"
    # a with-phrase that has a verb tells a movement of its own
    rows = _rows("900 soldiers are being sent to Tapa, with vehicles shipped from Marchwood to Paldiski.",
                 "Tapa", "Marchwood", "Paldiski")
    assert rows["Tapa"] == ("900 soldiers", "people") and rows["Paldiski"] == ("vehicles", "materiel")


@pytest.mark.parametrize("text, at, expected", [
    # a convoy, trucks or armour carrying troops go with them: both, the vehicles named (not only the troops)
    ("A convoy of 40 trucks reached Kramatorsk on Tuesday, carrying 600 soldiers.", "Kramatorsk",
     ("A convoy of 40 trucks", "both")),
    ("Tanks rolled into Kherson, carrying infantry on their hulls.", "Kherson", ("Tanks", "both")),
    ("A column of tanks entered Vuhledar, carrying marines.", "Vuhledar", ("A column of tanks", "both")),
    # ships and aircraft: the load alone, all of it when it is coordinated
    ("The ship docked at Tartus, carrying 200 marines and 30 tanks.", "Tartus", ("200 marines and 30 tanks", "both")),
    ("Two Il-76 planes landed at Hmeimim, carrying 150 marines and 20 armoured vehicles.", "Hmeimim",
     ("150 marines and 20 armoured vehicles", "both")),
    ("Ships left Sevastopol, transporting refugees.", "Sevastopol", ("refugees", "people")),
    # a convoy whose load is coordinated people and materiel: both, with its vehicles
    ("A convoy of trucks reached Kramatorsk, bringing in 300 soldiers and 12 howitzers.", "Kramatorsk",
     ("A convoy of trucks", "both")),
    # a vehicle carrying materiel only is still what moved
    ("Trucks left for Kupiansk, carrying ammunition.", "Kupiansk", ("Trucks", "materiel")),
])
def test_a_carriers_load_after_the_place_by_carrier_and_whole_load(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


@pytest.mark.parametrize("text, at, expected", [
    # "for X and Y" is one phrase after "for": when nothing else is named it is the load, all of it
    ("The Pentagon approved funding for 3,000 troops and 40 tanks to deploy to Rzeszow.", "Rzeszow",
     ("3,000 troops and 40 tanks", "both")),
    ("The US approved a request for 3,000 troops and 40 tanks to be sent to Rzeszow.", "Rzeszow",
     ("3,000 troops and 40 tanks", "both")),
    ("The army asked for 2,000 soldiers, 40 tanks and 20 howitzers to be sent to Rzeszow.", "Rzeszow",
     ("2,000 soldiers, 40 tanks and 20 howitzers", "both")),
    # a possessive after "for" modifies what the movement is for: the phrase is still the load ...
    ("Helicopters were used for the troops' evacuation from Bakhmut.", "Bakhmut", ("troops", "people")),
    ("Helicopters were used for the troops\u2019 evacuation from Bakhmut.", "Bakhmut", ("troops", "people")),
    # ... unless the noun it modifies is a phrase too: then both are for whom the movement is
    ("Armoured vehicles for the brigade's new battalion arrived at Rukla.", "Rukla", ("Armoured vehicles", "materiel")),
])
def test_a_coordinated_or_possessive_phrase_after_for(text, at, expected):
    assert what.find_what(text, text.index(at)) == expected


@pytest.mark.parametrize("text, place, expected", [
    # an absolute with-phrase tells something else, not more of the load
    ("Russian tanks withdrew from Kherson, with Ukrainian soldiers in pursuit.", "Kherson",
     ("Russian tanks", "materiel")),
    ("Ukrainian troops left Bakhmut, with Russian artillery still within range.", "Bakhmut",
     ("Ukrainian troops", "people")),
    ("About 500 soldiers arrived in Tapa, with the rest of the tanks due in May.", "Tapa",
     ("About 500 soldiers", "people")),
    ("The 3rd Brigade moved to Kupiansk, with its tanks in reserve near Izium.", "Kupiansk", ("Brigade", "people")),
])
def test_an_absolute_with_phrase_is_no_load(text, place, expected):
    assert _rows(text, place)[place] == expected


@pytest.mark.parametrize("text", [
    "About 1,000 troops, with tracked vehicles, had been moved to Podlasie.",
    "About 1,000 troops, with wheeled armoured vehicles, had been moved to Podlasie.",
    "About 1,000 troops, with their tanks and trucks, had been moved to Podlasie.",
])
def test_a_with_phrase_that_is_only_a_load_joins_whatever_its_adjectives(text):
    assert _rows(text, "Podlasie")["Podlasie"] == (text[:text.index(", had")], "both")


@pytest.mark.parametrize("text, place, new", [
    ("Ukrainian forces entered Izium on 10 September.", "Izium", True),
    ("About 300 soldiers were also redeployed from Porga to Kandi, he added.", "Kandi", True),
    ("Swedish troops of the Norrbotten Regiment moved up to the Norwegian border.", "Norwegian", True),
    # a force named before: a definite noun or a pronoun
    ("The detachment crossed the Barents Sea into the Kara Sea.", "Kara", False),
    ("These units reached Svatove on Friday.", "Svatove", False),
    ("She crossed the Mediterranean to Gibraltar.", "Gibraltar", False),
    ("Its soldiers reached Valuyki on 10 May.", "Valuyki", False),
    ("Those ships reached Valuyki.", "Valuyki", False),
    ("The detachment's ships reached Valuyki.", "Valuyki", False),
    ("Both ships reached Valuyki.", "Valuyki", False),
    ("Russia's troops reached Valuyki.", "Valuyki", True),
    ("Russia's 3,000 soldiers reached Valuyki.", "Valuyki", True),
    ("The detachment's 20 ships reached Valuyki.", "Valuyki", False),
    # a verb of saying or showing opens a clause of its own: its subject is no mover
    ("The Pentagon believes 3,000 North Korean soldiers reached Kursk.", "Kursk", True),
    ("The report shows Russian troops entered Kursk.", "Kursk", True),
    ("The brigade believes 20 tanks reached Valuyki.", "Valuyki", True),
    # a possessive pronoun within the sentence is its speaker's or subject's, a force of its own
    ("Russia's defence ministry said its forces had taken Hlyboke.", "Hlyboke", True),
    # the subject decides, not the phrase nearest the place
    ("The brigade brought 20 tanks to Valuyki.", "Valuyki", False),
    ("The brigade, with its tanks, reached Valuyki.", "Valuyki", False),
    # a mover named only after the place is none of the sentence's own before it
    ("Into Kherson rolled Ukrainian tanks.", "Kherson", False),
])
def test_a_sentence_that_names_a_new_force_before_its_place(text, place, new):
    assert what.new_force(text, text.index(place)) is new


def test_a_new_force_takes_no_vehicle_from_the_sentences_before_it():
    # the convoy's road is not how "Ukrainian forces" reached Vovchansk; "the convoy" goes on in its own
    text = ("A convoy of trucks drove from Belgorod to Shebekino on 9 May. Ukrainian forces entered Vovchansk on "
            "10 May. The convoy then reached Valuyki on 11 May.")
    rows = {r["place"]: r for r in extract_article(Article("t.txt", text), lang="en")}
    assert rows["Vovchansk"]["mode"] == "unknown"
    assert rows["Valuyki"]["mode"] == "road"


@pytest.mark.parametrize("second", ["Its soldiers reached Valuyki on 10 May.",
                                    "The brigade brought 20 tanks to Valuyki on 10 May.",
                                    "The brigade, with its tanks, reached Valuyki on 10 May."])
def test_the_force_named_before_keeps_its_vehicle(second):
    text = "The brigade was loaded onto trains in Belgorod on 9 May. " + second
    rows = {r["place"]: r for r in extract_article(Article("t.txt", text), lang="en")}
    assert rows["Valuyki"]["mode"] == "rail"
