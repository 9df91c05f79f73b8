"""Placing an article's mentions together (geo/extract/resolve.py)."""

from __future__ import annotations

from geo.extract.recognize import find_places
from geo.extract.records import Mention
from geo.extract.resolve import resolve


def test_a_side_of_an_area_the_gazetteer_reads_by_another_spelling_is_drawn_as_the_whole_area():
    text = "The brigades held positions in western Zaporizhia Oblast before the move."
    surface = "western Zaporizhia Oblast"
    start = text.index(surface)
    (r,) = resolve([Mention(start, start + len(surface), surface, "vague")], text=text)
    assert (r.country, r.precision) == ("UA", "area") and r.lat is not None
    assert abs(r.lat - 47.5) < 1.5 and abs(r.lon - 35.5) < 2.0  # the oblast, not a guess elsewhere
    # what the recogniser drafts there is placed the same way
    (m,) = find_places(text)
    assert m.surface == surface and resolve([m], text=text)[0].country == "UA"
