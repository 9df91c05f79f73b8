"""geo/extract/mode.py: the mode from the words, unknown rather than a guess."""

import pytest

from geo.extract.mode import find_mode


@pytest.mark.parametrize("text, expected", [
    ("NYT sources claim that the North Korean troops first arrived in Vladivostok by sea.", "sea"),
    ("Russian navy ships have transferred 1,500 troops to the port city of Vladivostok", "sea"),
    ("They were allegedly flown to a military airfield in western Russia.", "air"),
    ("An airlift to Latakia began on Monday.", "air"),
    ("The marines were moved by rail to Belgorod.", "rail"),
    ("A train carrying troops reached Kursk.", "rail"),
    ("A convoy left Belgorod at dawn.", "road"),
    ("Columns of trucks crossed the border.", "road"),
    ("Troops were deployed to the Kursk region.", "unknown"),
    ("The president spoke about the war.", "unknown"),
])
def test_find_mode(text, expected):
    assert find_mode(text) == expected


def test_nearest_cue_wins():
    text = "Ships brought them to Novorossiysk; from there trains took them to Belgorod."
    assert find_mode(text, text.index("Novorossiysk")) == "sea"
    assert find_mode(text, text.index("Belgorod")) == "rail"


def test_a_cue_of_another_clause_does_not_count():
    text = ("Photos showing what the service calls navy ship movements close to a port posted by the agency and "
            "gatherings in the week just past led media to report that 12,000 troops are to be dispatched to Russia")
    assert find_mode(text, text.index("Russia")) == "unknown"


def test_the_subject_names_the_mover_when_no_cue_is_near():
    text = ("The convoys, carrying about 2,000 soldiers, reportedly left Belgorod early on Thursday and reached "
            "Rylsk by evening, according to a blogger.")
    assert find_mode(text, text.index("Rylsk")) == "road"
    text = "Officials said on Tuesday that many soldiers had been redeployed, after weeks of delays, to Kursk by train."
    assert find_mode(text, text.index("Kursk")) == "rail"  # a near cue still wins
    text = "After weeks of talks and many delays, officials said, the soldiers were finally deployed to Kursk."
    assert find_mode(text, text.index("Kursk")) == "unknown"


@pytest.mark.parametrize("text, place, expected", [
    ("Separately, a train carrying armoured vehicles was filmed passing through Belgorod on Sunday.", "Belgorod",
     "rail"),
    ("Ships loaded with trucks and buses docked at Tartus.", "Tartus", "sea"),
    ("Trucks carrying troops crossed into Belarus.", "Belarus", "road"),
])
def test_what_a_mover_carries_is_not_how_it_went(text, place, expected):
    assert find_mode(text, text.index(place)) == expected


def test_a_mode_said_outright_outranks_a_place_noun_nearer_by():
    text = ("About 300 fighters were first taken by bus to Hmeimim air base near Latakia, where they boarded "
            "charter flights, the monitor said.")
    assert find_mode(text, text.index("Latakia")) == "road"
    text = "Units were flown to a base near Belgorod."  # no "by": the nearest cue
    assert find_mode(text, text.index("Belgorod")) == "air"


@pytest.mark.parametrize("text, place, expected", [
    # the vehicle the text names gives the mode (the corpus's convention "Mode from the vehicle")
    ("The jets arrived at the Polish air base at Rzeszów on 2 December.", "Rzeszów", "air"),
    ("U.S. Air Force B-52 bombers have arrived in the Middle East.", "Middle East", "air"),
    ("Two C-17s landed at Rzeszów with Patriot parts.", "Rzeszów", "air"),
    ("Launchers on flatcars reached Zamość.", "Zamość", "rail"),
    # a designation of armour or missiles is no aircraft
    ("T-72B3 tanks arrived at Orsha.", "Orsha", "unknown"),
    ("S-400 systems arrived at Kursk.", "Kursk", "unknown"),
    # a place's kind says nothing of how forces reached it
    ("Turkish teams have visited the T4 air base in Homs province.", "T4", "unknown"),
    ("The first batch of 38 Abrams had been unloaded at Taipei Port.", "Taipei", "unknown"),
    ("Some of the troops had first been moved to the airport at Agadez.", "Agadez", "unknown"),
])
def test_the_vehicle_not_the_place_gives_the_mode(text, place, expected):
    assert find_mode(text, text.index(place)) == expected


@pytest.mark.parametrize("text, place, expected", [
    # a road number is no aircraft designation (review M4)
    ("Troops moved along the E-40 to Kharkiv.", "Kharkiv", "unknown"),
    ("A column moved up the P-06 towards Lutsk.", "Lutsk", "road"),
    ("Tanks on the E-30 near Kharkiv.", "Kharkiv", "unknown"),
    # E- and P- still name the aircraft they are
    ("Two P-8s landed near Sigonella.", "Sigonella", "air"),
    ("An E-3A arrived at Rzeszów.", "Rzeszów", "air"),
    ("An IL-76 landed at Bamako.", "Bamako", "air"),
])
def test_a_road_number_is_no_aircraft(text, place, expected):
    assert find_mode(text, text.index(place)) == expected


@pytest.mark.parametrize("text, place, expected", [
    # each leg of a journey has its own vehicle: a cue past the end of the place's leg tells another leg
    ("They were driven by bus to Kigali, 150 km away, and flown home to Bucharest on Wednesday.", "Bucharest", "air"),
    ("They were driven by bus to Kigali, 150 km away, and flown home to Bucharest on Wednesday.", "Kigali", "road"),
    ("Servicemen usually fly from Moscow to Chisinau via Istanbul in civilian clothes, and then go by road to "
     "Tiraspol.", "Istanbul", "air"),
    ("Servicemen usually fly from Moscow to Chisinau via Istanbul in civilian clothes, and then go by road to "
     "Tiraspol.", "Tiraspol", "road"),
    ("Two trains did not stop at Orsha: they went on through Minsk to Baranovichi, where tanks were unloaded and "
     "driven to the range.", "Baranovichi", "rail"),
    ("The troops were flown west to airfields in western Russia, officials said, and from there moved by road "
     "towards the front.", "western Russia", "air"),
    ("Echelons were unloading at stations in the Brest region, and convoys were driving to the ranges.", "Brest",
     "rail"),
    # with no cue in its own leg, the nearest cue of the sentence still counts
    ("The brigade moved to Brest, and then on to Minsk by rail.", "Brest", "rail"),
])
def test_a_cue_of_another_leg_does_not_give_the_mode(text, place, expected):
    assert find_mode(text, text.index(place)) == expected


@pytest.mark.parametrize("text, place, expected", [
    # a cue word in a name is a name: a fleet, a division, a naval station
    ("Elements of the 810th Naval Infantry Brigade (Black Sea Fleet) arrived near Korenevo.", "Korenevo", "unknown"),
    ("KC-46 jets landed at Naval Station Rota on Tuesday.", "Rota", "air"),
    ("Another 300 soldiers of the XVIII Airborne Corps are going to Germany.", "Germany", "unknown"),
    ("Two Gepard anti-aircraft guns have been brought to Kharkiv.", "Kharkiv", "unknown"),
    ("Two Su-30SM had flown to the naval aviation airfield at Yeysk.", "Yeysk", "air"),
    # the same words as vehicles still give the mode, at the start of a sentence or written in lower case
    ("Fleet tankers reached Tartus.", "Tartus", "sea"),
    ("🚂 Echelon No. 2 arrived at #Lida station at 21:50.", "Lida", "rail"),
    ("The tanker was boarded off Sohar by the Iranian Navy and taken to Jask.", "Jask", "sea"),
    ("A naval task group sailed to Souda Bay.", "Souda", "sea"),
    ("The USS Carl Vinson carrier strike group moved to the Middle East.", "Middle East", "sea"),
    ("Egypt sent about 40 armoured personnel carriers into Sinai.", "Sinai", "unknown"),
])
def test_a_cue_in_a_name_says_nothing_of_how_forces_went(text, place, expected):
    assert find_mode(text, text.index(place)) == expected


@pytest.mark.parametrize("text, place, expected", [
    # a vehicle loaded or carried is the load, not the carrier
    ("In January, the cargo ships Sparta IV and Ursa Major docked at Tartus to load military vehicles.", "Tartus",
     "sea"),
    ("Rail ferries carry a few dozen wagons each to Krym.", "Krym", "sea"),
    ("Launchers were loaded onto flatcars at Sanitz.", "Sanitz", "rail"),  # the carrier named after "onto"
    # vehicles and marches the text names
    ("After a night of strikes the garrison fled the island on two speedboats towards Crimea.", "Crimea", "sea"),
    ("The troops landed at Szymany before travelling by coach to Bemowo Piskie.", "Bemowo", "road"),
    ("A tank battalion has completed a march of more than 300 kilometres to the Yelsk district.", "Yelsk", "road"),
    ("Israeli tanks have reached Qatana.", "Qatana", "unknown"),  # tanks also come as cargo: no mode of their own
])
def test_vehicles_named_and_vehicles_carried(text, place, expected):
    assert find_mode(text, text.index(place)) == expected


@pytest.mark.parametrize("text, place, expected", [
    # a carrier is a ship only as an aircraft carrier or its strike group
    ("Tu-22M3 long-range missile carriers were redeployed to Olenya airfield.", "Olenya", "air"),
    ("Two Tu-95MS strategic missile carriers were relocated to Engels.", "Engels", "air"),
    ("Tank carriers moved the T-90s to Belgorod.", "Belgorod", "unknown"),
    ("Belarusian national carrier Belavia moved the troops to Minsk.", "Minsk", "unknown"),
    ("The aircraft carrier Admiral Kuznetsov sailed to Murmansk.", "Murmansk", "sea"),
    ("The carrier strike group moved to Crete.", "Crete", "sea"),
    # "a march" is a unit's march in lower case; "a March 3 statement" is the month
    ("Russian troops arrived in Minsk, according to a March 3 statement.", "Minsk", "unknown"),
    ("In a March 5 update, the ministry said Russian troops had moved to Brest.", "Brest", "unknown"),
    ("The battalion completed a march of 300 km to Minsk.", "Minsk", "road"),
])
def test_carriers_and_marches_give_a_mode_only_as_the_vehicle_or_the_march(text, place, expected):
    assert find_mode(text, text.index(place)) == expected
