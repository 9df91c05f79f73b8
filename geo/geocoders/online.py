"""Online geocoders: any geopy service behind the :class:`~geo.geocoders.base.Geocoder` interface.

Online geocoding is an option, never required: the offline gazetteer is the
default and nothing here is imported by it. Three pieces, each small:

* :class:`GeopyGeocoder` adapts one geopy service (Nominatim first) and maps its
  raw answer to a :class:`~geo.geocoders.base.GeocodeResult`.
* :class:`Polite` wraps any geocoder with what a public service asks of its
  users: at most one request per ``min_delay`` seconds (Nominatim's usage
  policy: one per second), retries with exponential backoff on transient
  errors (honouring HTTP 429 ``Retry-After``), and a persistent cache
  (:class:`GeocodeCache`) so the same name is never asked twice.
* :func:`make_geocoder` builds either by name, as the command line does.

Coordinates are (lat, lon) in EPSG:4326, as everywhere in this package.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from contextlib import closing
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from geopy import exc as gexc
from geopy.geocoders import SERVICE_TO_GEOCODER, get_geocoder_for_service

from ..errors import GeocoderServiceError, GeoError, UnresolvedPlace, did_you_mean
from ..gazetteer.common import haversine_km
from .base import GeocodeResult, Geocoder

__all__ = [
    "DEFAULT_SCORE",
    "GeocodeCache",
    "GeopyGeocoder",
    "MissingCredentialsError",
    "Polite",
    "UnknownGeocoderError",
    "default_cache_path",
    "default_user_agent",
    "make_geocoder",
]

#: Names :func:`make_geocoder` accepts for the offline gazetteer.
OFFLINE_NAMES = ("gazetteer", "offline")
#: Score given when the service reports no confidence of its own (only
#: Nominatim's ``importance`` is used): "found, but we cannot say how well".
DEFAULT_SCORE = 0.5
#: Rough radius when the service gives no bounding box, so that a country is
#: never drawn as a pin.
FALLBACK_RADIUS_KM = {"point": 0.0, "city": 10.0, "region": 150.0,
                      "country": 500.0, "continent": 3000.0}

# Place kinds as services name them (Nominatim addresstype/type/class, Photon
# type, OpenCage _type, Google types) -> our precision. Unlisted kinds: point.
_PRECISION_OF_KIND = {
    "continent": "continent",
    "country": "country",
    "state": "region", "region": "region", "province": "region",
    "administrative_area_level_1": "region",
    "city": "city", "town": "city", "village": "city", "locality": "city",
}


def _package_version() -> str:
    try:
        from .. import __version__
    except ImportError:  # the package root is written by another change; do not depend on it
        return "0"
    return __version__


def default_user_agent(explicit: str | None = None) -> str:
    """The HTTP User-Agent to send: *explicit*, else ``$GEO_USER_AGENT``, else ours.

    Nominatim refuses geopy's own default agent, so one is always set.

    Parameters
    ----------
    explicit : an agent chosen by the caller, or None.

    >>> default_user_agent("my-newsroom/2.0 (ops@example.org)")
    'my-newsroom/2.0 (ops@example.org)'
    >>> "GEO_USER_AGENT" in os.environ or default_user_agent().startswith("geo-reported-movements/")
    True
    """
    return (explicit or os.environ.get("GEO_USER_AGENT")
            or f"geo-reported-movements/{_package_version()} (+https://example.invalid/geo)")


def default_cache_path() -> Path:
    """Where the online answers are cached: ``$GEO_CACHE_DIR`` or the user cache dir.

    >>> default_cache_path().name
    'online-geocode.sqlite'
    """
    root = os.environ.get("GEO_CACHE_DIR")
    if not root:
        import platformdirs
        root = platformdirs.user_cache_dir("geo")
    return Path(root) / "online-geocode.sqlite"


class UnknownGeocoderError(GeoError, ValueError):
    """No geocoder of that name; the message lists the valid names and the closest."""


class MissingCredentialsError(GeoError, ValueError):
    """An online service needs a key (or account name) that neither the caller nor the environment gave."""


#: Credentials a service needs although geopy's signature makes them optional.
_NEEDED_ANYWAY = {"google": ("api_key",), "googlev3": ("api_key",), "here": ("apikey",)}
_OFFLINE_HINT = "the offline default (--geocoder gazetteer) needs neither a key nor a network"


def credential_env(service: str, param: str) -> str:
    """The environment variable that holds *param* of *service*: ``GEO_<SERVICE>_<PARAM>``.

    >>> credential_env("google", "api_key")
    'GEO_GOOGLE_API_KEY'
    """
    return f"GEO_{service.upper()}_{param.upper()}"


def needed_credentials(service: str) -> tuple[str, ...]:
    """The parameters *service* cannot work without (keys, account names), from geopy's signature.

    >>> needed_credentials("nominatim"), needed_credentials("google"), needed_credentials("geonames")
    ((), ('api_key',), ('username',))
    """
    import inspect

    key = service.strip().lower()
    cls = SERVICE_TO_GEOCODER.get(key)
    if cls is None:
        return ()
    params = inspect.signature(cls.__init__).parameters
    required = tuple(p for p, v in params.items() if p != "self" and v.default is inspect.Parameter.empty
                     and v.kind not in (v.VAR_KEYWORD, v.VAR_POSITIONAL))
    return required + tuple(p for p in _NEEDED_ANYWAY.get(key, ()) if p not in required)


def _credentials(service: str, given: Mapping[str, Any]) -> dict[str, str]:
    """The needed credentials of *service* not in *given*, read from the environment.

    Raises MissingCredentialsError naming the variable to set.
    """
    out: dict[str, str] = {}
    for param in needed_credentials(service):
        if given.get(param):
            continue
        env = credential_env(service, param)
        value = os.environ.get(env, "").strip()
        if not value:
            what = "an API key" if "key" in param else f"its {param!r}"
            raise MissingCredentialsError(f"geocoder {service!r} needs {what}: set the environment variable "
                                          f"{env}; {_OFFLINE_HINT}")
        out[param] = value
    return out


def _valid_names() -> list[str]:
    return list(OFFLINE_NAMES) + sorted(SERVICE_TO_GEOCODER)


def _unknown(name: str) -> UnknownGeocoderError:
    names = _valid_names()
    hint = did_you_mean(difflib.get_close_matches(name.lower(), names, n=1))
    return UnknownGeocoderError(f"unknown geocoder {name!r}" + (f"; {hint}" if hint else "")
                                + f" (valid: {', '.join(names)})")


# --------------------------------------------------------------------------- adapter

class GeopyGeocoder(Geocoder):
    """One geopy service, by name, behind the :class:`Geocoder` interface.

    Parameters
    ----------
    service : a geopy service name, e.g. ``"nominatim"``, ``"opencage"``.
    user_agent : HTTP agent; default :func:`default_user_agent`.
    geocode_options : extra keyword arguments for every ``geocode`` call that
        change answers (e.g. ``{"language": "en"}``); part of the cache key.
    **service_options : passed to the geopy class (``api_key``, ``domain``,
        ``timeout`` -- default 10 s, since geopy's 1 s is short for Nominatim).

    Geopy's own errors (timeouts, 429, bad key) propagate unchanged so that
    :class:`Polite` can tell transient from permanent ones; use the pair via
    :func:`make_geocoder`.

    Mapping of the raw answer: ``score`` is Nominatim's ``importance``, else
    :data:`DEFAULT_SCORE`; ``precision`` from the first kind the service names
    (Nominatim ``addresstype``/``type``/``class``; Photon ``type``; OpenCage
    ``_type``; Google ``types``), else ``"point"``; ``radius_km`` from
    Nominatim's ``boundingbox``, else :data:`FALLBACK_RADIUS_KM`;
    ``country_code`` from Nominatim ``address.country_code`` (requested with
    ``addressdetails=1``), Photon ``countrycode``, OpenCage / GeoNames fields,
    else None. The country hint is sent as the service's country filter where
    geopy has one (Nominatim ``country_codes``); elsewhere it is ignored.

    >>> g = GeopyGeocoder("nominatim")
    >>> g.name, g.client.headers["User-Agent"] == default_user_agent()
    ('nominatim', True)
    """

    def __init__(self, service: str = "nominatim", *, user_agent: str | None = None,
                 geocode_options: Mapping[str, Any] | None = None, **service_options: Any):
        try:
            cls = get_geocoder_for_service(service)
        except gexc.GeocoderNotFound:
            raise _unknown(service) from None
        self.name = service.lower()
        self.geocode_options = dict(geocode_options or {})
        self.service_options = dict(service_options)
        service_options.setdefault("timeout", 10)
        self.client = cls(user_agent=default_user_agent(user_agent), **service_options)

    @property
    def cache_options(self) -> dict[str, Any]:
        """Options that can change the answer (secrets and transport settings left out)."""
        transport = {"api_key", "user_agent", "timeout", "proxies", "ssl_context",
                     "adapter_factory", "scheme", "username", "client_id", "secret_key",
                     "auth_id", "auth_token", "apikey", "app_id", "app_code"}
        opts = {k: v for k, v in self.service_options.items() if k not in transport}
        return {**opts, **self.geocode_options}

    def geocode(self, query: str, *, country: str | None = None,
                context: Sequence[tuple[float, float]] = ()) -> GeocodeResult:
        """Ask the service once; geopy errors propagate (see class docstring)."""
        kwargs = {**_country_filter(self.name, country), **self.geocode_options}
        location = self.client.geocode(query, exactly_one=True, **kwargs)
        if location is None:
            raise UnresolvedPlace(query, "the service found no place of that name", suggestions=())
        raw = location.raw if isinstance(location.raw, dict) else {}
        lat, lon = float(location.latitude), float(location.longitude)
        precision = _precision(raw)
        radius = _bbox_radius_km(raw.get("boundingbox"))
        importance = raw.get("importance")
        return GeocodeResult(
            query=query,
            name=str(raw.get("name") or (location.address or query).split(",")[0]).strip(),
            lat=lat,
            lon=lon,
            country_code=_country_code(raw),
            precision=precision,
            match="online",
            score=(min(max(float(importance), 0.0), 1.0) if importance is not None
                   else DEFAULT_SCORE),
            source=self.name,
            radius_km=radius if radius is not None else FALLBACK_RADIUS_KM[precision],
            ref=(f"osm:{raw['osm_type']}/{raw['osm_id']}"
                 if raw.get("osm_type") and raw.get("osm_id") else ""),
        )


def _country_filter(service: str, country: str | None) -> dict[str, Any]:
    """Keyword arguments restricting *service* to *country*, in its own spelling."""
    kw: dict[str, Any] = {}
    if service in ("nominatim", "openmapquest", "pickpoint"):
        kw["addressdetails"] = True  # the only way Nominatim tells the country code
    if not country:
        return kw
    if service in ("nominatim", "openmapquest", "pickpoint"):
        kw["country_codes"] = country.lower()
    elif service == "geolake":
        kw["country_codes"] = country.upper()
    elif service in ("geonames", "mapbox", "opencage", "geokeo"):
        kw["country"] = country.lower() if service in ("opencage", "geokeo") else country.upper()
    elif service in ("pelias", "geocodeearth"):
        kw["countries"] = [country.upper()]
    return kw


def _kinds(raw: Mapping[str, Any]) -> list[str]:
    """Place-kind words from a raw answer, most specific field first."""
    props = raw.get("properties") if isinstance(raw.get("properties"), dict) else {}
    comps = raw.get("components") if isinstance(raw.get("components"), dict) else {}
    kinds = [raw.get("addresstype"), raw.get("type"), raw.get("class"),
             props.get("type"), props.get("osm_value"), comps.get("_type")]
    if isinstance(raw.get("types"), list):
        kinds += raw["types"]
    return [k.lower() for k in kinds if isinstance(k, str)]


def _precision(raw: Mapping[str, Any]) -> str:
    for kind in _kinds(raw):
        if kind in _PRECISION_OF_KIND:
            return _PRECISION_OF_KIND[kind]
    return "point"


def _country_code(raw: Mapping[str, Any]) -> str | None:
    address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
    props = raw.get("properties") if isinstance(raw.get("properties"), dict) else {}
    comps = raw.get("components") if isinstance(raw.get("components"), dict) else {}
    for code in (address.get("country_code"), props.get("countrycode"),
                 comps.get("ISO_3166-1_alpha-2"), raw.get("countryCode")):
        if isinstance(code, str) and len(code) == 2 and code.isalpha():
            return code.upper()
    return None


def _bbox_radius_km(bbox: Any) -> float | None:
    """Half the diagonal of Nominatim's ``[south, north, west, east]`` box, or None."""
    try:
        south, north, west, east = (float(v) for v in bbox)
    except (TypeError, ValueError):
        return None
    # the great-circle distance between the corners (south, west) and (north, east)
    return round(haversine_km(south, west, north, east) / 2, 1)


# --------------------------------------------------------------------------- cache

def _normalize(query: str) -> str:
    return " ".join(unicodedata.normalize("NFC", query).casefold().split())


class GeocodeCache:
    """Answers of online geocoders (hits and "not found") kept in one sqlite file.

    Keyed by service, normalized query, country hint and the options that change
    answers; values are JSON. Entries never expire: delete the file to refresh.

    Parameters
    ----------
    path : the sqlite file; its directory is created if missing.

    >>> import tempfile
    >>> c = GeocodeCache(Path(tempfile.mkdtemp()) / "c.sqlite")
    >>> k = c.key("nominatim", "  Kyiv ", "ua", {})
    >>> c.put(k, {"found": False, "reason": "none"}); c.get(k)
    {'found': False, 'reason': 'none'}
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as con, con:
            con.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY,"
                        " service TEXT, query TEXT, value TEXT NOT NULL, stored REAL)")

    def _connect(self) -> sqlite3.Connection:
        # A short-lived connection per call: safe across threads and processes,
        # and its cost is nothing next to a rate-limited request.
        return sqlite3.connect(self.path, timeout=30)

    @staticmethod
    def key(service: str, query: str, country: str | None, options: Mapping[str, Any]) -> str:
        """A stable key; hashed so that no option value is stored in clear."""
        parts = [service.lower(), _normalize(query), (country or "").upper(), dict(options)]
        blob = json.dumps(parts, sort_keys=True, default=repr, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def get(self, key: str) -> dict | None:
        """The stored value, or None."""
        with closing(self._connect()) as con:
            row = con.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, value: dict, *, service: str = "", query: str = "") -> None:
        """Store *value* (JSON-serializable) under *key*, replacing any old one."""
        with closing(self._connect()) as con, con:
            con.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                        (key, service, query, json.dumps(value, ensure_ascii=False), time.time()))


# --------------------------------------------------------------------------- wrapper

def _retryable(error: BaseException) -> bool:
    """Whether another try may succeed: the network or the service may recover within seconds."""
    if isinstance(error, gexc.GeocoderQuotaExceeded):
        # HTTP 429 passes in seconds; a spent daily quota does not.
        return isinstance(error, gexc.GeocoderRateLimited)
    # A bad key, missing rights or a malformed query fail the same way every time.
    return isinstance(error, (gexc.GeocoderTimedOut, gexc.GeocoderUnavailable, gexc.GeocoderServiceError)) \
        and not isinstance(error, (gexc.GeocoderAuthenticationFailure, gexc.GeocoderInsufficientPrivileges,
                                   gexc.GeocoderQueryError))


def _one_line(error: BaseException) -> str:
    return f"{type(error).__name__}: " + " ".join(str(error).split())


class Polite(Geocoder):
    """Wrap a geocoder with rate limiting, retries with backoff and a persistent cache.

    Parameters
    ----------
    inner : the geocoder to wrap (usually a :class:`GeopyGeocoder`).
    min_delay : least seconds between the starts of two requests (1.0: Nominatim's policy).
    max_retries : retries after the first attempt on transient errors.
    backoff : seconds before the first retry, doubled for each next one; a 429
        answer's ``retry_after`` is waited instead when longer.
    cache : a :class:`GeocodeCache`, or None for no cache.
    clock, sleep : monotonic seconds and a sleep function (injectable for tests).

    Raises :class:`~geo.errors.GeocoderServiceError` when retries are spent or
    the error is permanent (bad key, no rights, bad query); a cache hit makes no
    request and does not wait.

    >>> p = Polite(GeopyGeocoder("nominatim"), cache=None)
    >>> p.name, p.min_delay, p.max_retries
    ('nominatim', 1.0, 2)
    """

    def __init__(self, inner: Geocoder, *, min_delay: float = 1.0, max_retries: int = 2,
                 backoff: float = 1.0, cache: GeocodeCache | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        if min_delay < 0 or max_retries < 0 or backoff < 0:
            raise ValueError("min_delay, max_retries and backoff must be >= 0")
        self.inner = inner
        self.name = inner.name
        self.min_delay = float(min_delay)
        self.max_retries = int(max_retries)
        self.backoff = float(backoff)
        self.cache = cache
        self._clock = clock
        self._sleep = sleep
        self._last_start: float | None = None
        self._lock = threading.Lock()  # one request at a time keeps the spacing honest

    def geocode(self, query: str, *, country: str | None = None,
                context: Sequence[tuple[float, float]] = ()) -> GeocodeResult:
        """Resolve one name: from the cache, else from the service, politely."""
        key = None
        if self.cache is not None:
            key = self.cache.key(self.name, query, country,
                                 getattr(self.inner, "cache_options", {}))
            cached = self.cache.get(key)
            if cached is not None:
                return _from_cached(query, cached)
        try:
            result = self._ask(query, country, context)
        except UnresolvedPlace as miss:
            if key is not None:
                self.cache.put(key, {"found": False, "reason": miss.reason,
                                     "suggestions": list(miss.suggestions)},
                               service=self.name, query=query)
            raise
        if key is not None:
            value = asdict(result)
            value.pop("candidates", None)
            self.cache.put(key, {"found": True, "result": value}, service=self.name, query=query)
        return result

    def _ask(self, query: str, country: str | None,
             context: Sequence[tuple[float, float]]) -> GeocodeResult:
        with self._lock:
            for attempt in range(self.max_retries + 1):
                self._wait_for_slot()
                try:
                    return self.inner.geocode(query, country=country, context=context)
                except gexc.GeopyError as error:
                    if not _retryable(error):
                        raise GeocoderServiceError(
                            f"{self.name}: {_one_line(error)} (not retried); {_OFFLINE_HINT}") from error
                    if attempt == self.max_retries:
                        raise GeocoderServiceError(
                            f"{self.name}: gave up on {query!r} after {attempt + 1} attempts;"
                            f" last error {_one_line(error)}; {_OFFLINE_HINT}") from error
                    wait = self.backoff * 2 ** attempt
                    retry_after = getattr(error, "retry_after", None)
                    if retry_after:
                        wait = max(wait, float(retry_after))
                    self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait_for_slot(self) -> None:
        now = self._clock()
        if self._last_start is not None:
            wait = self._last_start + self.min_delay - now
            if wait > 0:
                self._sleep(wait)
                now = self._clock()
        self._last_start = now


def _from_cached(query: str, cached: Mapping[str, Any]) -> GeocodeResult:
    if not cached.get("found"):
        raise UnresolvedPlace(query, cached.get("reason", "not found"),
                              suggestions=cached.get("suggestions", ()))
    # The stored query may differ in case or spacing; report the one asked.
    return replace(GeocodeResult(**cached["result"]), query=query)


# --------------------------------------------------------------------------- factory

def make_geocoder(name: str = "gazetteer", *, min_delay: float = 1.0, max_retries: int = 2,
                  cache: bool | str | os.PathLike[str] = True, user_agent: str | None = None,
                  **options: Any) -> Geocoder:
    """Build a geocoder by name: the offline gazetteer or a polite, cached geopy service.

    Parameters
    ----------
    name : ``"gazetteer"`` (or ``"offline"``), or any geopy service name.
    min_delay, max_retries : see :class:`Polite` (1 request/s suits every
        service; faster ones may lower it).
    cache : True for :func:`default_cache_path`, False for none, or a file path.
    user_agent : see :func:`default_user_agent`.
    **options : for the gazetteer, passed to ``OfflineGeocoder``; for a service,
        passed to :class:`GeopyGeocoder` (``api_key``, ``geocode_options`` ...).

    >>> make_geocoder("nominatim", cache=False).name
    'nominatim'
    >>> make_geocoder("nominatm")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    geo.geocoders.online.UnknownGeocoderError: unknown geocoder 'nominatm'; did you mean 'nominatim'? ...
    """
    key = name.strip().lower()
    if key in OFFLINE_NAMES:
        from .offline import OfflineGeocoder  # imported late: online use must not need it
        return OfflineGeocoder(**options)
    if key not in SERVICE_TO_GEOCODER:
        raise _unknown(name)
    store = None
    if cache is True:
        store = GeocodeCache(default_cache_path())
    elif cache:
        store = GeocodeCache(cache)
    options = {**options, **_credentials(key, options)}
    try:
        inner = GeopyGeocoder(key, user_agent=user_agent, **options)
    except gexc.ConfigurationError as exc:  # geopy's own check of what the service needs
        raise MissingCredentialsError(f"geocoder {key!r}: {' '.join(str(exc).split())}; {_OFFLINE_HINT}") from None
    return Polite(inner, min_delay=min_delay, max_retries=max_retries, cache=store)
