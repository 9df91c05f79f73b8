"""Source: water bodies (oceans, seas, gulfs, straits, great lakes), from the hand list :data:`WATER_BODIES`.

No installed package ships marine names with points (see the README's Geocoding section),
so the ones news uses are written here, each at region precision with a radius wide enough
to cover most of its surface.
"""

from __future__ import annotations

from .index import WATER


#: Oceans, seas, gulfs, straits and great lakes news names (none of the packages has water bodies):
#: name -> (lat, lon of a rounded central point, radius in km, other names). Approximate
#: centres of the water surface, from standard atlases; the radius covers most of it.
WATER_BODIES = {
    "Atlantic Ocean": (10.0, -25.0, 3500, ["Atlantic", "the Atlantic"]),
    "North Atlantic": (40.0, -40.0, 2500, ["North Atlantic Ocean"]),
    "South Atlantic": (-30.0, -15.0, 2500, ["South Atlantic Ocean"]),
    "Pacific Ocean": (0.0, -160.0, 6000, ["Pacific", "the Pacific"]),
    "North Pacific": (30.0, -170.0, 4000, ["North Pacific Ocean"]),
    "South Pacific": (-30.0, -140.0, 4000, ["South Pacific Ocean"]),
    "Indian Ocean": (-20.0, 80.0, 4000, []),
    "Arctic Ocean": (85.0, 0.0, 1800, ["Arctic"]),
    "Southern Ocean": (-62.0, 90.0, 3000, ["Antarctic Ocean"]),
    "Mediterranean Sea": (35.0, 18.0, 1200, ["Mediterranean", "the Med"]),
    "Black Sea": (43.4, 34.3, 400, []),
    "Caspian Sea": (42.0, 50.5, 400, []),
    "Baltic Sea": (58.0, 20.0, 500, []),
    "North Sea": (56.0, 3.0, 400, []),
    "Red Sea": (20.0, 38.5, 600, []),
    "Arabian Sea": (15.0, 65.0, 800, []),
    "Bay of Bengal": (15.0, 88.0, 700, []),
    "South China Sea": (12.0, 114.0, 900, []),
    "East China Sea": (29.0, 125.0, 400, []),
    "Yellow Sea": (36.0, 123.0, 350, []),
    "Sea of Japan": (40.0, 135.0, 600, ["East Sea", "Japan Sea"]),
    "Sea of Okhotsk": (53.0, 150.0, 700, []),
    "Bering Sea": (58.0, -178.0, 700, []),
    "Caribbean Sea": (15.0, -75.0, 1000, []),
    "Gulf of Mexico": (25.0, -90.0, 700, []),
    "Gulf of Alaska": (57.0, -145.0, 500, []),
    "Gulf of Aden": (12.5, 48.0, 300, []),
    "Aegean Sea": (39.0, 25.0, 250, []),
    "Adriatic Sea": (43.0, 15.0, 300, []),
    "Sea of Azov": (46.0, 36.5, 150, []),
    "Coral Sea": (-18.0, 155.0, 800, []),
    "Tasman Sea": (-40.0, 160.0, 700, []),
    "Barents Sea": (74.0, 40.0, 600, []),
    "Norwegian Sea": (69.0, 5.0, 600, []),
    "White Sea": (65.5, 37.5, 250, []),
    "Gulf of Finland": (59.8, 26.0, 200, []),
    "Sea of Marmara": (40.7, 28.2, 100, []),
    "Gulf of Oman": (24.5, 58.5, 200, []),
    "Philippine Sea": (20.0, 130.0, 1000, []),
    "English Channel": (50.2, -1.5, 250, []),
    "Kerch Strait": (45.3, 36.5, 30, ["Strait of Kerch"]),
    "Taiwan Strait": (24.5, 119.5, 150, ["Formosa Strait"]),
    "Strait of Hormuz": (26.6, 56.4, 60, ["Hormuz Strait"]),
    "Bosphorus": (41.12, 29.07, 20, ["Bosporus"]),
    "Dardanelles": (40.2, 26.4, 40, []),
    "Strait of Gibraltar": (35.97, -5.6, 30, []),
    "Strait of Malacca": (4.0, 100.5, 300, ["Malacca Strait"]),
    "Strait of Dover": (51.0, 1.45, 40, ["Dover Strait"]),
    "Tsugaru Strait": (41.5, 140.5, 40, []),
    "Tsushima Strait": (34.3, 129.6, 80, ["Korea Strait", "Tsushima Straits"]),
    "La Pérouse Strait": (45.7, 142.0, 40, ["Soya Strait"]),
    "Miyako Strait": (25.2, 125.8, 120, []),
    "Luzon Strait": (20.5, 121.0, 200, []),
    "Bab-el-Mandeb": (12.6, 43.4, 40, ["Bab al-Mandab", "Bab el-Mandeb"]),
    "Suez Canal": (30.5, 32.35, 80, []),
    "Lake Superior": (47.7, -87.5, 250, []),
    "Lake Michigan": (44.0, -87.0, 200, []),
    "Lake Huron": (44.8, -82.4, 200, []),
    "Lake Erie": (42.2, -81.2, 150, []),
    "Lake Ontario": (43.7, -77.9, 120, []),
    "Lake Victoria": (-1.0, 33.0, 150, []),
    "Lake Baikal": (53.5, 108.0, 300, []),
}


def add(b) -> None:
    """Add every water body of :data:`WATER_BODIES` to the builder *b*, by its name and other names."""
    for name, (lat, lon, r, others) in WATER_BODIES.items():
        eid = b.add(WATER, name, lat, lon, 0, float(r), 0, "")
        b.key(name, eid)
        for a in others:
            b.key(a, eid)
