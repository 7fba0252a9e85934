"""`mockserver`: serve the specs, proxy a real server (`proxy_cli.py`), print tokens.

Exit codes: 0 after a clean shutdown, 1 when something the command names cannot be used (a spec, the
state file, the seed file, the port), 2 for a malformed command line (click's usage errors). Every
error is one line on stderr, `Error: <what>: <problem>`, never a traceback.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import sys
from pathlib import Path

import click

import specs

from .access_log import configure_logging
from .app import MockOptions, create_app
from .errors import SpecError
from .launch import listen, run
from .proxy_cli import proxy
from .security import DEFAULT_TOKEN
from .state import display_state, store_kind
from .store import StoreUnavailableError
from .workers import serve_workers

__all__ = ["main"]


class _CommandLineError(click.ClickException):
    """A bad option value, in one line (click's `BadParameter` prints the usage too); exit code 2."""

    exit_code = 2


def _check_tokens(_ctx: click.Context, _param: click.Parameter, tokens: tuple[str, ...]) -> tuple[str, ...]:
    for position, token in enumerate(tokens, 1):
        if not token or not token.isascii() or not token.isprintable() or " " in token:
            raise _CommandLineError(
                f"{_param.opts[0]} (#{position}): a token must be non-empty printable ASCII without spaces"
            )
    return tokens


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="cloud-api-toolkit", prog_name="mockserver")
def main() -> None:
    """A mock server for the Datum, Omnistrate, PDS and Data HUB APIs, driven by their OpenAPI specs.

    Exit codes: 1 when a spec, the state file, the seed file or the port cannot be used; 2 for a
    malformed command line. Errors are one line on stderr.
    """


@main.command(short_help="Serve every spec (each under /<api>), or the SPECs given.")
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
    callback=_check_tokens,
    help=f"Bearer token the mock accepts (repeatable). Default: {DEFAULT_TOKEN}.",
)
@click.option(
    "--admin-token",
    "admin_tokens",
    multiple=True,
    metavar="TOKEN",
    callback=_check_tokens,
    help=f"Token of the control API /__mock/ and its page /__mock/ui (repeatable). Default: {DEFAULT_TOKEN}.",
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
    metavar="FILE|URL",
    default=None,
    help="Keep state in this SQLite file, or in the PostgreSQL database of a libpq URL "
    "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB (password from the URL or PGPASSWORD, never "
    "printed); it survives restarts and crashes and is shared by --workers and replicas "
    "(default: in memory).",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes serving one port; more than 1 needs --state (or --static).",
)
@click.option(
    "--seed-data",
    metavar="FILE",
    default=None,
    help="Store the resources of this JSON or YAML file at start (the format of POST /__mock/seed).",
)
@click.option("--no-cors", is_flag=True, help="Do not add CORS headers or answer CORS preflights.")
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
    help="Least severe messages logged; the access log is at info.",
)
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="json: one JSON object per log line (access lines carry method, path, status, latency_ms, problem).",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="No access log (one line per request, otherwise logged at info)."
)
def serve(
    spec: tuple[str, ...],
    host: str,
    port: int,
    tokens: tuple[str, ...],
    admin_tokens: tuple[str, ...],
    mount: bool,
    static: bool,
    dynamic: bool,
    seed: int | None,
    state_file: str | None,
    workers: int,
    seed_data: str | None,
    no_cors: bool,
    log_level: str,
    log_format: str,
    quiet: bool,
) -> None:
    """Serve SPEC: an API name (datahub, omnistrate, pds, datum) or a path to an OpenAPI file.

    With one SPEC it is served at the root. With several, or with none (every spec of the project),
    each is served under /<api name>, for example http://127.0.0.1:4010/datahub/tenants.

    Requests must carry a bearer token the mock accepts (`mock-token` unless --token is given; Data HUB
    also accepts the tokens `mockserver token` prints).

    The mock is stateful unless --static: creates are stored with ids in the API's own style, reads
    and lists return them, updates merge, deletes remove (then reads answer 404). Data HUB and Datum
    follow their domain engines. State lives in memory, or in the --state file or database.

    \b
    Scaling out: --workers N runs N processes on one port; replicas on several machines share one
    world through --state postgresql://USER@HOST:PORT/DB (any libpq URL; the password comes from the
    URL or PGPASSWORD and is never printed). /__mock/health answers 503 while the database is down,
    and so do API requests, in each API's error model. Each process keeps its own journal.

    Each request is logged at info, one line: method, path, status, latency and, for a 4xx answer,
    the first problem found (--quiet turns it off; credentials never appear).

    \b
    Control API (every endpoint but health needs an --admin-token as a bearer token):
      GET  /__mock/ui        the inspector page: requests, state, specs
      GET  /__mock/health    liveness and readiness: 503 while the store is down (open)
      POST /__mock/reset     forget all state (and this process's journal)
      POST /__mock/seed      store resources: {api: {resource: [records]}} as JSON or YAML
      GET  /__mock/journal   the last 1,000 requests; ?api=&method=&status=4xx&path=/pds/*&limit=

    \b
    Examples:
      mockserver serve
      mockserver serve datahub --port 8080
      mockserver serve omnistrate --state mock.db --seed-data fixtures.yaml
      mockserver serve --workers 4 --state postgresql://mock@db.internal:5432/mock
      mockserver serve ./my-spec.yaml --static --dynamic --seed 7
      mockserver serve pds --mount --log-format json

    \b
    Exit codes: 1 when a spec, the state file, the seed file or the port cannot be used
    (one line on stderr naming it); 2 for a malformed command line.
    """
    configure_logging(log_level, log_format, access=not quiet)
    if workers > 1 and state_file is None and not static:
        raise click.ClickException(
            f"--workers {workers}: in-memory state cannot be shared by worker processes; "
            "give --state FILE or --state postgresql://... (or --static)"
        )
    if state_file is not None and store_kind(state_file) == "sqlite":
        _check_state_file(state_file)
    options = MockOptions(
        tokens=tokens or (DEFAULT_TOKEN,),
        static=static,
        dynamic=dynamic,
        seed=seed,
        cors=not no_cors,
        state_file=state_file,
        admin_tokens=admin_tokens or (DEFAULT_TOKEN,),
    )
    data = _read_seed_data(seed_data) if seed_data is not None else None
    try:
        # The compiled specs are long-lived: no collections while building them, and frozen after so
        # that collections while serving never traverse them.
        gc.disable()
        app = create_app(spec or None, options, mount=True if mount else None, seed_data=data)
    except specs.SpecLoadError as exc:
        raise click.ClickException(str(exc)) from exc
    except SpecError as exc:  # the compiler's messages locate the problem in the document
        raise click.ClickException(f"{spec[0]}: {exc}" if len(spec) == 1 else str(exc)) from exc
    except sqlite3.Error as exc:
        raise click.ClickException(f"{state_file}: cannot use as the state file: {exc}") from exc
    except StoreUnavailableError as exc:
        raise click.ClickException(str(exc)) from exc
    except RuntimeError as exc:  # a database newer than this mock; no PostgreSQL driver installed
        raise click.ClickException(str(exc)) from exc
    except ValueError as exc:
        where = f"{seed_data}: " if seed_data is not None and "seed data" in str(exc) else ""
        raise click.ClickException(f"{where}{exc}") from exc
    except OSError as exc:
        raise click.ClickException(f"{exc.filename or 'mockserver'}: {exc.strerror or exc}") from exc
    finally:
        gc.enable()
    gc.freeze()
    sock, base = listen(host, port)
    for name, prefix in sorted(app.urls.items()):
        click.echo(f"mockserver: {name} at {base}{prefix if prefix != '/' else ''}")
    admin = DEFAULT_TOKEN if not admin_tokens else f"the {len(admin_tokens)} given with --admin-token"
    click.echo(f"mockserver: control API at {base}/__mock/ (admin token: {admin}); page {base}/__mock/ui")
    # Tokens given with --token are the user's secrets: never echoed; the development token is public.
    accepted = DEFAULT_TOKEN if not tokens else f"the {len(tokens)} given with --token"
    click.echo(f"mockserver: accepted bearer token(s): {accepted}")
    state = "off (--static)" if static else f"in {display_state(state_file)}" if state_file else "in memory"
    processes = f"; {workers} workers" if workers > 1 else ""
    click.echo(f"mockserver: state {state}; CORS {'off' if no_cors else 'on'}{processes}")
    if workers > 1:
        sys.stdout.flush()
        app.close()  # each worker builds its own app (and connection); the seed is stored already
        with contextlib.suppress(KeyboardInterrupt):
            serve_workers(
                sock,
                workers,
                specs=spec,
                options=options,
                mount=True if mount else None,
                log_level=log_level,
                log_format=log_format,
                quiet=quiet,
            )
        return
    run(app, sock, log_level=log_level, log_format=log_format, quiet=quiet)


main.add_command(proxy)


def _check_state_file(path: str) -> None:
    """Refuse a state file that cannot be written, naming it (SQLite would only say "unable to open")."""
    target = Path(path)
    if target.is_dir():
        raise click.ClickException(f"{path}: cannot use as the state file: it is a directory")
    if target.exists():
        if not os.access(target, os.R_OK | os.W_OK):
            raise click.ClickException(f"{path}: cannot use as the state file: not readable and writable")
        return
    parent = target.parent
    if not parent.is_dir():
        raise click.ClickException(f"{path}: cannot create the state file: no directory {str(parent)!r}")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise click.ClickException(f"{path}: cannot create the state file: {str(parent)!r} is not writable")


def _read_seed_data(path: str) -> bytes:
    """The seed file's bytes once they parse as YAML (JSON included); the control API checks the shape."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read the seed data: {exc.strerror}") from exc
    import yaml  # noqa: PLC0415 - only a seed file needs YAML here

    try:
        yaml.load(data, Loader=specs.yaml_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else path
        raise click.ClickException(
            f"{where}: the seed data is not valid YAML or JSON: {exc.problem}"
        ) from exc
    except yaml.YAMLError as exc:
        raise click.ClickException(f"{path}: the seed data is not valid YAML or JSON") from exc
    return data


@main.command(short_help="Print an unsigned Data HUB token the mock accepts.")
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
