"""A stop the gazetteer cannot place is drawn, as an area to check, where the text itself puts it; never a pin,
and never by a place the text names for another reason (a movement's other end)."""

from geo.extract.pipeline import Options, extract_article
from geo.extract.records import REPORTED_ROLES, Article, Reported
from geo.extract.rows import doubt_of

from test_extract_pipeline import finder


def rows_of(text, *names, lang=None, roles="shipped"):
    find = finder(*names) if names else None
    return {r["place"]: r for r in extract_article(Article("t.txt", text), Options(all=True), find=find, lang=lang,
                                                   roles=roles)}


class _NearIsMention:
    """A role model that reads every place after "near" as named only, as the shipped one may."""

    def relabel(self, text, proposed):
        return [(Reported(r.mention, r.sentence, "mention", "test"), s)
                if text[:r.mention.start].rstrip().endswith("near") else (r, s) for r, s in proposed]


def test_a_place_near_a_town_read_as_no_stop_is_placed_near_it():
    rows = rows_of("The regiment's fighters are normally based at Zelvograd, near Komsomolsk-on-Amur, more than "
                   "7,000 km away.", "Zelvograd", "Komsomolsk-on-Amur", roles=_NearIsMention())
    z, k = rows["Zelvograd"], rows["Komsomolsk-on-Amur"]
    assert k["role"] == "mention" and z["role"] == "presence"
    assert (z["precision"], z["radius_km"], z["country"]) == ("area", 30.0, "RU")
    assert (z["lat"], z["lon"]) == (k["lat"], k["lon"])
    assert "placed near Komsomolsk-on-Amur, where the text puts it" in doubt_of(z["match"])


def test_a_facility_noun_between_a_place_and_its_area_still_puts_it_there():
    rows = rows_of("Trucks and artillery crossed at the Zelvo border post in Nebbi district on Monday.",
                   "Zelvo", "Nebbi district", roles=None)
    z = rows["Zelvo"]
    assert (z["precision"], z["country"]) == ("area", "UG") and "placed in Nebbi district" in doubt_of(z["match"])
    assert rows["Nebbi district"]["role"] == "mention"


def test_a_movement_s_other_end_does_not_place_an_unknown_name():
    rows = rows_of("Trucks and artillery crossed at the Zelvo border post and drove on to Nebbi district.",
                   "Zelvo", "Nebbi district", roles=None)
    assert rows["Zelvo"]["lat"] is None and rows["Nebbi district"]["role"] == "destination"


def test_a_training_area_the_gazetteer_lacks_is_drawn_on_the_side_of_the_town_the_text_gives():
    rows = rows_of("About 300 soldiers have arrived at the Zelvinka training area, north-east of Rovaniemi, the "
                   "brigade said.")
    z, r = rows["the Zelvinka training area"], rows["Rovaniemi"]
    assert (z["precision"], z["country"]) == ("area", "FI")
    assert z["lat"] > r["lat"] and z["lon"] > r["lon"]  # north-east of it
    assert "drawn as the area north-east of Rovaniemi" in doubt_of(z["match"])


def test_russian_an_area_in_the_locative_puts_a_range_the_gazetteer_lacks_in_it():
    rows = rows_of("Военные прибыли на полигон Зелвонар в Курской области в понедельник.", lang="ru")
    z = rows["Зелвонар"]
    assert (z["precision"], z["country"]) == ("area", "RU")
    assert "placed in Курской области (Kursk Oblast)" in doubt_of(z["match"])
    assert rows["Курской области"]["role"] == "mention"


def test_russian_an_area_in_the_accusative_is_where_a_movement_goes_not_a_container():
    rows = rows_of("Военные прибыли в Зелвонар в Курскую область в понедельник.", lang="ru")
    assert rows["Зелвонар"]["lat"] is None and rows["Курскую область"]["role"] == "destination"


def test_ukrainian_an_air_base_the_text_puts_in_a_town_is_drawn_there():
    rows = rows_of("Частина інструкторів вирушила на авіабазу Ель-Лібертадор у Маракаї.", lang="uk")
    e, m = rows["Ель-Лібертадор"], rows["Маракаї"]
    # the noun before the name asks for the air base itself, which the gazetteer holds (El Libertador Airbase)
    assert (e["precision"], e["country"]) == ("point", "VE")
    assert abs(e["lat"] - m["lat"]) < 0.2 and abs(e["lon"] - m["lon"]) < 0.2  # by the town the text puts it in


def test_a_town_the_gazetteer_knows_only_by_its_airport_is_drawn_round_the_airport():
    rows = rows_of("The column entered Congo at Mahagi and drove south-west to Bunia.", "Congo", "Mahagi", "Bunia",
                   roles=None)
    m = rows["Mahagi"]
    assert (m["precision"], m["radius_km"], m["country"]) == ("area", 25.0, "CD")
    assert "but Mahagi Airport: drawn round it" in doubt_of(m["match"]) and m["gazetteer"] == "near Mahagi Airport"
    # an airport whose name only ends with the word is no reading of it: "Diego" is no San Diego
    rows = rows_of("The destroyer sailed from Diego to the Gulf.", "Diego", roles=None)
    assert "San Diego" not in (rows["Diego"]["match"] or "")
    rows = rows_of("The convoy moved from Oskol to Valuyki on Monday.", "Oskol", "Valuyki", roles=None)
    assert "Stary Oskol" not in (rows["Oskol"]["match"] or "")


def test_a_description_naming_the_area_puts_the_place_in_it_and_a_clause_does_not():
    rows = rows_of("Assault troops were gathered at Zelvinka, a village in the Kursk region, before the attack.",
                   "Zelvinka", "Kursk region", roles=None)
    z = rows["Zelvinka"]
    assert (z["precision"], z["country"]) == ("area", "RU") and "placed in Kursk region" in doubt_of(z["match"])
    rows = rows_of("Troops moved from Zelvo, the town where talks were held, to Bunia.", "Zelvo", "Bunia", roles=None)
    assert rows["Zelvo"]["lat"] is None


def test_a_town_s_possessive_puts_the_facility_after_it_in_the_town():
    rows = rows_of("Algerian Su-24 aircraft were seen at Tamanrasset's Zelvonar air base, satellite images show.",
                   "Tamanrasset", "Zelvonar air base", roles=None)
    z, t = rows["Zelvonar air base"], rows["Tamanrasset"]
    assert z["precision"] == "area" and (z["lat"], z["lon"]) == (t["lat"], t["lon"]) and t["role"] == "mention"
    # a country's possessive says only the country: no area is drawn for it
    rows = rows_of("Algerian Su-24 aircraft were seen at Algeria's Zelvonar air base, satellite images show.",
                   "Algeria", "Zelvonar air base", roles=None)
    assert rows["Zelvonar air base"]["lat"] is None


def test_a_possessive_or_a_capital_named_as_its_government_places_nothing_near_it():
    rows = rows_of("Troops withdrew from Luvungi, near Kinshasa's front line, to Bukavu on Friday.",
                   "Luvungi", "Kinshasa", "Bukavu", roles=None)
    assert rows["Luvungi"]["lat"] is None
    rows = rows_of("The regiment's fighters are normally based at Zelvograd, near Moscow, officials said.",
                   "Zelvograd", "Moscow", roles=_NearIsMention())
    assert rows["Zelvograd"]["lat"] is None


def test_a_dateline_s_town_places_nothing_near_it():
    # the dateline says where the reporter writes; the same town named in the text places the village
    text = "ODESA, June 4 (Reuters) - Russian troops captured the village of Zelvorka, the General Staff said."
    rows = rows_of(text, "ODESA", "Zelvorka", roles=None)
    assert rows["Zelvorka"]["role"] in REPORTED_ROLES and rows["Zelvorka"]["lat"] is None
    rows = rows_of("Russian troops captured the village of Zelvorka near Kherson, the General Staff said.",
                   "Zelvorka", "Kherson", roles=_NearIsMention())
    assert "placed near" in doubt_of(rows["Zelvorka"]["match"])


def test_a_description_puts_a_place_in_an_area_only_by_words_that_describe_the_place():
    rows = rows_of("Troops moved from Luvungi, the sister city of Uvira, to Bukavu on Friday.",
                   "Luvungi", "Uvira", "Bukavu", roles=None)
    # not in Uvira: only drawn near it, the town named closest to it (_place_near_named), to check
    assert "placed in" not in doubt_of(rows["Luvungi"]["match"])
    assert "placed near" in doubt_of(rows["Luvungi"]["match"])
    rows = rows_of("Soldiers withdrew from Rusumo, the border crossing of Kigali's main trade route, to Ngara.",
                   "Rusumo", "Kigali", "Ngara", roles=None)
    assert rows["Rusumo"]["lat"] is None
    rows = rows_of("Troops moved from Zelvinka, a small border village in the Kursk region, to Sudzha.",
                   "Zelvinka", "Kursk region", "Sudzha", roles=None)
    assert "placed in Kursk region" in doubt_of(rows["Zelvinka"]["match"])


def test_russian_and_ukrainian_a_clause_or_a_city_named_where_something_was_said_contains_nothing():
    rows = rows_of("Колонна вышла из Зелвонара, в Москве это назвали жестом доброй воли.", lang="ru")
    assert rows["Зелвонара"]["lat"] is None
    rows = rows_of("Колона вийшла з Кам'янки-Шевченківської, у Києві це назвали жестом доброї волі.", lang="uk")
    assert all(r["lat"] is None for p, r in rows.items() if p.startswith("Кам"))
    # an area in the locative still contains it
    rows = rows_of("Колонна вышла из Зелвонара в Курской области в понедельник.", lang="ru")
    assert rows["Зелвонара"]["country"] == "RU" and "Курской области" in doubt_of(rows["Зелвонара"]["match"])


def test_a_facility_of_the_same_name_far_from_the_text_s_places_or_against_its_own_cue_is_no_reading():
    rows = rows_of("Russian troops arrived in Zvezda, a village in the Kursk region, on Monday.",
                   "Zvezda", "Kursk region", roles=None)
    z = rows["Zvezda"]
    assert "Kursk region" in doubt_of(z["match"]) and z["lon"] < 40  # not the shipyard in Primorye
    rows = rows_of("Troops moved from Bezymyanka, north of Sudzha, to Kursk on Monday.",
                   "Bezymyanka", "Sudzha", "Kursk", roles=None)
    assert "north of Sudzha" in doubt_of(rows["Bezymyanka"]["match"])
    rows = rows_of("Troops moved from Bezymyanka to Sudzha on Monday.", "Bezymyanka", "Sudzha", roles=None)
    assert rows["Bezymyanka"]["lat"] is None  # the Samara airfield is 1,000 km away
    rows = rows_of("Marines moved from Lejeune, North Carolina, to Norway for the exercise.",
                   "Lejeune", "North Carolina", "Norway", roles=None)
    assert "Lejeune Airport" not in (rows["Lejeune"]["match"] or "")


def test_an_airport_named_after_the_town_it_serves_and_the_town_it_is_in_places_the_town():
    rows = rows_of("Troops moved from Kavumu to Goma on Friday.", "Kavumu", "Goma", roles=None)
    k = rows["Kavumu"]
    assert k["precision"] == "area" and k["country"] == "CD" and "Bukavu Kavumu Airport" in doubt_of(k["match"])


def test_a_name_the_gazetteer_lacks_listed_with_a_town_is_drawn_near_it():
    rows = rows_of("Reinforcements were sent to Zelvorka, Rhodes and Kos on Monday.", roles=None)
    z, r = rows["Zelvorka"], rows["Rhodes"]
    assert (z["precision"], z["country"], z["lat"], z["lon"]) == ("area", "GR", r["lat"], r["lon"])
    assert "listed with it" in doubt_of(z["match"])


def test_the_area_after_a_list_holds_every_name_of_it():
    rows = rows_of("Russian troops were moved to Zelvinka and Zelvorka in the Glushkovo district on Monday.",
                   "Zelvinka", "Zelvorka", "Glushkovo district", roles=None)
    a, b = rows["Zelvinka"], rows["Zelvorka"]
    assert (a["precision"], a["country"]) == ("area", "RU") and (a["lat"], a["lon"]) == (b["lat"], b["lon"])
    assert "in the area after it" in doubt_of(a["match"])


def test_a_stop_the_gazetteer_lacks_is_drawn_near_the_town_named_closest_to_it():
    rows = rows_of("Israeli troops entered the village of Zelvorka on Monday, residents of Quneitra said.",
                   "Zelvorka", "Quneitra", roles=None)
    z, q = rows["Zelvorka"], rows["Quneitra"]
    assert z["role"] == "destination" and q["role"] == "mention"
    assert (z["precision"], z["country"], z["lat"], z["lon"]) == ("area", "SY", q["lat"], q["lon"])
    assert "placed near" in doubt_of(z["match"]) and "named beside it in the text" in doubt_of(z["match"])


def test_a_side_of_a_town_is_an_area_round_the_town():
    rows = rows_of("Russian forces are fighting in southern Chasiv Yar, the brigade said.", roles=None)
    c = rows["southern Chasiv Yar"]
    assert (c["precision"], c["country"]) == ("area", "UA")
    assert abs(c["lat"] - 48.59) < 0.1 and abs(c["lon"] - 37.83) < 0.1


def test_an_area_named_after_a_list_puts_every_name_of_it_there():
    rows = rows_of("Two battalions marched to Zelvinka and Zelvorka, Vitebsk region, on Monday.",
                   "Zelvinka", "Zelvorka", "Vitebsk region", roles=None)
    a, b = rows["Zelvinka"], rows["Zelvorka"]
    assert (a["precision"], a["country"]) == ("area", "BY") and (a["lat"], a["lon"]) == (b["lat"], b["lon"])
    assert "placed in Vitebsk region" in doubt_of(a["match"]) and rows["Vitebsk region"]["role"] == "mention"
