"""geo/extract/pipeline.py: which facts of a sentence go to which of its places; sources across sentences."""

import re

import pytest

from geo.extract.pipeline import Options, extract_article
from geo.extract.records import Article, Mention
from geo.extract.rows import doubt_of


def finder(*names):
    """A recogniser that finds every whole-word occurrence of *names* (the stages are tested, not recognition)."""
    def find(text):
        out = []
        for name in names:
            kind = "vague" if name[0].islower() else "place"
            out += [Mention(m.start(), m.end(), name, kind) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        return sorted(out, key=lambda m: m.start)
    return find


def run(text, *names, sources=None, **options):
    # the rules' roles and sources: these tests are of what the pipeline joins to a role, not of the models
    rows = extract_article(Article("t.txt", text), Options(**options), find=finder(*names), roles=None,
                           routes=None, sources=sources)
    return [{k: r[k] for k in ("route", "seq", "place", "role", "mode", "troops", "status", "source", "date",
                               "reported")} for r in rows]


def test_troops_go_to_the_movement_not_to_places_merely_named_with_it():
    rows = run("Gatherings were seen in Ussuriysk, and 12,000 troops are to be dispatched to Russia, media said.",
               "Ussuriysk", "Russia")
    assert [(r["place"], r["role"], r["troops"]) for r in rows] == [
        ("Ussuriysk", "presence", None), ("Russia", "destination", 12000)]


@pytest.mark.parametrize("text, names, stops", [
    # a village the gazetteer draws round its hromada's centre (Hlyboke, round Lyptsi) is a town: it contains nothing
    ("Russian forces are fighting near Hlyboke and in Lyptsi.", ("Hlyboke", "Lyptsi"), ["Hlyboke", "Lyptsi"]),
    # a region and a country still contain the town named with them
    ("Russian troops are fighting in the Kharkiv Oblast and in Lyptsi.", ("Kharkiv Oblast", "Lyptsi"), ["Lyptsi"]),
    ("Russian troops are fighting in Ukraine, near Lyptsi.", ("Ukraine", "Lyptsi"), ["Lyptsi"]),
])
def test_an_approximately_placed_village_is_no_container(text, names, stops):
    assert [r["place"] for r in run(text, *names)] == stops


def test_a_country_containing_the_places_of_its_sentence_is_no_row():
    rows = run("Soldiers deployed in Russia are staying at bases in Vladivostok and Ussuriysk.",
               "Russia", "Vladivostok", "Ussuriysk")
    assert [r["place"] for r in rows] == ["Vladivostok", "Ussuriysk"]
    rows = run("Troops were moved by rail to Gomel in Belarus.", "Gomel", "Belarus")
    assert [r["place"] for r in rows] == ["Gomel"]
    rows = run("Some 200 instructors were deployed to Dzhankoi in northern Crimea, the Pentagon said.",
               "Dzhankoi", "northern Crimea")
    assert [(r["place"], r["route"], r["troops"]) for r in rows] == [("Dzhankoi", "", 200)]  # no leg into Crimea
    rows = run("Troops flew from Vladivostok to Kursk, then to a camp in western Russia.",
               "Vladivostok", "Kursk", "a camp in western Russia")  # an area that is a stop of its own
    assert [(r["place"], r["seq"]) for r in rows] == [("Vladivostok", 1), ("Kursk", 2), ("a camp in western Russia", 3)]


def test_a_sentence_without_a_source_takes_the_nearest_attribution_before_it():
    text = ("NYT sources claim that the troops first arrived in Vladivostok by sea. Afterwards, they were flown to "
            "a military airfield in western Russia.\n\nTroops were also seen stationed in Kursk.")
    rows = run(text, "Vladivostok", "a military airfield in western Russia", "Kursk")
    assert [(r["place"], r["source"], r["status"], r["route"] != "", r["seq"]) for r in rows] == [
        ("Vladivostok", "NYT sources", "claimed", True, 1),
        ("a military airfield in western Russia", "NYT sources", "claimed", True, 2),
        ("Kursk", "NYT sources", "reported", False, None)]
    # an article with a voice of its own (here --source) speaks for what nobody is said to say
    rows = run(text, "Vladivostok", "a military airfield in western Russia", "Kursk", source="Default")
    assert [r["source"] for r in rows] == ["NYT sources", "NYT sources", "Default"]


@pytest.mark.parametrize("head, voice", [
    ("By Anna Petrova | 3 March 2024\n\n", "Anna Petrova"),  # a byline
    ("Baltic Defence Monitor | 3 March 2024\n\n", "Baltic Defence Monitor"),  # a masthead
    ("RIGA, March 3 (Reuters) - ", "Reuters"),  # a dateline's agency
])
def test_an_attribution_does_not_carry_past_its_paragraph_when_the_article_has_a_voice(head, voice):
    text = (head + "Two battalions moved from Pskov to Luga last week, the Russian defence ministry said. "
            "They were followed by engineers.\n\n"
            "Trains also brought tanks to Ostrov on Monday.\n\n"
            "The ministry said a third battalion reached Gdov.")
    rows = run(text, "Pskov", "Luga", "Ostrov", "Gdov")
    assert [(r["place"], r["source"]) for r in rows] == [
        ("Pskov", "the Russian defence ministry"), ("Luga", "the Russian defence ministry"),
        ("Ostrov", voice),  # the article's own words: a new paragraph that names no one
        ("Gdov", "the Russian defence ministry")]  # "the ministry said": the one named before


def test_with_no_attribution_before_the_article_speaks_for_itself():
    text = ("The ship\n\nBy the Maritime Desk | 10 September 2024\n\nThe Sparta IV docked at Sevastopol with trucks.\n"
            "The navy said two frigates left Novorossiysk.")
    rows = run(text, "Sevastopol", "Novorossiysk")
    assert [(r["place"], r["source"]) for r in rows] == [("Sevastopol", "the Maritime Desk"),
                                                         ("Novorossiysk", "The navy")]
    rows = run("KYIV, March 3 (Reuters) - Troops arrived in Kursk.", "Kursk")
    assert rows[0]["source"] == "Reuters"


@pytest.mark.parametrize("head, voice", [
    ("Explainer\n\nWhere are the troops?\n\n", "Explainer (the outlet)"),
    ("Where are the troops? What we know\n\n", "the article (the outlet)"),
])
def test_an_article_that_prints_no_voice_is_the_source_of_what_it_asserts(head, voice):
    # the guideline: a stop's source is never empty; what nobody is said to say, the article says
    rows = run(head + "• About 1,500 soldiers are based in Tiraspol.", "Tiraspol")
    assert [(r["place"], r["source"]) for r in rows] == [("Tiraspol", voice)]
    rows = run(head + "Moldovan officials say about 1,500 soldiers are based in Tiraspol.", "Tiraspol")
    assert [(r["place"], r["source"]) for r in rows] == [("Tiraspol", "Moldovan officials")]


def test_a_quote_takes_the_speaker_named_after_it():
    text = ('Russian Foreign Minister Sergei Lavrov said on Monday that talks were over.\n'
            '"Western troops are fighting in Ukraine. They have been operating in Ukraine for a long time," '
            'the minister said.')
    rows = run(text, "Ukraine")
    assert {r["source"] for r in rows} == {"Russian Foreign Minister Sergei Lavrov"}
    assert len(rows) == 2


def test_a_dateline_agency_is_the_default_source_and_dates_need_a_year():
    text = "KYIV, March 3 (Reuters) - A convoy left Belgorod on March 2."
    rows = run(text, "KYIV", "Belgorod")
    assert rows == [{"route": "", "seq": None, "place": "Belgorod", "role": "origin", "mode": "", "troops": None,
                     "status": "reported", "source": "Reuters", "date": "", "reported": ""}]
    rows = run(text, "KYIV", "Belgorod", date="2025-03-03")
    assert (rows[0]["date"], rows[0]["reported"]) == ("2025-03-02", "2025-03-03")


def test_all_adds_the_other_names_as_mentions():
    text = "KYIV, March 3 (Reuters) - Moscow denied that a convoy left Belgorod."
    rows = run(text, "KYIV", "Moscow", "Belgorod", all=True)
    assert [(r["place"], r["role"], r["status"]) for r in rows] == [
        ("KYIV", "mention", "denied"), ("Moscow", "mention", "denied"), ("Belgorod", "origin", "denied")]
    assert [r["date"] for r in rows] == ["", "", ""]


def test_a_source_named_only_by_reference_is_kept_when_none_came_before():
    rows = run("The army said 500 troops arrived in Kursk.", "Kursk", source="Default")
    assert [(r["place"], r["source"]) for r in rows] == [("Kursk", "The army")]
    rows = run("Ukraine's navy reported ships off Crimea. The army said 500 troops arrived in Kursk.",
               "Crimea", "Kursk", source="Default")
    assert [(r["place"], r["source"]) for r in rows] == [("Crimea", "Ukraine's navy"), ("Kursk", "Ukraine's navy")]


def test_a_town_that_only_places_the_stop_before_it_is_no_stop():
    text = "Dozens of Il-76 aircraft landed at the Machulishchy air base near Minsk, officials said."
    rows = run(text, "Machulishchy", "Minsk", all=True)
    assert [(r["place"], r["role"], r["route"]) for r in rows] == [
        ("Machulishchy", "destination", ""), ("Minsk", "mention", "")]
    # a town far from the stop is a stop of its own
    rows = run("Troops flew from Vladivostok to a base near Moscow.", "Vladivostok", "Moscow")
    assert [(r["place"], r["role"]) for r in rows] == [("Vladivostok", "origin"), ("Moscow", "destination")]


@pytest.mark.parametrize("text, names, stops", [
    # a named facility before the place: the place only says where it is (the corpus's landmark)
    ("The Il-76 took off from Mozdok air base in North Ossetia on 9 April.", ("North Ossetia",), []),
    ("The regiment left its home base, Rose Barracks in Vilseck, on Tuesday.", ("Vilseck",), []),
    ("KC-46 jets refuelled after a stop at Lajes Field in the Azores.", ("Azores",), []),
    ("The flotilla sailed from the First Naval Zone in Bandar Abbas.", ("Bandar Abbas",), []),
    ("The launchers were driven to Port Irene in Santa Ana.", ("Santa Ana",), []),
    ("Soldiers of the brigade train at the Cincu range in Transylvania.", ("Transylvania",), []),
    # an unnamed facility, an owner's abbreviation or a nation's base: the place is the stop
    ("Convoys headed to US bases in Hasakah.", ("Hasakah",), ["Hasakah"]),
    ("Africa Corps troops now man the former UN camps in Kidal.", ("Kidal",), ["Kidal"]),
    ("The jets arrived at the Polish air base at Rzeszów on Monday.", ("Rzeszów",), ["Rzeszów"]),
    ("The troops arrived at the airport in Timbuktu.", ("Timbuktu",), ["Timbuktu"]),
    # a place that is a facility itself stays a stop
    ("Marines are based with the III Marine Expeditionary Force headquarters at Camp Courtney.", ("Camp Courtney",),
     ["Camp Courtney"]),
])
def test_a_place_that_only_says_where_a_named_facility_is_is_no_stop(text, names, stops):
    rows = run(text, *names)
    assert [r["place"] for r in rows if r["role"] != "mention"] == stops


@pytest.mark.parametrize("text, names, stops", [
    # the place struck, and a missile's launch area, are no stops (the corpus's guideline: strikes move no forces)
    ("Ukrainian drones struck the air base at Saky, where Russian jets were parked.", ("Saky",), []),
    ("Soldiers were killed in a drone strike on a base in Jordan.", ("Jordan",), []),
    ("A ballistic missile fired from Yemen landed near Eilat.", ("Yemen",), []),
    # where the attackers are, where the defenders hold positions, where a convoy hits mines: stops
    ("Ukrainian units attacked near Sudzha on Monday.", ("Sudzha",), ["Sudzha"]),
    ("Russian forces attacked Ukrainian positions in Avdiivka.", ("Avdiivka",), ["Avdiivka"]),
    ("Two of the convoy's vehicles hit roadside bombs near Anefis.", ("Anefis",), ["Anefis"]),
    ("Troops moved to Avdiivka after the shelling of Kramatorsk.", ("Avdiivka",), ["Avdiivka"]),
    ("Fighters launched from Eielson Air Force Base and flew to Alaska.", ("Eielson Air Force Base", "Alaska"),
     ["Eielson Air Force Base", "Alaska"]),
])
def test_a_place_struck_is_no_stop(text, names, stops):
    rows = run(text, *names)
    assert [r["place"] for r in rows if r["role"] != "mention"] == stops


def test_the_border_of_a_people_is_an_area():
    rows = extract_article(Article("t.txt", "Troops stationed in Kaliningrad were moved to the Belarusian border "
                                            "by rail, two officials said."))
    border = [r for r in rows if r["place"] == "the Belarusian border"]
    assert [(r["precision"], r["country"], r["mode"], r["role"]) for r in border] == [
        ("area", "BY", "rail", "destination")]
    # on the stretch of Belarus's edge facing the place named with it, not at its centre (53.5 N, 28.0 E), but inside
    # Belarus, so that the draft builds
    from geo.borders import km_outside

    assert 20.5 < border[0]["lon"] < 26.0 and border[0]["radius_km"] < 300
    assert km_outside("BY", border[0]["lat"], border[0]["lon"]) == 0.0
    assert "the stretch of Belarus's edge that faces Kaliningrad" in border[0]["match"]
    assert not doubt_of(border[0]["match"])


def test_a_border_alone_is_its_country_as_an_area():
    rows = extract_article(Article("t.txt", "Troops were moved to the Belarusian border by rail, officials said."))
    assert [(r["place"], r["precision"], round(r["lon"])) for r in rows] == [("the Belarusian border", "area", 28)]


def test_troops_stay_in_the_clause_of_their_movement():
    rows = run("About 900 soldiers are being sent to Tapa, the ministry said, with armoured vehicles shipped from "
               "Marchwood to Paldiski.", "Tapa", "Marchwood", "Paldiski")
    assert [(r["place"], r["troops"], r["route"] != "") for r in rows] == [
        ("Tapa", 900, False), ("Marchwood", None, True), ("Paldiski", None, True)]


def test_each_movement_of_a_sentence_keeps_its_own_number():
    rows = run("The United States will send about 2,000 troops from Fort Bragg to Poland, and move 1,000 soldiers "
               "already in Germany to Romania, the Pentagon said.", "Fort Bragg", "Poland", "Germany", "Romania")
    assert [(r["place"], r["troops"], r["seq"]) for r in rows] == [
        ("Fort Bragg", 2000, 1), ("Poland", 2000, 2), ("Germany", None, None), ("Romania", 1000, None)]


def test_a_facility_the_gazetteer_lacks_is_not_the_country_it_is_near():
    # an invented base (Maaten al-Sarra, the example before, is in the gazetteer now)
    rows = extract_article(Article("t.txt", "Two Il-76 aircraft landed at the Wadi Zelvar air base near the "
                                            "border with Chad on Monday."))
    assert [(r["place"], r["role"], r["lat"]) for r in rows] == [("Wadi Zelvar air base", "destination", None)]


def test_a_facility_the_gazetteer_lacks_is_placed_near_the_town_the_text_names():
    rows = extract_article(Article("t.txt", "Satellite images show the troops are now stationed at the Zelvonar air "
                                            "base near Latakia."))  # an invented base
    (row,) = rows
    assert (row["place"], row["role"], row["precision"], row["radius_km"]) == \
        ("Zelvonar air base", "presence", "area", 30.0)
    assert "placed near Latakia, where the text puts it" in doubt_of(row["match"])  # the build marks it to check


def test_a_facility_is_read_whole_by_the_geocoder_or_as_the_town_it_is_named_after():
    (row,) = extract_article(Article("t.txt", "North Korean shells were unloaded at the Tikhoretsk ammunition depot."))
    assert (row["place"], row["role"], row["moved"], row["what"], row["country"]) == \
        ("Tikhoretsk ammunition depot", "destination", "materiel", "North Korean shells", "RU")
    (row,) = extract_article(Article("t.txt", "North Korean shells were unloaded at the Kropotkin ammunition depot."))
    assert row["country"] == "RU" and "read as Kropotkin" in row["match"]  # a depot the gazetteer lacks


def test_materiel_is_drafted_with_what_moved():
    rows = extract_article(Article("t.txt", "North Korea has sent Russia about 6,700 containers of munitions by sea "
                                            "from the port of Rajin to Dunai, the minister said."), roles=None)
    stops = [(r["place"], r["role"], r["what"], r["moved"], r["troops"], r["mode"]) for r in rows]
    assert ("Dunai", "destination", "about 6,700 containers of munitions", "materiel", None, "sea") in stops


@pytest.mark.parametrize("text, what, moved", [
    ("Russia moved S-400 components to Belarus by rail.", "S-400 components", "materiel"),
    ("Ships carried about 1,500 special forces to Vladivostok.", "about 1,500 special forces", "people"),
    ("More than 10,000 troops and dozens of artillery systems were moved to Kursk.",
     "More than 10,000 troops and dozens of artillery systems", "both"),
    ("The trucks were driven to an ammunition depot near Tikhoretsk.", "trucks", "materiel"),
])
def test_what_moved_is_the_load_named_before_the_place(text, what, moved):
    from geo.extract.what import find_what

    assert find_what(text, text.index(" to ") + 4) == (what, moved)


def test_a_stop_whose_sentence_says_nothing_of_how_it_went_takes_its_routes_mode_else_its_paragraphs():
    rows = run("Launchers were loaded onto trains at Sanitz. From there they went on to Wedrzyn.\n\n"
               "Other units moved to Orzysz.", "Sanitz", "Wedrzyn", "Orzysz")
    modes = {r["place"]: r["mode"] for r in rows}
    assert modes["Wedrzyn"] == "rail" and modes["Orzysz"] == "unknown"


def test_a_stop_the_gazetteer_cannot_place_is_drawn_as_the_area_the_text_puts_it_in():
    rows = extract_article(Article("t.txt", "The brigade marched from its base at Zaslonovo, Vitebsk region, to Yelsk."),
                           find=finder("Zaslonovo", "Vitebsk region", "Yelsk"), roles=None)
    (z,) = [r for r in rows if r["place"] == "Zaslonovo"]
    assert (z["precision"], z["country"]) == ("area", "BY") and "placed in Vitebsk region" in doubt_of(z["match"])
    assert 54 < z["lat"] < 57 and z["radius_km"] > 30
    assert "Vitebsk region" not in [r["place"] for r in rows]


def test_each_stop_of_a_sentence_naming_several_dates_takes_the_date_of_its_clause():
    rows = run("Ukrainian troops were deployed to Bucha on 31 March and to Hostomel on 1 and 2 April, the army said.",
               "Bucha", "Hostomel", date="2022-04-05")
    assert {r["place"]: r["date"] for r in rows} == {"Bucha": "2022-03-31", "Hostomel": "2022-04-01/2022-04-02"}


@pytest.mark.parametrize("text, names, stops", [
    # forces struck where they are (a passive, or "by" after the verb) are present there
    ("Russian troops were shelled by Ukrainian artillery in Kupiansk.", ("Kupiansk",), ["Kupiansk"]),
    ("Russian troops were shelled heavily near Kupiansk.", ("Kupiansk",), ["Kupiansk"]),
    # the place the active verb strikes is still no stop
    ("Ukrainian artillery shelled Russian trenches outside Kupiansk.", ("Kupiansk",), []),
    ("Ukrainian drones struck the air base at Saky, where Russian jets were parked.", ("Saky",), []),
])
def test_forces_struck_in_a_place_are_present_there(text, names, stops):
    rows = run(text, *names)
    assert [r["place"] for r in rows if r["role"] != "mention"] == stops


@pytest.mark.parametrize("text, names, stops", [
    # a count of facilities, or an organisation, names no facility: the place after it is the stop
    ("Russia deployed 300 troops to 2 bases in Tajikistan.", ("Tajikistan",), ["Tajikistan"]),
    ("Troops of the Joint Forces Command in Kramatorsk moved to Pokrovsk.", ("Kramatorsk", "Pokrovsk"),
     ["Kramatorsk", "Pokrovsk"]),
    # a number within a facility's name, a naval zone and a command as a seat still do
    ("The boats set out from the navy's Western Command in Palawan.", ("Palawan",), []),
    ("The drones were flown to the Tower 22 outpost in Jordan.", ("Jordan",), []),
    ("The flotilla sailed from the First Naval Zone in Bandar Abbas.", ("Bandar Abbas",), []),
])
def test_a_count_or_an_organisation_is_no_named_facility(text, names, stops):
    rows = run(text, *names)
    assert [r["place"] for r in rows if r["role"] != "mention"] == stops


@pytest.mark.parametrize("text, names, expected", [
    # a route's mode carries on to its later legs, never back to the legs told before the vehicle
    ("The battalion left Brest for Minsk on Monday. From Minsk it went on by train to Orsha.",
     ("Brest", "Minsk", "Orsha"), {"Minsk": "unknown", "Orsha": "rail"}),
    ("The battalion moved from Brest to Minsk on Monday. From there it was taken on by train to Orsha, and its trucks "
     "then drove on to Vitebsk.", ("Brest", "Minsk", "Orsha", "Vitebsk"),
     {"Minsk": "unknown", "Orsha": "rail", "Vitebsk": "road"}),
    ("Launchers were loaded onto trains at Sanitz. From there they went on to Wedrzyn.", ("Sanitz", "Wedrzyn"),
     {"Wedrzyn": "rail"}),
])
def test_a_routes_mode_carries_forward_only(text, names, expected):
    rows = run(text, *names)
    modes = {r["place"]: r["mode"] for r in rows if r["role"] in ("via", "destination")}
    assert {k: modes[k] for k in expected} == expected


def test_the_one_place_forces_are_at_after_an_origin_of_their_clause_is_where_the_movement_ended():
    from geo.extract import pipeline
    from geo.extract.records import Reported, Resolved, Sentence
    from geo.extract.routes import ENGLISH

    def items(text, *named):
        s = Sentence(0, len(text), text, 0)
        return [(Reported(Mention(text.index(n), text.index(n) + len(n), n), s, r), Resolved(1.0, 1.0, ref=n))
                for n, r in named]

    t = "The battalion moved out of Bakhmut and dug in at Soledar."
    got = pipeline._presence_ends(items(t, ("Bakhmut", "origin"), ("Soledar", "presence")), ENGLISH)
    assert [r.role for r, _ in got] == ["origin", "destination"]
    # a clause with an end of its own, a place named before the origin, two places where forces are: as read
    for t, named in [("Troops left Bakhmut for Soledar and are in Siversk.",
                      (("Bakhmut", "origin"), ("Soledar", "destination"), ("Siversk", "presence"))),
                     ("Troops in Soledar had come from Bakhmut.", (("Soledar", "presence"), ("Bakhmut", "origin"))),
                     ("Units from Bakhmut are in Soledar and Siversk.",
                      (("Bakhmut", "origin"), ("Soledar", "presence"), ("Siversk", "presence"))),
                     ("Troops left Bakhmut; others are in Soledar.", (("Bakhmut", "origin"), ("Soledar", "presence")))]:
        assert [r.role for r, _ in pipeline._presence_ends(items(t, *named), ENGLISH)] == [r for _n, r in named]



@pytest.mark.parametrize("lang, text, origin, presence", [
    ("en", "Russian forces left Kherson, and Ukrainian troops remain in Mykolaiv.", "Kherson", "Mykolaiv"),
    ("en", "Russian troops withdrew from Bakhmut while Wagner stayed in Soledar.", "Bakhmut", "Soledar"),
    ("en", "The 72nd Brigade withdrew from Vuhledar, the commander said, adding that other units are still in "
           "Pokrovsk.", "Vuhledar", "Pokrovsk"),
    ("en", 'Troops left Kherson, and "we still hold Kyiv," the minister said.', "Kherson", "Kyiv"),
    ("en", "Troops pulled out of Kherson, but marines are in Mykolaiv.", "Kherson", "Mykolaiv"),
    ("ru", "Российские войска ушли из Херсона, а украинские подразделения остаются в Николаеве.", "Херсона",
     "Николаеве"),
    ("ru", "72-я бригада вышла из Угледара, сообщил командир, добавив, что другие части находятся в Покровске.",
     "Угледара", "Покровске"),
    ("uk", "Війська вийшли з Херсона, але українські підрозділи залишаються в Миколаєві.", "Херсона", "Миколаєві"),
])
def test_a_place_another_force_holds_or_a_later_told_clause_names_is_no_end_of_the_origins_movement(
        lang, text, origin, presence):
    from geo.extract import pipeline
    from geo.extract.language import stages
    from geo.extract.records import Reported, Resolved, Sentence

    s = Sentence(0, len(text), text, 0)
    items = [(Reported(Mention(text.index(n), text.index(n) + len(n), n), s, r), Resolved(1.0, 1.0, ref=n))
             for n, r in ((origin, "origin"), (presence, "presence"))]
    got = pipeline._presence_ends(items, stages(lang).route_cues)
    assert [r.role for r, _ in got] == ["origin", "presence"]
    # the same movement told without the other force or the teller: the presence is its end
    plain = {"en": "Troops withdrew from Bakhmut and took up positions in Soledar.",
             "ru": "Войска вышли из Угледара и закрепились в Покровске.",
             "uk": "Війська вийшли з Херсона і закріпилися в Миколаєві."}[lang]
    names = {"en": ("Bakhmut", "Soledar"), "ru": ("Угледара", "Покровске"), "uk": ("Херсона", "Миколаєві")}[lang]
    s = Sentence(0, len(plain), plain, 0)
    items = [(Reported(Mention(plain.index(n), plain.index(n) + len(n), n), s, r), Resolved(1.0, 1.0, ref=n))
             for n, r in zip(names, ("origin", "presence"))]
    assert [r.role for r, _ in pipeline._presence_ends(items, stages(lang).route_cues)] == ["origin", "destination"]


@pytest.mark.parametrize("text, origin, end", [
    # "other" and "as" of everyday phrasing are no other force and no told clause
    ("Russian troops withdrew from Kherson and are now dug in on the other side of the river near Oleshky.", "Kherson",
     "Oleshky"),
    ("The brigade left Kherson as planned and is now in Oleshky.", "Kherson", "Oleshky"),
    ("The brigade left Kherson and, as of Monday, is in Oleshky.", "Kherson", "Oleshky"),
])
def test_everyday_words_between_an_origin_and_where_forces_are_leave_it_the_movements_end(text, origin, end):
    from geo.extract import pipeline
    from geo.extract.records import Reported, Resolved, Sentence
    from geo.extract.routes import ENGLISH

    s = Sentence(0, len(text), text, 0)
    items = [(Reported(Mention(text.index(n), text.index(n) + len(n), n), s, r), Resolved(1.0, 1.0, ref=n))
             for n, r in ((origin, "origin"), (end, "presence"))]
    assert [r.role for r, _ in pipeline._presence_ends(items, ENGLISH)] == ["origin", "destination"]


def test_a_body_named_again_by_its_head_takes_its_own_name_not_the_last_speakers():
    # "..., the fleet said": the fleet named before speaks, not the residents quoted last
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article

    text = ("By Jane Doe\n\nTwo landing ships of the Pacific Fleet left Vladivostok on Monday, the Pacific Fleet said. "
            "Residents of Korsakov said the convoy had passed the port.\n\n"
            "On Friday, the fleet said, the ships reached Kunashir.\n")
    rows = [r for r in extract_article(Article("a.txt", text), Options(all=True)) if r["place"] == "Kunashir"]
    assert rows and {r["source"] for r in rows} == {"the Pacific Fleet"}


def test_according_to_a_source_named_before_by_what_it_is_takes_its_full_name():
    # the full name says what they are: monitoring channels report, "the channels" alone would claim
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article

    text = ("By Jane Doe\n\nTrains crossed at Orsha, exiled Belarusian monitoring channels said. "
            "Residents of Krupki said the trains had passed.\n\n"
            "More trains reached Borisov, according to the channels.\n")
    rows = [r for r in extract_article(Article("a.txt", text), Options(all=True)) if r["place"] == "Borisov"]
    assert rows
    assert {(r["source"], r["status"]) for r in rows} == {("exiled Belarusian monitoring channels", "reported")}


def test_a_date_after_a_place_is_no_area_it_lies_in():
    # "March" is a town of the gazetteer too: after "in", a month is a date, never the area that holds the place
    text = "Two Russian battalions moved to Khrystoplavivka in March, the ministry said."
    rows = extract_article(Article("t.txt", text), Options(), find=finder("Khrystoplavivka", "March"), roles=None,
                           routes=None)
    village = next(r for r in rows if r["place"] == "Khrystoplavivka")
    assert village["lat"] is None and "March" not in village.get("check", "")
