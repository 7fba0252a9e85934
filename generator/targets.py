"""Which SDKs exist: one per spec that has a generator config."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import specs

__all__ = [
    "CONFIG_DIR",
    "EXTRAS_DIR",
    "REPO_ROOT",
    "RUNTIME_DIR",
    "TEMPLATE_DIR",
    "SdkTarget",
    "all_targets",
    "target",
]

_HERE = Path(__file__).resolve().parent
REPO_ROOT = _HERE.parent
CONFIG_DIR = _HERE / "configs"
TEMPLATE_DIR = _HERE / "templates"
# Hand-written modules copied verbatim into one SDK's package (generator/extras/<api>/*.py).
EXTRAS_DIR = _HERE / "extras"
# The SDK runtime, copied into every package as `_runtime/` (generator/runtime/*.py).
RUNTIME_DIR = _HERE / "runtime"


@dataclass(frozen=True)
class SdkTarget:
    """One API's spec, generator config and committed SDK folder."""

    api: str
    spec: Path
    config: Path
    output: Path

    @property
    def package(self) -> str:
        return f"{self.api}_client"

    @property
    def extras(self) -> Path:
        return EXTRAS_DIR / self.api


def target(api: str, root: Path = REPO_ROOT) -> SdkTarget:
    config = CONFIG_DIR / f"{api}.yaml"
    if not config.is_file():
        known = ", ".join(t.api for t in all_targets(root)) or "none"
        raise LookupError(f"no generator config for {api!r} (expected {config}); known: {known}")
    _, spec = specs.resolve(api)
    return SdkTarget(api=api, spec=spec, config=config, output=root / "sdk" / api)


def all_targets(root: Path = REPO_ROOT) -> list[SdkTarget]:
    """Every API with both a spec and a generator config, by name."""
    configured = {p.stem for p in CONFIG_DIR.glob("*.yaml")}
    return [target(api, root) for api in specs.api_names() if api in configured]
