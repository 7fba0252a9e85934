"""`python -m generator`: regenerate the SDKs and check specs, seed coverage and drift."""

from __future__ import annotations

import sys
from collections.abc import Iterable

import click

import specs

from . import checks, codegen, controlplane, coverage, names, sdkspec, seeds
from .targets import SdkTarget, all_targets, target


def _targets(apis: tuple[str, ...]) -> list[SdkTarget]:
    try:
        return [target(api) for api in apis] if apis else all_targets()
    except (LookupError, specs.SpecNotFoundError) as exc:
        raise click.UsageError(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Generate the SDKs under sdk/ from the specs under specs/, and check both.

    Each SDK is configured by generator/configs/<api>.yaml and rendered with
    openapi-python-client plus the templates in generator/templates/.
    """


@main.command()
@click.argument("apis", nargs=-1)
def generate(apis: tuple[str, ...]) -> None:
    """Regenerate sdk/<api> for APIS (default: every API with a config).

    Also rewrites specs/<api>/seed-inventory.json from the seed document when ../shared/seeds is
    present. Fails, leaving sdk/ untouched, on any generator warning.
    """
    for sdk in _targets(apis):
        inventory_file = coverage.inventory_path(sdk.spec)
        if inventory_file.is_file():
            fresh = seeds.fresh_inventory(sdk.api, coverage.load_inventory(inventory_file))
            if fresh is not None:
                inventory_file.write_text(seeds.render(fresh), encoding="utf-8")
        try:
            codegen.regenerate(sdk)
        except codegen.GenerationError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"generated {sdk.output.relative_to(sdk.output.parents[1])} ({sdk.package})")


@main.command("control-plane")
def control_plane_command() -> None:
    """Write the project control plane's documents and CRD inventory.

    Expands generator/configs/project-control-plane.yaml, with the published schemas and CRDs of
    ../shared/reference/datum/project-control-plane, into specs/datum/project-control-plane/:
    one OpenAPI document per group version, and crd-inventory.json for the fidelity check.
    """
    written = controlplane.write_all()
    if written is None:
        raise click.ClickException(f"the reference is not here: {controlplane.reference_dir()}")
    for path in written:
        click.echo(f"wrote {path.relative_to(controlplane.OUTPUT_DIR.parents[2])}")


@main.command("names")
@click.argument("apis", nargs=-1)
@click.option("--write", is_flag=True, help="Write generator/configs/names/<api>.yaml, not stdout.")
def names_command(apis: tuple[str, ...], write: bool) -> None:
    """Print (or --write) the naming table of APIS: where each operation lives on the client.

    Names already in the table stay as they are (they are the overrides); operations new to the
    spec get the default name, and operations no longer in it are dropped.
    """
    for sdk in _targets(apis):
        document = sdkspec.sdk_document(sdk.api, sdk.spec)
        text = names.render_table(sdk.api, document, names.load_table(sdk.api))
        if write:
            names.NAMES_DIR.mkdir(exist_ok=True)
            names.table_path(sdk.api).write_text(text, encoding="utf-8")
            click.echo(f"wrote {names.table_path(sdk.api).relative_to(names.NAMES_DIR.parents[2])}")
        else:
            click.echo(text, nl=False)


@main.command()
@click.argument("apis", nargs=-1)
@click.option("--no-drift", is_flag=True, help="Skip regenerating the SDKs to compare them with sdk/.")
def check(apis: tuple[str, ...], no_drift: bool) -> None:
    """Validate specs and examples, compare specs with their seed inventories, detect SDK drift.

    APIS default to every spec under specs/. Exits 1 when anything is wrong.
    """
    requested = list(apis) or specs.api_names()
    failed = False
    for name in requested:
        try:
            sections = list(checks.check_spec(name))
        except specs.SpecNotFoundError as exc:
            raise click.UsageError(str(exc)) from exc
        failed |= _print(sections)
    if not no_drift:
        failed |= _print(checks.check_drift(requested))
    if failed:
        sys.exit(1)


def _print(sections: Iterable[checks.Section]) -> bool:
    """Print each section, its problems on stderr; True when any had a problem."""
    failed = False
    for section in sections:
        click.echo(section.summary)
        for problem in section.problems:
            click.echo(f"  {problem}", err=True)
        failed |= not section.ok
    return failed
