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
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "currency",
    "due_date",
    "invoice_date",
    "invoice_id",
    "invoice_number",
    "invoice_pdf",
    "invoice_status",
    "invoice_url",
    "payment_terms",
    "tax_amount",
    "total_amount",
    "total_amount_without_tax",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "currency",
        "dueDate",
        "invoiceDate",
        "invoiceId",
        "invoiceNumber",
        "invoicePdf",
        "invoiceStatus",
        "invoiceUrl",
        "paymentTerms",
        "taxAmount",
        "totalAmount",
        "totalAmountWithoutTax",
    }
)


# `Invoice` as a plain mapping of its JSON shape, accepted wherever a `Invoice` is.
class InvoiceDict(TypedDict, total=False):
    currency: str
    dueDate: str
    invoiceDate: str
    invoiceId: str
    invoiceNumber: str
    invoicePdf: str
    invoiceStatus: str
    invoiceUrl: str
    paymentTerms: str
    taxAmount: float
    totalAmount: float
    totalAmountWithoutTax: float


@_attrs_define(init=False, repr=False)
class Invoice:
    """Attributes:
    currency (str | None): The currency of the charge
    due_date (str | None): Due date in ISO 8601 format
    invoice_date (str | None): Date of the invoice
    invoice_id (str | None): ID of the invoice
    invoice_number (str | None): The invoice number
    invoice_pdf (str | None): URL for the PDF of the invoice
    invoice_status (str | None): This describes the status of the invoice and is set by the payment provider
    invoice_url (str | None): URL for this invoice
    payment_terms (str | None): Payment terms of the invoice
    tax_amount (float | None): Amount of tax, if any
    total_amount (float | None): Amount of Invoice
    total_amount_without_tax (float | None): Amount of Invoice without tax
    """

    currency: str | None = None
    due_date: str | None = None
    invoice_date: str | None = None
    invoice_id: str | None = None
    invoice_number: str | None = None
    invoice_pdf: str | None = None
    invoice_status: str | None = None
    invoice_url: str | None = None
    payment_terms: str | None = None
    tax_amount: float | None = None
    total_amount: float | None = None
    total_amount_without_tax: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        currency: str | None | Unset = UNSET,
        due_date: str | None | Unset = UNSET,
        invoice_date: str | None | Unset = UNSET,
        invoice_id: str | None | Unset = UNSET,
        invoice_number: str | None | Unset = UNSET,
        invoice_pdf: str | None | Unset = UNSET,
        invoice_status: str | None | Unset = UNSET,
        invoice_url: str | None | Unset = UNSET,
        payment_terms: str | None | Unset = UNSET,
        tax_amount: float | None | Unset = UNSET,
        total_amount: float | None | Unset = UNSET,
        total_amount_without_tax: float | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.currency = None if currency is None or isinstance(currency, Unset) else currency
        if currency is None:
            _nulls_given.append("currency")
        self.due_date = None if due_date is None or isinstance(due_date, Unset) else due_date
        if due_date is None:
            _nulls_given.append("due_date")
        self.invoice_date = None if invoice_date is None or isinstance(invoice_date, Unset) else invoice_date
        if invoice_date is None:
            _nulls_given.append("invoice_date")
        self.invoice_id = None if invoice_id is None or isinstance(invoice_id, Unset) else invoice_id
        if invoice_id is None:
            _nulls_given.append("invoice_id")
        self.invoice_number = None if invoice_number is None or isinstance(invoice_number, Unset) else invoice_number
        if invoice_number is None:
            _nulls_given.append("invoice_number")
        self.invoice_pdf = None if invoice_pdf is None or isinstance(invoice_pdf, Unset) else invoice_pdf
        if invoice_pdf is None:
            _nulls_given.append("invoice_pdf")
        self.invoice_status = None if invoice_status is None or isinstance(invoice_status, Unset) else invoice_status
        if invoice_status is None:
            _nulls_given.append("invoice_status")
        self.invoice_url = None if invoice_url is None or isinstance(invoice_url, Unset) else invoice_url
        if invoice_url is None:
            _nulls_given.append("invoice_url")
        self.payment_terms = None if payment_terms is None or isinstance(payment_terms, Unset) else payment_terms
        if payment_terms is None:
            _nulls_given.append("payment_terms")
        self.tax_amount = None if tax_amount is None or isinstance(tax_amount, Unset) else tax_amount
        if tax_amount is None:
            _nulls_given.append("tax_amount")
        self.total_amount = None if total_amount is None or isinstance(total_amount, Unset) else total_amount
        if total_amount is None:
            _nulls_given.append("total_amount")
        self.total_amount_without_tax = (
            None
            if total_amount_without_tax is None or isinstance(total_amount_without_tax, Unset)
            else total_amount_without_tax
        )
        if total_amount_without_tax is None:
            _nulls_given.append("total_amount_without_tax")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.currency is not None:
            field_dict["currency"] = self.currency
        elif "currency" in self._nulls:
            field_dict["currency"] = None
        if self.due_date is not None:
            field_dict["dueDate"] = self.due_date
        elif "due_date" in self._nulls:
            field_dict["dueDate"] = None
        if self.invoice_date is not None:
            field_dict["invoiceDate"] = self.invoice_date
        elif "invoice_date" in self._nulls:
            field_dict["invoiceDate"] = None
        if self.invoice_id is not None:
            field_dict["invoiceId"] = self.invoice_id
        elif "invoice_id" in self._nulls:
            field_dict["invoiceId"] = None
        if self.invoice_number is not None:
            field_dict["invoiceNumber"] = self.invoice_number
        elif "invoice_number" in self._nulls:
            field_dict["invoiceNumber"] = None
        if self.invoice_pdf is not None:
            field_dict["invoicePdf"] = self.invoice_pdf
        elif "invoice_pdf" in self._nulls:
            field_dict["invoicePdf"] = None
        if self.invoice_status is not None:
            field_dict["invoiceStatus"] = self.invoice_status
        elif "invoice_status" in self._nulls:
            field_dict["invoiceStatus"] = None
        if self.invoice_url is not None:
            field_dict["invoiceUrl"] = self.invoice_url
        elif "invoice_url" in self._nulls:
            field_dict["invoiceUrl"] = None
        if self.payment_terms is not None:
            field_dict["paymentTerms"] = self.payment_terms
        elif "payment_terms" in self._nulls:
            field_dict["paymentTerms"] = None
        if self.tax_amount is not None:
            field_dict["taxAmount"] = self.tax_amount
        elif "tax_amount" in self._nulls:
            field_dict["taxAmount"] = None
        if self.total_amount is not None:
            field_dict["totalAmount"] = self.total_amount
        elif "total_amount" in self._nulls:
            field_dict["totalAmount"] = None
        if self.total_amount_without_tax is not None:
            field_dict["totalAmountWithoutTax"] = self.total_amount_without_tax
        elif "total_amount_without_tax" in self._nulls:
            field_dict["totalAmountWithoutTax"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "Invoice")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "Invoice")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "currency"
            _v = _get(_f, None)
            if _v is None:
                _obj.currency = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.currency = _v

            _f = "dueDate"
            _v = _get(_f, None)
            if _v is None:
                _obj.due_date = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.due_date = _v

            _f = "invoiceDate"
            _v = _get(_f, None)
            if _v is None:
                _obj.invoice_date = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_date = _v

            _f = "invoiceId"
            _v = _get(_f, None)
            if _v is None:
                _obj.invoice_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_id = _v

            _f = "invoiceNumber"
            _v = _get(_f, None)
            if _v is None:
                _obj.invoice_number = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_number = _v

            _f = "invoicePdf"
            _v = _get(_f, None)
            if _v is None:
                _obj.invoice_pdf = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_pdf = _v

            _f = "invoiceStatus"
            _v = _get(_f, None)
            if _v is None:
                _obj.invoice_status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_status = _v

            _f = "invoiceUrl"
            _v = _get(_f, None)
            if _v is None:
                _obj.invoice_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_url = _v

            _f = "paymentTerms"
            _v = _get(_f, None)
            if _v is None:
                _obj.payment_terms = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.payment_terms = _v

            _f = "taxAmount"
            _v = _get(_f, None)
            if _v is None:
                _obj.tax_amount = None
            else:
                if type(_v) is not float and type(_v) is not int:
                    raise _m.bad("a number", _v)
                _obj.tax_amount = _v

            _f = "totalAmount"
            _v = _get(_f, None)
            if _v is None:
                _obj.total_amount = None
            else:
                if type(_v) is not float and type(_v) is not int:
                    raise _m.bad("a number", _v)
                _obj.total_amount = _v

            _f = "totalAmountWithoutTax"
            _v = _get(_f, None)
            if _v is None:
                _obj.total_amount_without_tax = None
            else:
                if type(_v) is not float and type(_v) is not int:
                    raise _m.bad("a number", _v)
                _obj.total_amount_without_tax = _v

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
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 0
        _f = ""
        try:
            _f = "currency"
            _v = src.get(_f)
            if _v is None:
                _obj.currency = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.currency = _v

            _f = "dueDate"
            _v = src.get(_f)
            if _v is None:
                _obj.due_date = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.due_date = _v

            _f = "invoiceDate"
            _v = src.get(_f)
            if _v is None:
                _obj.invoice_date = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_date = _v

            _f = "invoiceId"
            _v = src.get(_f)
            if _v is None:
                _obj.invoice_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_id = _v

            _f = "invoiceNumber"
            _v = src.get(_f)
            if _v is None:
                _obj.invoice_number = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_number = _v

            _f = "invoicePdf"
            _v = src.get(_f)
            if _v is None:
                _obj.invoice_pdf = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_pdf = _v

            _f = "invoiceStatus"
            _v = src.get(_f)
            if _v is None:
                _obj.invoice_status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_status = _v

            _f = "invoiceUrl"
            _v = src.get(_f)
            if _v is None:
                _obj.invoice_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invoice_url = _v

            _f = "paymentTerms"
            _v = src.get(_f)
            if _v is None:
                _obj.payment_terms = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.payment_terms = _v

            _f = "taxAmount"
            _v = src.get(_f)
            if _v is None:
                _obj.tax_amount = None
            else:
                _n += 1
                if type(_v) is not float and type(_v) is not int:
                    raise _m.bad("a number", _v)
                _obj.tax_amount = _v

            _f = "totalAmount"
            _v = src.get(_f)
            if _v is None:
                _obj.total_amount = None
            else:
                _n += 1
                if type(_v) is not float and type(_v) is not int:
                    raise _m.bad("a number", _v)
                _obj.total_amount = _v

            _f = "totalAmountWithoutTax"
            _v = src.get(_f)
            if _v is None:
                _obj.total_amount_without_tax = None
            else:
                _n += 1
                if type(_v) is not float and type(_v) is not int:
                    raise _m.bad("a number", _v)
                _obj.total_amount_without_tax = _v

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
