"""Validate and lint the specs, generate the SDKs, and check that sdk/ matches the specs."""

from .codegen import GenerationError, generate_into, regenerate
from .coverage import CoverageReport, compare
from .drift import differences
from .targets import SdkTarget, all_targets, target
from .validate import Problem, check_examples, check_spec

__all__ = [
    "CoverageReport",
    "GenerationError",
    "Problem",
    "SdkTarget",
    "all_targets",
    "check_examples",
    "check_spec",
    "compare",
    "differences",
    "generate_into",
    "regenerate",
    "target",
]
