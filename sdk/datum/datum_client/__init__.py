"""A client library for accessing Datum Cloud Resource Manager API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
