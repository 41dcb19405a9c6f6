"""A loopback HTTP server that records every request: an internal service SSRF must never reach, or an outlet.

>>> with Service() as internal:                                   # doctest: +SKIP
...     ...  # attack
...     assert internal.requests == []
"""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

import pytest

# path -> (status, headers, body); other paths answer 200 with SECRET.
Routes = dict[str, tuple[int, dict[str, str], bytes]]
SECRET = b"internal-secret-6f1d: this answer must never reach an archive"


class Service:
    """A threaded HTTP server on ``host`` (127.0.0.1 by default), its base URL and the paths requested."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, routes: Routes | None = None) -> None:
        self.routes: Routes = dict(routes or {})
        self.requests: list[str] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, port), _handler(self))
        self.server.daemon_threads = True
        self.port = int(self.server.server_address[1])
        self.base = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> Service:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.server.shutdown()
        self.server.server_close()

    def record(self, path: str) -> None:
        with self._lock:
            self.requests.append(path)


def _handler(service: Service) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            service.record(self.path)
            status, headers, body = service.routes.get(
                self.path, (200, {"Content-Type": "text/html"}, SECRET)
            )
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def second_loopback() -> str:
    """127.0.0.2 when this machine routes it (Linux does), else skip: it stands in for a public host."""
    try:
        with socket.socket() as s:
            s.bind(("127.0.0.2", 0))
    except OSError:
        pytest.skip("127.0.0.2 is not bindable here")
    return "127.0.0.2"
