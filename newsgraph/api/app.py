"""The ASGI application: the JSON API under /api, the dashboard at /, OpenAPI at /openapi.json.

Errors never leak internals: a bad parameter is a 400 naming it, an unknown id a 404, anything
unexpected a bare 500 (the traceback goes to the server log, not to the client).
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.api.deps import StorePool
from newsgraph.api.hosts import HostCheck
from newsgraph.api.limits import UrlLength
from newsgraph.api.params import BadParameter
from newsgraph.api.routes import actors, articles, events, meta, stories
from newsgraph.store import open_store

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
log = logging.getLogger("newsgraph.api")

# The dashboard runs only its own scripts and talks only to this server: article text that
# slipped past escaping still could not load or run anything.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


GZIP_MINIMUM_BYTES = 1_000
GZIP_LEVEL = 5  # about as small as level 9 on JSON, at a fraction of the CPU per response


class SecurityHeaders:
    """Adds the security headers to every response. A plain ASGI middleware: the decorator kind
    (`@app.middleware("http")`) runs each request through an extra task and stream, which cost
    more than the events query itself under load."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with_policy = scope.get("path") != "/docs"  # Swagger UI starts itself with an inline script

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                if with_policy:
                    headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
            await send(message)

        await self.app(scope, receive, send_with_headers)


@asynccontextmanager
async def _close_stores_at_shutdown(app: FastAPI) -> AsyncIterator[None]:
    """The pooled stores' connections are closed when the server stops."""
    yield
    app.state.stores.close()


# How `newsgraph serve --workers N` hands its settings to the worker processes uvicorn starts:
# each builds its own app (and its own pool of store connections) from these.
SERVE_DB_VARIABLE = "NEWSGRAPH_SERVE_DB"
SERVE_HOSTS_VARIABLE = "NEWSGRAPH_SERVE_HOSTS"  # names separated by spaces; unset: any Host header


def app_from_environment() -> FastAPI:
    """The app a `serve --workers` worker process runs (uvicorn's factory)."""
    names = os.environ.get(SERVE_HOSTS_VARIABLE)
    app = create_app(os.environ[SERVE_DB_VARIABLE], hosts=None if names is None else frozenset(names.split()))
    settle_collector()
    return app


YOUNG_COLLECTION_EVERY = 10_000  # allocations between young-generation collections (Python's default: 700)


def settle_collector() -> None:
    """Set the garbage collector for a long-running server, once its app is built.

    The objects made at start (routes, schemas, modules) live as long as the process: frozen,
    the collector stops walking them on every full collection. Each request allocates thousands
    of short-lived objects; collecting the young ones every 10,000 allocations instead of 700
    keeps collections rarer. Under 20 kept-alive clients on a million events the slowest 1% of
    requests were those that waited out a collection: p99 180-200 ms -> 86-108 ms (`serve` on a
    2-core VM; `bench/api_load.py` then measured p99 82 ms).
    """
    gc.collect()
    gc.freeze()
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, middle, old)


def create_app(db_path: str | Path, *, hosts: frozenset[str] | None = None) -> FastAPI:
    """The app over the existing database at `db_path`: a SQLite file or a PostgreSQL URL
    (migrated if older), answering requests whose Host is one of `hosts` (None: any; see
    `newsgraph.api.hosts`)."""
    open_store(db_path).close()  # fail at start, not on the first request, and migrate once
    app = FastAPI(
        lifespan=_close_stores_at_shutdown,
        title="newsgraph",
        summary="Events, actors, quotes and articles extracted from news, each with its evidence.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.stores = StorePool(str(db_path))
    # Lists and the map's GeoJSON are repetitive JSON: gzip makes them several times smaller
    # for clients that ask (every browser does); small answers are not worth compressing.
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_BYTES, compresslevel=GZIP_LEVEL)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(UrlLength)
    app.add_middleware(HostCheck, allowed=hosts)
    for router in (articles.router, actors.router, events.router, stories.router, meta.router):
        app.include_router(router)
    _add_error_handlers(app)
    _add_pages(app)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        location = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body")]
        parameter = location[0] if location else None
        message = first.get("msg", "invalid request")
        detail = f"{parameter}: {message}" if parameter else message
        return JSONResponse({"detail": detail, "parameter": parameter}, status_code=400)

    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, error: BadParameter) -> JSONResponse:
        return JSONResponse({"detail": str(error), "parameter": error.parameter}, status_code=400)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse({"detail": "internal error", "parameter": None}, status_code=500)


def _add_pages(app: FastAPI) -> None:
    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from the vendored npm package (no CDN)."""
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="newsgraph API",
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
