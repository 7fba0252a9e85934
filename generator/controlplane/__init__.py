"""Authoring the project control plane's documents (`specs/datum/project-control-plane/`) from the
kinds table `generator/configs/project-control-plane.yaml` and the reference's published schemas.

`python -m generator control-plane` writes them; `python -m generator check datum` fails when the
committed documents differ from what the table gives (when ../shared/reference is present) or miss
a kind, field, required flag, enum or default of the reference CRDs.
"""

from __future__ import annotations

from .author import OUTPUT_DIR, REFERENCE_ROOT, author_documents, document_paths, render
from .table import Group, Kind, load_table

__all__ = [
    "OUTPUT_DIR",
    "REFERENCE_ROOT",
    "Group",
    "Kind",
    "author_documents",
    "document_paths",
    "load_table",
    "render",
]
