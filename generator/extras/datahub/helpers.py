"""Data HUB helpers (copied into `datahub_client`): the API's base URL inside a Keycloak realm.

from datahub_client import AuthenticatedClient
from datahub_client.helpers import realm_url

client = AuthenticatedClient(base_url=realm_url("https://keycloak.example.com"), token=access_token)
"""

from __future__ import annotations

from urllib.parse import quote

__all__ = ["DEFAULT_REALM", "realm_url"]

DEFAULT_REALM = "udh"


def realm_url(keycloak: str, realm: str = DEFAULT_REALM) -> str:
    """`{keycloak}/realms/{realm}/data-hub`: the base URL of Data HUB in `realm` of that Keycloak."""
    return f"{keycloak.rstrip('/')}/realms/{quote(realm, safe='')}/data-hub"
