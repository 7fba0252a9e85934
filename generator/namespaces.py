"""The namespaced client's shape for one SDK: a tree of resources whose methods are endpoints.

Built from openapi-python-client's own parse of the spec (`GeneratorData`), the naming table
(`names`) and the paged operations (`pagination`), and handed to the client templates as is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.strings import snake_case

from .names import Operation, OperationName
from .pagination import Paginator

__all__ = ["Method", "Resource", "build_tree"]


@dataclass
class Method:
    """One operation as a method: `services.describe` → `api.service_api.describe_service`."""

    name: str
    endpoint: Endpoint
    tag: str  # the functional layer's package under `api/`
    module: str  # the operation module's name
    operation_id: str
    paginator: Paginator | None
    spec_path: str  # as the spec writes it (`{id}`, where the generator may say `{id_path}`)

    @property
    def alias(self) -> str:
        """What the resource module imports the operation module as."""
        return f"_{self.tag}__{self.module}"

    @property
    def http(self) -> str:
        return f"{self.endpoint.method.upper()} {self.spec_path}"


@dataclass
class Resource:
    """A namespace: `client.services`, `client.services.environments`."""

    path: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Resource] = field(default_factory=dict)

    @property
    def attribute(self) -> str:
        return self.path[-1]

    @property
    def class_name(self) -> str:
        """`ServicesEnvironmentsResource` (the suffix keeps it apart from the models' names)."""
        return "".join(part.title().replace("_", "") for part in self.path) + "Resource"

    @property
    def module(self) -> str:
        """The module under `resources/` holding this resource (`services_environments`): one per
        resource, so that the first call of one loads only the operations of its own resource."""
        return "_".join(self.path)

    def walk(self) -> Iterator[Resource]:
        """This resource, then everything nested in it, depth first."""
        yield self
        for child in self.children.values():
            yield from child.walk()

    def all_methods(self) -> Iterator[Method]:
        for resource in self.walk():
            yield from resource.methods

    def imports(self) -> list[str]:
        """The model imports of this resource's own operations, relative to `resources/`."""
        found = {
            line.replace("from ...", "from ..", 1)
            for method in self.methods
            for line in method.endpoint.relative_imports
        }
        found.update(
            f"from ..models.{m.paginator.item_module} import {m.paginator.item_class}"
            for m in self.methods
            if m.paginator is not None
        )
        # A model body may also be given as its TypedDict (`<Model>Dict`, beside the model).
        found.update(
            f"from ..models.{body.prop.class_info.module_name} import {body.prop.class_info.name}Dict"
            for m in self.methods
            for body in m.endpoint.bodies
            if isinstance(body.prop, ModelProperty)
        )
        return sorted(found)


def _by_operation_id(data: GeneratorData) -> dict[str, tuple[str, Endpoint]]:
    found = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            found[snake_case(str(endpoint.name))] = (str(tag), endpoint)
    return found


def build_tree(
    data: GeneratorData,
    table: Mapping[str, OperationName],
    paginators: Mapping[str, Paginator],
    operations: list[Operation],
) -> list[Resource]:
    """The top-level resources, in the order the spec first uses them; methods in spec order."""
    endpoints = _by_operation_id(data)
    roots: dict[str, Resource] = {}
    for operation in operations:
        operation_id = operation.operation_id
        name = table[operation_id]
        tag, endpoint = endpoints[snake_case(operation_id)]
        level: dict[str, Any] = roots
        resource: Resource | None = None
        for depth in range(len(name.resource)):
            key = name.resource[depth]
            if key not in level:
                level[key] = Resource(name.resource[: depth + 1])
            resource = level[key]
            level = resource.children
        assert resource is not None  # names.problems() refuses a name without a resource
        module = snake_case(str(endpoint.name))
        resource.methods.append(
            Method(
                name.method,
                endpoint,
                tag,
                module,
                operation_id,
                paginators.get(str(endpoint.name)),
                operation.path,
            )
        )
    return list(roots.values())
