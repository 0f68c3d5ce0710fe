"""What ``serve`` says before it listens where other computers reach it: what they can
open, what stays closed, and the address the respondents' links use."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["exposure"]


def exposure(host: str, port: int, addresses: Sequence[str], public: str | None) -> list[str]:
    """The warning's lines (none when only this computer can connect): who can reach the
    app, what they can open, and the addresses respondents will use.

    >>> exposure("0.0.0.0", 8765, ["192.168.1.20"], None)[0]
    'Warning: listening on 0.0.0.0, so other computers on your network can reach this app.'
    >>> exposure("127.0.0.1", 8765, [], None)
    []
    """
    from alliance_graph.web.network import EVERY_INTERFACE
    from alliance_graph.web.respond_limits import LIMITS, WINDOW
    from alliance_graph.web.security import is_loopback

    if is_loopback(host) and not public:
        return []
    if public:
        here = "127.0.0.1" if host in EVERY_INTERFACE else host
        lines = [
            f"Warning: respondents reach this app through {public}, a tunnel or proxy that "
            f"must forward to http://{f'[{here}]' if ':' in here else here}:{port}.",
        ]
    else:
        lines = [
            f"Warning: listening on {host}, so other computers on your network can reach this app."
        ]
    lines += [
        "  They can open the respondents' forms, at /r/<token>: each personal link opens one "
        f"person's form and nothing else, at most {LIMITS['address']} requests from one "
        f"address and {LIMITS['link']} on one link in {WINDOW} seconds.",
        "  The coach's pages (engagements, reports, the API) still need the token of the "
        "link below, and refuse requests sent from other websites.",
    ]
    if public and not is_loopback(host):
        lines.append(f"  It also listens on {host}: your network reaches it without the proxy.")
    if not public or public.startswith("http://") or not is_loopback(host):
        lines.append(
            "  The app speaks plain HTTP: answers, names and the token travel unencrypted."
        )
    lines.append(f"  Respondents will use: {_addresses(addresses, port, public)}")
    if not public:
        lines.append("  Use --host 127.0.0.1 unless you collect answers on this network.")
    return lines


def _addresses(addresses: Sequence[str], port: int, public: str | None) -> str:
    from alliance_graph.web.network import links_base

    if public:
        return f"{public} (the personal links start with it)"
    if not addresses:
        return (
            "no network address was found on this computer: connect it to the network, "
            "or give --public-url."
        )
    urls = [str(links_base([a], port)) for a in addresses]
    others = f"; other addresses of this computer: {', '.join(urls[1:])}" if urls[1:] else ""
    return f"{urls[0]} (the personal links start with it{others})"
