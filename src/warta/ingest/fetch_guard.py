"""Where the fetcher may connect: public addresses only, checked on the address actually connected to.

>>> refusal("127.0.0.1")
'refused: 127.0.0.1 is a loopback address; pass --allow-private to fetch local addresses'
>>> refusal("93.184.215.14") is None
True

A host name is resolved once, every address it resolves to is checked, and the socket is opened to a
checked address itself (the Host header and TLS SNI still carry the name), so a name that resolves to
a public address for the check and to a private one for the connection (DNS rebinding) gains nothing.
The check sits in the connection layer, so it holds for every redirect hop and for robots.txt too.
Proxies from the environment (``HTTP_PROXY``) are not used: through a proxy the destination could not
be checked.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterable

import httpcore
import httpx

from warta.errors import DestinationRefused

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
HINT = "pass --allow-private to fetch local addresses"
# IPv6 prefixes that carry an IPv4 address in their last 32 bits (RFC 6052 NAT64).
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def address_kind(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public address ("a loopback address" ...), or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return address_kind(embedded)
    checks = (
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_private, "a private address"),
        (ip.is_reserved, "a reserved address"),
        (not ip.is_global, "not a public address"),
    )
    return next((kind for hit, kind in checks if hit), None)


def refusal(address: str, *, host: str | None = None) -> str | None:
    """The refusal message for connecting to the IP ``address`` (``host`` resolved to it); None if public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone (fe80::1%eth0) is not the address
    kind = address_kind(ip)
    if kind is None:
        return None
    where = f"{address} is" if host in (None, address) else f"{host} resolves to {address},"
    return f"refused: {where} {kind}; {HINT}"


# Decides whether an address may be connected to: a refusal message, or None to connect.
Refuse = Callable[..., str | None]


def check_scheme(url: str) -> None:
    """Raise :class:`DestinationRefused` unless ``url`` is http or https."""
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in ("http", "https"):
        raise DestinationRefused(
            f"refused: {url[:80]!r} is not an http or https URL; only web pages are fetched"
        )


class PublicOnlyBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, connecting only to public addresses unless ``allow_private``."""

    def __init__(self, *, allow_private: bool = False, refuse: Refuse = refusal) -> None:
        self.allow_private = allow_private
        self._refuse = refuse
        self._sockets = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """A socket to the first permitted address ``host`` resolves to."""
        if self.allow_private:
            return self._sockets.connect_tcp(host, port, timeout, local_address, socket_options)
        addresses = resolve(host, port)
        verdicts = {address: self._refuse(address, host=host) for address in addresses}
        refused = [message for message in verdicts.values() if message is not None]
        permitted = [address for address, message in verdicts.items() if message is None]
        if not permitted:
            raise DestinationRefused(refused[0] if refused else f"refused: {host} has no address")
        last: Exception | None = None
        for address in permitted:
            try:
                return self._sockets.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:  # try the name's next address, as a browser would
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Never: a Unix socket is a local destination."""
        raise DestinationRefused(f"refused: {path} is a Unix socket; {HINT}")

    def sleep(self, seconds: float) -> None:
        """httpcore's retry pause."""
        self._sockets.sleep(seconds)


class PublicOnlyTransport(httpx.HTTPTransport):
    """httpx's default transport over :class:`PublicOnlyBackend` (no proxies from the environment)."""

    def __init__(
        self, *, allow_private: bool = False, refuse: Refuse = refusal, verify: ssl.SSLContext | bool = True
    ) -> None:
        super().__init__(trust_env=False)
        # The pool httpx would build, over our backend; SNI and Host still name the URL's host.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            network_backend=PublicOnlyBackend(allow_private=allow_private, refuse=refuse),
        )


def resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to, in the resolver's order, without repeats."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host} ({exc})") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))
