"""`mockserver`: serve the specs, print tokens."""

from __future__ import annotations

import logging
import socket
import sys

import click

import specs

from .app import MockOptions, create_app
from .errors import SpecError
from .security import DEFAULT_TOKEN
from .tokens import make_token

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="cloud-api-toolkit", prog_name="mockserver")
def main() -> None:
    """A mock server for the Datum, Omnistrate, PDS and Data HUB APIs, driven by their OpenAPI specs."""


@main.command()
@click.argument("spec", nargs=-1)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port",
    "-p",
    default=4010,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="0 picks a free port.",
)
@click.option(
    "--token",
    "tokens",
    multiple=True,
    metavar="TOKEN",
    help=f"Bearer token the mock accepts (repeatable). Default: {DEFAULT_TOKEN}.",
)
@click.option(
    "--mount", is_flag=True, help="Serve even a single SPEC under /<api name> instead of at the root."
)
@click.option(
    "--static", is_flag=True, help="No state and no domain engines: every answer comes from the spec."
)
@click.option(
    "--dynamic", is_flag=True, help="Answer with random data drawn from the schemas instead of examples."
)
@click.option("--seed", type=int, default=None, help="Seed for dynamic answers, to make them repeatable.")
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
)
def serve(
    spec: tuple[str, ...],
    host: str,
    port: int,
    tokens: tuple[str, ...],
    mount: bool,
    static: bool,
    dynamic: bool,
    seed: int | None,
    log_level: str,
) -> None:
    """Serve SPEC: an API name (datahub, omnistrate, pds, datum) or a path to an OpenAPI file.

    With one SPEC it is served at the root. With several, or with none (every spec of the project),
    each is served under /<api name>, for example http://127.0.0.1:4010/datahub/tenants.

    Requests must carry a bearer token the mock accepts (`mock-token` unless --token is given; Data HUB
    also accepts the tokens `mockserver token` prints). GET /__mock/health reports the mounted APIs.

    \b
    Examples:
      mockserver serve
      mockserver serve datahub --port 8080
      mockserver serve ./my-spec.yaml --dynamic --seed 7
    """
    import uvicorn  # noqa: PLC0415 - imported here: `mockserver token` should not pay for the server stack

    logging.basicConfig(level=log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    options = MockOptions(tokens=tokens or (DEFAULT_TOKEN,), static=static, dynamic=dynamic, seed=seed)
    try:
        app = create_app(spec or None, options, mount=True if mount else None)
    except (specs.SpecNotFoundError, SpecError, OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    bound = sock.getsockname()[1]
    base = f"http://{'[' + host + ']' if family == socket.AF_INET6 else host}:{bound}"
    for name, prefix in sorted(app.urls.items()):
        click.echo(f"mockserver: {name} at {base}{prefix if prefix != '/' else ''}")
    click.echo(f"mockserver: control API at {base}/__mock/health")
    click.echo(f"mockserver: accepted bearer token(s): {', '.join(options.tokens)}")
    sys.stdout.flush()
    config = uvicorn.Config(app, log_level=log_level, access_log=log_level == "debug", lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


@main.command()
@click.option("--sub", required=True, help="The user id (`sub` claim).")
@click.option(
    "--group", "groups", multiple=True, metavar="TENANT:GROUP", help="A group membership (repeatable)."
)
@click.option(
    "--realm-admin", is_flag=True, help="Grant the manage-realm role: full access to every resource."
)
@click.option(
    "--aud",
    "audience",
    multiple=True,
    default=("data-hub",),
    show_default=True,
    help="Audience (repeatable).",
)
def token(sub: str, groups: tuple[str, ...], realm_admin: bool, audience: tuple[str, ...]) -> None:
    """Print an unsigned Data HUB token the mock accepts.

    Example: mockserver token --sub alice --group acme:admin
    """
    for group in groups:
        if group.count(":") != 1 or not all(group.split(":")):
            raise click.BadParameter(f"{group!r} is not TENANT:GROUP", param_hint="--group")
    click.echo(make_token(sub, groups, realm_admin=realm_admin, audience=audience))
