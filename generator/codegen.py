"""Run openapi-python-client (in process) with our templates and refuse any warning."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.strings import snake_case

import specs

from . import declarations, names, namespaces, pagination
from .targets import RUNTIME_DIR, TEMPLATE_DIR, SdkTarget

__all__ = [
    "RUNTIME_PACKAGE",
    "GenerationError",
    "client_settings",
    "copy_runtime",
    "generate_into",
    "regenerate",
]

# Where the hand-written runtime (generator/runtime/) lands inside every package.
RUNTIME_PACKAGE = "_runtime"

# `--meta pdm` gives a pyproject with a PEP 517 backend, so `pip install ./sdk/<api>` works alone.
_META = MetaType.PDM


class GenerationError(RuntimeError):
    """openapi-python-client failed or warned."""


@contextlib.contextmanager
def _tools_on_path() -> Iterator[None]:
    """The generator's post-hooks call `ruff`: use the pinned one installed beside this interpreter."""
    before = os.environ.get("PATH", "")
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), before])
    try:
        yield
    finally:
        os.environ["PATH"] = before


_BUILTIN_GENERIC = re.compile(r"(?<![\w.])(list|dict)\[")


class _Project(Project):
    """openapi-python-client's project, plus our layer rendered from the same parse of the spec:
    the namespaced client, its resources, the pagination module and `api.md`."""

    def __init__(self, *, target: SdkTarget, document: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.target = target
        self.document = document
        self.env.globals["client_name"] = _CLIENT_NAMES[target.api]
        self.env.globals["readme"] = _README_EXAMPLES[target.api]
        self.env.globals["sdk_version"] = str(self.version.get_untrusted_value())
        # `resource.method` of an operation on the namespaced client, by the operation's Python name
        # (`endpoint.name`, the snake_case of its operationId), for the README's examples.
        methods = {
            snake_case(operation_id): ".".join((*name.resource, name.method))
            for operation_id, name in names.load_table(target.api).items()
        }
        self.env.globals["client_method"] = methods.__getitem__
        # In a class with a method named `list`, an annotation `list[X]` would name the method.
        self.env.filters["param_declaration"] = declarations.param_declaration
        self.env.filters["builtin_types"] = lambda text: _BUILTIN_GENERIC.sub(r"builtins.\1[", str(text))

    def _build_api(self) -> None:
        super()._build_api()
        if self._get_errors():  # an operation the generator could not read: fail with its warning
            return
        paginators = pagination.bind(self.document, self.openapi)
        table = names.load_table(self.target.api)
        operations = names.operations(self.document)
        resources = namespaces.build_tree(self.openapi, table, paginators, operations)
        settings = client_settings(self.target, self.document)
        context = {
            "resources": resources,
            "paginators": list(paginators.values()),
            "settings": settings,
            "mixins": names.load_mixins(self.target.api),
        }
        self._render("pagination.py.jinja", self.package_dir / "pagination.py", **context)
        self._render("namespaced_client.py.jinja", self.package_dir / "_client.py", **context)
        folder = self.package_dir / "resources"
        folder.mkdir()
        self._render("resources_init.py.jinja", folder / "__init__.py", **context)
        for root in resources:
            for resource in root.walk():
                module = folder / f"{resource.module}.py"
                self._render("resource_module.py.jinja", module, resource=resource, **context)
        self._render("api.md.jinja", self.project_dir / "api.md", **context)

    def _render(self, template: str, path: Path, **context: Any) -> None:
        text = self.env.get_template(template).render(**context)
        path.write_text(text, encoding=self.config.file_encoding)


def client_settings(target: SdkTarget, document: dict[str, Any]) -> dict[str, Any]:
    """What the namespaced client says of itself: its name, environment prefix and base URL."""
    servers = document.get("servers") or [{}]
    url = str(servers[0].get("url", ""))
    has_parts = "{" in url
    return {
        "name": _CLIENT_NAMES[target.api],
        "env_prefix": target.api.upper(),
        "default_base_url": None if has_parts else url,
        "base_url_hint": _BASE_URL_HINTS.get(target.api, f"e.g. {url}" if has_parts else ""),
    }


# The entry points' names (`Omnistrate`, `AsyncOmnistrate`), as the vendors spell them.
_CLIENT_NAMES = {"omnistrate": "Omnistrate", "pds": "PDS", "datum": "Datum", "datahub": "DataHub"}
# What each SDK README shows, against the mock's address (docs runner convention: tests/docs).
_README_EXAMPLES = {
    "omnistrate": {
        "setup": "",
        "base_url": '"http://127.0.0.1:4010/omnistrate"',
        "list": "client.services.list()",
        "read_missing": 'client.services.describe("no-such-service")',
        "paged": "client.audit_events.list_all()",
    },
    "pds": {
        "setup": "",
        "base_url": '"http://127.0.0.1:4010/pds"',
        "list": "client.accounts.list()",
        "read_missing": 'client.accounts.get("no-such-account")',
        "paged": "client.accounts.list()",
    },
    "datahub": {
        "setup": "",
        "base_url": '"http://127.0.0.1:4010/datahub"',
        "list": "client.tenants.list()",
        "read_missing": 'client.tenants.check("no-such-tenant")',
        "paged": None,
    },
    "datum": {
        "setup": "from datum_client.helpers import organization_control_plane_url\n\n",
        "base_url": 'organization_control_plane_url("my-org", host="http://127.0.0.1:4010/datum")',
        "list": "client.projects.list()",
        "read_missing": 'client.projects.read("no-such-project")',
        "paged": "client.projects.list(limit=2)",
    },
}
_BASE_URL_HINTS = {
    "datum": "organization_control_plane_url(organization_id) or project_control_plane_url(project_id)",
    "datahub": "realm_url(keycloak_url, realm), e.g. https://keycloak.example.com/realms/udh/data-hub",
    "pds": "your PDS control plane, e.g. https://pds.example.com",
}


def generate_into(target: SdkTarget, destination: Path) -> Path:
    """Generate `target`'s SDK into `destination` (which must not exist) and return it."""
    config = Config.from_sources(
        ConfigFile.load_from_path(target.config), _META, target.spec, "utf-8", False, destination
    )
    document = specs.load(target.spec)
    unnamed = names.problems(target.api, document)
    if unnamed:
        raise GenerationError(f"client names of {target.api}:\n" + "\n".join(unnamed))
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(f"openapi-python-client cannot read {target.spec}: {data.header} {data.detail}")
    project = _Project(
        target=target, document=document, openapi=data, config=config, custom_template_path=TEMPLATE_DIR
    )
    # Post-hooks (ruff) run at the end of build(), so they format our templates' output too.
    with _tools_on_path(), contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:
        detail = "\n".join(f"{e.level.value}: {e.header}: {e.detail or ''}" for e in errors)
        raise GenerationError(f"openapi-python-client failed or warned for {target.api}:\n{detail}")
    package = destination / target.package
    copy_runtime(package)
    if target.extras.is_dir():
        for module in sorted(target.extras.glob("*.py")):
            shutil.copy2(module, package / module.name)
        # API-specific documentation (examples of the extras) goes at the end of the SDK's README.
        readme_extra = target.extras / "README.md"
        if readme_extra.is_file():
            readme = destination / "README.md"
            readme.write_text(
                readme.read_text(encoding="utf-8").rstrip("\n")
                + "\n\n"
                + readme_extra.read_text(encoding="utf-8")
            )
    return destination


def copy_runtime(package: Path) -> None:
    """Copy generator/runtime/*.py into `<package>/_runtime/`, byte for byte."""
    runtime = package / RUNTIME_PACKAGE
    runtime.mkdir()
    for module in sorted(RUNTIME_DIR.glob("*.py")):
        shutil.copyfile(module, runtime / module.name)


def regenerate(target: SdkTarget) -> None:
    """Replace the committed SDK folder with a fresh generation."""
    with tempfile.TemporaryDirectory(prefix=f"sdk-{target.api}-") as tmp:
        fresh = generate_into(target, Path(tmp) / target.api)
        if target.output.exists():
            shutil.rmtree(target.output)
        shutil.copytree(fresh, target.output)
