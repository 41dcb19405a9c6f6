"""Who may write: a read-only mode, a bearer token for write routes, and the rule for exposed servers.

>>> check_exposure("127.0.0.1", options=WebOptions())         # loopback: a token is optional
>>> check_exposure("0.0.0.0", options=WebOptions(read_only=True))  # nothing to write: no token needed

A server bound to anything but loopback must be read-only or have a token; every write route then
wants ``Authorization: Bearer TOKEN``, compared in constant time. Reads are open, as the archive is
what the server is for.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Callable

from fastapi import Request

from warta.errors import ConfigError
from warta.web.options import WebOptions
from warta.web.problems import Problem

TOKEN_ENV = "WARTA_TOKEN"
MIN_TOKEN_CHARS = 16
_MAKE_TOKEN = "python -c 'import secrets; print(secrets.token_urlsafe(32))'"


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` keeps the server on this machine (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve anywhere


def check_exposure(host: str, *, options: WebOptions) -> None:
    """Raise :class:`ConfigError` when serving ``options`` on ``host`` would open writes to others."""
    if options.token is not None and len(options.token) < MIN_TOKEN_CHARS:
        raise ConfigError(
            f"the token is {len(options.token)} characters; use at least {MIN_TOKEN_CHARS}, e.g. from {_MAKE_TOKEN}"
        )
    if is_loopback(host) or options.read_only or options.token is not None:
        return
    raise ConfigError(
        f"refusing to listen on {host} without a token: anyone who can reach it could add articles. "
        f"Pass --token (or set ${TOKEN_ENV}; make one with {_MAKE_TOKEN}), "
        "or --read-only to serve without write routes, or listen on 127.0.0.1"
    )


def require_write(options: WebOptions) -> Callable[[Request], None]:
    """A FastAPI dependency for write routes: 403 when read-only, 401 without the right token."""

    def guard(request: Request) -> None:
        if options.read_only:
            raise Problem(
                403,
                "this server is read-only: it does not add articles",
                "add articles with `warta add PATH` on the archive, or restart `warta serve` without --read-only",
            )
        if options.token is None:
            return
        given = _bearer(request.headers.get("authorization", ""))
        if given is None or not hmac.compare_digest(given.encode(), options.token.encode()):
            reason = "a token is required to add articles" if given is None else "the token is wrong"
            raise Problem(
                401,
                reason,
                "send the server's token as the header 'Authorization: Bearer TOKEN'",
                headers={"WWW-Authenticate": 'Bearer realm="warta"'},
            )

    return guard


def _bearer(header: str) -> str | None:
    scheme, _, value = header.strip().partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None
