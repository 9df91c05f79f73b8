"""Tests for geo.geocoders.online: geopy is mocked and any socket use fails the test."""

from __future__ import annotations

import socket
import sys
import types
import warnings

import pytest
from geopy import exc as gexc
from geopy.geocoders import Nominatim, Photon
from geopy.location import Location

from geo.errors import GeocoderServiceError, GeoError, UnresolvedPlace
from geo.geocoders.online import (
    DEFAULT_SCORE,
    GeocodeCache,
    GeopyGeocoder,
    Polite,
    UnknownGeocoderError,
    make_geocoder,
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test loudly."""
    def refuse(*args, **kwargs):
        raise AssertionError("a test tried to open a network connection")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GEO_USER_AGENT", raising=False)


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Script:
    """Stands in for Nominatim.geocode: replays answers (Location, None or an exception)."""

    def __init__(self, answers, fake_time: FakeTime | None = None):
        self.answers = list(answers)
        self.calls: list[tuple[str, dict]] = []
        self.started: list[float] = []
        self.fake_time = fake_time

    def __call__(self, query, **kwargs):
        self.calls.append((query, kwargs))
        if self.fake_time is not None:
            self.started.append(self.fake_time.now)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, BaseException):
            raise answer
        return answer


def nominatim_location(name="Khabarovsk", lat=48.4814, lon=135.0721, addresstype="city",
                       cls="boundary", typ="administrative", importance=0.62,
                       bbox=("48.3", "48.6", "134.9", "135.3"), cc="ru"):
    raw = {"place_id": 1, "osm_type": "relation", "osm_id": 2734530, "lat": str(lat),
           "lon": str(lon), "class": cls, "type": typ, "addresstype": addresstype,
           "name": name, "display_name": f"{name}, Somewhere", "importance": importance,
           "boundingbox": list(bbox), "address": {"country_code": cc}}
    return Location(f"{name}, Somewhere", (lat, lon, 0.0), raw)


@pytest.fixture
def fake_time():
    return FakeTime()


def scripted(monkeypatch, answers, fake_time=None) -> Script:
    script = Script(answers, fake_time)
    # A plain function, so that it binds like the method it replaces.
    monkeypatch.setattr(Nominatim, "geocode", lambda client, query, **kw: script(query, **kw))
    return script


def polite(fake_time, cache=None, **kw) -> Polite:
    return Polite(GeopyGeocoder("nominatim"), cache=cache, clock=fake_time.clock,
                  sleep=fake_time.sleep, **kw)


def test_network_guard_really_refuses():
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("example.invalid", 80))


def test_nominatim_answer_is_mapped(monkeypatch):
    script = scripted(monkeypatch, [nominatim_location()])
    result = GeopyGeocoder("nominatim").geocode("Khabarovsk", country="RU")
    assert (result.lat, result.lon) == (48.4814, 135.0721)
    assert result.name == "Khabarovsk"
    assert result.country_code == "RU"
    assert result.precision == "city"
    assert result.match == "online" and result.source == "nominatim"
    assert result.score == pytest.approx(0.62)
    assert 15 < result.radius_km < 30  # half the diagonal of a ~33 x 30 km box
    assert result.ref == "osm:relation/2734530"
    query, kwargs = script.calls[0]
    assert query == "Khabarovsk"
    assert kwargs["country_codes"] == "ru"
    assert kwargs["addressdetails"] is True and kwargs["exactly_one"] is True


@pytest.mark.parametrize("addresstype, cls, typ, expected", [
    ("country", "boundary", "administrative", "country"),
    ("state", "boundary", "administrative", "region"),
    ("province", "boundary", "administrative", "region"),
    ("town", "place", "town", "city"),
    ("village", "place", "village", "city"),
    ("road", "highway", "primary", "point"),
    (None, "place", "city", "city"),  # older Nominatim: no addresstype
])
def test_nominatim_precision(monkeypatch, addresstype, cls, typ, expected):
    scripted(monkeypatch, [nominatim_location(addresstype=addresstype, cls=cls, typ=typ)])
    assert GeopyGeocoder("nominatim").geocode("x").precision == expected


def test_other_service_best_effort(monkeypatch):
    raw = {"geometry": {"coordinates": [30.52, 50.45]},
           "properties": {"name": "Kyiv", "type": "city", "countrycode": "UA"}}
    monkeypatch.setattr(Photon, "geocode",
                        lambda self, q, **kw: Location("Kyiv, Ukraine", (50.45, 30.52, 0), raw))
    result = GeopyGeocoder("photon").geocode("Kyiv", country="UA")
    assert (result.lat, result.lon) == (50.45, 30.52)
    assert result.precision == "city" and result.country_code == "UA"
    assert result.score == DEFAULT_SCORE
    assert result.radius_km > 0  # no bounding box: the documented fallback


def test_not_found_is_unresolved(monkeypatch):
    scripted(monkeypatch, [None])
    with pytest.raises(UnresolvedPlace) as info:
        GeopyGeocoder("nominatim").geocode("Nowhereburg")
    assert info.value.query == "Nowhereburg"
    assert "no place of that name" in str(info.value)
    assert info.value.suggestions == ()


def test_timeout_then_success_is_retried(monkeypatch, fake_time):
    script = scripted(monkeypatch, [gexc.GeocoderTimedOut("slow"), nominatim_location()])
    result = polite(fake_time).geocode("Khabarovsk")
    assert result.name == "Khabarovsk"
    assert len(script.calls) == 2
    assert fake_time.sleeps == [1.0]  # first backoff step


def test_http_429_retry_after_is_honored(monkeypatch, fake_time):
    script = scripted(monkeypatch, [gexc.GeocoderRateLimited("429", retry_after=30),
                                    nominatim_location()], fake_time)
    polite(fake_time).geocode("Khabarovsk")
    assert len(script.calls) == 2
    assert script.started[1] - script.started[0] >= 30
    assert 30 in fake_time.sleeps


def test_retries_exhausted_raise_service_error(monkeypatch, fake_time):
    script = scripted(monkeypatch, [gexc.GeocoderUnavailable("connection refused")])
    with pytest.raises(GeocoderServiceError) as info:
        polite(fake_time).geocode("Khabarovsk")
    message = str(info.value)
    assert "nominatim" in message and "GeocoderUnavailable" in message
    assert "connection refused" in message and "\n" not in message
    assert len(script.calls) == 3  # first try + max_retries=2
    assert fake_time.sleeps == [1.0, 2.0]  # exponential backoff
    assert isinstance(info.value, RuntimeError)


@pytest.mark.parametrize("error", [gexc.GeocoderAuthenticationFailure("bad key"),
                                   gexc.GeocoderQuotaExceeded("daily quota spent, bad key")])
def test_permanent_failures_are_not_retried(monkeypatch, fake_time, error):
    script = scripted(monkeypatch, [error])
    with pytest.raises(GeocoderServiceError, match="nominatim.*bad key.*not retried"):
        polite(fake_time).geocode("Khabarovsk")
    assert len(script.calls) == 1
    assert fake_time.sleeps == []


def test_uncached_calls_are_spaced_one_second(monkeypatch, fake_time):
    script = scripted(monkeypatch, [nominatim_location()], fake_time)
    geocoder = polite(fake_time)
    geocoder.geocode("Khabarovsk")
    geocoder.geocode("Blagoveshchensk")
    geocoder.geocode("Vladivostok")
    gaps = [b - a for a, b in zip(script.started, script.started[1:])]
    assert len(gaps) == 2 and all(gap >= 1.0 for gap in gaps)


def test_cache_hit_makes_no_request_and_survives_a_new_process(monkeypatch, fake_time, tmp_path):
    script = scripted(monkeypatch, [nominatim_location()], fake_time)
    path = tmp_path / "answers.sqlite"
    first = polite(fake_time, cache=GeocodeCache(path))
    assert first.geocode("Khabarovsk", country="RU").country_code == "RU"
    again = first.geocode("  khabarovsk ", country="ru")
    assert len(script.calls) == 1
    assert again.query == "  khabarovsk " and again.lat == 48.4814

    sleeps_before = list(fake_time.sleeps)
    fresh = polite(fake_time, cache=GeocodeCache(path))  # as a new process would
    assert fresh.geocode("Khabarovsk", country="RU").radius_km > 0
    assert len(script.calls) == 1 and fake_time.sleeps == sleeps_before

    fresh.geocode("Khabarovsk", country="KZ")  # another hint is another question
    assert len(script.calls) == 2


def test_not_found_is_cached(monkeypatch, fake_time, tmp_path):
    script = scripted(monkeypatch, [None])
    path = tmp_path / "answers.sqlite"
    for _ in range(2):
        with pytest.raises(UnresolvedPlace):
            polite(fake_time, cache=GeocodeCache(path)).geocode("Nowhereburg")
    assert len(script.calls) == 1


def test_options_that_change_answers_are_in_the_cache_key(monkeypatch, fake_time, tmp_path):
    script = scripted(monkeypatch, [nominatim_location()])
    cache = GeocodeCache(tmp_path / "answers.sqlite")
    for language in ("en", "ru"):
        inner = GeopyGeocoder("nominatim", geocode_options={"language": language})
        Polite(inner, cache=cache, clock=fake_time.clock, sleep=fake_time.sleep).geocode("Kyiv")
    assert len(script.calls) == 2
    assert script.calls[1][1]["language"] == "ru"


def test_make_geocoder_uses_env_cache_dir(monkeypatch, tmp_path):
    scripted(monkeypatch, [nominatim_location()])
    geocoder = make_geocoder("Nominatim", min_delay=0)
    assert isinstance(geocoder, Polite) and geocoder.name == "nominatim"
    geocoder.geocode("Khabarovsk")
    assert (tmp_path / "cache" / "online-geocode.sqlite").is_file()


def test_make_geocoder_offline_is_lazy(monkeypatch):
    fake = types.ModuleType("geo.geocoders.offline")
    fake.OfflineGeocoder = type("OfflineGeocoder", (), {"name": "gazetteer"})
    monkeypatch.setitem(sys.modules, "geo.geocoders.offline", fake)
    assert isinstance(make_geocoder(), fake.OfflineGeocoder)
    assert isinstance(make_geocoder("offline"), fake.OfflineGeocoder)


def test_unknown_service_suggests_closest():
    with pytest.raises(UnknownGeocoderError) as info:
        make_geocoder("nominatm")
    message = str(info.value)
    assert "did you mean 'nominatim'?" in message
    assert "gazetteer" in message and "photon" in message
    assert isinstance(info.value, ValueError) and isinstance(info.value, GeoError)
    with pytest.raises(UnknownGeocoderError):
        GeopyGeocoder("nope")


def test_user_agent_is_always_set(monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # geopy warns on its own default agent
        geocoder = make_geocoder("nominatim", cache=False)
    agent = geocoder.inner.client.headers["User-Agent"]
    assert agent.startswith("geo-reported-movements/") and "geopy" not in agent

    monkeypatch.setenv("GEO_USER_AGENT", "newsroom-maps/3 (ops@example.org)")
    assert GeopyGeocoder("nominatim").client.headers["User-Agent"] == \
        "newsroom-maps/3 (ops@example.org)"
    assert GeopyGeocoder("nominatim", user_agent="explicit/1").client.headers["User-Agent"] == \
        "explicit/1"
