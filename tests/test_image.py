"""geo image: the map as a picture to publish (PNG, SVG, PDF)."""

import re
import struct

import pytest

from geo.cli import main
from geo.geocoders.base import GeocodeResult
from geo.image import CAPTION, build_figure, save_figure
from geo.records import Stop
from geo.routes import build_legs

CSV = ("route,seq,place,country,lat,lon,precision,radius_km,mode,status,source\n"
       "r,1,Vladivostok,RU,43.10562,131.87353,,,,reported,Ukrainian intelligence <b>&amp;</b>\n"
       "r,2,an airfield in western Russia,RU,55,40,area,800,air,claimed,The New York Times\n"
       "r,3,Kursk,RU,51.73,36.19,,,rail,confirmed,NATO ($5 million & \"quotes\")\n"
       ",,Khabarovsk,RU,48.48,135.07,,,,denied,Kremlin spokesman\n")
SOURCES = ["Ukrainian intelligence <b>&amp;</b>", "The New York Times", 'NATO ($5 million & "quotes")',
           "Kremlin spokesman"]


@pytest.fixture
def csv(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def _svg_text(path) -> str:
    """Every text element of an SVG, in order, whitespace collapsed (wrapped lines joined)."""
    from xml.etree import ElementTree

    root = ElementTree.parse(path)  # well-formed XML: CSV text was escaped
    texts = ("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    return re.sub(r"\s+", " ", " ".join(texts))


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_same_input_gives_the_same_bytes(csv, tmp_path, suffix, capsys):
    a, b = tmp_path / f"a.{suffix}", tmp_path / f"b.{suffix}"
    assert main(["image", str(csv), "-o", str(a)]) == 0
    assert main(["image", str(csv), "-o", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert capsys.readouterr().out.splitlines()[-1] == f"{csv}: 4 stops, 2 legs, 0 left out -> {b}"
    assert not list(tmp_path.glob(".*.tmp"))  # atomic: no temporary file left behind


def test_default_output_is_a_png_at_least_1200_px_wide_beside_the_map(csv, tmp_path):
    assert main(["image", str(csv)]) == 0
    out = tmp_path / "maps" / "places.png"
    width, height = _png_size(out.read_bytes())
    assert width >= 1200 and height >= 600
    assert sorted(p.name for p in (tmp_path / "maps").iterdir()) == ["places.png"]


def test_svg_text_holds_title_caption_every_source_and_credits(csv, tmp_path):
    out = tmp_path / "map.svg"
    assert main(["image", str(csv), "-o", str(out), "--title", "Troops <script>alert(1)</script>"]) == 0
    text = _svg_text(out)
    assert "Troops <script>alert(1)</script>" in text
    assert CAPTION in text
    for source in SOURCES:
        assert source in text
    assert "Natural Earth" in text and "GeoNames" in text
    svg = out.read_text(encoding="utf-8")
    # Styles survive as SVG text styles: a bold title, an italic caption.
    assert re.search(r'<text style="font-weight: 700[^"]*"[^>]*>Troops &lt;script&gt;', svg)
    assert re.search(r'<text style="font-style: oblique[^"]*"[^>]*>As reported', svg)
    assert "km" in text  # the scale bar
    assert b"<script" not in out.read_bytes()
    # No date, no version: nothing that changes from one day to the next.
    assert b"<dc:date>" not in out.read_bytes()


def test_the_legend_says_what_confirmed_means(csv, tmp_path):
    # the guideline's confirmed includes a side's own official word: the legend must not promise verification
    out = tmp_path / "map.svg"
    assert main(["image", str(csv), "-o", str(out)]) == 0
    text = _svg_text(out)
    assert "Confirmed" in text and "by the mover, or verified" in text


def test_every_source_is_listed_even_when_wrapped(tmp_path):
    loc = GeocodeResult("Kursk", "Kursk", 51.73, 36.19, "RU", "city", "manual", 1.0, "csv")
    long = "A very long source name " * 5 + "END"
    fig = build_figure([Stop(row=2, place="Kursk", source=long, location=loc)], [], title="t")
    out = save_figure(fig, tmp_path / "x.svg")
    assert long + " (1 report)" in _svg_text(out)


def test_a_figure_is_framed_on_places_and_legs_not_on_country_extents():
    def at(row, place, lat, lon, precision="city", radius=0.0, **kw):
        loc = GeocodeResult(place, place, lat, lon, "RU", precision, "exact", 1.0, "gazetteer", radius_km=radius)
        return Stop(row=row, place=place, location=loc, **kw)

    stops = [at(2, "Vladivostok", 43.1, 131.9, route="r", seq=1), at(3, "Khabarovsk", 48.5, 135.1, route="r", seq=2),
             at(4, "Russia", 60.8, 99.5, precision="country", radius=2334.0)]
    fig = build_figure(stops, build_legs(stops), title="t")
    ax = fig.axes[0]
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    # Russia's outline spans 19°E to 169°W; the frame holds its label point and the two towns only.
    assert 80 < x0 < 99.5 and 135.1 < x1 < 160, (x0, x1)
    assert y0 < 43.1 and 60.8 < y1 < 75


def test_bad_suffix_is_a_usage_error_and_writes_nothing(csv, tmp_path, capsys):
    assert main(["image", str(csv), "-o", str(tmp_path / "map.jpg")]) == 2
    assert capsys.readouterr().err == (
        f"python -m geo image: error: -o takes a file name ending in .png, .svg or .pdf, "
        f"got {str(tmp_path / 'map.jpg')!r}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.csv"]


@pytest.mark.parametrize("text", [
    "Vladivostok,RU,43.1,131.9\n",  # no header
    "place,lat,lon\nVladivostok,43.1,north\n",  # a bad value
])
def test_bad_csv_exits_1_and_writes_nothing(tmp_path, capsys, text):
    csv = tmp_path / "places.csv"
    csv.write_text(text, encoding="utf-8")
    assert main(["image", str(csv), "-o", str(tmp_path / "out" / "map.png")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("python -m geo: error: ") and str(csv) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.csv"]


def test_image_has_help(capsys):
    assert main(["image", "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: python -m geo image")


def test_approximate_places_are_dashed_and_a_country_is_hatched(tmp_path):
    def at(row, place, precision, radius, cc="RU"):
        loc = GeocodeResult(place, place, 60.8, 99.5, cc, precision, "exact", 1.0, "gazetteer", radius_km=radius)
        return Stop(row=row, place=place, location=loc)

    city = save_figure(build_figure([at(2, "Kursk", "city", 0.0)], [], title="t"), tmp_path / "a.svg").read_text()
    country = save_figure(build_figure([at(2, "Russia", "country", 2334.0)], [], title="t"),
                          tmp_path / "b.svg").read_text()
    # The legend's swatch is hatched in both; the map's outline adds a hatch of its own, and dashes.
    assert city.count("<pattern") == 1 and country.count("<pattern") == 2
    assert country.count("stroke-dasharray") > city.count("stroke-dasharray")
    assert "Russia (country only)" in _svg_text(tmp_path / "b.svg")


def test_a_doubtful_reading_is_marked_on_the_label_and_in_the_legend(tmp_path):
    def at(row, place, doubt=""):
        loc = GeocodeResult(place, "Khabarovsk", 48.46, 135.1, "RU", "city", "fuzzy", 0.8, "gazetteer", doubt=doubt)
        return Stop(row=row, place=place, location=loc)

    sure = _svg_text(save_figure(build_figure([at(2, "Khabarovsk")], [], title="t"), tmp_path / "a.svg"))
    unsure = _svg_text(save_figure(build_figure([at(2, "Khabrovsk", doubt="fuzzy match")], [], title="t"),
                                   tmp_path / "b.svg"))
    assert "Khabarovsk" in sure and "(?)" not in sure
    assert "Khabarovsk (?)" in unsure and "location to check" in unsure and "location to check" not in sure


def test_skip_unresolved_draws_the_rest_and_counts_what_was_left_out(tmp_path, monkeypatch, capsys):
    from geo.errors import UnresolvedPlace
    from geo.geocoders.base import Geocoder

    class Fake(Geocoder):
        name = "fake"

        def geocode(self, query, *, country=None, context=()):
            if query == "Vladivostok":
                return GeocodeResult(query, query, 43.1, 131.9, "RU", "city", "exact", 1.0, "fake")
            raise UnresolvedPlace(query, "no place of that name", [])

    monkeypatch.setattr("geo.geocoders.online.make_geocoder", lambda name="gazetteer", **kw: Fake())
    csv = tmp_path / "places.csv"
    csv.write_text("place,source\nVladivostok,A\nAtlantis,B\n", encoding="utf-8")
    out = tmp_path / "p.svg"
    assert main(["image", str(csv), "-o", str(out), "--geocoder", "fake"]) == 1
    assert not out.exists()
    capsys.readouterr()
    assert main(["image", str(csv), "-o", str(out), "--geocoder", "fake", "--skip-unresolved"]) == 0
    std = capsys.readouterr()
    assert std.out == f"{csv}: 1 stops, 0 legs, 1 left out -> {out}\n"
    assert f"left out: {csv}, row 3, column 'place'" in std.err
    assert "1 row left out (place not found)" in _svg_text(out)


def test_legs_that_several_sources_report_are_drawn_once_and_thicker():
    from geo.corroborate import group_summary, leg_groups
    from geo.image import _corroborated

    def at(row, place, lat, lon, source, **kw):
        loc = GeocodeResult(place, place, lat, lon, "RU", "city", "manual", 1.0, "csv")
        return Stop(row=row, place=place, source=source, location=loc, **kw)

    stops = [at(2, "North Korea", 40.1, 127.2, "NIS", route="a", seq=1),
             at(3, "Vladivostok", 43.1, 131.9, "NIS", route="a", seq=2, mode="sea", status="claimed"),
             at(4, "North Korea", 40.1, 127.2, "NYT", route="b", seq=1, status="confirmed"),
             at(5, "Vladivostok", 43.1, 131.9, "NYT", route="b", seq=2, status="confirmed"),
             at(6, "North Korea", 40.1, 127.2, "nyt", route="c", seq=1),  # the same source again
             at(7, "Vladivostok", 43.1, 131.9, " NYT", route="c", seq=2)]
    legs, weights, contested, materiel = _corroborated(build_legs(stops), leg_groups, group_summary)
    assert materiel == [False]
    assert len(legs) == 1 and weights == [1] and contested == [False]  # two independent sources: NIS and NYT (" NYT" is NYT again)
    assert (legs[0].status, legs[0].mode) == ("confirmed", "sea")  # the strongest status, the stated mode


def _contested_stops(deny: str):
    def at(row, place, lat, lon, source, status, **kw):
        loc = GeocodeResult(place, place, lat, lon, "KP" if place == "Rajin" else "RU", "city", "manual", 1.0, "csv")
        return Stop(row=row, place=place, source=source, status=status, location=loc, **kw)

    return [at(2, "Rajin", 42.25, 130.3, "Rybar", "claimed", route="a", seq=1),
            at(3, "Vladivostok", 43.1, 131.9, "Rybar", "claimed", route="a", seq=2),
            at(4, "Rajin", 42.25, 130.3, "Kremlin", deny, route="b", seq=1),
            at(5, "Vladivostok", 43.1, 131.9, "Kremlin", deny, route="b", seq=2),
            at(6, "Rajin", 42.25, 130.3, "MoD", deny, route="c", seq=1),
            at(7, "Vladivostok", 43.1, 131.9, "MoD", deny, route="c", seq=2)]


def test_a_denied_movement_is_contested_thin_and_ticked(tmp_path):
    """As on the page: one claim and two denials are one source against two, not three sources."""
    from geo.corroborate import group_summary, leg_groups
    from geo.image import _corroborated

    stops = _contested_stops("denied")
    legs, weights, contested, _ = _corroborated(build_legs(stops), leg_groups, group_summary)
    assert (weights, contested, legs[0].status) == ([0], [True], "claimed")
    svg = save_figure(build_figure(stops, build_legs(stops), title="t"), tmp_path / "c.svg")
    reported = _contested_stops("reported")
    plain = save_figure(build_figure(reported, build_legs(reported), title="t"), tmp_path / "p.svg")
    assert "Contested: reported and denied" in _svg_text(svg)
    assert "Contested" not in _svg_text(plain)
    # The ticks and the slashes: dark strokes of the contested ink, on the map and in the legend only.
    assert svg.read_text().count("stroke: #333333") >= 4 and "stroke: #333333" not in plain.read_text()


def test_a_sea_is_waves_at_its_point_and_a_label_is_in_english(tmp_path):
    """Not a 1,200 km hatched circle over Libya and Italy; "Tartus", not "Ţarţūs"."""
    sea = GeocodeResult("Mediterranean Sea", "Mediterranean Sea", 35.0, 18.0, None, "region", "exact", 0.99,
                        "gazetteer", radius_km=1200.0, kind="water")
    tartus = GeocodeResult("Tartus", "Ţarţūs", 34.889, 35.887, "SY", "city", "exact", 0.97, "gazetteer")
    stops = [Stop(row=2, place="Tartus", route="r", seq=1, location=tartus),
             Stop(row=3, place="Mediterranean Sea", route="r", seq=2, mode="sea", location=sea)]
    svg = save_figure(build_figure(stops, build_legs(stops), title="t"), tmp_path / "w.svg")
    text = _svg_text(svg)
    assert "Tartus" in text and "Ţarţūs" not in text
    assert "Mediterranean Sea" in text and "Waves: a sea, strait or lake" in text
    # No hatched area on the map: the legend's swatches hold the only hatch pattern.
    assert svg.read_text().count("<pattern") == 1
    land = GeocodeResult("x", "x", 35.0, 18.0, None, "region", "exact", 0.99, "gazetteer", radius_km=1200.0)
    circle = save_figure(build_figure([Stop(row=2, place="x", location=land)], [], title="t"), tmp_path / "c.svg")
    assert circle.read_text().count("<pattern") == 2 and "Waves" not in _svg_text(circle)


def test_facilities_are_squares_with_their_kind_in_the_legend(tmp_path):
    def at(row, place, kind=""):
        loc = GeocodeResult(place, place, 43.1 + row / 10, 131.9, "RU", "point", "exact", 0.99, "gazetteer", kind=kind)
        return Stop(row=row, place=place, location=loc)

    with_base = _svg_text(save_figure(build_figure([at(2, "Knevichi air base", "airbase"), at(3, "Vladivostok")], [],
                                                   title="t"), tmp_path / "a.svg"))
    towns = _svg_text(save_figure(build_figure([at(2, "Vladivostok")], [], title="t"), tmp_path / "b.svg"))
    assert "Air base" in with_base and "Knevichi air base" in with_base
    assert "Air base" not in towns and "Port" not in towns


def test_a_plant_has_its_own_legend_entry_in_the_picture(tmp_path):
    npp = GeocodeResult("Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia NPP", 47.512, 34.586, "UA", "point", "exact",
                        0.99, "gazetteer", kind="plant")
    town = GeocodeResult("Enerhodar", "Enerhodar", 47.498, 34.656, "UA", "city", "exact", 0.99, "gazetteer")
    stops = [Stop(row=2, place="Zaporizhzhia NPP", location=npp), Stop(row=3, place="Enerhodar", location=town)]
    text = _svg_text(save_figure(build_figure(stops, [], title="t"), tmp_path / "p.svg"))
    assert "Plant" in text and "Range" not in text and "Depot" not in text


def _shipment_and_troops(shells_moved="materiel"):
    def at(row, place, lat, lon, **kw):
        loc = GeocodeResult(place, place, lat, lon, "RU", "city", "manual", 1.0, "csv")
        return Stop(row=row, place=place, location=loc, **kw)

    return [at(2, "Rajin", 42.26, 130.28, route="shells", seq=1, what="6,700 containers of munitions", moved=shells_moved),
            at(3, "Tikhoretsk", 45.85, 40.12, route="shells", seq=2, mode="rail", what="6,700 containers of munitions",
               moved=shells_moved),
            at(4, "Vladivostok", 43.1, 131.9, route="troops", seq=1, troops=1500, moved="people", moved_from="troops"),
            at(5, "Khabarovsk", 48.48, 135.08, route="troops", seq=2, troops=1500, moved="people", moved_from="troops")]


def test_a_movement_of_materiel_has_a_diamond_and_the_legend_counts_what_moved(tmp_path):
    from geo.corroborate import group_summary, leg_groups
    from geo.image import _corroborated

    stops = _shipment_and_troops()
    legs = build_legs(stops)
    assert _corroborated(legs, leg_groups, group_summary)[3] == [True, False]  # the shipment, not the troops
    svg = save_figure(build_figure(stops, legs, title="t"), tmp_path / "m.svg")
    text = _svg_text(svg)
    assert "Diamond: materiel moved" in text and "What moved, by report: people 2 · materiel 2" in text
    # One diamond on the map (the shipment's), one in the legend: white inside, edged in the status colour.
    assert len(re.findall(r'<use xlink:href="#[^"]+" x="[^"]+" y="[^"]+" style="fill: #ffffff; stroke: #e69f00',
                          svg.read_text())) == 2


def test_a_picture_of_movements_of_people_alone_keeps_its_legend_as_it_was(tmp_path):
    people = _shipment_and_troops("people")
    text = _svg_text(save_figure(build_figure(people, build_legs(people), title="t"), tmp_path / "p.svg"))
    assert "Diamond" not in text and "What moved" not in text


def _stand_in_map():
    """Zaporizhzhia -> Robotyne, a village the gazetteer knows only as "within 35 km of Tokmak" (its hromada's centre,
    a town of its own), and a town 16 km from Tokmak -> Robotyne, which starts inside that area."""
    from test_render import _katottg_note

    def at(row, place, lat, lon, route, seq, precision="city", radius=0.0, doubt=""):
        loc = GeocodeResult(place, place, lat, lon, "UA", precision, "exact", 1.0, "gazetteer", radius_km=radius,
                            doubt=doubt)
        return Stop(row=row, place=place, route=route, seq=seq, mode="road", source="ISW", location=loc)

    robotyne = {"precision": "region", "radius": 35.0, "doubt": _katottg_note()}
    return [at(2, "Zaporizhzhia", 47.8388, 35.1396, "a", 1), at(3, "Robotyne", 47.25554, 35.70836, "a", 2, **robotyne),
            at(4, "Near Tokmak", 47.40, 35.75, "b", 1), at(5, "Robotyne", 47.25554, 35.70836, "b", 2, **robotyne)]


def test_a_leg_into_a_village_known_only_round_another_town_ends_at_the_areas_edge():
    """As on the page: the line stops where it enters the hatched circle, whose centre is Tokmak, not Robotyne; a leg
    that starts inside the area has no line or arrow to draw."""
    import numpy as np
    from pyproj import Geod

    from geo.gazetteer.common import haversine_km
    from geo.render import clipped_to_stand_ins

    stops = _stand_in_map()
    legs = build_legs(stops)
    into, inside = clipped_to_stand_ins(legs)
    assert into.path[0] == legs[0].path[0]
    assert abs(haversine_km(*into.path[-1], 47.25554, 35.70836) - 35.0) < 0.01
    assert inside.path == (legs[1].path[0],) * 2

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = build_figure(stops, legs, title="t")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    img = np.asarray(canvas.buffer_rgba())[:, :, :3].astype(int)
    ax = fig.axes[0]
    geod = Geod(ellps="sphere")
    line = [(lat, lon) for lon, lat in geod.npts(35.1396, 47.8388, 35.70836, 47.25554, 80)]

    def leg_colour(lat, lon):  # the reported colour (#E69F00) within 2 px
        x, y = ax.transData.transform((lon, lat))
        box = img[round(img.shape[0] - y) - 2:round(img.shape[0] - y) + 3, round(x) - 2:round(x) + 3]
        return bool((np.abs(box - (0xE6, 0x9F, 0x00)).max(axis=2) <= 30).any())

    km = [haversine_km(lat, lon, 47.25554, 35.70836) for lat, lon in line]
    assert all(leg_colour(*pt) for pt, d in zip(line, km) if 40 < d < 60), "the leg stops short of the area"
    assert not any(leg_colour(*pt) for pt, d in zip(line, km) if d < 30), "the leg runs on into the area"


def test_a_leg_inside_a_stand_ins_area_is_said_in_the_header_not_drawn_silently(tmp_path):
    """The leg Near Tokmak -> Robotyne starts inside Robotyne's area (35 km round Tokmak): it has no line, so the
    header says so beside the count of legs (review M3); the name of the area goes below it, as on the page."""
    stops = _stand_in_map()
    text = _svg_text(save_figure(build_figure(stops, build_legs(stops), title="t"), tmp_path / "s.svg"))
    assert "2 legs (1 inside an area, not drawn)" in text
    into = stops[:2]
    assert "inside an area" not in _svg_text(save_figure(build_figure(into, build_legs(into), title="t"),
                                                         tmp_path / "i.svg"))


def test_a_stand_ins_name_goes_below_its_area_as_on_the_page():
    """Both the picture and the page (labels.js) write a stand-in's name inside its bottom edge, or under a small
    circle, first; above only when that spot is taken."""
    fig = build_figure(_stand_in_map()[1:2], [], title="t")  # Robotyne alone: nothing takes either spot
    ax = fig.axes[0]
    names = [a for a in ax.texts if a.get_text().startswith("Robotyne")]
    assert len(names) == 1 and names[0].xyann[1] < 0, names[0].xyann  # offset (points) downwards
