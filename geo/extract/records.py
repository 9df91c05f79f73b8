"""The plain records that flow between the extraction stages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text: ``text[start:end] == surface``.

    ``kind`` says what the recogniser thinks it is: "place" (a named place:
    town, region, country, sea ...) or "vague" (a described area such as
    "a military airfield in western Russia" or "a North Korean port").
    ``score`` is the recogniser's confidence, 0..1.
    """

    start: int
    end: int
    surface: str
    kind: str = "place"
    score: float = 1.0
