"""The learnt status of Russian and Ukrainian stops (geo/extract/slavic/status_model.py)."""

from __future__ import annotations

import shutil

import pytest

from geo.extract import sides
from geo.extract.role_model import RoleModelError
from geo.extract.slavic import status_model

TEXT = ("Минобороны России сообщило, что морпехов перебросили из Севастополя в Курскую область. "
        "Генштаб ВСУ утверждает, что колонна якобы вышла из Белгорода.")


def test_the_package_ships_the_status_model_and_its_manifest():
    model = status_model.shipped()
    assert isinstance(model, status_model.StatusModel), "status_model.crfsuite is missing: run train_roles_ru_uk.py"


@pytest.mark.parametrize("rule", status_model.STATUSES)
def test_each_stop_gets_one_of_the_four_statuses(rule):
    row = {"role": "destination", "status": rule, "source": "Минобороны России",
           "note": TEXT.split(". ")[0] + ".", "place": "Курскую область"}
    [out] = status_model.shipped().settle([dict(row)], TEXT, "ru")
    assert out["status"] in status_model.STATUSES


def test_a_mention_keeps_its_status():
    row = {"role": "mention", "status": "denied", "note": TEXT, "source": ""}
    assert status_model.shipped().settle([dict(row)], TEXT, "ru")[0]["status"] == "denied"


def test_a_model_that_does_not_match_its_manifest_is_refused(tmp_path):
    path = tmp_path / "status_model.crfsuite"
    shutil.copy(status_model.MODEL_PATH, path)
    shutil.copy(status_model.MODEL_PATH.replace(".crfsuite", ".json"), tmp_path / "status_model.json")
    path.write_bytes(path.read_bytes() + b"\0")
    with pytest.raises(RoleModelError, match="does not match its manifest") as e:
        status_model.StatusModel(str(path))
    assert "train_roles_ru_uk.py" in str(e.value)  # the script that rebuilds it


POST = ("⚡️ Ворог перекидає резерви на Покровський напрямок\n\n"
        "КИЇВ, 20 квітня 2025 р. – За даними Генштабу ЗСУ, колона рухалася з Донецька до Курахового.\n\n"
        "Тим часом фрегат «Адмірал Ессен» повернувся до Севастополя.\n\n#Покровськ")


def _row(place, status="confirmed"):
    start = POST.rindex(place)
    note = next(s for s in POST.split("\n\n") if place in s)
    return {"role": "destination", "place": place, "status": status, "source": "Генштаб ЗСУ", "note": note,
            "start": start, "end": start + len(place)}


@pytest.mark.parametrize("place", ["Севастополя", "Курахового", "#Покровськ"])
def test_a_side_statement_naming_no_forces_takes_the_side_the_article_named_last(place):
    # the General Staff's post opens on the enemy's movements; its later lines name no side: still the enemy's
    [row] = status_model.settle_sides([_row(place)], POST, "uk")
    assert row["status"] == "claimed"


def test_the_side_decides_whatever_the_model_says(tmp_path):
    # a model that would call every stop confirmed does not overrule the speaker's side
    import pycrfsuite

    path = str(tmp_path / "status_model.crfsuite")
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.append([["bias"]], ["confirmed"])
    trainer.append([["bias"]], ["confirmed"])
    trainer.train(path)
    import hashlib
    import json

    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    with open(path.replace(".crfsuite", ".json"), "w") as f:
        json.dump({"sha256": digest, "features_version": status_model.FEATURES_VERSION}, f)
    model = status_model.StatusModel(path)
    rows = model.settle([_row("Севастополя")], POST, "uk")
    assert rows[0]["status"] == "claimed"


def test_the_general_staffs_post_on_the_enemys_moves_is_claimed_throughout():
    # tests/data/slavic/uk_telegram.txt (the README's example): the post opens on the enemy's reserves; its later
    # lines (a frigate back in Sevastopol, the hashtags) name no side and were 'confirmed' by a retrained model
    import os

    from geo.extract.pipeline import Options, extract_article
    from geo.extract.records import Article

    path = os.path.join(os.path.dirname(__file__), "data", "slavic", "uk_telegram.txt")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    rows = [r for r in extract_article(Article("uk_telegram.txt", text), Options(), lang="uk")
            if r["role"] != "mention" and r["source"] == "Генштаб ЗСУ"]
    assert {r["place"] for r in rows} >= {"Севастополя", "Покровськ"}
    assert {r["status"] for r in rows} == {"claimed"}


@pytest.mark.parametrize("text, source, place", [
    # the source's own words are removed by their span, not by stem: "российские" of the stop's sentence stays,
    # and no earlier sentence's side is borrowed
    ("ВСУ атаковали позиции под Белгородом. По данным Минобороны России, российские войска вошли в Волчанск.",
     "Минобороны России", "Волчанск"),
    ("Ворог атакував позиції під Харковом. За даними Генштабу ЗСУ, підрозділи ЗСУ зайшли до Вовчанська.",
     "Генштаб ЗСУ", "Вовчанська"),
])
def test_a_sides_own_forces_on_record_are_confirmed_whatever_came_before(text, source, place):
    start = text.rindex(place)
    note = text[text.index(". ") + 2:]
    row = {"role": "destination", "place": place, "status": "reported", "source": source, "note": note,
           "start": start, "end": start + len(place)}
    [row] = status_model.settle_sides([row], text, "ru")
    assert row["status"] == "confirmed"



def _sides_features(source, note):
    row = {"role": "destination", "status": "reported", "source": source, "note": note}
    return [f for f in status_model.features(row, note, "ru") if f.startswith(("sides=", "bloc="))]


def test_two_third_parties_are_not_one_side():
    # South Korea's service on American troops: neither is a party to the other's camp (sides.CAMPS), so the
    # speaker stands to those forces as a third party, not as their own side
    feats = _sides_features("НИС Южной Кореи", "По данным НИС Южной Кореи, американские войска прибыли в Польшу.")
    assert "sides=third" in feats and "bloc=third>third" in feats


def test_who_stands_with_whom_is_read_from_the_one_table_of_camps(monkeypatch):
    note = "По данным НИС Южной Кореи, северокорейские войска прибыли в Курскую область."
    assert "sides=third" in _sides_features("НИС Южной Кореи", note)  # the corpus reads Seoul as a third country
    monkeypatch.setattr(sides, "CAMPS", sides.CAMPS + ((frozenset({"KR"}), frozenset({"KP"})),))
    assert "sides=adversary" in _sides_features("НИС Южной Кореи", note)


@pytest.mark.parametrize("text, source, place, status", [
    # a third party's word about others' forces is reported, whatever a model would say
    ("По данным НСР, северокорейских военных перевезли во Владивосток.", "НСР", "Владивосток", "reported"),
    # a side's own forces named in another case than its source ("Сил оборони" of "Сили оборони") are no forces:
    # what it says of the enemy is claimed
    ("За даними Сил оборони, ворог накопичує техніку в районі Тьоткіного.", "Сили оборони", "Тьоткіного", "claimed"),
    ("За даними наших військових, ворог підтягує резерви з Бєлгородщини.", "наші військові", "Бєлгородщини",
     "claimed"),
    # an intelligence service that names no one's forces speaks of its adversary's, a third country's of foreign ones
    ("За даними ГУР, дивізія тримає позиції в районі Дворічної.", "ГУР", "Дворічної", "claimed"),
    ("По данным НСР, военные прибыли во Владивосток.", "НСР", "Владивосток", "reported"),
])
def test_the_speakers_side_decides(text, source, place, status, tmp_path):
    # whatever a model says: one that calls every stop confirmed
    assert _settled(text, source, place, _always("confirmed", tmp_path)) == status


def _always(status, tmp_path):
    """A status model that gives every stop *status*."""
    import hashlib
    import json

    import pycrfsuite

    path = str(tmp_path / "status_model.crfsuite")
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.append([["bias"]], [status])
    trainer.train(path)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    with open(path.replace(".crfsuite", ".json"), "w") as f:
        json.dump({"sha256": digest, "features_version": status_model.FEATURES_VERSION}, f)
    return status_model.StatusModel(path)


def _settled(text, source, place, model):
    start = text.rindex(place)
    row = {"role": "destination", "place": place, "status": "reported", "source": source, "note": text,
           "start": start, "end": start + len(place)}
    [row] = model.settle([row], text, "uk")
    return row["status"]


@pytest.mark.parametrize("text, source, place", [
    # a side that announces places taken speaks of its own forces, which took them
    ("Минобороны России в мае сообщало о «освобождении» сел Новенькое и Басовка.", "Минобороны России", "Басовка"),
    ("Міноборони РФ заявило про «звільнення» Новоіванівки та Ольгівки.", "Міноборони РФ", "Ольгівки"),
])
def test_a_side_announcing_places_taken_speaks_of_its_own_forces(text, source, place, tmp_path):
    assert _settled(text, source, place, _always("claimed", tmp_path)) == "confirmed"


@pytest.mark.parametrize("text, source, expected", [
    # vacating positions, releasing prisoners: no places taken, so no word on whose forces
    ("Міноборони РФ заявило про звільнення полонених у Курську.", "Міноборони РФ", ""),
    ("Минобороны России сообщило об освобождении пленных в Курске.", "Минобороны России", ""),
    # an intelligence service's word, read before places taken: of its adversary's forces
    ("У ГУР повідомили, що звільнили позиції під Кринками.", "ГУР", sides.ADVERSARY),
    ("У ГУР повідомили про звільнення Кринок.", "ГУР", sides.ADVERSARY),
    # places taken, told by a side: its own forces (the rule's gain)
    ("Минобороны России в мае сообщало о «освобождении» сел Новенькое и Басовка.", "Минобороны России", sides.SAME),
    ("Міноборони РФ заявило про «звільнення» Новоіванівки та Ольгівки.", "Міноборони РФ", sides.SAME),
])
def test_release_and_vacating_are_no_places_taken(text, source, expected):
    assert status_model.side_of({"source": source, "note": text, "start": len(text) - 8}, text, lang="uk") == expected


@pytest.mark.parametrize("source, expected", [
    ("Пояснюємо (редакція)", "src=label"),     # the article's own label: its own word, no voice printed
    ("редакция", "src=label"),
    ("Генштаб ЗСУ", "src=carried"),            # a voice named elsewhere in the article
])
def test_the_model_reads_the_articles_own_label_as_its_own_kind_of_source(source, expected):
    text = "Що відомо\n\nКолона вийшла з Бєлгорода.\n\nГенштаб ЗСУ повідомив про колону."
    row = {"source": source, "note": "Колона вийшла з Бєлгорода.", "role": "origin", "start": 12}
    assert expected in status_model.features(row, text, "uk")
