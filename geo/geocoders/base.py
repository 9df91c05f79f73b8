"""The one small interface every geocoder implements.

A geocoder takes a place name as printed in an article and returns a
:class:`GeocodeResult` or raises :class:`~geo.errors.UnresolvedPlace`. The
offline gazetteer (:mod:`geo.geocoders.offline`) is the default; online services
from geopy sit behind the same interface (:mod:`geo.geocoders.online`).

Coordinates are (lat, lon) in EPSG:4326 everywhere in this package until the
single boundary where they become shapely/GeoJSON (x=lon, y=lat): see
:func:`geo.routes.to_lonlat` and :mod:`geo.export`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..errors import UnresolvedPlace

#: How exactly a result locates the place, from most to least exact.
PRECISIONS = ("point", "city", "region", "country", "continent")
#: How the name was matched.
MATCH_KINDS = ("exact", "alias", "fuzzy", "manual", "online")
#: Facilities: places where forces are, each a point of its own (an air base is not its town), and the industrial
#: sites war reports name ("plant": a power or nuclear plant, an enrichment or reactor site, an arms works). New kinds
#: go last: an index files a kind by its place here.
FACILITY_KINDS = ("airbase", "naval-base", "port", "depot", "range", "crossing", "rail", "camp", "plant")
#: What sort of place a result is, beyond its precision: "" for a settlement or a land area,
#: "water" for an ocean, sea, strait or lake, else one of FACILITY_KINDS.
KINDS = ("", "water") + FACILITY_KINDS


@dataclass(frozen=True, slots=True)
class Candidate:
    """A runner-up considered for a query (shown when the choice was close)."""

    name: str
    lat: float
    lon: float
    country_code: str | None
    precision: str
    score: float


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    """Where a place name was resolved to, and how sure we are.

    Attributes
    ----------
    query : the name as given.
    name : the matched place's name in the gazetteer or service.
    lat, lon : WGS84 degrees (EPSG:4326).
    country_code : ISO 3166-1 alpha-2, or None (continents, seas).
    precision : one of PRECISIONS.
    match : one of MATCH_KINDS.
    score : confidence 0..1.
    source : which geocoder and data answered, e.g. ``"gazetteer"`` or ``"nominatim"``.
    radius_km : size of the area the name stands for (0 for a point; a
        region's or country's rough radius), used to draw areas of uncertainty.
    ref : stable identifier in the source, e.g. ``"geonames:2026609"`` (may be "").
    doubt : why a reader should check this result (e.g. "fuzzy match of 'Khaarovsk'
        to Khabarovsk"), or "" when the geocoder is sure; the map marks such places.
    candidates : runner-ups when the choice was close (may be empty).
    kind : one of KINDS: "" for a settlement or land area, "water", or a facility kind
        ("airbase", "port" ...); where the data came from is in ``ref``.
    """

    query: str
    name: str
    lat: float
    lon: float
    country_code: str | None
    precision: str
    match: str
    score: float
    source: str
    radius_km: float = 0.0
    ref: str = ""
    doubt: str = ""
    candidates: tuple[Candidate, ...] = field(default=(), compare=False)
    kind: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {self.kind!r}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {PRECISIONS}, got {self.precision!r}")
        if self.match not in MATCH_KINDS:
            raise ValueError(f"match must be one of {MATCH_KINDS}, got {self.match!r}")
        if not (-90.0 <= self.lat <= 90.0 and -180.0 <= self.lon <= 180.0):
            raise ValueError(f"coordinates out of range: lat={self.lat!r}, lon={self.lon!r}")

    def to_json_dict(self) -> dict:
        """The keys of the ``python -m geo geocode`` output contract, in order.

        ``kind`` says what sort of place it is ("" a settlement or land area, "water", or a facility kind
        such as "airbase"), ``ref`` where the facts come from ("airportsdata:UKFB", "geonames:2013348"),
        ``doubt`` why a reader should check it ("" when sure; "no junction of 'Kursk' in the gazetteer: placed at
        the town, Kursk").
        """
        return {
            "query": self.query,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "precision": self.precision,
            "match": self.match,
            "score": self.score,
            "source": self.source,
            "kind": self.kind,
            "ref": self.ref,
            "doubt": self.doubt,
        }

    @property
    def label(self) -> str:
        """The name to print on a map: :func:`display_name` of :attr:`name` ("Tartus" for "Ţarţūs").

        >>> GeocodeResult("Tartous", "Ţarţūs", 34.89, 35.89, "SY", "city", "alias", 0.9, "gazetteer").label
        'Tartus'
        """
        return display_name(self.name)


def display_name(name: str) -> str:
    """*name* as English news prints it: Latin letters without diacritics ("Ţarţūs" -> "Tartus",
    "Homieĺskaja voblasć" -> "Homielskaja voblasc", "Хабаровск" -> "Khabarovsk"); an ASCII name as it is.

    For map labels: the gazetteer keeps each place's own name (GeoNames' is often the local one, with
    its diacritics), which English readers do not recognise.

    >>> display_name("Ţarţūs"), display_name("Kursk Oblast"), display_name("Kraków")
    ('Tartus', 'Kursk Oblast', 'Krakow')
    """
    if name.isascii():
        return name
    from anyascii import anyascii

    return anyascii(name).replace("'", "").replace("`", "")


@dataclass(frozen=True, slots=True)
class Query:
    """A name to geocode with its optional ISO alpha-2 country hint."""

    name: str
    country: str | None = None


class Geocoder(ABC):
    """Name in, :class:`GeocodeResult` out.

    Subclasses implement :meth:`geocode`. :meth:`geocode_all` resolves the
    names of one document or route together, so that each can use the others as
    context (two towns are called Blagoveshchensk; the one near Khabarovsk is
    meant); the default resolves them one by one.
    """

    #: Short name used on the command line and in ``GeocodeResult.source``.
    name: str = "geocoder"

    @abstractmethod
    def geocode(self, query: str, *, country: str | None = None,
                context: Sequence[tuple[float, float]] = ()) -> GeocodeResult:
        """Resolve one name.

        Parameters
        ----------
        query : the name as printed.
        country : ISO 3166-1 alpha-2 hint, or None.
        context : (lat, lon) of other places in the same document or route.

        Raises
        ------
        UnresolvedPlace : with the reason and the closest suggestions.
        """

    def geocode_all(self, queries: Iterable[Query]) -> list[GeocodeResult | UnresolvedPlace]:
        """Resolve names of one document together; failures are returned, not raised."""
        out: list[GeocodeResult | UnresolvedPlace] = []
        for q in queries:
            try:
                out.append(self.geocode(q.name, country=q.country))
            except UnresolvedPlace as exc:
                out.append(exc)
        return out
