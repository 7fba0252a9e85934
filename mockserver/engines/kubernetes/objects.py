"""The Kubernetes verbs on one kind: list (and watch), create, read, replace, patch, delete, delete
collection, on the object or its `/status`, with the API server's semantics (names and generateName,
resourceVersion and generation, 404/409/410/422, json/merge/apply patches, selectors, paging, dryRun).

The verbs work on a `Collection` (one kind, in one namespace or all of them) and follow the kind's
`KindRules`; what is stored where, and who reacts to a write, is the collection's business.
"""

from __future__ import annotations

import contextlib
import copy
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ...answer import Answer
from ...behaviour import Context
from ...responses import negotiate
from .admission import USER_METADATA, ObjectValidator
from .deletion import DeleteOptions, Deletion
from .paging import ContinueToken
from .patching import apply_patch, merge_patch
from .selectors import LabelRequirement, Selector, parse_field_selector, parse_label_selector
from .statuses import KubeError, ResourceName, success
from .watch import WatchedEvent, WatchLimits, watch_events

__all__ = ["Collection", "KindRules", "ObjectHandlers", "dry_run"]

_SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"  # Kubernetes' generateName alphabet (no vowels)
_MAX_GENERATED_PREFIX = 58  # 63 minus the five-character suffix, as Kubernetes truncates
_WATCH_MEDIA = ("application/x-ndjson", "application/json")
# Top-level fields that are no part of an object's desired state: changing anything else bumps
# `metadata.generation`.
_NOT_DESIRED_STATE = frozenset({"apiVersion", "kind", "metadata", "status"})


class Collection(Protocol):
    """The objects of one kind a request addresses (one namespace, or all for cluster-wide lists)."""

    @property
    def revision(self) -> int: ...
    @property
    def compacted(self) -> int: ...

    def get(self, name: str) -> dict[str, Any] | None: ...

    def snapshot(self, revision: int | None = None) -> list[dict[str, Any]]:
        """Every object as of `revision`, in list order (namespace, then name)."""
        ...

    def events_after(self, revision: int) -> Sequence[WatchedEvent]: ...

    def admitted(self, obj: dict[str, Any]) -> dict[str, Any]:
        """`obj` as it would be stored (type meta, namespace, forced labels), without storing it."""
        ...

    def create(self, obj: dict[str, Any]) -> dict[str, Any]: ...

    def update(self, obj: dict[str, Any]) -> dict[str, Any]: ...

    def delete(self, name: str, options: DeleteOptions, *, dry_run: bool = False) -> Deletion:
        """Delete an object, or, while finalizers hold it, mark it deleting (`deletion.py`); with
        `dry_run` only say what would happen."""
        ...


def _flag(value: Any) -> bool:
    return value is True


def dry_run(ctx: Context) -> bool:
    return ctx.params.query.get("dryRun") == "All"


def _no_new_finalizers(current: dict[str, Any], wanted: dict[str, Any], resource: ResourceName) -> None:
    """An object being deleted may lose finalizers, never gain one (422, as the API server answers)."""
    if not current["metadata"].get("deletionTimestamp"):
        return
    had = set(current["metadata"].get("finalizers") or [])
    new = [f for f in wanted["metadata"].get("finalizers") or [] if f not in had]
    if new:
        cause = {
            "reason": "FieldValueForbidden",
            "message": "Forbidden: no new finalizers can be added if the object is being deleted, "
            f"found new finalizers {new}",
            "field": "metadata.finalizers",
        }
        raise KubeError.invalid(resource, current["metadata"]["name"], [cause])


def _position(obj: dict[str, Any]) -> str:
    """Where an object sorts in a list; continue tokens hold the next one's."""
    metadata = obj["metadata"]
    return f"{metadata.get('namespace', '')}/{metadata['name']}"


@dataclass(frozen=True)
class KindRules:
    """What the API server knows of a kind."""

    resource: ResourceName
    api_version: str
    validator: ObjectValidator
    # The fields the server keeps of a request body (custom resources drop unknown fields).
    prune: Callable[[dict[str, Any]], dict[str, Any]]
    # Label requirements every selector of this kind gets (an organization's own projects).
    forced_labels: tuple[LabelRequirement, ...] = ()
    # Sets the status a new object starts with (default: none); the status is the controllers'.
    initial_status: Callable[[dict[str, Any]], None] = field(default=lambda obj: None)
    # Fills in the schema's defaults (in place), before validation, as the API server does.
    defaults: Callable[[dict[str, Any]], dict[str, Any]] = field(default=lambda obj: obj)
    # A delete that removes the object answers the object, not a `Status` (`ReturnDeletedObject`
    # of the kind's registry: Namespaces; custom resources answer a `Status`).
    returns_deleted: bool = False

    def defaulted(self, body: Any) -> Any:
        """A copy of a request's object with its defaults filled in (anything else as it is)."""
        return self.defaults(copy.deepcopy(body)) if isinstance(body, dict) else body

    @property
    def list_kind(self) -> str:
        return f"{self.resource.kind}List"

    @property
    def type_meta(self) -> dict[str, str]:
        return {"apiVersion": self.api_version, "kind": self.resource.kind}


class ObjectHandlers:
    """The verbs of one kind; each takes the request and the collection it addresses."""

    def __init__(
        self, rules: KindRules, limits: WatchLimits, refresh: Callable[[], None] = lambda: None
    ) -> None:
        self.rules = rules
        self.limits = limits
        self.refresh = refresh  # watches call it each poll: takes in what other processes wrote

    # -- reads -----------------------------------------------------------------------------------

    def _existing(self, collection: Collection, name: str) -> dict[str, Any]:
        current = collection.get(name)
        if current is None:
            raise KubeError.not_found(self.rules.resource, name)
        return current

    def _check_version(self, sent: Any, current: dict[str, Any], name: str) -> None:
        if sent and sent != current["metadata"]["resourceVersion"]:
            raise KubeError.conflict(self.rules.resource, name)

    def _selector(self, ctx: Context) -> tuple[Selector, bool]:
        query = ctx.params.query
        labels = parse_label_selector(query.get("labelSelector", ""))
        fields = parse_field_selector(query.get("fieldSelector", ""))
        return Selector((*labels, *self.rules.forced_labels), fields), bool(labels or fields)

    def list(self, ctx: Context, collection: Collection) -> Answer:
        query = ctx.params.query
        selector, narrowed = self._selector(ctx)
        if _flag(query.get("watch")):
            return self._watch(ctx, collection, selector)
        current = collection.revision
        revision, start = current, ""
        if query.get("continue"):
            token = ContinueToken.decode(query["continue"])
            revision, start = min(token.revision, current), token.start
        elif query.get("resourceVersionMatch") == "Exact" and str(query.get("resourceVersion", "")).isdigit():
            revision = min(int(query["resourceVersion"]), current)
        if revision < collection.compacted:
            raise KubeError.expired(
                "The provided continue parameter is too old to display a consistent list result. "
                "You can start a new list without the continue parameter."
            )
        items = [o for o in collection.snapshot(revision) if _position(o) >= start and selector.matches(o)]
        limit = query.get("limit") or 0
        page, rest = (items[:limit], items[limit:]) if limit > 0 else (items, [])
        metadata: dict[str, Any] = {"resourceVersion": str(revision)}
        if rest:
            metadata["continue"] = ContinueToken(revision, _position(rest[0])).encode()
            if not narrowed:  # Kubernetes only counts what is left when no selector filters it
                metadata["remainingItemCount"] = len(rest)
        body = {"apiVersion": self.rules.api_version, "kind": self.rules.list_kind}
        return Answer(status=200, value={**body, "metadata": metadata, "items": page})

    def _watch(self, ctx: Context, collection: Collection, selector: Selector) -> Answer:
        accept = ctx.request.headers.get("accept")
        media_type = negotiate(accept, list(_WATCH_MEDIA)) if accept else _WATCH_MEDIA[0]
        if media_type is not None and accept and negotiate(accept, [_WATCH_MEDIA[0]]):
            media_type = _WATCH_MEDIA[0]  # newline-delimited JSON whenever the client takes it
        if media_type is None:
            raise KubeError(400, "BadRequest", f"cannot stream watch events as any of: {accept}")
        query = ctx.params.query
        requested = str(query.get("resourceVersion", ""))
        current = collection.revision
        start = int(requested) if requested.isdigit() and int(requested) > 0 else current
        stream = watch_events(
            collection,
            selector,
            min(start, current),
            self.limits.seconds(query.get("timeoutSeconds")),
            type_meta=self.rules.type_meta,
            initial_events=_flag(query.get("sendInitialEvents")),
            bookmarks=_flag(query.get("allowWatchBookmarks")),
            refresh=self.refresh,
        )
        return Answer(200, media_type=media_type, stream=stream)

    def read(self, ctx: Context, collection: Collection) -> Answer:
        return Answer(status=200, value=self._existing(collection, ctx.params.path["name"]))

    # -- writes ----------------------------------------------------------------------------------

    def delete_collection(self, ctx: Context, collection: Collection) -> Answer:
        selector, _ = self._selector(ctx)
        options = DeleteOptions.of(ctx.params.query, ctx.params.body)
        if not (dry_run(ctx) or options.dry_run):
            for obj in collection.snapshot():
                if selector.matches(obj) and collection.get(obj["metadata"]["name"]) is not None:
                    with contextlib.suppress(KubeError):  # what the server keeps (namespace default)
                        collection.delete(obj["metadata"]["name"], options)
        resource = self.rules.resource
        return Answer(status=200, value=success({"group": resource.group, "kind": resource.plural}))

    def create(self, ctx: Context, collection: Collection) -> Answer:
        body = self.rules.defaulted(ctx.params.body)
        metadata = body.get("metadata") if isinstance(body, dict) else None
        self.rules.validator.check(body, str(metadata.get("name", "")) if isinstance(metadata, dict) else "")
        obj = self.rules.prune(body)
        metadata = obj["metadata"]
        if not metadata.get("name"):
            prefix = metadata["generateName"][:_MAX_GENERATED_PREFIX]
            metadata["name"] = prefix + "".join(secrets.choice(_SUFFIX_ALPHABET) for _ in range(5))
        name = metadata["name"]
        if collection.get(name) is not None:
            raise KubeError.already_exists(self.rules.resource, name)
        # Status is the controllers': what the request says is dropped, as for any status subresource.
        obj.pop("status", None)
        self.rules.initial_status(obj)
        if dry_run(ctx):
            preview = collection.admitted(obj)
            preview["metadata"]["generation"] = 1
            return Answer(status=201, value=preview)
        return Answer(status=201, value=collection.create(obj))

    def replace(self, ctx: Context, collection: Collection) -> Answer:
        name = ctx.params.path["name"]
        current = self._existing(collection, name)
        body = self.rules.defaulted(ctx.params.body)
        metadata = body.get("metadata") if isinstance(body, dict) else None
        sent = metadata.get("name") if isinstance(metadata, dict) else None
        if sent != name:  # a body without a name names no object either
            raise KubeError.bad_request(
                f"the name of the object ({sent or ''}) does not match the name on the URL ({name})"
            )
        self.rules.validator.check(body, name)
        self._check_version(body["metadata"].get("resourceVersion"), current, name)
        return self._write(ctx, collection, current, self.rules.prune(body))

    def patch(self, ctx: Context, collection: Collection) -> Answer:
        name = ctx.params.path["name"]
        current = self._existing(collection, name)
        patched = self.rules.defaulted(apply_patch(current, ctx.params.media_type, ctx.params.body))
        metadata = patched.get("metadata")
        if not isinstance(metadata, dict) or metadata.get("name") != name:
            cause = {"reason": "FieldValueInvalid", "message": "field is immutable", "field": "metadata.name"}
            raise KubeError.invalid(self.rules.resource, name, [cause])
        self.rules.validator.check(patched, name)
        self._check_version(metadata.get("resourceVersion"), current, name)
        return self._write(ctx, collection, current, self.rules.prune(patched))

    def _write(
        self, ctx: Context, collection: Collection, current: dict[str, Any], wanted: dict[str, Any]
    ) -> Answer:
        """Apply `wanted` to the object or, on `/status`, to its status only."""
        updated = copy.deepcopy(current)
        if ctx.operation.path.endswith("/status"):
            if "status" in wanted:
                updated["status"] = wanted["status"]
            else:  # a status the request leaves out is cleared, not made an empty (invalid) one
                updated.pop("status", None)
        else:
            _no_new_finalizers(current, wanted, self.rules.resource)
            for key in USER_METADATA:
                if key == "name":
                    continue
                if key in wanted["metadata"]:
                    updated["metadata"][key] = wanted["metadata"][key]
                else:
                    updated["metadata"].pop(key, None)
            desired = {k: v for k, v in wanted.items() if k not in _NOT_DESIRED_STATE}
            before = {k: v for k, v in current.items() if k not in _NOT_DESIRED_STATE}
            if desired != before:
                updated = {k: v for k, v in updated.items() if k in _NOT_DESIRED_STATE} | desired
                updated["metadata"]["generation"] = current["metadata"].get("generation", 1) + 1
        self.rules.validator.check(updated, current["metadata"]["name"])
        if dry_run(ctx) or updated == current:
            return Answer(status=200, value=merge_patch(current, {"metadata": {}}) | updated)
        return Answer(status=200, value=collection.update(updated))

    def delete(self, ctx: Context, collection: Collection) -> Answer:
        name = ctx.params.path["name"]
        current = self._existing(collection, name)
        body = ctx.params.body if isinstance(ctx.params.body, dict) else {}
        preconditions = body.get("preconditions") or {}
        if preconditions.get("uid") and preconditions["uid"] != current["metadata"]["uid"]:
            raise KubeError.conflict(self.rules.resource, name)
        self._check_version(preconditions.get("resourceVersion"), current, name)
        options = DeleteOptions.of(ctx.params.query, ctx.params.body)
        deletion = collection.delete(name, options, dry_run=dry_run(ctx) or options.dry_run)
        code = options.status_code(deletion)
        if deletion.removed and not self.rules.returns_deleted:
            resource = self.rules.resource
            uid = current["metadata"]["uid"]
            details = {"name": name, "group": resource.group, "kind": resource.plural, "uid": uid}
            return Answer(status=code, value=success(details))
        return Answer(status=code, value=deletion.object)
