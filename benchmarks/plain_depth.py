"""Depth of a plain `schemathesis run`, as QA runs it: which operations of each spec ever got a 2xx.

For each API, `schemathesis run specs/<api>/openapi.yaml --checks all` from the repository root
with the committed schemathesis.toml (only the mock's address changed: a fresh `mockserver serve`
of every API on a free port), default phases, and a HAR report; the HAR's requests are matched to
the spec's operations by method and path template. Each project control plane document
(`datum/compute`, `datum/core`, ...: specs/datum/project-control-plane/) runs the same way against
the control plane of the project its settings name, seeded first (contract-tests/qa-seed.yaml).
Prints one row per run: operations reaching a 2xx / total, schemathesis' failures and exit status,
the run's time; then the operations that never got a 2xx. Opt-in (minutes per API, not part of
CI): `nox -s depth`, or

    python benchmarks/plain_depth.py [API|datum/DOCUMENT ...] [--max-examples N] [--reports DIR]

`--max-examples` is passed to schemathesis (its default is 100 per operation and phase; it caps the
stateful phase's scenarios too). `--fuzzing-examples N` lowers only the fuzzing phase's examples
(written into the run's settings), so that a quicker run walks the links as deep as a plain one.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

import specs
from generator import controlplane
from mockserver.testing import admin_headers, running_server

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "schemathesis.toml"
DOCUMENTED_MOCK = "http://127.0.0.1:4010"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# What README's QA section seeds before running a project control plane document: the project whose
# control plane schemathesis.toml names.
PLANE_SEED = ROOT / "contract-tests" / "qa-seed.yaml"


@dataclass
class Operation:
    label: str
    method: str
    pattern: re.Pattern[str]
    literal_segments: int


@dataclass
class Depth:
    api: str
    operations: list[Operation]
    reached: set[str] = field(default_factory=set)
    failures: str = "?"
    exit_code: int = 0
    seconds: float = 0.0

    @property
    def unreached(self) -> list[str]:
        return sorted(op.label for op in self.operations if op.label not in self.reached)


def spec_operations(document: dict[str, object]) -> list[Operation]:
    """The spec's operations, most specific path first (a literal segment beats a parameter)."""
    out: list[Operation] = []
    paths = document.get("paths") or {}
    assert isinstance(paths, dict)
    for template, item in paths.items():
        pieces = re.split(r"(\{[^}]+\})", template)
        regex = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in pieces if p)
        literal = sum(1 for segment in template.split("/") if segment and "{" not in segment)
        for method in METHODS:
            if isinstance(item, dict) and method in item:
                label = f"{method.upper()} {template}"
                out.append(Operation(label, method.upper(), re.compile(f"{regex}/?"), literal))
    return sorted(out, key=lambda op: -op.literal_segments)


def reached_operations(har: Path, base_path: str, operations: list[Operation]) -> set[str]:
    """Labels of the operations a HAR report shows answered with a 2xx."""
    reached: set[str] = set()
    for entry in json.loads(har.read_text(encoding="utf-8"))["log"]["entries"]:
        if not 200 <= entry["response"]["status"] < 300:
            continue
        path = urlsplit(entry["request"]["url"]).path.removeprefix(base_path) or "/"
        method = entry["request"]["method"]
        for op in operations:
            if op.method == method and op.pattern.fullmatch(path):
                reached.add(op.label)
                break
    return reached


def _failures(output: str) -> str:
    found = re.findall(r"(\d+) failures?\b", output)
    return found[-1] if found else "0"


def documents() -> dict[str, Path]:
    """The project control plane documents by their row name: `datum/compute`, `datum/core`, ..."""
    _, groups = controlplane.load_table()
    return {f"datum/{group.short_name}": controlplane.OUTPUT_DIR / group.file_name for group in groups}


def base_url(settings: Path, document: dict[str, object]) -> str:
    """The base URL `settings` gives the spec (its `[[project]]` matched by title, as schemathesis does)."""
    info = document.get("info")
    title = info.get("title") if isinstance(info, dict) else None
    for project in tomllib.loads(settings.read_text(encoding="utf-8")).get("project", []):
        if project.get("title") == title:
            return str(project["base-url"])
    raise LookupError(f"{SETTINGS.name} has no [[project]] titled {title!r}")


def measure(name: str, spec: Path, settings: Path, extra: list[str], reports: Path) -> Depth:
    document = specs.load(spec)
    depth = Depth(name, spec_operations(document))
    report_dir = reports / name.replace("/", "-")
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(settings), "--no-color"]
    command += ["run", str(spec.relative_to(ROOT)), "--checks", "all", *extra]
    command += ["--report", "har", "--report-dir", str(report_dir)]
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    depth.seconds = time.monotonic() - started
    depth.exit_code = done.returncode
    (reports / f"{name.replace('/', '-')}.txt").write_text(done.stdout + done.stderr, encoding="utf-8")
    depth.failures = _failures(done.stdout)
    base_path = urlsplit(base_url(settings, document)).path
    for har in report_dir.glob("*.json"):
        depth.reached |= reached_operations(har, base_path, depth.operations)
    return depth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    planes = documents()
    parser.add_argument(
        "runs",
        nargs="*",
        metavar="API",
        help=f"APIs or documents to run: {', '.join([*specs.api_names(), *planes])} (default: every one)",
    )
    parser.add_argument("--max-examples", type=int, help="schemathesis' --max-examples")
    parser.add_argument("--seed", type=int, help="schemathesis' --seed, to repeat a run")
    parser.add_argument("--fuzzing-examples", type=int, help="examples per operation in the fuzzing phase")
    parser.add_argument("--phases", help="schemathesis' --phases (default: every phase)")
    parser.add_argument("--reports", type=Path, help="keep the HAR reports and outputs here")
    args = parser.parse_args()
    runs: list[str] = args.runs or [*specs.api_names(), *planes]
    unknown = sorted(set(runs) - {*specs.api_names(), *planes})
    if unknown:
        parser.error(f"unknown {', '.join(unknown)}; known: {', '.join([*specs.api_names(), *planes])}")
    extra = [f"--max-examples={args.max_examples}"] if args.max_examples else []
    extra += [f"--seed={args.seed}"] if args.seed is not None else []
    extra += [f"--phases={args.phases}"] if args.phases else []
    # The documents are served by Datum's project control planes; `--mount` keeps one API under
    # /<api>, where the settings file names it.
    apis = sorted({run.split("/")[0] for run in runs})
    serve_args = ["--quiet", *(["--mount"] if len(apis) == 1 else [])]
    with tempfile.TemporaryDirectory() as scratch, running_server(apis, args=serve_args) as url:
        reports = args.reports or Path(scratch)
        reports.mkdir(parents=True, exist_ok=True)
        settings = Path(scratch) / "schemathesis.toml"
        text = SETTINGS.read_text(encoding="utf-8").replace(DOCUMENTED_MOCK, url)
        if args.fuzzing_examples:
            text += f"\n[phases.fuzzing.generation]\nmax-examples = {args.fuzzing_examples}\n"
        settings.write_text(text, encoding="utf-8")
        rows = []
        for run in runs:
            if run in planes:
                # Seeded before each document: a Datum run may have deleted every project.
                seed = PLANE_SEED.read_bytes()
                # Generously timed: the platform may still be reacting to the previous run's writes.
                seeded = httpx.post(f"{url}/__mock/seed", content=seed, headers=admin_headers(), timeout=120)
                seeded.raise_for_status()
            spec = planes[run] if run in planes else specs.resolve(run)[1]
            depth = measure(run, spec, settings, extra, reports)
            rows.append(depth)
            reached = len(depth.operations) - len(depth.unreached)
            print(
                f"{run:<18}{reached:>5}/{len(depth.operations):<5} failures {depth.failures:>3}"
                f"  exit {depth.exit_code}  {depth.seconds:6.0f} s",
                flush=True,
            )
        for depth in rows:
            for label in depth.unreached:
                print(f"  {depth.api}: no 2xx: {label}")


if __name__ == "__main__":
    main()
