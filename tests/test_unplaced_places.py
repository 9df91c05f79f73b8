"""A stop the gazetteer cannot place is drawn, as an area to check, where the text itself puts it; never a pin,
and never by a place the text names for another reason (a movement's other end)."""

from geo.extract.pipeline import Options, extract_article
from geo.extract.records import Article
from geo.extract.rows import doubt_of

from test_extract_pipeline import finder


def rows_of(text, *names, lang=None, roles="shipped"):
    find = finder(*names) if names else None
    return {r["place"]: r for r in extract_article(Article("t.txt", text), Options(all=True), find=find, lang=lang,
                                                   roles=roles)}


def test_a_place_near_a_town_read_as_no_stop_is_placed_near_it():
    rows = rows_of("The regiment's fighters are normally based at Zelvograd, near Komsomolsk-on-Amur, more than "
                   "7,000 km away.", "Zelvograd", "Komsomolsk-on-Amur", roles=None)
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
    assert e["precision"] in ("area", "region") and e["country"] == "VE" and e["radius_km"] <= 30
    assert abs(e["lat"] - m["lat"]) < 0.2 and abs(e["lon"] - m["lon"]) < 0.2  # by the town, or by the base it names


def test_a_town_the_gazetteer_knows_only_by_its_airport_is_drawn_round_the_airport():
    rows = rows_of("The column entered Congo at Mahagi and drove south-west to Bunia.", "Congo", "Mahagi", "Bunia",
                   roles=None)
    m = rows["Mahagi"]
    assert (m["precision"], m["radius_km"], m["country"]) == ("region", 25.0, "CD")
    assert "but Mahagi Airport: drawn round it" in doubt_of(m["match"]) and m["gazetteer"] == "near Mahagi Airport"
    # an airport whose name only ends with the word is no reading of it: "Diego" is no San Diego
    rows = rows_of("The destroyer sailed from Diego to the Gulf.", "Diego", roles=None)
    assert "San Diego" not in (rows["Diego"]["match"] or "")


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
