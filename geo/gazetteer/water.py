"""Source: water bodies (oceans, seas, gulfs, straits, great lakes), from the hand list :data:`WATER_BODIES`.

No installed package ships marine names with points (see the README's Geocoding section),
so the ones news uses are written here, each at region precision with a radius wide enough
to cover most of its surface.
"""

from __future__ import annotations

from .index import WATER


#: Oceans, seas, gulfs, straits and great lakes news names (none of the packages has water bodies), the Arctic's
#: and South-East Asia's seas and the African and Russian lakes among them:
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
    "Ionian Sea": (38.0, 18.5, 350, []),
    "Tyrrhenian Sea": (40.0, 12.0, 300, []),
    "Levantine Sea": (34.0, 32.0, 350, []),
    "Black Sea": (43.4, 34.3, 400, []),
    "Caspian Sea": (42.0, 50.5, 400, ["Caspian", "the Caspian"]),
    "Baltic Sea": (58.0, 20.0, 500, ["Baltic", "the Baltic"]),
    "Gulf of Bothnia": (63.0, 20.5, 350, []),
    "Gulf of Riga": (57.6, 23.5, 100, []),
    "North Sea": (56.0, 3.0, 400, []),
    "Irish Sea": (53.8, -5.0, 150, []),
    "Bay of Biscay": (45.0, -4.0, 250, []),
    "Red Sea": (20.0, 38.5, 600, []),
    "Gulf of Suez": (28.8, 33.0, 120, []),
    "Gulf of Aqaba": (28.8, 34.7, 100, ["Gulf of Eilat"]),
    "Arabian Sea": (15.0, 65.0, 800, []),
    "Bay of Bengal": (15.0, 88.0, 700, []),
    "Andaman Sea": (10.0, 96.0, 500, []),
    "Gulf of Thailand": (9.5, 101.5, 350, ["Gulf of Siam"]),
    "Gulf of Tonkin": (20.0, 107.5, 200, []),
    "Java Sea": (-5.0, 111.0, 450, []),
    "Sulu Sea": (8.0, 120.0, 300, []),
    "Celebes Sea": (4.0, 122.5, 300, ["Sulawesi Sea"]),
    "South China Sea": (12.0, 114.0, 900, []),
    "East China Sea": (29.0, 125.0, 400, []),
    "Yellow Sea": (36.0, 123.0, 350, []),
    "Bohai Sea": (38.7, 120.0, 200, ["Bohai Bay", "Gulf of Bohai"]),
    "Sea of Japan": (40.0, 135.0, 600, ["East Sea", "Japan Sea"]),
    "Sea of Okhotsk": (53.0, 150.0, 700, []),
    "Bering Sea": (58.0, -178.0, 700, []),
    "Bering Strait": (65.8, -169.0, 50, []),
    "Chukchi Sea": (69.0, -171.0, 450, []),
    "East Siberian Sea": (72.0, 163.0, 500, []),
    "Laptev Sea": (76.0, 126.0, 450, []),
    "Kara Sea": (77.0, 77.0, 500, []),
    "Pechora Sea": (69.5, 55.0, 200, []),
    "Beaufort Sea": (72.0, -140.0, 400, []),
    "Greenland Sea": (76.0, -5.0, 500, []),
    "Labrador Sea": (58.0, -55.0, 450, []),
    "Baffin Bay": (73.0, -67.0, 500, []),
    "Caribbean Sea": (15.0, -75.0, 1000, []),
    "Gulf of Mexico": (25.0, -90.0, 700, []),
    "Gulf of Alaska": (57.0, -145.0, 500, []),
    "Gulf of Aden": (12.5, 48.0, 300, []),
    "Gulf of Guinea": (2.0, 3.0, 700, []),
    "Mozambique Channel": (-18.0, 41.0, 500, []),
    "Aegean Sea": (39.0, 25.0, 250, ["Aegean", "the Aegean"]),
    "Adriatic Sea": (43.0, 15.0, 300, ["Adriatic", "the Adriatic"]),
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
    "Bashi Channel": (21.5, 121.0, 60, []),
    "Tatar Strait": (50.0, 141.5, 150, ["Strait of Tartary"]),
    "Strait of Sicily": (37.2, 11.5, 80, ["Sicily Channel", "Sicilian Channel"]),
    "Strait of Otranto": (40.2, 18.9, 40, []),
    "Kattegat": (56.8, 11.5, 80, []),
    "Skagerrak": (57.8, 9.0, 100, []),
    "Øresund": (55.8, 12.7, 40, ["Oresund"]),
    "Bab-el-Mandeb": (12.6, 43.4, 40, ["Bab al-Mandab", "Bab el-Mandeb"]),
    "Suez Canal": (30.5, 32.35, 80, []),
    "Lake Superior": (47.7, -87.5, 250, []),
    "Lake Michigan": (44.0, -87.0, 200, []),
    "Lake Huron": (44.8, -82.4, 200, []),
    "Lake Erie": (42.2, -81.2, 150, []),
    "Lake Ontario": (43.7, -77.9, 120, []),
    "Lake Victoria": (-1.0, 33.0, 150, []),
    "Lake Baikal": (53.5, 108.0, 300, []),
    "Lake Ladoga": (60.8, 31.5, 100, []),
    "Lake Onega": (61.7, 35.5, 100, []),
    "Lake Peipus": (58.7, 27.5, 70, ["Lake Peipsi"]),
    "Lake Tanganyika": (-6.0, 29.5, 300, []),
    "Lake Kivu": (-2.0, 29.15, 50, []),
    "Lake Chad": (13.0, 14.3, 80, []),
    "Sea of Galilee": (32.82, 35.59, 12, ["Lake Tiberias", "Lake Kinneret"]),
    "Dead Sea": (31.5, 35.5, 40, []),
}


def add(b) -> None:
    """Add every water body of :data:`WATER_BODIES` to the builder *b*, by its name and other names."""
    for name, (lat, lon, r, others) in WATER_BODIES.items():
        eid = b.add(WATER, name, lat, lon, 0, float(r), 0, "")
        b.key(name, eid)
        for a in others:
            b.key(a, eid)
