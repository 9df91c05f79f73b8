"""geo/extract/roles.py: what is reported at a place; datelines, credits, metonymy and names are not places."""

import re

import pytest

from geo.extract.records import Mention
from geo.extract.roles import assign_roles, credit_spans, dateline_spans
from geo.extract.sentences import split_sentences


def roles(text, *names):
    """The (surface, role, cue) of each name, found as whole words in *text* in order."""
    mentions = []
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not any(x.start == m.start() for x in mentions):
                mentions.append(Mention(m.start(), m.end(), name))
                break
    return [(r.mention.surface, r.role, r.cue) for r in assign_roles(text, split_sentences(text), mentions)]


@pytest.mark.parametrize("text, expected", [
    ("KYIV, March 3 (Reuters) - Troops left.", [(0, 26, "Reuters")]),
    ("LONDON, Oct 12 - Troops left.", [(0, 17, "")]),
    ("MOSCOW (AP) — Troops left.", [(0, 14, "AP")]),
    ("Kyiv, Ukraine, March 3 (Reuters) - Troops left.", [(0, 35, "Reuters")]),
    ("Troops left Belgorod - the army said.", []),
    ("Russia-NATO hybrid war escalation - what next?", []),
])
def test_datelines(text, expected):
    assert dateline_spans(text) == expected


@pytest.mark.parametrize("text", [
    "Photo: flickr.com by jennybento from Jackson Heights, usa, CC BY-SA 2.0",
    "Pool photo by Vladimir Smirnov/AFP via Getty Images",
    "Image courtesy of the Odesa city council",
])
def test_credits(text):
    assert credit_spans(text)[0][1] == len(text)


@pytest.mark.parametrize("text, names, expected", [
    # datelines, photo credits, metonymy, names: never locations
    ("KYIV, March 3 (Reuters) - Ships sailed from Sevastopol.", ["KYIV", "Sevastopol"],
     [("KYIV", "mention", "dateline"), ("Sevastopol", "origin", "from")]),
    ("LONDON, Oct 12 - Troops were sent to Kursk.", ["LONDON", "Kursk"],
     [("LONDON", "mention", "dateline"), ("Kursk", "destination", "sent to")]),
    ("Troops moved.\nPhoto: flickr.com by jennybento from Jackson Heights, usa, CC BY-SA 2.0",
     ["Jackson Heights"], [("Jackson Heights", "mention", "photo credit")]),
    ("Seoul says North Korea's plan to deploy troops is a threat.", ["Seoul"], [("Seoul", "mention", "metonymy")]),
    ("Washington said it was watching the airlift.", ["Washington"], [("Washington", "mention", "metonymy")]),
    ("Kyiv had seen no sign of troops in Belarus.", ["Kyiv"], [("Kyiv", "mention", "metonymy")]),
    ("Moscow has repeatedly denied sending troops.", ["Moscow"], [("Moscow", "mention", "metonymy")]),
    ("He called it a drone of the Kinshasa regime.", ["Kinshasa"], [("Kinshasa", "mention", "metonymy")]),
    ("Troops loyal to the Damascus government moved in.", ["Damascus"], [("Damascus", "mention", "metonymy")]),
    ("Troops fight in the ranks of the Armed Forces of Ukraine.", ["Ukraine"],
     [("Ukraine", "mention", "inside a name")]),
    ("A reporter for The New York Times saw troops.", ["New York"], [("New York", "mention", "inside a name")]),
    ("Ukraine's National Intelligence Service said troops moved.", ["Ukraine"],
     [("Ukraine", "mention", "inside a name")]),
    # reported locations
    ("Ships carried 2,000 marines from Sevastopol to Novorossiysk.", ["Sevastopol", "Novorossiysk"],
     [("Sevastopol", "origin", "from"), ("Novorossiysk", "destination", "to")]),
    ("A convoy left Belgorod at dawn.", ["Belgorod"], [("Belgorod", "origin", "left")]),
    ("The troops first arrived in Vladivostok by sea.", ["Vladivostok"],
     [("Vladivostok", "destination", "arrived in")]),
    ("Ships transferred 1,500 troops to the Russian port city of Vladivostok.", ["Vladivostok"],
     [("Vladivostok", "destination", "to the Russian port city of")]),
    ("They are staying at military bases in Vladivostok as well as other sites in Russia such as Ussuriysk, "
     "Khabrovsk and Blagoveshchensk.", ["Vladivostok", "Russia", "Ussuriysk", "Khabrovsk", "Blagoveshchensk"],
     [("Vladivostok", "presence", "staying … at military bases in"), ("Russia", "mention", "container"),
      ("Ussuriysk", "presence", "staying … in"), ("Khabrovsk", "presence", "staying … in"),
      ("Blagoveshchensk", "presence", "staying … in")]),
    ("Around 3,000 fighters have pulled out of Bakhmut and moved by truck to camps in Luhansk region.",
     ["Bakhmut", "Luhansk region"],
     [("Bakhmut", "origin", "pulled out of"), ("Luhansk region", "destination", "to camps in")]),
    ("Troops have been deployed to the Kursk region of Russia.", ["Kursk region", "Russia"],
     [("Kursk region", "destination", "to the"), ("Russia", "mention", "container")]),
    ("A brigade moved from the Zaporizhzhia direction to the village of Synkivka.", ["Zaporizhzhia", "Synkivka"],
     [("Zaporizhzhia", "origin", "from the"), ("Synkivka", "destination", "to the village of")]),
    ("Satellite images showed hundreds of vehicles parked at an airfield outside Luninets.",
     ["an airfield outside Luninets"], [("an airfield outside Luninets", "presence", "vehicles … at")]),
    ("The United States keeps about 900 troops in northeastern Syria.", ["northeastern Syria"],
     [("northeastern Syria", "presence", "keeps … in")]),
    ("Fighters went from Tehran to Deir ez-Zor, passing through Baghdad.", ["Tehran", "Deir ez-Zor", "Baghdad"],
     [("Tehran", "origin", "from"), ("Deir ez-Zor", "destination", "to"),
      ("Baghdad", "via", "passing through")]),
    ("Troops arrived.\nReporting by Olena Harmash in Kyiv; Editing by Andrew Heavens", ["Kyiv"],
     [("Kyiv", "mention", "photo credit")]),
    ("Troops were seen by a Washington-based think tank.", ["Washington"],
     [("Washington", "mention", "inside a name")]),
    # a word inside an organisation's name says nothing of where forces are
    ("Its adversaries are the United States Forces Korea, across the Korean Demilitarized Zone.",
     ["Korean Demilitarized Zone"], [("Korean Demilitarized Zone", "mention", "")]),
    ("US forces are stationed across the Korean Demilitarized Zone.", ["Korean Demilitarized Zone"],
     [("Korean Demilitarized Zone", "presence", "forces … across the")]),
    ("Satellite photos of Kursk, where North Korean troops are deployed, were published.", ["Kursk"],
     [("Kursk", "presence", "where … troops")]),
    ("Tanks are massing near the border with Ukraine.", ["Ukraine"],
     [("Ukraine", "presence", "Tanks … near the border with")]),
    ("Pyongyang has sent millions of artillery shells to Russia.", ["Russia"],
     [("Russia", "destination", "to")]),
    ("Russia has sent grain to Syria.", ["Syria"], [("Syria", "mention", "trade, not forces")]),
    ("Ships carried grain and 300 marines to Latakia.", ["Latakia"], [("Latakia", "destination", "to")]),
    ("Support from Germany has helped the army hold the line.", ["Germany"], [("Germany", "mention", "metonymy")]),
    # a place that acts, at the start of its clause, or that a government's word is addressed to
    ("Moscow has not commented, and Manila has filed a protest.", ["Moscow", "Manila"],
     [("Moscow", "mention", "metonymy"), ("Manila", "mention", "metonymy")]),
    ("Jordan and Iraq have closed their airspace.", ["Jordan", "Iraq"],
     [("Jordan", "mention", "metonymy"), ("Iraq", "mention", "metonymy")]),
    ("The deployment angered Beijing and urged Tokyo to act.", ["Beijing", "Tokyo"],
     [("Beijing", "mention", "metonymy"), ("Tokyo", "mention", "metonymy")]),
    # names listed before a plural noun qualify it, they do not act ("Kursk regions" is no "Kursk says")
    ("Brigades were moved to the Belgorod and Kursk regions.", ["Belgorod", "Kursk"],
     [("Belgorod", "destination", "moved to the"), ("Kursk", "destination", "moved to the")]),
    ("Units were sent to the Kuznica and Bobrowniki crossings.", ["Kuznica", "Bobrowniki"],
     [("Kuznica", "destination", "sent to the"), ("Bobrowniki", "destination", "sent to the")]),
    # a word in "-s" that is never a verb: the place is left to the role model, not fixed as a government
    ("A column moved from Odesa through #Razdelnaya towards the border.", ["Odesa", "Razdelnaya"],
     [("Odesa", "origin", "from"), ("Razdelnaya", "mention", "")]),
    ("FPV crews report hits on trucks on the outskirts of #Guevo this morning.", ["Guevo"], [("Guevo", "mention", "")]),
    ("Kursk was shelled as troops moved into Sudzha.", ["Kursk", "Sudzha"],
     [("Kursk", "mention", ""), ("Sudzha", "destination", "moved into")]),
    ("RC2, a toy company based in Oak Brook, issued a recall.", ["Oak Brook"], [("Oak Brook", "mention", "")]),
    ("Gary Epperson, director for Clark County, was taken aback.", ["Clark County"],
     [("Clark County", "mention", "")]),
    ("Thousands of fighters have been leaving for northwestern Syria.", ["northwestern Syria"],
     [("northwestern Syria", "destination", "leaving for")]),
    ("The patient had not travelled to Mexico.", ["Mexico"], [("Mexico", "mention", "negated")]),
    ("The Pentagon tracked the vessels off the coast of Florida.", ["Florida"],
     [("Florida", "presence", "vessels … off the coast of")]),
    ("A task force departed Zhanjiang for the Gulf of Aden on Friday.", ["Zhanjiang", "Gulf of Aden"],
     [("Zhanjiang", "origin", "departed"), ("Gulf of Aden", "destination", "departed Zhanjiang for the")]),
    ("Some Wagner units remain in the suburbs of Bakhmut.", ["Bakhmut"],
     [("Bakhmut", "presence", "units … in the suburbs of")]),
    ("Marines crossed the Dnipro river near Krynky.", ["Dnipro", "Krynky"],
     [("Dnipro", "mention", "river"), ("Krynky", "destination", "crossed the Dnipro river near")]),
    # merely named
    ("Sending troops to Russia alarmed governments from Tokyo to Canberra.", ["Russia", "Tokyo", "Canberra"],
     [("Russia", "destination", "to"), ("Tokyo", "mention", "range"), ("Canberra", "mention", "range")]),
    ("The front line, stretching from Kharkiv to Kherson, moved little.", ["Kharkiv", "Kherson"],
     [("Kharkiv", "mention", "range"), ("Kherson", "mention", "range")]),
    ("The war against Ukraine is in its third year.", ["Ukraine"], [("Ukraine", "mention", "")]),
    ("Photos show ship movements close to Wonsan.", ["Wonsan"], [("Wonsan", "mention", "")]),
    ("NATO could send its troops to Ukraine.", ["Ukraine"], [("Ukraine", "mention", "hypothetical")]),
    ("Russia sends North Korean troops to fight NATO troops", ["Russia"], [("Russia", "mention", "headline")]),
    ("Labels: North Korea/Russian Alliance, Troops in Ukraine", ["Ukraine"], [("Ukraine", "mention", "label")]),
    ("Greater tracts of land to add to Russia's territorial ambitions were sent.", ["Russia"],
     [("Russia", "mention", "possessive")]),
    # the possessive of a part of the place is the place itself
    ("Three navy ships arrived in Havana's harbour on Wednesday.", ["Havana"],
     [("Havana", "destination", "arrived in")]),
    ("Soldiers are stationed in Belgorod's northern suburbs.", ["Belgorod"],
     [("Belgorod", "presence", "Soldiers … in")]),
    ("The ferry docked at Sevastopol's port with 300 soldiers.", ["Sevastopol"],
     [("Sevastopol", "destination", "docked at")]),
    ("Troops were massed near Ukraine's borders.", ["Ukraine"], [("Ukraine", "presence", "Troops … near")]),
    ("The group sailed south-east of Taiwan's southern tip.", ["Taiwan"], [("Taiwan", "mention", "")]),
    ("Kursk's governor said troops arrived.", ["Kursk"], [("Kursk", "mention", "possessive")]),
    ("The soldiers were unloaded at Olya on Monday.", ["Olya"], [("Olya", "destination", "unloaded at")]),
    ("About 1,700 Hezbollah members are now in the Homs province, a diplomat said.", ["the Homs province"],
     [("the Homs province", "presence", "members … in")]),
    ("The fighters took up positions around al-Qusayr overnight.", ["al-Qusayr"],
     [("al-Qusayr", "presence", "fighters … around")]),
    ("The fighters came from the Bekaa Valley town of Hermel.", ["Bekaa Valley", "Hermel"],
     [("Bekaa Valley", "mention", "container"), ("Hermel", "origin", "from the Bekaa Valley town of")]),
    ("Some 25,000 people had fled to Tawila, the United Nations said.", ["Tawila"],
     [("Tawila", "destination", "to")]),
    ("Healey told reporters in Tallinn that 100 troops would follow.", ["Tallinn"],
     [("Tallinn", "mention", "where it was said")]),
    ("Speaking in Brussels, the minister said troops had reached Tapa.", ["Brussels", "Tapa"],
     [("Brussels", "mention", "where it was said"), ("Tapa", "destination", "reached")]),
    # where somebody spoke, some words after the saying: where, when or to whom, never what was said
    ("A corporal told the Post by telephone from Bloemfontein that they left.", ["Bloemfontein"],
     [("Bloemfontein", "mention", "where it was said")]),
    ("Putin said it plainly at an economic forum in St Petersburg on 16 June.", ["St Petersburg"],
     [("St Petersburg", "mention", "where it was said")]),
    ("An officer, who spoke to the Drum from the headquarters in Winnipeg, said jets flew north.", ["Winnipeg"],
     [("Winnipeg", "mention", "where it was said")]),
    ("The general said on Monday morning from Kyiv that it was calm.", ["Kyiv"],
     [("Kyiv", "mention", "where it was said")]),
    # ... but not where the forces themselves speak from, nor where the clause after the place puts forces
    ("The soldiers said from their trenches in Avdiivka that supplies were short.", ["Avdiivka"],
     [("Avdiivka", "presence", "soldiers … in")]),
    ("He spoke by phone from Kherson, where his unit is dug in.", ["Kherson"],
     [("Kherson", "presence", "where … dug in")]),
    ("He spoke by phone from Kherson, where he was visiting.", ["Kherson"],
     [("Kherson", "mention", "where it was said")]),
    # ... nor the place of the subject of what was said, when a new noun phrase follows the when or how
    ("The Pentagon said in a statement the 82nd Airborne in Rzeszow would stay.", ["Rzeszow"],
     [("Rzeszow", "mention", "")]),
    ("Officials said on Monday the Ford strike group in the Red Sea stays until June.", ["Red Sea"],
     [("Red Sea", "mention", "")]),
    ("The Kremlin said in a statement Wagner in Mali would leave.", ["Mali"], [("Mali", "mention", "")]),
    ("The ministry said on Monday that troops had arrived in Kursk.", ["Kursk"],
     [("Kursk", "destination", "arrived in")]),
    ("The ministry said the brigade was sent from Pskov to Kursk.", ["Pskov", "Kursk"],
     [("Pskov", "origin", "from"), ("Kursk", "destination", "to")]),
    ("Officials said about 200 marines from Darwin joined the drill.", ["Darwin"],
     [("Darwin", "origin", "from")]),
    # two names that say something together both stand for their governments; not a list of stops before a speaker
    ("Damascus and Moscow say Turkey is shielding terrorists.", ["Damascus", "Moscow"],
     [("Damascus", "mention", "metonymy"), ("Moscow", "mention", "metonymy")]),
    ("Meanwhile, Minsk and Moscow called the drills defensive.", ["Minsk", "Moscow"],
     [("Minsk", "mention", "metonymy"), ("Moscow", "mention", "metonymy")]),
    # ... only when the first name starts its clause: an "and" that joins two clauses leaves the stop before it
    ("US troops arrived in Poland and President Biden said more would follow.", ["Poland"],
     [("Poland", "destination", "arrived in")]),
    ("A battalion was sent to Kursk and Putin said the border was safe.", ["Kursk"],
     [("Kursk", "destination", "sent to")]),
    ("Ukrainian forces entered Kursk and Moscow vowed to respond.", ["Kursk", "Moscow"],
     [("Kursk", "destination", "entered"), ("Moscow", "mention", "metonymy")]),
    ("Two battalions arrived in Lithuania and Poland plans to host a third.", ["Lithuania", "Poland"],
     [("Lithuania", "destination", "arrived in"), ("Poland", "mention", "metonymy")]),
    ("Belarus moved troops to Gomel and Minsk denied any plan to attack.", ["Gomel", "Minsk"],
     [("Gomel", "destination", "to"), ("Minsk", "mention", "metonymy")]),
    ("Troops were sent to Kursk and Belgorod, Ukraine says.", ["Kursk", "Belgorod", "Ukraine"],
     [("Kursk", "destination", "sent to"), ("Belgorod", "destination", "sent to"), ("Ukraine", "mention", "metonymy")]),
    ("Moscow claimed its troops had captured the village of Kruhliakivka.", ["Moscow", "Kruhliakivka"],
     [("Moscow", "mention", "metonymy"), ("Kruhliakivka", "destination", "captured the village of")]),
    ("Forces from the Africa Corps have arrived in Mali.", ["Africa", "Mali"],
     [("Africa", "mention", "inside a name"), ("Mali", "destination", "arrived in")]),
])
def test_roles(text, names, expected):
    assert roles(text, *names) == expected


def test_mention_outside_every_sentence_keeps_its_offsets():
    text = "   "
    got = assign_roles(text, split_sentences(text), [Mention(0, 2, "  ")])
    assert got[0].sentence.start == 0 and got[0].role == "mention"


@pytest.mark.parametrize("text, expected", [
    ("BIAŁYSTOK - Trainloads of Russian armour", 1),
    ("LANDI KOTAL: Convoys of army trucks moved up.", 1),
    ("WASHINGTON/JERUSALEM, Oct 15 (Reuters) - An advance team", 1),
    ("Minsk, 18 August 2024\n\nIn view of the build-up", 1),
    ("Moscow, April 26 -- From the report of the General Staff", 1),
    ("FORT McCOY, Wis. — The bunk beds", 1),
    ("Troops left Belgorod - the army said.", 0),
    ("UPDATE: troops left.", 0),
    ("Russia - Ukraine war", 0),
])
def test_datelines_in_their_many_forms(text, expected):
    assert len(dateline_spans(text)) == expected


@pytest.mark.parametrize("text", [
    "(Reporting by Andrew Milne in London and Olena Savchuk in Kyiv; Editing by Mark Heller)",
    "Hannah Kerr reported from Seoul and Kyiv.",
    "Kyiv Defence Digest | Sunday, 18 February 2024",
])
def test_credits_and_mastheads(text):
    assert credit_spans(text) == [(0, len(text))]


@pytest.mark.parametrize("text, place", [
    ("Moscow and Pyongyang have both denied that any arms changed hands.", "Moscow"),
    ("It said that in return Pyongyang had received food and raw materials.", "Pyongyang"),
    ("Bucharest, meanwhile, has said it is ready to host more troops.", "Bucharest"),
    ("Satellite imagery and official statements from Beijing show the carrier sailed.", "Beijing"),
    ("Our correspondent in Chernihiv heard explosions as troops massed.", "Chernihiv"),
    ("It is the first indication from Pyongyang that soldiers have come home.", "Pyongyang"),
])
def test_more_places_that_stand_for_their_governments_or_a_reporter(text, place):
    from geo.extract.recognize import find_places

    got = {r.mention.surface: (r.role, r.cue) for r in assign_roles(text, split_sentences(text), find_places(text))}
    assert got[place] == ("mention", "metonymy")


@pytest.mark.parametrize("text, place, headline", [
    # a sentence's final stop before footnote marks, a remark in brackets or emoji: a report, not a headline
    ("The group had flown from Ouagadougou to Bamako on the same aircraft.[7]", "Bamako", False),
    ("A convoy drove from Rmeilan towards Deir ez-Zor. (activists; unconfirmed)", "Rmeilan", False),
    ("The enemy is pulling back towards #Yunakivka. 🇷🇺💪", "Yunakivka", False),
    # a line that leads into a list, or ends an item of one
    ("Units will then move in the direction of the settlement of Naroulia;", "Naroulia", False),
    # a headline is still a headline, with or without a remark in brackets
    ("North Korean troops reach Kursk (Reuters)", "Kursk", True),
    ("North Korean troops reach Kursk", "Kursk", True),
])
def test_a_final_stop_before_footnotes_and_emoji_ends_a_sentence(text, place, headline):
    i = text.index(place)
    (rep,) = assign_roles(text, split_sentences(text), [Mention(i, i + len(place), place, "place", 1.0)])
    assert (rep.cue == "headline") == headline
    assert headline or rep.role != "mention" or rep.cue == ""  # read as a sentence: by the rules, or left to the model


@pytest.mark.parametrize("text, name, role", [
    # going, escorting and towing move forces or materiel: the place after "from"/"to" is a stop
    ("The tanker was boarded and escorted to the port of Bandar-e-Jask.", "Bandar-e-Jask", "destination"),
    ("The rest of the Marines are to go to Hawaii.", "Hawaii", "destination"),
    ("The damaged frigate was towed to Sevastopol.", "Sevastopol", "destination"),
    # a bare "from" or "to" in a sentence that moves nothing stays a mention
    ("Officials from Germany welcomed the decision.", "Germany", "mention"),
    # a launch is a strike, not a movement: the launch area is no origin (the corpus's guideline)
    ("Missiles launched from Belgorod struck Kharkiv overnight.", "Belgorod", "mention"),
])
def test_words_of_movement_make_from_and_to_stops(text, name, role):
    assert roles(text, name)[0][1] == role


@pytest.mark.parametrize("text, name, role", [
    # anyone goes and police escort anyone: going, escorting and towing move only forces or materiel
    ("Foreign ministers will go to Geneva for talks on Monday.", "Geneva", "mention"),
    ("Police escorted the protesters to Lviv.", "Lviv", "mention"),
    ("The delegation goes to Vienna next week.", "Vienna", "mention"),
    # the same words with forces or materiel named
    ("Police escorted the convoy to Lviv.", "Lviv", "destination"),
    ("Two battalions will go to Narva next month.", "Narva", "destination"),
    ("A tug towed the damaged landing ship from Sevastopol.", "Sevastopol", "origin"),
])
def test_going_escorting_and_towing_move_only_forces_or_materiel(text, name, role):
    assert roles(text, name)[0][1] == role


@pytest.mark.parametrize("text, name, expected", [
    # a measure of distance before "from" only locates something by the place: no origin
    ("The brigade moved into a depot near Lida, about 290 km (180 miles) from the Polish border.", "Polish border",
     ("mention", "distance")),
    ("Trucks were moved to a railway town some 15 km from Vovchansk.", "Vovchansk", ("mention", "distance")),
    ("The ships reached Rason, a port a few hours' sail from Vladivostok.", "Vladivostok", ("mention", "distance")),
    ("Russian troops were moved up across the border from Sumy.", "Sumy", ("mention", "distance")),
    # a destination after it makes the measured place where the movement began
    ("The bombers flew 5,000 km from Guam to Darwin.", "Guam", ("origin", "from")),
    ("Ferries work the 4-km crossing from Port Kavkaz, on the Russian side, to Kerch.", "Port Kavkaz",
     ("origin", "from")),
    # no measure: "from" stays an origin
    ("Troops were sent from Pskov to Belarus.", "Pskov", ("origin", "from")),
    ("Two battalions moved 20 km west, from Lyman.", "Lyman", ("origin", "from")),
])
def test_a_place_a_distance_is_measured_from_is_no_origin(text, name, expected):
    assert roles(text, name)[0][1:] == expected


@pytest.mark.parametrize("text, name, expected", [
    # a measure right after a verb of movement is the path's length: the place is where the movement began
    ("A Russian column drove 60 km from Belgorod overnight before Ukrainian drones stopped it near Vovchansk.",
     "Belgorod", ("origin", "from")),
    ("Troops advanced 10 km from Robotyne in two days.", "Robotyne", ("origin", "from")),
    ("Russian units withdrew 15 km from Kupiansk after the attack.", "Kupiansk", ("origin", "from")),
    ("The ship sailed 300 nautical miles from Sevastopol before it sank.", "Sevastopol", ("origin", "from")),
    ("Troops were ferried across the river from Kherson overnight.", "Kherson", ("origin", "from")),
    ("The convoy travelled about five miles from Kursk before turning back.", "Kursk", ("origin", "from")),
    # a measure after a noun or a copula locates, whatever follows with a "to" of another sense
    ("The frigate was moved to Novorossiysk, about 300 miles from Sevastopol, according to satellite images.",
     "Sevastopol", ("mention", "distance")),
    ("Drones hit an ammunition depot near Tikhoretsk, about 290 km (180 miles) from the Ukrainian border, according "
     "to Reuters.", "Ukrainian border", ("mention", "distance")),
    ("Troops were moved to a depot some 15 km from Vovchansk, close to the front.", "Vovchansk",
     ("mention", "distance")),
    # numbers in words measure as digits do
    ("Troops were moved to a depot five miles from Kursk.", "Kursk", ("mention", "distance")),
    ("The brigade was sent to a camp several kilometres from Belgorod.", "Belgorod", ("mention", "distance")),
    ("The battalion was moved to positions tens of kilometres from Kharkiv.", "Kharkiv", ("mention", "distance")),
])
def test_a_measure_after_a_verb_of_movement_is_the_path_and_keeps_the_origin(text, name, expected):
    assert roles(text, name)[0][1:] == expected


@pytest.mark.parametrize("text, place", [
    ("US troops arrived in Poland and President Biden said more would follow.", "Poland"),
    ("A battalion was sent to Kursk and Putin said the border was safe.", "Kursk"),
    ("He spoke by phone from Kherson, where his unit is dug in.", "Kherson"),
])
def test_a_stop_before_a_new_speaker_or_where_forces_speak_from_is_drafted(text, place):
    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article
    rows = [r for r in extract_article(Article("a.txt", text), Options(lang="en")) if r["role"] != "mention"]
    assert [r["place"] for r in rows] == [place]
