"""Adapters between the mock's pipeline and the service: the behaviour for requests a spec operation
matches, and the unmatched hook for the requests the service answers although no operation does."""

from __future__ import annotations

from typing import Any

from ...answer import Answer
from ...behaviour import Context
from ...errors import MockError
from ...request import Request
from .identity import Caller, DataHubAuthenticator, bearer_token, caller_from_claims
from .intents import Intent, Op, read_intent
from .segments import is_segment, split_path
from .service import DataHubService

__all__ = ["DataHubBehaviour", "UnmatchedRequests"]

# The intents only requests outside the spec's operations have (see intents.Op).
_UNMATCHED_OPS = frozenset({Op.CREATE_UNKNOWN_TYPE, Op.NOT_FOUND, Op.ACTION})


class DataHubBehaviour:
    """Answers every Data HUB operation from the service's state."""

    def __init__(self, service: DataHubService) -> None:
        self.service = service

    def __call__(self, ctx: Context) -> Answer | None:
        intent = read_intent(ctx.request.method, split_path(ctx.request.path))
        if intent is None or ctx.identity is None:
            return None  # not an operation of the Data HUB spec: the static answer stands
        caller = caller_from_claims(ctx.identity.claims)
        return self._answer(ctx, caller, intent)

    def _answer(self, ctx: Context, caller: Caller, intent: Intent) -> Answer:
        service, path, name = self.service, intent.resource, intent.name
        body: Any = ctx.params.body
        match intent.op:
            case Op.LIST:
                assert intent.child is not None
                return Answer(200, service.list_children(caller, path, intent.child))
            case Op.CREATE:
                created = service.create(caller, path)
                return Answer(created.status, created.body)
            case Op.CHECK:
                service.check(caller, path)
                return Answer(204)
            case Op.DELETE:
                service.delete(caller, path)
                return Answer(204)
            case Op.SCOPES:
                return Answer(200, service.scopes(caller, path))
            case Op.LIST_PERMISSIONS:
                return Answer(200, service.list_permissions(caller, path))
            case Op.GET_PERMISSION:
                return Answer(200, service.get_permission(caller, path, name))
            case Op.PUT_PERMISSION:
                created_permission = service.put_permission(caller, path, name, body)
                if created_permission is None:
                    return Answer(204)
                return Answer(201, created_permission)
            case Op.DELETE_PERMISSION:
                service.delete_permission(caller, path, name)
                return Answer(204)
            case Op.GET_ATTRIBUTES:
                return Answer(200, service.attributes(caller, path))
            case Op.PATCH_ATTRIBUTES:
                return Answer(200, service.patch_attributes(caller, path, body))
            case Op.PUT_ATTRIBUTE:
                # No body at all is the empty string too (the service reads the raw body).
                service.put_attribute(caller, path, name, body if isinstance(body, str) else "")
                return Answer(204)
            case Op.DELETE_ATTRIBUTE:
                service.delete_attribute(caller, path, name)
                return Answer(204)
            case Op.ACTION:
                return Answer(200, service.action(caller, path, name))
            case Op.CREATE_UNKNOWN_TYPE:
                return service.create_unknown_type(caller, path, name)
            case Op.NOT_FOUND:
                return service.not_found(ctx.request.method, path)


def _error(error: MockError) -> Answer:
    """The spec's error model, `{"error": message}`, for answers no operation documents."""
    return Answer(error.status, {"error": error.detail}, error.headers, media_type="application/json")


class UnmatchedRequests:
    """The service's answers where no spec operation matches: a segment breaking the rule (400), PUT
    of a type that is not a child (400), an action the type lacks (403, or 400 for those holding the
    scope), POST on a resource and GET/PATCH of one attribute (404). Anything else: None, so the
    generic 404/405 stands (as for other methods on R/scopes and R/permissions)."""

    def __init__(self, service: DataHubService, authenticator: DataHubAuthenticator) -> None:
        self.service = service
        self.authenticator = authenticator

    def __call__(self, request: Request) -> Answer | None:
        segments = split_path(request.path)
        well_formed = all(is_segment(segment) for segment in segments)
        intent = read_intent(request.method, segments) if well_formed else None
        if well_formed and (intent is None or intent.op not in _UNMATCHED_OPS):
            return None
        try:
            token = bearer_token(request.headers)
            identity = self.authenticator.identify(token) if token is not None else None
            if identity is None:
                detail = "credentials are missing" if token is None else "the token is not valid"
                raise MockError(401, detail, "UNAUTHORIZED", {"www-authenticate": "Bearer"})
            if intent is None:
                raise MockError(400, "a path segment breaks the segment rule", "BAD_REQUEST")
            caller = caller_from_claims(identity.claims)
            if intent.op is Op.CREATE_UNKNOWN_TYPE:
                self.service.create_unknown_type(caller, intent.resource, intent.name)
            if intent.op is Op.ACTION:
                self.service.refuse_action(caller, intent.resource, intent.name)
            self.service.not_found(request.method, intent.resource)
        except MockError as error:
            return _error(error)
