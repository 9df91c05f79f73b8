"""The map page is self-contained, reproducible, inert and written atomically.

The stops and legs are made by hand (GeocodeResult constructed directly) so
that these tests need no gazetteer; :func:`sample` is shared with
``test_browser.py``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geo.geocoders.base import GeocodeResult
from geo.records import Leg, Stop
from geo.render import build_map, map_data, save_map

ROOT = Path(__file__).resolve().parent.parent

#: Hostile texts that must be shown verbatim and run nothing, here or in a browser.
HOSTILE = {
    "script": "</script><script>window.pwned=1</script>",
    "img": '<img src=x onerror="window.pwned=1">',
    "template": "${window.pwned=1} `backtick` ${alert(1)}",
    "quotes": "\"double\" 'single' \\\" \\'",
    "path": "C:\\new\\table\\x41 \\u003c",
    "jinja": "{{ 7*7 }} {% if true %}J{% endif %} {# c #}",
    "mkdir": "{% set x = cycler.__init__.__globals__.os.mkdir('PWNED') %}",
    "lines": "a\u2028b\u2029c\r\nd",
    "entity": "&lt;b&gt; &amp; <!-- -->",
}


def _loc(name, lat, lon, precision="city", cc="RU", radius=0.0, doubt=""):
    return GeocodeResult(query=name, name=name, lat=lat, lon=lon, country_code=cc, precision=precision,
                         match="manual", score=1.0, source="test", radius_km=radius, doubt=doubt)


def sample():
    """(stops, legs) of a small hand-made map covering every drawing case.

    Rows: a country-precision start (North Korea), a sea leg to Vladivostok,
    a rail leg on to Khabarovsk, a region-precision claim (Kursk region),
    an undated report, an antimeridian-crossing air leg, an "area" row,
    and a row whose every text is hostile.
    """
    h = HOSTILE
    nk = Stop(row=2, place="North Korea", route="Sea transfer", seq=1, country="KP", date_start="2024-10-01",
              date_end="2024-10-01", reported="2024-10-18", status="reported", source="NIS via Yonhap",
              url="https://example.org/nis", note="The port is not named.",
              location=_loc("North Korea", 40.1, 127.2, "country", "KP", 300.0))
    vl = Stop(row=3, place="Vladivostok", route="Sea transfer", seq=2, date_start="2024-10-08",
              date_end="2024-10-13", reported="2024-10-18", mode="sea", troops=1500, status="confirmed",
              source="Ukraine HUR", url="https://example.org/hur", note="“initial tranche”",
              extra=(("article", "A Truly Unholy Alliance"),),
              location=_loc("Vladivostok", 43.11667, 131.9))
    kh = Stop(row=4, place="Khabarovsk", route="Sea transfer", seq=3, date_start="2024-10-20",
              reported="2024-11-02", mode="rail", status="claimed", source="Telegram channel",
              url="javascript:alert(1)",
              location=_loc("Khabarovsk", 48.48, 135.08, doubt="fuzzy match of 'Khabrovsk' (score 0.71)"))
    ku = Stop(row=5, place="Kursk region", route="Sea transfer", seq=4, date_start="2024-11-04",
              reported="2024-11-05", mode="rail", status="denied", source="Kremlin spokesman",
              location=_loc("Kursk Oblast", 51.5, 36.0, "region", "RU", 120.0))
    ud = Stop(row=6, place="Ussuriysk", status="reported", source="Ukraine HUR", note="no date given",
              location=_loc("Ussuriysk", 43.8, 131.95))
    an = Stop(row=7, place="Anadyr", route="Air bridge", seq=1, date_start="2024-09-01", reported="2024-09-02",
              status="reported", source="Flight tracker", location=_loc("Anadyr", 64.73, 177.5))
    ak = Stop(row=8, place="Nome", route="Air bridge", seq=2, date_start="2024-09-03", reported="2024-09-30",
              mode="air", status="reported", source="Flight tracker",
              location=_loc("Nome", 64.5, -165.4, cc="US"))
    ar = Stop(row=9, place="an airfield in western Russia", status="claimed", precision="area", radius_km=80.0,
              date_start="2024-12-01", reported="2024-12-02", source="Rybar",
              location=_loc("an airfield in western Russia", 54.0, 34.0, "region", "RU", 80.0))
    bad = Stop(row=10, place=h["script"] + h["img"], route=h["template"], seq=1, date_start="2024-10-10",
               reported="2024-10-11", status="reported", source=h["jinja"] + h["mkdir"], url=h["img"],
               note=h["path"] + h["quotes"] + h["lines"] + h["entity"], extra=((h["jinja"], h["template"]),),
               location=_loc("Hostile", 45.0, 40.0))
    stops = [nk, vl, kh, ku, ud, an, ak, ar, bad]
    legs = [
        Leg("Sea transfer", 1, nk, vl, "sea", "reported", 900.0, ()),
        Leg("Sea transfer", 2, vl, kh, "rail", "claimed", 600.0, ()),
        Leg("Sea transfer", 3, kh, ku, "rail", "denied", 6400.0, ()),
        Leg("Air bridge", 1, an, ak, "air", "reported", 1000.0, ()),
    ]
    return stops, legs


NOTE = {"input": "sha256:0123abcd", "gazetteer": "test-gazetteer 1"}


def build(tmp_path: Path, name="map.html", **kw) -> str:
    stops, legs = sample()
    out = save_map(build_map(stops, legs, title="Test <map> {{ 1 }}", build_note=NOTE, **kw), tmp_path / name)
    return out.read_text(encoding="utf-8")


def data_blob(html: str, packed: bool = False) -> dict:
    """The page's data, its columns unpacked as decode.js unpacks them (unless *packed*)."""
    m = re.search(r'<script type="application/json" id="geo-data">(.*?)</script>', html, re.S)
    assert m, "data blob missing"
    data = json.loads(m.group(1))
    for part in ("p", "st", "lg") if not packed else ():
        for name, col in data[part].items():
            if isinstance(col, dict) and "all" in col:
                data[part][name] = [col["all"]] * col["n"]
            elif isinstance(col, dict):
                data[part][name] = [sum(col["d"][:i + 1]) for i in range(len(col["d"]))]
    return data


def test_self_contained(tmp_path):
    html = build(tmp_path)
    assert not re.search(r"<script[^>]+src=", html), "no external script"
    assert not re.search(r"<link[^>]+href=", html), "no external stylesheet"
    for cdn in ("jquery", "bootstrap", "font-awesome", "fontawesome", "awesome-markers", "cdn.jsdelivr", "unpkg"):
        assert cdn not in html.lower(), cdn
    assert "url(images/" not in html, "Leaflet's images are inlined"
    assert "data:image/png;base64," in html
    assert "geoMapInit(" in html


def test_deterministic_in_process(tmp_path):
    a = build(tmp_path, "a.html")
    b = build(tmp_path, "b.html")
    assert a == b


def test_deterministic_across_processes(tmp_path):
    code = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
        "from pathlib import Path\n"
        "import test_render as t\n"
        "t.build(Path(sys.argv[3]), sys.argv[4])\n"
    )
    outs = []
    for name in ("p1.html", "p2.html"):
        env = dict(os.environ, PYTHONHASHSEED=str(len(outs) + 1))
        subprocess.run([sys.executable, "-c", code, str(ROOT), str(ROOT / "tests"), str(tmp_path), name],
                       check=True, env=env, cwd=tmp_path)
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    assert outs[0] == build(tmp_path, "p3.html").encode("utf-8")


def test_hostile_text_is_verbatim_data_and_runs_nothing_at_build(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    html = build(tmp_path)
    assert not (tmp_path / "PWNED").exists()
    assert not (ROOT / "PWNED").exists()
    # Nothing from the CSV appears raw: the blob escapes every syntax character.
    for bad in ("<img src=x", "</script><script>", "{{ 7*7 }}", "{% set", "${", "C:\\new"):
        assert bad not in html, bad
    raw = re.search(r'id="geo-data">(.*?)</script>', html, re.S).group(1)
    for ch in "<>&'`$\u2028\u2029":
        assert ch not in raw, repr(ch)
    assert "{{" not in raw and "{%" not in raw and "{#" not in raw
    data = data_blob(html)
    strings = set(data["s"])
    for text in HOSTILE.values():
        assert any(text in s for s in strings), text
    assert data["title"] == "Test <map> {{ 1 }}"
    assert "<title>" not in html  # the title is set from the data by textContent


def test_jinja_in_every_field_is_not_evaluated(tmp_path):
    stops, legs = sample()
    bad = stops[-1]
    data = map_data(stops, legs, title="{{ 7*7 }}", build_note={"{% x %}": "{{ y }}"}, plain_basemap=False)
    i = data["st"]["rw"].index(bad.row)
    assert data["s"][data["st"]["so"][i]] == HOSTILE["jinja"] + HOSTILE["mkdir"]
    html = build(tmp_path)
    blob = data_blob(html)
    assert blob["note"] == [list(kv) for kv in NOTE.items()]


def test_places_and_areas(tmp_path):
    data = data_blob(build(tmp_path))
    st, p = data["st"], data["p"]

    def kind(row):
        return p["k"][st["pl"][st["rw"].index(row)]]

    assert kind(2) == 2, "country precision: outline"
    assert kind(3) == 0, "city: a pin"
    assert kind(5) == 1, "region: dashed circle"
    assert kind(9) == 1, "area row: dashed circle"
    assert p["r"][st["pl"][st["rw"].index(9)]] == 80.0
    assert len(data["ol"]) == 1 and len(data["ol"][0]) >= 1
    assert len(data["lg"]["a"]) == 4
    assert data["lg"]["km"][0] == 900.0
    # javascript: URLs are flagged as not-a-link on the Python side too.
    assert st["ul"][st["rw"].index(4)] == 0 and st["ul"][st["rw"].index(3)] == 1
    assert data["bounds"][0][0] < 40.1 < data["bounds"][1][0]


def test_atomic_write_keeps_old_file(tmp_path, monkeypatch):
    stops, legs = sample()
    m = build_map(stops, legs, title="t", build_note=NOTE)
    target = tmp_path / "map.html"
    target.write_text("previous", encoding="utf-8")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        save_map(m, target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]
    monkeypatch.undo()
    save_map(m, target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]


def test_atomic_write_render_failure(tmp_path, monkeypatch):
    import geo.render as r

    stops, legs = sample()
    m = build_map(stops, legs, title="t", build_note=NOTE)
    target = tmp_path / "map.html"
    target.write_text("previous", encoding="utf-8")
    monkeypatch.setattr(r, "render_html", lambda m: (_ for _ in ()).throw(RuntimeError("render")))
    with pytest.raises(RuntimeError):
        save_map(m, target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_cdn_mode_links_leaflet_with_sri(tmp_path):
    html = build(tmp_path, cdn=True)
    js = re.search(r'<script src="(https://[^"]+leaflet\.js)" integrity="(sha384-[^"]+)" crossorigin="anonymous">', html)
    css = re.search(r'<link rel="stylesheet" href="(https://[^"]+leaflet\.css)" integrity="(sha384-[^"]+)"', html)
    assert js and css
    assert "leaflet@1.9.3" in js.group(1)
    assert "data:image/png;base64" not in html  # Leaflet's CSS is not inlined
    assert len(html) < len(build(tmp_path, "full.html")) / 2
    assert data_blob(html)["bm"] is None


def test_notebook_display():
    stops, legs = sample()
    m = build_map(stops, legs, title="t", build_note=NOTE)
    assert "<iframe" in m._repr_html_()


def test_stop_without_location_is_an_error():
    with pytest.raises(ValueError, match="geocode"):
        build_map([Stop(row=2, place="Nowhere")], [], title="t", build_note={})


def test_content_security_policy_hashes_every_inline_script(tmp_path):
    html = build(tmp_path)
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)" />', html)
    assert meta and html.index(meta.group(0)) < html.index("<script")
    policy = dict(p.split(" ", 1) for p in meta.group(1).split("; "))
    assert policy["default-src"] == "'none'"
    assert "unsafe" not in policy["script-src"] and "http" not in policy["script-src"]
    assert policy["img-src"] == "data: https://*.basemaps.cartocdn.com https://tile.openstreetmap.org"
    inline = [m.group(2) for m in re.finditer(r"<script( [^>]*)?>(.*?)</script>", html, re.S)
              if 'type="application/json"' not in (m.group(1) or "")]
    assert len(inline) >= 3  # folium's, Leaflet, ours
    allowed = policy["script-src"].split()
    for body in inline:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in allowed
    assert len(allowed) == len(set(inline))
    assert build(tmp_path, "again.html") == html  # deterministic, hashes included


def test_the_page_is_folium_s_own_rendering_with_the_policy_put_in_its_head():
    # render_html puts the data in after folium has rendered the page around it: the same page, byte for byte
    from geo.render import content_security_policy, render_html

    stops, legs = sample()
    m = build_map(stops, legs, title="</script>\x00{{ 7*7 }}", build_note=NOTE)
    plain = m.get_root().render()
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(plain)}" />'
    at = plain.index('charset=UTF-8" />') + len('charset=UTF-8" />')
    assert render_html(m) == plain[:at] + "\n    " + meta + plain[at:]
    assert m.get_root().render() == plain  # the map is left as it was: a notebook still shows its data
    assert render_html(m) == render_html(m)


def test_content_security_policy_with_cdn_names_only_leaflet(tmp_path):
    html = build(tmp_path, cdn=True)
    policy = dict(p.split(" ", 1) for p in re.search(r'Content-Security-Policy" content="([^"]+)"', html).group(1).split("; "))
    urls = [s for s in policy["script-src"].split() if not s.startswith("'sha256-")]
    assert len(urls) == 1 and urls[0].startswith("https://cdn.jsdelivr.net/npm/leaflet@") and urls[0].endswith("/leaflet.js")
    assert "unsafe" not in policy["script-src"]
    assert "cdn.jsdelivr.net" in policy["style-src"]


def test_focus_bounds_skip_whole_countries():
    stops, legs = sample()
    d = map_data(stops, legs, title="t", build_note={})
    (s, w), (n, e) = d["fb"]
    (S, W), (N, E) = d["bounds"]
    assert w <= 34.0 and n >= 64.5  # every place's centre is framed
    assert (e - w) <= (E - W) and (n - s) <= (N - S)


def test_doubt_and_left_out_reach_the_page(tmp_path):
    stops, legs = sample()
    html = save_map(build_map(stops, legs, title="t", build_note=NOTE, left_out=[(12, "Atlantis", "no place of that name")]),
                    tmp_path / "m.html").read_text(encoding="utf-8")
    d = data_blob(html)
    doubts = [d["s"][i] for i in d["st"]["dq"] if i]
    assert doubts == ["fuzzy match of 'Khabrovsk' (score 0.71)"]
    assert [[r, d["s"][p], d["s"][w]] for r, p, w in d["lo"]] == [[12, "Atlantis", "no place of that name"]]


def test_only_sea_legs_carry_their_drawn_track(tmp_path):
    """The page densifies great circles itself; a sea route is passed as its points, with what it is."""
    from geo.routes import PATH_GREAT_CIRCLE, PATH_NO_SEA, PATH_SEA, build_legs

    def stop(row, place, lat, lon, mode=None):
        return Stop(row=row, place=place, route="To Syria", seq=row, mode=mode, status="reported", source="t",
                    location=_loc(place, lat, lon))

    legs = build_legs([stop(2, "Sevastopol", 44.6167, 33.5254), stop(3, "Tartus", 34.889, 35.8866, "sea"),
                       stop(4, "Damascus", 33.5131, 36.2919, "road"), stop(5, "Kursk", 51.7304, 36.1926, "sea")])
    assert [g.path_kind for g in legs] == [PATH_SEA, PATH_GREAT_CIRCLE, PATH_NO_SEA]
    stops = [g.start for g in legs] + [legs[-1].end]
    lg = data_blob(save_map(build_map(stops, legs, title="t", build_note=NOTE), tmp_path / "m.html")
                   .read_text(encoding="utf-8"))["lg"]
    d = map_data(stops, legs, title="t", build_note=NOTE)
    assert lg == d["lg"]
    assert [d["s"][k] for k in lg["pk"]] == [PATH_SEA, PATH_GREAT_CIRCLE, PATH_NO_SEA]
    sea, gc, no_sea = lg["pt"]
    assert gc is None and no_sea is None  # a great circle, drawn by the page
    assert sea == [v for pt in legs[0].path for v in pt] and len(sea) > 50
    assert sea[:2] == [44.6167, 33.5254] and sea[-2:] == [34.889, 35.8866]
    assert all(round(v, 5) == v for v in sea)
    assert not any(36.5 < lat < 42 and 32 < lon < 37 for lat, lon in zip(sea[::2], sea[1::2]))  # not over Anatolia


@pytest.mark.parametrize("reported,name,match,label", [
    ("Tartus", "Ţarţūs", "exact", "Tartus"),  # the same name, as the reader spells it
    ("Tartous", "Ţarţūs", "alias", "Tartous"),  # another name of it, in Latin letters: as reported
    ("Tartos", "Ţarţūs", "fuzzy", "Tartus"),  # a misspelling: the gazetteer's name, in Latin letters
    ("the Gomel region", "Homieĺskaja voblasć", "alias", "the Gomel region"),
    ("Khabrovsk", "Khabarovsk", "fuzzy", "Khabarovsk"),  # one name for the spellings of one place
    ("Владивосток", "Vladivostok", "alias", "Vladivostok"),
    ("Харків", "Харків", "exact", "Kharkiv"),
    ("an airfield  in western Russia", "an airfield in western Russia", "manual", "an airfield in western Russia"),
])
def test_labels_use_the_english_form_or_the_name_as_reported(reported, name, match, label):
    from geo.render import place_label

    loc = GeocodeResult(reported, name, 34.9, 35.9, "SY", "city", match, 0.9, "test")
    stop = Stop(row=2, place=reported, location=loc)
    assert place_label(stop) == label
    d = map_data([stop], [], title="t", build_note={})
    assert [d["s"][i] for i in d["p"]["lb"]] == [label]


def _water(radius=1200.0):
    return Stop(row=2, place="Mediterranean Sea", source="t",
                location=GeocodeResult("Mediterranean Sea", "Mediterranean Sea", 35.0, 18.0, None, "region", "exact",
                                       0.99, "test", radius_km=radius, kind="water"))


def test_a_water_body_is_a_symbol_at_its_point_not_a_circle_over_the_land():
    from geo.render import KIND_CIRCLE, KIND_WATER

    d = map_data([_water()], [], title="t", build_note={})
    assert d["p"]["k"] == [KIND_WATER] and d["s"][d["p"]["t"][0]] == "water"
    assert d["bounds"] == [[35.0, 18.0], [35.0, 18.0]]  # framed by its point, not by 1,200 km around it
    land = Stop(row=2, place="Libya", location=GeocodeResult("x", "x", 35.0, 18.0, None, "region", "exact", 0.99, "test",
                                                                radius_km=1200.0))
    assert map_data([land], [], title="t", build_note={})["p"]["k"] == [KIND_CIRCLE]


def test_columns_of_one_value_are_written_once_and_rows_as_differences(tmp_path):
    """At 100,000 stops a column of one value throughout took 0.2 to 0.5 MB of the page."""
    from geo.render import pack_columns

    stops = [Stop(row=r, place=f"P{r}", source="s", location=_loc(f"P{r}", 40 + r / 100, 30.0)) for r in range(2, 502)]
    legs = [Leg("r", i, a, b, "road", "reported", 1.0, ()) for i, (a, b) in enumerate(zip(stops, stops[1:]), 1)]
    html = save_map(build_map(stops, legs, title="t", build_note={}), tmp_path / "m.html").read_text(encoding="utf-8")
    packed = data_blob(html, packed=True)
    assert packed["st"]["rk"] == {"all": None, "n": 500} and packed["st"]["dq"] == {"all": 0, "n": 500}
    assert packed["st"]["rw"] == {"d": [2] + [1] * 499} and packed["lg"]["b"] == {"d": [1] + [1] * 498}
    assert "t" not in packed["st"] and "tr" not in packed["st"]  # the page reads the days from the date texts
    assert data_blob(html) == map_data(stops, legs, title="t", build_note={})
    assert pack_columns({"st": {"x": [7]}}) == {"st": {"x": [7]}}  # one value once is no column of one value


def test_a_facility_is_a_point_with_its_kinds_symbol_and_only_kinds_present_are_sent():
    from geo.render import KIND_POINT

    air = GeocodeResult("Ukrainka air base", "Ukrainka", 51.17, 128.45, "RU", "region", "exact", 0.99, "test",
                        radius_km=30.0, kind="airbase")
    town = _loc("Khabarovsk", 48.48, 135.08)
    d = map_data([Stop(row=2, place="Ukrainka air base", location=air), Stop(row=3, place="Khabarovsk", location=town)],
                 [], title="t", build_note={})
    assert d["p"]["k"] == [KIND_POINT, KIND_POINT]  # an air base is a point of its own, not a region's circle
    assert [d["s"][i] for i in d["p"]["t"]] == ["airbase", ""]
    assert list(d["sym"]) == ["airbase"] and d["sym"]["airbase"]["label"] == "Air base"
    assert all(len(line) % 2 == 0 and all(-1 <= v <= 1 for v in line) for line in d["sym"]["airbase"]["lines"])
    assert map_data([Stop(row=3, place="Khabarovsk", location=town)], [], title="t", build_note={})["sym"] == {}


def test_a_plant_is_a_facility_with_a_symbol_of_its_own():
    from geo.symbols import FACILITIES

    npp = GeocodeResult("Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia NPP", 47.512, 34.586, "UA", "point", "exact",
                        0.97, "test", kind="plant")
    d = map_data([Stop(row=2, place="Zaporizhzhia NPP", location=npp)], [], title="t", build_note={})
    assert [d["s"][i] for i in d["p"]["t"]] == ["plant"] and d["sym"]["plant"]["label"] == "Plant"
    lines = d["sym"]["plant"]["lines"]
    assert all(len(line) % 2 == 0 and all(-1 <= v <= 1 for v in line) for line in lines)
    assert all(lines != glyph for k, (_, glyph) in FACILITIES.items() if k != "plant")  # no other kind's glyph


def test_what_moved_goes_to_the_page_only_when_the_stops_say_it():
    from dataclasses import replace

    stops, legs = sample()
    plain = map_data(stops, legs, title="t", build_note={})
    assert not {"wh", "wt", "wd"} & set(plain["st"]) and "moved" not in plain  # a file without the columns
    said = list(stops)  # two stops that no leg joins (a leg knows its stops by identity)
    said[4] = replace(stops[4], what="about 6,700 containers of munitions", moved="materiel")
    said[7] = replace(stops[7], moved="people", moved_from="troops")
    d = map_data(said, legs, title="t", build_note={})
    assert d["moved"] == ["", "people", "materiel", "both"]
    classes = [d["moved"][i] for i in d["st"]["wh"]]
    assert [classes[i] for i in (3, 4, 7)] == ["", "materiel", "people"]
    assert [d["s"][d["st"]["wt"][i]] for i in (3, 4, 7)] == ["", "about 6,700 containers of munitions", ""]
    assert [d["s"][d["st"]["wd"][i]] for i in (3, 4, 7)] == ["", "", "troops"]
    # everything else is as it was: the new columns are added, nothing moves
    assert {k: v for k, v in d["st"].items() if k not in ("wh", "wt", "wd")} == plain["st"]
    assert d["s"][:len(plain["s"])] == plain["s"]


def _katottg_note() -> str:
    """The note the gazetteer gives a KATOTTG village (geo.gazetteer.katottg.note), of a one-village index."""
    from types import SimpleNamespace

    from geo.gazetteer import katottg
    from geo.gazetteer.index import ADMIN1, ADMIN2, CITY

    idx = SimpleNamespace(kind=[CITY, ADMIN2, ADMIN1], radius=[35.0, 35.0, 0.0], refs={0: "katottg:UA2310"},
                          adm1=[2, -1, -1], adm2=[1, -1, -1],
                          names=["Robotyne", "Tokmatska hromada", "Zaporizka oblast"])
    return katottg.note(idx, 0)


def test_a_leg_wholly_inside_a_stand_ins_area_is_counted_as_not_drawn():
    """Robotyne (35 km round Tokmak, a stand-in) -> Tokmak: cut at the circle's edge nothing of the leg is left, so the
    page cannot draw it; the data says how many such legs there are ("nd"), so the page can say so (review M3). A leg
    into the area from outside is drawn (cut at the edge), and a map without any leaves its data as it was."""
    from geo.render import legs_not_drawn
    from geo.routes import build_legs

    def stop(row, place, loc, route):
        return Stop(row=row, place=place, route=route, seq=row, source="ISW", location=loc)

    robotyne = _loc("Robotyne", 47.25554, 35.70836, "region", "UA", 35.0, doubt=_katottg_note())
    inside = [stop(2, "Robotyne", robotyne, "a"), stop(3, "Tokmak", _loc("Tokmak", 47.25554, 35.70836, cc="UA"), "a")]
    into = [stop(4, "Zaporizhzhia", _loc("Zaporizhzhia", 47.8388, 35.1396, cc="UA"), "b"),
            stop(5, "Robotyne", robotyne, "b")]
    legs = build_legs(inside + into)
    assert len(legs) == 2
    assert legs_not_drawn(legs) == [i for i, g in enumerate(legs) if g.start.row == 2]
    assert map_data(inside + into, legs, title="t", build_note={})["nd"] == 1
    assert "nd" not in map_data(into, build_legs(into), title="t", build_note={})


def test_a_village_drawn_round_another_towns_point_is_a_stand_in_and_a_region_is_not():
    """The page draws no dot, label or leg end at a stand-in's centre (decode.js clipLeg); only such places
    are marked, so a region's map is written as before."""
    note = _katottg_note()
    village = Stop(row=2, place="Robotyne", source="ISW", location=_loc("Robotyne", 47.25554, 35.70836, "region", "UA",
                                                                         35.0, doubt=note))
    hromada = Stop(row=3, place="Tokmatska hromada", source="ISW",
                   location=_loc("Tokmatska hromada", 47.25554, 35.70836, "region", "UA", 35.0))
    near_town = Stop(row=4, place="Orikhiv", source="ISW", precision="area", radius_km=10.0,
                     location=_loc("Orikhiv", 47.57613, 35.78333, "city", "UA"))
    d = map_data([village, hromada, near_town], [], title="t", build_note={})
    assert d["p"]["si"] == [1, 0, 0]  # the village and its hromada, at one point, are two places
    assert d["p"]["k"] == [1, 1, 1]
    d = map_data([hromada, near_town], [], title="t", build_note={})
    assert "si" not in d["p"]
