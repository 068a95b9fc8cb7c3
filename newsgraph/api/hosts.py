"""Which Host headers the server answers: the defence against DNS rebinding.

A page on any website can make the browser send requests to 127.0.0.1 under the page's own
host name (after re-pointing that name's DNS record), and read the answers as same-origin. Such
a request still carries the attacker's name in its Host header: a server that answers only its
own names refuses it. Bound to loopback, the names are localhost, 127.0.0.1 and [::1]; bound
to another address, that address and the names given with `--allow-host`; bound to every
interface (0.0.0.0, ::) with no `--allow-host`, any name (there is no list to check against).
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARD_ADDRESSES = frozenset({"0.0.0.0", "::", ""})


def allowed_hosts(bound: str, extra: Iterable[str] = ()) -> frozenset[str] | None:
    """The host names to answer for a server bound to `bound`; None: any."""
    names = {name.strip().lower().strip("[]") for name in extra if name.strip()}
    bound = bound.strip().lower().strip("[]")
    if bound in LOOPBACK_NAMES or bound.startswith("127."):
        return frozenset(LOOPBACK_NAMES | {bound} | names)
    if bound in WILDCARD_ADDRESSES:
        return frozenset(LOOPBACK_NAMES | names) if names else None
    return frozenset({bound} | names)


def host_name(header: str) -> str:
    """The name in a Host header, without the port ("[::1]:8000" → "::1")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class HostCheck:
    """Refuses (400) a request whose Host header names none of `allowed` (a plain ASGI middleware)."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str] | None) -> None:
        self.app, self.allowed = app, allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.allowed is not None and scope["type"] == "http":
            host = next((value.decode("latin-1") for key, value in scope["headers"] if key == b"host"), "")
            if host_name(host) not in self.allowed:
                await PlainTextResponse("unknown Host header", status_code=400)(scope, receive, send)
                return
        await self.app(scope, receive, send)
