"""A behaviour serving every Kubernetes operation of one document from worlds: the verbs of
`objects.py` on the kinds `kinds.py` finds, each request in the world `worlds` picks for it."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

import jsonschema_rs

from ...answer import Answer
from ...behaviour import Context
from ...compiler import Api
from .admission import USER_METADATA, ObjectValidator
from .defaulting import Defaults
from .kinds import Kind, Verb, kind_schema, verbs_of
from .objects import KindRules, ObjectHandlers
from .statuses import KubeError
from .watch import WatchLimits
from .world import NAMESPACES, KindCollection, World

__all__ = ["Admission", "KubernetesBehaviour"]

# A kind's own admission step after pruning (a Secret's `stringData` folded into `data`), by kind name.
Admission = Callable[[dict[str, Any]], dict[str, Any]]
_TYPE_META = ("apiVersion", "kind")


def _no_status(obj: dict[str, Any]) -> None:
    return None


def _active(namespace: dict[str, Any]) -> None:
    namespace["status"] = {"phase": "Active"}


# The status the API server itself gives a new object of a built-in kind.
_INITIAL_STATUS: dict[tuple[str, str], Callable[[dict[str, Any]], None]] = {("", "Namespace"): _active}


def _pruner(
    schema: Mapping[str, Any] | None, admission: Admission | None
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Keep the top-level fields the kind's schema knows and the metadata a client may set."""
    known = set(schema.get("properties") or {}) if schema else None

    def prune(obj: dict[str, Any]) -> dict[str, Any]:
        out = {
            key: copy.deepcopy(value)
            for key, value in obj.items()
            if key not in (*_TYPE_META, "metadata") and (known is None or key in known)
        }
        metadata = obj.get("metadata") or {}
        out["metadata"] = {
            k: copy.deepcopy(metadata[k]) for k in (*USER_METADATA, "namespace") if k in metadata
        }
        return admission(out) if admission is not None else out

    return prune


class KubernetesBehaviour:
    """Answers the document's Kubernetes operations; others pass to the next behaviour."""

    def __init__(
        self,
        api: Api,
        worlds: Callable[[Context], World],
        limits: WatchLimits,
        admissions: Mapping[str, Admission] | None = None,
        refresh: Callable[[], None] = lambda: None,
    ) -> None:
        """`refresh` takes what other processes sharing the store wrote into the worlds: watches call
        it each poll."""
        self.worlds = worlds
        self.verbs: dict[str, Verb] = verbs_of(api)
        self.handlers: dict[Kind, ObjectHandlers] = {}
        for operation_id, verb in self.verbs.items():
            kind = verb.kind
            if kind in self.handlers and verb.verb != "create":
                continue
            validator = next(
                (m.validator for m in api.operations[operation_id].body.values() if m.validator), None
            )
            if kind in self.handlers and validator is None:
                continue
            schema = kind_schema(api.document, kind)
            rules = KindRules(
                kind.resource,
                kind.api_version,
                ObjectValidator(validator or jsonschema_rs.validator_for({}), kind.resource),
                _pruner(schema, (admissions or {}).get(kind.kind)),
                initial_status=_INITIAL_STATUS.get((kind.group, kind.kind), _no_status),
                defaults=Defaults(api.document, schema).apply,
            )
            self.handlers[kind] = ObjectHandlers(rules, limits, refresh)

    @property
    def kinds(self) -> list[Kind]:
        return list(self.handlers)

    def __call__(self, ctx: Context) -> Answer | None:
        verb = self.verbs.get(ctx.operation.operation_id)
        if verb is None:
            return None
        try:
            world = self.worlds(ctx)
            namespace = str(ctx.params.path["namespace"]) if verb.namespaced_path else None
            if verb.verb in ("create", "replace"):
                self._check_namespace(ctx, namespace)
            collection = KindCollection(world, verb.kind, namespace)
            answer: Callable[[Context, KindCollection], Answer] = getattr(self.handlers[verb.kind], verb.verb)
            with world.history.lock:
                if verb.verb == "create" and namespace is not None and not world.namespace_exists(namespace):
                    raise KubeError.not_found(NAMESPACES.resource, namespace)
                return answer(ctx, collection)
        except KubeError as error:
            return Answer(status=error.code, value=error.status)

    @staticmethod
    def _check_namespace(ctx: Context, namespace: str | None) -> None:
        body = ctx.params.body
        metadata = body.get("metadata") if isinstance(body, dict) else None
        sent = metadata.get("namespace") if isinstance(metadata, dict) else None
        if namespace is not None and sent and sent != namespace:
            raise KubeError.bad_request(
                "the namespace of the provided object does not match the namespace sent on the request"
            )
