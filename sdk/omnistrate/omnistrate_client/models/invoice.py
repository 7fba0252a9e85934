from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Invoice")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
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


@_attrs_define
class Invoice:
    """
    Attributes:
        currency (str | Unset): The currency of the charge
        due_date (str | Unset): Due date in ISO 8601 format
        invoice_date (str | Unset): Date of the invoice
        invoice_id (str | Unset): ID of the invoice
        invoice_number (str | Unset): The invoice number
        invoice_pdf (str | Unset): URL for the PDF of the invoice
        invoice_status (str | Unset): This describes the status of the invoice and is set by the payment provider
        invoice_url (str | Unset): URL for this invoice
        payment_terms (str | Unset): Payment terms of the invoice
        tax_amount (float | Unset): Amount of tax, if any
        total_amount (float | Unset): Amount of Invoice
        total_amount_without_tax (float | Unset): Amount of Invoice without tax
    """

    currency: str | Unset = UNSET
    due_date: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_pdf: str | Unset = UNSET
    invoice_status: str | Unset = UNSET
    invoice_url: str | Unset = UNSET
    payment_terms: str | Unset = UNSET
    tax_amount: float | Unset = UNSET
    total_amount: float | Unset = UNSET
    total_amount_without_tax: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        due_date = self.due_date

        invoice_date = self.invoice_date

        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        invoice_pdf = self.invoice_pdf

        invoice_status = self.invoice_status

        invoice_url = self.invoice_url

        payment_terms = self.payment_terms

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        total_amount_without_tax = self.total_amount_without_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_pdf is not UNSET:
            field_dict["invoicePdf"] = invoice_pdf
        if invoice_status is not UNSET:
            field_dict["invoiceStatus"] = invoice_status
        if invoice_url is not UNSET:
            field_dict["invoiceUrl"] = invoice_url
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if total_amount_without_tax is not UNSET:
            field_dict["totalAmountWithoutTax"] = total_amount_without_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.currency = src_dict.get("currency", UNSET)

        _obj.due_date = src_dict.get("dueDate", UNSET)

        _obj.invoice_date = src_dict.get("invoiceDate", UNSET)

        _obj.invoice_id = src_dict.get("invoiceId", UNSET)

        _obj.invoice_number = src_dict.get("invoiceNumber", UNSET)

        _obj.invoice_pdf = src_dict.get("invoicePdf", UNSET)

        _obj.invoice_status = src_dict.get("invoiceStatus", UNSET)

        _obj.invoice_url = src_dict.get("invoiceUrl", UNSET)

        _obj.payment_terms = src_dict.get("paymentTerms", UNSET)

        _obj.tax_amount = src_dict.get("taxAmount", UNSET)

        _obj.total_amount = src_dict.get("totalAmount", UNSET)

        _obj.total_amount_without_tax = src_dict.get("totalAmountWithoutTax", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.currency = _pop("currency", UNSET)

        _obj.due_date = _pop("dueDate", UNSET)

        _obj.invoice_date = _pop("invoiceDate", UNSET)

        _obj.invoice_id = _pop("invoiceId", UNSET)

        _obj.invoice_number = _pop("invoiceNumber", UNSET)

        _obj.invoice_pdf = _pop("invoicePdf", UNSET)

        _obj.invoice_status = _pop("invoiceStatus", UNSET)

        _obj.invoice_url = _pop("invoiceUrl", UNSET)

        _obj.payment_terms = _pop("paymentTerms", UNSET)

        _obj.tax_amount = _pop("taxAmount", UNSET)

        _obj.total_amount = _pop("totalAmount", UNSET)

        _obj.total_amount_without_tax = _pop("totalAmountWithoutTax", UNSET)

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
