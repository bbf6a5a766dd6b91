"""The geo stage's error (a branch of the one hierarchy in ``notatarget.errors``)."""

from __future__ import annotations

from notatarget.errors import NotatargetError


class GeoError(NotatargetError):
    """The gazetteer cannot answer: its index is missing, broken or cannot be built, or the input is unusable."""
