"""Serving the respondents' forms on a network: the addresses other computers can reach
the app at, the public address of a tunnel or reverse proxy (``serve --public-url``),
and the personal links built on the one respondents will use.

Nothing here sends anything on the network: this computer's addresses come from its own
name and from the route the system would take (a UDP socket connected, never used).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Sequence
from urllib.parse import urlsplit

from flask import current_app, request, url_for

from alliance_graph.web.security import is_loopback

__all__ = [
    "EVERY_INTERFACE",
    "links_base",
    "links_stay_here",
    "public_url",
    "reachable_addresses",
    "respondent_link",
]

#: ``--host`` values that listen on every network interface.
EVERY_INTERFACE = ("0.0.0.0", "::", "")
#: An address of the documentation range (RFC 5737): routed like any other, never reached.
_PROBE = ("192.0.2.1", 9)
#: A host name or an IPv4 address, as the app's ``Host`` check accepts it.
_HOST = re.compile(r"[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?")


def reachable_addresses(host: str) -> list[str]:
    """The addresses at which other computers reach an app listening on ``host``.

    None for a loopback address; ``host`` itself for any other one; for every interface
    (``0.0.0.0``, ``::``), this computer's IPv4 addresses that are neither loopback nor
    link-local, the one on the default route first.

    >>> reachable_addresses("127.0.0.1"), reachable_addresses("192.168.1.20")
    ([], ['192.168.1.20'])
    """
    if is_loopback(host):
        return []
    if host not in EVERY_INTERFACE:
        return [host]
    found = [_routed_address(), *_named_addresses()]
    return [a for a in dict.fromkeys(found) if a is not None and _usable(a)]


def links_base(addresses: Sequence[str], port: int, public: str | None = None) -> str | None:
    """What the respondents' links start with: ``public`` (a tunnel's or proxy's address)
    if given, else the first address other computers reach, else ``None`` (the address
    the coach opened the app with).

    >>> links_base(["192.168.1.20"], 8765), links_base([], 8765)
    ('http://192.168.1.20:8765', None)
    >>> links_base(["192.168.1.20"], 8765, "https://survey.example.org")
    'https://survey.example.org'
    """
    if public:
        return public
    if not addresses:
        return None
    host = addresses[0]
    return f"http://{f'[{host}]' if ':' in host else host}:{port}"


def public_url(text: str) -> str:
    """``text`` as the public address of a tunnel or proxy: ``http`` or ``https``, a host
    name or IPv4 address and maybe a port, nothing else (no path, query, fragment or user
    name, which would make the links point elsewhere). The default port is dropped.

    >>> public_url("HTTPS://Survey.Example.org:443/")
    'https://survey.example.org'
    >>> public_url("https://survey.example.org/r/x")
    Traceback (most recent call last):
    ValueError: a path (/r/x) is not allowed: the links add their own
    """
    text = text.strip()
    if re.search(r"[\s\\\x00-\x1f\x7f]", text):
        raise ValueError("spaces, backslashes and control characters are not allowed")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"this is not an address ({exc})") from None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in ("http", "https"):
        raise ValueError("it must start with https:// (or http://)")
    if "@" in parts.netloc:
        raise ValueError("a user name or password is not allowed")
    if not _HOST.fullmatch(host):
        raise ValueError("the host must be a name (letters, digits, - and .) or an IPv4 address")
    if parts.path not in ("", "/"):
        raise ValueError(f"a path ({parts.path}) is not allowed: the links add their own")
    if "?" in text or "#" in text:
        raise ValueError("a query (?) or a fragment (#) is not allowed")
    default = {"http": 80, "https": 443}[scheme]
    return f"{scheme}://{host}" + (f":{port}" if port not in (None, default) else "")


def respondent_link(token: str) -> str:
    """A respondent's personal link, on the address respondents use (``PUBLIC_URL``),
    else on the one this request came to."""
    base = current_app.config.get("PUBLIC_URL")
    if base:
        return str(base) + url_for("respond.form", token=token)
    return url_for("respond.form", token=token, _external=True)


def links_stay_here() -> bool:
    """Whether the personal links this request shows open only on this computer: no
    ``PUBLIC_URL``, and the app reached through a loopback address."""
    if current_app.config.get("PUBLIC_URL"):
        return False
    return is_loopback(urlsplit(f"//{request.host}").hostname or "")


def _routed_address() -> str | None:
    """This computer's address on the route to the outside: a UDP socket "connected" to
    an address that is never reached; connecting sends nothing."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE)
            return str(probe.getsockname()[0])
    except OSError:
        return None


def _named_addresses() -> list[str]:
    """The IPv4 addresses this computer's name resolves to."""
    try:
        found = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except (OSError, UnicodeError):
        return []
    return [str(info[4][0]) for info in found]


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.version == 4 and not (
        ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast
    )
