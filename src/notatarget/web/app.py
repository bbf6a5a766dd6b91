"""The app factory and the runner used by ``notatarget serve`` and ``notatarget demo``."""

from __future__ import annotations

import contextlib
import threading
import webbrowser
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import Response

from notatarget import __version__
from notatarget.errors import NotatargetError, NotFound, PermissionDenied
from notatarget.web import api, pages
from notatarget.web.deps import LoginRequired, check_csrf, login_url, render
from notatarget.web.middleware import BodyLimitMiddleware, SecurityHeadersMiddleware
from notatarget.web.queries import VersionedCache
from notatarget.web.security import LoginThrottle
from notatarget.web.settings import WebSettings

STATIC = Path(__file__).with_name("static")


def create_app(store: Any = None, settings: WebSettings | None = None) -> FastAPI:
    """The FastAPI app over ``store`` (default: ``Store.open()`` from the configuration)."""
    if store is None:
        from notatarget.store import Store

        store = Store.open()
    settings = settings or WebSettings()
    app = FastAPI(
        title="notatarget",
        version=__version__,
        description="Incidents of attacks on health care: reports, mentions, incidents, facilities, evidence.",
        dependencies=[Depends(check_csrf)],
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN; the schema itself is served
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store = store
    app.state.settings = settings
    app.state.throttle = LoginThrottle(settings.login_attempts, settings.login_window_seconds)
    app.state.cache = VersionedCache()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key,
        session_cookie="notatarget_session",
        max_age=settings.session_max_age,
        same_site="lax",
        https_only=settings.https_only,
    )
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_upload_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    _error_handlers(app)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def _error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    titles = {400: "Bad request", 403: "Not allowed", 404: "Not found", 413: "Too large", 429: "Too many attempts"}
    return render(request, "error.html", status, code=status, title=titles.get(status, "Error"), message=message)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def _login(request: Request, _exc: LoginRequired) -> Response:
        return RedirectResponse(login_url(request), status_code=303)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(NotatargetError)
    async def _ours(request: Request, exc: NotatargetError) -> Response:
        status = 404 if isinstance(exc, NotFound) else 403 if isinstance(exc, PermissionDenied) else 400
        return _error(request, status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": jsonable_errors(exc)}, status_code=422)
        return _error(request, 400, "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()))


def jsonable_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Validation errors without the offending input echoed back (it may be huge or hostile)."""
    return [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]


def _warm_up(app: FastAPI) -> None:
    """Load the extractor and gazetteer before the first intake needs them (the first load can take a while), and
    count the unfiltered figures (internal and public) before the first dashboard asks: later changes only
    adjust them."""
    from notatarget.extract import extract
    from notatarget.web.queries import Filters
    from notatarget.web.services import published

    with contextlib.suppress(NotatargetError):  # the first real intake or dashboard will report it
        with app.state.store.session(readonly=True) as session:
            for filters in (Filters(), published(Filters())):
                app.state.cache.figures(session, filters)
        extract("Warm-up: the clinic in Aleppo was shelled on 1 January 2020.")


def run(
    store: Any,
    host: str = "127.0.0.1",
    port: int = 8000,
    open_browser: bool = False,
    settings: WebSettings | None = None,
) -> None:
    """Serve the app on ``host:port`` with uvicorn until interrupted; optionally open a browser on it."""
    import uvicorn

    app = create_app(store, settings or WebSettings.from_env())
    threading.Thread(target=_warm_up, args=(app,), name="notatarget-warm-up", daemon=True).start()
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(f"http://{host}:{port}/",)).start()
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
