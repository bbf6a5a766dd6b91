"""Whose data the public outputs carry, and the words that credit them (docs/geo.md, docs/exchange.md).

Places, provinces and the coordinates generalised to them come from the GeoNames gazetteer (CC BY 4.0, which
asks for this attribution); map outlines come from Natural Earth (public domain) through world-atlas (ISC).
"""

from __future__ import annotations

GEONAMES = "Contains data from GeoNames (www.geonames.org), licensed under CC BY 4.0."
GEONAMES_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
NATURAL_EARTH = "Country outlines: Natural Earth (public domain), via world-atlas (ISC)."
#: Places and coordinates only (the exports); the pages, map and brief add the outlines.
ATTRIBUTION = GEONAMES
MAP_ATTRIBUTION = f"{GEONAMES} {NATURAL_EARTH}"
#: Rows of an export's metadata (XLSX sheet ``about``; the top-level members of a GeoJSON export).
METADATA = {"attribution": ATTRIBUTION, "license": f"places and coordinates: GeoNames, CC BY 4.0 ({GEONAMES_LICENSE})"}
