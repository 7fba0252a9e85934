"""`mockserver proxy`: the command line of the validating proxy (`proxy.py`); `cli.py` registers it."""

from __future__ import annotations

import click

import specs

from .access_log import configure_logging
from .errors import SpecError
from .launch import listen, run

__all__ = ["proxy"]


@click.command(short_help="Forward to a real server, checking requests and answers against the SPECs.")
@click.argument("spec", nargs=-1)
@click.option(
    "--upstream",
    required=True,
    metavar="URL",
    help="The server to forward to (http:// or https://); request paths are appended to it.",
)
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
    "--mount", is_flag=True, help="Check even a single SPEC under /<api name> instead of at the root."
)
@click.option(
    "--errors",
    is_flag=True,
    help="Answer a request that breaks the contract with the mock's own error (not forwarded), and an "
    "upstream answer that breaks it with 502 problem+json naming the violations.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="How long the upstream gets to connect and then between reads; past it the proxy answers 504.",
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
    help="Least severe messages logged; violations are warnings, the access log is at info.",
)
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="json: one JSON object per log line.",
)
@click.option("--quiet", "-q", is_flag=True, help="No access log (violations are still logged).")
def proxy(  # noqa: PLR0917 - click passes every option as a parameter
    spec: tuple[str, ...],
    upstream: str,
    host: str,
    port: int,
    mount: bool,
    errors: bool,
    timeout: float,
    log_level: str,
    log_format: str,
    quiet: bool,
) -> None:
    """Forward every request to --upstream and its answer back unchanged, checking both against SPEC.

    SPEC: an API name (datahub, omnistrate, pds, datum) or a path to an OpenAPI file; one SPEC is
    checked at the root, several (or none: every spec of the project) each under /<api name>, as
    `mockserver serve` mounts them. Paths are forwarded as they are, so the proxy's URLs mirror the
    upstream's.

    Violations (a request or an answer that breaks the contract) are reported as Prism reports them:
    in the `sl-violations` response header (a JSON list of {location, severity, code, message}), in
    the journal (GET /__mock/journal?violations=true) and in the log. Credentials are forwarded and
    never logged.

    \b
    Examples:
      mockserver proxy omnistrate --upstream https://api.omnistrate.cloud
      mockserver proxy datahub pds --upstream http://127.0.0.1:4010 --port 4011 --errors

    \b
    Exit codes: 1 when a spec, the upstream URL or the port cannot be used; 2 for a malformed
    command line.
    """
    # Imported here: `mockserver serve` and the other commands do not need the proxy's modules.
    from .proxy import ProxyOptions, create_proxy_app  # noqa: PLC0415

    configure_logging(log_level, log_format, access=not quiet)
    options = ProxyOptions(upstream=upstream, errors=errors, timeout=timeout)
    try:
        app = create_proxy_app(spec or None, options, mount=True if mount else None)
    except specs.SpecLoadError as exc:
        raise click.ClickException(str(exc)) from exc
    except SpecError as exc:
        raise click.ClickException(f"{spec[0]}: {exc}" if len(spec) == 1 else str(exc)) from exc
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{exc.filename or 'mockserver'}: {exc.strerror or exc}") from exc
    sock, base = listen(host, port)
    for name, prefix in sorted(app.urls.items()):
        click.echo(f"mockserver: proxy for {name} at {base}{prefix if prefix != '/' else ''}")
    click.echo(f"mockserver: forwarding to {app.upstream} (timeout {timeout:g} s)")
    click.echo(
        f"mockserver: control API at {base}/__mock/health, "
        f"violations at {base}/__mock/journal?violations=true"
    )
    mode = "refused (--errors)" if errors else "forwarded, violations reported"
    click.echo(f"mockserver: requests that break the contract are {mode}")
    # The upstream's own Date and Server headers pass through: uvicorn must not add a second pair.
    run(
        app,
        sock,
        log_level=log_level,
        log_format=log_format,
        quiet=quiet,
        server_header=False,
        date_header=False,
    )
