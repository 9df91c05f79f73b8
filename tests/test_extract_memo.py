"""geo/extract/memo.py: what one article asks twice is computed once, and nothing outlives the article."""

import pytest

from geo.extract import attribution, memo
from geo.extract.pipeline import extract_article
from geo.extract.records import Article, Mention

SAID = "A Russian milblogger claimed that troops reached Kursk."


def test_a_text_is_read_once_within_an_article(monkeypatch):
    asked = []
    original = attribution._find_source
    monkeypatch.setattr(attribution, "_find_source", lambda t: asked.append(t) or original(t))
    with memo.one_article():
        assert attribution.find_source(SAID) == attribution.find_source(SAID) == "A Russian milblogger"
    assert asked == [SAID]


def test_a_setting_changed_between_articles_takes_effect(monkeypatch):
    with memo.one_article():
        assert attribution.find_source(SAID) == "A Russian milblogger"
    monkeypatch.setattr(attribution, "SPEAKERS", False)  # a study's switch, between two articles
    with memo.one_article():
        assert attribution.find_source(SAID) is None
    assert attribution.find_source(SAID) is None  # and outside any article


def test_each_article_reads_afresh(monkeypatch):
    find = lambda text: [Mention(text.index("Kursk"), text.index("Kursk") + 5, "Kursk")]
    first = extract_article(Article("a.txt", SAID), find=find)
    monkeypatch.setattr(attribution, "SPEAKERS", False)
    second = extract_article(Article("a.txt", SAID), find=find)
    assert first[0]["source"] == "A Russian milblogger"
    assert second[0]["source"] != "A Russian milblogger"


def test_a_set_handed_out_is_the_callers_own():
    with memo.one_article():
        got = attribution.parties("North Korean troops reached Kursk.")
        got.add("XX")
        assert attribution.parties("North Korean troops reached Kursk.") == {"KP"}


def test_an_unhashable_argument_is_named_as_the_fault():
    with memo.one_article(), pytest.raises(TypeError, match="find_source is memoised per article: its arguments must"):
        attribution.find_source(["troops", "reached", "Kursk"])
