"""geo/extract/sentences.py: sentences with offsets into the text as read."""

from pathlib import Path

import pytest

from conftest import seeds_dir

from geo.extract.sentences import split_sentences

SEEDS = seeds_dir()  # ../shared/seeds beside the repository (tests/conftest.py)


@pytest.fixture
def seed_text():
    if SEEDS is None:
        pytest.skip("the seed articles (../shared/seeds) are not here; set GEO_SHARED")
    return lambda name: Path(SEEDS, name).read_bytes().decode("utf-8-sig")


@pytest.mark.parametrize("text, expected", [
    ("Troops left. They arrived in Kursk.", ["Troops left.", "They arrived in Kursk."]),
    ("Gen. Ivanov and Mr. Smith met in the U.S. capital. Then they left.",
     ["Gen. Ivanov and Mr. Smith met in the U.S. capital.", "Then they left."]),
    ('"We will win," he said. "They lost."', ['"We will win," he said.', '"They lost."']),
    ('the stage.""This is a threat."', ['the stage."', '"This is a threat."']),
    ("LONDON, Oct 12 - Troops moved\nPhoto: AFP", ["LONDON, Oct 12 - Troops moved", "Photo: AFP"]),
    ("About 2,000 troops. 1.2 million soldiers.", ["About 2,000 troops.", "1.2 million soldiers."]),
    ("   \n\n  ", []),
])
def test_split(text, expected):
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    for s in got:
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("text, expected", [
    # an assessment's footnote marks after the stop end the sentence, each sentence keeping its own speaker
    ("Russian forces seized Kurakhove, ISW assessed.[1] Geolocated footage shows troops in Dachne.",
     ["Russian forces seized Kurakhove, ISW assessed.[1]", "Geolocated footage shows troops in Dachne."]),
    ("Troops entered Sudzha.[2][3] Milbloggers claimed gains.[4, 5] Units left.[6–8] \"We hold,\" he said.",
     ["Troops entered Sudzha.[2][3]", "Milbloggers claimed gains.[4, 5]", "Units left.[6–8]", '"We hold," he said.']),
    ('He said "they left."[7] Others stayed.', ['He said "they left."[7]', "Others stayed."]),
])
def test_footnote_marks_end_the_sentence(text, expected):
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    for s in got:
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("text", [
    "Russia[1] said troops left Kursk.",  # a mark inside a sentence
    "Forces of the U.S.[1] Army left Kursk.",  # an abbreviation's dot before the mark
    "Gen.[2] Ivanov said troops left.",
    "Troops left.[1] and then came back.",  # no capital after the mark
    "Troops left [1]. and then came back.",
])
def test_footnote_marks_that_end_no_sentence(text):
    assert [s.text for s in split_sentences(text)] == [text]


def test_paragraphs_counted_by_lines():
    got = split_sentences("One. Two.\n\nThree.")
    assert [s.paragraph for s in got] == [0, 0, 1]


def test_offsets_on_a_seed(seed_text):
    text = seed_text("000_52ce23f21a5653b0.txt")
    sents = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert any(s.text.startswith("According to Ukraine's National Intelligence Service,") for s in sents)
