"""The local web app."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import click

from alliance_graph.cli.app import cli
from alliance_graph.cli.exposure import exposure


def _public_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from alliance_graph.web.network import public_url

    try:
        return public_url(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r}: {exc}") from None


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on: 0.0.0.0 lets the computers of your network open the "
    "respondents' forms (a warning says what is exposed).",
)
@click.option(
    "--public-url",
    metavar="URL",
    callback=_public_url,
    help="Address of a tunnel or reverse proxy you trust that forwards to this app, such "
    "as https://survey.example.org: respondents' links start with it.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option(
    "--workspace",
    type=click.Path(dir_okay=False, path_type=Path),
    help="SQLite workspace file [default: workspace.sqlite3 in your data folder].",
)
@click.option("--no-browser", is_flag=True, help="Do not open the app in a web browser.")
@click.option(
    "--max-upload-mb",
    type=click.FloatRange(0, min_open=True),
    default=10.0,
    show_default=True,
    help="Largest upload accepted, in megabytes.",
)
def serve(
    host: str,
    public_url: str | None,
    port: int,
    workspace: Path | None,
    no_browser: bool,
    max_upload_mb: float,
) -> None:
    """Start the local web app: upload survey files, get reports, keep every engagement.

    Prints a link with a secret token: only that link opens the app. Stop with Ctrl+C.
    With --host or --public-url, also prints what respondents can reach and the address
    their links use.

    \b
    Example:
      alliance-graph serve
      alliance-graph serve --workspace coaching.sqlite3 --port 8800 --no-browser
      alliance-graph serve --host 0.0.0.0
    """
    import logging
    import sqlite3
    import webbrowser

    from werkzeug import serving

    from alliance_graph.errors import WorkspaceError
    from alliance_graph.store import default_workspace
    from alliance_graph.web import create_app
    from alliance_graph.web.network import EVERY_INTERFACE, links_base, reachable_addresses
    from alliance_graph.web.security import TokenFilter, new_token, trusted_hosts

    target = workspace or default_workspace()
    token = new_token()
    addresses = reachable_addresses(host)
    reached = [*addresses, urlsplit(public_url).hostname or ""] if public_url else addresses
    config = {
        "WORKSPACE": target,
        "TOKEN": token,
        "MAX_UPLOAD_MB": max_upload_mb,
        "TRUSTED_HOSTS": trusted_hosts(host, reached),
    }
    try:  # a damaged or newer workspace is refused before anything is written to it
        app = create_app(config)
        server = serving.make_server(host, port, app, threaded=True)
    except WorkspaceError as exc:
        raise click.ClickException(str(exc)) from exc
    except (OSError, sqlite3.Error) as exc:
        raise click.ClickException(f"cannot start on {host}:{port} with {target}: {exc}") from exc
    port = server.server_port  # the one chosen when --port 0
    app.config["SESSION_COOKIE_NAME"] = f"alliance_graph_session_{port}"
    app.config["TOKEN_COOKIE"] = f"alliance_graph_token_{port}"
    app.config["PUBLIC_URL"] = links_base(addresses, port, public_url)
    shown = "127.0.0.1" if host in EVERY_INTERFACE else host
    url = f"http://{f'[{shown}]' if ':' in shown else shown}:{port}/?token={token}"
    for line in exposure(host, port, addresses, public_url):
        click.echo(line, err=True)
    click.echo(f"Workspace: {target}")
    click.echo(f"Open the app: {url}")
    click.echo("Press Ctrl+C to stop.")
    if not no_browser:
        webbrowser.open(url)
    hide_token = TokenFilter(token)  # werkzeug logs each request line, decoded or malformed
    logging.getLogger("werkzeug").addFilter(hide_token)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        logging.getLogger("werkzeug").removeFilter(hide_token)
