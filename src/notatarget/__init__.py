"""notatarget: surveillance of attacks on health care, from raw reports to publishable incidents.

The Python API mirrors the command line::

    import notatarget
    mentions = notatarget.extract("On Friday the hospital was hit ...", published="2016-11-18")
"""

from __future__ import annotations

__version__ = "0.1.0"

from notatarget import extract

__all__ = ["__version__", "extract"]
