"""A generic Kubernetes API server, driven by OpenAPI documents in the shape a Kubernetes API server
publishes (one per group version): the kinds are found from the documents, and every kind gets the
API server's semantics.

Modules: `statuses` (Kubernetes `Status`), `selectors`, `paging` (continue tokens), `patching`,
`admission` (422 causes), `history` (objects versioned like etcd), `watch` (event streams), `objects`
(the verbs on one kind), `deletion` (what a delete does), `kinds` (kinds and verbs from a document),
`world` (one control plane's objects, stored), `behaviour` (a behaviour serving a document's kinds
from worlds).
"""

from __future__ import annotations

from .admission import USER_METADATA, ObjectValidator
from .deletion import GC_FINALIZERS, DeleteOptions, Deletion, marked_deleting
from .history import History, HistoryView, StoredEvent
from .objects import Collection, KindRules, ObjectHandlers, dry_run
from .paging import ContinueToken
from .patching import apply_patch, merge_patch
from .selectors import LabelRequirement, Selector, parse_field_selector, parse_label_selector
from .statuses import KubeError, ResourceName, failure, success
from .watch import WatchLimits, watch_events

__all__ = [
    "GC_FINALIZERS",
    "USER_METADATA",
    "Collection",
    "ContinueToken",
    "DeleteOptions",
    "Deletion",
    "History",
    "HistoryView",
    "KindRules",
    "KubeError",
    "LabelRequirement",
    "ObjectHandlers",
    "ObjectValidator",
    "ResourceName",
    "Selector",
    "StoredEvent",
    "WatchLimits",
    "apply_patch",
    "dry_run",
    "failure",
    "marked_deleting",
    "merge_patch",
    "parse_field_selector",
    "parse_label_selector",
    "success",
    "watch_events",
]
