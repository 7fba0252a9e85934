# pyright: reportPrivateUsage=false
# (models of one package call each other's `_parse` / `_from_json`: the parse path, not public API)
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, Self, TypeAlias, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import models as _m
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.product_tier_feature_detail import ProductTierFeatureDetail, ProductTierFeatureDetailDict
    from ..models.resource_summary import ResourceSummary, ResourceSummaryDict
    from ..models.tier_version_set_features import TierVersionSetFeatures, TierVersionSetFeaturesDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ProductTierFeatureDetail, ResourceSummary, TierVersionSetFeatures
    from ..models.product_tier_feature_detail import ProductTierFeatureDetail  # noqa: PLC0415
    from ..models.resource_summary import ResourceSummary  # noqa: PLC0415
    from ..models.tier_version_set_features import TierVersionSetFeatures  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "base_version",
    "created_at",
    "enabled_features",
    "features",
    "product_tier_id",
    "released_at",
    "service_id",
    "service_model_id",
    "status",
    "type_",
    "updated_at",
    "version",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "auto_approve_subscription",
    "created_by",
    "description",
    "instance_count",
    "latest_upgrade_path_id",
    "name",
    "parent_version",
    "released_by",
    "resources",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "baseVersion",
        "createdAt",
        "enabledFeatures",
        "features",
        "productTierId",
        "releasedAt",
        "serviceId",
        "serviceModelId",
        "status",
        "type",
        "updatedAt",
        "version",
        "autoApproveSubscription",
        "createdBy",
        "description",
        "instanceCount",
        "latestUpgradePathId",
        "name",
        "parentVersion",
        "releasedBy",
        "resources",
    }
)


# `TierVersionSet` as a plain mapping of its JSON shape, accepted wherever a `TierVersionSet` is.
class TierVersionSetDict(TypedDict, total=False):
    baseVersion: Required[str]
    createdAt: Required[str]
    enabledFeatures: Required[list[ProductTierFeatureDetailDict]]
    features: Required[TierVersionSetFeaturesDict]
    productTierId: Required[str]
    releasedAt: Required[str]
    serviceId: Required[str]
    serviceModelId: Required[str]
    status: Required[str]
    type: Required[str]
    updatedAt: Required[str]
    version: Required[str]
    autoApproveSubscription: bool
    createdBy: str
    description: str
    instanceCount: int
    latestUpgradePathId: str
    name: str
    parentVersion: str
    releasedBy: str
    resources: list[ResourceSummaryDict]


@_attrs_define(init=False, repr=False)
class TierVersionSet:
    """Attributes:
    base_version (str): The base version of the version set.
    created_at (str): The timestamp when the version set was created.
    enabled_features (list[ProductTierFeatureDetail]): The features that are enabled for this product tier, including scope details and configuration
    features (TierVersionSetFeatures): The features that are enabled / disabled for this product tier
    product_tier_id (str): ID of a Product Tier
    released_at (str): The timestamp when the version set was released.
    service_id (str): ID of a Service
    service_model_id (str): ID of a Service Model
    status (str): The tier version set status.
    type_ (str): The version-set type of the product-tier.
    updated_at (str): The timestamp when the version set was updated.
    version (str): The version number for the specific version set.
    auto_approve_subscription (bool | None): Auto approve subscription or not
    created_by (str | None): The name of the user who created the version set.
    description (str | None): A brief description of the product-tier version set.
    instance_count (int | None): The number of instances that are currently running this version set.
    latest_upgrade_path_id (str | None): ID of an Upgrade Path
    name (str | None): The name of the product-tier version set.
    parent_version (str | None): The parent version of this release.
    released_by (str | None): The name of the user who released the version set.
    resources (list[ResourceSummary] | None): List of resources that are part of this version set.
    """

    base_version: str
    created_at: str
    enabled_features: list[ProductTierFeatureDetail]
    features: TierVersionSetFeatures
    product_tier_id: str
    released_at: str
    service_id: str
    service_model_id: str
    status: str
    type_: str
    updated_at: str
    version: str
    auto_approve_subscription: bool | None = None
    created_by: str | None = None
    description: str | None = None
    instance_count: int | None = None
    latest_upgrade_path_id: str | None = None
    name: str | None = None
    parent_version: str | None = None
    released_by: str | None = None
    resources: list[ResourceSummary] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        base_version: str,
        created_at: str,
        enabled_features: Sequence[ProductTierFeatureDetail | ProductTierFeatureDetailDict],
        features: TierVersionSetFeatures | TierVersionSetFeaturesDict,
        product_tier_id: str,
        released_at: str,
        service_id: str,
        service_model_id: str,
        status: str,
        type_: str,
        updated_at: str,
        version: str,
        auto_approve_subscription: bool | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        instance_count: int | None | Unset = UNSET,
        latest_upgrade_path_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parent_version: str | None | Unset = UNSET,
        released_by: str | None | Unset = UNSET,
        resources: Sequence[ResourceSummary | ResourceSummaryDict] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.base_version = base_version
        self.created_at = created_at
        self.enabled_features = [
            _item if isinstance(_item, ProductTierFeatureDetail) else ProductTierFeatureDetail.from_dict(_item)
            for _item in enabled_features
        ]
        self.features = (
            features if isinstance(features, TierVersionSetFeatures) else TierVersionSetFeatures.from_dict(features)
        )
        self.product_tier_id = product_tier_id
        self.released_at = released_at
        self.service_id = service_id
        self.service_model_id = service_model_id
        self.status = status
        self.type_ = type_
        self.updated_at = updated_at
        self.version = version
        self.auto_approve_subscription = (
            None
            if auto_approve_subscription is None or isinstance(auto_approve_subscription, Unset)
            else auto_approve_subscription
        )
        if auto_approve_subscription is None:
            _nulls_given.append("auto_approve_subscription")
        self.created_by = None if created_by is None or isinstance(created_by, Unset) else created_by
        if created_by is None:
            _nulls_given.append("created_by")
        self.description = None if description is None or isinstance(description, Unset) else description
        if description is None:
            _nulls_given.append("description")
        self.instance_count = None if instance_count is None or isinstance(instance_count, Unset) else instance_count
        if instance_count is None:
            _nulls_given.append("instance_count")
        self.latest_upgrade_path_id = (
            None
            if latest_upgrade_path_id is None or isinstance(latest_upgrade_path_id, Unset)
            else latest_upgrade_path_id
        )
        if latest_upgrade_path_id is None:
            _nulls_given.append("latest_upgrade_path_id")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.parent_version = None if parent_version is None or isinstance(parent_version, Unset) else parent_version
        if parent_version is None:
            _nulls_given.append("parent_version")
        self.released_by = None if released_by is None or isinstance(released_by, Unset) else released_by
        if released_by is None:
            _nulls_given.append("released_by")
        self.resources = (
            None
            if resources is None or isinstance(resources, Unset)
            else [
                _item if isinstance(_item, ResourceSummary) else ResourceSummary.from_dict(_item) for _item in resources
            ]
        )
        if resources is None:
            _nulls_given.append("resources")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["baseVersion"] = self.base_version
        field_dict["createdAt"] = self.created_at
        field_dict["enabledFeatures"] = [_item.to_dict() for _item in self.enabled_features]
        field_dict["features"] = self.features.to_dict()
        field_dict["productTierId"] = self.product_tier_id
        field_dict["releasedAt"] = self.released_at
        field_dict["serviceId"] = self.service_id
        field_dict["serviceModelId"] = self.service_model_id
        field_dict["status"] = self.status
        field_dict["type"] = self.type_
        field_dict["updatedAt"] = self.updated_at
        field_dict["version"] = self.version
        if self.auto_approve_subscription is not None:
            field_dict["autoApproveSubscription"] = self.auto_approve_subscription
        elif "auto_approve_subscription" in self._nulls:
            field_dict["autoApproveSubscription"] = None
        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        elif "created_by" in self._nulls:
            field_dict["createdBy"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.instance_count is not None:
            field_dict["instanceCount"] = self.instance_count
        elif "instance_count" in self._nulls:
            field_dict["instanceCount"] = None
        if self.latest_upgrade_path_id is not None:
            field_dict["latestUpgradePathId"] = self.latest_upgrade_path_id
        elif "latest_upgrade_path_id" in self._nulls:
            field_dict["latestUpgradePathId"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.parent_version is not None:
            field_dict["parentVersion"] = self.parent_version
        elif "parent_version" in self._nulls:
            field_dict["parentVersion"] = None
        if self.released_by is not None:
            field_dict["releasedBy"] = self.released_by
        elif "released_by" in self._nulls:
            field_dict["releasedBy"] = None
        if self.resources is not None:
            field_dict["resources"] = [_item.to_dict() for _item in self.resources]
        elif "resources" in self._nulls:
            field_dict["resources"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "TierVersionSet")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "TierVersionSet")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        if not _lazy_loaded:
            _load_lazy()
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "baseVersion"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.base_version = _v

            _f = "createdAt"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.created_at = _v

            _f = "enabledFeatures"
            _v = _get(_f, _MISSING)
            _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it3 = iter(_l3)
            try:
                _l3 = list(map(ProductTierFeatureDetail._parse, _it3))
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
            _obj.enabled_features = _l3

            _f = "features"
            _v = _get(_f, _MISSING)
            _obj.features = TierVersionSetFeatures._parse(_v)

            _f = "productTierId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "releasedAt"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.released_at = _v

            _f = "serviceId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "serviceModelId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_id = _v

            _f = "status"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status = _v

            _f = "type"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.type_ = _v

            _f = "updatedAt"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.updated_at = _v

            _f = "version"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.version = _v

            _f = "autoApproveSubscription"
            _v = _get(_f, None)
            if _v is None:
                _obj.auto_approve_subscription = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.auto_approve_subscription = _v

            _f = "createdBy"
            _v = _get(_f, None)
            if _v is None:
                _obj.created_by = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_by = _v

            _f = "description"
            _v = _get(_f, None)
            if _v is None:
                _obj.description = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.description = _v

            _f = "instanceCount"
            _v = _get(_f, None)
            if _v is None:
                _obj.instance_count = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.instance_count = _v

            _f = "latestUpgradePathId"
            _v = _get(_f, None)
            if _v is None:
                _obj.latest_upgrade_path_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.latest_upgrade_path_id = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "parentVersion"
            _v = _get(_f, None)
            if _v is None:
                _obj.parent_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.parent_version = _v

            _f = "releasedBy"
            _v = _get(_f, None)
            if _v is None:
                _obj.released_by = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.released_by = _v

            _f = "resources"
            _v = _get(_f, None)
            if _v is None:
                _obj.resources = None
            else:
                _l21: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it21 = iter(_l21)
                try:
                    _l21 = list(map(ResourceSummary._parse, _it21))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l21, _it21)) from None
                _obj.resources = _l21

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        _obj.additional_properties = (
            {} if _FIELDS.issuperset(src) else {key: item for key, item in src.items() if key not in _FIELDS}
        )
        _obj._nulls = _m.NO_NULLS
        return _obj

    @classmethod
    def _from_json(cls, value: Any) -> Self:
        """`_parse` for a freshly decoded JSON object that nothing else holds: the operations' fast path.

        It is taken over: lists of models are filled in place, and with no unknown keys the emptied
        object becomes the (empty) additional properties. Values are checked inline (`type(v) is str`,
        no call a field); the path of a misfit is put together only when one is raised.
        """
        if not _lazy_loaded:
            _load_lazy()
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 12
        _f = ""
        try:
            _f = "baseVersion"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.base_version = _v

            _f = "createdAt"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.created_at = _v

            _f = "enabledFeatures"
            _v = src[_f]
            _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it3 = iter(_l3)
            try:
                _l3[:] = map(ProductTierFeatureDetail._from_json, _it3)
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
            _obj.enabled_features = _l3

            _f = "features"
            _v = src[_f]
            _obj.features = TierVersionSetFeatures._from_json(_v)

            _f = "productTierId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "releasedAt"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.released_at = _v

            _f = "serviceId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "serviceModelId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_id = _v

            _f = "status"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status = _v

            _f = "type"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.type_ = _v

            _f = "updatedAt"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.updated_at = _v

            _f = "version"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.version = _v

            _f = "autoApproveSubscription"
            _v = src.get(_f)
            if _v is None:
                _obj.auto_approve_subscription = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.auto_approve_subscription = _v

            _f = "createdBy"
            _v = src.get(_f)
            if _v is None:
                _obj.created_by = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_by = _v

            _f = "description"
            _v = src.get(_f)
            if _v is None:
                _obj.description = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.description = _v

            _f = "instanceCount"
            _v = src.get(_f)
            if _v is None:
                _obj.instance_count = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.instance_count = _v

            _f = "latestUpgradePathId"
            _v = src.get(_f)
            if _v is None:
                _obj.latest_upgrade_path_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.latest_upgrade_path_id = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "parentVersion"
            _v = src.get(_f)
            if _v is None:
                _obj.parent_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.parent_version = _v

            _f = "releasedBy"
            _v = src.get(_f)
            if _v is None:
                _obj.released_by = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.released_by = _v

            _f = "resources"
            _v = src.get(_f)
            if _v is None:
                _obj.resources = None
            else:
                _n += 1
                _l21: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it21 = iter(_l21)
                try:
                    _l21[:] = map(ResourceSummary._from_json, _it21)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l21, _it21)) from None
                _obj.resources = _l21

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        if len(src) == _n:
            # No unknown keys: the emptied object is the additional properties (one allocation fewer).
            src.clear()
            _obj.additional_properties = src
        else:
            _obj.additional_properties = {key: item for key, item in src.items() if key not in _FIELDS}
        _obj._nulls = _m.NO_NULLS
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
