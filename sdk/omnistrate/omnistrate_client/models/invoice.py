from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Invoice")


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
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        due_date = d.pop("dueDate", UNSET)

        invoice_date = d.pop("invoiceDate", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        invoice_pdf = d.pop("invoicePdf", UNSET)

        invoice_status = d.pop("invoiceStatus", UNSET)

        invoice_url = d.pop("invoiceUrl", UNSET)

        payment_terms = d.pop("paymentTerms", UNSET)

        tax_amount = d.pop("taxAmount", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        total_amount_without_tax = d.pop("totalAmountWithoutTax", UNSET)

        invoice = cls(
            currency=currency,
            due_date=due_date,
            invoice_date=invoice_date,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            invoice_pdf=invoice_pdf,
            invoice_status=invoice_status,
            invoice_url=invoice_url,
            payment_terms=payment_terms,
            tax_amount=tax_amount,
            total_amount=total_amount,
            total_amount_without_tax=total_amount_without_tax,
        )

        invoice.additional_properties = d
        return invoice

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
