"""How long a request's URL may be: a 414 that says so, instead of a dropped connection.

No filter of this API needs more than a few hundred characters; a URL of hundreds of
kilobytes is a mistake or an attack. The HTTP parser is told to accept request lines up to
`MAX_REQUEST_LINE_BYTES` (`newsgraph serve` passes it to uvicorn), so a long URL reaches this
middleware and gets a clear 414; only a line beyond that is refused by the parser itself.
"""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

MAX_URL_BYTES = 8192  # path and query together, as many servers and proxies allow
MAX_REQUEST_LINE_BYTES = 1024 * 1024  # what the HTTP parser buffers before giving up


class UrlLength:
    """Answers 414 to a request whose path and query exceed MAX_URL_BYTES (a plain ASGI middleware)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_URL_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b""))
            if length > self.limit:
                body = {"detail": f"the URL is {length:,} bytes; at most {self.limit:,} are read", "parameter": "url"}
                await JSONResponse(body, status_code=414)(scope, receive, send)
                return
        await self.app(scope, receive, send)
