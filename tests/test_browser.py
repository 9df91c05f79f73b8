"""The built map in a real headless Chromium, opened from disk with the network blocked.

Checks that the page loads without script errors, draws places, areas and
legs with a legend, shows hostile CSV text verbatim in popups without running
it, never turns a javascript: URL into a link, that the time control changes
what is shown, and that the offline basemap takes over when tiles fail.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_render import HOSTILE, NOTE, sample

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium; CI installs it)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")

from geo.render import build_map, save_map  # noqa: E402


@pytest.fixture(scope="module")
def map_file(tmp_path_factory) -> Path:
    stops, legs = sample()
    out = tmp_path_factory.mktemp("browser") / "map.html"
    return save_map(build_map(stops, legs, title="Browser test", build_note=NOTE), out)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A loaded map page with what it did: errors, dialogs, requests."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 860})
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", self._console)
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.geoMap && window.geoMap.ready", timeout=20_000)

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    def _console(self, msg):
        # Blocked tiles log "Failed to load resource": expected, and what the fallback is for.
        if msg.type == "error" and "Failed to load resource" not in msg.text:
            self.errors.append(f"console: {msg.text}")

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)


@pytest.fixture
def page(browser, map_file):
    p = Page(browser, map_file)
    yield p
    pwned = p.js("window.pwned")
    p.page.close()
    assert p.errors == [], p.errors
    assert p.dialogs == [], p.dialogs
    assert pwned is None


def test_loads_draws_and_explains(page):
    c = page.js("geoMap.counts()")
    assert c["places"] == 9 and c["points"] == 6 and c["areas"] == 3
    assert c["legs"] == 4 and c["reports"] == 9 and c["undated"] == 1
    assert page.js("document.querySelectorAll('canvas.geo-canvas').length") >= 3
    legend = page.page.locator(".geo-legend").inner_text()
    for text in ("Confirmed", "Reported", "Claimed", "Denied", "Sea", "Air", "Rail", "Road",
                 "Dashed circle", "only the country is known", "direction"):
        assert text in legend, text
    assert page.js("document.title") == "Browser test"
    assert "sha256:0123abcd" in page.page.locator(".geo-note").inner_text()
    # The page asked for nothing but tiles.
    others = [u for u in page.requests if not u.startswith(("file:", "data:"))]
    assert others and all(u.endswith(".png") and ("/{z}" not in u) for u in others), others
    assert all("basemaps.cartocdn.com" in u or "tile.openstreetmap.org" in u for u in others), others


def test_offline_fallback(page):
    page.page.wait_for_function("geoMap.state().offline", timeout=10_000)
    assert page.js("geoMap.state().basemap") == "plain"
    note = page.page.locator(".geo-offline")
    assert note.is_visible()
    assert note.inner_text() == "Tiles unavailable offline: showing country outlines"


def test_click_marker_opens_popup_with_source_link(page):
    p = page.js("geoMap.findPlace('Vladivostok')")
    pt = page.js("p => geoMap.placePoint(p)", p)
    page.page.mouse.click(pt["x"], pt["y"])
    pop = page.page.locator(".leaflet-popup-content .geo-pop")
    pop.wait_for(timeout=5_000)
    text = pop.inner_text()
    assert "Vladivostok" in text and "1,500" in text and "2024-10-08 – 2024-10-13" in text
    assert "A Truly Unholy Alliance" in text  # extra CSV column
    a = pop.locator("a")
    assert a.count() == 1
    assert a.get_attribute("href") == "https://example.org/hur"
    assert a.get_attribute("rel") == "noopener noreferrer" and a.get_attribute("target") == "_blank"


def test_hostile_text_is_verbatim_and_inert(page):
    h = HOSTILE
    place = h["script"] + h["img"]
    p = page.js("t => geoMap.findPlace(t)", place)
    assert p >= 0
    page.js("p => geoMap.openPlace(p)", p)
    got = page.js("""() => {
        const pop = document.querySelector('.leaflet-popup-content .geo-pop');
        const rows = {};
        pop.querySelectorAll('dt').forEach(dt => { rows[dt.textContent] = dt.nextElementSibling.textContent; });
        return {title: pop.querySelector('h4').textContent, rows: rows,
                note: pop.querySelector('blockquote').textContent,
                links: pop.querySelectorAll('a').length, imgs: pop.querySelectorAll('img, script').length};
    }""")
    assert got["title"] == place
    assert got["rows"]["Place as reported"] == place
    assert got["rows"]["Route"] == h["template"] + " · stop 1"
    assert got["rows"]["Source"] == h["jinja"] + h["mkdir"] + " — address (not a web link): " + h["img"]
    assert got["rows"][h["jinja"]] == h["template"]  # extra column: name and value
    assert got["note"] == h["path"] + h["quotes"] + h["lines"] + h["entity"]
    assert got["links"] == 0 and got["imgs"] == 0
    # The route list shows the hostile route name as text too.
    labels = page.js("[...document.querySelectorAll('.geo-routes label .t')].map(e => e.textContent)")
    assert h["template"] in labels
    assert page.js("window.pwned") is None
    assert page.js("document.querySelectorAll('img[src=x]').length") == 0


def test_javascript_url_is_not_a_link(page):
    page.js("p => geoMap.openPlace(p)", page.js("geoMap.findPlace('Khabarovsk')"))
    pop = page.page.locator(".leaflet-popup-content .geo-pop")
    assert pop.locator("a").count() == 0
    assert "address (not a web link): javascript:alert(1)" in pop.inner_text()
    assert page.js("[...document.querySelectorAll('a')].filter(a => /^\\s*javascript:/i.test(a.getAttribute('href') || '')).length") == 0


def test_leg_popup_and_distance(page):
    page.js("geoMap.openLeg(0)")
    text = page.page.locator(".leaflet-popup-content .geo-pop").inner_text()
    assert "North Korea → Vladivostok" in text and "900 km" in text and "Sea" in text


def test_time_control_event_and_reported(page):
    assert page.js("geoMap.state().range") == ["2024-09-01", "2024-12-01"]
    c = page.js("geoMap.setTime('2024-10-05')")
    assert (c["reports"], c["undated"], c["legs"]) == (4, 1, 1)
    c = page.js("geoMap.setTime(null)")
    assert c["reports"] == 9 and c["legs"] == 4
    c = page.js("geoMap.setMode('reported')")
    assert c["reports"] == 9
    c = page.js("geoMap.setTime('2024-10-18')")
    assert (c["reports"], c["legs"]) == (6, 2)
    # The slider itself: to its start, only the undated and the earliest remain.
    page.js("geoMap.setMode('event')")
    before = page.js("geoMap.counts().reports")
    page.js("""() => { const s = document.querySelector('.geo-time input[type=range]');
                       s.value = s.min; s.dispatchEvent(new Event('input', {bubbles: true})); }""")
    after = page.js("geoMap.counts()")
    assert before == 9 and after["reports"] == 2 and after["undated"] == 1
    assert "Up to 2024-09-01" in page.page.locator(".geo-time .when").inner_text()


def test_status_filter(page):
    denied = page.page.locator(".geo-layers label", has_text="Denied").locator("input")
    denied.uncheck()
    c = page.js("geoMap.counts()")
    assert c["legs"] == 3 and c["reports"] == 8
    denied.check()
    assert page.js("geoMap.counts().legs") == 4
