"""geo: honest maps of the movements that news reports name.

Place names from a CSV are geocoded (offline by default) and drawn as the
reported routes on a self-contained Leaflet map. Heavy dependencies are
imported lazily so that ``python -m geo geocode`` starts fast.

>>> from geo import __version__
>>> isinstance(__version__, str)
True
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
