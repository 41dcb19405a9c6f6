"""HTTP ``GET /search`` benchmark: ``warta serve`` in its own process, 4 client processes on loopback.

The server is started as a user starts it (``python -m warta serve --read-only``, uvicorn), with
``PYTHONPATH`` pointing at the source tree under test, and waited for on ``/health``. Each client is a
separate process holding one keep-alive connection (a plain socket, :class:`RawConnection`, so the
clients' own CPU stays small beside the server's; ``--client httpx`` for an ``httpx`` one); every client first sends each query
once (warming the server's per-connection memos and the query encodings, not timed), then all start
together and send queries in turn until ``--requests`` in all or ``--seconds`` have passed. Printed:
requests/s over the wall time of the timed phase, p50/p95 latency, mean answer size, status codes,
and the server's CPU per request (its process and workers, from ``/proc``: on a shared machine the
figure that moves least with the load).

Base against branch in one run: ``--base REV`` exports that commit's ``src/`` (``git archive``) and
serves it first (with one worker: what its ``warta serve`` runs), then this tree's ``src/`` with
``--workers`` uvicorn workers (and with one, to show what the code alone gives; and both again with
``--search-cache 0``, every request searched, since the clients repeat the same queries and the
server otherwise answers repeats from its kept answers). The base runs on the
server stack its install had: uvicorn's pure-Python parser (h11) and asyncio's loop, with ``httptools``
and ``uvloop`` hidden from it (``--base-stack auto`` gives it whatever this environment has, to compare
the code alone). Loopback only, bounded in count and time.

Run from the repo root::

    .venv/bin/python bench/http_search.py --db PATH [--base REV] [--workers 2] [--clients 4]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import queue
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Served:
    """One server to load: a label, the ``src/`` folder it imports warta from, its uvicorn workers.

    ``hiding``: a :func:`hiding_folder` put first on ``PYTHONPATH`` (uvicorn's ``auto`` then picks h11
    and asyncio), or None for whatever this environment has.
    """

    label: str
    src: Path
    workers: int = 1
    hiding: Path | None = None
    args: tuple[str, ...] = ()


HIDDEN = ("httptools", "uvloop")  # uvicorn's optional C parser and loop, found by ``import``


def hiding_folder(into: Path) -> Path:
    """A folder whose ``httptools`` and ``uvloop`` modules raise ImportError (first on ``PYTHONPATH``)."""
    into.mkdir(parents=True, exist_ok=True)
    for name in HIDDEN:
        (into / f"{name}.py").write_text(f"raise ImportError('{name} hidden by bench/http_search.py')\n")
    return into


def export_source(rev: str, into: Path) -> Path:
    """``src/`` of commit ``rev`` unpacked under ``into`` (``git archive``); returns that ``src``."""
    tar = subprocess.run(["git", "archive", rev, "src"], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(tar)) as archive:
        archive.extractall(into, filter="data")
    return into / "src"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, served: Served, port: int, *, wait: float = 180.0) -> subprocess.Popen[bytes]:
    """``python -m warta serve`` on 127.0.0.1:``port`` from ``served.src``, once ``/health`` answers."""
    import httpx

    paths = [str(served.hiding), str(served.src)] if served.hiding else [str(served.src)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    cmd = [sys.executable, "-m", "warta", "serve", "--db", str(db), "--port", str(port), "--read-only"]
    if served.workers > 1:
        cmd += ["--workers", str(served.workers)]
    cmd += served.args
    # stderr to a file, not a pipe nobody reads: a server that logs more than a pipe holds would stall
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                break
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
                if answer.status_code == 200:
                    return proc
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        code = proc.poll()
        stop_server(proc)
        log.seek(0)
        err = log.read().decode(errors="replace")[-2000:]
    if code is not None:
        raise RuntimeError(f"the server stopped (exit {code}): {err}")
    raise RuntimeError(f"the server did not answer /health within {wait:.0f}s: {err}")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def server_cpu(pid: int) -> float | None:
    """CPU seconds used so far by process ``pid`` and its children (uvicorn's workers); None off Linux."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        kids = [
            int(c)
            for task in Path(f"/proc/{pid}/task").iterdir()
            for c in (task / "children").read_text().split()
        ]
    except (OSError, ValueError, IndexError):
        return None
    return own + sum(server_cpu(k) or 0.0 for k in kids)


class RawConnection:
    """One keep-alive HTTP/1.1 connection over a plain socket: the lightest client Python has.

    Each request is its bytes, built once per query; the answer is read to its ``Content-Length``
    (uvicorn sends one on every ``/search`` answer). On 2 shared cores an ``httpx`` request costs the
    client ~1-2 ms of CPU, as much as the server's own work, so the clients' CPU, not the server's,
    would bound requests/s.
    """

    def __init__(self, base: str) -> None:
        host, port = base.removeprefix("http://").rstrip("/").split(":")
        self.host = host
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def request(self, path: str, params: dict[str, str]) -> tuple[int, bytes]:
        from urllib.parse import urlencode

        target = f"{path}?{urlencode(params)}"
        self.sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        length = next(
            int(v) for k, _, v in (x.partition(b":") for x in lines[1:]) if k.lower() == b"content-length"
        )
        while len(self.buffer) < length:
            self._fill()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return status, body

    def _fill(self) -> None:
        chunk = self.sock.recv(1 << 18)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        self.buffer += chunk

    def close(self) -> None:
        self.sock.close()


def _client(
    base: str,
    queries: Sequence[str],
    extra: dict[str, str],
    requests: int,
    seconds: float,
    offset: int,
    ready: Any,
    go: Event,
    out: Any,
    kind: str = "raw",
) -> None:
    """One load client (a process): warm up, wait for the start, then send ``requests`` at most."""
    import httpx

    times: list[float] = []
    sizes: list[int] = []
    codes: dict[int, int] = {}
    if kind == "raw":
        raw = RawConnection(base)
        send = raw.request
        close = raw.close
    else:
        client = httpx.Client(base_url=base, timeout=60)

        def send(path: str, params: dict[str, str]) -> tuple[int, bytes]:
            r = client.get(path, params=params)
            return r.status_code, r.content

        close = client.close
    try:
        for q in queries:  # warm-up: every query once, not timed
            send("/search", {"q": q, **extra})
        ready.put(True)
        go.wait()
        deadline = time.monotonic() + seconds
        for i in range(requests):
            if time.monotonic() > deadline:
                break
            q = queries[(offset + i) % len(queries)]
            start = time.perf_counter()
            status, body = send("/search", {"q": q, **extra})
            times.append(time.perf_counter() - start)
            sizes.append(len(body))
            codes[status] = codes.get(status, 0) + 1
    finally:
        close()
    out.put((times, sizes, codes))


@dataclass(frozen=True)
class Load:
    """What one load run measured."""

    requests: int
    wall: float
    times: tuple[float, ...]
    mean_bytes: float
    codes: dict[int, int]
    server_cpu: float | None = None  # the server's CPU seconds over the timed phase

    @property
    def per_second(self) -> float:
        return self.requests / self.wall if self.wall else 0.0

    def line(self, label: str, clients: int) -> str:
        q = statistics.quantiles(self.times, n=20) if len(self.times) > 1 else [0.0] * 19
        return (
            f"http {label}: {self.requests} GET /search in {self.wall:.1f}s with {clients} client processes = "
            f"{self.per_second:.1f} req/s; p50 {1000 * statistics.median(self.times or [0.0]):.1f} ms, "
            f"p95 {1000 * q[18]:.1f} ms; mean answer {self.mean_bytes / 1024:.1f} KiB; status {self.codes}"
            + (
                f"; server CPU {1000 * self.server_cpu / self.requests:.2f} ms a request"
                if self.server_cpu is not None and self.requests
                else ""
            )
        )


def load(
    base: str,
    queries: Sequence[str],
    *,
    extra: dict[str, str] | None = None,
    clients: int = 4,
    requests: int = 2000,
    seconds: float = 30.0,
    server: int | None = None,
    client: str = "raw",
) -> Load:
    """``clients`` processes sending ``/search`` queries to ``base`` together (see the module doc)."""
    ctx = multiprocessing.get_context("spawn")
    ready, out, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    share = -(-requests // clients)
    procs = [
        ctx.Process(
            target=_client,
            args=(base, list(queries), extra or {}, share, seconds, i * share, ready, go, out, client),
            daemon=True,
        )
        for i in range(clients)
    ]
    for p in procs:
        p.start()
    waiting = len(procs)
    while waiting:  # a client that dies before it is ready (it cannot import, say) must not hang the run
        try:
            ready.get(timeout=1)
            waiting -= 1
        except queue.Empty:
            if any(p.exitcode is not None for p in procs):
                raise RuntimeError("a load client stopped before it was ready") from None
    cpu = server_cpu(server) if server else None
    start = time.perf_counter()
    go.set()
    results = [out.get(timeout=seconds + 600) for _ in procs]
    wall = time.perf_counter() - start
    after = server_cpu(server) if server else None
    for p in procs:
        p.join(timeout=30)
    times = [t for r in results for t in r[0]]
    sizes = [s for r in results for s in r[1]]
    codes: dict[int, int] = {}
    for r in results:
        for code, n in r[2].items():
            codes[code] = codes.get(code, 0) + n
    used = after - cpu if after is not None and cpu is not None else None
    return Load(len(times), wall, tuple(times), statistics.mean(sizes) if sizes else 0.0, codes, used)


def bench_http(
    db: Path,
    queries: Sequence[str],
    *,
    base: str | None = None,
    workers: int = 2,
    clients: int = 4,
    requests: int = 2000,
    seconds: float = 30.0,
    with_brief: bool = False,
    base_pure: bool = True,
    base_db: Path | None = None,
    client: str = "raw",
    uncached: bool = True,
    base_args: tuple[str, ...] = (),
) -> list[tuple[str, Load]]:
    """Serve ``db`` from each source tree in turn and load it; the lines are printed as they come."""
    try:
        import httpx  # noqa: F401  (the clients need it: fail here, before any server starts)
        import uvicorn  # noqa: F401
    except ImportError as exc:
        print(f"http: skipped ({exc})")
        return []
    here = ROOT / "src"
    found: list[tuple[str, Load]] = []
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        if base:
            stack = ", h11/asyncio" if base_pure else ""
            hiding = hiding_folder(Path(tmp) / "hiding") if base_pure else None
            src = export_source(base, Path(tmp))
            told = f", {' '.join(base_args)}" if base_args else ""
            runs.append(Served(f"base {base} (1 worker{stack}{told})", src, hiding=hiding, args=base_args))
        runs.append(Served("branch (1 worker)", here))
        if uncached:  # every request searched: what the search and the server stack cost
            runs.append(Served("branch (1 worker, --search-cache 0)", here, args=("--search-cache", "0")))
        if workers > 1:
            runs.append(Served(f"branch ({workers} workers)", here, workers))
            if uncached:
                label = f"branch ({workers} workers, --search-cache 0)"
                runs.append(Served(label, here, workers, args=("--search-cache", "0")))
        for served in runs:
            port = free_port()
            is_base = bool(base) and served is runs[0]
            proc = start_server(base_db if is_base and base_db else db, served, port)
            try:
                url = f"http://127.0.0.1:{port}"
                variants: list[tuple[str, dict[str, str]]] = [("", {})] + (
                    [(" brief=true", {"brief": "true"})] if with_brief else []
                )
                for suffix, extra in variants:
                    got = load(
                        url,
                        queries,
                        extra=extra,
                        clients=clients,
                        requests=requests,
                        seconds=seconds,
                        server=proc.pid,
                        client=client,
                    )
                    found.append((served.label + suffix, got))
                    print(
                        f"{got.line(served.label + suffix, clients)}; load {os.getloadavg()[0]:.1f}",
                        flush=True,
                    )
            finally:
                stop_server(proc)
    if base and len(found) > 1:
        first = found[0][1].per_second
        for label, got in found[1:]:
            if "brief" not in label and first:
                cpu = ""
                if got.server_cpu and found[0][1].server_cpu:
                    per = (found[0][1].server_cpu / found[0][1].requests) / (got.server_cpu / got.requests)
                    cpu = f", ×{per:.2f} requests per server CPU second"
                print(f"  {label} ÷ base: ×{got.per_second / first:.2f} req/s{cpu}")
    return found


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from store import make_queries  # the same query set as the search part of bench/store.py

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, required=True, help="the archive to serve (read-only)")
    p.add_argument("--base", help="also serve this commit's src/ first (e.g. main), for the ratio")
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--workers", type=int, default=2, help="uvicorn workers for the branch (default: 2)")
    p.add_argument("--clients", type=int, default=4)
    p.add_argument("--requests", type=int, default=2000, help="timed requests in all, at most")
    p.add_argument("--seconds", type=float, default=30.0, help="timed phase, at most")
    p.add_argument("--brief", action="store_true", help="also load with brief=true (whole briefs)")
    p.add_argument(
        "--base-db",
        type=Path,
        help="the archive the base serves (default: --db), e.g. the same articles at the base's schema",
    )
    p.add_argument(
        "--base-stack",
        choices=("pure", "auto"),
        default="pure",
        help="the base's server stack: pure (h11/asyncio, as its install had; default) or auto (this env's)",
    )
    p.add_argument(
        "--client",
        choices=("raw", "httpx"),
        default="raw",
        help="load clients: raw (a plain keep-alive socket, default) or httpx (as runs before 4 December 2026)",
    )
    p.add_argument(
        "--no-uncached",
        action="store_true",
        help="skip the branch run without its answer cache (--search-cache 0)",
    )
    p.add_argument(
        "--base-args",
        default="",
        help="more `warta serve` arguments for the base, e.g. '--search-cache 0' (a base that has it)",
    )
    args = p.parse_args()
    bench_http(
        args.db,
        make_queries(args.db, args.queries),
        base=args.base,
        workers=args.workers,
        clients=args.clients,
        requests=args.requests,
        seconds=args.seconds,
        with_brief=args.brief,
        base_pure=args.base_stack == "pure",
        base_db=args.base_db,
        client=args.client,
        uncached=not args.no_uncached,
        base_args=tuple(args.base_args.split()),
    )


if __name__ == "__main__":
    main()
