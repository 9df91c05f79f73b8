"""The learnt status of Russian and Ukrainian stops (geo/extract/slavic/status_model.py)."""

from __future__ import annotations

import shutil

import pytest

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
    with pytest.raises(RoleModelError, match="does not match its manifest"):
        status_model.StatusModel(str(path))
