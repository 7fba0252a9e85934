from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Invoice
    from ..models.invoice import Invoice  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListInvoicesResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "invoices",
    }
)


@_attrs_define
class ListInvoicesResult:
    """
    Attributes:
        invoices (list[Invoice] | Unset): List of Invoices
    """

    invoices: list[Invoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoices is not UNSET:
            field_dict["invoices"] = invoices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _invoices = src_dict.get("invoices", UNSET)
        invoices: list[Invoice] | Unset = UNSET
        if _invoices is not UNSET:
            _invoices_item = Invoice.from_dict
            invoices = [_invoices_item(item) for item in _invoices]

        _obj.invoices = invoices

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _invoices = _pop("invoices", UNSET)
        if _invoices is not UNSET:
            _invoices[:] = map(Invoice._from_json, _invoices)
        _obj.invoices = _invoices

        # An emptied dict keeps its table: a new empty one costs less memory (and the same to the collector).
        _obj.additional_properties = src_dict if src_dict else {}
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
