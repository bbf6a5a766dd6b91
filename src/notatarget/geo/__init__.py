"""The offline gazetteer: place names in text, their disambiguation by document, and name lookups.

Data: GeoNames (CC BY 4.0) as shipped by PyPI packages, compacted once into an index file in the cache folder
(built on first use, by :func:`ensure_index` when missing or out of date, or always by :func:`build_index`).
See ``docs/geo.md``.
"""

from __future__ import annotations

from notatarget.errors import GeoError
from notatarget.geo._text import skeleton
from notatarget.geo.build import build_index
from notatarget.geo.index import cache_dir, default_index_path, ensure_index
from notatarget.geo.lookup import admin1_centroid, admin1_of, centroid, country_iso3, country_name, lookup
from notatarget.geo.recognize import PlaceMention, find_places
from notatarget.geo.resolve import DocumentPlaces, resolve_document

__all__ = [
    "DocumentPlaces",
    "GeoError",
    "PlaceMention",
    "admin1_centroid",
    "admin1_of",
    "build_index",
    "cache_dir",
    "centroid",
    "country_iso3",
    "country_name",
    "default_index_path",
    "ensure_index",
    "find_places",
    "lookup",
    "resolve_document",
    "skeleton",
]
