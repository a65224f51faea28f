"""Security headers on every response of `eventmill serve`, and a Host check against DNS rebinding.

The Content-Security-Policy allows scripts, styles, images and requests from the app itself only:
no inline script, no CDN, no frames. Stored article text is hostile input; the pages insert it as
text, and this policy is the second line if a page ever got that wrong.
"""

from __future__ import annotations

from typing import Any

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """ASGI middleware: adds `HEADERS` to each HTTP response; with `allowed_hosts`, answers 400 to
    a request whose Host header names another host (a web page that rebinds its own domain to
    127.0.0.1 cannot read the local app)."""

    def __init__(self, app: Any, allowed_hosts: list[str] | None = None):
        self.app = app
        self.allowed = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.allowed is not None:
            host = dict(scope["headers"]).get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in self.allowed:
                await _refuse(send, host)
                return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


async def _refuse(send: Any, host: str) -> None:
    body = f"host {host[:100]!r} is not served here; open the address eventmill serve printed".encode()
    await send(
        {
            "type": "http.response.start",
            "status": 400,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), *HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})
