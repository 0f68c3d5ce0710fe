"""Serving the respondents' forms on a network: ``serve --host`` warns and prints the
addresses respondents will use, ``--public-url`` is checked, the personal links carry
the address respondents reach, and their Host is accepted on /r/ while the coach's
pages keep their token and origin checks. Nothing listens: the server is a stand-in."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner
from flask import Flask

from alliance_graph.cli import cli
from alliance_graph.web import network
from tests.campaign_support import answer, engagement_with_register, new_campaign
from tests.web_support import TOKEN, make_app, text


class FakeServer:
    """Stands in for werkzeug's server: keeps the app, stops at once."""

    made: ClassVar[list[Flask]] = []

    def __init__(self, host: str, port: int, app: Flask, **kwargs: Any) -> None:
        self.server_port = port or 54321
        FakeServer.made.append(app)

    def serve_forever(self) -> None:
        raise KeyboardInterrupt

    def server_close(self) -> None:
        pass


class Probe:
    """A UDP socket whose "connection" gives ``address`` (or fails): what the system's
    route would say, without any packet."""

    address: ClassVar[str | None] = "192.168.1.20"
    connected: ClassVar[list[tuple[str, int]]] = []

    def __init__(self, family: int, kind: int) -> None:
        assert (family, kind) == (socket.AF_INET, socket.SOCK_DGRAM)

    def __enter__(self) -> Probe:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def connect(self, target: tuple[str, int]) -> None:
        Probe.connected.append(target)
        if Probe.address is None:
            raise OSError(101, "Network is unreachable")

    def getsockname(self) -> tuple[str, int]:
        return (str(Probe.address), 40000)

    def send(self, data: bytes) -> int:  # pragma: no cover - must never be called
        raise AssertionError("the probe sent something")


def _named(name: str, port: Any, family: int = 0, *args: Any) -> list[Any]:
    assert name == "laptop" and family == socket.AF_INET
    found = ["127.0.1.1", "10.0.0.3", "169.254.7.7", "192.168.1.20"]
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, 0)) for a in found]


@pytest.fixture
def lan(monkeypatch: pytest.MonkeyPatch) -> None:
    """This computer, on a network: 192.168.1.20 on the default route, 10.0.0.3 too."""
    Probe.address, Probe.connected = "192.168.1.20", []
    monkeypatch.setattr(network.socket, "socket", Probe)
    monkeypatch.setattr(network.socket, "gethostname", lambda: "laptop")
    monkeypatch.setattr(network.socket, "getaddrinfo", _named)


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[Flask]:
    FakeServer.made = []
    monkeypatch.setattr("werkzeug.serving.make_server", FakeServer)
    return FakeServer.made


def serve(tmp_path: Path, *args: str) -> Any:
    command = ["serve", "--workspace", str(tmp_path / "ws.sqlite3"), "--no-browser"]
    return CliRunner().invoke(cli, [*command, "--port", "0", *args])


# -- the addresses ---------------------------------------------------------------------


def test_this_computers_addresses_are_found_without_sending_anything(lan: None) -> None:
    # the route's first, then the name's; loopback and link-local left out
    assert network.reachable_addresses("0.0.0.0") == ["192.168.1.20", "10.0.0.3"]
    assert network.reachable_addresses("::") == ["192.168.1.20", "10.0.0.3"]
    assert Probe.connected == [("192.0.2.1", 9), ("192.0.2.1", 9)]  # documentation range
    Probe.address = None  # no route: the name's addresses are all there is
    assert network.reachable_addresses("0.0.0.0") == ["10.0.0.3", "192.168.1.20"]
    assert network.reachable_addresses("192.168.1.20") == ["192.168.1.20"]
    assert network.reachable_addresses("localhost") == []


def test_an_unnamed_computer_has_no_address_but_serve_still_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, served: list[Flask]
) -> None:
    def unknown(*args: Any) -> Any:
        raise socket.gaierror(-2, "Name or service not known")

    Probe.address = None
    monkeypatch.setattr(network.socket, "socket", Probe)
    monkeypatch.setattr(network.socket, "getaddrinfo", unknown)
    result = serve(tmp_path, "--host", "0.0.0.0")
    assert result.exit_code == 0, result.output
    assert "no network address was found on this computer" in result.output
    assert served[0].config["PUBLIC_URL"] is None


# -- serve --host ----------------------------------------------------------------------


def test_serve_on_every_interface_warns_and_prints_the_respondents_address(
    tmp_path: Path, lan: None, served: list[Flask]
) -> None:
    result = serve(tmp_path, "--host", "0.0.0.0")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Warning: listening on 0.0.0.0, so other computers on your network can reach" in out
    assert "the respondents' forms, at /r/<token>" in out
    assert "at most 300 requests from one address and 60 on one link in 60 seconds" in out
    assert "The coach's pages (engagements, reports, the API) still need the token" in out
    assert "Respondents will use: http://192.168.1.20:54321 (the personal links start" in out
    assert "other addresses of this computer: http://10.0.0.3:54321" in out
    assert "Open the app: http://127.0.0.1:54321/?token=" in out  # the coach: this computer
    config = served[0].config
    assert config["PUBLIC_URL"] == "http://192.168.1.20:54321"
    assert {"192.168.1.20", "10.0.0.3", "127.0.0.1"} <= set(config["TRUSTED_HOSTS"])


def test_serve_on_one_address_gives_that_address(
    tmp_path: Path, lan: None, served: list[Flask]
) -> None:
    result = serve(tmp_path, "--host", "10.0.0.3")
    assert result.exit_code == 0, result.output
    assert "Respondents will use: http://10.0.0.3:54321 (the personal links start" in result.output
    assert "192.168.1.20" not in result.output
    assert served[0].config["PUBLIC_URL"] == "http://10.0.0.3:54321"


def test_serve_on_this_computer_only_says_nothing_more(
    tmp_path: Path, lan: None, served: list[Flask]
) -> None:
    result = serve(tmp_path)
    assert result.exit_code == 0 and "Warning" not in result.output
    assert "Respondents" not in result.output and served[0].config["PUBLIC_URL"] is None
    assert Probe.connected == []  # no address looked for


# -- serve --public-url ----------------------------------------------------------------


def test_a_public_url_is_what_the_links_use(tmp_path: Path, lan: None, served: list[Flask]) -> None:
    result = serve(tmp_path, "--public-url", "HTTPS://Survey.Example.org:443/")
    assert result.exit_code == 0, result.output
    out = result.output
    assert (
        "Warning: respondents reach this app through https://survey.example.org, a tunnel " in out
    )
    assert "proxy that must forward to http://127.0.0.1:54321." in out
    assert "Respondents will use: https://survey.example.org (the personal links" in out
    assert "plain HTTP" not in out  # https
    config = served[0].config
    assert config["PUBLIC_URL"] == "https://survey.example.org"
    assert "survey.example.org" in config["TRUSTED_HOSTS"]
    plain = serve(tmp_path, "--public-url", "http://survey.example.org:8080")
    assert "The app speaks plain HTTP" in plain.output
    assert "It also listens" not in plain.output
    both = serve(tmp_path, "--public-url", "https://survey.example.org", "--host", "0.0.0.0")
    assert "It also listens on 0.0.0.0: your network reaches it without the proxy" in both.output
    assert "The app speaks plain HTTP" in both.output
    assert served[2].config["PUBLIC_URL"] == "https://survey.example.org"
    assert served[1].config["PUBLIC_URL"] == "http://survey.example.org:8080"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("survey.example.org", "must start with https://"),
        ("ftp://survey.example.org", "must start with https://"),
        ("javascript:alert(1)", "must start with https://"),
        ("https://survey.example.org/r/x", "a path (/r/x) is not allowed"),
        ("https://survey.example.org/..", "a path (/..) is not allowed"),
        ("https://survey.example.org?next=/r", "a query (?) or a fragment (#)"),
        ("https://survey.example.org#x", "a query (?) or a fragment (#)"),
        ("https://coach@evil.example", "a user name or password is not allowed"),
        ("https://evil.example\\@survey.example.org", "backslashes"),
        ("https://survey.example.org\n", None),  # stripped: accepted
        ("https://survey .example.org", "spaces"),
        ("https://survey.example.org:99999", "this is not an address"),
        ("https://[::1]:8765", "the host must be a name"),
        ("https://", "the host must be a name"),
        ("https://sürvey.example.org", "the host must be a name"),
    ],
)
def test_the_public_url_is_checked(tmp_path: Path, served: list[Flask], value: str, reason: str):
    result = serve(tmp_path, "--public-url", value)
    if reason is None:
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 2, result.output
    assert "Invalid value for '--public-url'" in result.output and reason in result.output
    assert served == [] and "Traceback" not in result.output


# -- the links and the hosts, in the app -----------------------------------------------


def links(app: Flask) -> list[str]:
    coach = app.test_client()
    assert coach.get(f"/?token={TOKEN}").status_code == 303
    campaign = new_campaign(coach, engagement_with_register(coach))
    return [r["link"] for r in campaign["respondents"]]


def test_links_use_the_public_url_whatever_address_the_coach_opened(tmp_path: Path) -> None:
    app = make_app(tmp_path / "ws.sqlite3", PUBLIC_URL="https://survey.example.org")
    found = links(app)
    assert found and all(link.startswith("https://survey.example.org/r/") for link in found)
    plain = make_app(tmp_path / "other.sqlite3")
    assert all(link.startswith("http://localhost/r/") for link in links(plain))


def from_(client: Any, **headers: str) -> Any:
    """``client``, sending these headers (``host``, ``origin``, ``x_forwarded_for``…) with
    every request, the test client's own ``Host`` included."""
    sent = {k.replace("_", "-").title(): v for k, v in headers.items()}
    open_ = client.open

    def open_with(*args: Any, **kwargs: Any) -> Any:
        kwargs["headers"] = {**sent, **dict(kwargs.get("headers") or {})}
        return open_(*args, **kwargs)

    client.open = open_with
    return client


def test_a_respondent_on_the_network_is_let_in_and_the_coach_still_needs_the_token(
    tmp_path: Path, lan: None, served: list[Flask]
) -> None:
    assert serve(tmp_path, "--host", "0.0.0.0").exit_code == 0
    app = served[0]
    app.config.update(TESTING=True, TOKEN=TOKEN)  # the helpers' token
    coach = from_(app.test_client(), host="127.0.0.1:54321")  # the coach, on this computer
    assert coach.get(f"/?token={TOKEN}").status_code == 303
    campaign = new_campaign(coach, engagement_with_register(coach))
    link = campaign["respondents"][0]["link"]
    assert link.startswith("http://192.168.1.20:54321/r/")
    path = link.removeprefix("http://192.168.1.20:54321")
    phone = from_(app.test_client(), host="192.168.1.20:54321", origin="null")
    assert phone.get(path).status_code == 200
    assert answer(phone, path, {"a0_0": "4"}).status_code == 303
    assert app.test_client().get(path, headers={"Host": "10.0.0.3:54321"}).status_code == 200
    assert app.test_client().get(path, headers={"Host": "evil.example"}).status_code == 400
    # the coach's pages, at the same address: still the token, still the origin check
    assert phone.get("/").status_code == 401
    assert phone.get("/api/engagements").status_code == 401
    from_(coach, origin="http://192.168.1.20:54321")
    assert coach.post("/engagements", data={"name": "x"}).status_code == 403


def test_through_a_proxy_the_public_origin_may_post_a_form_but_not_a_coach_page(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "ws.sqlite3", PUBLIC_URL="https://survey.example.org")
    app.config["TRUSTED_HOSTS"] = [*app.config["TRUSTED_HOSTS"], "survey.example.org"]
    path = links(app)[0].removeprefix("https://survey.example.org")
    proxied = {"host": "survey.example.org", "x_forwarded_for": "203.0.113.5"}
    phone = from_(app.test_client(), **proxied, origin="https://survey.example.org")
    assert phone.get(path).status_code == 200
    assert answer(phone, path, {"a0_0": "4"}).status_code == 303
    evil = from_(app.test_client(), **proxied, origin="https://evil.example")
    assert answer(evil, path, {"a0_0": "4"}).status_code == 403
    coach = app.test_client()
    assert coach.get(f"/?token={TOKEN}").status_code == 303
    from_(coach, origin="https://survey.example.org")
    refused = coach.post("/engagements", data={"name": "x"})
    assert refused.status_code == 403 and "another website" in text(refused)


def test_the_card_says_when_the_links_open_only_on_this_computer(tmp_path: Path) -> None:
    def card(host: str, **config: Any) -> tuple[str, str]:
        app = make_app(tmp_path / f"{len(config)}{host}.sqlite3", **config)
        app.config["TRUSTED_HOSTS"] = [*app.config["TRUSTED_HOSTS"], "10.0.0.3"]
        coach = from_(app.test_client(), host=host)
        assert coach.get(f"/?token={TOKEN}").status_code == 303
        eid = engagement_with_register(coach)
        new_campaign(coach, eid)
        return text(coach.get(f"/engagements/{eid}")), text(
            coach.get(f"/engagements/{eid}?lang=fr")
        )

    english, french = card("127.0.0.1:8765")
    assert "These links open only on this computer: the app listens on 127.0.0.1." in english
    assert "Ces liens ne s’ouvrent que sur cet ordinateur" in french
    assert "These links open only" not in card("127.0.0.1:8765", PUBLIC_URL="http://x.org")[0]
    assert "These links open only" not in card("10.0.0.3:8765")[0]  # serve --host 10.0.0.3
