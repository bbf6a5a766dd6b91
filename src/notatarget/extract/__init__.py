"""Extraction: pure functions from a report's text to the incidents it tells (no database).

``notatarget.extract(text, published=None, language=None)`` returns a list of :class:`Mention`.
The package object itself is callable, so ``notatarget.extract(...)`` and
``from notatarget.extract import extract`` are the same function.
"""

from __future__ import annotations

import sys
import types

from notatarget.extract.pipeline import EXTRACTOR_VERSION, extract, extract_report

__all__ = ["EXTRACTOR_VERSION", "extract", "extract_report"]


class _CallableModule(types.ModuleType):
    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
