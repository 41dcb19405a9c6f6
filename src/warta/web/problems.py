"""Clear JSON errors: every 4xx/5xx the API sends is ``{"error": {"status", "reason", "hint"}}``."""

from __future__ import annotations

import logging
import sqlite3

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta.errors import InputError, StoreError, WartaError

log = logging.getLogger("warta.web")


class Problem(Exception):
    """A request we refuse, with the HTTP status, the reason and what to do instead."""

    def __init__(
        self, status: int, reason: str, hint: str = "", *, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.hint = hint
        self.headers = headers or {}


def problem_response(
    status: int, reason: str, hint: str = "", *, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The JSON body every error shares."""
    body = {"error": {"status": status, "reason": reason, "hint": hint}}
    return JSONResponse(body, status_code=status, headers={"Cache-Control": "no-store", **(headers or {})})


async def _problem(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)
    return problem_response(exc.status, exc.reason, exc.hint, headers=exc.headers)


async def _http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    hints = {404: "see GET /stories for what is stored", 405: "see /docs for the methods each path takes"}
    return problem_response(exc.status_code, str(exc.detail), hints.get(exc.status_code, ""))


async def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    parts = []
    for e in exc.errors()[:5]:
        where = ".".join(str(x) for x in e.get("loc", ()))
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return problem_response(422, "; ".join(parts) or "invalid request", "see /docs for the parameters")


async def _warta(_: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, InputError):
        return problem_response(400, str(exc))
    if isinstance(exc, StoreError):
        log.error("archive error: %s", exc)
        return problem_response(503, str(exc), "check the archive file the server was started with")
    return problem_response(400, str(exc))


async def _sqlite(_: Request, exc: Exception) -> JSONResponse:
    # Busy or locked archives are transient: the client may retry; anything else is logged for us.
    log.exception("archive query failed", exc_info=exc)
    return problem_response(503, "the archive could not answer this request", "retry in a moment")


def install_handlers(app: FastAPI) -> None:
    """Route every error the app can raise to a JSON answer."""
    app.add_exception_handler(Problem, _problem)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(WartaError, _warta)
    app.add_exception_handler(sqlite3.Error, _sqlite)
