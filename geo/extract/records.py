"""The plain records that flow between the extraction stages."""

from __future__ import annotations

from dataclasses import dataclass

#: What the text reports at a place (:attr:`Reported.role`), in the order the models list them:
#: the role of a stop, or "mention" (named only).
ROLES = ("origin", "via", "destination", "presence", "mention")
#: The roles of a reported place (a stop): every role but "mention".
REPORTED_ROLES = ("origin", "via", "destination", "presence")
#: The roles of the stops of a route.
MOVING_ROLES = ("origin", "via", "destination")


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


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read: its name (file name), its text, and what its metadata says.

    ``date`` is the publication date (ISO) from the HTML metadata, if any;
    ``url`` the page's own address from its metadata, if any.
    """

    name: str
    text: str
    date: str | None = None
    url: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text[start:end] == sentence.text`` in the article as read.

    ``paragraph`` counts the line breaks before it, so sentences of one
    paragraph share it (attribution carries over within a paragraph only).
    """

    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Reported:
    """A mention with what the text reports at it.

    ``role``: one of :data:`ROLES` ("origin", "via", "destination", "presence":
    forces or people are there, or "mention": named only); ``cue`` says why, for
    the reviewer ("dateline", "photo credit", "metonymy", "inside a name",
    "container", or the words that gave the role).
    """

    mention: Mention
    sentence: Sentence
    role: str
    cue: str = ""


@dataclass(frozen=True, slots=True)
class Resolved:
    """Where a mention was placed, and how: the gazetteer's choice kept for review.

    ``precision`` is a places.csv precision ("city", "region", "country",
    "area" for a vague place ...); ``lat``/``lon`` are None when unresolved,
    and ``match`` then says why.
    """

    lat: float | None
    lon: float | None
    country: str = ""
    precision: str = ""
    radius_km: float | None = None
    ref: str = ""
    name: str = ""
    match: str = ""
    score: float | None = None
    #: the geocoder's kind of place: "" for a town or an area, "water", or a facility's ("airbase", "port" ...)
    kind: str = ""
