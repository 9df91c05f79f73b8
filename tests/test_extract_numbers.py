"""geo/extract/numbers.py: troop numbers as written or spelt, and what is not one."""

import pytest

from geo.extract.numbers import find_troops, spelt_number


@pytest.mark.parametrize("text, expected", [
    ("Russian navy ships have transferred 1,500 North Korean special operations forces to Vladivostok", 1500),
    ("ten thousand troops from North Korea are joining Russian forces", 10000),
    ("about 2,000 troops arrived in Kursk", 2000),
    ("a total of 12,000 troops formed into four brigades are to be dispatched to Russia", 12000),
    ("three landing ships carried 800 marines to Latakia", 800),
    ("a convoy of 40 trucks with two hundred and fifty soldiers", 250),
    ("some 3 thousand paratroopers", 3000),
    ("1,500 troops", 1500),
    ("some 200 Iranian instructors were deployed to Dzhankoi", 200),
    ("12 000 troops arrived", 12000),  # thousands separated by a space
    ("12.000 troops arrived", 12000),  # or by a dot, in translated news
    ("about 1.5 thousand soldiers", 1500),
    ("10k troops", 10000),
    ("0 troops", None),
    ("about 80 military advisers arrived in Latakia", 80),
    # not troop movements
    ("one of the largest standing militaries in the world, at 1.2 million troops", None),
    ("with 29.9% of the North Korean population actively serving", None),
    ("three ships left Sevastopol", None),
    ("A Ukrainian and two American officials told The NYT", None),
    ("about 300 soldiers were killed near Kursk", None),
    ("flew special forces to Kandi after jihadists killed eight soldiers near the border", None),
    ("the ambush, wounding at least 12 troops", None),
    ("Benin sent 300 soldiers to Kandi after the attack", 300),
    ("thousands of troops", None),
    ("Russia has redeployed several thousand troops from Kaliningrad", None),
    ("tens of thousands of soldiers", None),
    ("a several thousand-strong force moved to Kursk", None),
    ("In 2023 troops crossed the border", None),
    ("a soldier was seen", None),
    ("an army of 500,000 soldiers", None),
])
def test_find_troops(text, expected):
    got = find_troops(text)
    assert (got[0] if got else None) == expected


def test_span_points_at_the_number():
    text = "ships carried about 2,000 marines"
    value, start, end = find_troops(text)
    assert text[start:end] == "2,000"


@pytest.mark.parametrize("words, value", [
    ("ten thousand", 10000), ("two hundred and fifty", 250), ("a thousand", 1000), ("twelve", 12),
    ("forty-five thousand", 45000), ("one million", 1_000_000), ("many", None), ("", None),
])
def test_spelt_number(words, value):
    assert spelt_number(words) == value


@pytest.mark.parametrize("text, expected", [
    ("a 1,000-strong contingent was flown to Latakia", 1000),
    ("a battalion of 400 soldiers", 400),
    ("the 1.2 million-strong standing army", None),
])
def test_strong_and_units(text, expected):
    got = find_troops(text)
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize("text, expected", [
    # a day of a date is no count, whichever way the date is written
    ("Chernihiv's governor reported on April 2 that Russian forces had left the region", None),
    ("A Ukrainian brigade stated on January 7 that Russian forces had transferred fresh units", None),
    ("The ministry said on 7 January that 300 soldiers had arrived", 300),
    ("On 12.11 the troops left Kursk", None),
    ("The Norwegian Intelligence Service assessed in February 2024 that Russian ground forces had shrunk", None),
    # a share is no count
    ("about two-thirds of the forces around Kyiv had left", None),
    # an aircraft's designation, and the vehicles that carry people, are counted apart from them
    ("Two MiG-31 fighters landed at Machulishchy", None),
    ("Su-25 jets and L-39 trainers were delivered", None),
    ("sent F-35 fighters from Eielson", None),
    ("we have recorded 6 trains with Russian personnel", None),
    ("a convoy of about 20 army boats carrying troops and fuel", None),
    # who tell are not who move
    ("Two Ukrainian soldiers said several brigades had been moved", None),
    ("according to two members of the brigade who spoke to the journal", None),
    ("about 300 soldiers are said to have arrived", 300),
    # a count quoted from a speaker, a range, a ship's crew, the members of a force
    ('a new contingent of "about 100" Russian instructors had flown into Ouagadougou', 100),
    ('"more than 11,000" North Korean soldiers were in Russia', 11000),
    ("between 3,000 and 4,000 Rwandan soldiers were fighting in North Kivu", 3000),
    ("the frigate Hessen, with a crew of around 240, sailed for the Red Sea", 240),
    ("a force of 3 ships sailed", None),
    ("About 1,200 members of II Marine Expeditionary Force flew to Evenes", 1200),
    ("about 80 maintenance technicians arrived", 80),
])
def test_what_is_and_is_not_a_count(text, expected):
    got = find_troops(text)
    assert (got[0] if got else None) == expected


def _count(text):
    got = find_troops(text)
    return got[0] if got else None


@pytest.mark.parametrize("text, expected", [
    # a month that already has its day is followed by the count, not by a second day
    ("On 12 May 300 troops arrived in Kupiansk", 300),
    ("On 3 March 2,500 marines sailed from Sevastopol to Novorossiysk", 2500),
    ("On 7th January 40 soldiers left Brest", 40),
    # a thousands separator is never a day, and a month alone is followed by a day only up to 31
    ("In May 300 troops arrived in Kupiansk", 300),
    # days and years of a date stay no counts
    ("Chernihiv's governor reported on April 2 that Russian forces had left the region", None),
    ("On 12 May 2024 troops arrived in Kupiansk", None),
    ("On 12 May 2024 300 troops arrived in Kupiansk", 300),
    ("in March 2023 forces were seen near Brest", None),
])
def test_a_count_after_a_day_and_month_is_read(text, expected):
    assert _count(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "of N" counts people: nothing noun-like after N, or a word for people
    ("the frigate Hessen, with a crew of around 240, sailed for the Red Sea", 240),
    ("Her crew of around 240 had been away for ten weeks", 240),
    ('destroyed "a landing group of up to 20 people on four high-speed boats"', 20),
    ("a contingent of 300 Wagner fighters flew to Bamako", 300),
    ("a contingent of 300 landed at Bamako", 300),
    ("a group of 200 in Belgorod moved north", 200),
    # N counts something else: ships, reporters, refugees, states, vehicles
    ("A force of 3 destroyers sailed from Sevastopol", None),
    ("A group of 20 journalists travelled from Kyiv to Kharkiv", None),
    ("A group of 40 refugees crossed from Sudzha into Sumy", None),
    ("the convoy travelled with a crew of 4 journalists", None),
    ("the group of 7 countries met in Rome", None),
    ("a force of 3 armoured vehicles moved to Lyman", None),
])
def test_a_count_after_group_of_counts_only_people(text, expected):
    assert _count(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share given as a number is the count that moved; a share in words keeps the whole's count, as the
    # development gold does ("most of the roughly 1,000 U.S. troops ... were flown" is 1000)
    ("1,000 of the 5,000 troops moved to Kursk", 1000),
    ("About 300 of the 5,000 Russian troops moved to Kursk", 300),
    ("Two-thirds of the 5,000 troops in Belgorod moved to Kursk", 5000),
    ("Most of the roughly 1,000 U.S. troops who had been in Niger were flown to Germany", 1000),
    ("about two-thirds of the forces around Kyiv had left", None),
    ("All of the 5,000 troops moved to Kursk", 5000),
    # people told to move, or saying goodbye, move: they are not who tell
    ("About 1,500 troops told to prepare to deploy to Poland left Fort Bragg", 1500),
    ("1,200 soldiers of the brigade said goodbye to Kharkiv", 1200),
    ("Two Ukrainian soldiers told Reuters that the brigade had left", None),
    ("Two Ukrainian soldiers said several brigades had been moved", None),
    # a dash before a count is no designation
    ("Reinforcements -300 troops- arrived in Kupiansk", 300),
    ("Two MiG-31 fighters landed at Machulishchy", None),
    ("the squadron sent F-35 pilots to Eielson", None),
])
def test_shares_passives_and_dashes(text, expected):
    assert _count(text) == expected


@pytest.mark.parametrize("text", ["an attempt to capture about 40 fighters near Kandi",
                                  "militants tried to injure 12 soldiers", "they ambush 30 soldiers on the road",
                                  "an order to execute 5 soldiers"])
def test_the_bare_verb_of_a_casualty_counts_no_movers(text):
    # the infinitive and present forms name casualties as the past ones do ("captured about 40 fighters")
    assert find_troops(text) is None
