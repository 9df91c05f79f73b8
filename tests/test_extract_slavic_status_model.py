"""geo/extract/slavic/status_model.py: what the status model reads of a Russian or Ukrainian stop."""

from geo.extract.slavic import status_model

_TEXT = ("Флот уходит из Севастополя\n\n«Прибой»\n12 октября 2023\n\n"
         "Из Севастополя ушли три подлодки. {evidence}В Новороссийске стоят фрегаты.")


def _row(text):
    note = "В Новороссийске стоят фрегаты."
    return {"source": "«Прибой»", "status": "reported", "role": "presence", "note": note, "start": text.index(note)}


def test_the_outlets_own_voice_in_a_text_that_shows_its_evidence_is_read_so():
    text = _TEXT.format(evidence="Это видно на спутниковых снимках Maxar от 8 октября. ")
    assert "voice_evidence" in status_model.features(_row(text), text, "ru")
    text = _TEXT.format(evidence="")
    assert "voice_evidence" not in status_model.features(_row(text), text, "ru")


def test_a_speaker_the_sentence_names_is_no_voice_with_evidence():
    text = _TEXT.format(evidence="Это видно на спутниковых снимках. ")
    note = "По данным Минобороны России, фрегаты стоят в Новороссийске."
    row = dict(_row(text), source="Минобороны России", note=note)
    assert "voice_evidence" not in status_model.features(row, text, "ru")
