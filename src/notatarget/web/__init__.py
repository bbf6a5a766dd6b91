"""The web application: a FastAPI JSON API under ``/api/`` and server-rendered pages (see docs/web.md).

``create_app(store=None, settings=None)`` builds the app; ``run(store, host, port, open_browser=False)`` serves it.
"""

from notatarget.web.app import create_app, run
from notatarget.web.settings import WebSettings

__all__ = ["WebSettings", "create_app", "run"]
