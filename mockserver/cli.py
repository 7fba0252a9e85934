"""`mockserver`: serve the specs, print tokens."""

from __future__ import annotations

import contextlib
import gc
import logging
import socket
import sqlite3
import sys
from typing import BinaryIO

import click

import specs

from .app import MockOptions, create_app
from .errors import SpecError
from .security import DEFAULT_TOKEN
from .server import server_config

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
    "--static",
    is_flag=True,
    help="Stateless, like Prism: no store, no domain engines; every answer comes from the spec.",
)
@click.option(
    "--dynamic", is_flag=True, help="Answer with random data drawn from the schemas instead of examples."
)
@click.option(
    "--seed", type=int, default=None, help="Seed for dynamic answers and new ids, to make them repeatable."
)
@click.option(
    "--state",
    "state_file",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Keep state in this SQLite file: it survives restarts and crashes (default: in memory).",
)
@click.option(
    "--seed-data",
    type=click.File("rb"),
    default=None,
    help="Store the resources of this JSON or YAML file at start (the format of POST /__mock/seed).",
)
@click.option("--no-cors", is_flag=True, help="Do not add CORS headers or answer CORS preflights.")
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
    state_file: str | None,
    seed_data: BinaryIO | None,
    no_cors: bool,
    log_level: str,
) -> None:
    """Serve SPEC: an API name (datahub, omnistrate, pds, datum) or a path to an OpenAPI file.

    With one SPEC it is served at the root. With several, or with none (every spec of the project),
    each is served under /<api name>, for example http://127.0.0.1:4010/datahub/tenants.

    Requests must carry a bearer token the mock accepts (`mock-token` unless --token is given; Data HUB
    also accepts the tokens `mockserver token` prints).

    The mock is stateful unless --static: creates are stored with ids in the API's own style, reads
    and lists return them, updates merge, deletes remove (then reads answer 404). Data HUB and Datum
    follow their domain engines. State lives in memory, or in the --state file.

    \b
    Control API:
      GET  /__mock/health    the mounted APIs
      POST /__mock/reset     forget all state (and the journal)
      POST /__mock/seed      store resources: {api: {resource: [records]}} as JSON or YAML
      GET  /__mock/journal   the last 1,000 requests; ?api=&method=&status=4xx&path=/pds/*&limit=

    \b
    Examples:
      mockserver serve
      mockserver serve datahub --port 8080
      mockserver serve omnistrate --state mock.db --seed-data fixtures.yaml
      mockserver serve ./my-spec.yaml --static --dynamic --seed 7
    """
    import uvicorn  # noqa: PLC0415 - imported here: `mockserver token` should not pay for the server stack

    logging.basicConfig(level=log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    options = MockOptions(
        tokens=tokens or (DEFAULT_TOKEN,),
        static=static,
        dynamic=dynamic,
        seed=seed,
        cors=not no_cors,
        state_file=state_file,
    )
    try:
        data = seed_data.read() if seed_data is not None else None
        # The compiled specs are long-lived: no collections while building them, and frozen after so
        # that collections while serving never traverse them.
        gc.disable()
        app = create_app(spec or None, options, mount=True if mount else None, seed_data=data)
    except (specs.SpecNotFoundError, SpecError, OSError, ValueError, sqlite3.Error) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        gc.enable()
    gc.freeze()
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
    state = "off (--static)" if static else f"in {state_file}" if state_file else "in memory"
    click.echo(f"mockserver: state {state}; CORS {'off' if no_cors else 'on'}")
    sys.stdout.flush()
    config = server_config(app, log_level=log_level)
    # uvicorn re-raises SIGINT after its graceful shutdown: nothing went wrong, so no "Aborted!".
    with contextlib.suppress(KeyboardInterrupt):
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
    from .tokens import make_token  # noqa: PLC0415 - PyJWT is not needed to serve

    click.echo(make_token(sub, groups, realm_admin=realm_admin, audience=audience))
