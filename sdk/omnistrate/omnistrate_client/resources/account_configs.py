"""`client.account_configs` (generated from the spec; see api.md)."""

# The resources build on their operation modules' `_get_kwargs`/`_parse_response` and the client's
# `_call`: private to the package, not to these modules.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..models.account_config import AccountConfig
    from ..models.account_config_identity_id_result import AccountConfigIdentityIDResult
    from ..models.create_account_config_request import CreateAccountConfigRequest, CreateAccountConfigRequestDict
    from ..models.describe_account_config_by_aws_account_id_result import DescribeAccountConfigByAWSAccountIDResult
    from ..models.describe_account_config_by_azure_subscription_id_result import (
        DescribeAccountConfigByAzureSubscriptionIDResult,
    )
    from ..models.describe_account_config_by_gcp_project_id_result import DescribeAccountConfigByGCPProjectIDResult
    from ..models.list_account_config_result import ListAccountConfigResult
    from ..models.list_byoa_config_request import ListBYOAConfigRequest, ListBYOAConfigRequestDict
    from ..models.list_byoa_config_result import ListBYOAConfigResult

    pass

__all__ = [
    "AsyncAccountConfigsResource",
    "AsyncAccountConfigsResourceWithRawResponse",
    "AsyncAccountConfigsResourceWithStreamingResponse",
    "AccountConfigsResource",
    "AccountConfigsResourceWithRawResponse",
    "AccountConfigsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AccountConfigsResource:
    """`client.account_configs`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountConfigsResourceWithRawResponse:
        return AccountConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountConfigsResourceWithStreamingResponse:
        return AccountConfigsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        body: CreateAccountConfigRequest | CreateAccountConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateAccountConfig account-config-api

        `POST /2022-09-01-00/accountconfig` (operation `createAccountConfig`)

        Args:
            body (CreateAccountConfigRequest): Request body of CreateAccountConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import create_account_config as _account_config_api__create_account_config  # noqa: PLC0415

        kwargs = _account_config_api__create_account_config._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _account_config_api__create_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AccountConfig:
        """DescribeAccountConfig account-config-api

        `GET /2022-09-01-00/accountconfig/{id}` (operation `describeAccountConfig`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AccountConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import describe_account_config as _account_config_api__describe_account_config  # noqa: PLC0415

        kwargs = _account_config_api__describe_account_config._get_kwargs(
            id=id,
        )
        return cast(
            "AccountConfig",
            self._client._call(
                kwargs,
                _account_config_api__describe_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteAccountConfig account-config-api

        `DELETE /2022-09-01-00/accountconfig/{id}` (operation `deleteAccountConfig`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import delete_account_config as _account_config_api__delete_account_config  # noqa: PLC0415

        kwargs = _account_config_api__delete_account_config._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _account_config_api__delete_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_by_aws_account_id(
        self,
        aws_account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeAccountConfigByAWSAccountIDResult:
        """DescribeAccountConfigByAWSAccountID account-config-api

        `GET /2022-09-01-00/accountconfig/aws/{awsAccountID}` (operation `describeAccountConfigByAWSAccountID`)

        Args:
            aws_account_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeAccountConfigByAWSAccountIDResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import (
            describe_account_config_by_aws_account_id as _account_config_api__describe_account_config_by_aws_account_id,  # noqa: PLC0415
        )

        kwargs = _account_config_api__describe_account_config_by_aws_account_id._get_kwargs(
            aws_account_id=aws_account_id,
        )
        return cast(
            "DescribeAccountConfigByAWSAccountIDResult",
            self._client._call(
                kwargs,
                _account_config_api__describe_account_config_by_aws_account_id._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_by_azure_subscription_id(
        self,
        azure_subscription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeAccountConfigByAzureSubscriptionIDResult:
        """DescribeAccountConfigByAzureSubscriptionID account-config-api

        `GET /2022-09-01-00/accountconfig/azure/{azureSubscriptionID}` (operation `describeAccountConfigByAzureSubscriptionID`)

        Args:
            azure_subscription_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeAccountConfigByAzureSubscriptionIDResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import (
            describe_account_config_by_azure_subscription_id as _account_config_api__describe_account_config_by_azure_subscription_id,  # noqa: PLC0415
        )

        kwargs = _account_config_api__describe_account_config_by_azure_subscription_id._get_kwargs(
            azure_subscription_id=azure_subscription_id,
        )
        return cast(
            "DescribeAccountConfigByAzureSubscriptionIDResult",
            self._client._call(
                kwargs,
                _account_config_api__describe_account_config_by_azure_subscription_id._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_byoa_config(
        self,
        *,
        body: ListBYOAConfigRequest | ListBYOAConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListBYOAConfigResult:
        """ListBYOAConfig account-config-api

        `GET /2022-09-01-00/accountconfig/byoa` (operation `listBYOAConfig`)

        Args:
            body (ListBYOAConfigRequest): Request body of ListBYOAConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListBYOAConfigResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import list_byoa_config as _account_config_api__list_byoa_config  # noqa: PLC0415

        kwargs = _account_config_api__list_byoa_config._get_kwargs(
            body=body,
        )
        return cast(
            "ListBYOAConfigResult",
            self._client._call(
                kwargs,
                _account_config_api__list_byoa_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list(
        self,
        cloud_provider_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAccountConfigResult:
        """ListAccountConfig account-config-api

        `GET /2022-09-01-00/accountconfig/cloudprovider/{cloudProviderName}` (operation `listAccountConfig`)

        Args:
            cloud_provider_name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAccountConfigResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import list_account_config as _account_config_api__list_account_config  # noqa: PLC0415

        kwargs = _account_config_api__list_account_config._get_kwargs(
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "ListAccountConfigResult",
            self._client._call(
                kwargs,
                _account_config_api__list_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_by_gcp_project_id(
        self,
        gcp_project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeAccountConfigByGCPProjectIDResult:
        """DescribeAccountConfigByGCPProjectID account-config-api

        `GET /2022-09-01-00/accountconfig/gcp/{gcpProjectID}` (operation `describeAccountConfigByGCPProjectID`)

        Args:
            gcp_project_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeAccountConfigByGCPProjectIDResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import (
            describe_account_config_by_gcp_project_id as _account_config_api__describe_account_config_by_gcp_project_id,  # noqa: PLC0415
        )

        kwargs = _account_config_api__describe_account_config_by_gcp_project_id._get_kwargs(
            gcp_project_id=gcp_project_id,
        )
        return cast(
            "DescribeAccountConfigByGCPProjectIDResult",
            self._client._call(
                kwargs,
                _account_config_api__describe_account_config_by_gcp_project_id._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def account_config_identity_id(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AccountConfigIdentityIDResult:
        """AccountConfigIdentityID account-config-api

        Returns the identity id of the account config to be used in the trust policy of the account

        `GET /2022-09-01-00/accountconfig/identityid` (operation `accountConfigIdentityID`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AccountConfigIdentityIDResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import (
            account_config_identity_id as _account_config_api__account_config_identity_id,  # noqa: PLC0415
        )

        kwargs = _account_config_api__account_config_identity_id._get_kwargs()
        return cast(
            "AccountConfigIdentityIDResult",
            self._client._call(
                kwargs,
                _account_config_api__account_config_identity_id._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def verify(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """VerifyAccountConfig account-config-api

        `POST /2022-09-01-00/accountconfig/verify/{id}` (operation `verifyAccountConfig`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import verify_account_config as _account_config_api__verify_account_config  # noqa: PLC0415

        kwargs = _account_config_api__verify_account_config._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _account_config_api__verify_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AccountConfigsResourceWithRawResponse:
    """`client.with_raw_response.account_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AccountConfigsResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.describe_by_aws_account_id = raw(resource.describe_by_aws_account_id)
        self.describe_by_azure_subscription_id = raw(resource.describe_by_azure_subscription_id)
        self.list_byoa_config = raw(resource.list_byoa_config)
        self.list = raw(resource.list)
        self.describe_by_gcp_project_id = raw(resource.describe_by_gcp_project_id)
        self.account_config_identity_id = raw(resource.account_config_identity_id)
        self.verify = raw(resource.verify)


class AccountConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.account_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AccountConfigsResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.describe_by_aws_account_id = streamed(resource.describe_by_aws_account_id)
        self.describe_by_azure_subscription_id = streamed(resource.describe_by_azure_subscription_id)
        self.list_byoa_config = streamed(resource.list_byoa_config)
        self.list = streamed(resource.list)
        self.describe_by_gcp_project_id = streamed(resource.describe_by_gcp_project_id)
        self.account_config_identity_id = streamed(resource.account_config_identity_id)
        self.verify = streamed(resource.verify)


class AsyncAccountConfigsResource:
    """`client.account_configs`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountConfigsResourceWithRawResponse:
        return AsyncAccountConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAccountConfigsResourceWithStreamingResponse:
        return AsyncAccountConfigsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        body: CreateAccountConfigRequest | CreateAccountConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateAccountConfig account-config-api

        `POST /2022-09-01-00/accountconfig` (operation `createAccountConfig`)

        Args:
            body (CreateAccountConfigRequest): Request body of CreateAccountConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import create_account_config as _account_config_api__create_account_config  # noqa: PLC0415

        kwargs = _account_config_api__create_account_config._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _account_config_api__create_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AccountConfig:
        """DescribeAccountConfig account-config-api

        `GET /2022-09-01-00/accountconfig/{id}` (operation `describeAccountConfig`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AccountConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import describe_account_config as _account_config_api__describe_account_config  # noqa: PLC0415

        kwargs = _account_config_api__describe_account_config._get_kwargs(
            id=id,
        )
        return cast(
            "AccountConfig",
            await self._client._call(
                kwargs,
                _account_config_api__describe_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteAccountConfig account-config-api

        `DELETE /2022-09-01-00/accountconfig/{id}` (operation `deleteAccountConfig`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import delete_account_config as _account_config_api__delete_account_config  # noqa: PLC0415

        kwargs = _account_config_api__delete_account_config._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _account_config_api__delete_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_by_aws_account_id(
        self,
        aws_account_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeAccountConfigByAWSAccountIDResult:
        """DescribeAccountConfigByAWSAccountID account-config-api

        `GET /2022-09-01-00/accountconfig/aws/{awsAccountID}` (operation `describeAccountConfigByAWSAccountID`)

        Args:
            aws_account_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeAccountConfigByAWSAccountIDResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import (
            describe_account_config_by_aws_account_id as _account_config_api__describe_account_config_by_aws_account_id,  # noqa: PLC0415
        )

        kwargs = _account_config_api__describe_account_config_by_aws_account_id._get_kwargs(
            aws_account_id=aws_account_id,
        )
        return cast(
            "DescribeAccountConfigByAWSAccountIDResult",
            await self._client._call(
                kwargs,
                _account_config_api__describe_account_config_by_aws_account_id._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_by_azure_subscription_id(
        self,
        azure_subscription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeAccountConfigByAzureSubscriptionIDResult:
        """DescribeAccountConfigByAzureSubscriptionID account-config-api

        `GET /2022-09-01-00/accountconfig/azure/{azureSubscriptionID}` (operation `describeAccountConfigByAzureSubscriptionID`)

        Args:
            azure_subscription_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeAccountConfigByAzureSubscriptionIDResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import (
            describe_account_config_by_azure_subscription_id as _account_config_api__describe_account_config_by_azure_subscription_id,  # noqa: PLC0415
        )

        kwargs = _account_config_api__describe_account_config_by_azure_subscription_id._get_kwargs(
            azure_subscription_id=azure_subscription_id,
        )
        return cast(
            "DescribeAccountConfigByAzureSubscriptionIDResult",
            await self._client._call(
                kwargs,
                _account_config_api__describe_account_config_by_azure_subscription_id._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_byoa_config(
        self,
        *,
        body: ListBYOAConfigRequest | ListBYOAConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListBYOAConfigResult:
        """ListBYOAConfig account-config-api

        `GET /2022-09-01-00/accountconfig/byoa` (operation `listBYOAConfig`)

        Args:
            body (ListBYOAConfigRequest): Request body of ListBYOAConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListBYOAConfigResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import list_byoa_config as _account_config_api__list_byoa_config  # noqa: PLC0415

        kwargs = _account_config_api__list_byoa_config._get_kwargs(
            body=body,
        )
        return cast(
            "ListBYOAConfigResult",
            await self._client._call(
                kwargs,
                _account_config_api__list_byoa_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list(
        self,
        cloud_provider_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAccountConfigResult:
        """ListAccountConfig account-config-api

        `GET /2022-09-01-00/accountconfig/cloudprovider/{cloudProviderName}` (operation `listAccountConfig`)

        Args:
            cloud_provider_name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAccountConfigResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import list_account_config as _account_config_api__list_account_config  # noqa: PLC0415

        kwargs = _account_config_api__list_account_config._get_kwargs(
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "ListAccountConfigResult",
            await self._client._call(
                kwargs,
                _account_config_api__list_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_by_gcp_project_id(
        self,
        gcp_project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeAccountConfigByGCPProjectIDResult:
        """DescribeAccountConfigByGCPProjectID account-config-api

        `GET /2022-09-01-00/accountconfig/gcp/{gcpProjectID}` (operation `describeAccountConfigByGCPProjectID`)

        Args:
            gcp_project_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeAccountConfigByGCPProjectIDResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import (
            describe_account_config_by_gcp_project_id as _account_config_api__describe_account_config_by_gcp_project_id,  # noqa: PLC0415
        )

        kwargs = _account_config_api__describe_account_config_by_gcp_project_id._get_kwargs(
            gcp_project_id=gcp_project_id,
        )
        return cast(
            "DescribeAccountConfigByGCPProjectIDResult",
            await self._client._call(
                kwargs,
                _account_config_api__describe_account_config_by_gcp_project_id._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def account_config_identity_id(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AccountConfigIdentityIDResult:
        """AccountConfigIdentityID account-config-api

        Returns the identity id of the account config to be used in the trust policy of the account

        `GET /2022-09-01-00/accountconfig/identityid` (operation `accountConfigIdentityID`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AccountConfigIdentityIDResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import (
            account_config_identity_id as _account_config_api__account_config_identity_id,  # noqa: PLC0415
        )

        kwargs = _account_config_api__account_config_identity_id._get_kwargs()
        return cast(
            "AccountConfigIdentityIDResult",
            await self._client._call(
                kwargs,
                _account_config_api__account_config_identity_id._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def verify(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """VerifyAccountConfig account-config-api

        `POST /2022-09-01-00/accountconfig/verify/{id}` (operation `verifyAccountConfig`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_config_api import verify_account_config as _account_config_api__verify_account_config  # noqa: PLC0415

        kwargs = _account_config_api__verify_account_config._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _account_config_api__verify_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncAccountConfigsResourceWithRawResponse:
    """`client.with_raw_response.account_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAccountConfigsResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.describe_by_aws_account_id = async_raw(resource.describe_by_aws_account_id)
        self.describe_by_azure_subscription_id = async_raw(resource.describe_by_azure_subscription_id)
        self.list_byoa_config = async_raw(resource.list_byoa_config)
        self.list = async_raw(resource.list)
        self.describe_by_gcp_project_id = async_raw(resource.describe_by_gcp_project_id)
        self.account_config_identity_id = async_raw(resource.account_config_identity_id)
        self.verify = async_raw(resource.verify)


class AsyncAccountConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.account_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAccountConfigsResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.describe_by_aws_account_id = async_streamed(resource.describe_by_aws_account_id)
        self.describe_by_azure_subscription_id = async_streamed(resource.describe_by_azure_subscription_id)
        self.list_byoa_config = async_streamed(resource.list_byoa_config)
        self.list = async_streamed(resource.list)
        self.describe_by_gcp_project_id = async_streamed(resource.describe_by_gcp_project_id)
        self.account_config_identity_id = async_streamed(resource.account_config_identity_id)
        self.verify = async_streamed(resource.verify)
