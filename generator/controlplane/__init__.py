"""Authoring the project control plane's documents (`specs/datum/project-control-plane/`) from the
kinds table `generator/configs/project-control-plane.yaml` and the reference's published schemas.

`python -m generator control-plane` writes them; `python -m generator check datum` fails when the
committed documents differ from what the table gives (when ../shared/reference is present) or miss
a kind, field, required flag, enum or default of the reference CRDs.
"""

from __future__ import annotations

from .author import (
    INVENTORY_PATH,
    OUTPUT_DIR,
    REFERENCE_ROOT,
    author_documents,
    document_paths,
    reference_dir,
    render,
    write_all,
)
from .fidelity import FidelityReport, compare, crd_inventory, render_inventory
from .table import Group, Kind, load_table

__all__ = [
    "INVENTORY_PATH",
    "OUTPUT_DIR",
    "REFERENCE_ROOT",
    "FidelityReport",
    "Group",
    "Kind",
    "author_documents",
    "compare",
    "crd_inventory",
    "document_paths",
    "load_table",
    "reference_dir",
    "render",
    "render_inventory",
    "write_all",
]
