"""Iterators over every token-paged list of `datahub_client`, sync and async (the functional layer;
the namespaced client's list methods page the same way).

Each yields the items of one list operation across all its pages, fetching the next page only when the
items of the previous one are used up. Arguments are the operation's own, minus the page token.

This API has no token-paged lists.
"""

from typing import Literal

from .client import Client
from .types import Unset

__all__ = []

# Keep the names every signature may use importable from here.
_ = (Client, Literal, Unset)
